// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// ApiHandler: the JSON API of docs/server.md over a pool of read-only
// StoreReaders. No networking here, so tests and the fuzzer drive it
// directly; server.cc puts it behind cpp-httplib.

#include <mutex>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "parley/server.h"
#include "parley/store.h"
#include "store/params.h"
#include "store/records.h"

namespace parley {
namespace {

using nlohmann::json;
using store::RecordJson;

json SegmentsJson(const std::vector<TextSegment>& segments) {
  json out = json::array();
  for (const TextSegment& s : segments) {
    json j = {{"text", s.text}};
    if (!s.role.empty()) j["role"] = s.role;
    if (s.event != 0 && s.role == "evidence") j["event"] = s.event;
    out.push_back(std::move(j));
  }
  return out;
}

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

ApiResponse Error(int status, const std::string& message) {
  ApiResponse r;
  r.status = status;
  r.body = Dump(json{{"error", message}});
  return r;
}

ApiResponse FromStatus(const Status& st) {
  switch (st.code()) {
    case Status::Code::kInvalidArgument:
    case Status::Code::kParseError:
      return Error(400, st.message());
    case Status::Code::kNotFound:
      return Error(404, st.message());
    case Status::Code::kResourceExhausted:
      return Error(503, st.message());
    default:
      return Error(500, st.message());
  }
}

ApiResponse Ok(const json& j) {
  ApiResponse r;
  r.body = Dump(j);
  return r;
}

class ApiHandlerImpl final : public ApiHandler {
 public:
  Status Init(const std::string& path, int time_limit_ms) {
    path_ = path;
    options_.time_limit_ms = time_limit_ms;
    auto first = StoreReader::Open(path_, options_);
    if (!first.ok()) return first.status();
    idle_.push_back(std::move(first).value());
    return Status::Ok();
  }

  ApiResponse Handle(std::string_view path, std::string_view query) override {
    auto params = store::ParseQueryString(query);
    if (!params.ok()) return FromStatus(params.status());
    auto reader = Acquire();
    if (!reader.ok()) return FromStatus(reader.status());
    ApiResponse r = Route(path, *params, reader->get());
    Release(std::move(reader).value());
    return r;
  }

 private:
  StatusOr<std::unique_ptr<StoreReader>> Acquire() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!idle_.empty()) {
        auto r = std::move(idle_.back());
        idle_.pop_back();
        return r;
      }
    }
    return StoreReader::Open(path_, options_);
  }

  void Release(std::unique_ptr<StoreReader> r) {
    std::lock_guard<std::mutex> lock(mu_);
    if (idle_.size() < 16) idle_.push_back(std::move(r));
  }

  ApiResponse Route(std::string_view path, const store::Params& params, StoreReader* reader) {
    using store::ApiRequest;
    ApiRequest req;
    auto parse = [&](unsigned accepted) { return store::ParseApiRequest(params, accepted, &req); };

    if (path == "/api/summary") {
      if (Status st = parse(store::kFilterKeys); !st.ok()) return FromStatus(st);
      auto s = reader->Summary();
      if (!s.ok()) return FromStatus(s.status());
      json actors = json::array();
      for (const auto& [code, n] : s->top_actors) actors.push_back({{"code", code}, {"events", n}});
      return Ok({{"schema_version", s->schema_version},
                 {"documents", s->documents},
                 {"events", s->events},
                 {"document_events", s->document_events},
                 {"mentions", s->mentions},
                 {"first_date", s->first_date},
                 {"last_date", s->last_date},
                 {"top_actors", actors}});
    }
    if (path == "/api/events") {
      if (Status st = parse(store::kPagingKeys); !st.ok()) return FromStatus(st);
      auto page = reader->Query(req.filter, req.offset, req.limit);
      if (!page.ok()) return FromStatus(page.status());
      json events = json::array();
      for (const EventRecord& e : page->events) events.push_back(RecordJson(e));
      return Ok({{"total", page->total}, {"offset", page->offset}, {"limit", req.limit}, {"events", events}});
    }
    if (path == "/api/event") {
      if (Status st = parse(store::kIdKey); !st.ok()) return FromStatus(st);
      if (req.id == 0) return Error(400, "id is required");
      auto e = reader->GetEvent(req.id);
      if (!e.ok()) return FromStatus(e.status());
      auto mentions = reader->Mentions(req.id, store::kMaxLimit);
      if (!mentions.ok()) return FromStatus(mentions.status());
      json ms = json::array();
      for (const MentionView& m : *mentions) {
        ms.push_back({{"doc_id", m.doc_id},
                      {"title", m.title},
                      {"url", m.url},
                      {"lang", m.lang},
                      {"published", m.published},
                      {"sentence", m.sentence},
                      {"segments", SegmentsJson(m.segments)}});
      }
      return Ok({{"event", RecordJson(*e)}, {"mentions", ms}});
    }
    if (path == "/api/document") {
      if (Status st = parse(store::kDocKey); !st.ok()) return FromStatus(st);
      if (req.doc.empty()) return Error(400, "doc is required");
      auto d = reader->GetDocument(req.doc);
      if (!d.ok()) return FromStatus(d.status());
      json events = json::array();
      for (const EventRecord& e : d->events) events.push_back(RecordJson(e));
      return Ok({{"doc_id", d->doc_id},
                 {"title", d->title},
                 {"url", d->url},
                 {"lang", d->lang},
                 {"published", d->published},
                 {"content_hash", d->content_hash},
                 {"segments", SegmentsJson(d->segments)},
                 {"events", events}});
    }
    if (path == "/api/stats") {
      if (Status st = parse(store::kStatsKeys); !st.ok()) return FromStatus(st);
      auto rows = reader->Stats(req.filter, req.by);
      if (!rows.ok()) return FromStatus(rows.status());
      json periods = json::array();
      for (const StatsRow& r : *rows) {
        periods.push_back({{"period", r.period},
                           {"quad", {r.quad[0], r.quad[1], r.quad[2], r.quad[3]}},
                           {"events", r.events},
                           {"goldstein_sum", r.goldstein_sum},
                           {"goldstein_mean", r.goldstein_mean()}});
      }
      static const char* kNames[] = {"day", "week", "month", "year"};
      return Ok({{"by", kNames[static_cast<int>(req.by)]}, {"periods", periods}});
    }
    if (path == "/api/network") {
      if (Status st = parse(store::kPagingKeys); !st.ok()) return FromStatus(st);
      auto edges = reader->Network(req.filter, req.limit);
      if (!edges.ok()) return FromStatus(edges.status());
      json es = json::array();
      json nodes = json::object();
      for (const NetworkEdge& e : *edges) {
        es.push_back({{"source", e.source}, {"target", e.target}, {"events", e.events},
                      {"goldstein_mean", e.goldstein_mean}});
        for (const std::string* a : {&e.source, &e.target}) {
          int64_t prev = nodes.contains(*a) ? nodes[*a].get<int64_t>() : 0;
          nodes[*a] = prev + e.events;
        }
      }
      json ns = json::array();
      for (auto it = nodes.begin(); it != nodes.end(); ++it) ns.push_back({{"id", it.key()}, {"events", it.value()}});
      return Ok({{"nodes", ns}, {"edges", es}});
    }
    if (path == "/api/locations") {
      if (Status st = parse(store::kPagingKeys); !st.ok()) return FromStatus(st);
      auto points = reader->Locations(req.filter, req.limit);
      if (!points.ok()) return FromStatus(points.status());
      json ps = json::array();
      for (const LocationPoint& p : *points) {
        ps.push_back({{"latitude", p.latitude}, {"longitude", p.longitude}, {"name", p.name}, {"events", p.events}});
      }
      return Ok({{"points", ps}});
    }
    if (path == "/api/export") {
      if (Status st = parse(store::kPagingKeys | store::kFormatKey); !st.ok()) return FromStatus(st);
      auto format = ParseExportFormat(req.format.empty() ? "csv" : req.format);
      if (!format.ok()) return FromStatus(format.status());
      std::ostringstream out;
      if (Status st = reader->Export(req.filter, *format, req.limit, &out); !st.ok()) return FromStatus(st);
      ApiResponse r;
      r.content_type = *format == ExportFormat::kPlover ? "application/x-ndjson; charset=utf-8"
                       : *format == ExportFormat::kGdelt ? "text/tab-separated-values; charset=utf-8"
                                                         : "text/csv; charset=utf-8";
      r.body = out.str();
      return r;
    }
    return Error(404, "no such API: " + std::string(path.substr(0, 80)));
  }

  std::string path_;
  StoreReaderOptions options_;
  std::mutex mu_;
  std::vector<std::unique_ptr<StoreReader>> idle_;
};

}  // namespace

StatusOr<std::unique_ptr<ApiHandler>> ApiHandler::Create(const std::string& db_path, int time_limit_ms) {
  auto h = std::make_unique<ApiHandlerImpl>();
  PARLEY_RETURN_IF_ERROR(h->Init(db_path, time_limit_ms));
  return std::unique_ptr<ApiHandler>(std::move(h));
}

}  // namespace parley
