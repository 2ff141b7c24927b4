// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Events from frames over the sentence structure (docs/coding.md §5): each
// verb group, noun phrase and predicate adjective whose lemma triggers a
// frame is matched against its syntactic arguments (src/syntax); the most
// specific matching frame wins; its source and target come from the roles
// the frame names (by default the subject and the object), resolved to
// actor mentions; modality, reported speech and dates come from the verb
// group and the clause it sits in.

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "coding/document_coder.h"
#include "coding/time_expressions.h"

namespace parley::coding {

using morph::Pos;
using syntax::ComplementKind;
using syntax::kNone;

struct DocumentCoder::Roles {
  int32_t subject = kNone, object = kNone;   // NP indexes (a passive's agent and subject swapped in)
  std::vector<syntax::Complement> complements;
  std::vector<syntax::Complement> deeper;    // complements of governed infinitives, for phrase arguments
  int32_t vg = kNone;                        // the verb group they belong to, if any
  int32_t possessor_np = kNone;              // a noun's: the phrase itself when a possessor is in it ("Putin's decision")
  int32_t indirect = kNone;                  // a ditransitive verb's recipient ("gave Cuba a loan"), standing for "to Cuba"
};

struct DocumentCoder::FrameMatch {
  const EventFrame* frame = nullptr;
  int32_t source_np = kNone, target_np = kNone;  // from "$" and "+" slots
  // A complement the frame names by its head ("n:envoi/de:chars"): what the
  // act is about, so never the act's source ("l'envoi de chars en Ukraine").
  int32_t named_np = kNone;
  // An infinitive the frame names by its verb ("décider de:inf=rencontrer"): the act intended.
  int32_t named_inf = kNone;
  // The object (or passive subject) the frame names by its head ("prolonger obj:sanctions").
  int32_t named_obj = kNone;
  int specificity = -1;
};

void DocumentCoder::AnalyzeSyntax(uint32_t s) {
  const text::Sentence& sent = at_.sentences[s];
  SyntaxInput(lex_, at_, sent, forms_, &keys_, &syntax_input_);
  // A hyphenated pair of countries modifies its noun like an adjective ("the
  // U.S.-Soviet summit": not a name before a verb "summit").
  for (uint32_t t = sent.first_token; t < sent.first_token + sent.token_count; ++t) {
    const int32_t mi = infos_[t].mention;
    if (mi < 0 || mentions_[mi].dyad < 0) continue;
    syntax::TokenIn& in = syntax_input_[t - sent.first_token];
    in.pos = Pos::kAdjective;
    in.capitalized = false;
    // And the event noun it modifies, past up to two nouns, is a noun there
    // ("U.S.-Japanese talks that concluded", "a U.S.-Israeli trade meeting").
    if (lex_.adjectives_follow()) continue;
    const uint32_t end = sent.first_token + sent.token_count;
    for (uint32_t k = t + 1; k < end && k <= t + 3; ++k) {
      if (!(infos_[k].pos & Pos::kNoun) || infos_[k].mention >= 0) break;
      if (!FormOrLemma(k, [&](int32_t id) { return lex_.IsDyadEventNoun(id); })) continue;
      for (uint32_t n = t + 1; n <= k; ++n) {
        syntax::TokenIn& noun = syntax_input_[n - sent.first_token];
        noun.pos = static_cast<uint16_t>(noun.pos & ~(Pos::kVerb | Pos::kAuxiliary));
        noun.verb_form = 0;
      }
      break;
    }
  }
  // Inside an actor named by several words, a later word that can be a noun
  // is one: "battling riot police and demanding" has no verb "police".
  for (uint32_t t = sent.first_token + 1; t < sent.first_token + sent.token_count; ++t) {
    const int32_t mi = infos_[t].mention;
    if (mi < 0 || mi != infos_[t - 1].mention || mentions_[mi].dyad >= 0 || mentions_[mi].kind != MentionKind::kActor) continue;
    syntax::TokenIn& in = syntax_input_[t - sent.first_token];
    if (!(in.pos & Pos::kNoun) || !(in.pos & Pos::kVerb)) continue;
    in.pos = static_cast<uint16_t>(in.pos & ~Pos::kVerb);
    in.verb_form = 0;
  }
  syntax::Analyze(syntax_input_, syntax_language_, &syntax_);
  syntax_base_ = sent.first_token;
  // "Washington insisted that Japan boost imports", "hopes that Germany cut
  // its rates": a country's name the mention stage took for the modifier of
  // the word after it ("the Japan boost") is an actor when the syntax makes
  // that word a verb and the country its subject, just before it.
  for (const syntax::VerbGroup& v : syntax_.verbs) {
    if (v.subject == kNone || v.subject_inherited || v.subject_inverted || v.passive) continue;
    const syntax::NounPhrase& np = syntax_.nps[v.subject];
    if (np.preposition != kNone || np.pronoun) continue;
    const uint32_t head = syntax_base_ + np.head;
    const int32_t mi = infos_[head].mention;
    if (mi < 0 || !mentions_[mi].modifier_weak || mentions_[mi].last != syntax_base_ + v.head) continue;
    if (v.first != v.head) continue;  // the verb right after the name, with no auxiliary
    // Only at the head of a completive or adverbial clause ("that Japan
    // boost", "if Germany cut"): after an article or an adjective the name
    // modifies its noun whatever the syntax says ("the U.S. trade deficit").
    const uint32_t first = mentions_[mi].first;
    if (first <= sent.first_token || !(infos_[first - 1].classes & (kWcComplementizer | kWcSubordinator))) continue;
    mentions_[mi].weak = false;
    mentions_[mi].modifier_weak = false;
  }
}

DocumentCoder::Roles DocumentCoder::RolesOfVerb(int32_t vg) const {
  Roles r;
  const syntax::VerbGroup& v = syntax_.verbs[vg];
  r.vg = vg;
  if (v.passive) {
    // "X a été reçu par Y": Y is the logical subject, X the object.
    r.subject = v.agent;
    r.object = v.subject;
    // Without the agent and what hangs from it ("par le secrétaire général de l'ONU").
    std::vector<int32_t> agent_chain{v.agent};
    for (const syntax::Complement& c : v.complements) {
      if (c.kind != ComplementKind::kNoun) {
        r.complements.push_back(c);
        continue;
      }
      const int32_t parent = syntax_.nps[c.target].of_parent;
      // Only a "de"/"of" phrase hangs from the agent: "condamné par un tribunal
      // de Moscou à deux ans de prison" keeps "à deux ans" for the verb.
      const int32_t prep = syntax_.nps[c.target].preposition;
      const bool of_phrase = prep != kNone && (infos_[syntax_base_ + static_cast<uint32_t>(prep)].classes & kWcOf);
      if (c.target == v.agent ||
          (of_phrase && parent != kNone && std::find(agent_chain.begin(), agent_chain.end(), parent) != agent_chain.end())) {
        agent_chain.push_back(c.target);
        continue;
      }
      r.complements.push_back(c);
    }
  } else {
    r.subject = v.subject;
    r.object = v.object;
    r.indirect = v.indirect;
    r.complements = v.complements;
  }
  for (const syntax::Complement& c : v.complements) {
    if (c.kind != ComplementKind::kInfinitive) continue;
    for (const syntax::Complement& d : syntax_.verbs[c.target].complements) {
      if (d.kind == ComplementKind::kNoun) r.deeper.push_back(d);
    }
  }
  return r;
}

DocumentCoder::Roles DocumentCoder::RolesOfPhrase(int32_t np) const {
  // A noun's complements: the phrases with a preposition that follow it and
  // hang from it, directly or through one another ("la visite de X à Y").
  Roles r;
  // "Vladimir Putin's decision": the possessor stands where "of" would.
  for (uint32_t t = syntax_.nps[np].first; t < syntax_.nps[np].head; ++t) {
    if (infos_[syntax_base_ + t].classes & kWcPossessiveClitic) r.possessor_np = np;
  }
  std::vector<int32_t> chain{np};
  for (size_t k = static_cast<size_t>(np) + 1; k < syntax_.nps.size() && k <= static_cast<size_t>(np) + 6; ++k) {
    const syntax::NounPhrase& p = syntax_.nps[k];
    if (p.preposition == kNone || p.of_parent == kNone) break;
    if (std::find(chain.begin(), chain.end(), p.of_parent) == chain.end()) break;
    chain.push_back(static_cast<int32_t>(k));
    r.complements.push_back({ComplementKind::kNoun, p.preposition, static_cast<int32_t>(k)});
  }
  // "l'intention de fournir", "the decision to withdraw": an infinitive right after the noun.
  const uint32_t after = syntax_.nps[chain.back()].last;
  // "une enquête visant le ministre", "sanctions targeting Iran": a participle
  // after the noun stands for a preposition before its object.
  if (after < syntax_.verb_of.size() && syntax_.verb_of[after] != kNone) {
    const syntax::VerbGroup& w = syntax_.verbs[syntax_.verb_of[after]];
    if (w.first == after && w.finite == kNone && !w.infinitive && w.object != kNone) {
      r.complements.push_back({ComplementKind::kNoun, static_cast<int32_t>(w.head), w.object});
    }
  }
  if (after + 1 < syntax_.verb_of.size() && syntax_.verb_of[after + 1] != kNone &&
      (infos_[syntax_base_ + after].classes & kWcInfinitiveMarker)) {
    const int32_t vg = syntax_.verb_of[after + 1];
    if (syntax_.verbs[vg].infinitive && syntax_.verbs[vg].first == after + 1) {
      r.complements.push_back({ComplementKind::kInfinitive, static_cast<int32_t>(after), vg});
      for (const syntax::Complement& d : syntax_.verbs[vg].complements) {
        if (d.kind == ComplementKind::kNoun) r.deeper.push_back(d);
      }
    }
  }
  return r;
}

bool DocumentCoder::OtherActNoun(uint32_t token) const {
  const FrameDictionary& frames = *pack_.frames;
  const KeyedToken& k = keys_[token];
  bool other = false, saying = false;
  auto look = [&](int32_t id) {
    const std::vector<FrameDictionary::FrameRef>* list = frames.FramesFor(TriggerKind::kNoun, id);
    if (list == nullptr) return;
    for (const FrameDictionary::FrameRef& ref : *list) {
      (frames.frame(ref.id).code.compare(0, 2, "01") == 0 ? saying : other) = true;
    }
  };
  look(k.key_id);
  for (uint8_t l = 0; l < k.lemma_count; ++l) look(k.lemma_ids[l]);
  return other && !saying;
}

bool DocumentCoder::WillingnessWord(uint32_t token) const {
  return keys_[token].AnyId([&](int32_t id) { return lex_.IsWillingnessWord(id); });
}

bool DocumentCoder::SchedulingWord(uint32_t token) const {
  return keys_[token].AnyId([&](int32_t id) { return lex_.IsSchedulingWord(id); });
}

bool DocumentCoder::NamingUse(const syntax::VerbGroup& v) const {
  const uint32_t head = syntax_base_ + v.head;
  if (!keys_[head].AnyId([&](int32_t id) { return lex_.IsNamingVerb(id); })) return false;
  const uint32_t n = static_cast<uint32_t>(syntax_.tags.size());
  // "what Reagan called aggression", "ce que Moscou appelle une agression":
  // the verb's object is a free relative a few words before it.
  for (uint32_t t = v.first, steps = 0; t > 0 && steps < 5; --t, ++steps) {
    const std::string_view k = keys_[syntax_base_ + t - 1].key;
    if (k == "what" || ((k == "que" || k == "qu'") && t >= 2 && keys_[syntax_base_ + t - 2].key == "ce")) return true;
    if (k == "," || syntax_.tags[t - 1] == syntax::Tag::kVerb) break;
  }
  // "called Gorbachev a liar", "called it \"payments\"": a second phrase right
  // after the object, with no preposition, is what the object is called (not
  // a time: "called Gorbachev Monday").
  if (v.object == kNone) return false;
  const uint32_t after = syntax_.nps[v.object].last;
  if (after >= n) return false;
  const std::string_view k = keys_[syntax_base_ + after].key;
  if (k == "\"" || k == "«" || k == "“" || k == "'") return true;
  const int32_t next = syntax_.np_of[after];
  return next != kNone && next != v.object && syntax_.nps[next].first == after && syntax_.nps[next].preposition == kNone &&
         !syntax_.nps[next].time && !(infos_[syntax_base_ + after].classes & (kWcYesterday | kWcToday | kWcTomorrow));
}

bool DocumentCoder::CancellingVerb(const syntax::VerbGroup& v) const {
  return VerbIn(v, &Lexicon::IsCancellingVerb, lex_.cancelling_particle_verbs());
}

bool DocumentCoder::WantingVerb(const syntax::VerbGroup& v) const {
  return VerbIn(v, &Lexicon::IsWantingVerb, lex_.wanting_particle_verbs());
}

bool DocumentCoder::VerbIn(const syntax::VerbGroup& v, bool (Lexicon::*lemmas)(int32_t) const,
                           const std::vector<std::pair<int32_t, int32_t>>& particle_verbs) const {
  const uint32_t head = syntax_base_ + v.head;
  if (keys_[head].AnyId([&](int32_t id) { return (lex_.*lemmas)(id); })) return true;
  for (const auto& [lemma, particle] : particle_verbs) {
    if (!keys_[head].AnyId([&](int32_t id) { return id == lemma; })) continue;
    // The particle right after the verb or after its object ("put it off").
    for (uint32_t t = head + 1; t < head + 6 && t < syntax_base_ + syntax_.tags.size(); ++t) {
      if (keys_[t].key_id == particle) return true;
    }
  }
  return false;
}

bool DocumentCoder::HedgingWord(uint32_t token) const {
  return keys_[token].AnyId([&](int32_t id) { return lex_.IsHedgingWord(id); });
}

bool DocumentCoder::HasModifier(int32_t np, const std::vector<int32_t>& words) const {
  const syntax::NounPhrase& p = syntax_.nps[np];
  for (uint32_t t = p.first; t < p.last; ++t) {
    if (t != p.head && HeadIn(syntax_base_ + t, words, false)) return true;
  }
  return false;
}

int32_t DocumentCoder::DocumentIssuer(int32_t vg) const {
  // "une résolution condamnant la Hongrie", "un texte qui appelle Moscou à",
  // "le communiqué accuse Paris": a document acts for whoever issued it.
  const syntax::VerbGroup& v = syntax_.verbs[vg];
  if (v.passive || v.infinitive) return -1;
  int32_t np = v.subject;
  if (np != kNone && syntax_.nps[np].relative) {
    const syntax::Clause& cl = syntax_.clauses[v.clause];
    np = cl.kind == syntax::ClauseKind::kRelative ? cl.antecedent : kNone;
  }
  if (np == kNone && v.participle && v.first > 0) {
    // The phrase a participle follows, past its own "de" phrases.
    np = syntax_.np_of[v.first - 1];
    while (np != kNone && syntax_.nps[np].of_parent != kNone && syntax_.nps[np].preposition != kNone &&
           (infos_[syntax_base_ + static_cast<uint32_t>(syntax_.nps[np].preposition)].classes & kWcOf)) {
      np = syntax_.nps[np].of_parent;
    }
  }
  if (np == kNone || syntax_.nps[np].pronoun) return -1;
  if (!FormOrLemma(syntax_base_ + syntax_.nps[np].head, [&](int32_t id) { return lex_.IsDocumentNoun(id); })) return -1;
  // Its author named on it: "la résolution de l'ONU", "le texte adopté par le Parlement".
  if (const int32_t a = PhraseActor(np, true, false, false); a >= 0) return a;
  // The subject of the verb that issues it: "le Conseil a adopté une résolution condamnant".
  for (const syntax::VerbGroup& w : syntax_.verbs) {
    if (!FormOrLemma(syntax_base_ + w.head, [&](int32_t id) { return lex_.IsIssuingVerb(id); })) continue;
    if (!w.passive && w.object == np && w.subject != kNone) {
      const std::vector<int32_t> actors = SubjectActors(w.subject);
      if (!actors.empty()) return actors.front();
    }
    if (w.passive && w.subject == np && w.agent != kNone) {
      if (const int32_t a = PhraseActor(w.agent, false, false, false); a >= 0) return a;
    }
  }
  return -1;
}

bool DocumentCoder::AfterPhrase(int32_t np) const {
  const int32_t prep = syntax_.nps[np].preposition;
  if (prep == kNone) return false;
  return lex_.IsMeetingPreposition(keys_[syntax_base_ + static_cast<uint32_t>(prep)].key_id);
}

bool DocumentCoder::DuringPhrase(int32_t np) const {
  const int32_t prep = syntax_.nps[np].preposition;
  if (prep == kNone) return false;
  const uint32_t t = syntax_base_ + static_cast<uint32_t>(prep);
  if (infos_[t].classes & kWcDuringPrep) return true;
  // "lors de", "au cours de", "à l'occasion de", "en marge de".
  if (!(infos_[t].classes & kWcOf) || prep == 0) return false;
  uint32_t before = t - 1;
  if (before > syntax_base_ && (infos_[before].classes & kWcDeterminer)) --before;
  return (infos_[before].classes & kWcDuringPrep) != 0;
}

bool DocumentCoder::HeadIn(uint32_t token, const std::vector<int32_t>& lemmas, bool verb) const {
  const KeyedToken& k = keys_[token];
  // The ids the head answers to (its key, and its lemmas: for a verb those
  // of a verbal reading when it has one) are gathered once, so that a long
  // list costs one pass of plain comparisons.
  int32_t ids[1 + sizeof(KeyedToken::lemma_ids) / sizeof(int32_t)];
  uint32_t n = 0;
  ids[n++] = k.key_id;
  const uint8_t verb_lemmas = infos_[token].verb_lemmas;
  for (uint8_t l = 0; l < k.lemma_count; ++l) {
    if (((verb_lemmas >> l) & 1u) || !verb || verb_lemmas == 0) ids[n++] = k.lemma_ids[l];
  }
  for (int32_t id : lemmas) {
    for (uint32_t j = 0; j < n; ++j) {
      if (ids[j] == id) return true;
    }
  }
  return false;
}

bool DocumentCoder::DativeClitic(int32_t token) const {
  if (token == kNone) return false;
  const int32_t np = syntax_.np_of[static_cast<uint32_t>(token)];
  return np != kNone && syntax_.nps[np].head == static_cast<uint32_t>(token) && syntax_.nps[np].pronoun &&
         (infos_[syntax_base_ + static_cast<uint32_t>(token)].classes & kWcObjectClitic);
}

bool DocumentCoder::TargetPrepositionAt(int32_t token) const {
  if (token == kNone) return false;
  return (infos_[syntax_base_ + static_cast<uint32_t>(token)].classes & kWcTargetPrep) || DativeClitic(token);
}

bool DocumentCoder::PrepositionIn(int32_t token, const std::vector<int32_t>& words) const {
  if (token == kNone) return false;
  const uint32_t t = syntax_base_ + static_cast<uint32_t>(token);
  const int32_t id = keys_[t].key_id, base = lex_.Preposition(id);
  // "lui a demandé": the dative clitic is "à" + pronoun.
  if (DativeClitic(token)) {
    static thread_local const Vocabulary* cached_for = nullptr;
    static thread_local int32_t a_id = -1;
    if (cached_for != &vocabulary_) {
      cached_for = &vocabulary_;
      a_id = vocabulary_.Find("a");
    }
    return a_id >= 0 && std::find(words.begin(), words.end(), a_id) != words.end();
  }
  // A compound preposition ends in "de": "auprès de", written "auprès".
  const int32_t before = t > syntax_base_ && (infos_[t].classes & kWcOf) && syntax_.tags[token - 1] == syntax::Tag::kAdp
                             ? keys_[t - 1].key_id
                             : kNone;
  for (int32_t w : words) {
    if (w == id || w == base || (before != kNone && w == before)) return true;
    for (uint8_t l = 0; l < keys_[t].lemma_count; ++l) {
      if (keys_[t].lemma_ids[l] == w) return true;  // "visant" for "viser"
    }
  }
  return false;
}

bool DocumentCoder::Satisfy(const EventFrame& f, int32_t ai, const Roles& r, FrameMatch* m) const {
  const FrameArg& a = f.args[ai];
  auto slot = [&](int32_t np) {
    if (a.value == FrameArg::Value::kTarget) m->target_np = np;
    if (a.value == FrameArg::Value::kSource) m->source_np = np;
  };
  auto np_head = [&](int32_t np) { return syntax_base_ + syntax_.nps[np].head; };
  // "sent dozens of tanks", "bought 200,000 tonnes of wheat", "with hundreds
  // of vehicles": a quantity or a measure that is not itself a lemma the
  // frame asks for stands for what it counts (its "of" phrase, two deep).
  auto Counted = [&](int32_t np, const std::vector<int32_t>& lemmas) {
    for (int hop = 0; hop < 2 && !lemmas.empty() && !HeadIn(np_head(np), lemmas, false) &&
                      (infos_[np_head(np)].classes & kWcQuantity);
         ++hop) {
      const Roles q = RolesOfPhrase(np);
      if (q.complements.empty() || q.complements.front().kind != ComplementKind::kNoun) break;
      const int32_t prep = syntax_.nps[q.complements.front().target].preposition;
      if (prep == kNone || !(infos_[syntax_base_ + prep].classes & kWcOf)) break;
      np = q.complements.front().target;
    }
    return np;
  };
  switch (a.role) {
    case FrameArg::Role::kObject:
    case FrameArg::Role::kSubject: {
      const int32_t np = a.role == FrameArg::Role::kObject ? r.object : r.subject;
      if (np == kNone) return false;
      const int32_t counted = Counted(np, a.lemmas);
      if (!a.lemmas.empty() && !HeadIn(np_head(counted), a.lemmas, false)) return false;
      if (!a.modifiers.empty() && !HasModifier(counted, a.modifiers)) return false;
      if (a.inner >= 0 && !Satisfy(f, a.inner, RolesOfPhrase(counted), m)) return false;
      if (a.role == FrameArg::Role::kObject && !a.lemmas.empty()) m->named_obj = counted;
      slot(np);
      return true;
    }
    case FrameArg::Role::kPhrase: {
      // The first fitting complement; for a slot, the first that names an actor.
      int32_t fallback = kNone;
      // "praised Putin's decision" for "praised the decision of Putin":
      // before the complements of an infinitive after the noun.
      const bool possessor = r.possessor_np != kNone && a.value != FrameArg::Value::kPresent && a.inner < 0 &&
                             std::any_of(a.words.begin(), a.words.end(),
                                         [&](int32_t w) { return (lex_.SurfaceClasses(w) & kWcOf) != 0; }) &&
                             PhraseActor(r.possessor_np, false, true) >= 0;
      // (A statement's addressee is its own complement, not one of the
      // infinitive after it: "announced plans to impose tariffs of up to...".)
      const bool statement = f.code.compare(0, 2, "01") == 0;
      // "gave Cuba a loan" is "gave a loan to Cuba": a recipient fills an
      // argument of the dative preposition (a target preposition that also
      // marks infinitives: "to", "à").
      if (r.indirect != kNone && a.inner < 0 &&
          std::any_of(a.words.begin(), a.words.end(), [&](int32_t w) {
            const uint64_t c = lex_.SurfaceClasses(w);
            return (c & kWcTargetPrep) && (c & kWcInfinitiveMarker);
          })) {
        const int32_t counted = Counted(r.indirect, a.lemmas);
        if ((a.lemmas.empty() || HeadIn(np_head(counted), a.lemmas, false)) &&
            (a.modifiers.empty() || HasModifier(counted, a.modifiers)) &&
            (a.value == FrameArg::Value::kPresent || SlotActor(r.indirect, true, f.place) >= 0)) {
          slot(r.indirect);
          return true;
        }
      }
      for (const auto* list : {&r.complements, &r.deeper}) {
        if (list == &r.deeper && possessor) {
          slot(r.possessor_np);
          return true;
        }
        if (list == &r.deeper && statement) break;
        for (const syntax::Complement& c : *list) {
          if (c.kind != ComplementKind::kNoun || !PrepositionIn(c.preposition, a.words)) continue;
          // "said on his return from a visit to Japan", "said its loans to
          // Brazil were": a statement's addressee is not the complement of a
          // noun that names another act (one with frames, none of them 01).
          // (An "of" phrase is the actor behind a thing, not an addressee:
          // "sa préoccupation pour l'action du PP". A nested argument is no
          // addressee either: "a revendiqué une attaque contre un navire".)
          if (statement && !a.nested && list == &r.complements && syntax_.nps[c.target].of_parent != kNone &&
              c.preposition != kNone && !(infos_[syntax_base_ + c.preposition].classes & kWcOf) &&
              OtherActNoun(np_head(syntax_.nps[c.target].of_parent))) {
            continue;
          }
          // A date is no side of an act: "began a national strike on
          // Monday" is no strike on anyone (195 "strike on").
          if (a.lemmas.empty() && syntax_.nps[c.target].time) continue;
          const int32_t counted = Counted(c.target, a.lemmas);
          if (!a.lemmas.empty() && !HeadIn(np_head(counted), a.lemmas, false)) continue;
          if (!a.modifiers.empty() && !HasModifier(counted, a.modifiers)) continue;
          if (a.inner >= 0) {
            FrameMatch inner = *m;
            if (!Satisfy(f, a.inner, RolesOfPhrase(c.target), &inner)) continue;
            *m = inner;
          }
          if (a.value == FrameArg::Value::kPresent || SlotActor(c.target, true, f.place) >= 0) {
            slot(c.target);
            if (a.value == FrameArg::Value::kPresent && !a.lemmas.empty()) m->named_np = c.target;
            return true;
          }
          if (fallback == kNone) fallback = c.target;
        }
        if (fallback != kNone) break;
      }
      if (fallback == kNone) return false;
      slot(fallback);
      return true;
    }
    case FrameArg::Role::kInfinitive:
      for (const syntax::Complement& c : r.complements) {
        if (c.kind != ComplementKind::kInfinitive) continue;
        if (!a.words.empty()) {
          if (c.preposition == kNone) continue;
          const uint32_t t = syntax_base_ + static_cast<uint32_t>(c.preposition);
          const int32_t id = keys_[t].key_id;
          if (std::find(a.words.begin(), a.words.end(), id) == a.words.end() &&
              std::find(a.words.begin(), a.words.end(), lex_.Preposition(id)) == a.words.end()) {
            continue;
          }
        }
        if (!a.lemmas.empty() && !HeadIn(syntax_base_ + syntax_.verbs[c.target].head, a.lemmas, true)) continue;
        if (a.inner >= 0) {
          FrameMatch inner = *m;
          if (!Satisfy(f, a.inner, RolesOfVerb(c.target), &inner)) continue;
          *m = inner;
        }
        if (!a.lemmas.empty()) m->named_inf = c.target;
        return true;
      }
      return false;
    case FrameArg::Role::kClause:
      for (const syntax::Complement& c : r.complements) {
        if (c.kind != ComplementKind::kClause) continue;
        const int32_t verb = syntax_.clauses[c.target].verb;
        if (!a.lemmas.empty() && (verb == kNone || !HeadIn(syntax_base_ + syntax_.verbs[verb].head, a.lemmas, true))) {
          continue;
        }
        if (a.inner >= 0) {
          // "a annoncé qu'elle livrerait des chars à l'Ukraine": que:livrer/à:+
          if (verb == kNone) continue;
          FrameMatch inner = *m;
          if (!Satisfy(f, a.inner, RolesOfVerb(verb), &inner)) continue;
          *m = inner;
        }
        // "demanded that Japan open its markets", "condamne que Moscou ait
        // annexé": a "+" clause slot is the clause's subject.
        if (a.value == FrameArg::Value::kTarget && a.inner < 0) {
          // Only a named actor, never a pronoun ("insisted they would",
          // "alleging he suffered" are most often the speaker's own); else
          // the slot stays empty, as before.
          const int32_t subject = verb == kNone ? kNone : RolesOfVerb(verb).subject;
          // A demand's clause is what is demanded: a mandative verb, a bare
          // base form after a singular subject ("that Japan open", not
          // "insisted the leadership had made", "insist voters face") or
          // with "should", "must" ("that the government should avoid").
          if (subject != kNone && !syntax_.nps[subject].pronoun && PhraseActor(subject, false, false, false) >= 0 &&
              (!f.code.starts_with("10") || MandativeClause(syntax_.verbs[verb]))) {
            slot(subject);
          }
        }
        return true;
      }
      return false;
  }
  return false;
}

int DocumentCoder::TriggerIds(TriggerKind kind, const KeyedToken& k, const TokenInfo& info, int32_t ids[4]) {
  int n = 0;
  ids[n++] = k.key_id;
  for (uint8_t l = 0; l < k.lemma_count; ++l) {
    const bool verbal = (info.verb_lemmas >> l) & 1u;
    const bool nominal = (info.noun_lemmas >> l) & 1u;
    if ((kind == TriggerKind::kVerb && !verbal) || (kind != TriggerKind::kVerb && !nominal)) continue;
    if (k.lemma_ids[l] != k.key_id) ids[n++] = k.lemma_ids[l];
  }
  return n;
}

uint8_t DocumentCoder::FrameKinds(const KeyedToken& k, const TokenInfo& info) const {
  uint8_t kinds = 0;
  for (TriggerKind kind : {TriggerKind::kVerb, TriggerKind::kNoun, TriggerKind::kAdjective}) {
    int32_t ids[4];
    const int n = TriggerIds(kind, k, info, ids);
    for (int i = 0; i < n; ++i) {
      if (pack_.frames->FramesFor(kind, ids[i]) != nullptr) {
        kinds |= static_cast<uint8_t>(1u << static_cast<unsigned>(kind));
        break;
      }
    }
  }
  return kinds;
}

bool DocumentCoder::HasFrames(TriggerKind kind, uint32_t token) const {
  return (infos_[token].frame_kinds >> static_cast<unsigned>(kind)) & 1u;
}

bool DocumentCoder::MatchFrames(TriggerKind kind, uint32_t token, const Roles& roles, const syntax::VerbGroup* v,
                                FrameMatch* best, const std::vector<const EventFrame*>* skip) const {
  const FrameDictionary& frames = *pack_.frames;
  int32_t ids[4];
  const int n = TriggerIds(kind, keys_[token], infos_[token], ids);
  bool found = false;
  // The roles this trigger has, to pass over frames that need others.
  auto bit = [](FrameArg::Role r) { return static_cast<uint8_t>(1u << static_cast<unsigned>(r)); };
  uint8_t present = 0;
  if (roles.object != kNone) present |= bit(FrameArg::Role::kObject);
  if (roles.subject != kNone) present |= bit(FrameArg::Role::kSubject);
  for (const auto* list : {&roles.complements, &roles.deeper}) {
    for (const syntax::Complement& c : *list) {
      present |= c.kind == ComplementKind::kInfinitive ? bit(FrameArg::Role::kInfinitive)
                 : c.kind == ComplementKind::kClause   ? bit(FrameArg::Role::kClause)
                                                       : bit(FrameArg::Role::kPhrase);
    }
  }
  if (roles.possessor_np != kNone || roles.indirect != kNone) present |= bit(FrameArg::Role::kPhrase);
  // Per role, the lemma bits of the heads Satisfy() would test (key and
  // every lemma: a superset of what HeadIn accepts), for FrameRef's filter.
  // A possessor may fill a phrase slot without a head test: no filter there.
  uint64_t role_bits[5] = {0, 0, 0, 0, 0};
  const auto add_head = [&](FrameArg::Role role, uint32_t t) {
    uint64_t& b = role_bits[static_cast<unsigned>(role)];
    // A quantity stands for what it counts ("dozens of tanks", Satisfy's
    // Counted): any lemma may follow, so no filter on that role.
    if (infos_[t].classes & kWcQuantity) b = ~uint64_t{0};
    b |= FrameDictionary::LemmaBit(keys_[t].key_id);
    for (uint8_t l = 0; l < keys_[t].lemma_count; ++l) b |= FrameDictionary::LemmaBit(keys_[t].lemma_ids[l]);
  };
  if (roles.object != kNone) add_head(FrameArg::Role::kObject, syntax_base_ + syntax_.nps[roles.object].head);
  if (roles.subject != kNone) add_head(FrameArg::Role::kSubject, syntax_base_ + syntax_.nps[roles.subject].head);
  for (const auto* list : {&roles.complements, &roles.deeper}) {
    for (const syntax::Complement& c : *list) {
      if (c.kind == ComplementKind::kNoun) {
        add_head(FrameArg::Role::kPhrase, syntax_base_ + syntax_.nps[c.target].head);
      } else if (c.kind == ComplementKind::kInfinitive && list == &roles.complements) {
        add_head(FrameArg::Role::kInfinitive, syntax_base_ + syntax_.verbs[c.target].head);
      } else if (c.kind == ComplementKind::kClause && list == &roles.complements) {
        const int32_t verb = syntax_.clauses[c.target].verb;
        if (verb != kNone) add_head(FrameArg::Role::kClause, syntax_base_ + syntax_.verbs[verb].head);
      }
    }
  }
  if (roles.possessor_np != kNone) role_bits[static_cast<unsigned>(FrameArg::Role::kPhrase)] = ~uint64_t{0};
  if (roles.indirect != kNone) add_head(FrameArg::Role::kPhrase, syntax_base_ + syntax_.nps[roles.indirect].head);
  for (int i = 0; i < n; ++i) {
    const std::vector<FrameDictionary::FrameRef>* list = frames.FramesFor(kind, ids[i]);
    if (list == nullptr) continue;
    for (const FrameDictionary::FrameRef& ref : *list) {
      if (ref.specificity <= best->specificity) break;
      if (ref.needs & ~present) continue;
      if (ref.filter_role != FrameDictionary::kNoFilter && (ref.filter_bits & role_bits[ref.filter_role]) == 0) {
#ifdef PARLEY_CHECK_SHORTCUTS
        // The filter only passes over frames the long way rejects too.
        const EventFrame& rejected = frames.frame(ref.id);
        for (size_t a = 0; a < rejected.args.size(); ++a) {
          if (rejected.args[a].nested || rejected.args[a].lemmas.empty()) continue;
          FrameMatch scratch;
          if (Satisfy(rejected, static_cast<int32_t>(a), roles, &scratch)) {
            std::fprintf(stderr, "frame filter rejected %s:%d, whose argument %zu fits\n", rejected.file.c_str(),
                         rejected.line, a);
            std::abort();
          }
          break;
        }
#endif
        continue;
      }
      const bool reflexive = ref.flags & FrameDictionary::kRefReflexive;
      if (reflexive && (v == nullptr || !v->reflexive)) continue;
      const EventFrame& f = frames.frame(ref.id);
      if (skip != nullptr && std::find(skip->begin(), skip->end(), &f) != skip->end()) continue;
      if (ref.flags & FrameDictionary::kRefParticle) {
        // The particle right after the verb or after its object pronoun ("put
        // it out"), of a trigger word this reference stands for.
        bool found = false;
        for (const TriggerWord& w : f.triggers) {
          if (w.lemma != ids[i] || w.reflexive != reflexive || w.particle < 0) continue;
          for (uint32_t t = token + 1; t < token + 4 && t < keys_.size(); ++t) found |= keys_[t].key_id == w.particle;
        }
        if (!found) continue;
      }
      if (ref.flags & FrameDictionary::kRefTriggerModifiers) {
        const int32_t np = token >= syntax_base_ ? syntax_.np_of[token - syntax_base_] : kNone;
        if (kind != TriggerKind::kNoun || np == kNone || !HasModifier(np, f.trigger_modifiers)) continue;
      }
      FrameMatch m;
      bool ok = true;
      for (size_t a = 0; a < f.args.size() && ok; ++a) {
        if (!f.args[a].nested) ok = Satisfy(f, static_cast<int32_t>(a), roles, &m);
      }
      if (!ok) continue;
      m.frame = &f;
      m.specificity = f.specificity;
      *best = m;
      found = true;
      break;
    }
  }
  return found;
}

bool DocumentCoder::DyadFrame(int32_t np, FrameMatch* match, std::vector<int32_t>* sides) const {
  const syntax::NounPhrase& p = syntax_.nps[np];
  const uint32_t head = syntax_base_ + p.head;
  if (!FormOrLemma(head, [&](int32_t id) { return lex_.IsDyadEventNoun(id); })) return false;
  // Only an act the sentence tells: a subject, an object, a phrase of its
  // own, or one "during" which something is done. In any other phrase the
  // pair names an act as background ("since the end of the Iran-Iraq war",
  // "a veteran of the Iran-Iraq war", "depuis la guerre Iran-Irak").
  if (p.preposition != kNone && !DuringPhrase(np)) return false;
  // "the next U.S.-Japan meeting", "the planned U.S.-Soviet summit", "le
  // prochain sommet franco-allemand": an act yet to come is no act of the
  // news (its announcement is the intention the verb that announces it codes).
  // (Nor one only possible: "a possible U.S.-Soviet summit", where the
  // syntax may leave "possible" in a phrase of its own just before.)
  const uint32_t from = p.first >= 2 ? syntax_base_ + p.first - 2 : syntax_base_;
  for (uint32_t t = from; t < syntax_base_ + p.last; ++t) {
    if ((infos_[t].classes & kWcFutureMarker) || SchedulingWord(t) || HedgingWord(t)) return false;
  }
  // The pair: inside the phrase ("the U.S.-Soviet talks", "les pourparlers
  // russo-américains") or a name right after it ("la guerre Iran-Irak").
  int32_t side = -1;
  for (uint32_t t = syntax_base_ + p.first; t <= syntax_base_ + p.last && t < syntax_base_ + syntax_.tags.size(); ++t) {
    const int32_t mi = infos_[t].mention;
    if (mi >= 0 && mentions_[mi].dyad >= 0) {
      side = mi;
      break;
    }
  }
  if (side < 0) return false;
  const EventFrame* f = BetweenFrame(head);
  if (f == nullptr) return false;
  *match = FrameMatch{};
  match->frame = f;
  match->specificity = f->specificity;
  *sides = {side, mentions_[side].dyad};
  std::sort(sides->begin(), sides->end());
  return true;
}

const EventFrame* DocumentCoder::BetweenFrame(uint32_t head) const {
  // The noun's reciprocal frame whose one argument is its "between" slot
  // ("040 n:talks between:+ {recip}").
  const FrameDictionary& frames = *pack_.frames;
  int32_t ids[4];
  const int n = TriggerIds(TriggerKind::kNoun, keys_[head], infos_[head], ids);
  for (int i = 0; i < n; ++i) {
    const std::vector<FrameDictionary::FrameRef>* list = frames.FramesFor(TriggerKind::kNoun, ids[i]);
    if (list == nullptr) continue;
    for (const FrameDictionary::FrameRef& ref : *list) {
      const EventFrame& f = frames.frame(ref.id);
      if (!f.reciprocal || f.args.size() != 1 || !f.trigger_modifiers.empty()) continue;
      const FrameArg& a = f.args[0];
      if (a.role != FrameArg::Role::kPhrase || a.value != FrameArg::Value::kTarget || !a.lemmas.empty() || a.inner >= 0) {
        continue;
      }
      if (std::any_of(a.words.begin(), a.words.end(),
                      [&](int32_t w) { return (lex_.SurfaceClasses(w) & kWcReciprocalPrep) != 0; })) {
        return &f;
      }
    }
  }
  return nullptr;
}

bool DocumentCoder::MembersFrame(int32_t np, const Roles& roles, FrameMatch* match, std::vector<int32_t>* sides) const {
  const uint32_t head = syntax_base_ + syntax_.nps[np].head;
  if (!FormOrLemma(head, [&](int32_t id) { return lex_.IsDyadEventNoun(id); })) return false;
  // "a meeting of the foreign ministers of Greece and Turkey", "une réunion
  // des ministres de la France et de l'Allemagne": the noun's own "of"
  // phrase names two or more actors, who meet each other.
  for (const syntax::Complement& k : roles.complements) {
    if (k.kind != ComplementKind::kNoun || k.preposition == kNone) continue;
    if (syntax_.nps[k.target].of_parent != np) continue;
    if (!(infos_[syntax_base_ + static_cast<uint32_t>(k.preposition)].classes & kWcOf)) return false;
    const std::vector<int32_t> actors = PhraseActors(k.target, false, false);
    if (actors.size() < 2) return false;
    // (Not organisations: "the annual meetings of the IMF and the World
    // Bank" are their assemblies, not a meeting between them.)
    for (int32_t a : actors) {
      const Mention& m = mentions_[a];
      if (m.kind != MentionKind::kActor || m.organisation || m.code.compare(0, 3, "IGO") == 0 ||
          m.code.compare(0, 3, "NGO") == 0) {
        return false;
      }
    }
    const EventFrame* f = BetweenFrame(head);
    if (f == nullptr) return false;
    *match = FrameMatch{};
    match->frame = f;
    match->specificity = f->specificity;
    *sides = actors;
    return true;
  }
  return false;
}

bool DocumentCoder::HeadlineSidesFrame(int32_t np, FrameMatch* match, std::vector<int32_t>* sides) const {
  // "ZAIRE AND IMF IN ECONOMIC RESCUE TALKS", "India and Russia in energy
  // talks": a sentence with no finite verb, opening with two or more actors,
  // then "in" or "at" a noun of an act between sides. The actors are those
  // sides (organisations too: here they are parties, not assemblies).
  const syntax::NounPhrase& p = syntax_.nps[np];
  if (p.preposition == kNone || np == 0) return false;
  if (!(infos_[syntax_base_ + static_cast<uint32_t>(p.preposition)].classes & kWcCityLocative)) return false;
  const uint32_t head = syntax_base_ + p.head;
  if (!FormOrLemma(head, [&](int32_t id) { return lex_.IsDyadEventNoun(id); })) return false;
  for (const syntax::VerbGroup& v : syntax_.verbs) {
    if (v.finite != kNone || v.infinitive) return false;
  }
  const syntax::NounPhrase& first = syntax_.nps[0];
  if (first.preposition != kNone || first.first != 0 || first.last > p.first) return false;
  std::vector<int32_t> actors = PhraseActors(0, false, false);
  if (actors.size() < 2) return false;
  // Only the opening phrase and its coordinates: nothing else before "in".
  for (int32_t a : actors) {
    const Mention& m = mentions_[a];
    if (m.kind != MentionKind::kActor || m.location || m.code.empty()) return false;
  }
  const EventFrame* f = BetweenFrame(head);
  if (f == nullptr) return false;
  *match = FrameMatch{};
  match->frame = f;
  match->specificity = f->specificity;
  *sides = std::move(actors);
  return true;
}

int32_t DocumentCoder::PhraseActor(int32_t np, bool behind, bool allow_weak, bool allow_place) const {
  if (np == kNone) return -1;
  const syntax::NounPhrase& p = syntax_.nps[np];
  auto usable = [&](int32_t mi) {
    if (mi < 0) return false;
    const Mention& m = mentions_[mi];
    // A place is an actor only where a frame's slot asks for one ("s'est
    // rendu en France": the country visited).
    if (m.location) return (allow_place || (slot_places_ && m.country_place)) && m.code.size() >= 3;
    if (m.weak && !allow_weak) return false;
    if (m.dyad >= 0) return false;  // a side of a pair: only its event noun takes it (DyadFrame)
    return m.kind != MentionKind::kActor || !m.code.empty() || !m.agent_code.empty();
  };
  if (p.relative) {
    // "qui", "who": the phrase the relative clause hangs from.
    for (const syntax::Clause& c : syntax_.clauses) {
      if (c.introducer == static_cast<int32_t>(p.head) && c.antecedent != kNone && c.antecedent != np &&
          !syntax_.nps[c.antecedent].relative) {
        return PhraseActor(c.antecedent, behind, allow_weak, allow_place);
      }
    }
    return -1;
  }
  const uint32_t head = syntax_base_ + p.head;
  if (usable(infos_[head].mention)) return infos_[head].mention;
  // One meets, visits, arrests and tells people: a possessor of a common
  // noun that names no one ("to meet Indonesia's share", "told a news
  // conference West Germany's rate") owns a thing, and is not the one met or
  // told; so is a name that modifies such a noun ("welcomed a U.S. offer"
  // hosts no one). A noun of people or a body ("Iran's delegation", "Japan's
  // ruling party") is met through its owner, and so is a body a name
  // modifies ("a Senate subcommittee").
  const bool possessor_not_met =
      people_target_ && syntax_.tags[p.head] == syntax::Tag::kNoun && infos_[head].mention < 0 &&
      !(infos_[head].classes & (kWcGroupNoun | kWcQuantity)) &&
      !keys_[head].AnyId([&](int32_t id) { return lex_.IsOrganisationNoun(id) || lex_.IsMovementNoun(id); });
  // A possessor ("Indonesia's share"), or a modifier of a noun that names an
  // act of its own ("a U.S. offer": the offer is the U.S.'s; not "a Senate
  // subcommittee", nor "UAE President Sheikh Zaid", whose head is a name the
  // dictionary lacks).
  const bool head_names_act =
      possessor_not_met && !keys_[head].capitalized && !keys_[head].all_caps && HasFrames(TriggerKind::kNoun, head);
  for (uint32_t t = syntax_base_ + p.first; t < syntax_base_ + p.last; ++t) {
    if (possessor_not_met && t < head && infos_[t].mention >= 0) {
      uint32_t end = t;
      while (end + 1 < head && infos_[end + 1].mention == infos_[t].mention) ++end;
      if ((infos_[end + 1].classes & kWcPossessiveClitic) || head_names_act) {
        t = end;
        continue;
      }
    }
    if (usable(infos_[t].mention)) return infos_[t].mention;
  }
  // A name the dictionary does not know, with its description in apposition
  // ("János Veres, ministre hongrois des Finances, a signé"), or the first
  // coded member of a list it opens ("Les Verts, le SPD et la Gauche ont").
  // A description the dictionary cannot code, with a name between commas
  // after it, is described by that name ("The head of the department,
  // Attorney General Alberto Gonzales, resigned"): one hop, and only when a
  // comma closes the apposition (not "The attack, the army said, killed").
  bool named = false;
  for (uint32_t t = p.first; t < p.last; ++t) named |= syntax_.tags[t] == syntax::Tag::kPropn;
  bool described = false;
  if (!named && subject_apposition_ && p.preposition == kNone) {
    uint32_t t = p.last;
    // past the description's own "of" phrases
    while (t < syntax_.np_of.size() && syntax_.np_of[t] != kNone && syntax_.nps[syntax_.np_of[t]].of_parent != kNone &&
           syntax_.nps[syntax_.np_of[t]].preposition != kNone) {
      t = syntax_.nps[syntax_.np_of[t]].last;
    }
    if (t + 1 < syntax_.np_of.size() && keys_[syntax_base_ + t].key == ",") {
      const int32_t next = syntax_.np_of[t + 1];
      if (next != kNone && syntax_.nps[next].preposition == kNone && !syntax_.nps[next].time && !syntax_.nps[next].pronoun) {
        const syntax::NounPhrase& q = syntax_.nps[next];
        bool name = false;
        for (uint32_t u = q.first; u < q.last; ++u) name |= syntax_.tags[u] == syntax::Tag::kPropn;
        described = name && q.last < syntax_.np_of.size() && keys_[syntax_base_ + q.last].key == ",";
        if (described) {
          for (uint32_t u = syntax_base_ + q.first; u < syntax_base_ + q.last; ++u) {
            if (usable(infos_[u].mention)) return infos_[u].mention;
          }
        }
      }
    }
  }
  if (named && subject_apposition_ && p.preposition == kNone) {
    uint32_t t = p.last;
    for (int hop = 0; hop < 3 && t + 1 < syntax_.np_of.size(); ++hop) {
      const uint32_t sep = syntax_base_ + t;
      if (!(keys_[sep].key == "," || (infos_[sep].classes & kWcCoordinator))) break;
      const int32_t next = syntax_.np_of[t + 1];
      if (next == kNone || syntax_.nps[next].preposition != kNone || syntax_.nps[next].time ||
          syntax_.nps[next].relative || syntax_.nps[next].pronoun) {
        break;
      }
      const syntax::NounPhrase& q = syntax_.nps[next];
      for (uint32_t u = syntax_base_ + q.first; u < syntax_base_ + q.last; ++u) {
        if (usable(infos_[u].mention)) return infos_[u].mention;
      }
      t = q.last;
    }
  }
  // An object or target named by a name the dictionary does not know, with
  // its description in apposition closed by a comma or the sentence's end:
  // "a reçu Jean Martin, le président du Sénat, à Paris".
  if (named && !subject_apposition_ && p.preposition == kNone && !p.relative && !p.pronoun && p.last + 1 < syntax_.np_of.size() &&
      keys_[syntax_base_ + p.last].key == ",") {
    const int32_t next = syntax_.np_of[p.last + 1];
    if (next != kNone && syntax_.nps[next].first == p.last + 1 && syntax_.nps[next].preposition == kNone && !syntax_.nps[next].time &&
        !syntax_.nps[next].pronoun && !syntax_.nps[next].relative) {
      // The description ends past its own "de" phrases.
      uint32_t end = syntax_.nps[next].last;
      while (end < syntax_.np_of.size() && syntax_.np_of[end] != kNone && syntax_.nps[syntax_.np_of[end]].preposition != kNone &&
             syntax_.nps[syntax_.np_of[end]].of_parent != kNone) {
        end = syntax_.nps[syntax_.np_of[end]].last;
      }
      const bool closed = end >= syntax_.np_of.size() || keys_[syntax_base_ + end].key == "," || keys_[syntax_base_ + end].key == ".";
      if (closed) {
        for (uint32_t u = syntax_base_ + syntax_.nps[next].first; u < syntax_base_ + syntax_.nps[next].last; ++u) {
          if (usable(infos_[u].mention) && mentions_[infos_[u].mention].kind == MentionKind::kActor) return infos_[u].mention;
        }
      }
    }
  }
  // "le chef du PS", "the leader of Likud": a title no dictionary codes
  // ("chef", "leader") speaks for the party or body of its "de"/"of" phrase.
  if ((infos_[head].classes & kWcTitleNoun) && infos_[head].mention < 0 && !p.relative && !p.pronoun) {
    const Roles r = RolesOfPhrase(np);
    if (!r.complements.empty()) {
      const syntax::Complement& c = r.complements.front();
      const int32_t prep = syntax_.nps[c.target].preposition;
      if (prep != kNone && (infos_[syntax_base_ + prep].classes & kWcOf)) {
        const int32_t a = PhraseActor(c.target, false, allow_weak, false);
        // (Or the party's officer named with it: "le chef du ČSSD Jiří Paroubek".)
        if (a >= 0 && mentions_[a].kind == MentionKind::kActor && !mentions_[a].location &&
            (mentions_[a].organisation || mentions_[a].org_office)) {
          return a;
        }
      }
    }
  }
  // "l'attaque de Boko Haram", "un attentat des talibans", "an attack by the
  // Taliban": an armed group or force in an attack noun's first "de", "of" or
  // "by" phrase is its author; a country or a town there is where it struck
  // ("l'attaque de Kaboul", "the London bombings").
  if (infos_[head].mention < 0 && !p.relative && !p.pronoun && syntax_.tags[p.head] == syntax::Tag::kNoun &&
      AttackNoun(head)) {
    const Roles r = RolesOfPhrase(np);
    if (!r.complements.empty() && r.complements.front().kind == ComplementKind::kNoun) {
      const syntax::Complement& c = r.complements.front();
      const int32_t prep = syntax_.nps[c.target].preposition;
      if (prep != kNone && (infos_[syntax_base_ + prep].classes & (kWcOf | kWcPassiveBy))) {
        const int32_t a = PhraseActor(c.target, false, false, false);
        if (a >= 0 && mentions_[a].kind == MentionKind::kActor && !mentions_[a].location && !mentions_[a].capital &&
            !mentions_[a].people && !mentions_[a].weak) {
          const std::string& code = mentions_[a].code;
          bool armed = code.compare(0, 3, "IMG") == 0;  // "l'attentat d'Al-Qaïda": a militant group of no state
          for (size_t k = 3; k + 3 <= code.size(); k += 3) {
            const std::string_view role = std::string_view(code).substr(k, 3);
            armed |= role == "REB" || role == "INS" || role == "MIL" || role == "UAF" || role == "SEP";
          }
          if (armed) return a;
        }
      }
    }
  }
  // "des milliers de Serbes", "dozens of protesters": the quantity's "de"/"of" phrase.
  if (infos_[head].classes & kWcQuantity) {
    const Roles r = RolesOfPhrase(np);
    if (!r.complements.empty()) {
      const syntax::Complement& c = r.complements.front();
      const int32_t prep = syntax_.nps[c.target].preposition;
      if (prep != kNone && (infos_[syntax_base_ + prep].classes & kWcOf)) {
        return PhraseActor(c.target, behind, allow_weak, allow_place);
      }
    }
  }
  if (behind) {
    // "le discours prononcé par Obama", "the plan backed by Washington".
    for (const syntax::VerbGroup& w : syntax_.verbs) {
      if (w.participle && w.passive && w.subject == np && w.agent != kNone && w.first >= p.last) {
        const int32_t a = PhraseActor(w.agent, false, allow_weak, false);
        if (a >= 0) return a;
      }
    }
    // "les mesures que réclame le gouvernement", "le plan que propose Paris":
    // the subject of an object relative on the thing.
    for (const syntax::VerbGroup& w : syntax_.verbs) {
      if (w.clause == kNone || w.subject == kNone || w.passive || w.object == kNone || !syntax_.nps[w.object].relative) continue;
      const syntax::Clause& cl = syntax_.clauses[w.clause];
      if (cl.kind != syntax::ClauseKind::kRelative || cl.antecedent != np) continue;
      const int32_t a = PhraseActor(w.subject, false, allow_weak, false);
      if (a >= 0) return a;
    }
    // "les positions des rebelles", "the plan of Kyiv": the actor behind a thing.
    // Along a chain of "de" phrases: "la déclaration d'indépendance du
    // Kosovo", "la demande d'adhésion de la Palestine" (two hops at most).
    const Roles r = RolesOfPhrase(np);
    int32_t parent = np;
    for (size_t ci = 0; ci < r.complements.size() && ci < 2; ++ci) {
      const syntax::Complement& c = r.complements[ci];
      if (c.kind != ComplementKind::kNoun) break;
      const int32_t prep = syntax_.nps[c.target].preposition;
      // (And, first, its "entre"/"between" phrase: "a salué l'accord entre l'Éthiopie et l'Érythrée".)
      const uint64_t behind_preps = kWcOf | kWcPossessiveClitic | (ci == 0 ? kWcReciprocalPrep : 0);
      // "s'est dite préoccupée par la situation en Syrie", "a condamné les violences au Kenya": a
      // thing's first phrase "en"/"au" a country is the country it concerns (French).
      const std::string_view pk = prep != kNone ? keys_[syntax_base_ + prep].key : std::string_view();
      if (place_behind_ && ci == 0 && (pk == "en" || pk == "au" || pk == "aux") &&
          (infos_[syntax_base_ + prep].classes & kWcCountryLocative) && !(infos_[syntax_base_ + prep].classes & behind_preps)) {
        const int32_t a = PhraseActor(c.target, false, false, true);
        if (a >= 0 && mentions_[a].location && mentions_[a].country_place && !mentions_[a].code.empty()) return a;
        break;
      }
      if (prep == kNone || !(infos_[syntax_base_ + prep].classes & behind_preps)) break;
      if (ci > 0 && syntax_.nps[c.target].of_parent != parent) break;
      const int32_t a = PhraseActor(c.target, false, allow_weak, allow_place);
      if (a >= 0) return a;
      parent = c.target;
    }
  }
  return -1;
}

int32_t DocumentCoder::SlotActor(int32_t np, bool behind, bool allow_place) const {
  // A slot the frame names explicitly ("aid from Turkey": from:$) may be
  // filled by a country named where a place could be ("from Turkey").
  // (A meeting's, call's or statement's target is people, not a thing a
  // country adjective is on: "CALLS FOR JAPANESE GROWTH" calls no one.)
  slot_places_ = true;
  const int32_t m = PhraseActor(np, behind, !(people_target_ && !allow_place), allow_place);
  slot_places_ = false;
  return m;
}

std::vector<int32_t> DocumentCoder::SubjectActors(int32_t np) const {
  subject_apposition_ = true;
  std::vector<int32_t> actors = PhraseActors(np, false, false);
  subject_apposition_ = false;
  // "Several countries and the United States have criticised Japan": when
  // the first of coordinated bare phrases names no actor, a later one that
  // does is the subject's actor (up to three conjuncts, before the verb).
  if (actors.empty() && np != kNone && syntax_.nps[np].preposition == kNone && !syntax_.nps[np].pronoun) {
    const uint32_t n = static_cast<uint32_t>(syntax_.tags.size());
    uint32_t t = syntax_.nps[np].last;
    for (int k = 0; k < 3 && t + 1 < n; ++k) {
      const bool joint = syntax_.tags[t] == syntax::Tag::kCconj && (infos_[syntax_base_ + t].classes & kWcCoordinator);
      if (!joint && keys_[syntax_base_ + t].key != ",") break;
      const int32_t next = syntax_.np_of[t + 1];
      if (next == kNone || syntax_.nps[next].first != t + 1 || syntax_.nps[next].preposition != kNone ||
          syntax_.nps[next].pronoun || syntax_.nps[next].time || syntax_.nps[next].clause != syntax_.nps[np].clause) {
        break;
      }
      if (joint) {
        // (Only a subject: the verb follows the last conjunct, "... and the
        // United States have criticised"; not "cooperation between X, Y and Z".)
        const uint32_t after = syntax_.nps[next].last;
        if (after >= n || syntax_.verb_of[after] == kNone) break;
        subject_apposition_ = true;
        actors = PhraseActors(next, false, false);
        subject_apposition_ = false;
        break;
      }
      t = syntax_.nps[next].last;
    }
  }
  return actors;
}

std::vector<int32_t> DocumentCoder::PhraseActors(int32_t np, bool behind, bool allow_weak, bool allow_place) const {
  const int32_t m = PhraseActor(np, behind, allow_weak, allow_place);
  if (m < 0) return {};
  return WithCompound(m);
}

namespace {

// The role part of an actor code ("RUSGOV" -> "GOV"; "" for a bare country).
std::string_view RoleOf(std::string_view code) {
  if (code.size() < 6 || code.compare(0, 3, "IGO") == 0 || code.compare(0, 3, "NGO") == 0 || code.compare(0, 3, "IMG") == 0) {
    return {};
  }
  return code.substr(3, 3);
}

bool ArmedRole(std::string_view role) {
  return role == "MIL" || role == "REB" || role == "COP" || role == "UAF" || role == "SPY" || role == "CRM" ||
         role == "INS" || role == "SEP";
}

// CAMEO codes some acts by who does them: a state "protesting" complains
// officially (114), not in the street (14); political actors who "clash"
// or "fight" with no armed side do so in words (111).
std::string RecodeForActors(const std::string& code, std::string_view source, std::string_view target, bool bare_state) {
  const std::string_view src_role = RoleOf(source), tgt_role = RoleOf(target);
  // (`bare_state`: a bare country named as such, not a people, is its
  // state: "France protested over Canada's decision".)
  const bool state_source =
      src_role == "GOV" || src_role == "LEG" || src_role == "JUD" || source.compare(0, 3, "IGO") == 0 || bare_state;
  if (code.compare(0, 2, "14") == 0 && state_source && !target.empty()) return "114";
  if ((code == "190" || code == "193") && !target.empty() && !src_role.empty() && !tgt_role.empty() &&
      source.compare(0, 3, "IGO") != 0 && !ArmedRole(src_role) && !ArmedRole(tgt_role)) {
    return "111";
  }
  return code;
}

// The CAMEO code of announcing an act: the intention (03) for the
// cooperative roots, the threat (13) for the hostile ones. Empty: the act's
// own code stands (statements, appeals, intentions, investigations,
// demands, criticism, rejection and threats are speech already).
std::string_view AnnouncedCode(std::string_view code) {
  static const std::pair<std::string_view, std::string_view> kByPrefix[] = {
      // Longest prefixes first.
      {"0841", "0353"}, {"0842", "0353"}, {"0831", "0341"}, {"0832", "0342"}, {"0833", "0343"}, {"0834", "0344"},
      {"081", "0351"}, {"082", "0352"}, {"083", "034"}, {"084", "0353"}, {"085", "0354"}, {"086", "0355"},
      {"087", "0356"}, {"08", "035"},
      {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"07", "033"},
      {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"}, {"06", "031"},
      {"05", "032"}, {"04", "036"},
      {"14", "133"},
      {"15", "138"},
      {"161", "1313"}, {"162", "1311"}, {"163", "1312"}, {"16", "131"},
      {"172", "132"}, {"17", "137"},
      {"18", "1383"},
      {"191", "1381"}, {"192", "1382"}, {"19", "1384"},
      {"20", "1385"},
  };
  for (const auto& [prefix, announced] : kByPrefix) {
    if (code.starts_with(prefix)) return announced;
  }
  return {};
}

}  // namespace

int DocumentCoder::FrameMode(int32_t vg, uint32_t s_first, bool* announced, bool* willing) const {
  *announced = false;
  *willing = false;
  for (int depth = 0; vg != kNone && depth < 4; ++depth) {
    const syntax::VerbGroup& v = syntax_.verbs[vg];
    if (v.negated) return static_cast<int>(Mode::kNegated);
    // "will probably visit", "a peut-être rencontré": a hedging adverb in or
    // right before the group.
    for (uint32_t t = v.first > 0 ? v.first - 1 : 0; t < v.last; ++t) {
      if (syntax_.tags[t] == syntax::Tag::kAdv && HedgingWord(syntax_base_ + t)) return static_cast<int>(Mode::kHypothetical);
    }
    // "dès qu'un officiel formule une critique", "chaque fois que l'Iran
    // menace", "whenever Iran threatens": a present tense after a phrase of
    // recurrence, with no comma between, is a habit or a rule, not an act.
    if (depth == 0 && !v.past && !v.future && !v.conditional && !v.infinitive && v.finite != kNone) {
      for (uint32_t t = v.first; t-- > 0;) {
        const std::string_view k = keys_[syntax_base_ + t].key;
        if (k == "," || k == ";" || k == ":") break;
        const std::string_view before = t > 0 ? keys_[syntax_base_ + t - 1].key : std::string_view();
        const std::string_view before2 = t > 1 ? keys_[syntax_base_ + t - 2].key : std::string_view();
        if (k == "whenever" || ((k == "que" || k == "qu'") && (before == "des" || (before == "fois" && before2 == "chaque")))) {
          return static_cast<int>(Mode::kHypothetical);
        }
      }
    }
    if (depth == 0 && v.future) *announced = true;
    if (v.conditional) {
      // "a annoncé qu'il rencontrerait", "said it would send": the future
      // of a past report announces the act; any other conditional is not one.
      const syntax::Clause& c = syntax_.clauses[v.clause];
      // ("predicted that Iran would respond": foreseen, not announced.)
      const bool future_in_past = depth == 0 && c.kind == syntax::ClauseKind::kCompletive && c.governor != kNone &&
                                  syntax_.verbs[c.governor].past &&
                                  (infos_[syntax_base_ + syntax_.verbs[c.governor].head].classes & kWcReporting) &&
                                  !HedgingWord(syntax_base_ + syntax_.verbs[c.governor].head);
      if (!future_in_past) return static_cast<int>(Mode::kConditional);
      *announced = true;
    }
    // ("said it would send": "would" is the reported future, not a modal.)
    if (v.modal != kNone && !(*announced && v.conditional && depth == 0 &&
                              (infos_[syntax_base_ + v.modal].classes & kWcConditionalAux))) {
      return static_cast<int>(Mode::kHypothetical);
    }
    // "si", "if", and the "s'" of "s'il" (tagged a conjunction by the syntax stage).
    auto conditional = [&](const syntax::Clause& k) {
      if (k.kind != syntax::ClauseKind::kAdverbial || k.introducer == kNone) return false;
      const uint32_t t = syntax_base_ + static_cast<uint32_t>(k.introducer);
      return (infos_[t].classes & kWcConditionalConj) ||
             (keys_[t].key == "s'" && syntax_.tags[static_cast<uint32_t>(k.introducer)] == syntax::Tag::kSconj);
    };
    const syntax::Clause& c = syntax_.clauses[v.clause];
    if (conditional(c)) return static_cast<int>(Mode::kConditional);
    for (int32_t p = c.parent; p != kNone; p = syntax_.clauses[p].parent) {
      if (conditional(syntax_.clauses[p])) return static_cast<int>(Mode::kConditional);
    }
    // "Si la Russie attaque, la France condamnera": a condition on this clause.
    for (const syntax::Clause& sc : syntax_.clauses) {
      if (sc.parent == v.clause && conditional(sc)) return static_cast<int>(Mode::kConditional);
    }
    // "accused Azerbaijan of violating the ceasefire", "criticised Iran for
    // arming the rebels": a gerund after "of" or "for" is what is said of
    // someone, not an act the sentence asserts.
    // ("is considering buying", "contemplated sending": a gerund right after
    // a hedging verb is only thought of.)
    if (!v.infinitive && v.finite == kNone && v.first > 0 &&
        (infos_[syntax_base_ + v.first].verb_form & morph::VerbForm::kPresentParticiple) &&
        ((infos_[syntax_base_ + v.first - 1].classes & kWcOf) || keys_[syntax_base_ + v.first - 1].key == "for" ||
         (syntax_.tags[v.first - 1] == syntax::Tag::kVerb && HedgingWord(syntax_base_ + v.first - 1)))) {
      return static_cast<int>(Mode::kHypothetical);
    }
    if (v.infinitive) {
      // "Après avoir rencontré X, le ministre a ...", "après s'être entretenu
      // avec": a perfect infinitive after "après" tells a past fact.
      if (v.first > 0 && v.head > v.first && keys_[syntax_base_ + v.first - 1].key == "apres" &&
          (infos_[syntax_base_ + v.head].verb_form & morph::VerbForm::kPastParticiple)) {
        bool perfect = false;
        for (uint32_t t = v.first; t < v.head; ++t) {
          perfect |= (infos_[syntax_base_ + t].classes & (kWcPerfectAux | kWcPassiveAux)) != 0;
        }
        if (perfect) break;
      }
      // "s'est dit prêt à se rendre à Kiev", "is ready to send troops": an
      // act a predicate adjective looks forward to is announced.
      if (depth == 0 && v.first >= 2 && syntax_.tags[v.first - 2] == syntax::Tag::kAdj &&
          (infos_[syntax_base_ + v.first - 1].classes & kWcInfinitiveMarker) && WillingnessWord(syntax_base_ + v.first - 2)) {
        *announced = true;
        *willing = true;
      }
      // "a refusé de rencontrer": negated; "a demandé à X de partir", "agreed
      // to sign", "pour discuter": not asserted; but "a affirmé avoir
      // arrêté", "said to have killed" reports a fact.
      if (v.governor != kNone) {
        const uint32_t g = syntax_base_ + syntax_.verbs[v.governor].head;
        if (infos_[g].classes & kWcNegatingVerb) return static_cast<int>(Mode::kNegated);
        // "is expected to visit", "doit se rendre", "est attendu à", "is to
        // investigate" (a copula right before the marker): scheduled, so announced.
        const syntax::VerbGroup& gv = syntax_.verbs[v.governor];
        // "police believe the rebels to have", "the Board expects to sell",
        // "s'attend à signer": believed or foreseen; but "is expected to
        // visit", "est attendu à Paris" schedule (below).
        if (HedgingWord(g) && !(gv.passive && SchedulingWord(g))) return static_cast<int>(Mode::kHypothetical);
        const bool be_to = gv.copula && gv.last == v.first - 1 && v.first >= 1 &&
                           (infos_[syntax_base_ + v.first - 1].classes & kWcInfinitiveMarker) && gv.head + 1 == gv.last;
        if (depth == 0 && (SchedulingWord(g) || be_to)) {
          *announced = true;
          vg = v.governor;
          continue;
        }
        if (infos_[g].classes & (kWcReporting | kWcImplicative)) {
          // "told Congress to support", "repeated the need to finance": an
          // infinitive right after the verb's object is what the object is
          // to do or names, not what was done; "announced plans to visit"
          // schedules it.
          if (gv.object != kNone && v.first >= 1 && syntax_.nps[gv.object].last == v.first - 1 &&
              (infos_[syntax_base_ + v.first - 1].classes & kWcInfinitiveMarker)) {
            if (depth == 0 && SchedulingWord(syntax_base_ + syntax_.nps[gv.object].head)) {
              *announced = true;
              vg = v.governor;
              continue;
            }
            return static_cast<int>(Mode::kHypothetical);
          }
          // "decided not to travel", "managed not to meet": the infinitive's own negation.
          for (uint32_t t = gv.head + 1; t < v.first; ++t) {
            if (infos_[syntax_base_ + t].classes & kWcNegation) return static_cast<int>(Mode::kNegated);
          }
          vg = v.governor;
          continue;
        }
        // "La France est prête à envoyer": the announcement is asserted.
        if (*announced && syntax_.verbs[v.governor].copula) {
          vg = v.governor;
          continue;
        }
      }
      return static_cast<int>(Mode::kHypothetical);
    }
    // "rumours that", "speculation that", "l'hypothèse que": a hedging noun
    // before the clause, whatever verb (or none: "There were rumours that")
    // governs it, and whether the syntax took "that" for a relative or not.
    if (c.introducer != kNone && c.introducer > 0 &&
        syntax_.tags[c.introducer - 1] == syntax::Tag::kNoun && HedgingWord(syntax_base_ + c.introducer - 1)) {
      return static_cast<int>(Mode::kHypothetical);
    }
    if (c.kind == syntax::ClauseKind::kCompletive && c.governor != kNone) {
      // Reported speech keeps what is reported asserted (with its
      // attribution); a wish, a fear or a demand does not.
      const uint32_t g = syntax_base_ + syntax_.verbs[c.governor].head;
      // ("police believe that", "analysts predict that": believed, foreseen;
      // "denied that it attacked", "a nié que": negated — not a verb
      // sharing a subject, which may as well be the denier's next act.)
      if ((infos_[g].classes & kWcNegatingVerb) && !v.subject_inherited) return static_cast<int>(Mode::kNegated);
      if (!(infos_[g].classes & kWcReporting) || HedgingWord(g)) return static_cast<int>(Mode::kHypothetical);
      // "insisted that Syria withdraw", "insists that Iran release": an
      // English bare base form (no auxiliary, no -s) after a singular name
      // or noun subject is the mandative subjunctive, what is demanded.
      // (Only after a verb that takes one: a misread "the U.S. demand that
      // Japan lift" under "repeated" stays the report's.)
      const std::string_view governor = keys_[g].key;
      const bool mandative_governor = governor.starts_with("insist") || governor.starts_with("recommend") ||
                                      governor.starts_with("request") || governor.starts_with("stipulat");
      if (depth == 0 && mandative_governor && !lex_.adjectives_follow() && v.first == v.head && v.subject != kNone &&
          !v.subject_inherited) {
        const uint32_t h = syntax_base_ + v.head;
        const std::string_view verb = keys_[h].key;
        const syntax::NounPhrase& sp = syntax_.nps[v.subject];
        const uint32_t sh = syntax_base_ + sp.head;
        const std::string_view subject = keys_[sh].key;
        const bool base_only = (infos_[h].verb_form & morph::VerbForm::kInfinitive) &&
                               !(infos_[h].verb_form & (morph::VerbForm::kSimplePast | morph::VerbForm::kPastParticiple)) &&
                               !verb.empty() && verb.back() != 's';
        const bool singular = !sp.pronoun && !subject.empty() && subject.back() != 's' && subject != "police" &&
                              subject != "people" && subject != "military" && subject != "staff" && subject != "personnel" &&
                              subject != "media" && subject != "public" && subject != "government" && subject != "army";
        if (base_only && singular && (keys_[sh].capitalized || syntax_.tags[sp.head] == syntax::Tag::kPropn)) {
          return static_cast<int>(Mode::kHypothetical);
        }
      }
      vg = c.governor;  // "n'a pas dit que": the report's own mode
      continue;
    }
    break;
  }
  (void)s_first;
  return static_cast<int>(Mode::kAsserted);
}

bool DocumentCoder::MandativeClause(const syntax::VerbGroup& v) const {
  if (v.subject == kNone || v.subject_inherited) return false;
  if (v.modal != kNone) {
    const std::string_view modal = keys_[syntax_base_ + static_cast<uint32_t>(v.modal)].key;
    return modal == "should" || modal == "must" || modal == "doive" || modal == "doivent";
  }
  if (v.first != v.head) return false;
  const uint32_t h = syntax_base_ + v.head;
  const std::string_view verb = keys_[h].key;
  const syntax::NounPhrase& sp = syntax_.nps[v.subject];
  const std::string_view subject = keys_[syntax_base_ + sp.head].key;
  const bool base_only = (infos_[h].verb_form & morph::VerbForm::kInfinitive) &&
                         !(infos_[h].verb_form & (morph::VerbForm::kSimplePast | morph::VerbForm::kPastParticiple)) &&
                         !verb.empty() && verb.back() != 's';
  return base_only && !sp.pronoun && !subject.empty() && subject.back() != 's';
}

bool DocumentCoder::UnderConditionPhrase(uint32_t head) const {
  const auto& phrases = lex_.condition_phrases();
  const uint32_t n = static_cast<uint32_t>(syntax_.tags.size());
  // Where each condition phrase of the sentence starts and ends.
  std::vector<std::pair<uint32_t, uint32_t>> found;
  // "should U.S. sanctions materialise", "Were Iran to attack", "Had the
  // ceasefire held": an English auxiliary before its subject is a condition
  // ("if"). "should" + subject + base verb anywhere; "were" + subject + "to"
  // and "had" + subject + past participle only opening the sentence or after
  // a comma ("There were protests to", "were the first to" are no condition).
  // It binds the stretch around it up to a ";", ":" or "but" ("would appeal
  // for compensation or the right to retaliate should sanctions materialise":
  // an "or" stays inside what it conditions).
  std::vector<uint32_t> inversions;
  if (!lex_.adjectives_follow()) {
    for (uint32_t t = 0; t + 2 < n; ++t) {
      const std::string_view k = keys_[syntax_base_ + t].key;
      if (k != "should" && k != "were" && k != "had") continue;
      const int32_t s = syntax_.np_of[t + 1];
      if (s == kNone || syntax_.nps[s].first != t + 1 || syntax_.nps[s].time) continue;
      const uint32_t after = syntax_.nps[s].last;
      if (after >= n) continue;
      const uint32_t a = syntax_base_ + after;
      const bool opening = t == 0 || keys_[syntax_base_ + t - 1].key == ",";
      bool inverted = false;
      if (k == "should") {
        inverted = syntax_.tags[after] == syntax::Tag::kVerb && (infos_[a].verb_form & morph::VerbForm::kInfinitive);
      } else if (k == "were") {
        inverted = opening && after + 1 < n && (infos_[a].classes & kWcInfinitiveMarker) &&
                   syntax_.tags[after + 1] == syntax::Tag::kVerb;
      } else {
        inverted = opening && syntax_.tags[after] == syntax::Tag::kVerb &&
                   (infos_[a].verb_form & morph::VerbForm::kPastParticiple);
      }
      if (inverted) inversions.push_back(t);
    }
  }
  if (!inversions.empty()) {
    auto breaks = [&](uint32_t t) {
      const std::string_view k = keys_[syntax_base_ + t].key;
      return k == ";" || k == ":" || k == "but";
    };
    uint32_t first = head, last = head + 1;
    while (first > 0 && !breaks(first - 1)) --first;
    while (last < n && !breaks(last)) ++last;
    for (const uint32_t t : inversions) {
      if (t >= first && t < last) return true;
    }
  }
  for (uint32_t t = 0; t < n && !phrases.empty(); ++t) {
    if (!lex_.StartsConditionPhrase(keys_[syntax_base_ + t].key_id)) continue;
    for (const std::vector<int32_t>& p : phrases) {
      if (t + p.size() > n || keys_[syntax_base_ + t].key_id != p[0]) continue;
      bool all = true;
      for (size_t w = 1; w < p.size() && all; ++w) all = keys_[syntax_base_ + t + w].key_id == p[w];
      if (all) found.push_back({t, t + static_cast<uint32_t>(p.size())});
    }
  }
  if (found.empty()) return false;
  // The stretch of the sentence around the verb that no ";", ":" or "but"
  // ends (the "ou" of "au cas où" is the phrase's, no "or"): a condition
  // anywhere in it binds the verb, whether the verb is in the condition or
  // in what it conditions, before or after it.
  auto hard_break = [&](uint32_t t) {
    for (const auto& [a, b] : found) {
      if (t >= a && t < b) return false;
    }
    const std::string_view k = keys_[syntax_base_ + t].key;
    return k == ";" || k == ":" || (infos_[syntax_base_ + t].classes & kWcConjunction);
  };
  uint32_t first = head, last = head + 1;
  while (first > 0 && !hard_break(first - 1)) --first;
  while (last < n && !hard_break(last)) ++last;
  for (const auto& [a, b] : found) {
    if (a >= first && b <= last) return true;
  }
  return false;
}

int DocumentCoder::UngovernedNounMode(int32_t np, uint32_t s_first, bool* announced) const {
  const syntax::NounPhrase& p = syntax_.nps[np];
  const int32_t clause = syntax_.clause_of[p.first];
  for (size_t vi = syntax_.verbs.size(); vi-- > 0;) {
    const syntax::VerbGroup& v = syntax_.verbs[vi];
    if (v.last > p.first || syntax_.clause_of[v.head] != clause) continue;
    bool willing = false;
    return FrameMode(static_cast<int32_t>(vi), s_first, announced, &willing);
  }
  return static_cast<int>(Mode::kAsserted);
}

bool DocumentCoder::InEarlierYear(uint32_t token, int32_t np, int32_t vg) const {
  const uint32_t n = static_cast<uint32_t>(syntax_.tags.size());
  const uint32_t anchor = token - syntax_base_;
  const int32_t clause = syntax_.clause_of[anchor];
  auto is = [&](uint32_t t, uint64_t cls) { return (infos_[syntax_base_ + t].classes & cls) != 0; };
  auto any = [&](uint32_t t, auto pred) { return keys_[syntax_base_ + t].AnyId(pred); };
  auto year_noun = [&](uint32_t t) { return any(t, [&](int32_t id) { return lex_.IsYearNoun(id); }); };
  auto earlier = [&](uint32_t t) { return any(t, [&](int32_t id) { return lex_.IsEarlierWord(id); }); };
  // A four-digit year before the publication year ("1985", "1985/86").
  auto past_year = [&](uint32_t t) {
    const std::string_view k = keys_[syntax_base_ + t].key;
    if (k.size() < 4 || (k.size() > 4 && k[4] != '/')) return false;
    int y = 0;
    for (size_t i = 0; i < 4; ++i) {
      if (k[i] < '0' || k[i] > '9') return false;
      y = y * 10 + (k[i] - '0');
    }
    return y >= 1000 && y < publication_.year;
  };
  // Whose time a time phrase at `t` is: the nearest verb (or this noun)
  // before it ("a commitment made last year", "posted a deficit in 1986,
  // the minister told parliament"), else the first verb after it in its
  // clause ("Last year, France provided").
  // A time phrase set off by a comma right before its clause ("Last year,
  // France provided", "that, in 1848, the United States invaded") is the
  // next verb's, when that verb follows closely.
  // The verb group the act is told by: the trigger's own, or the one its noun depends on.
  int32_t told = vg;
  if (np == kNone) {
    for (size_t vi = 0; vi < syntax_.verbs.size() && told == kNone; ++vi) {
      if (syntax_.verbs[vi].head == anchor) told = static_cast<int32_t>(vi);
    }
  }
  // A time phrase after two coordinated verbs is both's ("removed exchange
  // controls and floated the dollar two years ago"): `owner` heads a verb
  // right after "and"/"et", sharing the act's subject.
  auto coordinated_owner = [&](int32_t owner) {
    if (told == kNone) return false;
    const syntax::VerbGroup& tv = syntax_.verbs[told];
    for (const syntax::VerbGroup& w : syntax_.verbs) {
      if (static_cast<int32_t>(w.head) != owner || w.first <= tv.head || !(w.coordinated_with == told || w.subject_inherited) ||
          w.first == 0 || syntax_.tags[w.first - 1] != syntax::Tag::kCconj) {
        continue;
      }
      // (Not when the first verb has a time of its own: "criticised Iran on
      // Monday and expelled its ambassador two years ago".)
      for (uint32_t q = tv.head + 1; q < w.first; ++q) {
        const int32_t id = keys_[syntax_base_ + q].key_id;
        if (lex_.Weekday(id) > 0 || lex_.Month(id) > 0 || is(q, kWcTimeNoun) || syntax_.tags[q] == syntax::Tag::kNum ||
            any(q, [&](int32_t i) { return lex_.IsYearNoun(i) || lex_.IsMonthSpanNoun(i); })) {
          return false;
        }
      }
      return true;
    }
    return false;
  };
  auto owned = [&](uint32_t t) {
    int32_t owner = -1, after = -1;
    for (const syntax::VerbGroup& v : syntax_.verbs) {
      if (v.head < t && static_cast<int32_t>(v.head) > owner) owner = static_cast<int32_t>(v.head);
      if (v.head > t && after < 0 && syntax_.clause_of[v.head] == clause) after = static_cast<int32_t>(v.head);
    }
    if (np != kNone && syntax_.nps[np].head < t && static_cast<int32_t>(syntax_.nps[np].head) > owner) {
      owner = static_cast<int32_t>(syntax_.nps[np].head);
    }
    if (owner < 0) owner = after;
    if (owner == static_cast<int32_t>(anchor) || (vg != kNone && owner == static_cast<int32_t>(syntax_.verbs[vg].head))) return true;
    return coordinated_owner(owner);
  };
  // A time phrase set off at the start of a clause ("Last year, France
  // provided", "the fact that, in 1848, the United States invaded", "qu'en
  // 1848, les États-Unis ont envahi") is the next verb's when that follows
  // closely — not a phrase ending another ("after a surplus in 1985, the
  // minister told").
  auto fronted = [&](uint32_t t) {
    if (t + 1 >= n || keys_[syntax_base_ + t + 1].key != ",") return false;
    int32_t p = static_cast<int32_t>(t) - 1;
    while (p >= 0 && p + 4 > static_cast<int32_t>(t) && keys_[syntax_base_ + p].key != "," &&
           !is(static_cast<uint32_t>(p), kWcComplementizer) &&
           (syntax_.tags[p] == syntax::Tag::kAdp || syntax_.tags[p] == syntax::Tag::kDet ||
            syntax_.tags[p] == syntax::Tag::kNum || syntax_.tags[p] == syntax::Tag::kAdj ||
            is(static_cast<uint32_t>(p), kWcPastMarker) || lex_.Month(keys_[syntax_base_ + p].key_id) > 0)) {
      --p;
    }
    if (p >= 0 && keys_[syntax_base_ + p].key != "," && !is(static_cast<uint32_t>(p), kWcComplementizer) &&
        syntax_.tags[p] != syntax::Tag::kSconj) {
      return false;
    }
    for (const syntax::VerbGroup& v : syntax_.verbs) {
      if (v.head > t) return v.head == anchor && v.head <= t + 8;
    }
    return false;
  };
  // "trois ans après le bombardement", "a year after the invasion of
  // Kuwait": an act named a span of years before what the sentence tells.
  if (np != kNone && syntax_.nps[np].preposition != kNone) {
    const uint32_t prep = static_cast<uint32_t>(syntax_.nps[np].preposition);
    const std::string_view k = keys_[syntax_base_ + prep].key;
    if ((k == "after" || k == "apres") && prep >= 1 && year_noun(prep - 1)) return true;
  }
  // A pluperfect of the narrative (not reported speech: "said Iraq had
  // attacked" is the report's news), "avait levé", "had bombed".
  bool pluperfect = false;
  if (told != kNone) {
    const syntax::VerbGroup& v = syntax_.verbs[told];
    const syntax::Clause& cl = syntax_.clauses[v.clause];
    if (!v.infinitive && v.head > v.first && (infos_[syntax_base_ + v.head].verb_form & morph::VerbForm::kPastParticiple) &&
        cl.kind != syntax::ClauseKind::kCompletive) {
      for (uint32_t t = v.first; t < v.head && !pluperfect; ++t) {
        pluperfect = is(t, kWcPerfectAux) &&
                     (infos_[syntax_base_ + t].verb_form & (morph::VerbForm::kImperfect | morph::VerbForm::kSimplePast));
      }
    }
  }
  // "Quand les nouvelles de l'affaire ont fait surface l'année dernière, M.
  // Ensign s'est excusé", "When news of the affair surfaced last year, Ensign
  // resigned": a when-clause of an earlier time dates the clause it is set in.
  if (told != kNone) {
    const int32_t tc = syntax_.verbs[told].clause;
    for (size_t ci = 0; ci < syntax_.clauses.size(); ++ci) {
      const syntax::Clause& w = syntax_.clauses[ci];
      if (static_cast<int32_t>(ci) == tc || w.kind != syntax::ClauseKind::kAdverbial || w.introducer == kNone || w.verb == kNone) continue;
      const std::string_view intro = keys_[syntax_base_ + w.introducer].key;
      if (intro != "when" && intro != "quand" && intro != "lorsque" && intro != "lorsqu'") continue;
      const bool fronted_main = syntax_.clauses[tc].kind == syntax::ClauseKind::kMain &&
                                static_cast<uint32_t>(w.introducer) < syntax_.verbs[told].first;
      if (w.parent != tc && !fronted_main) continue;
      if (syntax_.verbs[w.verb].head == anchor) continue;
      if (InEarlierYear(syntax_base_ + syntax_.verbs[w.verb].head, kNone, kNone)) return true;
    }
  }
  const std::string_view no_key;
  auto key = [&](uint32_t t) { return t < n ? keys_[syntax_base_ + t].key : no_key; };
  // "the 1994 Rwandan genocide", "the 2003 invasion of Iraq": a trigger noun
  // dated by an earlier year before it in its own phrase.
  if (np != kNone) {
    for (uint32_t q = syntax_.nps[np].first; q < syntax_.nps[np].head; ++q) {
      if (past_year(q) && (q + 1 >= n || key(q + 1) != "-")) return true;
    }
  }
  // "Zelaya, qui s'était rapproché de Chavez", "Khodorkovsky, who had funded
  // liberal opposition groups": a pluperfect verb in a relative clause is an
  // aside of earlier history.
  // (A relative pronoun opens it: not "reports that it had resumed talks",
  // which the syntax may take for a relative.)
  if (np == kNone && pluperfect && told != kNone &&
      syntax_.clauses[syntax_.verbs[told].clause].kind == syntax::ClauseKind::kRelative) {
    const int32_t intro = syntax_.clauses[syntax_.verbs[told].clause].introducer;
    if (intro != kNone && is(static_cast<uint32_t>(intro), kWcRelative)) return true;
  }
  // A sentence that opens with a time phrase of an earlier year, set off by
  // a comma ("In November 1979, a mob took over the embassy and held 52
  // diplomats hostage", "En 2009, les militants se montrent actifs,
  // multipliant les attaques", "In late 1985, Washington called on"): every
  // act it tells is of that time, but an incise (", the minister said").
  // Not "since 1980," / "depuis 1980," (up to now: the rule below).
  if (n > 3 && syntax_.tags[0] == syntax::Tag::kAdp && key(0) != "since" && key(0) != "depuis" &&
      syntax_.clauses[clause].kind != syntax::ClauseKind::kIncise) {
    uint32_t comma = 1;
    while (comma < n && comma <= 8 && key(comma) != ",") ++comma;
    if (comma < n && key(comma) == ",") {
      bool verb = false, year = false;
      for (uint32_t q = 1; q < comma; ++q) {
        verb |= syntax_.tags[q] == syntax::Tag::kVerb || syntax_.tags[q] == syntax::Tag::kAux;
        year |= past_year(q);
      }
      if (year && !verb && anchor > comma) return true;
    }
  }
  // "earlier", "auparavant", and "plus tôt" (at its "tôt").
  auto earlier_at = [&](uint32_t t) { return t < n && (earlier(t) || (key(t) == "tot" && t >= 1 && key(t - 1) == "plus")); };
  // The nearest verb (or this noun) before `t` is the act's: "has opposed it
  // in the past", "ont été passées sous silence pendant plusieurs mois".
  auto owned_before = [&](uint32_t t) {
    int32_t owner = -1;
    for (const syntax::VerbGroup& v : syntax_.verbs) {
      if (v.head < t && static_cast<int32_t>(v.head) > owner) owner = static_cast<int32_t>(v.head);
    }
    if (np != kNone && syntax_.nps[np].head < t && static_cast<int32_t>(syntax_.nps[np].head) > owner) {
      owner = static_cast<int32_t>(syntax_.nps[np].head);
    }
    // Close after it ("thanked Camdessus for the IMF's help to Kenya during
    // difficult times in the past" is the help's past, not the thanks').
    return owner >= 0 && t <= static_cast<uint32_t>(owner) + 8 &&
           (owner == static_cast<int32_t>(anchor) || (told != kNone && owner == static_cast<int32_t>(syntax_.verbs[told].head)));
  };
  // "the first talks for years", "the largest protests since 1979", "les
  // plus grandes manifestations depuis 1979": a comparison with the past,
  // the act itself is news.
  auto compared = [&](uint32_t t) {
    for (uint32_t q = t; q-- > 0 && t - q <= 6;) {
      const std::string_view k = key(q);
      if (k == "first" || k == "premier" || k == "premiere" || k == "premiers" || k == "premieres" || k == "most" ||
          k == "best" || k == "worst" || k == "record") {
        return true;
      }
      if (syntax_.tags[q] == syntax::Tag::kAdj && k.size() > 5 && k.substr(k.size() - 3) == "est") return true;
      if (k == "plus" && q + 1 < n && syntax_.tags[q + 1] == syntax::Tag::kAdj) return true;
    }
    return false;
  };
  // The verb group telling the act is a present or present perfect ("has
  // been fighting", "a combattu", "combat"), not a past, future or modal.
  bool told_present = false, told_past = false;
  if (told != kNone) {
    const syntax::VerbGroup& v = syntax_.verbs[told];
    const bool plain = !v.future && !v.conditional && v.modal == kNone && !v.infinitive && v.finite != kNone;
    told_present = plain && !pluperfect &&
                   (infos_[syntax_base_ + v.finite].verb_form & (morph::VerbForm::kImperfect | morph::VerbForm::kSimplePast)) == 0;
    told_past = plain && (v.past || pluperfect);
    // A standing adverb in the verb group ("a longtemps soutenu", "has long
    // opposed", "have traditionally backed") or right before its simple
    // verb ("traditionally opposes"): a standing relation, not an act.
    auto standing = [&](uint32_t t) {
      return syntax_.tags[t] == syntax::Tag::kAdv && any(t, [&](int32_t id) { return lex_.IsStandingAdverb(id); });
    };
    if (!v.future && !v.conditional && v.modal == kNone) {
      for (uint32_t t = v.first; t < v.head; ++t) {
        if (standing(t)) return true;
      }
      if (v.first > 0 && v.first == static_cast<uint32_t>(v.finite) && standing(v.first - 1) && key(v.first - 1) != "long") return true;
    }
  }
  // A background phrase of the act ("has opposed it in the past", "was
  // welcomed at the time", "à l'époque", "have been fighting for years",
  // "depuis des années"), after its verb or set off before its clause; not
  // one that goes on ("in the past two months", "at the time of the strike",
  // "for years to come"), nor a comparison ("the first talks for years").
  if (told != kNone || np != kNone) {
    for (uint32_t t = 0; t < n; ++t) {
      if (!lex_.StartsBackgroundPhrase(keys_[syntax_base_ + t].key_id)) continue;
      for (const std::vector<int32_t>& p : lex_.background_phrases()) {
        if (t + p.size() > n || keys_[syntax_base_ + t].key_id != p[0]) continue;
        bool all = true;
        for (size_t w = 1; w < p.size() && all; ++w) all = keys_[syntax_base_ + t + w].key_id == p[w];
        if (!all) continue;
        const uint32_t end = t + static_cast<uint32_t>(p.size());
        if (end < n) {
          const syntax::Tag next = syntax_.tags[end];
          if (is(end, kWcOf) || next == syntax::Tag::kNum || next == syntax::Tag::kNoun || next == syntax::Tag::kAdj ||
              next == syntax::Tag::kDet || key(end) == "to") {
            continue;
          }
        }
        // (Or inside the verb group: "has in the past rejected".)
        const bool inside = told != kNone && t > syntax_.verbs[told].first && end <= syntax_.verbs[told].head;
        if ((syntax_.clause_of[t] == clause && (owned_before(t) || inside)) || fronted(end - 1)) {
          if (!compared(t)) return true;
        }
      }
    }
  }
  for (uint32_t t = 0; t < n; ++t) {
    const int month = lex_.Month(keys_[syntax_base_ + t].key_id);
    if (month > 0 && !(t + 1 < n && is(t + 1, kWcPossessiveClitic)) && (syntax_.clause_of[t] == clause || fronted(t))) {
      // "last June", "en juin dernier" when that month is not yet come round
      // again at publication: a month of the year before.
      const bool last = (t >= 1 && is(t - 1, kWcPastMarker)) || (t + 1 < n && is(t + 1, kWcPastMarker));
      if (last && month >= publication_.month && (fronted(t) || owned(t))) return true;
      // "En octobre, Washington avait levé", "had bombed the terminal in
      // March": a month told in the pluperfect is before the news.
      if (pluperfect && (fronted(t) || owned(t))) return true;
    }
    // "Earlier this year Iran had attacked", "earlier this month" (not
    // "earlier on Tuesday", "earlier this week": the news's own days).
    // "Earlier this year Soros was pelted" (a simple past too: months
    // back, not the news's own weeks).
    if (told_past && !pluperfect && earlier_at(t) && syntax_.clause_of[t] == clause && t + 2 < n &&
        (key(t + 1) == "this" || key(t + 1) == "cette") && year_noun(t + 2) && (owned(t) || fronted(t + 2))) {
      return true;
    }
    if (pluperfect && earlier(t) && syntax_.clause_of[t] == clause && t + 2 < n &&
        (keys_[syntax_base_ + t + 1].key == "this" || keys_[syntax_base_ + t + 1].key == "cette" ||
         keys_[syntax_base_ + t + 1].key == "ce") &&
        (year_noun(t + 2) || keys_[syntax_base_ + t + 2].key == "month" || keys_[syntax_base_ + t + 2].key == "mois") &&
        owned(t)) {
      return true;
    }
  }
  for (uint32_t t = 0; t < n; ++t) {
    // French "il y a deux ans", "il y a des années": "y a" (an "avoir" the
    // syntax may take for a verb, in a clause of its own) and up to two
    // counting words before the year noun. The time is the verb's before "il
    // y a", or, set off at the start of the sentence or clause ("Il y a deux
    // ans, la Russie a attaqué"), the next one's.
    const bool month_span = any(t, [&](int32_t id) { return lex_.IsMonthSpanNoun(id); });
    if ((year_noun(t) || month_span) && !(t + 1 < n && is(t + 1, kWcPossessiveClitic))) {
      uint32_t q = t;
      while (q > 0 && t - q < 2 &&
             (syntax_.tags[q - 1] == syntax::Tag::kNum || syntax_.tags[q - 1] == syntax::Tag::kDet || is(q - 1, kWcGroupNumber))) {
        --q;
      }
      if (q >= 2 && keys_[syntax_base_ + q - 1].key == "a" && keys_[syntax_base_ + q - 2].key == "y") {
        uint32_t start = q - 2;
        if (start >= 1 && keys_[syntax_base_ + start - 1].key == "il") --start;
        const bool opens = start == 0 || keys_[syntax_base_ + start - 1].key == "," || is(start - 1, kWcComplementizer);
        if (opens && t + 1 < n && keys_[syntax_base_ + t + 1].key == ",") {
          for (const syntax::VerbGroup& v : syntax_.verbs) {
            if (v.head > t + 1) {
              if (v.head == anchor) return true;
              break;
            }
          }
        }
        if (owned(start)) return true;
      }
    }
    if (t >= 1 && past_year(t)) {
      // "has been fighting the government since 1976", "since June 1986",
      // "depuis 2005": a standing state up to now, told in the present or
      // present perfect (not "the largest protests since 1979"). ("since"
      // may open a clause of its own.)
      uint32_t s0 = t - 1;
      while (s0 > 0 && t - s0 < 3 && (lex_.Month(keys_[syntax_base_ + s0].key_id) > 0 || syntax_.tags[s0] == syntax::Tag::kNum ||
                                      key(s0) == "le" || key(s0) == "l'")) {
        --s0;
      }
      if ((key(s0) == "since" || key(s0) == "depuis") && told_present && (owned(s0) || fronted(t)) && !compared(s0)) return true;
    }
    const bool own_clause = syntax_.clause_of[t] == clause;
    if (!own_clause && !(year_noun(t) || past_year(t) || month_span)) continue;
    if (!own_clause && !fronted(t)) {
      int32_t owner = -1;
      for (const syntax::VerbGroup& v : syntax_.verbs) {
        if (v.head < t && static_cast<int32_t>(v.head) > owner) owner = static_cast<int32_t>(v.head);
      }
      if (!coordinated_owner(owner)) continue;
    }
    if (month_span && !year_noun(t)) {
      // "two months ago", "months earlier", "des mois plus tôt", "quelques
      // mois auparavant": an earlier time (not "last month", "le mois
      // dernier", nor "two months before the election").
      // "had already resigned last month", "avait démissionné le mois
      // dernier": a pluperfect with last month is before the news.
      if (pluperfect && ((t >= 1 && is(t - 1, kWcPastMarker)) || (t + 1 < n && is(t + 1, kWcPastMarker))) && (fronted(t) || owned(t))) {
        return true;
      }
      if ((t >= 1 && (is(t - 1, kWcDefinite) || is(t - 1, kWcPastMarker))) || (t + 1 < n && is(t + 1, kWcPossessiveClitic))) continue;
      bool ago = t + 1 < n && is(t + 1, kWcPastMarker);
      if (!ago && t + 1 < n && earlier(t + 1)) {
        const syntax::Tag next = t + 2 < n ? syntax_.tags[t + 2] : syntax::Tag::kPunct;
        ago = next != syntax::Tag::kDet && next != syntax::Tag::kNoun && next != syntax::Tag::kPropn && next != syntax::Tag::kNum;
      }
      ago = ago || (key(t + 1) == "plus" && earlier_at(t + 2));
      if (ago && (fronted(t) || owned(t) || (t + 2 < n && fronted(t + 2)))) return true;
      continue;
    }
    if (year_noun(t)) {
      // "last year", "l'an dernier", "two years ago", "a year earlier", "the
      // previous year", "l'année précédente"; not "last year's" (a thing of
      // that year), nor "the last year" (up to now).
      const bool possessive = t + 1 < n && is(t + 1, kWcPossessiveClitic);
      const bool marker_before = t >= 1 && is(t - 1, kWcPastMarker) && !(t >= 2 && is(t - 2, kWcDefinite));
      const bool marker_after = t + 1 < n && (is(t + 1, kWcPastMarker) || earlier(t + 1) || (key(t + 1) == "plus" && earlier_at(t + 2)));
      if (!possessive && (marker_before || marker_after || (t >= 1 && earlier(t - 1))) && (fronted(t) || owned(t))) return true;
      continue;
    }
    if (t >= 1 && past_year(t)) {
      // "in 1985", "en 2008", "le 17 novembre 2008": the time of the verb
      // it follows. "de 1994", "of 1985": the time of the noun it follows
      // only ("l'accord de 1994"), not "the 1994 accord" nor "since 1994"
      // (up to now).
      // (Not a clock time, "at 1530 GMT", nor a count, "in 1500 villages".)
      const bool counts = t + 1 < n && syntax_.tags[t + 1] == syntax::Tag::kNoun && !is(t + 1, kWcTimeNoun);
      // ("mars de 2007", "March of 2007": a month's year.)
      // ("the summer of 1984", "l'été de 2008": a season's.)
      const bool month_of = t >= 2 && is(t - 1, kWcOf) &&
                            (lex_.Month(keys_[syntax_base_ + t - 2].key_id) > 0 || is(t - 2, kWcTimeNoun));
      // ("depuis 1980" is up to now: the "since" rule above.)
      if (((is(t - 1, kWcCountryLocative) && !is(t - 1, kWcOf) && key(t - 1) != "depuis") || lex_.Month(keys_[syntax_base_ + t - 1].key_id) > 0 ||
           month_of) &&
          !counts && (fronted(t) || owned(t))) {
        return true;
      }
      if (is(t - 1, kWcOf) && np != kNone && syntax_.nps[np].last == t - 1) return true;
    }
    // "in the 1990s", "during the 1980s", "dans les années 1990": a decade
    // over before the publication year.
    {
      const std::string_view k = key(t);
      // (After "in", "during", "dans", "pendant", "durant": not "a helicopter for the 1990s".)
      auto within = [&](uint32_t q) {
        const std::string_view w = key(q);
        return w == "in" || w == "during" || w == "throughout" || w == "dans" || w == "pendant" || w == "durant";
      };
      const bool en_decade = k.size() == 5 && k[4] == 's' && k[3] == '0' && t >= 2 && is(t - 1, kWcDefinite) && within(t - 2);
      const bool fr_decade = k.size() == 4 && k[3] == '0' && t >= 3 && year_noun(t - 1) && is(t - 2, kWcDefinite) && within(t - 3);
      if (en_decade || fr_decade) {
        int y = 0;
        bool digits = true;
        for (size_t i = 0; i < 4; ++i) {
          digits &= k[i] >= '0' && k[i] <= '9';
          y = y * 10 + (k[i] - '0');
        }
        if (digits && y >= 1000 && y + 10 <= publication_.year && (owned(t) || fronted(t))) return true;
      }
    }
  }
  return false;
}

int32_t DocumentCoder::AttributionFor(int32_t vg) const {
  if (vg != kNone) {
    const syntax::VerbGroup& v = syntax_.verbs[vg];
    const syntax::Clause& c = syntax_.clauses[v.clause];
    if (c.kind == syntax::ClauseKind::kCompletive && c.governor != kNone) {
      const uint32_t g = syntax_base_ + syntax_.verbs[c.governor].head;
      if (infos_[g].classes & kWcReporting) {
        const int32_t a = PhraseActor(syntax_.verbs[c.governor].subject, false, false);
        if (a >= 0) return a;
      }
    }
    // ", a déclaré le ministre", "», said X": an incise later in the sentence.
    if (c.kind != syntax::ClauseKind::kIncise) {
      for (const syntax::VerbGroup& w : syntax_.verbs) {
        if (w.first <= v.first || syntax_.clauses[w.clause].kind != syntax::ClauseKind::kIncise) continue;
        const int32_t a = PhraseActor(w.subject, false, false);
        if (a >= 0) return a;
      }
    }
  }
  return sentence_attribution_;
}

void DocumentCoder::FindFrameEvents(uint32_t s, std::vector<SentenceEvent>* out) {
  const text::Sentence& sent = at_.sentences[s];
  const uint32_t first = sent.first_token, last = sent.first_token + sent.token_count;
  // Every event has a source among the sentence's mentions (an actor, a
  // pronoun, a group, a counterpart), or is a protest by people named by no
  // one at a place of the sentence: with neither, there is nothing to analyse.
  bool any_mention = false, any_place = false;
  for (size_t mi = sentence_first_mention_; mi < mentions_.size() && !any_mention; ++mi) {
    if (mentions_[mi].sentence != s) continue;
    any_mention = !mentions_[mi].location;
    any_place |= mentions_[mi].location;
  }
  places_only_ = !any_mention;
  if (!any_mention && !any_place) {
    if (log_ != nullptr) *log_ += "  s" + std::to_string(s) + ": no actor, not analysed\n";
    return;
  }
  // Every event comes from a verb, noun or adjective that some frame is keyed
  // on: a sentence with none has nothing for its structure to decide.
  bool any_trigger = false;
  for (uint32_t t = first; t < last && !any_trigger; ++t) any_trigger = infos_[t].frame_kinds != 0 && keys_[t].word;
  if (!any_trigger) {
    if (log_ != nullptr) *log_ += "  s" + std::to_string(s) + ": no word any frame is keyed on, not analysed\n";
    return;
  }
  AnalyzeSyntax(s);
  if (log_ != nullptr) {
    // The structure roles are read from, for people checking a coding.
    auto word = [&](int32_t t) { return std::string(keys_[syntax_base_ + t].key); };
    auto np = [&](int32_t n) { return n == kNone ? std::string("-") : word(static_cast<int32_t>(syntax_.nps[n].head)); };
    *log_ += "  s" + std::to_string(s) + " syntax:";
    for (size_t t = 0; t < syntax_.tags.size(); ++t) *log_ += " " + word(static_cast<int32_t>(t)) + "/" + std::string(syntax::TagName(syntax_.tags[t]));
    *log_ += "\n";
    for (const syntax::VerbGroup& v : syntax_.verbs) {
      *log_ += "    verb '" + word(static_cast<int32_t>(v.head)) + "' subject=" + np(v.subject) + (v.subject_inherited ? "(shared)" : "") +
               " object=" + np(v.object) + (v.object_inherited ? "(shared)" : "") + (v.indirect != kNone ? " indirect=" + np(v.indirect) : "") +
               (v.passive ? " passive" : "") + (v.negated ? " negated" : "") +
               (v.infinitive ? " infinitive" : "") + (v.finite == kNone && !v.infinitive ? " non-finite" : "");
      for (const syntax::Complement& k : v.complements) {
        if (k.kind == ComplementKind::kNoun) *log_ += " [" + word(k.preposition) + " " + np(k.target) + "]";
        else if (k.kind == ComplementKind::kInfinitive) *log_ += " [inf " + word(static_cast<int32_t>(syntax_.verbs[k.target].head)) + "]";
        else *log_ += " [clause]";
      }
      *log_ += "\n";
    }
  }
  // Sport, markets, weather: a discard phrase anywhere and the sentence is not coded.
  for (uint32_t i = first; i < last; ++i) {
    if (!(infos_[i].starts & kStartsDiscard)) continue;
    uint32_t payload = 0;
    const uint32_t len = pack_.frames->discards().LongestMatch(keys_, i, &payload);
    if (len > 0 && i + len <= last) {
      if (log_ != nullptr) *log_ += "  s" + std::to_string(s) + " discarded: '" + std::string(keys_[i].key) + "...'\n";
      return;
    }
  }
  // "selon X", "according to X": who the sentence's events are reported by.
  sentence_attribution_ = -1;
  for (size_t n = 0; n < syntax_.nps.size(); ++n) {
    const syntax::NounPhrase& p = syntax_.nps[n];
    if (p.preposition == kNone) continue;
    const uint32_t prep = syntax_base_ + static_cast<uint32_t>(p.preposition);
    const bool according = (infos_[prep].classes & kWcClauseBreak) ||
                           (prep > first && (infos_[prep - 1].classes & kWcClauseBreak));
    if (according) {
      sentence_attribution_ = PhraseActor(static_cast<int32_t>(n), false, false);
      break;
    }
  }

  struct Candidate {
    FrameMatch match;
    TriggerKind kind;
    uint32_t token;           // the trigger (absolute)
    int32_t vg = kNone;       // the verb group for modality, tense and attribution
    int32_t np = kNone;       // the noun phrase of a noun or adjective trigger
    uint32_t span_first, span_last;
    Roles roles;
    bool fronted = false;     // a noun in a phrase before its clause's verb ("In a statement to X, Y said")
    bool counted = false;     // a noun counted by the verb's object ("a mené une série de frappes")
    std::vector<int32_t> dyad;  // the two sides a hyphenated pair gives the noun ("U.S.-Soviet talks")
  };
  std::vector<Candidate> candidates;
  // A sentence that ends with a question mark (before closing quotes).
  bool question = false;
  for (uint32_t t = last; t-- > first;) {
    const std::string_view k = keys_[t].key;
    if (k == "\"" || k == "»" || k == "”" || k == "'" || k == ")") continue;
    question = k == "?";
    break;
  }

  // Verbs.
  for (size_t vi = 0; vi < syntax_.verbs.size(); ++vi) {
    const syntax::VerbGroup& v = syntax_.verbs[vi];
    const uint32_t head = syntax_base_ + v.head;
    // Most verbs trigger nothing: their roles are not worth working out.
    if (!keys_[head].word || !HasFrames(TriggerKind::kVerb, head)) continue;
    if (NamingUse(v)) continue;
    Candidate c;
    c.kind = TriggerKind::kVerb;
    c.token = head;
    c.vg = static_cast<int32_t>(vi);
    c.roles = RolesOfVerb(c.vg);
    c.span_first = syntax_base_ + v.first;
    c.span_last = syntax_base_ + v.last;
    if (MatchFrames(TriggerKind::kVerb, head, c.roles, &v, &c.match)) {
      candidates.push_back(std::move(c));
    } else if (log_ != nullptr) {
      *log_ += "  s" + std::to_string(s) + " '" + std::string(keys_[head].key) + "': no frame fits its roles\n";
    }
  }
  // Nouns and predicate adjectives.
  for (size_t ni = 0; ni < syntax_.nps.size(); ++ni) {
    const syntax::NounPhrase& p = syntax_.nps[ni];
    if (p.pronoun || p.relative) continue;
    const uint32_t head = syntax_base_ + p.head;
    const syntax::Tag tag = syntax_.tags[p.head];
    if (tag != syntax::Tag::kAdj && tag != syntax::Tag::kNoun) continue;
    if (!HasFrames(tag == syntax::Tag::kAdj ? TriggerKind::kAdjective : TriggerKind::kNoun, head)) continue;
    // The verb group the phrase belongs to: as object, subject or complement.
    int32_t governing = kNone;
    for (size_t vi = 0; vi < syntax_.verbs.size() && governing == kNone; ++vi) {
      const syntax::VerbGroup& v = syntax_.verbs[vi];
      if (v.object == static_cast<int32_t>(ni) || v.subject == static_cast<int32_t>(ni)) governing = static_cast<int32_t>(vi);
      for (const syntax::Complement& k : v.complements) {
        if (k.kind == ComplementKind::kNoun && k.target == static_cast<int32_t>(ni)) governing = static_cast<int32_t>(vi);
      }
    }
    // "a mené une série de frappes", "a adopté un onzième paquet de
    // sanctions": a noun counted by the verb's object (a quantity noun) is
    // what the verb acts on.
    bool counted = false;
    if (governing == kNone && p.of_parent != kNone &&
        (infos_[syntax_base_ + syntax_.nps[p.of_parent].head].classes & kWcQuantity)) {
      for (size_t vi = 0; vi < syntax_.verbs.size(); ++vi) {
        if (syntax_.verbs[vi].object == p.of_parent) {
          governing = static_cast<int32_t>(vi);
          counted = true;
          break;
        }
      }
    }
    // "is against a general strike", "sont contre la guerre": an act a
    // copula's subject is against is a stance, not an act of the sentence.
    if (governing != kNone && syntax_.verbs[governing].copula && p.preposition != kNone) {
      const std::string_view prep = keys_[syntax_base_ + static_cast<uint32_t>(p.preposition)].key;
      if (prep == "against" || prep == "contre") continue;
    }
    Candidate c;
    c.counted = counted;
    c.np = static_cast<int32_t>(ni);
    c.token = head;
    c.span_first = syntax_base_ + p.first;
    c.span_last = syntax_base_ + p.last;
    if (tag == syntax::Tag::kAdj) {
      // "s'est déclaré prêt à dialoguer", "is ready to talk": the adjective
      // takes the verb's subject and complements.
      if (governing == kNone) {
        for (size_t vi = syntax_.verbs.size(); vi-- > 0;) {
          if (syntax_.verbs[vi].last <= p.first && syntax_.verbs[vi].clause == syntax_.clause_of[p.first]) {
            governing = static_cast<int32_t>(vi);
            break;
          }
        }
      }
      if (governing == kNone) continue;
      c.kind = TriggerKind::kAdjective;
      c.vg = governing;
      c.roles = RolesOfVerb(governing);
      c.roles.object = kNone;
    } else if (tag == syntax::Tag::kNoun) {
      c.kind = TriggerKind::kNoun;
      // "In a statement to the UN, Syria said", "Après une conversation avec
      // Obama, Medvedev a annoncé": a phrase before the clause's first verb
      // belongs to that verb, and its event to the verb's subject.
      if (governing == kNone && p.preposition != kNone) {
        for (size_t vi = 0; vi < syntax_.verbs.size(); ++vi) {
          const syntax::VerbGroup& v = syntax_.verbs[vi];
          if (v.first < p.last || v.finite == kNone || syntax_.clauses[v.clause].kind != syntax::ClauseKind::kMain) continue;
          if (syntax_.clause_of[p.first] == v.clause) {
            governing = static_cast<int32_t>(vi);
            c.fronted = true;
          }
          break;
        }
      }
      c.vg = governing;
      c.roles = RolesOfPhrase(c.np);
    } else {
      continue;
    }
    if (MatchFrames(c.kind, head, c.roles, nullptr, &c.match)) {
      candidates.push_back(std::move(c));
    } else if (c.kind == TriggerKind::kNoun &&
               (DyadFrame(c.np, &c.match, &c.dyad) || MembersFrame(c.np, c.roles, &c.match, &c.dyad) ||
                HeadlineSidesFrame(c.np, &c.match, &c.dyad))) {
      candidates.push_back(std::move(c));
    }
  }

  // A noun that is the object, a slot or a named complement of a verb's event
  // ("ont achevé des exercices conjoints", "a condamné les frappes") is part
  // of that event.
  std::vector<bool> used_np(syntax_.nps.size(), false);
  for (const Candidate& c : candidates) {
    if (c.kind != TriggerKind::kVerb) continue;
    if (c.roles.object != kNone) {
      used_np[c.roles.object] = true;
      // and the noun its object counts ("a imposé une série de sanctions")
      if (infos_[syntax_base_ + syntax_.nps[c.roles.object].head].classes & kWcQuantity) {
        for (size_t ni = 0; ni < syntax_.nps.size(); ++ni) {
          if (syntax_.nps[ni].of_parent == c.roles.object) used_np[ni] = true;
        }
      }
    }
    if (c.match.target_np != kNone) used_np[c.match.target_np] = true;
    if (c.match.source_np != kNone) used_np[c.match.source_np] = true;
    // So is a noun of the same CAMEO root in one of its complements: "went
    // on strike" is one strike, not also an unnamed crowd's.
    const std::string_view root = std::string_view(c.match.frame->code).substr(0, 2);
    for (const syntax::Complement& k : c.roles.complements) {
      if (k.kind != ComplementKind::kNoun || k.target == kNone) continue;
      for (const Candidate& n : candidates) {
        if (n.kind == TriggerKind::kNoun && n.np == k.target && std::string_view(n.match.frame->code).substr(0, 2) == root) {
          used_np[k.target] = true;
        }
      }
    }
    // and a noun the frame names ("a appelé à un cessez-le-feu entre X et Y":
    // the truce asked for is not one concluded)
    if (c.match.named_np != kNone) used_np[c.match.named_np] = true;
  }
  // So is a noun that a noun's frame names in its complement ("the threat of
  // a strike", "la fin de la grève", "the prospect of a walkout"): the strike
  // threatened or ended is not also one under way.
  // And a subject a verb's frame names by its head ("the strike ended", "la grève
  // s'est terminée"): the strike that ends is not also one under way.
  for (const Candidate& c : candidates) {
    if (c.kind == TriggerKind::kNoun && c.match.named_np != kNone && c.match.named_np != c.np) used_np[c.match.named_np] = true;
    if (c.kind == TriggerKind::kVerb && c.roles.subject != kNone &&
        std::any_of(c.match.frame->args.begin(), c.match.frame->args.end(), [](const FrameArg& a) {
          return a.role == FrameArg::Role::kSubject && !a.nested && !a.lemmas.empty();
        })) {
      used_np[c.roles.subject] = true;
    }
  }
  // and what those phrases say in their "de" complements ("a opposé son veto
  // à la demande d'adhésion de la Palestine": the request is no event of its own).
  for (size_t ni = 0; ni < syntax_.nps.size(); ++ni) {
    const int32_t parent = syntax_.nps[ni].of_parent;
    if (parent != kNone && used_np[parent] && syntax_.nps[ni].preposition != kNone) used_np[ni] = true;
  }
  std::erase_if(candidates, [&](const Candidate& c) { return c.kind == TriggerKind::kNoun && used_np[c.np]; });
  // "agreed to cooperate": an intention (03) whose frame names the act it
  // commits to by the infinitive's lemma is that act's only event (the
  // cooperation promised is not also one done).
  std::vector<int32_t> intended_vgs;
  for (const Candidate& c : candidates) {
    if (c.kind != TriggerKind::kVerb || c.match.frame->code.compare(0, 2, "03") != 0) continue;
    bool names_infinitive = false;
    for (const FrameArg& a : c.match.frame->args) {
      names_infinitive |= a.role == FrameArg::Role::kInfinitive && !a.lemmas.empty() && !a.nested;
    }
    if (!names_infinitive) continue;
    for (const syntax::Complement& k : c.roles.complements) {
      if (k.kind == ComplementKind::kInfinitive && k.target != kNone) intended_vgs.push_back(k.target);
    }
  }
  if (!intended_vgs.empty()) {
    std::erase_if(candidates, [&](const Candidate& c) {
      return c.kind == TriggerKind::kVerb && c.vg != kNone &&
             std::find(intended_vgs.begin(), intended_vgs.end(), c.vg) != intended_vgs.end();
    });
  }
  for (Candidate& c : candidates) {
    // The frames tried for this trigger: when the most specific one finds no
    // actor in its roles, the next one that fits is tried ("lend Ecuador 12.5
    // mln barrels", "des dizaines de civils tués dans des bombardements de
    // l'armée": a narrower frame's slot is empty, a broader one's is not).
    std::vector<const EventFrame*> tried;
  retry_frame:
    tried.push_back(c.match.frame);
    const EventFrame& f = *c.match.frame;
    const std::string_view root = std::string_view(f.code).substr(0, 2);
    bool announced = false, willing = false;
    int mode = FrameMode(c.vg, first, &announced, &willing);
    if (c.kind == TriggerKind::kNoun && c.vg == kNone && syntax_.nps[c.np].preposition == kNone) {
      // ("Aujourd'hui aura lieu un sommet France-Inde": announced by the verb before it.)
      mode = UngovernedNounMode(c.np, first, &announced);
    }
    // "a possible visit", "une éventuelle rencontre", "the feared attack":
    // a hedging word on the noun; "Japan's scheduled visit", "the planned
    // talks", "la visite prévue", "le prochain sommet": a scheduling word or
    // future marker, an act yet to come (its announcement, if any, is the
    // verb's that announces it).
    if (c.kind == TriggerKind::kNoun && mode == static_cast<int>(Mode::kAsserted)) {
      const syntax::NounPhrase& p = syntax_.nps[c.np];
      for (uint32_t t = p.first; t < p.last; ++t) {
        if (t == p.head) continue;
        const uint32_t g = syntax_base_ + t;
        if (HedgingWord(g) || ((syntax_.tags[t] == syntax::Tag::kAdj || syntax_.tags[t] == syntax::Tag::kVerb) &&
                               (SchedulingWord(g) || (infos_[g].classes & kWcFutureMarker)))) {
          mode = static_cast<int>(Mode::kHypothetical);
        }
      }
    }
    // "visits Washington this week", "meets Ozal next week", "se rend la
    // semaine prochaine à Pékin", "où il rencontre mercredi prochain": a
    // meeting or visit told in the present (or with no verb) with a time to
    // come in its clause is announced, not done: an intention to meet (036).
    if (mode == static_cast<int>(Mode::kAsserted) && !announced && root == "04") {
      const syntax::VerbGroup* v = c.vg != kNone ? &syntax_.verbs[c.vg] : nullptr;
      if (v == nullptr || (!v->past && !v->conditional && v->modal == kNone)) {
        // ("is meeting British officials this week": in progress, so only a
        // time named ahead, "next week", "tomorrow", announces it.)
        const bool progressive =
            v != nullptr && !v->future && !v->infinitive && v->head > v->first &&
            (infos_[syntax_base_ + v->head].verb_form & morph::VerbForm::kPresentParticiple) && !lex_.adjectives_follow();
        const uint32_t at = c.kind == TriggerKind::kVerb || c.np == kNone ? c.token - syntax_base_ : syntax_.nps[c.np].head;
        const int32_t clause = v != nullptr ? v->clause : syntax_.clause_of[at];
        // ("This week when Miyazawa visits Washington": a "when" clause takes
        // the time of the clause it is set in.)
        const syntax::Clause& own = syntax_.clauses[clause];
        const int32_t outer = own.kind == syntax::ClauseKind::kAdverbial && own.introducer != kNone &&
                                      (keys_[syntax_base_ + static_cast<uint32_t>(own.introducer)].key == "when" ||
                                       keys_[syntax_base_ + static_cast<uint32_t>(own.introducer)].key == "quand" ||
                                       keys_[syntax_base_ + static_cast<uint32_t>(own.introducer)].key == "lorsque")
                                  ? own.parent
                                  : kNone;
        const uint32_t n = static_cast<uint32_t>(syntax_.tags.size());
        for (uint32_t t = 0; t < n && !announced; ++t) {
          if (syntax_.clause_of[t] != clause && (outer == kNone || syntax_.clause_of[t] != outer)) continue;
          announced = FutureTimeAt(keys_, infos_, lex_, syntax_base_ + t, syntax_base_, syntax_base_ + n, !progressive);
        }
        // "his visit to Washington later this week will help", "the prime
        // minister's visit starting next Wednesday": a time right after the
        // noun's phrase, before any comma, is the noun's.
        if (!announced && c.kind == TriggerKind::kNoun && c.np != kNone) {
          for (uint32_t t = syntax_.nps[c.np].last, k = 0; t < n && k < 8 && !announced; ++t, ++k) {
            const std::string_view key = keys_[syntax_base_ + t].key;
            if (key == "," || key == ";" || key == ":" || key == "." || key == "(") break;
            announced = FutureTimeAt(keys_, infos_, lex_, syntax_base_ + t, syntax_base_, syntax_base_ + n, !progressive);
          }
        }
        if (announced && log_ != nullptr) *log_ += "    announced: a time to come in its clause\n";
      }
    }
    // "is expected to tell", "is to tell Congress", "will say": a statement
    // announced is not yet made, and no intention either. (An appeal
    // announced, "will ask OPEC to raise its quota", makes the request public
    // and stays.)
    if (mode == static_cast<int>(Mode::kAsserted) && announced && root == "01") mode = static_cast<int>(Mode::kHypothetical);
    // "aidera le Mali à condition que", "will send troops provided that": a
    // condition phrase near the trigger; but a threat names its condition
    // ("a menacé de sanctions en cas d'invasion") and is made all the same.
    if (mode == static_cast<int>(Mode::kAsserted) && root != "13" &&
        UnderConditionPhrase(c.kind == TriggerKind::kVerb || c.np == kNone ? c.token - syntax_base_ : syntax_.nps[c.np].head)) {
      mode = static_cast<int>(Mode::kConditional);
    }
    // "postponed its visit", "called off the talks", "a annulé sa visite à
    // Pékin": the act the verb's object names did not happen (when the verb
    // codes nothing of its own: its own frames take the noun first).
    if (mode == static_cast<int>(Mode::kAsserted) && c.kind == TriggerKind::kNoun && c.vg != kNone &&
        syntax_.verbs[c.vg].object == c.np && CancellingVerb(syntax_.verbs[c.vg])) {
      mode = static_cast<int>(Mode::kNegated);
    }
    // "demanding the resignation of President Chun", "réclament la
    // libération de": the act is wanted, not done (when the verb's own frames
    // did not take the noun: "demanded the resignation of X" is 1041 there).
    // (Also the noun after "of"/"de" of such a noun: "exige un accord de
    // paix", where "paix" codes too.)
    auto wanted_np = [&](int32_t np) {
      for (int k = 0; k < 3 && np != kNone; ++k, np = syntax_.nps[np].of_parent) {
        if (syntax_.verbs[c.vg].object == np) return np;
        if (syntax_.nps[np].of_parent == kNone) return np;
      }
      return np;
    };
    if (mode == static_cast<int>(Mode::kAsserted) && c.kind == TriggerKind::kNoun && c.vg != kNone && c.np != kNone &&
        syntax_.verbs[c.vg].object == wanted_np(c.np) && WantingVerb(syntax_.verbs[c.vg])) {
      mode = static_cast<int>(Mode::kHypothetical);
    }
    // "la paix passe par un accord": a wanting particle verb ("passer_par")
    // whose particle is the preposition of the noun right after it needs
    // what the noun names.
    if (mode == static_cast<int>(Mode::kAsserted) && c.kind == TriggerKind::kNoun && c.vg != kNone && c.np != kNone) {
      const syntax::VerbGroup& v = syntax_.verbs[c.vg];
      const syntax::NounPhrase& p = syntax_.nps[wanted_np(c.np)];
      if (p.preposition != kNone && static_cast<uint32_t>(p.preposition) == v.last && p.first == v.last) {
        const int32_t prep = keys_[syntax_base_ + static_cast<uint32_t>(p.preposition)].key_id;
        for (const auto& [lemma, particle] : lex_.wanting_particle_verbs()) {
          if (particle == prep && keys_[syntax_base_ + v.head].AnyId([&](int32_t id) { return id == lemma; })) {
            mode = static_cast<int>(Mode::kHypothetical);
          }
        }
      }
    }
    // "a décidé de ne pas se rendre à Zurich", "decided not to meet": an
    // intention whose named infinitive is negated intends nothing.
    if (mode == static_cast<int>(Mode::kAsserted) && root == "03" && c.match.named_inf != kNone &&
        syntax_.verbs[c.match.named_inf].negated) {
      mode = static_cast<int>(Mode::kNegated);
    }
    // "made no commitments", "sent no troops", "there was no attack": a
    // negation that determines the trigger noun or the verb's object.
    if (mode == static_cast<int>(Mode::kAsserted)) {
      int32_t np = c.kind == TriggerKind::kNoun ? c.np : c.vg != kNone ? syntax_.verbs[c.vg].object : kNone;
      if (np != kNone) {
        // (The syntax may leave "no" out of the phrase, as an adverb before it.)
        const uint32_t t = syntax_.nps[np].first + (syntax_.nps[np].preposition != kNone ? 1 : 0);
        const bool det = t < syntax_.nps[np].last && syntax_.tags[t] == syntax::Tag::kDet;
        const bool before = t > 0 && syntax_.tags[t - 1] == syntax::Tag::kAdv && syntax_.np_of[t - 1] == kNone &&
                            (c.kind == TriggerKind::kNoun || t - 1 > syntax_.verbs[c.vg].head);
        // Not "plus de" with no "ne": "a arrêté plus de 700 manifestants" (more than 700).
        const auto more_than = [&](uint32_t w) {
          if (keys_[syntax_base_ + w].key != "plus") return false;
          for (uint32_t q = w; q-- > 0 && w - q <= 4;) {
            if (keys_[syntax_base_ + q].key == "ne" || keys_[syntax_base_ + q].key == "n'") return false;
          }
          return true;
        };
        if ((det && (infos_[syntax_base_ + t].classes & kWcNegation) && !more_than(t)) ||
            (before && (infos_[syntax_base_ + t - 1].classes & kWcNegation) && !more_than(t - 1))) {
          mode = static_cast<int>(Mode::kNegated);
        }
      }
    }
    // "La réunion entre X et Y n'a produit aucune percée", "l'attaque n'a
    // pas fait de victimes": the negation of what an event noun, the subject,
    // did or brought denies that result, not the event (but "la réunion n'a
    // pas eu lieu": a bare noun after the verb is part of it).
    if (mode == static_cast<int>(Mode::kNegated) && c.kind == TriggerKind::kNoun && c.vg != kNone) {
      const syntax::VerbGroup& v = syntax_.verbs[c.vg];
      const uint32_t own = syntax_.nps[c.np].first;  // not "Aucune réunion n'a produit": the noun's own negation
      if (v.subject == c.np && v.negated && !(infos_[syntax_base_ + own].classes & kWcNegation) && !v.passive && !v.copula && !v.conditional && v.modal == kNone && !v.infinitive &&
          v.finite != kNone && v.object != kNone && !syntax_.nps[v.object].pronoun &&
          syntax_.tags[syntax_.nps[v.object].first] == syntax::Tag::kDet &&
          syntax_.clauses[v.clause].kind == syntax::ClauseKind::kMain && !(infos_[syntax_base_ + v.head].classes & kWcNegatingVerb)) {
        mode = static_cast<int>(Mode::kAsserted);
      }
    }
    // "Will Germany condemn Russia?": a question asserts nothing.
    if (question && mode == static_cast<int>(Mode::kAsserted)) mode = static_cast<int>(Mode::kHypothetical);
    if (log_ != nullptr) {
      *log_ += "  s" + std::to_string(s) + " '" + std::string(keys_[c.token].key) + "' " + f.code + " (" +
               f.file.substr(f.file.rfind('/') + 1) + ":" + std::to_string(f.line) + ") mode=" +
               ModeName(static_cast<Mode>(mode)) + "\n";
    }
    if (mode != static_cast<int>(Mode::kAsserted) && !include_modal_) {
      if (log_ != nullptr) *log_ += "    no event: " + std::string(ModeName(static_cast<Mode>(mode))) + " (--include-modal keeps it)\n";
      continue;
    }
    // "Washington signed an accord with Taipei last year", "la
    // reconnaissance de l'Abkhazie l'an dernier": an act of an earlier year
    // is background to the news, not an event of it.
    if (InEarlierYear(c.token, c.kind == TriggerKind::kVerb ? kNone : c.np, c.kind == TriggerKind::kVerb ? kNone : c.vg)) {
      if (log_ != nullptr) *log_ += "    no event: background, an act of an earlier time or a standing state\n";
      continue;
    }
    // "the senator, who supports Israel", "lawmakers who blame China",
    // "Egypt, which already imports Soviet coal": an English simple present
    // in a relative clause tells a standing state or habit, not an act of the
    // news. (Not a trip or meeting, "who flies to Washington this weekend",
    // "who returns from Brazil on Sunday", nor one announced.)
    if (c.kind == TriggerKind::kVerb && c.vg != kNone && root != "04" && !announced && !lex_.adjectives_follow()) {
      const syntax::VerbGroup& v = syntax_.verbs[c.vg];
      const uint16_t form = infos_[syntax_base_ + v.head].verb_form;
      if (syntax_.clauses[v.clause].kind == syntax::ClauseKind::kRelative && !v.past && !v.future && !v.conditional &&
          v.modal == kNone && !v.infinitive && !v.negated && v.finite == static_cast<int32_t>(v.head) &&
          (form & morph::VerbForm::kPresent) && !(form & morph::VerbForm::kPresentParticiple)) {
        if (log_ != nullptr) *log_ += "    no event: a standing state, a simple present in a relative clause\n";
        continue;
      }
    }
    // A statement verb in an incise reports; it is no act ("..., a indiqué
    // le ministre") unless it names whom it was said to ("..., a déclaré
    // le ministre au président américain").
    const bool incise_statement =
        root == "01" && c.vg != kNone && syntax_.clauses[syntax_.verbs[c.vg].clause].kind == syntax::ClauseKind::kIncise;

    std::vector<int32_t> sources, targets;
    if (c.match.source_np != kNone) {
      if (const int32_t a = SlotActor(c.match.source_np, false, false); a >= 0) sources = WithCompound(a);
    } else if (c.kind == TriggerKind::kNoun) {
      // "les frappes russes", "la visite de Macron", "ses frappes", or the
      // subject of the verb the noun is the object of ("mener des frappes").
      const syntax::NounPhrase& p = syntax_.nps[c.np];
      for (uint32_t t = syntax_base_ + p.first; t < syntax_base_ + p.last && sources.empty(); ++t) {
        const int32_t mi = infos_[t].mention;
        if (mi >= 0 && mentions_[mi].weak && mentions_[mi].dyad < 0) sources = {mi};
      }
      // "Obama's visit to Moscow": the possessor.
      if (sources.empty() && c.roles.possessor_np != kNone) sources = PhraseActors(c.roles.possessor_np, false, false);
      // '"Our talks with Syria were useful," the minister said': a possessive
      // of the first person in reported speech is its speaker's.
      if (sources.empty()) {
        for (uint32_t t = p.first; t < p.head && sources.empty(); ++t) {
          if (syntax_.tags[t] != syntax::Tag::kDet ||
              !keys_[syntax_base_ + t].AnyId([&](int32_t id) { return lex_.IsFirstPersonPronoun(id); })) {
            continue;
          }
          if (const int32_t a = AttributionFor(c.vg); a >= 0 && a != sentence_attribution_) sources = WithCompound(a);
        }
      }
      // "Iran announced that its offensive against Iraq had ended": a
      // possessive pronoun on the noun, in a reported clause, stands for the
      // reporting verb's subject.
      if (sources.empty() && c.vg != kNone) {
        const syntax::NounPhrase& p = syntax_.nps[c.np];
        bool possessive = false;
        for (uint32_t t = p.first; t < p.head; ++t) {
          possessive |= (infos_[syntax_base_ + t].classes & kWcPossessive) && syntax_.tags[t] == syntax::Tag::kDet &&
                        !keys_[syntax_base_ + t].capitalized;
        }
        const syntax::Clause& cl = syntax_.clauses[syntax_.clause_of[p.first]];
        const syntax::VerbGroup& v = syntax_.verbs[c.vg];
        if (possessive && v.subject == c.np && cl.kind == syntax::ClauseKind::kCompletive && cl.governor != kNone &&
            syntax_.verbs[cl.governor].subject != kNone) {
          sources = SubjectActors(syntax_.verbs[cl.governor].subject);
        }
      }
      if (sources.empty()) {
        for (const syntax::Complement& k : c.roles.complements) {
          if (k.kind != ComplementKind::kNoun || k.target == c.match.target_np || k.preposition == kNone) continue;
          const uint32_t prep = syntax_base_ + static_cast<uint32_t>(k.preposition);
          if (infos_[prep].classes & (kWcOf | kWcPassiveBy)) {
            sources = PhraseActors(k.target, false, false);
            // "l'envoi de chars en Ukraine": what is sent, whose country is
            // only the place it goes to, is not who sends it ("le retrait des
            // troupes russes" names its owner).
            if (k.target == c.match.named_np) {
              std::erase_if(sources, [&](int32_t m) { return mentions_[m].country_guessed; });
            }
            if (!sources.empty()) break;
          }
        }
      }
      // The subject of the verb the noun is the object of ("a mené des
      // frappes"), or the predicate of ("est en visite en Chine", "est
      // d'accord avec") — not of a verb it is merely a complement of ("a
      // menacé ... après des manœuvres").
      if (sources.empty() && c.vg != kNone) {
        const syntax::VerbGroup& v = syntax_.verbs[c.vg];
        // A meeting right before what the subject says or does is its own:
        // "a déclaré après un entretien avec X", "said after talks with X".
        const bool meeting_before = root == "04" && AfterPhrase(c.np);
        if (v.object == c.np || c.counted || (v.copula && v.subject != c.np) || DuringPhrase(c.np) || c.fronted || meeting_before) {
          sources = SubjectActors(v.subject);
        }
      }
      // "White House officials said no progress had been made in talks with
      // Japan": talks with someone, no one's own, in what a speaker reports,
      // are the speaker's side's (held, not announced: "said Brazil would
      // have to act in consultation with the IMF" names no talks).
      if (sources.empty() && root == "04" && !announced && c.match.target_np != kNone && c.vg != kNone &&
          syntax_.nps[c.match.target_np].preposition != kNone &&
          keys_[syntax_base_ + static_cast<uint32_t>(syntax_.nps[c.match.target_np].preposition)].key == "with") {
        const syntax::Clause& cl = syntax_.clauses[syntax_.clause_of[syntax_.nps[c.np].first]];
        if (cl.kind == syntax::ClauseKind::kCompletive && cl.governor != kNone &&
            (infos_[syntax_base_ + syntax_.verbs[cl.governor].head].classes & kWcReporting) &&
            syntax_.verbs[cl.governor].subject != kNone) {
          sources = SubjectActors(syntax_.verbs[cl.governor].subject);
        }
      }
    } else {
      sources = SubjectActors(c.roles.subject);
      // "« Nous condamnons l'Iran », a déclaré le ministre", "X a déclaré que
      // nous...": the first person of reported speech is its speaker.
      if (sources.empty() && c.roles.subject != kNone && c.vg != kNone &&
          keys_[syntax_base_ + syntax_.nps[c.roles.subject].head].AnyId([&](int32_t id) { return lex_.IsFirstPersonPronoun(id); })) {
        if (const int32_t a = AttributionFor(c.vg); a >= 0 && a != sentence_attribution_) sources = WithCompound(a);
      }
      // "Two journalists were arrested in Cairo": an arrest (173) or a
      // sentence (116), acts of the state by their CAMEO definition, in the
      // passive with no agent, is the act of the country it happens in.
      const bool state_act = f.code.rfind("173", 0) == 0 || f.code.rfind("116", 0) == 0;
      if (sources.empty() && state_act && c.vg != kNone && syntax_.verbs[c.vg].passive && syntax_.verbs[c.vg].agent == kNone) {
        for (const syntax::Complement& k : c.roles.complements) {
          if (k.kind != ComplementKind::kNoun || k.preposition == kNone) continue;
          if (!(infos_[syntax_base_ + static_cast<uint32_t>(k.preposition)].classes & (kWcCityLocative | kWcCountryLocative))) continue;
          const int32_t a = SlotActor(k.target, false, true);
          if (a >= 0 && mentions_[a].location) {
            sources = {a};
            break;
          }
        }
      }
      // "the council adopted a resolution condemning Israel", "issued a
      // statement criticising Russia": a participle on a thing that is a
      // verb's object (no actor of its own) is the act of that verb's subject.
      // (English: French participles after a noun are rarer and read otherwise.)
      if (sources.empty() && !lex_.adjectives_follow() && c.vg != kNone && c.roles.subject != kNone && syntax_.verbs[c.vg].participle &&
          PhraseActor(c.roles.subject, false, true) < 0) {
        for (const syntax::VerbGroup& u : syntax_.verbs) {
          if (u.object == c.roles.subject && u.finite != kNone && u.subject != kNone) {
            sources = SubjectActors(u.subject);
            break;
          }
        }
      }
      if (sources.empty() && c.kind == TriggerKind::kVerb && c.vg != kNone) {
        if (const int32_t a = DocumentIssuer(c.vg); a >= 0) sources = WithCompound(a);
      }
      // "Les sanctions de l'UE contre la Russie ont été prolongées", "les
      // sanctions américaines ont été levées": a passive with no agent, whose
      // subject the frame names by its head, is the act of that noun's owner
      // (its "de" phrase, else a country adjective on it).
      // (French: English news uses the pattern for standing states of trade and business.)
      if (sources.empty() && lex_.adjectives_follow() && c.kind == TriggerKind::kVerb && c.vg != kNone && syntax_.verbs[c.vg].passive &&
          syntax_.verbs[c.vg].agent == kNone && c.match.named_obj != kNone) {
        const Roles q = RolesOfPhrase(c.match.named_obj);
        for (const syntax::Complement& k : q.complements) {
          if (k.kind != ComplementKind::kNoun || k.preposition == kNone) continue;
          if (!(infos_[syntax_base_ + static_cast<uint32_t>(k.preposition)].classes & kWcOf)) continue;
          if (const int32_t a = PhraseActor(k.target, false, false); a >= 0 && !mentions_[a].location) sources = WithCompound(a);
          break;
        }
        if (sources.empty()) {
          const syntax::NounPhrase& p = syntax_.nps[c.match.named_obj];
          for (uint32_t t = p.first; t < p.last && sources.empty(); ++t) {
            const int32_t mi = infos_[syntax_base_ + t].mention;
            if (t != p.head && mi >= 0 && mentions_[mi].weak && !mentions_[mi].location && mentions_[mi].dyad < 0) sources = {mi};
          }
        }
      }
    }
    // The actor behind a thing ("a bombardé les positions des rebelles",
    // "criticised the plan of Kyiv") — but one meets, calls and hosts people,
    // not what they bring ("ont reçu l'appui de commandos allemands"), and
    // arrests, holds and tries people, not their record ("juge positif le
    // bilan d'Obama" is no trial).
    const bool behind = root != "04" && f.code.rfind("173", 0) != 0;
    // Acts done to people, whose target a name modifying a thing cannot be:
    // meetings and visits (04, and their intention 036), arrests (173), and
    // the addressee of a statement ("told a news conference West Germany's
    // rate...": no one was told).
    const bool to_people = !behind || f.code == "036" || f.code == "010";
    people_target_ = to_people;
    place_behind_ = root == "01" || root == "05" || root == "11" || root == "12";
    if (c.match.target_np != kNone) {
      if (const int32_t a = SlotActor(c.match.target_np, behind, f.place); a >= 0) targets = WithCompound(a);
    } else if (c.kind == TriggerKind::kVerb && c.roles.object != kNone) {
      // (One calls, meets or tells people, not a thing a country adjective
      // is on: "CALLS FOR JAPANESE GROWTH" calls no one.)
      targets = PhraseActors(c.roles.object, behind, !(to_people && !f.place));
    }
    people_target_ = false;
    bool has_slot = false;
    for (const FrameArg& a : f.args) has_slot |= a.value == FrameArg::Value::kTarget;
    if (targets.empty() && !has_slot) {
      // No target slot: the first complement introduced by a target
      // preposition ("à", "avec", "contre", "to", "with", "against").
      for (const syntax::Complement& k : c.roles.complements) {
        if (k.kind != ComplementKind::kNoun || k.preposition == kNone) continue;
        const uint32_t prep = syntax_base_ + static_cast<uint32_t>(k.preposition);
        if (!TargetPrepositionAt(k.preposition)) continue;
        if (prep > 0 && (infos_[prep - 1].classes & kWcClauseBreak)) continue;  // "according to X" is a source of news
        // The complement the frame names by its head may be owned by a country adjective: "a opposé
        // son veto à la résolution française" is France's resolution.
        targets = PhraseActors(k.target, true, false);
        if (targets.empty() && k.target == c.match.named_np) {
          // (On the phrase itself, not along its "de" phrases: "contre les résultats de la récente
          // élection américaine" names no one.)
          const syntax::NounPhrase& p = syntax_.nps[k.target];
          for (uint32_t t = p.first; t < p.last && targets.empty(); ++t) {
            const int32_t mi = infos_[syntax_base_ + t].mention;
            if (mi >= 0 && mentions_[mi].weak && !mentions_[mi].location && mentions_[mi].dyad < 0 &&
                mentions_[mi].last <= syntax_base_ + p.last) {
              targets = {mi};
            }
          }
        }
        if (!targets.empty()) break;
      }
    }
    place_behind_ = false;
    if (targets.empty() && !has_slot) {
      // "s'est dit prêt à rencontrer X", "a annoncé qu'il rencontrerait X":
      // the object of the infinitive or of the reported verb the frame names.
      for (const FrameArg& a : f.args) {
        if (a.nested || (a.role != FrameArg::Role::kInfinitive && a.role != FrameArg::Role::kClause)) continue;
        for (const syntax::Complement& k : c.roles.complements) {
          int32_t verb = kNone;
          if (a.role == FrameArg::Role::kInfinitive && k.kind == ComplementKind::kInfinitive) verb = k.target;
          if (a.role == FrameArg::Role::kClause && k.kind == ComplementKind::kClause) verb = syntax_.clauses[k.target].verb;
          if (verb == kNone) continue;
          const syntax::VerbGroup& w = syntax_.verbs[verb];
          people_target_ = to_people;
          if (w.object != kNone) targets = PhraseActors(w.object, !to_people, false);
          people_target_ = false;
          for (size_t j = 0; targets.empty() && j < w.complements.size(); ++j) {
            const syntax::Complement& d = w.complements[j];
            if (d.kind != ComplementKind::kNoun || d.preposition == kNone) continue;
            if (TargetPrepositionAt(d.preposition)) targets = PhraseActors(d.target, true, false);
          }
          if (!targets.empty()) break;
        }
        if (!targets.empty()) break;
      }
    }
    if (incise_statement && targets.empty()) {
      if (log_ != nullptr) *log_ += "    no event: a statement in an incise, to no one\n";
      continue;
    }
    // "les pourparlers entre la Russie et l'Ukraine": the parties act on
    // each other. Not "talks with Iraq and Afghanistan": someone unnamed
    // talks with both. For a noun these parties are its sides whoever the
    // verb's subject is ("Moscow is neutral in the war between Iran and
    // Iraq": Moscow fights no one).
    const int32_t target_prep = c.match.target_np != kNone ? syntax_.nps[c.match.target_np].preposition : kNone;
    if ((sources.empty() || c.kind == TriggerKind::kNoun) && f.reciprocal && targets.size() >= 2 && target_prep != kNone &&
        (infos_[syntax_base_ + static_cast<uint32_t>(target_prep)].classes & kWcReciprocalPrep)) {
      sources = targets;
      targets.clear();
    }
    // "U.S.-Soviet talks", "la guerre Iran-Irak": the pair's two sides act
    // on each other, as with "between".
    if (!c.dyad.empty()) {
      sources = c.dyad;
      targets.clear();
    }
    // "U.S.-Soviet talks were held in Geneva": a verb whose object is such a
    // noun, with no source of its own, takes the pair as its two sides.
    std::vector<int32_t> object_sides;
    FrameMatch object_match;
    if (sources.empty() && c.kind == TriggerKind::kVerb && f.reciprocal && c.roles.object != kNone &&
        DyadFrame(c.roles.object, &object_match, &object_sides)) {
      sources = object_sides;
      targets.clear();
    }
    // "CHINA AND PORTUGAL SIGN MACAO DEAL": two sides of a reciprocal act
    // act on each other, not on a name that only modifies its object.
    if (f.reciprocal && sources.size() >= 2 && !targets.empty() && c.kind == TriggerKind::kVerb &&
        c.match.target_np == kNone && c.roles.object != kNone) {
      const syntax::NounPhrase& o = syntax_.nps[c.roles.object];
      const uint32_t from = syntax_base_ + o.first, head = syntax_base_ + o.head;
      if (std::all_of(targets.begin(), targets.end(),
                      [&](int32_t t) { return mentions_[t].first >= from && mentions_[t].last <= head; })) {
        targets.clear();
      }
    }
    const size_t before = out->size();
    if (log_ != nullptr) {
      *log_ += "    sources:";
      for (int32_t m : sources) *log_ += " m" + std::to_string(m);
      *log_ += " targets:";
      for (int32_t m : targets) *log_ += " m" + std::to_string(m);
      *log_ += "\n";
    }
    // A fallback frame must find the target the narrower one missed, and a
    // source of its own: it makes no one-sided act of what was aimed at
    // someone or something, and no act of an actor the context supplies
    // ("aux manifestants ayant protesté contre les résultats": no one named protested).
    if (tried.size() == 1 || (!targets.empty() && !sources.empty())) EmitEvents(s, f, c.match, sources, targets, out);
    if (log_ != nullptr && out->size() == before) {
      // Why the match made no event, for people checking a coding.
      const char* why = sources.empty()                         ? "no source actor in its role"
                        : targets.empty() && !f.onesided && !f.partner && root != "03" ? "no target actor in its role"
                        : targets.empty()                       ? "no target and no interlocutor known"
                                                                : "its actors are uncoded, the same actor, or companies only";
      *log_ += std::string("    no event: ") + why + "\n";
    }
    // (Only when a role was empty: actors that are uncoded or the same are
    // the act's own, and another frame would read leftovers of the sentence.)
    if (out->size() == before && (sources.empty() || targets.empty()) && c.dyad.empty() && object_sides.empty() &&
        tried.size() < 8 && (c.kind == TriggerKind::kVerb || c.np != kNone)) {
      // The next fitting frame of the same CAMEO root: another act than the
      // one the narrower frame read is no fallback ("launched an offensive
      // against sick leave" is no attack of anyone else's).
      const std::string_view first_root = std::string_view(tried.front()->code).substr(0, 2);
      const syntax::VerbGroup* v = c.kind == TriggerKind::kVerb && c.vg != kNone ? &syntax_.verbs[c.vg] : nullptr;
      FrameMatch next;
      while (tried.size() < 8 && MatchFrames(c.kind, c.token, c.roles, v, &next, &tried)) {
        // (Nor a frame with no slot of its own for an actor, or one that takes
        // an interlocutor from earlier in the document: those read leftovers,
        // "accepted an offer from an exporter on the sale of malt to Nigeria".)
        const bool slot = std::any_of(next.frame->args.begin(), next.frame->args.end(), [](const FrameArg& a) {
          return a.value == FrameArg::Value::kTarget || a.value == FrameArg::Value::kSource;
        });
        if (std::string_view(next.frame->code).substr(0, 2) == first_root && slot && !next.frame->partner) {
          c.match = next;
          goto retry_frame;
        }
        tried.push_back(next.frame);
        next = FrameMatch{};
      }
    }
    // An act announced for the future is an intention (or, for a hostile
    // act, a threat): "rencontrera", "a annoncé qu'il fournirait", "will
    // impose sanctions" (docs/coding.md, announced acts).
    if (announced) {
      for (size_t e = before; e < out->size(); ++e) {
        const std::string_view intent = AnnouncedCode((*out)[e].code);
        if (!intent.empty()) {
          (*out)[e].code = std::string(intent);
          (*out)[e].announced = true;
        }
      }
      // "X s'est dit prêt à rencontrer Y": X's willingness, not Y's (a
      // scheduled meeting, "X rencontrera Y", is both sides' intention).
      if (willing) {
        out->erase(std::remove_if(out->begin() + static_cast<std::ptrdiff_t>(before), out->end(),
                                  [](const SentenceEvent& ev) { return ev.converse && ev.announced; }),
                   out->end());
      }
    }
    // Evidence and context for the events just added.
    for (size_t e = before; e < out->size(); ++e) {
      SentenceEvent& ev = (*out)[e];
      ev.anchor = c.token;
      ev.verb_first = c.span_first;
      ev.verb_last = c.span_last;
      ev.mode = mode;
      const syntax::VerbGroup* v = c.vg != kNone ? &syntax_.verbs[c.vg] : nullptr;
      ev.tense = v == nullptr ? 0 : v->future ? 1 : v->past ? -1 : 0;
      ev.attribution_mention = AttributionFor(c.vg);
      ev.rule = &f;
      if (ev.attribution_mention >= 0 && mentions_[ev.attribution_mention].code == ev.source) ev.attribution_mention = -1;
    }
  }
}

// "75 personnes", "des dizaines de personnes", "224 people", "hundreds of
// people": a noun phrase of counted people (the `victim_nouns` line), by a
// number or as the "of"/"de" complement of its head.
bool DocumentCoder::CountedVictims(int32_t np) const {
  if (np == kNone) return false;
  const syntax::NounPhrase& p = syntax_.nps[np];
  auto people = [&](uint32_t h) { return FormOrLemma(syntax_base_ + h, [&](int32_t id) { return lex_.IsVictimNoun(id); }); };
  if (people(p.head)) {
    for (uint32_t t = p.first; t < p.head; ++t) {
      if (syntax_.tags[t] == syntax::Tag::kNum) return true;
    }
    return false;
  }
  // ("des dizaines de personnes": the "de" phrase right after the head,
  // attached to it or to the verb.)
  for (size_t ni = 0; ni < syntax_.nps.size(); ++ni) {
    const syntax::NounPhrase& q = syntax_.nps[ni];
    const bool of_it = q.of_parent == np || (q.preposition != kNone && static_cast<uint32_t>(q.preposition) == p.last &&
                                             (infos_[syntax_base_ + p.last].classes & kWcOf));
    if (of_it && people(q.head)) return true;
  }
  return false;
}

// A strike frame (143x) that names no boycott ("boycott", "boycotter",
// in its trigger or its complements): a labour strike.
bool DocumentCoder::LabourStrike(const EventFrame& frame) const {
  if (frame.code.compare(0, 3, "143") != 0) return false;
  // (Three lookups, only for strike frames that emit: no cache to go stale.)
  const int32_t ids[3] = {vocabulary_.Find("boycott"), vocabulary_.Find("boycotter"), vocabulary_.Find("boycotts")};
  auto boycott = [&](int32_t w) { return w >= 0 && std::find(std::begin(ids), std::end(ids), w) != std::end(ids); };
  for (const TriggerWord& t : frame.triggers) {
    if (boycott(t.lemma)) return false;
  }
  for (const FrameArg& a : frame.args) {
    if (std::any_of(a.lemmas.begin(), a.lemmas.end(), boycott)) return false;
  }
  return true;
}

void DocumentCoder::EmitEvents(uint32_t s, const EventFrame& frame, const FrameMatch& match,
                               std::vector<int32_t> sources, std::vector<int32_t> targets,
                               std::vector<SentenceEvent>* out) {
  const text::Sentence& sent = at_.sentences[s];
  const uint32_t first = sent.first_token, last = sent.first_token + sent.token_count;
  const std::string_view root = std::string_view(frame.code).substr(0, 2);
  // Expand references to the actors they stand for, remembering which words
  // of this sentence stood for each (the evidence to show).
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
  // belong to the country of the actor on the other side, else to the
  // country of the place in the sentence, else to the document's country.
  std::unordered_map<int32_t, std::string> inferred;
  auto infer = [&](std::vector<int32_t>& actors, const std::vector<int32_t>& other) {
    for (int32_t m : actors) {
      const Mention& mm = mentions_[m];
      if (!mm.code.empty() || mm.agent_code.empty() || !lex_.IsOtherSideAgent(mm.agent_code)) continue;
      std::string country;
      for (size_t o = 0; country.empty() && o < other.size(); ++o) {
        const std::string& c = mentions_[other[o]].code;
        if (c.size() >= 3 && c.compare(0, 3, "IGO") != 0 && c.compare(0, 3, "NGO") != 0 && c.compare(0, 3, "IMG") != 0) {
          country = c.substr(0, 3);
        }
      }
      if (country.empty() && location >= 0 && mentions_[location].code.size() >= 3) country = mentions_[location].code.substr(0, 3);
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
  const bool unnamed_protesters = src_actors.empty() && root == "14" && sources.empty();
  if (places_only_ && !unnamed_protesters) return;
  // "l'UMP lance l'offensive sur les arrêts maladie", "declared war on
  // inflation", "a fight against poverty": force used by political,
  // unarmed actors on what is neither an actor nor a place is a figure of
  // speech, not a CAMEO act (bare countries may be their armies).
  if ((root == "18" || root == "19" || root == "20") && frame.onesided && tgt_actors.empty() && targets.empty() &&
      match.target_np != kNone && !src_actors.empty() &&
      std::all_of(src_actors.begin(), src_actors.end(), [&](int32_t m) {
        const std::string_view role = RoleOf(code_of(m));
        return !role.empty() && !ArmedRole(role) && role != "CVL";
      })) {
    bool place = false;
    for (size_t ni = 0; ni < syntax_.nps.size() && !place; ++ni) {
      const syntax::NounPhrase& p = syntax_.nps[ni];
      if (static_cast<int32_t>(ni) != match.target_np && p.of_parent != match.target_np) continue;
      for (uint32_t t = p.first; t < p.last && !place; ++t) {
        const int32_t mi = infos_[syntax_base_ + t].mention;
        place = mi >= 0 && mentions_[mi].location;
      }
    }
    if (!place) {
      if (log_ != nullptr) *log_ += "    no event: force by unarmed actors on a thing, a figure of speech\n";
      return;
    }
  }
  // "unions attack the wage freeze": force on a thing, even one an actor
  // is behind, by those who command no force (unions, parties,
  // parliaments, the press, business, courts; not governments, whose
  // armies attack "rebel positions") is a figure of speech too: criticism
  // (111) of the actor behind the thing, if any.
  bool verbal_force = false;
  if ((root == "18" || root == "19" || root == "20") && match.target_np != kNone && !src_actors.empty() &&
      infos_[syntax_base_ + syntax_.nps[match.target_np].head].mention < 0 &&
      syntax_.tags[syntax_.nps[match.target_np].head] == syntax::Tag::kNoun &&
      std::all_of(src_actors.begin(), src_actors.end(), [&](int32_t m) {
        const std::string_view role = RoleOf(code_of(m));
        return !role.empty() && !ArmedRole(role) && role != "CVL" && role != "GOV";
      })) {
    if (log_ != nullptr) *log_ += "    force by actors who command none, on a thing: a figure of speech, criticism (111)\n";
    verbal_force = true;
  }
  // "des manifestations contre le gouvernement", "violent protests against
  // government plans": protesters named by no one are the civilians of the
  // country protested in (the target's, else the place's).
  if (unnamed_protesters) {
    std::string country;
    for (int32_t t : tgt_actors) {
      const std::string& c = code_of(t);
      if (c.size() >= 3 && c.compare(0, 3, "IGO") != 0 && c.compare(0, 3, "NGO") != 0 && c.compare(0, 3, "IMG") != 0) {
        country = c.substr(0, 3);
        break;
      }
    }
    if (country.empty() && location >= 0 && mentions_[location].code.size() >= 3) country = mentions_[location].code.substr(0, 3);
    // "la grève des chemins de fer", "Strikers blocked the port", "the
    // strike paralysed the ports": a strike named for no one is labour's
    // (LAB); a boycott (also 143) may be anyone's, the civilians'.
    const char* sector = LabourStrike(frame) ? "LAB" : "CVL";
    if (!country.empty()) {
      for (int32_t t : tgt_actors.empty() ? std::vector<int32_t>{-1} : tgt_actors) {
        SentenceEvent ev;
        ev.sentence = s;
        ev.source = country + sector;
        ev.target = t >= 0 ? code_of(t) : std::string();
        if (t < 0 && !frame.onesided) continue;
        // "thousands of workers went on strike", "the miners' strike":
        // the workers the strike is told of are its strikers.
        if (ev.source == ev.target && frame.onesided && *sector == 'L') {
          ev.source_mention = shown(t);
          ev.target.clear();
          t = -1;
        }
        if (ev.source == ev.target) continue;
        ev.code = frame.code;
        ev.target_mention = t >= 0 ? shown(t) : -1;
        ev.location_mention = location;
        out->push_back(std::move(ev));
      }
    }
    return;
  }
  if (src_actors.empty()) return;
  // Companies among themselves make no political event ("Japanese investors
  // ... took a beating"): at least one side must be more than business.
  auto business = [&](int32_t m) {
    const std::string& c = code_of(m);
    return c.size() >= 6 && (c.compare(c.size() - 3, 3, "BUS") == 0 || c.compare(0, 3, "MNC") == 0);
  };
  std::erase_if(src_actors, [&](int32_t m) {
    return business(m) && (tgt_actors.empty() || std::all_of(tgt_actors.begin(), tgt_actors.end(), business));
  });
  if (src_actors.empty()) return;
  // "told reporters", "a déclaré à la presse", "told BBC News", "a confié
  // au Monde", "told AP news agency", "told a Reuters correspondent":
  // reporters, news outlets and journalists (named or not) are the channel
  // of a statement, not its addressee.
  if (root == "01") {
    std::erase_if(tgt_actors, [&](int32_t t) {
      const std::string& c = code_of(t);
      const bool media = mentions_[t].agent_code == "MED" || (c.size() == 6 && c.compare(3, 3, "MED") == 0);
      return media && c.size() == 6 && mentions_[t].kind == MentionKind::kActor;
    });
    if (tgt_actors.empty()) return;
  }
  // Drop targets that are the source itself ("le ministère russe" after a Russian minister).
  std::erase_if(tgt_actors, [&](int32_t t) {
    return std::any_of(src_actors.begin(), src_actors.end(), [&](int32_t s2) { return code_of(s2) == code_of(t); });
  });

  // A country and its own government are one actor: "South Africa recalled
  // its ambassador", "the two countries signed", "Blair's visit to
  // Sheffield" are no event between them.
  auto same_actor = [](const std::string& a, const std::string& b) {
    if (a == b) return true;
    if (a.size() < 3 || b.size() < 3 || a.compare(0, 3, b, 0, 3) != 0) return false;
    auto bare_or_government = [](const std::string& c) { return c.size() == 3 || c.compare(3, std::string::npos, "GOV") == 0; };
    return (a.size() == 3 && bare_or_government(b)) || (b.size() == 3 && bare_or_government(a));
  };
  auto emit = [&](int32_t src, int32_t tgt, const std::string& code, bool converse = false) {
    // (A people is not its state: "des Serbes ont manifesté contre le gouvernement serbe".)
    const bool people = mentions_[src].people || (tgt >= 0 && mentions_[tgt].people);
    if (tgt >= 0 && (code_of(src) == code_of(tgt) || (!people && same_actor(code_of(src), code_of(tgt))))) return;
    // A source that has its country only from the country it acts on is
    // nobody known ("des touristes ont visité Israël" is no ISRCVL visit).
    // (Nor one whose country the mention stage guessed from the sentence or
    // the document: "des ressortissants ... qui souhaitent venir en Russie".)
    if (tgt >= 0 && (inferred.count(src) || mentions_[src].country_guessed) && code_of(tgt).size() == 3 &&
        code_of(src).compare(0, 3, code_of(tgt)) == 0) {
      return;
    }
    // Nor is a trip to one's own country ("the delegates travelled to
    // Prague", "Kenyan students visited Nairobi"), whoever makes it.
    if (tgt >= 0 && code.compare(0, 3, "042") == 0 && code_of(tgt).size() == 3 && code_of(src).compare(0, 3, code_of(tgt)) == 0) {
      return;
    }
    SentenceEvent ev;
    ev.sentence = s;
    ev.source = code_of(src);
    ev.target = tgt >= 0 ? code_of(tgt) : std::string();
    // (Only a protest: a country "blockading" or "striking" is no complaint.)
    const bool bare_state = ev.source.size() == 3 && !mentions_[src].people && !lex_.IsDomesticAgent(ev.source) &&
                            (code.compare(0, 3, "140") == 0 || code.compare(0, 3, "141") == 0);
    ev.code = RecodeForActors(code, ev.source, ev.target, bare_state);
    // Meeting in a country that is neither side's is CAMEO 044.
    if (ev.code == "040" && tgt >= 0 && location >= 0 && mentions_[location].code.size() >= 3 &&
        ev.source.compare(0, 3, mentions_[location].code, 0, 3) != 0 &&
        ev.target.compare(0, 3, mentions_[location].code, 0, 3) != 0) {
      ev.code = "044";
    }
    ev.source_mention = shown(src);
    ev.target_mention = tgt >= 0 ? shown(tgt) : -1;
    ev.location_mention = location;
    ev.converse = converse;
    out->push_back(std::move(ev));  // anchor, evidence, mode and tense: filled in by the caller
  };
  auto remember_partners = [&](int32_t a, int32_t b) {
    partner_[code_of(a)] = b;
    partner_[code_of(b)] = a;
  };
  if (verbal_force) {
    for (int32_t a : src_actors) {
      for (int32_t b : tgt_actors) emit(a, b, "111");
    }
    return;
  }
  if (tgt_actors.empty() && frame.reciprocal && src_actors.size() >= 2) {
    // "X et Y se sont entretenus": each with each.
    for (int32_t a : src_actors) {
      for (int32_t b : src_actors) {
        if (a != b) emit(a, b, frame.code);
      }
    }
    remember_partners(src_actors[0], src_actors[1]);
    return;
  }
  // Intentions (CAMEO 03) are always towards someone: with no target in the
  // sentence, the source's interlocutor ("and pledged aid").
  if (tgt_actors.empty() && (frame.partner || root == "03")) {
    for (int32_t a : src_actors) {
      const int32_t p = PartnerOf(code_of(a));
      if (p >= 0) emit(a, p, frame.code);
    }
    return;
  }
  if (tgt_actors.empty()) {
    // Acts CAMEO codes with no recipient: protests, strikes, mobilisation,
    // attacks on no named actor (docs/coding.md).
    if (frame.onesided) {
      const bool victims = (root == "17" || root == "18" || root == "19" || root == "20") && targets.empty() &&
                           CountedVictims(match.target_np != kNone ? match.target_np : match.named_obj);
      for (int32_t a : src_actors) {
        // "raids on Iranian towns": a mention read as both sides is neither.
        if (std::find(targets.begin(), targets.end(), a) != targets.end()) continue;
        const size_t before = out->size();
        emit(a, -1, frame.code);
        // "les rebelles ont enlevé 75 personnes au sud des Philippines",
        // "Chinese authorities arrested 224 people": counted people a
        // hostile act names as its object are its victims, the civilians
        // of the place it happens in, else of a domestic source (not of an
        // army, often abroad: "US drones killed 12 people").
        if (!victims || out->size() != before + 1) continue;
        SentenceEvent& ev = out->back();
        std::string country;
        if (location >= 0 && mentions_[location].code.size() >= 3) {
          country = mentions_[location].code.substr(0, 3);
        } else if (ev.source.size() == 6 && ev.source.compare(3, 3, "MIL") != 0 && ev.source.compare(0, 3, "IGO") != 0 &&
                   ev.source.compare(0, 3, "NGO") != 0 && ev.source.compare(0, 3, "IMG") != 0) {
          country = ev.source.substr(0, 3);
        }
        if (!country.empty() && ev.source != country + "CVL") ev.target = country + "CVL";
      }
    }
    return;
  }
  for (int32_t a : src_actors) {
    for (int32_t b : tgt_actors) {
      emit(a, b, frame.code);
      if (frame.reciprocal) emit(b, a, frame.code, true);
      if (!frame.pair_code.empty()) emit(b, a, frame.pair_code, true);
      remember_partners(a, b);
    }
  }
}

}  // namespace parley::coding
