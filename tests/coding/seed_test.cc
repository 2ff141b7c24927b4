// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Acceptance: the reference dispatch (../shared/seed/dispatch-fr.txt), coded
// with publication date 2021-02-05, against ../shared/seed/expected.json:
// every expected group found, and no event outside `expect`/`optional`.
// Skips with a message when ../shared is absent (the repo must not need it).

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "coding/gold_util.h"

namespace parley::testing {
namespace {

std::string SharedDir() { return std::string(PARLEY_SOURCE_DIR) + "/../shared"; }

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Expected FromTriple(const nlohmann::json& t, const std::string& date) {
  return Expected{t.at(0).get<std::string>(), t.at(1).get<std::string>(), t.at(2).get<std::string>(), date};
}

TEST(SeedAcceptance, ReferenceDispatchCodedAsExpected) {
  const std::string dispatch = SharedDir() + "/seed/dispatch-fr.txt";
  const std::string expected_path = SharedDir() + "/seed/expected.json";
  if (!std::filesystem::exists(dispatch) || !std::filesystem::exists(expected_path)) {
    GTEST_SKIP() << "../shared/seed is absent: the acceptance test needs the reference dispatch";
  }
  const auto expected = nlohmann::json::parse(ReadFile(expected_path));

  CoderOptions options;
  options.default_date = *Date::ParseIso(expected.at("date").get<std::string>());
  auto coder = Coder::Create(options);
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
  Document doc;
  doc.id = "dispatch-fr";
  doc.text = ReadFile(dispatch);  // no date field: the header and --date give it
  std::vector<Event> events;
  DocumentStats stats;
  ASSERT_TRUE((*coder)->Code(doc, &events, &stats).ok());
  EXPECT_EQ(stats.language, Language::kFrench);
  EXPECT_EQ(stats.publication_date.ToIso(), "2021-02-05");
  EXPECT_EQ(stats.sentences, 11u) << "the header line is not a sentence; 11 follow it";

  std::vector<Expected> allowed;
  int groups = 0, found = 0;
  for (const auto& group : expected.at("events")) {
    ++groups;
    const std::string date = group.contains("date") ? group.at("date").get<std::string>() : "";
    bool any = false;
    std::string options_text;
    for (const auto& triple : group.at("expect")) {
      const Expected x = FromTriple(triple, date);
      allowed.push_back(Expected{x.source, x.code, x.target, ""});
      options_text += " [" + Render(x) + "]";
      any |= std::any_of(events.begin(), events.end(), [&](const Event& e) { return Matches(x, e); });
    }
    found += any;
    EXPECT_TRUE(any) << "sentence " << group.at("sentence") << ": none of" << options_text;
  }
  for (const auto& group : expected.at("optional")) {
    for (const auto& triple : group.at("events")) allowed.push_back(FromTriple(triple, ""));
  }
  for (const Event& e : events) {
    EXPECT_TRUE(std::any_of(allowed.begin(), allowed.end(), [&](const Expected& x) { return Matches(x, e); }))
        << "unexpected event " << Render(e) << " in sentence " << e.sentence << ": " << e.evidence;
    // Evidence quotes the document exactly.
    ASSERT_FALSE(e.evidence_span.empty());
    EXPECT_EQ(doc.text.substr(e.evidence_span.begin, e.evidence_span.end - e.evidence_span.begin), e.evidence);
  }
  std::printf("seed: %d of %d expected groups found, %zu events\n", found, groups, events.size());
  EXPECT_EQ(found, 15);
}

// The Secretary of State is a government actor only during his term.
TEST(SeedAcceptance, BlinkenIsUsagovOnlyWhileInOffice) {
  auto coder = Coder::Create(CoderOptions{});
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
  for (const auto& [date, code] : std::vector<std::pair<std::string, std::string>>{
           {"2021-02-05", "USAGOV"}, {"2026-03-01", "USA"}}) {
    Document doc;
    doc.id = "blinken-" + date;
    doc.text = "M. Lavrov a félicité M. Blinken pour sa nomination.";
    doc.lang = Language::kFrench;
    doc.date = *Date::ParseIso(date);
    std::vector<Event> events;
    ASSERT_TRUE((*coder)->Code(doc, &events).ok());
    ASSERT_EQ(events.size(), 1u) << date;
    EXPECT_EQ(events[0].target, code) << date;
  }
}

}  // namespace
}  // namespace parley::testing
