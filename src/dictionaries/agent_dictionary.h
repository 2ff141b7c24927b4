// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// AgentDictionary: common nouns naming a kind of actor (dictionaries/agents/
// <lang>.txt): "GOV: ministre | ministère | secrétaire d'État". Matched on
// lemmas, so plurals and feminines need no entries of their own. An agent
// becomes an actor code when the coder finds its country nearby.

#ifndef PARLEY_DICTIONARIES_AGENT_DICTIONARY_H_
#define PARLEY_DICTIONARIES_AGENT_DICTIONARY_H_

#include <string>
#include <vector>

#include "dictionaries/phrase_matcher.h"
#include "parley/status.h"

namespace parley {

class AgentDictionary {
 public:
  static StatusOr<AgentDictionary> Load(const std::string& path);

  const PhraseMatcher& matcher() const { return matcher_; }
  // The agent code ("GOV") of a match payload.
  const std::string& code(uint32_t payload) const { return codes_[payload]; }

 private:
  AgentDictionary() : matcher_(true) {}
  std::vector<std::string> codes_;
  PhraseMatcher matcher_;
};

}  // namespace parley

#endif  // PARLEY_DICTIONARIES_AGENT_DICTIONARY_H_
