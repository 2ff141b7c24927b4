// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Time expressions in a sentence and how they resolve against the
// publication date: weekdays ("jeudi", "on Thursday", "lundi prochain"),
// relative days ("hier", "yesterday", "demain") and calendar dates
// ("le 3 février", "February 3, 2021", "3 Feb").

#ifndef PARLEY_CODING_TIME_EXPRESSIONS_H_
#define PARLEY_CODING_TIME_EXPRESSIONS_H_

#include <cstdint>
#include <vector>

#include "coding/document_model.h"
#include "dictionaries/lexicon.h"
#include "parley/date.h"

namespace parley::coding {

struct TimeExpression {
  enum class Kind : uint8_t { kWeekday, kRelativeDay, kCalendar };
  Kind kind = Kind::kWeekday;
  uint32_t token = 0;   // where it stands, to pick the one nearest an event
  int weekday = 0;      // 1..7 (Monday = 1)
  int direction = 0;    // weekday: -1 "dernier/last", +1 "prochain/next", 0 from the verb's tense
  int day_offset = 0;   // relative day: -1 yesterday, 0 today, +1 tomorrow
  int day = 0, month = 0, year = 0;  // calendar; year 0 = the publication year
};

// Finds the time expressions among tokens [first, last).
void FindTimeExpressions(std::span<const KeyedToken> keys, std::span<const TokenInfo> infos,
                         std::span<const text::Token> tokens, const Lexicon& lexicon, uint32_t first,
                         uint32_t last, std::vector<TimeExpression>* out);

// Whether a phrase of time to come starts at token `i` (inside [first,
// last)): "tomorrow", "demain"; a future marker next to a time noun, a weekday
// or a month ("next week", "la semaine prochaine", "mercredi prochain", "next
// March"), or before "this" and a time noun ("later this week"); and, when
// `present` (the verb it dates is in the present tense, which with such a
// phrase tells what is to come), a demonstrative and a week or month ("this
// week", "cette semaine", "ce mois-ci").
bool FutureTimeAt(std::span<const KeyedToken> keys, std::span<const TokenInfo> infos, const Lexicon& lexicon,
                  uint32_t i, uint32_t first, uint32_t last, bool present);

// The date `expr` denotes for an event whose verb has tense `tense`
// (-1 past, 0 present, +1 future), published on `publication`.
// A weekday is the latest such day on or before publication for past and
// present tense, and the first after it for the future.
Date ResolveTimeExpression(const TimeExpression& expr, int tense, const Date& publication);

}  // namespace parley::coding

#endif  // PARLEY_CODING_TIME_EXPRESSIONS_H_
