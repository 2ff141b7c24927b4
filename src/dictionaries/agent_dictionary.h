// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// AgentDictionary: common nouns naming a kind of actor (dictionaries/agents/
// <lang>.txt): "GOV: ministre | ministère | secrétaire d'État". Matched on
// lemmas, so plurals and feminines need no entries of their own. An agent
// becomes an actor code when the coder finds its country nearby.

#ifndef PARLEY_DICTIONARIES_AGENT_DICTIONARY_H_
#define PARLEY_DICTIONARIES_AGENT_DICTIONARY_H_

#include <memory>
#include <string>
#include <vector>

#include "dictionaries/phrase_matcher.h"
#include "parley/status.h"

namespace parley {

class AgentDictionary {
 public:
  // Words are numbered in `vocabulary` (a new one when null).
  static StatusOr<AgentDictionary> Load(const std::string& path, std::shared_ptr<Vocabulary> vocabulary = nullptr);

  const PhraseMatcher& matcher() const { return matcher_; }
  // The agent code ("GOV") of a match payload.
  const std::string& code(uint32_t payload) const { return codes_[payload]; }

 private:
  explicit AgentDictionary(std::shared_ptr<Vocabulary> vocabulary) : matcher_(true, std::move(vocabulary)) {}
  std::vector<std::string> codes_;
  PhraseMatcher matcher_;
};

}  // namespace parley

#endif  // PARLEY_DICTIONARIES_AGENT_DICTIONARY_H_
