// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The engine of `parley code`: documents from one reader are coded on N
// threads and written in input order, so the output is byte for byte the
// same whatever N is. The reader runs on the calling thread, the coders on
// N workers (one Coder serves them all: Code is const and thread-safe), and
// one writer thread hands each document's rows, in order, to the
// EventOutput. Memory is bounded: at most a few batches of documents per
// worker, and a byte budget, are in flight at once.

#ifndef PARLEY_CLI_CODE_PIPELINE_H_
#define PARLEY_CLI_CODE_PIPELINE_H_

#include <cstdint>
#include <string>

#include "cli/event_output.h"
#include "cli/progress.h"
#include "cli/store_sink.h"
#include "parley/coder.h"
#include "parley/reader.h"
#include "parley/writer.h"

namespace parley::cli {

struct PipelineOptions {
  unsigned threads = 1;
  OutputFormat format = OutputFormat::kJsonLines;
  bool notes = true;  // print the reader's notes (encodings, formats)
  // Documents an interrupted run finished (--resume); not coded again.
  const ResumeState* resumed = nullptr;
  // `parley code --db`: documents go to the store too, from the writer
  // thread in input order (store_sink.h asks for that). Not owned.
  StoreSink* store = nullptr;
};

struct PipelineTotals {
  uint64_t documents = 0, sentences = 0, events = 0, skipped = 0, resumed = 0;
  int stop_signal = 0;  // SIGINT/SIGTERM that stopped reading early, or 0
  Status output_error;  // the first write error; the run stops at it
};

// A 64-bit FNV-1a hash of everything of a document that shapes its rows:
// id, origin, text, date, language, title, url, and the read status.
uint64_t ContentHash(const ReadResult& item);

// Reads `reader` to the end (or until a stop signal), codes, writes to
// `output`. Per-document problems are printed (PrintMessage) and counted.
PipelineTotals RunPipeline(const Coder& coder, DocumentReader& reader, EventOutput& output,
                           const PipelineOptions& options, ProgressCounters* progress);

}  // namespace parley::cli

#endif  // PARLEY_CLI_CODE_PIPELINE_H_
