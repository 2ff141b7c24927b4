// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The actor dictionary's dated offices, partial dates, shared names resolved
// by date, surnames, the trie matcher, the gazetteer, and `dict lint`'s
// checks (each on a small file made for it), plus the lint of the real
// dictionaries, which must pass.

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "dictionaries/actor_dictionary.h"
#include "dictionaries/lint.h"
#include "dictionaries/phrase.h"
#include "dictionaries/phrase_matcher.h"
#include "dictionaries/place_dictionary.h"
#include "parley/coder.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() / ("parley-actors-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& content) const {
    const fs::path p = path_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p) << content;
    return p.string();
  }
  std::string path() const { return path_.string(); }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

std::vector<KeyedToken> Tokens(const std::vector<std::string>& keys, const Vocabulary& vocabulary) {
  std::vector<KeyedToken> out(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    out[i].key = keys[i];
    out[i].key_id = vocabulary.Find(keys[i]);
    out[i].word = true;
    out[i].capitalized = true;
  }
  return out;
}

TEST(DateBound, YearAndMonthBoundsCoverTheWholePeriod) {
  EXPECT_EQ(ParseDateBound("1994", false), (Date{1994, 1, 1}));
  EXPECT_EQ(ParseDateBound("1994", true), (Date{1994, 12, 31}));
  EXPECT_EQ(ParseDateBound("2000-02", true), (Date{2000, 2, 29}));
  EXPECT_EQ(ParseDateBound("2001-02", true), (Date{2001, 2, 28}));
  EXPECT_EQ(ParseDateBound("2001-02-03", true), (Date{2001, 2, 3}));
  EXPECT_FALSE(ParseDateBound("2001-13", false).has_value());
  EXPECT_FALSE(ParseDateBound("01-02", false).has_value());
}

TEST(DatedCode, ReadsAnOfficeAndRefusesOneWithoutARange) {
  DatedCode c;
  std::string error;
  ASSERT_TRUE(ParseDatedCode("USAGOV 2021-01-26..2025-01-20 foreign-minister", &c, &error)) << error;
  EXPECT_EQ(c.office, "foreign-minister");
  EXPECT_FALSE(c.shared_office);
  ASSERT_TRUE(ParseDatedCode("BIHGOV 2018-11..2022-11 head-of-state+", &c, &error)) << error;
  EXPECT_TRUE(c.shared_office);
  EXPECT_EQ(c.from, (Date{2018, 11, 1}));
  EXPECT_EQ(c.to, (Date{2022, 11, 30}));
  EXPECT_FALSE(ParseDatedCode("USA foreign-minister", &c, &error));
  EXPECT_FALSE(ParseDatedCode("USAGOV 2021..2022 Foreign", &c, &error));
  EXPECT_FALSE(ParseDatedCode("USAGOV 2021..2022 foreign-minister extra", &c, &error));
}

TEST(PhraseMatcher, LongestPhraseWinsAndSharedPhrasesKeepEveryPayload) {
  auto vocabulary = std::make_shared<Vocabulary>();
  PhraseMatcher m(false, vocabulary);
  m.Add({"gaza"}, 1, PhraseMatcher::Case::kCapitalized);
  m.Add({"bande", "de", "gaza"}, 2, PhraseMatcher::Case::kAny);
  m.Add({"moscou"}, 3, PhraseMatcher::Case::kCapitalized);
  m.Add({"moscou"}, 4, PhraseMatcher::Case::kCapitalized);
  m.Add({"moscou"}, 4, PhraseMatcher::Case::kCapitalized);  // a spelling folding alike: one payload
  const std::vector<std::string> text = {"bande", "de", "gaza", "moscou"};
  auto tokens = Tokens(text, *vocabulary);
  std::vector<uint32_t> payloads;
  EXPECT_EQ(m.LongestMatchAll(tokens, 0, &payloads), 3u);
  EXPECT_EQ(payloads, (std::vector<uint32_t>{2}));
  EXPECT_EQ(m.LongestMatchAll(tokens, 2, &payloads), 1u);
  EXPECT_EQ(payloads, (std::vector<uint32_t>{1}));
  EXPECT_EQ(m.LongestMatchAll(tokens, 3, &payloads), 1u);
  EXPECT_EQ(payloads, (std::vector<uint32_t>{3, 4}));
  tokens[2].capitalized = false;  // "gaza" in lower case is no name
  EXPECT_EQ(m.LongestMatchAll(tokens, 2, &payloads), 0u);
}

// "La réunion des ministres" at the start of a sentence is no La Réunion: a
// capital the first word may owe to the sentence needs the name's other
// capitals; elsewhere the first word's is enough ("Iraq's Kurdistan region").
TEST(PhraseMatcher, SentenceInitialNamesNeedTheirOtherCapitals) {
  EXPECT_EQ(CapitalizedKeys("La Réunion"), 0b11);
  EXPECT_EQ(CapitalizedKeys("l'Union européenne"), 0b010);
  EXPECT_EQ(CapitalizedKeys("Kurdistan Region"), 0b11);
  auto vocabulary = std::make_shared<Vocabulary>();
  PhraseMatcher m(false, vocabulary);
  m.Add(PhraseKeys("La Réunion"), 1, PhraseMatcher::Case::kCapitalized, CapitalizedKeys("La Réunion"));
  m.Add(PhraseKeys("Kurdistan Region"), 2, PhraseMatcher::Case::kCapitalized, CapitalizedKeys("Kurdistan Region"));
  const std::vector<std::string> text = {"la", "reunion", "kurdistan", "region"};
  auto tokens = Tokens(text, *vocabulary);
  uint32_t payload = 0;
  tokens[0].sentence_initial = true;                         // "La réunion"
  tokens[1].capitalized = tokens[3].capitalized = false;     // "Kurdistan region"
  EXPECT_EQ(m.LongestMatch(tokens, 0, &payload), 0u);
  EXPECT_EQ(m.LongestMatch(tokens, 2, &payload), 2u);
  EXPECT_EQ(payload, 2u);
  tokens[1].capitalized = true;  // "La Réunion"
  EXPECT_EQ(m.LongestMatch(tokens, 0, &payload), 2u);
  EXPECT_EQ(payload, 1u);
  tokens[1].capitalized = false;
  tokens[0].all_caps = true;  // "LA REUNION" in a headline of capitals (whose common words lose their capital)
  EXPECT_EQ(m.LongestMatch(tokens, 0, &payload), 2u);
}

// "au Caire", "du Caire": a place named with the article "Le" is found after
// the article's contractions, and only there ("Caire" alone is not "Le Caire");
// other names (newspapers: "la Coupe du Monde") are not.
TEST(PhraseMatcher, PlaceNamesWithAnArticleMatchAfterItsContractions) {
  auto vocabulary = std::make_shared<Vocabulary>();
  PhraseMatcher m(false, vocabulary);
  m.AddPlaceName(PhraseKeys("Le Caire"), 1, PhraseMatcher::Case::kCapitalized, CapitalizedKeys("Le Caire"));
  m.AddPlaceName(PhraseKeys("Les Cayes"), 2, PhraseMatcher::Case::kCapitalized, CapitalizedKeys("Les Cayes"));
  m.Add(PhraseKeys("Le Monde"), 3, PhraseMatcher::Case::kCapitalized, CapitalizedKeys("Le Monde"));
  const std::vector<std::string> text = {"au", "caire", "du", "caire", "aux", "cayes", "du", "monde", "caire", "le", "caire"};
  auto tokens = Tokens(text, *vocabulary);
  for (auto& t : tokens) t.capitalized = t.key != "au" && t.key != "du" && t.key != "aux" && t.key != "le";
  uint32_t payload = 0;
  EXPECT_EQ(m.LongestMatch(tokens, 1, &payload), 1u);
  EXPECT_EQ(payload, 1u);
  EXPECT_EQ(m.LongestMatch(tokens, 3, &payload), 1u);
  EXPECT_EQ(m.LongestMatch(tokens, 5, &payload), 1u);
  EXPECT_EQ(payload, 2u);
  EXPECT_EQ(m.LongestMatch(tokens, 7, &payload), 0u);  // "du Monde"
  EXPECT_EQ(m.LongestMatch(tokens, 8, &payload), 0u);  // "Caire" after no contraction
  tokens[9].capitalized = true;                        // "Le Caire"
  EXPECT_EQ(m.LongestMatch(tokens, 9, &payload), 2u);
  EXPECT_EQ(payload, 1u);
  tokens[3].capitalized = false;  // "du caire": a place needs its capital
  EXPECT_EQ(m.LongestMatch(tokens, 3, &payload), 0u);
}

TEST(PhraseMatcher, LemmaReadingsBranch) {
  auto vocabulary = std::make_shared<Vocabulary>();
  PhraseMatcher m(true, vocabulary);
  m.Add({"ministre", "de", "la", "defense"}, 7, PhraseMatcher::Case::kAny);
  const std::vector<std::string> text = {"ministres", "de", "la", "defense"};
  auto tokens = Tokens(text, *vocabulary);
  tokens[0].lemma_ids[0] = vocabulary->Find("ministre");
  tokens[0].lemma_count = 1;
  uint32_t payload = 0;
  EXPECT_EQ(m.LongestMatch(tokens, 0, &payload), 4u);
  EXPECT_EQ(payload, 7u);
}

constexpr char kCountries[] =
    "Union soviétique | URSS | USSR\n"
    "    capitals: Moscou | Moscow\n"
    "    SUN ..1991-12-25\n"
    "    type: country\n"
    "    adjectives: soviétique | soviétiques | Soviet\n"
    "Russie | Russia\n"
    "    capitals: Moscou | Moscow\n"
    "    RUS\n"
    "    type: country\n"
    "    iso2: RU\n"
    "Ukraine\n"
    "    UKR\n"
    "    type: country\n"
    "    iso2: UA\n"
    "États-Unis | United States\n"
    "    USA\n"
    "    type: country\n"
    "    iso2: US\n";

TEST(ActorDictionary, ASharedNameResolvesToTheEntryInForceOnTheDate) {
  TempDir dir;
  dir.Write("actors/countries/test.txt", kCountries);
  auto vocabulary = std::make_shared<Vocabulary>();
  auto dict = ActorDictionary::Load(dir.path() + "/actors", vocabulary);
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  auto tokens = Tokens(PhraseKeys("Moscou"), *vocabulary);
  std::vector<uint32_t> payloads;
  ASSERT_EQ(dict->names().LongestMatchAll(tokens, 0, &payloads), 1u);
  ASSERT_EQ(payloads.size(), 2u);
  auto any = [](uint32_t) { return true; };
  uint32_t chosen = 0;
  ASSERT_TRUE(dict->Resolve(payloads, Date{1985, 3, 11}, any, &chosen));
  EXPECT_EQ(dict->entry(ActorDictionary::EntryOf(chosen)).CodeOn(Date{1985, 3, 11}), "SUN");
  EXPECT_TRUE(ActorDictionary::IsCity(chosen));
  ASSERT_TRUE(dict->Resolve(payloads, Date{2000, 1, 1}, any, &chosen));
  EXPECT_EQ(dict->entry(ActorDictionary::EntryOf(chosen)).CodeOn(Date{2000, 1, 1}), "RUS");
  // "URSS" in 2000: the entry has no code on that date.
  tokens = Tokens(PhraseKeys("URSS"), *vocabulary);
  tokens[0].all_caps = true;
  ASSERT_EQ(dict->names().LongestMatchAll(tokens, 0, &payloads), 1u);
  EXPECT_FALSE(dict->Resolve(payloads, Date{2000, 1, 1}, any, &chosen));
  EXPECT_EQ(dict->CountryByIso2("RU"), 1);
}

TEST(ActorDictionary, ASurnameCountsOnlyWhenAllowed) {
  TempDir dir;
  dir.Write("actors/countries/test.txt", kCountries);
  dir.Write("actors/people/test.txt",
            "Antony Blinken | Tony Blinken\n"
            "    USAGOV 2021-01-26..2025-01-20 foreign-minister\n"
            "    USA\n"
            "    type: person\n"
            "    surname: Blinken\n");
  auto vocabulary = std::make_shared<Vocabulary>();
  auto dict = ActorDictionary::Load(dir.path() + "/actors", vocabulary);
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  auto tokens = Tokens(PhraseKeys("Blinken"), *vocabulary);
  std::vector<uint32_t> payloads;
  ASSERT_EQ(dict->names().LongestMatchAll(tokens, 0, &payloads), 1u);
  uint32_t chosen = 0;
  EXPECT_FALSE(dict->Resolve(payloads, Date{2021, 2, 5}, [](uint32_t) { return false; }, &chosen));
  ASSERT_TRUE(dict->Resolve(payloads, Date{2021, 2, 5}, [](uint32_t) { return true; }, &chosen));
  EXPECT_EQ(ActorDictionary::KindOf(chosen), NameKind::kSurname);
  EXPECT_EQ(dict->entry(ActorDictionary::EntryOf(chosen)).CodeOn(Date{2021, 2, 5}), "USAGOV");
  EXPECT_EQ(dict->entry(ActorDictionary::EntryOf(chosen)).CodeOn(Date{2026, 2, 5}), "USA");
}

TEST(PlaceDictionary, HandWrittenPlacesReplaceTheSeedAndBadLinesAreNamed) {
  TempDir dir;
  dir.Write("actors/countries/test.txt", kCountries);
  dir.Write("places/europe.tsv",
            "# country admin1 lat lon kind names\n"
            "UKR\tDonetsk\t48.5953\t38.0000\ttown\tBakhmout | Bakhmut | Artemivsk\n"
            "UKR\t-\t50.4501\t30.5234\tcapital\tKiev | Kyiv | Kyïv\n");
  dir.Write("data/places-gweather.tsv",
            "@UA\t-\t50.45\t30.52\tcity\tKiev\n"
            "@UA\tKharkiv Oblast\t49.99\t36.23\tcity\tKharkiv | Kharkov\n"
            "@ZZ\t-\t1\t1\tcity\tNowhere\n"
            "@UA\t-\t1\t900\tcity\tBroken\n");
  auto vocabulary = std::make_shared<Vocabulary>();
  auto actors = ActorDictionary::Load(dir.path() + "/actors", vocabulary);
  ASSERT_TRUE(actors.ok());
  auto places = PlaceDictionary::Load(dir.path() + "/places", dir.path() + "/data", *actors, vocabulary);
  ASSERT_TRUE(places.ok()) << places.status().ToString();
  EXPECT_EQ(places->size(), 3u) << "Kiev from the seed is replaced; the unknown country and the bad line are skipped";
  EXPECT_EQ(places->warnings().size(), 2u);
  auto tokens = Tokens(PhraseKeys("Bakhmut"), *vocabulary);
  std::vector<uint32_t> payloads;
  ASSERT_EQ(places->names().LongestMatchAll(tokens, 0, &payloads), 1u);
  EXPECT_EQ(places->place(payloads[0]).country, "UKR");
  EXPECT_EQ(places->place(payloads[0]).admin1, "Donetsk");
  EXPECT_NEAR(places->place(payloads[0]).latitude, 48.5953, 1e-9);

  dir.Write("places/bad.tsv", "UKR\t-\t95\t30\tcity\tNorth of the pole\n");
  auto bad = PlaceDictionary::Load(dir.path() + "/places", "", *actors, vocabulary);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("bad.tsv:1"), std::string::npos) << bad.status().message();
}

// A minimal dictionary tree for LintDictionaries: the real code book and
// events, and the actors given.
std::string LintTree(const TempDir& dir, const std::string& people) {
  const std::string real = std::string(PARLEY_SOURCE_DIR) + "/dictionaries";
  fs::create_directories(dir.path() + "/dict/cameo");
  fs::copy(real + "/cameo/codebook.tsv", dir.path() + "/dict/cameo/codebook.tsv");
  fs::copy(real + "/events", dir.path() + "/dict/events", fs::copy_options::recursive);
  dir.Write("dict/actors/countries/test.txt", kCountries);
  dir.Write("dict/actors/organisations/intl.txt", "Nations unies | United Nations\n    IGOUNO\n    type: organisation\n");
  dir.Write("dict/actors/people/test.txt", people);
  return dir.path() + "/dict";
}

std::vector<std::string> Errors(const LintReport& r) {
  std::vector<std::string> out;
  for (const LintFinding& f : r.findings) {
    if (f.error) out.push_back(f.where + ": " + f.message);
  }
  return out;
}

TEST(Lint, TwoHoldersOfOneOfficeForMoreThanAMonthIsAnError) {
  TempDir dir;
  LintOptions o;
  o.dictionary_dir = LintTree(dir,
                              "A One\n    USAGOV 2001-01-20..2005-01-26 foreign-minister\n    type: person\n"
                              "B Two\n    USAGOV 2005-01-26..2009-01-20 foreign-minister\n    type: person\n"
                              "C Three\n    USAGOV 2008-06-01..2013-02-01 foreign-minister\n    type: person\n"
                              "D Four\n    USAGOV 2008-06-01..2013-02-01 minister\n    type: person\n");
  const LintReport r = LintDictionaries(o);
  const auto errors = Errors(r);
  ASSERT_EQ(errors.size(), 1u) << ::testing::PrintToString(errors);
  EXPECT_NE(errors[0].find("C Three"), std::string::npos);
  EXPECT_NE(errors[0].find("B Two"), std::string::npos);
  EXPECT_EQ(r.counts.person_role_spans, 4u);
  EXPECT_EQ(r.counts.persons, 4u);
}

TEST(Lint, UnknownCountriesRolesOfficesAndOrganisationCodesAreErrors) {
  TempDir dir;
  LintOptions o;
  o.dictionary_dir = LintTree(dir,
                              "A One\n    XYZGOV 2001..2002 foreign-minister\n    type: person\n"
                              "B Two\n    USAABC 2001..2002 minister\n    type: person\n"
                              "C Three\n    USAGOV 2001..2002 chief-wizard\n    type: person\n"
                              "D Four\n    IGONOPE 2001..2002 igo-head\n    type: person\n"
                              "E Five\n    IGOUNO 2001..2002 igo-head\n    USA\n    type: person\n");
  const auto errors = Errors(LintDictionaries(o));
  ASSERT_EQ(errors.size(), 4u) << ::testing::PrintToString(errors);
  EXPECT_NE(errors[0].find("XYZ"), std::string::npos);
  EXPECT_NE(errors[1].find("unknown role ABC"), std::string::npos);
  EXPECT_NE(errors[2].find("chief-wizard"), std::string::npos);
  EXPECT_NE(errors[3].find("IGONOPE"), std::string::npos);
}

TEST(Lint, TheProjectDictionariesPass) {
  LintOptions o;
  o.dictionary_dir = std::string(PARLEY_SOURCE_DIR) + "/dictionaries";
  o.data_dir = PARLEY_TEST_DATA_DIR;
  const LintReport r = LintDictionaries(o);
  const auto errors = Errors(r);
  EXPECT_TRUE(errors.empty()) << ::testing::PrintToString(errors);
  const LintCounts& n = r.counts;
  std::printf("countries=%llu persons=%llu person_role_spans=%llu organisations=%llu places=%llu\n",
              static_cast<unsigned long long>(n.countries), static_cast<unsigned long long>(n.persons),
              static_cast<unsigned long long>(n.person_role_spans), static_cast<unsigned long long>(n.organisations),
              static_cast<unsigned long long>(n.places));
  EXPECT_GE(n.countries, 190u);
}

}  // namespace
}  // namespace parley
