// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "parley/writer.h"
#include "parley/event_fields.h"

#include <cmath>
#include <limits>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "output/escape.h"

namespace parley {
namespace {

// "Moscou s'est entretenu par téléphone avec Washington." with real offsets.
Event SampleEvent() {
  Event e;
  e.doc_id = "afp-2021-001";
  e.sentence = 2;
  e.sentences = {2, 5};
  e.mentions = 2;
  e.date = Date{2021, 2, 4};
  e.source = "RUSGOV";
  e.target = "USAGOV";
  e.code = "041";
  e.root = "04";
  e.quad_class = 1;
  e.goldstein = 1.0;
  e.plover = "CONSULT";
  e.mode = Mode::kAsserted;
  e.source_text = "Moscou";
  e.target_text = "Washington";
  e.verb_text = "s'est entretenu";
  e.source_span = {0, 6};
  e.target_span = {44, 54};
  e.verb_span = {7, 22};
  e.evidence_span = {0, 55};
  e.evidence = "Moscou s'est entretenu par t\xC3\xA9l\xC3\xA9phone avec Washington.";
  e.location = "";
  e.lang = Language::kFrench;
  return e;
}

std::string Render(OutputFormat format, const std::vector<Event>& events) {
  std::ostringstream out;
  std::unique_ptr<EventWriter> writer = EventWriter::Create(format, &out);
  EXPECT_NE(writer, nullptr);
  Status s = writer->Write(events);
  EXPECT_TRUE(s.ok()) << s.ToString();
  s = writer->Flush();
  EXPECT_TRUE(s.ok()) << s.ToString();
  return out.str();
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> fields;
  size_t start = 0;
  while (true) {
    size_t pos = s.find(sep, start);
    fields.push_back(s.substr(start, pos == std::string::npos ? std::string::npos : pos - start));
    if (pos == std::string::npos) return fields;
    start = pos + 1;
  }
}

// A strict RFC 4180 reader, so the CSV tests check structure, not just bytes.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, at_field_start = true;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"' && at_field_start) {
      quoted = true;
      at_field_start = false;
    } else if (c == ',') {
      row.push_back(field);
      field.clear();
      at_field_start = true;
    } else if (c == '\n') {
      row.push_back(field);
      rows.push_back(row);
      row.clear();
      field.clear();
      at_field_start = true;
    } else {
      EXPECT_NE(c, '"') << "bare quote inside an unquoted CSV field at byte " << i;
      field.push_back(c);
      at_field_start = false;
    }
  }
  EXPECT_FALSE(quoted) << "unterminated quoted CSV field";
  EXPECT_TRUE(row.empty() && field.empty()) << "CSV does not end with a newline";
  return rows;
}

const char kHeader[] =
    "doc_id\tsentence\tsentences\tmentions\tdate\tsource\ttarget\tcode\troot\tquad_class\tgoldstein\t"
    "plover\tmode\tsource_text\ttarget_text\tverb_text\tsource_span\ttarget_span\tverb_span\t"
    "evidence_span\tevidence\tattribution\tattribution_text\trule\tlocation\tlocation_country\t"
    "location_admin1\tlatitude\tlongitude\tlang";

TEST(WriterTest, JsonLinesExact) {
  EXPECT_EQ(Render(OutputFormat::kJsonLines, {SampleEvent()}),
            "{\"doc_id\":\"afp-2021-001\",\"sentence\":2,\"sentences\":[2,5],\"mentions\":2,"
            "\"date\":\"2021-02-04\",\"source\":\"RUSGOV\",\"target\":\"USAGOV\",\"code\":\"041\","
            "\"root\":\"04\",\"quad_class\":1,\"goldstein\":1,\"plover\":\"CONSULT\","
            "\"mode\":\"asserted\",\"source_text\":\"Moscou\",\"target_text\":\"Washington\","
            "\"verb_text\":\"s'est entretenu\",\"source_span\":[0,6],\"target_span\":[44,54],"
            "\"verb_span\":[7,22],\"evidence_span\":[0,55],"
            "\"evidence\":\"Moscou s'est entretenu par t\xC3\xA9l\xC3\xA9phone avec Washington.\","
            "\"attribution\":\"\",\"attribution_text\":\"\",\"rule\":\"\",\"location\":\"\","
            "\"location_country\":\"\",\"location_admin1\":\"\",\"latitude\":null,\"longitude\":null,"
            "\"lang\":\"fr\"}\n");
}

TEST(WriterTest, TsvExact) {
  EXPECT_EQ(Render(OutputFormat::kTsv, {SampleEvent()}),
            std::string(kHeader) +
                "\n"
                "afp-2021-001\t2\t2,5\t2\t2021-02-04\tRUSGOV\tUSAGOV\t041\t04\t1\t1\tCONSULT\t"
                "asserted\tMoscou\tWashington\ts'est entretenu\t0-6\t44-54\t7-22\t0-55\t"
                "Moscou s'est entretenu par t\xC3\xA9l\xC3\xA9phone avec Washington.\t\t\t\t\t\t\t\t\tfr\n");
}

TEST(WriterTest, CsvExact) {
  Event e = SampleEvent();
  e.evidence = "Moscou a dit \"oui\", puis non.";
  e.goldstein = 3.4;
  e.mode = Mode::kNegated;
  std::string header = kHeader;
  for (char& c : header) {
    if (c == '\t') c = ',';
  }
  EXPECT_EQ(Render(OutputFormat::kCsv, {e}),
            header +
                "\n"
                "afp-2021-001,2,\"2,5\",2,2021-02-04,RUSGOV,USAGOV,041,04,1,3.4,CONSULT,"
                "negated,Moscou,Washington,s'est entretenu,0-6,44-54,7-22,0-55,"
                "\"Moscou a dit \"\"oui\"\", puis non.\",,,,,,,,,fr\n");
}

TEST(WriterTest, JsonParsesBackWithTheRightTypes) {
  Event e = SampleEvent();
  e.goldstein = -7.2;
  e.mode = Mode::kHypothetical;
  e.lang = Language::kEnglish;
  std::vector<std::string> lines = SplitLines(Render(OutputFormat::kJsonLines, {e, SampleEvent()}));
  ASSERT_EQ(lines.size(), 2u);
  nlohmann::json j = nlohmann::json::parse(lines[0]);
  ASSERT_TRUE(j.is_object());
  // Keys come in the documented order (ordered_json keeps the file's order).
  std::vector<std::string> ordered;
  nlohmann::ordered_json oj = nlohmann::ordered_json::parse(lines[0]);
  for (auto it = oj.begin(); it != oj.end(); ++it) ordered.push_back(it.key());
  EXPECT_EQ(ordered, Split(kHeader, '\t'));
  EXPECT_EQ(ordered.size(), 30u);

  EXPECT_TRUE(j["doc_id"].is_string());
  EXPECT_TRUE(j["sentence"].is_number_integer());
  EXPECT_EQ(j["sentence"].get<int>(), 2);
  ASSERT_TRUE(j["sentences"].is_array());
  EXPECT_EQ(j["sentences"].get<std::vector<int>>(), (std::vector<int>{2, 5}));
  EXPECT_TRUE(j["mentions"].is_number_integer());
  EXPECT_EQ(j["date"].get<std::string>(), "2021-02-04");
  EXPECT_TRUE(j["code"].is_string());
  EXPECT_EQ(j["code"].get<std::string>(), "041");
  EXPECT_EQ(j["root"].get<std::string>(), "04");
  EXPECT_TRUE(j["quad_class"].is_number_integer());
  EXPECT_TRUE(j["goldstein"].is_number());
  EXPECT_DOUBLE_EQ(j["goldstein"].get<double>(), -7.2);
  EXPECT_EQ(j["mode"].get<std::string>(), "hypothetical");
  EXPECT_EQ(j["lang"].get<std::string>(), "en");
  for (const char* span : {"source_span", "target_span", "verb_span", "evidence_span"}) {
    ASSERT_TRUE(j[span].is_array()) << span;
    ASSERT_EQ(j[span].size(), 2u) << span;
    EXPECT_TRUE(j[span][0].is_number_integer()) << span;
    EXPECT_TRUE(j[span][1].is_number_integer()) << span;
  }
  EXPECT_EQ(j["target_span"].get<std::vector<int64_t>>(), (std::vector<int64_t>{44, 54}));
  EXPECT_EQ(j["evidence"].get<std::string>(), e.evidence);
}

TEST(WriterTest, GoldsteinIsShortestRoundTrip) {
  const std::pair<double, const char*> cases[] = {
      {3.4, "3.4"}, {-10.0, "-10"}, {1.0, "1"}, {0.0, "0"}, {-0.3, "-0.3"}, {8.25, "8.25"},
  };
  for (const auto& [value, text] : cases) {
    Event e = SampleEvent();
    e.goldstein = value;
    std::string json = Render(OutputFormat::kJsonLines, {e});
    EXPECT_NE(json.find(std::string("\"goldstein\":") + text + ","), std::string::npos) << json;
    std::vector<std::string> tsv = SplitLines(Render(OutputFormat::kTsv, {e}));
    ASSERT_EQ(tsv.size(), 2u);
    EXPECT_EQ(Split(tsv[1], '\t')[10], text);
  }
}

TEST(WriterTest, EmptySpansUnknownDateAndNanAreNullOrEmpty) {
  Event e = SampleEvent();
  e.target_span = Span{};
  e.verb_span = Span{};
  e.date = Date{};
  e.goldstein = std::numeric_limits<double>::quiet_NaN();
  e.target_text.clear();
  e.sentences = {2};

  std::string line = Render(OutputFormat::kJsonLines, {e});
  EXPECT_NE(line.find("\"target_span\":null,\"verb_span\":null,"), std::string::npos) << line;
  nlohmann::json j = nlohmann::json::parse(line);
  EXPECT_TRUE(j["date"].is_null());
  EXPECT_TRUE(j["goldstein"].is_null());
  EXPECT_TRUE(j["target_span"].is_null());
  EXPECT_TRUE(j["verb_span"].is_null());
  EXPECT_TRUE(j["source_span"].is_array());
  EXPECT_EQ(j["target_text"].get<std::string>(), "");

  std::vector<std::string> rows = SplitLines(Render(OutputFormat::kTsv, {e}));
  ASSERT_EQ(rows.size(), 2u);
  std::vector<std::string> f = Split(rows[1], '\t');
  ASSERT_EQ(f.size(), 30u);
  EXPECT_EQ(f[2], "2");       // sentences
  EXPECT_EQ(f[4], "");        // date
  EXPECT_EQ(f[10], "");       // goldstein
  EXPECT_EQ(f[16], "0-6");    // source_span
  EXPECT_EQ(f[17], "");       // target_span
  EXPECT_EQ(f[18], "");       // verb_span

  std::vector<std::vector<std::string>> csv = ParseCsv(Render(OutputFormat::kCsv, {e}));
  ASSERT_EQ(csv.size(), 2u);
  EXPECT_EQ(csv[1][2], "2");
  EXPECT_EQ(csv[1][17], "");
}

// Text with every kind of byte a writer must treat specially.
const char kNasty[] =
    "a\"b\\c\nd\re\tf\x01g\x1fh\x7f"
    " caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80 \xE2\x80\xA8, end";

TEST(WriterTest, JsonEscaping) {
  Event e = SampleEvent();
  e.evidence = kNasty;
  e.doc_id = "x\x08y\x0cz";
  std::string line = Render(OutputFormat::kJsonLines, {e});
  EXPECT_NE(line.find("\"evidence\":\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u001fh\x7f"
                      " caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80 \xE2\x80\xA8, end\""),
            std::string::npos)
      << line;
  EXPECT_NE(line.find("\"doc_id\":\"x\\by\\fz\""), std::string::npos) << line;
  // Exactly one line: no raw newline escaped the string.
  EXPECT_EQ(SplitLines(line).size(), 1u);
  nlohmann::json j = nlohmann::json::parse(line);
  EXPECT_EQ(j["evidence"].get<std::string>(), kNasty);
  EXPECT_EQ(j["doc_id"].get<std::string>(), "x\x08y\x0cz");
}

TEST(WriterTest, InvalidUtf8BecomesReplacementCharacter) {
  struct Case {
    std::string in, out;
  };
  const std::string r = "\xEF\xBF\xBD";
  const Case cases[] = {
      {"a\xFF" "b", "a" + r + "b"},              // never valid
      {"\x80", r},                               // lone continuation byte
      {"\xC3", r},                               // truncated at the end
      {"\xC3(", r + "("},                        // bad continuation
      {"\xC0\xAF", r + r},                       // overlong '/'
      {"\xE0\x80\xAF", r + r + r},               // overlong, 3 bytes
      {"\xED\xA0\x80", r + r + r},               // UTF-16 surrogate
      {"\xF4\x90\x80\x80", r + r + r + r},       // above U+10FFFF
      {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},  // valid 4-byte sequence stays
  };
  for (const Case& c : cases) {
    std::string json, tsv, csv;
    output::AppendJsonString(&json, c.in);
    output::AppendTsvField(&tsv, c.in);
    output::AppendCsvField(&csv, c.in);
    EXPECT_EQ(json, "\"" + c.out + "\"");
    EXPECT_EQ(tsv, c.out);
    EXPECT_EQ(csv, c.out);
    EXPECT_NO_THROW(nlohmann::json::parse(json));
  }
  Event e = SampleEvent();
  e.verb_text = "s'est \xE9tendu";  // Latin-1 byte that slipped through
  nlohmann::json j = nlohmann::json::parse(Render(OutputFormat::kJsonLines, {e}));
  EXPECT_EQ(j["verb_text"].get<std::string>(), "s'est " + r + "tendu");
}

TEST(WriterTest, TsvReplacesTabsAndNewlines) {
  Event e = SampleEvent();
  e.evidence = kNasty;
  e.source_text = "Mos\tcou\n";
  std::vector<std::string> rows = SplitLines(Render(OutputFormat::kTsv, {e}));
  ASSERT_EQ(rows.size(), 2u);
  std::vector<std::string> f = Split(rows[1], '\t');
  ASSERT_EQ(f.size(), 30u);
  EXPECT_EQ(f[13], "Mos cou ");
  EXPECT_EQ(f[20],
            "a\"b\\c d e f g h\x7f caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80 "
            "\xE2\x80\xA8, end");
}

TEST(WriterTest, CsvQuotingRoundTrips) {
  Event e = SampleEvent();
  e.evidence = kNasty;
  e.source_text = "plain";
  e.target_text = "with,comma";
  e.verb_text = "say \"hi\"";
  e.location = "line\nbreak";
  e.sentences = {1, 2, 3};
  std::string text = Render(OutputFormat::kCsv, {e, SampleEvent()});
  EXPECT_NE(text.find(",plain,\"with,comma\",\"say \"\"hi\"\"\","), std::string::npos) << text;
  std::vector<std::vector<std::string>> rows = ParseCsv(text);
  ASSERT_EQ(rows.size(), 3u);
  for (const auto& row : rows) EXPECT_EQ(row.size(), 30u);
  EXPECT_EQ(rows[1][2], "1,2,3");
  EXPECT_EQ(rows[1][13], "plain");
  EXPECT_EQ(rows[1][14], "with,comma");
  EXPECT_EQ(rows[1][15], "say \"hi\"");
  EXPECT_EQ(rows[1][20], kNasty);
  EXPECT_EQ(rows[1][24], "line\nbreak");
  EXPECT_EQ(rows[2][0], "afp-2021-001");
}

TEST(WriterTest, HeaderOnlyWhenThereAreNoEvents) {
  EXPECT_EQ(Render(OutputFormat::kJsonLines, {}), "");
  EXPECT_EQ(Render(OutputFormat::kTsv, {}), std::string(kHeader) + "\n");
  std::vector<std::vector<std::string>> csv = ParseCsv(Render(OutputFormat::kCsv, {}));
  ASSERT_EQ(csv.size(), 1u);
  EXPECT_EQ(csv[0], Split(kHeader, '\t'));
}

TEST(WriterTest, ManyEventsAcrossChunksKeepTheirOrder) {
  std::vector<Event> events;
  for (int i = 0; i < 5000; ++i) {
    Event e = SampleEvent();
    e.doc_id = "doc-" + std::to_string(i);
    events.push_back(e);
  }
  std::ostringstream out;
  std::unique_ptr<EventWriter> writer = EventWriter::Create(OutputFormat::kJsonLines, &out);
  // Two batches, so rows from separate Write calls follow each other.
  std::vector<Event> first(events.begin(), events.begin() + 3000);
  std::vector<Event> second(events.begin() + 3000, events.end());
  ASSERT_TRUE(writer->Write(first).ok());
  ASSERT_TRUE(writer->Write(second).ok());
  ASSERT_TRUE(writer->Flush().ok());
  std::vector<std::string> lines = SplitLines(out.str());
  ASSERT_EQ(lines.size(), 5000u);
  for (int i = 0; i < 5000; i += 499) {
    EXPECT_EQ(nlohmann::json::parse(lines[i])["doc_id"].get<std::string>(),
              "doc-" + std::to_string(i));
  }
}

TEST(WriterTest, DestructorDeliversUnflushedRows) {
  std::ostringstream out;
  {
    std::unique_ptr<EventWriter> writer = EventWriter::Create(OutputFormat::kJsonLines, &out);
    ASSERT_TRUE(writer->Write({SampleEvent()}).ok());
  }
  EXPECT_EQ(SplitLines(out.str()).size(), 1u);
}

// A stream buffer that refuses every byte, like a full disk or closed pipe.
class FailingBuf : public std::streambuf {
 protected:
  int_type overflow(int_type) override { return traits_type::eof(); }
  std::streamsize xsputn(const char*, std::streamsize) override { return 0; }
};

TEST(WriterTest, StreamFailureIsIoError) {
  FailingBuf buf;
  std::ostream failing(&buf);
  std::unique_ptr<EventWriter> writer = EventWriter::Create(OutputFormat::kTsv, &failing);
  ASSERT_NE(writer, nullptr);
  Status s = writer->Write({SampleEvent()});
  if (s.ok()) s = writer->Flush();  // rows may wait in the writer's buffer
  EXPECT_EQ(s.code(), Status::Code::kIoError) << s.ToString();

  std::ostringstream bad;
  bad.setstate(std::ios::badbit);
  std::unique_ptr<EventWriter> writer2 = EventWriter::Create(OutputFormat::kJsonLines, &bad);
  EXPECT_EQ(writer2->Write({SampleEvent()}).code(), Status::Code::kIoError);
  EXPECT_EQ(writer2->Flush().code(), Status::Code::kIoError);
}

TEST(WriterTest, ParseOutputFormat) {
  EXPECT_EQ(ParseOutputFormat("jsonl").value(), OutputFormat::kJsonLines);
  EXPECT_EQ(ParseOutputFormat("tsv").value(), OutputFormat::kTsv);
  EXPECT_EQ(ParseOutputFormat("csv").value(), OutputFormat::kCsv);
  for (const char* bad : {"", "json", "JSONL", "xml", "tsv "}) {
    StatusOr<OutputFormat> f = ParseOutputFormat(bad);
    ASSERT_FALSE(f.ok()) << bad;
    EXPECT_EQ(f.status().code(), Status::Code::kInvalidArgument);
  }
  EXPECT_EQ(EventWriter::Create(OutputFormat::kCsv, nullptr), nullptr);
}

TEST(WriterTest, ModeNames) {
  EXPECT_STREQ(ModeName(Mode::kAsserted), "asserted");
  EXPECT_STREQ(ModeName(Mode::kNegated), "negated");
  EXPECT_STREQ(ModeName(Mode::kConditional), "conditional");
  EXPECT_STREQ(ModeName(Mode::kHypothetical), "hypothetical");
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// CSV injection (OWASP): a text cell a spreadsheet would run as a formula
// gets a leading apostrophe; numbers keep their sign.
TEST(WriterTest, FormulaLikeCellsAreNeutralisedInTsvAndCsv) {
  Event e = SampleEvent();
  e.source_text = "=HYPERLINK(\"http://x\")";
  e.target_text = "+33 1 23";
  e.verb_text = "-dit";
  e.evidence = "@cmd";
  e.goldstein = -10;
  const std::string csv = Render(OutputFormat::kCsv, {e});
  EXPECT_NE(csv.find(",-10,"), std::string::npos) << csv;
  EXPECT_NE(csv.find(",\"'=HYPERLINK(\"\"http://x\"\")\",'+33 1 23,'-dit,"), std::string::npos) << csv;
  EXPECT_NE(csv.find(",'@cmd,"), std::string::npos) << csv;
  const std::string tsv = Render(OutputFormat::kTsv, {e});
  EXPECT_NE(tsv.find("\t'=HYPERLINK(\"http://x\")\t'+33 1 23\t'-dit\t"), std::string::npos) << tsv;
  EXPECT_NE(tsv.find("\t-10\t"), std::string::npos) << tsv;
  // JSON Lines is not a spreadsheet format: text is kept as it is.
  EXPECT_NE(Render(OutputFormat::kJsonLines, {e}).find("\"source_text\":\"=HYPERLINK("), std::string::npos);
}

TEST(WriterTest, FieldListDrivesTheHeaderAndRowsRenderWithoutAStream) {
  const auto& names = EventFieldNames();
  ASSERT_EQ(names.size(), 30u);
  EXPECT_EQ(names.front(), "doc_id");
  EXPECT_EQ(names.back(), "lang");
  EXPECT_EQ(HeaderRow(OutputFormat::kTsv), std::string(kHeader) + "\n");
  EXPECT_EQ(HeaderRow(OutputFormat::kJsonLines), "");
  std::string rows;
  AppendEventRows(OutputFormat::kJsonLines, {SampleEvent(), SampleEvent()}, &rows);
  EXPECT_EQ(rows, Render(OutputFormat::kJsonLines, {SampleEvent(), SampleEvent()}));
}

}  // namespace
}  // namespace parley
