// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "dictionaries/word_key.h"

#include <cstdint>

namespace parley {
namespace {

// Base letters for U+00C0..U+00FF (lower half used after lower-casing; the
// upper half maps the same so keys are robust to stray capitals).
constexpr const char* kLatin1[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "y"};

// Latin Extended-A (U+0100..U+017F): pairs of upper/lower letters.
constexpr const char kExtA[] =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
    "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

}  // namespace

void AppendFoldedKey(std::string_view w, std::string* out) {
  size_t i = 0;
  const size_t n = w.size();
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(w[i]);
    if (c < 0x80) {
      out->push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    if ((c & 0xE0) == 0xC0 && i + 1 < n) {
      const uint32_t cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(w[i + 1]) & 0x3Fu);
      if (cp >= 0xC0 && cp <= 0xFF && kLatin1[cp - 0xC0] != nullptr) {
        out->append(kLatin1[cp - 0xC0]);
        i += 2;
        continue;
      }
      if (cp >= 0x100 && cp < 0x100 + sizeof(kExtA) - 1) {
        if (cp == 0x152 || cp == 0x153) {
          out->append("oe");
        } else {
          out->push_back(kExtA[cp - 0x100]);
        }
        i += 2;
        continue;
      }
      // Combining acute/grave/etc. (U+0300..U+036F) vanish.
      if (cp >= 0x300 && cp <= 0x36F) {
        i += 2;
        continue;
      }
      out->append(w.substr(i, 2));
      i += 2;
      continue;
    }
    // Longer sequences (and stray bytes) are copied through.
    size_t len = (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    if (i + len > n) len = n - i;
    out->append(w.substr(i, len));
    i += len;
  }
}

}  // namespace parley
