// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "store/util.h"

#include <algorithm>
#include <ctime>

namespace parley::store {

std::string UtcNow() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string SourceName(std::string_view url, std::string_view doc_id) {
  size_t start = url.find("://");
  if (url.empty() || start == std::string_view::npos) return "doc:" + std::string(doc_id);
  start += 3;
  size_t end = url.find_first_of("/?#", start);
  std::string_view host = url.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (size_t at = host.rfind('@'); at != std::string_view::npos) host = host.substr(at + 1);
  if (size_t colon = host.find(':'); colon != std::string_view::npos) host = host.substr(0, colon);
  std::string out(host);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (out.rfind("www.", 0) == 0) out.erase(0, 4);
  if (out.empty()) return "doc:" + std::string(doc_id);
  return out;
}

namespace {

// Moves `pos` back to the start of a UTF-8 sequence.
int64_t CharBoundary(std::string_view text, int64_t pos) {
  while (pos > 0 && pos < static_cast<int64_t>(text.size()) &&
         (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) {
    --pos;
  }
  return pos;
}

}  // namespace

std::vector<TextSegment> Segment(std::string_view text, int64_t from, int64_t to, std::vector<RoleSpan> spans) {
  std::vector<TextSegment> out;
  const int64_t size = static_cast<int64_t>(text.size());
  from = std::clamp<int64_t>(from, 0, size);
  to = std::clamp<int64_t>(to, from, size);
  std::stable_sort(spans.begin(), spans.end(), [](const RoleSpan& a, const RoleSpan& b) { return a.begin < b.begin; });
  int64_t pos = from;
  auto emit = [&](int64_t b, int64_t e, const std::string& role, int64_t event) {
    if (e <= b) return;
    out.push_back({std::string(text.substr(b, e - b)), role, event});
  };
  for (const RoleSpan& s : spans) {
    if (s.begin < 0 || s.end <= s.begin) continue;
    int64_t b = CharBoundary(text, std::clamp<int64_t>(s.begin, from, to));
    int64_t e = CharBoundary(text, std::clamp<int64_t>(s.end, from, to));
    if (b < pos) b = pos;
    if (e <= b) continue;
    emit(pos, b, "", 0);
    emit(b, e, s.role, s.event);
    pos = e;
  }
  emit(pos, to, "", 0);
  return out;
}

std::string PrefixEnd(std::string_view code) {
  std::string end(code);
  if (!end.empty()) end.back() = static_cast<char>(end.back() + 1);
  return end;
}

}  // namespace parley::store
