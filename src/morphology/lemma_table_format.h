// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The on-disk layout of a compiled lemma table (`fr.lemmas`, `en.lemmas`),
// shared by the generators in tools/ and the loader in lemmatizer.cc.
// docs/morphology.md describes it for humans. All integers little-endian;
// every section starts on an 8-byte boundary.
//
//   Header (64 bytes, see below)
//   FormRecord[num_forms]          form text + its run of analyses
//   AnalysisRecord[num_analyses]   lemma text + Pos bits + VerbForm bits
//   uint64 slots[num_slots]        open-addressing index, num_slots a power
//                                  of two; 0 = empty, else
//                                  (hash >> 32) << 32 | (form index + 1)
//   char pool[pool_size]           UTF-8 text of every form and lemma
//
// A form is looked up by FNV-1a-64 of its bytes, probing linearly from
// hash & (num_slots - 1). Analyses of one form are contiguous and already in
// preference order (the generator ranks them).

#ifndef PARLEY_MORPHOLOGY_LEMMA_TABLE_FORMAT_H_
#define PARLEY_MORPHOLOGY_LEMMA_TABLE_FORMAT_H_

#include <cstdint>
#include <string_view>

namespace parley::morph::table {

inline constexpr char kMagic[8] = {'P', 'R', 'L', 'Y', 'L', 'E', 'M', '\n'};
// Bump whenever the layout or the meaning of any field changes.
inline constexpr uint32_t kFormatVersion = 1;

// Language codes stored in the header (not parley::Language's values, so the
// file format does not change if that enum does).
inline constexpr uint32_t kLangFrench = 1;
inline constexpr uint32_t kLangEnglish = 2;

struct Header {
  char magic[8];
  uint32_t format_version;
  uint32_t language;
  uint32_t num_forms;
  uint32_t num_analyses;
  uint32_t num_slots;
  uint32_t pool_size;
  uint64_t forms_offset;
  uint64_t analyses_offset;
  uint64_t slots_offset;
  uint64_t pool_offset;
};
static_assert(sizeof(Header) == 64);

struct FormRecord {
  uint32_t text_offset;     // into the pool
  uint16_t text_length;
  uint16_t num_analyses;
  uint32_t first_analysis;  // index into the AnalysisRecord array
};
static_assert(sizeof(FormRecord) == 12);

struct AnalysisRecord {
  uint32_t lemma_offset;  // into the pool
  uint16_t lemma_length;
  uint16_t pos;           // parley::morph::Pos bits
  uint16_t verb_form;     // parley::morph::VerbForm bits
  uint16_t reserved;      // 0
};
static_assert(sizeof(AnalysisRecord) == 12);

// FNV-1a, 64 bits: short keys, no allocation, good enough spread for a
// linear-probing table kept at most half full.
inline uint64_t HashForm(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

inline constexpr uint64_t kAlign = 8;
inline constexpr uint64_t AlignUp(uint64_t n) { return (n + kAlign - 1) & ~(kAlign - 1); }

}  // namespace parley::morph::table

#endif  // PARLEY_MORPHOLOGY_LEMMA_TABLE_FORMAT_H_
