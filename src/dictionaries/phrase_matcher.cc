// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "dictionaries/phrase_matcher.h"

#include <bit>

namespace parley {
namespace {

constexpr uint64_t kEmptyEdge = ~0ull;

uint64_t EdgeKey(int32_t node, int32_t id) {
  return (static_cast<uint64_t>(static_cast<uint32_t>(node)) << 32) | static_cast<uint32_t>(id);
}

size_t EdgeSlot(uint64_t key, size_t mask) {
  uint64_t h = key * 0x9E3779B97F4A7C15ull;
  return static_cast<size_t>(h >> 17) & mask;
}

// The edge's bit in a table's filter: other bits of another product than
// EdgeSlot's, so that keys sharing a slot chain rarely share a bit.
uint64_t FilterBit(uint64_t key, uint32_t shift) { return (key * 0xC2B2AE3D27D4EB4Full) >> shift; }

}  // namespace

PhraseMatcher::PhraseMatcher(bool use_lemmas, std::shared_ptr<Vocabulary> vocabulary)
    : use_lemmas_(use_lemmas), vocabulary_(std::move(vocabulary)) {
  payloads_.emplace_back();  // the root
  root_edges_.slots.assign(64, Edge{kEmptyEdge, -1});
  edges_.slots.assign(64, Edge{kEmptyEdge, -1});
  RebuildFilter(&root_edges_);
  RebuildFilter(&edges_);
}

int32_t PhraseMatcher::Find(const EdgeTable& table, uint64_t key) {
  const uint64_t bit = FilterBit(key, table.filter_shift);
  if (!((table.filter[bit >> 6] >> (bit & 63)) & 1u)) return -1;
  const size_t mask = table.slots.size() - 1;
  for (size_t s = EdgeSlot(key, mask);; s = (s + 1) & mask) {
    const Edge& e = table.slots[s];
    if (e.key == key) return e.child;
    if (e.key == kEmptyEdge) return -1;
  }
}

void PhraseMatcher::Insert(EdgeTable* table, uint64_t key, int32_t child) {
  if ((table->count + 1) * 2 > table->slots.size()) {
    std::vector<Edge> bigger(table->slots.size() * 2, Edge{kEmptyEdge, -1});
    const size_t mask = bigger.size() - 1;
    for (const Edge& e : table->slots) {
      if (e.key == kEmptyEdge) continue;
      size_t t = EdgeSlot(e.key, mask);
      while (bigger[t].key != kEmptyEdge) t = (t + 1) & mask;
      bigger[t] = e;
    }
    table->slots.swap(bigger);
    RebuildFilter(table);
  }
  const size_t mask = table->slots.size() - 1;
  size_t s = EdgeSlot(key, mask);
  while (table->slots[s].key != kEmptyEdge) s = (s + 1) & mask;
  table->slots[s] = {key, child};
  ++table->count;
  const uint64_t bit = FilterBit(key, table->filter_shift);
  table->filter[bit >> 6] |= uint64_t{1} << (bit & 63);
}

void PhraseMatcher::RebuildFilter(EdgeTable* table) {
  const size_t bits = table->slots.size() * 4;  // a power of two, 256 or more
  table->filter.assign(bits / 64, 0);
  table->filter_shift = 64 - static_cast<uint32_t>(std::countr_zero(bits));
  for (const Edge& e : table->slots) {
    if (e.key == kEmptyEdge) continue;
    const uint64_t bit = FilterBit(e.key, table->filter_shift);
    table->filter[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
}

int32_t PhraseMatcher::Child(int32_t node, int32_t id) const {
  if (id < 0) return -1;
  return Find(node == 0 ? root_edges_ : edges_, EdgeKey(node, id));
}

int32_t PhraseMatcher::AddChild(int32_t node, int32_t id) {
  if (int32_t c = Child(node, id); c >= 0) return c;
  const int32_t child = static_cast<int32_t>(payloads_.size());
  payloads_.emplace_back();
  Insert(node == 0 ? &root_edges_ : &edges_, EdgeKey(node, id), child);
  return child;
}

void PhraseMatcher::Add(const std::vector<std::string>& keys, uint32_t payload, Case first_token_case,
                        uint16_t capitals) {
  AddPhrase(keys, payload, first_token_case, capitals, After::kAnything);
}

void PhraseMatcher::AddPlaceName(const std::vector<std::string>& keys, uint32_t payload, Case first_token_case,
                                 uint16_t capitals) {
  AddPhrase(keys, payload, first_token_case, capitals, After::kAnything);
  // "Le Caire" -> "Caire" after "au"/"du"; "Les Cayes" -> "Cayes" after "aux"/"des".
  if (first_token_case == Case::kCapitalized && keys.size() >= 2 && (capitals & 2u) != 0 &&
      (keys[0] == "le" || keys[0] == "les")) {
    const std::vector<std::string> rest(keys.begin() + 1, keys.end());
    AddPhrase(rest, payload, Case::kCapitalized, static_cast<uint16_t>(capitals >> 1),
              keys[0] == "le" ? After::kAuDu : After::kAuxDes);
  }
}

void PhraseMatcher::AddPhrase(const std::vector<std::string>& keys, uint32_t payload, Case first_token_case,
                              uint16_t capitals, After after) {
  capitals &= static_cast<uint16_t>(~1u);  // the first word's case is first_token_case
  if (keys.empty() || keys.size() > kMaxPhraseTokens) return;
  int32_t node = 0;
  for (size_t position = 0; position < keys.size(); ++position) {
    const int32_t id = vocabulary_->Intern(keys[position]);
    if (position < kIndexedPositions) position_words_[position].Set(id);
    node = AddChild(node, id);
    if (first_token_case == Case::kAny) any_case_.Set(node);
  }
  for (Payload& p : payloads_[node]) {
    // Spellings that fold alike ("Sergueï", "Serguei") are one phrase, with
    // the capitals all of them have ("Maison Blanche", "Maison blanche").
    if (p.value == payload && p.first_token_case == first_token_case && p.after == after) {
      p.capitals &= capitals;
      return;
    }
  }
  payloads_[node].push_back({payload, first_token_case, capitals, after});
  has_payload_.Set(node);
  ++phrases_;
}

void PhraseMatcher::Descend(std::span<const KeyedToken> tokens, size_t first, size_t i, int32_t node,
                            uint32_t depth, bool lower_first, uint32_t* best_len, int32_t* best_node) const {
  if (depth > 0 && has_payload_.Test(node)) {
    for (const Payload& p : payloads_[node]) {
      if (Fits(p, tokens, first)) {
        if (depth > *best_len) {
          *best_len = depth;
          *best_node = node;
        }
        break;
      }
    }
  }
  if (i >= tokens.size() || depth >= kMaxPhraseTokens) return;
  const KeyedToken& t = tokens[i];
  if (depth == 0 && !t.word) return;
  const int32_t by_key = !MayBeAt(depth, t.key_id) ? -1 : Child(node, t.key_id);
  if (by_key >= 0 && !(lower_first && !any_case_.Test(by_key))) {
    Descend(tokens, first, i + 1, by_key, depth + 1, lower_first, best_len, best_node);
  }
  if (!use_lemmas_) return;
  for (uint8_t l = 0; l < t.lemma_count; ++l) {
    const int32_t id = t.lemma_ids[l];
    if (id == t.key_id) continue;
    bool seen = false;
    for (uint8_t m = 0; m < l; ++m) seen |= t.lemma_ids[m] == id;
    if (seen) continue;
    if (!MayBeAt(depth, id)) continue;
    const int32_t by_lemma = Child(node, id);
    if (by_lemma >= 0 && !(lower_first && !any_case_.Test(by_lemma))) {
      Descend(tokens, first, i + 1, by_lemma, depth + 1, lower_first, best_len, best_node);
    }
  }
}

uint32_t PhraseMatcher::LongestMatch(std::span<const KeyedToken> tokens, size_t i, uint32_t* payload) const {
  if (i >= tokens.size()) return 0;
  uint32_t best_len = 0;
  int32_t best_node = -1;
  const bool lower_first = !tokens[i].capitalized && !tokens[i].all_caps;
  Descend(tokens, i, i, 0, 0, lower_first, &best_len, &best_node);
  if (best_node < 0) return 0;
  for (const Payload& p : payloads_[best_node]) {
    if (Fits(p, tokens, i)) {
      *payload = p.value;
      break;
    }
  }
  return best_len;
}

uint32_t PhraseMatcher::LongestMatchAll(std::span<const KeyedToken> tokens, size_t i,
                                        std::vector<uint32_t>* payloads) const {
  payloads->clear();
  if (i >= tokens.size()) return 0;
  uint32_t best_len = 0;
  int32_t best_node = -1;
  const bool lower_first = !tokens[i].capitalized && !tokens[i].all_caps;
  Descend(tokens, i, i, 0, 0, lower_first, &best_len, &best_node);
  if (best_node < 0) return 0;
  for (const Payload& p : payloads_[best_node]) {
    if (Fits(p, tokens, i)) payloads->push_back(p.value);
  }
  return best_len;
}

}  // namespace parley
