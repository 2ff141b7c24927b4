// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The event store: documents, sentences, cross-article deduplication,
// replacement on re-coding, every query filter, stats, the network and the
// exports, on documents built by hand.

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "parley/store.h"
#include "store/sqlite.h"
#include "store/store_test_util.h"

namespace parley {
namespace {

using testing_util::DocBuilder;
using testing_util::Render;
using testing_util::TempDir;

DocBuilder LeMonde() {
  DocBuilder b("lemonde-1", "2021-02-05",
               {"Moscou a critiqué Washington jeudi.", "Lavrov s'est entretenu avec Blinken.",
                "Les deux ministres se sont parlé."},
               "https://www.lemonde.fr/international/article-1.html");
  b.Add("2021-02-04", "RUS", "111", "USA", 3, -2, "Moscou a critiqué Washington jeudi.", 1, "Moscou", "a critiqué",
        "Washington");
  b.Add("2021-02-04", "RUSGOV", "041", "USAGOV", 1, 1, "Lavrov s'est entretenu avec Blinken.", 2, "Lavrov",
        "s'est entretenu", "Blinken", {3});
  return b;
}

DocBuilder Reuters() {
  DocBuilder b("reuters-7", "2021-02-05", {"Lavrov spoke to Blinken by phone on Thursday."},
               "https://www.reuters.com/world/x", Language::kEnglish);
  b.Add("2021-02-04", "RUSGOV", "041", "USAGOV", 1, 1, "Lavrov spoke to Blinken by phone on Thursday.", 1, "Lavrov",
        "spoke to", "Blinken");
  return b;
}

std::vector<std::string> RenderAll(StoreReader* r, const EventFilter& f) {
  auto page = r->Query(f, 0, 1000);
  EXPECT_TRUE(page.ok()) << page.status().ToString();
  std::vector<std::string> out;
  if (!page.ok()) return out;
  for (const EventRecord& e : page->events) out.push_back(Render(e));
  std::sort(out.begin(), out.end());
  return out;
}

class StoreTest : public ::testing::Test {
 protected:
  void Store(const std::vector<DocBuilder>& docs) {
    auto w = StoreWriter::Open(db_);
    ASSERT_TRUE(w.ok()) << w.status().ToString();
    for (const DocBuilder& d : docs) ASSERT_TRUE((*w)->Add(d.doc, d.stats, d.events).ok());
    ASSERT_TRUE((*w)->Close().ok());
  }
  std::unique_ptr<StoreReader> Reader() {
    auto r = StoreReader::Open(db_);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? std::move(r).value() : nullptr;
  }
  TempDir dir_;
  std::string db_ = dir_.File("events.sqlite");
};

TEST_F(StoreTest, SameEventFromTwoArticlesIsOneRecordWithCounts) {
  Store({LeMonde(), Reuters()});
  auto r = Reader();
  EXPECT_EQ(RenderAll(r.get(), {}), (std::vector<std::string>{"RUS 111 USA 2021-02-04 m1 s1 a1",
                                                              "RUSGOV 041 USAGOV 2021-02-04 m3 s2 a2"}));
  auto s = r->Summary();
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->documents, 2);
  EXPECT_EQ(s->events, 2);
  EXPECT_EQ(s->document_events, 3);
  EXPECT_EQ(s->mentions, 4);  // one per sentence: 1 + 2 + 1
}

TEST_F(StoreTest, TwoArticlesFromOneSourceCountOneSource) {
  DocBuilder other = Reuters();
  other.doc.id = "reuters-8";
  other.doc.url = "https://reuters.com/other";  // same host without www.
  Store({Reuters(), other});
  auto r = Reader();
  EXPECT_EQ(RenderAll(r.get(), {}), (std::vector<std::string>{"RUSGOV 041 USAGOV 2021-02-04 m2 s1 a2"}));
}

TEST_F(StoreTest, RecodingADocumentReplacesItsEvents) {
  Store({LeMonde(), Reuters()});
  DocBuilder changed("lemonde-1", "2021-02-06", {"Paris a salué Berlin."}, "https://www.lemonde.fr/a2");
  changed.Add("2021-02-06", "FRA", "051", "DEU", 1, 3.4, "Paris a salué Berlin.", 1, "Paris", "a salué", "Berlin");
  Store({changed});
  auto r = Reader();
  EXPECT_EQ(RenderAll(r.get(), {}), (std::vector<std::string>{"FRA 051 DEU 2021-02-06 m1 s1 a1",
                                                              "RUSGOV 041 USAGOV 2021-02-04 m1 s1 a1"}));
  // The old sentences left the full-text index with the document.
  EventFilter f;
  f.text = "Moscou";
  EXPECT_TRUE(RenderAll(r.get(), f).empty());
  auto s = r->Summary();
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->documents, 2);
  EXPECT_EQ(s->mentions, 2);
}

TEST_F(StoreTest, ContainsComparesIdAndContentHash) {
  auto w = StoreWriter::Open(db_);
  ASSERT_TRUE(w.ok());
  DocBuilder d = LeMonde();
  EXPECT_FALSE((*w)->Contains(d.doc).value());
  ASSERT_TRUE((*w)->Add(d.doc, d.stats, d.events).ok());
  EXPECT_TRUE((*w)->Contains(d.doc).value());  // in the open batch
  ASSERT_TRUE((*w)->Close().ok());
  auto again = StoreWriter::Open(db_);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE((*again)->Contains(d.doc).value());
  d.doc.text += " Un ajout.";
  EXPECT_FALSE((*again)->Contains(d.doc).value());
}

TEST_F(StoreTest, EmptySourceOrTargetIsStoredAndFilteredHonestly) {
  DocBuilder b("one-sided", "2021-03-01", {"Des manifestants ont défilé à Bamako."});
  b.Add("2021-03-01", "MLIOPP", "141", "", 4, -6.5, "Des manifestants ont défilé à Bamako.", 1, "Des manifestants",
        "ont défilé", "");
  Store({b});
  auto r = Reader();
  EXPECT_EQ(RenderAll(r.get(), {}), (std::vector<std::string>{"MLIOPP 141  2021-03-01 m1 s1 a1"}));
  EventFilter by_actor;
  by_actor.actor = "MLI";
  EXPECT_EQ(RenderAll(r.get(), by_actor).size(), 1u);
  EventFilter by_target;
  by_target.target = "MLI";
  EXPECT_TRUE(RenderAll(r.get(), by_target).empty());
  auto net = r->Network({}, 10);
  ASSERT_TRUE(net.ok());
  EXPECT_TRUE(net->empty());  // no one is acted on
  std::ostringstream gdelt;
  ASSERT_TRUE(r->Export({}, ExportFormat::kGdelt, 0, &gdelt).ok());
  std::vector<std::string> cols;
  std::stringstream line(gdelt.str().substr(0, gdelt.str().size() - 1));
  for (std::string c; std::getline(line, c, '\t');) cols.push_back(c);
  cols.resize(61);
  EXPECT_EQ(cols[5], "MLIOPP");
  EXPECT_EQ(cols[15], "");  // Actor2Code
}

TEST_F(StoreTest, EveryFilter) {
  DocBuilder sahel("sahel", "2022-05-10", {"Le Mali a accusé la France.", "Bamako a expulsé l'ambassadeur."}, "",
                   Language::kFrench);
  sahel.Add("2022-05-09", "MLIGOV", "112", "FRA", 3, -2, "Le Mali a accusé la France.", 1, "Le Mali", "a accusé",
            "la France");
  sahel.Add("2022-05-10", "MLIGOV", "174", "FRAGOV", 4, -5, "Bamako a expulsé l'ambassadeur.", 2, "Bamako",
            "a expulsé", "l'ambassadeur");
  sahel.events[1].location = "Bamako";
  Store({LeMonde(), Reuters(), sahel});
  auto r = Reader();
  auto count = [&](EventFilter f) { return RenderAll(r.get(), f).size(); };
  EventFilter f;
  f.actor = "FRA";
  EXPECT_EQ(count(f), 2u);
  f = {};
  f.actor = "USAGOV";
  EXPECT_EQ(count(f), 1u);
  f = {};
  f.dyad_a = "USA";
  f.dyad_b = "RUS";  // undirected: matches RUS->USA
  EXPECT_EQ(count(f), 2u);
  f = {};
  f.source = "USA";
  EXPECT_EQ(count(f), 0u);  // directed
  f = {};
  f.source = "RUS";
  f.target = "USAGOV";
  EXPECT_EQ(count(f), 1u);
  f = {};
  f.code = "041";
  EXPECT_EQ(count(f), 1u);
  f = {};
  f.root = "11";
  EXPECT_EQ(count(f), 2u);
  f = {};
  f.quad_class = 4;
  EXPECT_EQ(RenderAll(r.get(), f), (std::vector<std::string>{"MLIGOV 174 FRAGOV 2022-05-10 m1 s1 a1"}));
  f = {};
  f.plover = "CONSULT";
  EXPECT_EQ(count(f), 1u);
  f = {};
  f.from = Date{2022, 1, 1};
  EXPECT_EQ(count(f), 2u);
  f.to = Date{2022, 5, 9};
  EXPECT_EQ(count(f), 1u);
  f = {};
  f.lang = "en";
  EXPECT_EQ(RenderAll(r.get(), f), (std::vector<std::string>{"RUSGOV 041 USAGOV 2021-02-04 m3 s2 a2"}));
  f = {};
  f.location = "bamako";
  EXPECT_EQ(count(f), 1u);
  f = {};
  f.text = "phone";
  EXPECT_EQ(count(f), 1u);
  f.text = "expuls*";  // prefix
  EXPECT_EQ(count(f), 1u);
  f.text = "accuse";  // diacritics removed: "accusé"
  EXPECT_EQ(count(f), 1u);
  f.text = "\"OR\" NEAR( * ^ -";  // FTS5 syntax is plain text here
  EXPECT_EQ(count(f), 0u);
  f = {};
  f.mode = "negated";
  EXPECT_EQ(count(f), 0u);
}

TEST_F(StoreTest, InvalidFiltersAreRefusedWithAMessage) {
  Store({LeMonde()});
  auto r = Reader();
  EventFilter f;
  f.actor = "RUS' OR 1=1 --";
  auto page = r->Query(f, 0, 10);
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(page.status().message().find("actor"), std::string::npos);
  f = {};
  f.code = "04a";
  EXPECT_FALSE(r->Query(f, 0, 10).ok());
  f = {};
  f.text = "  ***  ";
  EXPECT_FALSE(r->Query(f, 0, 10).ok());
}

TEST_F(StoreTest, PagesAreNewestFirstWithATotal) {
  std::vector<DocBuilder> docs;
  for (int i = 1; i <= 9; ++i) {
    const std::string date = "2021-01-0" + std::to_string(i);
    DocBuilder b("d" + std::to_string(i), date, {"Paris a salué Berlin."});
    b.Add(date, "FRA", "051", "DEU", 1, 3.4, "Paris a salué Berlin.", 1, "Paris", "a salué", "Berlin");
    docs.push_back(b);
  }
  Store(docs);
  auto r = Reader();
  auto page = r->Query({}, 2, 3);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 9);
  ASSERT_EQ(page->events.size(), 3u);
  EXPECT_EQ(page->events[0].date.ToIso(), "2021-01-07");
  EXPECT_EQ(page->events[2].date.ToIso(), "2021-01-05");
  EXPECT_EQ(page->events[0].doc_id, "d7");
}

TEST_F(StoreTest, StatsFillEmptyPeriodsAndNameWeeksByMonday) {
  std::vector<DocBuilder> docs;
  const char* dates[] = {"2021-01-04", "2021-01-06", "2021-03-15"};  // Mon, Wed, Mon
  int i = 0;
  for (const char* date : dates) {
    DocBuilder b("s" + std::to_string(++i), date, {"Moscou a critiqué Washington."});
    b.Add(date, "RUS", i == 2 ? "041" : "111", "USA", i == 2 ? 1 : 3, i == 2 ? 1.0 : -2.0,
          "Moscou a critiqué Washington.", 1, "Moscou", "a critiqué", "Washington");
    docs.push_back(b);
  }
  Store(docs);
  auto r = Reader();
  EventFilter f;
  f.dyad_a = "RUS";
  f.dyad_b = "USA";
  auto months = r->Stats(f, Granularity::kMonth);
  ASSERT_TRUE(months.ok());
  ASSERT_EQ(months->size(), 3u);
  EXPECT_EQ((*months)[0].period, "2021-01");
  EXPECT_EQ((*months)[0].events, 2);
  EXPECT_EQ((*months)[0].quad[0], 1);
  EXPECT_EQ((*months)[0].quad[2], 1);
  EXPECT_DOUBLE_EQ((*months)[0].goldstein_sum, -1.0);
  EXPECT_DOUBLE_EQ((*months)[0].goldstein_mean(), -0.5);
  EXPECT_EQ((*months)[1].period, "2021-02");
  EXPECT_EQ((*months)[1].events, 0);
  EXPECT_EQ((*months)[2].period, "2021-03");
  auto weeks = r->Stats(f, Granularity::kWeek);
  ASSERT_TRUE(weeks.ok());
  EXPECT_EQ(weeks->front().period, "2021-01-04");
  EXPECT_EQ(weeks->front().events, 2);
  EXPECT_EQ(weeks->back().period, "2021-03-15");
  EXPECT_EQ(weeks->size(), 11u);
  auto days = r->Stats(f, Granularity::kDay, 10);
  ASSERT_FALSE(days.ok());  // 71 days > 10 periods
  EXPECT_EQ(days.status().code(), Status::Code::kResourceExhausted);
}

TEST_F(StoreTest, NetworkCountsDirectedPairs) {
  Store({LeMonde(), Reuters()});
  auto r = Reader();
  auto edges = r->Network({}, 10);
  ASSERT_TRUE(edges.ok());
  ASSERT_EQ(edges->size(), 2u);
  EXPECT_EQ((*edges)[0].source, "RUS");  // ties by name
  EXPECT_EQ((*edges)[0].events, 1);
  EXPECT_DOUBLE_EQ((*edges)[0].goldstein_mean, -2);
}

TEST_F(StoreTest, MentionsHighlightRolesAndDocumentsMarkEvidence) {
  Store({LeMonde()});
  auto r = Reader();
  EventFilter f;
  f.code = "041";
  auto page = r->Query(f, 0, 1);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->events.size(), 1u);
  auto mentions = r->Mentions(page->events[0].id, 100);
  ASSERT_TRUE(mentions.ok());
  ASSERT_EQ(mentions->size(), 2u);  // sentences 2 and 3
  std::string marked;
  for (const TextSegment& s : (*mentions)[0].segments) marked += s.role.empty() ? s.text : "[" + s.role + ":" + s.text + "]";
  EXPECT_EQ(marked, "[source:Lavrov] [verb:s'est entretenu] avec [target:Blinken].");
  EXPECT_EQ((*mentions)[1].sentence, 3);
  // No role spans beyond the first mention, but its sentence, found by the
  // text stage's splitter aligned on the first mention.
  ASSERT_EQ((*mentions)[1].segments.size(), 1u);
  EXPECT_EQ((*mentions)[1].segments[0].text, "Les deux ministres se sont parlé.");
  auto doc = r->GetDocument("lemonde-1");
  ASSERT_TRUE(doc.ok());
  int evidence = 0;
  std::string whole;
  for (const TextSegment& s : doc->segments) {
    evidence += s.role == "evidence";
    whole += s.text;
  }
  EXPECT_EQ(evidence, 3);
  EXPECT_EQ(whole, LeMonde().doc.text);
  EXPECT_EQ(doc->events.size(), 2u);
  EXPECT_EQ(r->GetDocument("nope").status().code(), Status::Code::kNotFound);
}

TEST_F(StoreTest, GdeltExportHas61ColumnsFilledWhereKnown) {
  Store({LeMonde(), Reuters()});
  auto r = Reader();
  std::ostringstream out;
  EventFilter f;
  f.code = "041";
  ASSERT_TRUE(r->Export(f, ExportFormat::kGdelt, 0, &out).ok());
  std::string line = out.str();
  ASSERT_FALSE(line.empty());
  ASSERT_EQ(line.back(), '\n');
  line.pop_back();
  std::vector<std::string> c;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    c.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  ASSERT_EQ(c.size(), 61u);
  EXPECT_EQ(c[1], "20210204");     // SQLDATE
  EXPECT_EQ(c[2], "202102");       // MonthYear
  EXPECT_EQ(c[3], "2021");         // Year
  EXPECT_EQ(c[5], "RUSGOV");       // Actor1Code
  EXPECT_EQ(c[6], "Lavrov");       // Actor1Name
  EXPECT_EQ(c[7], "RUS");          // Actor1CountryCode
  EXPECT_EQ(c[12], "GOV");         // Actor1Type1Code
  EXPECT_EQ(c[15], "USAGOV");      // Actor2Code
  EXPECT_EQ(c[17], "USA");
  EXPECT_EQ(c[26], "041");         // EventCode
  EXPECT_EQ(c[27], "041");         // EventBaseCode
  EXPECT_EQ(c[28], "04");          // EventRootCode
  EXPECT_EQ(c[29], "1");           // QuadClass
  EXPECT_EQ(c[30], "1");           // GoldsteinScale
  EXPECT_EQ(c[31], "3");           // NumMentions
  EXPECT_EQ(c[32], "2");           // NumSources
  EXPECT_EQ(c[33], "2");           // NumArticles
  EXPECT_EQ(c[34], "");            // AvgTone: not measured
  EXPECT_EQ(c[59].size(), 14u);    // DATEADDED YYYYMMDDHHMMSS
  EXPECT_EQ(c[60], "https://www.lemonde.fr/international/article-1.html");  // SOURCEURL of the first article
}

TEST_F(StoreTest, PloverExportUsesTheManualsFields) {
  Store({LeMonde()});
  auto r = Reader();
  std::ostringstream out;
  EventFilter f;
  f.code = "041";
  ASSERT_TRUE(r->Export(f, ExportFormat::kPlover, 0, &out).ok());
  auto j = nlohmann::json::parse(out.str());
  EXPECT_EQ(j["date"], "2021-02-04");
  EXPECT_EQ(j["event"], nlohmann::json::array({"CONSULT"}));
  EXPECT_EQ(j["source"][0]["code"], "RUS");
  EXPECT_EQ(j["source"][0]["sector"], "GOV");
  EXPECT_EQ(j["source"][0]["actor_text"], "Lavrov");
  EXPECT_EQ(j["recipient"][0]["code"], "USA");
  EXPECT_EQ(j["quad_code"], 1);
  EXPECT_EQ(j["event_text"][0], "s'est entretenu");
  EXPECT_EQ(j["text"], "Lavrov s'est entretenu avec Blinken.");
  EXPECT_EQ(j["cite_info"]["url"], "https://www.lemonde.fr/international/article-1.html");
  EXPECT_TRUE(j.contains("id"));
}

TEST_F(StoreTest, CsvExportQuotesText) {
  DocBuilder b("q", "2021-02-05", {"Paris a dit \"oui, non\" à Berlin."});
  b.Add("2021-02-05", "FRA", "010", "DEU", 1, 0, "Paris a dit \"oui, non\" à Berlin.", 1, "Paris", "a dit", "Berlin");
  Store({b});
  auto r = Reader();
  std::ostringstream out;
  ASSERT_TRUE(r->Export({}, ExportFormat::kCsv, 0, &out).ok());
  EXPECT_NE(out.str().find("\"Paris a dit \"\"oui, non\"\" à Berlin.\""), std::string::npos) << out.str();
  EXPECT_EQ(out.str().substr(0, 3), "id,");
}

TEST_F(StoreTest, ANonStoreFileIsRefused) {
  {
    std::ofstream(db_) << "not a database at all, just some text that is long enough to be a header";
  }
  auto w = StoreWriter::Open(db_);
  EXPECT_FALSE(w.ok());
  auto r = StoreReader::Open(db_);
  EXPECT_FALSE(r.ok());
  auto missing = StoreReader::Open(dir_.File("missing.sqlite"));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
}

TEST_F(StoreTest, LocationsComeFromCoordinatesWhenTheStoreHasThem) {
  Store({LeMonde(), Reuters()});
  {
    auto r = Reader();
    auto none = r->Locations({}, 10);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->empty());
  }
  // The coder's place fields on the same event, from a third article.
  DocBuilder placed = Reuters();
  placed.doc.id = "reuters-9";
  placed.events[0].location = "Moscou";
  placed.events[0].location_country = "RUS";
  placed.events[0].location_admin1 = "Moscow City";
  placed.events[0].latitude = 55.75;
  placed.events[0].longitude = 37.62;
  placed.events[0].attribution = "RUSGOV";
  placed.events[0].attribution_text = "the Kremlin";
  Store({placed});
  auto r = Reader();
  auto points = r->Locations({}, 10);
  ASSERT_TRUE(points.ok());
  ASSERT_EQ(points->size(), 1u);
  EXPECT_DOUBLE_EQ((*points)[0].latitude, 55.75);
  EXPECT_EQ((*points)[0].name, "Moscou");
  EXPECT_EQ((*points)[0].events, 1);  // one record, reported by three articles
  EventFilter f;
  f.code = "111";
  EXPECT_TRUE(r->Locations(f, 10)->empty());
  // The earliest article (no place) gives the record's texts; the GDELT
  // export of a record whose first article has a place fills ActionGeo.
  std::ostringstream gdelt;
  f.code = "041";
  f.location = "moscou";
  ASSERT_TRUE(r->Export(f, ExportFormat::kGdelt, 0, &gdelt).ok());
  const std::string rows = gdelt.str();
  EXPECT_EQ(std::count(rows.begin(), rows.end(), '\n'), 1);
}

TEST(ContentHash, IsStableFnv1a) {
  EXPECT_EQ(ContentHash(""), "cbf29ce484222325");
  EXPECT_EQ(ContentHash("a"), "af63dc4c8601ec8c");
  EXPECT_NE(ContentHash("ab"), ContentHash("ba"));
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

using testing_util::DocBuilder;

TEST(StorePlaces, ACodedPlaceAndAttributionReachTheExports) {
  testing_util::TempDir dir;
  const std::string db = dir.File("placed.sqlite");
  DocBuilder b("placed", "2024-05-01", {"Selon Moscou, Kiev a frappé Belgorod."});
  b.Add("2024-05-01", "UKR", "190", "RUS", 4, -10, "Selon Moscou, Kiev a frappé Belgorod.", 1, "Kiev", "a frappé",
        "Belgorod");
  Event& e = b.events[0];
  e.location = "Belgorod";
  e.location_country = "RUS";
  e.location_admin1 = "Belgorod Oblast";
  e.latitude = 50.6;
  e.longitude = 36.58;
  e.attribution = "RUS";
  e.attribution_text = "Moscou";
  {
    auto w = StoreWriter::Open(db);
    ASSERT_TRUE(w.ok());
    ASSERT_TRUE((*w)->Add(b.doc, b.stats, b.events).ok());
    ASSERT_TRUE((*w)->Close().ok());
  }
  auto r = StoreReader::Open(db);
  ASSERT_TRUE(r.ok());
  auto page = (*r)->Query({}, 0, 10);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->events.size(), 1u);
  EXPECT_EQ(page->events[0].attribution, "RUS");
  EXPECT_EQ(page->events[0].location_country, "RUS");
  ASSERT_TRUE(page->events[0].latitude.has_value());
  EXPECT_DOUBLE_EQ(*page->events[0].latitude, 50.6);
  std::ostringstream gdelt;
  ASSERT_TRUE((*r)->Export({}, ExportFormat::kGdelt, 0, &gdelt).ok());
  std::vector<std::string> c;
  std::stringstream line(gdelt.str().substr(0, gdelt.str().size() - 1));
  for (std::string col; std::getline(line, col, '\t');) c.push_back(col);
  ASSERT_EQ(c.size(), 61u);
  EXPECT_EQ(c[51], "4");
  EXPECT_EQ(c[52], "Belgorod");
  EXPECT_EQ(c[53], "RUS");
  EXPECT_EQ(c[54], "Belgorod Oblast");
  EXPECT_EQ(c[56], "50.6");
  EXPECT_EQ(c[57], "36.58");
  std::ostringstream plover;
  ASSERT_TRUE((*r)->Export({}, ExportFormat::kPlover, 0, &plover).ok());
  auto j = nlohmann::json::parse(plover.str());
  EXPECT_EQ(j["event_loc"]["cc3"], "RUS");
  EXPECT_DOUBLE_EQ(j["event_loc"]["latitude"].get<double>(), 50.6);
  EXPECT_EQ(j["parley_attribution"]["code"], "RUS");
}

TEST(StorePlaces, NanCoordinatesAreStoredAsUnknown) {
  testing_util::TempDir dir;
  const std::string db = dir.File("nan.sqlite");
  DocBuilder b("nan", "2024-05-01", {"Paris a salué Berlin."});
  b.Add("2024-05-01", "FRA", "051", "DEU", 1, 3.4, "Paris a salué Berlin.", 1, "Paris", "a salué", "Berlin");
  ASSERT_TRUE(std::isnan(b.events[0].latitude));  // the Event default
  {
    auto w = StoreWriter::Open(db);
    ASSERT_TRUE(w.ok());
    ASSERT_TRUE((*w)->Add(b.doc, b.stats, b.events).ok());
    ASSERT_TRUE((*w)->Close().ok());
  }
  auto r = StoreReader::Open(db);
  ASSERT_TRUE(r.ok());
  auto page = (*r)->Query({}, 0, 10);
  ASSERT_TRUE(page.ok());
  EXPECT_FALSE(page->events[0].latitude.has_value());
  EXPECT_TRUE((*r)->Locations({}, 10)->empty());
}

}  // namespace
}  // namespace parley
