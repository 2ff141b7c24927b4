// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "dictionaries/phrase.h"

#include "dictionaries/line_reader.h"
#include "dictionaries/word_key.h"

namespace parley {
namespace {

// Typographic apostrophes become ASCII, as the text stage does.
std::string NormaliseApostrophes(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
        static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0x99 || static_cast<unsigned char>(s[i + 2]) == 0x98)) {
      out.push_back('\'');
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

bool IsElisionPrefix(std::string_view lower) {
  static const char* const kPrefixes[] = {"l", "d", "qu", "s", "n", "j", "m", "t", "c", "jusqu", "lorsqu", "puisqu", "quoiqu"};
  for (const char* p : kPrefixes) {
    if (lower == p) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> PhraseKeys(std::string_view phrase) {
  std::vector<std::string> keys;
  const std::string text = NormaliseApostrophes(phrase);
  std::string spaced = text;
  for (char& c : spaced) {
    if (c == '_') c = ' ';
  }
  for (std::string_view word : SplitSpace(spaced)) {
    std::string lower = FoldedKey(LowerAscii(word));
    // Elision: split after the apostrophe.
    const size_t apos = lower.find('\'');
    if (apos != std::string::npos && apos + 1 < lower.size() && IsElisionPrefix(std::string_view(lower).substr(0, apos))) {
      keys.push_back(lower.substr(0, apos + 1));
      keys.push_back(lower.substr(apos + 1));
      continue;
    }
    if (lower.size() > 2 && lower.compare(lower.size() - 2, 2, "'s") == 0) {
      keys.push_back(lower.substr(0, lower.size() - 2));
      keys.push_back("'s");
      continue;
    }
    keys.push_back(std::move(lower));
  }
  return keys;
}

uint16_t CapitalizedKeys(std::string_view phrase) {
  // The same split as PhraseKeys, on the text before folding.
  const std::string text = NormaliseApostrophes(phrase);
  std::string spaced = text;
  for (char& c : spaced) {
    if (c == '_') c = ' ';
  }
  uint16_t mask = 0;
  size_t k = 0;
  auto mark = [&](std::string_view word) {
    if (k < 16 && StartsCapitalized(word)) mask = static_cast<uint16_t>(mask | (1u << k));
    ++k;
  };
  for (std::string_view word : SplitSpace(spaced)) {
    const std::string lower = FoldedKey(LowerAscii(word));
    const size_t apos = lower.find('\'');
    if (apos != std::string::npos && apos + 1 < lower.size() && IsElisionPrefix(std::string_view(lower).substr(0, apos))) {
      const size_t at = word.find('\'');
      mark(word.substr(0, at + 1));
      mark(at == std::string_view::npos ? std::string_view() : word.substr(at + 1));
      continue;
    }
    if (lower.size() > 2 && lower.compare(lower.size() - 2, 2, "'s") == 0) {
      mark(word);
      ++k;  // "'s"
      continue;
    }
    mark(word);
  }
  return mask;
}

bool StartsCapitalized(std::string_view s) {
  if (s.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(s[0]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c == 0xC3 && s.size() > 1) {
    const unsigned char d = static_cast<unsigned char>(s[1]);
    return d >= 0x80 && d <= 0x9E;  // U+00C0..U+00DE
  }
  return false;
}

bool FirstWordIsAcronym(std::string_view phrase) {
  int letters = 0;
  for (char c : phrase) {
    if (c == ' ' || c == '_') break;
    if (c >= 'a' && c <= 'z') return false;
    if (static_cast<unsigned char>(c) >= 0x80) return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

}  // namespace parley
