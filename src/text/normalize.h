// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Private to the text stage: the normal form of one token.

#ifndef PARLEY_TEXT_NORMALIZE_H_
#define PARLEY_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace parley::text::internal {

// What the original spelling of a token says about case.
struct CaseInfo {
  bool first_letter_upper = false;  // the first letter is upper or title case
  bool all_upper = false;           // every letter upper case, at least two letters
};

// Appends the normal form of `surface` to *out: typographic apostrophes
// (U+2019 U+2018 U+02BC) become ', word-internal hyphens and en dashes become
// '-' when `fold_dashes`, soft hyphens, joiners and no-break spaces are
// dropped, then the result is NFC-normalised and lower-cased (ICU full case
// mapping, root locale). Text made only of code points below U+0300 is
// already NFC and lower-cases one code point at a time, so it skips ICU's
// string functions. Never fails: if ICU reports an error the folded text is
// appended as it is.
CaseInfo AppendNorm(std::string_view surface, bool fold_dashes, std::string* out);

}  // namespace parley::text::internal

#endif  // PARLEY_TEXT_NORMALIZE_H_
