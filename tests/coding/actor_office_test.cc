// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// People coded by the office the text gives them, not by nationality, and
// names or places that are no actor (issue 5; the fourth precision review,
// docs/reviews/precision-2026-12d.md). Our own sentences, in wire style.
// Dates are often the default a story with none gets (2010-06-01), which
// is why the dictionary may know a person out of office on them.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "coding/gold_util.h"

namespace parley::testing {
namespace {

using ::testing::Contains;
using ::testing::Not;

class ActorOfficeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto coder = Coder::Create(CoderOptions{});
    ASSERT_TRUE(coder.ok()) << coder.status().ToString();
    coder_ = std::move(coder).value().release();
  }
  static void TearDownTestSuite() { delete coder_; }

  static std::vector<std::string> Actors(const std::string& text, Language lang, const std::string& date) {
    std::string error;
    auto out = RenderedActors(*coder_, text, lang, date, &error);
    EXPECT_TRUE(error.empty()) << error;
    return out;
  }
  static std::vector<std::string> Events(const std::string& text, Language lang, const std::string& date) {
    std::vector<Event> events;
    Status st = coder_->Code(TestDocument(text, lang, date), &events);
    EXPECT_TRUE(st.ok()) << st.ToString();
    std::vector<std::string> out;
    for (const Event& e : events) out.push_back(e.source + " " + e.code + " " + e.target);
    return out;
  }

  static Coder* coder_;
};
Coder* ActorOfficeTest::coder_ = nullptr;

TEST_F(ActorOfficeTest, AnIgoTitleInAppositionBeatsNationality) {
  // Kai Eide's UN mandate ended in early 2010: the title still says whose he is.
  EXPECT_THAT(Actors("The UN envoy to Afghanistan, Kai Eide, told reporters he would step down.", Language::kEnglish,
                     "2010-06-01"),
              Contains("Kai Eide=IGOUNO"));
  EXPECT_THAT(Actors("L'émissaire de l'ONU pour l'Afghanistan, Kai Eide, a rencontré le président afghan.",
                     Language::kFrench, "2010-06-01"),
              Contains("Kai Eide=IGOUNO"));
}

TEST_F(ActorOfficeTest, AnIgoNamedBeforeTheTitleAndNameIsTheOffice) {
  // Conable led the World Bank in 1986-91; the story's date is a guess.
  // Later sentences of the story keep the office the title gave him.
  const auto actors = Actors(
      "World Bank President Barber Conable met Brazilian officials on Monday. Conable praised the Brazilian finance "
      "minister.",
      Language::kEnglish, "2010-06-01");
  EXPECT_THAT(actors, Contains("World Bank President Barber Conable=IGOUNOWBK"));
  EXPECT_THAT(actors, Contains("Conable=IGOUNOWBK"));
}

TEST_F(ActorOfficeTest, AnOfficeHeldInAnIgoTheSentenceNames) {
  // Out of office on the date, but the sentence names the organisation his
  // dictionary entry says he served.
  EXPECT_THAT(Actors("The head of the Food and Agriculture Organization (FAO), Edouard Saouma, signed an aid accord "
                     "with Peru.",
                     Language::kEnglish, "2010-06-01"),
              Contains("Edouard Saouma=IGOUNOFAO"));
  // The description in apposition is the same person, not Spain's government.
  const auto events = Events(
      "Le président de la Commission, José Manuel Barroso, et le chef de la diplomatie, Javier Solana, ont reçu le "
      "ministre indien des Affaires étrangères.",
      Language::kFrench, "2010-06-01");
  EXPECT_THAT(events, Contains("IGOEUREEC 043 INDGOV"));
  EXPECT_THAT(events, Not(Contains(::testing::HasSubstr("ESP"))));
}

TEST_F(ActorOfficeTest, APastOfficeIsNoPresentOne) {
  EXPECT_THAT(Actors("Former FAO chief Edouard Saouma criticised Peru.", Language::kEnglish, "2010-06-01"),
              Contains("Edouard Saouma=LBN"));
  EXPECT_THAT(Actors("Edouard Saouma, the former FAO director-general, criticised the FAO budget.", Language::kEnglish,
                     "2010-06-01"),
              Contains("Edouard Saouma=LBN"));
}

TEST_F(ActorOfficeTest, AOneWordNameAfterAnotherGivenNameIsANamesake) {
  // Not Liberia's Amos Sawyer, who is "Sawyer" in the dictionary.
  EXPECT_THAT(Actors("Lors d'un entretien avec Diane Sawyer, la députée a parlé de sa convalescence.",
                     Language::kFrench, "2010-06-01"),
              Not(Contains("Sawyer=LBR")));
  EXPECT_THAT(Actors("Amos Sawyer a rencontré le président ivoirien.", Language::kFrench, "1992-06-01"),
              Contains("Amos Sawyer=LBRGOV"));
}

TEST_F(ActorOfficeTest, AHouseOfCommonsIsTheCountryTheStoryNames) {
  EXPECT_THAT(Actors("Finance Minister Michael Wilson presented the budget to the House of Commons.",
                     Language::kEnglish, "1987-06-01"),
              Contains("House of Commons=CANLEG"));
  EXPECT_THAT(Actors("Tony Blair told the House of Commons that the war had been legal.", Language::kEnglish,
                     "2005-06-01"),
              Contains("House of Commons=GBRLEG"));
}

TEST_F(ActorOfficeTest, AParliamentIsNotTheCountryOfAPlaceElsewhereInTheSentence) {
  const auto actors = Actors("The finance minister told a Lower House Budget Committee in Parliament that Japan and "
                             "other nations had pledged in Paris to steady the yen.",
                             Language::kEnglish, "1987-06-01");
  EXPECT_THAT(actors, Contains("Lower House Budget Committee=JPNLEG"));
  EXPECT_THAT(Actors("Lawmakers in Kiev voted to dismiss the government.", Language::kEnglish, "2015-06-01"),
              Contains("Lawmakers=UKRLEG"));
}

TEST_F(ActorOfficeTest, ACountryModifyingANounAfterAnArticleIsNoPlace) {
  EXPECT_THAT(Actors("Senators questioned witnesses in the Iran arms affair.", Language::kEnglish, "1987-06-01"),
              Not(Contains("Senators=IRNLEG")));
}

TEST_F(ActorOfficeTest, APlaceIsNoMemberOfTheListAfterIt) {
  EXPECT_THAT(Events("Talks opened in Annapolis, in Maryland, where Israelis and Palestinians agreed on a joint "
                     "declaration.",
                     Language::kEnglish, "2007-11-27"),
              Not(Contains(::testing::HasSubstr("USA"))));
  EXPECT_THAT(Events("The president announced in Annapolis, in Maryland, that Israelis and Palestinians had reached "
                     "an accord.",
                     Language::kEnglish, "2007-11-27"),
              Not(Contains(::testing::HasSubstr("USA 057"))));
}

TEST_F(ActorOfficeTest, ATownSeveralCountriesNameIsTheOneOfTheCountryTheStoryNames) {
  EXPECT_THAT(Actors("Argentine army units in Cordoba ended their revolt against President Alfonsin.", Language::kEnglish,
                     "1987-06-01"),
              Contains("Cordoba@ARG"));
  EXPECT_THAT(Actors("La police espagnole a arrêté deux hommes à Cordoue.", Language::kFrench, "2010-06-01"),
              Contains("Cordoue@ESP"));
  // The Brazilian state, not the Argentine town of the seed gazetteer.
  EXPECT_THAT(Actors("Brazilian farmers in Parana expect a record soybean crop.", Language::kEnglish, "1987-06-01"),
              Contains("Parana@BRA"));
}

TEST_F(ActorOfficeTest, AnExPrefixIsAPastTitle) {
  // "Ex-Prime Minister": the title is read whole, and no longer held.
  const auto actors = Actors("Ex-Prime Minister Tony Blair toured a school in Kent on Friday.", Language::kEnglish,
                             "2012-03-02");
  EXPECT_THAT(actors, Contains("Prime Minister Tony Blair=GBR"));
  EXPECT_THAT(Actors("The ex-president of Peru flew to Madrid.", Language::kEnglish, "2012-03-02"),
              Not(Contains("president of Peru=PERGOV")));
}

TEST_F(ActorOfficeTest, AMixedCaseAcronymNeedsItsInnerCapital) {
  // LeT (Lashkar-e-Taiba) is not a sentence-initial "Let".
  EXPECT_THAT(Actors("\"Let them vote first,\" the senator told a hearing in Ohio.", Language::kEnglish, "2009-05-04"),
              Not(Contains(::testing::HasSubstr("INDREB"))));
  EXPECT_THAT(Actors("Indian police said LeT gunmen crossed into Kashmir.", Language::kEnglish, "2009-05-04"),
              Contains(::testing::HasSubstr("=INDREB")));
}

TEST_F(ActorOfficeTest, GeneralAsAnAdjectiveOrInACompanyNameIsNoOfficer) {
  EXPECT_THAT(Actors("Officials in Ottawa want a general fiscal overhaul of the Canadian provinces.", Language::kEnglish,
                     "1988-04-05"),
              Not(Contains(::testing::HasSubstr("MIL"))));
  EXPECT_THAT(Actors("In a letter, General Dynamics said it would keep its plant in Ohio.", Language::kEnglish,
                     "1988-04-05"),
              Not(Contains(::testing::HasSubstr("MIL"))));
  EXPECT_THAT(Actors("Voters in Leeds expect the General Election in May.", Language::kEnglish, "2005-01-10"),
              Not(Contains(::testing::HasSubstr("MIL"))));
  // A general named after the title is still one.
  EXPECT_THAT(Actors("Brazilian General Joao Silveira told troops in Brasilia to stand down.", Language::kEnglish,
                     "1988-04-05"),
              Contains(::testing::HasSubstr("=BRAMIL")));
}

TEST_F(ActorOfficeTest, ARoleForACompanyIsNotTheStates) {
  // A spokesman for a company, or for a body no dictionary knows, is not the
  // government of the country the sentence names; one for the ministry is.
  EXPECT_THAT(Actors("A spokesman for Brelinco Zuivel, the biggest dairy group in the Netherlands, said milk output fell.",
                     Language::kEnglish, "1988-04-05"),
              Not(Contains("spokesman=NLDGOV")));
  EXPECT_THAT(Actors("A lawyer for the company in Spain said the suit had no merit.", Language::kEnglish, "1988-04-05"),
              Not(Contains("lawyer=ESPJUD")));
  EXPECT_THAT(Actors("A spokesman for the ministry in the Netherlands said milk output fell.", Language::kEnglish,
                     "1988-04-05"),
              Contains("spokesman=NLDGOV"));
  // A spokesman for a coded body is its voice, wherever he speaks.
  EXPECT_THAT(Actors("A spokesman for the Peruvian embassy in Madrid said the visas were valid.", Language::kEnglish,
                     "2004-09-14"),
              Contains("spokesman=PERGOV"));
}

TEST_F(ActorOfficeTest, ACentralBankIsItsStatesGovernment) {
  EXPECT_THAT(Actors("A Bank of Spain spokesman said reserve rules would change.", Language::kEnglish, "1988-04-05"),
              Contains("Bank of Spain spokesman=ESPGOV"));
  EXPECT_THAT(Actors("The Bank of Japan bought dollars in Tokyo.", Language::kEnglish, "1988-04-05"),
              Contains("Bank of Japan=JPNGOV"));
}

TEST_F(ActorOfficeTest, ASurnameOfPeopleOfSeveralCountriesNamesNoOneUntilTheStoryTellsWhich) {
  // Kim (CAN), Epsy (CRI) and Menzies (GBR) Campbell: "Mr Campbell" alone is
  // none of them, and gives no country to the next untitled role.
  const auto actors = Actors("Mr Campbell said he would help in the campaign. Deputy Prime Minister John Prescott "
                             "welcomed him.",
                             Language::kEnglish, "2005-01-10");
  EXPECT_THAT(actors, Not(Contains("Mr Campbell=CAN")));
  EXPECT_THAT(actors, Contains("Deputy Prime Minister John Prescott=GBRGOV"));
  // Nor does an office held that day tell them apart: "Mr Johnson" is no
  // more the American lawmaker than the British minister.
  EXPECT_THAT(Actors("Mr Johnson, the former foreign secretary, said Britain would leave.", Language::kEnglish,
                     "2019-06-01"),
              Not(Contains("Mr Johnson=USALEG")));
  // Named in full first, the surname is hers.
  EXPECT_THAT(Actors("Prime Minister Kim Campbell met Mr Clinton. Mrs Campbell said trade was good.",
                     Language::kEnglish, "1993-08-01"),
              Contains("Mrs Campbell=CANGOV"));
}

}  // namespace
}  // namespace parley::testing
