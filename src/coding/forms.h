// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// What the coder derives from a word form alone (its folded key, lemmas,
// parts of speech, verb forms and word classes), computed once per form and
// thread and reused: most tokens are frequent words. Shared by the coder and
// by the tools that run the front of the pipeline alone (the syntax stage's
// UD evaluation).

#ifndef PARLEY_CODING_FORMS_H_
#define PARLEY_CODING_FORMS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "coding/language_pack.h"
#include "dictionaries/vocabulary.h"
#include "syntax/syntax.h"
#include "text/text.h"

namespace parley::coding {

// Everything the coder derives from a word form alone, computed once per
// form and thread and reused: most tokens are frequent words.
struct FormEntry {
  std::string key;        // folded surface form
  std::string lemmas[3];  // folded lemmas
  int32_t key_id = Vocabulary::kNone;
  int32_t lemma_ids[3] = {Vocabulary::kNone, Vocabulary::kNone, Vocabulary::kNone};
  uint8_t lemma_count = 0;
  uint8_t verb_lemmas = 0;  // bit l: lemmas[l] has a verb reading
  uint8_t noun_lemmas = 0;  // bit l: lemmas[l] has a nominal reading (noun, adjective, adverb...)
  uint16_t pos = 0;
  uint16_t verb_form = 0;
  uint64_t classes = 0;
};

struct FormHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return static_cast<size_t>(h ^ (h >> 29));
  }
};

using FormCache = std::unordered_map<std::string, FormEntry, FormHash, std::equal_to<>>;

// One cache per language pack and thread; emptied between documents when it
// grows past this many forms, so memory stays bounded on any input.
inline constexpr size_t kMaxCachedForms = 1 << 17;

// The calling thread's cache for `pack`, emptied when it grows past
// kMaxCachedForms (call between documents: no view into it may be alive).
FormCache& ThreadFormCache(const LanguagePack& pack);

// The analysis of one normalised form (`word`: a word token, which gets
// lemmas; punctuation and numbers get only a key and classes).
const FormEntry& AnalyzeForm(const LanguagePack& pack, const Vocabulary& vocabulary, FormCache& cache,
                             std::string_view norm, bool word);

// The syntax stage's view of sentence `s` of `text`, one TokenIn per token,
// from the forms' analyses. Views point into `forms`' entries and `text`.
void SyntaxInput(const Lexicon& lexicon, const text::AnalyzedText& text, const text::Sentence& s,
                 const std::vector<const FormEntry*>& forms, std::vector<syntax::TokenIn>* out);

// The language's syntax parameters, from its lexicon.
syntax::Language SyntaxLanguage(const LanguagePack& pack);

}  // namespace parley::coding

#endif  // PARLEY_CODING_FORMS_H_
