// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The coder: per document, one pass builds token keys, a second finds actor
// mentions, then event patterns are matched on their anchors and roles are
// assigned from the surrounding shallow syntax. The rules are described in
// docs/coding.md; every language-specific word comes from the LanguagePack.

#include "parley/coder.h"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

#include "coding/document_model.h"
#include "coding/language_pack.h"
#include "coding/time_expressions.h"
#include "dictionaries/actor_dictionary.h"
#include "dictionaries/codebook.h"
#include "dictionaries/word_key.h"
#include "input/dateline.h"
#include "lang/language_id.h"
#include "text/text.h"

#ifndef PARLEY_DEFAULT_DICTIONARY_DIR
#define PARLEY_DEFAULT_DICTIONARY_DIR "dictionaries"
#endif
#ifndef PARLEY_DEFAULT_DATA_DIR
#define PARLEY_DEFAULT_DATA_DIR "data"
#endif

namespace parley {
namespace coding {
namespace {

using morph::Pos;

// How far the shallow syntax looks. Bounded so that no input can make the
// coder quadratic in sentence length.
constexpr uint32_t kMaxPatternGap = 6;     // tokens between two pattern words
constexpr uint32_t kMaxTargetSkip = 4;     // light tokens between a verb and its target
constexpr uint32_t kMaxSubjectWalk = 40;   // tokens walked back to find a subject
constexpr int kMaxSubjectDepth = 4;        // coordinated verbs followed back
constexpr uint32_t kMaxAntecedentSentences = 4;
constexpr uint32_t kMaxGroupAntecedentSentences = 8;
constexpr uint32_t kMaxPassiveAgentDistance = 8;  // tokens from the verb to "par"/"by"

// Quotation marks do not break a clause: « riposte militaire » is inside one.
bool IsClauseBreakPunct(std::string_view key) {
  return key == "." || key == ";" || key == ":" || key == "!" || key == "?" || key == "(" || key == ")";
}

struct SubjectResult {
  std::vector<int32_t> mentions;  // compound subjects give several
};

// Everything the coder derives from a word form alone, computed once per
// form and thread and reused: most tokens are frequent words.
struct FormEntry {
  std::string key;        // folded surface form
  std::string lemmas[3];  // folded lemmas
  int32_t key_id = Vocabulary::kNone;
  int32_t lemma_ids[3] = {Vocabulary::kNone, Vocabulary::kNone, Vocabulary::kNone};
  uint8_t lemma_count = 0;
  uint8_t verb_lemmas = 0;
  uint16_t pos = 0;
  uint16_t verb_form = 0;
  uint64_t classes = 0;
};

struct FormHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return static_cast<size_t>(h ^ (h >> 29));
  }
};

using FormCache = std::unordered_map<std::string, FormEntry, FormHash, std::equal_to<>>;

// One cache per language pack and thread; emptied between documents when it
// grows past this many forms, so memory stays bounded on any input.
constexpr size_t kMaxCachedForms = 1 << 17;

// The per-document containers, kept between documents (one per thread) so
// that coding a short document allocates almost nothing.
struct DocumentScratch {
  std::vector<KeyedToken> keys;
  std::vector<TokenInfo> infos;
  std::vector<Mention> mentions;
  std::vector<bool> subject_position;
  std::vector<std::vector<int32_t>> groups;
  std::unordered_map<int32_t, int32_t> group_of;
  std::unordered_map<std::string, int32_t> aliases;
  std::map<std::string, int32_t> partner;

  void Clear() {
    keys.clear();
    infos.clear();
    mentions.clear();
    subject_position.clear();
    groups.clear();
    group_of.clear();
    aliases.clear();
    partner.clear();
  }
};

class DocumentCoder {
 public:
  DocumentCoder(const LanguagePack& pack, const ActorDictionary& actors, const Vocabulary& vocabulary,
                std::string_view text, const text::AnalyzedText& analyzed, Date publication, bool include_modal,
                DocumentScratch* scratch)
      : pack_(pack), lex_(*pack.lexicon), actors_(actors), vocabulary_(vocabulary), text_(text), at_(analyzed),
        publication_(publication), include_modal_(include_modal), keys_(scratch->keys),
        infos_(scratch->infos), mentions_(scratch->mentions), subject_position_(scratch->subject_position),
        groups_(scratch->groups), group_of_(scratch->group_of), aliases_(scratch->aliases),
        partner_(scratch->partner) {
    scratch->Clear();
  }

  void Run(uint32_t first_sentence, std::vector<SentenceEvent>* out);

  const std::vector<Mention>& mentions() const { return mentions_; }
  std::string Trace(uint32_t first_sentence) const;
  // When set, FindEvents explains its decisions there (for `parley explain`).
  void set_decision_log(std::string* log) { log_ = log; }
  std::span<const KeyedToken> keys() const { return keys_; }
  std::span<const TokenInfo> infos() const { return infos_; }

 private:
  // --- tokens
  void BuildKeys();
  const FormEntry& Form(FormCache& cache, std::string_view norm, bool word) const;
  void MarkVerbs();
  bool IsVerbBoundary(uint32_t i) const { return infos_[i].verb || infos_[i].aux; }

  // --- mentions
  void BuildMentions(uint32_t s);
  void ResolveReferences(uint32_t s);
  void FindGroups(uint32_t s);
  bool SubjectPosition(const Mention& m) const;
  // Word classes of the token before `i`, looking past determiners.
  uint64_t ClassesBefore(uint32_t i, uint32_t first) const;
  int32_t AddMention(Mention m);
  std::vector<int32_t> Referents(int32_t mention_index) const;

  // --- events
  void FindEvents(uint32_t s, std::vector<SentenceEvent>* out);
  struct PatternMatch {
    uint32_t left = 0, right = 0;  // tokens covered by the pattern's words
    int32_t target = -1, source = -1;
  };
  bool MatchPattern(const EventPattern& p, uint32_t anchor, uint32_t s_first, uint32_t s_last, bool passive,
                    PatternMatch* m) const;
  bool MatchRight(const EventPattern& p, size_t k, uint32_t pos, uint32_t s_last, bool passive, PatternMatch* m,
                  int* budget) const;
  bool ElementMatches(const PatternElement& e, uint32_t t) const;
  bool AnchorReadingFits(const EventPattern& p, uint32_t i) const;
  uint32_t VerbGroupStart(uint32_t i, uint32_t s_first) const;
  // `allow_weak`: whether a weak mention ("l'attaque iranienne") may be the
  // subject; only a passive's subject, which becomes the target, may be one.
  void FindSubject(uint32_t group_start, uint32_t s_first, int depth, SubjectResult* out,
                   bool allow_weak = false) const;
  // The mention starting at `from`, past at most `max_skip` light words
  // (articles, adverbs, target prepositions, dates). A place ("à Berlin")
  // counts only when `allow_locations` and it stands right at `from`.
  // A weak mention ("l'offensive russe") counts only where a pattern's slot
  // asks for a target (`allow_locations`, the same occasions).
  int32_t MentionStartingNear(uint32_t from, uint32_t s_last, uint32_t max_skip, bool allow_locations) const;
  std::vector<int32_t> WithCompound(int32_t m) const;
  int DetectMode(uint32_t group_start, uint32_t anchor, uint32_t s_first) const;
  int DetectTense(uint32_t group_start, uint32_t anchor) const;
  // "a été reçu", "was condemned": être/be with the past participle of the
  // anchor read as a verb, not reflexive, and a pattern whose target is the
  // direct object (a `+` right after the anchor, or no `+` at all).
  bool IsPassive(uint32_t group_start, uint32_t anchor, const EventPattern& pattern) const;
  // An infinitive governed by a word before its marker ("à conclure", "to sign").
  bool IsGovernedInfinitive(uint32_t anchor, uint32_t group_start, uint32_t s_first) const;
  int32_t PartnerOf(const std::string& code) const;

  const LanguagePack& pack_;
  const Lexicon& lex_;
  const ActorDictionary& actors_;
  const Vocabulary& vocabulary_;
  std::string_view text_;
  const text::AnalyzedText& at_;
  Date publication_;
  bool include_modal_;

  // Working storage, reused from document to document (see DocumentScratch).
  std::vector<KeyedToken>& keys_;
  std::vector<TokenInfo>& infos_;
  std::vector<Mention>& mentions_;
  std::vector<bool>& subject_position_;
  std::vector<std::vector<int32_t>>& groups_;          // compound mentions, in order
  std::unordered_map<int32_t, int32_t>& group_of_;     // first member mention -> group
  std::unordered_map<std::string, int32_t>& aliases_;  // surname key -> mention that coded it
  std::string* log_ = nullptr;
  size_t sentence_first_mention_ = 0;  // mentions of earlier sentences come before this index
  std::map<std::string, int32_t>& partner_;           // actor code -> mention of its interlocutor
};

// ---------------------------------------------------------------- tokens

FormCache& CacheFor(const LanguagePack* pack) {
  thread_local std::vector<std::pair<const LanguagePack*, std::unique_ptr<FormCache>>> caches;
  for (auto& [owner, cache] : caches) {
    if (owner == pack) return *cache;
  }
  caches.emplace_back(pack, std::make_unique<FormCache>());
  return *caches.back().second;
}

const FormEntry& DocumentCoder::Form(FormCache& cache, std::string_view norm, bool word) const {
  auto it = cache.find(norm);
  if (it != cache.end()) return it->second;
  FormEntry e;
  AppendFoldedKey(norm, &e.key);
  e.key_id = vocabulary_.Find(e.key);
  e.classes = lex_.SurfaceClasses(e.key_id);
  if (word) {
    for (const morph::Analysis& a : pack_.lemmatizer->Analyze(norm)) {
      e.pos |= a.pos;
      e.verb_form |= a.verb_form;
      if (e.lemma_count == 3) continue;
      const std::string lemma = FoldedKey(a.lemma);
      uint8_t l = 0;
      while (l < e.lemma_count && e.lemmas[l] != lemma) ++l;
      if (l == e.lemma_count) {
        e.lemmas[l] = lemma;
        e.lemma_ids[l] = vocabulary_.Find(lemma);
        e.classes |= lex_.LemmaClasses(e.lemma_ids[l]);
        ++e.lemma_count;
      }
      if (a.pos & Pos::kVerb) e.verb_lemmas |= static_cast<uint8_t>(1u << l);
    }
  }
  return cache.emplace(std::string(norm), std::move(e)).first->second;
}

void DocumentCoder::BuildKeys() {
  const auto& tokens = at_.tokens;
  const size_t n = tokens.size();
  keys_.assign(n, KeyedToken{});
  infos_.assign(n, TokenInfo{});
  FormCache& cache = CacheFor(&pack_);
  if (cache.size() > kMaxCachedForms) cache.clear();  // no view into it is alive between documents
  for (size_t i = 0; i < n; ++i) {
    const text::Token& t = tokens[i];
    const bool word = t.kind == text::TokenKind::kWord;
    const FormEntry& f = Form(cache, at_.Norm(t), word);
    KeyedToken& k = keys_[i];
    TokenInfo& info = infos_[i];
    k.key = f.key;
    k.key_id = f.key_id;
    k.lemma_count = f.lemma_count;
    for (uint8_t l = 0; l < f.lemma_count; ++l) {
      k.lemmas[l] = f.lemmas[l];
      k.lemma_ids[l] = f.lemma_ids[l];
    }
    k.word = word || t.kind == text::TokenKind::kNumber;
    k.capitalized = (t.flags & text::kCapitalized) != 0;
    k.all_caps = (t.flags & text::kAllCaps) != 0;
    info.classes = f.classes;
    info.pos = f.pos;
    info.verb_form = f.verb_form;
    info.verb_lemmas = f.verb_lemmas;
  }
}

void DocumentCoder::MarkVerbs() {
  const size_t n = keys_.size();
  for (size_t i = 0; i < n; ++i) {
    TokenInfo& info = infos_[i];
    if (!keys_[i].word) continue;
    info.aux = (info.pos & Pos::kAuxiliary) != 0;
    if (!(info.pos & Pos::kVerb) && !info.aux) continue;
    // A capitalised word inside a sentence is a name, not a verb.
    const bool line_or_sentence_start = i == 0 || !keys_[i - 1].word || (at_.tokens[i].flags & text::kLineStart);
    if (keys_[i].capitalized && !line_or_sentence_start) continue;
    const uint16_t nominal = Pos::kNoun | Pos::kAdjective | Pos::kDeterminer | Pos::kPreposition | Pos::kPronoun |
                             Pos::kConjunction | Pos::kProperNoun | Pos::kNumeral;
    if (!(info.pos & nominal)) {
      info.verb = true;
      continue;
    }
    // Ambiguous forms ("félicité", "prise", "talks") are verbs right after an
    // auxiliary, a clitic, a negation or a subject pronoun.
    for (size_t j = i; j-- > 0;) {
      if (!keys_[j].word) break;
      const TokenInfo& p = infos_[j];
      if (p.classes & kWcLightAdverb) continue;
      if ((p.pos & Pos::kAuxiliary) || (p.classes & (kWcReflexive | kWcNegation | kWcPronounMasc | kWcPronounFem |
                                                     kWcPronounPlural | kWcSubjectPronoun | kWcModal | kWcFutureAux))) {
        info.verb = true;
      }
      break;
    }
  }
}

// ---------------------------------------------------------------- mentions

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
  std::span<const KeyedToken> keys(keys_);

  enum ItemType : uint8_t { kNone, kName, kAgent, kAdjective, kTitle, kPluralTitle, kCap, kOf, kPoss, kDet };
  struct Item {
    ItemType type = kNone;
    uint32_t len = 1;
    uint32_t payload = 0;
  };
  std::vector<Item> items(last - first);
  for (uint32_t i = first; i < last;) {
    Item& it = items[i - first];
    uint32_t payload = 0;
    const uint64_t cls = infos_[i].classes;
    if (uint32_t len = actors_.names().LongestMatch(keys, i, &payload); len > 0 && i + len <= last) {
      it = {kName, len, payload};
    } else if (uint32_t len2 = pack_.agents->matcher().LongestMatch(keys, i, &payload);
               len2 > 0 && i + len2 <= last && !infos_[i].verb) {
      // (A word read as a verb is not an agent: "China pressed Russia", "a envoyé".)
      it = {kAgent, len2, payload};
    } else if (uint32_t len3 = actors_.adjectives().LongestMatch(keys, i, &payload); len3 > 0 && i + len3 <= last) {
      it = {kAdjective, len3, payload};
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
    } else if (keys_[i].word && keys_[i].capitalized && !(at_.tokens[i].flags & text::kLineStart) && i != first &&
               !(cls & ~(kWcLightAdverb))) {
      it = {kCap, 1, 0};
    }
    i += std::max<uint32_t>(it.len, 1);
  }
  auto item_at = [&](uint32_t i) -> const Item& { return items[i - first]; };

  // "les deux hommes", "both ministers": before actor chunks, which would
  // otherwise read "diplomates" as an agent.
  for (uint32_t i = first; i < last; ++i) {
    if (!keys_[i].word) continue;
    const uint64_t cls = infos_[i].classes;
    if (cls & kWcGroupNumber) {
      for (uint32_t k = i + 1; k < last && k <= i + 3; ++k) {
        if (infos_[k].classes & kWcGroupNoun) {
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
      }
      continue;
    }
  }

  for (uint32_t i = first; i < last;) {
    const Item& start = item_at(i);
    const bool starts = start.type == kName || start.type == kAgent || start.type == kTitle ||
                        start.type == kPluralTitle || (start.type == kAdjective && keys_[i].capitalized) ||
                        (start.type == kCap && i + 1 < last &&
                         (item_at(i + 1).type == kAgent || item_at(i + 1).type == kCap));
    if (!starts || infos_[i].mention >= 0) {
      ++i;
      continue;
    }
    // Grow the chunk over contiguous items.
    uint32_t end = i;
    int32_t named = -1, country = -1;
    int32_t agent = -1;
    bool title = false, plural_title = false, adjective_only = true;
    uint32_t name_first = 0, name_last = 0;  // unknown name tokens (capitalised words)
    bool city = false, country_name = false, seen_of = false, counterpart = false;
    int32_t country_item = -1;  // token where the country adjective or name stands
    std::string agent_term;
    uint32_t j = i;
    ItemType previous = kNone;
    while (j < last) {
      if (infos_[j].mention >= 0) break;
      const Item& it = item_at(j);
      if (it.type == kNone && previous == kCap && seen_of && (infos_[j].pos & Pos::kAdjective) && !infos_[j].verb &&
          !keys_[j].capitalized) {
        // "des Affaires étrangères": a lower-case adjective inside a capitalised qualifier.
        ++j;
        end = j;
        previous = kNone;
        continue;
      }
      previous = it.type;
      if (it.type == kName) {
        const uint32_t entry = ActorDictionary::EntryOf(it.payload);
        const ActorEntry& e = actors_.entry(entry);
        if (e.type == ActorType::kCountry) {
          if (country < 0) {
            country = static_cast<int32_t>(entry);
            city = ActorDictionary::IsCity(it.payload);
            country_name = true;
            country_item = static_cast<int32_t>(j);
          }
        } else {
          named = static_cast<int32_t>(entry);
        }
        adjective_only = false;
      } else if (it.type == kAgent) {
        if (agent < 0) {
          agent = static_cast<int32_t>(it.payload);
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
        while (k < last && item_at(k).type == kDet) ++k;
        if (k >= last) break;
        const ItemType next = item_at(k).type;
        if (!(next == kName || next == kAgent || next == kCap || next == kAdjective)) break;
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
    Mention m;
    m.sentence = s;
    m.first = i;
    m.last = end;
    m.plural = plural_title;
    m.agent_term = agent_term;
    // "à Berlin", "en Syrie", "in Moscow": the place of the event.
    if (country_name && agent < 0 && named < 0 && name_last <= name_first && i > first) {
      const uint64_t before = infos_[i - 1].classes;
      m.location = city ? (before & kWcCityLocative) != 0 : (before & kWcCountryLocative) != 0;
    }
    std::string name_key;
    if (name_last > name_first) name_key = std::string(keys_[name_last - 1].key);
    if (named >= 0) {
      const ActorEntry& e = actors_.entry(named);
      m.code = std::string(e.CodeOn(publication_));
      m.person = e.type == ActorType::kPerson;
      m.gender = e.gender;
    }
    std::string description;
    if (agent >= 0 && country >= 0) {
      const ActorEntry& c = actors_.entry(country);
      const std::string_view base = c.CodeOn(publication_);
      description = c.type == ActorType::kCountry ? std::string(base) + pack_.agents->code(agent) : std::string(base);
    } else if (country >= 0 && agent < 0) {
      // A country named, or an adjective used as a noun ("les Russes").
      const bool noun_use = !adjective_only || (keys_[i].capitalized && keys_[end - 1].key.ends_with("s"));
      if (noun_use || named >= 0) description = std::string(actors_.entry(country).CodeOn(publication_));
    }
    if (m.code.empty()) m.code = description;
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
    if (m.code.empty() && bare_agent && m.kind == MentionKind::kActor && (before_chunk & kWcCityLocative)) {
      m.location = true;
    }
    // "le chancelier", "the government": a definite description refers to
    // the latest actor described with the same agent word.
    if (m.code.empty() && bare_agent && m.kind == MentionKind::kActor && !m.location && i > first &&
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
    // Remember a name the text introduced with its description
    // ("le ministre russe ... Sergueï Lavrov") for later "M. Lavrov".
    const bool agent_with_country = agent >= 0 && country >= 0 && named < 0 && !m.code.empty();
    const std::string agent_code = agent >= 0 ? pack_.agents->code(agent) : std::string();
    const int32_t index = AddMention(std::move(m));
    if (!name_key.empty() && !mentions_[index].code.empty()) aliases_.emplace(name_key, index);
    if (agent_with_country) {
      // Coordinated countries share the agent: "les marines française et
      // indienne", "Armenian and Azerbaijani forces", "the U.S. and
      // Philippine navies": one actor per country.
      auto add_country_mention = [&](uint32_t from, uint32_t len, uint32_t payload, bool is_name) {
        const ActorEntry& c = actors_.entry(is_name ? ActorDictionary::EntryOf(payload) : payload);
        if (c.type != ActorType::kCountry) return false;
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
             infos_[k + 1].mention < 0 && item_at(k + 1).type == kAdjective) {
        const Item& adj = item_at(k + 1);
        if (!add_country_mention(k + 1, adj.len, adj.payload, false)) break;
        k = k + 1 + adj.len;
      }
      if (country_item == static_cast<int32_t>(i) && i >= first + 2 && (infos_[i - 1].classes & kWcCoordinator)) {
        for (uint32_t j2 = i - 1; j2-- > first && j2 + 4 >= i;) {
          const Item& it2 = item_at(j2);
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
      if (k > end) end = k;
    }
    i = end;
  }

  // A country adjective on an ordinary noun stands for its country:
  // "l'offensive russe", "les infrastructures énergétiques ukrainiennes",
  // "Russian assets", "the Yemeni port". The mention spans the noun phrase
  // (noun first in French, adjective first in English) so that it can
  // stand where a pattern expects a target.
  for (uint32_t i = first; i < last; ++i) {
    const Item& it = item_at(i);
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
    if (k > first && nominal(k - 1)) {
      from = k - 1;
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

  // Pronouns, and "son homologue" / "his counterpart".
  for (uint32_t i = first; i < last; ++i) {
    if (infos_[i].mention >= 0 || !keys_[i].word) continue;
    const uint64_t cls = infos_[i].classes;
    if ((cls & kWcPossessive) && i + 1 < last) {
      uint32_t k = i + 1;
      if (k + 1 < last && item_at(k).type == kAdjective) ++k;
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
    if (cls & (kWcPronounMasc | kWcPronounFem | kWcPronounPlural)) {
      Mention m;
      m.kind = MentionKind::kPronoun;
      m.sentence = s;
      m.first = i;
      m.last = i + 1;
      m.plural = (cls & kWcPronounPlural) != 0;
      m.gender = (cls & kWcPronounMasc) ? 'm' : (cls & kWcPronounFem) ? 'f' : 0;
      AddMention(std::move(m));
    }
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
    if (a.sentence != s || a.kind != MentionKind::kActor || group_of_.count(static_cast<int32_t>(mi))) continue;
    std::vector<int32_t> members{static_cast<int32_t>(mi)};
    uint32_t end = a.last;
    while (end < last) {
      uint32_t k = end;
      const bool coord = (infos_[k].classes & kWcCoordinator) || keys_[k].key == ",";
      if (!coord) break;
      ++k;
      while (k < last && (infos_[k].classes & kWcDeterminer) && infos_[k].mention < 0) ++k;
      if (k >= last || infos_[k].mention < 0) break;
      const Mention& b = mentions_[infos_[k].mention];
      if (b.kind != MentionKind::kActor || b.first != k) break;
      members.push_back(infos_[k].mention);
      end = b.last;
      if (infos_[end - 1].classes & kWcCoordinator) break;
    }
    if (members.size() < 2) continue;
    // A trailing ", X" without a coordinator is an apposition, not a list.
    bool has_coordinator = false;
    for (size_t m = 1; m < members.size(); ++m) {
      const uint32_t before = mentions_[members[m]].first - 1;
      for (uint32_t t = mentions_[members[m - 1]].last; t <= before; ++t) has_coordinator |= (infos_[t].classes & kWcCoordinator) != 0;
    }
    if (!has_coordinator) continue;
    const int32_t g = static_cast<int32_t>(groups_.size());
    groups_.push_back(members);
    for (int32_t m : members) group_of_[m] = g;
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
      for (const auto& g : groups_) {
        const Mention& head = mentions_[g.front()];
        if (head.first >= m.first || head.sentence < oldest_group) continue;
        if (static_cast<int32_t>(head.first) > best_first) {
          best_first = static_cast<int32_t>(head.first);
          best = g;
        }
      }
      for (size_t pi = 0; pi < mi; ++pi) {
        const Mention& p = mentions_[pi];
        if (p.kind == MentionKind::kActor || !p.plural || p.referents.size() < 2 || p.sentence < oldest_group) continue;
        if (static_cast<int32_t>(p.first) > best_first) {
          best_first = static_cast<int32_t>(p.first);
          best = p.referents;
        }
      }
      if (best.empty()) {
        // No group yet: the two latest distinct actors ("Le Premier ministre
        // polonais a reçu le ministre ukrainien. Les deux hommes ...").
        for (size_t pi = mi; pi-- > 0 && best.size() < 2;) {
          const Mention& p = mentions_[pi];
          if (p.sentence < oldest) break;
          if (p.kind != MentionKind::kActor || p.code.empty() || p.location) continue;
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
      if (p.kind != MentionKind::kActor || p.code.empty() || p.plural || p.location) continue;
      if (m.gender && p.gender && m.gender != p.gender) continue;
      const bool person = p.person || p.gender != 0;
      ranked[(person ? 0 : 2) + (subject_position_[pi] ? 0 : 1)].push_back(static_cast<int32_t>(pi));
    }
    std::vector<int32_t> subjects;
    for (const auto& r : ranked) subjects.insert(subjects.end(), r.begin(), r.end());
    if (!subjects.empty()) {
      m.referents = {subjects.front()};
      m.alternatives.assign(subjects.begin() + 1, subjects.end());
    }
  }
}

// ---------------------------------------------------------------- events

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
      if (!keys_[j].word || IsVerbBoundary(j)) return -1;
    const uint64_t cls = infos_[j].classes;
    const bool light = (cls & (kWcDeterminer | kWcTargetPrep | kWcLightAdverb | kWcTimePrep)) || lex_.Weekday(keys_[j].key_id) ||
                       at_.tokens[j].kind == text::TokenKind::kNumber ||
                       (cls & (kWcYesterday | kWcToday | kWcTomorrow)) ||
                       ((infos_[j].pos & Pos::kAdverb) && !(infos_[j].pos & (Pos::kNoun | Pos::kVerb | Pos::kPreposition)));
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
        // Compound: "A et B", or part of a group found earlier.
        auto g = group_of_.find(mi);
        bool in_group = false;
        for (const auto& grp : groups_) {
          if (std::find(grp.begin(), grp.end(), mi) != grp.end()) {
            out->mentions = grp;
            in_group = true;
            break;
          }
        }
        if (!in_group) out->mentions = g != group_of_.end() ? groups_[g->second] : std::vector<int32_t>{mi};
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
  // Only an article, possessive or "de/of" before it makes it a noun here.
  if (i == 0 || !(infos_[i - 1].classes & (kWcDeterminer | kWcPossessive | kWcOf))) return true;
  for (int32_t alt : p.elements[p.anchor].alternative_ids) {
    if (alt == k.key_id) return true;
    for (uint8_t l = 0; l < k.lemma_count; ++l) {
      if (k.lemma_ids[l] == alt && !(info.verb_lemmas & (1u << l))) return true;
    }
  }
  return false;
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
      if (IsClauseBreakPunct(keys_[t].key) || keys_[t].key == ",") break;
    }
    return false;
  }
  // A place fills a slot only where the pattern's own preposition governs
  // it ("se rendre en +"), and never for statements or appeals ("a
  // indiqué à Paris" says where, not to whom).
  const bool places = !(p.code.rfind("01", 0) == 0 || p.code.rfind("02", 0) == 0);
  const int32_t mention = MentionStartingNear(pos + 1, s_last, kMaxTargetSkip, places);
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

int DocumentCoder::DetectTense(uint32_t group_start, uint32_t anchor) const {
  for (uint32_t t = group_start; t <= anchor; ++t) {
    if (infos_[t].classes & kWcFutureAux) return 1;
    const uint16_t vf = infos_[t].verb_form;
    if ((vf & morph::kFuture) && !(vf & (morph::kPresent | morph::kSimplePast | morph::kPastParticiple))) return 1;
  }
  if (group_start > 0 && (infos_[group_start - 1].classes & kWcFutureAux)) return 1;
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
         (keys_[governor - 1].key == "\"" || keys_[governor - 1].key == "«" || keys_[governor - 1].key == "'")) {
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
    const int tense = DetectTense(group_start, i);

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
    auto code_of = [&](int32_t m) -> const std::string& { return mentions_[m].code; };
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

    int32_t location = -1;
    for (uint32_t t = first; t < last && location < 0; ++t) {
      if (infos_[t].mention >= 0 && mentions_[infos_[t].mention].location) location = infos_[t].mention;
    }
    auto emit = [&](int32_t src, int32_t tgt) {
      if (code_of(src) == code_of(tgt)) return;
      SentenceEvent ev;
      ev.sentence = s;
      ev.source = code_of(src);
      ev.target = code_of(tgt);
      ev.code = best->code;
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
    if (tgt_actors.empty() && best->partner) {
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
  BuildKeys();
  MarkVerbs();
  for (uint32_t s = first_sentence; s < at_.sentences.size(); ++s) {
    sentence_first_mention_ = mentions_.size();
    BuildMentions(s);
    FindGroups(s);
    ResolveReferences(s);
    FindEvents(s, out);
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

// ---------------------------------------------------------------- the Coder

class CoderImpl : public Coder {
 public:
  Status Init(const CoderOptions& options);
  Status Code(const Document& document, std::vector<Event>* events, DocumentStats* stats) const override;
  StatusOr<uint32_t> CountSentences(const Document& document) const override;
  StatusOr<std::string> Explain(const Document& document) const override;

 private:
  Status Prepare(const Document& document, Language* lang, Date* publication, text::AnalyzedText* analyzed,
                 uint32_t* first_sentence) const;
  const LanguagePack* Pack(Language lang) const {
    return lang == Language::kFrench ? french_.get() : lang == Language::kEnglish ? english_.get() : nullptr;
  }

  CoderOptions options_;
  std::shared_ptr<Vocabulary> vocabulary_;
  std::unique_ptr<ActorDictionary> actors_;
  std::unique_ptr<Codebook> codebook_;
  std::unique_ptr<LanguagePack> french_, english_;
};

Status CoderImpl::Init(const CoderOptions& options) {
  options_ = options;
  if (options_.dictionary_dir.empty()) options_.dictionary_dir = PARLEY_DEFAULT_DICTIONARY_DIR;
  if (options_.data_dir.empty()) options_.data_dir = PARLEY_DEFAULT_DATA_DIR;
  auto codebook = Codebook::Load(options_.dictionary_dir + "/cameo/codebook.tsv");
  if (!codebook.ok()) return codebook.status();
  codebook_ = std::make_unique<Codebook>(std::move(codebook).value());
  vocabulary_ = std::make_shared<Vocabulary>();
  auto actors = ActorDictionary::Load(options_.dictionary_dir + "/actors", vocabulary_);
  if (!actors.ok()) return actors.status();
  actors_ = std::make_unique<ActorDictionary>(std::move(actors).value());
  auto load = [&](Language lang, std::unique_ptr<LanguagePack>* slot) -> Status {
    auto pack = LanguagePack::Load(lang, options_.dictionary_dir, options_.data_dir, vocabulary_);
    if (!pack.ok()) return pack.status();
    // Every event code must be in the code book.
    for (const EventPattern& p : pack.value()->events->patterns()) {
      if (codebook_->Find(p.code) == nullptr) {
        return Status::ParseError(p.file + ":" + std::to_string(p.line) + ": CAMEO code " + p.code +
                                  " is not in the code book");
      }
    }
    *slot = std::move(pack).value();
    return Status::Ok();
  };
  if (options_.load_french) PARLEY_RETURN_IF_ERROR(load(Language::kFrench, &french_));
  if (options_.load_english) PARLEY_RETURN_IF_ERROR(load(Language::kEnglish, &english_));
  return Status::Ok();
}

Status CoderImpl::Prepare(const Document& doc, Language* lang, Date* publication, text::AnalyzedText* analyzed,
                          uint32_t* first_sentence) const {
  const std::string& name = doc.id.empty() ? doc.origin : doc.id;
  if (doc.text.size() > options_.max_document_bytes) {
    return Status::ResourceExhausted("document " + name + ": " + std::to_string(doc.text.size()) +
                                     " bytes, over the limit of " + std::to_string(options_.max_document_bytes));
  }
  if (Status st = text::ValidateText(doc.text); !st.ok()) {
    return Status(st.code(), "document " + name + ": " + st.message());
  }
  bool blank = true;
  for (char c : doc.text) {
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
      blank = false;
      break;
    }
  }
  if (blank) return Status::DataLoss("document " + name + ": empty text");

  *lang = options_.forced_language != Language::kUnknown ? options_.forced_language : doc.lang;
  if (*lang == Language::kUnknown) {
    const lang::LanguageGuess guess = lang::IdentifyLanguage(doc.text);
    *lang = guess.language;
    if (*lang == Language::kOther || *lang == Language::kUnknown) {
      return Status::Unsupported("document " + name + ": language '" + guess.code + "' is not coded");
    }
  }
  if (Pack(*lang) == nullptr) {
    return Status::Unsupported("document " + name + ": language '" + LanguageCode(*lang) + "' is not coded");
  }

  // Publication date: the document's field, then its header, then --date.
  size_t header_end = 0;
  *publication = doc.date;
  std::optional<DatelineMatch> header =
      FindDatelineDate(doc.text, options_.default_date.valid() ? options_.default_date.year : 0);
  if (header) header_end = header->header_end > header->header_begin ? header->header_end : 0;
  if (!publication->valid() && header) *publication = header->date;
  if (!publication->valid()) *publication = options_.default_date;

  text::TextOptions topts;
  topts.max_sentence_tokens = options_.max_sentence_tokens;
  PARLEY_RETURN_IF_ERROR(text::AnalyzeText(doc.text, *lang, topts, analyzed));
  *first_sentence = 0;
  while (*first_sentence < analyzed->sentences.size() &&
         analyzed->sentences[*first_sentence].end <= header_end) {
    ++*first_sentence;
  }
  return Status::Ok();
}

StatusOr<std::string> CoderImpl::Explain(const Document& doc) const {
  Language lang;
  Date publication;
  text::AnalyzedText analyzed;
  uint32_t first_sentence = 0;
  PARLEY_RETURN_IF_ERROR(Prepare(doc, &lang, &publication, &analyzed, &first_sentence));
  DocumentScratch scratch;
  DocumentCoder coder(*Pack(lang), *actors_, *vocabulary_, doc.text, analyzed, publication, true, &scratch);
  std::vector<SentenceEvent> found;
 std::string decisions;
  coder.set_decision_log(&decisions);
  coder.Run(first_sentence, &found);
  std::string out = "language=" + std::string(LanguageCode(lang)) + " publication=" + publication.ToIso() + "\n";
  out += coder.Trace(first_sentence);
  out += "pattern matches:\n" + decisions;
  out += "events:\n";
  for (const SentenceEvent& e : found) {
    out += "  sentence " + std::to_string(e.sentence - first_sentence + 1) + ": " + e.source + " " + e.code + " " +
           e.target + " mode=" + ModeName(static_cast<Mode>(e.mode)) + "\n";
  }
  return out;
}

StatusOr<uint32_t> CoderImpl::CountSentences(const Document& document) const {
  Language lang;
  Date publication;
  text::AnalyzedText analyzed;
  uint32_t first = 0;
  PARLEY_RETURN_IF_ERROR(Prepare(document, &lang, &publication, &analyzed, &first));
  return static_cast<uint32_t>(analyzed.sentences.size() - first);
}

Status CoderImpl::Code(const Document& doc, std::vector<Event>* events, DocumentStats* stats) const {
  events->clear();
  Language lang;
  Date publication;
  thread_local text::AnalyzedText analyzed;
  uint32_t first_sentence = 0;
  PARLEY_RETURN_IF_ERROR(Prepare(doc, &lang, &publication, &analyzed, &first_sentence));
  const LanguagePack& pack = *Pack(lang);

  thread_local DocumentScratch scratch;
  DocumentCoder coder(pack, *actors_, *vocabulary_, doc.text, analyzed, publication, options_.include_modal, &scratch);
  std::vector<SentenceEvent> found;
  coder.Run(first_sentence, &found);

  if (stats != nullptr) {
    stats->language = lang;
    stats->publication_date = publication;
    stats->sentences = static_cast<uint32_t>(analyzed.sentences.size() - first_sentence);
    stats->tokens = static_cast<uint32_t>(analyzed.tokens.size());
  }

  // Time expressions per sentence, found once.
  std::unordered_map<std::string, size_t> index;  // date|source|code|target -> event
  std::vector<TimeExpression> times;
  uint32_t times_sentence = UINT32_MAX;
  auto span_of = [&](uint32_t first_token, uint32_t last_token) {
    Span sp;
    if (last_token <= first_token) return sp;
    sp.begin = analyzed.tokens[first_token].begin;
    sp.end = analyzed.tokens[last_token - 1].end;
    return sp;
  };
  auto text_of = [&](const Span& sp) {
    return sp.empty() ? std::string() : doc.text.substr(sp.begin, sp.end - sp.begin);
  };
  const auto& mentions = coder.mentions();
  for (const SentenceEvent& se : found) {
    if (se.sentence != times_sentence) {
      const text::Sentence& st = analyzed.sentences[se.sentence];
      FindTimeExpressions(coder.keys(), coder.infos(), analyzed.tokens, *pack.lexicon, st.first_token,
                          st.first_token + st.token_count, &times);
      times_sentence = se.sentence;
    }
    Date date = publication;
    const TimeExpression* nearest = nullptr;
    uint32_t best_distance = UINT32_MAX;
    for (const TimeExpression& t : times) {
      const uint32_t d = t.token > se.anchor ? t.token - se.anchor : se.anchor - t.token;
      if (d < best_distance) {
        best_distance = d;
        nearest = &t;
      }
    }
    if (nearest != nullptr) {
      const Date resolved = ResolveTimeExpression(*nearest, se.tense, publication);
      if (resolved.valid()) date = resolved;
    }
    const int sentence_number = static_cast<int>(se.sentence - first_sentence + 1);
    const std::string key = date.ToIso() + "|" + se.source + "|" + se.code + "|" + se.target;
    auto [it, inserted] = index.emplace(key, events->size());
    if (!inserted) {
      Event& e = (*events)[it->second];
      ++e.mentions;
      if (e.sentences.back() != sentence_number) e.sentences.push_back(sentence_number);
      continue;
    }
    Event e;
    e.doc_id = doc.id.empty() ? doc.origin : doc.id;
    e.sentence = sentence_number;
    e.sentences = {sentence_number};
    e.mentions = 1;
    e.date = date;
    e.source = se.source;
    e.target = se.target;
    e.code = se.code;
    if (const CameoCode* c = codebook_->Find(se.code)) {
      e.root = c->root;
      e.quad_class = c->quad_class;
      e.goldstein = c->goldstein;
      e.plover = c->plover;
    }
    e.mode = static_cast<Mode>(se.mode);
    if (se.source_mention >= 0) e.source_span = span_of(mentions[se.source_mention].first, mentions[se.source_mention].last);
    if (se.target_mention >= 0) e.target_span = span_of(mentions[se.target_mention].first, mentions[se.target_mention].last);
    e.verb_span = span_of(se.verb_first, se.verb_last);
    if (se.location_mention >= 0) {
      e.location = text_of(span_of(mentions[se.location_mention].first, mentions[se.location_mention].last));
    }
    const text::Sentence& st = analyzed.sentences[se.sentence];
    e.evidence_span.begin = st.begin;
    e.evidence_span.end = st.end;
    e.source_text = text_of(e.source_span);
    e.target_text = text_of(e.target_span);
    e.verb_text = text_of(e.verb_span);
    e.evidence = text_of(e.evidence_span);
    e.lang = lang;
    events->push_back(std::move(e));
  }
  return Status::Ok();
}

}  // namespace
}  // namespace coding

StatusOr<std::unique_ptr<Coder>> Coder::Create(const CoderOptions& options) {
  auto coder = std::make_unique<coding::CoderImpl>();
  PARLEY_RETURN_IF_ERROR(coder->Init(options));
  return std::unique_ptr<Coder>(std::move(coder));
}

}  // namespace parley
