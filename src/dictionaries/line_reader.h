// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Small shared helpers for reading Parley's line-oriented dictionary files:
// '#' starts a comment, blank lines are skipped, errors name file and line.

#ifndef PARLEY_DICTIONARIES_LINE_READER_H_
#define PARLEY_DICTIONARIES_LINE_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "parley/status.h"

namespace parley {

class LineReader {
 public:
  // Reads the whole file; NotFound if it cannot be opened.
  Status Open(const std::string& path);

  // Next non-blank, non-comment line with its comment and trailing space
  // removed. Leading white space is kept (some formats use indentation);
  // `indented()` tells whether it had any.
  bool Next(std::string_view* line);
  bool indented() const { return indented_; }
  int line_number() const { return line_number_; }
  const std::string& path() const { return path_; }

  // ParseError "path:line: message: 'text'".
  Status Error(const std::string& message, std::string_view text) const;

 private:
  std::string path_;
  std::string content_;
  size_t pos_ = 0;
  int line_number_ = 0;
  bool indented_ = false;
};

std::string_view Trim(std::string_view s);
// Splits on '|' and trims; empty items are dropped.
std::vector<std::string_view> SplitBar(std::string_view s);
// Splits on runs of spaces/tabs.
std::vector<std::string_view> SplitSpace(std::string_view s);
// ASCII-only lower-casing; callers fold non-ASCII letters with AppendFoldedKey
// after the text stage's full lower-casing where it matters.
std::string LowerAscii(std::string_view s);

}  // namespace parley

#endif  // PARLEY_DICTIONARIES_LINE_READER_H_
