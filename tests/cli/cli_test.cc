// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The `parley` command as a user runs it: inputs of every kind, output
// formats, the stderr summary, exit codes, and bad input that must be named
// and skipped while the rest of the batch is coded.

#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/cli_test_util.h"

namespace {

using parley::testing::CliRun;
using parley::testing::CliTest;
namespace fs = std::filesystem;

const char kFrench[] = "Le président français Emmanuel Macron a félicité mardi le chancelier allemand Olaf Scholz.";
const char kEnglish[] = "Germany condemned Russia on Tuesday, the foreign ministry in Berlin said.";

TEST_F(CliTest, CodesATextFileToJsonLinesWithASummary) {
  const std::string f = Write("macron.txt", kFrench);
  const CliRun r = Parley("code --date 2023-03-10 " + f);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto events = Lines(r.out);
  ASSERT_EQ(events.size(), 1u) << r.out;
  EXPECT_EQ(events[0]["doc_id"], f);
  EXPECT_EQ(events[0]["source"], "FRAGOV");
  EXPECT_EQ(events[0]["code"], "051");
  EXPECT_EQ(events[0]["target"], "DEUGOV");
  EXPECT_EQ(events[0]["date"], "2023-03-07");
  EXPECT_EQ(events[0]["lang"], "fr");
  EXPECT_EQ(events[0]["plover"], "SUPPORT");
  EXPECT_NE(r.err.find("documents=1 sentences=1 events=1 skipped=0 load_ms="), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("coding_ms="), std::string::npos);
}

TEST_F(CliTest, ReadsJsonLinesGzipZstdDirectoriesAndStdin) {
  const std::string jsonl = std::string("{\"id\":\"a\",\"date\":\"2023-03-10\",\"text\":\"") + kFrench + "\"}\n" +
                            "{\"id\":\"b\",\"date\":\"2022-10-12\",\"lang\":\"en\",\"text\":\"" + kEnglish + "\"}\n";
  fs::create_directories(dir_ / "in");
  Write("in/news.jsonl", jsonl);
  {
    gzFile gz = gzopen(Path("in/more.ndjson.gz").c_str(), "wb");
    gzwrite(gz, jsonl.data(), static_cast<unsigned>(jsonl.size()));
    gzclose(gz);
  }
  {
    std::string z(ZSTD_compressBound(jsonl.size()), '\0');
    z.resize(ZSTD_compress(z.data(), z.size(), jsonl.data(), jsonl.size(), 3));
    Write("in/most.jsonl.zst", z);
  }
  const CliRun r = Parley("code " + Path("in"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Lines(r.out).size(), 6u) << r.out << r.err;
  EXPECT_NE(r.err.find("documents=6"), std::string::npos) << r.err;

  const std::string plain = Write("stdin.txt", kEnglish);
  const CliRun s = Parley("code --date 2022-10-12 -", plain);
  EXPECT_EQ(s.exit_code, 0) << s.err;
  const auto events = Lines(s.out);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0]["source"], "DEU");
  EXPECT_EQ(events[0]["date"], "2022-10-11");
  EXPECT_EQ(events[0]["location"], "Berlin");
}

TEST_F(CliTest, TsvAndCsvHaveAHeaderRow) {
  const std::string f = Write("en.txt", kEnglish);
  const CliRun tsv = Parley("code --format tsv --date 2022-10-12 " + f);
  ASSERT_EQ(tsv.exit_code, 0) << tsv.err;
  EXPECT_EQ(tsv.out.rfind("doc_id\tsentence\t", 0), 0u) << tsv.out;
  EXPECT_NE(tsv.out.find("\tDEU\tRUS\t111\t"), std::string::npos) << tsv.out;
  const CliRun csv = Parley("code --format csv --date 2022-10-12 -o " + Path("out.csv") + " " + f);
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  const std::string written = Slurp(Path("out.csv"));
  EXPECT_EQ(written.rfind("doc_id,sentence,", 0), 0u) << written;
  EXPECT_TRUE(csv.out.empty());
}

TEST_F(CliTest, BadDocumentsAreNamedSkippedAndTheRestIsCoded) {
  std::string jsonl = std::string("{\"id\":\"good-1\",\"date\":\"2022-10-12\",\"text\":\"") + kEnglish + "\"}\n";
  jsonl += "{\"id\": \"broken\", \"text\": \n";                                         // malformed JSON
  jsonl += "{\"id\":\"nodate\",\"date\":\"2022-13-45\",\"text\":\"x\"}\n";              // impossible date
  jsonl += "{\"id\":\"german\",\"text\":\"Die Bundesregierung hat am Dienstag neue Hilfen für die Ukraine "
           "angekündigt, teilte ein Sprecher in Berlin mit, und sprach von einem wichtigen Signal.\"}\n";
  jsonl += "{\"id\":\"empty\",\"text\":\"\"}\n";
  jsonl += "{\"id\":\"good-2\",\"date\":\"2023-03-10\",\"text\":\"" + std::string(kFrench) + "\"}\n";
  const std::string f = Write("batch.jsonl", jsonl);
  Write("binary.txt", std::string("\x7f" "ELF\0\0\0\x01\x02", 9));
  Write("bad-utf8.txt", std::string(kFrench) + " \xff\xfe");
  const CliRun r = Parley("code --encoding utf-8 " + f + " " + Path("binary.txt") + " " + Path("bad-utf8.txt"));
  EXPECT_EQ(r.exit_code, 3) << r.err;
  const auto events = Lines(r.out);
  ASSERT_EQ(events.size(), 2u) << r.out;
  EXPECT_EQ(events[0]["doc_id"], "good-1");
  EXPECT_EQ(events[1]["doc_id"], "good-2");
  for (const std::string& named : {std::string("batch.jsonl:2"), std::string("2022-13-45"), std::string("german"),
                                   std::string("empty"), std::string("binary.txt"), std::string("bad-utf8.txt")}) {
    EXPECT_NE(r.err.find(named), std::string::npos) << "no message names " << named << ":\n" << r.err;
  }
  EXPECT_NE(r.err.find("skipped=6"), std::string::npos) << r.err;
}

TEST_F(CliTest, AFiftyMegabyteLineIsReportedAndTheNextLineCoded) {
  {
    std::ofstream out(Path("huge.jsonl"), std::ios::binary);
    out << "{\"id\":\"huge\",\"text\":\"";
    const std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 50; ++i) out << chunk;
    out << "\"}\n";
    out << "{\"id\":\"after\",\"date\":\"2022-10-12\",\"text\":\"" << kEnglish << "\"}\n";
  }
  const CliRun r = Parley("code " + Path("huge.jsonl"));
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("huge.jsonl:1"), std::string::npos) << r.err;
  const auto events = Lines(r.out);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0]["doc_id"], "after");
}

TEST_F(CliTest, UsageErrorsExitWithTwo) {
  EXPECT_EQ(Parley("code --date 2021-13-01 x.txt").exit_code, 2);
  EXPECT_EQ(Parley("code --lang de x.txt").exit_code, 2);
  EXPECT_EQ(Parley("code --format xml x.txt").exit_code, 2);
  EXPECT_EQ(Parley("frobnicate").exit_code, 2);
  EXPECT_EQ(Parley("").exit_code, 2);
}

TEST_F(CliTest, MissingDictionariesAreFatal) {
  const CliRun r = Parley("code --dictionaries " + Path("nowhere") + " " + Write("a.txt", kEnglish));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("nowhere"), std::string::npos) << r.err;
}

TEST_F(CliTest, ExplainShowsTheAnalysis) {
  const CliRun r = Parley("explain --date 2022-10-12 " + Write("en.txt", kEnglish));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("actor 'Germany' code=DEU"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("DEU 111 RUS"), std::string::npos) << r.out;
}

TEST_F(CliTest, ExplainSaysWhyAMatchedFrameMadeNoEvent) {
  // "the attack" names no actor: the frame matches, the event has no target.
  const CliRun r = Parley("explain --lang en --date 2022-10-12 " + Write("why.txt", "Germany condemned the attack.\n"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("'condemned' 111"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("no event: no target actor in its role"), std::string::npos) << r.out;
}

}  // namespace
