// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The frozen gold sentences (tests/gold/, written before the dictionaries by
// an author who had not seen them) as a quality floor, and the held-out set
// (tests/heldout/, by another author who saw neither; only its score is
// ever looked at, never its misses). Each sentence is
// coded alone, with its publication date; it is "right" when the events are
// exactly the expected ones. The test reports every miss, and fails only if
// the number coded right drops below the floor or fewer CAMEO roots than the
// floor are covered by right codings: floors only ever move up.

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "coding/gold_util.h"

namespace parley::testing {
namespace {

struct Floor {
  const char* file;  // under tests/
  Language lang;
  int min_right;
  int min_roots;
  bool show_misses;  // false for the held-out set: only its score is looked at
};

class GoldTest : public ::testing::TestWithParam<Floor> {};

TEST_P(GoldTest, CodedRightAtLeastTheFloor) {
  const Floor floor = GetParam();
  const auto cases = ReadGold(std::string(PARLEY_SOURCE_DIR) + "/tests/" + floor.file);
  ASSERT_GT(cases.size(), 0u) << "no gold cases read from " << floor.file;
  auto coder = Coder::Create(CoderOptions{});
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();

  int right = 0;
  int true_positives = 0, false_negatives = 0, false_positives = 0;  // event level
  std::set<std::string> roots;
  std::map<std::string, int> by_root_total, by_root_right;
  for (const GoldCase& c : cases) {
    Document doc;
    doc.id = c.id;
    doc.text = c.sentence;
    doc.lang = floor.lang;
    auto date = Date::ParseIso(c.date);
    ASSERT_TRUE(date.has_value()) << c.id << ": bad date " << c.date;
    doc.date = *date;
    std::vector<Event> events;
    Status st = (*coder)->Code(doc, &events);
    ASSERT_TRUE(st.ok()) << c.id << ": " << st.ToString();
    CapitalsAsBareCountries(**coder, doc, &events);
    const auto expected = ParseExpected(c.expected_field);
    for (const Expected& x : expected) ++by_root_total[x.code.substr(0, 2)];
    for (const Expected& x : expected) {
      const bool hit = std::any_of(events.begin(), events.end(), [&](const Event& e) { return Matches(x, e); });
      (hit ? true_positives : false_negatives) += 1;
    }
    for (const Event& e : events) {
      false_positives += !ImpliedPair(expected, e) &&
                         std::none_of(expected.begin(), expected.end(), [&](const Expected& x) { return Matches(x, e); });
    }
    if (CodedRight(expected, events)) {
      ++right;
      for (const Expected& x : expected) {
        roots.insert(x.code.substr(0, 2));
        ++by_root_right[x.code.substr(0, 2)];
      }
      continue;
    }
    if (!floor.show_misses) continue;
    std::string got;
    for (const Event& e : events) got += (got.empty() ? "" : " ; ") + Render(e);
    std::printf("MISS %s (line %d): expected [%s] got [%s]\n   %s\n", c.id.c_str(), c.line, c.expected_field.c_str(),
                got.empty() ? "-" : got.c_str(), c.sentence.c_str());
  }
  std::printf("%s: %d of %zu sentences coded right (%.1f%%), %zu CAMEO roots among them\n", floor.file, right,
              cases.size(), 100.0 * right / cases.size(), roots.size());
  const double precision = true_positives + false_positives ? 1.0 * true_positives / (true_positives + false_positives) : 0;
  const double recall = true_positives + false_negatives ? 1.0 * true_positives / (true_positives + false_negatives) : 0;
  std::printf("%s: events: precision %.3f (%d of %d coded), recall %.3f (%d of %d expected)\n", floor.file, precision,
              true_positives, true_positives + false_positives, recall, true_positives, true_positives + false_negatives);
  for (const auto& [root, total] : by_root_total) {
    std::printf("  root %s: %d of %d expected events in right sentences\n", root.c_str(), by_root_right[root], total);
  }
  EXPECT_GE(right, floor.min_right) << "gold floor dropped for " << floor.file;
  EXPECT_GE(static_cast<int>(roots.size()), floor.min_roots) << "fewer CAMEO roots coded right in " << floor.file;
}

// Floors: the figures measured when they were last raised (see git log).
// They were reset once, when the event frames over the syntax stage replaced
// the linear patterns (2026-12-01): the patterns had been grown on these
// very sentences (gold fr 75, en 45; dev fr 46, en 32; held-out fr 29, en
// 26), the frames were written without them and are measured on real text
// (tests/realdev). Getting back above the old figures is part of issue 6.
INSTANTIATE_TEST_SUITE_P(Gold, GoldTest,
                         ::testing::Values(Floor{"gold/fr.tsv", Language::kFrench, 67, 16, true},
                                           Floor{"gold/en.tsv", Language::kEnglish, 36, 13, true},
                                           Floor{"dev/fr.tsv", Language::kFrench, 46, 14, true},
                                           Floor{"dev/en.tsv", Language::kEnglish, 27, 11, true},
                                           Floor{"heldout/fr.tsv", Language::kFrench, 38, 17, false},
                                           Floor{"heldout/en.tsv", Language::kEnglish, 27, 10, false},
                                           // Written with the frames they test (tests/breadth/{en,fr}.tsv headers).
                                           Floor{"breadth/en.tsv", Language::kEnglish, 603, 19, true},
                                           Floor{"breadth/fr.tsv", Language::kFrench, 567, 20, true}),
                         [](const auto& info) {
                           const std::string set = std::string(info.param.file).substr(0, std::string(info.param.file).find('/'));
                           return set + (info.param.lang == Language::kFrench ? "French" : "English");
                         });

}  // namespace
}  // namespace parley::testing
