// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "dictionaries/line_reader.h"

#include <fstream>
#include <sstream>

namespace parley {

Status LineReader::Open(const std::string& path) {
  path_ = path;
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open dictionary file " + path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  content_ = buffer.str();
  pos_ = 0;
  line_number_ = 0;
  return Status::Ok();
}

bool LineReader::Next(std::string_view* line) {
  while (pos_ < content_.size()) {
    size_t end = content_.find('\n', pos_);
    if (end == std::string::npos) end = content_.size();
    std::string_view raw(content_.data() + pos_, end - pos_);
    pos_ = end + 1;
    ++line_number_;
    // A '#' starts a comment unless it is part of a word (none of our formats need that).
    const size_t hash = raw.find('#');
    if (hash != std::string_view::npos) raw = raw.substr(0, hash);
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t' || raw.back() == '\r')) raw.remove_suffix(1);
    size_t lead = 0;
    while (lead < raw.size() && (raw[lead] == ' ' || raw[lead] == '\t')) ++lead;
    if (lead == raw.size()) continue;
    indented_ = lead > 0;
    *line = raw;
    return true;
  }
  return false;
}

Status LineReader::Error(const std::string& message, std::string_view text) const {
  return Status::ParseError(path_ + ":" + std::to_string(line_number_) + ": " + message + ": '" +
                            std::string(Trim(text)) + "'");
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitBar(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t bar = s.find('|', start);
    if (bar == std::string_view::npos) bar = s.size();
    std::string_view item = Trim(s.substr(start, bar - start));
    if (!item.empty()) out.push_back(item);
    start = bar + 1;
  }
  return out;
}

std::vector<std::string_view> SplitSpace(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace parley
