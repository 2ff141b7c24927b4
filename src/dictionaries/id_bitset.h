// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// IdBitset: one bit per non-negative id (Vocabulary ids, trie nodes), grown
// on Set. A test answers "is this id in the set" from a dense table a few
// kilobytes long, where a hash lookup or a walk into the structure it
// summarises would cost a cache miss.

#ifndef PARLEY_DICTIONARIES_ID_BITSET_H_
#define PARLEY_DICTIONARIES_ID_BITSET_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace parley {

class IdBitset {
 public:
  // Adds `id`; negative ids are ignored.
  void Set(int32_t id) {
    if (id < 0) return;
    const size_t w = static_cast<size_t>(id) >> 6;
    if (w >= words_.size()) words_.resize(w + 1, 0);
    words_[w] |= uint64_t{1} << (id & 63);
  }
  // Whether `id` was added (false for negative ids).
  bool Test(int32_t id) const {
    if (id < 0) return false;
    const size_t w = static_cast<size_t>(id) >> 6;
    return w < words_.size() && ((words_[w] >> (id & 63)) & 1u);
  }

 private:
  std::vector<uint64_t> words_;
};

}  // namespace parley

#endif  // PARLEY_DICTIONARIES_ID_BITSET_H_
