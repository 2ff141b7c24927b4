// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Field encoders shared by the event writers. Each appends one field to a
// caller-owned buffer, so a writer can build a whole batch of rows in one
// std::string and hand it to the stream in large chunks.
//
// All of them keep valid UTF-8 byte for byte and replace each byte that is not
// part of a valid UTF-8 sequence (stray continuation bytes, overlong forms,
// surrogates, code points above U+10FFFF) by U+FFFD, so the output is always
// valid UTF-8 even if an earlier stage let a bad byte through.

#ifndef PARLEY_OUTPUT_ESCAPE_H_
#define PARLEY_OUTPUT_ESCAPE_H_

#include <string>
#include <string_view>

namespace parley {
namespace output {

// Length (2..4) of the valid multi-byte UTF-8 sequence starting at p, or 0 if
// the bytes at p do not start one. Requires p < end and *p >= 0x80.
int Utf8SequenceLength(const unsigned char* p, const unsigned char* end);

// `s` as a JSON string with its quotes (RFC 8259): '"' and '\' are escaped,
// control characters become \b \f \n \r \t or \u00XX; everything else,
// including non-ASCII, is copied as is.
void AppendJsonString(std::string* out, std::string_view s);

// `s` as a TSV field: TAB, LF, CR and the other C0 control characters become
// a space, since TSV has no quoting. Nothing else changes.
void AppendTsvField(std::string* out, std::string_view s);

// `s` as a CSV field (RFC 4180): quoted, with '"' doubled, when it contains
// ',', '"', CR or LF; copied as is otherwise.
void AppendCsvField(std::string* out, std::string_view s);

}  // namespace output
}  // namespace parley

#endif  // PARLEY_OUTPUT_ESCAPE_H_
