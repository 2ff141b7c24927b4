// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "dictionaries/actor_dictionary.h"

#include <algorithm>
#include <filesystem>

#include "dictionaries/line_reader.h"
#include "dictionaries/phrase.h"

namespace parley {
namespace {

// A one-word name of at most four ASCII letters with a capital after a
// lower-case letter: "LeT" (Lashkar-e-Taiba), not "McCain".
bool MixedAcronym(std::string_view name) {
  if (name.size() > 4 || name.size() < 2) return false;
  bool inner = false;
  for (size_t k = 0; k < name.size(); ++k) {
    const char c = name[k];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    if (k > 0 && c >= 'A' && c <= 'Z' && name[k - 1] >= 'a' && name[k - 1] <= 'z') inner = true;
  }
  return inner;
}

PhraseMatcher::Case NameCase(std::string_view name) {
  if (FirstWordIsAcronym(name)) return PhraseMatcher::Case::kAllCaps;
  if (MixedAcronym(name)) return PhraseMatcher::Case::kMixedAcronym;
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

std::optional<Date> ParseDateBound(std::string_view text, bool end) {
  auto number = [](std::string_view digits, int* out) {
    if (digits.empty()) return false;
    int v = 0;
    for (char c : digits) {
      if (c < '0' || c > '9') return false;
      v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
  };
  int year = 0, month = 0;
  if (text.size() == 4) {
    if (!number(text, &year) || year < 1000) return std::nullopt;
    return end ? Date{year, 12, 31} : Date{year, 1, 1};
  }
  if (text.size() == 7 && text[4] == '-') {
    if (!number(text.substr(0, 4), &year) || !number(text.substr(5, 2), &month) || year < 1000 || month < 1 ||
        month > 12) {
      return std::nullopt;
    }
    if (!end) return Date{year, month, 1};
    int day = 31;
    while (!Date::IsValidDay(year, month, day)) --day;
    return Date{year, month, day};
  }
  auto d = Date::ParseIso(text);
  if (!d) return std::nullopt;
  return *d;
}

namespace {

bool IsOfficeName(std::string_view s) {
  if (s.empty() || s.front() < 'a' || s.front() > 'z') return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
  }
  return s.back() != '-';
}

}  // namespace

bool ParseDatedCode(std::string_view text, DatedCode* out, std::string* error) {
  const auto fields = SplitSpace(text);
  if (fields.empty() || fields.size() > 3 || !IsActorCode(fields[0])) {
    *error = "expected 'CODE', 'CODE FROM..TO' or 'CODE FROM..TO OFFICE' (CODE: 3-15 upper-case letters or digits)";
    return false;
  }
  out->code = std::string(fields[0]);
  size_t next = 1;
  out->undated = true;
  if (fields.size() > 1 && fields[1].find("..") != std::string_view::npos) {
    out->undated = false;
    const std::string_view range = fields[1];
    const size_t dots = range.find("..");
    const std::string_view from = range.substr(0, dots), to = range.substr(dots + 2);
    if (from.empty() && to.empty()) { *error = "empty date range"; return false; }
    if (!from.empty()) {
      auto d = ParseDateBound(from, false);
      if (!d) { *error = "bad date '" + std::string(from) + "' (YYYY, YYYY-MM or YYYY-MM-DD)"; return false; }
      out->from = *d;
    }
    if (!to.empty()) {
      auto d = ParseDateBound(to, true);
      if (!d) { *error = "bad date '" + std::string(to) + "' (YYYY, YYYY-MM or YYYY-MM-DD)"; return false; }
      out->to = *d;
    }
    if (out->from.valid() && out->to.valid() && out->to < out->from) {
      *error = "range ends before it starts";
      return false;
    }
    next = 2;
  }
  if (next < fields.size()) {
    std::string_view office = fields[next];
    if (out->undated) {
      *error = "an office needs a date range: 'CODE FROM..TO OFFICE'";
      return false;
    }
    out->shared_office = office.ends_with('+');
    if (out->shared_office) office.remove_suffix(1);
    if (!IsOfficeName(office)) {
      *error = "office must be lower-case words joined by '-' (foreign-minister), got '" + std::string(fields[next]) + "'";
      return false;
    }
    out->office = std::string(office);
    ++next;
  }
  if (next != fields.size()) {
    *error = "unexpected '" + std::string(fields[next]) + "' after the code line";
    return false;
  }
  return true;
}

std::string_view ActorTypeName(ActorType type) {
  switch (type) {
    case ActorType::kCountry: return "country";
    case ActorType::kPerson: return "person";
    case ActorType::kOrganisation: return "organisation";
    case ActorType::kGroup: return "group";
    case ActorType::kParty: return "party";
    case ActorType::kInstitution: return "institution";
  }
  return "?";
}

const DatedCode* ActorEntry::CodeLineOn(const Date& date) const {
  const DatedCode* fallback = nullptr;
  for (const DatedCode& c : codes) {
    if (c.undated) {
      if (fallback == nullptr) fallback = &c;
      continue;
    }
    if (c.Contains(date)) return &c;
  }
  if (fallback != nullptr) return fallback;
  if (!date.valid() && !codes.empty()) return &codes.front();
  return nullptr;
}

bool ActorEntry::DatedOn(const Date& date) const {
  for (const DatedCode& c : codes) {
    if (c.Contains(date)) return true;
  }
  return false;
}

int32_t ActorDictionary::CountryByIso2(std::string_view iso2) const {
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].type == ActorType::kCountry && entries_[i].iso2 == iso2) return static_cast<int32_t>(i);
  }
  return -1;
}

int32_t ActorDictionary::CountryByCode(std::string_view code) const {
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].type != ActorType::kCountry) continue;
    for (const DatedCode& c : entries_[i].codes) {
      if (c.code == code) return static_cast<int32_t>(i);
    }
  }
  return -1;
}

StatusOr<ActorDictionary> ActorDictionary::Load(const std::string& dir, std::shared_ptr<Vocabulary> vocabulary,
                                                std::vector<Status>* file_errors) {
  ActorDictionary dict(vocabulary ? std::move(vocabulary) : std::make_shared<Vocabulary>());
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return Status::NotFound("actor dictionary folder " + dir + " does not exist");
  std::vector<std::string> files;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ".txt") files.push_back(it->path().string());
  }
  if (ec) return Status::IoError("cannot list " + dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  if (const std::string successions = dir + "/successions.tsv"; std::filesystem::exists(successions, ec)) {
    Status st = dict.LoadSuccessions(successions);
    if (!st.ok()) {
      if (file_errors == nullptr) return st;
      file_errors->push_back(st);
    }
  }
  for (const std::string& f : files) {
    if (file_errors == nullptr) {
      PARLEY_RETURN_IF_ERROR(dict.LoadFile(f));
      continue;
    }
    // A file is loaded whole or not at all: names already added for its
    // first entries point past the kept entries and are never matched
    // (`dict lint` only counts and checks entries).
    const size_t kept = dict.entries_.size();
    if (Status st = dict.LoadFile(f); !st.ok()) {
      file_errors->push_back(st);
      dict.entries_.resize(kept);
    }
  }
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
        names_.Add(keys, MakePayload(current_id, NameKind::kName), NameCase(n), CapitalizedKeys(n));
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
        else if (value == "party") current->type = ActorType::kParty;
        else if (value == "institution") current->type = ActorType::kInstitution;
        else return reader.Error("type must be country, person, organisation, group, party or institution", line);
      } else if (key == "gender") {
        if (value != "m" && value != "f") return reader.Error("gender must be m or f", line);
        current->gender = value[0];
      } else if (key == "capitals") {
        for (std::string_view c : SplitBar(value)) {
          names_.AddPlaceName(PhraseKeys(c), MakePayload(current_id, NameKind::kCapital), NameCase(c), CapitalizedKeys(c));
        }
      } else if (key == "surname") {
        for (std::string_view c : SplitBar(value)) {
          auto keys = PhraseKeys(c);
          if (keys.empty()) return reader.Error("empty surname", line);
          names_.Add(keys, MakePayload(current_id, NameKind::kSurname), NameCase(c), CapitalizedKeys(c));
        }
      } else if (key == "iso2") {
        if (value.size() != 2 || value[0] < 'A' || value[0] > 'Z' || value[1] < 'A' || value[1] > 'Z') {
          return reader.Error("iso2 must be two capital letters", line);
        }
        current->iso2 = std::string(value);
      } else if (key == "adjectives") {
        for (std::string_view a : SplitBar(value)) adjectives_.Add(PhraseKeys(a), current_id, PhraseMatcher::Case::kAny);
      } else if (key == "prefixes") {
        for (std::string_view a : SplitBar(value)) prefixes_.Add(PhraseKeys(a), current_id, PhraseMatcher::Case::kAny);
      } else {
        return reader.Error("unknown attribute '" + std::string(key) + "'", line);
      }
      continue;
    }
    DatedCode code;
    std::string error;
    if (!ParseDatedCode(body, &code, &error)) return reader.Error(error, line);
    code.line = reader.line_number();
    current->codes.push_back(std::move(code));
  }
  return finish();
}

Status ActorDictionary::LoadSuccessions(const std::string& path) {
  LineReader reader;
  PARLEY_RETURN_IF_ERROR(reader.Open(path));
  std::string_view line;
  while (reader.Next(&line)) {
    std::vector<std::string_view> fields = SplitSpace(line);
    if (fields.size() != 3 || fields[0].size() != 3 || fields[1].size() != 3 || !IsActorCode(fields[0]) ||
        !IsActorCode(fields[1])) {
      return reader.Error("expected 'SUCCESSOR STATE [FROM]..UNTIL' (three-letter codes)", line);
    }
    const size_t dots = fields[2].find("..");
    if (dots == std::string_view::npos) return reader.Error("expected a range 'FROM..UNTIL' or '..UNTIL'", line);
    Succession s;
    s.successor = std::string(fields[0]);
    s.state = std::string(fields[1]);
    if (dots > 0) {
      auto from = ParseDateBound(fields[2].substr(0, dots), false);
      if (!from) return reader.Error("bad start date", line);
      s.from = *from;
    }
    auto until = ParseDateBound(fields[2].substr(dots + 2), true);
    if (!until) return reader.Error("bad end date", line);
    s.until = *until;
    successions_.push_back(std::move(s));
  }
  return Status::Ok();
}

std::string ActorDictionary::StateOn(std::string_view code, const Date& date) const {
  if (code.size() < 3 || !date.valid()) return std::string(code);
  for (const Succession& s : successions_) {
    if (code.compare(0, 3, s.successor) != 0) continue;
    if (s.from.valid() && date.ToDays() < s.from.ToDays()) continue;
    if (date.ToDays() > s.until.ToDays()) continue;
    return s.state + std::string(code.substr(3));
  }
  return std::string(code);
}

}  // namespace parley
