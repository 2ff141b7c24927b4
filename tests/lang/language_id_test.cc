// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "lang/language_id.h"

#include <string>

#include <gtest/gtest.h>

namespace parley::lang {
namespace {

struct Case {
  const char* text;
  Language want;
  const char* code;  // expected detected code, or nullptr to skip the check
};

TEST(LanguageIdTest, LongTexts) {
  const Case cases[] = {
      {"Le gouvernement français a annoncé mercredi de nouvelles sanctions contre la Russie, après "
       "l'expulsion de trois diplomates européens accusés d'avoir participé à une manifestation "
       "de soutien à l'opposant emprisonné. Le ministre des Affaires étrangères a dénoncé une décision "
       "injustifiée.",
       Language::kFrench, "fr"},
      {"The French government announced new sanctions against Russia on Wednesday, after three "
       "European diplomats were expelled for allegedly taking part in a protest in support of the "
       "jailed opposition leader. The foreign minister called the decision unjustified and said "
       "Paris would respond.",
       Language::kEnglish, "en"},
      {"Die Bundesregierung hat am Mittwoch neue Sanktionen gegen Russland angekündigt, nachdem drei "
       "europäische Diplomaten ausgewiesen worden waren, weil sie angeblich an einer Kundgebung für "
       "den inhaftierten Oppositionsführer teilgenommen hatten. Der Außenminister nannte die "
       "Entscheidung ungerechtfertigt.",
       Language::kOther, "de"},
      {"El gobierno español anunció el miércoles nuevas sanciones contra Rusia, después de que tres "
       "diplomáticos europeos fueran expulsados por haber participado supuestamente en una protesta "
       "en apoyo del líder opositor encarcelado. El ministro de Asuntos Exteriores calificó la "
       "decisión de injustificada.",
       Language::kOther, "es"},
      {"Правительство Франции в среду объявило о новых санкциях против России после того, как трое "
       "европейских дипломатов были высланы из страны за участие в акции протеста в поддержку "
       "заключенного под стражу лидера оппозиции.",
       Language::kOther, "ru"},
  };
  for (const Case& c : cases) {
    const LanguageGuess g = IdentifyLanguage(c.text);
    EXPECT_EQ(g.language, c.want) << c.text << " -> " << g.code << " via " << g.method;
    if (c.code) {
      EXPECT_EQ(g.code, c.code) << c.text;
    }
    EXPECT_TRUE(g.reliable) << c.text;
    EXPECT_STREQ(g.method, "cld2") << c.text;
  }
}

TEST(LanguageIdTest, ShortHeadlines) {
  const Case cases[] = {
      {"Real Madrid beat Barcelona", Language::kEnglish, "en"},  // CLD2 alone: Catalan
      {"Obama visits Cuba", Language::kEnglish, "en"},
      {"Biden meets Macron", Language::kEnglish, "en"},
      {"Russia expels three diplomats", Language::kEnglish, "en"},
      {"Storm hits the coast of Florida", Language::kEnglish, "en"},
      {"Le Real bat Barcelone", Language::kFrench, "fr"},       // CLD2 alone: Catalan
      {"Attentat à Kaboul: 12 morts", Language::kFrench, "fr"},  // CLD2 alone: Catalan
      {"La Russie expulse trois diplomates", Language::kFrench, "fr"},
      {"Macron rencontre Biden à Paris", Language::kFrench, "fr"},
      {"Grève à la SNCF", Language::kFrench, "fr"},
      {"Manifestation contre la réforme des retraites", Language::kFrench, "fr"},
      {"El presidente habla con los periodistas", Language::kOther, "es"},
      {"Путин встретился с Макроном", Language::kOther, nullptr},
  };
  for (const Case& c : cases) {
    const LanguageGuess g = IdentifyLanguage(c.text);
    EXPECT_EQ(g.language, c.want) << c.text << " -> " << g.code << " via " << g.method;
    if (c.code) {
      EXPECT_EQ(g.code, c.code) << c.text;
    }
  }
}

TEST(LanguageIdTest, FallbackSaysSo) {
  const LanguageGuess g = IdentifyLanguage("Real Madrid beat Barcelona");
  EXPECT_STREQ(g.method, "function-words");
  EXPECT_FALSE(g.reliable);
}

TEST(LanguageIdTest, EmptyAndInvalidInputs) {
  EXPECT_EQ(IdentifyLanguage("").language, Language::kOther);
  EXPECT_EQ(IdentifyLanguage("12345 ...").language, Language::kOther);
  // Invalid UTF-8 must not crash (the contract asks for valid text, but the
  // fuzzer does not care).
  std::string bad;
  for (int i = 0; i < 500; ++i) bad.push_back(static_cast<char>(0x80 + (i % 128)));
  (void)IdentifyLanguage(bad);
  // A long text cut inside a multi-byte character at the CLD2 window.
  std::string long_fr;
  while (long_fr.size() < 40000) long_fr += "Le président a été élu à une large majorité. ";
  EXPECT_EQ(IdentifyLanguage(long_fr).language, Language::kFrench);
}

}  // namespace
}  // namespace parley::lang
