// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// What the coder derives from a word form alone (its folded key, lemmas,
// parts of speech, verb forms and word classes), computed once per form and
// thread and reused: most tokens are frequent words. Shared by the coder and
// by the tools that run the front of the pipeline alone (the syntax stage's
// UD evaluation).

#ifndef PARLEY_CODING_FORMS_H_
#define PARLEY_CODING_FORMS_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "coding/language_pack.h"
#include "dictionaries/phrase_matcher.h"
#include "dictionaries/vocabulary.h"
#include "syntax/syntax.h"
#include "text/text.h"

namespace parley::coding {

// Everything the coder derives from a word form alone, computed once per
// form and thread and reused: most tokens are frequent words.
struct FormEntry {
  std::string_view key;        // folded surface form (the cache's storage)
  std::string_view lemmas[3];  // folded lemmas (the cache's storage)
  int32_t key_id = Vocabulary::kNone;
  int32_t lemma_ids[3] = {Vocabulary::kNone, Vocabulary::kNone, Vocabulary::kNone};
  uint8_t lemma_count = 0;
  uint8_t verb_lemmas = 0;  // bit l: lemmas[l] has a verb reading
  uint8_t noun_lemmas = 0;  // bit l: lemmas[l] has a nominal reading (noun, adjective, adverb...)
  uint16_t pos = 0;
  uint16_t verb_form = 0;
  uint64_t classes = 0;
  bool weekday_or_month = false;  // the lexicon's weekday or month name
  bool plural_form = false;       // TokenInfo::plural_form
  bool letter_initial = false;    // TokenInfo::letter_initial
  bool hyphenated = false;        // its folded key holds a '-' ("U.S.-Soviet", "franco-allemand")
  // Which of the coder's name matchers some phrase of could start at this
  // form (coding/mentions.cc's kStarts* bits), filled by the coder on first
  // use (kStartsUnknown until then): a form that starts none costs no
  // matcher call at all.
  mutable uint8_t starts = 0xff;
  static constexpr uint8_t kStartsUnknown = 0xff;
  // Bit 1 << TriggerKind: some event frame of that kind is keyed on the
  // form's key or lemmas (DocumentCoder::FrameKinds), filled on first use.
  mutable uint8_t frame_kinds = 0xff;
  static constexpr uint8_t kFrameKindsUnknown = 0xff;
};

// Form -> analysis, open addressing over a flat slot array (hash and entry
// pointer), entries in a deque so that they stay in place as it grows, and
// every string (the form, its key and lemmas) in one bump-allocated arena: a
// lookup touches one slot and one compact entry, where a node-based map of
// std::strings would chase a bucket list and each string's heap block.
class FormCache {
 public:
  const FormEntry* Find(std::string_view form) const { return Find(form, Hash(form)); }
  // The same, with `hash` == Hash(form) computed ahead (see Prefetch).
  const FormEntry* Find(std::string_view form, uint64_t h) const {
    if (slots_.empty()) return nullptr;
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.entry == nullptr) return nullptr;
      if (s.hash == h && s.entry->form == form) return &s.entry->entry;
    }
  }
  // Stores `entry` for `form`, with its key and lemmas copied from `key` and
  // `lemmas` (entry's own views are ignored).
  const FormEntry& Insert(std::string_view form, const FormEntry& entry, std::string_view key,
                          const std::string_view* lemmas) {
    return Insert(form, Hash(form), entry, key, lemmas);
  }
  const FormEntry& Insert(std::string_view form, uint64_t h, const FormEntry& entry, std::string_view key,
                          const std::string_view* lemmas) {
    if ((entries_.size() + 1) * 2 > slots_.size()) Grow();
    size_t i = h & mask_;
    while (slots_[i].entry != nullptr) i = (i + 1) & mask_;
    Stored& st = entries_.emplace_back();
    st.entry = entry;
    st.form = Keep(form);
    st.entry.key = Keep(key);
    for (uint8_t l = 0; l < 3; ++l) st.entry.lemmas[l] = l < entry.lemma_count ? Keep(lemmas[l]) : std::string_view();
    slots_[i] = {h, &st};
    return st.entry;
  }
  // A lookup costs up to three cache misses (the slot, the entry, the form's
  // bytes) on a cache of 100,000 forms; a caller that knows the forms it will
  // look up (a document's tokens) hides them by touching each form's slot
  // some tokens ahead (PrefetchSlot), its entry later (PrefetchEntry, which
  // reads the slot), and the form's bytes last (PrefetchForm, which reads the
  // entry): each step reads only what the one before fetched.
  //
  // Hash reads the form in 8-, 4- or 1-byte loads rather than byte by byte
  // (most forms are 2 to 8 bytes: one or two loads), then mixes so that the
  // low bits, which pick the slot, depend on every byte.
  static uint64_t Hash(std::string_view s) {
    const char* p = s.data();
    const size_t n = s.size();
    auto load64 = [](const char* q) {
      uint64_t v;
      std::memcpy(&v, q, 8);
      return v;
    };
    auto load32 = [](const char* q) {
      uint32_t v;
      std::memcpy(&v, q, 4);
      return static_cast<uint64_t>(v);
    };
    constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
    uint64_t h = 0x243F6A8885A308D3ull ^ (n * kMul);
    auto mix = [&](uint64_t w) {
      h = (h ^ w) * kMul;
      h ^= h >> 32;
    };
    if (n >= 8) {
      size_t i = 0;
      for (; i + 8 < n; i += 8) mix(load64(p + i));
      mix(load64(p + n - 8));  // the last 8 bytes, overlapping the word before
    } else if (n >= 4) {
      mix((load32(p) << 32) | load32(p + n - 4));
    } else if (n > 0) {
      mix((static_cast<uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
          (static_cast<uint64_t>(static_cast<unsigned char>(p[n >> 1])) << 8) | static_cast<unsigned char>(p[n - 1]));
    }
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 31);
  }
  void PrefetchSlot(uint64_t h) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[h & mask_]);
  }
  void PrefetchEntry(uint64_t h) const {
    if (slots_.empty()) return;
    const Slot& s = slots_[h & mask_];
    if (s.entry != nullptr && s.hash == h) __builtin_prefetch(s.entry);
  }
  void PrefetchForm(uint64_t h) const {
    if (slots_.empty()) return;
    const Slot& s = slots_[h & mask_];
    if (s.entry != nullptr && s.hash == h) __builtin_prefetch(s.entry->form.data());
  }
  size_t size() const { return entries_.size(); }
  void clear() {
    entries_.clear();
    slots_.assign(slots_.size(), Slot{});
    if (blocks_.size() > 1) blocks_.resize(1);
    used_ = 0;
  }

 private:
  struct Stored {
    std::string_view form;
    FormEntry entry;
  };
  struct Slot {
    uint64_t hash = 0;
    const Stored* entry = nullptr;
  };
  static constexpr size_t kBlock = 64 << 10;
  std::string_view Keep(std::string_view s) {
    if (s.empty()) return {};
    if (blocks_.empty() || used_ + s.size() > blocks_.back().size) {
      const size_t size = std::max(kBlock, s.size());
      blocks_.push_back({std::make_unique<char[]>(size), size});
      used_ = 0;
    }
    char* at = blocks_.back().data.get() + used_;
    std::memcpy(at, s.data(), s.size());
    used_ += s.size();
    return std::string_view(at, s.size());
  }
  void Grow() {
    std::vector<Slot> bigger(slots_.empty() ? 4096 : slots_.size() * 2);
    const size_t mask = bigger.size() - 1;
    for (const Slot& s : slots_) {
      if (s.entry == nullptr) continue;
      size_t i = s.hash & mask;
      while (bigger[i].entry != nullptr) i = (i + 1) & mask;
      bigger[i] = s;
    }
    slots_.swap(bigger);
    mask_ = slots_.size() - 1;
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  std::deque<Stored> entries_;
  struct Block {
    std::unique_ptr<char[]> data;
    size_t size;
  };
  std::vector<Block> blocks_;  // the arena; the last one is being filled
  size_t used_ = 0;            // bytes used in the last block
};

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
// The same, with `hash` == FormCache::Hash(norm) computed ahead.
const FormEntry& AnalyzeForm(const LanguagePack& pack, const Vocabulary& vocabulary, FormCache& cache,
                             std::string_view norm, uint64_t hash, bool word);

// The syntax stage's view of sentence `s` of `text`, one TokenIn per token,
// from the forms' analyses. Views point into `forms`' entries and `text`.
// Whether the capital a form bears says nothing of a name: a function word
// (auxiliary, conjunction, preposition, determiner, pronoun) right after a
// dotted acronym, where some wires capitalise after every full stop ("the
// U.S. Has offered", "the U.S. And Japan"); or a common noun, verb or
// adjective standing alone there, not followed by another capitalised word
// and starting no known name, place or agent ("a U.S. Complaint that", "a
// U.K. Suggestion"). `next_capitalized` says whether the token after `form`
// is a capitalised word ("U.S. Trade Representative" keeps its capitals).
bool CaseAfterAcronym(const FormEntry& form, const FormEntry* previous, bool next_capitalized);

// Whether token `i` (of form `form`) bears a capital that may mark a name:
// its own capital, unless CaseAfterAcronym says otherwise or it stands in a
// headline written all in capitals (text::kShouted) and is a common word
// that starts no actor, place or country adjective ("SAYS", "TALKS"; not
// "SYRIA"). A form whose name starts are not known yet keeps its capital.
bool NameCapital(const text::AnalyzedText& text, uint32_t i, const std::vector<const FormEntry*>& forms);

// The syntax stage's input for sentence `s`. `keys`, when not null, are the
// document's keyed tokens from DocumentCoder::BuildKeys, whose `capitalized`
// is already NameCapital's answer; null computes it again.
void SyntaxInput(const Lexicon& lexicon, const text::AnalyzedText& text, const text::Sentence& s,
                 const std::vector<const FormEntry*>& forms, const std::vector<KeyedToken>* keys,
                 std::vector<syntax::TokenIn>* out);

// The language's syntax parameters, from its lexicon.
syntax::Language SyntaxLanguage(const LanguagePack& pack);

}  // namespace parley::coding

#endif  // PARLEY_CODING_FORMS_H_
