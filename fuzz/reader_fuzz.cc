// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Feeds arbitrary bytes to DocumentReader as a file: the first byte picks
// the file name (text / JSON Lines, plain / .gz / .zst), a small size
// limit, the split mode and the encoding, the rest is the content. Compressed names with uncompressed bytes
// exercise the corrupt-data paths; gzip/zstd magic bytes in the input
// exercise the decoders.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "input/transcode.h"
#include "parley/reader.h"

namespace {

const std::string& TempDir() {
  static const std::string dir = [] {
    char tmpl[] = "/tmp/parley_reader_fuzz_XXXXXX";
    const char* d = mkdtemp(tmpl);
    if (d == nullptr) std::abort();
    // libFuzzer ends with _Exit, so this (empty) directory stays behind.
    return std::string(d);
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kNames[] = {"in.txt", "in.jsonl", "in.ndjson", "in.jsonl.gz",
                                       "in.jsonl.zst", "in.txt.gz", "in.txt.zst", "in"};
  const uint8_t sel = data[0];
  const std::string path = TempDir() + "/" + kNames[sel % 8];
  FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return 0;
  if (size > 1) std::fwrite(data + 1, 1, size - 1, f);
  std::fclose(f);

  parley::ReaderOptions opt;
  opt.max_document_bytes = (sel & 0x40) ? 64 : (1u << 20);
  if (sel & 0x80) opt.format = parley::InputFormat::kJsonLines;
  switch ((sel >> 3) & 3) {
    case 1: opt.split = parley::TextSplit::kLines; break;
    case 2: opt.split = parley::TextSplit::kParagraphs; break;
    case 3: opt.invalid_utf8 = parley::InvalidUtf8::kReplace; break;
    default: break;
  }
  if (sel & 0x20) opt.encoding = parley::TextEncoding::kWindows1252;
  auto reader = parley::DocumentReader::Open({path, TempDir() + "/missing.jsonl"}, opt);
  if (!reader.ok()) std::abort();
  parley::ReadResult r;
  size_t results = 0;
  while ((*reader)->Next(&r)) {
    ++results;
    // Contract checks: failed results carry no text and say where they were.
    if (!r.status.ok() && (!r.document.text.empty() || r.document.origin.empty())) std::abort();
    // The limit holds after decoding too.
    if (r.status.ok() && r.document.text.size() > opt.max_document_bytes) std::abort();
    // Decoded text is UTF-8: windows-1252 always, and auto with replace
    // unless it is binary (NUL bytes, left for the text stage).
    if (r.status.ok() && opt.encoding == parley::TextEncoding::kWindows1252 &&
        !parley::input::CheckUtf8(r.document.text).valid()) {
      std::abort();
    }
  }
  if (results == 0) std::abort();  // the missing file alone yields one result
  unlink(path.c_str());
  return 0;
}
