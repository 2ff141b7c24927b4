// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "parley/document.h"

#include <algorithm>
#include <cctype>

namespace parley {

const char* LanguageCode(Language lang) {
  switch (lang) {
    case Language::kFrench: return "fr";
    case Language::kEnglish: return "en";
    case Language::kOther: return "other";
    case Language::kUnknown: break;
  }
  return "";
}

Language ParseLanguage(const std::string& code) {
  std::string c = code;
  std::transform(c.begin(), c.end(), c.begin(), [](unsigned char ch) { return std::tolower(ch); });
  if (c.empty()) return Language::kUnknown;
  if (c == "fr" || c == "fra" || c == "fre" || c == "french" || c.rfind("fr-", 0) == 0 || c.rfind("fr_", 0) == 0) return Language::kFrench;
  if (c == "en" || c == "eng" || c == "english" || c.rfind("en-", 0) == 0 || c.rfind("en_", 0) == 0) return Language::kEnglish;
  return Language::kOther;
}

}  // namespace parley
