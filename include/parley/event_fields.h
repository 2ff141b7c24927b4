// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The output fields of an Event, in output order: the one list that the
// JSON Lines, TSV and CSV writers and the Python binding all walk, so a field
// added here appears in every output at once (docs/output.md documents each).

#ifndef PARLEY_EVENT_FIELDS_H_
#define PARLEY_EVENT_FIELDS_H_

#include <string_view>
#include <vector>

#include "parley/event.h"

namespace parley {

// Calls, in output order, one of these members of `v` per field:
//   v.String(name, std::string_view)      text or a code; may be empty
//   v.Int(name, int64_t)
//   v.IntList(name, const std::vector<int>&)
//   v.Date(name, const Date&)            invalid Date: unknown
//   v.Number(name, double)               may be non-finite (no value)
//   v.Span(name, const Span&)            Span::empty(): absent
// `name` is a string literal. The visitor is a template parameter, so a
// writer's per-field calls inline.
template <typename Visitor>
void VisitEventFields(const Event& e, Visitor& v) {
  v.String("doc_id", e.doc_id);
  v.Int("sentence", e.sentence);
  v.IntList("sentences", e.sentences);
  v.Int("mentions", e.mentions);
  v.Date("date", e.date);
  v.String("source", e.source);
  v.String("target", e.target);
  v.String("code", e.code);
  v.String("root", e.root);
  v.Int("quad_class", e.quad_class);
  v.Number("goldstein", e.goldstein);
  v.String("plover", e.plover);
  v.String("mode", ModeName(e.mode));
  v.String("source_text", e.source_text);
  v.String("target_text", e.target_text);
  v.String("verb_text", e.verb_text);
  v.Span("source_span", e.source_span);
  v.Span("target_span", e.target_span);
  v.Span("verb_span", e.verb_span);
  v.Span("evidence_span", e.evidence_span);
  v.String("evidence", e.evidence);
  v.String("attribution", e.attribution);
  v.String("attribution_text", e.attribution_text);
  v.String("rule", e.rule);
  v.String("location", e.location);
  v.String("location_country", e.location_country);
  v.String("location_admin1", e.location_admin1);
  v.Number("latitude", e.latitude);
  v.Number("longitude", e.longitude);
  v.String("lang", LanguageCode(e.lang));
}

// The field names in output order (the TSV/CSV header).
const std::vector<std::string_view>& EventFieldNames();

}  // namespace parley

#endif  // PARLEY_EVENT_FIELDS_H_
