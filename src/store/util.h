// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Small helpers the store's writer, reader and exports share.

#ifndef PARLEY_STORE_UTIL_H_
#define PARLEY_STORE_UTIL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parley/store.h"

namespace parley::store {

// "2026-01-31T12:00:00Z".
std::string UtcNow();

// The news source a document counts for in an event record's num_sources:
// the URL's host in lower case without "www." ("lemonde.fr"), or, for a
// document without a URL, "doc:" + its id (a source of its own).
std::string SourceName(std::string_view url, std::string_view doc_id);

// A role span [begin, end) in document offsets.
struct RoleSpan {
  int64_t begin = -1, end = -1;
  std::string role;
  int64_t event = 0;
};

// Cuts text[from, to) into segments, marking the given spans (document
// offsets; overlapping or out-of-range spans are clipped, later ones lose).
// Cuts never split a UTF-8 sequence.
std::vector<TextSegment> Segment(std::string_view text, int64_t from, int64_t to, std::vector<RoleSpan> spans);

// Inclusive end of the prefix range for `code`: the smallest string greater
// than every string starting with `code` ("RUS" -> "RUT"). Codes are ASCII
// letters and digits, so the last character never is 0x7f.
std::string PrefixEnd(std::string_view code);

}  // namespace parley::store

#endif  // PARLEY_STORE_UTIL_H_
