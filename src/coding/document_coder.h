// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// DocumentCoder: the coder's work on one document (internal to src/coding).
// Per document, one pass builds token keys (tokens.cc), a second finds actor
// mentions and resolves references (mentions.cc), then event frames are
// matched on their anchors and roles are assigned from the surrounding
// shallow syntax (events.cc). The rules are described in docs/coding.md;
// every language-specific word comes from the LanguagePack.

#ifndef PARLEY_CODING_DOCUMENT_CODER_H_
#define PARLEY_CODING_DOCUMENT_CODER_H_

#include <cstdint>
#include <map>
#include <set>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "coding/document_model.h"
#include "coding/forms.h"
#include "coding/language_pack.h"
#include "dictionaries/actor_dictionary.h"
#include "dictionaries/place_dictionary.h"
#include "dictionaries/vocabulary.h"
#include "parley/date.h"
#include "parley/event.h"
#include "text/text.h"

namespace parley::coding {

// How far the shallow syntax looks. Bounded so that no input can make the
// coder quadratic in sentence length.
inline constexpr uint32_t kMaxAntecedentSentences = 4;
inline constexpr uint32_t kMaxGroupAntecedentSentences = 8;

// Quotation marks do not break a clause: « riposte militaire » is inside one.
inline bool IsClauseBreakPunct(std::string_view key) {
  return key == "." || key == ";" || key == ":" || key == "!" || key == "?" || key == "(" || key == ")";
}

// What one token contributes to an actor mention (DocumentCoder::ClassifyItems).
enum ItemType : uint8_t { kItemNone, kName, kAgent, kAdjective, kTitle, kPluralTitle, kCap, kOf, kPoss, kDet, kPlace };
struct Item {
  ItemType type = kItemNone;
  uint32_t len = 1;       // tokens covered
  uint32_t payload = 0;   // actor entry or agent, by type
};

// The per-document containers, kept between documents (one per thread) so
// that coding a short document allocates almost nothing.
struct DocumentScratch {
  std::vector<KeyedToken> keys;
  std::vector<TokenInfo> infos;
  std::vector<Item> items;  // by token
  std::vector<const FormEntry*> forms;  // by token, into the thread's form cache
  std::vector<uint64_t> form_hashes;    // by token, FormCache::Hash of its form
  std::vector<syntax::TokenIn> syntax_input;  // the current sentence's
  syntax::SentenceSyntax syntax;              // the current sentence's
  std::vector<Mention> mentions;
  std::vector<bool> subject_position;
  std::vector<std::vector<int32_t>> groups;
  std::unordered_map<int32_t, int32_t> group_of;
  std::unordered_map<std::string, int32_t> aliases;
  std::map<std::string, int32_t> partner;
  std::unordered_set<uint32_t> introduced;  // actor entries named in full so far
  std::vector<uint32_t> name_payloads;

  void Clear() {
    keys.clear();
    infos.clear();
    items.clear();
    forms.clear();
    mentions.clear();
    subject_position.clear();
    groups.clear();
    group_of.clear();
    aliases.clear();
    partner.clear();
    introduced.clear();
  }
};

class DocumentCoder {
 public:
  DocumentCoder(const LanguagePack& pack, const ActorDictionary& actors, const PlaceDictionary& places,
                const Vocabulary& vocabulary, std::string_view text, const text::AnalyzedText& analyzed, Date publication, bool include_modal,
                DocumentScratch* scratch)
      : pack_(pack), lex_(*pack.lexicon), actors_(actors), places_(places), vocabulary_(vocabulary), text_(text), at_(analyzed),
        publication_(publication), include_modal_(include_modal), keys_(scratch->keys),
        infos_(scratch->infos), items_(scratch->items), forms_(scratch->forms), form_hashes_(scratch->form_hashes), syntax_input_(scratch->syntax_input), syntax_(scratch->syntax), mentions_(scratch->mentions), subject_position_(scratch->subject_position),
        groups_(scratch->groups), group_of_(scratch->group_of), aliases_(scratch->aliases),
        partner_(scratch->partner), syntax_language_(SyntaxLanguage(pack)), introduced_(scratch->introduced),
        name_payloads_(scratch->name_payloads) {
    scratch->Clear();
  }

  void Run(uint32_t first_sentence, std::vector<SentenceEvent>* out);

  const std::vector<Mention>& mentions() const { return mentions_; }
  std::string Trace(uint32_t first_sentence) const;
  // When set, FindFrameEvents explains its decisions there (for `parley explain`).
  void set_decision_log(std::string* log) { log_ = log; }
  std::span<const KeyedToken> keys() const { return keys_; }
  std::span<const TokenInfo> infos() const { return infos_; }

 private:
  // --- tokens
  void BuildKeys();
  void MarkVerbs();
  bool IsVerbBoundary(uint32_t i) const { return infos_[i].verb || infos_[i].aux; }

  // --- mentions
  void BuildMentions(uint32_t s);
  void ClassifyItems(uint32_t first, uint32_t last);
  void AddGroupReferences(uint32_t s, uint32_t first, uint32_t last);
  void AddActorChunks(uint32_t s, uint32_t first, uint32_t last);
  uint32_t AddCoordinatedCountries(uint32_t s, uint32_t first, uint32_t last, uint32_t i, uint32_t end, int32_t index,
                                   const std::string& agent_code, int32_t country_item);
  void AddCountryAdjectiveMentions(uint32_t s, uint32_t first, uint32_t last);
  // "U.S.-Soviet", "Iran-Iraq", "franco-allemand", "Sino-Japanese",
  // "Turkey-EU": one token of two hyphenated names, country adjectives or
  // combining forms ("franco", "sino") gives two weak mentions, each the
  // other's `dyad`.
  void AddDyadMentions(uint32_t s, uint32_t first, uint32_t last);
  void AddReferringMentions(uint32_t s, uint32_t first, uint32_t last);
  void AddObjectClitic(uint32_t s, uint32_t i, uint32_t last);
  // Whether a thing (an article and a common noun of the clitic's number,
  // no actor) stands between a candidate antecedent and an object clitic.
  bool CliticThingBetween(const Mention& antecedent, const Mention& clitic) const;
  void ResolveDomesticActors(uint32_t s, uint32_t first, uint32_t last);
  // People coded by the office the text gives them rather than by
  // nationality: an IGO title in apposition ("the UN envoy to Afghanistan,
  // Kai Eide"), or, for a person the dictionary knows out of office on the
  // date, an IGO he served that the sentence names ("le président de la
  // Commission ... et le chef de la diplomatie, Javier Solana").
  void ResolveOffices(uint32_t s, uint32_t first, uint32_t last);
  // Whether a country's mention stands where a place would ("in Nigeria",
  // "the north of Nigeria") rather than as an actor.
  bool CountryAsPlace(const Mention& m) const;
  // The token of the `institution_locatives` preposition right before token
  // `i` (past articles; "au" is its own), or -1: "at the White House", "au Kremlin".
  int32_t InstitutionLocativeBefore(uint32_t i, uint32_t first) const;
  // Whether the "à"/"at" phrase opened at token `prep` is addressed by its
  // verb or noun rather than a place: a word of the `addressee_words` line
  // before it in the clause ("a écrit une lettre à l'Élysée", "a demandé au
  // Brésil"), or a governing verb with a frame whose target is that
  // preposition's actor and may not be a place ("livrer des armes au Brésil").
  bool AddressedPhrase(uint32_t prep, uint32_t first) const;
  // Whether a frame of trigger `t` (its lemmas) makes the actor of a
  // `preposition` phrase its target, may not take a place there, and finds
  // any object or complement it asks for in the clause up to `last`
  // (statements excluded when `statements` is false: "a déclaré à Paris").
  bool FrameAddresses(TriggerKind kind, uint32_t t, int32_t preposition, uint32_t last, bool statements) const;
  // Whether the capital after the preposition at `prep` ("à", "to", "de") is
  // the government its verb or noun addresses ("a reproché à Tokyo", "exiger
  // de Damas", "un avertissement à Téhéran") rather than a town.
  bool CapitalAddressed(uint32_t prep, uint32_t first, uint32_t last) const;
  // Whether the noun at `t` names an armed attack (a noun frame of root 18-20).
  bool AttackNoun(uint32_t t) const;
  // Whether the place mention is where a speaker or a visitor stands ("said
  // in Washington", "speaking in Paris", "en visite à Paris"): a reporting
  // verb or a `presence_words` word just before its locative.
  bool WhereSpeakerStands(const Mention& place) const;
  // Whether a role is qualified as of several or unknown nationalities: a
  // `multinational_modifiers` word right before or after it, or in its
  // "of"/"de" phrase ("foreign troops", "forces alliées", "troupes de la coalition").
  bool MultinationalRole(const Mention& m, uint32_t first, uint32_t last) const;
  // Whether a role is followed by a locative and a place, past one
  // participle: "les troupes en Irak", "soldiers stationed in Afghanistan"
  // (where forces stand, not whose they are).
  bool DeployedAt(const Mention& m, uint32_t last) const;
  // Whether token `i` (past its article) follows "and" or a comma right
  // after a place ("in Iraq and Syria").
  bool CoordinatedWithPlace(uint32_t i, uint32_t first) const;
  // The country of the actor a role noun with no country belongs to by its
  // possessive ("Jordan recalled its ambassador") or its coordination
  // ("Israeli soldiers and police"); "" when none.
  std::string OwnerCountry(const Mention& m, uint32_t first) const;
  // The country of the latest actor before `m` in its sentence that holds
  // m's role with a country ("Israeli soldiers ... the army"); "" when none.
  std::string SameRoleCountry(const Mention& m) const;
  // The code of forces followed by a loyalty word, a preposition and an actor
  // ("forces loyal to President Momoh": SLEMIL; to a rebel or opposition
  // leader: the leader's country + REB); "" when none.
  std::string LoyalForcesCode(const Mention& m, uint32_t last) const;
  // Whether token `i` (past its article) follows a compass word and "of"
  // ("dans le nord du Mali", "the north of Lebanon").
  bool CompassOf(uint32_t i, uint32_t first) const;
  // Whether token `t` looks like a plural noun ("crowds", "manifestants").
  bool PluralNoun(uint32_t t) const;
  // "the bloc", "the alliance", "the court" (after the International
  // Criminal Court): definite organisation nouns refer to the latest
  // organisation named (docs/coding.md).
  void AddOrganisationReferences(uint32_t s, uint32_t first, uint32_t last);
  // Whether token `t` is a noun some event frame is triggered by ("aide", "talks").
  bool EventNoun(uint32_t t) const;
  // Whether "former", "ancien", "ex" stands in or just before tokens [i, end).
  bool FormerBefore(uint32_t i, uint32_t end, uint32_t first) const;
  // Whether a one-word agent match at `i` is a modifier rather than an actor:
  // "la grève générale", "the general election", "a police station".
  bool AgentWordAsModifier(uint32_t i, uint32_t len, uint32_t first, uint32_t last) const;
  // Whether the role mention `m` is followed by an employer preposition and a
  // company or an unknown body ("a spokesman for Suiker Unie"), or, for a
  // government role, a coded body whose voice it is: its code goes to
  // *speaks_for ("a spokesman for the Albanian embassy": ALBGOV), else "".
  bool EmployedByBody(const Mention& m, uint32_t last, std::string* speaks_for) const;
  // Whether the sentence [first, last) is a title-case headline ("General
  // Meeting Should Find a President"), where capitals say nothing of names.
  bool TitleCase(uint32_t first, uint32_t last) const;
  // Whether the words from `end` are a common noun (past adjectives) that a
  // country's name just before would modify ("U.S. sanctions on Iran").
  bool CountryModifiesNoun(uint32_t end, uint32_t last) const;
  // "that Japan open", "that the government should avoid": a completive clause that states what is demanded.
  bool MandativeClause(const syntax::VerbGroup& v) const;
  // Whether token `t` starts a capitalised word that continues a proper name:
  // not the sentence's first, no function word, and no name, place, agent or
  // adjective of the dictionaries ("Villa" after "David", "Lynch" after "Merrill").
  bool NameContinuation(uint32_t t, uint32_t last) const;
  // Whether a role noun chunk [i, end) with no name is a predicate or an
  // office rather than an actor: "who became president", "was elected
  // governor", "as foreign minister", "le poste de gouverneur", "her bid for
  // governor" (the `role_predicate_verbs` and `office_nouns` lines).
  bool RoleAsPredicate(uint32_t i, uint32_t end, uint32_t first, uint32_t last) const;
  // Whether token `t` (form or lemma) is in a lexicon id list tested by `is`.
  template <typename Test>
  bool FormOrLemma(uint32_t t, Test is) const {
    const KeyedToken& k = keys_[t];
    if (is(k.key_id)) return true;
    for (uint8_t l = 0; l < k.lemma_count; ++l) {
      if (is(k.lemma_ids[l])) return true;
    }
    return false;
  }
  void ResolveReferences(uint32_t s);
  void FindGroups(uint32_t s);
  bool SubjectPosition(const Mention& m) const;
  // Word classes of the token before `i`, looking past determiners.
  uint64_t ClassesBefore(uint32_t i, uint32_t first) const;
  int32_t AddMention(Mention m);
  std::vector<int32_t> Referents(int32_t mention_index) const;

  // --- syntax and event frames (frames.cc)
  void AnalyzeSyntax(uint32_t s);
  void FindFrameEvents(uint32_t s, std::vector<SentenceEvent>* out);
  struct Roles;
  struct FrameMatch;
  Roles RolesOfVerb(int32_t vg) const;
  Roles RolesOfPhrase(int32_t np) const;
  bool HeadIn(uint32_t token, const std::vector<int32_t>& lemmas, bool verb) const;
  bool PrepositionIn(int32_t token, const std::vector<int32_t>& words) const;
  // Whether a complement's preposition token (sentence-relative) is a dative
  // clitic standing for "à" + pronoun ("lui a demandé", docs/syntax.md).
  bool DativeClitic(int32_t token) const;
  // Whether a complement's preposition may introduce a default target: a
  // target preposition, or a dative clitic.
  bool TargetPrepositionAt(int32_t token) const;
  bool Satisfy(const EventFrame& f, int32_t arg, const Roles& roles, FrameMatch* m) const;
  // `skip`: frames already tried for this trigger (the next best is wanted).
  bool MatchFrames(TriggerKind kind, uint32_t token, const Roles& roles, const syntax::VerbGroup* v, FrameMatch* best,
                   const std::vector<const EventFrame*>* skip = nullptr) const;
  // The word ids a token can trigger a `kind` frame by (its key, and the
  // lemmas of the right part of speech); returns how many (at most 4).
  static int TriggerIds(TriggerKind kind, const KeyedToken& k, const TokenInfo& info, int32_t ids[4]);
  // Bit 1 << kind: some frame of that kind is keyed on one of those ids
  // (a property of the word form, cached with it: FormEntry::frame_kinds).
  uint8_t FrameKinds(const KeyedToken& k, const TokenInfo& info) const;
  bool HasFrames(TriggerKind kind, uint32_t token) const;
  // The actor mention standing for phrase `np` (its head's mention, one
  // inside it, the antecedent of a relative, or with `behind`, the actor of
  // its "de"/"of" complement: "les positions des rebelles"); -1 when none.
  int32_t PhraseActor(int32_t np, bool behind, bool allow_weak, bool allow_place = false) const;
  // A noun of `dyad_event_nouns` that a hyphenated pair of countries
  // modifies ("the U.S.-Soviet talks", "la guerre Iran-Irak"), as subject,
  // object, its own phrase or a "during" phrase: its reciprocal "between"
  // frame, and the pair's two mentions as its sides. False otherwise (in any
  // other phrase the pair names a background act: "since the Iran-Iraq war").
  bool DyadFrame(int32_t np, FrameMatch* match, std::vector<int32_t>* sides) const;
  // A noun of `dyad_event_nouns` whose own "of" phrase names two actors or
  // more ("a meeting of the foreign ministers of Greece and Turkey"): its
  // "between" frame, with those actors as its sides.
  // A verbless sentence (a headline) that opens with two or more actors and
  // goes on "in"/"at" a dyadic act noun: those actors are its sides.
  bool HeadlineSidesFrame(int32_t np, FrameMatch* match, std::vector<int32_t>* sides) const;
  bool MembersFrame(int32_t np, const Roles& roles, FrameMatch* match, std::vector<int32_t>* sides) const;
  // The reciprocal frame of noun `head` whose one argument is a "between"
  // slot ("040 n:talks between:+ {recip}"), or null.
  const EventFrame* BetweenFrame(uint32_t head) const;
  // The actors of a verb's subject: PhraseActors, and past an unknown name
  // to its apposition ("János Veres, ministre hongrois, a signé").
  std::vector<int32_t> SubjectActors(int32_t np) const;
  std::vector<int32_t> PhraseActors(int32_t np, bool behind, bool allow_weak, bool allow_place = false) const;
  // PhraseActor for a slot a frame names ("+", "$"): weak mentions count,
  // and so does a country named as a place ("aid from Turkey").
  int32_t SlotActor(int32_t np, bool behind, bool allow_place) const;
  bool title_case_ = false;  // TitleCase of the sentence BuildMentions works on
  mutable bool slot_places_ = false;  // set only inside SlotActor
  mutable bool subject_apposition_ = false;  // set only inside SubjectActors
  // Set while the target of an act done to people (a meeting, a visit, a
  // call, an arrest, a statement's addressee) is looked up: a name modifying
  // a thing ("a U.S. court decision", "West Germany's rate") is not it.
  mutable bool people_target_ = false;
  // Set while the target of a comment, an approval or a disapproval (01, 05, 11, 12) is looked
  // up: a thing "en"/"au" a country concerns it ("préoccupée par la situation en Syrie").
  mutable bool place_behind_ = false;
  // Whether a condition phrase ("à condition que", "provided that": the
  // lexicon's condition_phrases) stands in the stretch of the sentence
  // around the verb whose head is `head` (sentence index).
  bool UnderConditionPhrase(uint32_t head) const;
  // The mode of the event a verb group codes; `announced`: the act is
  // announced for the future ("rencontrera", "a dit qu'il enverrait");
  // `willing`: announced as a willingness ("s'est dit prêt à").
  int FrameMode(int32_t vg, uint32_t s_first, bool* announced, bool* willing) const;
  // Whether a noun phrase is introduced by "during", "lors de", "in", "at":
  // an event it names is its clause subject's ("said during a visit to X").
  // The actor a document stands for when it is a verb's subject ("une
  // résolution condamnant X", "le texte qui appelle Y"): its author named on
  // it, else the subject of the issuing verb it is the object of; -1: none.
  int32_t DocumentIssuer(int32_t vg) const;
  // Whether a phrase is introduced by a `meeting_prepositions` word ("après", "after").
  bool AfterPhrase(int32_t np) const;
  bool DuringPhrase(int32_t np) const;
  // Whether a word of the phrase other than its head is one of `words`
  // (by key or lemma): "une aide militaire", "military aid".
  bool HasModifier(int32_t np, const std::vector<int32_t>& words) const;
  // Whether a token is a scheduling word ("expected", "prévu", "devoir").
  bool SchedulingWord(uint32_t token) const;
  // Whether a token is a willingness adjective ("prêt", "ready").
  // Whether a noun names an act other than a statement: it triggers noun
  // frames, none of CAMEO 01 ("visit", "loan"; not "letter", "speech").
  bool OtherActNoun(uint32_t token) const;
  bool WillingnessWord(uint32_t token) const;
  // Whether a token is a hedging word ("believe", "expect", "croire"): what
  // it governs is only believed or foreseen.
  bool HedgingWord(uint32_t token) const;
  // Whether a naming verb (lexicon `naming_verbs`: "call", "appeler") names
  // rather than acts: "what Reagan called aggression", "called Gorbachev a
  // liar". Such a verb triggers no frame.
  bool NamingUse(const syntax::VerbGroup& v) const;
  // Whether a verb group's verb calls off what its object names (lexicon
  // `cancelling_verbs`: "postpone", "call off", "annuler").
  bool CancellingVerb(const syntax::VerbGroup& v) const;
  // Whether it asks for what its object names (lexicon `wanting_verbs`:
  // "demand", "call for", "réclamer").
  bool WantingVerb(const syntax::VerbGroup& v) const;
  // A verb group's verb is one of `lemmas`, or one of `particle_verbs` with
  // its particle right after it or after its object ("put it off").
  bool VerbIn(const syntax::VerbGroup& v, bool (Lexicon::*lemmas)(int32_t) const,
              const std::vector<std::pair<int32_t, int32_t>>& particle_verbs) const;
  // The mode of a noun trigger no verb governs ("is unlikely to share the
  // right-wing's opposition", a phrase the syntax left unattached): that
  // of the nearest verb before it in its clause, else asserted.
  // `announced`: that verb announces the act ("aura lieu un sommet").
  int UngovernedNounMode(int32_t np, uint32_t s_first, bool* announced) const;
  // Whether the act at `token` (absolute) is dated in a year before
  // publication by its own clause: "last year", "a year earlier", "two
  // years ago", "l'an dernier", "in 1985", "le 17 novembre 2008", or, for a
  // noun (`np`, governed by `vg`), "l'accord de 1994". Such an act is
  // background, not news.
  bool InEarlierYear(uint32_t token, int32_t np, int32_t vg) const;
  int32_t AttributionFor(int32_t vg) const;
  bool LabourStrike(const EventFrame& frame) const;
  bool CountedVictims(int32_t np) const;
  void EmitEvents(uint32_t s, const EventFrame& frame, const FrameMatch& match, std::vector<int32_t> sources,
                  std::vector<int32_t> targets, std::vector<SentenceEvent>* out);

  // --- document state the events read (events.cc)
  // The actors of the compound a mention belongs to ("X et Y"), or itself.
  std::vector<int32_t> WithCompound(int32_t m) const;
  // The latest interlocutor of an actor in this document (or of another
  // actor of its country), or -1.
  int32_t PartnerOf(const std::string& code) const;

  const LanguagePack& pack_;
  const Lexicon& lex_;
  const ActorDictionary& actors_;
  const PlaceDictionary& places_;
  const Vocabulary& vocabulary_;
  std::string_view text_;
  const text::AnalyzedText& at_;
  Date publication_;
  bool include_modal_;

  // Working storage, reused from document to document (see DocumentScratch).
  std::vector<KeyedToken>& keys_;
  std::vector<TokenInfo>& infos_;
  std::vector<Item>& items_;
  std::vector<const FormEntry*>& forms_;
  std::vector<uint64_t>& form_hashes_;
  std::vector<syntax::TokenIn>& syntax_input_;
  syntax::SentenceSyntax& syntax_;
  std::vector<Mention>& mentions_;
  std::vector<bool>& subject_position_;
  std::vector<std::vector<int32_t>>& groups_;          // compound mentions, in order
  std::unordered_map<int32_t, int32_t>& group_of_;     // member mention -> group
  std::unordered_map<std::string, int32_t>& aliases_;  // surname key -> mention that coded it
  std::string* log_ = nullptr;
  size_t sentence_first_mention_ = 0;  // mentions of earlier sentences come before this index
  std::map<std::string, int32_t>& partner_;           // actor code -> mention of its interlocutor
  syntax::Language syntax_language_;
  uint32_t syntax_base_ = 0;          // first token of the sentence syntax_ describes
  // The sentence being coded names places but no actor: only a protest by
  // people named by no one can be its event ("des milliers de personnes ont
  // manifesté à Ankara"; EmitEvents).
  bool places_only_ = false;
  int32_t sentence_attribution_ = -1; // "selon X", "according to X": mention
  uint32_t first_sentence_ = 0;       // the document's first sentence (after a date-only header)
  std::string dateline_country_;      // the country of a dateline place ("KARACHI, June 3 (Reuters) -")
  std::set<std::string> document_countries_;  // countries of the actors named so far
  std::set<std::string> document_place_countries_;  // countries of the places named so far
  std::unordered_set<uint32_t>& introduced_;
  std::vector<uint32_t>& name_payloads_;
  // People the text gave an IGO office the dictionary does not give them on
  // the date (ResolveOffices): person entry, code. "Conable met ..." later
  // in the story is still the World Bank's president.
  std::vector<std::pair<int32_t, std::string>> office_codes_;
};

}  // namespace parley::coding

#endif  // PARLEY_CODING_DOCUMENT_CODER_H_
