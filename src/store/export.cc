// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Records as rows, and the three export formats of docs/store.md:
//   gdelt   GDELT 2.0's event table: 61 tab-separated columns, no header,
//           filled where Parley has the data and empty where it has not;
//   plover  PLOVER JSON records (the PLOVER manual's field names), one a line;
//   csv     the record fields with a header row (RFC 4180 quoting).

#include <charconv>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "output/escape.h"
#include "store/records.h"

namespace parley::store {

const char kRecordColumns[] =
    "e.id, e.date, e.source, e.target, e.code, e.root, e.quad_class, e.goldstein, e.plover, e.mode, "
    "e.num_mentions, e.num_sources, e.num_articles, e.is_root, e.added, "
    "d.doc_id, d.url, d.title, de.lang, de.location, de.source_text, de.target_text, de.verb_text, "
    "de.evidence, de.latitude, de.longitude, de.sentence, de.country, de.admin1, de.attribution, "
    "de.attribution_text, de.rule";

const char kRecordJoins[] =
    "LEFT JOIN document_events de ON de.id = (SELECT min(x.id) FROM document_events x WHERE x.event = e.id) "
    "LEFT JOIN documents d ON d.id = de.document";

EventRecord ReadRecord(const Statement& r) {
  EventRecord e;
  e.id = r.Int(0);
  if (auto d = Date::ParseIso(r.Text(1))) e.date = *d;
  e.source = r.Text(2);
  e.target = r.Text(3);
  e.code = r.Text(4);
  e.root = r.Text(5);
  e.quad_class = static_cast<int>(r.Int(6));
  e.goldstein = r.Double(7);
  e.plover = r.Text(8);
  e.mode = r.Text(9);
  e.num_mentions = static_cast<int>(r.Int(10));
  e.num_sources = static_cast<int>(r.Int(11));
  e.num_articles = static_cast<int>(r.Int(12));
  e.is_root = r.Int(13) != 0;
  e.added = r.Text(14);
  e.doc_id = r.Text(15);
  e.url = r.Text(16);
  e.title = r.Text(17);
  e.lang = r.Text(18);
  e.location = r.Text(19);
  e.source_text = r.Text(20);
  e.target_text = r.Text(21);
  e.verb_text = r.Text(22);
  e.evidence = r.Text(23);
  e.latitude = r.OptionalDouble(24);
  e.longitude = r.OptionalDouble(25);
  e.sentence = static_cast<int>(r.Int(26));
  e.location_country = r.Text(27);
  e.location_admin1 = r.Text(28);
  e.attribution = r.Text(29);
  e.attribution_text = r.Text(30);
  e.rule = r.Text(31);
  return e;
}

nlohmann::json RecordJson(const EventRecord& e) {
  using nlohmann::json;
  json j = {{"id", e.id},
            {"date", e.date.valid() ? json(e.date.ToIso()) : json(nullptr)},
            {"source", e.source},
            {"target", e.target},
            {"code", e.code},
            {"root", e.root},
            {"quad_class", e.quad_class},
            {"goldstein", e.goldstein},
            {"plover", e.plover},
            {"mode", e.mode},
            {"num_mentions", e.num_mentions},
            {"num_sources", e.num_sources},
            {"num_articles", e.num_articles},
            {"doc_id", e.doc_id},
            {"url", e.url},
            {"title", e.title},
            {"lang", e.lang},
            {"location", e.location},
            {"sentence", e.sentence},
            {"source_text", e.source_text},
            {"target_text", e.target_text},
            {"verb_text", e.verb_text},
            {"evidence", e.evidence},
            {"location_country", e.location_country},
            {"location_admin1", e.location_admin1},
            {"attribution", e.attribution},
            {"attribution_text", e.attribution_text},
            {"rule", e.rule}};
  if (e.latitude && e.longitude) {
    j["latitude"] = *e.latitude;
    j["longitude"] = *e.longitude;
  }
  return j;
}

namespace {

std::string Number(double v) {
  if (!std::isfinite(v)) return "";
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, end);
}

// The parts of a CAMEO actor code, in three-letter chunks: "RUSGOVMIL" ->
// country RUS, types GOV and MIL. Codes that start with an international or
// transnational group (IGO, NGO, ...) have no country; their next chunk is
// the known group ("IGOUNO" -> UNO).
struct ActorParts {
  std::string country, known_group;
  std::string types[3];
};

ActorParts SplitActor(const std::string& code) {
  static const char* kNonState[] = {"IGO", "NGO", "IMG", "MNC", "NGM", "UIS", "INT"};
  ActorParts p;
  std::vector<std::string> chunks;
  for (size_t i = 0; i + 3 <= code.size(); i += 3) chunks.push_back(code.substr(i, 3));
  if (chunks.empty()) return p;
  size_t k = 0;
  bool non_state = false;
  for (const char* n : kNonState) non_state = non_state || chunks[0] == n;
  if (non_state) {
    p.types[0] = chunks[0];
    if (chunks.size() > 1) p.known_group = chunks[1];
    return p;
  }
  p.country = chunks[0];
  k = 1;
  for (int t = 0; t < 3 && k < chunks.size(); ++t, ++k) p.types[t] = chunks[k];
  return p;
}

// What the three formats share: a stream, one line per record, and the
// same error for a failed write.
class LineExportWriter : public ExportWriter {
 public:
  explicit LineExportWriter(std::ostream* out) : out_(out) {}

  Status Finish() override {
    out_->flush();
    return Checked();
  }

 protected:
  Status Emit(const std::string& line) {
    out_->write(line.data(), static_cast<std::streamsize>(line.size()));
    return Checked();
  }
  std::string line_;  // reused between records

 private:
  Status Checked() const { return *out_ ? Status::Ok() : Status::IoError("export: writing failed"); }
  std::ostream* out_;
};

class GdeltWriter final : public LineExportWriter {
 public:
  explicit GdeltWriter(std::ostream* out) : LineExportWriter(out) {}

  Status Write(const EventRecord& e) override {
    std::vector<std::string> c(61);
    const std::string iso = e.date.valid() ? e.date.ToIso() : "";
    c[0] = std::to_string(e.id);
    if (e.date.valid()) {
      c[1] = iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
      c[2] = iso.substr(0, 4) + iso.substr(5, 2);
      c[3] = iso.substr(0, 4);
      const int day_of_year = static_cast<int>(e.date.ToDays() - Date{e.date.year, 1, 1}.ToDays()) + 1;
      char frac[16];
      std::snprintf(frac, sizeof frac, "%d.%04d", e.date.year, day_of_year * 10000 / 365 > 9999 ? 9999 : day_of_year * 10000 / 365);
      c[4] = frac;
    }
    auto actor = [&](int base, const std::string& code, const std::string& name) {
      if (code.empty()) return;
      const ActorParts p = SplitActor(code);
      c[base] = code;
      c[base + 1] = name;
      c[base + 2] = p.country;
      c[base + 3] = p.known_group;
      // base+4..+6: ethnic, religion 1 and 2 codes: Parley codes none.
      c[base + 7] = p.types[0];
      c[base + 8] = p.types[1];
      c[base + 9] = p.types[2];
    };
    actor(5, e.source, e.source_text);
    actor(15, e.target, e.target_text);
    c[25] = e.is_root ? "1" : "0";
    c[26] = e.code;
    c[27] = e.code.substr(0, std::min<size_t>(3, e.code.size()));
    c[28] = e.root;
    c[29] = e.quad_class > 0 ? std::to_string(e.quad_class) : "";
    c[30] = Number(e.goldstein);
    c[31] = std::to_string(e.num_mentions);
    c[32] = std::to_string(e.num_sources);
    c[33] = std::to_string(e.num_articles);
    // 34 AvgTone: Parley measures no tone. 35..50 actor geography: none.
    if (!e.location.empty() || !e.location_country.empty() || e.latitude) {
      c[51] = e.latitude ? "4" : "";  // ActionGeo_Type 4: world city (a named place)
      c[52] = e.location;
      c[53] = e.location_country;  // Parley's (CAMEO) country code, not GDELT's FIPS
      c[54] = e.location_admin1;
      c[56] = e.latitude ? Number(*e.latitude) : "";
      c[57] = e.longitude ? Number(*e.longitude) : "";
    }
    if (e.added.size() >= 19) {
      c[59] = e.added.substr(0, 4) + e.added.substr(5, 2) + e.added.substr(8, 2) + e.added.substr(11, 2) +
              e.added.substr(14, 2) + e.added.substr(17, 2);
    }
    c[60] = e.url.empty() ? e.doc_id : e.url;
    line_.clear();
    for (size_t i = 0; i < c.size(); ++i) {
      if (i > 0) line_.push_back('\t');
      output::AppendTsvField(&line_, c[i]);
    }
    line_.push_back('\n');
    return Emit(line_);
  }
};

class PloverWriter final : public LineExportWriter {
 public:
  explicit PloverWriter(std::ostream* out) : LineExportWriter(out) {}

  Status Write(const EventRecord& e) override {
    using nlohmann::json;
    auto actor = [](const std::string& code, const std::string& text) {
      const ActorParts p = SplitActor(code);
      json a = {{"code", p.country.empty() ? code.substr(0, 3) : p.country}, {"actor_text", text}};
      std::string sector = p.types[0] + p.types[1];
      if (!sector.empty()) a["sector"] = sector;
      a["parley_code"] = code;
      return a;
    };
    json r;
    r["id"] = "parley-" + std::to_string(e.id);
    r["date"] = e.date.valid() ? json(e.date.ToIso()) : json(nullptr);
    r["source"] = e.source.empty() ? json::array() : json::array({actor(e.source, e.source_text)});
    if (!e.target.empty()) r["recipient"] = json::array({actor(e.target, e.target_text)});
    r["event"] = e.plover.empty() ? json::array() : json::array({e.plover});
    r["event_text"] = json::array({e.verb_text});
    r["quad_code"] = e.quad_class;
    r["event_scale"] = e.goldstein;
    r["mode"] = e.mode == "asserted" ? "" : e.mode;
    if (!e.location.empty() || e.latitude) {
      json loc = {{"name", e.location}};
      if (!e.location_country.empty()) loc["cc3"] = e.location_country;
      if (!e.location_admin1.empty()) loc["admin1 code"] = e.location_admin1;
      if (e.latitude) loc["latitude"] = *e.latitude;
      if (e.longitude) loc["longitude"] = *e.longitude;
      r["event_loc"] = loc;
    }
    r["text"] = e.evidence;
    r["text_info"] = {{"sequence", e.sentence}};
    r["cite_info"] = {{"url", e.url}, {"title", e.title}, {"language", e.lang}, {"citation", e.doc_id},
                      {"coder", "parley"}, {"codebook", "CAMEO " + e.code}};
    r["coder"] = "parley";
    if (e.added.size() >= 10) r["coded_date"] = e.added.substr(0, 10);
    r["link"] = "parley-" + std::to_string(e.id);
    if (!e.attribution.empty()) {
      r["parley_attribution"] = {{"code", e.attribution}, {"actor_text", e.attribution_text}};
    }
    r["num_mentions"] = e.num_mentions;
    r["num_sources"] = e.num_sources;
    r["num_articles"] = e.num_articles;
    const std::string line = r.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
    return Emit(line);
  }
};

class CsvWriter final : public LineExportWriter {
 public:
  explicit CsvWriter(std::ostream* out) : LineExportWriter(out) {
    *out << "id,date,source,target,code,root,quad_class,goldstein,plover,mode,num_mentions,num_sources,"
             "num_articles,doc_id,url,lang,location,source_text,target_text,verb_text,evidence,location_country,"
             "latitude,longitude,attribution,attribution_text\n";
  }

  Status Write(const EventRecord& e) override {
    const std::string fields[] = {std::to_string(e.id), e.date.valid() ? e.date.ToIso() : "", e.source, e.target,
                                  e.code, e.root, std::to_string(e.quad_class), Number(e.goldstein), e.plover,
                                  e.mode, std::to_string(e.num_mentions), std::to_string(e.num_sources),
                                  std::to_string(e.num_articles), e.doc_id, e.url, e.lang, e.location,
                                  e.source_text, e.target_text, e.verb_text, e.evidence, e.location_country,
                                  e.latitude ? Number(*e.latitude) : "", e.longitude ? Number(*e.longitude) : "",
                                  e.attribution, e.attribution_text};
    line_.clear();
    bool first = true;
    for (const std::string& f : fields) {
      if (!first) line_.push_back(',');
      first = false;
      output::AppendCsvField(&line_, f);
    }
    line_.push_back('\n');
    return Emit(line_);
  }
};

}  // namespace

std::unique_ptr<ExportWriter> ExportWriter::Create(ExportFormat format, std::ostream* out) {
  if (out == nullptr) return nullptr;
  switch (format) {
    case ExportFormat::kGdelt: return std::make_unique<GdeltWriter>(out);
    case ExportFormat::kPlover: return std::make_unique<PloverWriter>(out);
    case ExportFormat::kCsv: return std::make_unique<CsvWriter>(out);
  }
  return nullptr;
}

}  // namespace parley::store
