// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Lexicon: the grammatical words of one language (dictionaries/lang/<lang>.txt)
// sorted into the classes the coder's shallow syntax needs: determiners,
// titles, prepositions that introduce a target, pronouns, negation, modals,
// weekdays, months... The format is documented in docs/dictionaries.md.

#ifndef PARLEY_DICTIONARIES_LEXICON_H_
#define PARLEY_DICTIONARIES_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

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
};

class Lexicon {
 public:
  // Reads `path`; unknown class names and malformed lines are ParseErrors
  // naming file and line.
  static StatusOr<Lexicon> Load(const std::string& path);

  // Classes of a folded surface key, and of a folded lemma key. Lemma-class
  // membership only counts for classes declared as lemma classes.
  uint64_t SurfaceClasses(std::string_view folded) const;
  uint64_t LemmaClasses(std::string_view folded_lemma) const;

  // 1..7 (Monday = 1) for a weekday name, 1..12 for a month name; 0 if not one.
  int Weekday(std::string_view folded) const;
  int Month(std::string_view folded) const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using Map = std::unordered_map<std::string, uint64_t, Hash, std::equal_to<>>;
  using IntMap = std::unordered_map<std::string, int, Hash, std::equal_to<>>;
  Map surface_;
  Map lemma_;
  IntMap weekdays_;
  IntMap months_;
};

}  // namespace parley

#endif  // PARLEY_DICTIONARIES_LEXICON_H_
