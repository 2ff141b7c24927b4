// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// parley: the command line. A thin shell over the library: it parses
// options, streams documents from the reader through the coder to a writer,
// and turns statuses into messages and exit codes:
//   0 every document coded; 3 finished, but some documents were skipped;
//   2 usage error; 1 fatal (dictionaries would not load, output failed).

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "parley/coder.h"
#include "parley/reader.h"
#include "parley/writer.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFatal = 1;
constexpr int kExitUsage = 2;
constexpr int kExitSkipped = 3;

using Clock = std::chrono::steady_clock;

double MillisSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // kilobytes on Linux
}

struct CommonOptions {
  std::string date;
  std::string lang;
  std::string dictionaries;
  std::string data_dir;
  std::string input_format = "auto";
  bool include_modal = false;
};

void AddCommonOptions(CLI::App* cmd, CommonOptions* o) {
  cmd->add_option("--date", o->date, "Publication date (YYYY-MM-DD) when the document and its header give none");
  cmd->add_option("--lang", o->lang, "Language of every document (fr, en); default: identify each one");
  cmd->add_option("--dictionaries", o->dictionaries, "Dictionary folder (default: the source tree's dictionaries/)");
  cmd->add_option("--data-dir", o->data_dir, "Folder with the generated lemma tables (default: the build's data/)");
  cmd->add_option("--input-format", o->input_format, "auto, text or jsonl")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  cmd->add_flag("--include-modal", o->include_modal, "Keep negated, conditional and hypothetical events (see `mode`)");
}

// Builds CoderOptions; on a usage problem prints it and returns false.
bool MakeCoderOptions(const CommonOptions& o, parley::CoderOptions* out) {
  if (!o.date.empty()) {
    auto d = parley::Date::ParseIso(o.date);
    if (!d) {
      std::cerr << "parley: --date must be YYYY-MM-DD, got '" << o.date << "'\n";
      return false;
    }
    out->default_date = *d;
  }
  if (!o.lang.empty()) {
    out->forced_language = parley::ParseLanguage(o.lang);
    if (out->forced_language != parley::Language::kFrench && out->forced_language != parley::Language::kEnglish) {
      std::cerr << "parley: --lang must be fr or en, got '" << o.lang << "'\n";
      return false;
    }
  }
  out->dictionary_dir = o.dictionaries;
  out->data_dir = o.data_dir;
  out->include_modal = o.include_modal;
  return true;
}

parley::ReaderOptions MakeReaderOptions(const CommonOptions& o) {
  parley::ReaderOptions r;
  if (o.input_format == "text") r.format = parley::InputFormat::kText;
  if (o.input_format == "jsonl") r.format = parley::InputFormat::kJsonLines;
  return r;
}

int RunCode(const CommonOptions& common, const std::string& format_name, const std::string& output_path,
            std::vector<std::string> inputs) {
  parley::CoderOptions coder_options;
  if (!MakeCoderOptions(common, &coder_options)) return kExitUsage;
  auto format = parley::ParseOutputFormat(format_name);
  if (!format.ok()) {
    std::cerr << "parley: " << format.status().message() << "\n";
    return kExitUsage;
  }
  if (inputs.empty()) inputs.push_back("-");

  const auto load_start = Clock::now();
  auto coder = parley::Coder::Create(coder_options);
  if (!coder.ok()) {
    std::cerr << "parley: cannot load dictionaries: " << coder.status().ToString() << "\n";
    return kExitFatal;
  }
  const double load_ms = MillisSince(load_start);

  auto reader = parley::DocumentReader::Open(inputs, MakeReaderOptions(common));
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
  auto writer = parley::EventWriter::Create(*format, out);

  uint64_t documents = 0, sentences = 0, events_written = 0, skipped = 0;
  double coding_ms = 0;
  parley::ReadResult item;
  std::vector<parley::Event> events;
  while ((*reader)->Next(&item)) {
    ++documents;
    const std::string name = item.document.id.empty() ? item.document.origin : item.document.id;
    if (!item.status.ok()) {
      ++skipped;
      std::cerr << "parley: skipped " << name << ": " << item.status.ToString() << "\n";
      continue;
    }
    const auto start = Clock::now();
    parley::DocumentStats stats;
    parley::Status st = (*coder)->Code(item.document, &events, &stats);
    coding_ms += MillisSince(start);
    if (!st.ok()) {
      ++skipped;
      std::cerr << "parley: skipped " << name << ": " << st.ToString() << "\n";
      continue;
    }
    sentences += stats.sentences;
    events_written += events.size();
    if (parley::Status ws = writer->Write(events); !ws.ok()) {
      std::cerr << "parley: " << ws.ToString() << "\n";
      return kExitFatal;
    }
  }
  if (parley::Status fs = writer->Flush(); !fs.ok()) {
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
  parley::CoderOptions coder_options;
  if (!MakeCoderOptions(common, &coder_options)) return kExitUsage;
  const long rss_before_load = PeakRssKb();
  const auto load_start = Clock::now();
  auto coder = parley::Coder::Create(coder_options);
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
    std::vector<parley::Document> docs;
    std::string line;
    uint32_t lines_in_document = 0;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      if (docs.empty() || lines_in_document == lines_per_document) {
        parley::Document d;
        d.id = path + ":" + std::to_string(docs.size() + 1);
        d.date = coder_options.default_date.valid() ? coder_options.default_date : parley::Date{2021, 2, 5};
        docs.push_back(std::move(d));
        lines_in_document = 0;
      }
      if (lines_in_document++ > 0) docs.back().text += '\n';
      docs.back().text += line;
    }
    uint64_t sentences = 0, tokens = 0, events = 0, failed = 0, passes = 0;
    std::vector<parley::Event> out;
    const auto start = Clock::now();
    while (sentences < min_sentences && !docs.empty()) {
      ++passes;
      for (const parley::Document& d : docs) {
        parley::DocumentStats stats;
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
  parley::CoderOptions coder_options;
  if (!MakeCoderOptions(common, &coder_options)) return kExitUsage;
  if (inputs.empty()) inputs.push_back("-");
  auto coder = parley::Coder::Create(coder_options);
  if (!coder.ok()) {
    std::cerr << "parley: cannot load dictionaries: " << coder.status().ToString() << "\n";
    return kExitFatal;
  }
  auto reader = parley::DocumentReader::Open(inputs, MakeReaderOptions(common));
  if (!reader.ok()) {
    std::cerr << "parley: " << reader.status().ToString() << "\n";
    return kExitUsage;
  }
  int rc = kExitOk;
  parley::ReadResult item;
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

int main(int argc, char** argv) {
  CLI::App app{"Parley: political event coding of French and English news (CAMEO)"};
  app.require_subcommand(1);

  CommonOptions code_common;
  std::string format = "jsonl", output;
  std::vector<std::string> inputs;
  CLI::App* code = app.add_subcommand("code", "Code documents into events");
  AddCommonOptions(code, &code_common);
  code->add_option("--format", format, "jsonl, tsv or csv")->check(CLI::IsMember({"jsonl", "tsv", "csv"}));
  code->add_option("-o,--output", output, "Output file (default: standard output)");
  code->add_option("inputs", inputs, "Files or folders (text, .jsonl/.ndjson, optionally .gz/.zst); '-' or none: stdin");

  CommonOptions bench_common;
  uint64_t min_sentences = 100000;
  std::vector<std::string> bench_inputs;
  CLI::App* bench = app.add_subcommand("bench", "Measure coding throughput on one-document-per-line corpora");
  AddCommonOptions(bench, &bench_common);
  bench->add_option("--min-sentences", min_sentences, "Repeat each file until this many sentences were coded");
  uint32_t lines_per_document = 1;
  bench->add_option("--lines-per-document", lines_per_document, "Lines that make one document (default 1)")
      ->check(CLI::Range(1u, 100000u));
  bench->add_option("inputs", bench_inputs, "Corpus files, one document per line")->required();

  CommonOptions explain_common;
  std::vector<std::string> explain_inputs;
  CLI::App* explain = app.add_subcommand("explain", "Show how documents are analysed: tokens, lemmas, actors, events");
  AddCommonOptions(explain, &explain_common);
  explain->add_option("inputs", explain_inputs, "Files or folders; '-' or none: stdin");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  if (code->parsed()) return RunCode(code_common, format, output, inputs);
  if (bench->parsed()) return RunBench(bench_common, min_sentences, lines_per_document, bench_inputs);
  if (explain->parsed()) return RunExplain(explain_common, explain_inputs);
  return kExitUsage;
}
