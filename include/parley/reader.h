// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// DocumentReader: turns input paths into a stream of Documents.
// Accepts plain-text files (one dispatch per file), JSON Lines files
// (one document per line: {"id", "text", "date"?, "lang"?, "title"?, "url"?}),
// directories of either (walked recursively, sorted by path), and "-" for stdin.
// Files ending in .gz or .zst are decompressed on the fly.
// The format is known by extension (.jsonl / .ndjson, optionally followed by
// .gz / .zst, is JSON Lines; anything else is text) unless options say otherwise.
// stdin is JSON Lines when its first non-blank byte is '{' (with a note), text
// otherwise, unless the format option says which.

#ifndef PARLEY_READER_H_
#define PARLEY_READER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "parley/document.h"
#include "parley/status.h"

namespace parley {

enum class InputFormat { kAuto, kText, kJsonLines };

// How input bytes become UTF-8 text (applied to each text document, and to
// each JSON line before it is parsed).
enum class TextEncoding {
  kAuto,         // valid UTF-8 is kept; otherwise windows-1252, unless the text
                 // is mostly valid UTF-8 with a few bad bytes (then kUtf8)
  kUtf8,         // bytes are UTF-8; bad bytes are handled per InvalidUtf8
  kLatin1,       // ISO-8859-1
  kWindows1252,  // windows-1252 (Latin-1 with printable 0x80-0x9F)
};
// "auto", "utf-8"/"utf8", "latin-1"/"latin1"/"iso-8859-1", "windows-1252"/"cp1252".
StatusOr<TextEncoding> ParseTextEncoding(const std::string& name);

enum class InvalidUtf8 {
  kSkip,     // left as they are: the coder refuses the document, naming the byte
  kReplace,  // each bad byte becomes U+FFFD, with a note
};

// How a plain-text file becomes documents (JSON Lines files are always one
// document per line).
enum class TextSplit {
  kWhole,       // the whole file is one document
  kLines,       // one document per non-blank line
  kParagraphs,  // one document per run of non-blank lines
};

struct ReaderOptions {
  InputFormat format = InputFormat::kAuto;
  TextEncoding encoding = TextEncoding::kAuto;
  InvalidUtf8 invalid_utf8 = InvalidUtf8::kSkip;
  TextSplit split = TextSplit::kWhole;
  // A document (a text file, a line or paragraph of one, or one JSON line)
  // larger than this is reported as an error and skipped without being held
  // in memory whole.
  size_t max_document_bytes = 32u << 20;
};

// One item from the reader: a document, or the reason one could not be read.
// When `status` is not OK, `document.id` and `document.origin` still name what
// failed ("news.jsonl:17", or the id if the JSON got that far) and
// `document.text` is empty.
struct ReadResult {
  Document document;
  Status status;
  // Something the reader decided that a person may want to know, "" when
  // nothing: "not valid UTF-8; read as windows-1252", "stdin starts with '{';
  // read as JSON Lines". Set on a document read successfully.
  std::string note;
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

  // Bytes read so far from the input files themselves (compressed bytes for
  // a compressed file), for progress against the files' sizes.
  virtual uint64_t bytes_read() const = 0;
};

}  // namespace parley

#endif  // PARLEY_READER_H_
