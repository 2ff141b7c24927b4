// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Lexicon: the grammatical words of one language (dictionaries/lang/<lang>.txt)
// sorted into the classes the coder's shallow syntax needs: determiners,
// titles, prepositions that introduce a target, pronouns, negation, modals,
// weekdays, months... The format is documented in docs/dictionaries.md.

#ifndef PARLEY_DICTIONARIES_LEXICON_H_
#define PARLEY_DICTIONARIES_LEXICON_H_

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dictionaries/id_bitset.h"
#include "dictionaries/vocabulary.h"
#include "parley/status.h"

namespace parley {

// One bit per word class. Names match the keys of the lexicon file.
enum WordClass : uint64_t {
  kWcDeterminer = 1ull << 0,       // determiners
  kWcTitle = 1ull << 1,            // titles: "M." "Mme" "Mr." "Dr"
  kWcPluralTitle = 1ull << 2,      // plural_titles: "MM."
  kWcTargetPrep = 1ull << 3,       // target_prepositions: "à" "avec" "to" "with"
  kWcPassiveBy = 1ull << 4,        // passive_agent: "par" "by"
  kWcPronounMasc = 1ull << 5,      // pronouns_masculine: "il" "he"
  kWcPronounFem = 1ull << 6,       // pronouns_feminine: "elle" "she"
  kWcPronounPlural = 1ull << 7,    // pronouns_plural: "ils" "they"
  kWcRelative = 1ull << 8,         // relatives: "qui" "who"
  kWcClauseBreak = 1ull << 9,      // clause_breaks: "selon" "according"
  kWcNegation = 1ull << 10,        // negations: "ne" "pas" "not" "n't"
  kWcNegatingVerb = 1ull << 11,    // negating_verbs (lemmas): "refuser" "deny"
  kWcModal = 1ull << 12,           // modals (lemmas): "pouvoir" "may"
  kWcConditionalAux = 1ull << 13,  // conditional_auxiliaries: "would"
  kWcConditionalConj = 1ull << 14, // conditional_conjunctions: "si" "if"
  kWcCoordinator = 1ull << 15,     // coordinators: "et" "and"
  kWcGroupNumber = 1ull << 16,     // group_numbers: "deux" "two" "both"
  kWcGroupNoun = 1ull << 17,       // group_nouns (lemmas): "homme" "dirigeant" "man"
  kWcCounterpart = 1ull << 18,     // counterparts (lemmas): "homologue" "counterpart"
  kWcPossessive = 1ull << 19,      // possessives: "son" "his"
  kWcPastMarker = 1ull << 20,      // past_markers: "dernier" "last"
  kWcFutureMarker = 1ull << 21,    // future_markers: "prochain" "next"
  kWcFutureAux = 1ull << 22,       // future_auxiliaries (lemmas): "aller" "will"
  kWcYesterday = 1ull << 23,       // yesterday
  kWcToday = 1ull << 24,           // today
  kWcTomorrow = 1ull << 25,        // tomorrow
  kWcTimePrep = 1ull << 26,        // time_prepositions: "le" "on"
  kWcPossessiveClitic = 1ull << 27, // possessive_clitics: "'s" "'"
  kWcOf = 1ull << 28,              // of_prepositions: "de" "du" "des" "d'" "of"
  kWcSubjectPronoun = 1ull << 29,  // other_subject_pronouns: "on" "nous" "we" "I"
  kWcReflexive = 1ull << 30,       // reflexives: "se" "s'" "themselves"
  kWcLightAdverb = 1ull << 31,     // light_adverbs: words allowed inside a verb group
  kWcCityLocative = 1ull << 32,    // city_locatives: "à" "in" "at": a capital after one is a place
  kWcCountryLocative = 1ull << 33, // country_locatives: "en" "in": a country after one is a place
  kWcDefinite = 1ull << 34,        // definite_determiners: "le" "the": "le chancelier" refers back
  kWcInfinitiveMarker = 1ull << 36, // infinitive_markers: "à" "de" "pour" "to": "à conclure" is not asserted
  kWcQuantity = 1ull << 35,        // quantity_nouns (lemmas): "dizaine" "thousand": "des milliers de Serbes"
  // Classes of the syntax stage (src/syntax).
  kWcComplementizer = 1ull << 37,  // complementizers: "que" "that": a completive clause follows
  kWcSubordinator = 1ull << 38,    // subordinators: "lorsque" "because": an adverbial clause follows
  kWcObjectClitic = 1ull << 39,    // object_clitics: "le" "la" "les" "lui": before the verb
  kWcCopula = 1ull << 40,          // copulas (lemmas): "être" "devenir" "be" "become"
  kWcReporting = 1ull << 41,       // reporting_verbs (lemmas): "dire" "say": reported speech
  kWcTimeNoun = 1ull << 42,        // time_nouns (lemmas): "semaine" "week": not an object
  kWcPassiveAux = 1ull << 43,      // passive_auxiliaries (lemmas): "être" "be", "get"
  kWcUnaccusative = 1ull << 44,    // unaccusative_verbs (lemmas): "arriver": être + participle is not passive
  kWcParticle = 1ull << 45,        // particles: "up" "down": part of a phrasal verb
  kWcPerfectAux = 1ull << 46,      // perfect_auxiliaries (lemmas): "avoir" "have"
  kWcAdverbialPrep = 1ull << 47,   // clause_prepositions: "après" "avant" "after": a clause may follow
  kWcPersonalPronoun = 1ull << 48, // personal_pronouns: "je" "nous" "cela" "I" "me" "it": always pronouns
  kWcConjunction = 1ull << 49,     // conjunctions: "mais" "ou" "but" "or": coordinate clauses, not actors
  kWcFusedPrep = 1ull << 50,       // fused_prepositions: "au" "aux" "du" "des": a preposition and an article
  kWcImpersonal = 1ull << 51,      // impersonal_verbs (lemmas): "falloir": "il" is no actor
  kWcExpletive = 1ull << 52,       // expletives: "there": the subject follows the verb
  kWcCliticAux = 1ull << 53,       // clitic_auxiliaries: "'s" "'ve" "'ll": auxiliaries after a pronoun
  kWcPrenominal = 1ull << 54,      // prenominal_adjectives: "bonne" "grand": adjectives before the noun
  kWcObjectPronoun = 1ull << 55,   // object_pronouns: "him" "them": never a subject
  kWcTitleNoun = 1ull << 56,       // title_nouns (lemmas): "president" "senator": "President Bush" is headed by the name
  kWcSupportAux = 1ull << 57,      // support_auxiliaries: "do" "did": an auxiliary before a base verb
  kWcDitransitive = 1ull << 58,    // ditransitive_verbs (lemmas): "give": "give them a call" has two objects
  kWcPronounNeuter = 1ull << 59,   // pronouns_neuter: "it": a country or an organisation, never a person
  kWcImplicative = 1ull << 60,     // implicative_verbs (lemmas): "venir de", "réussir à", "manage to": the infinitive happened
  kWcReciprocalPrep = 1ull << 61,  // reciprocal_prepositions: "entre", "between": the phrases it joins act on each other
  kWcDuringPrep = 1ull << 62,      // during_prepositions: "during", "lors (de)": an event noun after one is the clause subject's
  kWcDegreeAdverb = 1ull << 63,    // degree_adverbs: "très", "very": an ambiguous word after one is an adjective
};

class Lexicon {
 public:
  // Reads `path`; unknown class names and malformed lines are ParseErrors
  // naming file and line. Words are numbered in `vocabulary` (a new one when
  // null), so the coder can look them up by id.
  static StatusOr<Lexicon> Load(const std::string& path, std::shared_ptr<Vocabulary> vocabulary = nullptr);

  // Classes of a surface word, and of a lemma, by Vocabulary id (kNone: 0).
  // Lemma-class membership only counts for classes declared as lemma classes.
  uint64_t SurfaceClasses(int32_t id) const { return At(surface_, id); }
  uint64_t LemmaClasses(int32_t id) const { return At(lemma_, id); }
  // 1..7 (Monday = 1) for a weekday name, 1..12 for a month name; 0 if not one.
  int Weekday(int32_t id) const { return static_cast<int>(At(weekdays_, id)); }
  // Agent codes whose country, when unnamed, is that of the place or of the
  // other actor (the `domestic_agents` line: "COP | CVL | ...").
  bool IsDomesticAgent(std::string_view agent_code) const {
    for (const std::string& a : domestic_agents_) {
      if (a == agent_code) return true;
    }
    return false;
  }
  int Month(int32_t id) const { return static_cast<int>(At(months_, id)); }
  // Words that schedule what their infinitive says ("is expected to visit",
  // "est attendu à", "doit se rendre"): the `scheduling_words` line, by lemma
  // or form (Vocabulary ids).
  bool IsSchedulingWord(int32_t id) const { return scheduling_words_.Test(id); }
  // "former", "ancien", "ex": a title after one is not held (the
  // `former_words` line; Vocabulary ids of forms).
  bool IsFormerWord(int32_t id) const { return former_words_.Test(id); }
  // "personnes", "people", "hommes": a counted noun of people ("75
  // personnes", "dozens of people") that a hostile act's object names as
  // its victims, the civilians of the place (the `victim_nouns` line; forms
  // or lemmas).
  bool IsVictimNoun(int32_t id) const { return victim_nouns_.Test(id); }
  // "prêt", "ready", "willing": an adjective that announces what its
  // infinitive says (the `willingness_words` line; forms or lemmas). Not
  // "likely", "able": those only guess.
  bool IsWillingnessWord(int32_t id) const { return willingness_words_.Test(id); }
  // "bloc", "alliance", "organisation", "court": after a definite article,
  // such a noun refers back to the latest organisation named (the
  // `organisation_nouns` line; Vocabulary ids of forms).
  bool IsOrganisationNoun(int32_t id) const { return organisation_nouns_.Test(id); }
  // "group", "movement", "party": the same for any organisation named (the
  // `movement_nouns` line).
  bool IsMovementNoun(int32_t id) const { return movement_nouns_.Test(id); }
  // "election", "capital": after a country and "'s", the country is no actor
  // mention ("Zimbabwe's presidential election"; the `possessed_non_actors`
  // line, forms and lemmas).
  bool IsPossessedNonActor(int32_t id) const { return possessed_non_actors_.Test(id); }
  // "northern", "eastern": a country after one is a place ("in northern
  // Uganda", "over eastern Ukraine"; the `place_modifiers` line).
  bool IsPlaceModifier(int32_t id) const { return place_modifiers_.Test(id); }
  // "Province", "City", "Airport": after a town's name, the name is still
  // the place ("Helmand Province"); another capitalised word makes it part of
  // a proper name ("David Villa", "Merrill Lynch"). The `place_nouns` line.
  bool IsPlaceNoun(int32_t id) const { return place_nouns_.Test(id); }
  // "poste", "post", "bid", "candidate": a role noun that complements one
  // names an office, not its holder ("le poste de gouverneur", "her bid for
  // governor"). The `office_nouns` line, forms and lemmas.
  bool IsOfficeNoun(int32_t id) const { return office_nouns_.Test(id); }
  // "ambassador", "représentant": a title of a state's envoy to an
  // international body ("U.N. Ambassador Jeane Kirkpatrick" is American),
  // not of the body's own officials. The `delegate_titles` line.
  bool IsDelegateTitle(int32_t id) const { return delegate_titles_.Test(id); }
  // "talks", "summit", "war", "pourparlers": an event noun a hyphenated
  // pair of countries gives both its sides ("U.S.-Soviet talks" as "talks
  // between the U.S. and the Soviet Union"); nouns of a standing relation
  // ("relations", "trade", "coopération") are not in it. The
  // `dyad_event_nouns` line, forms and lemmas.
  bool IsDyadEventNoun(int32_t id) const { return dyad_event_nouns_.Test(id); }
  // "résolution", "texte", "décret", "communiqué": a text that acts for whoever
  // issued it ("une résolution condamnant X", "un texte qui appelle Y"). The
  // `document_nouns` line, forms and lemmas.
  bool IsDocumentNoun(int32_t id) const { return document_nouns_.Test(id); }
  // "adopter", "publier", "émettre", "voter": the subject of one issues the
  // document it governs (`issuing_verbs`, forms and lemmas).
  bool IsIssuingVerb(int32_t id) const { return issuing_verbs_.Test(id); }
  // "become", "elect", "devenir": a role noun with no article after one is a
  // predicate of the subject, not an actor ("who became president in 2005",
  // "a été élu président"). The `role_predicate_verbs` line, forms and lemmas.
  bool IsRolePredicateVerb(int32_t id) const { return role_predicate_verbs_.Test(id); }
  // "believe", "predict", "expect", "croire": a verb whose completive or
  // infinitive is only believed or foreseen, not asserted, even when it
  // reports ("police believe the rebels attacked"); a scheduling word among
  // them schedules only in the passive ("is expected to visit", not
  // "expects to sell"). The `hedging_words` line; forms or lemmas.
  bool IsHedgingWord(int32_t id) const { return hedging_words_.Test(id); }
  // "year", "an", "année", "decade": with a past marker ("last year", "l'an
  // dernier", "a year earlier", "two years ago") a time in an earlier year
  // (the `year_nouns` line; forms or lemmas).
  bool IsYearNoun(int32_t id) const { return year_nouns_.Test(id); }
  // "earlier", "previous", "précédent": after or before a year noun, an
  // earlier year ("a year earlier", "l'année précédente"; `earlier_words`).
  bool IsEarlierWord(int32_t id) const { return earlier_words_.Test(id); }
  // "mois", "months": with "ago", an earlier word or "il y a" ("two months
  // ago", "des mois plus tôt", "il y a quelques mois"), an earlier time, not
  // the news (the `month_span_nouns` line; forms or lemmas).
  bool IsMonthSpanNoun(int32_t id) const { return month_span_nouns_.Test(id); }
  // "longtemps", "long", "traditionally": in a verb group ("a longtemps
  // soutenu", "has long opposed"), a standing relation, not an act (the
  // `standing_adverbs` line; forms or lemmas).
  bool IsStandingAdverb(int32_t id) const { return standing_adverbs_.Test(id); }
  // "at", "in", "outside", "à", "au", "devant": after one, a seat of power is
  // the building, a place ("at the White House", "au Kremlin"), unless the
  // verb addresses it (`addressee_words`). The `institution_locatives` line.
  bool IsInstitutionLocative(int32_t id) const { return institution_locatives_.Test(id); }
  // "écrire", "demander", "lettre": a verb or noun whose "à"/"au" phrase is
  // the one addressed ("a écrit à l'Élysée", "a demandé au Brésil"), not where
  // something happens. The `addressee_words` line; forms or lemmas.
  bool IsAddresseeWord(int32_t id) const { return addressee_words_.Test(id); }
  // "speaking", "visiting", "visite": a place after one (and a locative) is
  // where the speaker or visitor stands, which gives no country to a role
  // ("the minister, speaking in Paris"; `presence_words`, forms or lemmas).
  bool IsPresenceWord(int32_t id) const { return presence_words_.Test(id); }
  // "foreign", "allied", "international", "coalition", "étrangères": a role
  // they qualify is of several or unknown nationalities ("foreign troops in
  // Afghanistan", "les diplomates occidentaux à Téhéran") and takes no country
  // from the place or the document. The `multinational_modifiers` line.
  bool IsMultinationalModifier(int32_t id) const { return multinational_modifiers_.Test(id); }
  // "CPI", "pct", "Inc": abbreviations this language writes for common words
  // (a price index, per cent, a company suffix), never the actor another
  // language's acronym names (French "CPI": the ICC). The `common_abbreviations` line.
  bool IsCommonAbbreviation(int32_t id) const { return common_abbreviations_.Test(id); }
  // Verb forms the lemma table also reads as nouns, though news never uses
  // them so ("says", "tells"): after a noun phrase they are its verb even
  // when another verb follows, a headline's subjectless clause or a reported
  // one ("U.K. SAYS HAS NO ROLE", "the government says prices had risen").
  // Singular nouns that take a plural verb ("the police say", "the military
  // fire"): the `plural_agreeing_nouns` line.
  bool IsPluralAgreeingNoun(int32_t id) const { return plural_agreeing_nouns_.Test(id); }
  // The `verb_only_forms` line.
  bool IsVerbOnlyForm(int32_t id) const { return verb_only_forms_.Test(id); }
  // Verbs that also name something ("what Reagan called aggression", "called
  // Gorbachev a liar", "ce que Moscou appelle"): the `naming_verbs` line.
  bool IsNamingVerb(int32_t id) const { return naming_verbs_.Test(id); }
  // "from": a role right before one and a country is of that country
  // ("ministers from Brazil", "troops from Chad"). The `origin_prepositions` line.
  bool IsOriginPreposition(int32_t id) const { return origin_prepositions_.Test(id); }
  // Forces before one of these, a preposition and an actor are that actor's
  // ("forces loyal to President Momoh", "les troupes fidèles au président
  // Habré"). The `loyalty_words` line.
  bool IsLoyaltyWord(int32_t id) const { return loyalty_words_.Test(id); }
  // A role right before one of these and a company or an unknown body works
  // for it, not for a state ("a spokesman for Suiker Unie", "a lawyer for
  // the company"). The `employer_prepositions` line.
  bool IsEmployerPreposition(int32_t id) const { return employer_prepositions_.Test(id); }
  // "après", "after": a meeting noun after one belongs to the clause's subject
  // ("a déclaré après un entretien avec X"). The `meeting_prepositions` line.
  bool IsMeetingPreposition(int32_t id) const { return meeting_prepositions_.Test(id); }
  // "je", "nous", "I", "we": in reported speech the speaker ("« Nous
  // condamnons l'Iran », a déclaré le ministre"). The `first_person_pronouns` line.
  bool IsFirstPersonPronoun(int32_t id) const { return first_person_pronouns_.Test(id); }
  // Verbs that call off what their object names ("postponed its visit", "a
  // annulé sa visite"): the `cancelling_verbs` line. A particle verb
  // ("put_off") is its lemma with the particle after it (Vocabulary ids).
  bool IsCancellingVerb(int32_t id) const { return cancelling_verbs_.Test(id); }
  const std::vector<std::pair<int32_t, int32_t>>& cancelling_particle_verbs() const { return cancelling_particle_verbs_; }
  // Verbs whose direct object names an act wanted, not done ("demanded the
  // resignation of", "want the withdrawal of", "réclame la libération de"):
  // the `wanting_verbs` line, particle verbs as for cancelling_verbs.
  bool IsWantingVerb(int32_t id) const { return wanting_verbs_.Test(id); }
  const std::vector<std::pair<int32_t, int32_t>>& wanting_particle_verbs() const { return wanting_particle_verbs_; }
  // Agent codes that, with no country of their own, take the country of the
  // actor on the other side of the event ("la police biélorusse a interpellé
  // des manifestants"): the `other_side_agents` line.
  bool IsOtherSideAgent(std::string_view agent_code) const {
    for (const std::string& a : other_side_agents_) {
      if (a == agent_code) return true;
    }
    return false;
  }
  // The preposition a contraction stands for ("au" -> "a", "du" -> "de"), as
  // a Vocabulary id; the word itself when it is not one.
  int32_t Preposition(int32_t id) const {
    const uint64_t p = At(contractions_, id);
    return p > 0 ? static_cast<int32_t>(p - 1) : id;
  }
  // Whether `first` `second` (Vocabulary ids) make a two-word adverb ("en
  // outre", "in fact"): the `adverbial_phrases` line.
  bool IsAdverbialPhrase(int32_t first, int32_t second) const {
    // Asked of every pair of tokens: most first words start none.
    if (!adverbial_first_.Test(first)) return false;
    for (const auto& [a, b] : adverbial_phrases_) {
      if (a == first && b == second) return true;
    }
    return false;
  }
  // Word sequences (Vocabulary ids of the folded forms) that introduce a
  // condition: "au cas où", "à condition que", "provided that" (the
  // `condition_phrases` line); one-word ones are conditional_conjunctions.
  const std::vector<std::vector<int32_t>>& condition_phrases() const { return condition_phrases_; }
  // Whether some condition phrase starts with the word `id`.
  bool StartsConditionPhrase(int32_t id) const { return condition_phrase_starts_.Test(id); }
  // Word sequences that tell their verb's act as background, of an earlier
  // time or a standing state: "in the past", "à l'époque", "for years",
  // "depuis longtemps" (the `background_phrases` line).
  const std::vector<std::vector<int32_t>>& background_phrases() const { return background_phrases_; }
  bool StartsBackgroundPhrase(int32_t id) const { return background_phrase_starts_.Test(id); }
  // Syntax-stage parameters (the `syntax:` line).
  bool head_is_first_noun() const { return head_is_first_noun_; }
  bool adjectives_follow() const { return adjectives_follow_; }
  bool prepositions_open_clauses() const { return prepositions_open_clauses_; }

  // The same by folded text, for tests and tools.
  uint64_t SurfaceClasses(std::string_view folded) const { return SurfaceClasses(vocabulary_->Find(folded)); }
  uint64_t LemmaClasses(std::string_view folded) const { return LemmaClasses(vocabulary_->Find(folded)); }
  int Weekday(std::string_view folded) const { return Weekday(vocabulary_->Find(folded)); }
  int Month(std::string_view folded) const { return Month(vocabulary_->Find(folded)); }

 private:
  template <typename T>
  static uint64_t At(const std::vector<T>& v, int32_t id) {
    return id >= 0 && static_cast<size_t>(id) < v.size() ? static_cast<uint64_t>(v[id]) : 0;
  }
  template <typename T>
  static T& Slot(std::vector<T>& v, int32_t id) {
    if (v.size() <= static_cast<size_t>(id)) v.resize(id + 1);
    return v[id];
  }

  // The member a plain word-list line fills ("scheduling_words: ..."), or
  // nullptr when `name` is no such line.
  static IdBitset Lexicon::*WordList(std::string_view name);

  std::shared_ptr<Vocabulary> vocabulary_;
  std::vector<uint64_t> surface_;  // by Vocabulary id
  std::vector<uint64_t> lemma_;
  std::vector<uint8_t> weekdays_;
  std::vector<uint8_t> months_;
  std::vector<std::string> domestic_agents_;
  std::vector<std::string> other_side_agents_;
  // Word lists as sets of Vocabulary ids: asked at nearly every token, where
  // a scan of the list would cost more than the bit test.
  IdBitset scheduling_words_;
  IdBitset former_words_;
  IdBitset victim_nouns_;
  IdBitset willingness_words_;
  IdBitset hedging_words_;
  IdBitset year_nouns_;
  IdBitset earlier_words_;
  IdBitset month_span_nouns_;
  IdBitset standing_adverbs_;
  IdBitset naming_verbs_;
  IdBitset cancelling_verbs_;
  std::vector<std::pair<int32_t, int32_t>> cancelling_particle_verbs_;
  IdBitset wanting_verbs_;
  std::vector<std::pair<int32_t, int32_t>> wanting_particle_verbs_;
  IdBitset organisation_nouns_;
  IdBitset movement_nouns_;
  IdBitset possessed_non_actors_;
  IdBitset place_modifiers_;
  IdBitset place_nouns_;
  IdBitset office_nouns_;
  IdBitset delegate_titles_;
  IdBitset dyad_event_nouns_;
  IdBitset document_nouns_;
  IdBitset issuing_verbs_;
  IdBitset role_predicate_verbs_;
  IdBitset institution_locatives_;
  IdBitset addressee_words_;
  IdBitset presence_words_;
  IdBitset multinational_modifiers_;
  IdBitset common_abbreviations_;
  IdBitset verb_only_forms_;
  IdBitset origin_prepositions_;
  IdBitset loyalty_words_;
  IdBitset employer_prepositions_;
  IdBitset meeting_prepositions_;
  IdBitset first_person_pronouns_;
  IdBitset plural_agreeing_nouns_;
  std::vector<int32_t> contractions_;  // by Vocabulary id: preposition id + 1, or 0
  std::vector<std::pair<int32_t, int32_t>> adverbial_phrases_;
  std::vector<std::vector<int32_t>> condition_phrases_;
  IdBitset condition_phrase_starts_;
  std::vector<std::vector<int32_t>> background_phrases_;
  IdBitset background_phrase_starts_;
  IdBitset adverbial_first_;  // the Vocabulary ids some phrase starts with
  bool head_is_first_noun_ = true;
  bool adjectives_follow_ = true;
  bool prepositions_open_clauses_ = false;
};

}  // namespace parley

#endif  // PARLEY_DICTIONARIES_LEXICON_H_
