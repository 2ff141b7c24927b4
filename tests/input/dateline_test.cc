// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "input/dateline.h"

#include <string>

#include <gtest/gtest.h>

namespace parley {
namespace {

struct Case {
  const char* text;
  int default_year;
  const char* want;  // ISO date, or "" for no match
  bool header;       // a whole header line is reported
};

// Renders a match as "2021-02-05 header=<line>" so failures read like the spec.
std::string Render(std::string_view text, int year) {
  auto m = FindDatelineDate(text, year);
  if (!m) return "";
  std::string s = m->date.ToIso();
  if (m->header_end > m->header_begin) {
    s += " header=" + std::string(text.substr(m->header_begin, m->header_end - m->header_begin));
  }
  return s;
}

TEST(DatelineTest, Table) {
  const Case cases[] = {
      // French header lines.
      {"Dernière mise à jour à 09h04 le 05/02\nLa Russie a expulsé...", 2021, "2021-02-05", true},
      {"Mis à jour le 05/02/2021 à 09:04\nTexte.", 0, "2021-02-05", true},
      {"Publié le 5 février 2021\nTexte.", 0, "2021-02-05", true},
      {"Publié le jeudi 4 février 2021 à 10h30, mis à jour à 11h\nTexte.", 0, "2021-02-04", true},
      {"  Mise à jour le 1er mars  \nTexte.", 2022, "2022-03-01", true},
      {"PUBLIÉ LE 5 FÉVRIER 2021\nTexte.", 0, "2021-02-05", true},
      {"Paris, le 5 février 2021\nMonsieur,", 0, "2021-02-05", true},
      // French datelines.
      {"PARIS, 4 février (AFP) - Le gouvernement a annoncé", 2021, "2021-02-04", false},
      {"Moscou, 4 fév (Reuters) - La Russie a expulsé", 2021, "2021-02-04", false},
      {"Titre de l'article\nPARIS, 4 février 2020 (AFP) — Texte", 2021, "2020-02-04", false},
      {"SAINT-DENIS, 12 août (AFP) - Texte", 2021, "2021-08-12", false},
      // English.
      {"MOSCOW, Feb 4 (Reuters) - Russia expelled", 2021, "2021-02-04", false},
      {"WASHINGTON, February 4, 2021 (AP) \xE2\x80\x94 The Senate", 0, "2021-02-04", false},
      {"ST. PETERSBURG, Feb. 4 (Reuters) - Text", 2021, "2021-02-04", false},
      {"Updated: Feb. 4, 2021\nRussia expelled three diplomats.", 0, "2021-02-04", true},
      {"February 4, 2021\nRussia expelled three diplomats.", 0, "2021-02-04", true},
      {"Published on Thursday, 4 February 2021 at 9:04 am GMT\nText", 0, "2021-02-04", true},
      {"Last updated 02/04/2021\nText", 0, "2021-02-04", true},  // English header: US month/day
      {"Updated 25/12/2021\nText", 0, "2021-12-25", true},      // only day/month is a date
      {"Posted 2021-02-04 09:04 UTC\nText", 0, "2021-02-04", true},
      // No year anywhere and no default: nothing.
      {"Publié le 5 février\nTexte.", 0, "", false},
      {"MOSCOW, Feb 4 (Reuters) - Russia", 0, "", false},
      // Not real calendar days.
      {"Publié le 30 février 2021\nTexte.", 0, "", false},
      {"Mis à jour le 31/04/2021\nTexte.", 0, "", false},
      {"PARIS, 29 février (AFP) - Texte", 2021, "", false},
      {"PARIS, 29 février (AFP) - Texte", 2020, "2020-02-29", false},
      // Dates inside ordinary sentences are not datelines.
      {"Le 4 février 2021, la Russie a expulsé trois diplomates.", 0, "", false},
      {"Russia expelled three diplomats on February 4, 2021, officials said.", 0, "", false},
      {"MOSCOW (Reuters) - Russia expelled three diplomats.", 2021, "", false},
      {"", 2021, "", false},
  };
  for (const Case& c : cases) {
    std::string want = c.want;
    if (c.header && !want.empty()) {
      std::string_view t = c.text;
      std::string_view first = t.substr(0, t.find('\n'));
      while (!first.empty() && first.front() == ' ') first.remove_prefix(1);
      while (!first.empty() && first.back() == ' ') first.remove_suffix(1);
      want += " header=" + std::string(first);
    }
    EXPECT_EQ(Render(c.text, c.default_year), want) << c.text;
  }
}

TEST(DatelineTest, NeverReadsPast600Bytes) {
  std::string text(590, 'x');
  text += "\nPARIS, 4 février (AFP) - Texte";
  EXPECT_FALSE(FindDatelineDate(text, 2021).has_value());
  std::string near = std::string(20, 'x') + "\nPARIS, 4 février (AFP) - Texte";
  EXPECT_TRUE(FindDatelineDate(near, 2021).has_value());
}

// A story on one long line (more than a header line can be) is skipped
// unless a comma comes early enough to end a dateline's place: the shortcut
// must still find every dateline, Unicode spaces before it included.
TEST(DatelineTest, LongLinesKeepTheirDatelines) {
  const std::string story(300, 'x');
  EXPECT_EQ(Render("MOSCOW, Feb 4 (Reuters) - Russia expelled " + story, 2021), "2021-02-04");
  // The longest place a dateline may have (its comma at byte 47), after spaces.
  const std::string place = "ABCDEFGHIJ ABCDEFGHIJ ABCDEFGHIJ ABCDEFGHIJ ABC";
  EXPECT_EQ(Render("\xC2\xA0\xE2\x80\xAF  " + place + ", Feb 4 (Reuters) - " + story, 2021), "2021-02-04");
  EXPECT_EQ(Render("\xC2\xA0\xE2\x80\xAF  " + place + "D, Feb 4 (Reuters) - " + story, 2021), "");
  EXPECT_EQ(Render("Russia expelled three diplomats on Feb 4, 2021, officials said, " + story, 2021), "");
  EXPECT_EQ(Render("A long line with no early comma at all but a date Feb 4, 2021 " + story, 2021), "");
}

TEST(DatelineTest, OddBytesDoNotCrash) {
  std::string s;
  for (int i = 0; i < 600; ++i) s.push_back(static_cast<char>(i * 37 + 11));
  (void)FindDatelineDate(s, 2021);
  (void)FindDatelineDate("\xE2\x80", 2021);
  (void)FindDatelineDate("\xC3", 2021);
  const auto m = FindDatelineDate("PARIS\xC2\xA0, 4\xE2\x80\xAF" "f\xC3\xA9vrier (AFP) \xE2\x80\x93 x", 2021);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->date, (Date{2021, 2, 4}));
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// The coder needs to know where a dateline ends, so that its date is taken
// as the publication date and not as a time expression of the first
// sentence (the document's own `date` must win over it).
TEST(DatelineTest, DatelineEndIsJustPastTheDashOrAgency) {
  const std::string_view a = "PARIS, 4 février (AFP) - Le président a parlé.";
  auto m = FindDatelineDate(a, 2021);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(a.substr(0, m->dateline_end), "PARIS, 4 février (AFP) -");
  const std::string_view b = "MOSCOW, Feb 4 (Reuters) Lavrov said.";
  m = FindDatelineDate(b, 2021);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(b.substr(0, m->dateline_end), "MOSCOW, Feb 4 (Reuters)");
  m = FindDatelineDate("Dernière mise à jour à 09h04 le 05/02\nTexte.", 2021);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->dateline_end, 0u);  // a header line, left out of the sentences
}

}  // namespace
}  // namespace parley
