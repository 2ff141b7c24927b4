// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The document pass (mentions, references, then events sentence by
// sentence), the document's discourse state the events read (compounds,
// interlocutors), and the trace behind `parley explain`. The events
// themselves come from frames over the syntax stage (frames.cc).

#include "coding/document_coder.h"

namespace parley::coding {

std::vector<int32_t> DocumentCoder::WithCompound(int32_t m) const {
  auto g = group_of_.find(m);
  if (g != group_of_.end()) return groups_[g->second];
  return {m};
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

void DocumentCoder::Run(uint32_t first_sentence, std::vector<SentenceEvent>* out) {
  first_sentence_ = first_sentence;
  BuildKeys();
  MarkVerbs();
  for (uint32_t s = first_sentence; s < at_.sentences.size(); ++s) {
    sentence_first_mention_ = mentions_.size();
    BuildMentions(s);
    FindGroups(s);
    ResolveReferences(s);
    FindFrameEvents(s, out);
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
      // Places and weak mentions (a country adjective on a thing) are no actors
      // of their own: say so, so that a reader checks what the coder believes.
      if (mm.location) out += " place";
      if (mm.weak) out += " weak";
      if (mm.dyad >= 0) out += " pair=m" + std::to_string(mm.dyad);  // "U.S.-Soviet": the other side
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

}  // namespace parley::coding
