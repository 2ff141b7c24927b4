// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// A calendar date without time zone, as event data uses them.

#ifndef PARLEY_DATE_H_
#define PARLEY_DATE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace parley {

struct Date {
  int year = 0;   // 0 means "unknown"
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  bool valid() const { return year != 0; }
  // Days since 1970-01-01 (proleptic Gregorian); only for valid dates.
  int64_t ToDays() const;
  static Date FromDays(int64_t days);
  // 0 = Monday ... 6 = Sunday.
  int Weekday() const;
  Date AddDays(int64_t n) const { return FromDays(ToDays() + n); }
  std::string ToIso() const;  // "2021-02-04"; "" when invalid

  // Parses "YYYY-MM-DD" strictly (real calendar day); nullopt otherwise.
  static std::optional<Date> ParseIso(std::string_view text);
  static bool IsValidDay(int year, int month, int day);

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

}  // namespace parley

#endif  // PARLEY_DATE_H_
