// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Token keys: lemmas, vocabulary ids, word classes and verb readings.

#include "coding/document_coder.h"

#include "dictionaries/word_key.h"

namespace parley::coding {

using morph::Pos;

void DocumentCoder::BuildKeys() {
  const auto& tokens = at_.tokens;
  const size_t n = tokens.size();
  keys_.assign(n, KeyedToken{});
  infos_.assign(n, TokenInfo{});
  items_.assign(n, Item{});
  forms_.assign(n, nullptr);
  FormCache& cache = ThreadFormCache(pack_);
  // Hashes first, then lookups that touch the slots and entries of the forms
  // a few tokens ahead, so that their cache misses overlap (forms.h).
  constexpr size_t kSlotAhead = 12, kEntryAhead = 6, kFormAhead = 2;
  form_hashes_.resize(n);
  for (size_t i = 0; i < n; ++i) {
    form_hashes_[i] = FormCache::Hash(at_.Norm(tokens[i]));
    if (i < kSlotAhead) cache.PrefetchSlot(form_hashes_[i]);
  }
  for (size_t i = 0; i < kEntryAhead && i < n; ++i) cache.PrefetchEntry(form_hashes_[i]);
  for (size_t i = 0; i < kFormAhead && i < n; ++i) cache.PrefetchForm(form_hashes_[i]);
  for (size_t i = 0; i < n; ++i) {
    if (i + kSlotAhead < n) cache.PrefetchSlot(form_hashes_[i + kSlotAhead]);
    if (i + kEntryAhead < n) cache.PrefetchEntry(form_hashes_[i + kEntryAhead]);
    if (i + kFormAhead < n) cache.PrefetchForm(form_hashes_[i + kFormAhead]);
    const text::Token& t = tokens[i];
    const bool word = t.kind == text::TokenKind::kWord;
    const FormEntry& f = AnalyzeForm(pack_, vocabulary_, cache, at_.Norm(t), form_hashes_[i], word);
    forms_[i] = &f;
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
    k.sentence_initial = (t.flags & text::kLineStart) != 0 || i == 0 ||
                         (!keys_[i - 1].word && (keys_[i - 1].key == "«" || keys_[i - 1].key == "\"" ||
                                                 keys_[i - 1].key == "\u201c" || keys_[i - 1].key == "("));
    k.all_caps = (t.flags & text::kAllCaps) != 0;
    k.inner_capital = false;
    if (word && (t.flags & text::kCapitalized) && !k.all_caps && t.end - t.begin <= 4 && t.end <= text_.size()) {
      for (uint32_t b = t.begin + 1; b < t.end; ++b) {
        const char c = text_[b], p = text_[b - 1];
        if (c >= 'A' && c <= 'Z' && p >= 'a' && p <= 'z') k.inner_capital = true;
      }
    }
    info.classes = f.classes;
    info.pos = f.pos;
    info.verb_form = f.verb_form;
    info.verb_lemmas = f.verb_lemmas;
    info.noun_lemmas = f.noun_lemmas;
    info.plural_form = f.plural_form;
    info.letter_initial = f.letter_initial;
    if (f.starts == FormEntry::kStartsUnknown) {
      f.starts = (actors_.names().MayStartWith(k) ? kStartsName : 0) |
                 (places_.names().MayStartWith(k) ? kStartsPlace : 0) |
                 (pack_.agents->matcher().MayStartWith(k) ? kStartsAgent : 0) |
                 (actors_.adjectives().MayStartWith(k) ? kStartsAdjective : 0) |
                 (pack_.frames->discards().MayStartWith(k) ? kStartsDiscard : 0);
    }
    info.starts = f.starts;
    k.capitalized = NameCapital(at_, static_cast<uint32_t>(i), forms_);
    if (f.frame_kinds == FormEntry::kFrameKindsUnknown) f.frame_kinds = FrameKinds(k, info);
    info.frame_kinds = f.frame_kinds;
  }
  for (const text::Sentence& s : at_.sentences) {
    if (s.token_count > 0) keys_[s.first_token].sentence_initial = true;
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
    // A finite past form whose only other reading is an adjective
    // ("received", "signed", "backed") is a verb unless an article,
    // possessive or degree word makes it an attribute ("the received view").
    if ((info.verb_form & morph::kSimplePast) && !(info.pos & (nominal & ~Pos::kAdjective)) && i > 0 &&
        !(infos_[i - 1].classes & (kWcDeterminer | kWcPossessive)) && !(infos_[i - 1].pos & Pos::kAdverb)) {
      info.verb = true;
      continue;
    }
    // Ambiguous forms ("félicité", "prise", "talks") are verbs right after an
    // auxiliary, a clitic, a negation or a subject pronoun; a participle also
    // after an auxiliary two words back ("a en retour demandé", "has also met").
    const bool participle = (info.verb_form & morph::kPastParticiple) != 0;
    int loose = 0;
    for (size_t j = i; j-- > 0;) {
      if (!keys_[j].word) break;
      const TokenInfo& p = infos_[j];
      if (p.classes & kWcLightAdverb) continue;
      if ((p.pos & Pos::kAuxiliary) || (p.classes & (kWcReflexive | kWcNegation | kWcPronounMasc | kWcPronounFem |
                                                     kWcPronounPlural | kWcSubjectPronoun | kWcModal | kWcFutureAux))) {
        info.verb = true;
        break;
      }
      if (!participle || ++loose > 2 || (p.classes & (kWcDeterminer | kWcPossessive)) || keys_[j].capitalized) break;
    }
  }
}

}  // namespace parley::coding
