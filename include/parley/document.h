// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Document: one news dispatch as read from the input, before any analysis.

#ifndef PARLEY_DOCUMENT_H_
#define PARLEY_DOCUMENT_H_

#include <string>

#include "parley/date.h"

namespace parley {

// Languages Parley knows of. kOther marks a language Parley does not code;
// kUnknown means "not decided yet" (the language stage will decide).
enum class Language { kUnknown = 0, kFrench, kEnglish, kOther };

// "fr", "en", "other", "" (unknown).
const char* LanguageCode(Language lang);
// Accepts "fr"/"french"/"en"/"english" (any case); kUnknown for "" and kOther otherwise.
Language ParseLanguage(const std::string& code);

struct Document {
  std::string id;        // JSON Lines `id`, or the file path for plain text
  std::string text;      // raw text as read: bytes, not yet validated
  Date date;             // from the document's own `date` field; may be invalid
  Language lang = Language::kUnknown;  // from the document's `lang` field
  std::string title;
  std::string url;

  // Where it came from, for messages: "in.jsonl:12" or "dispatch.txt".
  std::string origin;
};

}  // namespace parley

#endif  // PARLEY_DOCUMENT_H_
