// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Subjects and direct objects of finite verbs found by the syntax stage,
// against the gold relations of Universal Dependencies treebanks
// (src/coding/ud_syntax.h says what is scored), plus part-of-speech accuracy.
//
//   ud_syntax_eval [--dictionaries DIR] [--data-dir DIR] [--examples N] fr|en FILE.conllu...

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "coding/forms.h"
#include "coding/language_pack.h"
#include "coding/ud_syntax.h"
#include "syntax/syntax.h"
#include "text/text.h"

namespace {

// `--text "..."`: the analysis of one text, for people.
void PrintAnalysis(const parley::coding::LanguagePack& pack, const parley::Vocabulary& vocabulary, const std::string& text) {
  namespace c = parley::coding;
  namespace sx = parley::syntax;
  parley::text::AnalyzedText at;
  if (!parley::text::AnalyzeText(text, pack.language, {}, &at).ok()) return;
  c::FormCache& cache = c::ThreadFormCache(pack);
  std::vector<const c::FormEntry*> forms(at.tokens.size());
  for (size_t i = 0; i < at.tokens.size(); ++i) {
    forms[i] = &c::AnalyzeForm(pack, vocabulary, cache, at.Norm(at.tokens[i]), at.tokens[i].kind == parley::text::TokenKind::kWord);
  }
  std::vector<sx::TokenIn> in;
  sx::SentenceSyntax syn;
  for (const auto& sent : at.sentences) {
    c::SyntaxInput(*pack.lexicon, at, sent, forms, nullptr, &in);
    sx::Analyze(in, c::SyntaxLanguage(pack), &syn);
    auto word = [&](int32_t t) { return std::string(at.Norm(at.tokens[sent.first_token + t])); };
    auto np = [&](int32_t n) {
      if (n < 0) return std::string("-");
      std::string s;
      for (uint32_t t = syn.nps[n].first; t < syn.nps[n].last; ++t) s += (s.empty() ? "" : " ") + word(t);
      return s + " [" + word(syn.nps[n].head) + "]";
    };
    for (uint32_t t = 0; t < sent.token_count; ++t) {
      std::printf("%s/%s%s ", word(t).c_str(), std::string(sx::TagName(syn.tags[t])).c_str(),
                  ("#" + std::to_string(syn.clause_of[t])).c_str());
    }
    std::printf("\n");
    for (size_t v = 0; v < syn.verbs.size(); ++v) {
      const sx::VerbGroup& g = syn.verbs[v];
      std::printf("  verb %zu '%s' clause %d%s%s%s subj=%s%s obj=%s", v, word(g.head).c_str(), g.clause,
                  g.finite >= 0 ? " finite" : "", g.passive ? " passive" : "", g.infinitive ? " inf" : "",
                  np(g.subject).c_str(), g.subject_inherited ? "(inherited)" : "", np(g.object).c_str());
      for (const sx::Complement& k : g.complements) {
        std::printf(" [%s %s]", k.preposition >= 0 ? word(k.preposition).c_str() : "_",
                    k.kind == sx::ComplementKind::kNoun ? np(k.target).c_str()
                    : k.kind == sx::ComplementKind::kInfinitive ? ("verb " + std::to_string(k.target)).c_str()
                                                                : ("clause " + std::to_string(k.target)).c_str());
      }
      std::printf("\n");
    }
    for (size_t k = 0; k < syn.clauses.size(); ++k) {
      const sx::Clause& cl = syn.clauses[k];
      std::printf("  clause %zu kind %d parent %d governor %d antecedent %s\n", k, static_cast<int>(cl.kind), cl.parent,
                  cl.governor, np(cl.antecedent).c_str());
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string dictionary_dir = PARLEY_DEFAULT_DICTIONARY_DIR, data_dir = PARLEY_DEFAULT_DATA_DIR;
  int examples = 0;
  int i = 1;
  while (i + 1 < argc && argv[i][0] == '-' && argv[i][1] == '-') {
    if (std::strcmp(argv[i], "--dictionaries") == 0) dictionary_dir = argv[i + 1];
    else if (std::strcmp(argv[i], "--data-dir") == 0) data_dir = argv[i + 1];
    else if (std::strcmp(argv[i], "--examples") == 0) examples = std::atoi(argv[i + 1]);
    else break;
    i += 2;
  }
  if (argc - i < 2) {
    std::fprintf(stderr, "usage: %s [--dictionaries DIR] [--data-dir DIR] [--examples N] fr|en FILE.conllu...\n"
                 "       %s fr|en --text \"SENTENCE\"...\n", argv[0], argv[0]);
    return 2;
  }
  const parley::Language lang = parley::ParseLanguage(argv[i++]);
  auto vocabulary = std::make_shared<parley::Vocabulary>();
  auto pack = parley::coding::LanguagePack::Load(lang, dictionary_dir, data_dir, vocabulary);
  if (!pack.ok()) {
    std::fprintf(stderr, "%s\n", pack.status().ToString().c_str());
    return 1;
  }
  if (std::strcmp(argv[i], "--text") == 0) {
    for (++i; i < argc; ++i) PrintAnalysis(**pack, *vocabulary, argv[i]);
    return 0;
  }
  for (; i < argc; ++i) {
    parley::coding::SyntaxAccuracy acc;
    acc.max_examples = examples;
    if (auto st = parley::coding::EvaluateSyntax(**pack, *vocabulary, argv[i], &acc); !st.ok()) {
      std::fprintf(stderr, "%s\n", st.ToString().c_str());
      return 1;
    }
    std::printf("%s: %ld sentences, tags %.2f%% of %ld tokens\n", argv[i], acc.sentences, 100 * acc.TagAccuracy(), acc.tokens);
    std::printf("  subject of finite verb: P %.3f R %.3f F1 %.3f (gold %ld, predicted %ld, right %ld)\n",
                acc.subjects.Precision(), acc.subjects.Recall(), acc.subjects.F1(), acc.subjects.gold,
                acc.subjects.predicted, acc.subjects.right);
    std::printf("  direct object of finite verb: P %.3f R %.3f F1 %.3f (gold %ld, predicted %ld, right %ld)\n",
                acc.objects.Precision(), acc.objects.Recall(), acc.objects.F1(), acc.objects.gold, acc.objects.predicted,
                acc.objects.right);
    std::vector<std::pair<long, std::string>> conf;
    for (const auto& [k, v] : acc.tag_confusions) conf.push_back({v, k});
    std::sort(conf.rbegin(), conf.rend());
    std::printf("  top tag confusions:");
    for (size_t c = 0; c < conf.size() && c < 12; ++c) std::printf(" %s=%ld", conf[c].second.c_str(), conf[c].first);
    std::printf("\n");
    for (const std::string& e : acc.examples) std::printf("\n%s\n", e.c_str());
  }
  return 0;
}
