// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Real-world input and clear messages, as a user meets them: Latin-1 files,
// JSON Lines on stdin, one document per line, odd files in folders,
// missing inputs, unknown commands, --version, the progress line, and
// `parley explain` giving each event's date.

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/cli_test_util.h"
#include "cli/progress.h"

namespace {

namespace fs = std::filesystem;
using parley::testing::CliRun;
using parley::testing::CliTest;

const char kFrenchUtf8[] =
    "Le pr\xC3\xA9sident fran\xC3\xA7" "ais Emmanuel Macron a f\xC3\xA9licit\xC3\xA9 mardi le chancelier allemand "
    "Olaf Scholz \xC3\xA0 l'\xC3\x89lys\xC3\xA9" "e.";
const char kFrenchLatin1[] =
    "Le pr\xE9sident fran\xE7" "ais Emmanuel Macron a f\xE9licit\xE9 mardi le chancelier allemand "
    "Olaf Scholz \xE0 l'\xC9lys\xE9" "e.";
const char kEnglish[] = "Germany condemned Russia on Tuesday, the foreign ministry in Berlin said.";

TEST_F(CliTest, ALatin1FileCodesAsItsUtf8TwinDoes) {
  const CliRun utf8 = Parley("code --date 2023-03-10 " + Write("utf8.txt", kFrenchUtf8));
  const CliRun latin1 = Parley("code --date 2023-03-10 " + Write("latin1.txt", kFrenchLatin1));
  ASSERT_EQ(latin1.exit_code, 0) << latin1.err;
  auto a = Lines(utf8.out), b = Lines(latin1.out);
  ASSERT_EQ(a.size(), 1u) << utf8.out;
  ASSERT_EQ(b.size(), a.size()) << latin1.out;
  for (size_t i = 0; i < a.size(); ++i) {
    a[i].erase("doc_id");
    b[i].erase("doc_id");
    EXPECT_EQ(a[i], b[i]);
  }
  EXPECT_NE(latin1.err.find("latin1.txt: not valid UTF-8"), std::string::npos) << latin1.err;
  EXPECT_NE(latin1.err.find("read as windows-1252"), std::string::npos) << latin1.err;
  // Told it is UTF-8, Parley skips it and says why; told to replace, codes it.
  const CliRun strict = Parley("code --encoding utf-8 --date 2023-03-10 " + Path("latin1.txt"));
  EXPECT_EQ(strict.exit_code, 3) << strict.err;
  EXPECT_NE(strict.err.find("latin1.txt"), std::string::npos);
  const CliRun forced = Parley("code --encoding latin-1 --date 2023-03-10 " + Path("latin1.txt"));
  EXPECT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_EQ(Lines(forced.out).size(), 1u);
}

TEST_F(CliTest, JsonLinesOnStdinAreRecognisedByTheirFirstByte) {
  const std::string jsonl = std::string("{\"id\":\"a\",\"date\":\"2022-10-12\",\"text\":\"") + kEnglish + "\"}\n" +
                            "{\"id\":\"b\",\"date\":\"2022-10-12\",\"text\":\"" + kEnglish + "\"}\n";
  const CliRun r = Parley("code", Write("in.jsonl", jsonl));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto events = Lines(r.out);
  ASSERT_EQ(events.size(), 2u) << r.out;
  EXPECT_EQ(events[0]["doc_id"], "a");
  EXPECT_EQ(events[1]["doc_id"], "b");
  EXPECT_NE(r.err.find("read as JSON Lines"), std::string::npos) << r.err;
  // Forced text: one document.
  const CliRun text = Parley("code --input-format text --date 2022-10-12 -", Path("in.jsonl"));
  EXPECT_NE(text.err.find("documents=1 "), std::string::npos) << text.err;
}

TEST_F(CliTest, SplitLinesMakesOneDocumentPerLineNamedByLine) {
  const std::string f = Write("corpus.txt", std::string(kEnglish) + "\n\nNo event here at all.\n" + kFrenchUtf8 + "\n");
  const CliRun r = Parley("code --split lines --date 2023-03-10 " + f);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto events = Lines(r.out);
  ASSERT_EQ(events.size(), 2u) << r.out;
  EXPECT_EQ(events[0]["doc_id"], f + ":1");
  EXPECT_EQ(events[1]["doc_id"], f + ":4");
  EXPECT_NE(r.err.find("documents=3 "), std::string::npos) << r.err;
  const CliRun p = Parley("code --split paragraphs --date 2023-03-10 " + f);
  EXPECT_NE(p.err.find("documents=2 "), std::string::npos) << p.err;
}

TEST_F(CliTest, BrokenSymlinksAndFifosInAFolderAreNamedAndCounted) {
  fs::create_directories(dir_ / "in");
  Write("in/a.txt", kEnglish);
  fs::create_symlink(dir_ / "in" / "gone.txt", dir_ / "in" / "link.txt");
  ASSERT_EQ(::mkfifo((dir_ / "in" / "pipe").c_str(), 0600), 0);
  const CliRun r = Parley("code --date 2022-10-12 " + Path("in"));
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("link.txt: broken symbolic link"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("pipe: a FIFO"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("documents=3 sentences=1 events=1 skipped=2"), std::string::npos) << r.err;
}

TEST_F(CliTest, AMissingInputIsAUsageError) {
  const CliRun r = Parley("code " + Write("a.txt", kEnglish) + " " + Path("missing.txt"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no such file or folder: " + Path("missing.txt")), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST_F(CliTest, UnknownCommandsSaySoAndVersionNamesTheData) {
  const CliRun unknown = Parley("cdoe x.txt");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("unknown command 'cdoe'"), std::string::npos) << unknown.err;
  EXPECT_NE(unknown.err.find("code"), std::string::npos);
  const CliRun version = Parley("--version");
  EXPECT_EQ(version.exit_code, 0) << version.err;
  EXPECT_EQ(version.out.rfind("parley 0.", 0), 0u) << version.out;
  EXPECT_NE(version.out.find("(commit "), std::string::npos) << version.out;
  EXPECT_NE(version.out.find("  events "), std::string::npos) << version.out;
  EXPECT_NE(version.out.find("fr.lemmas "), std::string::npos) << version.out;
}

TEST_F(CliTest, DataFolderComesFromPARLEY_DATAOrDataDir) {
  const std::string f = Write("en.txt", kEnglish);
  CliRun r = Parley("code --data-dir " + Path("empty") + " " + f);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find(Path("empty")), std::string::npos) << r.err;
  r = Parley("code --date 2022-10-12 --data-dir " + std::string(PARLEY_TEST_DATA_DIR) + " " + f);
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

// The progress line shows on a terminal only. `script` gives parley one.
TEST_F(CliTest, ProgressLineOnATerminalOnly) {
  if (std::system("command -v script >/dev/null 2>&1") != 0) GTEST_SKIP() << "util-linux script is not installed";
  std::string jsonl;
  for (int i = 0; i < 3000; ++i) {
    jsonl += "{\"id\":\"d" + std::to_string(i) + "\",\"date\":\"2022-10-12\",\"text\":\"" + kEnglish + " " +
             kEnglish + "\"}\n";
  }
  const std::string f = Write("news.jsonl", jsonl);
  const std::string cmd = std::string(PARLEY_BINARY) + " code --threads 1 -o " + Path("o.jsonl") + " " + f;
  auto on_terminal = [&](const std::string& extra) {
    const std::string log = Path("typescript");
    const std::string s = "script -qfec '" + cmd + extra + "' " + log + " >/dev/null 2>&1 </dev/null";
    EXPECT_EQ(std::system(s.c_str()), 0);
    return Slurp(log);
  };
  const std::string shown = on_terminal("");
  EXPECT_NE(shown.find(" sentences/s, "), std::string::npos) << shown;
  EXPECT_NE(shown.find("% of input"), std::string::npos) << shown;
  EXPECT_NE(shown.find("documents=3000 "), std::string::npos) << shown;  // the summary as always
  const std::string quiet = on_terminal(" --quiet");
  EXPECT_EQ(quiet.find("sentences/s"), std::string::npos) << quiet;
  const CliRun piped = Parley("code -o " + Path("p.jsonl") + " " + f);
  EXPECT_EQ(piped.err.find("sentences/s"), std::string::npos) << piped.err;
}

TEST(ProgressTest, FormatGivesRateShareAndTimeLeft) {
  EXPECT_EQ(parley::cli::FormatProgress(1200, 5000, 250, 1000, 10.0),
            "parley: 1200 documents, 500 sentences/s, 25.0% of input, 0:30 left");
  EXPECT_EQ(parley::cli::FormatProgress(7, 70, 0, 0, 2.0), "parley: 7 documents, 35 sentences/s");
}

TEST_F(CliTest, ExplainGivesEachEventsDate) {
  const CliRun r = Parley("explain --date 2023-03-10 " + Write("fr.txt", kFrenchUtf8));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("events written (publication date 2023-03-10)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("FRAGOV 051 DEUGOV date=2023-03-07"), std::string::npos) << r.out;
}

}  // namespace
