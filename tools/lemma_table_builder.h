// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Collects (form -> lemma, Pos, VerbForm, rank) facts and writes them as a
// binary lemma table (layout in src/morphology/lemma_table_format.h). Shared
// by the French and English generators; not part of the library.

#ifndef PARLEY_TOOLS_LEMMA_TABLE_BUILDER_H_
#define PARLEY_TOOLS_LEMMA_TABLE_BUILDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parley::morph::tools {

class LemmaTableBuilder {
 public:
  // Records one analysis of `form`. Lower `rank` comes first in the form's
  // analysis list; analyses of one form with the same lemma are merged (Pos
  // and VerbForm bits OR'ed, best rank kept), so callers may add a fact once
  // per source rule without deduplicating.
  void Add(std::string_view form, std::string_view lemma, uint16_t pos, uint16_t verb_form, int rank);

  // Add(), and again with every ASCII apostrophe replaced by U+2019 (’),
  // since the tokenizer may pass either.
  void AddBothApostrophes(std::string_view form, std::string_view lemma, uint16_t pos, uint16_t verb_form,
                          int rank);

  // Writes the table; returns false and sets *error on failure.
  bool Write(const std::string& path, uint32_t language, std::string* error) const;

  size_t num_forms() const { return forms_.size(); }

 private:
  struct Entry {
    std::string lemma;
    uint16_t pos;
    uint16_t verb_form;
    int rank;
    uint32_t order;  // insertion order, to break rank ties deterministically
  };
  std::unordered_map<std::string, std::vector<Entry>> forms_;
  uint32_t next_order_ = 0;
};

// Reads a hand-written closed-class list: `form<TAB>lemma<TAB>POS[,POS...]
// <TAB>VERBFORM[,VERBFORM...]` ('-' for none), '#' comments. POS names are
// the enumerator names without the k (Noun, Auxiliary, Verb, ...), VerbForm
// names likewise (Infinitive, Present, SimplePast, ...). Every entry is added
// with `rank`. Returns false and sets *error (with file:line) on bad input.
bool AddClosedClassFile(const std::string& path, int rank, LemmaTableBuilder* builder, std::string* error);

// Lower-cases and NFC-normalises UTF-8 text (ICU, root locale).
std::string LowerNfc(std::string_view utf8);

}  // namespace parley::morph::tools

#endif  // PARLEY_TOOLS_LEMMA_TABLE_BUILDER_H_
