// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// EventFilter -> a SQL WHERE clause over `events e`. The clause text comes
// only from constants in query.cc; every value the user gave is a bound
// parameter, in order.

#ifndef PARLEY_STORE_QUERY_H_
#define PARLEY_STORE_QUERY_H_

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "parley/store.h"
#include "store/sqlite.h"

namespace parley::store {

using SqlValue = std::variant<int64_t, std::string>;

struct SqlWhere {
  std::string sql;  // "e.source >= ? AND ..." or "1"
  std::vector<SqlValue> params;
};

// Validates the filter (codes are letters and digits, dates valid, text
// searchable) and builds its clause. InvalidArgument names the bad field.
StatusOr<SqlWhere> BuildWhere(const EventFilter& filter);

// Binds `params` to `stmt` from parameter `first` on; returns the next index.
int BindAll(Statement* stmt, const std::vector<SqlValue>& params, int first = 1);

// Turns what a user typed into an FTS5 query that cannot be a syntax error:
// whitespace-separated words, each matched as a phrase (so FTS5 operators
// and quotes are plain text), all required; a word ending in '*' matches
// as a prefix. At most 16 words of at most 64 bytes. InvalidArgument when
// nothing searchable is left.
StatusOr<std::string> ParseFtsQuery(const std::string& text);

}  // namespace parley::store

#endif  // PARLEY_STORE_QUERY_H_
