// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "coding/language_pack.h"

#include <atomic>
#include <future>

namespace parley::coding {

StatusOr<std::unique_ptr<LanguagePack>> LanguagePack::Load(Language language, const std::string& dictionary_dir,
                                                           const std::string& data_dir,
                                                           std::shared_ptr<Vocabulary> vocabulary) {
  auto pack = std::make_unique<LanguagePack>();
  pack->language = language;
  static std::atomic<uint64_t> next_serial{1};
  pack->serial = next_serial.fetch_add(1);
  // The lemma table (a file read and checked, no vocabulary) loads on another
  // thread while the dictionaries are parsed.
  auto lemmatizer_future = std::async(std::launch::async, [language, data_dir] {
    return morph::Lemmatizer::Load(language, data_dir);
  });
  const std::string code = LanguageCode(language);
  auto lexicon = Lexicon::Load(dictionary_dir + "/lang/" + code + ".txt", vocabulary);
  if (!lexicon.ok()) return lexicon.status();
  pack->lexicon = std::make_unique<Lexicon>(std::move(lexicon).value());
  auto agents = AgentDictionary::Load(dictionary_dir + "/agents/" + code + ".txt", vocabulary);
  if (!agents.ok()) return agents.status();
  pack->agents = std::make_unique<AgentDictionary>(std::move(agents).value());
  auto frames = FrameDictionary::Load(dictionary_dir + "/events/" + code, vocabulary);
  if (!frames.ok()) return frames.status();
  pack->frames = std::make_unique<FrameDictionary>(std::move(frames).value());
  auto lemmatizer = lemmatizer_future.get();
  if (!lemmatizer.ok()) return lemmatizer.status();
  pack->lemmatizer = std::move(lemmatizer).value();
  return pack;
}

}  // namespace parley::coding
