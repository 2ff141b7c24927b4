// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "dictionaries/place_dictionary.h"

#include <algorithm>
#include <charconv>
#include <filesystem>

#include "dictionaries/line_reader.h"
#include "dictionaries/phrase.h"

namespace parley {
namespace {

bool ParseCoordinate(std::string_view text, double limit, double* out) {
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, *out);
  return ec == std::errc() && ptr == end && *out >= -limit && *out <= limit;
}

std::vector<std::string_view> SplitTabs(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t tab = s.find('\t', start);
    out.push_back(Trim(s.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start)));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

std::string SeenKey(std::string_view country, std::string_view name) {
  std::string key(country);
  key += '|';
  for (const std::string& k : PhraseKeys(name)) key += k + " ";
  return key;
}

}  // namespace

bool PlaceDictionary::IsKnownKind(std::string_view kind) {
  static const char* kKinds[] = {"capital", "city", "town", "village", "region", "district", "site", "camp",
                                 "base", "border-crossing", "island", "water", "mountain", "other"};
  for (const char* k : kKinds) {
    if (kind == k) return true;
  }
  return false;
}

StatusOr<PlaceDictionary> PlaceDictionary::Load(const std::string& places_dir, const std::string& data_dir,
                                                const ActorDictionary& actors, std::shared_ptr<Vocabulary> vocabulary) {
  PlaceDictionary dict(vocabulary ? std::move(vocabulary) : std::make_shared<Vocabulary>());
  std::error_code ec;
  std::vector<std::string> files;
  if (std::filesystem::is_directory(places_dir, ec)) {
    for (auto it = std::filesystem::recursive_directory_iterator(places_dir, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file() && it->path().extension() == ".tsv") files.push_back(it->path().string());
    }
    if (ec) return Status::IoError("cannot list " + places_dir + ": " + ec.message());
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) PARLEY_RETURN_IF_ERROR(dict.LoadFile(f, false, actors));
  std::sort(dict.seen_.begin(), dict.seen_.end());
  if (!data_dir.empty()) {
    const std::string seed = data_dir + "/places-gweather.tsv";
    if (std::filesystem::exists(seed, ec)) PARLEY_RETURN_IF_ERROR(dict.LoadFile(seed, true, actors));
  }
  dict.seen_.clear();
  dict.seen_.shrink_to_fit();
  return dict;
}

// One line of a gazetteer file, or why it is malformed ("" when it is fine).
std::string PlaceDictionary::ParseLine(std::string_view line, bool seed, const ActorDictionary& actors, Place* p,
                                       std::vector<std::string_view>* names, bool* unknown_country) const {
  const auto fields = SplitTabs(line);
  if (fields.size() != 6) return "expected 6 tab-separated fields: country admin1 latitude longitude kind names";
  const std::string_view country = fields[0];
  if (country.starts_with('@')) {
    const int32_t entry = actors.CountryByIso2(country.substr(1));
    if (entry < 0) {
      *unknown_country = true;
      return "no country has the ISO code " + std::string(country.substr(1));
    }
    // The country's current code: its undated one, else the first listed.
    const ActorEntry& e = actors.entry(static_cast<uint32_t>(entry));
    std::string_view code = e.codes.front().code;
    for (const DatedCode& c : e.codes) {
      if (c.undated) code = c.code;
    }
    p->country = std::string(code.substr(0, 3));
  } else {
    if (actors.CountryByCode(country) < 0) return "no country has the code " + std::string(country);
    p->country = std::string(country);
  }
  if (fields[1] != "-") p->admin1 = std::string(fields[1]);
  if (!ParseCoordinate(fields[2], 90, &p->latitude)) return "latitude must be a number in [-90, 90]";
  if (!ParseCoordinate(fields[3], 180, &p->longitude)) return "longitude must be a number in [-180, 180]";
  if (!IsKnownKind(fields[4])) {
    return "kind must be capital, city, town, village, region, district, site, camp, base, border-crossing, "
           "island, water, mountain or other";
  }
  p->kind = std::string(fields[4]);
  *names = SplitBar(fields[5]);
  if (names->empty()) return "a place needs at least one name";
  for (std::string_view n : *names) {
    if (PhraseKeys(n).empty()) return "empty place name";
  }
  p->name = std::string(names->front());
  return {};
}

Status PlaceDictionary::LoadFile(const std::string& path, bool seed, const ActorDictionary& actors) {
  LineReader reader;
  PARLEY_RETURN_IF_ERROR(reader.Open(path));
  std::string_view line;
  size_t unknown_countries = 0, malformed = 0;
  std::vector<std::string_view> names;
  while (reader.Next(&line)) {
    Place p;
    bool unknown_country = false;
    const std::string problem = ParseLine(line, seed, actors, &p, &names, &unknown_country);
    if (!problem.empty()) {
      // The generated seed is not ours to fix: its bad lines are skipped and
      // counted; in a hand-written file a bad line is an error naming it.
      if (!seed) return reader.Error(problem, line);
      ++(unknown_country ? unknown_countries : malformed);
      continue;
    }
    const std::string key = SeenKey(p.country, p.name);
    if (seed) {
      if (std::binary_search(seen_.begin(), seen_.end(), key)) continue;
    } else {
      seen_.push_back(key);
    }
    p.file = path;
    p.line = reader.line_number();
    p.seed = seed;
    const auto id = static_cast<uint32_t>(places_.size());
    for (std::string_view n : names) {
      names_.AddPlaceName(PhraseKeys(n), id,
                          FirstWordIsAcronym(n) ? PhraseMatcher::Case::kAllCaps : PhraseMatcher::Case::kCapitalized,
                          CapitalizedKeys(n));
    }
    places_.push_back(std::move(p));
  }
  if (malformed > 0) warnings_.push_back(path + ": " + std::to_string(malformed) + " malformed lines skipped");
  if (unknown_countries > 0) {
    warnings_.push_back(path + ": " + std::to_string(unknown_countries) +
                        " places skipped: no country entry has their ISO alpha-2 code (iso2:)");
  }
  return Status::Ok();
}

}  // namespace parley
