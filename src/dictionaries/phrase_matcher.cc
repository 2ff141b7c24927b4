// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "dictionaries/phrase_matcher.h"

namespace parley {

void PhraseMatcher::Add(std::vector<std::string> keys, uint32_t payload, Case first_token_case) {
  if (keys.empty()) return;
  const uint32_t id = static_cast<uint32_t>(entries_.size());
  by_first_key_[keys[0]].push_back(id);
  entries_.push_back(Entry{std::move(keys), payload, first_token_case});
}

uint32_t PhraseMatcher::LongestMatch(std::span<const KeyedToken> tokens, size_t i,
                                     uint32_t* payload) const {
  const KeyedToken& first = tokens[i];
  if (!first.word) return 0;
  uint32_t best = 0;
  auto try_bucket = [&](std::string_view key) {
    auto it = by_first_key_.find(key);
    if (it == by_first_key_.end()) return;
    for (uint32_t id : it->second) {
      const Entry& e = entries_[id];
      if (e.keys.size() <= best || i + e.keys.size() > tokens.size()) continue;
      if (e.first_token_case == Case::kCapitalized && !first.capitalized) continue;
      if (e.first_token_case == Case::kAllCaps && !first.all_caps) continue;
      bool ok = true;
      for (size_t k = 1; k < e.keys.size() && ok; ++k) ok = tokens[i + k].Matches(e.keys[k], use_lemmas_);
      if (ok) {
        best = static_cast<uint32_t>(e.keys.size());
        *payload = e.payload;
      }
    }
  };
  try_bucket(first.key);
  if (use_lemmas_) {
    for (uint8_t l = 0; l < first.lemma_count; ++l) {
      if (first.lemmas[l] != first.key) try_bucket(first.lemmas[l]);
    }
  }
  return best;
}

}  // namespace parley
