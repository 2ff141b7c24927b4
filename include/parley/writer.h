// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// EventWriter: events to JSON Lines, TSV or CSV (schema in docs/output.md).

#ifndef PARLEY_WRITER_H_
#define PARLEY_WRITER_H_

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "parley/event.h"
#include "parley/status.h"

namespace parley {

enum class OutputFormat { kJsonLines, kTsv, kCsv };

// "jsonl", "tsv", "csv" -> format; InvalidArgument otherwise.
StatusOr<OutputFormat> ParseOutputFormat(const std::string& name);

// The TSV or CSV header row with its newline; "" for JSON Lines.
std::string HeaderRow(OutputFormat format);

// Appends one line (row) per event to `out`, without a header row: what an
// EventWriter writes, for callers that render on several threads and write
// the lines themselves. No shared state: safe to call from any thread.
void AppendEventRows(OutputFormat format, const std::vector<Event>& events, std::string* out);

class EventWriter {
 public:
  virtual ~EventWriter() = default;
  // Writes to `out`, which must outlive the writer; returns nullptr when
  // `out` is null. TSV and CSV start with a header row. Not thread-safe.
  static std::unique_ptr<EventWriter> Create(OutputFormat format, std::ostream* out);
  // One line (row) per event, in the given order.
  virtual Status Write(const std::vector<Event>& events) = 0;
  virtual Status Flush() = 0;
};

}  // namespace parley

#endif  // PARLEY_WRITER_H_
