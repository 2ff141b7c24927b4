// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "input/transcode.h"

#include <unicode/ucnv.h>

#include <vector>

namespace parley::input {
namespace {

// Length (2..4) of the valid multi-byte sequence at p, or 0 (RFC 3629:
// no overlong forms, no surrogates, nothing above U+10FFFF).
int SequenceLength(const unsigned char* p, const unsigned char* end) {
  const unsigned char c = p[0];
  const std::ptrdiff_t avail = end - p;
  auto cont = [](unsigned char b) { return (b & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return (avail >= 2 && cont(p[1])) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (avail < 3 || !cont(p[1]) || !cont(p[2])) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0;
    if (c == 0xED && p[1] >= 0xA0) return 0;
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (avail < 4 || !cont(p[1]) || !cont(p[2]) || !cont(p[3])) return 0;
    if (c == 0xF0 && p[1] < 0x90) return 0;
    if (c == 0xF4 && p[1] >= 0x90) return 0;
    return 4;
  }
  return 0;
}

}  // namespace

Utf8Check CheckUtf8(std::string_view s) {
  Utf8Check r;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    if (*p < 0x80) {
      r.has_nul |= *p == 0;
      ++p;
      continue;
    }
    const int len = SequenceLength(p, end);
    if (len == 0) {
      ++r.invalid_bytes;
      ++p;
    } else {
      ++r.multibyte_chars;
      p += len;
    }
  }
  return r;
}

size_t AppendReplacingInvalidUtf8(std::string_view in, std::string* out) {
  size_t replaced = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const auto* end = p + in.size();
  const auto* run = p;
  while (p < end) {
    if (*p < 0x80) {
      ++p;
      continue;
    }
    const int len = SequenceLength(p, end);
    if (len > 0) {
      p += len;
      continue;
    }
    out->append(reinterpret_cast<const char*>(run), p - run);
    out->append("\xEF\xBF\xBD");
    ++replaced;
    run = ++p;
  }
  out->append(reinterpret_cast<const char*>(run), p - run);
  return replaced;
}

SingleByteDecoder::~SingleByteDecoder() {
  if (from_ != nullptr) ucnv_close(from_);
  if (to_ != nullptr) ucnv_close(to_);
}

StatusOr<std::unique_ptr<SingleByteDecoder>> SingleByteDecoder::Open(const char* charset) {
  std::unique_ptr<SingleByteDecoder> d(new SingleByteDecoder());
  d->charset_ = charset;
  UErrorCode err = U_ZERO_ERROR;
  d->from_ = ucnv_open(charset, &err);
  if (U_FAILURE(err)) {
    return Status::InvalidArgument(std::string("cannot open the ICU converter for ") + charset + ": " +
                                   u_errorName(err));
  }
  d->to_ = ucnv_open("UTF-8", &err);
  if (U_FAILURE(err)) return Status::InvalidArgument(std::string("cannot open the ICU UTF-8 converter: ") + u_errorName(err));
  return d;
}

Status SingleByteDecoder::Decode(std::string_view in, std::string* out) {
  out->clear();
  // A single-byte charset gives at most 3 UTF-8 bytes per byte; converting
  // in pieces keeps the output growing geometrically instead of reserving 3x.
  std::vector<UChar> pivot(16 * 1024);
  UChar* pivot_source = pivot.data();
  UChar* pivot_target = pivot.data();
  const char* source = in.data();
  const char* source_limit = in.data() + in.size();
  bool reset = true;
  char chunk[64 * 1024];
  for (;;) {
    UErrorCode err = U_ZERO_ERROR;
    char* target = chunk;
    ucnv_convertEx(to_, from_, &target, chunk + sizeof chunk, &source, source_limit, pivot.data(),
                   &pivot_source, &pivot_target, pivot.data() + pivot.size(), reset, /*flush=*/true, &err);
    reset = false;
    out->append(chunk, target - chunk);
    if (err == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(err)) {
      return Status::DataLoss("cannot convert from " + charset_ + ": " + u_errorName(err));
    }
    return Status::Ok();
  }
}

}  // namespace parley::input
