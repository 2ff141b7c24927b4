// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// `parley query`, `parley stats`, `parley export` and `parley serve` over an
// event store, and the `parley code --db` hook (store_sink.h). Filters are
// turned into the same key=value parameters as the HTTP API and validated
// by the same parser (store/params.h), so both accept exactly the same
// query language (docs/store.md).

#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "cli/cli_common.h"
#include "cli/store_sink.h"
#include "parley/server.h"
#include "parley/store.h"
#include "store/params.h"
#include "store/records.h"

namespace parley::cli {

// ---------------------------------------------------------------------------
// The code hook.

void AddStoreCodeOptions(CLI::App* code, StoreCodeOptions* o) {
  code->add_option("--db", o->db, "Store documents and events in this SQLite file (docs/store.md)");
  code->add_flag("--resume", o->resume, "With --db: skip documents already stored with the same content");
  code->add_option("--batch-size", o->batch_documents, "With --db: documents per transaction (default 1024)")
      ->check(CLI::Range(1, 1000000));
}

StatusOr<std::unique_ptr<StoreSink>> StoreSink::Open(const StoreCodeOptions& options) {
  if (options.db.empty()) return std::unique_ptr<StoreSink>();
  StoreWriterOptions w;
  w.batch_documents = options.batch_documents;
  auto writer = StoreWriter::Open(options.db, w);
  if (!writer.ok()) {
    std::cerr << "parley: " << writer.status().ToString() << "\n";
    return writer.status();
  }
  auto sink = std::make_unique<StoreSink>();
  sink->options_ = options;
  sink->writer_ = std::move(writer).value();
  return sink;
}

bool StoreSink::Skip(const Document& document) {
  if (!options_.resume) return false;
  auto stored = writer_->Contains(document);
  if (stored.ok() && *stored) {
    ++resumed_;
    return true;
  }
  return false;
}

Status StoreSink::Add(const Document& document, const DocumentStats& stats, const std::vector<Event>& events) {
  Status st = writer_->Add(document, stats, events);
  if (st.ok()) ++stored_;
  return st;
}

Status StoreSink::Finish() {
  Status st = writer_->Close();
  if (st.ok()) {
    std::fprintf(stderr, "parley: stored %llu documents in %s (%llu already stored)\n",
                 static_cast<unsigned long long>(stored_), options_.db.c_str(),
                 static_cast<unsigned long long>(resumed_));
  }
  return st;
}

namespace {

// ---------------------------------------------------------------------------
// Filters as options.

struct FilterOptions {
  std::string actor, source, target, dyad, code, root, quad, plover, mode, from, to, lang, location, text;
};

void AddFilterOptions(CLI::App* cmd, FilterOptions* f) {
  cmd->add_option("--actor", f->actor, "Actor code on either side, by prefix (RUS: every Russian actor)");
  cmd->add_option("--source", f->source, "Source actor code (prefix)");
  cmd->add_option("--target", f->target, "Target actor code (prefix)");
  cmd->add_option("--dyad", f->dyad, "Two actor codes A,B: events between them in either direction");
  cmd->add_option("--code", f->code, "CAMEO event code (exact): 041");
  cmd->add_option("--root", f->root, "CAMEO root (cue category): 04");
  cmd->add_option("--quad", f->quad, "Quad class: 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict");
  cmd->add_option("--plover", f->plover, "PLOVER event type: CONSULT");
  cmd->add_option("--mode", f->mode, "asserted, negated, conditional or hypothetical");
  cmd->add_option("--from", f->from, "First date, YYYY-MM-DD");
  cmd->add_option("--to", f->to, "Last date, YYYY-MM-DD");
  cmd->add_option("--lang", f->lang, "Language of the articles: fr or en");
  cmd->add_option("--location", f->location, "Words in the event's location");
  cmd->add_option("--text", f->text, "Words in the evidence sentences (full-text search)");
}

store::Params ToParams(const FilterOptions& f) {
  store::Params p;
  auto add = [&](const char* key, const std::string& v) {
    if (!v.empty()) p.emplace_back(key, v);
  };
  add("actor", f.actor);
  add("source", f.source);
  add("target", f.target);
  add("dyad", f.dyad);
  add("code", f.code);
  add("root", f.root);
  add("quad", f.quad);
  add("plover", f.plover);
  add("mode", f.mode);
  add("from", f.from);
  add("to", f.to);
  add("lang", f.lang);
  add("location", f.location);
  add("q", f.text);
  return p;
}

bool ParseRequest(store::Params params, unsigned accepted, store::ApiRequest* out) {
  Status st = store::ParseApiRequest(params, accepted, out);
  if (!st.ok()) {
    std::cerr << "parley: " << st.message() << "\n";
    return false;
  }
  return true;
}

StatusOr<std::unique_ptr<StoreReader>> OpenReader(const std::string& db) {
  StoreReaderOptions o;
  o.time_limit_ms = 60000;
  auto r = StoreReader::Open(db, o);
  if (!r.ok()) std::cerr << "parley: " << r.status().ToString() << "\n";
  return r;
}

// Display width of UTF-8 text: one column per code point.
size_t Width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string Clip(const std::string& s, size_t max) {
  if (Width(s) <= max) return s;
  size_t cols = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (cols == max - 1) break;
      ++cols;
    }
  }
  return s.substr(0, i) + "…";
}

void PrintTable(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                std::ostream& out) {
  std::vector<size_t> width(header.size());
  for (size_t c = 0; c < header.size(); ++c) width[c] = Width(header[c]);
  for (const auto& r : rows) {
    for (size_t c = 0; c < r.size(); ++c) width[c] = std::max(width[c], Width(r[c]));
  }
  auto line = [&](const std::vector<std::string>& r) {
    std::string s;
    for (size_t c = 0; c < r.size(); ++c) {
      s += r[c];
      if (c + 1 < r.size()) s += std::string(width[c] - Width(r[c]) + 2, ' ');
    }
    out << s << "\n";
  };
  line(header);
  for (const auto& r : rows) line(r);
}

std::string Fixed(double v, int digits) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

int RunQuery(const std::string& db, const FilterOptions& f, const std::string& format, int64_t offset, int64_t limit) {
  store::Params p = ToParams(f);
  p.emplace_back("offset", std::to_string(offset));
  p.emplace_back("limit", std::to_string(limit));
  store::ApiRequest req;
  if (!ParseRequest(p, store::kPagingKeys, &req)) return kExitUsage;
  auto reader = OpenReader(db);
  if (!reader.ok()) return kExitFatal;
  auto page = (*reader)->Query(req.filter, req.offset, req.limit);
  if (!page.ok()) {
    std::cerr << "parley: " << page.status().ToString() << "\n";
    return page.status().code() == Status::Code::kInvalidArgument ? kExitUsage : kExitFatal;
  }
  if (format == "jsonl") {
    for (const EventRecord& e : page->events) {
      std::cout << store::RecordJson(e).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }
  } else if (format == "csv") {
    auto w = store::ExportWriter::Create(ExportFormat::kCsv, &std::cout);
    for (const EventRecord& e : page->events) w->Write(e);
    w->Finish();
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const EventRecord& e : page->events) {
      rows.push_back({std::to_string(e.id), e.date.valid() ? e.date.ToIso() : "-", e.source.empty() ? "-" : e.source,
                      e.code, e.target.empty() ? "-" : e.target, std::to_string(e.quad_class), Fixed(e.goldstein, 1),
                      std::to_string(e.num_mentions), std::to_string(e.num_sources), std::to_string(e.num_articles),
                      Clip(e.verb_text, 30), Clip(e.doc_id, 30)});
    }
    PrintTable({"id", "date", "source", "code", "target", "quad", "goldstein", "mentions", "sources", "articles",
                "verb", "first document"},
               rows, std::cout);
  }
  std::cerr << "events " << (page->events.empty() ? 0 : page->offset + 1) << "-" << page->offset + page->events.size()
            << " of " << page->total << "\n";
  return kExitOk;
}

int RunStats(const std::string& db, const FilterOptions& f, const std::string& by, const std::string& format) {
  store::Params p = ToParams(f);
  p.emplace_back("by", by);
  store::ApiRequest req;
  if (!ParseRequest(p, store::kStatsKeys, &req)) return kExitUsage;
  auto reader = OpenReader(db);
  if (!reader.ok()) return kExitFatal;
  auto rows = (*reader)->Stats(req.filter, req.by);
  if (!rows.ok()) {
    std::cerr << "parley: " << rows.status().ToString() << "\n";
    return kExitFatal;
  }
  const std::vector<std::string> header = {"period", "verbal_coop", "material_coop", "verbal_conflict",
                                           "material_conflict", "events", "goldstein_sum",
                                           "goldstein_mean"};
  std::vector<std::vector<std::string>> table;
  for (const StatsRow& r : *rows) {
    table.push_back({r.period, std::to_string(r.quad[0]), std::to_string(r.quad[1]), std::to_string(r.quad[2]),
                     std::to_string(r.quad[3]), std::to_string(r.events),
                     Fixed(r.goldstein_sum, 1), Fixed(r.goldstein_mean(), 2)});
  }
  if (format == "jsonl") {
    for (const auto& r : table) {
      nlohmann::json j;
      j["period"] = r[0];
      for (size_t c = 1; c < header.size(); ++c) j[header[c]] = std::stod(r[c]);
      std::cout << j.dump() << "\n";
    }
  } else if (format == "csv") {
    std::cout << "period,verbal_coop,material_coop,verbal_conflict,material_conflict,events,goldstein_sum,"
                 "goldstein_mean\n";
    for (const auto& r : table) {
      for (size_t c = 0; c < r.size(); ++c) std::cout << (c ? "," : "") << r[c];
      std::cout << "\n";
    }
  } else {
    PrintTable(header, table, std::cout);
  }
  return kExitOk;
}

int RunExport(const std::string& db, const FilterOptions& f, const std::string& format, const std::string& output,
              int64_t limit) {
  store::ApiRequest req;
  if (!ParseRequest(ToParams(f), store::kFilterKeys, &req)) return kExitUsage;
  auto fmt = ParseExportFormat(format);
  if (!fmt.ok()) {
    std::cerr << "parley: " << fmt.status().message() << "\n";
    return kExitUsage;
  }
  auto reader = OpenReader(db);
  if (!reader.ok()) return kExitFatal;
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!output.empty() && output != "-") {
    file.open(output, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "parley: cannot write " << output << "\n";
      return kExitFatal;
    }
    out = &file;
  }
  if (Status st = (*reader)->Export(req.filter, *fmt, limit, out); !st.ok()) {
    std::cerr << "parley: " << st.ToString() << "\n";
    return kExitFatal;
  }
  return kExitOk;
}

int RunServe(const ServerOptions& base) {
  ServerOptions options = base;
  if (options.web_dir.empty()) options.web_dir = PARLEY_DEFAULT_WEB_DIR;
  // SIGINT/SIGTERM are taken by a thread that stops the server, so Ctrl-C
  // ends `parley serve` cleanly. Blocked before any other thread starts.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto server = Server::Create(options);
  if (!server.ok()) {
    std::cerr << "parley: " << server.status().ToString() << "\n";
    return kExitFatal;
  }
  std::thread waiter([&signals, s = server->get()] {
    int sig = 0;
    sigwait(&signals, &sig);
    s->Stop();
  });
  const std::string host = options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
  std::printf("Parley dashboard: http://%s:%d/ (database %s, read-only; Ctrl-C stops it)\n", host.c_str(),
              (*server)->port(), options.db_path.c_str());
  std::fflush(stdout);
  Status st = (*server)->Run();
  // Wake the waiter if the server stopped on its own.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  if (!st.ok()) {
    std::cerr << "parley: " << st.ToString() << "\n";
    return kExitFatal;
  }
  std::fprintf(stderr, "parley: server stopped\n");
  return kExitOk;
}

}  // namespace

void AddStoreCommands(CLI::App& app, std::vector<Command>* commands) {
  struct State {
    std::string query_db, stats_db, export_db;
    FilterOptions query_filter, stats_filter, export_filter;
    std::string query_format = "table", stats_format = "table", export_format = "csv", by = "month", export_out;
    int64_t offset = 0, limit = 50, export_limit = 0;
    ServerOptions serve;
  };
  auto st = std::make_shared<State>();

  CLI::App* query = app.add_subcommand("query", "Find event records in a store (docs/store.md)");
  query->add_option("--db", st->query_db, "The store (SQLite file)")->required();
  AddFilterOptions(query, &st->query_filter);
  query->add_option("--format", st->query_format, "table, jsonl or csv")->check(CLI::IsMember({"table", "jsonl", "csv"}));
  query->add_option("--limit", st->limit, "At most this many records (1-1000, default 50)");
  query->add_option("--offset", st->offset, "Skip this many records first");

  CLI::App* stats = app.add_subcommand("stats", "Counts by quad class and Goldstein scores over time");
  stats->add_option("--db", st->stats_db, "The store (SQLite file)")->required();
  AddFilterOptions(stats, &st->stats_filter);
  stats->add_option("--by", st->by, "day, week, month or year")->check(CLI::IsMember({"day", "week", "month", "year"}));
  stats->add_option("--format", st->stats_format, "table, jsonl or csv")->check(CLI::IsMember({"table", "jsonl", "csv"}));

  CLI::App* exp = app.add_subcommand("export", "Export event records as GDELT 2.0, PLOVER JSON or CSV");
  exp->add_option("--db", st->export_db, "The store (SQLite file)")->required();
  AddFilterOptions(exp, &st->export_filter);
  exp->add_option("--format", st->export_format, "gdelt, plover or csv")->check(CLI::IsMember({"gdelt", "plover", "csv"}));
  exp->add_option("-o,--output", st->export_out, "Output file (default: standard output)");
  exp->add_option("--limit", st->export_limit, "At most this many records (default: all)");

  CLI::App* serve = app.add_subcommand("serve", "Serve the JSON API and the web dashboard over a store");
  serve->add_option("--db", st->serve.db_path, "The store (SQLite file), opened read-only")->required();
  serve->add_option("--host", st->serve.host, "Address to listen on (default 127.0.0.1: this machine only)");
  serve->add_option("--port", st->serve.port, "Port (default 8080; 0: any free port)")->check(CLI::Range(0, 65535));
  serve->add_option("--web-dir", st->serve.web_dir, "Folder with the built dashboard (default: the build's dashboard/)");
  serve->add_option("--threads", st->serve.threads, "Request threads (default 4)")->check(CLI::Range(1, 64));

  commands->push_back({query, [st] {
                         return RunQuery(st->query_db, st->query_filter, st->query_format, st->offset, st->limit);
                       }});
  commands->push_back({stats, [st] { return RunStats(st->stats_db, st->stats_filter, st->by, st->stats_format); }});
  commands->push_back({exp, [st] {
                         return RunExport(st->export_db, st->export_filter, st->export_format, st->export_out,
                                          st->export_limit);
                       }});
  commands->push_back({serve, [st] { return RunServe(st->serve); }});
}

}  // namespace parley::cli
