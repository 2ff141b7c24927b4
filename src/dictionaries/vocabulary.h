// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Vocabulary: every word key any dictionary mentions, numbered. Dictionaries
// are compiled to these numbers at load time, so the coder looks each token
// up once (its key and its lemmas) and every later match compares integers
// and indexes arrays instead of hashing strings again.
//
// Built while dictionaries load (not thread-safe then); read-only and
// thread-safe afterwards.

#ifndef PARLEY_DICTIONARIES_VOCABULARY_H_
#define PARLEY_DICTIONARIES_VOCABULARY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

class Vocabulary {
 public:
  static constexpr int32_t kNone = -1;

  Vocabulary();

  // The id of `word`, adding it when new. Ids are dense from 0.
  int32_t Intern(std::string_view word);
  // The id of `word`, or kNone.
  int32_t Find(std::string_view word) const;

  size_t size() const { return words_.size(); }
  const std::string& word(int32_t id) const { return words_[id]; }

 private:
  static uint64_t Hash(std::string_view s);
  void Grow();

  std::vector<std::string> words_;
  std::vector<uint64_t> hashes_;
  std::vector<int32_t> slots_;  // open addressing; kNone = empty; size a power of two
};

}  // namespace parley

#endif  // PARLEY_DICTIONARIES_VOCABULARY_H_
