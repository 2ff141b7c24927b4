// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Benchmarks of the stages around the coder: reading JSON Lines, language
// identification, and writing events. Each checks its answer first.

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "lang/language_id.h"
#include "parley/reader.h"
#include "parley/writer.h"

namespace {

const char kFrench[] =
    "Le président français Emmanuel Macron et le chancelier allemand Olaf Scholz se sont entretenus mardi par "
    "téléphone de la situation en Ukraine, a indiqué l'Élysée dans un communiqué.";
const char kEnglish[] =
    "U.S. Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi held talks on Wednesday in "
    "Washington, the State Department said in a statement.";

void BM_ReadJsonLines(benchmark::State& state) {
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("parley-io-bench-" + std::to_string(::getpid()) + ".jsonl")).string();
  const int documents = 20000;
  {
    std::ofstream out(path);
    for (int i = 0; i < documents; ++i) {
      out << "{\"id\":\"d" << i << "\",\"date\":\"2021-02-05\",\"text\":\"" << (i % 2 ? kFrench : kEnglish) << "\"}\n";
    }
  }
  const auto bytes = std::filesystem::file_size(path);
  for (auto _ : state) {
    auto reader = parley::DocumentReader::Open({path});
    if (!reader.ok()) {
      state.SkipWithError("cannot open");
      break;
    }
    parley::ReadResult r;
    int read = 0;
    while ((*reader)->Next(&r)) read += r.status.ok();
    if (read != documents) {
      state.SkipWithError("wrong number of documents read");
      break;
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
  state.SetItemsProcessed(static_cast<int64_t>(documents) * state.iterations());
  std::filesystem::remove(path);
}

void BM_IdentifyLanguage(benchmark::State& state) {
  if (parley::lang::IdentifyLanguage(kFrench).language != parley::Language::kFrench ||
      parley::lang::IdentifyLanguage(kEnglish).language != parley::Language::kEnglish) {
    state.SkipWithError("wrong language");
    return;
  }
  bool french = false;
  for (auto _ : state) {
    french = !french;
    benchmark::DoNotOptimize(parley::lang::IdentifyLanguage(french ? kFrench : kEnglish));
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_WriteJsonLines(benchmark::State& state) {
  parley::Event e;
  e.doc_id = "dispatch-fr";
  e.sentence = 1;
  e.sentences = {1, 4};
  e.mentions = 2;
  e.date = parley::Date{2021, 2, 4};
  e.source = "RUSGOV";
  e.target = "USAGOV";
  e.code = "041";
  e.root = "04";
  e.quad_class = 1;
  e.goldstein = 1;
  e.plover = "CONSULT";
  e.source_text = "Sergueï Lavrov";
  e.target_text = "Antony Blinken";
  e.verb_text = "se sont entretenus";
  e.evidence = kFrench;
  e.lang = parley::Language::kFrench;
  const std::vector<parley::Event> events(100, e);
  std::ostringstream sink;
  auto writer = parley::EventWriter::Create(parley::OutputFormat::kJsonLines, &sink);
  if (!writer->Write(events).ok() || !writer->Flush().ok() || sink.str().find("\"RUSGOV\"") == std::string::npos) {
    state.SkipWithError("writer output is wrong");
    return;
  }
  for (auto _ : state) {
    sink.str("");
    writer->Write(events);
    writer->Flush();
  }
  state.SetItemsProcessed(static_cast<int64_t>(events.size()) * state.iterations());
}

BENCHMARK(BM_ReadJsonLines)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IdentifyLanguage);
BENCHMARK(BM_WriteJsonLines);

}  // namespace

BENCHMARK_MAIN();
