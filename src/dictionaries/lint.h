// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Checks of the dictionaries beyond what loading enforces (`parley dict
// lint`): codes built from known parts, date ranges that make sense, no
// two holders of one office at once, places on the globe, and what the
// dictionaries hold. Loading errors (syntax) are reported as findings too,
// so one run names every problem it can.

#ifndef PARLEY_DICTIONARIES_LINT_H_
#define PARLEY_DICTIONARIES_LINT_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace parley {

struct LintFinding {
  bool error = true;      // false: a warning, which does not fail the lint
  std::string where;      // "dictionaries/actors/people/europe.txt:120"
  std::string message;
};

struct LintCounts {
  uint64_t countries = 0;            // type country, historical ones included
  uint64_t historical_countries = 0; // countries whose every code has an end date
  uint64_t persons = 0;
  uint64_t person_role_spans = 0;    // dated code lines of persons
  uint64_t organisations = 0;        // organisations, armed groups, parties, institutions
  uint64_t armed_groups = 0;
  uint64_t parties = 0;
  uint64_t institutions = 0;
  uint64_t places = 0;               // gazetteer entries with coordinates
  uint64_t names = 0;                // names and aliases of every kind
  // Event patterns: per language, the CAMEO codes with at least one entry
  // and the codes of the code book with none.
  std::map<std::string, uint64_t> event_entries;
  std::map<std::string, std::vector<std::string>> codes_without_entries;
  uint64_t codebook_codes = 0;
};

struct LintReport {
  std::vector<LintFinding> findings;
  LintCounts counts;
  bool ok() const {
    for (const LintFinding& f : findings) {
      if (f.error) return false;
    }
    return true;
  }
};

struct LintOptions {
  std::string dictionary_dir;  // the dictionaries/ folder
  std::string data_dir;        // the build's data/ folder (generated gazetteer), may be empty
  // More than this many days of overlap between two holders of one office
  // is an error; any overlap of two days or more is a warning.
  int max_office_overlap_days = 31;
};

LintReport LintDictionaries(const LintOptions& options);

// Offices that one person holds at a time in a country (or an IGO), and so
// are checked for overlapping holders. Others ("minister", "official",
// "opposition-leader") are not.
bool IsExclusiveOffice(const std::string& office);
// Every office name the dictionaries may use.
bool IsKnownOffice(const std::string& office);

}  // namespace parley

#endif  // PARLEY_DICTIONARIES_LINT_H_
