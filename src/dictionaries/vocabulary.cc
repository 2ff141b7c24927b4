// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "dictionaries/vocabulary.h"

namespace parley {

Vocabulary::Vocabulary() : slots_(1024, kNone) {}

uint64_t Vocabulary::Hash(std::string_view s) {
  // FNV-1a with a final mix: keys are short words, where this beats
  // std::hash's general-purpose byte hash.
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  h ^= h >> 32;
  return h;
}

int32_t Vocabulary::Find(std::string_view word) const {
  const uint64_t h = Hash(word);
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const int32_t id = slots_[i];
    if (id == kNone) return kNone;
    if (hashes_[id] == h && words_[id] == word) return id;
  }
}

int32_t Vocabulary::Intern(std::string_view word) {
  const int32_t found = Find(word);
  if (found != kNone) return found;
  if ((words_.size() + 1) * 2 > slots_.size()) Grow();
  const int32_t id = static_cast<int32_t>(words_.size());
  const uint64_t h = Hash(word);
  words_.emplace_back(word);
  hashes_.push_back(h);
  const size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  while (slots_[i] != kNone) i = (i + 1) & mask;
  slots_[i] = id;
  return id;
}

void Vocabulary::Grow() {
  std::vector<int32_t> bigger(slots_.size() * 2, kNone);
  const size_t mask = bigger.size() - 1;
  for (int32_t id = 0; id < static_cast<int32_t>(words_.size()); ++id) {
    size_t i = hashes_[id] & mask;
    while (bigger[i] != kNone) i = (i + 1) & mask;
    bigger[i] = id;
  }
  slots_.swap(bigger);
}

}  // namespace parley
