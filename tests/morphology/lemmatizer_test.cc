// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "morphology/lemmatizer.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "morphology/lemma_table_format.h"

namespace parley::morph {
namespace {

class LemmatizerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto fr = Lemmatizer::Load(Language::kFrench, PARLEY_TEST_DATA_DIR);
    ASSERT_TRUE(fr.ok()) << fr.status().ToString();
    fr_ = std::move(fr).value().release();
    auto en = Lemmatizer::Load(Language::kEnglish, PARLEY_TEST_DATA_DIR);
    ASSERT_TRUE(en.ok()) << en.status().ToString();
    en_ = std::move(en).value().release();
  }
  static void TearDownTestSuite() {
    delete fr_;
    delete en_;
    fr_ = en_ = nullptr;
  }

  // The analysis of `form` with lemma `lemma`, or nullptr.
  static const Analysis* Find(const Lemmatizer& l, std::string_view form, std::string_view lemma) {
    for (const Analysis& a : l.Analyze(form)) {
      if (a.lemma == lemma) return &a;
    }
    return nullptr;
  }

  static Lemmatizer* fr_;
  static Lemmatizer* en_;
};

Lemmatizer* LemmatizerTest::fr_ = nullptr;
Lemmatizer* LemmatizerTest::en_ = nullptr;

struct Case {
  const char* form;
  const char* lemma;
  uint16_t pos;        // bits the analysis must carry
  uint16_t verb_form;  // bits the analysis must carry
};

TEST_F(LemmatizerTest, FrenchFormsFromTheIssue) {
  const Case cases[] = {
      {"sont", "être", kAuxiliary | kVerb, kPresent},
      {"est", "être", kAuxiliary | kVerb, kPresent},
      {"ont", "avoir", kAuxiliary | kVerb, kPresent},
      {"a", "avoir", kAuxiliary | kVerb, kPresent},
      {"été", "être", kAuxiliary | kVerb, kPastParticiple},
      {"entretenus", "entretenir", kVerb, kPastParticiple},
      {"félicité", "féliciter", kVerb, kPastParticiple},
      {"salué", "saluer", kVerb, kPastParticiple},
      {"déclaré", "déclarer", kVerb, kPastParticiple},
      {"discuté", "discuter", kVerb, kPastParticiple},
      {"rencontrera", "rencontrer", kVerb, kFuture},
      {"rencontrerait", "rencontrer", kVerb, kConditional},
      {"rencontrait", "rencontrer", kVerb, kImperfect},
      {"rencontra", "rencontrer", kVerb, kSimplePast},
      {"rencontrer", "rencontrer", kVerb, kInfinitive},
      {"rencontrant", "rencontrer", kVerb, kPresentParticiple},
      {"rencontrent", "rencontrer", kVerb, kPresent},
      {"condamne", "condamner", kVerb, kPresent},
      {"firent", "faire", kVerb, kSimplePast},
      {"pays", "pays", kNoun, 0},
      {"ministres", "ministre", kNoun, 0},
      {"internationales", "international", kAdjective, 0},
  };
  for (const Case& c : cases) {
    const Analysis* a = Find(*fr_, c.form, c.lemma);
    ASSERT_NE(a, nullptr) << c.form << " -> " << c.lemma;
    EXPECT_EQ(a->pos & c.pos, c.pos) << c.form;
    EXPECT_EQ(a->verb_form & c.verb_form, c.verb_form) << c.form;
  }
}

TEST_F(LemmatizerTest, FrenchBestLemma) {
  EXPECT_EQ(fr_->Lemma("sont"), "être");
  EXPECT_EQ(fr_->Lemma("ont"), "avoir");
  EXPECT_EQ(fr_->Lemma("entretenus"), "entretenir");
  EXPECT_EQ(fr_->Lemma("rencontrera"), "rencontrer");
  EXPECT_EQ(fr_->Lemma("été"), "être");                 // participle before the season
  EXPECT_EQ(fr_->Lemma("été", kNoun), "été");
  EXPECT_EQ(fr_->Lemma("président"), "président");      // noun before présider
  EXPECT_EQ(fr_->Lemma("président", kVerb), "présider");
  EXPECT_EQ(fr_->Lemma("unies", kAdjective), "uni");
  EXPECT_EQ(fr_->Lemma("la"), "le");
  EXPECT_EQ(fr_->Lemma("zzzinconnu"), "zzzinconnu");     // unknown: the form itself
}

TEST_F(LemmatizerTest, FrenchElisionsAndClitics) {
  const Case cases[] = {
      {"l'", "le", kDeterminer, 0},      {"l'", "le", kPronoun, 0},
      {"d'", "de", kPreposition, 0},     {"qu'", "que", kConjunction, 0},
      {"s'", "se", kPronoun, 0},         {"n'", "ne", kAdverb, 0},
      {"j'", "je", kPronoun, 0},         {"m'", "me", kPronoun, 0},
      {"t'", "te", kPronoun, 0},         {"c'", "ce", kPronoun, 0},
      {"jusqu'", "jusque", kPreposition, 0}, {"lorsqu'", "lorsque", kConjunction, 0},
      {"puisqu'", "puisque", kConjunction, 0}, {"se", "se", kPronoun, 0},
      {"ne", "ne", kAdverb, 0},          {"l\xe2\x80\x99", "le", kDeterminer, 0},
  };
  for (const Case& c : cases) {
    const Analysis* a = Find(*fr_, c.form, c.lemma);
    ASSERT_NE(a, nullptr) << c.form << " -> " << c.lemma;
    EXPECT_EQ(a->pos & c.pos, c.pos) << c.form;
  }
  EXPECT_EQ(fr_->Lemma("s'"), "se");
  EXPECT_EQ(fr_->Lemma("s'", kConjunction), "si");
}

TEST_F(LemmatizerTest, EnglishFormsFromTheIssue) {
  const Case cases[] = {
      {"spoke", "speak", kVerb, kSimplePast},
      {"spoken", "speak", kVerb, kPastParticiple},
      {"met", "meet", kVerb, kSimplePast | kPastParticiple},
      {"said", "say", kVerb, kSimplePast | kPastParticiple},
      {"sang", "sing", kVerb, kSimplePast},
      {"sung", "sing", kVerb, kPastParticiple},
      {"talks", "talk", kVerb, kPresent},
      {"talks", "talk", kNoun, 0},
      {"talked", "talk", kVerb, kSimplePast | kPastParticiple},
      {"talking", "talk", kVerb, kPresentParticiple},
      {"countries", "country", kNoun, 0},
      {"stopped", "stop", kVerb, kSimplePast},
      {"agreed", "agree", kVerb, kSimplePast},
      {"tried", "try", kVerb, kSimplePast},
      {"making", "make", kVerb, kPresentParticiple},
      {"bigger", "big", kAdjective, 0},
      {"better", "good", kAdjective, 0},
      {"children", "child", kNoun, 0},
      {"is", "be", kAuxiliary | kVerb, kPresent},
      {"were", "be", kAuxiliary | kVerb, kSimplePast},
      {"been", "be", kAuxiliary | kVerb, kPastParticiple},
      {"has", "have", kAuxiliary | kVerb, kPresent},
      {"had", "have", kAuxiliary | kVerb, kSimplePast | kPastParticiple},
      {"did", "do", kAuxiliary | kVerb, kSimplePast},
      {"would", "would", kAuxiliary, 0},
      {"could", "could", kAuxiliary, 0},
      {"n't", "not", kAdverb, 0},
      {"'s", "be", kAuxiliary, 0},
      {"them", "they", kPronoun, 0},
      {"an", "a", kDeterminer, 0},
  };
  for (const Case& c : cases) {
    const Analysis* a = Find(*en_, c.form, c.lemma);
    ASSERT_NE(a, nullptr) << c.form << " -> " << c.lemma;
    EXPECT_EQ(a->pos & c.pos, c.pos) << c.form;
    EXPECT_EQ(a->verb_form & c.verb_form, c.verb_form) << c.form;
  }
  // "spoke" is not a participle, nor "spoken" a past tense.
  EXPECT_EQ(Find(*en_, "spoke", "speak")->verb_form & kPastParticiple, 0);
  EXPECT_EQ(Find(*en_, "spoken", "speak")->verb_form & kSimplePast, 0);
}

TEST_F(LemmatizerTest, EnglishBestLemma) {
  EXPECT_EQ(en_->Lemma("spoke"), "speak");
  EXPECT_EQ(en_->Lemma("met"), "meet");
  EXPECT_EQ(en_->Lemma("said"), "say");
  EXPECT_EQ(en_->Lemma("talks"), "talk");
  EXPECT_EQ(en_->Lemma("countries"), "country");
  EXPECT_EQ(en_->Lemma("saw"), "see");
  EXPECT_EQ(en_->Lemma("saw", kNoun), "saw");
  // A comparative that spells a noun or verb headword is that word;
  // those of an adjective headword stay first.
  EXPECT_EQ(en_->Lemma("offer"), "offer");
  EXPECT_EQ(en_->Lemma("better"), "good");
  EXPECT_EQ(en_->Lemma("worse"), "bad");
  EXPECT_EQ(en_->Lemma("thinner", kAdjective), "thin");  // the regular -er of an adjective stays
}

TEST_F(LemmatizerTest, EnglishComparativesThatSpellNouns) {
  // No "more off" (adverb -er), no WordNet exception "offer" of "off", no
  // adjective "attacker" or "retailer" of themselves.
  for (const char* form : {"offer", "attacker", "retailer", "insider", "butter"}) {
    for (const Analysis& a : en_->Analyze(form)) {
      EXPECT_EQ(a.pos & kAdverb, 0) << form << " as " << a.lemma;
      if (a.lemma == form) EXPECT_EQ(a.pos & kAdjective, 0) << form;
    }
    EXPECT_NE(Find(*en_, form, form), nullptr) << form;
  }
  EXPECT_EQ(en_->Lemma("qwxzv"), "qwxzv");
}

TEST_F(LemmatizerTest, LanguageAndSize) {
  EXPECT_EQ(fr_->language(), Language::kFrench);
  EXPECT_EQ(en_->language(), Language::kEnglish);
  EXPECT_GT(fr_->size(), 300000u);
  EXPECT_GT(en_->size(), 100000u);
  EXPECT_TRUE(fr_->Analyze("").empty());
}

// --- refusal of bad files

class BadTableTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("parley_lemmatizer_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string ReadGood(const char* name) {
    std::ifstream in(std::string(PARLEY_TEST_DATA_DIR) + "/" + name, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
  void Write(const char* name, const std::string& bytes) {
    std::ofstream out(dir_ / name, std::ios::binary);
    out << bytes;
  }
  Status LoadStatus(Language lang) { return Lemmatizer::Load(lang, dir_.string()).status(); }

  std::filesystem::path dir_;
};

TEST_F(BadTableTest, MissingFileIsNotFound) {
  Status s = LoadStatus(Language::kFrench);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_NE(s.message().find("fr.lemmas"), std::string::npos) << s.message();
}

TEST_F(BadTableTest, UnsupportedLanguage) {
  EXPECT_EQ(LoadStatus(Language::kOther).code(), Status::Code::kUnsupported);
}

TEST_F(BadTableTest, BadMagic) {
  Write("fr.lemmas", std::string(200, 'x'));
  Status s = LoadStatus(Language::kFrench);
  EXPECT_EQ(s.code(), Status::Code::kParseError);
  EXPECT_NE(s.message().find("magic"), std::string::npos) << s.message();
}

TEST_F(BadTableTest, TooShort) {
  Write("en.lemmas", "PRLY");
  EXPECT_EQ(LoadStatus(Language::kEnglish).code(), Status::Code::kDataLoss);
}

TEST_F(BadTableTest, WrongVersion) {
  std::string bytes = ReadGood("en.lemmas");
  ASSERT_GT(bytes.size(), sizeof(table::Header));
  const uint32_t version = table::kFormatVersion + 1;
  std::memcpy(bytes.data() + offsetof(table::Header, format_version), &version, sizeof(version));
  Write("en.lemmas", bytes);
  Status s = LoadStatus(Language::kEnglish);
  EXPECT_EQ(s.code(), Status::Code::kUnsupported);
  EXPECT_NE(s.message().find("version"), std::string::npos) << s.message();
}

TEST_F(BadTableTest, WrongLanguage) {
  Write("fr.lemmas", ReadGood("en.lemmas"));
  Status s = LoadStatus(Language::kFrench);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(s.message().find("'en'"), std::string::npos) << s.message();
}

TEST_F(BadTableTest, Truncated) {
  std::string bytes = ReadGood("en.lemmas");
  ASSERT_GT(bytes.size(), 1000u);
  bytes.resize(bytes.size() / 2);
  Write("en.lemmas", bytes);
  EXPECT_EQ(LoadStatus(Language::kEnglish).code(), Status::Code::kDataLoss);
}

}  // namespace
}  // namespace parley::morph
