// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Benchmarks of the whole coder and of loading it. Each benchmark first
// checks that the coder gives the known answer on its input, so a fast
// wrong coder cannot look good. For throughput on real corpora use
// `parley bench` (scripts/bench.sh); this file measures our own texts.

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "parley/coder.h"

namespace {

// Our own dispatch-style sentences (written for Parley).
const char kFrench[] =
    "Le président français Emmanuel Macron et le chancelier allemand Olaf Scholz se sont entretenus mardi par "
    "téléphone de la situation en Ukraine. M. Macron a salué le chancelier pour son engagement. Les deux dirigeants "
    "se sont dits prêts à coopérer plus étroitement. La France a vivement condamné la Russie après une nouvelle "
    "vague de frappes contre les infrastructures énergétiques ukrainiennes. Le gouvernement nigérien a accusé "
    "Washington de mépris envers les autorités de Niamey, selon un communiqué lu à la télévision nationale.";
const char kEnglish[] =
    "U.S. Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi held talks on Wednesday in "
    "Washington, the State Department said. Blinken urged China to stop supplying components to Russia's defence "
    "industry. The two men also discussed the situation in the Taiwan Strait. Russia was condemned by Germany on "
    "Tuesday after a new wave of strikes on Ukrainian power plants. Markets rose slightly in early trading.";

const parley::Coder& TheCoder() {
  static std::unique_ptr<parley::Coder> coder = [] {
    auto created = parley::Coder::Create(parley::CoderOptions{});
    if (!created.ok()) {
      std::fprintf(stderr, "cannot load the coder: %s\n", created.status().ToString().c_str());
      std::abort();
    }
    return std::move(created).value();
  }();
  return *coder;
}

void BenchCode(benchmark::State& state, const char* text, parley::Language lang, size_t min_events) {
  parley::Document doc;
  doc.id = "bench";
  doc.text = text;
  doc.lang = lang;
  doc.date = parley::Date{2023, 3, 10};
  std::vector<parley::Event> events;
  parley::DocumentStats stats;
  if (!TheCoder().Code(doc, &events, &stats).ok() || events.size() < min_events) {
    state.SkipWithError("the coder did not give the known answer");
    return;
  }
  for (auto _ : state) {
    TheCoder().Code(doc, &events, &stats);
    benchmark::DoNotOptimize(events.data());
  }
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(stats.sentences) * state.iterations(), benchmark::Counter::kIsRate);
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(stats.tokens) * state.iterations(), benchmark::Counter::kIsRate);
}

void BM_CodeFrenchDispatch(benchmark::State& state) { BenchCode(state, kFrench, parley::Language::kFrench, 5); }
void BM_CodeEnglishDispatch(benchmark::State& state) { BenchCode(state, kEnglish, parley::Language::kEnglish, 5); }

// The same documents with language identification (CLD2) included.
void BM_CodeFrenchWithLanguageId(benchmark::State& state) {
  BenchCode(state, kFrench, parley::Language::kUnknown, 5);
}

void BM_LoadCoder(benchmark::State& state) {
  for (auto _ : state) {
    auto coder = parley::Coder::Create(parley::CoderOptions{});
    if (!coder.ok()) {
      state.SkipWithError("cannot load the coder");
      return;
    }
    benchmark::DoNotOptimize(coder.value().get());
  }
}

BENCHMARK(BM_CodeFrenchDispatch);
BENCHMARK(BM_CodeEnglishDispatch);
BENCHMARK(BM_CodeFrenchWithLanguageId);
BENCHMARK(BM_LoadCoder)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
