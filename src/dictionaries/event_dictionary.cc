// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "dictionaries/event_dictionary.h"

#include <algorithm>

#include "dictionaries/line_reader.h"
#include "dictionaries/phrase.h"

namespace parley {
namespace {

bool IsCameoCodeText(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool ParseEventPattern(std::string_view line, EventPattern* out, std::string* error) {
  auto fields = SplitSpace(line);
  if (fields.size() < 2) {
    *error = "expected 'CODE pattern... [{flags}]'";
    return false;
  }
  if (!IsCameoCodeText(fields[0])) {
    *error = "event code must be 2 to 4 digits";
    return false;
  }
  out->code = std::string(fields[0]);
  bool anchor_set = false;
  int words = 0;
  for (size_t f = 1; f < fields.size(); ++f) {
    std::string_view field = fields[f];
    if (field.front() == '{') {
      if (field.back() != '}') {
        *error = "flag must be written {name}";
        return false;
      }
      const std::string_view flag = field.substr(1, field.size() - 2);
      if (flag == "recip") out->reciprocal = true;
      else if (flag == "partner") out->partner = true;
      else {
        *error = "unknown flag {" + std::string(flag) + "}";
        return false;
      }
      continue;
    }
    // '_' joins words that must be adjacent: split into elements.
    size_t start = 0;
    bool first_piece = true;
    while (start <= field.size()) {
      size_t us = field.find('_', start);
      if (us == std::string_view::npos) us = field.size();
      std::string_view piece = field.substr(start, us - start);
      start = us + 1;
      if (piece.empty()) {
        *error = "empty word around '_'";
        return false;
      }
      PatternElement el;
      el.adjacent = !first_piece;
      first_piece = false;
      if (piece == "+" || piece == "$") {
        el.kind = piece == "+" ? PatternElement::Kind::kTarget : PatternElement::Kind::kSource;
        out->specificity += 1;
      } else {
        bool is_anchor = false;
        if (piece.back() == '*') {
          is_anchor = true;
          piece.remove_suffix(1);
        }
        for (std::string_view alt : SplitBar(piece)) {
          // An alternative may itself be an elided form ("d'"), kept whole.
          auto keys = PhraseKeys(alt);
          if (keys.size() != 1) {
            *error = "alternative '" + std::string(alt) + "' is not a single word (join words with '_')";
            return false;
          }
          el.alternatives.push_back(std::move(keys[0]));
        }
        if (el.alternatives.empty()) {
          *error = "empty word";
          return false;
        }
        if (is_anchor) {
          if (anchor_set) {
            *error = "more than one anchor '*'";
            return false;
          }
          anchor_set = true;
          out->anchor = static_cast<uint32_t>(out->elements.size());
        }
        out->specificity += 2;
        ++words;
      }
      out->elements.push_back(std::move(el));
    }
  }
  if (words == 0) {
    *error = "pattern has no word";
    return false;
  }
  if (!anchor_set) {
    for (uint32_t i = 0; i < out->elements.size(); ++i) {
      if (out->elements[i].kind == PatternElement::Kind::kWord) {
        out->anchor = i;
        break;
      }
    }
  }
  int targets = 0, sources = 0;
  for (const auto& e : out->elements) {
    targets += e.kind == PatternElement::Kind::kTarget;
    sources += e.kind == PatternElement::Kind::kSource;
  }
  if (targets > 1 || sources > 1) {
    *error = "at most one '+' and one '$'";
    return false;
  }
  return true;
}

StatusOr<EventDictionary> EventDictionary::Load(const std::string& path, std::shared_ptr<Vocabulary> vocabulary) {
  EventDictionary dict;
  dict.vocabulary_ = vocabulary ? std::move(vocabulary) : std::make_shared<Vocabulary>();
  LineReader reader;
  PARLEY_RETURN_IF_ERROR(reader.Open(path));
  std::string_view line;
  while (reader.Next(&line)) {
    EventPattern p;
    std::string error;
    if (!ParseEventPattern(Trim(line), &p, &error)) return reader.Error(error, line);
    p.file = path;
    p.line = reader.line_number();
    const uint32_t id = static_cast<uint32_t>(dict.patterns_.size());
    for (PatternElement& e : p.elements) {
      for (const std::string& alt : e.alternatives) e.alternative_ids.push_back(dict.vocabulary_->Intern(alt));
    }
    for (int32_t word : p.elements[p.anchor].alternative_ids) {
      if (dict.by_anchor_.size() <= static_cast<size_t>(word)) dict.by_anchor_.resize(word + 1);
      dict.by_anchor_[word].push_back(id);
    }
    dict.patterns_.push_back(std::move(p));
  }
  // Most specific first; among equals, the order of the file.
  for (auto& ids : dict.by_anchor_) {
    std::stable_sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) {
      return dict.patterns_[a].specificity > dict.patterns_[b].specificity;
    });
  }
  return dict;
}

}  // namespace parley
