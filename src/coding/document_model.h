// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The coder's working view of one document: tokens with their keys, word
// classes and parts of speech; actor mentions; and the discourse state that
// carries from sentence to sentence (antecedents for pronouns, groups for
// "les deux hommes", interlocutors for "son homologue").

#ifndef PARLEY_CODING_DOCUMENT_MODEL_H_
#define PARLEY_CODING_DOCUMENT_MODEL_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "dictionaries/frame_dictionary.h"
#include "dictionaries/phrase_matcher.h"
#include "text/text.h"

namespace parley::coding {

// TokenInfo::starts bits: which matchers a phrase may start at a token in.
inline constexpr uint8_t kStartsName = 1, kStartsPlace = 2, kStartsAgent = 4, kStartsAdjective = 8,
                          kStartsDiscard = 16;  // a discard phrase (frames.cc)

struct TokenInfo {
  uint64_t classes = 0;    // Lexicon WordClass bits
  uint16_t pos = 0;        // union of morph::Pos bits over analyses
  uint16_t verb_form = 0;  // union of morph::VerbForm bits
  bool verb = false;       // read as a verb here (see MarkVerbs)
  bool aux = false;        // an auxiliary or modal
  uint8_t verb_lemmas = 0; // bit l: KeyedToken::lemmas[l] comes from a verb reading
  uint8_t noun_lemmas = 0; // bit l: KeyedToken::lemmas[l] comes from a non-verb reading
  uint8_t starts = 0;      // kStarts* bits: the name matchers a phrase could start here in
  uint8_t frame_kinds = 0; // bit 1 << TriggerKind: event frames keyed on the token's key or lemmas
  bool plural_form = false; // ends in -s or -x and its first lemma is another word ("crowds", "manifestants")
  bool letter_initial = false; // its folded key starts with a letter (a-z, or a non-ASCII letter byte)
  int32_t mention = -1;    // mention covering this token
};

enum class MentionKind : uint8_t {
  kActor,        // a name or a description: "M. Lavrov", "le ministre russe"
  kPronoun,      // "il", "they"
  kGroupRef,     // "les deux hommes", "both ministers"
  kCounterpart,  // "son homologue", "his counterpart"
};

struct Mention {
  MentionKind kind = MentionKind::kActor;
  uint32_t first = 0;  // token range [first, last)
  uint32_t last = 0;
  uint32_t sentence = 0;
  std::string code;     // resolved actor code for the document date; "" if uncodable
  bool person = false;
  bool plural = false;
  bool location = false;   // a place here ("à Berlin", "en Syrie"), not an actor
  bool weak = false;       // a country adjective on a noun ("l'offensive russe"): a target only
  bool modifier_weak = false;  // weak as an English country name before its noun ("the Iran deal"): the syntax may undo it
  bool capital = false;    // a capital standing for its state ("Moscou a dénoncé"): coded as its government
  bool country_place = false;  // a place that is a whole country ("from Turkey", "en Syrie"), not a town
  bool people = false;     // a people named by its demonym ("des milliers de Serbes"): not its state
  bool organisation = false;  // a named organisation, party, group or institution ("NATO"): "the alliance" refers to it
  bool institution = false;  // a named seat of power or body ("MI6", "the Kremlin")
  bool org_office = false; // a person coded by the party or body the text makes him an officer of ("ČSSD Jiří Paroubek")
  bool former = false;     // a role the text says is past ("former dictator Idi Amin"): the country alone
  bool country_guessed = false;  // a role's country read from the sentence's place or the document ("la police" at Karachi), not said of it
  int32_t place = -1;      // gazetteer place (PlaceDictionary id) of a location mention
  int32_t entry = -1;      // the dictionary entry the mention names (ActorDictionary id), -1 when none
  bool past_title = false;  // a named person with a past title ("former FAO chief Edouard Saouma")
  // One side of a hyphenated pair of actors ("U.S.-Soviet", "russo-
  // américains", "Obama-Medvedev"): the mention of the other side, over the
  // same token. Such a
  // mention is weak and no actor of its own; only an event noun it modifies
  // takes it, with its pair, as its two sides (frames.cc).
  int32_t dyad = -1;
  std::string agent_term;  // folded first word of the agent ("chancelier"), for definite descriptions
  std::string agent_code;  // the agent's CAMEO code ("COP"), "" when none
  char gender = 0;
  bool clitic = false;     // an object clitic before its verb ("l'a reçu", "les a condamnés", "lui a demandé")
  // Pronouns, group references and counterparts resolve to the mentions
  // they stand for (indexes into the document's mentions).
  std::vector<int32_t> referents;
  // For a singular pronoun, the next best antecedents, used when the best
  // one is the event's own source ("Kishida ... praised him").
  std::vector<int32_t> alternatives;
};

struct SentenceEvent {
  uint32_t sentence = 0;
  std::string source, code, target;
  int32_t source_mention = -1, target_mention = -1, location_mention = -1;
  int32_t attribution_mention = -1;  // reported speech: who reported it
  const EventFrame* rule = nullptr;  // the dictionary frame that coded it
  uint32_t verb_first = 0, verb_last = 0;  // tokens
  int mode = 0;                            // parley::Mode
  int tense = 0;                           // -1 past, 0 present, +1 future
  bool announced = false;                  // an act announced for the future, coded as its intention or threat
  bool converse = false;                   // the other direction of a reciprocal frame ("X met Y": Y met X)
  uint32_t anchor = 0;
};

}  // namespace parley::coding

#endif  // PARLEY_CODING_DOCUMENT_MODEL_H_
