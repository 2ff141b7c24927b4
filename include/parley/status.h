// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Status and StatusOr: how every library function reports failure.
// The library never prints, exits or throws across its interface. A failed
// Status carries a code and a message that names the document, file and line
// (where known) and the offending text, so the CLI can print it verbatim.

#ifndef PARLEY_STATUS_H_
#define PARLEY_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace parley {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,   // bad option or bad call
    kNotFound,          // a file or resource does not exist
    kDataLoss,          // input is corrupt: invalid UTF-8, binary, bad gzip
    kParseError,        // malformed JSON, dictionary line, or table
    kUnsupported,       // e.g. a language Parley does not code
    kResourceExhausted, // a budget ran out (sentence length, line size)
    kIoError,
  };

  Status() = default;  // OK
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {Code::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {Code::kNotFound, std::move(m)}; }
  static Status DataLoss(std::string m) { return {Code::kDataLoss, std::move(m)}; }
  static Status ParseError(std::string m) { return {Code::kParseError, std::move(m)}; }
  static Status Unsupported(std::string m) { return {Code::kUnsupported, std::move(m)}; }
  static Status ResourceExhausted(std::string m) { return {Code::kResourceExhausted, std::move(m)}; }
  static Status IoError(std::string m) { return {Code::kIoError, std::move(m)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // "parse error: dictionaries/fr/events.txt:12: unknown code 9999"
  std::string ToString() const;

 private:
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status explaining why there is none. Accessing value() of a
// failed StatusOr is a programming error (asserted in debug builds).
template <typename T>
class StatusOr {
 public:
  StatusOr(T value) : value_(std::move(value)) {}            // NOLINT: implicit by design
  StatusOr(Status status) : status_(std::move(status)) {     // NOLINT
    assert(!status_.ok() && "StatusOr built from an OK status has no value");
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { assert(ok()); return *value_; }
  const T& value() const& { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace parley

#define PARLEY_RETURN_IF_ERROR(expr)        \
  do {                                      \
    ::parley::Status parley_status_ = (expr); \
    if (!parley_status_.ok()) return parley_status_; \
  } while (0)

#endif  // PARLEY_STATUS_H_
