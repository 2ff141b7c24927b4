// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Event patterns, roles (subject, object, passive), modality and the
// document's discourse state; and the trace behind `parley explain`.

#include "coding/document_coder.h"

#include <algorithm>
#include <array>

namespace parley::coding {

using morph::Pos;

uint32_t DocumentCoder::VerbGroupStart(uint32_t i, uint32_t s_first) const {
  // Left over auxiliaries, clitics, negation, modals and light adverbs:
  // "ne se sont pas encore", "has also", "a en retour".
  uint32_t start = i;
  uint32_t j = i;
  uint32_t loose = 0;  // other words crossed since the last auxiliary
  while (j > s_first) {
    const uint32_t p = j - 1;
    if (!keys_[p].word) break;
    const TokenInfo& info = infos_[p];
    if (info.mention >= 0) break;
    if (info.aux || (info.classes & (kWcReflexive | kWcNegation | kWcModal | kWcFutureAux | kWcConditionalAux))) {
      start = p;
      loose = 0;
    } else if ((info.classes & kWcLightAdverb) || ((info.pos & Pos::kAdverb) && !(info.pos & Pos::kVerb))) {
      // crossed, kept only if an auxiliary lies beyond
    } else if (loose < 2 && !IsVerbBoundary(p) && !(info.classes & (kWcDeterminer | kWcRelative | kWcCoordinator))) {
      ++loose;  // "en retour", "par ailleurs"
    } else {
      break;
    }
    j = p;
  }
  return start;
}

int32_t DocumentCoder::MentionStartingNear(uint32_t from, uint32_t s_last, uint32_t max_skip,
                                           bool allow_locations) const {
  uint32_t skipped = 0;
  for (uint32_t j = from; j < s_last; ++j) {
    if (infos_[j].mention >= 0) {
      const Mention& m = mentions_[infos_[j].mention];
      if (m.first != j) return -1;
      if (m.weak && !allow_locations) return -1;
      if (m.location && (!allow_locations || j != from)) {
        // "a reçu lundi à Varsovie le ministre ...": look past the place.
        if (++skipped > max_skip) return -1;
        j = m.last - 1;
        continue;
      }
      return infos_[j].mention;
    }
    // Quotation marks are transparent: threatened to "totally destroy" North Korea.
    const std::string_view key = keys_[j].key;
    if (key == "\"" || key == "«" || key == "»" || key == "'") continue;
    if (!keys_[j].word || IsVerbBoundary(j)) return -1;
    const uint64_t cls = infos_[j].classes;
    const bool light = IsLightBeforeTarget(j);
    if (cls & kWcPassiveBy) return -1;
    if (!light && (cls & kWcQuantity) && j + 1 < s_last && (infos_[j + 1].classes & kWcOf)) {
      // "plusieurs dizaines d'opposants", "thousands of protesters".
      if ((skipped += 2) > max_skip + 2) return -1;
      ++j;
      continue;
    }
    if (!light || ++skipped > max_skip) return -1;
  }
  return -1;
}

std::vector<int32_t> DocumentCoder::WithCompound(int32_t m) const {
  auto g = group_of_.find(m);
  if (g != group_of_.end()) return groups_[g->second];
  return {m};
}

void DocumentCoder::FindSubject(uint32_t group_start, uint32_t s_first, int depth, SubjectResult* out,
                                bool allow_weak) const {
  if (depth > kMaxSubjectDepth) return;
  const uint32_t stop = group_start > kMaxSubjectWalk + s_first ? group_start - kMaxSubjectWalk : s_first;
  uint32_t j = group_start;
  while (j > stop) {
    const uint32_t p = j - 1;
    const std::string_view key = keys_[p].key;
    if (!keys_[p].word && (key == ";" || key == ":" || key == "(" || key == ")")) return;
    const int32_t mi = infos_[p].mention;
    if (mi >= 0 && (mentions_[mi].location || (mentions_[mi].weak && !allow_weak))) {
      j = mentions_[mi].first;
      continue;
    }
    if (mi >= 0) {
      const Mention& m = mentions_[mi];
      // An object or a prepositional complement of something earlier is not
      // the subject: look past it.
      uint32_t before = m.first;
      while (before > s_first && (infos_[before - 1].classes & kWcDeterminer) &&
             !(infos_[before - 1].classes & (kWcOf | kWcTargetPrep))) {
        --before;
      }
      bool object = false;
      if (before > s_first) {
        const uint32_t b = before - 1;
        const TokenInfo& bi = infos_[b];
        object = (bi.verb && !bi.aux) ||
                 ((bi.pos & Pos::kPreposition) && !(bi.classes & kWcCoordinator) && !(bi.pos & Pos::kVerb)) ||
                 (bi.classes & (kWcTargetPrep | kWcOf | kWcPassiveBy | kWcClauseBreak));
        // "Des rebelles ont ...": a sentence-initial "des" is an article.
        if (b == s_first && (bi.classes & kWcDeterminer)) object = false;
        // "des dizaines de milliers de Serbes", "thousands of protesters":
        // a quantity heads the subject, so what it counts is the subject.
        if ((bi.classes & kWcOf) && b > s_first && (infos_[b - 1].classes & kWcQuantity)) object = false;
      }
      if (!object) {
        out->mentions = WithCompound(mi);  // "A et B" is a compound subject
        return;
      }
      j = before;
      continue;
    }
    if (IsVerbBoundary(p)) {
      // A verb before ours with no subject between: coordinated verbs share
      // the subject ("X a félicité Y, et s'est déclaré prêt ...").
      if (infos_[p].classes & kWcRelative) return;
      FindSubject(VerbGroupStart(p, s_first), s_first, depth + 1, out, allow_weak);
      return;
    }
    if (infos_[p].classes & kWcRelative) {
      // "X, qui a condamné Y": the subject is what the relative follows,
      // and nothing else ("le séisme qui a frappé le Maroc" has no actor).
      uint32_t q = p;
      if (q > s_first && keys_[q - 1].key == ",") --q;
      if (q > s_first && infos_[q - 1].mention >= 0 && !mentions_[infos_[q - 1].mention].location) {
        const int32_t antecedent = infos_[q - 1].mention;
        out->mentions = WithCompound(antecedent);
      }
      return;
    }
    j = p;
  }
}

bool DocumentCoder::AnchorReadingFits(const EventPattern& p, uint32_t i) const {
  // "la menace militaire", "le combat contre": a noun that is also a verb
  // form does not anchor a verb pattern unless it is read as a verb here.
  const KeyedToken& k = keys_[i];
  const TokenInfo& info = infos_[i];
  if (info.verb || !(info.pos & (Pos::kNoun | Pos::kAdjective))) return true;
  // Only an article, possessive or "de/of" right before makes it a noun
  // here ("la menace militaire", "le combat contre"); then only a noun
  // reading of the pattern word itself will do ("the talks with").
  if (i == 0 || !(infos_[i - 1].classes & (kWcDeterminer | kWcPossessive | kWcOf))) return true;
  for (int32_t alt : p.elements[p.anchor].alternative_ids) {
    if (alt == k.key_id) return true;
    for (uint8_t l = 0; l < k.lemma_count; ++l) {
      if (k.lemma_ids[l] == alt && (info.noun_lemmas & (1u << l))) return true;  // "in talks with"
    }
  }
  return false;
}

bool DocumentCoder::IsLightBeforeTarget(uint32_t j) const {
  const uint64_t cls = infos_[j].classes;
  const uint16_t pos = infos_[j].pos;
  return (cls & (kWcDeterminer | kWcTargetPrep | kWcLightAdverb | kWcTimePrep | kWcYesterday | kWcToday |
                 kWcTomorrow)) ||
         lex_.Weekday(keys_[j].key_id) || at_.tokens[j].kind == text::TokenKind::kNumber ||
         // "quatre diplomates", "indirect talks with": numerals and plain adjectives
         ((pos & (Pos::kNumeral | Pos::kAdjective)) && !(pos & (Pos::kNoun | Pos::kVerb | Pos::kProperNoun))) ||
         ((pos & Pos::kAdverb) && !(pos & (Pos::kNoun | Pos::kVerb | Pos::kPreposition)));
}

int32_t DocumentCoder::MentionAfterNounOf(uint32_t from, uint32_t s_last) const {
  // [light words] noun [adjective] de|of [article] MENTION
  uint32_t j = from;
  while (j < s_last && infos_[j].mention < 0 && keys_[j].word && IsLightBeforeTarget(j) &&
         !(infos_[j].classes & kWcTargetPrep)) {
    ++j;
  }
  if (j >= s_last || infos_[j].mention >= 0 || !(infos_[j].pos & Pos::kNoun) || infos_[j].verb) return -1;
  ++j;
  if (j < s_last && infos_[j].mention < 0 && (infos_[j].pos & Pos::kAdjective) && !(infos_[j].classes & kWcOf)) ++j;
  if (j >= s_last || !(infos_[j].classes & kWcOf)) return -1;
  const int32_t m = MentionStartingNear(j + 1, s_last, 1, false);
  return m >= 0 && !mentions_[m].weak ? m : -1;
}

bool DocumentCoder::IsFiniteVerb(uint32_t t) const {
  // A gap in a pattern does not cross another clause's verb ("said he would
  // go to Wellington" is not "say to"); infinitives and participles may be
  // crossed ("prêt à se rendre à Kiev pour rencontrer").
  const TokenInfo& info = infos_[t];
  if (info.aux) return !(info.verb_form & (morph::kPastParticiple | morph::kInfinitive));
  return info.verb && !(info.verb_form & (morph::kInfinitive | morph::kPastParticiple | morph::kPresentParticiple));
}

bool DocumentCoder::ElementMatches(const PatternElement& e, uint32_t t) const {
  for (int32_t alt : e.alternative_ids) {
    if (keys_[t].Matches(alt, true)) return true;
  }
  return false;
}

bool DocumentCoder::MatchRight(const EventPattern& p, size_t k, uint32_t pos, uint32_t s_last, bool passive,
                               PatternMatch* m, int* budget) const {
  if (k == p.elements.size()) return true;
  if (--*budget < 0) return false;
  const PatternElement& e = p.elements[k];
  if (e.kind == PatternElement::Kind::kWord) {
    const uint32_t max_gap = e.adjacent ? 0 : kMaxPatternGap;
    // Try every place the word fits, nearest first, so that "aide au
    // développement au Niger" finds the "au" that the slot after it needs.
    for (uint32_t t = pos + 1; t < s_last && t <= pos + 1 + max_gap; ++t) {
      if (ElementMatches(e, t)) {
        const uint32_t saved_right = m->right;
        m->right = t + 1;
        if (MatchRight(p, k + 1, t, s_last, passive, m, budget)) return true;
        m->right = saved_right;
      }
      if (IsClauseBreakPunct(keys_[t].key) || keys_[t].key == "," || IsFiniteVerb(t)) break;
    }
    return false;
  }
  // A place fills a slot only where the pattern's own preposition governs
  // it ("se rendre en +"), and never for statements or appeals ("a
  // indiqué à Paris" says where, not to whom).
  const bool places = !(p.code.rfind("01", 0) == 0 || p.code.rfind("02", 0) == 0);
  int32_t mention = MentionStartingNear(pos + 1, s_last, kMaxTargetSkip, places);
  // Praise, criticism and rejection aim at what an actor did: "a critiqué
  // l'élargissement de l'OTAN", "rejected the proposal of Kyiv".
  if (mention < 0 && e.kind == PatternElement::Kind::kTarget &&
      (p.code.rfind("05", 0) == 0 || p.code.rfind("11", 0) == 0 || p.code.rfind("12", 0) == 0)) {
    mention = MentionAfterNounOf(pos + 1, s_last);
  }
  if (mention >= 0) {
    int32_t& slot = e.kind == PatternElement::Kind::kTarget ? m->target : m->source;
    slot = mention;
    if (MatchRight(p, k + 1, mentions_[mention].last - 1, s_last, passive, m, budget)) return true;
    slot = -1;
  }
  // In the passive the direct object is the subject: "a été reçu par".
  if (passive && e.kind == PatternElement::Kind::kTarget && k == p.anchor + 1u) {
    return MatchRight(p, k + 1, pos, s_last, passive, m, budget);
  }
  return false;
}

bool DocumentCoder::MatchPattern(const EventPattern& p, uint32_t anchor, uint32_t s_first, uint32_t s_last,
                                 bool passive, PatternMatch* m) const {
  *m = PatternMatch{};
  m->left = anchor;
  m->right = anchor + 1;
  int budget = 64;  // bounded backtracking
  if (!MatchRight(p, p.anchor + 1, anchor, s_last, passive, m, &budget)) return false;
  // Left of the anchor: words before it are few ("se", "être prêt"), nearest first.
  uint32_t pos = anchor;
  for (size_t k = p.anchor; k-- > 0;) {
    const PatternElement& e = p.elements[k];
    const PatternElement& after = p.elements[k + 1];
    if (e.kind == PatternElement::Kind::kWord) {
      const uint32_t max_gap = after.adjacent ? 0 : kMaxPatternGap;
      bool found = false;
      for (uint32_t t = pos; t-- > s_first && t + 1 + max_gap >= pos;) {
        if (ElementMatches(e, t)) {
          pos = t;
          found = true;
          break;
        }
        if (IsClauseBreakPunct(keys_[t].key) || keys_[t].key == ",") break;
      }
      if (!found) return false;
      m->left = pos;
    } else {
      // A slot before the words: the mention that ends right there.
      if (pos == s_first || infos_[pos - 1].mention < 0) return false;
      const int32_t mention = infos_[pos - 1].mention;
      if (e.kind == PatternElement::Kind::kTarget) m->target = mention; else m->source = mention;
      pos = mentions_[mention].first;
    }
  }
  return true;
}

int DocumentCoder::DetectMode(uint32_t group_start, uint32_t anchor, uint32_t s_first) const {
  // Negation inside the verb group or right after the verb ("n'a pas", "did not").
  for (uint32_t t = group_start; t <= anchor + 1 && t < keys_.size(); ++t) {
    if (infos_[t].classes & kWcNegation) return static_cast<int>(Mode::kNegated);
  }
  // A negating verb governing ours: "a refusé de condamner", "declined to meet".
  for (uint32_t t = group_start, steps = 0; t > s_first && steps < 3; --t, ++steps) {
    if (infos_[t - 1].classes & kWcNegatingVerb) return static_cast<int>(Mode::kNegated);
  }
  for (uint32_t t = group_start; t <= anchor; ++t) {
    if (infos_[t].classes & kWcConditionalAux) return static_cast<int>(Mode::kConditional);
    if ((infos_[t].classes & kWcModal)) return static_cast<int>(Mode::kHypothetical);
    if ((IsVerbBoundary(t)) && (infos_[t].verb_form & morph::kConditional) && !(infos_[t].verb_form & morph::kPresent) &&
        !(infos_[t].verb_form & morph::kPastParticiple)) {
      return static_cast<int>(Mode::kConditional);
    }
  }
  // A modal just before the group: "pourrait rencontrer", "may visit".
  if (group_start > s_first && (infos_[group_start - 1].classes & kWcModal)) return static_cast<int>(Mode::kHypothetical);
  // A conditional clause earlier in the sentence: "si ...", "if ...".
  for (uint32_t t = group_start; t > s_first; --t) {
    if (infos_[t - 1].classes & kWcConditionalConj) return static_cast<int>(Mode::kConditional);
  }
  return static_cast<int>(Mode::kAsserted);
}

int DocumentCoder::DetectTense(uint32_t group_start, uint32_t anchor, uint32_t s_last) const {
  auto future = [&](uint32_t t) {
    const uint16_t vf = infos_[t].verb_form;
    return (infos_[t].classes & kWcFutureAux) ||
           ((vf & morph::kFuture) && !(vf & (morph::kPresent | morph::kSimplePast | morph::kPastParticiple)));
  };
  for (uint32_t t = group_start; t <= anchor; ++t) {
    if (future(t)) return 1;
  }
  if (group_start > 0 && (infos_[group_start - 1].classes & kWcFutureAux)) return 1;
  // A noun anchor takes the tense of the clause's verb: "La visite de X en
  // Algérie ... débutera jeudi".
  if (!infos_[anchor].verb && !infos_[anchor].aux) {
    for (uint32_t t = anchor + 1; t < s_last && t < anchor + 16; ++t) {
      if (IsClauseBreakPunct(keys_[t].key)) break;
      if (IsVerbBoundary(t) && IsFiniteVerb(t)) return future(t) ? 1 : -1;
    }
  }
  return -1;
}

bool DocumentCoder::IsGovernedInfinitive(uint32_t anchor, uint32_t group_start, uint32_t s_first) const {
  const uint16_t vf = infos_[anchor].verb_form;
  if (!(vf & morph::kInfinitive) || group_start != anchor || group_start == s_first) return false;
  // The infinitive marker right before: à, de, d', pour, to (with "afin de").
  const uint32_t before = group_start - 1;
  if (!(infos_[before].classes & kWcInfinitiveMarker)) return false;
  // ... and a verb or adjective governing it before that ("vise à", "prêt à"
  // is a pattern word, so it never gets here), quotes aside.
  uint32_t governor = before;
  while (governor > s_first && !keys_[governor - 1].word &&
         (keys_[governor - 1].key == "\"" || keys_[governor - 1].key == "«" || keys_[governor - 1].key == "»" ||
          keys_[governor - 1].key == "'")) {
    --governor;
  }
  return governor > s_first && keys_[governor - 1].word;
}

bool DocumentCoder::IsPassive(uint32_t group_start, uint32_t anchor, const EventPattern& pattern) const {
  if (!(infos_[anchor].verb_form & morph::kPastParticiple)) return false;
  bool has_target = false;
  for (const PatternElement& e : pattern.elements) has_target |= e.kind == PatternElement::Kind::kTarget;
  if (has_target && (pattern.anchor + 1u >= pattern.elements.size() ||
                     pattern.elements[pattern.anchor + 1].kind != PatternElement::Kind::kTarget)) {
    return false;
  }
  const PatternElement& anchor_element = pattern.elements[pattern.anchor];
  // Only a verb read as a verb is passive: "était ouverte à" is an adjective.
  bool verb_anchor = false;
  for (uint8_t l = 0; l < keys_[anchor].lemma_count; ++l) {
    if (!(infos_[anchor].verb_lemmas & (1u << l))) continue;
    for (int32_t alt : anchor_element.alternative_ids) verb_anchor |= keys_[anchor].lemma_ids[l] == alt;
  }
  if (!verb_anchor) return false;
  bool be = false;
  for (uint32_t t = group_start; t < anchor; ++t) {
    if (infos_[t].classes & kWcReflexive) return false;
    for (uint8_t l = 0; l < keys_[t].lemma_count; ++l) {
      be |= infos_[t].aux && (keys_[t].lemmas[l] == "etre" || keys_[t].lemmas[l] == "be");
    }
  }
  return be;
}

int32_t DocumentCoder::PartnerOf(const std::string& code) const {
  auto it = partner_.find(code);
  if (it != partner_.end()) return it->second;
  // "Moscou" after "M. Lavrov" talked with "M. Blinken": a country shares
  // the interlocutor of its own government.
  if (code.size() >= 3) {
    for (const auto& [known, partner] : partner_) {
      if (known.compare(0, 3, code, 0, 3) == 0) return partner;
    }
  }
  return -1;
}

void DocumentCoder::FindEvents(uint32_t s, std::vector<SentenceEvent>* out) {
  const text::Sentence& sent = at_.sentences[s];
  const uint32_t first = sent.first_token, last = sent.first_token + sent.token_count;
  const EventDictionary& dict = *pack_.events;
  // Stage 1: the best pattern at every anchor. Stage 2: where matches
  // overlap, the more specific one wins ("s'est dit prêt à ... rencontrer"
  // over "dire à"), so the outcome does not depend on which anchor comes first.
  struct Candidate {
    uint32_t anchor;
    const EventPattern* pattern;
    PatternMatch match;
    bool passive;
  };
  std::vector<Candidate> candidates;
  for (uint32_t i = first; i < last; ++i) {
    if (!keys_[i].word || infos_[i].mention >= 0) continue;
    // An auxiliary before its participle is not an event ("a" of "a reçu").
    if (infos_[i].aux && i + 1 < last && infos_[i + 1].verb) continue;
    std::array<const std::vector<uint32_t>*, 4> lists{};
    size_t nlists = 0;
    lists[nlists++] = dict.PatternsFor(keys_[i].key_id);
    for (uint8_t l = 0; l < keys_[i].lemma_count; ++l) {
      if (keys_[i].lemma_ids[l] != keys_[i].key_id) lists[nlists++] = dict.PatternsFor(keys_[i].lemma_ids[l]);
    }
    const EventPattern* best = nullptr;
    PatternMatch match;
    bool passive = false;
    const uint32_t anchor_group = VerbGroupStart(i, first);
    for (size_t li = 0; li < nlists; ++li) {
      if (lists[li] == nullptr) continue;
      for (uint32_t id : *lists[li]) {
        const EventPattern& p = dict.pattern(id);
        if (best != nullptr && p.specificity <= best->specificity) break;
        if (!AnchorReadingFits(p, i)) continue;
        const bool passive_voice = IsPassive(anchor_group, i, p);
        PatternMatch m;
        if (MatchPattern(p, i, first, last, passive_voice, &m)) {
          best = &p;
          match = m;
          passive = passive_voice && m.target < 0 && m.source < 0;
          break;
        }
      }
    }
    if (best != nullptr) candidates.push_back({i, best, match, passive});
  }
  std::vector<size_t> order(candidates.size());
  for (size_t c = 0; c < order.size(); ++c) order[c] = c;
  // Ties go to the more specific code ("0841" over "084"), then to the
  // match covering more words.
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const Candidate& x = candidates[a];
    const Candidate& y = candidates[b];
    if (x.pattern->specificity != y.pattern->specificity) return x.pattern->specificity > y.pattern->specificity;
    if (x.pattern->code.size() != y.pattern->code.size()) return x.pattern->code.size() > y.pattern->code.size();
    return x.match.right - std::min(x.match.left, x.anchor) > y.match.right - std::min(y.match.left, y.anchor);
  });
  std::vector<bool> kept(candidates.size(), false);
  for (size_t c : order) {
    const Candidate& x = candidates[c];
    const uint32_t x_left = std::min(x.match.left, x.anchor);
    bool overlaps = false;
    for (size_t d = 0; d < candidates.size() && !overlaps; ++d) {
      if (!kept[d]) continue;
      const Candidate& y = candidates[d];
      const uint32_t y_left = std::min(y.match.left, y.anchor);
      overlaps = x_left < y.match.right && y_left < x.match.right;
    }
    kept[c] = !overlaps;
    if (log_ != nullptr) {
      *log_ += "  s" + std::to_string(s) + " '" + std::string(keys_[x.anchor].key) + "' " + x.pattern->code + " (" +
               x.pattern->file.substr(x.pattern->file.rfind('/') + 1) + ":" + std::to_string(x.pattern->line) + ")" +
               (x.passive ? " passive" : "") + (overlaps ? " dropped: overlaps a more specific match" : "") + "\n";
    }
  }

  bool embedded = false;  // inside the complement of an appeal, demand, accusation...
  uint32_t clause_scan = first;
  for (size_t c = 0; c < candidates.size(); ++c) {
    if (!kept[c]) continue;
    const uint32_t i = candidates[c].anchor;
    const EventPattern* best = candidates[c].pattern;
    const PatternMatch& match = candidates[c].match;
    const bool passive = candidates[c].passive;
    for (; clause_scan < i; ++clause_scan) {
      // A new clause ends the embedding: "; ...", ": ...", ", qui a réclamé ...".
      if (keys_[clause_scan].key == ";" || keys_[clause_scan].key == ":" ||
          (infos_[clause_scan].classes & kWcRelative)) {
        embedded = false;
      }
    }
    const uint32_t left = match.left, right = match.right;
    const int32_t target = match.target, source = match.source;

    const uint32_t group_start = VerbGroupStart(left, first);
    int mode = DetectMode(group_start, i, first);
    // What is asked, intended, demanded, threatened, refused or accused
    // ("a demandé à X de garantir", "urged Y to send", "accused of
    // supplying") is not asserted: later verbs of the clause are embedded.
    if (mode == static_cast<int>(Mode::kAsserted) && embedded) mode = static_cast<int>(Mode::kHypothetical);
    const std::string_view root = std::string_view(best->code).substr(0, 2);
    // An infinitive complement ("viseraient à conclure un traité", "agreed
    // to sign", "pour discuter") is not itself asserted.
    if (mode == static_cast<int>(Mode::kAsserted) && IsGovernedInfinitive(i, group_start, first)) {
      mode = static_cast<int>(Mode::kHypothetical);
    }
    // A statement verb after a comma or quote with its subject after it is
    // an incise ("..., a indiqué le ministre"): it reports, it is not an act.
    if (root == "01" && group_start > first &&
        (keys_[group_start - 1].key == "," || keys_[group_start - 1].key == "\"" ||
         keys_[group_start - 1].key == "»")) {
      continue;
    }
    if (root == "02" || root == "03" || root == "10" || root == "11" || root == "12" || root == "13") embedded = true;
    if (mode != static_cast<int>(Mode::kAsserted) && !include_modal_) continue;
    const int tense = DetectTense(group_start, i, last);

    // Roles.
    std::vector<int32_t> sources, targets;
    SubjectResult subject;
    if (source >= 0) {
      sources = WithCompound(source);
    } else {
      FindSubject(group_start, first, 0, &subject, passive);
    }
    if (passive) {
      // "X a été reçu par Y": Y acts on X.
      int32_t agent = -1;
      // From the verb on: "a été accusée par Kiev d'avoir ..." puts par/by
      // before the pattern's last words.
      for (uint32_t t = i + 1; t < last && t < right + kMaxPassiveAgentDistance; ++t) {
        if (IsClauseBreakPunct(keys_[t].key)) break;
        if (infos_[t].classes & kWcPassiveBy) {
          agent = MentionStartingNear(t + 1, last, 2, false);
          break;
        }
      }
      if (agent < 0) continue;
      sources = WithCompound(agent);
      targets = subject.mentions;
    } else {
      if (source < 0) sources = subject.mentions;
      if (target >= 0) {
        targets = WithCompound(target);
      } else {
        const bool has_slot = std::any_of(best->elements.begin(), best->elements.end(), [](const PatternElement& e) {
          return e.kind == PatternElement::Kind::kTarget;
        });
        if (!has_slot) {
          const int32_t t = MentionStartingNear(right, last, kMaxTargetSkip, false);
          if (t >= 0) targets = WithCompound(t);
        }
      }
    }
    // Expand references to the actors they stand for, remembering which
    // words of this sentence stood for each (the evidence to show).
    std::unordered_map<int32_t, int32_t> shown_by;
    std::vector<int32_t> resolved_sources;
    auto expand = [&](const std::vector<int32_t>& in, std::vector<int32_t>* resolved, bool counterpart_of_sources) {
      for (int32_t m : in) {
        const Mention& mm = mentions_[m];
        std::vector<int32_t> actors;
        if (mm.kind == MentionKind::kCounterpart) {
          if (!counterpart_of_sources) continue;
          for (int32_t src : sources) {
            for (int32_t r : Referents(src)) {
              const int32_t partner = PartnerOf(mentions_[r].code);
              if (partner >= 0) actors.push_back(partner);
            }
          }
        } else {
          actors = Referents(m);
          // A pronoun target is not its own source: take the next antecedent.
          if (counterpart_of_sources && mm.kind == MentionKind::kPronoun && !mm.plural && !actors.empty()) {
            auto is_source = [&](int32_t a) {
              return std::any_of(resolved_sources.begin(), resolved_sources.end(),
                                 [&](int32_t s2) { return mentions_[s2].code == mentions_[a].code; });
            };
            if (is_source(actors.front())) {
              actors.clear();
              for (int32_t alt : mm.alternatives) {
                if (!is_source(alt)) {
                  actors.push_back(alt);
                  break;
                }
              }
            }
          }
        }
        for (int32_t r : actors) {
          resolved->push_back(r);
          shown_by.emplace(r, m);
        }
      }
    };
    std::vector<int32_t> src_actors, tgt_actors;
    expand(sources, &src_actors, false);
    resolved_sources = src_actors;
    expand(targets, &tgt_actors, true);
    int32_t location = -1;
    for (uint32_t t = first; t < last && location < 0; ++t) {
      if (infos_[t].mention >= 0 && mentions_[infos_[t].mention].location) location = infos_[t].mention;
    }
    // Domestic actors named by role alone ("la police", "des manifestants")
    // belong to the country of the actor on the other side, or else to the
    // country where it happens: "La police biélorusse a interpellé des
    // manifestants". Officials, courts and armies ("des responsables", "le
    // parquet") are not guessed.
    std::unordered_map<int32_t, std::string> inferred;
    auto infer = [&](std::vector<int32_t>& actors, const std::vector<int32_t>& other) {
      for (int32_t m : actors) {
        const Mention& mm = mentions_[m];
        if (!mm.code.empty() || mm.agent_code.empty() || !lex_.IsDomesticAgent(mm.agent_code)) continue;
        std::string country;
        for (size_t o = 0; country.empty() && o < other.size(); ++o) {
          const std::string& c = mentions_[other[o]].code;
          if (c.size() >= 3 && c.compare(0, 3, "IGO") != 0) country = c.substr(0, 3);
        }
        if (country.empty() && location >= 0 && mentions_[location].code.size() == 3) country = mentions_[location].code;
        if (!country.empty()) inferred[m] = country + mm.agent_code;
      }
    };
    infer(src_actors, tgt_actors);
    infer(tgt_actors, src_actors);
    auto code_of = [&](int32_t m) -> const std::string& {
      auto it = inferred.find(m);
      return it != inferred.end() ? it->second : mentions_[m].code;
    };
    auto shown = [&](int32_t actor) {
      auto it = shown_by.find(actor);
      return it == shown_by.end() ? actor : it->second;
    };
    std::erase_if(src_actors, [&](int32_t m) { return code_of(m).empty(); });
    std::erase_if(tgt_actors, [&](int32_t m) { return code_of(m).empty(); });
    if (src_actors.empty()) continue;
    // Drop targets that are the source itself ("le ministère russe" after a Russian minister).
    std::erase_if(tgt_actors, [&](int32_t t) {
      return std::any_of(src_actors.begin(), src_actors.end(), [&](int32_t s2) { return code_of(s2) == code_of(t); });
    });

    auto emit = [&](int32_t src, int32_t tgt) {
      if (code_of(src) == code_of(tgt)) return;
      SentenceEvent ev;
      ev.sentence = s;
      ev.source = code_of(src);
      ev.target = code_of(tgt);
      ev.code = best->code;
      // Meeting in a country that is neither side's is CAMEO 044.
      if (ev.code == "040" && location >= 0 && mentions_[location].code.size() == 3 &&
          ev.source.compare(0, 3, mentions_[location].code) != 0 &&
          ev.target.compare(0, 3, mentions_[location].code) != 0) {
        ev.code = "044";
      }
      ev.source_mention = shown(src);
      ev.target_mention = shown(tgt);
      ev.verb_first = left < group_start ? left : group_start;
      ev.verb_last = right;
      ev.mode = mode;
      ev.tense = tense;
      ev.location_mention = location;
      ev.anchor = i;
      out->push_back(std::move(ev));
    };
    auto remember_partners = [&](int32_t a, int32_t b) {
      partner_[code_of(a)] = b;
      partner_[code_of(b)] = a;
    };

    if (tgt_actors.empty() && best->reciprocal && src_actors.size() >= 2) {
      // "X et Y se sont entretenus": each with each.
      for (int32_t a : src_actors) {
        for (int32_t b : src_actors) {
          if (a != b) emit(a, b);
        }
      }
      remember_partners(src_actors[0], src_actors[1]);
      continue;
    }
    // Intentions (CAMEO 03) are always towards someone: with no target in
    // the sentence, the source's interlocutor ("and pledged aid").
    if (tgt_actors.empty() && (best->partner || root == "03")) {
      for (int32_t a : src_actors) {
        const int32_t p = PartnerOf(code_of(a));
        if (p >= 0) emit(a, p);
      }
      continue;
    }
    for (int32_t a : src_actors) {
      for (int32_t b : tgt_actors) {
        emit(a, b);
        if (best->reciprocal) emit(b, a);
        remember_partners(a, b);
      }
    }
  }
}

void DocumentCoder::Run(uint32_t first_sentence, std::vector<SentenceEvent>* out) {
  first_sentence_ = first_sentence;
  BuildKeys();
  MarkVerbs();
  for (uint32_t s = first_sentence; s < at_.sentences.size(); ++s) {
    sentence_first_mention_ = mentions_.size();
    BuildMentions(s);
    FindGroups(s);
    ResolveReferences(s);
    FindFrameEvents(s, out);
  }
}

std::string DocumentCoder::Trace(uint32_t first_sentence) const {
  std::string out;
  for (uint32_t s = first_sentence; s < at_.sentences.size(); ++s) {
    const text::Sentence& st = at_.sentences[s];
    out += "sentence " + std::to_string(s - first_sentence + 1) + ": " +
           std::string(text_.substr(st.begin, st.end - st.begin)) + "\n  tokens:";
    for (uint32_t t = st.first_token; t < st.first_token + st.token_count; ++t) {
      out += ' ';
      out.append(keys_[t].key);
      if (keys_[t].lemma_count > 0 && keys_[t].lemmas[0] != keys_[t].key) {
        out += '/';
        out.append(keys_[t].lemmas[0]);
      }
      if (infos_[t].aux) out += "[aux]";
      else if (infos_[t].verb) out += "[v]";
      if (infos_[t].mention >= 0) out += "{m" + std::to_string(infos_[t].mention) + "}";
    }
    out += "\n";
    for (size_t m = 0; m < mentions_.size(); ++m) {
      const Mention& mm = mentions_[m];
      if (mm.sentence != s) continue;
      static const char* kKinds[] = {"actor", "pronoun", "group", "counterpart"};
      out += "  m" + std::to_string(m) + " " + kKinds[static_cast<int>(mm.kind)] + " '" +
             std::string(text_.substr(at_.tokens[mm.first].begin, at_.tokens[mm.last - 1].end - at_.tokens[mm.first].begin)) +
             "' code=" + (mm.code.empty() ? "-" : mm.code);
      if (subject_position_[m]) out += " subject-position";
      if (!mm.referents.empty()) {
        out += " ->";
        for (int32_t r : mm.referents) out += " m" + std::to_string(r) + "(" + mentions_[r].code + ")";
      }
      out += "\n";
    }
  }
  return out;
}

}  // namespace parley::coding
