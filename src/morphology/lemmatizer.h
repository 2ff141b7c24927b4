// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Lemmatizer: word form -> lemmas with coarse part of speech and verb form,
// from a compiled table held in memory (never a per-token call into an
// analyser). Tables are generated at build time (tools/) into the data
// directory: fr.lemmas from Debian's hunspell-fr, en.lemmas from WordNet's
// exception lists plus regular rules plus a closed-class word list.

#ifndef PARLEY_MORPHOLOGY_LEMMATIZER_H_
#define PARLEY_MORPHOLOGY_LEMMATIZER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "parley/document.h"
#include "parley/status.h"

namespace parley::morph {

// Coarse parts of speech, as bits: a form may have several.
enum Pos : uint16_t {
  kNoun = 1 << 0,
  kProperNoun = 1 << 1,
  kVerb = 1 << 2,
  kAuxiliary = 1 << 3,  // être/avoir, be/have/do and modals (will, would, could...)
  kAdjective = 1 << 4,
  kAdverb = 1 << 5,
  kPronoun = 1 << 6,
  kDeterminer = 1 << 7,
  kPreposition = 1 << 8,
  kConjunction = 1 << 9,
  kNumeral = 1 << 10,
  kInterjection = 1 << 11,
};

// Verb forms, as bits (only meaningful with kVerb / kAuxiliary).
enum VerbForm : uint16_t {
  kInfinitive = 1 << 0,
  kPastParticiple = 1 << 1,
  kPresentParticiple = 1 << 2,  // also English gerund
  kPresent = 1 << 3,
  kImperfect = 1 << 4,
  kSimplePast = 1 << 5,         // passé simple; English past tense
  kFuture = 1 << 6,
  kConditional = 1 << 7,
  kSubjunctive = 1 << 8,
  kImperative = 1 << 9,
};

struct Analysis {
  std::string_view lemma;   // lower case, NFC; valid for the Lemmatizer's lifetime
  uint16_t pos = 0;         // Pos bits
  uint16_t verb_form = 0;   // VerbForm bits
};

class Lemmatizer {
 public:
  virtual ~Lemmatizer() = default;

  // Loads `<data_dir>/fr.lemmas` or `<data_dir>/en.lemmas`. The file is
  // self-describing (magic, format version, language); a file of another
  // version or language is refused with a message naming it.
  static StatusOr<std::unique_ptr<Lemmatizer>> Load(Language lang, const std::string& data_dir);

  // All analyses of a lower-case NFC form; empty when the form is unknown.
  // French elided forms are known: "l'" -> le/la, "qu'" -> que, "s'" -> se.
  // Thread-safe; the span stays valid for the Lemmatizer's lifetime.
  virtual std::span<const Analysis> Analyze(std::string_view lower_form) const = 0;

  // The best single lemma: that of the first analysis whose pos intersects
  // `pos_hint` (when non-zero), else of the first analysis, else the form itself.
  std::string_view Lemma(std::string_view lower_form, uint16_t pos_hint = 0) const;

  virtual Language language() const = 0;
  virtual size_t size() const = 0;  // number of forms in the table
};

}  // namespace parley::morph

#endif  // PARLEY_MORPHOLOGY_LEMMATIZER_H_
