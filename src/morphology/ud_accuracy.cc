// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "morphology/ud_accuracy.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <fstream>
#include <string_view>
#include <vector>

namespace parley::morph {
namespace {

std::string Lower(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  u.toLower(icu::Locale::getRoot());
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace

uint16_t UposToPos(const std::string& upos) {
  static const auto* kMap = new std::map<std::string, uint16_t>{
      {"NOUN", kNoun},         {"PROPN", kProperNoun},  {"VERB", kVerb},        {"AUX", kAuxiliary},
      {"ADJ", kAdjective},     {"ADV", kAdverb},        {"PRON", kPronoun},     {"DET", kDeterminer},
      {"ADP", kPreposition},   {"CCONJ", kConjunction}, {"SCONJ", kConjunction}, {"NUM", kNumeral},
      {"INTJ", kInterjection},
  };
  auto it = kMap->find(upos);
  return it == kMap->end() ? 0 : it->second;
}

Status EvaluateConllu(const Lemmatizer& lemmatizer, const std::string& conllu_path, LemmaAccuracy* accuracy) {
  std::ifstream in(conllu_path);
  if (!in) return Status::NotFound("cannot open " + conllu_path);
  std::string line;
  std::vector<std::string_view> cols;
  long line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    cols.clear();
    std::string_view rest(line);
    while (cols.size() < 4) {
      size_t tab = rest.find('\t');
      cols.push_back(rest.substr(0, tab));
      if (tab == std::string_view::npos) break;
      rest.remove_prefix(tab + 1);
    }
    if (cols.size() < 4) {
      return Status::ParseError(conllu_path + ":" + std::to_string(line_no) + ": fewer than 4 columns");
    }
    if (cols[0].find_first_of("-.") != std::string_view::npos) continue;  // ranges, empty nodes
    const std::string form = Lower(cols[1]);
    const std::string gold = Lower(cols[2]);
    const std::string upos(cols[3]);
    LemmaCounts c;
    c.tokens = 1;
    const std::string_view given = lemmatizer.Lemma(form, UposToPos(upos));
    c.right_with_hint = given == gold;
    if (!c.right_with_hint && accuracy->collect_errors) {
      ++accuracy->errors[form + " " + upos + " " + gold + " -> " + std::string(given)];
    }
    c.right_no_hint = lemmatizer.Lemma(form) == gold;
    c.known = !lemmatizer.Analyze(form).empty();
    accuracy->all.Add(c);
    accuracy->by_upos[upos].Add(c);
  }
  return Status::Ok();
}

}  // namespace parley::morph
