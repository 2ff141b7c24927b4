// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Query latency on a large store: a dyad-and-one-year query (first page
// and total) and monthly stats for one dyad over 20 years, plus an actor's
// monthly stats and a full-text search. The store is synthetic and
// reproducible (seed 42): 200 actors (50 countries, each bare and with
// GOV, MIL and OPP), a Zipf-like pull towards the first countries so some
// dyads are busy, 20 years (2004-2023), 5 events a document, 1M document
// events in all. Make it with
//   build/bench/store_bench --make-store=build/bench-1m.sqlite
// then run the benchmarks on it (scripts/bench-store.sh does both):
//   PARLEY_BENCH_STORE=build/bench-1m.sqlite build/bench/store_bench

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "parley/store.h"

namespace {

using namespace parley;

constexpr int kDocuments = 200000;
constexpr int kEventsPerDocument = 5;

const char* kCountries[] = {"USA", "RUS", "CHN", "FRA", "DEU", "GBR", "UKR", "IRN", "ISR", "TUR", "IND", "PAK",
                            "JPN", "KOR", "PRK", "SYR", "IRQ", "SAU", "EGY", "MLI", "NER", "NGA", "ZAF", "BRA",
                            "MEX", "CAN", "ITA", "ESP", "POL", "AFG", "LBY", "SDN", "ETH", "KEN", "COD", "VEN",
                            "COL", "ARG", "AUS", "IDN", "PHL", "VNM", "THA", "MMR", "BLR", "SRB", "GEO", "ARM",
                            "AZE", "QAT"};
const char* kRoles[] = {"", "GOV", "MIL", "OPP"};
struct Code {
  const char* code;
  int quad;
  double goldstein;
  const char* plover;
};
const Code kCodes[] = {{"010", 1, 0, ""},         {"020", 1, 3, ""},          {"036", 1, 4, "AGREE"},
                       {"040", 1, 1, "CONSULT"},   {"041", 1, 1, "CONSULT"},   {"042", 1, 1.9, "CONSULT"},
                       {"043", 1, 2.8, "CONSULT"}, {"046", 1, 7, "CONSULT"},   {"051", 1, 3.4, "SUPPORT"},
                       {"057", 1, 8, "SUPPORT"},   {"061", 2, 6.4, "COOPERATE"}, {"071", 2, 7.4, "AID"},
                       {"112", 3, -2, "ACCUSE"},   {"111", 3, -2, "ACCUSE"},   {"120", 3, -4, "REJECT"},
                       {"130", 3, -4.4, "THREATEN"}, {"163", 3, -8, "SANCTION"}, {"173", 4, -5, "COERCE"},
                       {"190", 4, -10, "ASSAULT"}, {"193", 4, -10, "ASSAULT"}};

int MakeStore(const std::string& path) {
  std::filesystem::remove(path);
  StoreWriterOptions o;
  o.batch_documents = 2000;
  auto w = StoreWriter::Open(path, o);
  if (!w.ok()) {
    std::fprintf(stderr, "store_bench: %s\n", w.status().ToString().c_str());
    return 1;
  }
  std::mt19937_64 rng(42);
  std::vector<double> weights;
  for (size_t i = 0; i < std::size(kCountries); ++i) weights.push_back(1.0 / (i + 1));
  std::discrete_distribution<int> country(weights.begin(), weights.end());
  std::uniform_int_distribution<int> role(0, 3), code(0, std::size(kCodes) - 1);
  const int64_t first_day = Date{2004, 1, 1}.ToDays(), last_day = Date{2023, 12, 31}.ToDays();
  std::uniform_int_distribution<int64_t> day(first_day, last_day);
  const auto start = std::chrono::steady_clock::now();
  std::vector<Event> events;
  for (int d = 0; d < kDocuments; ++d) {
    Document doc;
    doc.id = "synthetic-" + std::to_string(d);
    doc.url = "https://site" + std::to_string(d % 50) + ".example/" + std::to_string(d);
    const Date published = Date::FromDays(day(rng));
    DocumentStats stats;
    stats.language = d % 3 == 0 ? Language::kEnglish : Language::kFrench;
    stats.publication_date = published;
    stats.sentences = kEventsPerDocument;
    events.clear();
    for (int k = 0; k < kEventsPerDocument; ++k) {
      int a = country(rng), b = country(rng);
      while (b == a) b = country(rng);
      const Code& c = kCodes[code(rng)];
      Event e;
      e.doc_id = doc.id;
      e.source = std::string(kCountries[a]) + kRoles[role(rng)];
      e.target = std::string(kCountries[b]) + kRoles[role(rng)];
      e.code = c.code;
      e.root = std::string(c.code).substr(0, 2);
      e.quad_class = c.quad;
      e.goldstein = c.goldstein;
      e.plover = c.plover;
      e.date = Date::FromDays(day(rng));
      e.sentence = k + 1;
      e.sentences = {k + 1};
      e.mentions = 1;
      e.lang = stats.language;
      const std::string sentence = "Sentence " + std::to_string(k + 1) + ": " + e.source + " acted on " + e.target +
                                   " with code " + e.code + " in talks about trade and security.";
      const int64_t begin = static_cast<int64_t>(doc.text.size());
      doc.text += sentence + " ";
      e.evidence = sentence;
      e.evidence_span = {begin, begin + static_cast<int64_t>(sentence.size())};
      e.source_span = {begin + 13, begin + 13 + static_cast<int64_t>(e.source.size())};
      e.source_text = e.source;
      e.verb_text = "acted on";
      events.push_back(std::move(e));
    }
    if (Status st = (*w)->Add(doc, stats, events); !st.ok()) {
      std::fprintf(stderr, "store_bench: %s\n", st.ToString().c_str());
      return 1;
    }
  }
  if (Status st = (*w)->Close(); !st.ok()) {
    std::fprintf(stderr, "store_bench: %s\n", st.ToString().c_str());
    return 1;
  }
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("store: %d documents, %d document events written in %.1f s (%.0f events/s) to %s\n", kDocuments,
              kDocuments * kEventsPerDocument, s, kDocuments * kEventsPerDocument / s, path.c_str());
  return 0;
}

std::string StorePath() {
  const char* p = std::getenv("PARLEY_BENCH_STORE");
  return p != nullptr ? p : "bench-1m.sqlite";
}

std::unique_ptr<StoreReader> OpenOrSkip(benchmark::State& state) {
  StoreReaderOptions o;
  o.time_limit_ms = 0;
  auto r = StoreReader::Open(StorePath(), o);
  if (!r.ok()) {
    state.SkipWithError(("no store: " + r.status().ToString() + " (make one with --make-store)").c_str());
    return nullptr;
  }
  return std::move(r).value();
}

EventFilter Dyad() {
  EventFilter f;
  f.dyad_a = "USA";
  f.dyad_b = "RUS";
  return f;
}

void BM_DyadOneYearQuery(benchmark::State& state) {
  auto r = OpenOrSkip(state);
  if (!r) return;
  EventFilter f = Dyad();
  f.from = Date{2021, 1, 1};
  f.to = Date{2021, 12, 31};
  // Check the answer before timing: every record is USA-RUS in 2021.
  auto check = r->Query(f, 0, 1000);
  if (!check.ok() || check->total == 0) {
    state.SkipWithError("the dyad query found nothing");
    return;
  }
  for (const EventRecord& e : check->events) {
    const bool ok = e.date.year == 2021 && ((e.source.rfind("USA", 0) == 0 && e.target.rfind("RUS", 0) == 0) ||
                                            (e.source.rfind("RUS", 0) == 0 && e.target.rfind("USA", 0) == 0));
    if (!ok) {
      state.SkipWithError("the dyad query returned another dyad or year");
      return;
    }
  }
  for (auto _ : state) {
    auto page = r->Query(f, 0, 100);
    benchmark::DoNotOptimize(page);
  }
  state.counters["records"] = static_cast<double>(check->total);
}

void BM_DyadMonthlyStats(benchmark::State& state) {
  auto r = OpenOrSkip(state);
  if (!r) return;
  const EventFilter f = Dyad();
  auto rows = r->Stats(f, Granularity::kMonth);
  auto all = r->Query(f, 0, 1);
  int64_t sum = 0;
  if (rows.ok()) {
    for (const StatsRow& row : *rows) sum += row.events;
  }
  if (!rows.ok() || !all.ok() || sum != all->total || rows->size() != 240) {
    state.SkipWithError("monthly stats disagree with the query total or miss months");
    return;
  }
  for (auto _ : state) {
    auto s = r->Stats(f, Granularity::kMonth);
    benchmark::DoNotOptimize(s);
  }
  state.counters["records"] = static_cast<double>(sum);
  state.counters["months"] = static_cast<double>(rows->size());
}

void BM_ActorMonthlyStats(benchmark::State& state) {
  auto r = OpenOrSkip(state);
  if (!r) return;
  EventFilter f;
  f.actor = "FRA";
  for (auto _ : state) {
    auto s = r->Stats(f, Granularity::kMonth);
    benchmark::DoNotOptimize(s);
  }
}

void BM_TextSearchFirstPage(benchmark::State& state) {
  auto r = OpenOrSkip(state);
  if (!r) return;
  EventFilter f = Dyad();
  f.text = "USAGOV";
  for (auto _ : state) {
    auto page = r->Query(f, 0, 100);
    benchmark::DoNotOptimize(page);
  }
}

BENCHMARK(BM_DyadOneYearQuery)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DyadMonthlyStats)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ActorMonthlyStats)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TextSearchFirstPage)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--make-store=", 13) == 0) return MakeStore(argv[i] + 13);
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
