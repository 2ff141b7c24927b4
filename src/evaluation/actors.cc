// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "evaluation/actors.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>

namespace parley::evaluation {
namespace {

using json = nlohmann::json;

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Spans of `list` (objects with "text" and `code_key`) in `text`, each
// occurrence searched after the previous one of the same string and, since
// the lists are in text order, after the previous item ("la secte Boko Haram
// ... contre la secte": the second item is the second occurrence); failing
// that, anywhere after the previous one of the string.
Status Locate(const json& list, const char* code_key, const std::string& text, const std::string& where,
              std::vector<ActorGoldItem::Mention>* out) {
  if (!list.is_array()) return Status::ParseError(where + ": mentions and places must be lists");
  std::map<std::string, size_t> next;  // by mention text: where to search from
  size_t previous_end = 0;
  for (const json& m : list) {
    ActorGoldItem::Mention g;
    g.text = Str(m, "text");
    g.code = Str(m, code_key);
    if (g.text.empty()) return Status::ParseError(where + ": a mention without text");
    // A whole-word occurrence: "Iran" is not the start of "Iranian".
    auto word_char = [](unsigned char c) { return std::isalnum(c) || c >= 0x80; };
    auto find_from = [&](size_t from) {
      size_t at = text.find(g.text, from);
      while (at != std::string::npos &&
             ((at > 0 && word_char(text[at - 1]) && word_char(g.text.front())) ||
              (at + g.text.size() < text.size() && word_char(text[at + g.text.size()]) && word_char(g.text.back())))) {
        at = text.find(g.text, at + 1);
      }
      return at;
    };
    size_t at = find_from(std::max(next[g.text], previous_end));
    if (at == std::string::npos) at = find_from(next[g.text]);
    if (at == std::string::npos) return Status::ParseError(where + ": '" + g.text + "' is not in the text");
    next[g.text] = at + g.text.size();
    previous_end = at + g.text.size();
    g.span.begin = at;
    g.span.end = at + g.text.size();
    out->push_back(std::move(g));
  }
  return Status::Ok();
}

bool Overlap(const Span& a, const Span& b) { return a.begin < b.end && b.begin < a.end; }

}  // namespace

bool IsActorGoldFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json j = json::parse(line, nullptr, false);
    return j.is_object() && j.contains("mentions");
  }
  return false;
}

StatusOr<std::vector<ActorGoldItem>> ReadActorGold(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open actor set " + path);
  std::vector<ActorGoldItem> out;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = path + ":" + std::to_string(number);
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return Status::ParseError(where + ": not a JSON object");
    ActorGoldItem item;
    item.id = Str(j, "id");
    item.line = number;
    item.document.id = item.id;
    item.document.text = Str(j, "text");
    item.document.lang = ParseLanguage(Str(j, "lang"));
    if (item.id.empty() || item.document.text.empty()) return Status::ParseError(where + ": missing 'id' or 'text'");
    if (item.document.lang == Language::kUnknown) return Status::ParseError(where + ": 'lang' must be fr or en");
    auto date = Date::ParseIso(Str(j, "date"));
    if (!date) return Status::ParseError(where + ": bad or missing 'date'");
    item.document.date = *date;
    PARLEY_RETURN_IF_ERROR(Locate(j.value("mentions", json::array()), "code", item.document.text, where, &item.mentions));
    PARLEY_RETURN_IF_ERROR(Locate(j.value("places", json::array()), "country", item.document.text, where, &item.places));
    out.push_back(std::move(item));
  }
  return out;
}

ActorScore EvaluateActors(const Coder& coder, const std::vector<ActorGoldItem>& items, bool collect_misses) {
  ActorScore score;
  for (const ActorGoldItem& item : items) {
    ActorLanguageScore& ls = score.by_language[LanguageCode(item.document.lang)];
    ++ls.items;
    ls.gold_mentions += static_cast<long>(item.mentions.size());
    ls.gold_places += static_cast<long>(item.places.size());
    std::vector<ActorMention> found;
    if (auto got = coder.FindActors(item.document); got.ok()) found = std::move(*got);
    std::vector<const ActorMention*> actors, places;
    for (const ActorMention& a : found) {
      if (a.place) places.push_back(&a);
      else if (!a.code.empty()) actors.push_back(&a);
    }
    auto note = [&](const std::string& what, const std::string& detail) {
      if (collect_misses) score.misses.push_back(what + " " + item.id + ": " + detail + "\n    " + item.document.text);
    };
    // Actors: each gold mention against the reported mentions that overlap it.
    std::vector<bool> used(actors.size(), false);
    for (const ActorGoldItem::Mention& g : item.mentions) {
      int best = -1;
      for (size_t k = 0; k < actors.size(); ++k) {
        if (!Overlap(g.span, actors[k]->span)) continue;
        // Prefer the one with the gold code, then the first.
        if (best < 0 || (actors[k]->code == g.code && actors[static_cast<size_t>(best)]->code != g.code)) {
          best = static_cast<int>(k);
        }
      }
      if (best < 0) {
        ++ls.found.fn;
        ++ls.full.fn;
        ++ls.country.fn;
        note("MISSED", "'" + g.text + "' " + g.code);
        continue;
      }
      const ActorMention& a = *actors[static_cast<size_t>(best)];
      ++ls.found.tp;
      const bool right = a.code == g.code;
      const bool country = a.code.compare(0, 3, g.code, 0, 3) == 0;
      if (!used[static_cast<size_t>(best)]) {
        (right ? ls.full.tp : ls.full.fp) += 1;
        (country ? ls.country.tp : ls.country.fp) += 1;
      }
      if (!right) {
        ++ls.full.fn;
        note("WRONG", "'" + g.text + "' " + g.code + " coded " + a.code + " ('" + a.text + "')");
      }
      if (!country) ++ls.country.fn;
      used[static_cast<size_t>(best)] = true;
    }
    for (size_t k = 0; k < actors.size(); ++k) {
      bool overlaps = false;
      for (const ActorGoldItem::Mention& g : item.mentions) overlaps |= Overlap(g.span, actors[k]->span);
      if (overlaps) continue;  // a second mention inside one gold mention: neither right nor wrong
      // A country or capital the set calls a place ("ont quitté l'Afghanistan")
      // and Parley an actor: counted once, as a missed place, not again here.
      for (const ActorGoldItem::Mention& g : item.places) overlaps |= Overlap(g.span, actors[k]->span);
      if (overlaps) continue;
      ++ls.found.fp;
      ++ls.full.fp;
      ++ls.country.fp;
      note("EXTRA", "'" + actors[k]->text + "' " + actors[k]->code);
    }
    // Places, by country.
    std::vector<bool> place_used(places.size(), false);
    for (const ActorGoldItem::Mention& g : item.places) {
      bool hit = false;
      for (size_t k = 0; k < places.size() && !hit; ++k) {
        if (place_used[k] || !Overlap(g.span, places[k]->span)) continue;
        place_used[k] = true;
        hit = places[k]->place_country == g.code;
        if (!hit) note("WRONG PLACE", "'" + g.text + "' " + g.code + " coded " + places[k]->place_country);
        (hit ? ls.places.tp : ls.places.fp) += 1;
      }
      if (!hit) {
        ++ls.places.fn;
        note("MISSED PLACE", "'" + g.text + "' " + g.code);
      }
    }
    for (size_t k = 0; k < places.size(); ++k) {
      if (place_used[k]) continue;
      bool overlaps = false;
      for (const ActorGoldItem::Mention& g : item.places) overlaps |= Overlap(g.span, places[k]->span);
      // A place Parley reports inside an actor mention ("le président de la Syrie") is not a false place.
      for (const ActorGoldItem::Mention& g : item.mentions) overlaps |= Overlap(g.span, places[k]->span);
      if (overlaps) continue;
      ++ls.places.fp;
      note("EXTRA PLACE", "'" + places[k]->text + "' " + places[k]->place_country);
    }
  }
  return score;
}

}  // namespace parley::evaluation
