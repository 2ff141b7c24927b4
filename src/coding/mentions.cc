// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Actor mentions, compounds, places and references (pronouns, groups).

#include "coding/document_coder.h"

#include <algorithm>

namespace parley::coding {

using morph::Pos;

namespace {

// The country part of an international or non-state code (IGO, NGO, IMG,
// MNC): no country to give a role or a document.
bool NonStatePrefix(std::string_view country) {
  return country == "IGO" || country == "NGO" || country == "IMG" || country == "MNC";
}

}  // namespace

int32_t DocumentCoder::AddMention(Mention m) {
  const int32_t index = static_cast<int32_t>(mentions_.size());
  for (uint32_t t = m.first; t < m.last; ++t) infos_[t].mention = index;
  mentions_.push_back(std::move(m));
  subject_position_.push_back(false);
  subject_position_.back() = SubjectPosition(mentions_.back());
  return index;
}

bool DocumentCoder::SubjectPosition(const Mention& m) const {
  // A mention directly followed (past clitics, negation, adverbs) by a verb.
  const text::Sentence& s = at_.sentences[m.sentence];
  const uint32_t end = s.first_token + s.token_count;
  for (uint32_t j = m.last; j < end && j < m.last + 4; ++j) {
    if (!keys_[j].word) return false;
    if (IsVerbBoundary(j)) return true;
    if (infos_[j].classes & (kWcReflexive | kWcNegation | kWcLightAdverb)) continue;
    return false;
  }
  return false;
}

void DocumentCoder::BuildMentions(uint32_t s) {
  const text::Sentence& sent = at_.sentences[s];
  const uint32_t first = sent.first_token, last = sent.first_token + sent.token_count;
  title_case_ = TitleCase(first, last);
  ClassifyItems(first, last);
  AddDyadMentions(s, first, last);
  AddGroupReferences(s, first, last);
  AddActorChunks(s, first, last);
  AddCountryAdjectiveMentions(s, first, last);
  AddReferringMentions(s, first, last);
  AddOrganisationReferences(s, first, last);
  ResolveOffices(s, first, last);
  ResolveDomesticActors(s, first, last);
  // Successor states on dates they were part of another (UKR in 1986: SUN).
  for (size_t mi = sentence_first_mention_; mi < mentions_.size(); ++mi) {
    Mention& m = mentions_[mi];
    if (m.sentence == s && m.code.size() >= 3) m.code = actors_.StateOn(m.code, publication_);
  }
}

// Actors named by role alone ("la police", "protesters", "le gouvernement")
// take a country when the text gives only one reading (docs/coding.md): a
// place in the same sentence ("police in Karachi"), else the dateline
// ("KARACHI, June 3 (Reuters) - Police arrested..."), else the only country
// the document has named so far.
void DocumentCoder::ResolveDomesticActors(uint32_t s, uint32_t first, uint32_t last) {
  const bool dateline_sentence = s == first_sentence_;
  std::string sentence_country;
  bool several = false;
  for (size_t mi = sentence_first_mention_; mi < mentions_.size(); ++mi) {
    const Mention& m = mentions_[mi];
    // Places, and countries named alone as places ("police in Nigeria",
    // "hommes armés du nord du Nigeria") — not as actors: "the Senate's
    // leaders praised Reagan for retaliating against Japan" says nothing of
    // where the Senate is.
    const bool country_only = !m.location && m.kind == MentionKind::kActor && !m.weak && m.code.size() == 3 &&
                              m.agent_code.empty() && !m.person && CountryAsPlace(m);
    if (m.sentence != s || (!m.location && !country_only) || m.code.size() < 3) continue;
    // "KARACHI, June 3 (Reuters) -": the first words of the document.
    if (dateline_sentence && m.first == first && m.last < keys_.size() &&
        (keys_[m.last].key == "," || keys_[m.last].key == "(")) {
      dateline_country_ = m.code.substr(0, 3);
      continue;
    }
    // "the minister, speaking in Paris": where the speaker stands says
    // nothing of whose minister.
    if (WhereSpeakerStands(m)) continue;
    if (m.location) document_place_countries_.insert(m.code.substr(0, 3));
    if (sentence_country.empty()) sentence_country = m.code.substr(0, 3);
    else if (sentence_country != m.code.substr(0, 3)) several = true;
  }
  if (several) sentence_country.clear();
  // The countries of the actors coded so far, this sentence's included
  // ("unions met ... at the Labour conference").
  for (size_t mi = sentence_first_mention_; mi < mentions_.size(); ++mi) {
    const Mention& m = mentions_[mi];
    if (m.sentence != s || m.kind != MentionKind::kActor || m.location || m.weak || m.code.size() < 3) continue;
    const std::string country = m.code.substr(0, 3);
    if (!NonStatePrefix(country)) document_countries_.insert(country);
  }
  for (size_t mi = sentence_first_mention_; mi < mentions_.size(); ++mi) {
    Mention& m = mentions_[mi];
    if (m.sentence != s || m.kind != MentionKind::kActor || m.location || m.weak || !m.code.empty()) continue;
    if (m.agent_code.empty() || !lex_.IsDomesticAgent(m.agent_code)) continue;
    // "foreign troops in Afghanistan", "les diplomates occidentaux à Téhéran": no one country.
    if (MultinationalRole(m, first, last)) {
      // "Japanese creditor banks": the lenders' own country, when a country
      // adjective opens the modifier right before them.
      if (m.first > first && infos_[m.first - 1].mention >= 0) {
        const Mention& q = mentions_[infos_[m.first - 1].mention];
        if (q.kind == MentionKind::kActor && q.weak && !q.location && q.dyad < 0 && q.last == m.first && q.code.size() == 3 &&
            q.first + 1 < q.last) {
          m.code = q.code + m.agent_code;
        }
      }
      continue;
    }
    // "a spokesman for Suiker Unie", "a lawyer for the company": a body's
    // officer, not the state's; "a spokesman for the Albanian embassy": its.
    if (std::string body_code; EmployedByBody(m, last, &body_code)) {
      if (!body_code.empty()) m.code = body_code;
      continue;
    }
    // '"My government has invited him," the Mexican minister told reporters
    // in Washington', '« Mon gouvernement ... », a déclaré M. Peña Nieto au
    // président Obama': a role with a first-person possessive in a quotation
    // is its speaker's, the first actor after the closing quote; with no
    // speaker coded there, no one's: never the sentence's places or the
    // document's countries.
    if (m.first > first && FormOrLemma(m.first - 1, [&](int32_t id) { return lex_.IsFirstPersonPronoun(id); })) {
      m.country_guessed = false;
      const auto is_quote = [&](uint32_t t) {
        const std::string_view k = keys_[t].key;
        return k == "\"" || k == "»" || k == "«" || k == "”" || k == "“";
      };
      bool opened = false;
      for (uint32_t t = m.first - 1; t-- > first && !opened;) opened = is_quote(t);
      uint32_t t = m.last;
      while (t < last && !is_quote(t)) ++t;
      if (!opened || t >= last) continue;
      for (++t; t < last; ++t) {
        if (infos_[t].mention < 0) continue;
        const Mention& speaker = mentions_[infos_[t].mention];
        if (speaker.kind != MentionKind::kActor) break;  // "he said": the pronoun is not resolved yet
        if (speaker.location || speaker.weak) continue;
        // Not whom it was said to: "», a déclaré au président américain le
        // Premier ministre turc".
        uint32_t b = speaker.first;
        while (b > first && (infos_[b - 1].classes & kWcDeterminer) && !(infos_[b - 1].classes & kWcFusedPrep)) --b;
        if (b > first && ((infos_[b - 1].pos & Pos::kPreposition) || (infos_[b - 1].classes & kWcFusedPrep))) {
          t = speaker.last - 1;
          continue;
        }
        const std::string c = speaker.code.size() >= 3 ? speaker.code.substr(0, 3) : std::string();
        if (!c.empty() && !NonStatePrefix(c)) m.code = m.former ? c : c + m.agent_code;
        break;
      }
      continue;
    }
    // "forces loyal to rebel leader Laurent Kabila", "les troupes fidèles au
    // président Habré": the leader's forces.
    if (std::string loyal = LoyalForcesCode(m, last); !loyal.empty()) {
      m.code = loyal;
      m.country_guessed = false;
      continue;
    }
    // "Jordan recalled its ambassador", "Israeli soldiers and police": the
    // country of the actor the possessive or the coordination attaches it to.
    std::string country = OwnerCountry(m, first);
    // "ministers from Brazil", "troops from Chad": the country they come from.
    if (country.empty() && m.last + 1 < last && lex_.IsOriginPreposition(keys_[m.last].key_id)) {
      uint32_t t = m.last + 1;
      while (t < last && (infos_[t].classes & kWcDeterminer) && !(infos_[t].classes & kWcPossessive)) ++t;
      if (t < last && infos_[t].mention >= 0) {
        const Mention& origin = mentions_[infos_[t].mention];
        if (origin.first == t && origin.location && origin.country_place && origin.code.size() >= 3) {
          country = origin.code.substr(0, 3);
        }
      }
    }
    m.country_guessed = country.empty();
    // "les troupes en Irak", "soldiers stationed in Afghanistan": where
    // forces are deployed says nothing of whose they are; neither that place
    // nor another of the sentence's gives them a country.
    const bool deployed = country.empty() && m.agent_code == "MIL" && DeployedAt(m, last);
    // A parliament is a nation's: a place elsewhere in the sentence says
    // nothing of whose ("Nakasone told a Lower House committee ... that
    // Japan ... in Paris"); only one right after it does ("MPs in Kiev").
    if (m.agent_code == "LEG") {
      if (country.empty() && m.last + 1 < last && (infos_[m.last].pos & Pos::kPreposition)) {
        uint32_t t = m.last + 1;
        while (t < last && (infos_[t].classes & kWcDeterminer)) ++t;
        if (t < last && infos_[t].mention >= 0 && mentions_[infos_[t].mention].location &&
            mentions_[infos_[t].mention].code.size() >= 3) {
          country = mentions_[infos_[t].mention].code.substr(0, 3);
        }
      }
    } else if (country.empty() && !deployed) {
      // "Palestinian youths threw stones at Israeli soldiers in Gaza, and the
      // army said troops had opened fire": armed forces of the kind an actor
      // before them in the sentence holds with a country are that
      // country's, not the sentence's place's (where forces are says
      // nothing of whose they are).
      country = sentence_country;
      if (!country.empty() && (m.agent_code == "MIL" || m.agent_code == "COP")) {
        if (const std::string same = SameRoleCountry(m); !same.empty()) country = same;
      }
    }
    if (country.empty()) country = dateline_country_;
    if (country.empty() && document_countries_.size() == 1) country = *document_countries_.begin();

    // No actor's country: the only country the document's places are in
    // ("l'aéroport de Bangkok ... le gouvernement").
    if (country.empty() && !deployed && document_countries_.empty() && document_place_countries_.size() == 1) {
      country = *document_place_countries_.begin();
    }
    if (!country.empty()) m.code = m.former ? country : country + m.agent_code;
  }
}

namespace {

bool IgoCode(std::string_view code) { return code.size() >= 3 && code.compare(0, 3, "IGO") == 0; }

}  // namespace

void DocumentCoder::ResolveOffices(uint32_t s, uint32_t first, uint32_t last) {
  auto actor_at = [&](uint32_t t) -> int32_t {
    if (t < first || t >= last) return -1;
    const int32_t mi = infos_[t].mention;
    if (mi < 0 || static_cast<size_t>(mi) < sentence_first_mention_) return -1;
    const Mention& d = mentions_[mi];
    return d.kind == MentionKind::kActor && d.dyad < 0 && !d.weak ? mi : -1;
  };
  // A description of one person: a title, singular, said present, and
  // none of a state's envoy to an international body ("the UN ambassador").
  auto description = [&](int32_t mi) {
    if (mi < 0) return false;
    const Mention& d = mentions_[mi];
    if (d.entry >= 0 || d.agent_code.empty() || d.plural || d.former || d.location || d.people) return false;
    for (uint32_t t = d.first; t < d.last; ++t) {
      if (FormOrLemma(t, [&](int32_t id) { return lex_.IsDelegateTitle(id); })) return false;
    }
    return true;
  };
  for (size_t mi = sentence_first_mention_; mi < mentions_.size(); ++mi) {
    Mention& p = mentions_[mi];
    if (p.sentence != s || p.kind != MentionKind::kActor || !p.person || p.entry < 0 || p.past_title || p.location ||
        p.code.empty()) {
      continue;
    }
    const ActorEntry& e = actors_.entry(static_cast<uint32_t>(p.entry));
    const bool out_of_office = e.type == ActorType::kPerson && !e.DatedOn(publication_);
    auto remember = [&] {
      if (!out_of_office) return;
      for (const auto& [entry, code] : office_codes_) {
        if (entry == p.entry) return;
      }
      office_codes_.emplace_back(p.entry, p.code);
    };
    // The description before ", NAME" (past a locative phrase of its own:
    // "l'envoyé spécial de l'ONU en Afghanistan, Kai Eide"), else after
    // "NAME, the ...".
    int32_t d = -1;
    if (p.first >= first + 2 && keys_[p.first - 1].key == ",") {
      uint32_t t = p.first - 2;
      const int32_t near = actor_at(t);
      if (near >= 0 && mentions_[near].location && mentions_[near].first >= first + 2 &&
          (infos_[mentions_[near].first - 1].pos & Pos::kPreposition)) {
        t = mentions_[near].first - 2;
      } else if (near >= 0 && mentions_[near].location) {
        t = last;  // no description
      }
      const int32_t cand = actor_at(t);
      if (cand >= 0 && mentions_[cand].last == t + 1 && description(cand)) d = cand;
    }
    bool past_after = false;
    if (d < 0 && p.last + 1 < last && keys_[p.last].key == ",") {
      uint32_t t = p.last + 1;
      for (uint32_t k = t; k < last && k < t + 3; ++k) past_after |= lex_.IsFormerWord(keys_[k].key_id);
      while (t < last && (infos_[t].classes & kWcDeterminer) && !(infos_[t].classes & kWcPossessive)) ++t;
      const int32_t cand = actor_at(t);
      // (Not a list: "Barroso, the UN envoy and ...".)
      if (cand >= 0 && mentions_[cand].first == t && description(cand) &&
          !(mentions_[cand].last < last && (infos_[mentions_[cand].last].classes & kWcCoordinator))) {
        d = cand;
      }
    }
    // "Kofi Annan, former UN secretary-general", "former FAO chief Edouard
    // Saouma": a past office is no present one.
    for (uint32_t k = p.first > first + 4 ? p.first - 4 : first; k < p.first && !past_after; ++k) {
      past_after = lex_.IsFormerWord(keys_[k].key_id);
    }
    if (past_after) continue;
    if (IgoCode(p.code)) {
      // ("World Bank President Barber Conable": his title made him the IGO's.)
      if (!IgoCode(e.CodeOn(publication_))) remember();
      if (d >= 0 && mentions_[d].code.empty()) mentions_[d].code = p.code;
      continue;
    }
    // The text's IGO title says what he is in the story.
    if (d >= 0 && IgoCode(mentions_[d].code)) {
      p.code = mentions_[d].code;
      remember();
      continue;
    }
    // Out of office on the date (which may be a guess): an office he held
    // in an IGO the sentence names. (The exact organisation first: the UN's
    // FAO before the UN.)
    if (out_of_office) {
      const DatedCode* best = nullptr;
      bool best_exact = false;
      for (size_t oi = sentence_first_mention_; oi < mentions_.size(); ++oi) {
        const Mention& o = mentions_[oi];
        if (oi == mi || o.sentence != s || o.kind != MentionKind::kActor || o.location || o.past_title ||
            o.former || !IgoCode(o.code)) {
          continue;
        }
        for (const DatedCode& c : e.codes) {
          if (c.undated || !IgoCode(c.code) || c.code.compare(0, o.code.size(), o.code) != 0) continue;
          const bool exact = c.code == o.code;
          if (best == nullptr || (exact && !best_exact)) {
            best = &c;
            best_exact = exact;
          }
        }
      }
      if (best != nullptr) {
        p.code = best->code;
        remember();
      } else {
        // Else the office an earlier sentence of the story gave him.
        for (const auto& [entry, code] : office_codes_) {
          if (entry == p.entry) p.code = code;
        }
      }
    }
    // The description in apposition is the same person: "le chef de la
    // diplomatie" is no one else's than Solana's.
    if (d >= 0 && mentions_[d].code.empty() && p.code.size() > 3) mentions_[d].code = p.code;
  }
}

bool DocumentCoder::DeployedAt(const Mention& m, uint32_t last) const {
  uint32_t t = m.last;
  // Past one participle or adjective: "stationnées", "déployés", "stationed", "based".
  if (t < last && keys_[t].word && !keys_[t].capitalized && infos_[t].mention < 0 && !(infos_[t].classes & ~kWcLightAdverb) &&
      ((infos_[t].verb_form & morph::kPastParticiple) || (infos_[t].pos & Pos::kAdjective))) {
    ++t;
  }
  // ("au Mali", "aux États-Unis": the locative inside a fused article.)
  const uint64_t locatives = kWcCityLocative | kWcCountryLocative;
  if (t >= last || !((infos_[t].classes & locatives) ||
                     ((infos_[t].classes & kWcFusedPrep) && (lex_.SurfaceClasses(lex_.Preposition(keys_[t].key_id)) & locatives)))) {
    return false;
  }
  ++t;
  while (t < last && (infos_[t].classes & kWcDeterminer) && !(infos_[t].classes & kWcPossessive)) ++t;
  return t < last && infos_[t].mention >= 0 && mentions_[infos_[t].mention].location &&
         mentions_[infos_[t].mention].first == t;
}

bool DocumentCoder::EmployedByBody(const Mention& m, uint32_t last, std::string* speaks_for) const {
  speaks_for->clear();
  if (m.last >= last || !lex_.IsEmployerPreposition(keys_[m.last].key_id)) return false;
  uint32_t t = m.last + 1;
  while (t < last && (infos_[t].classes & kWcDeterminer) && !(infos_[t].classes & kWcPossessive)) ++t;
  if (t >= last || infos_[t].mention < 0) return false;
  const Mention& body = mentions_[infos_[t].mention];
  if (body.first != t || body.kind != MentionKind::kActor || body.location || body.person) return false;
  // A company ("the company", "Renault SA"), or capitalised words no
  // dictionary knows ("Suiker Unie"); not a country's own body ("the
  // ministry", "the Foreign Office").
  if (body.agent_code == "BUS") return true;
  // "a spokesman for the Albanian embassy in London", "a spokesman for
  // Hamas": the voice of the body named, whatever the sentence's places.
  if (m.agent_code == "GOV" && !body.weak && !body.people && body.code.size() >= 3 &&
      (body.organisation || !body.agent_code.empty())) {
    *speaks_for = body.code;
    return true;
  }
  return body.code.empty() && body.agent_code.empty() && body.entry < 0 && keys_[t].capitalized &&
         !(at_.tokens[t].flags & text::kShouted);
}

bool DocumentCoder::MultinationalRole(const Mention& m, uint32_t first, uint32_t last) const {
  auto multinational = [&](uint32_t t) {
    return t < last && keys_[t].word && FormOrLemma(t, [&](int32_t id) { return lex_.IsMultinationalModifier(id); });
  };
  // (Not inside it: "the foreign ministry", "le ministère des Affaires étrangères".)
  if (m.first > first && multinational(m.first - 1)) return true;
  // Past one more adjective or noun of the phrase: "foreign oil companies",
  // "des sociétés pétrolières étrangères".
  auto modifier = [&](uint32_t t) {
    return t < last && keys_[t].word && infos_[t].mention < 0 && (infos_[t].pos & (Pos::kAdjective | Pos::kNoun)) &&
           !(infos_[t].pos & (Pos::kVerb | Pos::kPreposition | Pos::kProperNoun)) && !(infos_[t].classes & kWcDeterminer);
  };
  if (m.first > first + 1 && modifier(m.first - 1) && multinational(m.first - 2)) return true;
  uint32_t t = m.last;
  if (multinational(t)) return true;
  if (modifier(t) && lex_.adjectives_follow() && multinational(t + 1)) return true;
  if (t < last && (infos_[t].classes & kWcOf)) {
    ++t;
    while (t < last && (infos_[t].classes & kWcDeterminer) && !(infos_[t].classes & kWcPossessive)) ++t;
    return multinational(t);
  }
  return false;
}

std::string DocumentCoder::LoyalForcesCode(const Mention& m, uint32_t last) const {
  if (m.agent_code != "MIL" && m.agent_code != "REB" && m.agent_code != "COP" && m.agent_code != "UAF") return std::string();
  uint32_t t = m.last;
  if (t + 1 >= last || !FormOrLemma(t, [&](int32_t id) { return lex_.IsLoyaltyWord(id); })) return std::string();
  ++t;
  if (!((infos_[t].pos & Pos::kPreposition) || (infos_[t].classes & kWcFusedPrep))) return std::string();
  ++t;
  while (t < last && (infos_[t].classes & kWcDeterminer) && !(infos_[t].classes & kWcPossessive)) ++t;
  if (t >= last || infos_[t].mention < 0) return std::string();
  const Mention& leader = mentions_[infos_[t].mention];
  if (leader.first != t || leader.kind != MentionKind::kActor || leader.location || leader.weak || leader.code.size() != 6) {
    return std::string();
  }
  const std::string country = leader.code.substr(0, 3);
  if (NonStatePrefix(country)) return std::string();
  const std::string role = leader.code.substr(3);
  return country + (role == "REB" || role == "OPP" ? std::string("REB") : m.agent_code);
}

std::string DocumentCoder::SameRoleCountry(const Mention& m) const {
  if (m.agent_code.size() != 3) return std::string();
  // Bare role nouns only ("the army", "troops", "warships"): not "French-backed
  // government troops", "the Battalion Royal Gurkha Rifles", nor forces "from"
  // somewhere.
  if (m.last - m.first > 2 || m.last > keys_.size()) return std::string();
  for (uint32_t t = m.first; t < m.last; ++t) {
    if (keys_[t].capitalized && t != at_.sentences[m.sentence].first_token) return std::string();
  }
  if (m.last < keys_.size() && lex_.IsOriginPreposition(keys_[m.last].key_id)) return std::string();
  std::string found;
  for (size_t mi = sentence_first_mention_; mi < mentions_.size(); ++mi) {
    const Mention& p = mentions_[mi];
    if (&p == &m || p.sentence != m.sentence || p.first >= m.first) continue;
    if (p.kind != MentionKind::kActor || p.location || p.weak || p.dyad >= 0 || p.code.size() != 6) continue;
    const std::string c = p.code.substr(0, 3);
    if (NonStatePrefix(c)) continue;
    if (p.code.compare(3, 3, m.agent_code) == 0) found = c;  // the latest one
  }
  return found;
}

std::string DocumentCoder::OwnerCountry(const Mention& m, uint32_t first) const {
  auto country_of = [&](int32_t mi) -> std::string {
    if (mi < 0) return std::string();
    const Mention& o = mentions_[mi];
    if (o.kind != MentionKind::kActor || o.location || o.dyad >= 0 || o.code.size() < 3) return std::string();
    const std::string c = o.code.substr(0, 3);
    return NonStatePrefix(c) ? std::string() : c;
  };
  if (m.first == first || m.person) return std::string();  // not "Yeltsin and President George Bush"
  const uint64_t before = infos_[m.first - 1].classes;
  if ((before & kWcPossessive) && !(before & kWcPronounFem)) {
    // The latest actor of the sentence before the possessive ("her" is also
    // an object pronoun: left alone).
    for (uint32_t t = m.first - 1; t-- > first;) {
      if (infos_[t].mention < 0) continue;
      const std::string c = country_of(infos_[t].mention);
      if (!c.empty()) return c;
      if (mentions_[infos_[t].mention].kind == MentionKind::kActor) break;
    }
    return std::string();
  }
  if (((before & kWcCoordinator) || keys_[m.first - 1].key == ",") && m.first - 1 > first) {
    const int32_t prior = infos_[m.first - 2].mention;
    if (prior >= 0 && mentions_[prior].last == m.first - 1) return country_of(prior);
  }
  return std::string();
}

bool DocumentCoder::AgentWordAsModifier(uint32_t i, uint32_t len, uint32_t first, uint32_t last) const {
  // In a headline all in capitals, capitals say nothing ("BOLIVIAN MINERS
  // CALL GENERAL STRIKE"): only a name's own capital counts.
  auto capital = [&](uint32_t t) { return keys_[t].capitalized && !(at_.tokens[t].flags & text::kShouted); };
  if (len != 1) return false;
  // A word that is also an adjective ("General", "Royal", "National") before a
  // capitalised common noun or adjective starts a proper name, not a title:
  // "General Partners", "General Motors", "General Electric", "the General
  // Election" (a person's name after a title is neither: "General Franks",
  // "General Mark Milley").
  const bool adjective = (infos_[i].pos & Pos::kAdjective) != 0;
  if (capital(i)) {
    if (!adjective || i + 1 >= last || !capital(i + 1) || !keys_[i + 1].word) return false;
    const uint32_t n = i + 1;
    // (A common noun of the lexicon, singular too: "General Election",
    // "General Hospital".)
    const bool plural_noun = (infos_[n].pos & Pos::kNoun) && !(infos_[n].pos & Pos::kProperNoun) && !infos_[n].verb;
    const bool adjective_only = (infos_[n].pos & Pos::kAdjective) && !(infos_[n].pos & (Pos::kNoun | Pos::kProperNoun)) &&
                                !infos_[n].verb;
    // (Not before a surname: "General Frank Kearney".)
    const bool surname_after = n + 1 < last && keys_[n + 1].word && capital(n + 1) &&
                               (infos_[n + 1].pos == 0 || (infos_[n + 1].pos & Pos::kProperNoun));
    return (plural_noun || adjective_only) && !surname_after && infos_[n].mention < 0 &&
           !(infos_[n].starts & (kStartsName | kStartsAgent));
  }
  // "au cours de", "en cours": a word that introduces a time phrase is no
  // court ("cours", a plural of "cour").
  if (infos_[i].classes & kWcDuringPrep) return true;
  auto common_noun = [&](uint32_t t) {
    return keys_[t].word && !capital(t) && (infos_[t].pos & Pos::kNoun) && !infos_[t].verb &&
           !(infos_[t].pos & (Pos::kPreposition | Pos::kDeterminer | Pos::kPronoun | Pos::kConjunction | Pos::kAdverb)) &&
           !(infos_[t].classes & (kWcDeterminer | kWcOf | kWcTargetPrep | kWcCoordinator | kWcTimeNoun));
  };
  if (lex_.adjectives_follow()) {
    // "une grève générale", "l'assemblée générale": after its noun, an adjective
    // (a capitalised one too: "la Direction générale des Migrations").
    auto named_noun = [&](uint32_t t) {
      return keys_[t].word && keys_[t].capitalized && t > first && (infos_[t].pos & Pos::kNoun) && !infos_[t].verb &&
             !(infos_[t].classes & (kWcTitle | kWcPluralTitle)) && (items_[t].type == kItemNone || items_[t].type == kCap);
    };
    return i > first && (common_noun(i - 1) || named_noun(i - 1)) && (infos_[i].pos & Pos::kAdjective);
  }
  // "the general election", "a police station", "government plans": before a
  // noun that cannot be a verb, a modifier ("troops patrol" is a clause).
  uint32_t unused = 0;
  const bool plural = keys_[i].lemma_count > 0 && keys_[i].lemmas[0] != keys_[i].key;
  // A word that is also an adjective may modify a noun that could be a verb
  // too: "a general strike", "military force", "a military parade".
  // Before another adjective and its noun, too: "a general structural reform".
  if (adjective && i + 2 < last && keys_[i + 1].word && !capital(i + 1) && (infos_[i + 1].pos & Pos::kAdjective) &&
      !(infos_[i + 1].pos & Pos::kNoun) && !infos_[i + 1].verb && common_noun(i + 2))
    return true;
  // (Not before a headline's verb: "SOUTH KOREA PREMIER OFFERS TALKS".)
  const bool headline_verb = (at_.tokens[i + 1 < last ? i + 1 : i].flags & text::kShouted) && i + 1 < last &&
                             (infos_[i + 1].verb_form & morph::kPresent) && keys_[i + 1].key.ends_with('s');
  return !plural && i + 1 < last && common_noun(i + 1) && (!(infos_[i + 1].pos & Pos::kVerb) || (adjective && !headline_verb)) &&
         pack_.agents->matcher().LongestMatch(keys_, i + 1, &unused) == 0;
}

bool DocumentCoder::CountryModifiesNoun(uint32_t end, uint32_t last) const {
  auto lower_word = [&](uint32_t t) {
    return t < last && keys_[t].word && !keys_[t].capitalized && !keys_[t].all_caps && infos_[t].mention < 0 &&
           at_.tokens[t].kind != text::TokenKind::kNumber;
  };
  // Past up to two modifiers ("the Iran nuclear deal", "U.S. trade deficit"),
  // a thing that is no actor (the `possessed_non_actors` line: "deal",
  // "sanctions", "dollar", "economy").
  auto thing = [&](uint32_t t) { return FormOrLemma(t, [&](int32_t id) { return lex_.IsPossessedNonActor(id); }); };
  for (uint32_t k = end; k < end + 3 && lower_word(k); ++k) {
    if (thing(k)) return true;
    if (!(infos_[k].pos & (Pos::kAdjective | Pos::kNoun)) || infos_[k].verb) return false;
  }
  return false;
}

bool DocumentCoder::TitleCase(uint32_t first, uint32_t last) const {
  uint32_t words = 0, capitals = 0;
  for (uint32_t t = first + 1; t < last; ++t) {
    if (!keys_[t].word || !infos_[t].letter_initial) continue;  // letters only: no numbers
    // Common words only: names are capitalised in any sentence.
    if (infos_[t].pos == 0 || infos_[t].pos == Pos::kProperNoun || (infos_[t].starts & (kStartsName | kStartsPlace))) {
      continue;
    }
    ++words;
    if (keys_[t].capitalized || keys_[t].all_caps) ++capitals;
  }
  return words >= 2 && capitals * 10 >= words * 6;
}

bool DocumentCoder::NameContinuation(uint32_t t, uint32_t last) const {
  if (t >= last || !keys_[t].word || !keys_[t].capitalized || (at_.tokens[t].flags & text::kLineStart)) return false;
  if (infos_[t].classes & ~kWcLightAdverb) return false;  // a weekday, a title, a function word
  if (infos_[t].pos & (Pos::kAuxiliary | Pos::kPreposition | Pos::kConjunction | Pos::kPronoun | Pos::kDeterminer)) {
    return false;
  }
  // (A word that may start a name still continues this one: "Lynch" is also a surname.)
  if (infos_[t].starts & (kStartsAgent | kStartsAdjective)) return false;
  uint32_t unused = 0;
  if ((infos_[t].starts & kStartsPlace) && places_.names().LongestMatch(keys_, t, &unused) > 0) return false;
  return !FormOrLemma(t, [&](int32_t id) { return lex_.IsPlaceNoun(id); });
}

bool DocumentCoder::RoleAsPredicate(uint32_t i, uint32_t end, uint32_t first, uint32_t last) const {
  // One holder of one office: "became president", not "were soldiers".
  if (PluralNoun(lex_.adjectives_follow() ? i : end - 1)) return false;
  auto office = [&](int32_t id) { return lex_.IsOfficeNoun(id); };
  auto predicate = [&](int32_t id) { return lex_.IsRolePredicateVerb(id); };
  // "the post of foreign minister", "le poste de gouverneur", "bid for governor":
  // a preposition with no article after an office noun.
  if (i >= first + 2 && (infos_[i - 1].pos & Pos::kPreposition) &&
      !(infos_[i - 1].classes & (kWcFusedPrep | kWcDeterminer)) && FormOrLemma(i - 2, office)) {
    return true;
  }
  // "became (a) senator", "named him minister", "a été élu président": past
  // adverbs, an indefinite article, lower-case adjectives and an object pronoun.
  // After a copula the definite article too: "sera le quatrième président
  // américain" (but not in a cleft: "c'est le président qui a décidé").
  uint32_t t = i;
  bool definite = false;
  for (int steps = 0; t > first && steps < 4; ++steps) {
    const uint32_t b = t - 1;
    const uint64_t cls = infos_[b].classes;
    if ((cls & kWcDefinite) && !(cls & (kWcPossessive | kWcOf | kWcFusedPrep)) && !definite) {
      definite = true;
      --t;
      continue;
    }
    const bool skip = (cls & kWcLightAdverb) ||
                      ((cls & kWcDeterminer) && !(cls & (kWcDefinite | kWcPossessive | kWcOf | kWcFusedPrep))) ||
                      ((infos_[b].pos & Pos::kNumeral) && !keys_[b].capitalized && infos_[b].mention < 0) ||
                      ((infos_[b].pos & Pos::kAdjective) && (!(infos_[b].pos & Pos::kNoun) || steps < 2) &&
                       !keys_[b].capitalized &&
                       infos_[b].mention < 0 && !infos_[b].verb) ||
                      ((cls & (kWcPronounMasc | kWcPronounFem | kWcPronounPlural)) && !(cls & kWcDeterminer));
    if (!skip) break;
    --t;
  }
  if (t == first) return false;
  const uint32_t v = t - 1;
  if (!FormOrLemma(v, predicate)) return false;
  if (definite && (!(infos_[v].classes & kWcCopula) || (end < last && (infos_[end].classes & kWcRelative)))) {
    return false;
  }
  // "as police fired": a role followed by its verb is a clause's subject.
  if (end < last && IsVerbBoundary(end)) return false;
  // "as", "comme" (no verb): not after "such", "well", "same" ("such as parliament").
  const bool verb = infos_[v].verb || infos_[v].aux || (infos_[v].pos & (Pos::kVerb | Pos::kAuxiliary));
  if (!verb && v > first && (infos_[v - 1].pos & (Pos::kAdverb | Pos::kAdjective | Pos::kDeterminer)) &&
      !(infos_[v - 1].pos & Pos::kVerb)) {
    return false;
  }
  return true;
}

bool DocumentCoder::FormerBefore(uint32_t i, uint32_t end, uint32_t first) const {
  for (uint32_t t = i > first + 2 ? i - 2 : first; t < end; ++t) {
    if (lex_.IsFormerWord(keys_[t].key_id)) return true;
  }
  return false;
}

bool DocumentCoder::EventNoun(uint32_t t) const {
  if (!(infos_[t].pos & Pos::kNoun) || pack_.frames == nullptr) return false;
  const KeyedToken& k = keys_[t];
  if (pack_.frames->FramesFor(TriggerKind::kNoun, k.key_id) != nullptr) return true;
  for (uint8_t l = 0; l < k.lemma_count; ++l) {
    if (pack_.frames->FramesFor(TriggerKind::kNoun, k.lemma_ids[l]) != nullptr) return true;
  }
  return false;
}

bool DocumentCoder::PluralNoun(uint32_t t) const {
  // "crowds", "manifestants": a form ending in -s or -x whose lemma is another
  // word (worked out once per form, forms.cc).
  return infos_[t].plural_form;
}

bool DocumentCoder::CompassOf(uint32_t i, uint32_t first) const {
  // "dans le nord du Mali", "l'est de la RDC", "the north of Lebanon".
  uint32_t p = i;
  while (p > first && (infos_[p - 1].classes & kWcDeterminer) &&
         !(infos_[p - 1].classes & (kWcPossessive | kWcOf | kWcFusedPrep))) {
    --p;
  }
  return p >= first + 2 && (infos_[p - 1].classes & (kWcOf | kWcFusedPrep)) && lex_.IsPlaceModifier(keys_[p - 2].key_id);
}

bool DocumentCoder::CoordinatedWithPlace(uint32_t i, uint32_t first) const {
  // "in Iraq and Syria", "in the West Bank and Gaza": after "and" or a comma
  // that follows a place.
  uint32_t p = i;
  while (p > first && (infos_[p - 1].classes & kWcDeterminer) && !(infos_[p - 1].classes & kWcPossessive)) --p;
  if (p < first + 2 || !((infos_[p - 1].classes & kWcCoordinator) || keys_[p - 1].key == ",")) return false;
  const int32_t prior = infos_[p - 2].mention;
  return prior >= 0 && mentions_[prior].location && mentions_[prior].last == p - 1;
}

bool DocumentCoder::CountryAsPlace(const Mention& m) const {
  const uint32_t first = at_.sentences[m.sentence].first_token;
  uint32_t p = m.first;
  while (p > first && (infos_[p - 1].classes & kWcDeterminer)) --p;  // "in the Philippines"
  if (p == first) return false;
  const uint64_t before = infos_[p - 1].classes;
  if (before & (kWcCityLocative | kWcCountryLocative)) return true;
  if (lex_.IsPlaceModifier(keys_[p - 1].key_id) || CoordinatedWithPlace(p, first) || CompassOf(m.first, first)) {
    return true;
  }
  // "du nord du Nigeria", "the south of Lebanon": "of" after a common noun
  // that names no actor.
  return (before & kWcOf) && p - 1 > first && keys_[p - 2].word && !keys_[p - 2].capitalized &&
         infos_[p - 2].mention < 0 && (infos_[p - 2].pos & Pos::kNoun);
}

int32_t DocumentCoder::InstitutionLocativeBefore(uint32_t i, uint32_t first) const {
  auto locative = [&](uint32_t t) {
    return lex_.IsInstitutionLocative(keys_[t].key_id) || lex_.IsInstitutionLocative(lex_.Preposition(keys_[t].key_id));
  };
  uint32_t p = i;
  while (p > first) {
    const uint32_t b = p - 1;
    if (locative(b)) return static_cast<int32_t>(b);
    // Past articles ("at the", "à la"), never a possessive ("à son homologue").
    if (!(infos_[b].classes & kWcDeterminer) || (infos_[b].classes & (kWcPossessive | kWcOf))) break;
    --p;
  }
  return -1;
}

bool DocumentCoder::AddressedPhrase(uint32_t prep, uint32_t first) const {
  const int32_t preposition = lex_.Preposition(keys_[prep].key_id);
  // Back to the clause's verb, within a few words: "a vendu des avions au Brésil".
  for (uint32_t t = prep; t > first && t + 8 > prep;) {
    --t;
    if (!keys_[t].word || (infos_[t].classes & (kWcRelative | kWcConjunction | kWcComplementizer))) return false;
    if (FormOrLemma(t, [&](int32_t id) { return lex_.IsAddresseeWord(id); })) return true;
    if (!infos_[t].verb) continue;
    if (pack_.frames == nullptr) return false;
    const KeyedToken& k = keys_[t];
    for (uint8_t l = 0; l < k.lemma_count; ++l) {
      const auto* refs = pack_.frames->FramesFor(TriggerKind::kVerb, k.lemma_ids[l]);
      if (refs == nullptr) continue;
      for (const auto& ref : *refs) {
        const EventFrame& f = pack_.frames->frame(ref.id);
        if (f.place) continue;  // a target that may be a place ("s'est rendu au Kremlin")
        // (A frame that asks for a given object, "rendre compte à", "arrêter
        // l'aide au", says nothing of the verb's other uses.)
        bool constrained = false;
        for (const FrameArg& a : f.args) constrained |= !a.lemmas.empty() || !a.modifiers.empty();
        if (constrained) continue;
        for (const FrameArg& a : f.args) {
          if (a.role == FrameArg::Role::kPhrase && a.value == FrameArg::Value::kTarget && !a.nested &&
              std::find(a.words.begin(), a.words.end(), preposition) != a.words.end()) {
            return true;
          }
        }
      }
    }
    return false;  // the governing verb does not address its "à" phrase
  }
  return false;
}

bool DocumentCoder::FrameAddresses(TriggerKind kind, uint32_t t, int32_t preposition, uint32_t last,
                                   bool statements) const {
  if (pack_.frames == nullptr || preposition < 0) return false;
  const KeyedToken& k = keys_[t];
  // Whether some word of the clause after the trigger is one of `ids`.
  auto in_clause = [&](const std::vector<int32_t>& ids) {
    for (uint32_t w = t + 1; w < last; ++w) {
      if (IsClauseBreakPunct(keys_[w].key)) break;
      if (FormOrLemma(w, [&](int32_t id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); })) return true;
    }
    return false;
  };
  auto test = [&](int32_t id) {
    const auto* refs = pack_.frames->FramesFor(kind, id);
    if (refs == nullptr) return false;
    for (const auto& ref : *refs) {
      const EventFrame& f = pack_.frames->frame(ref.id);
      if (f.place || !f.trigger_modifiers.empty()) continue;  // "s'est rendu à Moscou": a place may be its target
      // Force, threats of it and one-sided acts go to a place: "fly into
      // Oslo", "marchent vers Bagdad", "des tirs sur Damas".
      if (f.onesided || f.code.compare(0, 2, "13") == 0 || f.code.compare(0, 2, "15") == 0 ||
          f.code.compare(0, 2, "18") == 0 || f.code.compare(0, 2, "19") == 0 || f.code.compare(0, 2, "20") == 0) {
        continue;
      }
      if (!statements && f.code.compare(0, 2, "01") == 0) continue;  // "a déclaré à Paris": where one speaks
      bool addresses = false, met = true;
      for (const FrameArg& a : f.args) {
        if (a.role == FrameArg::Role::kPhrase && a.value == FrameArg::Value::kTarget && !a.nested && a.lemmas.empty() &&
            a.modifiers.empty() && std::find(a.words.begin(), a.words.end(), preposition) != a.words.end()) {
          addresses = true;
          continue;
        }
        // A frame asking for a given object ("adresser un avertissement à")
        // counts only when the clause has it ("arrêter l'aide à" says nothing
        // of "arrêté à Damas").
        if (!a.modifiers.empty()) met = false;
        if (!a.lemmas.empty() && !in_clause(a.lemmas)) met = false;
      }
      if (addresses && met) return true;
    }
    return false;
  };
  if (kind == TriggerKind::kNoun && test(k.key_id)) return true;
  for (uint8_t l = 0; l < k.lemma_count; ++l) {
    if (test(k.lemma_ids[l])) return true;
  }
  return false;
}

bool DocumentCoder::CapitalAddressed(uint32_t prep, uint32_t first, uint32_t last) const {
  if (prep <= first) return false;
  // ("in", "dans", "from", "depuis": where, never whom; "entre Paris et
  // Berlin" is read as before, with its pair.)
  if (infos_[prep].classes & (kWcCountryLocative | kWcReciprocalPrep)) return false;
  const int32_t preposition = lex_.Preposition(keys_[prep].key_id);
  const bool of = (infos_[prep].classes & kWcOf) != 0;
  // A noun trigger just before, past an adjective: "un avertissement à
  // Téhéran", "un appel pressant à Pékin". (Not "de": "les critiques de
  // Paris" are Paris's, read below as the event noun's complement.)
  if (!of) {
    uint32_t n = prep - 1;
    if (n > first && (infos_[n].pos & Pos::kAdjective) && !(infos_[n].pos & Pos::kNoun)) --n;
    if (keys_[n].word && !keys_[n].capitalized && (infos_[n].pos & Pos::kNoun) && !infos_[n].verb &&
        FrameAddresses(TriggerKind::kNoun, n, preposition, last, false)) {
      return true;
    }
  }
  // Back to the clause's verb: "a reproché à Tokyo", "a reproché sa politique
  // à Tokyo", "a exigé de Damas". A "de" phrase after a noun is the noun's
  // ("la libération des otages de Damas").
  for (uint32_t t = prep; t > first && t + 8 > prep;) {
    --t;
    if (!keys_[t].word || (infos_[t].classes & (kWcRelative | kWcConjunction | kWcComplementizer))) return false;
    if (infos_[t].verb) return FrameAddresses(TriggerKind::kVerb, t, preposition, last, false);
    if (of && (infos_[t].pos & Pos::kNoun) && infos_[t].mention < 0) return false;
  }
  return false;
}

bool DocumentCoder::AttackNoun(uint32_t t) const {
  if (!(infos_[t].pos & Pos::kNoun) || pack_.frames == nullptr) return false;
  const KeyedToken& k = keys_[t];
  auto attack = [&](int32_t id) {
    const auto* refs = pack_.frames->FramesFor(TriggerKind::kNoun, id);
    if (refs == nullptr) return false;
    for (const auto& ref : *refs) {
      const std::string& code = pack_.frames->frame(ref.id).code;
      if (code.compare(0, 2, "18") == 0 || code.compare(0, 2, "19") == 0 || code.compare(0, 2, "20") == 0) return true;
    }
    return false;
  };
  if (attack(k.key_id)) return true;
  for (uint8_t l = 0; l < k.lemma_count; ++l) {
    if (attack(k.lemma_ids[l])) return true;
  }
  return false;
}

bool DocumentCoder::WhereSpeakerStands(const Mention& place) const {
  const uint32_t first = at_.sentences[place.sentence].first_token;
  uint32_t p = place.first;
  while (p > first && (infos_[p - 1].classes & kWcDeterminer) && !(infos_[p - 1].classes & kWcFusedPrep)) --p;
  if (p == first || !(infos_[p - 1].classes & (kWcCityLocative | kWcCountryLocative) ||
                      lex_.IsInstitutionLocative(keys_[p - 1].key_id))) {
    return false;
  }
  // "said in", "told reporters in", "speaking in", "en visite à": the word
  // before the locative, or two before past one lower-case word.
  auto presence = [&](uint32_t t) {
    return (infos_[t].classes & kWcReporting) || FormOrLemma(t, [&](int32_t id) { return lex_.IsPresenceWord(id); });
  };
  const uint32_t loc = p - 1;
  if (loc > first && presence(loc - 1)) return true;
  return loc > first + 1 && keys_[loc - 1].word && !keys_[loc - 1].capitalized && infos_[loc - 1].mention < 0 &&
         !IsVerbBoundary(loc - 1) && presence(loc - 2);
}

// At each token, the longest name, agent phrase or country adjective, else
// the word class that matters for grouping (title, de/of, 's, article,
// capitalised word).
void DocumentCoder::ClassifyItems(uint32_t first, uint32_t last) {
  ItemType prev_kind = kItemNone;  // the item just before
  ItemType prev_prev_kind = kItemNone;  // and the one before it ("Aleppo, Homs")
  std::vector<std::string_view> sentence_countries;  // of the names and adjectives met so far
  const bool title_case = title_case_;
  // An all-capitals headline ("SECOND PAKISTAN BOMBING KILLS 22") has no
  // capitalised words to tell names by.
  uint32_t letters_words = 0, upper_words = 0;
  for (uint32_t t = first; t < last; ++t) {
    if (!keys_[t].word || at_.tokens[t].kind == text::TokenKind::kNumber) continue;
    ++letters_words;
    if (keys_[t].all_caps) ++upper_words;
  }
  const bool all_caps = letters_words >= 3 && upper_words * 10 >= letters_words * 8;
  for (uint32_t i = first; i < last;) {
    Item& it = items_[i];
    it = Item{};
    uint32_t payload = 0;
    const uint64_t cls = infos_[i].classes;
    const uint8_t starts = infos_[i].starts;
    uint32_t name_len = (starts & kStartsName) ? actors_.names().LongestMatchAll(keys_, i, &name_payloads_) : 0;
    if (name_len > 0 && i + name_len <= last) {
      // A surname stands for a person already named in the document, or
      // follows a title ("M. Lavrov", "President Morales").
      // (Not a first name after the title: "Me Pierre Deschamps".)
      const bool after_title = i > first && (infos_[i - 1].classes & (kWcTitle | kWcPluralTitle)) &&
                               (title_case || !NameContinuation(i + 1, last));
      auto surname_allowed = [&](uint32_t entry) { return after_title || introduced_.count(entry) > 0; };
      // A name several entries share ("Social Democrats", "Blair") is the one
      // of a person the document has named, else of a country the document
      // or the sentence has named (actor_dictionary.h).
      // A person the document has named, else one of a country it has named.
      auto bonus = [&](uint32_t entry, std::string_view code) {
        if (introduced_.count(entry) > 0) return 2;
        if (code.size() < 3) return 0;
        const std::string_view c = code.substr(0, 3);
        return c == dateline_country_ || document_countries_.count(std::string(c)) > 0 ||
                       std::find(sentence_countries.begin(), sentence_countries.end(), c) != sentence_countries.end()
                   ? 1
                   : 0;
      };
      if (!actors_.Resolve(name_payloads_, publication_, surname_allowed, bonus, &payload)) name_len = 0;
      // "Mr Campbell" in a story that has named none of them: a surname that
      // people of several countries share, none favoured by the document,
      // names no one the coder can tell, whichever holds an office that day.
      if (name_len > 0 && name_payloads_.size() > 1 && ActorDictionary::KindOf(payload) == NameKind::kSurname &&
          introduced_.count(ActorDictionary::EntryOf(payload)) == 0) {
        auto rank_of = [&](uint32_t p) {
          const ActorEntry& e = actors_.entry(ActorDictionary::EntryOf(p));
          if (ActorDictionary::KindOf(p) == NameKind::kSurname && !surname_allowed(ActorDictionary::EntryOf(p))) return 0;
          const int dated = e.DatedOn(publication_) ? 2 : (e.CodeLineOn(publication_) != nullptr ? 1 : 0);
          if (dated == 0) return 0;
          return dated + (ActorDictionary::KindOf(p) != NameKind::kSurname ? 4 : 0) +
                 8 * bonus(ActorDictionary::EntryOf(p), e.CodeOn(publication_));
        };
        const int best = rank_of(payload);
        const std::string_view chosen_code = actors_.entry(ActorDictionary::EntryOf(payload)).CodeOn(publication_);
        for (uint32_t p : name_payloads_) {
          // (A dated office does not tell them apart either: "Mr Johnson" in
          // 2019 is no more the senator in office than the British MP.)
          const int other_rank = rank_of(p);
          if (ActorDictionary::EntryOf(p) == ActorDictionary::EntryOf(payload) || other_rank == 0 ||
              (other_rank != best && (best >= 4 || other_rank >= 4)))
            continue;
          const std::string_view other = actors_.entry(ActorDictionary::EntryOf(p)).CodeOn(publication_);
          if (other.substr(0, 3) != chosen_code.substr(0, 3)) {
            name_len = 0;
            break;
          }
        }
      }
      // "CPI rose 0.3 pct", "MORSE SHOE INC": an abbreviation this language
      // writes for a common word is no one's name (the French CPI is the ICC).
      if (name_len == 1 && lex_.IsCommonAbbreviation(keys_[i].key_id)) name_len = 0;
      // In an all-capitals headline every word looks like an acronym: a
      // party's, or a person's initials ("PAN", "ATT"; not "REAGAN"), only
      // stand for them once the document or the sentence has named their country.
      if (name_len == 1 && all_caps && keys_[i].all_caps) {
        const ActorEntry& e = actors_.entry(ActorDictionary::EntryOf(payload));
        if ((e.type == ActorType::kParty || (e.type == ActorType::kPerson && keys_[i].key.size() <= 3)) &&
            bonus(ActorDictionary::EntryOf(payload), e.CodeOn(publication_)) == 0) {
          name_len = 0;
        }
      }
      // A country or a capital right after an unknown capitalised word is part
      // of a proper name: "Michael Jordan", "Chrysler Canada Ltd" (but "Eastern
      // Ukraine" is a place).
      if (name_len > 0 && prev_kind == kCap && !title_case &&
          actors_.entry(ActorDictionary::EntryOf(payload)).type == ActorType::kCountry &&
          !lex_.IsPlaceModifier(keys_[i - 1].key_id)) {
        name_len = 0;
      }
      // "l'entrevue avec Diane Sawyer": a person's one-word name after a
      // capitalised word that is none of his names is a namesake (the
      // journalist, not Liberia's Amos Sawyer). Only for a person out of
      // office on the date and not yet named: one in office is in the news
      // under his own given names.
      if (name_len == 1 && prev_kind == kCap && !title_case) {
        const uint32_t entry = ActorDictionary::EntryOf(payload);
        const ActorEntry& e = actors_.entry(entry);
        if (e.type == ActorType::kPerson && !e.DatedOn(publication_) && introduced_.count(entry) == 0) {
          const text::Token& prev = at_.tokens[i - 1];
          const std::string_view given = text_.substr(prev.begin, prev.end - prev.begin);
          if (given.size() > 2 && e.name.find(given) == std::string::npos) name_len = 0;
        }
      }
      // "Klaus Laepple", "Fischer Verlag": a person's one-word name before a
      // capitalised word that continues a proper name is someone else's
      // first name (not Václav Klaus), unless the document has named him.
      if (name_len == 1 && !title_case && !after_title && NameContinuation(i + 1, last)) {
        const uint32_t entry = ActorDictionary::EntryOf(payload);
        if (actors_.entry(entry).type == ActorType::kPerson && introduced_.count(entry) == 0) name_len = 0;
      }
      if (name_len > 0) {
        const std::string_view code = actors_.entry(ActorDictionary::EntryOf(payload)).CodeOn(publication_);
        if (code.size() >= 3) sentence_countries.push_back(code.substr(0, 3));
      }
    }
    // A place of the gazetteer longer than any actor name there ("la bande de
    // Gaza", "Bakhmut") is a place: never an actor, the event's location.
    uint32_t place = 0;
    const uint32_t place_len = (starts & kStartsPlace) ? places_.names().LongestMatchAll(keys_, i, &name_payloads_) : 0;
    if (place_len > 0) {
      // Towns several countries share a name with ("Córdoba", "Paraná"): the
      // one of a country the sentence, the dateline or the document has
      // named, else the first listed (hand-written before the seed).
      place = name_payloads_.front();
      for (size_t k = 1; k < name_payloads_.size(); ++k) {
        const std::string& c = places_.place(name_payloads_[k]).country;
        if (c == places_.place(place).country) continue;
        auto named = [&](const std::string& code) {
          return code == dateline_country_ || document_countries_.count(code) > 0 ||
                 std::find(sentence_countries.begin(), sentence_countries.end(), code) != sentence_countries.end();
        };
        if (named(c) && !named(places_.place(place).country)) {
          place = name_payloads_[k];
          break;
        }
      }
    }
    // After a capitalised word or a title, a town's name is a surname: "John
    // Prescott", "Mr Lincoln".
    const bool after_name_part = prev_kind == kCap || prev_kind == kTitle;
    // A town named like a country adjective ("Canadian", Texas) is the adjective.
    uint32_t unused_payload = 0;
    const uint32_t adjective_len =
        place_len > 0 && (starts & kStartsAdjective) ? actors_.adjectives().LongestMatch(keys_, i, &unused_payload) : 0;
    // Before another capitalised word, a town is a first name or part of a
    // company's name: "David Villa", "Merrill Lynch" (but "Helmand Province").
    // (One word only: "Mar del Plata" stays a place before "Pan-American Games".)
    const bool before_name_part =
        place_len == 1 && !title_case && i + place_len < last && NameContinuation(i + place_len, last);
    // A one-word town spelt like a function word or a number starts the
    // sentence as that word: "Trente mille personnes" (Trente, Trento).
    const bool function_word_at_start =
        place_len == 1 && i == first &&
        (infos_[i].pos & (Pos::kNumeral | Pos::kDeterminer | Pos::kPronoun | Pos::kPreposition |
                          Pos::kConjunction | Pos::kAuxiliary));
    // A one-word town known only from the seed ("Clinton", "David", "Warren":
    // towns of its weather stations) is a place where the text reads it as
    // one: after a preposition ("in", "near", "à"), in the dateline, after a
    // place and a comma or "and", or before "'s" or a role ("Clinton police");
    // elsewhere it is a person's name ("Clinton said").
    bool seed_name = false;
    if (place_len == 1 && place_len > name_len && places_.place(place).seed) {
      uint32_t p = i;
      while (p > first && (infos_[p - 1].classes & kWcDeterminer) && !(infos_[p - 1].classes & kWcFusedPrep)) --p;
      // (Not "by", "with", "to": "met with Clinton", "a letter to Clinton".)
      const uint64_t pc = p > first ? infos_[p - 1].classes : 0;
      const bool locative = (pc & (kWcFusedPrep | kWcCityLocative | kWcCountryLocative | kWcOf)) != 0;
      const bool after_preposition =
          p > first && (locative || ((infos_[p - 1].pos & Pos::kPreposition) && !(pc & (kWcPassiveBy | kWcTargetPrep))));
      const bool dateline = i == first && i + 1 < last && (keys_[i + 1].key == "," || keys_[i + 1].key == "(");
      const bool listed = prev_kind == kPlace || (i >= first + 2 && prev_prev_kind == kPlace &&
                                                  (keys_[i - 1].key == "," || (infos_[i - 1].classes & kWcCoordinator)));
      // ("Clinton, Iowa": a town and its state or country.)
      const bool owner = i + 1 < last && ((infos_[i + 1].classes & kWcPossessiveClitic) || (infos_[i + 1].starts & kStartsAgent) ||
                                          (keys_[i + 1].key == "," && i + 2 < last && keys_[i + 2].capitalized &&
                                           (infos_[i + 2].starts & (kStartsPlace | kStartsName))));
      // Only as the subject of a verb ("Clinton said", "Anderson told"): a town
      // elsewhere may be named bare ("Karachi stocks", a headline).
      const bool subject = i + 1 < last && IsVerbBoundary(i + 1);
      seed_name = subject && !after_preposition && !dateline && !listed && !owner;
    }
    if (place_len > name_len && place_len > adjective_len && i + place_len <= last &&
        !(infos_[i].verb && !keys_[i].capitalized) && !after_name_part && !before_name_part &&
        !function_word_at_start && !seed_name) {
      it = {kPlace, place_len, place};
    } else if (name_len > 0 && i + name_len <= last) {
      it = {kName, name_len, payload};
      if (ActorDictionary::KindOf(payload) == NameKind::kName) introduced_.insert(ActorDictionary::EntryOf(payload));
    } else if (uint32_t len2 = (starts & kStartsAgent) ? pack_.agents->matcher().LongestMatch(keys_, i, &payload) : 0;
               len2 > 0 && i + len2 <= last && !infos_[i].verb && !AgentWordAsModifier(i, len2, first, last) &&
               !(len2 == 1 && (cls & kWcQuantity) && i + 1 < last && (infos_[i + 1].classes & kWcOf))) {
      // (A quantity before "de"/"of" counts what follows: "une partie des
      // pots-de-vin", "une partie de l'opposition".)
      // (A word read as a verb is not an agent: "China pressed Russia", "a envoyé".)
      it = {kAgent, len2, payload};
    } else if (uint32_t len3 = (starts & kStartsAdjective) ? actors_.adjectives().LongestMatch(keys_, i, &payload) : 0;
               len3 > 0 && i + len3 <= last &&
               !(prev_kind == kCap && !title_case && lex_.IsPlaceModifier(keys_[i - 1].key_id))) {
      // ("Latin American", "Central American", "North American": a region's
      // adjective, not the country's.)
      it = {kAdjective, len3, payload};
      const std::string_view code = actors_.entry(payload).CodeOn(publication_);
      if (code.size() >= 3) sentence_countries.push_back(code.substr(0, 3));
    } else if (cls & kWcPluralTitle) {
      it = {kPluralTitle, 1, 0};
    } else if (cls & kWcTitle) {
      it = {kTitle, 1, 0};
    } else if (cls & kWcOf) {
      it = {kOf, 1, 0};
    } else if (cls & kWcPossessiveClitic) {
      it = {kPoss, 1, 0};
    } else if (cls & kWcDeterminer) {
      it = {kDet, 1, 0};
    } else if (!all_caps && keys_[i].word && keys_[i].capitalized && !(at_.tokens[i].flags & text::kLineStart) &&
               i != first &&
               !(cls & ~(kWcLightAdverb)) &&
               !(infos_[i].pos & (Pos::kAuxiliary | Pos::kPreposition | Pos::kConjunction | Pos::kPronoun |
                                  Pos::kDeterminer))) {
      // (A capitalised function word is title case, not a name: "The U.S. Has Been".)
      it = {kCap, 1, 0};
    }
    prev_prev_kind = prev_kind;
    prev_kind = it.type;
    i += std::max<uint32_t>(it.len, 1);
  }
}

void DocumentCoder::AddGroupReferences(uint32_t s, uint32_t first, uint32_t last) {
  // "les deux hommes", "both ministers": before actor chunks, which would
  // otherwise read "diplomates" as an agent.
  for (uint32_t i = first; i < last; ++i) {
    if (!keys_[i].word) continue;
    const uint64_t cls = infos_[i].classes;
    if (cls & kWcGroupNumber) {
      for (uint32_t k = i + 1; k < last && k <= i + 3; ++k) {
        if (infos_[k].classes & kWcGroupNoun) {
          // "two Estonian diplomats": a named kind of actor, not a reference back.
          bool named = false;
          for (uint32_t j = i + 1; j < k; ++j) named |= keys_[j].capitalized || items_[j].type == kAdjective;
          // "deux diplomates britanniques", "trois soldats américains": nor with
          // a country adjective after the noun.
          if (k + 1 < last && items_[k + 1].type == kAdjective) named = true;
          if (named) break;
          Mention m;
          m.kind = MentionKind::kGroupRef;
          m.sentence = s;
          m.first = i;
          m.last = k + 1;
          m.plural = true;
          AddMention(std::move(m));
          i = k;
          break;
        }
        if (!keys_[k].word || IsVerbBoundary(k)) break;
        // "Il y a deux mois le ministre": a time noun or a new article ends the group.
        if (infos_[k].classes & (kWcTimeNoun | kWcDeterminer)) break;
      }
      continue;
    }
  }
}

// Adjacent names, agents, adjectives, titles and capitalised words make one
// mention: "le ministre russe des Affaires étrangères Sergueï Lavrov".
void DocumentCoder::AddActorChunks(uint32_t s, uint32_t first, uint32_t last) {
  const bool title_case = title_case_;
  for (uint32_t i = first; i < last;) {
    const Item& start = items_[i];
    if (start.type == kPlace && infos_[i].mention < 0) {
      Mention m;
      m.sentence = s;
      m.first = i;
      m.last = i + start.len;
      m.location = true;
      m.place = static_cast<int32_t>(start.payload);
      m.code = places_.place(start.payload).country;
      AddMention(std::move(m));
      i += start.len;
      continue;
    }
    const bool starts = start.type == kName || start.type == kAgent || start.type == kTitle ||
                        start.type == kPluralTitle || (start.type == kAdjective && keys_[i].capitalized) ||
                        (start.type == kCap && i + 1 < last &&
                         (items_[i + 1].type == kAgent || items_[i + 1].type == kCap));
    if (!starts || infos_[i].mention >= 0) {
      ++i;
      continue;
    }
    // Grow the chunk over contiguous items.
    uint32_t end = i;
    int32_t named = -1, country = -1;
    int32_t agent = -1;
    uint32_t agent_start = 0, agent_end = 0;  // tokens of the first agent; end of the last
    bool title = false, plural_title = false, adjective_only = true;
    uint32_t name_first = 0, name_last = 0;  // unknown name tokens (capitalised words)
    bool city = false, country_name = false, seen_of = false, counterpart = false;
    bool owned_agent = false;  // "Fatah's security forces", "Saddam Hussein's army": the agent of the one named
    int32_t country_item = -1;  // token where the country adjective or name stands
    int32_t office_igo = -1;    // an IGO named before the person, with its title: "UN envoy Kai Eide"
    int32_t office_body = -1;   // a party or body named before the person: "ČSSD Jiří Paroubek", "de l'ODS Petr Nečas"
    std::string agent_term;
    uint32_t j = i;
    ItemType previous = kItemNone;
    while (j < last) {
      if (infos_[j].mention >= 0) break;
      const Item& it = items_[j];
      if (it.type == kItemNone && previous == kCap && seen_of && (infos_[j].pos & Pos::kAdjective) && !infos_[j].verb &&
          !keys_[j].capitalized) {
        // "des Affaires étrangères": a lower-case adjective inside a capitalised qualifier.
        ++j;
        end = j;
        previous = kItemNone;
        continue;
      }
      if (it.type == kItemNone && previous == kAgent && lex_.adjectives_follow() && country < 0) {
        // "les sociétés scientifiques russes", "les autorités locales
        // ukrainiennes": past one or two adjectives, the agent's country.
        auto lower_adjective = [&](uint32_t t) {
          return t < last && keys_[t].word && !keys_[t].capitalized && infos_[t].mention < 0 && !infos_[t].verb &&
                 (infos_[t].pos & Pos::kAdjective) && items_[t].type == kItemNone;
        };
        uint32_t k = j;
        while (k < j + 2 && lower_adjective(k)) ++k;
        if (k > j && k < last && items_[k].type == kAdjective && infos_[k].mention < 0 &&
            actors_.entry(items_[k].payload).type == ActorType::kCountry) {
          j = k;
          end = k;
          continue;
        }
      }
      const ItemType prior_item = previous;
      previous = it.type;
      if (it.type == kName) {
        const uint32_t entry = ActorDictionary::EntryOf(it.payload);
        const ActorEntry& e = actors_.entry(entry);
        if (e.type == ActorType::kCountry && ActorDictionary::IsCity(it.payload) && j > i &&
            (prior_item == kAgent || prior_item == kTitle)) {
          // "la reine Sofía", "President Lincoln": a capital's name right
          // after a title is the person's name (of no country).
          if (name_last != j) name_first = j;
          name_last = j + it.len;
          adjective_only = false;
          previous = kCap;
          j += it.len;
          end = j;
          continue;
        }
        // "l'armée de Kadhafi", "le gouvernement de Topolánek", "l'avocat de
        // Zelaya": a role right before "de" and a person is of that person's
        // country, not the person.
        if (e.type == ActorType::kPerson && agent >= 0 && named < 0 && !counterpart && j >= i + 2 &&
            items_[j - 1].type == kOf && agent_end == j - 1) {
          owned_agent = true;
        }
        if (e.type == ActorType::kCountry) {
          if (country < 0) {
            country = static_cast<int32_t>(entry);
            city = ActorDictionary::IsCity(it.payload);
            country_name = true;
            country_item = static_cast<int32_t>(j);
          }
        } else if (named < 0 || e.type == ActorType::kPerson ||
                   actors_.entry(named).CodeOn(publication_).compare(0, 3, "IGO") != 0) {
          // (An organisation after an IGO's name is its body: "NATO
          // peacekeepers", "African Union peacekeepers" stay the IGO's.)
          // "World Bank President Barber Conable": the IGO whose office the
          // person holds in the text.
          if (named >= 0 && e.type == ActorType::kPerson && actors_.entry(named).type != ActorType::kPerson &&
              actors_.entry(named).CodeOn(publication_).compare(0, 3, "IGO") == 0) {
            office_igo = named;
          }
          // "le chef du ČSSD Jiří Paroubek", "le vice-président de l'ODS Petr
          // Nečas": the party or body whose office the person holds.
          if (named >= 0 && e.type == ActorType::kPerson && actors_.entry(named).type != ActorType::kPerson &&
              actors_.entry(named).type != ActorType::kCountry && office_igo < 0) {
            office_body = named;
          }
          named = static_cast<int32_t>(entry);
        }
        adjective_only = false;
      } else if (it.type == kAgent) {
        agent_end = j + it.len;
        if (agent < 0) {
          agent_start = j;
          agent = static_cast<int32_t>(it.payload);
          owned_agent = named >= 0 && j > i && items_[j - 1].type == kPoss;
        }
        // The head word of the last agent: "porte-parole du gouvernement" refers like "le gouvernement".
        agent_term = std::string(keys_[j].lemma_count > 0 ? keys_[j].lemmas[0] : keys_[j].key);
        counterpart = (infos_[j].classes & kWcCounterpart) != 0;
        adjective_only = false;
      } else if (it.type == kAdjective) {
        if (country < 0) {
          country = static_cast<int32_t>(it.payload);
          country_item = static_cast<int32_t>(j);
        }
      } else if (it.type == kTitle || it.type == kPluralTitle) {
        if (j != i) break;
        title = true;
        plural_title = it.type == kPluralTitle;
        adjective_only = false;
      } else if (it.type == kCap) {
        if (name_last != j) name_first = j;
        name_last = j + 1;
        adjective_only = false;
      } else if ((it.type == kOf || it.type == kPoss) && j > i) {
        // "des Affaires étrangères", "de la Russie", "Russia's", "of State":
        // only when a name, agent or capitalised word follows.
        uint32_t k = j + 1;
        while (k < last && items_[k].type == kDet) ++k;
        if (k >= last) break;
        const ItemType next = items_[k].type;
        if (!(next == kName || next == kAgent || next == kCap || next == kAdjective)) break;
        // "ont retiré leurs troupes d'Irak", "a rappelé son ambassadeur de
        // Moscou": after a possessive, "de" + country is where the agent
        // is, not whose it is (but "son homologue de Russie" is Russian).
        uint32_t before = i;  // past prenominal adjectives: "leurs derniers soldats"
        while (before > first && before + 2 > i && (infos_[before - 1].classes & kWcPrenominal)) --before;
        const bool possessed = (infos_[i].classes & kWcPossessive) || (before > first && (infos_[before - 1].classes & kWcPossessive));
        if (possessed && agent >= 0 && !counterpart && next == kName &&
            actors_.entry(ActorDictionary::EntryOf(items_[k].payload)).type == ActorType::kCountry) {
          break;
        }
        seen_of = true;
        end = k;
        j = k;
        continue;
      } else {
        break;
      }
      j += it.len;
      end = j;
    }
    if (end <= i) {
      ++i;
      continue;
    }
    // "who became president", "le poste de gouverneur": a role, no actor.
    if (agent >= 0 && named < 0 && name_last <= name_first && !title && RoleAsPredicate(i, end, first, last)) {
      i = end;
      continue;
    }
    // "London Knowledge Lab", "Chrysler Canada Ltd", "Moscow's Lefortovo": a
    // capital or a country inside a proper name is neither the state nor a place.
    // (Not in a headline: "JAPAN PLANS MORE DECONTROL".)
    const bool place_in_name = country_name && named < 0 && agent < 0 && name_last > name_first && !title_case;
    Mention m;
    m.sentence = s;
    m.first = i;
    m.last = end;
    m.plural = plural_title;
    m.agent_term = agent_term;
    if (agent >= 0) m.agent_code = pack_.agents->code(agent);
    // "Ranks Hovis McDougall Plc", "Merrill Lynch Capital Corp": a proper name
    // ending in its kind names one body of no country the text gives; it
    // borrows none from the sentence or the document.
    if (agent >= 0 && named < 0 && country < 0 && agent_end == end && name_last > name_first &&
        name_last <= agent_start && keys_[agent_start].capitalized) {
      m.agent_code.clear();
    }
    // "à Berlin", "en Syrie", "in Moscow": the place of the event.
    if (country_name && agent < 0 && named < 0 && name_last <= name_first && i > first) {
      const uint64_t before = infos_[i - 1].classes;
      // "in the Gaza Strip", "into Iran", "in northern Uganda", "in the West
      // Bank and Gaza": a country after a locative (past its article), a
      // compass adjective, or coordinated with a place.
      m.location = city ? (before & kWcCityLocative) != 0
                        : (ClassesBefore(i, first) & kWcCountryLocative) != 0 || lex_.IsPlaceModifier(keys_[i - 1].key_id) ||
                              CompassOf(i, first);
      if (!m.location && CoordinatedWithPlace(i, first)) m.location = true;
      // "a reproché à Tokyo", "a promis à Bagdad": a capital its verb or
      // noun addresses is the government, not the town.
      const bool addressed = city && CapitalAddressed(i - 1, first, last);
      if (m.location && addressed) m.location = false;
      // "in the Iran arms scandal", "in the U.S. dlr market": after an
      // article, a country's name before the thing it modifies is no place
      // (English names of countries seldom take "the"; "in the Philippines"
      // has no noun after it). It is weak below.
      if (m.location && !city && !lex_.adjectives_follow() && (infos_[i - 1].classes & kWcDeterminer) &&
          CountryModifiesNoun(end, last)) {
        m.location = false;
      }
      // "advanced toward Addis Ababa", "marchent vers Bagdad": a capital after
      // a locative of buildings and towns is where, unless its verb addresses it.
      if (!m.location && city && lex_.IsInstitutionLocative(keys_[i - 1].key_id) &&
          !AddressedPhrase(i - 1, first) && !addressed) {
        m.location = true;
      }
      m.country_place = m.location && !city;
      // A capital after "de", "près de", "of", "near" is a place too ("l'aéroport
      // de Beyrouth", "les otages de Téhéran"); after "to", "à" it may be the
      // government addressed ("a écrit à Washington").
      // But "sent by Washington", "condamné par Kiev", and "l'aide de Kaboul",
      // "les mises en garde de Pékin" (the complement of an event noun) name
      // the government.
      // Nor after a compound target preposition: "a protesté auprès de Tokyo".
      if (city && !m.location && !(before & kWcPassiveBy) &&
          ((before & kWcOf) || ((infos_[i - 1].pos & Pos::kPreposition) && !(before & kWcTargetPrep))) &&
          !((before & kWcOf) && i > first + 1 &&
            ((EventNoun(i - 2) && !AttackNoun(i - 2)) || (infos_[i - 2].classes & kWcTargetPrep))) &&
          !addressed) {
        // ("l'attaque de Kaboul", "les attentats de Londres": an attack's
        // capital is where it struck; "exiger de Damas": the one asked.)
        m.location = true;
      }
      // "the Moscow summit", "the Paris agreement": a capital between an
      // article and its noun names a place.
      if (city && !m.location && !lex_.adjectives_follow() && end < last && keys_[end].word && !keys_[end].capitalized &&
          (infos_[end].pos & Pos::kNoun) && !infos_[end].verb &&
          ((infos_[i - 1].classes & kWcDeterminer) || (infos_[i - 1].pos & Pos::kNumeral) ||
           at_.tokens[i - 1].kind == text::TokenKind::kNumber) &&
          !(infos_[i - 1].classes & kWcComplementizer)) {  // "demanded that Washington cancel the deal"
        m.location = true;
      }
    }
    // "Zimbabwe's presidential election", "Israel's capital": a country
    // owning a thing that is no actor is not an actor mention (like "Russian
    // gas"), only a possible target.
    if (country_name && agent < 0 && named < 0 && !m.location && end + 1 < last &&
        (infos_[end].classes & kWcPossessiveClitic)) {
      uint32_t k = end + 1;
      auto possessed = [&](uint32_t t) {
        const KeyedToken& w = keys_[t];
        if (lex_.IsPossessedNonActor(w.key_id)) return true;
        for (uint8_t l = 0; l < w.lemma_count; ++l) {
          if (lex_.IsPossessedNonActor(w.lemma_ids[l])) return true;
        }
        return false;
      };
      // Past modifiers: "first partly free elections", "Hainan island".
      while (k < last && k < end + 5 && keys_[k].word && infos_[k].mention < 0 && !infos_[k].verb && !possessed(k) &&
             (keys_[k].capitalized || ((infos_[k].pos & (Pos::kAdjective | Pos::kAdverb | Pos::kNumeral)) &&
                                       !(infos_[k].pos & Pos::kNoun)))) {
        ++k;
      }
      if (k < last && keys_[k].word && infos_[k].mention < 0 && possessed(k)) m.weak = true;
    }
    // "U.S. sanctions on Iran", "the Iran deal", "U.S. trade deficit": in
    // English a country's name before a common noun modifies it, like an
    // adjective ("Russian gas"): a weak mention, no actor of its own.
    if (country_name && !city && agent < 0 && named < 0 && !m.location && !m.weak && name_last <= name_first &&
        !lex_.adjectives_follow() && CountryModifiesNoun(end, last)) {
      m.weak = true;
      m.modifier_weak = true;  // the syntax stage may make it its verb's subject (frames.cc)
    }
    // "KIGALI, 7 avril (AFP) -": the dateline's city is where the news comes from.
    if (country_name && city && agent < 0 && named < 0 && s == first_sentence_ && i == first && end < last &&
        (keys_[end].key == "," || keys_[end].key == "(" || keys_[end].key == "-")) {
      m.location = true;
    }
    std::string name_key;
    if (name_last > name_first) name_key = std::string(keys_[name_last - 1].key);
    if (named >= 0) {
      const ActorEntry& e = actors_.entry(named);
      m.code = std::string(e.CodeOn(publication_));
      m.person = e.type == ActorType::kPerson;
      m.organisation = e.type == ActorType::kOrganisation || e.type == ActorType::kGroup ||
                       e.type == ActorType::kParty || e.type == ActorType::kInstitution;
      m.institution = e.type == ActorType::kInstitution;
      m.gender = e.gender;
      m.entry = named;
      m.past_title = m.person && FormerBefore(i, end, first);
      // "World Bank President Barber Conable", "UN envoy Kai Eide": the
      // office the text gives him in an IGO is what he is in the story,
      // whatever the dictionary says of him on the date (the date may be a
      // guess) — unless it already knows him in an IGO then.
      bool delegate = false;  // "U.N. Ambassador Jeane Kirkpatrick": a state's envoy to the body
      for (uint32_t t = agent_start; agent >= 0 && t < agent_end && !delegate; ++t) {
        delegate = FormOrLemma(t, [&](int32_t id) { return lex_.IsDelegateTitle(id); });
      }
      if (m.person && office_igo >= 0 && agent >= 0 && !counterpart && !m.past_title && !delegate &&
          m.code.compare(0, 3, "IGO") != 0) {
        m.code = std::string(actors_.entry(office_igo).CodeOn(publication_));
      }
      // "le chef du ČSSD Jiří Paroubek", "le président de l'ODS Mirek
      // Topolánek" (out of office): a person with no office of his own on the
      // date speaks for the party or body the text makes him an officer of
      // (of his country, or of none the dictionary gives him).
      bool body_office = false;
      m.org_office = m.person && office_body >= 0 && !m.past_title;
      if (m.org_office && m.code.size() <= 3) {
        const std::string_view body = actors_.entry(office_body).CodeOn(publication_);
        if (body.size() > 3 && (m.code.empty() || body.compare(0, 3, m.code) == 0)) {
          m.code = std::string(body);
          body_office = true;
        }
      }
      // "Secretary of State George Shultz" in a story dated when the
      // dictionary knows him out of office: the text's title says what he
      // was in the story ("former" or "ancien" says the opposite).
      // (Not an office in a party: "le vice-président de l'ODS Petr Nečas".)
      if (m.person && m.code.size() == 3 && agent >= 0 && !counterpart && !FormerBefore(i, end, first) &&
          office_body < 0 && !body_office) {
        const std::string role = pack_.agents->code(agent);
        // The country the title names ("Soviet Foreign Minister"), else the person's.
        if (country >= 0 && actors_.entry(country).type == ActorType::kCountry) {
          const std::string_view named_country = actors_.entry(country).CodeOn(publication_);
          if (named_country.size() == 3) m.code = std::string(named_country);
        }
        if (role.size() == 3) m.code += role;
      }
      // "Fatah's security forces": the named actor's country and the agent's
      // role (an international body keeps its code: "NATO's secretary general").
      if (owned_agent && m.code.size() >= 3 && m.code.compare(0, 3, "IGO") != 0 && m.code.compare(0, 3, "NGO") != 0 &&
          m.code.compare(0, 3, "IMG") != 0) {
        const std::string role = pack_.agents->code(agent);
        if (role.size() == 3) {
          m.code = m.code.substr(0, 3) + role;
          m.person = false;
        }
      }
    }
    // "at the White House", "au Kremlin", "devant le Bundestag": a seat of
    // power after a locative is the building, the event's place — unless the
    // verb addresses it ("a écrit à l'Élysée"). (A country's institutions
    // only: the UN is no place.)
    if (m.institution && agent < 0 && !title && name_last <= name_first && m.code.size() >= 3 &&
        m.code.compare(0, 3, "IGO") != 0 && m.code.compare(0, 3, "NGO") != 0 && m.code.compare(0, 3, "IMG") != 0) {
      const int32_t loc = InstitutionLocativeBefore(i, first);
      // (Not an owner: "at the Fed's suggestion", "at the White House's request".)
      const bool owner = end < last && (infos_[end].classes & kWcPossessiveClitic);
      if (loc >= 0 && !owner && !AddressedPhrase(static_cast<uint32_t>(loc), first)) m.location = true;
    }
    std::string description;
    // "former Nigerian transport minister Umaru Dikko", "former dictator Idi
    // Amin": a person the dictionary does not know, with a past title, is of
    // the country alone.
    // So is a past office with no name: "former mayor", "l'ancien président" (of
    // the country alone, never the office's present holder).
    m.former = agent >= 0 && named < 0 && FormerBefore(i, end, first);
    if (agent >= 0 && country >= 0) {
      const ActorEntry& c = actors_.entry(country);
      const std::string_view base = c.CodeOn(publication_);
      // A state that no longer exists on the date has no code, and neither
      // have its agents ("un centre militaire soviétique" in 2012: not "MIL").
      if (!base.empty()) {
        description = c.type == ActorType::kCountry && !m.former ? std::string(base) + pack_.agents->code(agent)
                                                                  : std::string(base);
      }
    } else if (country >= 0 && agent < 0 && !place_in_name) {
      // A country named, or an adjective used as a noun ("les Russes").
      // ("Allemands de l'Est": the plural is the first word.)
      // ("Swiss francs", "Swiss banks": before a common noun, English
      // adjectives ending in -s are still adjectives.)
      // Only a form that is its own lemma can be either ("Singaporeans working" is people).
      const bool invariant = keys_[i].lemma_count == 0 || keys_[i].lemmas[0] == keys_[i].key;
      const bool before_noun = !lex_.adjectives_follow() && invariant && end == i + 1 && end < last &&
                               keys_[end].word && !keys_[end].capitalized && (infos_[end].pos & Pos::kNoun) &&
                               !(infos_[end].pos & Pos::kVerb) && !infos_[end].verb && infos_[end].mention < 0 &&
                               !(infos_[end].classes & kWcTimeNoun);
      // ("Lebanese voted", "thousands of Congolese fled", "the Japanese
      // remain": an English demonym in -ese is the same word as the
      // adjective; it is the people only as the subject of the verb right
      // after it, or at the end of the sentence: not "Japanese exports",
      // "Japanese and German surpluses", "SOVIET/CHINESE".)
      const bool ese_people =
          !lex_.adjectives_follow() && keys_[i].capitalized && keys_[end - 1].key.ends_with("ese") &&
          !(at_.tokens[i].flags & text::kShouted) &&
          (end >= last || keys_[end].key == "." ||
           (keys_[end].word && !keys_[end].capitalized && (infos_[end].verb || infos_[end].aux) &&
            !(infos_[end].pos & (Pos::kNoun | Pos::kAdjective))));
      const bool noun_use =
          !adjective_only || ese_people ||
          (keys_[i].capitalized && !before_noun && (keys_[end - 1].key.ends_with("s") || keys_[i].key.ends_with("s")));
      if (noun_use || named >= 0) description = std::string(actors_.entry(country).CodeOn(publication_));
      m.people = adjective_only && noun_use && named < 0;
      // "Moscou a dénoncé", "Washington said": a capital standing for its
      // state is its government (docs/actor-codes.md).
      if (city && country_name && named < 0 && !m.location && description.size() == 3 &&
          actors_.entry(country).type == ActorType::kCountry) {
        description += "GOV";
        m.capital = true;
      }

    }
    if (m.code.empty()) m.code = description;
    // "des Forces nouvelles (FN)", "l'Observatoire syrien des droits de
    // l'homme (OSDH)": a name in parentheses right after a coded actor is
    // its acronym, whatever else the acronym may name.
    if (i >= first + 2 && end < last && keys_[i - 1].key == "(" && keys_[end].key == ")" && agent < 0 &&
        infos_[i - 2].mention >= 0 && end - i <= 2) {
      const Mention& named_before = mentions_[infos_[i - 2].mention];
      if (named_before.kind == MentionKind::kActor && !named_before.location && !named_before.weak &&
          named_before.organisation && named_before.code.size() >= 3 && named_before.last == i - 1 &&
          (named >= 0 || name_last > name_first)) {
        m.code = named_before.code;
        m.person = named_before.person;
        m.organisation = named_before.organisation;
      }
    }
    if (m.code.empty() && !name_key.empty()) {
      auto it = aliases_.find(name_key);
      if (it != aliases_.end()) {
        m.code = mentions_[it->second].code;
        m.person = true;
      }
    }
    if (title || (agent >= 0 && name_last > name_first)) m.person = true;
    const bool bare_agent = agent >= 0 && country < 0 && named < 0 && name_last <= name_first;
    const uint64_t before_chunk = ClassesBefore(i, first);
    // "son homologue": resolved against the event's source later.
    if (m.code.empty() && bare_agent && counterpart) m.kind = MentionKind::kCounterpart;
    // "à l'Élysée", "at the White House": an institution named as a place.
    // (Not people: "fired at crowds", "in protesters' hands".)
    const bool plural_head = PluralNoun(lex_.adjectives_follow() ? i : end - 1);
    // Nor a person, nor a body its verb addresses: "a interdit à l'opposant
    // de", "a demandé à la police de", "a ordonné à l'armée de".
    if (m.code.empty() && bare_agent && m.kind == MentionKind::kActor && (before_chunk & kWcCityLocative) &&
        !plural_head && !m.person) {
      const int32_t loc = InstitutionLocativeBefore(i, first);
      if (loc < 0 || !AddressedPhrase(static_cast<uint32_t>(loc), first)) {
        m.location = true;
      }
    }
    // "le chancelier", "the government": a definite description refers to
    // the latest actor described with the same agent word.
    if (m.code.empty() && bare_agent && m.kind == MentionKind::kActor && !m.location && !m.former && i > first &&
        (infos_[i - 1].classes & kWcDefinite)) {
      const uint32_t oldest = s >= kMaxAntecedentSentences ? s - kMaxAntecedentSentences : 0;
      for (size_t pi = mentions_.size(); pi-- > 0;) {
        const Mention& p = mentions_[pi];
        if (p.sentence < oldest) break;
        if (p.kind == MentionKind::kActor && !p.code.empty() && p.agent_term == m.agent_term) {
          m.code = p.code;
          m.person = p.person;
          m.gender = p.gender;
          break;
        }
      }
    }
    if (adjective_only && m.code.empty()) {
      i = end;
      continue;
    }
    // "à Berlin", "in Moscow": a place named like a capital of the actor
    // dictionary (so read as the country's name) is the gazetteer's place
    // too when the gazetteer spells it so: its coordinates and admin1 fill
    // the event's location. Only a place of the mention's own country
    // (not Georgia, the U.S. state, for "en Géorgie").
    if (m.location && m.place < 0 && m.code.size() >= 3 && (infos_[i].starts & kStartsPlace)) {
      std::vector<uint32_t> payloads;
      if (places_.names().LongestMatchAll(keys_, i, &payloads) == end - i) {
        const std::string_view state = std::string_view(m.code).substr(0, 3);
        for (uint32_t id : payloads) {
          if (actors_.StateOn(places_.place(id).country, publication_) == state) {
            m.place = static_cast<int32_t>(id);
            break;
          }
        }
      }
    }
    // Remember a name the text introduced with its description
    // ("le ministre russe ... Sergueï Lavrov") for later "M. Lavrov".
    const bool agent_with_country = agent >= 0 && country >= 0 && named < 0 && !m.code.empty();
    const std::string agent_code = agent >= 0 ? pack_.agents->code(agent) : std::string();
    const int32_t index = AddMention(std::move(m));
    if (!name_key.empty() && !mentions_[index].code.empty()) aliases_.emplace(name_key, index);
    if (agent_with_country) end = AddCoordinatedCountries(s, first, last, i, end, index, agent_code, country_item);
    i = end;
  }
}

// Coordinated countries share the agent of the mention at `index`: "les
// marines française et indienne", "Armenian and Azerbaijani forces", "the
// U.S. and Philippine navies": one actor per country. Returns the new end.
uint32_t DocumentCoder::AddCoordinatedCountries(uint32_t s, uint32_t first, uint32_t last, uint32_t i, uint32_t end,
                                                int32_t index, const std::string& agent_code, int32_t country_item) {
  auto add_country_mention = [&](uint32_t from, uint32_t len, uint32_t payload, bool is_name) {
    const ActorEntry& c = actors_.entry(is_name ? ActorDictionary::EntryOf(payload) : payload);
    if (c.type != ActorType::kCountry || c.CodeOn(publication_).empty()) return false;
    Mention extra;
    extra.sentence = s;
    extra.first = from;
    extra.last = from + len;
    extra.code = std::string(c.CodeOn(publication_)) + agent_code;
    extra.agent_term = mentions_[index].agent_term;
    AddMention(std::move(extra));
    return true;
  };
  uint32_t k = end;
  while (k + 1 < last && ((infos_[k].classes & kWcCoordinator) || keys_[k].key == ",") &&
         infos_[k + 1].mention < 0 && items_[k + 1].type == kAdjective) {
    const Item& adj = items_[k + 1];
    if (!add_country_mention(k + 1, adj.len, adj.payload, false)) break;
    k = k + 1 + adj.len;
  }
  // "les ministres des Affaires étrangères de la France et de l'Allemagne":
  // a country in a "de" phrase coordinated with the mention's own.
  // "the foreign ministers of Greece and Turkey": with a plural agent the
  // "of" may be left out before the second country.
  bool plural_agent = false;
  for (uint32_t t = i; static_cast<int32_t>(t) < country_item; ++t) plural_agent |= PluralNoun(t) && !keys_[t].capitalized;
  const bool bare_second = k + 1 < last && (infos_[k].classes & kWcCoordinator) && plural_agent &&
                           !(infos_[k + 1].classes & kWcOf);
  if (k == end && country_item > static_cast<int32_t>(i) && k + 2 < last && (infos_[k].classes & kWcCoordinator) &&
      ((infos_[k + 1].classes & kWcOf) || bare_second)) {
    const uint32_t c = static_cast<uint32_t>(country_item);
    const bool own_of = c > i && ((infos_[c - 1].classes & kWcOf) ||
                                  (c > i + 1 && (infos_[c - 1].classes & kWcDeterminer) && (infos_[c - 2].classes & kWcOf)));
    uint32_t j = bare_second ? k + 1 : k + 2;
    if (j < last && (infos_[j].classes & kWcDeterminer) && !(infos_[j].classes & kWcOf)) ++j;
    if (own_of && j < last && infos_[j].mention >= 0) {
      Mention& named_country = mentions_[infos_[j].mention];
      if (named_country.kind == MentionKind::kActor && named_country.first == j && named_country.code.size() == 3 &&
          items_[j].type == kName && actors_.entry(ActorDictionary::EntryOf(items_[j].payload)).type == ActorType::kCountry) {
        named_country.code += agent_code;
        named_country.agent_term = mentions_[index].agent_term;
      }
    } else if (own_of && j < last && items_[j].type == kName && add_country_mention(j, items_[j].len, items_[j].payload, true)) {
      k = j + items_[j].len;
    }
  }
  if (country_item == static_cast<int32_t>(i) && i >= first + 2 && (infos_[i - 1].classes & kWcCoordinator)) {
    for (uint32_t j2 = i - 1; j2-- > first && j2 + 4 >= i;) {
      const Item& it2 = items_[j2];
      if (j2 + it2.len != i - 1) continue;
      if (infos_[j2].mention >= 0) {
        // "the U.S. and Philippine navies": the country named alone takes the agent too.
        Mention& prior = mentions_[infos_[j2].mention];
        if (prior.kind == MentionKind::kActor && prior.first == j2 && prior.code.size() == 3 && it2.type == kName) {
          prior.code += agent_code;
          prior.agent_term = mentions_[index].agent_term;
        }
        break;
      }
      if (it2.type == kAdjective) add_country_mention(j2, it2.len, it2.payload, false);
      if (it2.type == kName) add_country_mention(j2, it2.len, it2.payload, true);
      break;
    }
  }

  return k > end ? k : end;
}

void DocumentCoder::AddCountryAdjectiveMentions(uint32_t s, uint32_t first, uint32_t last) {
  // A country adjective on an ordinary noun stands for its country:
  // "l'offensive russe", "les infrastructures énergétiques ukrainiennes",
  // "Russian assets", "the Yemeni port". The mention spans the noun phrase
  // (noun first in French, adjective first in English) so that it can
  // stand where a pattern expects a target.
  for (uint32_t i = first; i < last; ++i) {
    const Item& it = items_[i];
    if (it.type != kAdjective || infos_[i].mention >= 0) continue;
    const ActorEntry& c = actors_.entry(it.payload);
    if (c.type != ActorType::kCountry) continue;
    uint32_t from = i, to = i + it.len;
    auto nominal = [&](uint32_t t) {
      return keys_[t].word && infos_[t].mention < 0 && (infos_[t].pos & Pos::kNoun) && !infos_[t].verb &&
             !(infos_[t].classes & (kWcDeterminer | kWcOf | kWcTargetPrep));
    };
    // Noun (and adjectives) before: the French order.
    uint32_t k = i;
    while (k > first && keys_[k - 1].word && infos_[k - 1].mention < 0 && (infos_[k - 1].pos & Pos::kAdjective) &&
           !(infos_[k - 1].pos & Pos::kNoun) && i - k < 2) {
      --k;
    }
    const auto closing_quote = [&](uint32_t t) {
      return keys_[t].key == "»" || keys_[t].key == "\"" || keys_[t].key == "”";
    };
    if (k > first && nominal(k - 1)) {
      from = k - 1;
    } else if (k > first + 1 && closing_quote(k - 1) && nominal(k - 2)) {
      from = k - 2;  // 'les « abus » iraniens'
    } else if (to < last && nominal(to)) {
      to = to + 1;  // the English order
    } else {
      continue;
    }
    Mention m;
    m.sentence = s;
    m.first = from;
    m.last = to;
    m.code = std::string(c.CodeOn(publication_));
    m.weak = true;
    AddMention(std::move(m));
    i = to - 1;
  }
}

void DocumentCoder::AddDyadMentions(uint32_t s, uint32_t first, uint32_t last) {
  // The actor a part of the token names: a name ("Iran", "U.S.", "EC",
  // "Gorbachev"; a surname once the document has named the person), a
  // country adjective ("Soviet", "américains"), or, before the last part, a
  // combining form ("franco", "sino"). -1 when none.
  auto country_of_part = [&](std::string_view key, std::string_view raw, bool last_part) -> int32_t {
    if (key.empty()) return -1;
    KeyedToken part;
    part.key = key;
    part.key_id = vocabulary_.Find(key);
    if (part.key_id == Vocabulary::kNone) return -1;
    part.word = true;
    part.capitalized = !raw.empty() && raw[0] >= 'A' && raw[0] <= 'Z';
    part.all_caps = part.capitalized && std::none_of(raw.begin(), raw.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    const std::span<const KeyedToken> one(&part, 1);
    uint32_t payload = 0;
    if (actors_.names().LongestMatchAll(one, 0, &name_payloads_) == 1) {
      for (uint32_t p : name_payloads_) {
        const uint32_t entry = ActorDictionary::EntryOf(p);
        if (ActorDictionary::KindOf(p) == NameKind::kName ||
            (ActorDictionary::KindOf(p) == NameKind::kSurname && introduced_.count(entry) > 0)) {
          return static_cast<int32_t>(entry);
        }
      }
    }
    if (actors_.adjectives().LongestMatch(one, 0, &payload) == 1 && actors_.entry(payload).type == ActorType::kCountry) {
      return static_cast<int32_t>(payload);
    }
    if (!last_part && actors_.prefixes().LongestMatch(one, 0, &payload) == 1) return static_cast<int32_t>(payload);
    return -1;
  };
  for (uint32_t t = first; t < last; ++t) {
    if (!forms_[t]->hyphenated) continue;  // most words: no string search
    const std::string_view key = keys_[t].key;
    const size_t hyphen = key.find('-');
    if (!keys_[t].word || hyphen == std::string_view::npos || key.find('-', hyphen + 1) != std::string_view::npos ||
        infos_[t].mention >= 0 || (items_[t].type != kItemNone && items_[t].type != kCap)) {
      continue;
    }
    // The written parts, for their capitals ("US" is an acronym, "us" a pronoun).
    const std::string_view raw = text_.substr(at_.tokens[t].begin, at_.tokens[t].end - at_.tokens[t].begin);
    const size_t raw_hyphen = raw.find('-');
    if (raw_hyphen == std::string_view::npos) continue;
    const int32_t a = country_of_part(key.substr(0, hyphen), raw.substr(0, raw_hyphen), false);
    const int32_t b = a < 0 ? -1 : country_of_part(key.substr(hyphen + 1), raw.substr(raw_hyphen + 1), true);
    if (b < 0) continue;
    const std::string_view code_a = actors_.entry(a).CodeOn(publication_), code_b = actors_.entry(b).CodeOn(publication_);
    // Two sides, not one state twice ("USA" and "USAGOV"); international
    // bodies differ by their whole code ("EC-Comecon").
    auto international = [](std::string_view c) { return NonStatePrefix(c.substr(0, 3)); };
    if (code_a.size() < 3 || code_b.size() < 3 || code_a == code_b ||
        (code_a.substr(0, 3) == code_b.substr(0, 3) && !international(code_a))) {
      continue;
    }
    const int32_t index = static_cast<int32_t>(mentions_.size());
    const std::string_view codes[2] = {code_a, code_b};
    for (int side = 0; side < 2; ++side) {
      Mention m;
      m.sentence = s;
      m.first = t;
      m.last = t + 1;
      m.code = std::string(codes[side]);
      m.weak = true;
      m.dyad = index + 1 - side;
      AddMention(std::move(m));
    }
  }
}

void DocumentCoder::AddReferringMentions(uint32_t s, uint32_t first, uint32_t last) {
  // Pronouns, and "son homologue" / "his counterpart".
  for (uint32_t i = first; i < last; ++i) {
    if (infos_[i].mention >= 0 || !keys_[i].word) continue;
    const uint64_t cls = infos_[i].classes;
    if ((cls & kWcPossessive) && i + 1 < last) {
      uint32_t k = i + 1;
      if (k + 1 < last && items_[k].type == kAdjective) ++k;
      if ((infos_[k].classes & kWcCounterpart) && infos_[k].mention < 0) {
        Mention m;
        m.kind = MentionKind::kCounterpart;
        m.sentence = s;
        m.first = i;
        m.last = k + 1;
        AddMention(std::move(m));
        i = k;
      }
      continue;
    }
    if (cls & (kWcPronounMasc | kWcPronounFem | kWcPronounPlural | kWcPronounNeuter)) {
      Mention m;
      m.kind = MentionKind::kPronoun;
      m.sentence = s;
      m.first = i;
      m.last = i + 1;
      m.plural = (cls & kWcPronounPlural) != 0;
      m.gender = (cls & kWcPronounMasc) ? 'm' : (cls & kWcPronounFem) ? 'f' : (cls & kWcPronounNeuter) ? 'n' : 0;
      AddMention(std::move(m));
      continue;
    }
    if (infos_[i].classes & kWcObjectClitic) AddObjectClitic(s, i, last);
  }
}

bool DocumentCoder::CliticThingBetween(const Mention& antecedent, const Mention& clitic) const {
  // The clitic's own subject ("Le tribunal l'a condamné") stands right
  // before it: not a rival antecedent.
  uint32_t limit = clitic.first;
  while (limit > antecedent.last && keys_[limit - 1].word && !IsVerbBoundary(limit - 1) && clitic.first - limit < 6) --limit;
  for (uint32_t t = antecedent.last; t < limit; ++t) {
    if (!keys_[t].word || keys_[t].capitalized || infos_[t].mention >= 0 || !(infos_[t].pos & Pos::kNoun)) continue;
    if (t == 0 || !(infos_[t - 1].classes & kWcDeterminer) || (infos_[t].classes & kWcTimeNoun)) continue;
    if (PluralNoun(t) == clitic.plural) return true;  // "un homme" before "l'", "des armes" before "les"
  }
  return false;
}

void DocumentCoder::AddObjectClitic(uint32_t s, uint32_t i, uint32_t last) {
  // "il l'a reçu", "Paris les a condamnés", "le lui a demandé": a third-person
  // object clitic right before its verb (past other clitics) refers back
  // like a pronoun. Not the neuter "le" of reported speech ("comme l'a dit
  // le ministre", "il l'a annoncé"): never before a reporting verb.
  if (!(infos_[i].classes & kWcObjectClitic)) return;
  const std::string_view key = keys_[i].key;
  const bool dative = key == "lui" || key == "leur";
  if (!(key == "le" || key == "la" || key == "l'" || key == "les" || dative)) return;
  if (i > 0 && keys_[i - 1].key == "comme") return;
  uint32_t j = i + 1;
  while (j < last && j < i + 3 && (infos_[j].classes & kWcObjectClitic) && infos_[j].mention < 0) ++j;
  if (j >= last || !IsVerbBoundary(j) || keys_[j].capitalized || infos_[j].mention >= 0) return;  // not "de l'Est"
  if (!infos_[j].aux && (infos_[j].pos & (Pos::kNoun | Pos::kAdjective | Pos::kProperNoun))) return;  // "la marche"
  uint32_t v = j;
  while (v + 1 < last && infos_[v].aux && (IsVerbBoundary(v + 1) || (infos_[v + 1].classes & kWcLightAdverb))) ++v;
  if (infos_[v].classes & kWcReporting) return;
  Mention m;
  m.kind = MentionKind::kPronoun;
  m.clitic = true;
  m.sentence = s;
  m.first = i;
  m.last = i + 1;
  m.plural = key == "les" || key == "leur";
  m.gender = key == "le" ? 'm' : key == "la" ? 'f' : 0;
  AddMention(std::move(m));
}

void DocumentCoder::AddOrganisationReferences(uint32_t s, uint32_t first, uint32_t last) {
  for (uint32_t i = first + 1; i < last; ++i) {
    const KeyedToken& k = keys_[i];
    if (!k.word || PluralNoun(i)) continue;  // singular nouns only
    const int32_t own = infos_[i].mention;
    // A word no mention holds, or the head of a bare role noun not yet coded ("the court").
    if (own >= 0) {
      const Mention& o = mentions_[own];
      if (o.kind != MentionKind::kActor || !o.code.empty() || o.location || o.last != i + 1 || o.agent_code.empty() ||
          o.first + 1 != i + 1) {
        continue;
      }
    }
    // "the bloc", "the agency": an intergovernmental or non-governmental
    // organisation or a named institution; "the group", "the movement": any
    // organisation; any other role noun: one whose name has it.
    const bool body = lex_.IsOrganisationNoun(k.key_id);
    const bool movement = lex_.IsMovementNoun(k.key_id);
    if (!body && !movement && own < 0) continue;
    // The article, past up to two lower-case modifiers: "the medical charity", "the trade bloc".
    uint32_t d = i;
    while (d > first && d + 2 >= i && keys_[d - 1].word && !keys_[d - 1].capitalized && infos_[d - 1].mention < 0 &&
           !(infos_[d - 1].classes & kWcDeterminer) && (infos_[d - 1].pos & (Pos::kAdjective | Pos::kNoun)) &&
           !infos_[d - 1].verb) {
      --d;
    }
    // (Or an article fused with a preposition: "l'allié du mouvement chiite".)
    if (d == first || !(infos_[d - 1].classes & (kWcDefinite | kWcFusedPrep))) continue;
    // "the agency's presidency" is still the agency; "the union of X", "le
    // groupe Areva" a name of its own.
    if (i + 1 < last && keys_[i + 1].capitalized) continue;
    if (i + 2 < last && (infos_[i + 1].classes & kWcOf) &&
        (keys_[i + 2].capitalized || (!keys_[i + 2].key.empty() && keys_[i + 2].key[0] >= '0' && keys_[i + 2].key[0] <= '9'))) {
      continue;
    }
    const uint32_t oldest = s >= kMaxAntecedentSentences ? s - kMaxAntecedentSentences : 0;
    int32_t antecedent = -1;
    for (size_t pi = mentions_.size(); pi-- > 0;) {
      const Mention& p = mentions_[pi];
      if (p.sentence < oldest) break;
      if (!p.organisation || p.code.empty() || p.kind != MentionKind::kActor) continue;
      if (p.sentence == s && p.first >= d) continue;
      const bool international = p.code.compare(0, 3, "IGO") == 0 || p.code.compare(0, 3, "NGO") == 0;
      // A specific noun ("court", "council") names an organisation whose name has it.
      bool has_word = movement || (body && (international || p.institution));
      for (uint32_t t = p.first; t < p.last && !has_word; ++t) {
        has_word = keys_[t].key_id == k.key_id || (keys_[t].lemma_count > 0 && keys_[t].lemma_ids[0] == k.key_id);
      }
      if (!has_word) continue;
      antecedent = static_cast<int32_t>(pi);
      break;
    }
    if (antecedent < 0) continue;
    const std::string code = mentions_[antecedent].code;
    if (own >= 0) {
      mentions_[own].code = code;
      mentions_[own].organisation = true;
      continue;
    }
    Mention m;
    m.sentence = s;
    m.first = d - 1;
    m.last = i + 1;
    m.code = code;
    m.organisation = true;
    AddMention(std::move(m));
  }
}

uint64_t DocumentCoder::ClassesBefore(uint32_t i, uint32_t first) const {
  while (i > first && (infos_[i - 1].classes & kWcDeterminer) && !(infos_[i - 1].classes & kWcCityLocative)) {
    if (infos_[i - 1].classes & kWcPossessive) return 0;  // "à son homologue" is a person, not a place
    --i;
  }
  return i > first ? infos_[i - 1].classes : 0;
}

void DocumentCoder::FindGroups(uint32_t s) {
  // "A et B", "A, B et C": coded actor mentions joined by coordinators.
  const text::Sentence& sent = at_.sentences[s];
  const uint32_t last = sent.first_token + sent.token_count;
  for (size_t mi = sentence_first_mention_; mi < mentions_.size(); ++mi) {
    const Mention& a = mentions_[mi];
    if (a.sentence != s || a.kind != MentionKind::kActor || a.dyad >= 0 || group_of_.count(static_cast<int32_t>(mi))) continue;
    std::vector<int32_t> members{static_cast<int32_t>(mi)};
    uint32_t end = a.last;
    // A name in apposition, closed by a comma, that the dictionaries do not
    // know: "Le ministre allemand, Hans Schmidt, et le ministre grec",
    // "János Veres, ministre hongrois, et Marta Gajecka, vice-présidente de la
    // BEI, ont signé" (up to four capitalized words, none a mention).
    auto past_name = [&](uint32_t k) {
      uint32_t j = k;
      while (j < last && j < k + 4 && keys_[j].word && keys_[j].capitalized && infos_[j].mention < 0) ++j;
      return j > k && j + 1 < last && keys_[j].key == "," ? j + 1 : k;
    };
    // A member after a comma alone with the country of the one before it (or
    // no code) describes it: "The Presidents of Peru, Ollanta Humala, and
    // Chile": one member, not two (the coded of the two).
    const auto same_or_uncoded = [&](const std::string& x, const std::string& y) {
      if (x.size() < 3 || y.size() < 3) return true;
      // (Organisations by their whole code: "l'ONU, l'OTAN et l'UE" are three.)
      const auto org = [](const std::string& c) { return c.starts_with("IGO") || c.starts_with("NGO") || c.starts_with("IMG"); };
      if (org(x) || org(y)) return x == y;
      return x.compare(0, 3, y, 0, 3) == 0;
    };
    bool prev_apposed = false;
    std::vector<int32_t> apposed;  // members dropped as descriptions of the one before
    while (end < last) {
      uint32_t k = end;
      const bool coord = (infos_[k].classes & kWcCoordinator) || keys_[k].key == ",";
      if (!coord) break;
      ++k;
      bool coordinated = (infos_[end].classes & kWcCoordinator) != 0;
      if (!coordinated) {
        const uint32_t before_name = k;
        k = past_name(k);
        // ", et": a comma closing an apposition before the coordinator (a
        // name skipped, or a member apposed to the one before it, of the same
        // country: "le président russe, Vladimir Poutine, et"); not the
        // serial comma of a list ("Mexico, Chile, and Venezuela").
        const size_t nm = members.size();
        // (An apposed name the dictionaries know as an actor but cannot code: "Hans Schmidt".)
        (void)nm;
        const bool apposed = k != before_name || prev_apposed;
        if (apposed && k < last && (infos_[k].classes & kWcCoordinator)) {
          ++k;
          coordinated = true;
        }
      }
      if (coordinated) k = past_name(k);
      // "les ministres de la France et de l'Allemagne": a "de" phrase that
      // shares the first member's agent (AddCoordinatedCountries).
      const bool of_phrase = k < last && (infos_[k].classes & kWcOf) && !a.agent_term.empty();
      if (of_phrase) ++k;
      while (k < last && (infos_[k].classes & kWcDeterminer) && infos_[k].mention < 0) ++k;
      if (k >= last || infos_[k].mention < 0) break;
      const Mention& b = mentions_[infos_[k].mention];
      if (b.kind != MentionKind::kActor || b.dyad >= 0 || b.first != k) break;
      // (Past an apposed name: "Les présidents du Pérou, Ollanta Humala, et du Chili".)
      if (of_phrase && b.agent_term != a.agent_term && !prev_apposed) break;
      // A place and an actor make no list: "in Annapolis, in Maryland, that
      // Israelis and Palestinians had reached".
      if (b.location != a.location) break;
      end = b.last;
      prev_apposed = !coordinated && same_or_uncoded(b.code, mentions_[members.back()].code);
      if (prev_apposed) {
        // (The more specific code of the two: "János Veres, ministre hongrois des Finances".)
        if (b.code.size() > mentions_[members.back()].code.size()) std::swap(members.back(), apposed.emplace_back(infos_[k].mention));
        else apposed.push_back(infos_[k].mention);
        continue;
      }
      members.push_back(infos_[k].mention);
      if (infos_[end - 1].classes & kWcCoordinator) break;
    }
    if (members.size() < 2) continue;
    // A trailing ", X" without a coordinator is an apposition, not a list.
    bool has_coordinator = false;
    for (size_t m = 1; m < members.size(); ++m) {
      const uint32_t before = mentions_[members[m]].first - 1;
      for (uint32_t t = mentions_[members[m - 1]].last; t <= before; ++t) has_coordinator |= (infos_[t].classes & kWcCoordinator) != 0;
    }
    // A wire headline lists its subjects with commas alone: "WEST GERMANY,
    // TANZANIA AGREE DEBT RESCHEDULING", "ZAMBIA, IMF TALKS HIT PROBLEMS"
    // (the list opens the headline and a word that is no name ends it).
    if (!has_coordinator) {
      const uint32_t after = mentions_[members.back()].last;
      const bool headline_list = (at_.tokens[a.first].flags & text::kShouted) && a.first == sent.first_token &&
                                 after < last && keys_[after].word && infos_[after].mention < 0;
      if (!headline_list) continue;
    }
    const int32_t g = static_cast<int32_t>(groups_.size());
    groups_.push_back(members);
    for (int32_t m : members) group_of_[m] = g;
    for (int32_t m : apposed) group_of_[m] = g;
    // "le gouvernement syrien et les rebelles", "the Ethiopian government
    // and the rebels": a member named by role alone shares its sibling's country.
    std::string country;
    for (int32_t m : members) {
      const std::string& c = mentions_[m].code;
      if (country.empty() && c.size() >= 3 && c.compare(0, 3, "IGO") != 0) country = c.substr(0, 3);
    }
    for (int32_t m : members) {
      Mention& mm = mentions_[m];
      if (mm.code.empty() && !mm.agent_code.empty() && !country.empty()) mm.code = country + mm.agent_code;
    }
  }
}

std::vector<int32_t> DocumentCoder::Referents(int32_t index) const {
  const Mention& m = mentions_[index];
  if (m.kind == MentionKind::kActor) return {index};
  return m.referents;
}

void DocumentCoder::ResolveReferences(uint32_t s) {
  for (size_t mi = sentence_first_mention_; mi < mentions_.size(); ++mi) {
    Mention& m = mentions_[mi];
    if (m.sentence != s || (m.kind != MentionKind::kPronoun && m.kind != MentionKind::kGroupRef)) continue;
    const uint32_t oldest = s >= kMaxAntecedentSentences ? s - kMaxAntecedentSentences : 0;
    if (m.plural) {
      const uint32_t oldest_group = s >= kMaxGroupAntecedentSentences ? s - kMaxGroupAntecedentSentences : 0;
      // The latest group before this mention: a compound, or an earlier
      // plural reference that was itself resolved.
      int32_t best_first = -1;
      std::vector<int32_t> best;
      for (size_t gi = groups_.size(); gi-- > 0;) {
        const auto& g = groups_[gi];
        const Mention& head = mentions_[g.front()];
        if (head.sentence < oldest_group) break;  // groups come sentence by sentence
        if (head.first >= m.first) continue;
        if (static_cast<int32_t>(head.first) > best_first) {
          best_first = static_cast<int32_t>(head.first);
          best = g;
        }
      }
      for (size_t pi = mi; pi-- > 0;) {
        const Mention& p = mentions_[pi];
        if (p.sentence < oldest_group) break;  // mentions come sentence by sentence
        if (p.kind == MentionKind::kActor || !p.plural || p.referents.size() < 2) continue;
        if (static_cast<int32_t>(p.first) > best_first) {
          best_first = static_cast<int32_t>(p.first);
          best = p.referents;
        }
      }
      if (m.clitic) {
        if (!best.empty() && CliticThingBetween(mentions_[best.back()], m)) best.clear();
        // "les a condamnés": a plural object clitic is the latest group or
        // plural actor ("les dirigeants palestiniens"), never two actors
        // picked apart.
        for (size_t pi = mi; pi-- > 0;) {
          const Mention& p = mentions_[pi];
          if (p.sentence < oldest) break;
          if (p.kind != MentionKind::kActor || p.code.empty() || p.location) continue;
          if (!(p.plural || (PluralNoun(p.first) && !keys_[p.first].capitalized))) continue;
          // (Not the clitic's own subject, right before it: "les autorités les ont".)
          if (p.sentence == m.sentence && p.last >= m.first) continue;
          if (static_cast<int32_t>(p.first) > best_first) best = {static_cast<int32_t>(pi)};
          break;
        }
        if (best.size() == 1 && CliticThingBetween(mentions_[best.front()], m)) best.clear();
        m.referents = best;
        continue;
      }
      if (best.empty()) {
        // No group yet: the two latest distinct actors ("Le Premier ministre
        // polonais a reçu le ministre ukrainien. Les deux hommes ...").
        for (size_t pi = mi; pi-- > 0 && best.size() < 2;) {
          const Mention& p = mentions_[pi];
          if (p.sentence < oldest) break;
          if (p.kind != MentionKind::kActor || p.code.empty() || p.location || p.dyad >= 0) continue;
          if (p.sentence == m.sentence && p.first >= m.first) continue;
          if (!best.empty() && mentions_[best[0]].code == p.code) continue;
          best.push_back(static_cast<int32_t>(pi));
        }
        if (best.size() < 2) best.clear();
        std::sort(best.begin(), best.end());  // in the order of the text
      }
      m.referents = best;
      continue;
    }
    // Singular: the latest coded, singular, gender-compatible actor,
    // preferring those that stood as subjects; a few others are kept as
    // alternatives.
    // "il"/"he" prefer persons over countries and institutions.
    std::vector<int32_t> ranked[4];  // person subject, person, other subject, other
    for (size_t pi = mi; pi-- > 0;) {
      const Mention& p = mentions_[pi];
      if (p.sentence < oldest) break;
      if (p.kind != MentionKind::kActor || p.code.empty() || p.plural || p.location || p.dyad >= 0) continue;
      // Mentions are numbered by kind within a sentence, not by position:
      // an antecedent comes before the pronoun ("Il a félicité Zelensky").
      if (p.sentence == m.sentence && p.first >= m.first) continue;
      // A singular pronoun is no plural description: "Speaking to reporters,
      // Ruder said he ..." is not the reporters. (The head is the last word
      // in English, the first in French; capitalised names such as "Wales"
      // are not plurals.)
      const uint32_t head = lex_.adjectives_follow() ? p.first : p.last - 1;
      if (PluralNoun(head) && !keys_[head].capitalized) continue;
      // People: named persons, and descriptions by role ("his Russian
      // counterpart", "le ministre") rather than countries or cities.
      const bool person = p.person || p.gender != 0 || !p.agent_term.empty();
      if (m.gender == 'n') {
        // "it": a country or an organisation, never a person.
        if (p.person || p.gender != 0) continue;
        ranked[subject_position_[pi] ? 0 : 1].push_back(static_cast<int32_t>(pi));
        continue;
      }
      if (m.gender && p.gender && m.gender != p.gender) continue;
      // English "he"/"she" is a person or a role, never a country or an
      // organisation ("We will win," he said: not the France of before);
      // French "il"/"elle" follows grammatical gender ("le Japon ... il").
      if (m.gender && !person && !lex_.adjectives_follow()) continue;
      ranked[(person ? 0 : 2) + (subject_position_[pi] ? 0 : 1)].push_back(static_cast<int32_t>(pi));
    }
    std::vector<int32_t> subjects;
    for (const auto& r : ranked) subjects.insert(subjects.end(), r.begin(), r.end());
    if (m.clitic) {
      // An object clitic takes the nearest fitting mention, whatever its
      // role: "X a rencontré Y. Il l'a reçu": Y.
      std::stable_sort(subjects.begin(), subjects.end(),
                       [&](int32_t a, int32_t b) { return mentions_[a].first > mentions_[b].first; });
      // Only when no nearer thing could be meant: "La police a arrêté un
      // homme. Elle l'a interrogé" is the man, no actor.
      subjects.erase(std::remove_if(subjects.begin(), subjects.end(), [&](int32_t a) { return CliticThingBetween(mentions_[a], m); }),
                     subjects.end());
    }
    // A name the dictionaries cannot code, nearer than the best antecedent
    // and of the right kind, is the likelier one: "Texaco Inc said it had
    // asked the court", "expected the Ministry to approve the plan because
    // it ...", "Mr Radwan ... he said". Left unresolved rather than guessed
    // (no event) — not for object clitics, which take the nearest actor.
    if (!subjects.empty() && !m.clitic) {
      const Mention& best = mentions_[subjects.front()];
      for (size_t pi = mi; pi-- > 0;) {
        const Mention& p = mentions_[pi];
        if (p.sentence < best.sentence) break;  // (within a sentence mentions go by kind, not position)
        if (p.sentence == best.sentence && p.first <= best.first) continue;
        if (p.kind != MentionKind::kActor || !p.code.empty() || p.location || p.dyad >= 0 || p.people) continue;
        if (p.sentence == m.sentence && p.first >= m.first) continue;
        // A name: capitalised, not in a headline's capitals, not a plural.
        if (!keys_[p.first].capitalized || (at_.tokens[p.first].flags & text::kShouted)) continue;
        const uint32_t head = lex_.adjectives_follow() ? p.first : p.last - 1;
        if (PluralNoun(head) && !keys_[head].capitalized) continue;
        // "it": a company ("Texaco Inc": a person only by its suffix's
        // agent) or a name of no known kind, not a person; English
        // "he"/"she": a person, not a company; French "il"/"elle" follow
        // grammatical gender, so either.
        const bool company = p.agent_code.empty() && !p.agent_term.empty();  // a name ending in its kind (AddActorChunks)
        const bool personal = p.person && !company;
        if (m.gender == 'n' && (personal || p.gender != 0)) continue;
        if (m.gender && m.gender != 'n' && !lex_.adjectives_follow() && !personal) continue;
        if (m.gender && m.gender != 'n' && p.gender && p.gender != m.gender) continue;
        subjects.clear();
        break;
      }
      // (English "it": also a capitalised word no mention holds, after
      // "the", earlier in the pronoun's sentence: "while the ECGD could not
      // yet announce new cover, it was holding talks".)
      if (!subjects.empty() && m.gender == 'n' && !lex_.adjectives_follow()) {
        const uint32_t open = at_.sentences[m.sentence].first_token;
        uint32_t from = best.sentence == m.sentence ? best.last : open;
        for (uint32_t t = std::max(from, open + 1); t < m.first; ++t) {
          if (keys_[t].word && keys_[t].capitalized && infos_[t].mention < 0 && !(at_.tokens[t].flags & text::kShouted) &&
              (infos_[t - 1].classes & kWcDefinite)) {
            subjects.clear();
            break;
          }
        }
      }
    }
    if (!subjects.empty()) {
      m.referents = {subjects.front()};
      m.alternatives.assign(subjects.begin() + 1, subjects.end());
    }
  }
}

}  // namespace parley::coding
