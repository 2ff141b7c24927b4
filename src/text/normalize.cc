// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "text/normalize.h"

#include <array>
#include <cstdint>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "text/char_class.h"

namespace parley::text::internal {
namespace {

constexpr char32_t kDrop = 0xFFFFFFFF;

// Orthographic folding applied before NFC. The no-break spaces only ever
// reach here inside numbers ("3 000"), where they group digits.
inline char32_t Fold(char32_t cp, bool fold_dashes) {
  switch (cp) {
    case 0x2019: case 0x2018: case 0x02BC:
      return '\'';
    case 0x00AD: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
    case 0x00A0: case 0x202F: case 0x2009:
      return kDrop;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013:
      return fold_dashes ? U'-' : cp;
    default:
      return cp;
  }
}

// Runs an ICU string function that writes into a caller buffer, growing
// `dst` once if ICU asks for more room. Returns false on any other error.
template <typename Fn>
bool RunIcu(std::u16string* dst, int32_t guess, Fn fn) {
  dst->resize(static_cast<size_t>(guess));
  UErrorCode ec = U_ZERO_ERROR;
  int32_t n = fn(dst->data(), static_cast<int32_t>(dst->size()), &ec);
  if (ec == U_BUFFER_OVERFLOW_ERROR) {
    dst->resize(static_cast<size_t>(n));
    ec = U_ZERO_ERROR;
    n = fn(dst->data(), static_cast<int32_t>(dst->size()), &ec);
  }
  if (U_FAILURE(ec)) return false;
  dst->resize(static_cast<size_t>(n));
  return true;
}

// NFC-normalises `*s` in place (using `*tmp`) unless it already is NFC.
bool EnsureNfc(const UNormalizer2* nfc, std::u16string* s, std::u16string* tmp) {
  UErrorCode ec = U_ZERO_ERROR;
  const int32_t len = static_cast<int32_t>(s->size());
  if (unorm2_quickCheck(nfc, s->data(), len, &ec) == UNORM_YES && U_SUCCESS(ec)) return true;
  const bool ok = RunIcu(tmp, len + 8, [&](UChar* d, int32_t cap, UErrorCode* e) {
    return unorm2_normalize(nfc, s->data(), len, d, cap, e);
  });
  if (ok) s->swap(*tmp);
  return ok;
}

// The general path: fold into UTF-16, NFC, lower-case, NFC again (lower
// casing can in rare cases produce an unnormalised sequence), back to UTF-8.
void AppendNormSlow(std::string_view surface, bool fold_dashes, std::string* out) {
  // Per-thread scratch, so the slow path allocates only when a token is
  // longer than any before it; released again after a giant token.
  thread_local std::u16string folded, scratch;
  constexpr size_t kKeepCapacity = 1 << 16;
  if (folded.capacity() > kKeepCapacity) std::u16string().swap(folded);
  if (scratch.capacity() > kKeepCapacity) std::u16string().swap(scratch);
  folded.clear();
  for (size_t i = 0; i < surface.size();) {
    const Decoded d = DecodeUtf8(surface, i);
    i += d.len;
    const char32_t f = Fold(d.cp, fold_dashes);
    if (f == kDrop) continue;
    if (f < 0x10000) {
      folded.push_back(static_cast<char16_t>(f));
    } else {
      folded.push_back(static_cast<char16_t>(U16_LEAD(f)));
      folded.push_back(static_cast<char16_t>(U16_TRAIL(f)));
    }
  }
  UErrorCode ec = U_ZERO_ERROR;
  const UNormalizer2* nfc = unorm2_getNFCInstance(&ec);
  bool ok = U_SUCCESS(ec) && EnsureNfc(nfc, &folded, &scratch);
  if (ok) {
    const int32_t len = static_cast<int32_t>(folded.size());
    ok = RunIcu(&scratch, len + 8, [&](UChar* d, int32_t cap, UErrorCode* e) {
      return u_strToLower(d, cap, folded.data(), len, "", e);
    });
    if (ok) folded.swap(scratch);
    ok = ok && EnsureNfc(nfc, &folded, &scratch);
  }
  if (ok) {
    const size_t start = out->size();
    const int32_t len = static_cast<int32_t>(folded.size());
    out->resize(start + folded.size() * 3);  // a UTF-16 unit is at most 3 UTF-8 bytes
    int32_t written = 0;
    ec = U_ZERO_ERROR;
    u_strToUTF8(out->data() + start, static_cast<int32_t>(folded.size() * 3), &written,
                folded.data(), len, &ec);
    if (U_SUCCESS(ec)) {
      out->resize(start + static_cast<size_t>(written));
      return;
    }
    out->resize(start);
  }
  // ICU failed (out of memory, or a bug): keep the folded original.
  for (size_t i = 0; i < surface.size();) {
    const Decoded d = DecodeUtf8(surface, i);
    i += d.len;
    const char32_t f = Fold(d.cp, fold_dashes);
    if (f != kDrop) AppendUtf8(f, out);
  }
}

}  // namespace

CaseInfo AppendNorm(std::string_view surface, bool fold_dashes, std::string* out) {
  const size_t start = out->size();
  bool fast = true;
  int letters = 0, uppers = 0;
  bool first_letter_upper = false;
  // Most tokens are ASCII: their bytes are counted in one pass, appended in
  // one call and lower-cased in place; the loop below takes over at the
  // first non-ASCII byte.
  // kAsciiCase[c]: 1 for a lower-case letter, 3 for an upper-case one.
  static constexpr std::array<uint8_t, 128> kAsciiCase = [] {
    std::array<uint8_t, 128> t{};
    for (int c = 'a'; c <= 'z'; ++c) t[c] = 1;
    for (int c = 'A'; c <= 'Z'; ++c) t[c] = 3;
    return t;
  }();
  size_t i = 0;
  for (; i < surface.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(surface[i]);
    if (c >= 0x80) break;
    const unsigned kind = kAsciiCase[c];
    if (kind != 0) {
      if (letters == 0) first_letter_upper = kind == 3;
      ++letters;
      uppers += static_cast<int>(kind >> 1);
    }
  }
  out->append(surface.data(), i);
  if (uppers > 0) {
    for (char* p = out->data() + start, *end = p + i; p != end; ++p) {
      if (static_cast<unsigned>(*p - 'A') < 26u) *p = static_cast<char>(*p + 32);
    }
  }
  while (i < surface.size()) {
    const unsigned char c = static_cast<unsigned char>(surface[i]);
    if (c < 0x80) {
      ++i;
      if (c >= 'A' && c <= 'Z') {
        if (letters++ == 0) first_letter_upper = true;
        ++uppers;
        if (fast) out->push_back(static_cast<char>(c + 32));
      } else {
        if (c >= 'a' && c <= 'z') ++letters;
        if (fast) out->push_back(static_cast<char>(c));
      }
      continue;
    }
    const Decoded d = DecodeUtf8(surface, i);
    i += d.len;
    const CharInfo info = ClassifyNonAscii(d.cp);
    if (info.cls == CharClass::kLetter) {
      if (letters++ == 0) first_letter_upper = info.upper;
      if (info.upper) ++uppers;
    }
    if (!fast) continue;
    const char32_t f = Fold(d.cp, fold_dashes);
    if (f == kDrop) continue;
    // Below U+0300 every character is NFC and never combines with what
    // precedes it, and simple lower-casing equals full lower-casing except
    // for U+0130 (İ -> i + U+0307).
    if (f < 0x300 && f != 0x130) {
      AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(f))), out);
    } else {
      fast = false;
    }
  }
  if (!fast) {
    out->resize(start);
    AppendNormSlow(surface, fold_dashes, out);
  }
  CaseInfo ci;
  ci.first_letter_upper = first_letter_upper;
  ci.all_upper = letters >= 2 && uppers == letters;
  return ci;
}

}  // namespace parley::text::internal
