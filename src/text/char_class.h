// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Private to the text stage: UTF-8 decoding and the character classes the
// tokeniser works with. ASCII is classified by a table; everything else asks
// ICU for the general category once per code point.

#ifndef PARLEY_TEXT_CHAR_CLASS_H_
#define PARLEY_TEXT_CHAR_CLASS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace parley::text::internal {

// One decoded code point and the number of bytes it took. Invalid or
// truncated sequences decode as U+FFFD of length 1, so callers always make
// progress even on text that skipped ValidateText.
struct Decoded {
  char32_t cp;
  uint32_t len;
};

inline Decoded DecodeUtf8(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  const unsigned char c = p[i];
  if (c < 0x80) return {c, 1};
  auto cont = [&](size_t k) { return i + k < n && (p[i + k] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) {
    if (cont(1)) return {static_cast<char32_t>(((c & 0x1F) << 6) | (p[i + 1] & 0x3F)), 2};
  } else if (c >= 0xE0 && c <= 0xEF) {
    if (cont(1) && cont(2)) {
      const char32_t cp = ((c & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) return {cp, 3};
    }
  } else if (c >= 0xF0 && c <= 0xF4) {
    if (cont(1) && cont(2) && cont(3)) {
      const char32_t cp = ((c & 0x07) << 18) | ((p[i + 1] & 0x3F) << 12) |
                          ((p[i + 2] & 0x3F) << 6) | (p[i + 3] & 0x3F);
      if (cp >= 0x10000 && cp <= 0x10FFFF) return {cp, 4};
    }
  }
  return {0xFFFD, 1};
}

inline void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// What a character does for the tokeniser. Context decides the rest: an
// apostrophe between letters joins a word, elsewhere it is a quote.
enum class CharClass : uint8_t {
  kSpace,       // Zs, tabs, controls, zero-width space, BOM
  kNewline,     // \n, lone \r, U+0085, U+2028
  kParagraph,   // U+2029: as good as a blank line
  kLetter,      // L*, Nl
  kMark,        // M*: combining marks continue whatever precedes them
  kDigit,       // Nd
  kIgnorable,   // other Cf (soft hyphen, ZWJ): invisible, kept inside words
  kHyphen,      // - U+2010 U+2011 U+2012 U+2013: may join the parts of a word
  kDash,        // other Pd (— ―): never inside a word
  kApostrophe,  // ' U+2019 U+2018 U+02BC: word-internal or a single quote
  kQuote,       // ": opening or closing depending on the spacing
  kOpen,        // Ps, Pi, ¿ ¡
  kClose,       // Pe, Pf
  kTerminal,    // . ! ? … ‼ ⁇ ⁈ ⁉
  kPunct,       // other P*
  kSymbol,      // S*, No, private use, unassigned
};

struct CharInfo {
  CharClass cls;
  bool upper;  // an upper- or title-case letter
};

// Classifies a non-ASCII code point (out of line: it calls ICU).
CharInfo ClassifyNonAscii(char32_t cp);

constexpr std::array<CharInfo, 128> MakeAsciiTable() {
  std::array<CharInfo, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharInfo info{CharClass::kSymbol, false};
    if (c < 0x20 || c == 0x7F) {
      info.cls = CharClass::kSpace;  // controls other than \n are treated as blanks
    } else if (c >= 'a' && c <= 'z') {
      info.cls = CharClass::kLetter;
    } else if (c >= 'A' && c <= 'Z') {
      info.cls = CharClass::kLetter;
      info.upper = true;
    } else if (c >= '0' && c <= '9') {
      info.cls = CharClass::kDigit;
    } else {
      switch (c) {
        case ' ': info.cls = CharClass::kSpace; break;
        case '.': case '!': case '?': info.cls = CharClass::kTerminal; break;
        case '\'': info.cls = CharClass::kApostrophe; break;
        case '"': info.cls = CharClass::kQuote; break;
        case '(': case '[': case '{': info.cls = CharClass::kOpen; break;
        case ')': case ']': case '}': info.cls = CharClass::kClose; break;
        case '-': info.cls = CharClass::kHyphen; break;
        // Unicode calls these Po (punctuation); the rest of ASCII is S*.
        case ',': case ';': case ':': case '#': case '%': case '&': case '*':
        case '/': case '@': case '\\': case '_':
          info.cls = CharClass::kPunct;
          break;
        default: break;
      }
    }
    t[c] = info;
  }
  t['\n'].cls = CharClass::kNewline;
  t['\r'].cls = CharClass::kNewline;  // "\r\n" is folded into one newline by the tokeniser
  return t;
}

inline constexpr std::array<CharInfo, 128> kAsciiInfo = MakeAsciiTable();

inline CharInfo Classify(char32_t cp) {
  return cp < 0x80 ? kAsciiInfo[cp] : ClassifyNonAscii(cp);
}

inline bool IsWordChar(CharClass c) {
  return c == CharClass::kLetter || c == CharClass::kDigit || c == CharClass::kMark;
}

inline char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

}  // namespace parley::text::internal

#endif  // PARLEY_TEXT_CHAR_CLASS_H_
