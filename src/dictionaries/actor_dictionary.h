// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// ActorDictionary: named actors (countries, persons, organisations) with
// codes bounded by dates, loaded from every dictionaries/actors/*.txt.
// Format (docs/dictionaries.md):
//
//   Antony Blinken | Tony Blinken | Blinken      <- names, any language
//       USAGOV 2021-01-26..2025-01-20            <- code valid in that range
//       USA                                      <- fallback, any other date
//       type: person
//       gender: m
//
// Countries also list capitals ("capitals: Moscou | Moscow"), which stand for
// the country but read as a place after "à", "in" or "at", and adjectives
// ("adjectives: russe | Russian"), matched on lemmas, which combine with
// agents: "le ministre russe" -> RUS + GOV.

#ifndef PARLEY_DICTIONARIES_ACTOR_DICTIONARY_H_
#define PARLEY_DICTIONARIES_ACTOR_DICTIONARY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dictionaries/phrase_matcher.h"
#include "parley/date.h"
#include "parley/status.h"

namespace parley {

enum class ActorType : uint8_t { kCountry, kPerson, kOrganisation, kGroup };

struct DatedCode {
  std::string code;
  Date from;  // invalid: open start
  Date to;    // invalid: open end
  bool undated = false;
};

struct ActorEntry {
  std::string name;  // the first name listed, for messages
  ActorType type = ActorType::kOrganisation;
  char gender = 0;   // 'm', 'f' or 0
  std::vector<DatedCode> codes;
  std::string file;  // where it was defined
  int line = 0;

  // The code valid on `date` ("" when none is): the first listed range that
  // contains the date, else the undated fallback. An invalid date takes the
  // fallback, or else the first code listed.
  std::string_view CodeOn(const Date& date) const;
};

class ActorDictionary {
 public:
  // Loads every *.txt under `dir` (sorted by name). Words are numbered in
  // `vocabulary` (a new one when null).
  static StatusOr<ActorDictionary> Load(const std::string& dir, std::shared_ptr<Vocabulary> vocabulary = nullptr);

  // Name matches carry a payload: EntryOf() is the entry, IsCity() tells a
  // capital ("capitals:" in the file) from the country's own names.
  const PhraseMatcher& names() const { return names_; }
  static uint32_t EntryOf(uint32_t payload) { return payload >> 1; }
  static bool IsCity(uint32_t payload) { return (payload & 1u) != 0; }
  const PhraseMatcher& adjectives() const { return adjectives_; }
  const ActorEntry& entry(uint32_t id) const { return entries_[id]; }
  size_t size() const { return entries_.size(); }

 private:
  explicit ActorDictionary(std::shared_ptr<Vocabulary> vocabulary)
      : names_(false, vocabulary), adjectives_(true, vocabulary) {}
  Status LoadFile(const std::string& path);

  std::vector<ActorEntry> entries_;
  PhraseMatcher names_;
  PhraseMatcher adjectives_;
};

// Parses "USAGOV 2021-01-26..2025-01-20" / "USAGOV ..2017-01-20" / "USA".
// Returns false with *error set when malformed.
bool ParseDatedCode(std::string_view text, DatedCode* out, std::string* error);
// Actor codes: 3 to 15 upper-case letters or digits.
bool IsActorCode(std::string_view code);

}  // namespace parley

#endif  // PARLEY_DICTIONARIES_ACTOR_DICTIONARY_H_
