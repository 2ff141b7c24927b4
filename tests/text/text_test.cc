// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Tests for the text stage. Most cases are a table: a text, its language, and
// the expected analysis rendered canonically as sentences separated by " | ",
// tokens by spaces, each token as its normal form with {E} for kElided and
// {C} for kClitic. Every case is also checked for the offset invariants.

#include "text/text.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace parley::text {
namespace {

std::string Render(const AnalyzedText& a) {
  std::string s;
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    if (i > 0) s += " | ";
    const Sentence& sent = a.sentences[i];
    for (uint32_t k = sent.first_token; k < sent.first_token + sent.token_count; ++k) {
      const Token& t = a.tokens[k];
      if (k > sent.first_token) s += ' ';
      s += a.Norm(t);
      if (t.flags & kElided) s += "{E}";
      if (t.flags & kClitic) s += "{C}";
    }
  }
  return s;
}

// Offsets point into the original text, tokens are ordered and disjoint,
// and sentences partition the token list.
void CheckInvariants(std::string_view text, const AnalyzedText& a, const TextOptions& options) {
  uint32_t prev_end = 0;
  for (size_t k = 0; k < a.tokens.size(); ++k) {
    const Token& t = a.tokens[k];
    ASSERT_LT(t.begin, t.end) << "token " << k;
    ASSERT_LE(t.end, text.size()) << "token " << k;
    ASSERT_GE(t.begin, prev_end) << "token " << k << " overlaps the previous one";
    ASSERT_LE(size_t{t.norm_offset} + t.norm_size, a.norm.size());
    prev_end = t.end;
  }
  uint32_t next = 0;
  for (const Sentence& s : a.sentences) {
    ASSERT_EQ(s.first_token, next);
    ASSERT_GT(s.token_count, 0u);
    ASSERT_LE(s.token_count, options.max_sentence_tokens);
    ASSERT_EQ(s.begin, a.tokens[s.first_token].begin);
    ASSERT_EQ(s.end, a.tokens[s.first_token + s.token_count - 1].end);
    next += s.token_count;
  }
  ASSERT_EQ(next, a.tokens.size());
}

AnalyzedText Analyze(std::string_view text, Language lang, TextOptions options = {}) {
  AnalyzedText a;
  const Status st = AnalyzeText(text, lang, options, &a);
  EXPECT_TRUE(st.ok()) << st.ToString();
  CheckInvariants(text, a, options);
  return a;
}

struct Case {
  Language lang;
  const char* text;
  const char* expected;
};

constexpr Language kFr = Language::kFrench;
constexpr Language kEn = Language::kEnglish;

const Case kCases[] = {
    // --- Sentence boundaries -------------------------------------------
    {kFr, "Le ministre est arrivé. Il a parlé longtemps ! Pourquoi ? Personne ne sait…",
     "le ministre est arrivé . | il a parlé longtemps ! | pourquoi ? | personne ne sait …"},
    {kFr, "Il attendait... puis il est parti.", "il attendait ... puis il est parti ."},
    {kFr, "« Nous ne céderons pas ! » Le président a quitté la salle.",
     "« nous ne céderons pas ! » | le président a quitté la salle ."},
    {kFr, "« Jamais ! », a-t-il lancé.", "« jamais ! » , a il{C} lancé ."},
    {kEn, "He said: \"We will stay.\" Then he left.",
     "he said : \" we will stay . \" | then he left ."},
    {kEn, "The vote passed. \"It is over,\" she said.",
     "the vote passed . | \" it is over , \" she said ."},
    {kFr, "Il a crié : \" Nous gagnerons ! \" Puis il est parti.",
     "il a crié : \" nous gagnerons ! \" | puis il est parti ."},
    {kEn, "He left. (The talks had failed.) She stayed.",
     "he left . | ( the talks had failed . ) | she stayed ."},
    {kEn, "The U.N. (UNHCR) and Mr. (sic) Smith agreed.",
     "the u.n. ( unhcr ) and mr. ( sic ) smith agreed ."},
    {kEn, "Sales fell (by 3%.) Profits rose.", "sales fell ( by 3 % . ) | profits rose ."},
    {kEn, "Prices rose 4.5 percent in 2020. 2021 was worse.",
     "prices rose 4.5 percent in 2020 . | 2021 was worse ."},
    {kFr, "Le taux passe de 1,5 à 2,75 %. Les marchés reculent.",
     "le taux passe de 1,5 à 2,75 % . | les marchés reculent ."},
    {kFr, "Fin du texte.sans espace et fin.Puis la suite.",
     "fin du texte.sans espace et fin . puis la suite ."},
    // Headlines and datelines: a line without final punctuation ends the
    // sentence when the next line starts with a capital.
    {kFr, "Séisme au large du Chili\nDernière mise à jour à 09h04 le 05/02\nUn séisme a frappé la côte.",
     "séisme au large du chili | dernière mise à jour à 09h04 le 05/02 | un séisme a frappé la côte ."},
    {kEn, "TALKS RESUME IN GENEVA\nDiplomats met on Monday.",
     "talks resume in geneva | diplomats met on monday ."},
    {kFr, "Accord à Bruxelles\n« Nous avons gagné », dit-il.",
     "accord à bruxelles | « nous avons gagné » , dit il{C} ."},
    // A wrapped line inside a sentence is just whitespace.
    {kFr, "Le gouvernement a annoncé\nune réforme des retraites.",
     "le gouvernement a annoncé une réforme des retraites ."},
    {kFr, "Les ministres de Paris,\nBerlin et Rome se réunissent.",
     "les ministres de paris , berlin et rome se réunissent ."},
    // A blank line always ends the sentence, and CRLF counts as one newline.
    {kFr, "Premier paragraphe sans point\n\nsecond paragraphe", "premier paragraphe sans point | second paragraphe"},
    {kEn, "First line\r\nSecond line\r\n", "first line | second line"},
    {kEn, "one line\r\ncontinues here", "one line continues here"},
    // --- Abbreviations and initials -------------------------------------
    {kFr, "M. Macron a reçu MM. Scholz et Draghi. Mme Dupont et Mlle Martin étaient là.",
     "m. macron a reçu mm. scholz et draghi . | mme dupont et mlle martin étaient là ."},
    {kFr, "Le Dr Martin et le Pr Durand ont signé.", "le dr martin et le pr durand ont signé ."},
    {kEn, "Mr. Smith and Mrs. Jones met Gen. Milley, Sen. Warren and Rep. Cole.",
     "mr. smith and mrs. jones met gen. milley , sen. warren and rep. cole ."},
    {kEn, "Lt. Col. Vindman testified. Gov. Newsom spoke.",
     "lt. col. vindman testified . | gov. newsom spoke ."},
    {kEn, "Officials in the U.S. and the U.K. agreed with the U.N. and the E.U. on the plan.",
     "officials in the u.s. and the u.k. agreed with the u.n. and the e.u. on the plan ."},
    {kEn, "Troops stayed in the U.S. The withdrawal was delayed.",
     "troops stayed in the u.s. | the withdrawal was delayed ."},
    {kEn, "The U.S. Senate voted.", "the u.s. senate voted ."},
    {kEn, "It happened in the U.S.", "it happened in the u.s."},
    {kEn, "George W. Bush met J. Biden.", "george w. bush met j. biden ."},
    {kEn, "See p. 12 and No. 10 of vol. 3.", "see p. 12 and no. 10 of vol. 3 ."},
    {kEn, "The deal was signed on Feb. 5 and ratified in Sept. 2020.",
     "the deal was signed on feb. 5 and ratified in sept. 2020 ."},
    {kEn, "Talks ended in Jan. The next round is in March.",
     "talks ended in jan. | the next round is in march ."},
    {kEn, "They bought oil, gas, etc. Prices rose.", "they bought oil , gas , etc. | prices rose ."},
    {kEn, "They bought oil, gas, etc. and coal.", "they bought oil , gas , etc. and coal ."},
    {kEn, "Acme Corp. said it would appeal.", "acme corp. said it would appeal ."},
    {kEn, "It rose at 10 a.m. on Monday, i.e. early.", "it rose at 10 a.m. on monday , i.e. early ."},
    {kFr, "Le 5 févr. 2021, J.-M. Le Pen a parlé.", "le 5 févr. 2021 , j.-m. le pen a parlé ."},
    // --- Numbers, times, dates, URLs, e-mail ----------------------------
    {kFr, "Rendez-vous à 09h04 le 05/02, soit le 2021-02-05 à 10:30.",
     "rendez-vous à 09h04 le 05/02 , soit le 2021-02-05 à 10:30 ."},
    {kFr, "Il a versé 3\u00a0000 euros.", "il a versé 3000 euros ."},
    {kEn, "A 19-year-old won 1,750 dollars on the 21st.",
     "a 19-year-old won 1,750 dollars on the 21st ."},
    {kFr, "Voir https://www.exemple.fr/a/b.html. Ou www.exemple.org. Puis écrire à presse@exemple.fr.",
     "voir https://www.exemple.fr/a/b.html . | ou www.exemple.org . | puis écrire à presse@exemple.fr ."},
    {kFr, "Le site lemonde.fr publie.", "le site lemonde.fr publie ."},
    // --- French elision -------------------------------------------------
    {kFr, "L'homme d'affaires qu'il connaît n'a jamais dit s'il viendrait.",
     "l'{E} homme d'{E} affaires qu'{E} il connaît n'{E} a jamais dit s'{E} il viendrait ."},
    {kFr, "J’ai vu l’armée jusqu’à l’aube, lorsqu’elle est partie, puisqu’on l’a dit, quoiqu’il arrive.",
     "j'{E} ai vu l'{E} armée jusqu'{E} à l'{E} aube , lorsqu'{E} elle est partie , "
     "puisqu'{E} on l'{E} a dit , quoiqu'{E} il arrive ."},
    {kFr, "Il m'a dit qu'il t'aime et c'est tout.",
     "il m'{E} a dit qu'{E} il t'{E} aime et c'{E} est tout ."},
    {kFr, "C'est-à-dire aujourd'hui, dans la presqu'île, quelqu'un.",
     "c'est-à-dire aujourd'hui , dans la presqu'île , quelqu'un ."},
    {kFr, "La Côte d'Ivoire et l' ONU.", "la côte d'{E} ivoire et l'{E} onu ."},
    // --- French hyphenated inversions and compounds ---------------------
    {kFr, "Que fera-t-il ? Peut-on le croire, dit-elle, voulez-vous ?",
     "que fera il{C} ? | peut on{C} le croire , dit elle{C} , voulez vous{C} ?"},
    {kFr, "Qu'en pense-t-on ? Est-ce vrai ? Va-t-en. Donne-le-moi.",
     "qu'{E} en pense on{C} ? | est ce{C} vrai ? | va en{C} . | donne le{C} moi{C} ."},
    {kFr, "Les États-Unis et la coopération russo-américaine, peut-être.",
     "les états-unis et la coopération russo-américaine , peut-être ."},
    {kFr, "Les Nord-Coréens, le week-end, le porte-parole Jean-Yves, un rendez-vous.",
     "les nord-coréens , le week-end , le porte-parole jean-yves , un rendez-vous ."},
    {kFr, "FAUT-IL PARTIR ?", "faut il{C} partir ?"},
    // --- English clitics -------------------------------------------------
    {kEn, "Russia's envoy said they don't know.",
     "russia 's{C} envoy said they do n't{C} know ."},
    {kEn, "We can't and won't, they're sure we've said I'll go and he'd stay.",
     "we ca n't{C} and wo n't{C} , they 're{C} sure we 've{C} said i 'll{C} go and he 'd{C} stay ."},
    {kEn, "The ministers' meeting and O'Brien's plan.",
     "the ministers '{C} meeting and o'brien 's{C} plan ."},
    {kEn, "Russia’s envoy didn’t come.", "russia 's{C} envoy did n't{C} come ."},
    {kEn, "Papers called the plan 'a farce of promises' yesterday.",
     "papers called the plan ' a farce of promises ' yesterday ."},
    // --- Typography folding --------------------------------------------
    {kFr, "Le Moyen\u2011Orient et l\u02bcEurope.", "le moyen-orient et l'{E} europe ."},
    {kEn, "The Paris\u2013Berlin line \u2014 again.", "the paris-berlin line \u2014 again ."},
};

TEST(AnalyzeTextTest, Table) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    const AnalyzedText a = Analyze(c.text, c.lang);
    EXPECT_EQ(Render(a), c.expected);
  }
}

TEST(AnalyzeTextTest, OffsetsQuoteTheOriginalSurface) {
  const std::string text = "L’Élysée a-t-il dit « non » ? Russia’s U.S. envoy didn’t.";
  const AnalyzedText a = Analyze(text, kFr);
  std::vector<std::string> surfaces;
  for (const Token& t : a.tokens) surfaces.push_back(text.substr(t.begin, t.end - t.begin));
  const std::vector<std::string> expected = {
      "L’", "Élysée", "a", "il", "dit", "«", "non", "»", "?",
      "Russia’s", "U.S.", "envoy", "didn’t", "."};
  EXPECT_EQ(surfaces, expected);
  // The norm of the elided token folds the apostrophe; the surface keeps it.
  EXPECT_EQ(a.Norm(a.tokens[0]), "l'");
  EXPECT_EQ(a.Norm(a.tokens[1]), "élysée");
}

TEST(AnalyzeTextTest, InversionDropsEuphonicT) {
  const std::string text = "a-t-il";
  const AnalyzedText a = Analyze(text, kFr);
  ASSERT_EQ(a.tokens.size(), 2u);
  EXPECT_EQ(a.tokens[0].begin, 0u);
  EXPECT_EQ(a.tokens[0].end, 1u);
  EXPECT_EQ(a.tokens[1].begin, 4u);
  EXPECT_EQ(a.tokens[1].end, 6u);
  EXPECT_EQ(a.tokens[0].flags & kClitic, 0);
  EXPECT_NE(a.tokens[1].flags & kClitic, 0);
}

TEST(AnalyzeTextTest, ArabicNameParticleBeforeACapitalIsCapitalized) {
  // "al-Assad", "el-Sisi" start a name; "al-" before a lower-case word, or
  // any other lower-case hyphenated word, does not.
  const AnalyzedText a = Analyze("Supporters of al-Assad met el-Sisi in a well-known al-fresco place", kEn);
  ASSERT_EQ(a.tokens.size(), 10u);
  EXPECT_EQ(a.Norm(a.tokens[2]), "al-assad");
  EXPECT_NE(a.tokens[2].flags & kCapitalized, 0);
  EXPECT_NE(a.tokens[4].flags & kCapitalized, 0);
  EXPECT_EQ(a.tokens[7].flags & kCapitalized, 0);
  EXPECT_EQ(a.tokens[8].flags & kCapitalized, 0);
}

TEST(AnalyzeTextTest, Flags) {
  const std::string text = "Le PSG et l'ONU\nÉtats-Unis, X et iPhone";
  const AnalyzedText a = Analyze(text, kFr);
  struct Want {
    const char* norm;
    uint8_t flags;
  };
  const Want want[] = {
      {"le", kCapitalized | kLineStart},
      {"psg", kCapitalized | kAllCaps},
      {"et", 0},
      {"l'", kElided},
      {"onu", kCapitalized | kAllCaps},
      {"états-unis", kCapitalized | kLineStart},
      {",", 0},
      {"x", kCapitalized},  // a single letter is not "all caps"
      {"et", 0},
      {"iphone", 0},
  };
  ASSERT_EQ(a.tokens.size(), std::size(want));
  for (size_t k = 0; k < a.tokens.size(); ++k) {
    SCOPED_TRACE(k);
    EXPECT_EQ(a.Norm(a.tokens[k]), want[k].norm);
    EXPECT_EQ(a.tokens[k].flags, want[k].flags);
  }
}

TEST(AnalyzeTextTest, Kinds) {
  const AnalyzedText a = Analyze("Le 05/02, 3,5 % de 2021 ; voir www.a.fr", kFr);
  const TokenKind want[] = {TokenKind::kWord,   TokenKind::kNumber, TokenKind::kPunct,
                            TokenKind::kNumber, TokenKind::kPunct,  TokenKind::kWord,
                            TokenKind::kNumber, TokenKind::kPunct,  TokenKind::kWord,
                            TokenKind::kSymbol};
  ASSERT_EQ(a.tokens.size(), std::size(want));
  for (size_t k = 0; k < a.tokens.size(); ++k) EXPECT_EQ(a.tokens[k].kind, want[k]) << k;
  const AnalyzedText b = Analyze("5 $ + 3 € = 8", kEn);
  EXPECT_EQ(b.tokens[1].kind, TokenKind::kSymbol);
  EXPECT_EQ(b.tokens[2].kind, TokenKind::kSymbol);
  EXPECT_EQ(b.tokens[4].kind, TokenKind::kSymbol);
}

TEST(AnalyzeTextTest, DecomposedInputHasTheSameNorm) {
  const std::string precomposed = "\u00c9lys\u00e9e r\u00e9agit \u00e0 P\u00e9kin";
  const std::string decomposed = "E\u0301lyse\u0301e re\u0301agit a\u0300 Pe\u0301kin";
  const AnalyzedText a = Analyze(precomposed, kFr);
  const AnalyzedText b = Analyze(decomposed, kFr);
  ASSERT_EQ(a.tokens.size(), 4u);
  ASSERT_EQ(b.tokens.size(), 4u);
  for (size_t k = 0; k < a.tokens.size(); ++k) {
    EXPECT_EQ(a.Norm(a.tokens[k]), b.Norm(b.tokens[k])) << k;
    EXPECT_EQ(a.tokens[k].flags, b.tokens[k].flags) << k;
  }
  EXPECT_EQ(b.Norm(b.tokens[0]), "\u00e9lys\u00e9e");
  // Offsets still cover the decomposed original bytes.
  EXPECT_EQ(decomposed.substr(b.tokens[0].begin, b.tokens[0].end - b.tokens[0].begin),
            "E\u0301lyse\u0301e");
}

TEST(AnalyzeTextTest, FullCaseMappingOutsideLatin) {
  const AnalyzedText a = Analyze("ΑΘΗΝΑ Straße ДУМА", kFr);
  ASSERT_EQ(a.tokens.size(), 3u);
  EXPECT_EQ(a.Norm(a.tokens[0]), "αθηνα");
  EXPECT_EQ(a.Norm(a.tokens[1]), "straße");
  EXPECT_EQ(a.Norm(a.tokens[2]), "дума");
  EXPECT_NE(a.tokens[2].flags & kAllCaps, 0);
}

TEST(AnalyzeTextTest, LanguagesWithoutRulesDoNotSplitWords) {
  const AnalyzedText a = Analyze("l'homme don't a-t-il", Language::kOther);
  EXPECT_EQ(Render(a), "l'homme don't a-t-il");
}

TEST(AnalyzeTextTest, EmptyAndBlankText) {
  EXPECT_EQ(Analyze("", kFr).tokens.size(), 0u);
  const AnalyzedText a = Analyze(" \n\t \r\n ", kEn);
  EXPECT_EQ(a.tokens.size(), 0u);
  EXPECT_EQ(a.sentences.size(), 0u);
}

TEST(AnalyzeTextTest, ReuseClearsPreviousResult) {
  AnalyzedText a;
  ASSERT_TRUE(AnalyzeText("Un. Deux. Trois.", kFr, {}, &a).ok());
  EXPECT_EQ(a.sentences.size(), 3u);
  ASSERT_TRUE(AnalyzeText("Quatre", kFr, {}, &a).ok());
  EXPECT_EQ(Render(a), "quatre");
}

TEST(AnalyzeTextTest, RejectsBadOptions) {
  AnalyzedText a;
  TextOptions options;
  options.max_sentence_tokens = 0;
  EXPECT_EQ(AnalyzeText("x", kFr, options, &a).code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(AnalyzeText("x", kFr, {}, nullptr).code(), Status::Code::kInvalidArgument);
}

TEST(AnalyzeTextTest, LongSentenceIsCutPreferablyAtAComma) {
  std::string text;
  for (int i = 0; i < 25; ++i) text += "mot mot mot, ";
  text += "fin.";
  TextOptions options;
  options.max_sentence_tokens = 10;
  const AnalyzedText a = Analyze(text, kFr, options);
  ASSERT_GT(a.sentences.size(), 1u);
  for (size_t i = 0; i + 1 < a.sentences.size(); ++i) {
    const Sentence& s = a.sentences[i];
    EXPECT_EQ(a.Norm(a.tokens[s.first_token + s.token_count - 1]), ",") << "piece " << i;
  }
  // A text without commas is cut at exactly the budget.
  std::string plain;
  for (int i = 0; i < 95; ++i) plain += "mot ";
  const AnalyzedText b = Analyze(plain, kFr, options);
  ASSERT_EQ(b.sentences.size(), 10u);
  EXPECT_EQ(b.sentences[0].token_count, 10u);
  EXPECT_EQ(b.sentences[9].token_count, 5u);
}

TEST(AnalyzeTextTest, BudgetOfOneToken) {
  TextOptions options;
  options.max_sentence_tokens = 1;
  const AnalyzedText a = Analyze("Un, deux, trois.", kFr, options);
  EXPECT_EQ(a.sentences.size(), a.tokens.size());
}

// A 5 MB document on a single line, without a sentence end, must be cut by
// the budget and processed in linear time. Guards against quadratic scans.
TEST(AnalyzeTextTest, HugeSingleLineIsLinear) {
  std::string text;
  const std::string unit = "les négociateurs de l'ONU, réunis à Genève, ont-ils conclu 3,5 accords ";
  while (text.size() < 5'000'000) text += unit;
  TextOptions options;
  const auto start = std::chrono::steady_clock::now();
  const AnalyzedText a = Analyze(text, kFr, options);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_GT(a.tokens.size(), 500'000u);
  EXPECT_GT(a.sentences.size(), a.tokens.size() / options.max_sentence_tokens);
  EXPECT_LT(seconds, 10.0) << "5 MB took " << seconds << " s";

  // One 5 MB "word", and 5 MB of dots: single tokens, still linear.
  const std::string word(5'000'000, 'a');
  EXPECT_EQ(Analyze(word, kFr).tokens.size(), 1u);
  const std::string dots(5'000'000, '.');
  EXPECT_EQ(Analyze(dots, kEn).tokens.size(), 1u);
  std::string initials;
  while (initials.size() < 5'000'000) initials += "A.";
  EXPECT_EQ(Analyze(initials, kEn).tokens.size(), 1u);
  std::string hyphens;
  while (hyphens.size() < 5'000'000) hyphens += "a-";
  hyphens += "a";
  EXPECT_EQ(Analyze(hyphens, kFr).tokens.size(), 1u);
}

// --- ValidateText ---------------------------------------------------------

TEST(ValidateTextTest, AcceptsText) {
  EXPECT_TRUE(ValidateText("").ok());
  EXPECT_TRUE(ValidateText("Plain ASCII text.\n").ok());
  EXPECT_TRUE(ValidateText("Élysée, 北京, \xF0\x9F\x98\x80, tab\there\r\nform\ffeed").ok());
  EXPECT_TRUE(ValidateText("\xEF\xBF\xBF and \xF4\x8F\xBF\xBF").ok());  // U+FFFF, U+10FFFF
}

TEST(ValidateTextTest, RejectsInvalidUtf8AndNamesTheOffset) {
  const struct {
    std::string text;
    size_t offset;
  } bad[] = {
      {"abc\xC3", 3},                    // truncated
      {"abc\xC3(", 3},                   // bad continuation
      {"x\xC0\xAF", 1},                  // overlong '/'
      {"x\xE0\x80\xAF", 1},              // overlong, 3 bytes
      {"x\xF0\x80\x80\xAF", 1},          // overlong, 4 bytes
      {"xy\xED\xA0\x80", 2},             // surrogate U+D800
      {"\xF4\x90\x80\x80", 0},           // U+110000
      {"ok \xF8\x88\x80\x80\x80", 3},    // 5-byte form
      {"0123456789\x80", 10},            // stray continuation after the ASCII fast path
      {"caf\xE9", 3},                    // Latin-1
  };
  for (const auto& b : bad) {
    SCOPED_TRACE(b.offset);
    const Status st = ValidateText(b.text);
    EXPECT_EQ(st.code(), Status::Code::kDataLoss);
    EXPECT_NE(st.message().find("invalid UTF-8 at byte offset " + std::to_string(b.offset)),
              std::string::npos)
        << st.message();
  }
}

TEST(ValidateTextTest, RejectsBinary) {
  const std::string nul = std::string("some text") + '\0' + "more";
  Status st = ValidateText(nul);
  EXPECT_EQ(st.code(), Status::Code::kDataLoss);
  EXPECT_NE(st.message().find("NUL byte at byte offset 9"), std::string::npos) << st.message();

  std::string controls = "header";
  for (int i = 0; i < 20; ++i) controls += "\x01\x02\x1b";
  st = ValidateText(controls);
  EXPECT_EQ(st.code(), Status::Code::kDataLoss);
  EXPECT_NE(st.message().find("byte offset 6"), std::string::npos) << st.message();

  // A stray control in ordinary text is tolerated.
  EXPECT_TRUE(ValidateText("a normal sentence with one \x1b escape in it, and more words").ok());
}

// --- Shared corpus (optional) -----------------------------------------------

TEST(AnalyzeTextTest, SharedFrenchCorpusKeepsInvariants) {
  const std::string path = PARLEY_SOURCE_DIR "/../shared/corpora/fr_news_plain.txt";
  std::ifstream in(path, std::ios::binary);
  if (!in) GTEST_SKIP() << "no shared corpus at " << path;
  std::string text(1 << 20, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<size_t>(in.gcount()));
  while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
  if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0) text.pop_back();
  ASSERT_TRUE(ValidateText(text).ok());
  const AnalyzedText a = Analyze(text, kFr);
  // One sentence a line in this corpus: the splitter should find at least
  // one sentence per line and not wildly more.
  size_t lines = 0;
  for (char c : text) lines += c == '\n';
  EXPECT_GE(a.sentences.size(), lines);
  EXPECT_LT(a.sentences.size(), lines * 13 / 10);
}

}  // namespace
}  // namespace parley::text

// A headline written all in capitals flags its tokens; a sentence with
// ordinary case, or a short run of capitals, does not.
TEST(AnalyzeTextTest, HeadlinesInCapitalsAreShouted) {
  parley::text::AnalyzedText out;
  ASSERT_TRUE(parley::text::AnalyzeText("SYRIA SAYS ISRAEL BLOCKS A CITRUS DEAL\nThe UN said NATO met.\nIBM GAINS\n",
                                        parley::Language::kEnglish, {}, &out)
                  .ok());
  ASSERT_EQ(out.sentences.size(), 3u);
  auto shouted = [&](size_t s) {
    const auto& sentence = out.sentences[s];
    bool all = true;
    for (uint32_t i = sentence.first_token; i < sentence.first_token + sentence.token_count; ++i) {
      all &= (out.tokens[i].flags & parley::text::kShouted) != 0;
    }
    return all;
  };
  EXPECT_TRUE(shouted(0));
  EXPECT_FALSE(shouted(1));
  EXPECT_FALSE(shouted(2));  // two words: too short to tell a headline from an acronym
  // In capitals, "U.S." ends no sentence before another word in capitals.
  ASSERT_TRUE(parley::text::AnalyzeText("COLOMBIA BLASTS U.S. FOR COFFEE TALKS FAILURE\nU.S. TO ASK JAPAN TO ACT\n",
                                        parley::Language::kEnglish, {}, &out)
                  .ok());
  EXPECT_EQ(out.sentences.size(), 2u);
}

// Regression: a non-ASCII byte after "@x." in an e-mail-like word was used
// as an index into the 128-entry ASCII table (found by coder_fuzz).
TEST(AnalyzeTextRegression, EmailFollowedByNonAsciiByte) {
  const std::string text = "RRRRRRlRR.\xC3\xA9lic@RRRRRRRlRR.\xC3\xA9lic et ab@cd.\xC3\xA9t\xC3\xA9 fin.";
  parley::text::AnalyzedText out;
  ASSERT_TRUE(parley::text::AnalyzeText(text, parley::Language::kFrench, {}, &out).ok());
  for (const auto& t : out.tokens) EXPECT_LE(t.end, text.size());
}
