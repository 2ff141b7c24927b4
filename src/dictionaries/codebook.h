// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The CAMEO code book as data: dictionaries/cameo/codebook.tsv.

#ifndef PARLEY_DICTIONARIES_CODEBOOK_H_
#define PARLEY_DICTIONARIES_CODEBOOK_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parley/status.h"

namespace parley {

struct CameoCode {
  std::string code;      // "041", "1056"
  std::string root;      // "04", "10": the first two digits
  std::string name;      // "Discuss by telephone"
  double goldstein = 0;  // -10 .. +10
  int quad_class = 0;    // GDELT's 1..4: verbal coop, material coop, verbal conflict, material conflict
  std::string plover;    // PLOVER event type, e.g. "CONSULT"; "" where PLOVER has none
};

class Codebook {
 public:
  // Reads the TSV (format in docs/codebook.md). Any malformed line is a
  // ParseError naming the file and line. Thread-safe after loading.
  static StatusOr<Codebook> Load(const std::string& path);

  // nullptr when the code is not in the book.
  const CameoCode* Find(std::string_view code) const;
  const std::vector<CameoCode>& codes() const { return codes_; }

 private:
  std::vector<CameoCode> codes_;
  std::unordered_map<std::string, size_t> index_;
};

}  // namespace parley

#endif  // PARLEY_DICTIONARIES_CODEBOOK_H_
