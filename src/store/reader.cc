// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// StoreReader: read-only queries over the store. The connection is opened
// with SQLITE_OPEN_READONLY and PRAGMA query_only; every statement runs
// under a deadline (StoreReaderOptions::time_limit_ms).

#include <algorithm>
#include <map>
#include <utility>

#include "parley/store.h"
#include "store/query.h"
#include "store/records.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/util.h"

namespace parley {
namespace {

using store::Database;
using store::Statement;

class StoreReaderImpl final : public StoreReader {
 public:
  Status Init(const std::string& path, const StoreReaderOptions& options) {
    options_ = options;
    auto db = Database::Open(path, /*read_only=*/true);
    if (!db.ok()) return db.status();
    db_ = std::move(db).value();
    auto version = store::ReadSchemaVersion(&db_);
    if (!version.ok()) return version.status();
    if (*version != store::LatestSchemaVersion()) {
      return Status::Unsupported("store " + path + ": schema version " + std::to_string(*version) +
                                 ", this parley reads " + std::to_string(store::LatestSchemaVersion()) +
                                 (*version == 0 ? " (not a Parley store)" : "; open it with `parley code --db` to migrate"));
    }
    return Status::Ok();
  }

  StatusOr<StoreSummary> Summary() override {
    Guard g(this);
    StoreSummary s;
    s.schema_version = store::LatestSchemaVersion();
    auto counts = Prepare(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), "
        "(SELECT count(*) FROM document_events), (SELECT count(*) FROM mentions), "
        "(SELECT min(date) FROM events WHERE date <> ''), (SELECT max(date) FROM events WHERE date <> '')");
    if (!counts.ok()) return counts.status();
    auto row = counts->Step();
    if (!row.ok()) return row.status();
    s.documents = counts->Int(0);
    s.events = counts->Int(1);
    s.document_events = counts->Int(2);
    s.mentions = counts->Int(3);
    s.first_date = counts->Text(4);
    s.last_date = counts->Text(5);
    auto actors = Prepare(
        "SELECT a, count(*) AS n FROM (SELECT source AS a FROM events WHERE source <> '' "
        "UNION ALL SELECT target FROM events WHERE target <> '') GROUP BY a ORDER BY n DESC, a LIMIT 50");
    if (!actors.ok()) return actors.status();
    for (;;) {
      auto r = actors->Step();
      if (!r.ok()) return r.status();
      if (!*r) break;
      s.top_actors.emplace_back(actors->Text(0), actors->Int(1));
    }
    return s;
  }

  StatusOr<EventPage> Query(const EventFilter& filter, int64_t offset, int64_t limit) override {
    Guard g(this);
    if (offset < 0 || limit < 0) return Status::InvalidArgument("offset and limit must not be negative");
    auto where = store::BuildWhere(filter);
    if (!where.ok()) return where.status();
    EventPage page;
    page.offset = offset;
    auto count = Prepare("SELECT count(*) FROM events e WHERE " + where->sql);
    if (!count.ok()) return count.status();
    store::BindAll(&*count, where->params);
    auto crow = count->Step();
    if (!crow.ok()) return crow.status();
    page.total = count->Int(0);
    auto rows = Prepare(std::string("SELECT ") + store::kRecordColumns +
                        " FROM (SELECT * FROM events e WHERE " + where->sql +
                        " ORDER BY e.date DESC, e.id DESC LIMIT ? OFFSET ?) e " + store::kRecordJoins +
                        " ORDER BY e.date DESC, e.id DESC");
    if (!rows.ok()) return rows.status();
    int next = store::BindAll(&*rows, where->params);
    rows->Bind(next, limit).Bind(next + 1, offset);
    for (;;) {
      auto r = rows->Step();
      if (!r.ok()) return r.status();
      if (!*r) break;
      page.events.push_back(store::ReadRecord(*rows));
    }
    return page;
  }

  StatusOr<EventRecord> GetEvent(int64_t id) override {
    Guard g(this);
    auto rows = Prepare(std::string("SELECT ") + store::kRecordColumns + " FROM events e " + store::kRecordJoins +
                        " WHERE e.id = ?1");
    if (!rows.ok()) return rows.status();
    rows->Bind(1, id);
    auto r = rows->Step();
    if (!r.ok()) return r.status();
    if (!*r) return Status::NotFound("no event " + std::to_string(id));
    return store::ReadRecord(*rows);
  }

  StatusOr<std::vector<MentionView>> Mentions(int64_t id, int64_t limit) override {
    Guard g(this);
    auto rows = Prepare(
        "SELECT d.doc_id, d.title, d.url, d.lang, d.published, m.sentence_idx, s.begin, s.text, "
        "m.source_begin, m.source_end, m.target_begin, m.target_end, m.verb_begin, m.verb_end, de.evidence "
        "FROM mentions m JOIN documents d ON d.id = m.document "
        "JOIN document_events de ON de.id = m.document_event "
        "LEFT JOIN sentences s ON s.id = m.sentence "
        "WHERE m.event = ?1 ORDER BY d.published, d.id, m.sentence_idx LIMIT ?2");
    if (!rows.ok()) return rows.status();
    rows->Bind(1, id).Bind(2, limit);
    std::vector<MentionView> out;
    for (;;) {
      auto r = rows->Step();
      if (!r.ok()) return r.status();
      if (!*r) break;
      MentionView m;
      m.doc_id = rows->Text(0);
      m.title = rows->Text(1);
      m.url = rows->Text(2);
      m.lang = rows->Text(3);
      m.published = rows->Text(4);
      m.sentence = static_cast<int>(rows->Int(5));
      if (rows->IsNull(6)) {
        // No sentence span (the splitter could not be aligned): the text of
        // the document event's first mention stands in.
        m.segments.push_back({rows->Text(14), "", 0});
      } else {
        const int64_t base = rows->Int(6);
        const std::string text = rows->Text(7);
        std::vector<store::RoleSpan> spans;
        const char* roles[] = {"source", "target", "verb"};
        for (int k = 0; k < 3; ++k) {
          if (rows->IsNull(8 + 2 * k)) continue;
          spans.push_back({rows->Int(8 + 2 * k) - base, rows->Int(9 + 2 * k) - base, roles[k], id});
        }
        m.segments = store::Segment(text, 0, static_cast<int64_t>(text.size()), spans);
      }
      out.push_back(std::move(m));
    }
    return out;
  }

  StatusOr<DocumentView> GetDocument(const std::string& doc_id) override {
    Guard g(this);
    auto doc = Prepare("SELECT id, doc_id, title, url, lang, published, content_hash, text FROM documents WHERE doc_id = ?1");
    if (!doc.ok()) return doc.status();
    doc->Bind(1, doc_id);
    auto r = doc->Step();
    if (!r.ok()) return r.status();
    if (!*r) return Status::NotFound("no document '" + doc_id + "'");
    DocumentView v;
    const int64_t rowid = doc->Int(0);
    v.doc_id = doc->Text(1);
    v.title = doc->Text(2);
    v.url = doc->Text(3);
    v.lang = doc->Text(4);
    v.published = doc->Text(5);
    v.content_hash = doc->Text(6);
    const std::string text = doc->Text(7);
    auto marks = Prepare(
        "SELECT s.begin, s.end, min(m.event) FROM mentions m JOIN sentences s ON s.id = m.sentence "
        "WHERE m.document = ?1 GROUP BY s.id ORDER BY s.begin");
    if (!marks.ok()) return marks.status();
    marks->Bind(1, rowid);
    std::vector<store::RoleSpan> spans;
    for (;;) {
      auto m = marks->Step();
      if (!m.ok()) return m.status();
      if (!*m) break;
      spans.push_back({marks->Int(0), marks->Int(1), "evidence", marks->Int(2)});
    }
    v.segments = store::Segment(text, 0, static_cast<int64_t>(text.size()), spans);
    auto events = Prepare(std::string("SELECT ") + store::kRecordColumns +
                          " FROM events e " + store::kRecordJoins +
                          " WHERE e.id IN (SELECT event FROM document_events WHERE document = ?1) ORDER BY e.id");
    if (!events.ok()) return events.status();
    events->Bind(1, rowid);
    for (;;) {
      auto m = events->Step();
      if (!m.ok()) return m.status();
      if (!*m) break;
      v.events.push_back(store::ReadRecord(*events));
    }
    return v;
  }

  StatusOr<std::vector<StatsRow>> Stats(const EventFilter& filter, Granularity by, int64_t max_periods) override {
    Guard g(this);
    auto where = store::BuildWhere(filter);
    if (!where.ok()) return where.status();
    const char* period = "e.date";
    switch (by) {
      case Granularity::kDay: period = "e.date"; break;
      case Granularity::kWeek: period = "date(e.date, '-6 days', 'weekday 1')"; break;
      case Granularity::kMonth: period = "substr(e.date, 1, 7)"; break;
      case Granularity::kYear: period = "substr(e.date, 1, 4)"; break;
    }
    auto rows = Prepare(std::string("SELECT ") + period +
                        " AS period, e.quad_class, count(*), total(e.goldstein) "
                        "FROM events e WHERE e.date <> '' AND " + where->sql + " GROUP BY 1, 2 ORDER BY 1");
    if (!rows.ok()) return rows.status();
    store::BindAll(&*rows, where->params);
    std::map<std::string, StatsRow> found;
    for (;;) {
      auto r = rows->Step();
      if (!r.ok()) return r.status();
      if (!*r) break;
      StatsRow& s = found[rows->Text(0)];
      const int64_t q = rows->Int(1);
      const int64_t n = rows->Int(2);
      if (q >= 1 && q <= 4) s.quad[q - 1] += n;
      s.events += n;
      s.goldstein_sum += rows->Double(3);
    }
    std::vector<StatsRow> out;
    if (found.empty()) return out;
    // Every period from the first to the last, empty ones included.
    auto parse = [](const std::string& p) {
      Date d;
      d.year = std::stoi(p.substr(0, 4));
      d.month = p.size() >= 7 ? std::stoi(p.substr(5, 2)) : 1;
      d.day = p.size() >= 10 ? std::stoi(p.substr(8, 2)) : 1;
      return d;
    };
    auto name = [by](const Date& d) {
      std::string iso = d.ToIso();
      if (by == Granularity::kMonth) return iso.substr(0, 7);
      if (by == Granularity::kYear) return iso.substr(0, 4);
      return iso;
    };
    auto next = [by](Date d) {
      switch (by) {
        case Granularity::kDay: return d.AddDays(1);
        case Granularity::kWeek: return d.AddDays(7);
        case Granularity::kMonth: return d.month == 12 ? Date{d.year + 1, 1, 1} : Date{d.year, d.month + 1, 1};
        case Granularity::kYear: return Date{d.year + 1, 1, 1};
      }
      return d.AddDays(1);
    };
    const Date last = parse(found.rbegin()->first);
    for (Date d = parse(found.begin()->first); d <= last; d = next(d)) {
      if (static_cast<int64_t>(out.size()) >= max_periods) {
        return Status::ResourceExhausted("stats: more than " + std::to_string(max_periods) +
                                         " periods; use a coarser granularity or a date range");
      }
      StatsRow row;
      const std::string key = name(d);
      if (auto it = found.find(key); it != found.end()) row = it->second;
      row.period = key;
      out.push_back(std::move(row));
    }
    return out;
  }

  StatusOr<std::vector<NetworkEdge>> Network(const EventFilter& filter, int64_t limit) override {
    Guard g(this);
    auto where = store::BuildWhere(filter);
    if (!where.ok()) return where.status();
    auto rows = Prepare("SELECT e.source, e.target, count(*) AS n, avg(e.goldstein) FROM events e "
                        "WHERE e.source <> '' AND e.target <> '' AND " + where->sql +
                        " GROUP BY e.source, e.target ORDER BY n DESC, e.source, e.target LIMIT ?");
    if (!rows.ok()) return rows.status();
    const int next = store::BindAll(&*rows, where->params);
    rows->Bind(next, limit);
    std::vector<NetworkEdge> out;
    for (;;) {
      auto r = rows->Step();
      if (!r.ok()) return r.status();
      if (!*r) break;
      out.push_back({rows->Text(0), rows->Text(1), rows->Int(2), rows->Double(3)});
    }
    return out;
  }

  StatusOr<std::vector<LocationPoint>> Locations(const EventFilter& filter, int64_t limit) override {
    Guard g(this);
    auto where = store::BuildWhere(filter);
    if (!where.ok()) return where.status();
    auto rows = Prepare("SELECT l.latitude, l.longitude, max(l.location), count(DISTINCT e.id) AS n "
                        "FROM events e JOIN document_events l ON l.event = e.id "
                        "WHERE l.latitude IS NOT NULL AND l.longitude IS NOT NULL AND " + where->sql +
                        " GROUP BY l.latitude, l.longitude ORDER BY n DESC LIMIT ?");
    if (!rows.ok()) return rows.status();
    const int next = store::BindAll(&*rows, where->params);
    rows->Bind(next, limit);
    std::vector<LocationPoint> out;
    for (;;) {
      auto r = rows->Step();
      if (!r.ok()) return r.status();
      if (!*r) break;
      out.push_back({rows->Double(0), rows->Double(1), rows->Text(2), rows->Int(3)});
    }
    return out;
  }

  Status Export(const EventFilter& filter, ExportFormat format, int64_t limit, std::ostream* out) override {
    // An export may be long: no deadline.
    auto where = store::BuildWhere(filter);
    if (!where.ok()) return where.status();
    auto rows = db_.Prepare(std::string("SELECT ") + store::kRecordColumns + " FROM events e " +
                            store::kRecordJoins + " WHERE " + where->sql + " ORDER BY e.date, e.id LIMIT ?");
    if (!rows.ok()) return rows.status();
    const int next = store::BindAll(&*rows, where->params);
    rows->Bind(next, limit > 0 ? limit : INT64_MAX);
    auto writer = store::ExportWriter::Create(format, out);
    if (writer == nullptr) return Status::InvalidArgument("export: no output stream");
    for (;;) {
      auto r = rows->Step();
      if (!r.ok()) return r.status();
      if (!*r) break;
      PARLEY_RETURN_IF_ERROR(writer->Write(store::ReadRecord(*rows)));
    }
    return writer->Finish();
  }

 private:
  // Arms the deadline for one call.
  struct Guard {
    explicit Guard(StoreReaderImpl* r) : reader(r) { r->db_.SetDeadline(r->options_.time_limit_ms); }
    ~Guard() { reader->db_.SetDeadline(0); }
    StoreReaderImpl* reader;
  };

  StatusOr<Statement> Prepare(const std::string& sql) { return db_.Prepare(sql); }

  StoreReaderOptions options_;
  Database db_;
};

}  // namespace

StatusOr<std::unique_ptr<StoreReader>> StoreReader::Open(const std::string& path, const StoreReaderOptions& options) {
  auto r = std::make_unique<StoreReaderImpl>();
  PARLEY_RETURN_IF_ERROR(r->Init(path, options));
  return std::unique_ptr<StoreReader>(std::move(r));
}

StatusOr<Granularity> ParseGranularity(const std::string& name) {
  if (name == "day") return Granularity::kDay;
  if (name == "week") return Granularity::kWeek;
  if (name == "month") return Granularity::kMonth;
  if (name == "year") return Granularity::kYear;
  return Status::InvalidArgument("granularity must be day, week, month or year, got '" + name + "'");
}

StatusOr<ExportFormat> ParseExportFormat(const std::string& name) {
  if (name == "gdelt") return ExportFormat::kGdelt;
  if (name == "plover") return ExportFormat::kPlover;
  if (name == "csv") return ExportFormat::kCsv;
  return Status::InvalidArgument("export format must be gdelt, plover or csv, got '" + name + "'");
}

}  // namespace parley
