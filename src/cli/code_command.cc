// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// `parley code`, `parley bench` and `parley explain`: stream documents from
// the reader through the coder to a writer, measure throughput, or show how
// documents are analysed.

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli_common.h"
#include "cli/store_sink.h"
#include "parley/writer.h"

namespace parley::cli {
namespace {

int RunCode(const CommonOptions& common, const std::string& format_name, const std::string& output_path,
            std::vector<std::string> inputs, const StoreCodeOptions& store_options) {
  CoderOptions coder_options;
  if (!MakeCoderOptions(common, &coder_options)) return kExitUsage;
  auto format = ParseOutputFormat(format_name);
  if (!format.ok()) {
    std::cerr << "parley: " << format.status().message() << "\n";
    return kExitUsage;
  }
  if (inputs.empty()) inputs.push_back("-");

  const auto load_start = Clock::now();
  auto coder = Coder::Create(coder_options);
  if (!coder.ok()) {
    std::cerr << "parley: cannot load dictionaries: " << coder.status().ToString() << "\n";
    return kExitFatal;
  }
  const double load_ms = MillisSince(load_start);

  auto reader = DocumentReader::Open(inputs, MakeReaderOptions(common));
  if (!reader.ok()) {
    std::cerr << "parley: " << reader.status().ToString() << "\n";
    return kExitUsage;
  }

  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!output_path.empty() && output_path != "-") {
    file.open(output_path, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "parley: cannot write " << output_path << "\n";
      return kExitFatal;
    }
    out = &file;
  }
  auto writer = EventWriter::Create(*format, out);
  auto sink = StoreSink::Open(store_options);  // --db (store_sink.h)
  if (!sink.ok()) return kExitFatal;
  const bool write_events = *sink == nullptr || !output_path.empty();

  uint64_t documents = 0, sentences = 0, events_written = 0, skipped = 0;
  double coding_ms = 0;
  ReadResult item;
  std::vector<Event> events;
  while ((*reader)->Next(&item)) {
    ++documents;
    const std::string name = item.document.id.empty() ? item.document.origin : item.document.id;
    if (!item.status.ok()) {
      ++skipped;
      std::cerr << "parley: skipped " << name << ": " << item.status.ToString() << "\n";
      continue;
    }
    if (*sink != nullptr && (*sink)->Skip(item.document)) continue;
    const auto start = Clock::now();
    DocumentStats stats;
    Status st = (*coder)->Code(item.document, &events, &stats);
    coding_ms += MillisSince(start);
    if (!st.ok()) {
      ++skipped;
      std::cerr << "parley: skipped " << name << ": " << st.ToString() << "\n";
      continue;
    }
    sentences += stats.sentences;
    events_written += events.size();
    if (*sink != nullptr) {
      if (Status ss = (*sink)->Add(item.document, stats, events); !ss.ok()) {
        std::cerr << "parley: " << ss.ToString() << "\n";
        return kExitFatal;
      }
    }
    if (!write_events) continue;
    if (Status ws = writer->Write(events); !ws.ok()) {
      std::cerr << "parley: " << ws.ToString() << "\n";
      return kExitFatal;
    }
  }
  if (*sink != nullptr) {
    if (Status ss = (*sink)->Finish(); !ss.ok()) {
      std::cerr << "parley: " << ss.ToString() << "\n";
      return kExitFatal;
    }
  }
  if (Status fs = writer->Flush(); !fs.ok()) {
    std::cerr << "parley: " << fs.ToString() << "\n";
    return kExitFatal;
  }
  std::fprintf(stderr, "documents=%llu sentences=%llu events=%llu skipped=%llu load_ms=%.0f coding_ms=%.0f\n",
               static_cast<unsigned long long>(documents), static_cast<unsigned long long>(sentences),
               static_cast<unsigned long long>(events_written), static_cast<unsigned long long>(skipped), load_ms,
               coding_ms);
  return skipped > 0 ? kExitSkipped : kExitOk;
}

// Throughput on a corpus: every `lines_per_document` lines of a file make
// one document; the file is repeated until at least `min_sentences`
// sentences (as Parley splits them) were coded. Load time is reported apart.
int RunBench(const CommonOptions& common, uint64_t min_sentences, uint32_t lines_per_document,
             const std::vector<std::string>& inputs) {
  CoderOptions coder_options;
  if (!MakeCoderOptions(common, &coder_options)) return kExitUsage;
  const long rss_before_load = PeakRssKb();
  const auto load_start = Clock::now();
  auto coder = Coder::Create(coder_options);
  if (!coder.ok()) {
    std::cerr << "parley: cannot load dictionaries: " << coder.status().ToString() << "\n";
    return kExitFatal;
  }
  const double load_ms = MillisSince(load_start);
  std::printf("load_ms=%.1f rss_after_load_mb=%.1f (before load %.1f)\n", load_ms, PeakRssKb() / 1024.0,
              rss_before_load / 1024.0);
  for (const std::string& path : inputs) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "parley: cannot open " << path << "\n";
      return kExitFatal;
    }
    std::vector<Document> docs;
    std::string line;
    uint32_t lines_in_document = 0;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      if (docs.empty() || lines_in_document == lines_per_document) {
        Document d;
        d.id = path + ":" + std::to_string(docs.size() + 1);
        d.date = coder_options.default_date.valid() ? coder_options.default_date : Date{2021, 2, 5};
        docs.push_back(std::move(d));
        lines_in_document = 0;
      }
      if (lines_in_document++ > 0) docs.back().text += '\n';
      docs.back().text += line;
    }
    uint64_t sentences = 0, tokens = 0, events = 0, failed = 0, passes = 0;
    std::vector<Event> out;
    const auto start = Clock::now();
    while (sentences < min_sentences && !docs.empty()) {
      ++passes;
      for (const Document& d : docs) {
        DocumentStats stats;
        if (!(*coder)->Code(d, &out, &stats).ok()) {
          ++failed;
          continue;
        }
        sentences += stats.sentences;
        tokens += stats.tokens;
        events += out.size();
      }
    }
    const double seconds = MillisSince(start) / 1000.0;
    std::printf("%s: passes=%llu documents=%llu sentences=%llu tokens=%llu events=%llu skipped=%llu seconds=%.2f "
                "sentences_per_s=%.0f tokens_per_s=%.0f peak_rss_mb=%.1f\n",
                path.c_str(), static_cast<unsigned long long>(passes),
                static_cast<unsigned long long>(docs.size() * passes), static_cast<unsigned long long>(sentences),
                static_cast<unsigned long long>(tokens), static_cast<unsigned long long>(events),
                static_cast<unsigned long long>(failed), seconds, sentences / seconds, tokens / seconds,
                PeakRssKb() / 1024.0);
  }
  return kExitOk;
}

int RunExplain(const CommonOptions& common, std::vector<std::string> inputs) {
  CoderOptions coder_options;
  if (!MakeCoderOptions(common, &coder_options)) return kExitUsage;
  if (inputs.empty()) inputs.push_back("-");
  auto coder = Coder::Create(coder_options);
  if (!coder.ok()) {
    std::cerr << "parley: cannot load dictionaries: " << coder.status().ToString() << "\n";
    return kExitFatal;
  }
  auto reader = DocumentReader::Open(inputs, MakeReaderOptions(common));
  if (!reader.ok()) {
    std::cerr << "parley: " << reader.status().ToString() << "\n";
    return kExitUsage;
  }
  int rc = kExitOk;
  ReadResult item;
  while ((*reader)->Next(&item)) {
    const std::string name = item.document.id.empty() ? item.document.origin : item.document.id;
    if (!item.status.ok()) {
      std::cerr << "parley: skipped " << name << ": " << item.status.ToString() << "\n";
      rc = kExitSkipped;
      continue;
    }
    auto trace = (*coder)->Explain(item.document);
    if (!trace.ok()) {
      std::cerr << "parley: skipped " << name << ": " << trace.status().ToString() << "\n";
      rc = kExitSkipped;
      continue;
    }
    std::cout << "== " << name << "\n" << *trace;
  }
  return rc;
}

}  // namespace

void AddCodeCommands(CLI::App& app, std::vector<Command>* commands) {
  struct State {
    CommonOptions code_common, bench_common, explain_common;
    std::string format = "jsonl", output;
    StoreCodeOptions store;
    std::vector<std::string> inputs, bench_inputs, explain_inputs;
    uint64_t min_sentences = 100000;
    uint32_t lines_per_document = 1;
  };
  auto st = std::make_shared<State>();
  CLI::App* code = app.add_subcommand("code", "Code documents into events");
  AddCommonOptions(code, &st->code_common);
  code->add_option("--format", st->format, "jsonl, tsv or csv")->check(CLI::IsMember({"jsonl", "tsv", "csv"}));
  code->add_option("-o,--output", st->output, "Output file (default: standard output)");
  AddStoreCodeOptions(code, &st->store);
  code->add_option("inputs", st->inputs, "Files or folders (text, .jsonl/.ndjson, optionally .gz/.zst); '-' or none: stdin");

  CLI::App* bench = app.add_subcommand("bench", "Measure coding throughput on one-document-per-line corpora");
  AddCommonOptions(bench, &st->bench_common);
  bench->add_option("--min-sentences", st->min_sentences, "Repeat each file until this many sentences were coded");
  bench->add_option("--lines-per-document", st->lines_per_document, "Lines that make one document (default 1)")
      ->check(CLI::Range(1u, 100000u));
  bench->add_option("inputs", st->bench_inputs, "Corpus files, one document per line")->required();

  CLI::App* explain = app.add_subcommand("explain", "Show how documents are analysed: tokens, lemmas, actors, events");
  AddCommonOptions(explain, &st->explain_common);
  explain->add_option("inputs", st->explain_inputs, "Files or folders; '-' or none: stdin");

  commands->push_back({code, [st] { return RunCode(st->code_common, st->format, st->output, st->inputs, st->store); }});
  commands->push_back({bench, [st] {
                         return RunBench(st->bench_common, st->min_sentences, st->lines_per_document, st->bench_inputs);
                       }});
  commands->push_back({explain, [st] { return RunExplain(st->explain_common, st->explain_inputs); }});
}

}  // namespace parley::cli
