// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "evaluation/gold.h"

#include <set>

#include <fstream>
#include <sstream>
#include <unordered_map>

#include <nlohmann/json.hpp>

namespace parley::evaluation {
namespace {

using json = nlohmann::json;

// Corpus files, read once, split into lines.
class Corpora {
 public:
  explicit Corpora(std::string dir) : dir_(std::move(dir)) {}
  StatusOr<const std::string*> Line(const std::string& file, long line) {
    auto it = files_.find(file);
    if (it == files_.end()) {
      std::ifstream in(dir_ + "/" + file, std::ios::binary);
      if (!in) return Status::NotFound("corpus file " + dir_ + "/" + file + " not found");
      std::vector<std::string> lines;
      std::string l;
      while (std::getline(in, l)) {
        if (!l.empty() && l.back() == '\r') l.pop_back();
        lines.push_back(std::move(l));
      }
      it = files_.emplace(file, std::move(lines)).first;
    }
    if (line < 1 || static_cast<size_t>(line) > it->second.size()) {
      return Status::NotFound(file + " has no line " + std::to_string(line));
    }
    return &it->second[line - 1];
  }

 private:
  std::string dir_;
  std::unordered_map<std::string, std::vector<std::string>> files_;
};

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The UTF-8 prefix check: the first characters of the line, by code point.
bool HasPrefix(const std::string& line, const std::string& prefix) { return line.compare(0, prefix.size(), prefix) == 0; }

Status ParseEvent(const json& e, GoldEvent* out) {
  if (!e.is_object()) return Status::ParseError("an event must be an object");
  GoldEvent::Reading r{Str(e, "source"), Str(e, "code"), Str(e, "target")};
  if (r.code.empty()) return Status::ParseError("an event needs a code");
  out->readings.push_back(r);
  if (auto alt = e.find("alt"); alt != e.end()) {
    if (!alt->is_array()) return Status::ParseError("'alt' must be a list");
    for (const json& a : *alt) {
      if (!a.is_object()) return Status::ParseError("each 'alt' must be an object");
      out->readings.push_back({Str(a, "source"), Str(a, "code"), Str(a, "target")});
    }
  }
  if (const std::string d = Str(e, "date"); !d.empty()) {
    auto date = Date::ParseIso(d);
    if (!date) return Status::ParseError("bad event date '" + d + "'");
    out->date = *date;
  }
  out->optional = e.value("optional", false);
  out->attribution = Str(e, "attribution");
  return Status::Ok();
}

}  // namespace

StatusOr<std::vector<GoldDocument>> ReadGold(const std::string& path, const std::string& corpora_dir) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open gold file " + path);
  Corpora corpora(corpora_dir);
  std::vector<GoldDocument> out;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = path + ":" + std::to_string(number);
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return Status::ParseError(where + ": not a JSON object");
    GoldDocument base;
    base.id = Str(j, "id");
    base.line = number;
    if (base.id.empty()) return Status::ParseError(where + ": missing 'id'");
    if (const std::string d = Str(j, "date"); !d.empty()) {
      auto date = Date::ParseIso(d);
      if (!date) return Status::ParseError(where + ": bad date '" + d + "'");
      base.document.date = *date;
    }
    if (auto ev = j.find("events"); ev != j.end()) {
      if (!ev->is_array()) return Status::ParseError(where + ": 'events' must be a list");
      for (const json& e : *ev) {
        GoldEvent g;
        if (Status st = ParseEvent(e, &g); !st.ok()) return Status::ParseError(where + ": " + st.message());
        base.events.push_back(std::move(g));
      }
    } else {
      return Status::ParseError(where + ": missing 'events'");
    }
    // The text: inline, one reference, or a pair of references.
    auto resolve = [&](const json& ref, std::string* text) -> Status {
      if (!ref.is_object()) return Status::ParseError(where + ": a ref must be an object");
      const std::string file = Str(ref, "file"), prefix = Str(ref, "prefix");
      const long l = ref.value("line", 0L);
      auto got = corpora.Line(file, l);
      if (!got.ok()) return Status(got.status().code(), where + ": " + got.status().message());
      if (!HasPrefix(**got, prefix)) {
        return Status::DataLoss(where + ": " + file + ":" + std::to_string(l) + " does not start with '" + prefix + "'");
      }
      *text = **got;
      return Status::Ok();
    };
    if (auto refs = j.find("refs"); refs != j.end()) {
      if (!refs->is_object()) return Status::ParseError(where + ": 'refs' must be an object");
      for (const char* lang : {"fr", "en"}) {
        auto r = refs->find(lang);
        if (r == refs->end()) continue;
        GoldDocument d = base;
        d.id = base.id + ":" + lang;
        d.document.lang = ParseLanguage(lang);
        PARLEY_RETURN_IF_ERROR(resolve(*r, &d.document.text));
        d.document.id = d.id;
        out.push_back(std::move(d));
      }
      continue;
    }
    GoldDocument d = std::move(base);
    d.document.id = d.id;
    d.document.lang = ParseLanguage(Str(j, "lang"));
    if (d.document.lang != Language::kFrench && d.document.lang != Language::kEnglish) {
      return Status::ParseError(where + ": 'lang' must be fr or en");
    }
    if (auto r = j.find("ref"); r != j.end()) {
      PARLEY_RETURN_IF_ERROR(resolve(*r, &d.document.text));
    } else {
      d.document.text = Str(j, "text");
      if (d.document.text.empty()) return Status::ParseError(where + ": needs 'text' or 'ref'");
    }
    out.push_back(std::move(d));
  }
  return out;
}

bool Matches(const GoldEvent::Reading& gold, const std::string& source, const std::string& code,
             const std::string& target, bool full) {
  auto cut = [&](const std::string& a) { return a.substr(0, 3); };
  if (full) {
    if (gold.source != source || gold.target != target) return false;
    // A two-digit gold code is any code of its root; three digits, that code or below it.
    return code.compare(0, gold.code.size(), gold.code) == 0;
  }
  return cut(gold.source) == cut(source) && cut(gold.target) == cut(target) &&
         gold.code.substr(0, 2) == code.substr(0, 2);
}

Score Evaluate(const Coder& coder, const std::vector<GoldDocument>& gold, bool collect_misses) {
  Score score;
  std::vector<Event> events;
  for (const GoldDocument& g : gold) {
    LanguageScore& ls = score.by_language[LanguageCode(g.document.lang)];
    ++ls.documents;
    events.clear();
    DocumentStats stats;
    if (!coder.Code(g.document, &events, &stats).ok()) events.clear();
    const Date publication = stats.publication_date.valid() ? stats.publication_date : g.document.date;
    for (const GoldEvent& e : g.events) ls.gold_events += e.optional ? 0 : 1;
    // Distinct coded events (date set aside), in output order.
    struct Coded {
      std::string source, code, target;
      Date date;
      std::string rule;
      std::string words;  // "source | verb | target" and the sentence, for the misses list
    };
    std::vector<Coded> coded;
    for (const Event& e : events) {
      bool seen = false;
      for (const Coded& c : coded) seen |= c.source == e.source && c.code == e.code && c.target == e.target;
      if (!seen) {
        coded.push_back({e.source, e.code, e.target, e.date, e.rule,
                         "[" + e.source_text + " | " + e.verb_text + " | " + e.target_text + "]\n    " + e.evidence});
      }
    }
    ls.coded_events += static_cast<long>(coded.size());
    bool actors_read = false;
    std::set<std::string> actor_countries;  // of the actors and places found, for the misses list
    for (bool full : {false, true}) {
      Counts& counts = full ? ls.full : ls.country_root;
      std::vector<bool> used(g.events.size(), false), matched(coded.size(), false);
      // Required gold events first, then optional ones (which only excuse).
      for (int pass = 0; pass < 2; ++pass) {
        for (size_t c = 0; c < coded.size(); ++c) {
          if (matched[c]) continue;
          for (size_t k = 0; k < g.events.size(); ++k) {
            const GoldEvent& e = g.events[k];
            if (used[k] || e.optional != (pass == 1)) continue;
            bool ok = false;
            for (const GoldEvent::Reading& r : e.readings) ok |= Matches(r, coded[c].source, coded[c].code, coded[c].target, full);
            if (!ok) continue;
            used[k] = matched[c] = true;
            if (!e.optional) {
              ++counts.tp;
              if (!full) {
                ++ls.dated;
                const Date want = e.date.valid() ? e.date : publication;
                if (coded[c].date == want) ++ls.dates_right;
              }
            }
            break;
          }
        }
      }
      for (size_t c = 0; c < coded.size(); ++c) {
        if (matched[c]) continue;
        ++counts.fp;
        if (collect_misses && !full) {
          score.misses.push_back("FALSE " + g.id + ": " + coded[c].source + " " + coded[c].code + " " +
                                 (coded[c].target.empty() ? "-" : coded[c].target) + "  (" + coded[c].rule + ")  " +
                                 coded[c].words);
        }
      }
      for (size_t k = 0; k < g.events.size(); ++k) {
        if (used[k] || g.events[k].optional) continue;
        ++counts.fn;
        if (collect_misses && !full) {
          const GoldEvent::Reading& r = g.events[k].readings.front();
          // Why: were the actors found at all (by country), and what was coded?
          if (!actors_read) {
            actors_read = true;
            auto found = coder.FindActors(g.document);
            if (found.ok()) {
              for (const ActorMention& a : *found) {
                if (!a.code.empty()) actor_countries.insert(a.code.substr(0, 3));
                if (a.place && !a.place_country.empty()) actor_countries.insert(a.place_country.substr(0, 3));
              }
            }
          }
          auto seen = [&](const std::string& code) {
            return code.empty() ? "-" : actor_countries.count(code.substr(0, 3)) ? "found" : "NOT FOUND";
          };
          std::string coded_list;
          for (const Coded& c : coded) coded_list += " " + c.source + ":" + c.code + ":" + c.target;
          score.misses.push_back("MISS " + g.id + ": " + r.source + " " + r.code + " " + (r.target.empty() ? "-" : r.target) +
                                 "  [source " + seen(r.source) + ", target " + seen(r.target) + "; coded" +
                                 (coded_list.empty() ? " nothing" : coded_list) + "]\n    " +
                                 g.document.text.substr(0, 1500));
        }
      }
    }
  }
  return score;
}

}  // namespace parley::evaluation
