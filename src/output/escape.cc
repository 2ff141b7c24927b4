// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "output/escape.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace parley {
namespace output {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// What an ASCII byte needs in each format; built at compile time so the hot
// loops do one table load per byte.
enum : uint8_t { kPlain = 0, kSpecial = 1 };

constexpr std::array<uint8_t, 128> MakeJsonTable() {
  std::array<uint8_t, 128> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = kSpecial;
  t['"'] = kSpecial;
  t['\\'] = kSpecial;
  return t;
}
constexpr std::array<uint8_t, 128> MakeTsvTable() {
  std::array<uint8_t, 128> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = kSpecial;
  return t;
}
constexpr std::array<uint8_t, 128> MakeCsvQuoteTable() {
  std::array<uint8_t, 128> t{};
  t[','] = kSpecial;
  t['"'] = kSpecial;
  t['\r'] = kSpecial;
  t['\n'] = kSpecial;
  return t;
}
constexpr std::array<uint8_t, 128> MakeCsvInQuotesTable() {
  std::array<uint8_t, 128> t{};
  t['"'] = kSpecial;
  return t;
}
constexpr std::array<uint8_t, 128> kJson = MakeJsonTable();
constexpr std::array<uint8_t, 128> kTsv = MakeTsvTable();
constexpr std::array<uint8_t, 128> kCsvQuote = MakeCsvQuoteTable();
constexpr std::array<uint8_t, 128> kCsvInQuotes = MakeCsvInQuotesTable();
constexpr std::array<uint8_t, 128> kNothing{};

void AppendJsonEscape(std::string* out, unsigned char c) {
  switch (c) {
    case '"': out->append("\\\""); return;
    case '\\': out->append("\\\\"); return;
    case '\b': out->append("\\b"); return;
    case '\f': out->append("\\f"); return;
    case '\n': out->append("\\n"); return;
    case '\r': out->append("\\r"); return;
    case '\t': out->append("\\t"); return;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      char buf[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      out->append(buf, 6);
    }
  }
}

// The shared loop: copies runs of bytes that need nothing in one append,
// calls `special` for ASCII bytes the table marks, and replaces invalid UTF-8.
template <typename Special>
void AppendEncoded(std::string* out, std::string_view s, const std::array<uint8_t, 128>& table,
                   Special special) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  const auto* run = p;
  while (p < end) {
    const unsigned char c = *p;
    if (c < 0x80) {
      if (table[c] == kPlain) {
        ++p;
        continue;
      }
      out->append(reinterpret_cast<const char*>(run), p - run);
      special(out, c);
      run = ++p;
      continue;
    }
    const int len = Utf8SequenceLength(p, end);
    if (len > 0) {
      p += len;
      continue;
    }
    out->append(reinterpret_cast<const char*>(run), p - run);
    out->append(kReplacement);
    run = ++p;
  }
  out->append(reinterpret_cast<const char*>(run), p - run);
}

}  // namespace

int Utf8SequenceLength(const unsigned char* p, const unsigned char* end) {
  const unsigned char c = p[0];
  const std::ptrdiff_t avail = end - p;
  auto cont = [](unsigned char b) { return (b & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) {
    return (avail >= 2 && cont(p[1])) ? 2 : 0;
  }
  if (c >= 0xE0 && c <= 0xEF) {
    if (avail < 3 || !cont(p[1]) || !cont(p[2])) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0;   // overlong
    if (c == 0xED && p[1] >= 0xA0) return 0;  // UTF-16 surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (avail < 4 || !cont(p[1]) || !cont(p[2]) || !cont(p[3])) return 0;
    if (c == 0xF0 && p[1] < 0x90) return 0;   // overlong
    if (c == 0xF4 && p[1] >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;  // continuation byte, 0xC0, 0xC1 or 0xF5..0xFF
}

void AppendJsonString(std::string* out, std::string_view s) {
  out->push_back('"');
  AppendEncoded(out, s, kJson, AppendJsonEscape);
  out->push_back('"');
}

void AppendTsvField(std::string* out, std::string_view s) {
  AppendEncoded(out, s, kTsv, [](std::string* o, unsigned char) { o->push_back(' '); });
}

void AppendCsvField(std::string* out, std::string_view s) {
  bool needs_quotes = false;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && kCsvQuote[u] != kPlain) {
      needs_quotes = true;
      break;
    }
  }
  if (!needs_quotes) {
    AppendEncoded(out, s, kNothing, [](std::string*, unsigned char) {});
    return;
  }
  out->push_back('"');
  AppendEncoded(out, s, kCsvInQuotes, [](std::string* o, unsigned char) { o->append("\"\""); });
  out->push_back('"');
}

}  // namespace output
}  // namespace parley
