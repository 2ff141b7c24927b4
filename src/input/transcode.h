// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Character encodings of input text: UTF-8 checks, U+FFFD replacement, and
// single-byte charsets (ISO-8859-1, windows-1252) to UTF-8 through ICU
// converters. Internal to the input stage; the policy (ReaderOptions
// encoding / invalid_utf8) is applied by the reader.

#ifndef PARLEY_INPUT_TRANSCODE_H_
#define PARLEY_INPUT_TRANSCODE_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "parley/status.h"

struct UConverter;  // ICU

namespace parley::input {

struct Utf8Check {
  size_t invalid_bytes = 0;     // bytes that start no valid UTF-8 sequence
  size_t multibyte_chars = 0;   // valid sequences of 2-4 bytes
  bool has_nul = false;
  bool valid() const { return invalid_bytes == 0; }
};
Utf8Check CheckUtf8(std::string_view s);

// Appends `in` to `out` with every byte that starts no valid UTF-8 sequence
// replaced by U+FFFD. Returns the number of bytes replaced.
size_t AppendReplacingInvalidUtf8(std::string_view in, std::string* out);

// One ICU converter from a named charset to UTF-8. Not thread-safe (one per
// reader); the converter is reset for every call.
class SingleByteDecoder {
 public:
  ~SingleByteDecoder();
  // `charset` is an ICU name ("ISO-8859-1", "windows-1252").
  static StatusOr<std::unique_ptr<SingleByteDecoder>> Open(const char* charset);
  // Replaces *out with `in` converted to UTF-8.
  Status Decode(std::string_view in, std::string* out);

 private:
  SingleByteDecoder() = default;
  ::UConverter* from_ = nullptr;
  ::UConverter* to_ = nullptr;
  std::string charset_;
};

}  // namespace parley::input

#endif  // PARLEY_INPUT_TRANSCODE_H_
