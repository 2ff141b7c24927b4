// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The JSON Lines record parser on arbitrary bytes. It must never crash,
// must fill `text` only on success, and must accept a record it produced
// from a successful parse once re-serialised by hand.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "input/json_line.h"

namespace {

std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c < 0x20) {
      static const char kHex[] = "0123456789abcdef";
      out += "\\u00";
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out + "\"";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  parley::Document doc;
  const parley::Status s = parley::input::ParseJsonLine(line, &doc);
  if (!s.ok()) {
    if (!doc.text.empty() || s.message().empty()) std::abort();
    return 0;
  }
  // Round trip: what we read, written back, reads the same.
  const std::string again = "{\"id\":" + Quote(doc.id) + ",\"text\":" + Quote(doc.text) + ",\"title\":" +
                            Quote(doc.title) + "}";
  parley::Document doc2;
  if (!parley::input::ParseJsonLine(again, &doc2).ok()) std::abort();
  if (doc2.id != doc.id || doc2.text != doc.text || doc2.title != doc.title) std::abort();
  return 0;
}
