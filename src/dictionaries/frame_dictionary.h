// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// FrameDictionary: event frames keyed by lemma, read from every *.txt of
// dictionaries/events/<lang>/ (one CAMEO root or family per file). A frame
// says which code a verb, noun or adjective signals, and in which roles of
// the sentence structure (src/syntax) its source and target stand; word
// order does not matter. Full syntax in docs/dictionaries.md:
//
//   042   se_rendre  en|à:+                 # "s'est rendu mardi en Chine"
//   111   condamner                         # default: source subject, target object
//   0231  demander   obj:aide|assistance à|auprès_de:+
//   036   a:prêt     à:inf=dialoguer|négocier  {partner}
//   190   n:frappe   contre|sur:+           # "les frappes russes contre l'Ukraine"
//   1056  exiger     obj:retrait/de:+       # the target is the object's "de" complement
//   072   envoyer    obj:aide~militaire à:+ # "une aide militaire": the head and a modifier
//   043   recevoir   {pair=042}             # X receives Y: X hosts (043), Y visits (042)
//   14    manifester {onesided}
//
// Discards (`discards.txt` in the same folder): one phrase per line; a
// sentence containing one is not coded (sport, markets, weather idioms).

#ifndef PARLEY_DICTIONARIES_FRAME_DICTIONARY_H_
#define PARLEY_DICTIONARIES_FRAME_DICTIONARY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dictionaries/phrase_matcher.h"
#include "dictionaries/vocabulary.h"
#include "parley/status.h"

namespace parley {

enum class TriggerKind : uint8_t { kVerb, kNoun, kAdjective };

// One alternative of a trigger: a lemma, reflexive or not, with an English
// particle or not ("crack_down").
struct TriggerWord {
  int32_t lemma = Vocabulary::kNone;
  bool reflexive = false;
  int32_t particle = Vocabulary::kNone;
};

struct FrameArg {
  enum class Role : uint8_t {
    kObject,      // obj: the direct object (of a passive verb: its subject)
    kSubject,     // subj: the subject (of a passive verb: its "par"/"by" agent)
    kPhrase,      // PREP: a complement introduced by one of `words` ("à", "with")
    kInfinitive,  // PREP:inf or inf: an infinitive complement (marker among `words`, or any)
    kClause,      // que: a completive clause ("que", "that")
  };
  enum class Value : uint8_t {
    kPresent,  // only that the complement is there (with `lemmas` when given)
    kTarget,   // +: the actor of that complement is the target
    kSource,   // $: the actor of that complement is the source
  };
  Role role = Role::kObject;
  Value value = Value::kPresent;
  std::vector<int32_t> words;   // prepositions or infinitive markers (folded, contractions resolved)
  std::vector<int32_t> lemmas;  // head (or infinitive) lemma must be one of these; empty: any
  std::vector<int32_t> modifiers;  // "~militaire|military": another word of the phrase must be one of these
  int32_t inner = -1;           // index in EventFrame::args of a nested argument of this complement
  bool nested = false;          // this argument is some other's `inner`
};

struct EventFrame {
  std::string code;  // CAMEO code, "042"
  TriggerKind kind = TriggerKind::kVerb;
  std::vector<TriggerWord> triggers;
  std::vector<int32_t> trigger_modifiers;  // "n:exchange~prisoner": another word of the noun's phrase must be one of these
  std::vector<FrameArg> args;
  bool reciprocal = false;  // {recip}: the act goes both ways
  bool partner = false;     // {partner}: with no target, the source's interlocutor in the document
  bool onesided = false;    // {onesided}: coded with an empty target when none is found
  bool place = false;       // {place}: a place may be the target (its country): "s'est rendu en France"
  std::string pair_code;    // {pair=042}: also the inverse event, target -> source, with this code
  int specificity = 0;      // more constraints, more specific: the most specific matching frame wins
  // The roles its (outer) arguments need, as FrameArg::Role bits: a frame
  // whose roles a trigger lacks is passed over without looking further.
  uint8_t needs = 0;
  std::string file;
  int line = 0;
};

class FrameDictionary {
 public:
  // Loads every *.txt of `dir` (sorted; `discards.txt` holds discards).
  // Words are numbered in `vocabulary`. A malformed line is a ParseError
  // naming the file and line.
  static StatusOr<FrameDictionary> Load(const std::string& dir, std::shared_ptr<Vocabulary> vocabulary);

  // What matching first looks at, kept together in a small record so that
  // passing over the many frames of a common verb touches little memory.
  // 16 bytes: a trigger's list is scanned at every verb, noun and adjective
  // that has frames (tens of references each), and half the size is half the
  // cache lines.
  struct FrameRef {
    // A quick rejection without touching the frame: its first outer
    // argument with a head-lemma list has role `filter_role` (kNoFilter:
    // none), and `filter_bits` has bit LemmaBit(id) set for each of those
    // lemmas. A trigger none of whose heads in that role sets one of the bits
    // cannot satisfy the frame.
    uint64_t filter_bits;
    uint32_t id;
    int8_t specificity;
    uint8_t needs;
    uint8_t filter_role;
    uint8_t flags;  // kRef* bits
  };
  // This trigger word is the reflexive verb ("se_rendre").
  static constexpr uint8_t kRefReflexive = 1;
  // This trigger word has a particle ("crack_down"): the frame's TriggerWord
  // for the lemma says which.
  static constexpr uint8_t kRefParticle = 2;
  // The frame has "~word" modifiers on its trigger.
  static constexpr uint8_t kRefTriggerModifiers = 4;
  static constexpr uint8_t kNoFilter = 0xff;
  static uint64_t LemmaBit(int32_t id) {
    return id < 0 ? 0 : uint64_t{1} << ((static_cast<uint32_t>(id) * 2654435761u) >> 26);
  }
  // The frames triggered by a lemma (Vocabulary id) of a kind, most specific
  // first; nullptr when none.
  const std::vector<FrameRef>* FramesFor(TriggerKind kind, int32_t lemma) const;
  const EventFrame& frame(uint32_t id) const { return frames_[id]; }
  const std::vector<EventFrame>& frames() const { return frames_; }
  // Discard phrases, matched on surface keys and lemmas.
  const PhraseMatcher& discards() const { return discards_; }

 private:
  explicit FrameDictionary(std::shared_ptr<Vocabulary> vocabulary)
      : vocabulary_(vocabulary), discards_(true, vocabulary) {}
  Status LoadFile(const std::string& path);
  Status LoadDiscards(const std::string& path);

  std::shared_ptr<Vocabulary> vocabulary_;
  std::vector<EventFrame> frames_;
  std::vector<std::vector<FrameRef>> by_lemma_[3];  // by TriggerKind, then Vocabulary id
  PhraseMatcher discards_;
};

// Parses one frame line; false with *error set when malformed. Words are
// interned in `vocabulary`.
bool ParseEventFrame(std::string_view line, Vocabulary* vocabulary, EventFrame* out, std::string* error);

}  // namespace parley

#endif  // PARLEY_DICTIONARIES_FRAME_DICTIONARY_H_
