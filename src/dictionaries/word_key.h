// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Match keys: dictionaries and text are compared on lower-case forms with
// accents removed ("État" and "Etat" are the same key), because news copy
// drops accents on capitals and names come transliterated several ways.

#ifndef PARLEY_DICTIONARIES_WORD_KEY_H_
#define PARLEY_DICTIONARIES_WORD_KEY_H_

#include <string>
#include <string_view>

namespace parley {

// Appends the accent-folded form of lower-case UTF-8 `word` to `out`.
// ASCII passes through unchanged; Latin letters with diacritics lose them;
// œ -> oe, æ -> ae, ß -> ss. Other characters are copied as they are.
void AppendFoldedKey(std::string_view word, std::string* out);

inline std::string FoldedKey(std::string_view word) {
  std::string out;
  AppendFoldedKey(word, &out);
  return out;
}

}  // namespace parley

#endif  // PARLEY_DICTIONARIES_WORD_KEY_H_
