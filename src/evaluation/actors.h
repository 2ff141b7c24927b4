// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Scoring the actors and places a coder finds (Coder::FindActors) against
// an annotated set (tests/actors/: every actor mention of a dispatch with
// its full code for the publication date, and the places where things
// happen with their country). `parley eval` uses it for files whose lines
// carry "mentions"; docs/eval.md gives the rules.
//
// Matching is by overlap: a gold mention is found when a mention Parley
// reports overlaps its bytes; it is right when that mention's code is the
// gold code exactly (full code: country, role and all). Precision counts
// every coded actor mention Parley reports: those that overlap no gold
// mention (nor a gold place: that is a missed place) are false. Places
// likewise, by country.

#ifndef PARLEY_EVALUATION_ACTORS_H_
#define PARLEY_EVALUATION_ACTORS_H_

#include <map>
#include <string>
#include <vector>

#include "evaluation/gold.h"
#include "parley/coder.h"
#include "parley/document.h"
#include "parley/status.h"

namespace parley::evaluation {

struct ActorGoldItem {
  std::string id;
  int line = 0;
  Document document;
  struct Mention {
    Span span;          // bytes in document.text
    std::string text;
    std::string code;   // full actor code; for a place, its country
  };
  std::vector<Mention> mentions, places;
};

// Whether a JSON Lines gold file holds actor items (its first item has "mentions").
bool IsActorGoldFile(const std::string& path);

// Reads an actor set. A malformed line, or a mention text not found in its
// text (after the previous occurrence), is an error naming file and line.
StatusOr<std::vector<ActorGoldItem>> ReadActorGold(const std::string& path);

struct ActorLanguageScore {
  long items = 0, gold_mentions = 0, gold_places = 0;
  Counts found;   // a mention reported where gold has one, whatever its code
  Counts full;    // and with the full gold code
  Counts country; // and with the gold code's country (first three letters)
  Counts places;  // places with the gold country
};

struct ActorScore {
  std::map<std::string, ActorLanguageScore> by_language;
  std::vector<std::string> misses;  // with collect_misses: wrong, missed and extra mentions
};

ActorScore EvaluateActors(const Coder& coder, const std::vector<ActorGoldItem>& items, bool collect_misses);

}  // namespace parley::evaluation

#endif  // PARLEY_EVALUATION_ACTORS_H_
