// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// PlaceDictionary: the gazetteer. Hand-written places from every *.tsv under
// dictionaries/places/ (conflict sites, regions, cities the seed lacks), then
// the build's generated seed data/places-gweather.tsv (libgweather's cities).
// A place found in the text fills an event's location (country, name,
// coordinates) and gives a country to domestic actors ("police in Karachi").
//
// Format, one place a line, tab-separated (docs/dictionaries.md):
//   country  admin1  latitude  longitude  kind  names (| separated, any language)
//   UKR      Donetsk 48.5953   38.0000    town  Bakhmout | Bakhmut | Artemivsk
// `country` is a country code of the actor dictionary, or "@XX" (ISO alpha-2,
// in the generated seed). `admin1` is "-" when unknown.

#ifndef PARLEY_DICTIONARIES_PLACE_DICTIONARY_H_
#define PARLEY_DICTIONARIES_PLACE_DICTIONARY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "dictionaries/actor_dictionary.h"
#include "dictionaries/phrase_matcher.h"
#include "parley/status.h"

namespace parley {

struct Place {
  std::string name;     // the first name listed
  std::string country;  // a country code ("UKR")
  std::string admin1;   // "" when unknown
  double latitude = 0, longitude = 0;
  std::string kind;     // capital, city, town, village, region, site, ...
  std::string file;
  int line = 0;
  bool seed = false;    // from the generated seed (any town of its weather stations), not hand-written
};

class PlaceDictionary {
 public:
  // Loads dictionaries/places/*.tsv (recursively, in path order) and, when
  // `data_dir` holds it, the generated places-gweather.tsv. A seed place
  // whose country and first name a hand-written place already has is
  // dropped (the hand-written one is kept). Malformed hand-written lines are
  // errors naming the file and line; seed lines whose country is unknown are
  // skipped with a warning.
  static StatusOr<PlaceDictionary> Load(const std::string& places_dir, const std::string& data_dir,
                                        const ActorDictionary& actors, std::shared_ptr<Vocabulary> vocabulary);

  // Matches carry the place's index; names match capitalised words only.
  const PhraseMatcher& names() const { return names_; }
  const Place& place(uint32_t id) const { return places_[id]; }
  size_t size() const { return places_.size(); }
  const std::vector<std::string>& warnings() const { return warnings_; }

  static bool IsKnownKind(std::string_view kind);

 private:
  explicit PlaceDictionary(std::shared_ptr<Vocabulary> vocabulary) : names_(false, std::move(vocabulary)) {}
  Status LoadFile(const std::string& path, bool seed, const ActorDictionary& actors);
  std::string ParseLine(std::string_view line, bool seed, const ActorDictionary& actors, Place* place,
                        std::vector<std::string_view>* names, bool* unknown_country) const;

  std::vector<Place> places_;
  PhraseMatcher names_;
  std::vector<std::string> warnings_;
  std::vector<std::string> seen_;  // "COUNTRY|folded first name" of hand-written places, sorted after loading them
};

}  // namespace parley

#endif  // PARLEY_DICTIONARIES_PLACE_DICTIONARY_H_
