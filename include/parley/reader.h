// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// DocumentReader: turns input paths into a stream of Documents.
// Accepts plain-text files (one dispatch per file), JSON Lines files
// (one document per line: {"id", "text", "date"?, "lang"?, "title"?, "url"?}),
// directories of either (walked recursively, sorted by path), and "-" for stdin.
// Files ending in .gz or .zst are decompressed on the fly.
// The format is known by extension (.jsonl / .ndjson, optionally followed by
// .gz / .zst, is JSON Lines; anything else is text) unless options say otherwise.
// stdin is read as text unless the format option says JSON Lines.

#ifndef PARLEY_READER_H_
#define PARLEY_READER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "parley/document.h"
#include "parley/status.h"

namespace parley {

enum class InputFormat { kAuto, kText, kJsonLines };

struct ReaderOptions {
  InputFormat format = InputFormat::kAuto;
  // A document (a text file, or one JSON line) larger than this is reported
  // as an error and skipped without being held in memory whole.
  size_t max_document_bytes = 32u << 20;
};

// One item from the reader: a document, or the reason one could not be read.
// When `status` is not OK, `document.id` and `document.origin` still name what
// failed ("news.jsonl:17", or the id if the JSON got that far) and
// `document.text` is empty.
struct ReadResult {
  Document document;
  Status status;
};

class DocumentReader {
 public:
  virtual ~DocumentReader() = default;

  // Fails only on bad options. Paths that cannot be opened are reported
  // later, one ReadResult each, so a batch goes on past them.
  static StatusOr<std::unique_ptr<DocumentReader>> Open(const std::vector<std::string>& paths,
                                                        const ReaderOptions& options = {});

  // Fills `out` and returns true, or returns false at the end of all input.
  // Not thread-safe.
  virtual bool Next(ReadResult* out) = 0;
};

}  // namespace parley

#endif  // PARLEY_READER_H_
