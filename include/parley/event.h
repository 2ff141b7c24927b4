// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Event: one coded interaction, as written to output. Field meanings are
// documented in docs/output.md.

#ifndef PARLEY_EVENT_H_
#define PARLEY_EVENT_H_

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "parley/date.h"
#include "parley/document.h"

namespace parley {

// [begin, end) byte offsets into Document::text; both -1 when absent.
struct Span {
  int64_t begin = -1;
  int64_t end = -1;
  bool empty() const { return begin < 0; }
};

enum class Mode {
  kAsserted,      // the text says it happened (or, for CAMEO 03, that it is intended)
  kNegated,       // "n'a pas condamné", "did not condemn"
  kConditional,   // "pourrait", "would", "si ...", "if ..."
  kHypothetical,  // modals of possibility and wishes: "may", "pourrait envisager"
};
const char* ModeName(Mode mode);  // "asserted", "negated", "conditional", "hypothetical"

struct Event {
  std::string doc_id;
  int sentence = 0;                // 1-based index of the first mention's sentence
  std::vector<int> sentences;      // 1-based indexes of every mention, ascending
  std::vector<Span> sentence_spans;  // byte span of each of `sentences` in the document, same order
  int mentions = 0;
  Date date;                       // event date
  std::string source;              // CAMEO actor code: "RUSGOV", "USA", "IGOUNO"
  std::string target;
  std::string code;                // CAMEO event code: "041"
  std::string root;                // "04"
  int quad_class = 0;              // 1..4
  double goldstein = 0;
  std::string plover;              // PLOVER event type
  Mode mode = Mode::kAsserted;
  std::string source_text, target_text, verb_text;
  Span source_span, target_span, verb_span, evidence_span;
  std::string evidence;            // the first mention's sentence text
  // Reported speech: the actor who reported the event ("X a affirmé que Y a
  // attaqué Z", "selon X", "..., said X"), "" when the text itself asserts it.
  std::string attribution;
  std::string attribution_text;
  // The dictionary line that coded it: "dictionaries/events/fr/04-consultations.txt:22".
  std::string rule;
  // Where it happened: the place as written, its country code, region and
  // coordinates (NaN when the gazetteer has none), like GDELT's ActionGeo.
  std::string location;
  std::string location_country;
  std::string location_admin1;
  double latitude = std::numeric_limits<double>::quiet_NaN();
  double longitude = std::numeric_limits<double>::quiet_NaN();
  Language lang = Language::kUnknown;
};

}  // namespace parley

#endif  // PARLEY_EVENT_H_
