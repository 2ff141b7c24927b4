// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The event-frame format (docs/dictionaries.md, "Event frames"): what a
// line means, and the errors a malformed one gets.

#include "dictionaries/frame_dictionary.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace parley {
namespace {

class FrameLine : public ::testing::Test {
 protected:
  bool Parse(const std::string& line, EventFrame* f, std::string* error) {
    return ParseEventFrame(line, vocabulary_.get(), f, error);
  }
  int32_t Id(const char* word) { return vocabulary_->Find(word); }
  std::shared_ptr<Vocabulary> vocabulary_ = std::make_shared<Vocabulary>();
};

TEST_F(FrameLine, TriggersArgumentsAndFlags) {
  EventFrame f;
  std::string error;
  ASSERT_TRUE(Parse("041   se_entretenir   par:téléphone avec:+  {recip}", &f, &error)) << error;
  EXPECT_EQ(f.code, "041");
  EXPECT_EQ(f.kind, TriggerKind::kVerb);
  ASSERT_EQ(f.triggers.size(), 1u);
  EXPECT_TRUE(f.triggers[0].reflexive);
  ASSERT_EQ(f.args.size(), 2u);
  EXPECT_EQ(f.args[0].role, FrameArg::Role::kPhrase);
  EXPECT_EQ(f.args[0].value, FrameArg::Value::kPresent);
  ASSERT_EQ(f.args[0].lemmas.size(), 1u);
  EXPECT_EQ(f.args[0].lemmas[0], Id("telephone"));  // accents folded
  EXPECT_EQ(f.args[1].value, FrameArg::Value::kTarget);
  EXPECT_TRUE(f.reciprocal);
  EXPECT_FALSE(f.onesided);

  EventFrame g;
  ASSERT_TRUE(Parse("043  recevoir|accueillir  obj:+  {pair=042}", &g, &error)) << error;
  EXPECT_EQ(g.triggers.size(), 2u);
  EXPECT_EQ(g.pair_code, "042");
}

TEST_F(FrameLine, NestedArgumentsInfinitivesAndClauses) {
  EventFrame f;
  std::string error;
  ASSERT_TRUE(Parse("1056  exiger  obj:retrait/de:+", &f, &error)) << error;
  ASSERT_EQ(f.args.size(), 2u);
  EXPECT_EQ(f.args[0].role, FrameArg::Role::kObject);
  EXPECT_EQ(f.args[0].inner, 1);
  EXPECT_TRUE(f.args[1].nested);
  EXPECT_EQ(f.args[1].value, FrameArg::Value::kTarget);

  EventFrame g;
  ASSERT_TRUE(Parse("036  a:prêt  à:inf=dialoguer|négocier  {partner}", &g, &error)) << error;
  EXPECT_EQ(g.kind, TriggerKind::kAdjective);
  EXPECT_EQ(g.args[0].role, FrameArg::Role::kInfinitive);
  EXPECT_EQ(g.args[0].lemmas.size(), 2u);
  EXPECT_TRUE(g.partner);

  EventFrame h;
  ASSERT_TRUE(Parse("1312  menacer  que:imposer", &h, &error)) << error;
  EXPECT_EQ(h.args[0].role, FrameArg::Role::kClause);
}

TEST_F(FrameLine, NounArgumentAfterASlashAndModifiers) {
  // "n:retrait/de:projet|loi" is the noun with its "de" argument.
  EventFrame f;
  std::string error;
  ASSERT_TRUE(Parse("0832  n:retrait|abandon/de:projet|loi  {onesided}", &f, &error)) << error;
  EXPECT_EQ(f.kind, TriggerKind::kNoun);
  EXPECT_EQ(f.triggers.size(), 2u) << "the argument's words are not triggers";
  ASSERT_EQ(f.args.size(), 1u);
  EXPECT_EQ(f.args[0].role, FrameArg::Role::kPhrase);
  EXPECT_EQ(f.args[0].lemmas.size(), 2u);
  EXPECT_TRUE(f.onesided);

  // "~": a modifier of the head ("une aide militaire", "a prisoner exchange").
  EventFrame g;
  ASSERT_TRUE(Parse("072  envoyer  obj:aide|assistance~militaire|militaires  à:+", &g, &error)) << error;
  EXPECT_EQ(g.args[0].lemmas.size(), 2u);
  EXPECT_EQ(g.args[0].modifiers.size(), 2u);
  EventFrame h;
  ASSERT_TRUE(Parse("084  n:swap|exchange~prisoner|hostage  {recip}", &h, &error)) << error;
  EXPECT_EQ(h.triggers.size(), 2u);
  EXPECT_EQ(h.trigger_modifiers.size(), 2u);
  EventFrame plain;
  ASSERT_TRUE(Parse("084  n:swap|exchange  {recip}", &plain, &error)) << error;
  EXPECT_GT(h.specificity, plain.specificity);
}

TEST_F(FrameLine, MalformedLinesSayWhatIsWrong) {
  for (const auto& [line, message] : std::vector<std::pair<std::string, std::string>>{
           {"04x  rencontrer", "event code"},
           {"040", "expected"},
           {"040  rencontrer  avec:+ obj:+", "at most one target"},
           {"040  rencontrer  {often}", "unknown flag"},
           {"040  rencontrer  obj:retrait+", "a lemma constraint and a slot"},
           {"040  rencontrer~vite", "noun trigger"},
           {"040  rencontrer  nimporte", "ROLE:VALUE"}}) {
    EventFrame f;
    std::string error;
    EXPECT_FALSE(Parse(line, &f, &error)) << line;
    EXPECT_NE(error.find(message), std::string::npos) << line << ": " << error;
  }
}

TEST(FrameDictionary, MostSpecificFirstDiscardsAndBadLinesNamed) {
  const std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / "frames_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "04-x.txt") << "040  rencontrer\n# a comment\n040  rencontrer  avec:+ {recip}\n";
  std::ofstream(dir / "discards.txt") << "coupe du monde\n";
  auto vocabulary = std::make_shared<Vocabulary>();
  auto dict = FrameDictionary::Load(dir.string(), vocabulary);
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  const auto* refs = dict->FramesFor(TriggerKind::kVerb, vocabulary->Find("rencontrer"));
  ASSERT_NE(refs, nullptr);
  ASSERT_EQ(refs->size(), 2u);
  EXPECT_EQ(dict->frame((*refs)[0].id).line, 3) << "the more specific frame first";
  EXPECT_EQ(dict->FramesFor(TriggerKind::kNoun, vocabulary->Find("rencontrer")), nullptr);
  EXPECT_EQ(dict->discards().size(), 1u);

  std::ofstream(dir / "05-y.txt") << "051  saluer  obj:+\n\n0510x  saluer\n";
  auto bad = FrameDictionary::Load(dir.string(), vocabulary);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("05-y.txt:3:"), std::string::npos) << bad.status().message();
}

}  // namespace
}  // namespace parley
