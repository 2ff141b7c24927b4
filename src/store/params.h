// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The query language shared by `parley query|stats|export` and the HTTP API:
// key=value parameters (docs/store.md, "Query parameters"), validated into
// an EventFilter plus paging and output settings. Anything unknown,
// repeated, malformed or over a budget is InvalidArgument with a message
// that names the parameter, which the server returns with HTTP 400.

#ifndef PARLEY_STORE_PARAMS_H_
#define PARLEY_STORE_PARAMS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parley/store.h"

namespace parley::store {

using Params = std::vector<std::pair<std::string, std::string>>;

// Budgets for one request.
inline constexpr size_t kMaxQueryBytes = 4096;
inline constexpr size_t kMaxParams = 32;
inline constexpr size_t kMaxValueBytes = 256;
inline constexpr int64_t kMaxLimit = 1000;
inline constexpr int64_t kMaxOffset = 1000000;

// Splits "a=1&b=x%20y" into decoded pairs ('+' is a space). InvalidArgument
// for a bad %-escape, a NUL byte, invalid UTF-8, or more than the budgets.
StatusOr<Params> ParseQueryString(std::string_view query);

struct ApiRequest {
  EventFilter filter;
  int64_t offset = 0;
  int64_t limit = 100;
  Granularity by = Granularity::kMonth;
  int64_t id = 0;       // "id": an event record
  std::string doc;      // "doc": a document id
  std::string format;   // "format"
};

// Which keys a caller accepts besides the filter keys.
enum ParamSet : unsigned {
  kFilterKeys = 0,
  kPagingKeys = 1u << 0,  // offset, limit
  kStatsKeys = 1u << 1,   // by
  kIdKey = 1u << 2,       // id
  kDocKey = 1u << 3,      // doc
  kFormatKey = 1u << 4,   // format
};

// Validates `params` (keys in `accepted` and the filter keys) into `out`.
Status ParseApiRequest(const Params& params, unsigned accepted, ApiRequest* out);

}  // namespace parley::store

#endif  // PARLEY_STORE_PARAMS_H_
