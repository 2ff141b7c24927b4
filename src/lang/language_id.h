// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Language identification for one document.

#ifndef PARLEY_LANG_LANGUAGE_ID_H_
#define PARLEY_LANG_LANGUAGE_ID_H_

#include <string>
#include <string_view>

#include "parley/document.h"

namespace parley::lang {

struct LanguageGuess {
  Language language = Language::kUnknown;  // kFrench, kEnglish, or kOther
  std::string code;    // what was detected, e.g. "fr", "en", "ca", "de" (for messages)
  bool reliable = false;
  const char* method = "";  // "cld2" or "function-words"
};

// Identifies the language of valid UTF-8 `text` with CLD2. Texts too short
// for CLD2 to be reliable (under ~200 bytes, or when CLD2 says unreliable)
// fall back to counting French and English function words, which is right
// on headlines CLD2 gets wrong ("Real Madrid beat Barcelona" is not Catalan).
// Thread-safe.
LanguageGuess IdentifyLanguage(std::string_view text);

}  // namespace parley::lang

#endif  // PARLEY_LANG_LANGUAGE_ID_H_
