// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Throughput of the text stage (ValidateText + AnalyzeText) on
//  - a generated news-style text built from sentences written for this
//    benchmark, whose sentence count is known and checked before timing;
//  - the first few MB of the shared corpora, when /work/shared is present
//    (skipped otherwise).
// Reports tokens/s and sentences/s per core.
//
//   build/bench/text_bench --benchmark_counters_tabular=true

#include <benchmark/benchmark.h>

#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include "text/text.h"

namespace parley::text {
namespace {

// Each entry is exactly one sentence under the splitter's rules.
const char* const kFrenchSentences[] = {
    "M. Dupont, porte-parole du ministère, a déclaré jeudi que l'armée s'était retirée.",
    "Les États-Unis ont-ils vraiment proposé 3,5 milliards de dollars à l'Ukraine ?",
    "« Nous ne céderons pas ! » a lancé Mme Martin devant l'Assemblée.",
    "Selon l'AFP, la réunion prévue le 05/02 à 09h04 a été reportée.",
    "Le président russo-américain de la commission, Jean-Yves Leroux, est arrivé à Genève.",
    "Qu'en pense-t-il, lui qui dirigeait jusqu'à hier la délégation nord-coréenne ?",
    "L'Union européenne a imposé des sanctions contre 12 responsables biélorusses.",
    "Dernière mise à jour le 2021-02-05",
};

const char* const kEnglishSentences[] = {
    "Russia's foreign minister said on Feb. 5 that talks with the U.S. would resume.",
    "\"We don't accept these terms,\" Mr. Smith told reporters in Washington.",
    "George W. Bush met Gen. Milley and Sen. Warren at 10 a.m. on Monday.",
    "The ministers' statement, issued by the U.N. in Geneva, condemned the attack.",
    "Officials said 1,750 troops had been deployed near the border since Sept. 2020.",
    "They'll vote on the plan next week, according to a spokesman for Acme Corp. in Boston.",
    "Protesters can't enter the square, police said in a statement posted online.",
    "TALKS RESUME IN GENEVA",
};

// Builds about `target_bytes` of text, one paragraph of several sentences per
// line, and returns the number of sentences in it.
template <size_t N>
size_t Generate(const char* const (&sentences)[N], size_t target_bytes, std::string* out) {
  out->clear();
  size_t count = 0;
  uint32_t state = 12345;
  while (out->size() < target_bytes) {
    const int per_line = 1 + static_cast<int>(state % 4);
    for (int k = 0; k < per_line; ++k) {
      state = state * 1103515245u + 12345u;
      const char* s = sentences[(state >> 16) % N];
      const std::string_view sv(s);
      // A sentence without final punctuation (a headline) goes on its own line.
      const bool headline = sv.back() != '.' && sv.back() != '?' && sv.back() != '!';
      if (headline && k > 0) break;
      *out += s;
      ++count;
      if (headline) break;
      if (k + 1 < per_line) *out += ' ';
    }
    *out += '\n';
  }
  return count;
}

void RunAnalyze(benchmark::State& state, const std::string& text, Language lang,
                size_t expected_sentences) {
  AnalyzedText out;
  const TextOptions options;
  if (!ValidateText(text).ok()) {
    state.SkipWithError("input is not valid text");
    return;
  }
  if (!AnalyzeText(text, lang, options, &out).ok()) {
    state.SkipWithError("AnalyzeText failed");
    return;
  }
  if (expected_sentences != 0 && out.sentences.size() != expected_sentences) {
    state.SkipWithError(("expected " + std::to_string(expected_sentences) + " sentences, got " +
                         std::to_string(out.sentences.size()))
                            .c_str());
    return;
  }
  const size_t tokens = out.tokens.size();
  const size_t sentences = out.sentences.size();
  for (auto _ : state) {
    Status st = ValidateText(text);
    if (st.ok()) st = AnalyzeText(text, lang, options, &out);
    benchmark::DoNotOptimize(st);
    benchmark::DoNotOptimize(out.tokens.data());
  }
  const double iters = static_cast<double>(state.iterations());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["tokens/s"] =
      benchmark::Counter(iters * static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["sentences/s"] =
      benchmark::Counter(iters * static_cast<double>(sentences), benchmark::Counter::kIsRate);
}

void BM_GeneratedFrench(benchmark::State& state) {
  std::string text;
  const size_t n = Generate(kFrenchSentences, 2 << 20, &text);
  RunAnalyze(state, text, Language::kFrench, n);
}
BENCHMARK(BM_GeneratedFrench)->Unit(benchmark::kMillisecond);

void BM_GeneratedEnglish(benchmark::State& state) {
  std::string text;
  const size_t n = Generate(kEnglishSentences, 2 << 20, &text);
  RunAnalyze(state, text, Language::kEnglish, n);
}
BENCHMARK(BM_GeneratedEnglish)->Unit(benchmark::kMillisecond);

// The first `bytes` of a shared corpus, cut at a line end.
bool ReadCorpus(const char* name, size_t bytes, std::string* out) {
  const std::string path = std::string(PARLEY_SOURCE_DIR "/../shared/corpora/") + name;
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(bytes, '\0');
  in.read(out->data(), static_cast<std::streamsize>(bytes));
  out->resize(static_cast<size_t>(in.gcount()));
  const size_t last_newline = out->rfind('\n');
  if (last_newline != std::string::npos) out->resize(last_newline + 1);
  return !out->empty();
}

void BM_CorpusFrench(benchmark::State& state) {
  std::string text;
  if (!ReadCorpus("fr_news_plain.txt", 4 << 20, &text)) {
    state.SkipWithError("shared corpus fr_news_plain.txt not found");
    return;
  }
  RunAnalyze(state, text, Language::kFrench, 0);
}
BENCHMARK(BM_CorpusFrench)->Unit(benchmark::kMillisecond);

void BM_CorpusEnglish(benchmark::State& state) {
  std::string text;
  if (!ReadCorpus("en_news_plain.txt", 4 << 20, &text)) {
    state.SkipWithError("shared corpus en_news_plain.txt not found");
    return;
  }
  RunAnalyze(state, text, Language::kEnglish, 0);
}
BENCHMARK(BM_CorpusEnglish)->Unit(benchmark::kMillisecond);

void BM_ValidateOnly(benchmark::State& state) {
  std::string text;
  Generate(kFrenchSentences, 2 << 20, &text);
  for (auto _ : state) benchmark::DoNotOptimize(ValidateText(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ValidateOnly)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace parley::text

BENCHMARK_MAIN();
