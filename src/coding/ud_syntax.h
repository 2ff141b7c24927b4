// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The syntax stage measured against a Universal Dependencies treebank
// (CoNLL-U with gold heads and relations): each sentence's text goes through
// Parley's own front end (text stage, lemma table, lexicon, syntax) and the
// subjects and direct objects it finds are compared with the gold ones.
// Used by tools/ud_syntax_eval and the floor test; not on any hot path.
//
// What is scored (docs/syntax.md):
//   - gold: nsubj / nsubj:pass (subjects) and obj (objects) whose head is a
//     VERB that is finite (VerbForm=Fin, or with a finite auxiliary);
//   - predicted: the subject and object heads of Parley's verb groups whose
//     lexical verb is such a gold verb; subjects shared with a coordinated
//     verb are not predictions (UD gives them to the first verb only);
//   - a pair is right when both tokens align with the gold dependent and
//     head (tokens aligned by their place in the sentence text; a word of a
//     multiword token such as "du" aligns with that token).

#ifndef PARLEY_CODING_UD_SYNTAX_H_
#define PARLEY_CODING_UD_SYNTAX_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "coding/language_pack.h"
#include "parley/status.h"

namespace parley::coding {

struct PairCounts {
  long gold = 0, predicted = 0, right = 0;
  double Precision() const { return predicted ? double(right) / predicted : 0; }
  double Recall() const { return gold ? double(right) / gold : 0; }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct SyntaxAccuracy {
  long sentences = 0;
  long tokens = 0, tags_right = 0;  // tokens aligned one to one with a UD word
  PairCounts subjects, objects;
  std::map<std::string, long> tag_confusions;  // "GOLD->OURS" counts
  // When > 0, up to this many sentences with a subject or object error are
  // rendered into `examples` for error analysis.
  int max_examples = 0;
  std::vector<std::string> examples;
  double TagAccuracy() const { return tokens ? double(tags_right) / tokens : 0; }
};

// Scores every sentence of `conllu_path`. `pack` and `vocabulary` as the
// coder loads them (LanguagePack::Load).
Status EvaluateSyntax(const LanguagePack& pack, const Vocabulary& vocabulary, const std::string& conllu_path,
                      SyntaxAccuracy* accuracy);

}  // namespace parley::coding

#endif  // PARLEY_CODING_UD_SYNTAX_H_
