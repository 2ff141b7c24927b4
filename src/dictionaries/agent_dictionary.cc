// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "dictionaries/agent_dictionary.h"

#include "dictionaries/line_reader.h"
#include "dictionaries/phrase.h"

namespace parley {

StatusOr<AgentDictionary> AgentDictionary::Load(const std::string& path, std::shared_ptr<Vocabulary> vocabulary) {
  AgentDictionary dict(vocabulary ? std::move(vocabulary) : std::make_shared<Vocabulary>());
  LineReader reader;
  PARLEY_RETURN_IF_ERROR(reader.Open(path));
  std::string_view line;
  while (reader.Next(&line)) {
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) return reader.Error("expected 'CODE: noun | noun ...'", line);
    const std::string code(Trim(line.substr(0, colon)));
    if (code.size() != 3) return reader.Error("agent code must have 3 letters", line);
    for (char c : code) {
      if (c < 'A' || c > 'Z') return reader.Error("agent code must be upper-case letters", line);
    }
    const auto terms = SplitBar(line.substr(colon + 1));
    if (terms.empty()) return reader.Error("no terms after the code", line);
    uint32_t payload = 0;
    for (; payload < dict.codes_.size(); ++payload) {
      if (dict.codes_[payload] == code) break;
    }
    if (payload == dict.codes_.size()) dict.codes_.push_back(code);
    for (std::string_view t : terms) dict.matcher_.Add(PhraseKeys(t), payload, PhraseMatcher::Case::kAny);
  }
  return dict;
}

}  // namespace parley
