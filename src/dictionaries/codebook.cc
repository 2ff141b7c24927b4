// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Loader for dictionaries/cameo/codebook.tsv (format in docs/codebook.md).
// The book is small (~300 lines) and read once, so clarity of the error
// messages matters more here than speed.

#include "dictionaries/codebook.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace parley {
namespace {

constexpr size_t kColumns = 7;  // code root quad_class goldstein plover plover_mode name

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool IsBlankOrComment(std::string_view line) {
  std::string_view t = Trim(line);
  return t.empty() || t.front() == '#';
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// PLOVER types are upper-case words ("CONSULT"); modes lower-case words that
// may contain '-' or '_' ("third-party"). "-" stands for "none" in both.
bool IsPloverType(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!((c >= 'A' && c <= 'Z') || c == '_')) return false;
  }
  return true;
}

bool IsPloverMode(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
  }
  return true;
}

// GDELT's quad classes by root, as its CAMEO.eventcodes lookup groups them:
// 01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal
// conflict, 15-20 material conflict.
int QuadClassOfRoot(int root) {
  if (root <= 5) return 1;
  if (root <= 9) return 2;
  if (root <= 14) return 3;
  return 4;
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      fields.push_back(line.substr(start));
      return fields;
    }
    fields.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

std::string Quote(std::string_view s) {
  std::string q = "\"";
  q.append(s);
  q.push_back('"');
  return q;
}

}  // namespace

StatusOr<Codebook> Codebook::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open the CAMEO code book");

  Codebook book;
  std::vector<int> line_of_code;  // parallel to codes_, for later messages
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    // Tolerate files saved with CRLF line ends by a spreadsheet or editor.
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (IsBlankOrComment(line)) continue;
    const std::string where = path + ":" + std::to_string(line_number) + ": ";

    std::vector<std::string_view> fields = SplitTabs(line);
    if (fields.size() != kColumns) {
      return Status::ParseError(
          where + "expected 7 tab-separated columns (code, root, quad_class, goldstein, plover, "
                  "plover_mode, name), found " +
          std::to_string(fields.size()) + ": " + Quote(line));
    }
    for (auto& f : fields) f = Trim(f);
    const std::string_view code = fields[0], root = fields[1], quad = fields[2],
                           goldstein = fields[3], plover = fields[4], mode = fields[5],
                           name = fields[6];

    if (!AllDigits(code) || code.size() < 2 || code.size() > 4) {
      return Status::ParseError(where + "code " + Quote(code) + " is not 2 to 4 digits");
    }
    if (root != code.substr(0, 2)) {
      return Status::ParseError(where + "root " + Quote(root) +
                                " does not match the first two digits of code " + Quote(code));
    }
    const int root_value = (code[0] - '0') * 10 + (code[1] - '0');
    if (root_value < 1 || root_value > 20) {
      return Status::ParseError(where + "code " + Quote(code) + " has root " + Quote(root) +
                                ", which is not a CAMEO root (01..20)");
    }

    int quad_class = 0;
    auto [quad_end, quad_err] = std::from_chars(quad.data(), quad.data() + quad.size(), quad_class);
    if (quad.empty() || quad_err != std::errc() || quad_end != quad.data() + quad.size() ||
        quad_class < 1 || quad_class > 4) {
      return Status::ParseError(where + "quad_class " + Quote(quad) + " is not 1, 2, 3 or 4");
    }
    const int expected_quad = QuadClassOfRoot(root_value);
    if (quad_class != expected_quad) {
      return Status::ParseError(where + "quad_class " + Quote(quad) + " does not match root " +
                                Quote(root) + " (expected " + std::to_string(expected_quad) + ")");
    }

    double score = 0;
    auto [score_end, score_err] =
        std::from_chars(goldstein.data(), goldstein.data() + goldstein.size(), score);
    if (goldstein.empty() || score_err != std::errc() ||
        score_end != goldstein.data() + goldstein.size() || !std::isfinite(score)) {
      return Status::ParseError(where + "goldstein " + Quote(goldstein) + " is not a number");
    }
    if (score < -10.0 || score > 10.0) {
      return Status::ParseError(where + "goldstein " + Quote(goldstein) +
                                " is outside the scale -10..10");
    }

    if (plover != "-" && !IsPloverType(plover)) {
      return Status::ParseError(where + "plover " + Quote(plover) +
                                " is not an upper-case PLOVER type or -");
    }
    if (mode != "-" && !IsPloverMode(mode)) {
      return Status::ParseError(where + "plover_mode " + Quote(mode) +
                                " is not a lower-case PLOVER mode or -");
    }
    if (name.empty()) {
      return Status::ParseError(where + "code " + Quote(code) + " has an empty name");
    }

    std::string key(code);
    auto [it, inserted] = book.index_.emplace(key, book.codes_.size());
    if (!inserted) {
      return Status::ParseError(where + "duplicate code " + Quote(code) + " (first defined at line " +
                                std::to_string(line_of_code[it->second]) + ")");
    }
    CameoCode entry;
    entry.code = std::move(key);
    entry.root = std::string(root);
    entry.name = std::string(name);
    entry.goldstein = score;
    entry.quad_class = quad_class;
    if (plover != "-") entry.plover = std::string(plover);
    book.codes_.push_back(std::move(entry));
    line_of_code.push_back(line_number);
  }
  if (in.bad()) return Status::IoError(path + ": read error");
  if (book.codes_.empty()) return Status::ParseError(path + ": the code book has no codes");

  // Every code below a root needs its parent ("1056" -> "105" -> "10"), so a
  // typo in a code cannot silently create an orphan branch. Checked after
  // reading so that the order of lines in the file does not matter.
  for (size_t i = 0; i < book.codes_.size(); ++i) {
    const std::string& code = book.codes_[i].code;
    if (code.size() == 2) continue;
    std::string parent = code.substr(0, code.size() - 1);
    if (book.index_.find(parent) == book.index_.end()) {
      return Status::ParseError(path + ":" + std::to_string(line_of_code[i]) + ": code " +
                                Quote(code) + " has no parent " + Quote(parent) + " in the book");
    }
  }
  return book;
}

const CameoCode* Codebook::Find(std::string_view code) const {
  // Codes are at most 4 bytes, so the temporary key stays in the small-string
  // buffer and the lookup does not allocate.
  auto it = index_.find(std::string(code));
  return it == index_.end() ? nullptr : &codes_[it->second];
}

}  // namespace parley
