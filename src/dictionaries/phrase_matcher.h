// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// PhraseMatcher: finds the longest dictionary phrase (a sequence of token
// keys) that starts at a given token. Entries are bucketed by their first
// key, so one hash lookup per token key finds every candidate.

#ifndef PARLEY_DICTIONARIES_PHRASE_MATCHER_H_
#define PARLEY_DICTIONARIES_PHRASE_MATCHER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dictionaries/vocabulary.h"

namespace parley {

// What the matchers see of a token: its folded surface key and up to three
// folded lemma keys, as text (views into per-document buffers) and as
// Vocabulary ids (Vocabulary::kNone when no dictionary knows the word).
struct KeyedToken {
  std::string_view key;
  std::string_view lemmas[3];
  int32_t key_id = Vocabulary::kNone;
  int32_t lemma_ids[3] = {Vocabulary::kNone, Vocabulary::kNone, Vocabulary::kNone};
  uint8_t lemma_count = 0;
  bool capitalized = false;
  bool all_caps = false;
  bool word = false;  // a word or number, not punctuation

  bool Matches(int32_t id, bool use_lemmas) const {
    if (id == key_id) return true;
    if (use_lemmas) {
      for (uint8_t i = 0; i < lemma_count; ++i) {
        if (lemma_ids[i] == id) return true;
      }
    }
    return false;
  }
};

class PhraseMatcher {
 public:
  // `use_lemmas`: a phrase key also matches a token's lemma ("ministres" ->
  // "ministre"). Names match surface keys only. Keys are numbered in `vocabulary`.
  PhraseMatcher(bool use_lemmas, std::shared_ptr<Vocabulary> vocabulary)
      : use_lemmas_(use_lemmas), vocabulary_(std::move(vocabulary)) {}

  // How the first token in the text must be written: names capitalised in
  // the dictionary need a capital ("Paris", not "paris"); acronyms need
  // capitals throughout ("UN", not a sentence-initial "Un").
  enum class Case : uint8_t { kAny, kCapitalized, kAllCaps };
  void Add(std::vector<std::string> keys, uint32_t payload, Case first_token_case);

  // Length of the longest phrase starting at tokens[i] (0 when none); its
  // payload goes to *payload. Ties keep the entry added first.
  uint32_t LongestMatch(std::span<const KeyedToken> tokens, size_t i, uint32_t* payload) const;

  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::vector<int32_t> ids;
    uint32_t payload;
    Case first_token_case;
  };
  bool use_lemmas_;
  std::shared_ptr<Vocabulary> vocabulary_;
  std::vector<Entry> entries_;
  std::vector<std::vector<uint32_t>> by_first_id_;  // indexed by Vocabulary id
};

}  // namespace parley

#endif  // PARLEY_DICTIONARIES_PHRASE_MATCHER_H_
