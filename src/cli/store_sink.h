// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The hook `parley code` calls for `--db FILE`: coded documents go to the
// event store instead of (or, with -o, besides) an event writer. Kept in its
// own file so the code command needs only a few lines:
//
//   AddStoreCodeOptions(code, &opts);            // --db, --resume, --batch-size
//   auto sink = StoreSink::Open(opts);           // nullptr without --db
//   ... if (sink && sink->Skip(doc)) continue;   // --resume: already stored
//   ... sink->Add(doc, stats, events);
//   ... sink->Finish();                          // commits, prints one line
//
// Not thread-safe: with several coding threads, call Skip/Add from the one
// thread that also writes output, in input order (so batches, --resume and
// record ids stay deterministic).

#ifndef PARLEY_CLI_STORE_SINK_H_
#define PARLEY_CLI_STORE_SINK_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "parley/store.h"

namespace parley::cli {

struct StoreCodeOptions {
  std::string db;       // empty: no store
  bool resume = false;  // skip documents stored with the same content hash
  int batch_documents = 1024;
};

void AddStoreCodeOptions(CLI::App* code, StoreCodeOptions* options);

class StoreSink {
 public:
  // nullptr (and OK) when no --db was given; prints and returns the error
  // when the store cannot be opened.
  static StatusOr<std::unique_ptr<StoreSink>> Open(const StoreCodeOptions& options);

  // With --resume: true when `document` is already stored unchanged.
  bool Skip(const Document& document);
  Status Add(const Document& document, const DocumentStats& stats, const std::vector<Event>& events);
  // Commits; prints "stored N documents in FILE (M already stored)".
  Status Finish();

 private:
  StoreCodeOptions options_;
  std::unique_ptr<StoreWriter> writer_;
  uint64_t stored_ = 0, resumed_ = 0;
};

}  // namespace parley::cli

#endif  // PARLEY_CLI_STORE_SINK_H_
