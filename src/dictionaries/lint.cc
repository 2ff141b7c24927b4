// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "dictionaries/lint.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "dictionaries/actor_dictionary.h"
#include "dictionaries/codebook.h"
#include "dictionaries/frame_dictionary.h"
#include "dictionaries/place_dictionary.h"

namespace parley {
namespace {

// Roles that may follow a country code (docs/actor-codes.md).
const std::unordered_set<std::string>& KnownRoles() {
  static const std::unordered_set<std::string> roles = {
      "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "REB", "UAF", "CVL", "REF", "CRM", "MED", "BUS",
      "LAB", "EDU", "HLH", "REL", "HRI", "AGR", "ENV", "DEV", "ELI", "PTY", "NGO", "MNC"};
  return roles;
}

bool IsInternationalPrefix(std::string_view code) {
  return code.starts_with("IGO") || code.starts_with("NGO") || code.starts_with("IMG") || code.starts_with("MNC");
}

std::string Where(const ActorEntry& e, int line) { return e.file + ":" + std::to_string(line > 0 ? line : e.line); }

// A finished range's end, or a far future for an open one.
int64_t EndDays(const DatedCode& c) { return c.to.valid() ? c.to.ToDays() : Date{9999, 12, 31}.ToDays(); }
int64_t StartDays(const DatedCode& c) { return c.from.valid() ? c.from.ToDays() : Date{1000, 1, 1}.ToDays(); }

}  // namespace

bool IsExclusiveOffice(const std::string& office) {
  static const std::unordered_set<std::string> exclusive = {
      "head-of-state", "head-of-government", "foreign-minister", "defence-minister", "interior-minister",
      "finance-minister", "justice-minister", "army-chief", "central-bank", "speaker", "senate-president",
      "igo-head"};
  return exclusive.count(office) > 0;
}

bool IsKnownOffice(const std::string& office) {
  static const std::unordered_set<std::string> others = {
      "vice-president", "deputy-head-of-government", "minister", "deputy-minister", "official", "ambassador",
      "envoy", "spokesperson", "adviser", "governor", "mayor", "crown-prince", "monarch-consort",
      "opposition-leader", "party-leader", "group-leader", "military-commander", "police-chief",
      "intelligence-chief", "judge", "prosecutor", "lawmaker", "igo-official", "activist", "religious-leader",
      "other"};
  return IsExclusiveOffice(office) || others.count(office) > 0;
}

LintReport LintDictionaries(const LintOptions& options) {
  LintReport report;
  auto error = [&](std::string where, std::string message) {
    report.findings.push_back({true, std::move(where), std::move(message)});
  };
  auto warning = [&](std::string where, std::string message) {
    report.findings.push_back({false, std::move(where), std::move(message)});
  };
  const std::string& dir = options.dictionary_dir;

  auto codebook = Codebook::Load(dir + "/cameo/codebook.tsv");
  if (!codebook.ok()) error(dir + "/cameo/codebook.tsv", codebook.status().message());

  auto vocabulary = std::make_shared<Vocabulary>();
  std::vector<Status> file_errors;
  auto loaded = ActorDictionary::Load(dir + "/actors", vocabulary, &file_errors);
  for (const Status& st : file_errors) error(dir + "/actors", st.message());
  if (!loaded.ok()) {
    error(dir + "/actors", loaded.status().message());
    return report;
  }
  const ActorDictionary& actors = *loaded;

  // Codes that organisations define (IGOUNO...), and country codes.
  std::unordered_set<std::string> defined_international, countries;
  for (size_t i = 0; i < actors.size(); ++i) {
    const ActorEntry& e = actors.entry(static_cast<uint32_t>(i));
    for (const DatedCode& c : e.codes) {
      if (e.type == ActorType::kCountry && c.code.size() == 3) countries.insert(c.code);
      if (e.type != ActorType::kPerson && IsInternationalPrefix(c.code)) defined_international.insert(c.code);
    }
  }

  struct Span {
    int64_t from, to;
    uint32_t entry;
    const DatedCode* code;
  };
  std::map<std::pair<std::string, std::string>, std::vector<Span>> offices;  // (country or IGO, office)
  std::unordered_map<std::string, uint32_t> first_person_named;

  LintCounts& n = report.counts;
  for (size_t i = 0; i < actors.size(); ++i) {
    const ActorEntry& e = actors.entry(static_cast<uint32_t>(i));
    switch (e.type) {
      case ActorType::kCountry: {
        ++n.countries;
        const bool ended = std::all_of(e.codes.begin(), e.codes.end(), [](const DatedCode& c) { return c.to.valid(); });
        if (ended) ++n.historical_countries;
        if (e.iso2.empty() && !ended) warning(Where(e, 0), "country '" + e.name + "' has no iso2 (places keyed by it cannot find it)");
        break;
      }
      case ActorType::kPerson: ++n.persons; break;
      case ActorType::kGroup: ++n.armed_groups; ++n.organisations; break;
      case ActorType::kParty: ++n.parties; ++n.organisations; break;
      case ActorType::kInstitution: ++n.institutions; ++n.organisations; break;
      case ActorType::kOrganisation: ++n.organisations; break;
    }
    if (e.type == ActorType::kPerson) {
      auto [it, fresh] = first_person_named.emplace(e.name, static_cast<uint32_t>(i));
      if (!fresh) {
        warning(Where(e, 0), "person '" + e.name + "' is also defined at " + Where(actors.entry(it->second), 0));
      }
    }
    int undated = 0;
    for (const DatedCode& c : e.codes) {
      if (c.undated) ++undated;
      if (e.type == ActorType::kPerson && !c.undated) ++n.person_role_spans;
      // The code's parts.
      if (IsInternationalPrefix(c.code)) {
        if (e.type == ActorType::kPerson && !defined_international.count(c.code)) {
          error(Where(e, c.line), "code " + c.code + " is not the code of any organisation in the dictionaries");
        }
      } else {
        const std::string country = c.code.substr(0, 3);
        if (!countries.count(country)) error(Where(e, c.line), "code " + c.code + ": no country has the code " + country);
        if (c.code.size() % 3 != 0) {
          error(Where(e, c.line), "code " + c.code + " is not made of three-letter parts");
        } else {
          for (size_t p = 3; p + 3 <= c.code.size(); p += 3) {
            const std::string role = c.code.substr(p, 3);
            if (!KnownRoles().count(role)) error(Where(e, c.line), "code " + c.code + ": unknown role " + role);
          }
        }
      }
      if (!c.office.empty()) {
        if (!IsKnownOffice(c.office)) {
          error(Where(e, c.line), "unknown office '" + c.office + "' (docs/dictionaries.md lists them)");
        } else if (IsExclusiveOffice(c.office) && !c.shared_office) {
          const std::string holder = IsInternationalPrefix(c.code) ? c.code : c.code.substr(0, 3);
          offices[{holder, c.office}].push_back({StartDays(c), EndDays(c), static_cast<uint32_t>(i), &c});
        }
      }
    }
    if (undated > 1) error(Where(e, 0), "'" + e.name + "' has more than one undated code");
    // Dated ranges of one entry should not overlap (the first would hide the other).
    for (size_t a = 0; a < e.codes.size(); ++a) {
      for (size_t b = a + 1; b < e.codes.size(); ++b) {
        const DatedCode &x = e.codes[a], &y = e.codes[b];
        if (x.undated || y.undated || x.code == y.code) continue;
        const int64_t overlap = std::min(EndDays(x), EndDays(y)) - std::max(StartDays(x), StartDays(y));
        if (overlap > options.max_office_overlap_days) {
          warning(Where(e, y.line), "'" + e.name + "': " + y.code + " overlaps " + x.code + " (line " +
                                        std::to_string(x.line) + "), which wins");
        }
      }
    }
  }

  // Two holders of one office at once.
  for (auto& [key, spans] : offices) {
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.from < b.from; });
    for (size_t a = 0; a < spans.size(); ++a) {
      for (size_t b = a + 1; b < spans.size() && spans[b].from <= spans[a].to; ++b) {
        if (spans[a].entry == spans[b].entry) continue;
        const int64_t overlap = std::min(spans[a].to, spans[b].to) - spans[b].from + 1;
        if (overlap < 2) continue;  // the day of a handover
        const ActorEntry& x = actors.entry(spans[a].entry);
        const ActorEntry& y = actors.entry(spans[b].entry);
        std::string message = key.second + " of " + key.first + ": '" + y.name + "' and '" + x.name + "' (" +
                              Where(x, spans[a].code->line) + ") overlap by " +
                              (overlap > 36500 ? std::string("an open range") : std::to_string(overlap) + " days");
        if (overlap > options.max_office_overlap_days) {
          error(Where(y, spans[b].code->line), message);
        } else {
          warning(Where(y, spans[b].code->line), message);
        }
      }
    }
  }
  n.names = actors.names().size();

  // The gazetteer.
  auto places = PlaceDictionary::Load(dir + "/places", options.data_dir, actors, vocabulary);
  if (!places.ok()) {
    error(dir + "/places", places.status().message());
  } else {
    n.places = places->size();
    for (const std::string& w : places->warnings()) warning(dir + "/places", w);
  }

  // Event coverage, per language.
  if (codebook.ok()) {
    // Root headers ("01", "14") name families; events carry three- or four-digit codes.
    for (const CameoCode& c : codebook->codes()) n.codebook_codes += c.code.size() > 2;
    for (const std::string lang : {"fr", "en"}) {
      const std::string path = dir + "/events/" + lang;
      auto frames = FrameDictionary::Load(path, vocabulary);
      if (!frames.ok()) {
        error(path, frames.status().message());
        continue;
      }
      std::set<std::string> covered;
      for (const EventFrame& f : frames->frames()) {
        covered.insert(f.code);
        if (codebook->Find(f.code) == nullptr) {
          error(f.file + ":" + std::to_string(f.line), "CAMEO code " + f.code + " is not in the code book");
        }
      }
      n.event_entries[lang] = frames->frames().size();
      auto& missing = n.codes_without_entries[lang];
      for (const CameoCode& c : codebook->codes()) {
        if (c.code.size() > 2 && !covered.count(c.code)) missing.push_back(c.code);
      }
    }
  }
  return report;
}

}  // namespace parley
