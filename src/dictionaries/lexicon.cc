// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "dictionaries/lexicon.h"

#include <fstream>

#include "dictionaries/line_reader.h"
#include "dictionaries/word_key.h"

namespace parley {
namespace {

struct ClassInfo {
  const char* name;
  uint64_t bit;
  bool by_lemma;  // also matched on the lemma of a token
};

constexpr ClassInfo kClasses[] = {
    {"determiners", kWcDeterminer, false},
    {"titles", kWcTitle, false},
    {"plural_titles", kWcPluralTitle, false},
    {"target_prepositions", kWcTargetPrep, false},
    {"passive_agent", kWcPassiveBy, false},
    {"pronouns_masculine", kWcPronounMasc, false},
    {"pronouns_feminine", kWcPronounFem, false},
    {"pronouns_plural", kWcPronounPlural, false},
    {"relatives", kWcRelative, false},
    {"clause_breaks", kWcClauseBreak, false},
    {"negations", kWcNegation, false},
    {"negating_verbs", kWcNegatingVerb, true},
    {"modals", kWcModal, true},
    {"conditional_auxiliaries", kWcConditionalAux, false},
    {"conditional_conjunctions", kWcConditionalConj, false},
    {"coordinators", kWcCoordinator, false},
    {"group_numbers", kWcGroupNumber, false},
    {"group_nouns", kWcGroupNoun, true},
    {"counterparts", kWcCounterpart, true},
    {"possessives", kWcPossessive, false},
    {"past_markers", kWcPastMarker, true},
    {"future_markers", kWcFutureMarker, true},
    {"future_auxiliaries", kWcFutureAux, true},
    {"yesterday", kWcYesterday, false},
    {"today", kWcToday, false},
    {"tomorrow", kWcTomorrow, false},
    {"time_prepositions", kWcTimePrep, false},
    {"possessive_clitics", kWcPossessiveClitic, false},
    {"of_prepositions", kWcOf, false},
    {"other_subject_pronouns", kWcSubjectPronoun, false},
    {"reflexives", kWcReflexive, false},
    {"light_adverbs", kWcLightAdverb, false},
    {"city_locatives", kWcCityLocative, false},
    {"country_locatives", kWcCountryLocative, false},
    {"definite_determiners", kWcDefinite, false},
    {"quantity_nouns", kWcQuantity, true},
    {"infinitive_markers", kWcInfinitiveMarker, false},
    {"complementizers", kWcComplementizer, false},
    {"subordinators", kWcSubordinator, false},
    {"object_clitics", kWcObjectClitic, false},
    {"copulas", kWcCopula, true},
    {"reporting_verbs", kWcReporting, true},
    {"time_nouns", kWcTimeNoun, true},
    {"passive_auxiliaries", kWcPassiveAux, true},
    {"unaccusative_verbs", kWcUnaccusative, true},
    {"particles", kWcParticle, false},
    {"perfect_auxiliaries", kWcPerfectAux, true},
    {"clause_prepositions", kWcAdverbialPrep, false},
    {"personal_pronouns", kWcPersonalPronoun, false},
    {"conjunctions", kWcConjunction, false},
    {"fused_prepositions", kWcFusedPrep, false},
    {"impersonal_verbs", kWcImpersonal, true},
    {"expletives", kWcExpletive, false},
    {"clitic_auxiliaries", kWcCliticAux, false},
    {"prenominal_adjectives", kWcPrenominal, false},
    {"object_pronouns", kWcObjectPronoun, false},
    {"title_nouns", kWcTitleNoun, true},
    {"support_auxiliaries", kWcSupportAux, false},
    {"ditransitive_verbs", kWcDitransitive, true},
    {"pronouns_neuter", kWcPronounNeuter, false},
    {"implicative_verbs", kWcImplicative, true},
    {"reciprocal_prepositions", kWcReciprocalPrep, false},
    {"during_prepositions", kWcDuringPrep, false},
    {"degree_adverbs", kWcDegreeAdverb, false},
};

}  // namespace

// The lines that are plain word lists, each a set of Vocabulary ids.
IdBitset Lexicon::*Lexicon::WordList(std::string_view name) {
  static constexpr std::pair<std::string_view, IdBitset Lexicon::*> kLists[] = {
      {"scheduling_words", &Lexicon::scheduling_words_},
      {"document_nouns", &Lexicon::document_nouns_},
      {"issuing_verbs", &Lexicon::issuing_verbs_},
      {"place_nouns", &Lexicon::place_nouns_},
      {"office_nouns", &Lexicon::office_nouns_},
      {"delegate_titles", &Lexicon::delegate_titles_},
      {"role_predicate_verbs", &Lexicon::role_predicate_verbs_},
      {"former_words", &Lexicon::former_words_},
      {"victim_nouns", &Lexicon::victim_nouns_},
      {"organisation_nouns", &Lexicon::organisation_nouns_},
      {"movement_nouns", &Lexicon::movement_nouns_},
      {"possessed_non_actors", &Lexicon::possessed_non_actors_},
      {"place_modifiers", &Lexicon::place_modifiers_},
      {"hedging_words", &Lexicon::hedging_words_},
      {"year_nouns", &Lexicon::year_nouns_},
      {"earlier_words", &Lexicon::earlier_words_},
      {"month_span_nouns", &Lexicon::month_span_nouns_},
      {"standing_adverbs", &Lexicon::standing_adverbs_},
      {"institution_locatives", &Lexicon::institution_locatives_},
      {"addressee_words", &Lexicon::addressee_words_},
      {"presence_words", &Lexicon::presence_words_},
      {"multinational_modifiers", &Lexicon::multinational_modifiers_},
      {"common_abbreviations", &Lexicon::common_abbreviations_},
      {"verb_only_forms", &Lexicon::verb_only_forms_},
      {"naming_verbs", &Lexicon::naming_verbs_},
      {"dyad_event_nouns", &Lexicon::dyad_event_nouns_},
      {"origin_prepositions", &Lexicon::origin_prepositions_},
      {"loyalty_words", &Lexicon::loyalty_words_},
      {"meeting_prepositions", &Lexicon::meeting_prepositions_},
      {"employer_prepositions", &Lexicon::employer_prepositions_},
      {"first_person_pronouns", &Lexicon::first_person_pronouns_},
      {"willingness_words", &Lexicon::willingness_words_},
      {"plural_agreeing_nouns", &Lexicon::plural_agreeing_nouns_},
  };
  for (const auto& [list_name, member] : kLists) {
    if (list_name == name) return member;
  }
  return nullptr;
}

StatusOr<Lexicon> Lexicon::Load(const std::string& path, std::shared_ptr<Vocabulary> vocabulary) {
  Lexicon lex;
  lex.vocabulary_ = vocabulary ? std::move(vocabulary) : std::make_shared<Vocabulary>();
  LineReader reader;
  PARLEY_RETURN_IF_ERROR(reader.Open(path));
  std::string_view line;
  while (reader.Next(&line)) {
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) return reader.Error("expected 'class: word | word ...'", line);
    const std::string_view name = Trim(line.substr(0, colon));
    const auto items = SplitBar(line.substr(colon + 1));
    if (name == "syntax") {
      // Per-language parameters of the syntax stage.
      for (std::string_view item : items) {
        if (item == "head-is-first-noun") lex.head_is_first_noun_ = true;
        else if (item == "head-is-last-noun") lex.head_is_first_noun_ = false;
        else if (item == "adjectives-follow") lex.adjectives_follow_ = true;
        else if (item == "adjectives-precede") lex.adjectives_follow_ = false;
        else if (item == "prepositions-open-clauses") lex.prepositions_open_clauses_ = true;
        else return reader.Error("unknown syntax parameter '" + std::string(item) + "'", line);
      }
      continue;
    }
    if (name == "contractions") {
      // "au=à": a preposition fused with an article counts as the preposition.
      for (std::string_view item : items) {
        const size_t eq = item.find('=');
        if (eq == std::string_view::npos) return reader.Error("a contraction is written 'au=à'", item);
        const int32_t from = lex.vocabulary_->Intern(FoldedKey(LowerAscii(Trim(item.substr(0, eq)))));
        Slot(lex.contractions_, from) = lex.vocabulary_->Intern(FoldedKey(LowerAscii(Trim(item.substr(eq + 1))))) + 1;
      }
      continue;
    }
    if (name == "adverbial_phrases") {
      // Two words joined by '_' that act as one adverb ("en_outre").
      for (std::string_view item : items) {
        const size_t us = item.find('_');
        if (us == std::string_view::npos || item.find('_', us + 1) != std::string_view::npos) {
          return reader.Error("an adverbial phrase is two words joined by '_'", item);
        }
        const int32_t first = lex.vocabulary_->Intern(FoldedKey(LowerAscii(item.substr(0, us))));
        lex.adverbial_phrases_.push_back({first, lex.vocabulary_->Intern(FoldedKey(LowerAscii(item.substr(us + 1))))});
        lex.adverbial_first_.Set(first);
      }
      continue;
    }
    if (name == "cancelling_verbs" || name == "wanting_verbs") {
      IdBitset& lemmas = name == "cancelling_verbs" ? lex.cancelling_verbs_ : lex.wanting_verbs_;
      auto& particle_verbs = name == "cancelling_verbs" ? lex.cancelling_particle_verbs_ : lex.wanting_particle_verbs_;
      for (std::string_view item : items) {
        const size_t us = item.find('_');
        if (us == std::string_view::npos) {
          lemmas.Set(lex.vocabulary_->Intern(FoldedKey(LowerAscii(item))));
          continue;
        }
        if (item.find('_', us + 1) != std::string_view::npos) return reader.Error("a particle verb is 'put_off'", item);
        particle_verbs.push_back({lex.vocabulary_->Intern(FoldedKey(LowerAscii(item.substr(0, us)))),
                                  lex.vocabulary_->Intern(FoldedKey(LowerAscii(item.substr(us + 1))))});
      }
      continue;
    }
    if (name == "condition_phrases" || name == "background_phrases") {
      // Words joined by '_' that introduce a condition ("à_condition_que",
      // "provided_that"), or that tell an act as background ("in_the_past",
      // "à_l'_époque", "for_years"), two to five of them.
      const bool background = name == "background_phrases";
      for (std::string_view item : items) {
        std::vector<int32_t> words;
        size_t from = 0;
        for (size_t us = item.find('_'); ; us = item.find('_', from)) {
          const std::string_view word = item.substr(from, us == std::string_view::npos ? std::string_view::npos : us - from);
          if (word.empty()) return reader.Error("a condition phrase has no empty word", item);
          words.push_back(lex.vocabulary_->Intern(FoldedKey(LowerAscii(word))));
          if (us == std::string_view::npos) break;
          from = us + 1;
        }
        if (words.size() < 2 || words.size() > 5) return reader.Error("a condition phrase is two to five words joined by '_'", item);
        if (background) {
          lex.background_phrase_starts_.Set(words[0]);
          lex.background_phrases_.push_back(std::move(words));
          continue;
        }
        lex.condition_phrase_starts_.Set(words[0]);
        lex.condition_phrases_.push_back(std::move(words));
      }
      continue;
    }
    if (name == "domestic_agents") {
      for (std::string_view item : items) lex.domestic_agents_.emplace_back(item);
      continue;
    }
    if (IdBitset Lexicon::*list = WordList(name); list != nullptr) {
      for (std::string_view item : items) (lex.*list).Set(lex.vocabulary_->Intern(FoldedKey(LowerAscii(item))));
      continue;
    }
    if (name == "other_side_agents") {
      for (std::string_view item : items) lex.other_side_agents_.emplace_back(item);
      continue;
    }
    if (name == "weekdays" || name == "months") {
      // Ordered: the n-th item (with '/'-separated variants) has value n.
      std::vector<uint8_t>& target = name == "weekdays" ? lex.weekdays_ : lex.months_;
      const size_t expected = name == "weekdays" ? 7 : 12;
      if (items.size() != expected) {
        return reader.Error(std::string(name) + " needs exactly " + std::to_string(expected) + " items", line);
      }
      for (size_t i = 0; i < items.size(); ++i) {
        size_t start = 0;
        const std::string_view item = items[i];
        while (start <= item.size()) {
          size_t slash = item.find('/', start);
          if (slash == std::string_view::npos) slash = item.size();
          const std::string_view variant = Trim(item.substr(start, slash - start));
          if (!variant.empty()) {
            Slot(target, lex.vocabulary_->Intern(FoldedKey(LowerAscii(variant)))) = static_cast<uint8_t>(i + 1);
          }
          start = slash + 1;
        }
      }
      continue;
    }
    const ClassInfo* info = nullptr;
    for (const ClassInfo& c : kClasses) {
      if (name == c.name) info = &c;
    }
    if (info == nullptr) return reader.Error("unknown word class '" + std::string(name) + "'", line);
    for (std::string_view item : items) {
      if (item.find_first_of(" _\t") != std::string_view::npos) {
        return reader.Error("'" + std::string(item) + "' is not a single word (classes hold single words)", line);
      }
      const int32_t id = lex.vocabulary_->Intern(FoldedKey(LowerAscii(item)));
      Slot(lex.surface_, id) |= info->bit;
      if (info->by_lemma) Slot(lex.lemma_, id) |= info->bit;
    }
  }
  return lex;
}

}  // namespace parley
