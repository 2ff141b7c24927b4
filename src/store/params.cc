// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "store/params.h"

#include <set>

#include "store/query.h"

namespace parley::store {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

StatusOr<std::string> Decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '+') {
      out.push_back(' ');
    } else if (c == '%') {
      if (i + 2 >= s.size()) return Status::InvalidArgument("bad %-escape in the query");
      const int hi = HexValue(s[i + 1]), lo = HexValue(s[i + 2]);
      if (hi < 0 || lo < 0) return Status::InvalidArgument("bad %-escape in the query");
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0) return false;
    if (c < 0x80) {
      ++i;
      continue;
    }
    int n = 0;
    uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
      n = 1;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      n = 2;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      n = 3;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + n >= s.size()) return false;
    for (int k = 1; k <= n; ++k) {
      const unsigned char d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += n + 1;
  }
  return true;
}

StatusOr<int64_t> ParseInt(const std::string& key, const std::string& v, int64_t min, int64_t max) {
  if (v.empty() || v.size() > 18) return Status::InvalidArgument(key + " must be a whole number");
  int64_t n = 0;
  for (char c : v) {
    if (c < '0' || c > '9') return Status::InvalidArgument(key + " must be a whole number");
    n = n * 10 + (c - '0');
  }
  if (n < min || n > max) {
    return Status::InvalidArgument(key + " must be between " + std::to_string(min) + " and " + std::to_string(max));
  }
  return n;
}

std::string Upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

StatusOr<Date> ParseDate(const std::string& key, const std::string& v) {
  auto d = Date::ParseIso(v);
  if (!d) return Status::InvalidArgument(key + " must be a date YYYY-MM-DD");
  return *d;
}

}  // namespace

StatusOr<Params> ParseQueryString(std::string_view query) {
  if (query.size() > kMaxQueryBytes) {
    return Status::InvalidArgument("the query is longer than " + std::to_string(kMaxQueryBytes) + " bytes");
  }
  Params out;
  size_t pos = 0;
  while (pos <= query.size()) {
    size_t amp = query.find('&', pos);
    if (amp == std::string_view::npos) amp = query.size();
    std::string_view part = query.substr(pos, amp - pos);
    pos = amp + 1;
    if (part.empty()) {
      if (amp == query.size()) break;
      continue;
    }
    const size_t eq = part.find('=');
    auto key = Decode(part.substr(0, eq));
    if (!key.ok()) return key.status();
    auto value = Decode(eq == std::string_view::npos ? std::string_view() : part.substr(eq + 1));
    if (!value.ok()) return value.status();
    if (!ValidUtf8(*key) || !ValidUtf8(*value)) return Status::InvalidArgument("the query is not valid UTF-8");
    if (out.size() >= kMaxParams) return Status::InvalidArgument("too many parameters");
    out.emplace_back(std::move(key).value(), std::move(value).value());
  }
  return out;
}

Status ParseApiRequest(const Params& params, unsigned accepted, ApiRequest* out) {
  *out = ApiRequest();
  if (params.size() > kMaxParams) return Status::InvalidArgument("too many parameters");
  std::set<std::string> seen;
  EventFilter& f = out->filter;
  for (const auto& [key, value] : params) {
    if (!seen.insert(key).second) return Status::InvalidArgument("parameter '" + key.substr(0, 40) + "' is repeated");
    if (value.size() > kMaxValueBytes) {
      return Status::InvalidArgument(key.substr(0, 40) + " is longer than " + std::to_string(kMaxValueBytes) + " bytes");
    }
    if (value.empty()) continue;  // an empty field filters nothing, as in a form
    if (key == "actor") {
      f.actor = Upper(value);
    } else if (key == "source") {
      f.source = Upper(value);
    } else if (key == "target") {
      f.target = Upper(value);
    } else if (key == "dyad") {
      const size_t comma = value.find(',');
      if (comma == std::string::npos || value.find(',', comma + 1) != std::string::npos) {
        return Status::InvalidArgument("dyad must be two actor codes: A,B");
      }
      f.dyad_a = Upper(value.substr(0, comma));
      f.dyad_b = Upper(value.substr(comma + 1));
      if (f.dyad_a.empty() || f.dyad_b.empty()) return Status::InvalidArgument("dyad must be two actor codes: A,B");
    } else if (key == "code") {
      f.code = value;
    } else if (key == "root") {
      f.root = value;
    } else if (key == "quad") {
      auto q = ParseInt(key, value, 1, 4);
      if (!q.ok()) return q.status();
      f.quad_class = static_cast<int>(*q);
    } else if (key == "plover") {
      f.plover = Upper(value);
    } else if (key == "mode") {
      f.mode = value;
    } else if (key == "from") {
      auto d = ParseDate(key, value);
      if (!d.ok()) return d.status();
      f.from = *d;
    } else if (key == "to") {
      auto d = ParseDate(key, value);
      if (!d.ok()) return d.status();
      f.to = *d;
    } else if (key == "lang") {
      f.lang = value;
    } else if (key == "location") {
      f.location = value;
    } else if (key == "q") {
      f.text = value;
    } else if ((accepted & kPagingKeys) && key == "offset") {
      auto n = ParseInt(key, value, 0, kMaxOffset);
      if (!n.ok()) return n.status();
      out->offset = *n;
    } else if ((accepted & kPagingKeys) && key == "limit") {
      auto n = ParseInt(key, value, 1, kMaxLimit);
      if (!n.ok()) return n.status();
      out->limit = *n;
    } else if ((accepted & kStatsKeys) && key == "by") {
      auto g = ParseGranularity(value);
      if (!g.ok()) return Status::InvalidArgument("by must be day, week, month or year");
      out->by = *g;
    } else if ((accepted & kIdKey) && key == "id") {
      auto n = ParseInt(key, value, 1, INT64_C(999999999999999999));
      if (!n.ok()) return n.status();
      out->id = *n;
    } else if ((accepted & kDocKey) && key == "doc") {
      out->doc = value;
    } else if ((accepted & kFormatKey) && key == "format") {
      if (value != "gdelt" && value != "plover" && value != "csv") {
        return Status::InvalidArgument("format must be gdelt, plover or csv");
      }
      out->format = value;
    } else {
      return Status::InvalidArgument("unknown parameter '" + key.substr(0, 40) + "'");
    }
  }
  if (f.from && f.to && *f.to < *f.from) return Status::InvalidArgument("to is before from");
  // The filter's own checks (codes, PLOVER types, the full-text query).
  auto where = BuildWhere(f);
  if (!where.ok()) return where.status();
  return Status::Ok();
}

}  // namespace parley::store
