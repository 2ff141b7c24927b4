// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The syntax stage, between morphology and coding: for one sentence, from
// each token's possible parts of speech and word classes, it picks one part
// of speech per token, groups tokens into noun phrases (with heads) and verb
// groups (auxiliaries, clitics, negation, adverbs and the main verb), cuts
// the sentence into clauses (main, relative, completive, adverbial,
// infinitival, participial, reported-speech incises) and gives each verb
// group its subject, object and prepositional, infinitival and clausal
// complements. Coding reads roles from it.
//
// It is rule-based, deterministic and linear in the sentence length: each
// rule looks at a bounded window, and each search for an argument walks a
// bounded number of tokens. No statistics, no external parser. What it knows
// of a language comes from its lexicon of grammatical words
// (dictionaries/lang/<lang>.txt) and two parameters (Language below).
//
// Thread-safe: Analyze() keeps no state between calls.

#ifndef PARLEY_SYNTAX_SYNTAX_H_
#define PARLEY_SYNTAX_SYNTAX_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace parley::syntax {

// Universal-Dependencies-like coarse tags.
enum class Tag : uint8_t { kX, kNoun, kPropn, kVerb, kAux, kAdj, kAdv, kDet, kPron, kAdp, kCconj, kSconj, kNum, kPunct, kPart };
std::string_view TagName(Tag tag);

// What the stage reads of a token (built by the coder from the lemma table
// and the lexicon).
struct TokenIn {
  std::string_view key;   // folded surface form (punctuation is itself: "," "«")
  uint16_t pos = 0;       // morph::Pos bits, union over the form's analyses
  uint16_t verb_form = 0; // morph::VerbForm bits, union over its verbal analyses
  uint64_t classes = 0;   // Lexicon word-class bits (surface and lemma)
  bool word = false;      // a word (not a number, not punctuation)
  bool number = false;
  bool capitalized = false;
  bool sentence_start = false;  // first word of the sentence or of a line
  bool inverted_clitic = false; // a pronoun split off after a verb: "a-t-il", "dit-elle"
  bool adverbial_phrase = false;  // one of two words that make an adverb together ("en outre", "in fact")
  bool weekday_or_month = false;  // "lundi", "March": dates, never objects
  bool headline = false;  // in a headline written all in capitals ("REAGAN TO VISIT ROME")
  bool verb_only = false; // a verb form news never uses as a noun ("says"; the lexicon's verb_only_forms)
  bool plural_agreeing = false;  // a singular noun that takes a plural verb ("police"; plural_agreeing_nouns)
};

// Per-language parameters, from the language's lexicon file.
struct Language {
  // Which noun of a run of nouns heads the phrase: French "le président
  // Macron" -> président (first); English "President Obama" -> Obama (last).
  bool head_is_first_noun = true;
  // Adjectives may follow the noun (French "l'armée russe").
  bool adjectives_follow = true;
  // A clause preposition may open a finite clause by itself (English "after
  // Clinton met X"; French needs "après que").
  bool prepositions_open_clauses = false;
};

inline constexpr int32_t kNone = -1;

struct NounPhrase {
  uint32_t first = 0, last = 0;  // tokens [first, last), sentence-relative
  uint32_t head = 0;
  int32_t preposition = kNone;   // the preposition token introducing it ("à", "with"), or kNone
  int32_t of_parent = kNone;     // for "X de Y" / "X of Y": the NP Y depends on
  int32_t clause = kNone;
  bool pronoun = false;          // a personal, relative or demonstrative pronoun
  bool relative = false;         // qui, que, who, which...
  bool time = false;             // a date or time expression ("mardi", "last week")
};

enum class ComplementKind : uint8_t { kNoun, kInfinitive, kClause };

struct Complement {
  ComplementKind kind = ComplementKind::kNoun;
  int32_t preposition = kNone;  // token of the preposition or infinitive marker or complementizer; kNone: bare
                                // (a dative clitic, "lui a demandé": the clitic itself, standing for "à" + it)
  int32_t target = kNone;       // NP index (kNoun), verb group index (kInfinitive), clause index (kClause)
};

struct VerbGroup {
  uint32_t first = 0, last = 0;   // tokens [first, last): clitics, negation, auxiliaries, adverbs, main verb
  uint32_t head = 0;              // the lexical verb
  int32_t finite = kNone;         // the token bearing tense and person (an auxiliary or the head); kNone: non-finite
  int32_t clause = kNone;
  int32_t governor = kNone;       // for an infinitive or a completive's verb: the verb group it depends on
  int32_t coordinated_with = kNone;  // a verb group whose subject this one shares ("X a félicité Y et s'est dit prêt")
  bool infinitive = false;
  bool participle = false;        // a non-finite participle heading a participial clause
  bool passive = false;           // être/be + past participle of a transitive verb
  bool reflexive = false;
  bool negated = false;
  bool conditional = false;       // conditional mood, "would"
  bool future = false;
  bool past = false;
  bool copula = false;            // être/be/become... with a predicate, not an action
  int32_t modal = kNone;          // a modal auxiliary in the group ("would", "could", "may")
  // Arguments. Token indexes are sentence-relative; NP indexes index nps.
  int32_t subject = kNone;        // NP index; for a relative clause, the relative pronoun's NP
  bool subject_inherited = false; // taken from a coordinated or governing verb
  bool subject_inverted = false;  // after the verb (", a déclaré le ministre")
  int32_t object = kNone;         // NP index of the direct object (or of an object clitic / relative "que")
  bool object_inherited = false;  // the object of the verb coordinated right after it ("a chargé et blessé des avocats")
  int32_t indirect = kNone;       // the first of two bare phrases after a ditransitive verb ("gave Cuba a loan": Cuba)
  int32_t agent = kNone;          // passive "par X", "by X": NP index
  std::vector<Complement> complements;  // prepositional, infinitival and clausal, in text order
};

enum class ClauseKind : uint8_t { kMain, kRelative, kCompletive, kAdverbial, kInfinitival, kParticipial, kIncise };

struct Clause {
  ClauseKind kind = ClauseKind::kMain;
  int32_t parent = kNone;        // the clause it is embedded in
  int32_t governor = kNone;      // verb group governing a completive or infinitival clause
  int32_t antecedent = kNone;    // NP a relative clause attaches to
  int32_t introducer = kNone;    // token: que, that, qui, who, si, when, ...
  int32_t verb = kNone;          // its finite (or main) verb group
};

struct SentenceSyntax {
  std::vector<Tag> tags;            // by token
  std::vector<int32_t> np_of;       // by token: the innermost NP containing it, or kNone
  std::vector<int32_t> verb_of;     // by token: the verb group containing it, or kNone
  std::vector<int32_t> clause_of;   // by token
  std::vector<NounPhrase> nps;
  std::vector<VerbGroup> verbs;
  std::vector<Clause> clauses;

  void Clear() {
    tags.clear();
    np_of.clear();
    verb_of.clear();
    clause_of.clear();
    nps.clear();
    verbs.clear();
    clauses.clear();
  }
};

// Analyses one sentence. `out` is cleared first; reusing one across calls
// avoids allocation.
void Analyze(std::span<const TokenIn> tokens, const Language& language, SentenceSyntax* out);

}  // namespace parley::syntax

#endif  // PARLEY_SYNTAX_SYNTAX_H_
