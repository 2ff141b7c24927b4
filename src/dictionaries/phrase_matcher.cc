// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "dictionaries/phrase_matcher.h"

namespace parley {

void PhraseMatcher::Add(std::vector<std::string> keys, uint32_t payload, Case first_token_case) {
  if (keys.empty()) return;
  Entry entry{{}, payload, first_token_case};
  for (const std::string& k : keys) entry.ids.push_back(vocabulary_->Intern(k));
  const auto first = static_cast<size_t>(entry.ids[0]);
  if (by_first_id_.size() <= first) by_first_id_.resize(first + 1);
  by_first_id_[first].push_back(static_cast<uint32_t>(entries_.size()));
  entries_.push_back(std::move(entry));
}

uint32_t PhraseMatcher::LongestMatch(std::span<const KeyedToken> tokens, size_t i, uint32_t* payload) const {
  const KeyedToken& first = tokens[i];
  if (!first.word) return 0;
  uint32_t best = 0;
  auto try_bucket = [&](int32_t id) {
    if (id < 0 || static_cast<size_t>(id) >= by_first_id_.size()) return;
    for (uint32_t e_index : by_first_id_[id]) {
      const Entry& e = entries_[e_index];
      if (e.ids.size() <= best || i + e.ids.size() > tokens.size()) continue;
      if (e.first_token_case == Case::kCapitalized && !first.capitalized) continue;
      if (e.first_token_case == Case::kAllCaps && !first.all_caps) continue;
      bool ok = true;
      for (size_t k = 1; k < e.ids.size() && ok; ++k) ok = tokens[i + k].Matches(e.ids[k], use_lemmas_);
      if (ok) {
        best = static_cast<uint32_t>(e.ids.size());
        *payload = e.payload;
      }
    }
  };
  try_bucket(first.key_id);
  if (use_lemmas_) {
    for (uint8_t l = 0; l < first.lemma_count; ++l) {
      if (first.lemma_ids[l] != first.key_id) try_bucket(first.lemma_ids[l]);
    }
  }
  return best;
}

}  // namespace parley
