// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// ActorDictionary: named actors (countries, persons, organisations, armed
// groups, parties, institutions) with codes bounded by dates, loaded from
// every *.txt under dictionaries/actors/ (subfolders included). Format
// (docs/dictionaries.md):
//
//   Antony Blinken | Tony Blinken                    <- names, any language
//       USAGOV 2021-01-26..2025-01-20 foreign-minister  <- code, range, office
//       USA                                          <- fallback, any other date
//       type: person
//       gender: m
//       surname: Blinken                             <- only once introduced
//
// Countries also list capitals ("capitals: Moscou | Moscow"), which stand for
// the country's government but read as a place after "à", "in" or "at", and
// adjectives ("adjectives: russe | russes | Russian"), which combine with
// agents: "le ministre russe" -> RUS + GOV.
//
// Several entries may share a name ("Moscou" is the capital of the Soviet
// Union until 1991 and of Russia after): Resolve() picks the one in force on
// the date.

#ifndef PARLEY_DICTIONARIES_ACTOR_DICTIONARY_H_
#define PARLEY_DICTIONARIES_ACTOR_DICTIONARY_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dictionaries/phrase_matcher.h"
#include "parley/date.h"
#include "parley/status.h"

namespace parley {

enum class ActorType : uint8_t { kCountry, kPerson, kOrganisation, kGroup, kParty, kInstitution };
std::string_view ActorTypeName(ActorType type);

struct DatedCode {
  std::string code;
  Date from;  // invalid: open start
  Date to;    // invalid: open end
  bool undated = false;
  // The office held over the range ("foreign-minister"), "" when none is
  // given; `shared_office` when the file marks it as held by several people
  // at once ("head-of-state+": a collective presidency).
  std::string office;
  bool shared_office = false;
  int line = 0;  // where it was defined

  bool Contains(const Date& date) const {
    if (undated || !date.valid()) return false;
    if (from.valid() && date < from) return false;
    if (to.valid() && to < date) return false;
    return true;
  }
};

struct ActorEntry {
  std::string name;  // the first name listed, for messages
  ActorType type = ActorType::kOrganisation;
  char gender = 0;   // 'm', 'f' or 0
  std::vector<DatedCode> codes;
  std::string iso2;  // countries: ISO 3166-1 alpha-2, for gazetteers keyed by it
  std::string file;  // where it was defined
  int line = 0;

  // The code line in force on `date`: the first listed range that contains
  // it, else the undated fallback; nullptr when none. An invalid date takes
  // the fallback, or else the first code listed.
  const DatedCode* CodeLineOn(const Date& date) const;
  // Its code, "" when none.
  std::string_view CodeOn(const Date& date) const {
    const DatedCode* c = CodeLineOn(date);
    return c ? std::string_view(c->code) : std::string_view();
  }
  // Whether a dated range (not the fallback) holds `date`.
  bool DatedOn(const Date& date) const;
};

// How a name refers to its entry.
enum class NameKind : uint8_t {
  kName = 0,     // a name of the entry, matched anywhere
  kCapital = 1,  // a country's capital: the government, or a place after à/in/at
  kSurname = 2,  // a person's surname: only once the person was introduced, or after a title
};

class ActorDictionary {
 public:
  // Loads every *.txt under `dir`, recursively, in path order. Words are
  // numbered in `vocabulary` (a new one when null). The first malformed line
  // fails the load, unless `file_errors` is given: then each file with an
  // error is left out and its error recorded there (for `dict lint`, which
  // reports every file's problems in one run).
  static StatusOr<ActorDictionary> Load(const std::string& dir, std::shared_ptr<Vocabulary> vocabulary = nullptr,
                                        std::vector<Status>* file_errors = nullptr);

  // Name matches carry payloads: EntryOf() is the entry, KindOf() how the
  // name refers to it. Use names().LongestMatchAll() and Resolve().
  const PhraseMatcher& names() const { return names_; }
  static uint32_t EntryOf(uint32_t payload) { return payload >> 2; }
  static NameKind KindOf(uint32_t payload) { return static_cast<NameKind>(payload & 3u); }
  static bool IsCity(uint32_t payload) { return KindOf(payload) == NameKind::kCapital; }
  static uint32_t MakePayload(uint32_t entry, NameKind kind) { return (entry << 2) | static_cast<uint32_t>(kind); }

  // Among the payloads of one matched name, the one to use on `date`: an
  // entry with a dated range holding the date first, then one with a
  // fallback code, in file order. Surnames count only when
  // `surname_allowed(entry)` says so. Returns false when none has a code.
  template <typename SurnameAllowed>
  bool Resolve(std::span<const uint32_t> payloads, const Date& date, SurnameAllowed surname_allowed,
               uint32_t* chosen) const {
    return Resolve(payloads, date, surname_allowed, [](uint32_t, std::string_view) { return 0; }, chosen);
  }
  // The same, for a name several entries share: `bonus(entry, code on
  // date)` (0 to 15) says which the document favours (one it has named, one
  // of a country it has named: "Social Democrats" in a German story), then a
  // name listed as such goes before a surname ("Blair": Tony Blair before
  // Bill Blair, unless the story named Bill Blair), then a dated code before
  // a fallback.
  template <typename SurnameAllowed, typename Bonus>
  bool Resolve(std::span<const uint32_t> payloads, const Date& date, SurnameAllowed surname_allowed, Bonus bonus,
               uint32_t* chosen) const {
    int best = -1;
    const bool several = payloads.size() > 1;
    for (uint32_t p : payloads) {
      const ActorEntry& e = entries_[EntryOf(p)];
      if (KindOf(p) == NameKind::kSurname && !surname_allowed(EntryOf(p))) continue;
      int rank = e.DatedOn(date) ? 2 : (e.CodeLineOn(date) != nullptr ? 1 : 0);
      if (rank == 0) continue;
      if (!several) {
        *chosen = p;
        return true;
      }
      rank += (KindOf(p) != NameKind::kSurname ? 4 : 0) + 8 * bonus(EntryOf(p), e.CodeOn(date));
      if (rank > best) {
        best = rank;
        *chosen = p;
      }
    }
    return best > 0;
  }

  // Adjective matches carry the entry id.
  const PhraseMatcher& adjectives() const { return adjectives_; }
  // A country's combining forms ("prefixes: franco | Franco"), which name it
  // only as the first parts of a hyphenated pair ("franco-allemand",
  // "Sino-Soviet"); matches carry the entry id.
  const PhraseMatcher& prefixes() const { return prefixes_; }
  const ActorEntry& entry(uint32_t id) const { return entries_[id]; }
  size_t size() const { return entries_.size(); }
  // The country entry with this ISO alpha-2 code (upper case), or -1.
  int32_t CountryByIso2(std::string_view iso2) const;
  // The country entry whose code on `date` is `code` (a bare country code), or -1.
  int32_t CountryByCode(std::string_view code) const;

  // `code` read for `date`: its first three letters replaced by the state
  // that territory was part of on that date (dictionaries/actors/
  // successions.tsv: UKRGOV in 1986 is SUNGOV); `code` itself otherwise.
  std::string StateOn(std::string_view code, const Date& date) const;

 private:
  explicit ActorDictionary(std::shared_ptr<Vocabulary> vocabulary)
      : names_(false, vocabulary), adjectives_(true, vocabulary), prefixes_(false, vocabulary) {}
  Status LoadFile(const std::string& path);

  struct Succession {
    std::string successor, state;
    Date from, until;  // from may be invalid: since always
  };
  Status LoadSuccessions(const std::string& path);

  std::vector<ActorEntry> entries_;
  std::vector<Succession> successions_;
  PhraseMatcher names_;
  PhraseMatcher adjectives_;
  PhraseMatcher prefixes_;
};

// Parses a code line: "USAGOV 2021-01-26..2025-01-20 foreign-minister",
// "USAGOV ..2017-01-20", "USA". Range bounds may be a year, a month or a
// day ("1994..1999-06", read as 1994-01-01..1999-06-30). Returns false with
// *error set when malformed.
bool ParseDatedCode(std::string_view text, DatedCode* out, std::string* error);
// Actor codes: 3 to 15 upper-case letters or digits.
bool IsActorCode(std::string_view code);
// "1994" -> 1994-01-01 (or -12-31 when `end`), "1994-06" -> 1994-06-01 (or
// -30), "1994-06-12" as written; nullopt when malformed.
std::optional<Date> ParseDateBound(std::string_view text, bool end);

}  // namespace parley

#endif  // PARLEY_DICTIONARIES_ACTOR_DICTIONARY_H_
