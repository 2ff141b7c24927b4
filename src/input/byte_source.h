// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// ByteSource: a pull stream of bytes from a file, stdin, or a gzip / zstd
// stream wrapped around either. Internal to the input stage.

#ifndef PARLEY_INPUT_BYTE_SOURCE_H_
#define PARLEY_INPUT_BYTE_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "parley/status.h"

namespace parley::input {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `cap` bytes into `dst`; sets *n to the count, 0 at the end of
  // the stream. A failed status (I/O error, corrupt or truncated compressed
  // data) is final: later calls repeat it. The message names the source.
  virtual Status Read(char* dst, size_t cap, size_t* n) = 0;
};

enum class Compression { kNone, kGzip, kZstd };

// Compression implied by a file name: ".gz" -> gzip, ".zst" -> zstd.
Compression CompressionFromName(const std::string& path);

// Opens `path` ("-" is stdin) and wraps it in a decompressor when the name
// says so or when the first bytes are a gzip (1f 8b) or zstd (28 b5 2f fd)
// magic number. `display` names the source in messages. When `raw_bytes` is
// not null, every byte read from the file itself (before decompression) is
// added to it, for progress reports; it must outlive the source.
StatusOr<std::unique_ptr<ByteSource>> OpenByteSource(const std::string& path,
                                                     const std::string& display,
                                                     uint64_t* raw_bytes = nullptr);

// Serves `prefix` (bytes already read from `inner`, e.g. to sniff a format)
// and then the rest of `inner`.
std::unique_ptr<ByteSource> PrefixedByteSource(std::string prefix, std::unique_ptr<ByteSource> inner);

// Wraps an in-memory buffer (not owned; must outlive the source). For tests
// and fuzzers. Detects compression by magic number only.
std::unique_ptr<ByteSource> MemoryByteSource(const char* data, size_t size,
                                             const std::string& display);

}  // namespace parley::input

#endif  // PARLEY_INPUT_BYTE_SOURCE_H_
