// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Splitting a dictionary phrase ("secrétaire d'État", "Russia's") into the
// same token keys the text stage produces for running text, folded.

#ifndef PARLEY_DICTIONARIES_PHRASE_H_
#define PARLEY_DICTIONARIES_PHRASE_H_

#include <string>
#include <string_view>
#include <vector>

namespace parley {

// Words are separated by spaces or '_'; a French elision ("d'", "l'",
// "qu'", "jusqu'") and the English clitic "'s" become tokens of their own,
// as in running text. Each key is lower-cased and accent-folded.
std::vector<std::string> PhraseKeys(std::string_view phrase);

// True when the phrase's first letter is upper case (ASCII or Latin-1).
bool StartsCapitalized(std::string_view phrase);
// True when the phrase's first word has at least two letters, all upper
// case ASCII: an acronym ("UN", "U.S.", "OTAN").
bool FirstWordIsAcronym(std::string_view phrase);
// Bit k set when the phrase's key k (as PhraseKeys splits it) starts with a
// capital in `phrase` ("La Réunion": bit 1; "l'Union européenne": bit 1, the
// word after the elision). Keys past the 16th are not reported.
uint16_t CapitalizedKeys(std::string_view phrase);

}  // namespace parley

#endif  // PARLEY_DICTIONARIES_PHRASE_H_
