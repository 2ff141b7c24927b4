// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// PhraseMatcher: a trie over token keys that finds the longest dictionary
// phrase starting at a given token, with every payload stored for it. One
// lookup per token and phrase word (an integer hash probe), whatever the
// number of phrases: tens of thousands of names cost no more per token than
// a hundred.

#ifndef PARLEY_DICTIONARIES_PHRASE_MATCHER_H_
#define PARLEY_DICTIONARIES_PHRASE_MATCHER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dictionaries/id_bitset.h"
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
  // A short word with a capital after a lower-case letter: "LeT", "AfD".
  bool inner_capital = false;
  bool word = false;  // a word or number, not punctuation
  // First in its sentence or line, or after an opening quote: a capital here
  // may say nothing of a name.
  bool sentence_initial = false;

  // Whether `pred` holds for the key's id or one of the lemmas' ids.
  template <typename Pred>
  bool AnyId(Pred pred) const {
    if (pred(key_id)) return true;
    for (uint8_t i = 0; i < lemma_count; ++i) {
      if (pred(lemma_ids[i])) return true;
    }
    return false;
  }
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
  PhraseMatcher(bool use_lemmas, std::shared_ptr<Vocabulary> vocabulary);

  // How the first token in the text must be written: names capitalised in
  // the dictionary need a capital ("Paris", not "paris"); acronyms need
  // capitals throughout ("UN", not a sentence-initial "Un").
  // kMixedAcronym: a short acronym with lower-case letters ("LeT", "AfD"),
  // which a capitalised word may spell ("Let"): it needs its inner capital,
  // or capitals throughout away from the sentence's start.
  enum class Case : uint8_t { kAny, kCapitalized, kAllCaps, kMixedAcronym };
  // Adds a phrase. The same phrase may be added several times with
  // different payloads ("Moscou" for the Soviet Union and for Russia); all
  // are kept, in the order added.
  // `capitals`: bit k (k >= 1) says that the phrase's word k is capitalised
  // in the dictionary. When the phrase's first token is sentence-initial
  // (its capital may be the sentence's), those words must be capitalised in
  // the text too, so that common words do not make a name ("La réunion des
  // ministres" is not La Réunion). Elsewhere the first word's capital is
  // enough ("Iraq's Kurdistan region").
  void Add(const std::vector<std::string>& keys, uint32_t payload, Case first_token_case, uint16_t capitals = 0);
  // Add, for place names: one that starts with the French article "Le" or
  // "Les" before a capitalised word ("Le Caire", "Les Cayes") is also found
  // after the article's contractions ("au Caire", "du Caire", "aux Cayes"),
  // where the text has no "le". (Not for every name: "la Coupe du Monde" is
  // no mention of Le Monde.)
  void AddPlaceName(const std::vector<std::string>& keys, uint32_t payload, Case first_token_case,
                    uint16_t capitals = 0);

  // Length of the longest phrase starting at tokens[i] whose case rule the
  // first token satisfies (0 when none); the payload added first for it
  // goes to *payload.
  uint32_t LongestMatch(std::span<const KeyedToken> tokens, size_t i, uint32_t* payload) const;
  // The same, with every payload of that phrase (case rule satisfied), in
  // the order added. `payloads` is cleared first.
  uint32_t LongestMatchAll(std::span<const KeyedToken> tokens, size_t i, std::vector<uint32_t>* payloads) const;

  size_t size() const { return phrases_; }
  // Whether some phrase could start at a token with these ids (its key, or
  // with lemmas enabled one of its lemmas): false means LongestMatch there
  // is 0 whatever follows.
  bool MayStartWith(const KeyedToken& t) const {
    if (MayBeAt(0, t.key_id)) return true;
    if (!use_lemmas_) return false;
    for (uint8_t l = 0; l < t.lemma_count; ++l) {
      if (MayBeAt(0, t.lemma_ids[l])) return true;
    }
    return false;
  }

 private:
  // Which token must come right before the phrase: any, or a contraction
  // of the article the dictionary's spelling starts with.
  enum class After : uint8_t { kAnything, kAuDu, kAuxDes };
  struct Payload {
    uint32_t value;
    Case first_token_case;
    uint16_t capitals;  // Add's `capitals`
    After after = After::kAnything;
  };
  void AddPhrase(const std::vector<std::string>& keys, uint32_t payload, Case first_token_case, uint16_t capitals,
                 After after);
  static bool AfterFits(After after, std::span<const KeyedToken> tokens, size_t first) {
    if (after == After::kAnything) return true;
    if (first == 0) return false;
    const std::string_view k = tokens[first - 1].key;
    return after == After::kAuDu ? (k == "au" || k == "du") : (k == "aux" || k == "des");
  }
  static constexpr uint32_t kMaxPhraseTokens = 16;

  int32_t Child(int32_t node, int32_t id) const;
  int32_t AddChild(int32_t node, int32_t id);
  static bool CaseFits(Case c, const KeyedToken& t) {
    switch (c) {
      case Case::kAny: return true;
      case Case::kCapitalized: return t.capitalized;
      case Case::kAllCaps: return t.all_caps;
      case Case::kMixedAcronym: return t.inner_capital || (t.all_caps && !t.sentence_initial);
    }
    return false;
  }
  // Whether payload `p` fits the case of the phrase at tokens[first..].
  static bool Fits(const Payload& p, std::span<const KeyedToken> tokens, size_t first) {
    if (!CaseFits(p.first_token_case, tokens[first])) return false;
    if (!AfterFits(p.after, tokens, first)) return false;
    // (In capitals throughout, "SAUDI ARABIA", case says nothing either way.)
    if (!tokens[first].sentence_initial || tokens[first].all_caps) return true;
    for (uint16_t rest = p.capitals; rest != 0; rest &= static_cast<uint16_t>(rest - 1)) {
      const size_t k = static_cast<size_t>(__builtin_ctz(rest));
      if (first + k >= tokens.size() || !tokens[first + k].capitalized) return false;
    }
    return true;
  }
  // Deepest node reachable from `node` over tokens[i..] that holds a payload
  // the first token's case allows; lemma readings branch when enabled.
  void Descend(std::span<const KeyedToken> tokens, size_t first, size_t i, int32_t node, uint32_t depth,
               bool lower_first, uint32_t* best_len, int32_t* best_node) const;

  bool use_lemmas_;
  std::shared_ptr<Vocabulary> vocabulary_;
  size_t phrases_ = 0;
  std::vector<std::vector<Payload>> payloads_;  // by node; node 0 is the root
  // Bit per node: payloads_[node] is not empty. Most nodes a match passes
  // through hold none, and this dense table says so without touching the
  // node's vector (a cache miss per node otherwise).
  IdBitset has_payload_;
  // Bit per node: some phrase through it has Case::kAny. A first token in
  // lower case fits no other payload, so a match starting at one ("la",
  // "de", "the" before a lower-case word) need not enter nodes without the
  // bit: most of the names' trie.
  IdBitset any_case_;
  // Edges (node, word id) -> child node, open addressing on power-of-two
  // tables: one for the root's edges, probed at every token that may start a
  // phrase and small enough to stay in cache, one for all deeper edges. Key
  // and child share a slot, so that a probe costs one cache miss, not two.
  struct Edge {
    uint64_t key;
    int32_t child;
  };
  // `filter` has 4 bits per slot (8 or more per edge), one set per edge:
  // most probes after a phrase's first word are for edges that do not exist
  // ("the" followed by anything), and the filter, an eighth of the table's
  // size, answers most of them without the cache miss into the table.
  struct EdgeTable {
    std::vector<Edge> slots;
    std::vector<uint64_t> filter;
    uint32_t filter_shift = 0;  // 64 - log2(bits in filter)
    size_t count = 0;
  };
  EdgeTable root_edges_, edges_;
  static int32_t Find(const EdgeTable& table, uint64_t key);
  static void Insert(EdgeTable* table, uint64_t key, int32_t child);
  static void RebuildFilter(EdgeTable* table);
  // Bits per word id and position (first, second, third word of a phrase):
  // some phrase has it there. Most tokens start no phrase, and most tokens
  // after a common first word ("the", "la") continue none: this small table
  // answers them without a probe into the large edge table (a cache miss
  // per token and matcher otherwise).
  static constexpr uint32_t kIndexedPositions = 3;
  IdBitset position_words_[kIndexedPositions];
  bool MayBeAt(uint32_t position, int32_t id) const {
    if (position >= kIndexedPositions) return id >= 0;
    return position_words_[position].Test(id);
  }
};

}  // namespace parley

#endif  // PARLEY_DICTIONARIES_PHRASE_MATCHER_H_
