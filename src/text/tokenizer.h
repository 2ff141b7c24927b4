// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Private to the text stage: the single left-to-right pass that cuts a
// document into tokens and decides sentence boundaries as it goes.
//
// Linear in the input: every byte is looked at a bounded number of times,
// there is no recursion and no backtracking beyond one token's bytes, and
// the only per-token allocation is the amortised growth of the output
// vectors. See docs/text.md for the rules.

#ifndef PARLEY_TEXT_TOKENIZER_H_
#define PARLEY_TEXT_TOKENIZER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/char_class.h"
#include "text/lexicon.h"
#include "text/text.h"

namespace parley::text::internal {

class Tokenizer {
 public:
  // `text` must fit 32-bit offsets; `out` must be empty; options must be
  // valid (max_sentence_tokens > 0). AnalyzeText checks all three.
  Tokenizer(std::string_view text, const LanguageRules& rules, const TextOptions& options,
            AnalyzedText* out);

  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  void Run();

 private:
  // What a token means to the sentence splitter.
  enum class Role : uint8_t {
    kWord, kNumber, kTerminal,
    kCloser,   // closing bracket or quote
    kQuote,    // a single quote that may open or close
    kOpener,   // opening quote, ¿ ¡
    kBracket,  // opening bracket
    kDash, kComma, kOther,
  };
  // What the last sentence-relevant token asked of the next one.
  enum class Pending : uint8_t {
    kNone, kTerminal, kNever, kBeforeNumber, kBeforeCapital, kBeforeStarter,
  };

  // Scanners: each takes the offset of a token's first byte, emits one or
  // more tokens and returns the offset just past what it consumed.
  size_t ScanWord(size_t i);
  size_t ScanNumber(size_t i);
  size_t ScanUrl(size_t i);
  size_t ScanRun(size_t i, CharClass cls, TokenKind kind, Role role);

  // Word span post-processing: elision, inversion, English clitics.
  void EmitWord(size_t b, size_t e, bool has_apos, bool has_hyphen);
  bool SplitInversion(size_t b, size_t e);
  bool SplitEnglishClitic(size_t b, size_t e);

  // Emits one token and runs the sentence splitter on it.
  void Emit(size_t b, size_t e, TokenKind kind, uint8_t flags, Role role,
            AbbrevKind abbrev = AbbrevKind::kNone, bool verbatim = false);
  void OnToken(Role role, AbbrevKind abbrev);
  bool BreakAfterPending(Role role, bool starts_upper, bool starts_digit) const;
  void CloseSentence();
  void MarkShouted(const Sentence& s);
  bool ShoutedAroundAbbreviation() const;
  void CutLongSentence();

  // Small helpers over the input.
  bool ApostropheAt(size_t i, size_t* len) const;
  bool WordCharAt(size_t i) const;
  bool LetterAt(size_t i) const;
  bool HyphenAt(size_t i, size_t* len) const;
  size_t SkipMarks(size_t i) const;

  const std::string_view text_;
  const size_t n_;
  const LanguageRules& rules_;
  const uint32_t max_tokens_;
  AnalyzedText* const out_;

  // Whitespace seen since the last token.
  bool space_before_ = false;
  uint8_t newlines_ = 0;  // 2 means a blank line or paragraph separator
  bool line_start_ = true;

  // English: an opening single quote is open on this line, so "s'" closes
  // it rather than marking a plural possessive.
  bool single_quote_open_ = false;
  // A straight double quote is open on this line, so the next one closes.
  bool double_quote_open_ = false;

  // Sentence under construction and what its last token implies.
  uint32_t sent_first_ = 0;
  uint32_t sent_count_ = 0;
  Pending pending_ = Pending::kNone;
  Role last_role_ = Role::kOther;
};

}  // namespace parley::text::internal

#endif  // PARLEY_TEXT_TOKENIZER_H_
