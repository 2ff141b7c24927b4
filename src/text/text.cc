// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "text/text.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <new>
#include <string>

#include "text/lexicon.h"
#include "text/tokenizer.h"

namespace parley::text {
namespace {

// A text is binary when more than 1 byte in kControlShareDivisor is a C0
// control other than \t \n \r \f (a NUL alone is enough).
constexpr size_t kControlShareDivisor = 20;

inline bool IsCountedControl(unsigned char c) {
  return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
}

std::string Hex(const unsigned char* p, size_t n) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string s;
  for (size_t k = 0; k < n; ++k) {
    if (k > 0) s.push_back(' ');
    s += "0x";
    s.push_back(kDigits[p[k] >> 4]);
    s.push_back(kDigits[p[k] & 0xF]);
  }
  return s;
}

// Length of the valid UTF-8 sequence at p[0] (which is >= 0x80), or 0.
// Rejects overlong forms, surrogates and code points above U+10FFFF.
size_t ValidSequenceLength(const unsigned char* p, size_t avail) {
  const unsigned char c = p[0];
  auto cont = [&](size_t k, unsigned char lo, unsigned char hi) {
    return k < avail && p[k] >= lo && p[k] <= hi;
  };
  if (c >= 0xC2 && c <= 0xDF) return cont(1, 0x80, 0xBF) ? 2 : 0;
  if (c == 0xE0) return cont(1, 0xA0, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
    return cont(1, 0x80, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
  }
  if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if (c == 0xF0) return cont(1, 0x90, 0xBF) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) {
    return cont(1, 0x80, 0xBF) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  }
  if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  return 0;
}

}  // namespace

Status ValidateText(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t controls = 0;
  size_t first_control = 0;
  size_t i = 0;
  while (i < n) {
    // Eight bytes at a time while they are printable ASCII (no high bit,
    // nothing below 0x20): the common case for news text.
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      constexpr uint64_t kOnes = 0x0101010101010101ULL;
      constexpr uint64_t kHigh = 0x8080808080808080ULL;
      const uint64_t below_space = (w - kOnes * 0x20) & ~w & kHigh;
      if (((w & kHigh) | below_space) != 0) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char c = p[i];
    if (c < 0x80) {
      if (c == 0) {
        return Status::DataLoss("binary data: NUL byte at byte offset " + std::to_string(i));
      }
      if (IsCountedControl(c)) {
        if (controls++ == 0) first_control = i;
      }
      ++i;
      continue;
    }
    const size_t len = ValidSequenceLength(p + i, n - i);
    if (len == 0) {
      const size_t show = std::min<size_t>(4, n - i);
      return Status::DataLoss("invalid UTF-8 at byte offset " + std::to_string(i) + " (bytes " +
                              Hex(p + i, show) + ")");
    }
    i += len;
  }
  if (controls > 0 && controls * kControlShareDivisor > n) {
    return Status::DataLoss("binary data: " + std::to_string(controls) + " control bytes in " +
                            std::to_string(n) + ", the first at byte offset " +
                            std::to_string(first_control));
  }
  return Status::Ok();
}

Status AnalyzeText(std::string_view text, Language lang, const TextOptions& options,
                   AnalyzedText* out) {
  if (out == nullptr) return Status::InvalidArgument("AnalyzeText: null output");
  out->Clear();
  if (options.max_sentence_tokens == 0) {
    return Status::InvalidArgument("AnalyzeText: max_sentence_tokens must be at least 1");
  }
  constexpr size_t kMaxBytes = std::numeric_limits<uint32_t>::max();
  if (text.size() > kMaxBytes) {
    return Status::ResourceExhausted("text of " + std::to_string(text.size()) +
                                     " bytes exceeds the 4 GiB a document may hold");
  }
  try {
    // Room for a token every three bytes, so the vector never regrows on
    // real text (news averages five to six bytes per token): regrowth would
    // copy it and hold old and new at once, doubling the peak for a big
    // document. Reserved pages that are never written are never resident.
    if (out->tokens.capacity() < text.size() / 3 + 16) out->tokens.reserve(text.size() / 3 + 16);
    if (out->norm.capacity() < text.size()) out->norm.reserve(text.size() + 16);
    internal::Tokenizer tokenizer(text, internal::RulesFor(lang), options, out);
    tokenizer.Run();
  } catch (const std::bad_alloc&) {
    out->Clear();
    return Status::ResourceExhausted("out of memory analysing a text of " +
                                     std::to_string(text.size()) + " bytes");
  }
  if (out->norm.size() > kMaxBytes) {
    out->Clear();
    return Status::ResourceExhausted("normalised text exceeds 4 GiB");
  }
  return Status::Ok();
}

}  // namespace parley::text
