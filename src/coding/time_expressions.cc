// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "coding/time_expressions.h"

#include <charconv>

namespace parley::coding {
namespace {

bool ParseSmallNumber(std::string_view s, int* out) {
  if (s.empty() || s.size() > 4) return false;
  int v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size()) return false;
  *out = v;
  return true;
}

// "1er" is how French writes the first of the month.
bool ParseDayNumber(std::string_view s, int* out) {
  if (s == "1er" || s == "1st") { *out = 1; return true; }
  if (s.size() > 2 && (s.ends_with("st") || s.ends_with("nd") || s.ends_with("rd") || s.ends_with("th"))) {
    s.remove_suffix(2);
  }
  return ParseSmallNumber(s, out) && *out >= 1 && *out <= 31;
}

}  // namespace

void FindTimeExpressions(std::span<const KeyedToken> keys, std::span<const TokenInfo> infos,
                         std::span<const text::Token> tokens, const Lexicon& lexicon, uint32_t first,
                         uint32_t last, std::vector<TimeExpression>* out) {
  out->clear();
  for (uint32_t i = first; i < last; ++i) {
    const std::string_view key = keys[i].key;
    if (!keys[i].word) continue;
    if (const int wd = lexicon.Weekday(keys[i].key_id)) {
      TimeExpression e;
      e.kind = TimeExpression::Kind::kWeekday;
      e.token = i;
      e.weekday = wd;
      // "lundi prochain", "mardi dernier", "last Tuesday", "next Monday".
      for (uint32_t j : {i + 1, i - 1}) {
        if (j < first || j >= last) continue;
        if (infos[j].classes & kWcPastMarker) e.direction = -1;
        if (infos[j].classes & kWcFutureMarker) e.direction = +1;
      }
      out->push_back(e);
      continue;
    }
    const uint64_t cls = infos[i].classes;
    if (cls & (kWcYesterday | kWcToday | kWcTomorrow)) {
      TimeExpression e;
      e.kind = TimeExpression::Kind::kRelativeDay;
      e.token = i;
      e.day_offset = (cls & kWcYesterday) ? -1 : (cls & kWcTomorrow) ? 1 : 0;
      out->push_back(e);
      continue;
    }
    if (const int month = lexicon.Month(keys[i].key_id)) {
      // "3 février [2021]" or "February 3[, 2021]".
      TimeExpression e;
      e.kind = TimeExpression::Kind::kCalendar;
      e.token = i;
      e.month = month;
      int day = 0;
      uint32_t after = i + 1;
      if (i > first && ParseDayNumber(keys[i - 1].key, &day)) {
        e.day = day;
      } else if (after < last && ParseDayNumber(keys[after].key, &day)) {
        e.day = day;
        ++after;
      } else {
        continue;  // a month alone is not a day
      }
      if (after < last && keys[after].key == ",") ++after;
      int year = 0;
      if (after < last && tokens[after].kind == text::TokenKind::kNumber && ParseSmallNumber(keys[after].key, &year) &&
          year >= 1900 && year <= 2200) {
        e.year = year;
      }
      if (!Date::IsValidDay(e.year ? e.year : 2000, e.month, e.day)) continue;
      out->push_back(e);
    }
  }
}

namespace {

// "this", "ce", "cette", "cet": the demonstrative of "this week", "cette semaine".
bool Demonstrative(std::string_view key) { return key == "this" || key == "ce" || key == "cette" || key == "cet"; }

// A week, a weekend or a month: what "this"/"cette" make a time still running
// (not "this time", "cette fois", nor "this year", told of as much in the past).
bool WeekOrMonth(std::string_view key) {
  return key == "week" || key == "weekend" || key == "month" || key == "semaine" || key == "week-end" || key == "mois";
}

}  // namespace

bool FutureTimeAt(std::span<const KeyedToken> keys, std::span<const TokenInfo> infos, const Lexicon& lexicon,
                  uint32_t i, uint32_t first, uint32_t last, bool present) {
  if (i < first || i >= last || !keys[i].word) return false;
  const uint64_t cls = infos[i].classes;
  if (cls & kWcTomorrow) return true;
  auto timed = [&](uint32_t j) {
    return j >= first && j < last &&
           ((infos[j].classes & kWcTimeNoun) || lexicon.Weekday(keys[j].key_id) > 0 || lexicon.Month(keys[j].key_id) > 0);
  };
  if (cls & kWcFutureMarker) {
    if (timed(i + 1) || (i > first && timed(i - 1))) return true;
    // "later this week" (when "later" is a marker of the lexicon), "next this" never.
    if (i + 2 < last && Demonstrative(keys[i + 1].key) && timed(i + 2)) return true;
    return false;
  }
  // "this week", "cette semaine", "ce mois-ci" with a present-tense verb.
  if (present && Demonstrative(keys[i].key) && i + 1 < last && WeekOrMonth(keys[i + 1].key)) {
    // Not "earlier this week", "plus tôt cette semaine": that part is past.
    if (i > first && (lexicon.IsEarlierWord(keys[i - 1].key_id) || keys[i - 1].key == "tot")) return false;
    return true;
  }
  return false;
}

Date ResolveTimeExpression(const TimeExpression& expr, int tense, const Date& publication) {
  if (!publication.valid()) return {};
  switch (expr.kind) {
    case TimeExpression::Kind::kRelativeDay:
      return publication.AddDays(expr.day_offset);
    case TimeExpression::Kind::kWeekday: {
      const int pub_wd = publication.Weekday() + 1;  // 1..7
      const int direction = expr.direction != 0 ? expr.direction : (tense > 0 ? 1 : -1);
      if (direction < 0) {
        int back = (pub_wd - expr.weekday + 7) % 7;
        if (expr.direction < 0 && back == 0) back = 7;  // "vendredi dernier" said on a Friday
        return publication.AddDays(-back);
      }
      int ahead = (expr.weekday - pub_wd + 7) % 7;
      if (ahead == 0) ahead = 7;
      return publication.AddDays(ahead);
    }
    case TimeExpression::Kind::kCalendar: {
      int year = expr.year ? expr.year : publication.year;
      if (!Date::IsValidDay(year, expr.month, expr.day)) return {};
      Date d{year, expr.month, expr.day};
      // Without a year, a past event dated far after publication belongs to
      // the year before ("le 28 décembre" in a January dispatch).
      if (expr.year == 0 && tense <= 0 && d.ToDays() - publication.ToDays() > 60) {
        if (Date::IsValidDay(year - 1, expr.month, expr.day)) d = Date{year - 1, expr.month, expr.day};
      }
      return d;
    }
  }
  return {};
}

}  // namespace parley::coding
