// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "dictionaries/frame_dictionary.h"

#include <algorithm>
#include <filesystem>
#include <unordered_map>

#include "dictionaries/line_reader.h"
#include "dictionaries/phrase.h"
#include "dictionaries/word_key.h"

namespace parley {
namespace {

bool IsCode(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Word lists repeat from line to line (the same twenty weapons after every
// verb of supplying): each distinct list is folded once per load. The memo
// is the loading thread's and is emptied when a load starts and ends.
std::unordered_map<std::string, std::vector<int32_t>>& WordListMemo() {
  thread_local std::unordered_map<std::string, std::vector<int32_t>> memo;
  return memo;
}

// "a|b|c" -> folded word ids; "auprès_de" keeps its first word (the
// preposition a compound one starts with).
bool Words(std::string_view s, Vocabulary* vocabulary, std::vector<int32_t>* out, std::string* error) {
  auto& memo = WordListMemo();
  if (auto it = memo.find(std::string(s)); it != memo.end()) {
    out->insert(out->end(), it->second.begin(), it->second.end());
    return true;
  }
  const size_t before = out->size();
  for (std::string_view w : SplitBar(s)) {
    const size_t us = w.find('_');
    if (us != std::string_view::npos) w = w.substr(0, us);
    const auto keys = PhraseKeys(w);
    if (keys.size() != 1) {
      *error = "'" + std::string(w) + "' must be one word";
      return false;
    }
    out->push_back(vocabulary->Intern(keys[0]));
  }
  if (out->size() == before) {
    *error = "empty word list";
    return false;
  }
  memo.emplace(std::string(s), std::vector<int32_t>(out->begin() + static_cast<std::ptrdiff_t>(before), out->end()));
  return true;
}

bool ParseTrigger(std::string_view s, Vocabulary* vocabulary, EventFrame* f, std::string* error) {
  if (s.starts_with("n:")) {
    f->kind = TriggerKind::kNoun;
    s.remove_prefix(2);
  } else if (s.starts_with("a:")) {
    f->kind = TriggerKind::kAdjective;
    s.remove_prefix(2);
  } else if (s.starts_with("v:")) {
    s.remove_prefix(2);
  }
  for (std::string_view alt : SplitBar(s)) {
    TriggerWord t;
    std::vector<std::string_view> parts;
    size_t start = 0;
    while (true) {
      const size_t us = alt.find('_', start);
      parts.push_back(alt.substr(start, us == std::string_view::npos ? std::string_view::npos : us - start));
      if (us == std::string_view::npos) break;
      start = us + 1;
    }
    size_t p = 0;
    if (parts.size() > 1 && (parts[0] == "se" || parts[0] == "s'")) {
      t.reflexive = true;
      p = 1;
    }
    if (p >= parts.size() || parts.size() - p > 2) {
      *error = "trigger '" + std::string(alt) + "': a lemma, 'se_' before a reflexive verb, '_particle' after a phrasal one";
      return false;
    }
    auto keys = PhraseKeys(parts[p]);
    if (keys.size() != 1) {
      *error = "trigger '" + std::string(parts[p]) + "' must be one word";
      return false;
    }
    t.lemma = vocabulary->Intern(keys[0]);
    if (p + 1 < parts.size()) {
      auto particle = PhraseKeys(parts[p + 1]);
      if (particle.size() != 1) {
        *error = "particle '" + std::string(parts[p + 1]) + "' must be one word";
        return false;
      }
      t.particle = vocabulary->Intern(particle[0]);
    }
    f->triggers.push_back(t);
  }
  if (f->triggers.empty()) {
    *error = "missing trigger";
    return false;
  }
  return true;
}

// One "ROLE:VALUE" (VALUE may end in "/ROLE:VALUE" for a nested argument).
bool ParseArg(std::string_view s, Vocabulary* vocabulary, EventFrame* f, int32_t* index, std::string* error) {
  const size_t slash = s.find('/');
  std::string_view own = s.substr(0, slash);
  const size_t colon = own.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 == own.size()) {
    *error = "argument '" + std::string(s) + "' must be ROLE:VALUE (obj:+, à:+, avec:$, obj:retrait, à:inf=négocier)";
    return false;
  }
  const std::string_view role = own.substr(0, colon), value = own.substr(colon + 1);
  FrameArg a;
  if (role == "obj") {
    a.role = FrameArg::Role::kObject;
  } else if (role == "subj") {
    a.role = FrameArg::Role::kSubject;
  } else if (role == "inf") {
    a.role = FrameArg::Role::kInfinitive;
  } else if (role == "que" || role == "that") {
    a.role = FrameArg::Role::kClause;
  } else {
    a.role = FrameArg::Role::kPhrase;
    if (!Words(role, vocabulary, &a.words, error)) return false;
  }
  std::string_view v = value;
  if (v == "inf" || v.starts_with("inf=")) {
    if (a.role == FrameArg::Role::kPhrase) {
      a.role = FrameArg::Role::kInfinitive;  // "à:inf=négocier": marker à
    } else if (a.role != FrameArg::Role::kInfinitive) {
      *error = "'inf' goes after a preposition or 'inf:' itself";
      return false;
    }
    v.remove_prefix(3);
    if (v.starts_with("=")) {
      v.remove_prefix(1);
      if (!Words(v, vocabulary, &a.lemmas, error)) return false;
    } else if (!v.empty()) {
      *error = "after 'inf' only '=lemma|lemma'";
      return false;
    }
  } else if (v == "+") {
    a.value = FrameArg::Value::kTarget;
  } else if (v == "$") {
    a.value = FrameArg::Value::kSource;
  } else if (v == "*" || v.starts_with("*~")) {
    // "à:*": the complement is there, whatever its head ("appeler X au
    // calme"); "de:*~terroriste": whatever its head, with that modifier.
    if (v.size() > 1 && !Words(v.substr(2), vocabulary, &a.modifiers, error)) return false;
    if (a.role == FrameArg::Role::kInfinitive || a.role == FrameArg::Role::kClause) {
      *error = "'*' is for a phrase or the object ('à:*'); an infinitive or a clause with any verb is written 'à:inf', 'que:'";
      return false;
    }
  } else if (a.role == FrameArg::Role::kInfinitive) {
    if (!Words(v, vocabulary, &a.lemmas, error)) return false;  // "inf:négocier"
  } else {
    if (v.ends_with("+")) {
      // "obj:retrait+" would be ambiguous: a lemma and a slot. Nest instead.
      *error = "a lemma constraint and a slot: write obj:retrait/de:+";
      return false;
    }
    // "aide|assistance~militaire|military": the head, then a modifier.
    const size_t tilde = v.find('~');
    if (tilde != std::string_view::npos) {
      if (!Words(v.substr(tilde + 1), vocabulary, &a.modifiers, error)) return false;
      v = v.substr(0, tilde);
    }
    if (!Words(v, vocabulary, &a.lemmas, error)) return false;
  }
  *index = static_cast<int32_t>(f->args.size());
  f->args.push_back(std::move(a));
  if (slash != std::string_view::npos) {
    int32_t inner = -1;
    if (!ParseArg(s.substr(slash + 1), vocabulary, f, &inner, error)) return false;
    f->args[*index].inner = inner;
    f->args[inner].nested = true;
  }
  return true;
}

}  // namespace

bool ParseEventFrame(std::string_view line, Vocabulary* vocabulary, EventFrame* f, std::string* error) {
  std::vector<std::string_view> fields = SplitSpace(line);
  if (fields.size() < 2) {
    *error = "expected 'CODE TRIGGER [ARG...] [{FLAGS}]'";
    return false;
  }
  if (!IsCode(fields[0])) {
    *error = "event code must be 2 to 4 digits: '" + std::string(fields[0]) + "'";
    return false;
  }
  f->code = std::string(fields[0]);
  // "n:retrait|abandon/de:projet|loi": a noun trigger and, after the slash,
  // an argument of that noun, the same as a separate "de:projet|loi".
  std::string_view trigger = fields[1];
  const size_t trigger_slash = trigger.find('/');
  if (trigger_slash != std::string_view::npos) {
    fields.insert(fields.begin() + 2, trigger.substr(trigger_slash + 1));
    trigger = trigger.substr(0, trigger_slash);
  }
  // "n:aide|assistance~militaire|militaires": the noun and a modifier of it.
  if (const size_t tilde = trigger.find('~'); tilde != std::string_view::npos) {
    if (!trigger.starts_with("n:")) {
      *error = "a modifier (~) goes on a noun trigger (n:) or on an argument";
      return false;
    }
    if (!Words(trigger.substr(tilde + 1), vocabulary, &f->trigger_modifiers, error)) return false;
    trigger = trigger.substr(0, tilde);
  }
  if (!ParseTrigger(trigger, vocabulary, f, error)) return false;
  bool in_flags = false;
  for (size_t i = 2; i < fields.size(); ++i) {
    std::string_view t = fields[i];
    if (t.starts_with("{")) {
      in_flags = true;
      t.remove_prefix(1);
    }
    if (in_flags) {
      const bool last = t.ends_with("}");
      if (last) t.remove_suffix(1);
      for (std::string_view flag : SplitBar(t)) {
        if (flag == "recip") f->reciprocal = true;
        else if (flag == "partner") f->partner = true;
        else if (flag == "onesided") f->onesided = true;
        else if (flag == "place") f->place = true;
        else if (flag.starts_with("pair=") && IsCode(flag.substr(5))) f->pair_code = std::string(flag.substr(5));
        else if (!flag.empty()) {
          *error = "unknown flag '" + std::string(flag) + "' (recip, partner, onesided, place, pair=CODE)";
          return false;
        }
      }
      if (last) in_flags = false;
      continue;
    }
    int32_t index = -1;
    if (!ParseArg(t, vocabulary, f, &index, error)) return false;
  }
  for (const FrameArg& a : f->args) {
    if (!a.nested) f->needs |= static_cast<uint8_t>(1u << static_cast<unsigned>(a.role));
  }
  if (!f->trigger_modifiers.empty()) f->specificity += 2;
  int slots = 0;
  for (const FrameArg& a : f->args) {
    f->specificity += 1 + (a.lemmas.empty() ? 0 : 2) + (a.modifiers.empty() ? 0 : 2) +
                      (a.value == FrameArg::Value::kPresent ? 0 : 1);
    slots += a.value == FrameArg::Value::kTarget;
  }
  if (slots > 1) {
    *error = "at most one target slot '+'";
    return false;
  }
  for (const TriggerWord& w : f->triggers) f->specificity += (w.reflexive ? 1 : 0) + (w.particle >= 0 ? 1 : 0);
  return true;
}

StatusOr<FrameDictionary> FrameDictionary::Load(const std::string& dir, std::shared_ptr<Vocabulary> vocabulary) {
  WordListMemo().clear();  // ids of another vocabulary may be there
  FrameDictionary dict(vocabulary);
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return Status::NotFound("event frame folder " + dir + " does not exist");
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    if (std::filesystem::path(f).filename() == "discards.txt") {
      PARLEY_RETURN_IF_ERROR(dict.LoadDiscards(f));
    } else {
      PARLEY_RETURN_IF_ERROR(dict.LoadFile(f));
    }
  }
  WordListMemo().clear();
  // Most specific first; among equals, file order.
  for (auto& by_kind : dict.by_lemma_) {
    for (auto& refs : by_kind) {
      for (FrameRef& r : refs) {
        const EventFrame& f = dict.frames_[r.id];
        r.specificity = static_cast<int8_t>(f.specificity);
        r.needs = f.needs;
        if (!f.trigger_modifiers.empty()) r.flags |= kRefTriggerModifiers;
        r.filter_role = kNoFilter;
        r.filter_bits = 0;
        for (const FrameArg& a : f.args) {
          if (a.nested || a.lemmas.empty()) continue;
          r.filter_role = static_cast<uint8_t>(a.role);
          for (int32_t id : a.lemmas) r.filter_bits |= LemmaBit(id);
          break;
        }
      }
      std::stable_sort(refs.begin(), refs.end(),
                       [](const FrameRef& a, const FrameRef& b) { return a.specificity > b.specificity; });
    }
  }
  return dict;
}

Status FrameDictionary::LoadFile(const std::string& path) {
  LineReader reader;
  PARLEY_RETURN_IF_ERROR(reader.Open(path));
  std::string_view line;
  while (reader.Next(&line)) {
    EventFrame f;
    std::string error;
    if (!ParseEventFrame(Trim(line), vocabulary_.get(), &f, &error)) return reader.Error(error, line);
    // (FrameRef keeps the specificity in a byte: no real frame comes near.)
    if (f.specificity > 127) return reader.Error("a frame with this many constraints is not supported", line);
    f.file = path;
    f.line = reader.line_number();
    const auto id = static_cast<uint32_t>(frames_.size());
    auto& index = by_lemma_[static_cast<int>(f.kind)];
    for (const TriggerWord& t : f.triggers) {
      if (index.size() <= static_cast<size_t>(t.lemma)) index.resize(t.lemma + 1);
      FrameRef ref{};
      ref.id = id;
      ref.filter_role = kNoFilter;
      ref.flags = static_cast<uint8_t>((t.reflexive ? kRefReflexive : 0) | (t.particle >= 0 ? kRefParticle : 0));
      index[t.lemma].push_back(ref);
    }
    frames_.push_back(std::move(f));
  }
  return Status::Ok();
}

Status FrameDictionary::LoadDiscards(const std::string& path) {
  LineReader reader;
  PARLEY_RETURN_IF_ERROR(reader.Open(path));
  std::string_view line;
  while (reader.Next(&line)) {
    auto keys = PhraseKeys(Trim(line));
    if (keys.empty()) return reader.Error("empty discard phrase", line);
    discards_.Add(keys, 0, PhraseMatcher::Case::kAny);
  }
  return Status::Ok();
}

const std::vector<FrameDictionary::FrameRef>* FrameDictionary::FramesFor(TriggerKind kind, int32_t lemma) const {
  const auto& index = by_lemma_[static_cast<int>(kind)];
  if (lemma < 0 || static_cast<size_t>(lemma) >= index.size() || index[lemma].empty()) return nullptr;
  return &index[lemma];
}

}  // namespace parley
