// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The dictionary formats: phrase keys, the actor, agent, event-pattern and
// lexicon loaders (good files, and malformed lines named by file and line),
// dated actor codes, and loading the real dictionaries.

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "dictionaries/actor_dictionary.h"
#include "dictionaries/agent_dictionary.h"
#include "dictionaries/lexicon.h"
#include "dictionaries/phrase.h"
#include "dictionaries/word_key.h"
#include "parley/coder.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() / ("parley-dict-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
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

TEST(PhraseKeys, SplitsElisionAndPossessiveAndFoldsAccents) {
  EXPECT_EQ(PhraseKeys("secrétaire d'État"), (std::vector<std::string>{"secretaire", "d'", "etat"}));
  EXPECT_EQ(PhraseKeys("Russia's"), (std::vector<std::string>{"russia", "'s"}));
  EXPECT_EQ(PhraseKeys("par_téléphone"), (std::vector<std::string>{"par", "telephone"}));
  EXPECT_EQ(PhraseKeys("l’armée"), (std::vector<std::string>{"l'", "armee"}));
  EXPECT_EQ(FoldedKey("sergueï"), "serguei");
  EXPECT_EQ(FoldedKey("œuvre"), "oeuvre");
  EXPECT_EQ(FoldedKey("erdoğan"), "erdogan");
  EXPECT_TRUE(FirstWordIsAcronym("UN"));
  EXPECT_TRUE(FirstWordIsAcronym("U.S."));
  EXPECT_FALSE(FirstWordIsAcronym("Otan"));
}

TEST(DatedCode, ParsesRangesAndPicksTheCodeValidOnADate) {
  DatedCode c;
  std::string error;
  ASSERT_TRUE(ParseDatedCode("USAGOV 2021-01-26..2025-01-20", &c, &error)) << error;
  EXPECT_EQ(c.from.ToIso(), "2021-01-26");
  EXPECT_EQ(c.to.ToIso(), "2025-01-20");
  EXPECT_FALSE(ParseDatedCode("usagov", &c, &error));
  EXPECT_FALSE(ParseDatedCode("USAGOV 2021-02-30..", &c, &error));
  EXPECT_FALSE(ParseDatedCode("USAGOV 2025-01-01..2021-01-01", &c, &error));
  EXPECT_FALSE(ParseDatedCode("USAGOV 2021", &c, &error));

  ActorEntry e;
  for (const char* line : {"USAGOV 2021-01-26..2025-01-20", "USAGOV 2015-01-09..2017-01-20", "USA"}) {
    DatedCode d;
    ASSERT_TRUE(ParseDatedCode(line, &d, &error));
    e.codes.push_back(d);
  }
  EXPECT_EQ(e.CodeOn(Date{2021, 2, 5}), "USAGOV");
  EXPECT_EQ(e.CodeOn(Date{2025, 1, 20}), "USAGOV") << "ranges are inclusive";
  EXPECT_EQ(e.CodeOn(Date{2025, 1, 21}), "USA");
  EXPECT_EQ(e.CodeOn(Date{2016, 6, 1}), "USAGOV");
  EXPECT_EQ(e.CodeOn(Date{2019, 6, 1}), "USA");
}

TEST(ActorDictionary, LoadsEntriesAndNamesBadLines) {
  TempDir dir;
  dir.Write("a.txt",
            "# comment\n"
            "Ruritanie | Ruritania\n"
            "    RUR\n"
            "    type: country\n"
            "    capitals: Strelsau\n"
            "    adjectives: ruritanien | Ruritanian\n");
  auto dict = ActorDictionary::Load(dir.path());
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  EXPECT_EQ(dict->size(), 1u);
  EXPECT_EQ(dict->entry(0).type, ActorType::kCountry);
  EXPECT_EQ(dict->names().size(), 3u);
  EXPECT_EQ(dict->adjectives().size(), 2u);

  const std::vector<std::pair<std::string, std::string>> bad = {
      {"Nobody\n    type: person\n", "b.txt:1: actor 'Nobody' has no code line"},
      {"Somebody\n    gov 2020-01-01..\n", "b.txt:2: expected 'CODE'"},
      {"Somebody\n    ABCGOV\n    colour: red\n", "b.txt:3: unknown attribute 'colour'"},
      {"    ABC\n", "b.txt:1: indented line before any names"},
      {"Somebody\n    ABC\n    type: planet\n", "b.txt:3: type must be"},
  };
  for (const auto& [content, message] : bad) {
    TempDir d2;
    d2.Write("b.txt", content);
    auto r = ActorDictionary::Load(d2.path());
    ASSERT_FALSE(r.ok()) << content;
    EXPECT_EQ(r.status().code(), Status::Code::kParseError);
    EXPECT_NE(r.status().message().find(message), std::string::npos) << r.status().message();
  }
}

TEST(AgentDictionary, LoadsAndRejectsMalformedLines) {
  TempDir dir;
  auto ok = AgentDictionary::Load(dir.Write("ok.txt", "GOV: ministre | secrétaire d'État\nMIL: armée\n"));
  ASSERT_TRUE(ok.ok()) << ok.status().ToString();
  EXPECT_EQ(ok->matcher().size(), 3u);
  for (const auto& [content, message] : std::vector<std::pair<std::string, std::string>>{
           {"ministre | armée\n", "bad.txt:1: expected 'CODE: noun"},
           {"GOVT: ministre\n", "bad.txt:1: agent code must have 3 letters"},
           {"GOV:\n", "bad.txt:1: no terms"}}) {
    auto r = AgentDictionary::Load(dir.Write("bad.txt", content));
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.status().message().find(message), std::string::npos) << r.status().message();
  }
}

TEST(Lexicon, ClassesWeekdaysMonthsAndErrors) {
  TempDir dir;
  auto lex = Lexicon::Load(dir.Write("fr.txt",
                                     "determiners: le | la\n"
                                     "modals: pouvoir\n"
                                     "weekdays: lundi | mardi | mercredi | jeudi | vendredi | samedi | dimanche\n"
                                     "months: janvier | février/févr. | mars | avril | mai | juin | juillet | août | "
                                     "septembre | octobre | novembre | décembre\n"));
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_EQ(lex->SurfaceClasses("le"), kWcDeterminer);
  EXPECT_EQ(lex->LemmaClasses("pouvoir"), kWcModal);
  EXPECT_EQ(lex->LemmaClasses("le"), 0u) << "determiners match surface forms only";
  EXPECT_EQ(lex->Weekday("jeudi"), 4);
  EXPECT_EQ(lex->Month("fevr."), 2);
  EXPECT_EQ(lex->Month("aout"), 8);

  auto bad = Lexicon::Load(dir.Write("bad.txt", "determiners: le\nadverbz: vite\n"));
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("bad.txt:2: unknown word class 'adverbz'"), std::string::npos);
  auto short_week = Lexicon::Load(dir.Write("week.txt", "weekdays: lundi | mardi\n"));
  ASSERT_FALSE(short_week.ok());
  auto phrase = Lexicon::Load(dir.Write("phrase.txt", "coordinators: et | ainsi que\n"));
  ASSERT_FALSE(phrase.ok());
  EXPECT_NE(phrase.status().message().find("phrase.txt:1: 'ainsi que' is not a single word"), std::string::npos)
      << phrase.status().message();
}

TEST(RealDictionaries, LoadAndEveryEventCodeIsInTheCodeBook) {
  auto coder = Coder::Create(CoderOptions{});
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
}

TEST(RealDictionaries, AMalformedLineStopsLoadingWithFileAndLine) {
  TempDir dir;
  const std::string source = std::string(PARLEY_SOURCE_DIR) + "/dictionaries";
  fs::copy(source, dir.path(), fs::copy_options::recursive);
  {
    std::ofstream events(dir.path() + "/events/en/04-consultations.txt", std::ios::app);
    events << "9999  frobnicate  obj:+\n";
  }
  CoderOptions options;
  options.dictionary_dir = dir.path();
  auto coder = Coder::Create(options);
  ASSERT_FALSE(coder.ok());
  EXPECT_NE(coder.status().message().find("events/en/04-consultations.txt:"), std::string::npos)
      << coder.status().message();
  EXPECT_NE(coder.status().message().find("9999"), std::string::npos) << coder.status().message();
}

}  // namespace
}  // namespace parley
