// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The HTTP API's query parser on arbitrary bytes: ParseQueryString, then
// ParseApiRequest for every endpoint's key set, then the SQL it leads to,
// prepared and run against an empty in-memory store. It must never crash,
// a parameter that passed validation must never make SQLite fail (the
// full-text query included), and the SQL text must hold one '?' per value:
// nothing from the input is ever spliced into it.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "store/params.h"
#include "store/query.h"
#include "store/schema.h"
#include "store/sqlite.h"

namespace {

parley::store::Database* Db() {
  static parley::store::Database* db = [] {
    auto d = parley::store::Database::Open(":memory:", false);
    if (!d.ok() || !parley::store::Migrate(&*d).ok()) std::abort();
    return new parley::store::Database(std::move(d).value());
  }();
  return db;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace parley::store;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  auto params = ParseQueryString(input);
  if (!params.ok()) return 0;
  const unsigned sets[] = {kFilterKeys, kPagingKeys, kStatsKeys, kIdKey, kDocKey, kPagingKeys | kFormatKey};
  for (unsigned accepted : sets) {
    ApiRequest req;
    if (!ParseApiRequest(*params, accepted, &req).ok()) continue;
    auto where = BuildWhere(req.filter);
    if (!where.ok()) std::abort();  // ParseApiRequest already checked the filter
    size_t marks = 0;
    for (char c : where->sql) marks += c == '?';
    if (marks != where->params.size()) std::abort();
    auto stmt = Db()->Prepare("SELECT count(*) FROM events e WHERE " + where->sql);
    if (!stmt.ok()) std::abort();
    BindAll(&*stmt, where->params);
    auto row = stmt->Step();
    if (!row.ok() || !*row || stmt->Int(0) != 0) std::abort();
  }
  return 0;
}
