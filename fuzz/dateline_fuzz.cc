// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// FindDatelineDate on arbitrary bytes: no crash, and any date it returns is
// a real calendar day with a header range inside the first 600 bytes.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "input/dateline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const int year = data[0] & 1 ? 2021 : 0;
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto m = parley::FindDatelineDate(text, year);
  if (!m) return 0;
  if (!parley::Date::IsValidDay(m->date.year, m->date.month, m->date.day)) std::abort();
  if (m->header_begin > m->header_end || m->header_end > text.size() || m->header_end > 600) std::abort();
  return 0;
}
