// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The syntax stage in four passes over one sentence (docs/syntax.md):
//   1. tags: one part of speech per token, from its readings and its
//      neighbours (Tagger);
//   2. noun phrases and verb groups (Chunk*);
//   3. clauses: introducers open them, punctuation and coordination close
//      or split them (SegmentClauses);
//   4. arguments: each verb group's subject, object and complements
//      (AssignArguments).
// Every loop is bounded by the sentence length and every search by a small
// constant window, so the stage is linear whatever the input.

#include "syntax/syntax.h"

#include <algorithm>

#include "dictionaries/lexicon.h"
#include "morphology/lemmatizer.h"

namespace parley::syntax {

std::string_view TagName(Tag tag) {
  switch (tag) {
    case Tag::kX: return "X";
    case Tag::kNoun: return "NOUN";
    case Tag::kPropn: return "PROPN";
    case Tag::kVerb: return "VERB";
    case Tag::kAux: return "AUX";
    case Tag::kAdj: return "ADJ";
    case Tag::kAdv: return "ADV";
    case Tag::kDet: return "DET";
    case Tag::kPron: return "PRON";
    case Tag::kAdp: return "ADP";
    case Tag::kCconj: return "CCONJ";
    case Tag::kSconj: return "SCONJ";
    case Tag::kNum: return "NUM";
    case Tag::kPunct: return "PUNCT";
    case Tag::kPart: return "PART";
  }
  return "X";
}

namespace {

using morph::Pos;
namespace vf = morph;

constexpr uint16_t kFiniteForms = vf::kPresent | vf::kImperfect | vf::kSimplePast | vf::kFuture | vf::kConditional |
                                  vf::kSubjunctive | vf::kImperative;
constexpr uint64_t kSubjectPronouns = kWcPronounMasc | kWcPronounFem | kWcPronounPlural | kWcSubjectPronoun;
// How far argument searches walk (tokens).
constexpr uint32_t kMaxSubjectWalk = 40;
constexpr uint32_t kMaxObjectSkip = 4;

// Work vectors of one analysis, kept per thread so that a sentence reuses
// the previous one's capacity instead of allocating (Analyze runs per sentence).
struct AnalyzerScratch {
  std::vector<std::pair<int32_t, int32_t>> coordinated;
  std::vector<int32_t> object_of;
  std::vector<bool> after_reduced_participle;
  std::vector<bool> reduced_participle;
  std::vector<bool> insert;
};

AnalyzerScratch& ThreadScratch() {
  thread_local AnalyzerScratch scratch;
  return scratch;
}

class Analyzer {
 public:
  Analyzer(std::span<const TokenIn> tokens, const Language& language, SentenceSyntax* out)
      : t_(tokens), lang_(language), out_(*out), n_(static_cast<uint32_t>(tokens.size())) {}

  void Run() {
    out_.Clear();
    coordinated_.clear();
    object_of_.clear();
    after_reduced_participle_.clear();
    reduced_participle_.clear();
    out_.tags.assign(n_, Tag::kX);
    out_.np_of.assign(n_, kNone);
    out_.verb_of.assign(n_, kNone);
    out_.clause_of.assign(n_, 0);
    MarkAuxiliaryInserts();
    Tagger();
    RepairDoubleFinite();
    RepairNounCompounds();
    ChunkNounPhrases();
    ChunkVerbGroups();
    ReducedParticiples();
    SegmentClauses();
    AssignArguments();
  }

 private:
  // ---- token predicates
  bool Is(uint32_t i, uint64_t cls) const { return i < n_ && (t_[i].classes & cls) != 0; }
  bool HasPos(uint32_t i, uint16_t pos) const { return i < n_ && (t_[i].pos & pos) != 0; }
  bool Currency(uint32_t i) const {
    return i < n_ && (t_[i].key == "$" || t_[i].key == "€" || t_[i].key == "£" || t_[i].key == "¥");
  }
  bool Punct(uint32_t i) const { return i < n_ && !t_[i].word && !t_[i].number && !Currency(i); }
  bool KeyIs(uint32_t i, std::string_view k) const { return i < n_ && t_[i].key == k; }

  // `i`, or the word after an opening quote at `i` ("le « courage »").
  uint32_t PastOpeningQuote(uint32_t i) const {
    return i + 1 < n_ && (KeyIs(i, "«") || KeyIs(i, "\"") || KeyIs(i, "“")) && !Punct(i + 1) ? i + 1 : i;
  }
  bool Finite(uint32_t i) const { return i < n_ && (t_[i].verb_form & kFiniteForms) != 0; }
  bool Participle(uint32_t i) const { return i < n_ && (t_[i].verb_form & vf::kPastParticiple) != 0; }
  bool Infinitive(uint32_t i) const { return i < n_ && (t_[i].verb_form & vf::kInfinitive) != 0; }
  bool Gerund(uint32_t i) const { return i < n_ && (t_[i].verb_form & vf::kPresentParticiple) != 0; }
  bool CanNoun(uint32_t i) const {
    return i < n_ && t_[i].word && ((t_[i].pos & (Pos::kNoun | Pos::kProperNoun)) || t_[i].pos == 0);
  }
  bool CanVerb(uint32_t i) const { return HasPos(i, Pos::kVerb); }
  bool Capital(uint32_t i) const { return i < n_ && t_[i].capitalized && !t_[i].sentence_start; }
  Tag tag(uint32_t i) const { return i < n_ ? out_.tags[i] : Tag::kPunct; }
  bool Nominal(Tag g) const { return g == Tag::kNoun || g == Tag::kPropn || g == Tag::kPron || g == Tag::kNum; }
  bool Verbal(Tag g) const { return g == Tag::kVerb || g == Tag::kAux; }
  // Whether the "que" at `q` is the restrictive "ne ... que" (only): "n'a
  // reçu que le ministre", "n'a reconnu qu'hier". Walking back through the
  // verb group, a "ne" comes before any second negation word ("n'a pas dit
  // que" is a negated verb and its completive).
  bool RestrictiveQue(uint32_t q) const {
    if (!KeyIs(q, "que") && !KeyIs(q, "qu'")) return false;
    for (uint32_t j = q; j-- > 0 && q - j <= 6;) {
      if (KeyIs(j, "ne") || KeyIs(j, "n'")) return true;
      if (Is(j, kWcNegation)) return false;
      const Tag g = tag(j);
      const bool in_group = g == Tag::kVerb || g == Tag::kAux || g == Tag::kAdv ||
                            (g == Tag::kPron && (Is(j, kWcObjectClitic | kWcReflexive) || KeyIs(j, "en") || KeyIs(j, "y")));
      if (!in_group) return false;
    }
    return false;
  }
  // The previous token that is not an adverb or a negation, or n_.
  uint32_t PrevContent(uint32_t i) const {
    // (An insert between an auxiliary and its participle does not count.)
    for (uint32_t j = i, seen = 0; j-- > 0 && (insert_[j] || ++seen <= 3);) {
      if (insert_[j]) continue;
      if (Punct(j)) return j;
      if (tag(j) == Tag::kAdv || Is(j, kWcNegation | kWcLightAdverb)) continue;
      return j;
    }
    return n_;
  }

  // "nous"/"vous" before the verb are its subject unless a subject came
  // just before them ("nous avons vu" vs "il nous a vus", "vous m'accusez").
  bool SubjectClitic(uint32_t i) const {
    if (!Is(i, kWcPersonalPronoun) || !Is(i, kWcObjectClitic) || Is(i, kWcReflexive) || KeyIs(i, "lui") || KeyIs(i, "leur")) {
      return false;
    }
    if (i == 0) return true;
    const uint32_t p = i - 1;
    if (Is(p, kWcRelative | kWcComplementizer)) return true;  // "que vous évoquez", "qu'ils nous le fassent"
    if (Is(p, kSubjectPronouns | kWcPersonalPronoun | kWcNegation) && !KeyIs(p, "lui")) return Is(p, kWcNegation) && p == 0;
    if (out_.np_of[p] != kNone && out_.nps[out_.np_of[p]].preposition == kNone && !Punct(p)) return false;
    return true;
  }

  // ---- 1. tags
  // Whether a token that can only be a verb or an auxiliary comes within a
  // few tokens after `i`, before anything that could start a new clause.
  // With `over_names`, capitalised words and "of" inside the window do not
  // count towards it (up to twelve tokens in all): a clause preposition's
  // subject may be a long title and name, "after Secretary of State Hillary
  // Rodham Clinton met with".
  bool SureVerbAhead(uint32_t i, bool over_names = false) const {
    uint32_t limit = i + 6;
    for (uint32_t j = i + 1; j < n_ && j <= limit; ++j) {
      if (over_names && limit < i + 12 && (Capital(j) || (KeyIs(j, "of") && Capital(j - 1) && Capital(j + 1)))) ++limit;
      if (Punct(j) || Is(j, kWcCoordinator | kWcConjunction | kWcRelative | kWcComplementizer | kWcSubordinator)) return false;
      const uint16_t pos = t_[j].pos;
      // A simple past whose other readings are only an adjective or an
      // adverb ("said", "held", "mounted", "left": WordNet lists them so) is
      // as sure a verb: "trade ministers said", "workers held strikes", "the
      // finance minister left for Zurich".
      const uint16_t not_verb = (t_[j].verb_form & vf::kSimplePast) ? Pos::kAdjective | Pos::kAdverb : 0;
      if ((pos & (Pos::kVerb | Pos::kAuxiliary)) &&
          !(pos & (Pos::kNoun | Pos::kAdjective | Pos::kProperNoun | Pos::kAdverb | Pos::kPreposition) & ~not_verb) &&
          ((t_[j].verb_form & kFiniteForms) || Is(j, kWcModal | kWcConditionalAux | kWcFutureAux | kWcSupportAux)) &&
          !t_[j].capitalized) {
        return true;
      }
      if (Is(j, kWcPersonalPronoun)) return false;
    }
    return false;
  }
  // Whether object clitics follow `i` ("lui", "les", "le lui") and then an
  // auxiliary or a sure finite verb: "chinoises lui ont refusé".
  bool CliticsBeforeSureVerb(uint32_t i) const {
    uint32_t j = i + 1;
    while (j < n_ && j < i + 4 && (Is(j, kWcObjectClitic) || KeyIs(j, "y") || KeyIs(j, "en"))) ++j;
    if (j == i + 1 || j >= n_) return false;
    if (Is(j, kWcPerfectAux | kWcPassiveAux | kWcCopula) && HasPos(j, Pos::kAuxiliary | Pos::kVerb)) return true;
    return SureVerbAhead(j - 1) && (t_[j].pos & (Pos::kVerb | Pos::kAuxiliary)) && (t_[j].verb_form & kFiniteForms);
  }
  // Where a French reporting verb's inverted subject may start: past up to
  // two phrases saying whom it was said to (with their "de" phrases) right
  // after the verb, "a déclaré à l'AFP le ministre", "a confié au président le
  // Premier ministre". Elsewhere `t` itself.
  uint32_t PastIncisedComplements(uint32_t t) const {
    if (!lang_.adjectives_follow) return t;
    uint32_t u = t;
    // Past a date or adverbs first: "a déclaré mardi le ministre", "a
    // ajouté jeudi soir à la presse le ministre".
    for (uint32_t k = 0; k < 3 && u < n_ && (tag(u) == Tag::kAdv || (out_.np_of[u] != kNone && out_.nps[out_.np_of[u]].time &&
                                                                      out_.nps[out_.np_of[u]].preposition == kNone));
         ++k) {
      u = tag(u) == Tag::kAdv ? u + 1 : out_.nps[out_.np_of[u]].last;
    }
    for (int phrases = 0; phrases < 2 && u < n_; ++phrases) {
      const int32_t np = out_.np_of[u];
      if (np == kNone || out_.nps[np].first != u || out_.nps[np].preposition == kNone || out_.nps[np].time) break;
      // Whom it was said to ("à l'AFP", "au Monde"), not what ("a assuré de son soutien le plan").
      if (!Is(static_cast<uint32_t>(out_.nps[np].preposition), kWcTargetPrep)) break;
      u = out_.nps[np].last;
      while (u < n_ && out_.np_of[u] != kNone && out_.nps[out_.np_of[u]].first == u && out_.nps[out_.np_of[u]].preposition != kNone &&
             Is(static_cast<uint32_t>(out_.nps[out_.np_of[u]].preposition), kWcOf)) {
        u = out_.nps[out_.np_of[u]].last;
      }
    }
    // Only when a bare phrase follows: otherwise the phrases are the verb's own.
    return u < n_ && out_.np_of[u] != kNone && out_.nps[out_.np_of[u]].first == u && out_.nps[out_.np_of[u]].preposition == kNone
               ? u
               : t;
  }
  // English '"We condemn Iran," the president said.', "Iran is wrong, he said
  // on Monday.": after a comma or a closing quote at `i`, a bare phrase (with
  // its "of" phrases: "the head of the agency") and then a reporting verb that
  // ends the sentence or the quote with no verb of its own to follow is an
  // incise. Otherwise its verb, after a noun in a clause that has its verb,
  // reads as a participle on that noun ("the president said" as a passive).
  bool SubjectFirstIncise(uint32_t i) const {
    bool quote_or_comma = false;
    for (uint32_t k = i + 1; k-- > 0 && Punct(k);) quote_or_comma |= KeyIs(k, ",") || KeyIs(k, "\"");
    const uint32_t j = i + 1;
    if (!quote_or_comma || j >= n_) return false;
    const int32_t np = out_.np_of[j];
    if (np == kNone || out_.nps[np].first != j || out_.nps[np].preposition != kNone || out_.nps[np].time) return false;
    uint32_t u = out_.nps[np].last;
    for (int k = 0; k < 3 && u < n_ && out_.np_of[u] != kNone && out_.nps[out_.np_of[u]].first == u &&
                    out_.nps[out_.np_of[u]].preposition != kNone &&
                    Is(static_cast<uint32_t>(out_.nps[out_.np_of[u]].preposition), kWcOf);
         ++k) {
      u = out_.nps[out_.np_of[u]].last;
    }
    if (u >= n_ || out_.verb_of[u] == kNone) return false;
    const VerbGroup& v = out_.verbs[out_.verb_of[u]];
    if (v.first != u || !Is(v.head, kWcReporting)) return false;
    // Past its own phrases ("told Reuters in an interview"), a comma, quote or
    // the sentence's end; a verb ("the minister said the talks failed") or a
    // colon ("said: ...") opens its own clause.
    for (uint32_t t = v.last; t < n_; ++t) {
      if (KeyIs(t, ",") || KeyIs(t, "\"") || KeyIs(t, ".") || KeyIs(t, "!") || KeyIs(t, "?")) return true;
      if (out_.verb_of[t] != kNone || Punct(t)) return false;
    }
    return true;
  }
  // Whether the sentence is no headline: it ends on a full stop, or some
  // token can only be a finite verb or an auxiliary.
  bool SureFiniteInSentence() const {
    // (A sentence ending on a full stop is no headline: "Le plan proposé par
    // la France porte sur ..." has its verb in a noun-verb form.)
    if (n_ > 0 && (KeyIs(n_ - 1, ".") || KeyIs(n_ - 1, "!") || KeyIs(n_ - 1, "?") || KeyIs(n_ - 1, ";"))) return true;
    for (uint32_t j = 0; j < n_; ++j) {
      const uint16_t pos = t_[j].pos;
      if ((pos & (Pos::kVerb | Pos::kAuxiliary)) && (t_[j].verb_form & kFiniteForms) &&
          !(pos & (Pos::kNoun | Pos::kAdjective | Pos::kProperNoun | Pos::kAdverb | Pos::kPreposition | Pos::kDeterminer))) {
        return true;
      }
    }
    return false;
  }
  // ---- 1. tags
  void MarkAuxiliaryInserts();
  uint32_t InsertUnit(uint32_t j) const;
  bool PlainAdverb(uint32_t j) const {
    return t_[j].adverbial_phrase || Is(j, kWcNegation | kWcLightAdverb) || (HasPos(j, Pos::kAdverb) && !HasPos(j, Pos::kVerb));
  }
  void Tagger();
  // Tagger's test for an English finite noun-verb form after a subject and
  // before a preposition, with no sure finite verb later in its clause.
  bool EnglishVerbBeforePrep(uint32_t i) const;
  Tag TagOne(uint32_t i) const;
  bool Approximator(uint32_t i) const;
  bool MeasureParticiple(uint32_t i) const;
  Tag TagDeterminerOrPronoun(uint32_t i) const;
  Tag TagContent(uint32_t i) const;
  void RepairDoubleFinite();
  void RepairNounCompounds();

  // ---- 2. chunks
  void ChunkNounPhrases();
  int32_t AddNp(uint32_t first, uint32_t last, uint32_t head, int32_t preposition);
  void ChunkVerbGroups();
  void ReducedParticiples();

  // ---- 3. clauses
  void SegmentClauses();
  int32_t OpenClause(ClauseKind kind, int32_t parent, int32_t introducer);
  int32_t LastVerbOfClause(int32_t clause, uint32_t before) const;

  // ---- 4. arguments
  bool SamePerson(uint32_t subject, uint32_t clitic) const {
    const std::string_view a = t_[subject].key, b = t_[clitic].key;
    auto first = [](std::string_view k) { return k == "je" || k == "j'" || k == "moi"; };
    auto second = [](std::string_view k) { return k == "tu" || k == "toi"; };
    if (first(a)) return b == "me" || b == "m'";
    if (second(a)) return b == "te" || b == "t'";
    return (a == "nous" && b == "nous") || (a == "vous" && b == "vous");
  }
  // Whether only adverbs, negations, commas and embedded clauses stand
  // between token `r` and verb group `v` ("which, as noted, commits"), and,
  // with `phrases`, prepositional and time phrases too ("who, on Tuesday,
  // accused", "which in March attacked").
  bool AdjacentToVerb(uint32_t r, const VerbGroup& v, bool phrases = false) const {
    for (uint32_t t = r + 1; t < v.first; ++t) {
      if (tag(t) == Tag::kAdv || Is(t, kWcNegation) || KeyIs(t, ",")) continue;
      if (phrases && out_.clause_of[t] == v.clause) {
        const int32_t np = out_.np_of[t];
        if (np != kNone && (out_.nps[np].preposition != kNone || out_.nps[np].time)) continue;
        if (tag(t) == Tag::kAdp && t + 1 < v.first && out_.np_of[t + 1] != kNone) continue;
      }
      if (out_.clause_of[t] != v.clause) {
        bool embedded = false;
        for (int32_t p = out_.clauses[out_.clause_of[t]].parent; p != kNone; p = out_.clauses[p].parent) {
          if (p == v.clause) embedded = true;
        }
        if (embedded) continue;
      }
      return false;
    }
    return true;
  }
  // French text also quotes with curly quotes and doubled apostrophes
  // ('le président “a exhorté”', "dont le président '' a exhorté"): marks an
  // argument search steps over like "«" and "\"".
  bool FrenchQuoteMark(uint32_t i) const {
    return lang_.adjectives_follow && (KeyIs(i, "“") || KeyIs(i, "”") || KeyIs(i, "„") || KeyIs(i, "'"));
  }
  // Weekday and month names (and "hier", "yesterday") date an event; they are never its object.
  bool IsWeekdayOrMonth(uint32_t i) const { return Is(i, kWcYesterday | kWcToday | kWcTomorrow) || t_[i].weekday_or_month; }
  // The phrase "X de Y" / "X of Y" hangs from: walk up to X.
  int32_t Top(int32_t np) const {
    for (int hops = 0; hops < 6 && out_.nps[np].of_parent != kNone && out_.nps[np].preposition != kNone; ++hops) {
      np = out_.nps[np].of_parent;
    }
    return np;
  }
  void AssignArguments();
  int32_t FindSubject(const VerbGroup& v, int32_t vi) const;
  uint32_t FrenchSubjectChainStart(uint32_t i, int32_t c, int32_t gov) const;
  int32_t FrontedParticipleSubject(size_t w) const;
  bool FrenchAppositionBefore(uint32_t i) const;
  int32_t FindInvertedSubject(const VerbGroup& v) const;
  int32_t FindObject(const VerbGroup& v) const;
  int32_t BareObjectAfter(const VerbGroup& v) const;
  void FindComplements(VerbGroup* v, int32_t vi);

  std::span<const TokenIn> t_;
  const Language& lang_;
  SentenceSyntax& out_;
  uint32_t n_;
  // (later verb group, earlier verb group) pairs joined by a coordinator
  // with no subject between them: the later one shares the earlier's subject.
  AnalyzerScratch& scratch_ = ThreadScratch();
  std::vector<std::pair<int32_t, int32_t>>& coordinated_ = scratch_.coordinated;
  std::vector<int32_t>& object_of_ = scratch_.object_of;  // by NP: the verb group it is the object of
  // While tagging: the current clause already has a finite verb that is not
  // a reporting verb (its object, not a new clause, follows it).
  bool transitive_finite_seen_ = false;
  // By verb group: the clause's own verb after a reduced participle ("troops
  // stationed near the border attacked"), set by ReducedParticiples.
  std::vector<bool>& after_reduced_participle_ = scratch_.after_reduced_participle;
  std::vector<bool>& reduced_participle_ = scratch_.reduced_participle;  // by verb group: the participle itself
  // By token: part of a phrase standing between an auxiliary and its
  // participle ("a pour sa part appelé"), set by MarkAuxiliaryInserts.
  std::vector<bool>& insert_ = scratch_.insert;
  bool clause_finite_seen_ = false;  // the clause being tagged has its finite verb already
};

// ---------------------------------------------------------------- tags

// Where adjectives follow the noun, a phrase may stand between a perfect or
// passive auxiliary and its participle: "a pour sa part appelé", "a une
// nouvelle fois condamné", "a lundi condamné", "a à plusieurs reprises
// exhorté", "a lui aussi salué", "a d'ores et déjà rejeté", "a vivement et
// publiquement dénoncé". Its words are marked and tagged as adverbs, so that
// the auxiliary and the participle make one verb group and the phrase is
// neither subject nor object. Adverbs alone are left to the tagger; only a
// run holding some other phrase is marked. (Where adjectives precede, a
// participle after a phrase is as likely the next noun's modifier: not
// done. "il y a dans la ville détruite" is the existential "y a": not done.)
void Analyzer::MarkAuxiliaryInserts() {
  insert_.assign(n_, false);
  if (!lang_.adjectives_follow) {
    // English: one short prepositional phrase between "have" and its
    // participle, "Brazil has in the past rejected", "has for the first time
    // linked", "had since 1985 opposed" (a preposition, then only articles,
    // adjectives, nouns and numbers, then a past participle before what can
    // be its object or complement).
    for (uint32_t i = 0; i + 3 < n_; ++i) {
      if (!Is(i, kWcPerfectAux) || Is(i, kWcCopula | kWcPassiveAux) || !HasPos(i, Pos::kAuxiliary)) continue;
      if (i > 0 && Is(i - 1, kWcDeterminer)) continue;
      const uint32_t p = i + 1;
      if (!HasPos(p, Pos::kPreposition) || HasPos(p, Pos::kVerb) || Is(p, kWcOf | kWcInfinitiveMarker | kWcComplementizer) ||
          t_[p].capitalized) {
        continue;
      }
      uint32_t j = p + 1;
      while (j < n_ && j <= p + 4 && !Punct(j) && !Participle(j) &&
             (HasPos(j, Pos::kDeterminer | Pos::kAdjective | Pos::kNoun | Pos::kNumeral) || t_[j].number) &&
             !Is(j, kWcCoordinator | kWcRelative | kWcPersonalPronoun)) {
        ++j;
      }
      if (j == p + 1 || j + 1 >= n_ || !Participle(j) || !CanVerb(j) || Gerund(j) || t_[j].capitalized ||
          !(t_[j].verb_form & vf::kPastParticiple) || Punct(j + 1)) {
        continue;
      }
      for (uint32_t k = p; k < j; ++k) insert_[k] = true;
      i = j;
    }
    return;
  }
  constexpr uint32_t kMaxInsert = 10;
  for (uint32_t i = 0; i + 2 < n_; ++i) {
    if (!Is(i, kWcPerfectAux | kWcPassiveAux) || !HasPos(i, Pos::kAuxiliary)) continue;
    // Not after a determiner ("l'été"), nor after the clitic "y" or "en"
    // (an object clitic that is no article and no personal pronoun): "il y
    // a dans la ville détruite" is existential.
    if (i > 0 && (Is(i - 1, kWcDeterminer) ||
                  (Is(i - 1, kWcObjectClitic) && !Is(i - 1, kWcPersonalPronoun | kWcPossessive | kWcReflexive)))) {
      continue;
    }
    uint32_t j = i + 1;
    bool phrase = false, after_coordinator = false;
    // Between commas: "a, selon le porte-parole, condamné", "a, mardi,
    // salué" (the same phrases, the commas closing them).
    const bool commas = KeyIs(j, ",");
    if (commas) ++j;
    while (j < n_ && j < i + 1 + kMaxInsert) {
      if (commas && KeyIs(j, ",") && phrase) {
        ++j;
        break;
      }
      if (!after_coordinator && j > i + 1 && Is(j, kWcCoordinator)) {
        after_coordinator = true;  // "vivement et publiquement", "d'ores et déjà"
        phrase = true;
        ++j;
        continue;
      }
      const uint32_t k = InsertUnit(j);
      // An adverb that can be a noun may be avoir's object: "n'ai plus mal à
      // mon poignet foulé" is no insert.
      if (k == j && PlainAdverb(j) && HasPos(j, Pos::kNoun) && !t_[j].adverbial_phrase && !Is(j, kWcNegation | kWcLightAdverb)) break;
      if (k == j && PlainAdverb(j)) {
        ++j;
        after_coordinator = false;
        continue;
      }
      if (k == j) break;
      phrase = true;
      after_coordinator = false;
      j = k;
    }
    if (!phrase || after_coordinator || j >= n_ || j > i + kMaxInsert || !Participle(j) || !CanVerb(j) ||
        (commas && !KeyIs(j - 1, ","))) {
      continue;
    }
    for (uint32_t k = i + 1; k < j; ++k) insert_[k] = true;
    i = j;
  }
}

// The end of one phrase of an insert starting at `j` (`j` when none): a
// weekday or a relative day ("lundi", "hier"); a time phrase ("une nouvelle
// fois", "cette semaine", "la semaine dernière", "une fois de plus"); a
// prepositional phrase with its "de" phrase, or a preposition and an adverb
// ("pour sa part", "à son tour", "depuis longtemps",
// "pour la première fois", "sans surprise", "au nom du gouvernement", "à
// l'unanimité"); a stressed pronoun with "aussi", "même" ("lui aussi").
uint32_t Analyzer::InsertUnit(uint32_t j) const {
  if (IsWeekdayOrMonth(j)) return j + 1;
  if (Is(j, kWcPersonalPronoun | kWcObjectPronoun) && j + 1 < n_ && Is(j + 1, kWcLightAdverb) && !Is(j, kWcReflexive)) {
    return j + 2;
  }
  // A noun group: an optional determiner, prenominal adjectives or a
  // number, a noun, a following adjective. `time` when the noun is a time
  // noun (a bare time phrase needs one: "une nouvelle fois").
  auto noun_group = [&](uint32_t k, bool* time) -> uint32_t {
    const uint32_t start = k;
    if (k < n_ && (Is(k, kWcDeterminer | kWcPossessive) || (HasPos(k, Pos::kDeterminer) && !HasPos(k, Pos::kVerb)))) ++k;
    while (k < n_ && k < start + 4 && (t_[k].number || (Is(k, kWcPrenominal) && HasPos(k + 1, Pos::kNoun)))) ++k;
    // A noun: after a determiner even a form that can be a verb ("sa part",
    // "à plusieurs reprises"); bare, one that is no infinitive ("sans surprise").
    // (Never an auxiliary's own form: "a été", not the season.)
    const bool noun = k < n_ && CanNoun(k) && !HasPos(k, Pos::kPreposition | Pos::kDeterminer) &&
                      !Is(k, kWcCoordinator | kWcPerfectAux | kWcPassiveAux | kWcCopula) && (k > start || !Infinitive(k));
    if (!noun) {
      // A pronoun after a preposition: "avec eux", "quant à lui".
      if (k == start && k < n_ && Is(k, kWcPersonalPronoun | kWcObjectPronoun) && !Is(k, kWcReflexive)) {
        *time = false;
        return k + 1;
      }
      return start;
    }
    *time = Is(k, kWcTimeNoun);
    ++k;
    // "la semaine dernière": an adjective after the noun, not a participle
    // (which may be the insert's end).
    if (k < n_ && (Is(k, kWcPastMarker | kWcFutureMarker) || (HasPos(k, Pos::kAdjective) && !HasPos(k, Pos::kVerb | Pos::kNoun)))) ++k;
    return k;
  };
  bool time = false;
  // ("des", "du" are also the partitive articles: "avez des problèmes modérés" is no insert.)
  if (HasPos(j, Pos::kPreposition) && !HasPos(j, Pos::kVerb) && !Is(j, kWcComplementizer | kWcCoordinator) &&
      !(Is(j, kWcOf) && Is(j, kWcDeterminer))) {
    const uint32_t k = noun_group(j + 1, &time);
    // A preposition and an adverb: "d'ores (et déjà)", "depuis longtemps".
    if (k == j + 1) return j + 1 < n_ && PlainAdverb(j + 1) && !Is(j + 1, kWcNegation) ? j + 2 : j;
    // Its "de" phrase: "au nom du gouvernement".
    if (k < n_ && Is(k, kWcOf) && HasPos(k, Pos::kPreposition)) {
      const uint32_t m = noun_group(k + 1, &time);
      if (m > k + 1) return m;
    }
    return k;
  }
  // A time phrase has its determiner ("cette semaine"; "lundi" is above).
  const uint32_t k = noun_group(j, &time);
  return k > j + 1 && time ? k : j;
}

void Analyzer::Tagger() {
  // Whether the current clause already has a finite verb, and a phrase that
  // could be its subject: an ambiguous noun-verb form after a subject, in a
  // clause with no verb yet, and before what could be its object, is the
  // verb ("a boy in the back raises his hand").
  bool subject_seen = false;
  clause_finite_seen_ = false;
  // An incise after a subject ("The minister, in a statement, accused",
  // "who, on Tuesday, accused"): opened by a comma before a preposition or
  // an adverb, it leaves the clause's subject standing when it closes.
  int32_t incise_open = kNone;
  bool subject_before_incise = false;
  // A subject with no verb yet, then a comma: what follows up to the next
  // comma may be its apposition ("Iraq's foreign minister, Tariq Aziz,
  // told"), a relative ("Syria, which has troops in Lebanon, accused") or a
  // participial phrase ("Reagan, speaking in Washington, accused"); when that
  // comma closes it, the subject stands again before the clause's verb.
  int32_t subject_comma = kNone;
  bool subject_comma_relative = false;
  for (uint32_t i = 0; i < n_; ++i) {
    Tag g = TagOne(i);
    const TokenIn& k = t_[i];
    // "Reagan, speaking in Washington,": a present participle right after
    // such a comma, before a preposition, an article or a name, opens a
    // participial phrase on the subject.
    if (g == Tag::kNoun && subject_comma != kNone && static_cast<uint32_t>(subject_comma) + 1 == i && Gerund(i) &&
        !lang_.adjectives_follow && i + 1 < n_ &&
        (HasPos(i + 1, Pos::kPreposition) || Is(i + 1, kWcDeterminer | kWcPossessive) || Capital(i + 1)) &&
        !Is(i + 1, kWcOf)) {
      g = Tag::kVerb;
    }
    if (g == Tag::kNoun && !clause_finite_seen_ && subject_seen && (k.pos & Pos::kVerb) && (k.verb_form & kFiniteForms) &&
        !k.capitalized && i > 0 && tag(i - 1) != Tag::kDet && !Is(i - 1, kWcPossessive | kWcPossessiveClitic | kWcFusedPrep) &&
        i + 1 < n_ && (Is(i + 1, kWcDeterminer | kWcPossessive | kWcObjectPronoun) || t_[i + 1].number ||
                       (t_[i + 1].capitalized && !HasPos(i + 1, Pos::kVerb)))) {
      g = Tag::kVerb;
    }
    // "Mujica travels to Mexico to strengthen ties", "the president flies to
    // Cairo", "he calls for calm": an English finite noun-verb form right
    // after a subject phrase (a name, a subject pronoun, a noun after its
    // determiner or possessive), before a preposition that can open its
    // complement, is the verb when the clause has no finite verb before it
    // and no sure one after it up to its end ("The Kremlin talks with Iran
    // ended" keeps the noun; an infinitive after "to" is no finite verb).
    if (g == Tag::kNoun && !lang_.adjectives_follow && !clause_finite_seen_ && subject_seen && EnglishVerbBeforePrep(i)) {
      g = Tag::kVerb;
    }
    // "French troops have left Afghanistan", "has left the country": an
    // English past participle that is also an adverb ("left") right after
    // the perfect auxiliary is its verb.
    if (g == Tag::kAdv && !lang_.adjectives_follow && i > 0 && tag(i - 1) == Tag::kAux && Is(i - 1, kWcPerfectAux) &&
        !Is(i - 1, kWcCopula | kWcPassiveAux) && Participle(i) && CanVerb(i) && !k.capitalized && !k.adverbial_phrase) {
      g = Tag::kVerb;
    }
    // "will visit Washington and meet Reagan", "to visit Cairo and meet
    // Mubarak": a base form after "and", before its object, shares the
    // modal or the "to" of the base verb before it.
    if (g == Tag::kNoun && !lang_.adjectives_follow && i > 1 && tag(i - 1) == Tag::kCconj && Is(i - 1, kWcCoordinator) &&
        Infinitive(i) && CanVerb(i) && !k.capitalized && i + 1 < n_ &&
        (Is(i + 1, kWcDeterminer | kWcPossessive | kWcObjectPronoun) || Capital(i + 1))) {
      for (uint32_t j = i - 1; j-- > 0 && j + 12 > i;) {
        if (Punct(j) && !KeyIs(j, ",")) break;
        if (tag(j) != Tag::kVerb) continue;
        if (Infinitive(j) && j > 0 &&
            (tag(j - 1) == Tag::kPart || (tag(j - 1) == Tag::kAux && Is(j - 1, kWcModal | kWcFutureAux | kWcSupportAux)))) {
          g = Tag::kVerb;
        }
        break;
      }
    }
    out_.tags[i] = g;
    const bool incise_closes = incise_open != kNone && KeyIs(i, ",") && !clause_finite_seen_ &&
                               i - static_cast<uint32_t>(incise_open) <= 10;
    // The comma closing an apposition, relative or participial phrase on a
    // subject (a phrase with no finite verb of its own unless it is the
    // relative's).
    const bool subject_insert_closes = subject_comma != kNone && KeyIs(i, ",") &&
                                       static_cast<uint32_t>(subject_comma) + 1 < i &&
                                       i - static_cast<uint32_t>(subject_comma) <= 16 &&
                                       (subject_comma_relative || !clause_finite_seen_);
    const bool subject_restored = (incise_closes && subject_before_incise) || subject_insert_closes;
    if (KeyIs(i, ",")) {
      if (subject_insert_closes || subject_comma != kNone) {
        subject_comma = kNone;
      } else if (subject_seen && !clause_finite_seen_ && i + 1 < n_ &&
                 !Is(i + 1, kWcCoordinator | kWcConjunction | kWcComplementizer | kWcClauseBreak) && !lang_.adjectives_follow) {
        subject_comma = static_cast<int32_t>(i);
        subject_comma_relative = Is(i + 1, kWcRelative);
      }
    } else if (g == Tag::kPunct || g == Tag::kCconj || (g == Tag::kSconj && !subject_comma_relative)) {
      subject_comma = kNone;
    }
    if (KeyIs(i, ",")) incise_open = kNone;
    if (KeyIs(i, ",") && !incise_closes && !clause_finite_seen_ && i + 1 < n_ &&
        (HasPos(i + 1, Pos::kPreposition) || HasPos(i + 1, Pos::kAdverb) || t_[i + 1].weekday_or_month ||
         Is(i + 1, kWcClauseBreak)) &&
        !Is(i + 1, kWcCoordinator | kWcConjunction | kWcRelative | kWcComplementizer)) {
      incise_open = static_cast<int32_t>(i);
      subject_before_incise = subject_seen;
    }
    if (g == Tag::kPunct && !KeyIs(i, ",")) {
      clause_finite_seen_ = subject_seen = transitive_finite_seen_ = false;
      incise_open = kNone;
    } else if (g == Tag::kPunct || g == Tag::kCconj || g == Tag::kSconj || Is(i, kWcRelative | kWcComplementizer)) {
      clause_finite_seen_ = subject_seen = false;
      transitive_finite_seen_ = false;
      if (subject_restored) subject_seen = true;
      // A subject relative is the subject of what follows it ("who, on Tuesday, accused").
      if (g == Tag::kPron && Is(i, kWcRelative) && !Is(i, kWcObjectPronoun)) subject_seen = true;
    } else if ((g == Tag::kVerb || g == Tag::kAux) && (Finite(i) || Is(i, kWcModal | kWcSupportAux | kWcCliticAux))) {
      clause_finite_seen_ = true;
      transitive_finite_seen_ = g == Tag::kVerb && !Is(i, kWcReporting | kWcCopula);
    } else if (g == Tag::kNoun || g == Tag::kPropn || (g == Tag::kPron && Is(i, kSubjectPronouns))) {
      subject_seen = true;
    }
  }
}

bool Analyzer::EnglishVerbBeforePrep(uint32_t i) const {
  const TokenIn& k = t_[i];
  if (i == 0 || i + 2 >= n_ || k.capitalized || !(k.pos & Pos::kVerb) || !(k.verb_form & kFiniteForms)) return false;
  // The subject: a name, a subject pronoun, or a noun right after its
  // determiner, adjective or possessive (not inside a compound: "the peace
  // talks in Geneva").
  const Tag prev = tag(i - 1);
  const bool subject =
      prev == Tag::kPropn || (prev == Tag::kPron && Is(i - 1, kSubjectPronouns) && !Is(i - 1, kWcRelative)) ||
      (prev == Tag::kNoun && !t_[i - 1].number &&
       (i == 1 || tag(i - 2) == Tag::kDet || tag(i - 2) == Tag::kAdj || Is(i - 2, kWcPossessiveClitic | kWcPossessive)));
  if (!subject || Is(i - 1, kWcPossessive | kWcPossessiveClitic | kWcFusedPrep | kWcTitle | kWcQuantity)) return false;
  // Not a phrase inside a preposition's ("in the wake of the youth riots in
  // France"): back over the phrase and its "of" phrases, no preposition.
  for (uint32_t j = i - 1; j-- > 0 && j + 12 > i;) {
    const Tag g = tag(j);
    if (g == Tag::kDet || g == Tag::kAdj || g == Tag::kNoun || g == Tag::kPropn || g == Tag::kNum || Is(j, kWcOf | kWcPossessiveClitic)) {
      continue;
    }
    if (g == Tag::kAdp) return false;
    break;
  }
  // The preposition opening the verb's complement ("of" ties the nouns: "talks of war").
  const uint32_t q = i + 1;
  if (!HasPos(q, Pos::kPreposition) || Is(q, kWcOf | kWcDeterminer | kWcConjunction | kWcCoordinator) || Punct(q + 1)) return false;
  // No sure finite verb up to the clause's end.
  for (uint32_t j = q; j < n_; ++j) {
    if (Punct(j) && !KeyIs(j, ",") && !KeyIs(j, "\"")) break;
    if (Is(j, kWcRelative | kWcComplementizer | kWcSubordinator)) break;
    const uint16_t pos = t_[j].pos;
    const uint16_t not_verb = (t_[j].verb_form & vf::kSimplePast) ? Pos::kAdjective | Pos::kAdverb : 0;
    const bool after_to = Is(j - 1, kWcInfinitiveMarker) || (j > 1 && Is(j - 1, kWcNegation) && Is(j - 2, kWcInfinitiveMarker));
    if ((pos & (Pos::kVerb | Pos::kAuxiliary)) &&
        !(pos & (Pos::kNoun | Pos::kAdjective | Pos::kProperNoun | Pos::kAdverb | Pos::kPreposition) & ~not_verb) &&
        ((t_[j].verb_form & kFiniteForms) || Is(j, kWcModal | kWcConditionalAux | kWcFutureAux | kWcSupportAux)) &&
        !t_[j].capitalized && !(after_to && Infinitive(j))) {
      return false;
    }
  }
  return true;
}

// "sold about 20,000 tonnes", "killed around 30 soldiers", "over 2 million
// barrels": before a number after a verb these approximate it, they
// introduce no phrase.
bool Analyzer::Approximator(uint32_t i) const {
  return i > 0 && tag(i - 1) == Tag::kVerb && i + 1 < n_ && (KeyIs(i, "about") || KeyIs(i, "around") || KeyIs(i, "over")) &&
         (t_[i + 1].number || HasPos(i + 1, Pos::kNumeral) || Is(i + 1, kWcGroupNumber));
}

// "received loans totalling 390 mln dlrs from Japan": an English participle of
// measure right after a verb's object and before its sum is a preposition of that
// noun, so the phrases after the sum stay the clause verb's ("from Japan").
bool Analyzer::MeasureParticiple(uint32_t i) const {
  if (!(KeyIs(i, "totalling") || KeyIs(i, "totaling"))) return false;
  if (i == 0 || !(tag(i - 1) == Tag::kNoun || tag(i - 1) == Tag::kPropn) || i + 1 >= n_) return false;
  // Only a verb's object or complement, a verb before it with no comma between ("has extended
  // loans totalling"; not "the borrower in 1986 with loans totalling 316 mln dlrs, is happy").
  bool verb_before = false;
  for (uint32_t q = i - 1; q-- > 0 && !verb_before;) {
    if (KeyIs(q, ",") || KeyIs(q, ";") || KeyIs(q, ":")) break;
    verb_before = tag(q) == Tag::kVerb;
  }
  if (!verb_before) return false;
  uint32_t j = i + 1;
  if (KeyIs(j, "about") || KeyIs(j, "around") || KeyIs(j, "over") || KeyIs(j, "some") || KeyIs(j, "nearly") ||
      KeyIs(j, "almost") || KeyIs(j, "approximately") || KeyIs(j, "roughly") || KeyIs(j, "more") || KeyIs(j, "up")) {
    ++j;
  }
  while (j < n_ && j < i + 4 && !(t_[j].number || HasPos(j, Pos::kNumeral))) {
    if (!(KeyIs(j, "than") || KeyIs(j, "to") || KeyIs(j, "$") || KeyIs(j, "€") || KeyIs(j, "£"))) return false;
    ++j;
  }
  return j < n_ && (t_[j].number || HasPos(j, Pos::kNumeral));
}

Tag Analyzer::TagOne(uint32_t i) const {
  const TokenIn& k = t_[i];
  if (insert_[i]) return Tag::kAdv;  // its commas too: "a, selon X, condamné" is one group
  if (k.number) return Tag::kNum;
  // "after Clinton met X", "until the talks ended": a clause, not a phrase.
  if (lang_.prepositions_open_clauses && k.word && Is(i, kWcAdverbialPrep) && i + 1 < n_ && !Gerund(i + 1) &&
      SureVerbAhead(i, true)) {
    return Tag::kSconj;
  }
  // Currency signs belong to the amount: "a $3 billion loan", "10 M€".
  if (!k.word && (k.key == "$" || k.key == "€" || k.key == "£" || k.key == "¥")) return Tag::kNum;
  if (!k.word) return Tag::kPunct;
  // Most words are of no closed class and can be no determiner, preposition
  // or adverb: of the tests below only the approximators' can hold for them,
  // so they go to the content tagger without running the rest.
  constexpr uint64_t kClosedClasses =
      kWcAdverbialPrep | kWcDuringPrep | kWcClauseBreak | kWcInfinitiveMarker | kWcPerfectAux | kWcPersonalPronoun |
      kWcPossessive | kWcNegation | kWcCoordinator | kWcConjunction | kWcComplementizer | kWcRelative | kWcSubordinator |
      kWcFusedPrep | kWcOf | kWcTitle | kWcPluralTitle | kWcCliticAux | kWcDeterminer | kWcObjectClitic | kWcReflexive |
      kSubjectPronouns | kWcPossessiveClitic | kWcParticle;
  if (!(k.classes & kClosedClasses) && !(k.pos & (Pos::kDeterminer | Pos::kPreposition | Pos::kAdverb)) &&
      !k.adverbial_phrase) {
    if (MeasureParticiple(i)) return Tag::kAdp;
    return Approximator(i) ? Tag::kAdv : TagContent(i);
  }
  // "said following talks with": a participle that is a preposition of the
  // during class ("following") is that preposition before a phrase.
  // (At the start, after a comma or after a full verb: "were following the
  // convoy" and "troops following the convoy" keep the verb.)
  if (Is(i, kWcDuringPrep) && Gerund(i) && i + 1 < n_ && !t_[i + 1].number &&
      (i == 0 || tag(i - 1) == Tag::kPunct || tag(i - 1) == Tag::kVerb) &&
      (Is(i + 1, kWcDeterminer | kWcPossessive) || HasPos(i + 1, Pos::kNoun))) {
    return Tag::kAdp;
  }
  // "according to": a compound preposition, whatever else its words can be
  // (the participle "according", the infinitive marker "to").
  if (Is(i, kWcClauseBreak) && i + 1 < n_ && Is(i + 1, kWcInfinitiveMarker) && HasPos(i + 1, Pos::kPreposition)) return Tag::kAdp;
  if (i > 0 && Is(i - 1, kWcClauseBreak) && Is(i, kWcInfinitiveMarker) && HasPos(i, Pos::kPreposition) &&
      tag(i - 1) == Tag::kAdp) {
    return Tag::kAdp;
  }
  // "A Manille, des centaines d'étudiants...": a French sentence never opens
  // on the verb "a" (bar the inverted "A-t-il"), so an opening "A" is "À"
  // written without its accent, as capitals often are.
  // After a closing quote the text stage may mark a new start, but "« Nous
  // refusons » a déclaré le ministre" is the auxiliary before its participle.
  // Asked only of a sentence-initial "a" (the string tests are per token).
  auto after_quote = [&] {
    return i > 1 && (KeyIs(i - 1, "\"") || KeyIs(i - 1, "»") || KeyIs(i - 1, "”")) && i + 1 < n_ &&
           Participle(i + 1) && CanVerb(i + 1);
  };
  if (k.sentence_start && KeyIs(i, "a") && Is(i, kWcPerfectAux) && !(i + 1 < n_ && t_[i + 1].inverted_clitic) && !after_quote()) {
    return Tag::kAdp;
  }
  const uint16_t pos = k.pos;
  const bool after_det = i > 0 && (tag(i - 1) == Tag::kDet);
  if (k.adverbial_phrase) return Tag::kAdv;
  // Closed classes first: their lexicon class decides, whatever else the
  // lemma table knows of the form ("mais" the crop, "in" the inch).
  if (Is(i, kWcPersonalPronoun) && !Is(i, kWcPossessive) && !(Capital(i) && (pos & Pos::kProperNoun))) {
    const uint32_t next = PastOpeningQuote(i + 1);  // "le « courage »"
    if ((pos & Pos::kDeterminer) && next < n_ && CanNoun(next) && !HasPos(next, Pos::kVerb)) return Tag::kDet;
    return Tag::kPron;
  }
  if (Is(i, kWcNegation) && !after_det) return Tag::kAdv;
  if (Is(i, kWcCoordinator | kWcConjunction) && !after_det) return Tag::kCconj;
  if (Is(i, kWcComplementizer)) {
    if (RestrictiveQue(i)) return Tag::kAdv;
    // "que" after a noun or a pronoun is a relative; after a verb, a complementizer.
    uint32_t p = PrevContent(i);
    // "Zelensky, qu'il a félicité": a relative after a name and a comma too.
    if (p < n_ && KeyIs(p, ",") && p > 0 && lang_.head_is_first_noun && (tag(p - 1) == Tag::kPropn || tag(p - 1) == Tag::kNoun)) {
      p = p - 1;
    }
    // "said on Friday that", "announced last week that", "a déclaré mardi
    // que": a date between the verb and "that" leaves it a complementizer.
    {
      uint32_t q = p;
      bool date = false;
      for (int steps = 0; q < n_ && q > 0 && steps < 5; ++steps) {
        const bool when = t_[q].weekday_or_month || Is(q, kWcYesterday | kWcToday | kWcTomorrow) ||
                          (Is(q, kWcTimeNoun) && Is(q - 1, kWcPastMarker | kWcFutureMarker));
        if (when) date = true;
        if (!(when || t_[q].number || Is(q, kWcTimePrep | kWcPastMarker | kWcFutureMarker))) break;
        --q;
      }
      if (date && q < n_ && q != p && tag(q) == Tag::kVerb) return Tag::kSconj;
    }
    // "told Egypt's president that", "warned the Iraqi leader that": after
    // the phrase right after a reporting verb that has an addressee (a
    // ditransitive one, or a phrase naming people: not "said reports that
    // Iran attacked ... were"), the clause it reports.
    if (!lang_.head_is_first_noun && p < n_ && (tag(p) == Tag::kNoun || tag(p) == Tag::kPropn)) {
      uint32_t q = p;
      while (q > 0 && p - q < 6 &&
             (tag(q - 1) == Tag::kDet || tag(q - 1) == Tag::kAdj || tag(q - 1) == Tag::kNoun || tag(q - 1) == Tag::kPropn ||
              tag(q - 1) == Tag::kNum)) {
        --q;
      }
      if (q > 0 && tag(q - 1) == Tag::kVerb && Is(q - 1, kWcReporting) &&
          (Is(q - 1, kWcDitransitive) || tag(p) == Tag::kPropn || Is(p, kWcTitleNoun | kWcGroupNoun))) {
        return Tag::kSconj;
      }
    }
    if (p < n_ && (tag(p) == Tag::kNoun || tag(p) == Tag::kPropn ||
                   (tag(p) == Tag::kPron && !Is(p, kWcObjectClitic | kWcPersonalPronoun)))) {
      return Tag::kPron;  // a relative after a noun ("the report that"), not after "told me that"
    }
    // "demanded that Iran release", "insisted that Syria withdraw": right
    // after a verb, before a name that a base or finite verb follows, the
    // clause's complementizer ("that Iran" is no phrase).
    if (!lang_.adjectives_follow && p < n_ && p + 1 == i && tag(p) == Tag::kVerb && i + 2 < n_ && Capital(i + 1) &&
        !HasPos(i + 1, Pos::kDeterminer | Pos::kPronoun | Pos::kVerb)) {
      // (Over coordinated names too: "proposed that Israel and Hamas resume".)
      uint32_t j = i + 1;
      while (j < n_ && j < i + 8 &&
             (Capital(j) || ((Is(j, kWcCoordinator) || KeyIs(j, ",")) && j + 1 < n_ && Capital(j + 1) && Capital(j - 1)))) {
        ++j;
      }
      if (j < n_ && CanVerb(j) && !t_[j].capitalized && (Infinitive(j) || Finite(j)) && !Is(j, kWcDeterminer)) {
        return Tag::kSconj;
      }
    }
    // (Not before another determiner: "charged that a Soviet test blew".)
    if ((pos & Pos::kDeterminer) && i + 1 < n_ && CanNoun(i + 1) && !HasPos(i + 1, Pos::kVerb) &&
        !Is(i + 1, kSubjectPronouns | kWcPersonalPronoun | kWcDeterminer | kWcPossessive)) {
      return Tag::kDet;  // English "that country"
    }
    return Tag::kSconj;
  }
  if (Is(i, kWcRelative)) return Tag::kPron;
  // "which was once Israel's ally", "a power that once backed Israel", "has
  // since resigned": a subordinator that can be an adverb, right after an
  // auxiliary or a relative pronoun, is that adverb; it opens no clause.
  if (Is(i, kWcSubordinator) && (pos & Pos::kAdverb) && i > 0 && i + 1 < n_ && !Punct(i + 1) &&
      (tag(i - 1) == Tag::kAux || (Is(i - 1, kWcPerfectAux) && Participle(i + 1)) ||
       (tag(i - 1) == Tag::kPron && Is(i - 1, kWcRelative | kWcComplementizer)))) {
    return Tag::kAdv;
  }
  if (Is(i, kWcSubordinator) && !after_det && !(pos & Pos::kVerb)) {
    // "si" before an adjective or adverb is a degree adverb ("si important").
    if (i + 1 < n_ && (HasPos(i + 1, Pos::kAdjective | Pos::kAdverb) && !HasPos(i + 1, Pos::kNoun | Pos::kPronoun | Pos::kVerb))) {
      return Tag::kAdv;
    }
    return Tag::kSconj;
  }
  if (Is(i, kWcInfinitiveMarker) && (pos & Pos::kPreposition) && i + 1 < n_ && KeyIs(i, "to")) {
    // English "to" before a verb is the infinitive particle.
    uint32_t j = i + 1;
    while (j < n_ && Is(j, kWcNegation | kWcLightAdverb) && j < i + 3) ++j;
    // (Not before a name: "sold oil to Japan", "flew to Malta".)
    if (CanVerb(j) && Infinitive(j) && !Is(j, kWcDeterminer | kWcPersonalPronoun) && !HasPos(j, Pos::kDeterminer) &&
        !Capital(j)) {
      return Tag::kPart;
    }
  }
  if (Is(i, kWcFusedPrep) && !Is(i, kWcOf)) return Tag::kAdp;  // "au", "aux"
  if (Is(i, kWcOf)) {
    // "de": a preposition, but a partitive article after a negation ("pas de
    // relations"); "des"/"du": an article where no noun precedes ("a reçu des
    // ministres"), the preposition fused with "les"/"le" after one.
    const uint32_t p = i > 0 ? i - 1 : n_;
    if (p < n_ && Is(p, kWcNegation) && (pos & Pos::kDeterminer)) return Tag::kDet;
    // "près de 700 manifestants", "moins de 50 soldats": an approximate number, like "plus de".
    if (p < n_ && (KeyIs(p, "pres") || KeyIs(p, "moins")) && (pos & Pos::kDeterminer) && i + 1 < n_ &&
        (t_[i + 1].number || HasPos(i + 1, Pos::kNumeral))) {
      return Tag::kDet;
    }
    // "a annoncé mardi de nouvelles sanctions": past a day word after the verb.
    if ((pos & Pos::kDeterminer) && p < n_ && p > 0 && (t_[p].weekday_or_month || Is(p, kWcYesterday | kWcToday | kWcTomorrow)) &&
        (tag(p - 1) == Tag::kVerb || tag(p - 1) == Tag::kAux) && i + 1 < n_ && HasPos(i + 1, Pos::kAdjective) &&
        Is(i + 1, kWcPrenominal)) {
      return Tag::kDet;
    }
    if ((pos & Pos::kDeterminer) && p < n_ && (tag(p) == Tag::kVerb || tag(p) == Tag::kAux) && i + 1 < n_) {
      // "n'ont pas produit d'effet", "exclurait de nombreuses listes": a partitive or plural article.
      bool negated = false;
      for (uint32_t q = p; q-- > 0 && p - q <= 3;) negated |= Is(q, kWcNegation) && !KeyIs(q, "ne") && !KeyIs(q, "n'");
      if (negated || (HasPos(i + 1, Pos::kAdjective) && Is(i + 1, kWcPrenominal))) return Tag::kDet;
    }
    // "De nombreux Marocains": an indefinite article at the start of a clause.
    const bool clause_start = p >= n_ || Punct(p) || tag(p) == Tag::kCconj || tag(p) == Tag::kSconj;
    // Not before a possessive: "De son côté," is a preposition ("son" is also a noun).
    if (clause_start && (pos & Pos::kDeterminer) && i + 1 < n_ && !t_[i + 1].capitalized &&
        HasPos(i + 1, Pos::kAdjective | Pos::kNoun) && !HasPos(i + 1, Pos::kVerb) && !Is(i + 1, kWcPossessive)) {
      return Tag::kDet;
    }
    if (Is(i, kWcDeterminer)) {
      const Tag before = p < n_ ? tag(p) : Tag::kPunct;
      // A participle of a compound tense ("ont mené des exercices") is a
      // verb; one after a noun ("le texte adopté des deux côtés") modifies it.
      bool compound = false;
      for (uint32_t q = p; q-- > 0 && p - q <= 3;) compound |= tag(q) == Tag::kAux;
      const bool after_nominal = before == Tag::kNoun || before == Tag::kPropn || before == Tag::kAdj ||
                                 before == Tag::kNum || (before == Tag::kVerb && Participle(p) && !Finite(p) && !compound);
      // "a bombardé dans la nuit des positions", "a arrêté lundi soir des
      // militants": after a part of the day, an article (but "la nuit du 3 au
      // 4", "à trois jours des élections").
      if (before == Tag::kNoun && Is(p, kWcTimeNoun) && Is(p, kWcLightAdverb) && !(p > 0 && tag(p - 1) == Tag::kNum) &&
          i + 1 < n_ && !t_[i + 1].number && !t_[i + 1].weekday_or_month) {
        return Tag::kDet;
      }
      return after_nominal ? Tag::kAdp : Tag::kDet;
    }
    return Tag::kAdp;
  }
  if (Is(i, kWcTitle | kWcPluralTitle) && i + 1 < n_ && t_[i + 1].capitalized) return Tag::kNoun;
  // "'s" after a pronoun is "is"/"has"; after a noun, the possessive.
  if (Is(i, kWcCliticAux) && !(Is(i, kWcPossessiveClitic) && i > 0 && tag(i - 1) != Tag::kPron)) return Tag::kAux;
  if (Is(i, kWcDeterminer | kWcObjectClitic | kWcPossessive) || (pos & Pos::kDeterminer)) {
    const Tag g = TagDeterminerOrPronoun(i);
    if (g != Tag::kX) return g;
  }
  if (Is(i, kWcReflexive)) {
    // "s'il", "s'ils": the elided "si".
    if (i + 1 < n_ && Is(i + 1, kWcPronounMasc | kWcPronounPlural) && KeyIs(i, "s'")) return Tag::kSconj;
    return Tag::kPron;
  }
  if (Is(i, kSubjectPronouns) && !(pos & (Pos::kNoun | Pos::kVerb | Pos::kDeterminer))) return Tag::kPron;
  if (Is(i, kWcPossessiveClitic)) return Tag::kPart;
  if (Approximator(i)) return Tag::kAdv;
  // Particles right after a verb ("put out", "crack down").
  if (Is(i, kWcParticle) && i > 0 &&
      (tag(i - 1) == Tag::kVerb || (i > 1 && tag(i - 1) == Tag::kPron && tag(i - 2) == Tag::kVerb))) {
    return (pos & Pos::kPreposition) ? Tag::kAdp : Tag::kAdv;  // "put out", "put it out"
  }
  // A preposition reading wins over nouns and adjectives the form may also be.
  if ((pos & Pos::kPreposition) && !after_det && !(Capital(i) && (pos & Pos::kProperNoun)) &&
      !((pos & Pos::kVerb) && i > 0 && (tag(i - 1) == Tag::kAux || tag(i - 1) == Tag::kPart || Is(i - 1, kSubjectPronouns)))) {
    return Tag::kAdp;
  }
  // Degree words before an adjective ("la plus grande", "très importante").
  if ((pos & Pos::kAdverb) && i + 1 < n_ && HasPos(i + 1, Pos::kAdjective) && !HasPos(i + 1, Pos::kVerb) &&
      (KeyIs(i, "plus") || KeyIs(i, "moins") || KeyIs(i, "tres") || KeyIs(i, "most") || KeyIs(i, "more") ||
       KeyIs(i, "less") || KeyIs(i, "very") || KeyIs(i, "si") || KeyIs(i, "aussi") || KeyIs(i, "so") || KeyIs(i, "too"))) {
    return Tag::kAdv;
  }
  // Adverbs: a gerund-only verb reading ("maintenant"), a light adverb, or
  // after a verb when no noun follows ("staying away", "store it then").
  if ((pos & Pos::kAdverb) && !after_det) {
    const bool gerund_only = (pos & Pos::kVerb) && !(t_[i].verb_form & ~vf::kPresentParticiple) &&
                             !(i > 0 && (KeyIs(i - 1, "en") || tag(i - 1) == Tag::kAdp));
    const bool light = Is(i, kWcLightAdverb);
    // (A French noun after a verb is a bare object: "mettre fin à", "prendre part".)
    const bool after_verb = i > 0 && (Verbal(tag(i - 1)) || tag(i - 1) == Tag::kAdv) && !(pos & Pos::kVerb) &&
                            !(lang_.adjectives_follow && (pos & Pos::kNoun)) &&
                            !(i + 1 < n_ && HasPos(i + 1, Pos::kNoun) && !HasPos(i + 1, Pos::kVerb | Pos::kAdverb));
    const bool before_function = i + 1 < n_ && (Punct(i + 1) || (t_[i + 1].pos & (Pos::kPreposition | Pos::kDeterminer |
                                                                                    Pos::kConjunction | Pos::kPronoun | Pos::kAuxiliary)) ||
                                                Is(i + 1, kWcPersonalPronoun | kWcSubordinator)) &&
                                 !HasPos(i + 1, Pos::kNoun);
    // "Yesterday, early in the morning, the police": an adverb-adjective
    // (no noun) before a closed-class preposition ("in", "on", "at" are
    // nouns too in the lemma table).
    const bool before_preposition = !lang_.adjectives_follow && !(pos & (Pos::kNoun | Pos::kVerb)) && i + 1 < n_ &&
                                    HasPos(i + 1, Pos::kPreposition) &&
                                    Is(i + 1, kWcParticle | kWcCityLocative | kWcCountryLocative | kWcTimePrep | kWcTargetPrep);
    // "demanded that Iran free the sailors": a verb-adverb form right after
    // the subject of a clause with no verb yet, before an article, is the verb.
    const bool verb_after_subject = !lang_.adjectives_follow && (pos & Pos::kVerb) && !clause_finite_seen_ && i > 0 &&
                                    (t_[i].verb_form & (kFiniteForms | vf::kInfinitive)) &&
                                    (tag(i - 1) == Tag::kPropn || (tag(i - 1) == Tag::kNoun && !t_[i - 1].number)) && i + 1 < n_ &&
                                    Is(i + 1, kWcDeterminer | kWcPossessive) && !Is(i + 1, kWcOf | kWcComplementizer);
    if (verb_after_subject) return TagContent(i);
    if (gerund_only || light || after_verb || before_function || before_preposition ||
        !(pos & (Pos::kNoun | Pos::kVerb | Pos::kAdjective))) {
      if (!(light && (pos & Pos::kAdjective) && i + 1 < n_ && HasPos(i + 1, Pos::kNoun))) return Tag::kAdv;
    }
  }
  return TagContent(i);
}

Tag Analyzer::TagDeterminerOrPronoun(uint32_t i) const {
  const uint16_t pos = t_[i].pos;
  const bool clitic = Is(i, kWcObjectClitic);
  const bool det = Is(i, kWcDeterminer | kWcPossessive) || (pos & Pos::kDeterminer);
  // Look at what follows, past adjectives for a determiner.
  uint32_t j = i + 1;
  j = PastOpeningQuote(j);  // "le « courage »"
  if (j >= n_ || Punct(j)) return clitic || (pos & Pos::kPronoun) ? Tag::kPron : Tag::kDet;
  const TokenIn& next = t_[j];
  const bool next_clitic = Is(j, kWcObjectClitic | kWcReflexive) || KeyIs(j, "en") || KeyIs(j, "y");
  const bool next_verb_only =
      (next.pos & (Pos::kVerb | Pos::kAuxiliary)) && !(next.pos & (Pos::kNoun | Pos::kAdjective | Pos::kProperNoun)) &&
      !next.capitalized;
  // (Not an infinitive that is also a noun after an article: "a pris le pouvoir", "quitter le
  // pouvoir" are power, not "to be able to".)
  const bool next_aux = Is(j, kWcPerfectAux | kWcPassiveAux | kWcCopula | kWcModal) && (next.pos & (Pos::kVerb | Pos::kAuxiliary)) &&
                        !next.capitalized && !(det && (next.pos & Pos::kNoun) && Infinitive(j));
  if (clitic && (next_verb_only || next_aux || (next_clitic && !Is(j, kWcDeterminer)))) return Tag::kPron;
  if (det && next_aux && Finite(j) && (pos & Pos::kPronoun)) return Tag::kPron;  // "this is", "that was"
  // "en" is a preposition unless a verb follows ("j'en ai", "en parler").
  if (KeyIs(i, "en")) return Tag::kAdp;
  // "l'un des", "l'une": a pronoun.
  if (i > 0 && KeyIs(i - 1, "l'") && (KeyIs(i, "un") || KeyIs(i, "une"))) return Tag::kPron;
  if (clitic && !det) return Tag::kPron;
  if (det) {
    // "the detained journalists", "an arrested opposition leader": an
    // English article (no pronoun reading) before a past participle and a
    // noun determines the noun the participle modifies.
    if (!lang_.adjectives_follow && !clitic && !(pos & Pos::kPronoun) && Participle(j) && j + 1 < n_ && !Punct(j + 1) &&
        CanNoun(j + 1) && !Is(j + 1, kWcDeterminer | kWcPossessive | kWcOf)) {
      return Tag::kDet;
    }
    // "les" before an ambiguous noun-verb: a determiner unless a subject
    // pronoun or negation came just before ("il les a", "ne les").
    if (clitic && i > 0 && (Is(i - 1, kSubjectPronouns) || Is(i - 1, kWcNegation)) && HasPos(j, Pos::kVerb | Pos::kAuxiliary) &&
        !Is(i - 1, kWcDeterminer)) {
      return Tag::kPron;
    }
    // A demonstrative or quantifier with no noun after it stands alone
    // ("this is", "all of them", "some said").
    const bool nominal_next = (next.pos & (Pos::kNoun | Pos::kProperNoun | Pos::kAdjective | Pos::kNumeral |
                                           Pos::kDeterminer)) || next.pos == 0 || t_[j].number || next.capitalized;
    if (!clitic && !nominal_next && ((pos & Pos::kPronoun) || next_verb_only || next_aux)) return Tag::kPron;
    // English "her" before a verb or a preposition is a pronoun.
    if ((pos & Pos::kPronoun) && !clitic && (next_verb_only || HasPos(j, Pos::kPreposition) || Punct(j))) {
      return Tag::kPron;
    }
    return Tag::kDet;
  }
  return Tag::kX;
}

Tag Analyzer::TagContent(uint32_t i) const {
  const TokenIn& k = t_[i];
  const uint16_t pos = k.pos;
  if (pos == 0) {
    // An unknown hyphenated compound before a noun modifies it, where
    // adjectives precede: "a 24-hour general strike", "a two-day visit".
    if (!lang_.adjectives_follow && !k.capitalized && k.key.find('-') != std::string_view::npos && i + 1 < n_ &&
        !Punct(i + 1) && !t_[i + 1].capitalized && HasPos(i + 1, Pos::kNoun | Pos::kAdjective) && !Is(i + 1, kWcDeterminer)) {
      return Tag::kAdj;
    }
    return k.capitalized ? Tag::kPropn : Tag::kNoun;
  }
  // "killed six of the kidnappers", "freed two of the hostages": a number
  // word before "of" heads the phrase, as a figure would ("killed 6 of").
  if (!lang_.adjectives_follow && !k.capitalized && i + 2 < n_ && Is(i + 1, kWcOf) &&
      (Is(i + 2, kWcDeterminer | kWcPossessive) || HasPos(i + 2, Pos::kDeterminer) ||
       (Capital(i + 2) && i + 3 < n_ && Is(i + 3, kWcPossessiveClitic)))) {  // "one of Iraq's"
    static constexpr std::string_view kNumberWords[] = {"one", "two",    "three",  "four",   "five",    "six",     "seven",
                                                        "eight",  "nine",   "ten",    "eleven",  "twelve",  "fifteen",
                                                        "twenty", "thirty", "forty",  "fifty",   "hundred", "thousand"};
    for (std::string_view w : kNumberWords) {
      if (k.key == w) return Tag::kNum;
    }
  }
  const uint32_t p = PrevContent(i);
  const Tag prev = p < n_ ? tag(p) : Tag::kPunct;
  const bool after_det = prev == Tag::kDet || (p < n_ && Is(p, kWcPossessive) && prev != Tag::kPron) ||
                         (p < n_ && Is(p, kWcPossessiveClitic) && prev == Tag::kPart) ||
                         (prev == Tag::kNum && !(p > 0 && (tag(p - 1) == Tag::kNoun || tag(p - 1) == Tag::kPropn)));
  // A capitalised word inside a sentence is a name (or part of one).
  if (Capital(i) && !(pos & (Pos::kDeterminer | Pos::kPreposition | Pos::kConjunction | Pos::kPronoun))) {
    if ((pos & Pos::kAdjective) && !(pos & (Pos::kNoun | Pos::kProperNoun)) && p < n_ &&
        (prev == Tag::kNoun || prev == Tag::kPropn)) {
      return Tag::kAdj;  // "Affaires étrangères" stays a name either way
    }
    // "the Iranian Government": a capitalised adjective before a noun.
    if ((pos & Pos::kAdjective) && !lang_.adjectives_follow && i + 1 < n_ && CanNoun(i + 1) && !Punct(i + 1) &&
        (!(pos & (Pos::kNoun | Pos::kProperNoun)) || !t_[i + 1].capitalized)) {
      return Tag::kAdj;  // "Pakistani air space"
    }
    // "the Belarusian foreign minister": before a lower-case adjective and its noun.
    if ((pos & Pos::kAdjective) && !lang_.adjectives_follow && i + 2 < n_ && !t_[i + 1].capitalized &&
        HasPos(i + 1, Pos::kAdjective) && CanNoun(i + 2) && !Punct(i + 2)) {
      return Tag::kAdj;
    }
    return Tag::kPropn;
  }
  const bool verb = (pos & Pos::kVerb) != 0;
  const bool aux = (pos & Pos::kAuxiliary) != 0;
  const bool noun = (pos & (Pos::kNoun | Pos::kProperNoun)) != 0;
  const bool adj = (pos & Pos::kAdjective) != 0;
  // "très critique", "very willing": after a degree adverb, an adjective.
  if (adj && !aux && i > 0 && Is(i - 1, kWcDegreeAdverb) && !insert_[i - 1] && !after_det && !(i > 1 && tag(i - 2) == Tag::kDet) &&
      !(verb && Participle(i) && i > 1 && tag(i - 2) == Tag::kAux)) {  // not "a vivement condamné"
    return Tag::kAdj;
  }
  // "is ready to", "se dit prêt à": after a copula, an adjective before an
  // infinitive.
  if (adj && !aux && !Participle(i) && !Gerund(i) && p < n_ && Is(p, kWcCopula) && !after_det && i + 2 < n_ &&
      Is(i + 1, kWcInfinitiveMarker) && CanVerb(i + 2)) {
    return Tag::kAdj;
  }
  const bool prep = (pos & Pos::kPreposition) != 0;
  const bool adv = (pos & Pos::kAdverb) != 0;
  // Auxiliaries: before a participle, infinitive or another verb form; the
  // copula be/être is an auxiliary in any case.
  if (aux && after_det && noun) return Tag::kNoun;  // "the will", "le pouvoir"
  // "va rencontrer", "vont enquêter": aller as the near future is an auxiliary.
  if (Is(i, kWcFutureAux) && verb && i + 1 < n_ && Infinitive(i + 1) && CanVerb(i + 1) && !after_det) return Tag::kAux;
  if (aux) {
    uint32_t j = i + 1;
    while (j < n_ && insert_[j]) ++j;
    while (j < n_ && j < i + 4 && (Is(j, kWcNegation | kWcLightAdverb) || t_[j].adverbial_phrase ||
                                  (HasPos(j, Pos::kAdverb) && !HasPos(j, Pos::kVerb)))) {
      ++j;
    }
    // have/avoir is an auxiliary before a participle ("has met", not "have time");
    // do, will and modals before a base form; be/être always.
    const bool perfect = Is(i, kWcPerfectAux) && !Is(i, kWcCopula | kWcPassiveAux);
    const bool verb_follows =
        j < n_ && HasPos(j, Pos::kVerb | Pos::kAuxiliary) &&
        (perfect ? Participle(j) && !(HasPos(j, Pos::kNoun) && !Participle(j)) : (Participle(j) || Infinitive(j) || Gerund(j)));
    // do/did: an auxiliary before a base verb, "not" or an inverted subject ("did you"); else a full verb ("did a deal").
    const bool support = Is(i, kWcSupportAux) &&
                         (verb_follows || (j < n_ && (Is(j, kWcNegation | kWcPersonalPronoun) || Punct(j))) || j >= n_);
    if (Is(i, kWcCopula | kWcModal | kWcFutureAux | kWcConditionalAux) || support || verb_follows || !verb) {
      return Tag::kAux;
    }
    if (after_det && noun) return Tag::kNoun;
    return Tag::kVerb;  // "a" + noun phrase: avoir as a full verb
  }
  // "the detained journalists", "the banned Muslim Brotherhood": an English
  // past participle between an article and a noun modifies the noun.
  if (verb && !lang_.adjectives_follow && Participle(i) && prev == Tag::kDet && p + 1 == i && i + 1 < n_ && !Punct(i + 1) &&
      CanNoun(i + 1) && !Is(i + 1, kWcDeterminer | kWcPossessive | kWcOf) && !Is(p, kWcComplementizer)) {
    return Tag::kAdj;
  }
  if (verb && !noun && !adj && !prep && !adv) return Tag::kVerb;
  // "le ministre turc, reçu par le président syrien,": a past participle
  // opening an apposition after a noun, right before the passive agent's
  // preposition, is a passive verb, not the noun or adjective it may also be
  // ("un reçu"). (Not right after the noun: "l'attaque menée par X" is the
  // noun's event.)
  if (verb && lang_.adjectives_follow && Participle(i) && !after_det && i + 2 < n_ && Is(i + 1, kWcPassiveBy) && p < n_ &&
      p + 1 == i && KeyIs(p, ",") && p > 0 && (tag(p - 1) == Tag::kNoun || tag(p - 1) == Tag::kPropn || tag(p - 1) == Tag::kAdj)) {
    return Tag::kVerb;
  }
  // "Reçu par le roi, le ministre a...", "Interrogés par la police, les
  // suspects ont nié": so is one opening the sentence, before "par".
  if (verb && lang_.adjectives_follow && Participle(i) && !after_det && i + 2 < n_ && Is(i + 1, kWcPassiveBy) &&
      (t_[i].sentence_start || p >= n_)) {
    return Tag::kVerb;
  }
  // A headline: "Un ressortissant américain arrêté par les autorités
  // cubaines", "Un soldat français tué par les talibans": with no finite
  // verb in the sentence, a past participle right after a noun (and its
  // adjectives), before the agent's "par", is the headline's passive verb.
  if (verb && lang_.adjectives_follow && Participle(i) && !after_det && i + 2 < n_ && Is(i + 1, kWcPassiveBy) && p < n_ &&
      p + 1 == i && (prev == Tag::kNoun || prev == Tag::kAdj) && !SureFiniteInSentence()) {
    return Tag::kVerb;
  }
  if (!verb) {
    if (noun && adj && !lang_.adjectives_follow) {
      // "the Egyptian official accused Israel": before a past or present
      // form that has an object after it, the phrase ends here.
      const bool verb_with_object_next =
          i + 2 < n_ && (prev == Tag::kAdj || prev == Tag::kDet) && HasPos(i + 1, Pos::kVerb) &&
          (t_[i + 1].verb_form & (vf::kSimplePast | vf::kPresent)) && !t_[i + 1].capitalized &&
          (Is(i + 2, kWcDeterminer | kWcPossessive | kWcObjectPronoun) || Capital(i + 2));
      if (verb_with_object_next) return Tag::kNoun;
      // English: an adjective before a noun or after a copula, a noun otherwise.
      if (i + 1 < n_ && HasPos(i + 1, Pos::kNoun | Pos::kProperNoun) && !Punct(i + 1) &&
          !(HasPos(i + 1, Pos::kVerb) && !HasPos(i + 1, Pos::kNoun))) {
        return Tag::kAdj;
      }
      // "the tough, uncompromising president": before a comma and another
      // adjective, the first of a list of adjectives.
      if (after_det && i + 2 < n_ && KeyIs(i + 1, ",") && HasPos(i + 2, Pos::kAdjective) &&
          !HasPos(i + 2, Pos::kVerb | Pos::kDeterminer | Pos::kPronoun) && !t_[i + 2].capitalized) {
        return Tag::kAdj;
      }
      if (prev == Tag::kAux || (p < n_ && Is(p, kWcCopula))) return Tag::kAdj;
      if ((prev == Tag::kAdv || prev == Tag::kVerb) && !after_det && (i + 1 >= n_ || !HasPos(i + 1, Pos::kNoun))) return Tag::kAdj;
      return Tag::kNoun;
    }
    if (noun && adj && Is(i, kWcPrenominal) && i + 1 < n_ && HasPos(i + 1, Pos::kNoun | Pos::kAdjective) && !Punct(i + 1)) {
      return Tag::kAdj;  // "une bonne nouvelle"
    }
    if (noun && adj) {
      // "russe": an adjective after a noun or between a determiner and a noun.
      if (prev == Tag::kNoun || prev == Tag::kPropn) return lang_.adjectives_follow ? Tag::kAdj : Tag::kNoun;
      // 'les « abus » iraniens': after a quoted noun too.
      if (lang_.adjectives_follow && p < n_ && p + 1 == i && (KeyIs(p, "»") || KeyIs(p, "\"") || KeyIs(p, "”")) && p > 0 &&
          tag(p - 1) == Tag::kNoun) {
        return Tag::kAdj;
      }
      if (after_det && i + 1 < n_ && CanNoun(i + 1) && !Punct(i + 1) && !lang_.adjectives_follow) return Tag::kAdj;
      if (after_det && i + 1 < n_ && HasPos(i + 1, Pos::kNoun) && !HasPos(i + 1, Pos::kAdjective) &&
          (!lang_.adjectives_follow || Is(i, kWcPrenominal)) && !Is(i + 1, kWcTimeNoun) && !t_[i + 1].weekday_or_month) {
        return Tag::kAdj;
      }
      // "s'est déclaré prêt à": a bare noun-adjective after a verb is a predicate.
      if (lang_.adjectives_follow && (prev == Tag::kVerb || prev == Tag::kAux) && !after_det) return Tag::kAdj;
      return Tag::kNoun;
    }
    if (noun) return Tag::kNoun;
    if (adj) return prep && !after_det ? Tag::kAdp : Tag::kAdj;
    if (prep) return Tag::kAdp;
    if (adv) return Tag::kAdv;
    if (pos & Pos::kPronoun) return Tag::kPron;
    if (pos & Pos::kConjunction) return Tag::kCconj;
    if (pos & Pos::kNumeral) return Tag::kNum;
    return Tag::kX;
  }
  // Verb and something else.
  const bool after_subject_clitic = p < n_ && (Is(p, kSubjectPronouns | kWcReflexive) || tag(p) == Tag::kPron) &&
                                    !Is(p, kWcPossessive) && prev == Tag::kPron;
  const bool after_aux = prev == Tag::kAux || (p < n_ && prev == Tag::kVerb && Is(p, kWcModal));
  const bool after_part = prev == Tag::kPart;
  const bool after_negation = i > 0 && Is(i - 1, kWcNegation);
  // Where adjectives follow the noun, a present participle after it is
  // still a verb before its object ("une résolution condamnant la Hongrie",
  // "un texte appelant à la retenue"). (A past participle before "par"
  // stays the noun's modifier: "l'attaque menée par X contre Y" is the
  // noun's event, its phrases the noun's own.)
  if (lang_.adjectives_follow && p + 1 == i && i + 1 < n_ && !after_det &&
      (prev == Tag::kNoun || prev == Tag::kPropn || (prev == Tag::kAdj && p > 0 && (tag(p - 1) == Tag::kNoun || tag(p - 1) == Tag::kPropn)))) {
    if (Gerund(i) && (Is(i + 1, kWcDeterminer | kWcPossessive | kWcFusedPrep) || KeyIs(i + 1, "a") ||
                      (Capital(i + 1) && HasPos(i + 1, Pos::kProperNoun)))) {
      return Tag::kVerb;
    }
  }
  // "Jean Dupont, ministre de la Défense, estime que": in French a reporting
  // noun-verb form right after a comma and before "que", with no finite verb
  // in the clause yet, is the verb.
  if (lang_.adjectives_follow && noun && p < n_ && p + 1 == i && KeyIs(p, ",") && i + 1 < n_ && Is(i + 1, kWcComplementizer) &&
      Is(i, kWcReporting) && Finite(i) && !clause_finite_seen_) {
    return Tag::kVerb;
  }
  // "du président Felipe Calderon", "au président": after an article fused with "de" or "à",
  // a noun (no verb follows "du", "au", "aux", "des").
  if (noun && p < n_ && p + 1 == i && Is(p, kWcFusedPrep) && !Infinitive(i)) return Tag::kNoun;
  if (after_det && (noun || adj)) {
    if (adj && (!lang_.adjectives_follow || Is(i, kWcPrenominal)) && i + 1 < n_ && HasPos(i + 1, Pos::kNoun) &&
        !Punct(i + 1) && !Is(i + 1, kWcTimeNoun) && !t_[i + 1].weekday_or_month) {
      return Tag::kAdj;  // "new plans", "un important échange"
    }
    return noun ? Tag::kNoun : Tag::kAdj;
  }
  // "whose troops crossed": a noun-verb form right after a relative that
  // can determine a noun (not "who plans attacks") and
  // before a finite verb form is the relative clause's subject noun.
  if (noun && !lang_.adjectives_follow && prev == Tag::kPron && p + 1 == i && Is(p, kWcRelative) && Is(p, kWcPossessive) && i + 1 < n_ &&
      HasPos(i + 1, Pos::kVerb) && (t_[i + 1].verb_form & (vf::kSimplePast | vf::kPresent)) && !t_[i + 1].capitalized &&
      !Is(i + 1, kWcDeterminer | kWcInfinitiveMarker)) {
    return Tag::kNoun;
  }
  if (prev == Tag::kAdj && noun && !lang_.adjectives_follow) return Tag::kNoun;  // "new plans"
  // "un important échange": a noun after a determiner and a prenominal adjective.
  if (prev == Tag::kAdj && noun && p < n_ && Is(p, kWcPrenominal) && p > 0 && tag(p - 1) == Tag::kDet) return Tag::kNoun;
  if (after_part || after_subject_clitic || after_negation) return Tag::kVerb;
  // "ont chargé et blessé des avocats", "arrested and beat protesters": a
  // verb form of the same kind as the verb right before "et"/"and", its
  // object after it (an article, a possessive, a number, a name or a bare
  // noun), is the verb coordinated with that one.
  if (p + 1 == i && p > 0 && i + 1 < n_ && Is(p, kWcCoordinator) && !KeyIs(p, "but") && !KeyIs(p, "mais") &&
      tag(p - 1) == Tag::kVerb && (t_[i].verb_form & t_[p - 1].verb_form & (vf::kSimplePast | vf::kPastParticiple)) &&
      !Punct(i + 1) && !Is(i + 1, kWcCoordinator) &&
      (Is(i + 1, kWcDeterminer | kWcPossessive | kWcFusedPrep) || HasPos(i + 1, Pos::kDeterminer | Pos::kNumeral) ||
       (Capital(i + 1) && HasPos(i + 1, Pos::kProperNoun)) ||
       (HasPos(i + 1, Pos::kNoun) && !HasPos(i + 1, Pos::kVerb | Pos::kPreposition | Pos::kAdverb)))) {
    return Tag::kVerb;
  }
  // A gerund right after a verb is its complement ("started collecting", "enjoyed working").
  if (prev == Tag::kVerb && Gerund(i) && !after_det && p + 1 == i) return Tag::kVerb;
  // A form that can only be an infinitive, right after a verb ("il faut savoir").
  if (prev == Tag::kVerb && t_[i].verb_form == vf::kInfinitive) return Tag::kVerb;
  if (after_aux) {
    if (Gerund(i) && !Is(p, kWcPerfectAux)) return Tag::kVerb;  // "is giving", "were looking"
    // "has talks", "a des entretiens": a plural noun after have/avoir is an object.
    if (noun && !(Participle(i) || Infinitive(i) || Gerund(i))) return Tag::kNoun;
    if (adj && !Participle(i) && !Infinitive(i)) return Tag::kAdj;
    return Tag::kVerb;
  }
  if (prev == Tag::kAdp && p < n_ && (!Is(p, kWcInfinitiveMarker) || (p > 0 && Is(p - 1, kWcClauseBreak)))) {
    // After a preposition: a noun ("en visite", "sur accord"), or a gerund in English ("after meeting").
    if (Gerund(i) && !noun) return Tag::kVerb;
    // A gerund that is also a noun is the verb when its object follows: an
    // article, a possessive or a name ("after meeting his counterpart",
    // "before meeting Shultz"), not a weekday, month or time noun.
    if (Gerund(i) && noun && i + 1 < n_ &&
        (Is(i + 1, kWcDeterminer | kWcPossessive | kWcObjectPronoun) || (Capital(i + 1) && HasPos(i + 1, Pos::kProperNoun))) &&
        !t_[i + 1].weekday_or_month && !Is(i + 1, kWcTimeNoun | kWcOf)) {
      return Tag::kVerb;
    }
    return noun ? Tag::kNoun : adj ? Tag::kAdj : Tag::kVerb;
  }
  if (prev == Tag::kAdp && Infinitive(i)) return Tag::kVerb;  // "de rencontrer", "pour discuter"
  // "la justice française enquête sur", "la police turque arrête des": where
  // adjectives follow, a noun-verb form after a noun and its adjective, before
  // what a verb takes (a preposition, an article, a clitic, an infinitive),
  // is read as after the noun.
  const bool after_noun_adjective = lang_.adjectives_follow && noun && !Participle(i) && prev == Tag::kAdj && p + 1 == i && p > 0 &&
                                    (tag(p - 1) == Tag::kNoun || tag(p - 1) == Tag::kPropn) && i + 1 < n_ && !Punct(i + 1) &&
                                    (HasPos(i + 1, Pos::kPreposition) || Is(i + 1, kWcDeterminer | kWcObjectClitic | kWcReflexive) ||
                                     Infinitive(i + 1)) &&
                                    !Is(i + 1, kWcOf);
  if (prev == Tag::kNoun || prev == Tag::kPropn || (prev == Tag::kPron && p < n_ && !Is(p, kWcObjectClitic)) || after_noun_adjective) {
    // After a noun phrase: a finite verb ("le ministre a", "Russia attacks"),
    // unless a sure verb follows in the same segment ("the peace talks in
    // Geneva collapsed", "the terrorist group Hamas has"), or this word is an
    // adjective or participle modifying the noun.
    // (Not a form that is never a noun: "U.K. SAYS HAS NO ROLE".)
    if (noun && SureVerbAhead(i) && !k.verb_only) return Tag::kNoun;
    // "went on hunger strike", "the week of a hunger strike", "for peace
    // talks": in a preposition's phrase, a noun-verb form right after a noun
    // continues the compound; a subject would need a clause of its own,
    // which only a clause preposition opens ("after troops attacked").
    if (noun && prev == Tag::kNoun && !lang_.adjectives_follow && p + 1 == i && !Is(p, kWcQuantity)) {
      uint32_t j = p;
      while (j > 0 && (tag(j - 1) == Tag::kDet || tag(j - 1) == Tag::kAdj || tag(j - 1) == Tag::kNum) && j + 4 > p) --j;
      if (j > 0 && tag(j - 1) == Tag::kAdp && !Is(j - 1, kWcAdverbialPrep | kWcSubordinator | kWcInfinitiveMarker)) {
        return Tag::kNoun;
      }
    }
    // "a U.S. offer", "an Israeli attack", "no Soviet reply": a name after an
    // article that is not definite modifies what follows; the phrase is not
    // yet a subject ("the U.S. offered" may be).
    if (noun && prev == Tag::kPropn && !lang_.adjectives_follow) {
      uint32_t start = p;
      while (start > 0 && tag(start - 1) == Tag::kPropn) --start;
      if (start > 0 && tag(start - 1) == Tag::kDet &&
          !Is(start - 1, kWcDefinite | kWcComplementizer)) {
        return Tag::kNoun;
      }
      // So after an amount: "an additional 30,000 U.S. troops", "a 300
      // million Euro package" (not a year: "in 2009 Iran attacks").
      if (start > 0 && (tag(start - 1) == Tag::kNum || ((tag(start - 1) == Tag::kNoun || tag(start - 1) == Tag::kAdj) && Is(start - 1, kWcQuantity))) &&
          !(t_[start - 1].key.size() == 4 && (t_[start - 1].key[0] == '1' || t_[start - 1].key[0] == '2') &&
            std::all_of(t_[start - 1].key.begin(), t_[start - 1].key.end(), [](char c) { return c >= '0' && c <= '9'; }))) {
        return Tag::kNoun;
      }
    }
    // "the Iraqi prime minister", "the appeals court judge": a title noun
    // ends the compound it is in, however it can be read as a verb.
    if (noun && prev == Tag::kNoun && Is(i, kWcTitleNoun) && !lang_.adjectives_follow) return Tag::kNoun;
    // "a 25 mln dlr credit line", "a $2 billion aid package": after an
    // amount, a noun-verb before another noun is part of the compound.
    if (noun && prev == Tag::kNoun && !lang_.adjectives_follow && p > 0 &&
        (tag(p - 1) == Tag::kNum || (p > 1 && (tag(p - 1) == Tag::kNoun || tag(p - 1) == Tag::kAdj) && tag(p - 2) == Tag::kNum)) &&
        i + 1 < n_ &&
        HasPos(i + 1, Pos::kNoun) && !Punct(i + 1) && !HasPos(i + 1, Pos::kDeterminer | Pos::kPronoun)) {
      return Tag::kNoun;
    }
    // "les autorités chinoises lui ont refusé", "l'armée française les a
    // visés": an adjective-verb form after its noun, before object clitics
    // and a sure verb, is the adjective (the clitics belong to that verb).
    if (adj && lang_.adjectives_follow && prev == Tag::kNoun && p + 1 == i && CliticsBeforeSureVerb(i)) return Tag::kAdj;
    // "a bombardé des positions rebelles": where adjectives follow the noun,
    // one right after the object of the clause's own verb modifies it.
    if (adj && lang_.adjectives_follow && clause_finite_seen_ && prev == Tag::kNoun && p + 1 == i) return Tag::kAdj;
    // "Le chef rebelle, qui avait résisté, a été capturé": a relative after
    // the word needs a noun phrase to attach to, so the word ends one.
    if (adj && lang_.adjectives_follow && prev == Tag::kNoun && p + 1 == i &&
        (Is(i + 1, kWcRelative) || (KeyIs(i + 1, ",") && Is(i + 2, kWcRelative)))) {
      return Tag::kAdj;
    }
    // "Germany delivered a Patriot air defence system": after the clause's
    // own (non-reporting) verb, a noun-verb between nouns of a compound is a
    // noun. (After "said", a new clause may start: "said the army fires".)
    // So is its last word: "carried out their biggest prisoner exchange since".
    // (A headline has no final stop: its last word ends the compound too.)
    if (noun && !lang_.adjectives_follow && transitive_finite_seen_ && (i + 1 < n_ || t_[i].headline)) {
      if (HasPos(i + 1, Pos::kNoun) && !HasPos(i + 1, Pos::kVerb | Pos::kDeterminer | Pos::kPronoun) && !Punct(i + 1)) {
        return Tag::kNoun;
      }
      // (In a headline "to" before a name is the preposition: "GIVES FAMINE
      // RELIEF AID TO MOZAMBIQUE".)
      const bool to_name = t_[i].headline && Is(i + 1, kWcInfinitiveMarker) && i + 2 < n_ && !HasPos(i + 2, Pos::kVerb);
      if ((i + 1 == n_ || Punct(i + 1) || Is(i + 1, kWcSubordinator | kWcCoordinator) ||
           (HasPos(i + 1, Pos::kPreposition) && (!Is(i + 1, kWcInfinitiveMarker) || to_name))) &&
          (prev == Tag::kNoun || (t_[i].headline && prev == Tag::kPropn)) && p > 0 &&
          (tag(p - 1) == Tag::kDet || tag(p - 1) == Tag::kAdj || tag(p - 1) == Tag::kNoun || tag(p - 1) == Tag::kAdp ||
           tag(p - 1) == Tag::kVerb || tag(p - 1) == Tag::kPropn ||
           (t_[i].headline && tag(p - 1) == Tag::kNum))) {
        // "approves development aid for Jamaica", "signed a Gibraltar fisheries
        // accord on"; in a headline, where every word has a capital, "AGREE ON
        // NEW AIR LINKS", "GETS WORLD BANK LOAN".
        return Tag::kNoun;
      }
    }
    if (Finite(i) && !(adj && Participle(i) && !(t_[i].verb_form & vf::kSimplePast))) return Tag::kVerb;
    // "l'excédent atteint 47 millions": a participle that can be finite, followed by an object.
    if (Finite(i) && i + 1 < n_ && (t_[i + 1].number || Is(i + 1, kWcDeterminer)) && !SureVerbAhead(i)) return Tag::kVerb;
    // "a resolution condemning Israel", "a letter accusing the army": a
    // present participle before its object is the verb of a participial
    // phrase, not an adjective.
    if (!lang_.adjectives_follow && Gerund(i) && i + 1 < n_ &&
        (Is(i + 1, kWcDeterminer | kWcPossessive | kWcObjectPronoun) || Capital(i + 1))) {
      return Tag::kVerb;
    }
    if (adj) return Tag::kAdj;
    if (Participle(i) || Gerund(i)) return Tag::kVerb;
    return noun ? Tag::kNoun : Tag::kVerb;
  }
  if (p >= n_ || prev == Tag::kPunct || prev == Tag::kCconj || prev == Tag::kSconj) {
    // Clause start: a base form followed by an article or an object pronoun
    // is an imperative ("Compare the flags", "Let me"); a participle opens a
    // participial clause; otherwise a noun.
    const bool starts = i == 0 || (i > 0 && (KeyIs(i - 1, "please") || KeyIs(i - 1, "just") || KeyIs(i - 1, "kindly") ||
                                             KeyIs(i - 1, ",") || tag(i - 1) == Tag::kCconj)) ||
                        (i > 1 && KeyIs(i - 1, ",") && KeyIs(i - 2, "please"));
    if ((t_[i].verb_form & (vf::kInfinitive | vf::kImperative)) && i + 1 < n_ &&
        (Is(i + 1, kWcObjectPronoun) || (Is(i + 1, kWcDeterminer) && !Is(i + 1, kWcPossessive | kWcOf))) &&
        !(t_[i].verb_form & vf::kPastParticiple) && starts) {
      return Tag::kVerb;
    }
    // ", demanding the resignation of": an English present participle
    // before its object opens a participial clause, even when it is also an
    // adjective ("a demanding job").
    if (!lang_.adjectives_follow && adj && !noun && Gerund(i) && i + 1 < n_ &&
        (Is(i + 1, kWcDeterminer | kWcPossessive | kWcObjectPronoun) || (Capital(i + 1) && HasPos(i + 1, Pos::kProperNoun)))) {
      return Tag::kVerb;
    }
    if (noun) return Tag::kNoun;
    if (adj && !Participle(i)) return Tag::kAdj;
    return Tag::kVerb;
  }
  if (adj && Participle(i)) return Tag::kAdj;
  if (noun) return Tag::kNoun;
  if (adj) return Tag::kAdj;
  return Tag::kVerb;
}

// A clause with two finite verbs and nothing between them that could start a
// clause usually means the first "verb" was a noun ("the peace talks
// collapsed", "les marches ont"): retag it when it can be one (not "says":
// "MOSCOW SAYS WILL RETALIATE" is a headline's subjectless reported clause).
void Analyzer::RepairDoubleFinite() {
  int32_t last_verb = kNone;
  for (uint32_t i = 0; i < n_; ++i) {
    const Tag g = out_.tags[i];
    if (g == Tag::kPunct || g == Tag::kSconj || g == Tag::kCconj || Is(i, kWcRelative | kWcComplementizer)) {
      last_verb = kNone;
      continue;
    }
    if (g != Tag::kVerb && g != Tag::kAux) {
      if (g == Tag::kNoun || g == Tag::kPropn || g == Tag::kDet) {
        // A noun phrase after a verb may be its object or the next clause's subject.
        if (last_verb != kNone && g == Tag::kDet) last_verb = kNone;
      }
      continue;
    }
    if (last_verb != kNone && static_cast<uint32_t>(last_verb) + 1 == i && out_.tags[last_verb] == Tag::kVerb &&
        CanNoun(last_verb) && !t_[last_verb].verb_only && g != Tag::kAux && Finite(i) && !Infinitive(i) && !Participle(last_verb) &&
        (!Participle(i) || !HasPos(i, Pos::kAdjective | Pos::kNoun))) {
      out_.tags[last_verb] = Tag::kNoun;
    } else if (last_verb != kNone && static_cast<uint32_t>(last_verb) + 1 == i && out_.tags[last_verb] == Tag::kVerb &&
               CanNoun(last_verb) && !t_[last_verb].verb_only && g == Tag::kAux && !Participle(last_verb)) {
      out_.tags[last_verb] = Tag::kNoun;  // "the talks will", "the ministry has"
    }
    last_verb = static_cast<int32_t>(i);
  }
}

// English noun compounds: "sent food aid to", "made a state visit to",
// "an army attack on". A base-form noun-verb word right after a singular
// common noun that follows an article, an adjective, a number or a verb is
// the compound's head noun when its clause already has a finite verb: a
// singular subject would need "aids", "visits". (Nouns whose singular takes
// a plural verb, "police arrest", stay subjects; plural nouns, "the troops
// attack", too.)
void Analyzer::RepairNounCompounds() {
  if (lang_.adjectives_follow) return;  // French puts the head first: "l'aide alimentaire"
  bool finite_in_clause = false;
  // The clause's finite verb takes an object rather than a clause (not
  // "said the army strikes back", "believes the air force attacks").
  bool transitive_in_clause = false;
  for (uint32_t i = 0; i < n_; ++i) {
    const Tag g = out_.tags[i];
    if (g == Tag::kPunct || g == Tag::kSconj || g == Tag::kCconj || Is(i, kWcRelative | kWcComplementizer)) {
      finite_in_clause = transitive_in_clause = false;
      continue;
    }
    // "carried out air strikes on", "launched rocket attacks against": the
    // plural -s form too, after a singular noun in the object of a verb
    // that takes no clause (a singular subject's verb would agree, so only
    // there).
    const std::string_view key = t_[i].key;
    const bool s_form = transitive_in_clause && (t_[i].verb_form & vf::kPresent) && key.size() > 3 && key.back() == 's' &&
                        key[key.size() - 2] != 's' && HasPos(i, Pos::kNoun);
    if (g == Tag::kVerb && i >= 2 && finite_in_clause && CanNoun(i) && !t_[i].verb_only && !t_[i].capitalized &&
        (Infinitive(i) || s_form) && !Participle(i) && !Gerund(i) && out_.tags[i - 1] == Tag::kNoun && !t_[i - 1].capitalized &&
        !t_[i - 1].number) {
      const std::string_view prev = t_[i - 1].key;
      const bool plural_looking = prev.size() > 3 && prev.back() == 's' && prev[prev.size() - 2] != 's' &&
                                  prev[prev.size() - 2] != 'u' && prev[prev.size() - 2] != 'i';
      const bool plural_agreeing = t_[i - 1].plural_agreeing;
      const Tag before = out_.tags[i - 2];
      // (A verb's particle too: "carried out air strikes".)
      const bool opens_phrase = before == Tag::kDet || before == Tag::kAdj || before == Tag::kNum || before == Tag::kVerb ||
                                Is(i - 2, kWcPossessive) ||
                                (Is(i - 2, kWcParticle) && i >= 3 && out_.tags[i - 3] == Tag::kVerb &&
                                 (before == Tag::kAdv || before == Tag::kAdp));
      if (!plural_looking && !plural_agreeing && opens_phrase) {
        out_.tags[i] = Tag::kNoun;
        continue;
      }
    }
    if (g == Tag::kVerb && Finite(i)) {
      finite_in_clause = true;
      transitive_in_clause = !Is(i, kWcReporting | kWcCopula);
    }
  }
}

// ---------------------------------------------------------------- chunks

int32_t Analyzer::AddNp(uint32_t first, uint32_t last, uint32_t head, int32_t preposition) {
  NounPhrase np;
  np.first = first;
  np.last = last;
  np.head = head;
  np.preposition = preposition;
  const int32_t index = static_cast<int32_t>(out_.nps.size());
  for (uint32_t j = first; j < last; ++j) out_.np_of[j] = index;
  np.pronoun = tag(head) == Tag::kPron;
  np.relative = np.pronoun && (Is(head, kWcRelative) || Is(head, kWcComplementizer));
  // A phrase that dates something: a weekday, month or "hier"; a bare time
  // noun or one with "ce", "dernier", "last", "next" ("lundi matin", "la
  // semaine dernière", "this week"); a year alone. Not "a great time", "l'année 2010".
  bool marked = false, determiner = false;
  for (uint32_t j = first; j < last; ++j) {
    marked |= Is(j, kWcPastMarker | kWcFutureMarker) || KeyIs(j, "ce") || KeyIs(j, "cet") || KeyIs(j, "cette") || KeyIs(j, "this") ||
              KeyIs(j, "that") || KeyIs(j, "ago");
    determiner |= tag(j) == Tag::kDet;
  }
  if (last < n_ && KeyIs(last, "ago")) marked = true;
  np.time = t_[head].weekday_or_month || Is(head, kWcYesterday | kWcToday | kWcTomorrow) ||
            (Is(head, kWcTimeNoun) && (marked || !determiner)) ||
            (t_[head].number && last - first == 1 && t_[head].key.size() == 4);
  out_.nps.push_back(np);
  return index;
}

void Analyzer::ChunkNounPhrases() {
  int32_t previous_np = kNone;  // for "X de Y" and appositions
  uint32_t previous_end = 0;
  for (uint32_t i = 0; i < n_;) {
    const Tag g = tag(i);
    // A preposition (and a contraction that is one) introduces the phrase after it.
    int32_t preposition = kNone;
    uint32_t start = i;
    // "des"/"du" after a noun is "de" + article ("les positions du Hamas"),
    // but after a part of the day the article of a new phrase ("a bombardé
    // dans la nuit des positions"), unless a date follows ("la nuit du 3 au 4").
    const bool article_after_time = g == Tag::kDet && i > 0 && Is(i - 1, kWcTimeNoun) && Is(i - 1, kWcLightAdverb) && i + 1 < n_ &&
                                    !t_[i + 1].number && !t_[i + 1].weekday_or_month && tag(i + 1) != Tag::kNum;
    if (g == Tag::kAdp || (g == Tag::kDet && Is(i, kWcOf) && !article_after_time && i > 0 && (tag(i - 1) == Tag::kNoun || tag(i - 1) == Tag::kPropn || tag(i - 1) == Tag::kAdj || tag(i - 1) == Tag::kNum))) {
      preposition = static_cast<int32_t>(i);
      start = i + 1;
      // "d'une « riposte militaire »": an opening quote does not end the phrase.
      while (start < n_ && (KeyIs(start, "«") || KeyIs(start, "\"") || KeyIs(start, "'"))) ++start;
      if (start < n_ && tag(start) == Tag::kAdp) {  // "à partir de", "en face de": the last one counts
        preposition = static_cast<int32_t>(start);
        ++start;
      }
    }
    uint32_t j = start;
    while (j < n_ && (tag(j) == Tag::kDet || (tag(j) == Tag::kPron && Is(j, kWcPossessive)))) ++j;  // determiners
    // 'les « abus » iraniens', 'les "abus" iraniens': words quoted after the article stay in its phrase.
    bool quoted = false;
    if (lang_.adjectives_follow && j > start && PastOpeningQuote(j) == j + 1) {
      ++j;
      quoted = true;
    }
    // Pronouns stand alone (or after an article: "l'un", "les autres").
    if (j < n_ && tag(j) == Tag::kPron && (j == start || (j == start + 1 && !Is(j, kWcObjectClitic | kWcReflexive)))) {
      if (j != start) {
        AddNp(preposition != kNone ? static_cast<uint32_t>(preposition) : start, j + 1, j, preposition);
        previous_np = kNone;
        i = j + 1;
        continue;
      }
      const int32_t np = AddNp(preposition != kNone ? static_cast<uint32_t>(preposition) : j, j + 1, j, preposition);
      (void)np;
      previous_np = kNone;
      i = j + 1;
      continue;
    }
    uint32_t first_noun = n_, last_noun = n_;
    // English: a possessor made of names only ("of Spain's", "of the
    // Netherlands'"), for "the Bank of Spain's decision" below.
    bool named_possessor = false;
    uint32_t k = j;
    while (k < n_) {
      const Tag h = tag(k);
      // "its ruling today", "le sommet lundi": a date word after a noun is not part of it.
      if (first_noun != n_ && (t_[k].weekday_or_month || Is(k, kWcYesterday | kWcToday | kWcTomorrow))) break;
      // "Pakistan last week met": "last week" is its own phrase.
      if (first_noun != n_ && Is(k, kWcPastMarker | kWcFutureMarker) && k + 1 < n_ && Is(k + 1, kWcTimeNoun)) break;
      if (quoted && first_noun != n_ && (KeyIs(k, "»") || KeyIs(k, "\"") || KeyIs(k, "”"))) {
        quoted = false;  // the closing quote
        ++k;
        continue;
      }
      if (h == Tag::kNoun || h == Tag::kPropn) {
        if (first_noun == n_) first_noun = k;
        last_noun = k;
        ++k;
        // "exhortera lundi Vladimir Poutine": a day is its own phrase, the name after it another.
        if (k < n_ && first_noun == k - 1 && IsWeekdayOrMonth(k - 1) && tag(k) == Tag::kPropn) break;
        continue;
      }
      if (h == Tag::kAdj || h == Tag::kNum) {
        // Adjectives before the noun, and after it where the language puts them there.
        // (But "the latest Reagan acid rain pledge", "the Soviet Foreign
        // Ministry": after an article, a
        // name modifying a compound keeps the compound's adjectives, unless
        // a ditransitive verb may take two objects: "showed the Americans new maps".)
        const bool name_in_compound = first_noun != n_ && h == Tag::kAdj && tag(k - 1) == Tag::kPropn && j > start &&
                                      Is(start, kWcDefinite) && k + 1 < n_ &&
                                      (tag(k + 1) == Tag::kNoun || tag(k + 1) == Tag::kPropn) &&  // "the Soviet Foreign Ministry"
                                      !(start > 0 && Is(start - 1, kWcDitransitive));
        if (first_noun != n_ && !lang_.adjectives_follow && h == Tag::kAdj && !name_in_compound) break;
        // French "a tué lundi deux rebelles", "a arrêté mardi 12 militants": a
        // number after a weekday that a noun other than a month follows
        // counts that noun, a phrase of its own ("lundi 12 mars" is a date).
        if (lang_.adjectives_follow && h == Tag::kNum && first_noun == k - 1 && IsWeekdayOrMonth(first_noun) && k + 1 < n_ &&
            tag(k + 1) == Tag::kNoun && !t_[k + 1].weekday_or_month && !Is(k + 1, kWcTimeNoun)) {
          break;
        }
        // "gave Cuba 25 mln dlrs": an amount after a name is a phrase of its own.
        if (first_noun != n_ && !lang_.adjectives_follow && h == Tag::kNum && tag(k - 1) == Tag::kPropn && Is(k + 1, kWcQuantity)) break;
        ++k;
        continue;
      }
      if (h == Tag::kAdv && k + 1 < n_ && tag(k + 1) == Tag::kAdj && (first_noun == n_ || lang_.adjectives_follow)) {
        ++k;  // "très importante"
        continue;
      }
      if (Is(k, kWcPossessiveClitic) && first_noun != n_) {
        // "Russia's foreign minister": the possessor joins the phrase, whose head comes after.
        if (!lang_.adjectives_follow && !named_possessor) {
          named_possessor = true;
          for (uint32_t t = j; t < k; ++t) named_possessor &= tag(t) == Tag::kPropn;
        }
        ++k;
        first_noun = n_;
        continue;
      }
      break;
    }
    if (first_noun == n_) {
      // No noun: an adjective or number used as a noun ("les Russes", "2021"), or nothing.
      if (k > j && (tag(k - 1) == Tag::kAdj || tag(k - 1) == Tag::kNum)) {
        first_noun = last_noun = k - 1;
      } else {
        previous_np = kNone;
        i = std::max(i + 1, j);
        continue;
      }
    }
    // Trailing adjectives stay (French); trailing numbers are part of the phrase.
    uint32_t head = lang_.head_is_first_noun ? first_noun : last_noun;
    if (!lang_.head_is_first_noun && tag(head) == Tag::kPropn) {
      // A name heads by its first word ("Abu Musab al-Zarqawi"), as a flat
      // name; a title before it does not ("President Bush").
      while (head > first_noun && tag(head - 1) == Tag::kPropn && !Is(head - 1, kWcTitleNoun | kWcTitle)) --head;
    }
    const uint32_t np_first = preposition != kNone ? static_cast<uint32_t>(preposition) : start;
    // A name right after a phrase ("le ministre russe Sergueï Lavrov",
    // "le président Macron") extends it: an apposition with no comma.
    if (preposition == kNone && previous_np != kNone && previous_end == np_first && tag(first_noun) == Tag::kPropn &&
        j == start && out_.nps[previous_np].preposition == kNone && !out_.nps[previous_np].time) {
      NounPhrase& prev = out_.nps[previous_np];
      for (uint32_t t = prev.last; t < k; ++t) out_.np_of[t] = previous_np;
      prev.last = k;
      if (!lang_.head_is_first_noun) {
        // A name heads by its first word; a common noun after names heads
        // the compound they modify ("a U.S. Supreme Court decision").
        prev.head = last_noun;
        while (tag(last_noun) == Tag::kPropn && prev.head > first_noun && tag(prev.head - 1) == Tag::kPropn &&
               !Is(prev.head - 1, kWcTitleNoun | kWcTitle)) {
          --prev.head;
        }
      }
      previous_end = k;
      i = k;
      continue;
    }
    // English "the Bank of Spain's decision", "the Republic of Congo's
    // army": the possessive closes a name with its "of" part, so the whole
    // name is the possessor and the noun after "'s" heads one phrase (not
    // "the Bank" with "of Spain's decision" hanging from it). Only a name
    // before "of" ("a member of Hamas's bureau" stays two phrases).
    if (named_possessor && !lang_.head_is_first_noun && preposition != kNone && Is(static_cast<uint32_t>(preposition), kWcOf) &&
        previous_np != kNone && previous_end == np_first && tag(head) != Tag::kPropn &&
        tag(out_.nps[previous_np].head) == Tag::kPropn && !out_.nps[previous_np].time) {
      NounPhrase& prev = out_.nps[previous_np];
      for (uint32_t t = prev.last; t < k; ++t) out_.np_of[t] = previous_np;
      prev.last = k;
      prev.head = head;
      previous_end = k;
      i = k;
      continue;
    }
    const int32_t np = AddNp(np_first, k, head, preposition);
    if (preposition != kNone && Is(static_cast<uint32_t>(preposition), kWcOf) && previous_np != kNone &&
        previous_end == np_first) {
      out_.nps[np].of_parent = previous_np;
    } else if (preposition != kNone && previous_np != kNone && previous_end == np_first) {
      out_.nps[np].of_parent = previous_np;  // a noun's complement, or the verb's: decided by use
    }
    if (preposition == kNone || previous_np == kNone || previous_end != np_first) previous_np = np;
    else previous_np = np;
    previous_end = k;
    i = k;
  }
}

void Analyzer::ChunkVerbGroups() {
  for (uint32_t i = 0; i < n_;) {
    const Tag g = tag(i);
    const bool clitic_start = g == Tag::kPron && (Is(i, kWcObjectClitic | kWcReflexive) || KeyIs(i, "en") || KeyIs(i, "y")) &&
                              out_.np_of[i] != kNone && !t_[i].inverted_clitic && !SubjectClitic(i);
    const bool neg_start = Is(i, kWcNegation) && g == Tag::kAdv && i + 1 < n_ && KeyIs(i, "ne");
    const bool neg_start2 = Is(i, kWcNegation) && KeyIs(i, "n'");
    if (!Verbal(g) && !clitic_start && !neg_start && !neg_start2) {
      ++i;
      continue;
    }
    // Grow: clitics and negation, then auxiliaries, adverbs, and verbs.
    uint32_t j = i;
    int32_t head = kNone, finite = kNone, modal = kNone;
    bool reflexive = false, negated = false, have_aux = false, be_aux = false, future_aux = false;
    std::vector<uint32_t> clitics;
    while (j < n_) {
      const Tag h = tag(j);
      if (h == Tag::kPron && (Is(j, kWcObjectClitic | kWcReflexive) || KeyIs(j, "en") || KeyIs(j, "y")) &&
          !t_[j].inverted_clitic && head == kNone && !(j == i && SubjectClitic(j))) {
        if (Is(j, kWcReflexive)) reflexive = true;
        clitics.push_back(j);
        ++j;
        continue;
      }
      if (Is(j, kWcNegation) && (h == Tag::kAdv || h == Tag::kPart)) {
        negated = true;
        ++j;
        continue;
      }
      if (h == Tag::kAdv && (head == kNone || tag(static_cast<uint32_t>(head)) == Tag::kAux) && j > i && j + 1 < n_) {
        // Adverbs inside the group ("a également déclaré", "has also met").
        uint32_t k = j;
        while (k < n_ && (k < j + 3 || insert_[k]) && tag(k) == Tag::kAdv) ++k;
        if (k < n_ && Verbal(tag(k))) {
          j = k;
          continue;
        }
        break;
      }
      if (h == Tag::kAux) {
        // English modals carry no tense in the lemma table but are always finite.
        if (finite == kNone && (Finite(j) || Is(j, kWcModal | kWcConditionalAux | kWcFutureAux | kWcCliticAux | kWcSupportAux))) {
          finite = static_cast<int32_t>(j);
        }
        if (Is(j, kWcModal | kWcConditionalAux)) modal = static_cast<int32_t>(j);
        if (Is(j, kWcFutureAux)) future_aux = true;
        if (Is(j, kWcPerfectAux)) have_aux = true;
        if (Is(j, kWcPassiveAux)) be_aux = true;
        head = static_cast<int32_t>(j);  // provisional: an auxiliary alone is the head (copula)
        ++j;
        // An infinitive marker or a participle may follow; a noun ends the group.
        continue;
      }
      if (h == Tag::kVerb) {
        // A full verb after a full verb is a new group ("peut rencontrer": the
        // French modal is a verb governing an infinitive).
        if (head != kNone && tag(static_cast<uint32_t>(head)) == Tag::kVerb) break;
        if (finite == kNone && Finite(j) && !(head != kNone && (Participle(j) || Infinitive(j)))) finite = static_cast<int32_t>(j);
        head = static_cast<int32_t>(j);
        ++j;
        // English particle ("crack down", "pull out"): part of the group when
        // no noun phrase follows it directly (an adjective, a number or a
        // possessive opens one too: "fired on Palestinian protesters").
        if (j < n_ && Is(j, kWcParticle) && (tag(j) == Tag::kAdv || tag(j) == Tag::kAdp) &&
            !(j + 1 < n_ &&
              (tag(j + 1) == Tag::kDet || tag(j + 1) == Tag::kNoun || tag(j + 1) == Tag::kPropn || tag(j + 1) == Tag::kAdj ||
               tag(j + 1) == Tag::kNum || Is(j + 1, kWcPossessive)) &&
              tag(j) == Tag::kAdp)) {
          ++j;
        }
        // "ne ... pas" after the verb; with no "ne" before, "plus" or
        // "jamais" after the verb is no negation ("a enlevé plus de 200 personnes").
        while (negated && j < n_ && Is(j, kWcNegation) && tag(j) == Tag::kAdv) ++j;
        break;
      }
      break;
    }
    if (head == kNone) {
      // Clitics or negation with no verb after them: not a group.
      ++i;
      continue;
    }
    if (negated) {
      // "n'a pas seulement annulé" (not only), "n'a reçu que X" (only X):
      // the act happened.
      bool second = false, not_only = false;
      for (uint32_t q = i; q < j; ++q) {
        if (!Is(q, kWcNegation) || KeyIs(q, "ne") || KeyIs(q, "n'")) continue;
        second = true;
        not_only |= KeyIs(q, "pas") && (KeyIs(q + 1, "seulement") || KeyIs(q + 1, "uniquement") || KeyIs(q + 1, "simplement"));
      }
      uint32_t after = j;
      while (after < n_ && tag(after) == Tag::kAdv && !Is(after, kWcNegation) && !KeyIs(after, "que") && !KeyIs(after, "qu'")) ++after;
      if (not_only || (!second && RestrictiveQue(after))) negated = false;
    }
    VerbGroup v;
    v.first = i;
    v.last = j;
    v.head = static_cast<uint32_t>(head);
    v.finite = finite;
    v.modal = modal;
    v.reflexive = reflexive;
    v.negated = negated;
    const uint32_t h = v.head;
    v.copula = tag(h) == Tag::kAux;
    v.infinitive = finite == kNone && Infinitive(h) && !Participle(h);
    // "d'avoir attaqué", "having met": a past infinitive (the auxiliary in
    // the infinitive, the participle as head) is an infinitive too.
    if (finite == kNone && !v.infinitive && Participle(h) && h > v.first && Is(v.first, kWcPerfectAux | kWcPassiveAux) &&
        Infinitive(v.first)) {
      v.infinitive = true;
    }
    v.participle = finite == kNone && !v.infinitive && (Participle(h) || Gerund(h));
    if (finite == kNone && !v.infinitive && !v.participle && Finite(h)) v.finite = static_cast<int32_t>(h);
    // An infinitive after a marker is not finite even if the form could be;
    // nor is a base form after "let me", "made them" (the pronoun is the
    // first verb's object).
    const bool after_object_pronoun = v.first > 1 && Is(v.first - 1, kWcObjectPronoun | kWcPersonalPronoun) &&
                                      !Is(v.first - 1, kSubjectPronouns & ~kWcSubjectPronoun) && tag(v.first - 2) == Tag::kVerb &&
                                      !Is(v.first - 2, kWcReporting) && Infinitive(h) && v.first == h &&
                                      !(t_[h].verb_form & (vf::kSimplePast | vf::kPastParticiple));
    // A headline drops the copula of "is to": "REAGAN TO VISIT ROME" is
    // Reagan's scheduled visit, a future, when "to" follows the subject
    // itself and no verb came before it.
    const bool headline_future = t_[h].headline && v.first > 1 && tag(v.first - 1) == Tag::kPart &&
                                 (tag(v.first - 2) == Tag::kNoun || tag(v.first - 2) == Tag::kPropn) && out_.verbs.empty() &&
                                 Infinitive(h);
    if (headline_future) {
      v.infinitive = false;
      v.participle = false;
      v.finite = static_cast<int32_t>(h);
      future_aux = true;
    } else if ((v.first > 0 && tag(v.first - 1) == Tag::kPart) || after_object_pronoun) {
      v.infinitive = true;
      v.finite = kNone;
    }
    const uint32_t f = v.finite >= 0 ? static_cast<uint32_t>(v.finite) : h;
    v.conditional = (t_[f].verb_form & vf::kConditional) || (v.modal >= 0 && Is(static_cast<uint32_t>(v.modal), kWcConditionalAux));
    v.future = (t_[f].verb_form & vf::kFuture) || future_aux;
    v.past = (t_[f].verb_form & (vf::kImperfect | vf::kSimplePast)) || (have_aux && Participle(h)) ||
             (be_aux && !v.copula && Participle(h) && Is(h, kWcUnaccusative));
    v.passive = be_aux && !v.copula && !reflexive && Participle(h) && !Is(h, kWcUnaccusative) && !Is(h, kWcPassiveAux);
    const int32_t index = static_cast<int32_t>(out_.verbs.size());
    for (uint32_t t = v.first; t < v.last; ++t) out_.verb_of[t] = index;
    // Object clitics inside the group are the group's object NPs.
    // "il me l'a dit": the accusative le/la/les wins over me/te/nous/vous.
    for (int pass = 0; pass < 2 && v.object == kNone; ++pass) {
      for (uint32_t c : clitics) {
        const bool accusative = Is(c, kWcDeterminer);  // le, la, les, l'
        if (pass == 0 && !accusative) continue;
        if (!Is(c, kWcReflexive) && !KeyIs(c, "en") && !KeyIs(c, "y") && !Is(c, kWcPronounMasc | kWcPronounFem) &&
            v.object == kNone && out_.np_of[c] != kNone && !KeyIs(c, "lui") && !KeyIs(c, "leur")) {
          v.object = out_.np_of[c];
        }
      }
    }
    out_.verbs.push_back(std::move(v));
    i = j;
  }
  // "will visit Washington and meet Reagan", "plans to visit Cairo and meet
  // Mubarak": an English bare base form after "and", right after a base
  // verb under a modal, "will" or "to", shares that verb's mood (the later
  // one is no present tense of its own).
  for (size_t w = 1; w < out_.verbs.size() && !lang_.adjectives_follow; ++w) {
    VerbGroup& v = out_.verbs[w];
    const VerbGroup& u = out_.verbs[w - 1];
    if (v.first != v.head || v.first < 2 || !Is(v.first - 1, kWcCoordinator) || !Infinitive(v.head) ||
        (t_[v.head].verb_form & (vf::kSimplePast | vf::kPastParticiple)) || !Infinitive(u.head) ||
        !(u.infinitive || u.future || u.conditional || u.modal != kNone) || u.last + 12 < v.first) {
      continue;
    }
    bool plain = true;
    for (uint32_t t = u.last; plain && t + 1 < v.first; ++t) plain = !(Punct(t) && !KeyIs(t, ","));
    if (!plain) continue;
    v.infinitive = u.infinitive;
    v.finite = u.infinitive ? kNone : u.finite;
    v.future = u.future;
    v.conditional = u.conditional;
    v.modal = u.modal;
    v.negated = u.negated;
    v.past = u.past;
  }
}

// "Troops backed by Russia attacked", "Russian troops, backed by tanks,
// attacked", "protesters gathered in Cairo demanded": a bare past form right
// after a noun phrase (or after a comma that follows one), followed only by
// its prepositional phrases and then by another finite verb, is a participle
// modifying the phrase; the later verb is the clause's own. Without this the
// first form reads as the finite verb and the real one as a participle.
void Analyzer::ReducedParticiples() {
  after_reduced_participle_.assign(out_.verbs.size(), false);
  reduced_participle_.assign(out_.verbs.size(), false);
  for (size_t w = 0; w + 1 < out_.verbs.size(); ++w) {
    VerbGroup& u = out_.verbs[w];
    const VerbGroup& v = out_.verbs[w + 1];
    const uint32_t h = u.head;
    if (u.first != h || u.last != h + 1 || u.finite != static_cast<int32_t>(h) || !Participle(h) ||
        !(t_[h].verb_form & vf::kSimplePast) || Is(h, kWcReporting) || tag(h) != Tag::kVerb || h == 0) {
      continue;
    }
    // Before it: a noun phrase, or a comma after one (the incise).
    const bool incise = KeyIs(h - 1, ",");
    const uint32_t before = incise ? h - 1 : h;
    if (before == 0 || !(tag(before - 1) == Tag::kNoun || tag(before - 1) == Tag::kPropn) || out_.np_of[before - 1] == kNone ||
        out_.nps[out_.np_of[before - 1]].preposition != kNone) {
      continue;
    }
    // Between it and the next verb: prepositions and their phrases only (a
    // bare phrase would be the next clause's subject: "Iran warned on
    // Monday Israel would"), and the closing comma of an incise.
    if (v.finite == kNone || v.participle || v.infinitive || v.first <= u.last + 1) continue;
    bool only_complements = true, preposition_seen = false;
    for (uint32_t t = u.last; t < v.first && only_complements; ++t) {
      const Tag g = tag(t);
      if (g == Tag::kAdp) {
        preposition_seen = true;
      } else if (out_.np_of[t] != kNone && (out_.nps[out_.np_of[t]].preposition != kNone || out_.nps[out_.np_of[t]].time)) {
      } else if (incise && t + 1 == v.first && KeyIs(t, ",")) {
      } else if (g == Tag::kAdv && !Punct(t)) {
      } else {
        only_complements = false;
      }
    }
    if (!only_complements || !preposition_seen || tag(u.last) != Tag::kAdp ||
        (incise != KeyIs(v.first - 1, ","))) {
      continue;
    }
    u.finite = kNone;
    u.participle = true;
    u.past = false;
    after_reduced_participle_[w + 1] = true;
    reduced_participle_[w] = true;
  }
}

// ---------------------------------------------------------------- clauses

int32_t Analyzer::OpenClause(ClauseKind kind, int32_t parent, int32_t introducer) {
  Clause c;
  c.kind = kind;
  c.parent = parent;
  c.introducer = introducer;
  out_.clauses.push_back(c);
  return static_cast<int32_t>(out_.clauses.size() - 1);
}

// A French subject before a second finite verb of clause c, with the
// prepositional phrases it carries and an incise between it and the verb
// ("la police, sur le qui-vive, a", "les rebelles à tendance islamiste
// peuvent"): the token it starts at, or i when the tokens before the verb are
// no such chain (a bare phrase alone is left to the caller's walk; the phrase
// right after the governing verb is that verb's object).
uint32_t Analyzer::FrenchSubjectChainStart(uint32_t i, int32_t c, int32_t gov) const {
  const uint32_t floor = gov != kNone ? out_.verbs[gov].last : 0;
  // Only before a sure verb: one with an auxiliary or a clitic, or a form that
  // is no noun or adjective (a noun read as a verb must not take the object
  // of the verb before: "demander la libération des prisonniers politiques").
  const VerbGroup& v = out_.verbs[out_.verb_of[i]];
  if (v.first == v.head && !v.copula && !Is(v.head, kWcCopula | kWcModal) && HasPos(v.head, Pos::kNoun | Pos::kProperNoun | Pos::kAdjective)) return i;
  uint32_t s = i;
  bool crossed = false;
  if (s >= floor + 3 && KeyIs(s - 1, ",")) {
    // ", sur le qui-vive,", ", selon la police,": an incise opening with a preposition.
    uint32_t o = s - 2;
    while (o > floor && s - 1 - o < 8 && !KeyIs(o, ",") && out_.verb_of[o] == kNone && !Punct(o) && out_.clause_of[o] == c) --o;
    // (Or an apposition: "car l'avocat d'Assange, Baltazar Garzón, a lancé".)
    const int32_t opening = o + 1 < n_ ? out_.np_of[o + 1] : kNone;
    const bool apposition = opening != kNone && out_.nps[opening].preposition == kNone && !out_.nps[opening].time &&
                            !out_.nps[opening].pronoun && !out_.nps[opening].relative;
    if (o > floor && KeyIs(o, ",") && o + 1 < s - 1 && (tag(o + 1) == Tag::kAdp || apposition)) {
      s = o;
      crossed = true;
    }
  }
  for (int hops = 0; s > floor && hops < 6; ++hops) {
    const uint32_t t = s - 1;
    if (out_.clause_of[t] != c || out_.verb_of[t] != kNone) return i;
    const int32_t np = out_.np_of[t];
    if (np == kNone) return i;
    const NounPhrase& p = out_.nps[np];
    if (p.preposition != kNone) {
      if (p.time || p.relative || p.first <= floor) return i;
      s = p.first;
      crossed = true;
      continue;
    }
    if (!crossed || p.time || p.pronoun || p.relative || p.first <= floor) return i;
    uint32_t b = p.first;
    while (b > floor && tag(b - 1) == Tag::kAdv) --b;
    if (b == floor) return i;
    return p.first;
  }
  return i;
}

// For a French participial clause opening the sentence ("Arrivé à Damas
// lundi, le ministre a..."): the subject of the main clause's finite verb
// after its comma, or kNone when verb group w is no such participle.
// French: the comma at i closes an apposition to a phrase before it, "NP,
// NP," with no verb ("Le Premier ministre, Jean Dupont,", "Jean Dupont,
// ministre de la Défense,"): the phrase between the commas is bare (with its
// own "de" phrases) and so is the one the comma before it follows.
bool Analyzer::FrenchAppositionBefore(uint32_t i) const {
  if (i < 3) return false;
  uint32_t p = i;  // the comma before the segment
  while (p-- > 0 && !KeyIs(p, ",")) {
    if (out_.verb_of[p] != kNone || (Punct(p) && !KeyIs(p, "(") && !KeyIs(p, ")"))) return false;
  }
  if (p >= i || p == 0 || p + 1 >= i) return false;
  const int32_t inner = out_.np_of[p + 1];
  if (inner == kNone || out_.nps[inner].preposition != kNone || out_.nps[inner].time || out_.nps[inner].relative ||
      out_.nps[inner].pronoun) {
    return false;
  }
  for (uint32_t t = p + 1; t < i; ++t) {
    if (out_.np_of[t] == kNone && !KeyIs(t, "(") && !KeyIs(t, ")")) return false;
  }
  const int32_t outer_np = out_.np_of[p - 1];
  if (outer_np == kNone) return false;
  const int32_t outer = Top(outer_np);
  if (out_.nps[outer].preposition != kNone || out_.nps[outer].time || out_.nps[outer].relative || out_.nps[outer].pronoun) return false;
  for (uint32_t t = out_.nps[outer].first; t < p; ++t) {
    if (out_.verb_of[t] != kNone) return false;
  }
  return true;
}

int32_t Analyzer::FrontedParticipleSubject(size_t w) const {
  const VerbGroup& v = out_.verbs[w];
  if (!v.participle || v.finite != kNone || v.first != 0 || v.clause == kNone ||
      out_.clauses[v.clause].kind != ClauseKind::kParticipial) {
    return kNone;
  }
  for (size_t u = w + 1; u < out_.verbs.size() && u <= w + 6; ++u) {
    const VerbGroup& m = out_.verbs[u];
    if (m.finite == kNone && !m.copula) continue;
    if (out_.clauses[m.clause].kind != ClauseKind::kMain) continue;
    if (m.subject == kNone || m.subject_inverted || out_.nps[m.subject].relative) return kNone;
    bool comma = false;
    for (uint32_t t = v.last; t < m.first; ++t) {
      if (KeyIs(t, ".") || KeyIs(t, ";") || KeyIs(t, ":") || KeyIs(t, "?") || KeyIs(t, "!")) return kNone;
      comma |= KeyIs(t, ",") && out_.clause_of[t] == m.clause;
    }
    // The subject comes after the participle's clause.
    if (!comma || out_.nps[m.subject].first < v.last) return kNone;
    return m.subject;
  }
  return kNone;
}

int32_t Analyzer::LastVerbOfClause(int32_t clause, uint32_t before) const {
  for (size_t v = out_.verbs.size(); v-- > 0;) {
    const VerbGroup& g = out_.verbs[v];
    if (g.first >= before) continue;
    if (g.clause == clause) return static_cast<int32_t>(v);
  }
  return kNone;
}

void Analyzer::SegmentClauses() {
  std::vector<int32_t> stack;  // open clauses, innermost last
  stack.push_back(OpenClause(ClauseKind::kMain, kNone, kNone));
  int32_t fronted_participial = kNone;  // French: a participial clause opening the sentence
  auto current = [&]() { return stack.back(); };
  auto has_finite = [&](int32_t c) {
    const int32_t v = out_.clauses[c].verb;
    return v != kNone && (out_.verbs[v].finite != kNone || out_.verbs[v].copula);
  };
  for (uint32_t i = 0; i < n_; ++i) {
    const Tag g = tag(i);
    const std::string_view key = t_[i].key;
    if (g == Tag::kPunct) {
      if (key == "." || key == ";" || key == ":" || key == "!" || key == "?") {
        stack.resize(1);
        if (has_finite(stack[0])) stack[0] = OpenClause(ClauseKind::kMain, kNone, kNone);
      } else if (key == "," || key == "»" || key == "\"" || key == ")" || key == "(" || key == "-" || key == "—") {
        // Close an embedded clause that has its verb when what follows
        // starts something else: a verb (the main clause resumes), a
        // coordinator or a new clause.
        // "Soulignant que la paix était en jeu, son homologue a exhorté": a
        // clause under a fronted French participle ends at the comma after
        // its finite verb, with the participle's clause; the main clause follows.
        if (fronted_participial != kNone && stack.size() > 2 && stack[1] == fronted_participial && has_finite(current()) &&
            !has_finite(stack[0])) {
          stack.resize(1);
        }
        if (stack.size() > 1) {
          const int32_t c = current();
          const ClauseKind kind = out_.clauses[c].kind;
          uint32_t j = i + 1;
          while (j < n_ && Punct(j)) ++j;
          const bool verb_next = j < n_ && (Verbal(tag(j)) || out_.verb_of[j] != kNone);
          // "provided that Greece accepts reforms, but France condemned Italy":
          // a contrast after the comma answers the clause the completive is in.
          const bool contrast_next = j < n_ && tag(j) == Tag::kCconj && (KeyIs(j, "but") || KeyIs(j, "mais"));
          if (has_finite(c) && (kind == ClauseKind::kRelative || kind == ClauseKind::kAdverbial ||
                                kind == ClauseKind::kIncise || kind == ClauseKind::kParticipial ||
                                (kind == ClauseKind::kCompletive && (verb_next || contrast_next)))) {
            stack.pop_back();
          } else if (kind == ClauseKind::kParticipial || kind == ClauseKind::kAdverbial) {
            if (out_.clauses[c].verb != kNone) stack.pop_back();
          }
        }
        // An incise: ", a déclaré X", "», said X": a reporting verb right after
        // the punctuation with no subject before it.
        uint32_t j = i + 1;
        while (j < n_ && Punct(j)) ++j;
        if (j < n_ && out_.verb_of[j] != kNone && out_.verbs[out_.verb_of[j]].first == j &&
            Is(out_.verbs[out_.verb_of[j]].head, kWcReporting) && i > 0) {
          const VerbGroup& v = out_.verbs[out_.verb_of[j]];
          uint32_t after = PastIncisedComplements(v.last);
          const bool subject_after = after < n_ && out_.np_of[after] != kNone && out_.nps[out_.np_of[after]].preposition == kNone;
          const bool clitic_after = after < n_ && t_[after].inverted_clitic;
          // In English, only after a clause with its verb or a quote: "Iraq's
          // foreign minister, Tariq Aziz, told reporters" is the subject's
          // verb past its apposition.
          bool quote_before = false;
          for (uint32_t k = i + 1; k-- > 0 && Punct(k);) quote_before |= KeyIs(k, "\"");
          // In French, not past a subject and its apposition when no verb has
          // come yet: "Le Premier ministre, Jean Dupont, a annoncé l'envoi de
          // troupes" is the subject's verb and its object.
          const bool after_clause = (lang_.adjectives_follow && (has_finite(stack[0]) || quote_before || !FrenchAppositionBefore(i))) ||
                                    has_finite(stack[0]) || quote_before;
          if (after_clause && (subject_after || clitic_after || (v.last > v.head + 1 && t_[v.head + 1].inverted_clitic))) {
            stack.resize(1);
            stack.push_back(OpenClause(ClauseKind::kIncise, stack[0], kNone));
          }
        } else if (!lang_.adjectives_follow && j == i + 1 && has_finite(stack[0]) && SubjectFirstIncise(i)) {
          stack.resize(1);
          stack.push_back(OpenClause(ClauseKind::kIncise, stack[0], kNone));
        }
      }
      out_.clause_of[i] = current();
      continue;
    }
    // Introducers.
    if (g == Tag::kPron && (Is(i, kWcRelative) || Is(i, kWcComplementizer)) && out_.verb_of[i] == kNone) {
      // A relative pronoun: its antecedent is the phrase before (past a comma).
      int32_t antecedent = kNone;
      // Before the relative's own phrase ("des rumeurs selon lesquelles").
      const uint32_t own = out_.np_of[i] != kNone ? out_.nps[out_.np_of[i]].first : i;
      for (uint32_t j = own; j-- > 0 && own - j <= 2;) {
        if (out_.np_of[j] != kNone) {
          antecedent = out_.np_of[j];
          // "le ministre des Affaires étrangères, qui": the whole phrase's head.
          while (out_.nps[antecedent].of_parent != kNone && out_.nps[antecedent].preposition != kNone &&
                 Is(static_cast<uint32_t>(out_.nps[antecedent].preposition), kWcOf)) {
            antecedent = out_.nps[antecedent].of_parent;
          }
          break;
        }
        if (!KeyIs(j, ",")) break;
      }
      const int32_t c = OpenClause(ClauseKind::kRelative, current(), static_cast<int32_t>(i));
      out_.clauses[c].antecedent = antecedent;
      stack.push_back(c);
    } else if (g == Tag::kSconj && Is(i, kWcComplementizer)) {
      const int32_t c = OpenClause(ClauseKind::kCompletive, current(), static_cast<int32_t>(i));
      out_.clauses[c].governor = LastVerbOfClause(current(), i);
      // "avant que", "alors que": an adverbial clause, not a completive.
      if (i > 0 && Is(i - 1, kWcAdverbialPrep)) out_.clauses[c].kind = ClauseKind::kAdverbial;
      stack.push_back(c);
    } else if (g == Tag::kSconj || (Is(i, kWcConditionalConj) && g != Tag::kAdv)) {
      // Adverbial clauses nest in the current one and close at a comma.
      const int32_t c = OpenClause(ClauseKind::kAdverbial, current(), static_cast<int32_t>(i));
      stack.push_back(c);
    } else if (g == Tag::kCconj && has_finite(current())) {
      // "et s'est déclaré prêt", "and said": a coordinated clause sharing the subject;
      // "et M. Blinken a répondu": one with its own.
      uint32_t j = i + 1;
      while (j < n_ && (Punct(j) || tag(j) == Tag::kAdv)) ++j;
      const bool verb_next = j < n_ && out_.verb_of[j] != kNone;
      // The subject may carry "de" complements, coordinated too: "et les
      // Premiers ministres d'Italie et de Grèce ont démissionné".
      uint32_t k = j;
      while (k < n_) {
        const int32_t np = out_.np_of[k];
        if (np != kNone && (out_.nps[np].preposition == kNone || (k > j && Is(static_cast<uint32_t>(out_.nps[np].preposition), kWcOf)))) {
          ++k;
        } else if (k > j && Is(k, kWcOf) && k + 1 < n_ && out_.np_of[k + 1] != kNone) {
          ++k;
        } else if (k > j && tag(k) == Tag::kCconj && k + 1 < n_ && Is(k + 1, kWcOf)) {
          ++k;
        } else {
          break;
        }
      }
      const bool subject_and_verb = k > j && k < n_ && out_.verb_of[k] != kNone && out_.verbs[out_.verb_of[k]].finite != kNone;
      if (verb_next || subject_and_verb) {
        const int32_t prev = current();
        const int32_t c = OpenClause(out_.clauses[prev].kind, out_.clauses[prev].parent, static_cast<int32_t>(i));
        out_.clauses[c].antecedent = out_.clauses[prev].antecedent;
        out_.clauses[c].governor = out_.clauses[prev].governor;
        stack.back() = c;
        if (verb_next) {
          // Mark for subject inheritance.
          coordinated_.push_back({out_.verb_of[j], out_.clauses[prev].verb});
        }
      }
    } else if (out_.verb_of[i] != kNone && out_.verbs[out_.verb_of[i]].first == i) {
      // A second finite verb in a clause with no introducer: English "he said
      // he would go" (a completive without "that"), else a new clause.
      const int32_t vi = out_.verb_of[i];
      VerbGroup& v = out_.verbs[vi];
      // "the form attached", "the troops deployed in": a bare participle after
      // a noun, in a clause that has its verb, modifies the noun.
      if (v.finite != kNone && v.first == v.head && v.last == v.head + 1 && has_finite(current()) && i > 0 &&
          !after_reduced_participle_[vi] &&
          (tag(i - 1) == Tag::kNoun || tag(i - 1) == Tag::kPropn) && Participle(v.head) &&
          (t_[v.head].verb_form & vf::kSimplePast)) {
        const uint32_t after = v.last;
        const bool object_next = after < n_ && (Is(after, kWcDeterminer | kWcPersonalPronoun) || tag(after) == Tag::kPropn ||
                                                tag(after) == Tag::kNum);
        // "IRNA said the Iranian troops seized ...": right after a reporting
        // verb, the phrase is the subject of a clause without "that".
        // (Over the phrase's own prepositional phrases: "Bouey said payments
        // to chartered banks dropped ...".)
        int32_t np_before = out_.np_of[i - 1];
        for (int hops = 0; np_before != kNone && hops < 3; ++hops) {
          const uint32_t f = out_.nps[np_before].first;
          if (f < 2 || tag(f - 1) != Tag::kAdp || out_.np_of[f - 2] == kNone) break;
          np_before = out_.np_of[f - 2];
        }
        bool after_report = np_before != kNone && out_.nps[np_before].first > 0 &&
                            out_.verb_of[out_.nps[np_before].first - 1] != kNone &&
                            Is(out_.verbs[out_.verb_of[out_.nps[np_before].first - 1]].head, kWcReporting);
        // "told Reuters his company hoped to": past the addressee of a
        // reporting verb that has one.
        if (!after_report && np_before != kNone && out_.nps[np_before].preposition == kNone && out_.nps[np_before].first > 1) {
          const int32_t addressee = out_.np_of[out_.nps[np_before].first - 1];
          if (addressee != kNone && addressee != np_before && out_.nps[addressee].preposition == kNone &&
              out_.nps[addressee].first > 0 && out_.verb_of[out_.nps[addressee].first - 1] != kNone) {
            const uint32_t rh = out_.verbs[out_.verb_of[out_.nps[addressee].first - 1]].head;
            after_report = Is(rh, kWcReporting) && Is(rh, kWcDitransitive);
          }
        }
        // "Rebels who attacked Nigerian troops fled into Cameroon": at the
        // end of a relative on a subject still waiting for its verb, with
        // no other verb to come, the form is that verb.
        const int32_t cur = current();
        bool main_verb = out_.clauses[cur].kind == ClauseKind::kRelative && out_.clauses[cur].parent != kNone &&
                         !has_finite(out_.clauses[cur].parent);
        for (uint32_t t = v.last; main_verb && t < n_ && !KeyIs(t, ".") && !KeyIs(t, ";"); ++t) {
          if (out_.verb_of[t] != kNone && out_.verbs[out_.verb_of[t]].finite != kNone) main_verb = false;
        }
        if (!object_next && !after_report && !main_verb) {
          v.finite = kNone;
          v.participle = true;
        }
      }
      if (v.finite != kNone && stack.size() > 1 && has_finite(current()) &&
          out_.clauses[current()].kind == ClauseKind::kRelative) {
        // "the very few who read my blog have not come": the relative ended.
        stack.pop_back();
      }
      const int32_t c = current();
      if (v.finite != kNone && has_finite(c)) {
        const int32_t gov = out_.clauses[c].verb;
        const bool reporting = gov != kNone && Is(out_.verbs[gov].head, kWcReporting);
        // The subject of the new clause has already been read into the old one.
        // Its subject (with any relative clause on it) has already been read
        // into the old clause: walk back over them to the governing verb.
        uint32_t start = i;
        std::vector<int32_t> moved_clauses;
        int32_t moved_np = kNone;
        bool moved_chain = false;
        // "Bouey said payments to chartered banks dropped": right after a
        // reporting verb, a bare phrase with its prepositional phrases and
        // nothing else is the whole subject of the clause.
        // (Past an approximator: "said about 70 soldiers on patrol were".)
        uint32_t chain_from = gov != kNone ? out_.verbs[gov].last : i;
        if (reporting && chain_from + 1 < i && Approximator(chain_from)) ++chain_from;
        if (reporting && chain_from < i && out_.np_of[chain_from] != kNone &&
            out_.nps[out_.np_of[chain_from]].preposition == kNone && !out_.nps[out_.np_of[chain_from]].time) {
          const uint32_t from = chain_from;
          bool phrase_chain = false;
          for (uint32_t t = from; t < i; ++t) {
            if (out_.clause_of[t] != c || out_.verb_of[t] != kNone) break;
            if (out_.np_of[t] == kNone && tag(t) != Tag::kAdp) break;
            if (out_.np_of[t] != kNone && out_.np_of[t] != out_.np_of[from] && out_.nps[out_.np_of[t]].preposition == kNone &&
                (t == 0 || tag(t - 1) != Tag::kAdp) && out_.nps[out_.np_of[t]].first == t) {
              break;  // a second bare phrase: "told reporters the army ..."
            }
            if (t + 1 == i) phrase_chain = out_.np_of[t] != kNone && out_.np_of[t] != out_.np_of[from];
          }
          if (phrase_chain) {
            start = from;
            moved_chain = true;
          }
        }
        while (!moved_chain && start > 0 && (gov == kNone || out_.verbs[gov].last <= start - 1)) {
          const uint32_t t = start - 1;
          const int32_t tc = out_.clause_of[t];
          if (tc != c) {
            // A relative clause on the subject ("the very few who read my blog have").
            if (out_.clauses[tc].kind == ClauseKind::kRelative && out_.clauses[tc].parent == c) {
              if (moved_clauses.empty() || moved_clauses.back() != tc) moved_clauses.push_back(tc);
              --start;
              continue;
            }
            break;
          }
          // "said troops stationed near the border attacked": the subject
          // carries its reduced participle and that participle's phrases.
          if (after_reduced_participle_[vi] && moved_np == kNone &&
              ((out_.verb_of[t] != kNone && out_.verbs[out_.verb_of[t]].participle) || tag(t) == Tag::kAdp ||
               (out_.np_of[t] != kNone && out_.nps[out_.np_of[t]].preposition != kNone))) {
            --start;
            continue;
          }
          if (out_.np_of[t] == kNone || out_.nps[out_.np_of[t]].preposition != kNone) break;
          // One phrase only: "they ruined some shirts I had" moves "I", not "some shirts".
          if (moved_np != kNone && out_.np_of[t] != moved_np) break;
          moved_np = out_.np_of[t];
          --start;
        }
        // French: the subject may carry prepositional phrases or an incise
        // before the verb ("où la police, sur le qui-vive, a interpellé",
        // "où les rebelles à tendance islamiste peuvent", "l'ambassadeur du
        // Mexique au Japon avait signé"): all of it moves.
        if (lang_.head_is_first_noun && !moved_chain && moved_clauses.empty() && (moved_np == kNone || start == out_.nps[moved_np].first)) {
          const uint32_t chain = FrenchSubjectChainStart(i, c, gov);
          if (chain < start) start = chain;
        }
        // Only a subject phrase moves: a run of relative tokens alone does not.
        while (start < i && out_.clause_of[start] != c) ++start;
        const int32_t nc = OpenClause(reporting ? ClauseKind::kCompletive : out_.clauses[c].kind,
                                      reporting ? c : out_.clauses[c].parent, kNone);
        if (reporting) out_.clauses[nc].governor = gov;
        if (reporting) stack.push_back(nc);
        else stack.back() = nc;
        for (uint32_t t = start; t < i; ++t) {
          if (out_.clause_of[t] == c) out_.clause_of[t] = nc;
        }
        for (int32_t mc : moved_clauses) {
          if (out_.clauses[mc].antecedent != kNone && out_.nps[out_.clauses[mc].antecedent].first >= start) {
            out_.clauses[mc].parent = nc;
          }
        }
      } else if (v.participle && i > 0 && (KeyIs(i - 1, ",") || i == 0)) {
        stack.push_back(OpenClause(ClauseKind::kParticipial, current(), kNone));
      } else if (v.participle && i == 0 && lang_.head_is_first_noun && stack.size() == 1) {
        // French "Arrivé à Damas, le ministre...", "Soulignant que ..., X a
        // exhorté": a participial clause opening the sentence.
        fronted_participial = OpenClause(ClauseKind::kParticipial, current(), kNone);
        stack.push_back(fronted_participial);
      }
    }
    out_.clause_of[i] = current();
    if (out_.verb_of[i] != kNone) {
      const int32_t vi = out_.verb_of[i];
      VerbGroup& v = out_.verbs[vi];
      if (v.first == i) {
        v.clause = current();
        Clause& cl = out_.clauses[current()];
        // An infinitive depends on the verb before it in its clause ("a
        // demandé à X de partir", "agreed to sign"), or opens its own clause
        // when nothing governs it.
        if (v.infinitive) {
          v.governor = LastVerbOfClause(current(), i);
          // "agreed to sign and ratify": an infinitive coordinated with the
          // one before depends on what that one depends on.
          if (vi > 0 && i > 0 && Is(i - 1, kWcCoordinator) && out_.verbs[vi - 1].infinitive &&
              out_.verbs[vi - 1].governor != kNone && (v.governor == vi - 1 || v.governor == kNone)) {
            v.governor = out_.verbs[vi - 1].governor;
          }
          if (cl.verb == kNone) cl.verb = vi;
        } else if (cl.verb == kNone || (out_.verbs[cl.verb].finite == kNone && v.finite != kNone)) {
          cl.verb = vi;
        }
        if (cl.kind == ClauseKind::kCompletive && cl.governor != kNone && v.finite != kNone) v.governor = cl.governor;
      }
    }
  }
}

// ---------------------------------------------------------------- arguments

int32_t Analyzer::FindSubject(const VerbGroup& v, int32_t vi) const {
  const Clause& cl = out_.clauses[v.clause];
  // Relative clause: a subject relative right before the verb.
  if (cl.kind == ClauseKind::kRelative && cl.introducer >= 0) {
    const uint32_t r = static_cast<uint32_t>(cl.introducer);
    const bool adjacent = AdjacentToVerb(r, v, /*phrases=*/true);
    const bool bare = out_.np_of[r] != kNone && out_.nps[out_.np_of[r]].preposition == kNone;  // not "in which"
    if (adjacent && bare && !Is(r, kWcComplementizer)) return out_.np_of[r];
    if (adjacent && bare && Is(r, kWcComplementizer) && !lang_.head_is_first_noun) return out_.np_of[r];  // English "that"
  }
  // Walk left within the clause.
  uint32_t walked = 0;
  int32_t found = kNone;
  bool comma_crossed = false;
  uint32_t t = v.first;
  while (t-- > 0 && walked++ < kMaxSubjectWalk) {
    const int32_t c = out_.clause_of[t];
    if (c != v.clause) {
      // Skip embedded clauses (a relative or incise between subject and verb);
      // stop at the clause's own start.
      bool embedded = false;
      for (int32_t p = out_.clauses[c].parent; p != kNone; p = out_.clauses[p].parent) {
        if (p == v.clause) embedded = true;
      }
      if (embedded) continue;
      break;
    }
    if (out_.verb_of[t] != kNone && out_.verb_of[t] != vi) {
      // A finite verb of the clause ends the search (what lies between is its
      // object zone); an infinitive or participle inside a phrase does not.
      const VerbGroup& other = out_.verbs[out_.verb_of[t]];
      if (other.finite != kNone || other.copula) break;
      t = other.first;
      continue;
    }
    if (static_cast<int32_t>(t) == cl.introducer) break;
    if (KeyIs(t, ")")) {
      // A parenthesis between the subject and the verb: "les articles 166 et 167 (CGI) fixent".
      uint32_t open = t;
      while (open > 0 && !KeyIs(open, "(") && t - open < 12) --open;
      if (KeyIs(open, "(")) {
        t = open;
        continue;
      }
      break;
    }
    const int32_t np = out_.np_of[t];
    if (np == kNone) {
      if (tag(t) == Tag::kPunct && !KeyIs(t, ",") && !KeyIs(t, "«") && !KeyIs(t, "»") && !KeyIs(t, "\"") && !FrenchQuoteMark(t)) break;
      comma_crossed |= KeyIs(t, ",");
      continue;
    }
    const NounPhrase& p = out_.nps[np];
    // French "beaucoup de pays ont condamné", "peu d'observateurs ont": the
    // phrase a quantity adverb counts is the subject.
    // (Not past a comma, nor after a verb whose object it is: "avoir beaucoup
    // de liquide", "ont montré peu d'égard".)
    if (lang_.adjectives_follow && !comma_crossed && p.preposition != kNone && static_cast<uint32_t>(p.preposition) == p.first &&
        Is(p.first, kWcOf) && p.first > 0 && tag(p.first - 1) == Tag::kAdv && Is(p.first - 1, kWcQuantity) && !p.time &&
        object_of_[np] == kNone && out_.clause_of[p.first - 1] == v.clause) {
      uint32_t b = p.first - 1;
      while (b > 0 && tag(b - 1) == Tag::kAdv) --b;
      if (b == 0 || out_.verb_of[b - 1] == kNone) {
        found = np;
        break;
      }
    }
    if (p.preposition != kNone || p.time || (object_of_[np] != kNone && object_of_[np] != vi)) {
      t = p.first;  // skip the whole phrase
      continue;
    }
    if (p.relative) break;
    found = Top(np);
    if (object_of_[found] != kNone && object_of_[found] != vi) {
      t = out_.nps[found].first;
      found = kNone;
      continue;
    }
    break;
  }
  if (found == kNone) return kNone;
  // Appositions and coordinations end at the verb, the subject heads them:
  // "Le président de l'Égypte, Hosni Moubarak, éprouve", "Carlos Sanchez et
  // Mar Figueras ont": the leftmost phrase of the chain.
  for (int hops = 0; hops < 4; ++hops) {
    uint32_t b = out_.nps[found].first;
    if (b < 2) break;
    const uint32_t sep = b - 1;
    if (!(KeyIs(sep, ",") || tag(sep) == Tag::kCconj)) break;
    if (out_.clause_of[sep] != v.clause) break;
    const int32_t left = out_.np_of[sep - 1];
    if (left == kNone || out_.clause_of[sep - 1] != v.clause) break;
    const int32_t top = Top(left);
    if (out_.nps[top].preposition != kNone || out_.nps[top].time || out_.nps[top].relative) break;
    // Another verb's object is no apposition: "Après avoir rencontré le
    // président russe, le ministre a condamné" (the fronted clause's object).
    if (object_of_[top] != kNone && object_of_[top] != vi) break;
    // A fronted adverbial is no apposition: "According to the ministry,
    // police arrested" (a clause break), "Early on Monday, police arrested"
    // (an adjective or adverb opening the sentence).
    const uint32_t top_head = out_.nps[top].head;
    if (Is(top_head, kWcClauseBreak) || ((tag(top_head) == Tag::kAdj || tag(top_head) == Tag::kAdv) && out_.nps[top].first == 0)) break;
    // Nor a phrase after a fronted "as" or "like": "As a solution, the OECD urged".
    if (out_.nps[top].first == 1 && (tag(0) == Tag::kSconj || tag(0) == Tag::kAdp)) break;
    // Nor a French participle with no article, a noun too ("élu", "reçu"):
    // "Porté par Correa, élu en 2006, le projet accorde" (a participial phrase).
    // (After a comma, or opening the sentence: "Grièvement blessé, le vieil homme".)
    if (lang_.adjectives_follow && out_.nps[top].first == top_head && !out_.nps[top].pronoun && Participle(top_head)) {
      bool opening = true;
      for (uint32_t k = 0; opening && k < top_head; ++k) opening = tag(k) == Tag::kAdv || KeyIs(k, "\"") || KeyIs(k, "«");
      if (opening || KeyIs(top_head - 1, ",")) break;
    }
    // A comma before a personal pronoun starts a new clause ("Pour lui, je").
    if (out_.nps[found].pronoun && KeyIs(sep, ",")) break;
    found = top;
  }
  // Impersonal "il": "il y a", "il faut", "il s'agit".
  const NounPhrase& subject = out_.nps[found];
  if (subject.pronoun && Is(subject.head, kWcPronounMasc) && subject.last == subject.first + 1 &&
      (Is(v.head, kWcImpersonal) || (v.first < v.head && KeyIs(v.first, "y")))) {
    return kNone;
  }
  return found;
}

int32_t Analyzer::FindInvertedSubject(const VerbGroup& v) const {
  const uint32_t from = PastIncisedComplements(v.last);
  for (uint32_t t = from; t < n_ && t < from + 3; ++t) {
    const int32_t np = out_.np_of[t];
    if (t_[t].inverted_clitic && np != kNone) return np;
    if (np != kNone && out_.nps[np].preposition == kNone && !out_.nps[np].time) return np;
    if (tag(t) == Tag::kAdv) continue;
    break;
  }
  if (v.last > v.head + 1 && t_[v.head + 1].inverted_clitic) return out_.np_of[v.head + 1];
  return kNone;
}

int32_t Analyzer::FindObject(const VerbGroup& v) const {
  if (v.object != kNone) return v.object;  // an object clitic
  if (Is(v.head, kWcCopula)) return kNone;  // "looks cool", "remain committed": a predicate, not an object
  const Clause& cl = out_.clauses[v.clause];
  // "que"/"whom" relatives are the object of their verb.
  if (cl.kind == ClauseKind::kRelative && cl.introducer >= 0 && out_.np_of[cl.introducer] != kNone &&
      out_.nps[out_.np_of[cl.introducer]].preposition == kNone) {
    const uint32_t r = static_cast<uint32_t>(cl.introducer);
    const bool adjacent = AdjacentToVerb(r, v);  // nothing but adverbs and incises between: the relative is the subject
    const bool object_relative = KeyIs(r, "whom") || (Is(r, kWcComplementizer) && (lang_.head_is_first_noun || !adjacent)) ||
                                 (KeyIs(r, "which") && !adjacent);
    // The relative is the object only when the verb has no other ("the
    // report that the minister published", not "the fact that X will get Y").
    if (object_relative && v.first > r) {
      const int32_t after = BareObjectAfter(v);
      return after != kNone ? after : out_.np_of[r];
    }
  }
  return BareObjectAfter(v);
}

int32_t Analyzer::BareObjectAfter(const VerbGroup& v) const {
  uint32_t skipped = 0, phrases = 0;
  for (uint32_t t = v.last; t < n_; ++t) {
    if (t_[t].inverted_clitic) continue;
    if (out_.verb_of[t] != kNone) break;  // another verb's group (its clitics included)
    const int32_t np = out_.np_of[t];
    if (np != kNone) {
      const NounPhrase& p = out_.nps[np];
      if (out_.clause_of[t] != v.clause) break;
      if (p.time && p.preposition == kNone) {
        t = p.last - 1;  // "a vu lundi matin son domicile"
        continue;
      }
      if (p.relative) break;
      // "a dispersé à coups de gaz lacrymogène des milliers de manifestants":
      // "des" before a quantity that counts something is its article, not
      // "de" + "les" after the noun before it.
      if (p.preposition != kNone && lang_.adjectives_follow && phrases > 0 && KeyIs(static_cast<uint32_t>(p.preposition), "des") &&
          Is(p.head, kWcQuantity) && p.head + 1 < n_ && Is(p.head + 1, kWcOf)) {
        return np;
      }
      if (p.preposition != kNone) {
        // A complement before the object ("a remis au président une lettre",
        // "abrite depuis quelques jours une exposition"): step over it.
        if (++phrases > 2 || Is(static_cast<uint32_t>(p.preposition), kWcInfinitiveMarker) && t + 1 < n_ &&
                                 out_.verb_of[p.first + 1] != kNone) {
          break;
        }
        t = p.last - 1;
        continue;
      }
      // A subject pronoun starts a new clause ("said he would").
      if (p.pronoun && Is(p.head, kSubjectPronouns) && !Is(p.head, kWcObjectClitic | kWcObjectPronoun) &&
          !KeyIs(p.head, "it") && !KeyIs(p.head, "you")) {
        break;
      }
      if (tag(p.head) == Tag::kAdj) {
        // "a jugé inacceptables les propos", "a rendu publique la liste": in
        // French the object's predicate may come first; the phrase after it
        // is the object.
        if (lang_.adjectives_follow && p.last < n_ && out_.np_of[p.last] != kNone && out_.nps[out_.np_of[p.last]].first == p.last &&
            tag(p.last) == Tag::kDet) {
          const NounPhrase& q = out_.nps[out_.np_of[p.last]];
          if (q.preposition == kNone && !q.time && !q.relative && !q.pronoun && out_.clause_of[q.first] == v.clause) {
            return out_.np_of[p.last];
          }
        }
        break;  // "sounds rational": a predicate
      }
      if (Is(p.head, kWcExpletive)) break;     // "went there"
      // A phrase right before a finite verb is that verb's subject ("I know
      // you remember", "presume you need").
      // Not so when that verb is the one of the clause a relative hangs on:
      // "rebels who attacked Nigerian troops fled".
      if (p.last < n_ && out_.verb_of[p.last] != kNone && out_.verbs[out_.verb_of[p.last]].first == p.last &&
          out_.verbs[out_.verb_of[p.last]].finite != kNone &&
          !(out_.clauses[v.clause].kind == ClauseKind::kRelative &&
            out_.clause_of[p.last] == out_.clauses[v.clause].parent)) {
        break;
      }
      // "told me that", "ask them to": the person spoken to, not the object.
      if (p.pronoun && p.last < n_ && Is(v.head, kWcReporting | kWcDitransitive) &&
          (Is(p.last, kWcComplementizer | kWcSubordinator | kWcRelative) || tag(p.last) == Tag::kPart)) {
        break;
      }
      // "give these guys a penny", "buy me dinner": of two bare phrases in a
      // row, the second is the direct object.
      if (Is(v.head, kWcDitransitive) && p.last < n_ && out_.np_of[p.last] != kNone &&
          out_.nps[out_.np_of[p.last]].first == p.last) {
        const NounPhrase& q = out_.nps[out_.np_of[p.last]];
        if (q.preposition == kNone && !q.time && !q.relative && !q.pronoun && out_.clause_of[q.first] == v.clause &&
            (p.pronoun || p.last - p.first <= 3) && tag(q.head) != Tag::kAdj) {
          return out_.np_of[p.last];
        }
      }
      return np;
    }
    // An incise between the verb and its object: "a fustigé, lors d'un
    // discours à Paris, la politique de la Russie".
    // So may a date in French: "a accusé, mardi, la Géorgie".
    const bool incise_comma = KeyIs(t, ",") && t + 1 < n_ && out_.clause_of[t + 1] == v.clause &&
                              (tag(t + 1) == Tag::kAdp || (lang_.adjectives_follow && t_[t + 1].weekday_or_month) ||
                               (out_.np_of[t + 1] != kNone && (out_.nps[out_.np_of[t + 1]].preposition != kNone ||
                                                               (lang_.adjectives_follow && out_.nps[out_.np_of[t + 1]].time))));
    if (incise_comma) {
      // Past the incise to its closing comma.
      uint32_t close = t + 1;
      while (close < n_ && close < t + 12 && !KeyIs(close, ",") && out_.verb_of[close] == kNone && !Punct(close)) ++close;
      if (close < n_ && KeyIs(close, ",") && close > t + 1) {
        t = close;
        continue;
      }
    }
    if ((tag(t) == Tag::kAdv || KeyIs(t, "«") || KeyIs(t, "\"") || FrenchQuoteMark(t) || (KeyIs(t, ",") && phrases > 0)) &&
        ++skipped <= kMaxObjectSkip) {
      continue;
    }
    break;
  }
  return kNone;
}

void Analyzer::FindComplements(VerbGroup* v, int32_t vi) {
  // A dative clitic in the group ("lui a demandé", "leur ont refusé") is
  // the verb's "à" complement; its preposition token is the clitic itself.
  for (uint32_t t = v->first; t < v->head; ++t) {
    if (tag(t) == Tag::kPron && Is(t, kWcObjectClitic) && (KeyIs(t, "lui") || KeyIs(t, "leur")) && out_.np_of[t] != kNone) {
      v->complements.push_back({ComplementKind::kNoun, static_cast<int32_t>(t), out_.np_of[t]});
    }
  }
  // Phrases after the verb in its clause, up to the next verb of the clause.
  for (uint32_t t = v->last; t < n_; ++t) {
    if (out_.clause_of[t] != v->clause) {
      // An embedded clause: a completive or infinitive this verb governs is recorded by its own side.
      bool embedded = false;
      for (int32_t p = out_.clauses[out_.clause_of[t]].parent; p != kNone; p = out_.clauses[p].parent) {
        if (p == v->clause) embedded = true;
      }
      if (embedded) continue;
      break;
    }
    if (out_.verb_of[t] != kNone && out_.verb_of[t] != vi) {
      const VerbGroup& w = out_.verbs[out_.verb_of[t]];
      if (w.governor == vi && w.infinitive) {
        // An infinitive this verb governs; it continues this verb's zone.
        t = w.last - 1;
        continue;
      }
      break;
    }
    const int32_t np = out_.np_of[t];
    if (np == kNone || out_.nps[np].first != t) continue;
    const NounPhrase& p = out_.nps[np];
    // An inverted subject's own "de" phrases are not the verb's ("ce
    // qu'exigeait le président du Conseil").
    if (v->subject_inverted && out_.clauses[v->clause].kind == ClauseKind::kRelative && p.of_parent != kNone &&
        (p.of_parent == v->subject || (out_.nps[p.of_parent].of_parent == v->subject))) {
      t = p.last - 1;
      continue;
    }
    if (p.preposition != kNone) {
      if (v->passive && v->agent == kNone && Is(static_cast<uint32_t>(p.preposition), kWcPassiveBy)) v->agent = np;
      v->complements.push_back({ComplementKind::kNoun, p.preposition, np});
    }
    t = p.last - 1;
  }
  for (size_t w = 0; w < out_.verbs.size(); ++w) {
    const VerbGroup& g = out_.verbs[w];
    if (g.governor != vi) continue;
    if (g.infinitive) {
      int32_t marker = kNone;
      if (g.first > 0 && (tag(g.first - 1) == Tag::kPart || Is(g.first - 1, kWcInfinitiveMarker) || tag(g.first - 1) == Tag::kAdp)) {
        marker = static_cast<int32_t>(g.first - 1);
      }
      v->complements.push_back({ComplementKind::kInfinitive, marker, static_cast<int32_t>(w)});
    }
  }
  for (size_t c = 0; c < out_.clauses.size(); ++c) {
    const Clause& cl = out_.clauses[c];
    if (cl.kind == ClauseKind::kCompletive && cl.governor == vi) {
      v->complements.push_back({ComplementKind::kClause, cl.introducer, static_cast<int32_t>(c)});
    }
  }
}

void Analyzer::AssignArguments() {
  // Objects first: a subject search must step over other verbs' objects
  // ("the decision to avoid confrontation does not bring peace").
  object_of_.assign(out_.nps.size(), kNone);
  for (size_t w = 0; w < out_.verbs.size(); ++w) {
    VerbGroup& v = out_.verbs[w];
    const int32_t vi = static_cast<int32_t>(w);
    if (v.clause == kNone) v.clause = out_.clause_of[v.first];
    for (const auto& [later, earlier] : coordinated_) {
      if (later == vi && earlier != kNone) v.coordinated_with = earlier;
    }
    if (!v.copula && !v.passive) {
      v.object = FindObject(v);
      if (v.object != kNone) object_of_[v.object] = vi;
      // "gave Cuba a loan": the bare phrase between a ditransitive verb and
      // its object is the recipient.
      if (v.object != kNone && Is(v.head, kWcDitransitive) && out_.nps[v.object].first > v.last) {
        uint32_t f = out_.nps[v.object].first;
        while (f > v.last + 1 && tag(f - 1) == Tag::kNum) --f;  // "gives Cuba 25 mln dlr credit line"
        const int32_t ind = out_.np_of[f - 1];
        if (ind != kNone && ind != v.object) {
          const NounPhrase& p = out_.nps[ind];
          bool next_to_verb = p.first >= v.last;
          for (uint32_t t = v.last; next_to_verb && t < p.first; ++t) next_to_verb = tag(t) == Tag::kAdv;
          if (next_to_verb && p.preposition == kNone && !p.time && !p.relative && out_.clause_of[p.first] == v.clause) {
            v.indirect = ind;
          }
        }
      }
    }
  }
  // "ont chargé et blessé des avocats", "surrounded and shelled the town": a
  // verb with no object of its own, right before a coordinator and the verb
  // group it is coordinated with, shares that verb's object after it.
  for (size_t w = out_.verbs.size(); w-- > 1;) {
    const VerbGroup& u = out_.verbs[w];
    VerbGroup& v = out_.verbs[w - 1];
    if (u.object == kNone || u.passive || u.copula || u.infinitive || v.object != kNone || v.passive || v.copula ||
        v.reflexive || u.reflexive || v.infinitive || v.last >= n_ || u.first != v.last + 1 ||
        !Is(v.last, kWcCoordinator) || KeyIs(v.last, "but") || KeyIs(v.last, "mais") ||
        out_.nps[u.object].first < u.last || out_.nps[u.object].pronoun) {
      continue;
    }
    v.object = u.object;
    v.object_inherited = true;
  }
  for (size_t w = 0; w < out_.verbs.size(); ++w) {
    VerbGroup& v = out_.verbs[w];
    const int32_t vi = static_cast<int32_t>(w);
    if (!v.infinitive) {
      v.subject = FindSubject(v, vi);
      // "there is a debate": the expletive stands for the phrase after the verb.
      if (v.subject != kNone && Is(out_.nps[v.subject].head, kWcExpletive)) {
        v.subject = FindInvertedSubject(v);
        if (v.subject != kNone) {
          v.subject_inverted = true;
          if (v.object == v.subject) v.object = kNone;
        }
      }
      if (v.subject == kNone && v.coordinated_with == kNone) {
        const int32_t inverted = FindInvertedSubject(v);
        const bool after_punctuation = v.first > 0 && Punct(v.first - 1) && !KeyIs(v.first - 1, "(");
        if (inverted != kNone && (out_.clauses[v.clause].kind == ClauseKind::kIncise ||
                                  (Is(v.head, kWcReporting) && after_punctuation) ||
                                  t_[out_.nps[inverted].head].inverted_clitic)) {
          v.subject = inverted;
          v.subject_inverted = true;
          if (v.object == v.subject) v.object = kNone;
        }
      }
      if (v.subject == kNone && v.coordinated_with != kNone) {
        v.subject = out_.verbs[v.coordinated_with].subject;
        v.subject_inherited = v.subject != kNone;
      }
      // "ce qu'exigeait le président", "les mesures que réclame le
      // gouvernement": in a French "que" relative with no subject before the
      // verb, the phrase after it is the inverted subject and the relative
      // the object.
      const Clause& rc = out_.clauses[v.clause];
      if (v.subject == kNone && lang_.head_is_first_noun && !v.passive && !v.copula && rc.kind == ClauseKind::kRelative &&
          rc.introducer >= 0 && Is(static_cast<uint32_t>(rc.introducer), kWcComplementizer) &&
          out_.np_of[rc.introducer] != kNone && static_cast<uint32_t>(rc.introducer) < v.first) {
        // (The phrase after the verb may have been left out as the next
        // verb's subject: "les mesures que réclame le gouvernement ont été".)
        int32_t after = v.object;
        if ((after == kNone || after == out_.np_of[rc.introducer]) && v.last < n_ && out_.np_of[v.last] != kNone &&
            out_.nps[out_.np_of[v.last]].first == v.last) {
          after = out_.np_of[v.last];
        }
        if (after != kNone && after != out_.np_of[rc.introducer] && !out_.nps[after].pronoun && !out_.nps[after].time &&
            !out_.nps[after].relative && out_.nps[after].preposition == kNone) {
          v.subject = after;
          v.subject_inverted = true;
          if (v.object != kNone) object_of_[v.object] = kNone;
          v.object = out_.np_of[rc.introducer];
          object_of_[v.object] = vi;
        }
      }
      // A headline drops the subject of what it reports: "JAPAN SAYS WILL
      // PROTEST TO U.S.", "IRAN SAYS HAS NEW WEAPONS". A completive that opens
      // with its own verb, right after the reporting verb, has that verb's subject.
      if (v.subject == kNone && t_[v.first].headline && rc.kind == ClauseKind::kCompletive && v.governor != kNone &&
          out_.verbs[v.governor].last == v.first && out_.verbs[v.governor].finite != kNone) {
        // (Its own subject, elided, not one shared with a next act: "REAGAN
        // DENIES TOLD IRAN ..." is denied.)
        v.subject = out_.verbs[v.governor].subject;
      }
    } else if (v.governor != kNone) {
      v.subject = out_.verbs[v.governor].subject;
      v.subject_inherited = v.subject != kNone;
    }
    // A participial clause after a comma or a preposition ("..., arresting four
    // men", "en tuant six d'entre eux", "after meeting X") has the subject of
    // the finite verb before it.
    if (v.participle && v.subject == kNone && v.first > 0 &&
        (KeyIs(v.first - 1, ",") || tag(v.first - 1) == Tag::kAdp || tag(v.first - 1) == Tag::kSconj)) {
      for (size_t u = w; u-- > 0;) {
        const VerbGroup& main = out_.verbs[u];
        if (main.finite == kNone || main.subject == kNone) continue;
        v.subject = main.subject;
        v.subject_inherited = true;
        break;
      }
    }
    // "..., battling riot police and demanding the resignation of": a
    // participle coordinated with the participial clause before it shares
    // its subject.
    if (v.participle && v.subject == kNone && w > 0 && v.first > 0 && tag(v.first - 1) == Tag::kCconj) {
      const VerbGroup& before = out_.verbs[w - 1];
      if (before.participle && before.subject_inherited && before.subject != kNone && Gerund(before.head) == Gerund(v.head)) {
        v.subject = before.subject;
        v.subject_inherited = true;
      }
    }
    // "issued a statement criticising Russia", "attacked rebels fleeing the
    // city": a participle right after a verb's object modifies that object.
    if (!lang_.adjectives_follow && v.participle && v.subject == kNone && Gerund(v.head) && v.first == v.head && v.first > 0 &&
        out_.np_of[v.first - 1] != kNone && out_.nps[out_.np_of[v.first - 1]].preposition == kNone &&
        object_of_[out_.np_of[v.first - 1]] != kNone && object_of_[out_.np_of[v.first - 1]] != vi) {
      v.subject = out_.np_of[v.first - 1];
    }
    // "une résolution condamnant la Hongrie", "des manifestants réclamant sa
    // démission": a present participle right after a phrase (no comma)
    // says what that phrase does.
    if (v.participle && v.subject == kNone && lang_.adjectives_follow && Gerund(v.head) && v.first == v.head && v.first > 0 &&
        out_.np_of[v.first - 1] != kNone && !Punct(v.first - 1)) {
      int32_t np = out_.np_of[v.first - 1];
      while (out_.nps[np].of_parent != kNone && out_.nps[np].preposition != kNone &&
             Is(static_cast<uint32_t>(out_.nps[np].preposition), kWcOf)) {
        np = out_.nps[np].of_parent;
      }
      if (out_.nps[np].preposition == kNone && !out_.nps[np].time && !out_.nps[np].pronoun) v.subject = np;
    }
    if (v.object != kNone && v.object == v.subject) v.object = kNone;
    // "je me demande", "nous nous réjouissons": a clitic of the subject's
    // person is reflexive, not an object.
    if (v.object != kNone && v.subject != kNone && out_.nps[v.object].pronoun && out_.nps[v.subject].pronoun &&
        out_.verb_of[out_.nps[v.object].head] == static_cast<int32_t>(w) &&
        SamePerson(out_.nps[v.subject].head, out_.nps[v.object].head)) {
      v.object = kNone;
      v.reflexive = true;
    }
  }
  // "President Reagan, speaking in Washington, accused", "The premier,
  // visiting Tokyo, praised": an English present participle between commas
  // right after the subject of a later verb is that subject's act.
  for (size_t w = 0; w < out_.verbs.size() && !lang_.adjectives_follow; ++w) {
    VerbGroup& v = out_.verbs[w];
    if (!v.participle || v.subject != kNone || !Gerund(v.head) || v.first != v.head || v.first < 2 || !KeyIs(v.first - 1, ",") ||
        out_.np_of[v.first - 2] == kNone) {
      continue;
    }
    const int32_t np = Top(out_.np_of[v.first - 2]);
    if (out_.nps[np].preposition != kNone || out_.nps[np].time || object_of_[np] != kNone) continue;
    for (size_t u = w + 1; u < out_.verbs.size() && u <= w + 4; ++u) {
      if (out_.verbs[u].finite != kNone && out_.verbs[u].subject == np) {
        v.subject = np;
        v.subject_inherited = true;
        break;
      }
    }
  }
  // "Après avoir rencontré X, le ministre a ...", "Pour soutenir l'Ukraine,
  // l'Allemagne a ...", "a condamné l'Iran après avoir rencontré X": an
  // infinitive governed by no verb, after a clause preposition ("après",
  // "pour", "avant de", "sans"), has the subject of the finite verb it is
  // adjoined to: the one before it in the sentence, else the next one.
  for (size_t w = 0; w < out_.verbs.size(); ++w) {
    VerbGroup& v = out_.verbs[w];
    // (Also "après s'être entretenu avec X": a non-finite group the tagger left a participle.)
    // (And English "After meeting X, the minister condemned": a fronted gerund.)
    if (!(v.infinitive || (v.finite == kNone && v.head > v.first && Is(v.first, kWcReflexive)) ||
          (v.participle && v.finite == kNone && v.first == v.head && Gerund(v.head))) ||
        v.governor != kNone ||
        v.subject != kNone || v.first == 0) {
      continue;
    }
    uint32_t p = v.first - 1;
    if (p > 0 && Is(p, kWcInfinitiveMarker) && Is(p - 1, kWcAdverbialPrep)) --p;  // "avant de", "afin de"
    if (!Is(p, kWcAdverbialPrep) || tag(p) == Tag::kVerb || tag(p) == Tag::kNoun) continue;
    int32_t subject = kNone;
    for (size_t u = w; u-- > 0 && subject == kNone;) {
      const VerbGroup& m = out_.verbs[u];
      if (m.finite == kNone || m.subject == kNone) continue;
      // (Not past a sentence-level break: only the clause before the comma or the preposition.)
      if (out_.clauses[m.clause].kind != ClauseKind::kMain) break;
      subject = m.subject;
    }
    for (size_t u = w + 1; u < out_.verbs.size() && u <= w + 4 && subject == kNone; ++u) {
      const VerbGroup& m = out_.verbs[u];
      if (m.finite == kNone) continue;
      if (m.subject != kNone && out_.clauses[m.clause].kind == ClauseKind::kMain && !m.passive) subject = m.subject;
      break;
    }
    if (subject == kNone) continue;
    v.subject = subject;
    v.subject_inherited = true;
  }
  // "Arrivé à Damas lundi, le ministre turc a rencontré", "Soulignant que la
  // paix était en jeu, son homologue a exhorté": a French present participle
  // (or the participle of a verb of motion) opening the sentence has the
  // subject of the main clause after it. (Other past participles are passives
  // of that subject, below.)
  for (size_t w = 0; w < out_.verbs.size() && lang_.head_is_first_noun; ++w) {
    VerbGroup& v = out_.verbs[w];
    if (!v.participle || v.subject != kNone || !(Gerund(v.head) || Is(v.head, kWcUnaccusative) || v.reflexive)) continue;
    const int32_t subject = FrontedParticipleSubject(w);
    if (subject == kNone) continue;
    v.subject = subject;
    v.subject_inherited = true;
  }
  for (size_t w = 0; w < out_.verbs.size(); ++w) FindComplements(&out_.verbs[w], static_cast<int32_t>(w));
  // "le scrutin reconnu par les États-Unis mais contesté par le Venezuela",
  // "the plan backed by Washington": a bare past participle with an agent
  // is a passive whose subject is the phrase it follows.
  for (size_t w = 0; w < out_.verbs.size(); ++w) {
    VerbGroup& v = out_.verbs[w];
    // A headline's bare participle reads like a simple past ("U.S. contractor
    // arrested by Cuban officials"): one with no auxiliary and no object,
    // followed at once by "by", is that passive too.
    const bool headline_passive = !v.participle && !v.passive && v.first == v.head && v.finite == static_cast<int32_t>(v.head) &&
                                  v.object == kNone && (t_[v.head].verb_form & vf::kSimplePast) && v.head + 1 < n_ &&
                                  Is(v.head + 1, kWcPassiveBy) && v.subject != kNone;
    if ((!v.participle && !headline_passive) || v.passive || !Participle(v.head) || Gerund(v.head)) continue;
    int32_t agent = kNone;
    for (const Complement& k : v.complements) {
      if (k.kind == ComplementKind::kNoun && k.preposition != kNone && Is(static_cast<uint32_t>(k.preposition), kWcPassiveBy)) {
        agent = k.target;
        break;
      }
    }
    // "Reçu par le président syrien, le ministre turc a...", "Capturé en
    // septembre, le groupe a été...": a French past participle opening the
    // sentence is a passive whose patient is the main clause's subject.
    const int32_t fronted = lang_.head_is_first_noun && !Is(v.head, kWcUnaccusative) && v.subject == kNone ? FrontedParticipleSubject(w) : kNone;
    if (fronted != kNone) {
      v.passive = true;
      v.agent = agent;
      v.subject = fronted;
      v.subject_inherited = true;
      v.object = kNone;
      continue;
    }
    if (agent == kNone) {
      // "a French researcher arrested in Iran", "troops stationed in
      // Germany": in English a bare past participle right after a noun, with
      // no object, is a passive with no agent, the noun its patient (not its
      // doer). (French participles after a noun read as adjectives more
      // often: "l'attaque menée contre X" is the noun's event.)
      if (lang_.adjectives_follow || headline_passive || !v.participle || v.object != kNone || v.first == 0 ||
          v.first != v.head || out_.np_of[v.first - 1] == kNone ||
          !(tag(v.first - 1) == Tag::kNoun || tag(v.first - 1) == Tag::kPropn) ||
          out_.nps[out_.np_of[v.first - 1]].time || out_.nps[out_.np_of[v.first - 1]].pronoun) {
        continue;
      }
      v.passive = true;
      v.agent = kNone;
      v.subject = out_.np_of[v.first - 1];
      v.subject_inherited = false;
      continue;
    }
    int32_t patient = headline_passive ? v.subject : kNone;
    if (headline_passive) {
    } else if (v.first > 0 && tag(v.first - 1) == Tag::kCconj && v.coordinated_with != kNone &&
        out_.verbs[v.coordinated_with].passive && out_.verbs[v.coordinated_with].participle) {
      patient = out_.verbs[v.coordinated_with].subject;
    } else if (v.first > 0 && out_.np_of[v.first - 1] != kNone) {
      patient = out_.np_of[v.first - 1];
    } else if ((reduced_participle_[w] || (lang_.adjectives_follow && v.first == v.head)) && v.first > 1 && KeyIs(v.first - 1, ",") &&
               out_.np_of[v.first - 2] != kNone && out_.nps[Top(out_.np_of[v.first - 2])].preposition == kNone) {
      // (French too: "Le ministre turc, reçu par le président syrien, a critiqué".)
      patient = Top(out_.np_of[v.first - 2]);  // "Italian sailors, helped by divers, rescued"
    }
    // Passive either way: a participle has no object of its own, and with
    // no phrase before it ("..., mais contesté par X") its patient is unknown.
    v.passive = true;
    v.agent = agent;
    v.subject = patient;
    v.subject_inherited = false;
    v.object = kNone;
  }
}

}  // namespace

void Analyze(std::span<const TokenIn> tokens, const Language& language, SentenceSyntax* out) {
  Analyzer(tokens, language, out).Run();
}

}  // namespace parley::syntax
