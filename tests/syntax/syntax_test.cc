// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The syntax stage on sentences written for these tests: subjects, objects
// and complements through the constructions news uses (compound tenses,
// clitics, negation, passives, relatives, incises, coordination, reported
// speech), in both languages; and the floors against UD's gold relations
// (../shared/corpora/ud, skipped when absent; docs/syntax.md has the figures).

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "coding/forms.h"
#include "coding/language_pack.h"
#include "coding/ud_syntax.h"
#include "syntax/syntax.h"
#include "text/text.h"

namespace parley::coding {
namespace {

class SyntaxTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    vocabulary_ = std::make_shared<Vocabulary>();
    for (Language l : {Language::kFrench, Language::kEnglish}) {
      auto pack = LanguagePack::Load(l, PARLEY_SOURCE_DIR "/dictionaries", PARLEY_TEST_DATA_DIR, vocabulary_);
      ASSERT_TRUE(pack.ok()) << pack.status().ToString();
      (l == Language::kFrench ? french_ : english_) = std::move(pack).value();
    }
  }
  static void TearDownTestSuite() {
    french_.reset();
    english_.reset();
    vocabulary_.reset();
  }

  // Each verb group of the first sentence rendered "verb:subject>object"
  // (heads, lower case; "-" when none; "~" marks an inherited subject), plus
  // its prepositional complements "prep=head" (those of a noun after the
  // verb included: roles are chosen from them later).
  std::vector<std::string> Roles(Language lang, const std::string& text) {
    const LanguagePack& pack = lang == Language::kFrench ? *french_ : *english_;
    text::AnalyzedText at;
    EXPECT_TRUE(text::AnalyzeText(text, lang, {}, &at).ok());
    FormCache& cache = ThreadFormCache(pack);
    std::vector<const FormEntry*> forms(at.tokens.size());
    for (size_t i = 0; i < at.tokens.size(); ++i) {
      forms[i] = &AnalyzeForm(pack, *vocabulary_, cache, at.Norm(at.tokens[i]), at.tokens[i].kind == text::TokenKind::kWord);
    }
    std::vector<syntax::TokenIn> in;
    syntax::SentenceSyntax syn;
    const text::Sentence& s = at.sentences.front();
    SyntaxInput(*pack.lexicon, at, s, forms, nullptr, &in);
    syntax::Analyze(in, SyntaxLanguage(pack), &syn);
    auto word = [&](int32_t t) { return std::string(at.Norm(at.tokens[s.first_token + t])); };
    auto head = [&](int32_t np) { return np < 0 ? std::string("-") : word(syn.nps[np].head); };
    std::vector<std::string> out;
    for (const syntax::VerbGroup& v : syn.verbs) {
      std::string r = word(v.head) + ":" + (v.subject_inherited ? "~" : "") + head(v.subject) + ">" + head(v.object);
      if (v.indirect >= 0) r += " indirect=" + head(v.indirect);
      if (v.passive) r += " passive";
      if (v.negated) r += " negated";
      for (const syntax::Complement& c : v.complements) {
        if (c.kind == syntax::ComplementKind::kNoun) r += " " + word(c.preposition) + "=" + head(c.target);
      }
      out.push_back(r);
    }
    return out;
  }

  static std::shared_ptr<Vocabulary> vocabulary_;
  static std::unique_ptr<LanguagePack> french_, english_;
};

std::shared_ptr<Vocabulary> SyntaxTest::vocabulary_;
std::unique_ptr<LanguagePack> SyntaxTest::french_;
std::unique_ptr<LanguagePack> SyntaxTest::english_;

using ::testing::Contains;
using ::testing::ElementsAre;

TEST_F(SyntaxTest, FrenchCompoundTenseNegationAndObject) {
  EXPECT_THAT(Roles(Language::kFrench, "Le ministre n'a pas reçu l'ambassadeur mardi."),
              ElementsAre("reçu:ministre>ambassadeur negated"));
}

TEST_F(SyntaxTest, FrenchRestrictiveNeQueIsNoNegation) {
  EXPECT_THAT(Roles(Language::kFrench, "Le gouvernement n'a reçu que le ministre allemand."),
              ElementsAre("reçu:gouvernement>ministre"));
  EXPECT_THAT(Roles(Language::kFrench, "Le gouvernement n'a pas dit que l'armée avait attaqué."),
              ElementsAre("dit:gouvernement>- negated", "attaqué:armée>-"));
}

TEST_F(SyntaxTest, FrenchNotOnlyIsNoNegation) {
  EXPECT_THAT(Roles(Language::kFrench, "La Chine n'a pas seulement annulé la visite."), ElementsAre("annulé:chine>visite"));
  EXPECT_THAT(Roles(Language::kFrench, "La Chine n'a pas annulé la visite."), ElementsAre("annulé:chine>visite negated"));
}

TEST_F(SyntaxTest, FrenchOpeningCapitalAIsThePreposition) {
  EXPECT_THAT(Roles(Language::kFrench, "A Manille, les étudiants ont manifesté contre le gouvernement."),
              ElementsAre("manifesté:étudiants>- contre=gouvernement"));
  EXPECT_THAT(Roles(Language::kFrench, "A-t-il rencontré le ministre ?"), Contains("rencontré:il>ministre"));
}

TEST_F(SyntaxTest, FrenchElidedSiBeforeIlOpensAClause) {
  // "s'il": "si" elided, not the reflexive; the reflexive still groups with its verb.
  EXPECT_THAT(Roles(Language::kFrench, "Le ministre démissionnera s'il perd le vote."),
              ElementsAre("démissionnera:ministre>-", "perd:il>vote"));
  EXPECT_THAT(Roles(Language::kFrench, "Le ministre s'est rendu à Rome."), ElementsAre("rendu:ministre>- à=rome"));
}

TEST_F(SyntaxTest, FrenchArticleAfterAPartOfTheDay) {
  EXPECT_THAT(Roles(Language::kFrench, "L'armée a bombardé dans la nuit des positions rebelles."),
              ElementsAre("bombardé:armée>positions dans=nuit"));
  // "de" + article after a counted time: "à trois jours des élections".
  EXPECT_THAT(Roles(Language::kFrench, "Le président a parlé à trois jours des élections."),
              ElementsAre("parlé:président>- à=jours des=élections"));
}

TEST_F(SyntaxTest, FrenchAdjectiveOrVerbAfterANounBeforeARelative) {
  EXPECT_THAT(Roles(Language::kFrench, "Le chef rebelle, qui avait résisté, a été capturé par l'armée."),
              ElementsAre("résisté:qui>-", "capturé:chef>- passive par=armée"));
}

TEST_F(SyntaxTest, FrenchObjectAfterItsPredicateAdjective) {
  EXPECT_THAT(Roles(Language::kFrench, "La Chine a jugé inacceptables les propos du ministre."),
              ElementsAre("jugé:chine>propos du=ministre"));
  EXPECT_THAT(Roles(Language::kFrench, "Le ministre est resté prudent."), ElementsAre("resté:ministre>-"));
}

TEST_F(SyntaxTest, FrenchCountedObjectAfterAComplement) {
  EXPECT_THAT(Roles(Language::kFrench, "La police a dispersé à coups de gaz lacrymogène des milliers de manifestants."),
              Contains(::testing::StartsWith("dispersé:police>milliers")));
}

TEST_F(SyntaxTest, FrenchObjectAfterAComplementAndADate) {
  EXPECT_THAT(Roles(Language::kFrench, "Le président a remis lundi au Premier ministre une lettre de démission."),
              ElementsAre("remis:président>lettre au=premier de=démission"));
}

TEST_F(SyntaxTest, FrenchRelativeBetweenSubjectAndVerb) {
  EXPECT_THAT(Roles(Language::kFrench, "Le chef de l'opposition, qui a rencontré les syndicats hier, a dénoncé la réforme."),
              ElementsAre("rencontré:qui>syndicats", "dénoncé:chef>réforme"));
}

TEST_F(SyntaxTest, FrenchCliticsAndReflexives) {
  EXPECT_THAT(Roles(Language::kFrench, "Le gouvernement l'a condamné."), ElementsAre("condamné:gouvernement>l'"));
  EXPECT_THAT(Roles(Language::kFrench, "Je me demande pourquoi."), ElementsAre("demande:je>-"));
  EXPECT_THAT(Roles(Language::kFrench, "Vous m'accusez de mentir."), Contains("accusez:vous>m'"));
}

TEST_F(SyntaxTest, FrenchAdjectiveBeforeCliticsAndItsVerb) {
  // "chinoises" could be a verb form; before "lui ont refusé" it is the adjective.
  EXPECT_THAT(Roles(Language::kFrench, "Les autorités chinoises lui ont refusé l'entrée."),
              ElementsAre("refusé:autorités>entrée lui=lui"));
}

TEST_F(SyntaxTest, FrenchDativeCliticIsAnAComplement) {
  EXPECT_THAT(Roles(Language::kFrench, "Le ministre le lui a demandé."), ElementsAre("demandé:ministre>le lui=lui"));
}

TEST_F(SyntaxTest, FrenchAuxiliaryAfterAClosingQuote) {
  EXPECT_THAT(Roles(Language::kFrench, "\"Nous refusons\" a déclaré le ministre au président."),
              Contains("déclaré:ministre>- au=président"));
}

TEST_F(SyntaxTest, FrenchPresentParticipleAfterANounIsWhatItDoes) {
  EXPECT_THAT(Roles(Language::kFrench, "Le Conseil a adopté une résolution condamnant la Hongrie."),
              ElementsAre("adopté:conseil>résolution", "condamnant:résolution>hongrie"));
  EXPECT_THAT(Roles(Language::kFrench, "Des manifestants réclamant la démission du président ont défilé."),
              Contains(::testing::StartsWith("réclamant:manifestants>démission")));
}

TEST_F(SyntaxTest, FrenchInvertedSubjectInAQueRelative) {
  EXPECT_THAT(Roles(Language::kFrench, "Les mesures que réclame le gouvernement grec ont été rejetées."),
              ElementsAre("réclame:gouvernement>que", "rejetées:mesures>- passive"));
  EXPECT_THAT(Roles(Language::kFrench, "Voilà ce qu'exigeait le président du Conseil."), Contains("exigeait:président>qu'"));
}

TEST_F(SyntaxTest, FrenchObjectAfterADateBetweenCommas) {
  EXPECT_THAT(Roles(Language::kFrench, "Le ministre a accusé, mardi, la Géorgie de provocations."),
              ElementsAre("accusé:ministre>géorgie de=provocations"));
}

TEST_F(SyntaxTest, FrenchIncisedSubjectAfterWhomItWasSaidTo) {
  EXPECT_THAT(Roles(Language::kFrench, "« Nous refusons », a déclaré à l'AFP le ministre russe."),
              Contains(::testing::StartsWith("déclaré:ministre>-")));
  // Not past what is said: "de son soutien" is the verb's, the subject stands before.
  EXPECT_THAT(Roles(Language::kFrench, "Les deux candidats, MM. Obama et McCain, ont assuré de leur soutien le plan."),
              Contains(::testing::StartsWith("assuré:candidats>")));
}

TEST_F(SyntaxTest, FrenchPassiveWithAgent) {
  EXPECT_THAT(Roles(Language::kFrench, "Le ministre a été reçu par le roi à Rabat."),
              ElementsAre("reçu:ministre>- passive par=roi à=rabat"));
}

TEST_F(SyntaxTest, FrenchIncisedReportingVerbTakesTheSubjectAfterIt) {
  EXPECT_THAT(Roles(Language::kFrench, "« Nous refusons », a déclaré le porte-parole du gouvernement."),
              Contains("déclaré:porte-parole>- du=gouvernement"));
}

TEST_F(SyntaxTest, FrenchIncisedVerbOfFeelingTakesTheSubjectAfterIt) {
  // "», s'est indigné X", "», a rétorqué X": verbs of indignation or retort
  // with no object introduce a quote like "a déclaré"; X is their subject.
  // (Not "dénoncer", "déplorer": ", a dénoncé la réforme" is an object.)
  EXPECT_THAT(Roles(Language::kFrench, "« La décision est injuste », s'est indigné le ministre grec."),
              Contains(::testing::StartsWith("indigné:ministre>-")));
  EXPECT_THAT(Roles(Language::kFrench, "« Personne ne nous a consultés », a rétorqué le ministre grec."),
              Contains("rétorqué:ministre>-"));
  EXPECT_THAT(Roles(Language::kFrench, "« Cette mesure est une honte », s'est insurgé le chef du parti."),
              Contains(::testing::StartsWith("insurgé:chef>-")));
}

TEST_F(SyntaxTest, FrenchCoordinatedVerbsShareTheSubject) {
  EXPECT_THAT(Roles(Language::kFrench, "M. Lavrov a félicité M. Blinken et s'est déclaré prêt à dialoguer."),
              ElementsAre("félicité:m.>m.", "déclaré:~m.>-", "dialoguer:~m.>-"));
}

// A verb with no object before "et"/"and" shares the object of the verb
// coordinated right after it; one with its own object keeps it, and "mais"/"but"
// shares nothing.
TEST_F(SyntaxTest, CoordinatedVerbsShareTheObjectAfterThem) {
  EXPECT_THAT(Roles(Language::kFrench, "Le Japon a condamné et dénoncé l'essai de la Corée."),
              ElementsAre("condamné:japon>essai", "dénoncé:~japon>essai de=corée"));
  EXPECT_THAT(Roles(Language::kFrench, "Le Japon a reçu le ministre et dénoncé l'essai."),
              ElementsAre("reçu:japon>ministre", "dénoncé:~japon>essai"));
  EXPECT_THAT(Roles(Language::kEnglish, "The rebels surrounded and shelled the garrison."),
              ElementsAre("surrounded:rebels>garrison", "shelled:~rebels>garrison"));
  EXPECT_THAT(Roles(Language::kEnglish, "The rebels hesitated but attacked the garrison."),
              ElementsAre("hesitated:rebels>-", "attacked:~rebels>garrison"));
}

TEST_F(SyntaxTest, FrenchCompletiveClause) {
  const auto roles = Roles(Language::kFrench, "Le ministre a affirmé que l'armée avait bombardé la ville.");
  EXPECT_THAT(roles, ElementsAre("affirmé:ministre>-", "bombardé:armée>ville"));
}

TEST_F(SyntaxTest, EnglishOnceAfterAnAuxiliaryOrARelativeIsAnAdverb) {
  EXPECT_THAT(Roles(Language::kEnglish, "Turkey, which was once Israel's closest ally, has criticised Hamas."),
              Contains("criticised:turkey>hamas"));
  EXPECT_THAT(Roles(Language::kEnglish, "Turkey, a regional power that once backed Israel, has criticised Hamas."),
              ElementsAre("backed:that>israel", "criticised:turkey>hamas"));
  EXPECT_THAT(Roles(Language::kEnglish, "Syria has once again accused Israel."), ElementsAre("accused:syria>israel"));
  // Still the conjunction after a full verb: "will leave once the talks end".
  EXPECT_THAT(Roles(Language::kEnglish, "The troops will leave once the talks end."),
              ElementsAre("leave:troops>-", "end:talks>-"));
}

TEST_F(SyntaxTest, EnglishSubjectObjectAndParticle) {
  EXPECT_THAT(Roles(Language::kEnglish, "The army has not yet pulled out its troops."),
              ElementsAre("pulled:army>troops negated"));
}

TEST_F(SyntaxTest, EnglishSaysIsAVerbBeforeAReportedClause) {
  // "says" is never a noun (verb_only_forms), even with a verb after it.
  EXPECT_THAT(Roles(Language::kEnglish, "The government says fuel prices had become too low."),
              Contains("says:government>-"));
}

TEST_F(SyntaxTest, EnglishModalsAreFiniteAndNounVerbFormsResolve) {
  EXPECT_THAT(Roles(Language::kEnglish, "The peace talks in Geneva could resume next week."),
              ElementsAre("resume:talks>-"));
  EXPECT_THAT(Roles(Language::kEnglish, "Russia attacks Ukraine."), ElementsAre("attacks:russia>ukraine"));
}

TEST_F(SyntaxTest, EnglishNounVerbAfterASubjectBeforeAPrepositionIsTheVerb) {
  // No finite verb before or after it in the clause: the verb, whatever
  // follows its preposition (an infinitive after "to" is not finite).
  EXPECT_THAT(Roles(Language::kEnglish, "Mujica travels to Mexico to strengthen political ties."),
              Contains(::testing::StartsWith("travels:mujica>-")));
  EXPECT_THAT(Roles(Language::kEnglish, "The president flies to Cairo on Monday."),
              ElementsAre(::testing::StartsWith("flies:president>-")));
  EXPECT_THAT(Roles(Language::kEnglish, "He pledges to help the refugees."), Contains(::testing::StartsWith("pledges:he>")));
  // A sure verb later in the clause keeps the noun its subject.
  EXPECT_THAT(Roles(Language::kEnglish, "The Kremlin talks with Iran ended on Friday."),
              ElementsAre(::testing::StartsWith("ended:talks>-")));
  // Past a comma too: "The Kremlin talks with Iran, held in Geneva, failed".
  EXPECT_THAT(Roles(Language::kEnglish, "The president's talks with Iran, according to officials, failed."),
              Contains(::testing::StartsWith("failed:talks>-")));
}

TEST_F(SyntaxTest, EnglishAdverbParticipleAfterThePerfectIsTheVerb) {
  EXPECT_THAT(Roles(Language::kEnglish, "French troops have left Afghanistan."), ElementsAre("left:troops>afghanistan"));
  EXPECT_THAT(Roles(Language::kEnglish, "The Israeli army has left the Gaza Strip."), ElementsAre("left:army>gaza"));
}

TEST_F(SyntaxTest, EnglishPluralNounBeforeAPastThatIsAlsoAnAdjective) {
  // "said" and "held" are adjectives too in WordNet ("the said company"); as
  // a simple past after a noun-verb they still make it a noun.
  EXPECT_THAT(Roles(Language::kEnglish, "The Soviet trade ministers said they were committed."),
              ElementsAre("said:ministers>-", "committed:they>- passive"));
  EXPECT_THAT(Roles(Language::kEnglish, "Thousands of dock workers held strikes on Monday."),
              ElementsAre("held:thousands>strikes on=monday"));
}

TEST_F(SyntaxTest, EnglishGerundAfterAPrepositionTakesItsObject) {
  // "meeting" is a noun too; before its object it is the verb.
  EXPECT_THAT(Roles(Language::kEnglish, "The envoy spoke after meeting his counterpart."),
              ElementsAre("spoke:envoy>-", "meeting:~envoy>counterpart"));
}

TEST_F(SyntaxTest, EnglishClausePrepositionBeforeALongTitledName) {
  // "after" opens a clause whose subject is a title and a name longer than
  // the usual window: the words of the name do not count towards it.
  EXPECT_THAT(Roles(Language::kEnglish,
                    "The pact was signed after Deputy Prime Minister of Trade Anna Maria Novak met with the envoy."),
              ElementsAre("signed:pact>- passive", "met:deputy>- with=envoy"));
  // An ordinary phrase after "after" stays a phrase.
  EXPECT_THAT(Roles(Language::kEnglish, "The envoy spoke after the long meeting of the Security Council in New York."),
              ElementsAre("spoke:envoy>- after=meeting of=security in=york"));
}

TEST_F(SyntaxTest, EnglishNameWithAnArabicParticleIsAName) {
  // "al-Assad" is a name: the simple past after it is the verb, not an
  // adjective ("demonstrated" is one too).
  EXPECT_THAT(Roles(Language::kEnglish, "Supporters of Bashar al-Assad demonstrated in Damascus."),
              ElementsAre("demonstrated:supporters>- in=damascus"));
}

TEST_F(SyntaxTest, FrenchNumberAfterAWeekdayCountsTheNextNoun) {
  // "lundi deux rebelles": the number counts the rebels, the object; "lundi
  // 12 mars" stays a date.
  EXPECT_THAT(Roles(Language::kFrench, "L'armée a tué lundi deux rebelles."), ElementsAre("tué:armée>rebelles"));
  EXPECT_THAT(Roles(Language::kFrench, "La police a arrêté mardi 12 militants."), ElementsAre("arrêté:police>militants"));
  EXPECT_THAT(Roles(Language::kFrench, "Le ministre est arrivé lundi 12 mars à Paris."),
              ElementsAre("arrivé:ministre>- à=paris"));
}

TEST_F(SyntaxTest, EnglishHeadlineParticipleBeforeByIsPassive) {
  EXPECT_THAT(Roles(Language::kEnglish, "Aid worker arrested by police in Lagos"),
              ElementsAre("arrested:worker>- passive by=police in=lagos"));
}

TEST_F(SyntaxTest, EnglishFrontedPrepositionalPhraseIsNoApposition) {
  // "According to the ministry, police arrested": the subject is the police,
  // not the start of the sentence.
  EXPECT_THAT(Roles(Language::kEnglish, "According to the ministry, police arrested ten men."),
              ElementsAre("arrested:police>men"));
}

TEST_F(SyntaxTest, EnglishNounVerbAfterACollectiveNounIsItsVerbNotACompound) {
  // "police" takes a plural verb (plural_agreeing_nouns in the lexicon), so
  // "the police arrest" is a subject and its verb; "a state visit" is a noun
  // compound.
  EXPECT_THAT(Roles(Language::kEnglish, "The minister said the police arrest ten men every week."),
              ElementsAre("said:minister>-", "arrest:police>men"));
  EXPECT_THAT(Roles(Language::kEnglish, "The king made a state visit to China."), ElementsAre("made:king>visit to=china"));
}

TEST_F(SyntaxTest, EnglishUnknownHyphenatedCompoundModifiesTheNoun) {
  EXPECT_THAT(Roles(Language::kEnglish, "Workers staged a 24-hour general strike."), ElementsAre("staged:workers>strike"));
}

TEST_F(SyntaxTest, EnglishPassiveRelativeAndApposition) {
  EXPECT_THAT(Roles(Language::kEnglish, "The envoy, who met rebel leaders on Monday, was received by the president."),
              ElementsAre("met:who>leaders on=monday", "received:envoy>- passive by=president"));
}

TEST_F(SyntaxTest, EnglishReportedSpeechWithoutThat) {
  EXPECT_THAT(Roles(Language::kEnglish, "The minister said the rebels had attacked the convoy."),
              ElementsAre("said:minister>-", "attacked:rebels>convoy"));
}

TEST_F(SyntaxTest, EnglishExpletiveThere) {
  EXPECT_THAT(Roles(Language::kEnglish, "There was a debate in parliament."), ElementsAre("was:debate>- in=parliament"));
}

TEST_F(SyntaxTest, EnglishDitransitiveTakesTheSecondObject) {
  EXPECT_THAT(Roles(Language::kEnglish, "The bank gave the government a loan."), ElementsAre("gave:bank>loan indirect=government"));
  // An amount after a name starts the object: "gave Cuba 25 mln dlrs".
  EXPECT_THAT(Roles(Language::kEnglish, "Norway lent Ghana 40 mln dlrs."), ElementsAre("lent:norway>dlrs indirect=ghana"));
  EXPECT_THAT(Roles(Language::kEnglish, "Norway gave Ghana a 40 mln dlr credit line."),
              ElementsAre("gave:norway>line indirect=ghana"));
}

TEST_F(SyntaxTest, EnglishNounVerbsInsideCompounds) {
  // A title noun closes its compound ("the Iraqi prime minister"), and a
  // noun-verb after an amount or right after the verb's first noun is a noun.
  EXPECT_THAT(Roles(Language::kEnglish, "The Dutch prime minister visits Ghana."), ElementsAre("visits:minister>ghana"));
  EXPECT_THAT(Roles(Language::kEnglish, "The bank approved development aid for Ghana."),
              ElementsAre("approved:bank>aid for=ghana"));
}

TEST_F(SyntaxTest, EnglishPossessedNameWithOfIsOnePhraseHeadedAfterThePossessive) {
  // "the Bank of Spain's decision": the whole name owns the decision, which
  // heads the phrase (not "the Bank" with "of Spain's decision" after it).
  EXPECT_THAT(Roles(Language::kEnglish, "China welcomed the Bank of Spain's decision."),
              ElementsAre("welcomed:china>decision"));
  EXPECT_THAT(Roles(Language::kEnglish, "Ghana welcomed the Republic of Congo's decision to free them."),
              Contains("welcomed:ghana>decision"));
  // A common noun before "of" keeps its own phrase: "a member of Hamas's bureau".
  EXPECT_THAT(Roles(Language::kEnglish, "Police arrested a member of Hamas's political bureau."),
              ElementsAre("arrested:police>member of=bureau"));
  // A plain possessor, for comparison: the noun after it heads.
  EXPECT_THAT(Roles(Language::kEnglish, "Israel condemned Iran's nuclear programme."),
              ElementsAre("condemned:israel>programme"));
}

TEST_F(SyntaxTest, EnglishNamesModifyingACommonNounLeaveItTheHead) {
  // "a U.S. Supreme Court decision": the names modify "decision"; a name
  // alone still heads by its first word.
  EXPECT_THAT(Roles(Language::kEnglish, "Britain welcomed a U.S. Supreme Court decision."),
              ElementsAre("welcomed:britain>decision"));
  EXPECT_THAT(Roles(Language::kEnglish, "Russia welcomed the European Union decision."),
              ElementsAre("welcomed:russia>decision"));
  EXPECT_THAT(Roles(Language::kEnglish, "Mexico hosted a U.S. Senate delegation."),
              ElementsAre("hosted:mexico>delegation"));
  EXPECT_THAT(Roles(Language::kEnglish, "Obama met a U.S. Supreme Court justice."), ElementsAre("met:obama>justice"));
}

TEST_F(SyntaxTest, EnglishReducedParticipleBeforeTheVerbModifiesTheSubject) {
  // A bare past form after a noun, followed by its phrases and then the
  // clause's verb, is a participle on the noun; the later verb is the verb.
  EXPECT_THAT(Roles(Language::kEnglish, "Fighters backed by Turkey shelled Kurdish villages."),
              ElementsAre("backed:fighters>- passive by=turkey", "shelled:fighters>villages"));
  EXPECT_THAT(Roles(Language::kEnglish, "Marines based near the port seized the bridge."),
              ElementsAre("based:marines>- passive near=port", "seized:marines>bridge"));
  EXPECT_THAT(Roles(Language::kEnglish, "Italian sailors, helped by divers, rescued the migrants."),
              ElementsAre("helped:sailors>- passive by=divers", "rescued:sailors>migrants"));
  // After a reporting verb the subject of the reported clause takes its participle along.
  EXPECT_THAT(Roles(Language::kEnglish, "The ministry said police posted at the gate detained the driver."),
              ElementsAre("said:ministry>-", "posted:police>- passive", "detained:police>driver"));
  // With no agent, the participle is still a passive whose patient is the
  // noun before it: the tourist was detained, he detained no one.
  EXPECT_THAT(Roles(Language::kEnglish, "Police questioned a British tourist detained in Dubai."),
              ElementsAre("questioned:police>tourist", "detained:tourist>- passive in=dubai"));
}

TEST_F(SyntaxTest, EnglishIncisesBetweenSubjectAndVerb) {
  // A noun-verb form after an incise that follows the subject is the verb.
  EXPECT_THAT(Roles(Language::kEnglish, "The senator, in a speech, attacks the president."),
              ElementsAre("attacks:senator>president"));
  EXPECT_THAT(Roles(Language::kEnglish, "The governor, according to local radio, visits the refugees."),
              ElementsAre("visits:governor>refugees"));
  // A subject relative across an incise or a time phrase.
  EXPECT_THAT(Roles(Language::kEnglish, "The judge who, on Friday, accused the mayor resigned."),
              ElementsAre("accused:who>mayor", "resigned:judge>-"));
  EXPECT_THAT(Roles(Language::kEnglish, "The union, which in March attacked the reform, signed the deal."),
              ElementsAre("attacked:which>reform", "signed:union>deal"));
}

TEST_F(SyntaxTest, EnglishParticipleAfterAnObject) {
  // A present participle before its object is a verb, and the object it
  // follows is its subject ("rebels fleeing the city", "a resolution condemning X").
  EXPECT_THAT(Roles(Language::kEnglish, "The assembly passed a motion censuring the cabinet."),
              ElementsAre("passed:assembly>motion", "censuring:motion>cabinet"));
  EXPECT_THAT(Roles(Language::kEnglish, "Police detained students demanding the release of Sharif."),
              ElementsAre("detained:police>students", "demanding:students>release of=sharif"));
  // "following" before a phrase, after a verb or at the start, is a preposition.
  EXPECT_THAT(Roles(Language::kEnglish, "The envoy spoke following talks with the king."),
              ElementsAre("spoke:envoy>- following=talks with=king"));
  EXPECT_THAT(Roles(Language::kEnglish, "Guards were following the convoy."), ElementsAre("following:guards>convoy"));
}

TEST_F(SyntaxTest, EnglishMeasureParticipleAfterAnObjectIsAPreposition) {
  // "totalling" between a verb's object and its sum: the phrases after the sum are the verb's.
  EXPECT_THAT(Roles(Language::kEnglish, "Kenya received loans totalling 300 mln dlrs from Japan."),
              ElementsAre("received:kenya>loans totalling=dlrs from=japan"));
  EXPECT_THAT(Roles(Language::kEnglish, "The bank extended credits totaling over 20 mln dlrs to Peru."),
              ElementsAre("extended:bank>credits over=dlrs to=peru"));
  // Not after a subject with no verb before it, nor before anything but a sum.
  EXPECT_THAT(Roles(Language::kEnglish, "Imports totalling 5 mln tonnes came from Brazil."),
              Contains(::testing::StartsWith("totalling:imports")));
  EXPECT_THAT(Roles(Language::kEnglish, "Seoul sent teams totalling the demands of Tokyo."),
              Contains(::testing::StartsWith("totalling:")));
}

TEST_F(SyntaxTest, EnglishNounAdjectiveWordsBeforeTheVerbAndInLists) {
  // "official" ends its phrase before a verb with an object; "tough" before
  // a comma and an adjective opens a list of adjectives.
  EXPECT_THAT(Roles(Language::kEnglish, "The Kenyan official accused Uganda of lying."),
              ElementsAre("accused:official>uganda of=lying"));
  EXPECT_THAT(Roles(Language::kEnglish, "The tough, uncompromising governor criticised the judges."),
              ElementsAre("criticised:governor>judges"));
}

TEST_F(SyntaxTest, EnglishNameInsideACompoundKeepsItsAdjectives) {
  EXPECT_THAT(Roles(Language::kEnglish, "Ottawa praised the new Obama clean energy plan."),
              ElementsAre("praised:ottawa>plan"));
}

TEST_F(SyntaxTest, EnglishThatBeforeAnArticleOpensAClause) {
  EXPECT_THAT(Roles(Language::kEnglish, "Seoul charged that a northern patrol crossed the line."),
              ElementsAre("charged:seoul>-", "crossed:patrol>line"));
}

TEST_F(SyntaxTest, EnglishFrontedAsPhraseIsNoApposition) {
  EXPECT_THAT(Roles(Language::kEnglish, "As a first step, the council urged both sides to talk."),
              ElementsAre("urged:council>sides", "talk:~council>-"));
}

TEST_F(SyntaxTest, EnglishVerbAfterASubjectRelative) {
  // "Rebels who attacked X fled": the relative's object is its own, and the
  // last past form is the main verb, not a participle on that object.
  EXPECT_THAT(Roles(Language::kEnglish, "Gunmen who kidnapped the engineers escaped into the hills."),
              ElementsAre("kidnapped:who>engineers", "escaped:gunmen>- into=hills"));
}

TEST_F(SyntaxTest, EnglishVerbAfterARelativeBetweenCommas) {
  // "accused" can be a noun ("the accused"); after the comma that closes a
  // relative on a subject still waiting for its verb, it is that verb.
  EXPECT_THAT(Roles(Language::kEnglish, "Nicaragua, which has fought the rebels for years, accused Honduras of aggression."),
              ElementsAre("fought:which>rebels for=years", "accused:nicaragua>honduras of=aggression"));
}

TEST_F(SyntaxTest, EnglishParticipialPhraseBetweenCommasIsTheSubjectsAct) {
  EXPECT_THAT(Roles(Language::kEnglish, "The Soviet premier, visiting Bonn for two days, accused Washington of aggression."),
              ElementsAre("visiting:~premier>bonn for=days", "accused:premier>washington of=aggression"));
}

TEST_F(SyntaxTest, EnglishAppositionBeforeTellIsNoIncise) {
  // ", told the king" after an apposition is the subject's verb, not an
  // incise with "king" as its inverted subject; "that" after the addressee
  // opens the clause told.
  EXPECT_THAT(Roles(Language::kEnglish, "Egypt's foreign minister, Ahmed Salem, told the Jordanian king that Cairo backed the plan."),
              ElementsAre("told:minister>king", "backed:cairo>plan"));
}

TEST_F(SyntaxTest, EnglishClauseAfterTheAddresseeOfTell) {
  // "told Reuters his company hoped to": the phrase after the addressee is
  // the subject of the clause told, not a second object.
  EXPECT_THAT(Roles(Language::kEnglish, "The spokesman told Reuters his government hoped to sign the accord."),
              ElementsAre("told:spokesman>reuters", "hoped:government>-", "sign:~government>accord"));
}

TEST_F(SyntaxTest, EnglishReportsThatAfterSaidStayARelative) {
  EXPECT_THAT(Roles(Language::kEnglish, "Traders said reports that Iraq attacked the oil fields were supportive."),
              ElementsAre("said:traders>-", "attacked:iraq>fields", "were:reports>-"));
}

TEST_F(SyntaxTest, EnglishPhraseBetweenHaveAndItsParticiple) {
  EXPECT_THAT(Roles(Language::kEnglish, "Brazil has in the past rejected a role for the fund."),
              ElementsAre("rejected:brazil>role for=fund"));
}

TEST_F(SyntaxTest, EnglishNounAfterWhoseIsTheRelativesSubject) {
  EXPECT_THAT(Roles(Language::kEnglish, "Iran, whose troops crossed the border, attacked Iraq."),
              ElementsAre("crossed:troops>border", "attacked:iran>iraq"));
  EXPECT_THAT(Roles(Language::kEnglish, "The man who plans attacks was arrested."),
              ElementsAre("plans:who>attacks", "arrested:man>- passive"));
}

TEST_F(SyntaxTest, EnglishBaseVerbAfterAndSharesTheModalOrTo) {
  // "meet" can be a noun; after "and" it is the second verb under "will".
  EXPECT_THAT(Roles(Language::kEnglish, "The minister will visit Bonn and meet the chancellor."),
              ElementsAre("visit:minister>bonn", "meet:~minister>chancellor"));
  EXPECT_THAT(Roles(Language::kEnglish, "Shamir plans to visit Cairo and meet Mubarak."),
              ElementsAre("plans:shamir>-", "visit:~shamir>cairo", "meet:~shamir>mubarak"));
}

TEST_F(SyntaxTest, EnglishNameKeepsTheAdjectiveBeforeANameInItsPhrase) {
  // "the Soviet Foreign Ministry" is one phrase, so the subject past the
  // apposition is the name that opens it, not "Foreign Ministry".
  EXPECT_THAT(Roles(Language::kEnglish, "Alexander Ivanov, head of a desk at the Soviet Foreign Ministry, told the ambassador that Moscow would answer."),
              ElementsAre("told:ivanov>ambassador", "answer:moscow>-"));
}

TEST_F(SyntaxTest, FrenchFrontedParticipleHasTheMainSubject) {
  // A present participle or the participle of a verb of motion opening the
  // sentence: the main clause's subject is its own.
  EXPECT_THAT(Roles(Language::kFrench, "Arrivé à Damas lundi, le ministre turc a rencontré le président syrien."),
              ElementsAre("arrivé:~ministre>- à=damas", "rencontré:ministre>président"));
  // A completive under it ends at the comma with it.
  EXPECT_THAT(Roles(Language::kFrench, "Soulignant que la paix était en jeu, son homologue américain, Frank Wisner, a exhorté Belgrade."),
              ElementsAre("soulignant:~homologue>-", "était:paix>- en=jeu", "exhorté:homologue>belgrade"));
  // Not a phrase of the main clause before its verb: no comma, no fronted clause.
  EXPECT_THAT(Roles(Language::kFrench, "Le ministre arrivé à Damas a rencontré le président syrien."),
              Contains("rencontré:ministre>président"));
}

TEST_F(SyntaxTest, FrenchFrontedPastParticipleIsAPassiveOfTheMainSubject) {
  EXPECT_THAT(Roles(Language::kFrench, "Reçu par le président syrien, le ministre turc a critiqué Israël."),
              ElementsAre("reçu:~ministre>- passive par=président", "critiqué:ministre>israël"));
  EXPECT_THAT(Roles(Language::kFrench, "Capturé en septembre, le groupe a été libéré par l'armée."),
              ElementsAre("capturé:~groupe>- passive en=septembre", "libéré:groupe>- passive par=armée"));
}

TEST_F(SyntaxTest, FrenchSubjectWithPhrasesOrAnInciseBeforeASecondVerb) {
  // "où" (read as "ou") and an indirect question open no clause of their
  // own: the second verb's subject is the phrase before it, with its
  // prepositional phrases or an incise.
  EXPECT_THAT(Roles(Language::kFrench, "Les manifestants ont défilé à Nairobi, où la police, selon des témoins, a arrêté vingt opposants."),
              Contains("arrêté:police>opposants"));
  EXPECT_THAT(Roles(Language::kFrench, "Les soldats ont quitté la ville, où les rebelles à tendance islamiste ont attaqué l'armée."),
              ElementsAre("quitté:soldats>ville", "attaqué:rebelles>armée"));
  EXPECT_THAT(Roles(Language::kFrench, "Le Sénat veut savoir dans quelles circonstances l'ambassadeur du Mexique au Japon a signé l'accord."),
              Contains("signé:ambassadeur>accord"));
  // So past an apposition between commas.
  EXPECT_THAT(Roles(Language::kFrench, "Sheikh Hasina devrait revenir au Bangladesh, mais son parti, la Ligue Awami, a critiqué le gouvernement."),
              Contains("critiqué:parti>gouvernement"));
  // The phrase right after the first verb stays its object.
  EXPECT_THAT(Roles(Language::kFrench, "Le ministre a rencontré le président du Mali à Bamako."),
              ElementsAre("rencontré:ministre>président du=mali à=bamako"));
}

TEST_F(SyntaxTest, FrenchCetBeforeATimeNounDatesThePhrase) {
  // "Cet été," is a date, not an apposition to the subject.
  EXPECT_THAT(Roles(Language::kFrench, "Cet été, des sénateurs ont critiqué la Maison Blanche."), ElementsAre("critiqué:sénateurs>maison"));
}

TEST_F(SyntaxTest, FrenchReportingVerbAfterASubjectAndItsAppositionIsNoIncise) {
  // With no verb before, ", a annoncé X" past "NP, NP," is the subject's verb and X its object.
  EXPECT_THAT(Roles(Language::kFrench, "Le Premier ministre, Jean Dupont, a annoncé l'envoi de troupes au Mali."),
              ElementsAre("annoncé:premier>envoi de=troupes au=mali"));
  EXPECT_THAT(Roles(Language::kFrench, "Au nom de la France, Jean Dupont, ministre de la Défense, annonce l'envoi de troupes."),
              ElementsAre("annonce:jean>envoi de=troupes"));
  // Incises stay: after a clause, and after a single phrase with no verb.
  EXPECT_THAT(Roles(Language::kFrench, "Pas de cessez-le-feu à Gaza, affirme le Hamas."), ElementsAre("affirme:hamas>-"));
  EXPECT_THAT(Roles(Language::kFrench, "La Russie a violé l'accord, a déclaré le ministre."),
              ElementsAre("violé:russie>accord", "déclaré:ministre>-"));
  // A reporting noun-verb form between that comma and "que" is the verb.
  EXPECT_THAT(Roles(Language::kFrench, "Le ministre français, Jean Dupont, estime que la Russie a violé l'accord."),
              ElementsAre("estime:ministre>-", "violé:russie>accord"));
}

TEST_F(SyntaxTest, FrenchBareParticipleBeforeTheSubjectIsNoApposition) {
  // A participle with no article opening the sentence or after a comma ("élu", "parti",
  // "blessé" are nouns or adjectives too) is a participial phrase, not the subject.
  EXPECT_THAT(Roles(Language::kFrench, "Porté par Correa, élu en 2006, le projet accorde des pouvoirs au président."),
              Contains("accorde:projet>pouvoirs au=président"));
  EXPECT_THAT(Roles(Language::kFrench, "Parti du Parlement, le cortège a pris la direction du centre."),
              ElementsAre("pris:cortège>direction du=centre"));
  EXPECT_THAT(Roles(Language::kFrench, "Grièvement blessé, le vieil homme est mort à l'hôpital."), ElementsAre("mort:homme>- à=hôpital"));
  // A title coordinated after "et" is still part of the subject's apposition chain.
  EXPECT_THAT(Roles(Language::kFrench, "Le coordonnateur général et député de la Gauche unie, Gaspar Llamazares, a critiqué le gouvernement."),
              ElementsAre("critiqué:coordonnateur>gouvernement"));
}

TEST_F(SyntaxTest, FrenchQuantityAdverbCountsTheSubject) {
  EXPECT_THAT(Roles(Language::kFrench, "Beaucoup de pays ont condamné l'Iran."), ElementsAre("condamné:pays>iran"));
  EXPECT_THAT(Roles(Language::kFrench, "Peu de dirigeants européens ont critiqué la Chine."), ElementsAre("critiqué:dirigeants>chine"));
  // Not the object of a verb before it, nor a phrase past a comma.
  EXPECT_THAT(Roles(Language::kFrench, "Le ministre a beaucoup de travail."), ElementsAre("a:ministre>- de=travail"));
  EXPECT_THAT(Roles(Language::kFrench, "Le Trésor, outre le fait d'avoir beaucoup de liquide, n'est pas dépourvu de moyens."),
              Contains("dépourvu:trésor>- passive negated"));
}

TEST_F(SyntaxTest, FrenchCurlyQuotesAndDoubledApostrophesAreSteppedOver) {
  EXPECT_THAT(Roles(Language::kFrench, "Le président “a exhorté” la population à manifester."),
              ElementsAre("exhorté:président>population", "manifester:~président>-"));
  EXPECT_THAT(Roles(Language::kFrench, "Le ministère de la santé ''doit contrôler ses employés''."),
              ElementsAre("doit:ministère>-", "contrôler:~ministère>employés"));
}

// Floors against UD's gold relations. The figures in docs/syntax.md are a
// little above these; the bars are 0.80 (subjects) and 0.70 (objects).
struct Floor {
  Language lang;
  const char* treebank;
  double subject_f1, object_f1;
};

class UdSyntaxTest : public SyntaxTest, public ::testing::WithParamInterface<Floor> {};

TEST_P(UdSyntaxTest, SubjectsAndObjectsOfFiniteVerbsAboveFloor) {
  const Floor& f = GetParam();
  const std::string path = std::string(PARLEY_SOURCE_DIR) + "/../shared/corpora/ud/" + f.treebank + "-ud-test.conllu";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared corpora absent: " << path;
  const LanguagePack& pack = f.lang == Language::kFrench ? *french_ : *english_;
  SyntaxAccuracy acc;
  ASSERT_TRUE(EvaluateSyntax(pack, *vocabulary_, path, &acc).ok());
  std::printf("%s: subject P %.3f R %.3f F1 %.3f; object P %.3f R %.3f F1 %.3f; tags %.3f\n", f.treebank,
              acc.subjects.Precision(), acc.subjects.Recall(), acc.subjects.F1(), acc.objects.Precision(),
              acc.objects.Recall(), acc.objects.F1(), acc.TagAccuracy());
  ASSERT_GT(acc.subjects.gold, 300);
  EXPECT_GE(acc.subjects.F1(), f.subject_f1);
  EXPECT_GE(acc.objects.F1(), f.object_f1);
}

INSTANTIATE_TEST_SUITE_P(Treebanks, UdSyntaxTest,
                         ::testing::Values(Floor{Language::kFrench, "fr_gsd", 0.89, 0.77},
                                           Floor{Language::kFrench, "fr_sequoia", 0.87, 0.78},
                                           Floor{Language::kEnglish, "en_ewt", 0.84, 0.729}),
                         [](const auto& info) { return std::string(info.param.treebank); });

}  // namespace
}  // namespace parley::coding
