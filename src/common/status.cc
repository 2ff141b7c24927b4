// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "parley/status.h"

namespace parley {

std::string Status::ToString() const {
  const char* name = "ok";
  switch (code_) {
    case Code::kOk: return "ok";
    case Code::kInvalidArgument: name = "invalid argument"; break;
    case Code::kNotFound: name = "not found"; break;
    case Code::kDataLoss: name = "bad data"; break;
    case Code::kParseError: name = "parse error"; break;
    case Code::kUnsupported: name = "unsupported"; break;
    case Code::kResourceExhausted: name = "too large"; break;
    case Code::kIoError: name = "i/o error"; break;
  }
  return std::string(name) + ": " + message_;
}

}  // namespace parley
