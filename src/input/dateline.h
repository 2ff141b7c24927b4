// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Publication dates written in a dispatch's own header or dateline.

#ifndef PARLEY_INPUT_DATELINE_H_
#define PARLEY_INPUT_DATELINE_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "parley/date.h"

namespace parley {

struct DatelineMatch {
  Date date;
  // Byte range of a header LINE that holds nothing but the date information
  // ("Dernière mise à jour à 09h04 le 05/02"), so the coder can leave it out
  // of the numbered sentences. Empty (begin == end) when the date sits in a
  // dateline that opens the first sentence ("MOSCOW, Feb 4 (Reuters) - ...").
  size_t header_begin = 0;
  size_t header_end = 0;
  // For a dateline that opens the first sentence: the byte offset just past
  // it (past the dash, colon or agency: "PARIS, 4 février (AFP) -"), so the
  // coder can tell that its date is the publication date and not a time
  // expression of the sentence. 0 otherwise.
  size_t dateline_end = 0;
};

// Looks at the first few lines of `text` for a header or dateline date, in
// French or English: "Dernière mise à jour à 09h04 le 05/02", "Publié le
// 5 février 2021", "PARIS, 4 février (AFP) -", "MOSCOW, Feb 4 (Reuters) -",
// "February 4, 2021". When the header has no year, `default_year` supplies it;
// with neither, nothing is returned. Never reads past the first 600 bytes.
std::optional<DatelineMatch> FindDatelineDate(std::string_view text, int default_year);

}  // namespace parley

#endif  // PARLEY_INPUT_DATELINE_H_
