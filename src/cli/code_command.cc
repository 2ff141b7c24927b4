// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// `parley code`, `parley bench` and `parley explain`: stream documents from
// the reader through the coder to a writer, measure throughput, or show how
// documents are analysed.

#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli_common.h"
#include "cli/code_pipeline.h"
#include "cli/event_output.h"
#include "cli/progress.h"
#include "cli/signals.h"
#include "cli/store_sink.h"
#include "parley/writer.h"

namespace parley::cli {
namespace {

struct CodeOptions {
  std::string format = "jsonl";
  std::string output;
  bool resume = false;
  bool quiet = false;
  unsigned threads = 0;  // 0: every core
  double checkpoint_seconds = 1.0;
};

// Refuses an output that is an input, or lies inside an input folder (the
// next run would read it back as input). Also covers the partial and
// progress files beside it, which live in the same folder.
bool CheckOutputIsNotInput(const std::string& output, const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path out = fs::weakly_canonical(fs::absolute(output, ec), ec);
  for (const std::string& in : inputs) {
    if (in == "-") continue;
    const fs::path input = fs::weakly_canonical(fs::absolute(in, ec), ec);
    std::error_code eq;
    if (out == input || fs::equivalent(output, in, eq)) {
      std::cerr << "parley: the output " << output << " is also an input; refusing to overwrite it (choose another -o)\n";
      return false;
    }
    if (fs::is_directory(input, ec)) {
      const auto rel = out.lexically_relative(input);
      if (!rel.empty() && *rel.begin() != "..") {
        std::cerr << "parley: the output " << output << " lies inside the input folder " << in
                  << ", so it would be read back as input; write it elsewhere\n";
        return false;
      }
    }
  }
  return true;
}

// Bytes of input the progress line counts against: file sizes, folders
// walked. 0 (unknown) when stdin is among the inputs.
uint64_t TotalInputBytes(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  for (const std::string& in : inputs) {
    if (in == "-") return 0;
    std::error_code ec;
    if (fs::is_directory(in, ec)) {
      for (fs::recursive_directory_iterator it(in, fs::directory_options::skip_permission_denied, ec), end;
           !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec)) total += it->file_size(ec);
      }
    } else if (fs::is_regular_file(in, ec)) {
      total += fs::file_size(in, ec);
    }
  }
  return total;
}

// What shapes the rows: a journal written under another key is not resumed.
std::string RunKey(const CommonOptions& c, const CodeOptions& o) {
  std::string key = "format=" + o.format + ";date=" + c.date + ";lang=" + c.lang + ";modal=" +
                    (c.include_modal ? "1" : "0") + ";input=" + c.input_format + ";encoding=" + c.encoding +
                    ";invalid-utf8=" + c.invalid_utf8 + ";split=" + c.split;
  for (char& ch : key) {
    if (ch == '\t' || ch == '\n' || ch == '\r') ch = ' ';
  }
  return key;
}

int RunCode(const CommonOptions& common, const CodeOptions& opts, std::vector<std::string> inputs,
            const StoreCodeOptions& store_options) {
  CoderOptions coder_options;
  if (!MakeCoderOptions(common, &coder_options)) return kExitUsage;
  auto format = ParseOutputFormat(opts.format);
  if (!format.ok()) {
    std::cerr << "parley: " << format.status().message() << "\n";
    return kExitUsage;
  }
  if (inputs.empty()) inputs.push_back("-");
  if (!CheckInputsExist(inputs)) return kExitUsage;
  const bool to_file = !opts.output.empty() && opts.output != "-";
  const bool to_store = !store_options.db.empty();
  if (opts.resume && !to_file && !to_store) {
    std::cerr << "parley: --resume needs -o FILE (standard output cannot be resumed)\n";
    return kExitUsage;
  }
  if (to_file && !CheckOutputIsNotInput(opts.output, inputs)) return kExitUsage;

  InstallStopHandlers();
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

  auto sink = StoreSink::Open(store_options);  // --db (store_sink.h); nullptr without it
  if (!sink.ok()) return kExitFatal;

  ResumeState resumed;
  std::unique_ptr<EventOutput> output;
  if (to_store && opts.output.empty()) {
    output = EventOutput::Discard();  // --db alone: events go to the store only
  } else if (to_file) {
    std::string note;
    auto file = EventOutput::OpenFile(opts.output, HeaderRow(*format), RunKey(common, opts), opts.resume,
                                      opts.checkpoint_seconds, &resumed, &note);
    if (!file.ok()) {
      std::cerr << "parley: " << file.status().message() << "\n";
      return file.status().code() == Status::Code::kInvalidArgument ? kExitUsage : kExitFatal;
    }
    if (!note.empty()) std::cerr << "parley: " << note << "\n";
    output = std::move(file).value();
  } else {
    output = EventOutput::Stdout();
    const std::string header = HeaderRow(*format);
    if (Status s = output->Append(header, DocumentRecord()); !s.ok()) {
      std::cerr << "parley: " << s.message() << "\n";
      return kExitFatal;
    }
  }

  PipelineOptions po;
  po.threads = opts.threads > 0 ? opts.threads : std::max(1u, std::thread::hardware_concurrency());
  po.format = *format;
  po.notes = !opts.quiet;
  po.resumed = to_file && opts.resume ? &resumed : nullptr;
  po.store = sink->get();
  ProgressCounters counters;
  counters.total_bytes = TotalInputBytes(inputs);
  const auto start = Clock::now();
  PipelineTotals totals;
  {
    // Not when the events themselves go to the terminal: the line would
    // be drawn in the middle of them.
    ProgressLine progress(&counters, !opts.quiet && ::isatty(2) && (to_file || !::isatty(1)));
    totals = RunPipeline(**coder, **reader, *output, po, &counters);
  }
  const double coding_ms = MillisSince(start);

  Status closing = totals.output_error;
  // The store commits what it has either way: its --resume skips it next time.
  if (closing.ok() && *sink != nullptr) closing = (*sink)->Finish();
  if (closing.ok()) closing = totals.stop_signal != 0 ? output->Suspend() : output->Commit();
  if (!closing.ok()) std::cerr << "parley: " << closing.message() << "\n";
  std::string resumed_field;
  if (totals.resumed > 0) resumed_field = " resumed=" + std::to_string(totals.resumed);
  std::fprintf(stderr, "documents=%llu sentences=%llu events=%llu skipped=%llu load_ms=%.0f coding_ms=%.0f%s\n",
               static_cast<unsigned long long>(totals.documents), static_cast<unsigned long long>(totals.sentences),
               static_cast<unsigned long long>(totals.events), static_cast<unsigned long long>(totals.skipped),
               load_ms, coding_ms, resumed_field.c_str());
  if (!closing.ok()) return kExitFatal;
  if (totals.stop_signal != 0) {
    std::string where = output->SuspendedNote();
    std::cerr << "parley: stopped by " << (totals.stop_signal == SIGINT ? "SIGINT" : "SIGTERM")
              << " after " << totals.documents << " documents" << (where.empty() ? "" : "; " + where) << "\n";
    return 128 + totals.stop_signal;
  }
  return totals.skipped > 0 ? kExitSkipped : kExitOk;
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
    std::cout << "== " << name << "\n";
    if (!item.note.empty()) std::cout << "note: " << item.note << "\n";
    std::cout << *trace;
    // The events as `parley code` writes them, with the date each one got
    // (publication date, or the time expression nearest its verb).
    std::vector<Event> events;
    DocumentStats stats;
    if (Status st = (*coder)->Code(item.document, &events, &stats); st.ok()) {
      std::cout << "events written (publication date " << (stats.publication_date.valid() ? stats.publication_date.ToIso() : "unknown")
                << "):\n";
      if (events.empty()) std::cout << "  none\n";
      for (const Event& e : events) {
        std::cout << "  sentence " << e.sentence << ": " << e.source << " " << e.code << " " << e.target
                  << " date=" << (e.date.valid() ? e.date.ToIso() : "unknown") << " mode=" << ModeName(e.mode)
                  << " mentions=" << e.mentions << "\n";
      }
    }
  }
  return rc;
}

}  // namespace

void AddCodeCommands(CLI::App& app, std::vector<Command>* commands) {
  struct State {
    CommonOptions code_common, bench_common, explain_common;
    CodeOptions code;
    StoreCodeOptions store;
    std::vector<std::string> inputs, bench_inputs, explain_inputs;
    uint64_t min_sentences = 100000;
    uint32_t lines_per_document = 1;
  };
  auto st = std::make_shared<State>();
  CLI::App* code = app.add_subcommand("code", "Code documents into events");
  AddCommonOptions(code, &st->code_common);
  code->add_option("--format", st->code.format, "jsonl, tsv or csv")->check(CLI::IsMember({"jsonl", "tsv", "csv"}));
  code->add_option("-o,--output", st->code.output,
                   "Output file, written beside itself and renamed when complete (default: standard output)");
  code->add_option("--threads", st->code.threads, "Coding threads (default: every core); the output does not depend on it")
      ->check(CLI::Range(0u, 1024u));
  code->add_flag("-q,--quiet", st->code.quiet, "No progress line and no notes (skipped documents and the summary stay)");
  code->add_option("--checkpoint-seconds", st->code.checkpoint_seconds,
                   "How often -o output is made durable and resumable (default 1)")
      ->check(CLI::Range(0.0, 3600.0));
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

  // --db, --batch-size, and --resume, which continues an interrupted -o run
  // as well as skipping documents already in the store.
  AddStoreCodeOptions(code, &st->store);
  commands->push_back({code, [st] {
                         CodeOptions o = st->code;
                         o.resume = st->store.resume;
                         return RunCode(st->code_common, o, st->inputs, st->store);
                       }});
  commands->push_back({bench, [st] {
                         return RunBench(st->bench_common, st->min_sentences, st->lines_per_document, st->bench_inputs);
                       }});
  commands->push_back({explain, [st] { return RunExplain(st->explain_common, st->explain_inputs); }});
}

}  // namespace parley::cli
