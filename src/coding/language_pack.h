// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// LanguagePack: everything the coder knows about one language, loaded from
// data. The coder itself has no `if (lang == "fr")`: all differences between
// French and English live in these files (the lexicon of grammatical words,
// agents, event frames and the lemma table).

#ifndef PARLEY_CODING_LANGUAGE_PACK_H_
#define PARLEY_CODING_LANGUAGE_PACK_H_

#include <cstdint>
#include <memory>
#include <string>

#include "dictionaries/agent_dictionary.h"
#include "dictionaries/frame_dictionary.h"
#include "dictionaries/lexicon.h"
#include "morphology/lemmatizer.h"
#include "parley/document.h"
#include "parley/status.h"

namespace parley::coding {

struct LanguagePack {
  Language language = Language::kUnknown;
  std::unique_ptr<Lexicon> lexicon;
  std::unique_ptr<AgentDictionary> agents;
  std::unique_ptr<FrameDictionary> frames;  // dictionaries/events/<code>/*.txt
  std::unique_ptr<morph::Lemmatizer> lemmatizer;
  // Unique per loaded pack: per-thread caches are keyed by it rather than by
  // address, which a later pack may reuse.
  uint64_t serial = 0;

  // Loads dictionaries/{lang,agents}/<code>.txt, the event frames of
  // dictionaries/events/<code>/ and the lemma table;
  // words are numbered in the coder's shared `vocabulary`.
  static StatusOr<std::unique_ptr<LanguagePack>> Load(Language language, const std::string& dictionary_dir,
                                                      const std::string& data_dir,
                                                      std::shared_ptr<Vocabulary> vocabulary);
};

}  // namespace parley::coding

#endif  // PARLEY_CODING_LANGUAGE_PACK_H_
