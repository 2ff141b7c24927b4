// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "lemma_table_builder.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>

#include "morphology/lemma_table_format.h"
#include "morphology/lemmatizer.h"

namespace parley::morph::tools {

void LemmaTableBuilder::Add(std::string_view form, std::string_view lemma, uint16_t pos,
                            uint16_t verb_form, int rank) {
  if (form.empty() || lemma.empty() || form.size() > 0xffff || lemma.size() > 0xffff) return;
  std::vector<Entry>& entries = forms_[std::string(form)];
  for (Entry& e : entries) {
    if (e.lemma == lemma) {
      e.pos |= pos;
      e.verb_form |= verb_form;
      if (rank < e.rank) {
        e.rank = rank;
        e.order = next_order_++;
      }
      return;
    }
  }
  entries.push_back(Entry{std::string(lemma), pos, verb_form, rank, next_order_++});
}

void LemmaTableBuilder::AddBothApostrophes(std::string_view form, std::string_view lemma, uint16_t pos,
                                           uint16_t verb_form, int rank) {
  Add(form, lemma, pos, verb_form, rank);
  if (form.find('\'') == std::string_view::npos) return;
  std::string curly;
  for (char c : form) {
    if (c == '\'') {
      curly += "\xe2\x80\x99";
    } else {
      curly.push_back(c);
    }
  }
  Add(curly, lemma, pos, verb_form, rank);
}

bool LemmaTableBuilder::Write(const std::string& path, uint32_t language, std::string* error) const {
  // Sorted forms make the output byte-for-byte reproducible.
  std::vector<const std::pair<const std::string, std::vector<Entry>>*> sorted;
  sorted.reserve(forms_.size());
  for (const auto& kv : forms_) sorted.push_back(&kv);
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->first < b->first; });

  std::string pool;
  std::unordered_map<std::string, uint32_t> lemma_offsets;
  std::vector<table::FormRecord> forms;
  std::vector<table::AnalysisRecord> analyses;
  forms.reserve(sorted.size());
  for (const auto* kv : sorted) {
    std::vector<Entry> entries = kv->second;
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      return a.rank != b.rank ? a.rank < b.rank : a.order < b.order;
    });
    if (entries.size() > 0xffff) entries.resize(0xffff);
    table::FormRecord f{};
    f.text_offset = static_cast<uint32_t>(pool.size());
    f.text_length = static_cast<uint16_t>(kv->first.size());
    pool += kv->first;
    f.num_analyses = static_cast<uint16_t>(entries.size());
    f.first_analysis = static_cast<uint32_t>(analyses.size());
    for (const Entry& e : entries) {
      auto [it, inserted] = lemma_offsets.emplace(e.lemma, static_cast<uint32_t>(pool.size()));
      if (inserted) pool += e.lemma;
      analyses.push_back(table::AnalysisRecord{it->second, static_cast<uint16_t>(e.lemma.size()), e.pos,
                                               e.verb_form, 0});
    }
    forms.push_back(f);
  }
  if (pool.size() > 0xffffffffULL) {
    *error = "string pool exceeds 4 GiB";
    return false;
  }

  // Keep the index at most half full so probe sequences stay short.
  uint64_t num_slots = 16;
  while (num_slots < 2 * forms.size() + 1) num_slots *= 2;
  std::vector<uint64_t> slots(num_slots, 0);
  for (uint32_t i = 0; i < forms.size(); ++i) {
    const uint64_t h = table::HashForm(sorted[i]->first);
    uint64_t s = h & (num_slots - 1);
    while (slots[s] != 0) s = (s + 1) & (num_slots - 1);
    slots[s] = ((h >> 32) << 32) | (uint64_t{i} + 1);
  }

  table::Header header{};
  std::memcpy(header.magic, table::kMagic, sizeof(header.magic));
  header.format_version = table::kFormatVersion;
  header.language = language;
  header.num_forms = static_cast<uint32_t>(forms.size());
  header.num_analyses = static_cast<uint32_t>(analyses.size());
  header.num_slots = static_cast<uint32_t>(num_slots);
  header.pool_size = static_cast<uint32_t>(pool.size());
  header.forms_offset = table::AlignUp(sizeof(header));
  header.analyses_offset = table::AlignUp(header.forms_offset + forms.size() * sizeof(table::FormRecord));
  header.slots_offset = table::AlignUp(header.analyses_offset + analyses.size() * sizeof(table::AnalysisRecord));
  header.pool_offset = table::AlignUp(header.slots_offset + slots.size() * sizeof(uint64_t));

  std::string out(header.pool_offset + pool.size(), '\0');
  std::memcpy(out.data(), &header, sizeof(header));
  std::memcpy(out.data() + header.forms_offset, forms.data(), forms.size() * sizeof(table::FormRecord));
  std::memcpy(out.data() + header.analyses_offset, analyses.data(),
              analyses.size() * sizeof(table::AnalysisRecord));
  std::memcpy(out.data() + header.slots_offset, slots.data(), slots.size() * sizeof(uint64_t));
  std::memcpy(out.data() + header.pool_offset, pool.data(), pool.size());

  // Write to a temporary name and rename, so an interrupted build never
  // leaves a truncated table that looks up to date.
  const std::string tmp = path + ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (f == nullptr) {
    *error = "cannot create " + tmp;
    return false;
  }
  bool ok = std::fwrite(out.data(), 1, out.size(), f) == out.size();
  ok = (std::fclose(f) == 0) && ok;
  if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
    *error = "cannot write " + path;
    return false;
  }
  return true;
}

namespace {

const std::map<std::string, uint16_t>& PosNames() {
  static const auto* names = new std::map<std::string, uint16_t>{
      {"Noun", kNoun},         {"ProperNoun", kProperNoun}, {"Verb", kVerb},
      {"Auxiliary", kAuxiliary}, {"Adjective", kAdjective}, {"Adverb", kAdverb},
      {"Pronoun", kPronoun},   {"Determiner", kDeterminer}, {"Preposition", kPreposition},
      {"Conjunction", kConjunction}, {"Numeral", kNumeral}, {"Interjection", kInterjection}};
  return *names;
}

const std::map<std::string, uint16_t>& VerbFormNames() {
  static const auto* names = new std::map<std::string, uint16_t>{
      {"Infinitive", kInfinitive}, {"PastParticiple", kPastParticiple},
      {"PresentParticiple", kPresentParticiple}, {"Present", kPresent},
      {"Imperfect", kImperfect}, {"SimplePast", kSimplePast}, {"Future", kFuture},
      {"Conditional", kConditional}, {"Subjunctive", kSubjunctive}, {"Imperative", kImperative}};
  return *names;
}

bool ParseBits(const std::string& field, const std::map<std::string, uint16_t>& names, uint16_t* bits,
               std::string* bad) {
  *bits = 0;
  if (field == "-") return true;
  std::stringstream ss(field);
  std::string name;
  while (std::getline(ss, name, ',')) {
    auto it = names.find(name);
    if (it == names.end()) {
      *bad = name;
      return false;
    }
    *bits |= it->second;
  }
  return true;
}

}  // namespace

bool AddClosedClassFile(const std::string& path, int rank, LemmaTableBuilder* builder, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = "cannot open " + path;
    return false;
  }
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream ss(line);
    std::string field;
    while (std::getline(ss, field, '\t')) fields.push_back(field);
    const std::string where = path + ":" + std::to_string(line_no) + ": ";
    if (fields.size() != 4) {
      *error = where + "expected 4 tab-separated fields, got " + std::to_string(fields.size());
      return false;
    }
    uint16_t pos, verb_form;
    std::string bad;
    if (!ParseBits(fields[2], PosNames(), &pos, &bad)) {
      *error = where + "unknown part of speech '" + bad + "'";
      return false;
    }
    if (!ParseBits(fields[3], VerbFormNames(), &verb_form, &bad)) {
      *error = where + "unknown verb form '" + bad + "'";
      return false;
    }
    builder->AddBothApostrophes(LowerNfc(fields[0]), LowerNfc(fields[1]), pos, verb_form, rank);
  }
  return true;
}

std::string LowerNfc(std::string_view utf8) {
  bool ascii = true;
  for (unsigned char c : utf8) ascii = ascii && c < 0x80;
  if (ascii) {
    std::string out(utf8);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), utf8.size()));
  s.toLower(icu::Locale::getRoot());
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status)) {
    icu::UnicodeString normalized = nfc->normalize(s, status);
    if (U_SUCCESS(status)) s = normalized;
  }
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace parley::morph::tools
