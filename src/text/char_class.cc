// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "text/char_class.h"

#include <unicode/uchar.h>

namespace parley::text::internal {

CharInfo ClassifyNonAscii(char32_t cp) {
  // Characters whose general category does not say what they do in text.
  switch (cp) {
    case 0x0085: case 0x2028: return {CharClass::kNewline, false};
    case 0x2029: return {CharClass::kParagraph, false};
    case 0x200B: case 0xFEFF: case 0x2060: return {CharClass::kSpace, false};
    case 0x2019: case 0x2018: case 0x02BC: return {CharClass::kApostrophe, false};
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: return {CharClass::kHyphen, false};
    case 0x2026: case 0x203C: case 0x2047: case 0x2048: case 0x2049:
      return {CharClass::kTerminal, false};
    case 0x00A1: case 0x00BF: return {CharClass::kOpen, false};
    default: break;
  }
  const UChar32 c = static_cast<UChar32>(cp);
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER:
      return {CharClass::kLetter, true};
    case U_LOWERCASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_LETTER_NUMBER:
      return {CharClass::kLetter, false};
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
      return {CharClass::kMark, false};
    case U_DECIMAL_DIGIT_NUMBER:
      return {CharClass::kDigit, false};
    case U_SPACE_SEPARATOR:
    case U_CONTROL_CHAR:
      return {CharClass::kSpace, false};
    case U_LINE_SEPARATOR:
      return {CharClass::kNewline, false};
    case U_PARAGRAPH_SEPARATOR:
      return {CharClass::kParagraph, false};
    case U_FORMAT_CHAR:
      return {CharClass::kIgnorable, false};
    case U_DASH_PUNCTUATION:
      return {CharClass::kDash, false};
    case U_START_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
      return {CharClass::kOpen, false};
    case U_END_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return {CharClass::kClose, false};
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
      return {CharClass::kPunct, false};
    default:
      return {CharClass::kSymbol, false};
  }
}

}  // namespace parley::text::internal
