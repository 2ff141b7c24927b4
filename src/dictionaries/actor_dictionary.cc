// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "dictionaries/actor_dictionary.h"

#include <algorithm>
#include <filesystem>

#include "dictionaries/line_reader.h"
#include "dictionaries/phrase.h"

namespace parley {
namespace {

PhraseMatcher::Case NameCase(std::string_view name) {
  if (FirstWordIsAcronym(name)) return PhraseMatcher::Case::kAllCaps;
  return StartsCapitalized(name) ? PhraseMatcher::Case::kCapitalized : PhraseMatcher::Case::kAny;
}

}  // namespace

bool IsActorCode(std::string_view code) {
  if (code.size() < 3 || code.size() > 15) return false;
  for (char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

bool ParseDatedCode(std::string_view text, DatedCode* out, std::string* error) {
  const auto fields = SplitSpace(text);
  if (fields.empty() || fields.size() > 2 || !IsActorCode(fields[0])) {
    *error = "expected 'CODE' or 'CODE FROM..TO' (CODE: 3-15 upper-case letters or digits)";
    return false;
  }
  out->code = std::string(fields[0]);
  out->undated = fields.size() == 1;
  if (out->undated) return true;
  const std::string_view range = fields[1];
  const size_t dots = range.find("..");
  if (dots == std::string_view::npos) {
    *error = "date range must be FROM..TO with either side optional";
    return false;
  }
  const std::string_view from = range.substr(0, dots), to = range.substr(dots + 2);
  if (!from.empty()) {
    auto d = Date::ParseIso(from);
    if (!d) { *error = "bad date '" + std::string(from) + "'"; return false; }
    out->from = *d;
  }
  if (!to.empty()) {
    auto d = Date::ParseIso(to);
    if (!d) { *error = "bad date '" + std::string(to) + "'"; return false; }
    out->to = *d;
  }
  if (from.empty() && to.empty()) { *error = "empty date range"; return false; }
  if (out->from.valid() && out->to.valid() && out->to < out->from) { *error = "range ends before it starts"; return false; }
  return true;
}

std::string_view ActorEntry::CodeOn(const Date& date) const {
  const DatedCode* fallback = nullptr;
  for (const DatedCode& c : codes) {
    if (c.undated) {
      if (fallback == nullptr) fallback = &c;
      continue;
    }
    if (!date.valid()) continue;
    if (c.from.valid() && date < c.from) continue;
    if (c.to.valid() && c.to < date) continue;
    return c.code;
  }
  if (fallback != nullptr) return fallback->code;
  if (!date.valid() && !codes.empty()) return codes.front().code;
  return {};
}

StatusOr<ActorDictionary> ActorDictionary::Load(const std::string& dir, std::shared_ptr<Vocabulary> vocabulary) {
  ActorDictionary dict(vocabulary ? std::move(vocabulary) : std::make_shared<Vocabulary>());
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return Status::NotFound("actor dictionary folder " + dir + " does not exist");
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) PARLEY_RETURN_IF_ERROR(dict.LoadFile(f));
  return dict;
}

Status ActorDictionary::LoadFile(const std::string& path) {
  LineReader reader;
  PARLEY_RETURN_IF_ERROR(reader.Open(path));
  std::string_view line;
  ActorEntry* current = nullptr;
  uint32_t current_id = 0;
  auto finish = [&]() -> Status {
    if (current != nullptr && current->codes.empty()) {
      return Status::ParseError(path + ":" + std::to_string(current->line) + ": actor '" + current->name +
                                "' has no code line");
    }
    return Status::Ok();
  };
  while (reader.Next(&line)) {
    if (!reader.indented()) {
      PARLEY_RETURN_IF_ERROR(finish());
      const auto names = SplitBar(line);
      if (names.empty()) return reader.Error("expected names separated by '|'", line);
      current_id = static_cast<uint32_t>(entries_.size());
      entries_.emplace_back();
      current = &entries_.back();
      current->name = std::string(names[0]);
      current->file = path;
      current->line = reader.line_number();
      for (std::string_view n : names) {
        auto keys = PhraseKeys(n);
        if (keys.empty()) return reader.Error("empty name", line);
        names_.Add(std::move(keys), current_id << 1, NameCase(n));
      }
      continue;
    }
    if (current == nullptr) return reader.Error("indented line before any names", line);
    const std::string_view body = Trim(line);
    const size_t colon = body.find(':');
    if (colon != std::string_view::npos) {
      const std::string_view key = Trim(body.substr(0, colon));
      const std::string_view value = Trim(body.substr(colon + 1));
      if (key == "type") {
        if (value == "country") current->type = ActorType::kCountry;
        else if (value == "person") current->type = ActorType::kPerson;
        else if (value == "organisation" || value == "organization") current->type = ActorType::kOrganisation;
        else if (value == "group") current->type = ActorType::kGroup;
        else return reader.Error("type must be country, person, organisation or group", line);
      } else if (key == "gender") {
        if (value != "m" && value != "f") return reader.Error("gender must be m or f", line);
        current->gender = value[0];
      } else if (key == "capitals") {
        for (std::string_view c : SplitBar(value)) names_.Add(PhraseKeys(c), (current_id << 1) | 1u, NameCase(c));
      } else if (key == "adjectives") {
        for (std::string_view a : SplitBar(value)) adjectives_.Add(PhraseKeys(a), current_id, PhraseMatcher::Case::kAny);
      } else {
        return reader.Error("unknown attribute '" + std::string(key) + "'", line);
      }
      continue;
    }
    DatedCode code;
    std::string error;
    if (!ParseDatedCode(body, &code, &error)) return reader.Error(error, line);
    current->codes.push_back(std::move(code));
  }
  return finish();
}

}  // namespace parley
