// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// How the reader selects an event record with its first document event, and
// the export writers that turn records into GDELT, PLOVER or CSV rows.

#ifndef PARLEY_STORE_RECORDS_H_
#define PARLEY_STORE_RECORDS_H_

#include <memory>
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "parley/store.h"
#include "store/sqlite.h"

namespace parley::store {

// Columns, in ReadRecord's order, over `e` (events), `de` (the record's
// first document event) and `d` (its document).
extern const char kRecordColumns[];
// Joins `e` to `de` and `d`; follows "FROM <events as e>".
extern const char kRecordJoins[];

EventRecord ReadRecord(const Statement& row);

// A record as the API and `parley query --format jsonl` show it.
nlohmann::json RecordJson(const EventRecord& e);

class ExportWriter {
 public:
  virtual ~ExportWriter() = default;
  static std::unique_ptr<ExportWriter> Create(ExportFormat format, std::ostream* out);
  virtual Status Write(const EventRecord& record) = 0;
  virtual Status Finish() = 0;
};

}  // namespace parley::store

#endif  // PARLEY_STORE_RECORDS_H_
