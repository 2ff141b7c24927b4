// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Lemma accuracy of a Lemmatizer against a Universal Dependencies treebank
// (CoNLL-U). Used by tools/ud_lemma_eval and the accuracy floor test; not
// on any hot path.

#ifndef PARLEY_MORPHOLOGY_UD_ACCURACY_H_
#define PARLEY_MORPHOLOGY_UD_ACCURACY_H_

#include <cstdint>
#include <map>
#include <string>

#include "morphology/lemmatizer.h"
#include "parley/status.h"

namespace parley::morph {

struct LemmaCounts {
  long tokens = 0;
  long right_with_hint = 0;  // Lemma(form, UposToPos(gold UPOS)) == gold lemma
  long right_no_hint = 0;    // Lemma(form) == gold lemma
  long known = 0;            // Analyze(form) non-empty

  double WithHint() const { return tokens ? double(right_with_hint) / tokens : 0; }
  double NoHint() const { return tokens ? double(right_no_hint) / tokens : 0; }
  void Add(const LemmaCounts& o) {
    tokens += o.tokens;
    right_with_hint += o.right_with_hint;
    right_no_hint += o.right_no_hint;
    known += o.known;
  }
};

struct LemmaAccuracy {
  LemmaCounts all;
  std::map<std::string, LemmaCounts> by_upos;
  // When true, EvaluateConllu counts hinted misses by
  // "form UPOS gold -> given" in `errors`, for error analysis.
  bool collect_errors = false;
  std::map<std::string, long> errors;
};

// UD universal POS tag -> Pos bits; 0 (no hint) for PART, PUNCT, SYM, X.
uint16_t UposToPos(const std::string& upos);

// Scores every syntactic word of `conllu_path` (multiword-token ranges and
// empty nodes skipped), comparing lemmas case-insensitively; unknown forms
// count as their own lemma. Adds into *accuracy.
Status EvaluateConllu(const Lemmatizer& lemmatizer, const std::string& conllu_path, LemmaAccuracy* accuracy);

}  // namespace parley::morph

#endif  // PARLEY_MORPHOLOGY_UD_ACCURACY_H_
