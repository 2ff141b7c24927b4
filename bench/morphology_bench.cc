// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Lemma table load time and lookup throughput. The tables are found in
// $PARLEY_DATA_DIR, else in ../data next to this binary (build/bench ->
// build/data, where `parley_data` writes them). Answers are checked before
// timing.
//
//   build/bench/morphology_bench

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "morphology/lemmatizer.h"

namespace parley::morph {
namespace {

std::string DataDir() {
  if (const char* env = std::getenv("PARLEY_DATA_DIR")) return env;
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return "data";
  return (exe.parent_path().parent_path() / "data").string();
}

const Lemmatizer& Get(Language lang) {
  static std::unique_ptr<Lemmatizer> fr, en;
  std::unique_ptr<Lemmatizer>& slot = lang == Language::kFrench ? fr : en;
  if (!slot) {
    auto loaded = Lemmatizer::Load(lang, DataDir());
    if (!loaded.ok()) {
      std::fprintf(stderr, "%s\n", loaded.status().ToString().c_str());
      std::exit(1);
    }
    slot = std::move(loaded).value();
  }
  return *slot;
}

// A news-like mix: function words, inflected verbs, nouns, unknown names.
const std::vector<std::string> kFrenchForms = {
    "le", "président", "a", "rencontré", "les", "ministres", "de", "l'", "intérieur", "qui", "ont",
    "déclaré", "que", "la", "coopération", "sera", "renforcée", "entre", "les", "deux", "pays",
    "sont", "entretenus", "rencontrera", "discuté", "félicité", "salué", "xylowski", "mardi", "à"};
const std::vector<std::string> kEnglishForms = {
    "the", "president", "met", "with", "foreign", "ministers", "and", "said", "that", "talks",
    "between", "the", "two", "countries", "were", "held", "spoke", "has", "n't", "condemned",
    "attacks", "on", "civilians", "xylowski", "tuesday", "would", "visit", "is", "being", "agreed"};

void CheckAnswers() {
  const Lemmatizer& fr = Get(Language::kFrench);
  const Lemmatizer& en = Get(Language::kEnglish);
  if (fr.Lemma("sont") != "être" || fr.Lemma("rencontrera") != "rencontrer" || en.Lemma("spoke") != "speak" ||
      en.Lemma("countries") != "country") {
    std::fprintf(stderr, "lemma tables give wrong answers; refusing to time them\n");
    std::exit(1);
  }
}

void Lookups(benchmark::State& state, Language lang, const std::vector<std::string>& forms) {
  CheckAnswers();
  const Lemmatizer& l = Get(lang);
  size_t i = 0;
  for (auto _ : state) {
    std::string_view lemma = l.Lemma(forms[i]);
    benchmark::DoNotOptimize(lemma);
    if (++i == forms.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_FrenchLemma(benchmark::State& state) { Lookups(state, Language::kFrench, kFrenchForms); }
void BM_EnglishLemma(benchmark::State& state) { Lookups(state, Language::kEnglish, kEnglishForms); }
BENCHMARK(BM_FrenchLemma);
BENCHMARK(BM_EnglishLemma);

void Load(benchmark::State& state, Language lang) {
  const std::string dir = DataDir();
  for (auto _ : state) {
    auto loaded = Lemmatizer::Load(lang, dir);
    if (!loaded.ok()) {
      state.SkipWithError(loaded.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(loaded.value().get());
  }
}

void BM_LoadFrench(benchmark::State& state) { Load(state, Language::kFrench); }
void BM_LoadEnglish(benchmark::State& state) { Load(state, Language::kEnglish); }
BENCHMARK(BM_LoadFrench)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadEnglish)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace parley::morph

BENCHMARK_MAIN();
