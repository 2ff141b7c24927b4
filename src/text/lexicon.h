// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Private to the text stage: the small amount of orthographic knowledge the
// splitter and tokeniser need (abbreviations, sentence-starting words, French
// elided forms and inverted pronouns), and the per-language rule set.
// This is closed-class spelling knowledge, not vocabulary, so it is compiled
// in as sorted tables (lexicon.cc); docs/text.md lists them.

#ifndef PARLEY_TEXT_LEXICON_H_
#define PARLEY_TEXT_LEXICON_H_

#include <cstdint>
#include <string_view>

#include "parley/document.h"

namespace parley::text::internal {

// What a word that absorbed a following dot ("Dr.", "U.S.", "etc.", "J.")
// implies for the sentence boundary after it.
enum class AbbrevKind : uint8_t {
  kNone,            // not an abbreviation
  kNever,           // titles and the like: "M. Macron", "Gen. Milley", "cf. p. 3"
  kBeforeNumber,    // "No. 10", "Feb. 5", "p. 12": ends a sentence unless a number follows
  kBeforeCapital,   // "etc.": ends a sentence before any capitalised word
  kBeforeStarter,   // "U.S.", "Inc.", initials: ends one only before a typical
                    // sentence-opening word ("The", "Il", ...), so that
                    // "the U.S. Senate" and "George W. Bush" hold together
};

// Bit set of the languages a table entry applies to.
enum LangMask : uint8_t { kMaskFrench = 1, kMaskEnglish = 2, kMaskAll = 3 };

// Per-language behaviour of the tokeniser, chosen once per document by
// RulesFor(). Languages Parley does not code get the union of the
// abbreviation tables and no word splitting.
struct LanguageRules {
  uint8_t mask = kMaskAll;
  bool french_elision = false;     // "l'homme" -> "l'" "homme"
  bool french_inversion = false;   // "a-t-il" -> "a" "il"
  bool english_clitics = false;    // "don't" -> "do" "n't", "ministers'" -> "ministers" "'"
};

const LanguageRules& RulesFor(Language lang);

// `form` is the word without its final dot, exactly as written ("Dr", "U.S",
// "e.g"); single letters are not listed here (see the tokeniser).
AbbrevKind LookupAbbreviation(std::string_view form, uint8_t mask);

// `norm` is the normal form of the word after an abbreviation.
bool IsSentenceStarter(std::string_view norm, uint8_t mask);

// Lower-case ASCII forms without the apostrophe: "l", "qu", "jusqu".
bool IsElisionPrefix(std::string_view lower);

// Lower-case ASCII: "il", "elle", "on", "vous", "le", "moi", "y", "en", "ce" ...
bool IsInvertedPronoun(std::string_view lower);

// Hyphenated words that look like verb + pronoun but are nouns:
// "rendez-vous", "chez-moi". Lower-case ASCII with '-' joiners.
bool IsInversionException(std::string_view lower);

}  // namespace parley::text::internal

#endif  // PARLEY_TEXT_LEXICON_H_
