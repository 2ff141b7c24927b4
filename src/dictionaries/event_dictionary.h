// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// EventDictionary: event phrases keyed by lemma (dictionaries/events/<lang>.txt).
// One pattern per line (full syntax in docs/dictionaries.md):
//
//   041  se entretenir* par_téléphone   {recip}
//   051  féliciter* +
//   036  prêt* à dialoguer|négocier     {partner}
//
// Words match a token's lemma or its surface form; `*` marks the anchor
// (the word the pattern is indexed by; default: the first word); `a|b`
// are alternatives; words separated by spaces may have up to a few tokens
// between them, words joined by `_` must be adjacent; `+` is where the
// target stands and `$` the source. These are the building blocks of
// TABARI's and PETRARCH's verb patterns, so their dictionaries can be read
// into the same structure later.

#ifndef PARLEY_DICTIONARIES_EVENT_DICTIONARY_H_
#define PARLEY_DICTIONARIES_EVENT_DICTIONARY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dictionaries/vocabulary.h"
#include "parley/status.h"

namespace parley {

struct PatternElement {
  enum class Kind : uint8_t { kWord, kTarget, kSource };
  Kind kind = Kind::kWord;
  std::vector<std::string> alternatives;  // folded keys (words only)
  std::vector<int32_t> alternative_ids;   // the same as Vocabulary ids (after Load)
  bool adjacent = false;                  // joined to the previous element by '_'
};

struct EventPattern {
  std::string code;                 // CAMEO code, "041"
  std::vector<PatternElement> elements;
  uint32_t anchor = 0;              // index of the anchor element
  bool reciprocal = false;          // {recip}: the act goes both ways
  bool partner = false;             // {partner}: with no target in the text, the target is the
                                    // source's interlocutor in the document
  int specificity = 0;              // 2 per word, 1 per slot: more specific patterns win
  std::string file;
  int line = 0;
};

class EventDictionary {
 public:
  // Words are numbered in `vocabulary` (a new one when null).
  static StatusOr<EventDictionary> Load(const std::string& path, std::shared_ptr<Vocabulary> vocabulary = nullptr);

  // Pattern ids anchored on a word (Vocabulary id, or folded lemma or
  // surface text), most specific first; nullptr when none.
  const std::vector<uint32_t>* PatternsFor(int32_t id) const {
    if (id < 0 || static_cast<size_t>(id) >= by_anchor_.size() || by_anchor_[id].empty()) return nullptr;
    return &by_anchor_[id];
  }
  const std::vector<uint32_t>* PatternsFor(std::string_view key) const { return PatternsFor(vocabulary_->Find(key)); }
  const EventPattern& pattern(uint32_t id) const { return patterns_[id]; }
  const std::vector<EventPattern>& patterns() const { return patterns_; }

 private:
  std::shared_ptr<Vocabulary> vocabulary_;
  std::vector<EventPattern> patterns_;
  std::vector<std::vector<uint32_t>> by_anchor_;  // indexed by Vocabulary id
};

// Parses one pattern line (without file context); false + *error if malformed.
bool ParseEventPattern(std::string_view line, EventPattern* out, std::string* error);

}  // namespace parley

#endif  // PARLEY_DICTIONARIES_EVENT_DICTIONARY_H_
