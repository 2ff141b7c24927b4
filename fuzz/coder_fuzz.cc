// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The whole coder on arbitrary bytes, in both languages and with modal
// events kept: it must return a status or events, never crash, and every
// span it reports must lie inside the document.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "parley/coder.h"

namespace {

const parley::Coder* TheCoder() {
  static const parley::Coder* coder = [] {
    parley::CoderOptions options;
    options.include_modal = true;
    options.default_date = parley::Date{2021, 2, 5};
    auto created = parley::Coder::Create(options);
    if (!created.ok()) std::abort();  // dictionaries must load: a broken build, not an input problem
    return created.value().release();
  }();
  return coder;
}

void CheckSpan(const parley::Span& span, size_t size) {
  if (span.empty()) return;
  if (span.begin < 0 || span.end < span.begin || static_cast<size_t>(span.end) > size) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  parley::Document doc;
  doc.id = "fuzz";
  // The first byte picks the language, so both language packs are exercised.
  doc.lang = (data[0] & 1) ? parley::Language::kFrench : parley::Language::kEnglish;
  doc.text.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::vector<parley::Event> events;
  if (!TheCoder()->Code(doc, &events).ok()) return 0;
  for (const parley::Event& e : events) {
    CheckSpan(e.source_span, doc.text.size());
    CheckSpan(e.target_span, doc.text.size());
    CheckSpan(e.verb_span, doc.text.size());
    CheckSpan(e.evidence_span, doc.text.size());
    if (e.mentions < 1 || e.sentences.empty()) std::abort();
  }
  return 0;
}
