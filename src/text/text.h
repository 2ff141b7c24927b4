// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The text stage: raw document bytes -> sentences -> tokens.
// Every token keeps [begin, end) byte offsets into the ORIGINAL document text,
// so any later stage can quote its evidence exactly. The normalised form of a
// token (NFC, lower case, typographic apostrophe folded to ') lives in
// AnalyzedText::norm and is what dictionaries match against.

#ifndef PARLEY_TEXT_TEXT_H_
#define PARLEY_TEXT_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parley/document.h"
#include "parley/status.h"

namespace parley::text {

enum class TokenKind : uint8_t {
  kWord,    // letters (may contain internal hyphens, apostrophes or dots: "États-Unis", "U.S.")
  kNumber,  // digits, possibly with separators: "2021", "3,5", "09h04"
  kPunct,   // . , ; : ! ? ( ) " « » - — …
  kSymbol,  // anything else
};

enum TokenFlags : uint8_t {
  kCapitalized = 1 << 0,  // first letter upper case in the original
  kAllCaps = 1 << 1,      // every letter upper case, at least two letters
  kElided = 1 << 2,       // French elided form ending in an apostrophe: l' d' qu' s' jusqu'
  kClitic = 1 << 3,       // split-off clitic: inverted pronoun "il" of "a-t-il", English 's n't 're 've 'll 'd
  kLineStart = 1 << 4,    // first token of a line
  kShouted = 1 << 5,      // in a sentence written all in capitals (a wire headline): its capitals say nothing of names
};

struct Token {
  uint32_t begin = 0;        // byte offset in the original text
  uint32_t end = 0;          // one past the last byte
  uint32_t norm_offset = 0;  // normalised form: AnalyzedText::norm.substr(norm_offset, norm_size)
  uint32_t norm_size = 0;
  TokenKind kind = TokenKind::kWord;
  uint8_t flags = 0;
};

struct Sentence {
  uint32_t begin = 0;        // byte offsets of the sentence in the original text
  uint32_t end = 0;
  uint32_t first_token = 0;  // index into AnalyzedText::tokens
  uint32_t token_count = 0;
};

struct AnalyzedText {
  std::string norm;  // normalised token forms, back to back
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

  std::string_view Norm(const Token& t) const {
    return std::string_view(norm).substr(t.norm_offset, t.norm_size);
  }
  void Clear() { norm.clear(); tokens.clear(); sentences.clear(); }
};

struct TextOptions {
  // A "sentence" longer than this many tokens is cut into pieces of at most
  // this size, so later stages work within a budget whatever the input.
  uint32_t max_sentence_tokens = 256;
};

// Checks that `text` is valid UTF-8 and not binary (NUL or many control
// bytes). Returns DataLoss naming the byte offset of the first problem.
Status ValidateText(std::string_view text);

// Splits and tokenises `text` (which must have passed ValidateText) for
// `lang`. Knows abbreviations and initials ("M.", "MM.", "Mme", "Dr", "U.S.",
// "Feb.", "J. Biden"), French elision and hyphenated inversions, English
// clitics. A line break followed by a blank line, or a line that ends without
// final punctuation, ends a sentence (headlines, datelines).
// `out` is cleared first; reusing one AnalyzedText across documents avoids
// allocation. Thread-safe: no shared mutable state.
Status AnalyzeText(std::string_view text, Language lang, const TextOptions& options,
                   AnalyzedText* out);

}  // namespace parley::text

#endif  // PARLEY_TEXT_TEXT_H_
