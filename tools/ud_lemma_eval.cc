// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Lemma accuracy of a compiled lemma table on Universal Dependencies
// treebanks (CoNLL-U: gold FORM, LEMMA and UPOS columns).
//
//   ud_lemma_eval [--data-dir DIR] fr|en FILE.conllu [FILE.conllu...]
//   ud_lemma_eval [--data-dir DIR] fr|en --lookup WORD...
//   ud_lemma_eval [--data-dir DIR] --errors N fr|en FILE.conllu...
//
// Every syntactic word is looked up twice: with the gold UPOS mapped to Pos
// bits as a hint (it only chooses among the table's analyses) and with no
// hint. Prints accuracy overall and by UPOS, plus the share of known forms.
// See src/morphology/ud_accuracy.h for the scoring rules.

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "morphology/lemmatizer.h"
#include "morphology/ud_accuracy.h"

namespace {

namespace m = parley::morph;

void PrintRow(const std::string& name, const m::LemmaCounts& c) {
  if (c.tokens == 0) return;
  std::printf("%-8s %8ld  %6.2f%%  %6.2f%%  %6.2f%%\n", name.c_str(), c.tokens, 100.0 * c.WithHint(),
              100.0 * c.NoHint(), 100.0 * c.known / c.tokens);
}

}  // namespace

int main(int argc, char** argv) {
  std::string data_dir = PARLEY_DEFAULT_DATA_DIR;
  int i = 1;
  if (i + 1 < argc && std::strcmp(argv[i], "--data-dir") == 0) {
    data_dir = argv[i + 1];
    i += 2;
  }
  long show_errors = 0;
  if (i + 1 < argc && std::strcmp(argv[i], "--errors") == 0) {
    show_errors = std::atol(argv[i + 1]);
    i += 2;
  }
  if (argc - i < 2) {
    std::fprintf(stderr,
                 "usage: %s [--data-dir DIR] fr|en FILE.conllu...\n"
                 "       %s [--data-dir DIR] fr|en --lookup WORD...\n",
                 argv[0], argv[0]);
    return 2;
  }
  const parley::Language lang = parley::ParseLanguage(argv[i++]);
  auto loaded = m::Lemmatizer::Load(lang, data_dir);
  if (!loaded.ok()) {
    std::fprintf(stderr, "%s\n", loaded.status().ToString().c_str());
    return 1;
  }
  const m::Lemmatizer& lemmatizer = **loaded;

  if (std::strcmp(argv[i], "--lookup") == 0) {
    for (++i; i < argc; ++i) {
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(argv[i]);
      u.toLower(icu::Locale::getRoot());
      std::string form;
      u.toUTF8String(form);
      std::printf("%s:", form.c_str());
      for (const m::Analysis& a : lemmatizer.Analyze(form)) {
        std::printf(" [%.*s pos=0x%x verb_form=0x%x]", static_cast<int>(a.lemma.size()), a.lemma.data(), a.pos,
                    a.verb_form);
      }
      std::printf("\n");
    }
    return 0;
  }

  m::LemmaAccuracy accuracy;
  accuracy.collect_errors = show_errors > 0;
  for (; i < argc; ++i) {
    parley::Status s = m::EvaluateConllu(lemmatizer, argv[i], &accuracy);
    if (!s.ok()) {
      std::fprintf(stderr, "%s\n", s.ToString().c_str());
      return 1;
    }
  }
  std::printf("%-8s %8s  %7s  %7s  %7s\n", "UPOS", "tokens", "hint", "no-hint", "known");
  for (const auto& [upos, c] : accuracy.by_upos) PrintRow(upos, c);
  PrintRow("ALL", accuracy.all);
  if (show_errors > 0) {
    std::vector<std::pair<long, std::string>> errors;
    for (const auto& [what, n] : accuracy.errors) errors.emplace_back(-n, what);
    std::sort(errors.begin(), errors.end());
    if (errors.size() > static_cast<size_t>(show_errors)) errors.resize(show_errors);
    std::printf("\nmost frequent misses (with hint): form UPOS gold -> given\n");
    for (const auto& [n, what] : errors) std::printf("%6ld  %s\n", -n, what.c_str());
  }
  return 0;
}
