// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// libFuzzer target for the text stage: whatever bytes come in, ValidateText
// must answer, and text it accepts must analyse in both languages without
// crashing, with offsets inside the input and sentences partitioning the
// tokens. A small sentence budget exercises the cutting code.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "text/text.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

void CheckAnalysis(std::string_view text, const parley::text::AnalyzedText& a,
                   const parley::text::TextOptions& options) {
  uint32_t prev_end = 0;
  for (const parley::text::Token& t : a.tokens) {
    Check(t.begin < t.end && t.end <= text.size() && t.begin >= prev_end);
    Check(size_t{t.norm_offset} + t.norm_size <= a.norm.size());
    prev_end = t.end;
  }
  uint32_t next = 0;
  for (const parley::text::Sentence& s : a.sentences) {
    Check(s.first_token == next && s.token_count > 0 &&
          s.token_count <= options.max_sentence_tokens);
    Check(s.begin == a.tokens[s.first_token].begin &&
          s.end == a.tokens[s.first_token + s.token_count - 1].end);
    next += s.token_count;
  }
  Check(next == a.tokens.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!parley::text::ValidateText(text).ok()) return 0;
  parley::text::TextOptions options;
  options.max_sentence_tokens = 16;
  parley::text::AnalyzedText out;
  for (parley::Language lang : {parley::Language::kFrench, parley::Language::kEnglish}) {
    Check(parley::text::AnalyzeText(text, lang, options, &out).ok());
    CheckAnalysis(text, out, options);
  }
  return 0;
}
