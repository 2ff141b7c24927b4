// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "coding/forms.h"

#include <algorithm>
#include <memory>

#include "coding/document_model.h"
#include "dictionaries/word_key.h"
#include "morphology/lemmatizer.h"

namespace parley::coding {

using morph::Pos;

FormCache& ThreadFormCache(const LanguagePack& pack) {
  // Keyed by the pack's serial, not its address: a pack loaded after another
  // was freed may get its address, and the old entries' word ids would be
  // wrong for it. A thread keeps caches for its last few packs only (a
  // process that loads coder after coder, as the tests do, must not
  // accumulate them).
  constexpr size_t kMaxPacksPerThread = 4;
  thread_local std::vector<std::pair<uint64_t, std::unique_ptr<FormCache>>> caches;
  for (auto& [serial, cache] : caches) {
    if (serial == pack.serial) {
      if (cache->size() > kMaxCachedForms) cache->clear();
      return *cache;
    }
  }
  if (caches.size() == kMaxPacksPerThread) caches.erase(caches.begin());
  caches.emplace_back(pack.serial, std::make_unique<FormCache>());
  return *caches.back().second;
}

const FormEntry& AnalyzeForm(const LanguagePack& pack, const Vocabulary& vocabulary, FormCache& cache,
                             std::string_view norm, bool word) {
  return AnalyzeForm(pack, vocabulary, cache, norm, FormCache::Hash(norm), word);
}

const FormEntry& AnalyzeForm(const LanguagePack& pack, const Vocabulary& vocabulary, FormCache& cache,
                             std::string_view norm, uint64_t hash, bool word) {
  if (const FormEntry* known = cache.Find(norm, hash)) return *known;
  const Lexicon& lex = *pack.lexicon;
  FormEntry e;
  std::string key;
  std::string lemmas[3];
  AppendFoldedKey(norm, &key);
  e.key_id = vocabulary.Find(key);
  e.classes = lex.SurfaceClasses(e.key_id);
  if (word) {
    for (const morph::Analysis& a : pack.lemmatizer->Analyze(norm)) {
      e.pos |= a.pos;
      e.verb_form |= a.verb_form;
      if (e.lemma_count == 3) continue;
      std::string lemma = FoldedKey(a.lemma);
      uint8_t l = 0;
      while (l < e.lemma_count && lemmas[l] != lemma) ++l;
      if (l == e.lemma_count) {
        e.lemma_ids[l] = vocabulary.Find(lemma);
        e.classes |= lex.LemmaClasses(e.lemma_ids[l]);
        lemmas[l] = std::move(lemma);
        ++e.lemma_count;
      }
      if (a.pos & Pos::kVerb) e.verb_lemmas |= static_cast<uint8_t>(1u << l);
      if (a.pos & ~(Pos::kVerb | Pos::kAuxiliary)) e.noun_lemmas |= static_cast<uint8_t>(1u << l);
    }
  }
  e.weekday_or_month = lex.Weekday(e.key_id) > 0 || lex.Month(e.key_id) > 0;
  e.plural_form = e.lemma_count > 0 && lemmas[0] != key && (key.ends_with('s') || key.ends_with('x'));
  if (!key.empty()) {
    const unsigned char c = static_cast<unsigned char>(key[0]);
    e.letter_initial = (c >= 'a' && c <= 'z') || c >= 0xC0;
  }
  e.hyphenated = key.find('-') != std::string_view::npos;
  const std::string_view views[3] = {lemmas[0], lemmas[1], lemmas[2]};
  return cache.Insert(norm, hash, e, key, views);
}

bool CaseAfterAcronym(const FormEntry& form, const FormEntry* previous, bool next_capitalized) {
  if (previous == nullptr || previous->key.size() < 4 || previous->key.back() != '.') return false;
  if (std::count(previous->key.begin(), previous->key.end(), '.') < 2) return false;
  if (form.pos & Pos::kProperNoun) return false;
  if (form.pos & (Pos::kAuxiliary | Pos::kConjunction | Pos::kPreposition | Pos::kDeterminer | Pos::kPronoun)) {
    return true;
  }
  // Only a lone word: two capitalised words after the acronym may well be a
  // name ("U.S. Trade Representative", "U.S. Steel").
  if (next_capitalized || !(form.pos & (Pos::kNoun | Pos::kVerb | Pos::kAdjective))) return false;
  return form.starts != FormEntry::kStartsUnknown && !(form.starts & (kStartsName | kStartsPlace | kStartsAgent));
}

bool NameCapital(const text::AnalyzedText& text, uint32_t i, const std::vector<const FormEntry*>& forms) {
  const text::Token& t = text.tokens[i];
  const FormEntry& f = *forms[i];
  const bool next_capitalized = i + 1 < text.tokens.size() && text.tokens[i + 1].kind == text::TokenKind::kWord &&
                                (text.tokens[i + 1].flags & text::kCapitalized) != 0;
  if (!(t.flags & text::kCapitalized) || (i > 0 && CaseAfterAcronym(f, forms[i - 1], next_capitalized))) return false;
  // "GIVES CUBA 25 MLN DLR CREDIT": in a headline, the units after an
  // amount are no names.
  auto number = [&](uint32_t k) { return text.tokens[k].kind == text::TokenKind::kNumber; };
  if ((t.flags & text::kShouted) && i > 0 &&
      (number(i - 1) || (i > 1 && number(i - 2) && (text.tokens[i - 1].flags & text::kShouted) && forms[i - 1]->pos == 0))) {
    return false;
  }
  // "NETHERLANDS GRANTS 47 MLN DLRS": in a headline, a word that can be a
  // present third-person verb right after another word is that verb, even
  // when a place or a name is spelt so ("Grants", New Mexico).
  if ((t.flags & text::kShouted) && i > 0 && text.tokens[i - 1].kind == text::TokenKind::kWord &&
      (text.tokens[i - 1].flags & text::kShouted) && (f.pos & Pos::kVerb) && (f.verb_form & morph::kPresent) &&
      f.key.size() > 3 && f.key.back() == 's' && !(forms[i - 1]->pos & (Pos::kDeterminer | Pos::kPreposition))) {
    return false;
  }
  // "BOLIVIAN MINERS CALL GENERAL STRIKE": so is a present form right after
  // a plural noun that cannot be a verb itself.
  if ((t.flags & text::kShouted) && i > 0 && text.tokens[i - 1].kind == text::TokenKind::kWord &&
      (text.tokens[i - 1].flags & text::kShouted) && (f.pos & Pos::kVerb) && (f.verb_form & morph::kPresent) &&
      forms[i - 1]->plural_form && (forms[i - 1]->pos & Pos::kNoun) && !(forms[i - 1]->pos & (Pos::kVerb | Pos::kProperNoun))) {
    return false;
  }
  if (!(t.flags & text::kShouted) || f.starts == FormEntry::kStartsUnknown) return true;
  const bool common = (f.pos & ~Pos::kProperNoun) != 0;
  return !common || (f.starts & (kStartsName | kStartsPlace | kStartsAdjective)) != 0;
}

void SyntaxInput(const Lexicon& lexicon, const text::AnalyzedText& text, const text::Sentence& s,
                 const std::vector<const FormEntry*>& forms, const std::vector<KeyedToken>* keys,
                 std::vector<syntax::TokenIn>* out) {
  out->resize(s.token_count);
  for (uint32_t k = 0; k < s.token_count; ++k) {
    const uint32_t i = s.first_token + k;
    const text::Token& t = text.tokens[i];
    const FormEntry& f = *forms[i];
    syntax::TokenIn& in = (*out)[k];
    in.key = f.key;
    in.pos = f.pos;
    in.verb_form = f.verb_form;
    in.classes = f.classes;
    in.word = t.kind == text::TokenKind::kWord;
    in.number = t.kind == text::TokenKind::kNumber;
    in.capitalized = keys != nullptr ? (*keys)[i].capitalized : NameCapital(text, i, forms);
    in.sentence_start = k == 0 || (t.flags & text::kLineStart) != 0 || (k > 0 && !(*out)[k - 1].word && !(*out)[k - 1].number &&
                                                                          ((*out)[k - 1].key == "\"" || (*out)[k - 1].key == "«"));
    in.inverted_clitic = (t.flags & text::kClitic) != 0 && k > 0 && (f.classes & (kWcPronounMasc | kWcPronounFem | kWcPronounPlural | kWcSubjectPronoun));
    in.adverbial_phrase = false;
    in.weekday_or_month = f.weekday_or_month;
    in.headline = (t.flags & text::kShouted) != 0;
    in.verb_only = lexicon.IsVerbOnlyForm(f.key_id);
    in.plural_agreeing = lexicon.IsPluralAgreeingNoun(f.key_id);
  }
  for (uint32_t k = 0; k + 1 < s.token_count; ++k) {
    const uint32_t i = s.first_token + k;
    if (lexicon.IsAdverbialPhrase(forms[i]->key_id, forms[i + 1]->key_id)) {
      (*out)[k].adverbial_phrase = (*out)[k + 1].adverbial_phrase = true;
    }
  }
}

syntax::Language SyntaxLanguage(const LanguagePack& pack) {
  syntax::Language l;
  l.head_is_first_noun = pack.lexicon->head_is_first_noun();
  l.adjectives_follow = pack.lexicon->adjectives_follow();
  l.prepositions_open_clauses = pack.lexicon->prepositions_open_clauses();
  return l;
}

}  // namespace parley::coding
