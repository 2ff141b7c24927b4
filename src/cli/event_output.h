// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Where `parley code` writes its rows, so that output never destroys input
// and is never half-written:
//
// * stdout gets whole lines only: rows are handed to write(2) a whole
//   document at a time, and a stop request is honoured between documents.
// * `-o FILE` is written to FILE.parley-partial beside it and renamed onto
//   FILE only when the run is complete, so FILE is either the old file or
//   the whole new one. Next to it, FILE.parley-progress journals every
//   finished document (id, content hash, rows' end offset, counts), so an
//   interrupted run, even one killed with SIGKILL or by a power cut, can be
//   resumed (`--resume`) to exactly the output of an uninterrupted run.
//
// Durability order, at each checkpoint: the partial file is written and
// fdatasync'd first, then the journal records of the documents it holds are
// appended and fdatasync'd. So the journal never names rows that are not on
// disk; rows beyond the last journal record are cut off on resume, as is a
// torn last journal line.

#ifndef PARLEY_CLI_EVENT_OUTPUT_H_
#define PARLEY_CLI_EVENT_OUTPUT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "parley/status.h"

namespace parley::cli {

// What the journal keeps of one finished document.
struct DocumentRecord {
  std::string id;      // document id, or its origin when it has none
  uint64_t hash = 0;   // content hash (ContentHash in code_command.cc)
  uint32_t events = 0;
  uint32_t sentences = 0;
  bool skipped = false;
};

// Journal key of a document: id and content hash.
std::string RecordKey(std::string_view id, uint64_t hash);

// What an interrupted run had finished, for `--resume`.
struct ResumedDocument {
  uint32_t count = 0;  // how many times the run finished this key
  uint32_t events = 0, sentences = 0;
  bool skipped = false;
};
struct ResumeState {
  std::unordered_map<std::string, ResumedDocument> done;  // by RecordKey
  uint64_t documents = 0;
};

class EventOutput {
 public:
  virtual ~EventOutput() = default;

  // Standard output (fd 1).
  static std::unique_ptr<EventOutput> Stdout();
  // Nowhere (`parley code --db` without -o: the events go to the store).
  static std::unique_ptr<EventOutput> Discard();

  // `-o path`. `header` is written first (TSV/CSV header row, "" for JSON
  // Lines). `run_key` names the format and the options that shape the
  // rows; a journal written under another key is not resumed. With
  // `resume`, an interrupted run's partial output is continued and its
  // finished documents are put in *resumed; without it, leftovers of an
  // interrupted run are discarded. *note says what happened to leftovers
  // ("" when there were none). `checkpoint_seconds` bounds how much work a
  // kill can lose. Fails (naming the file and the system's reason) when the
  // files cannot be created, or when the journal cannot be trusted.
  static StatusOr<std::unique_ptr<EventOutput>> OpenFile(const std::string& path, const std::string& header,
                                                         const std::string& run_key, bool resume,
                                                         double checkpoint_seconds, ResumeState* resumed,
                                                         std::string* note);

  // Appends one finished document's rows (whole lines) and its record.
  virtual Status Append(std::string_view rows, const DocumentRecord& record) = 0;
  // Hands buffered rows to the system; for a file, also makes them durable
  // and journalled when a checkpoint is due (or `force`).
  virtual Status Flush(bool force) = 0;
  // The run is complete: flushes; a file is renamed into place and its
  // journal removed.
  virtual Status Commit() = 0;
  // The run stopped early: flushes and keeps everything for --resume.
  virtual Status Suspend() = 0;
  // What to tell the user about where the partial output is ("" for stdout).
  virtual std::string SuspendedNote() const = 0;
};

}  // namespace parley::cli

#endif  // PARLEY_CLI_EVENT_OUTPUT_H_
