// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Scoring a coder against annotated documents (`parley eval`, the real-text
// development set's floor test). The gold format and the rules are in
// docs/eval.md: JSON Lines, one document (or one aligned French/English
// pair) a line, with its text inline or as a reference to a corpus line,
// and the events a careful coder finds, with alternatives and optional ones.

#ifndef PARLEY_EVALUATION_GOLD_H_
#define PARLEY_EVALUATION_GOLD_H_

#include <map>
#include <string>
#include <vector>

#include "parley/coder.h"
#include "parley/document.h"
#include "parley/status.h"

namespace parley::evaluation {

struct GoldEvent {
  // The readings that count: the event itself first, then its `alt`s.
  struct Reading {
    std::string source, code, target;
  };
  std::vector<Reading> readings;
  Date date;              // invalid: the publication date
  bool optional = false;
  std::string attribution;
};

struct GoldDocument {
  std::string id;        // the gold item's id, with ":fr" / ":en" for the sides of a pair
  int line = 0;          // in the gold file
  Document document;     // text, language, publication date
  std::vector<GoldEvent> events;
};

// Reads a gold file; `corpora_dir` resolves "ref"/"refs" (file paths are
// relative to it). A malformed line, a missing corpus file or line, or a
// line whose prefix does not match is an error naming the gold file and line.
StatusOr<std::vector<GoldDocument>> ReadGold(const std::string& path, const std::string& corpora_dir);

struct Counts {
  long tp = 0, fp = 0, fn = 0;
  double Precision() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
  double Recall() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct LanguageScore {
  long documents = 0, gold_events = 0, coded_events = 0;
  Counts country_root;  // actors cut to 3 letters, codes to their root
  Counts full;          // full actor codes, codes as written
  long dated = 0, dates_right = 0;  // matched events (country/root), and of them with the right date
  double DateAccuracy() const { return dated ? double(dates_right) / dated : 0; }
};

struct Score {
  std::map<std::string, LanguageScore> by_language;  // "fr", "en"
  // With `collect_misses`: one line per expected event not found and per
  // coded event that matched nothing, at the country/root level.
  std::vector<std::string> misses;
};

// Codes every document with `coder` (documents the coder refuses count as
// coding nothing) and scores it.
Score Evaluate(const Coder& coder, const std::vector<GoldDocument>& gold, bool collect_misses);

// Whether a coded (source, code, target) matches a gold reading at one level.
bool Matches(const GoldEvent::Reading& gold, const std::string& source, const std::string& code,
             const std::string& target, bool full);

}  // namespace parley::evaluation

#endif  // PARLEY_EVALUATION_GOLD_H_
