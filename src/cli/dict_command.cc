// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// `parley dict lint`: every check of dictionaries/lint.h, with the counts of
// what the dictionaries hold; exit 1 when any error is found.
// `parley dict lookup TEXT --date D`: what a name resolves to on a date, and
// the dictionary line it came from.

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli_common.h"
#include "dictionaries/actor_dictionary.h"
#include "dictionaries/lint.h"
#include "dictionaries/phrase.h"
#include "dictionaries/place_dictionary.h"

namespace parley::cli {
namespace {

struct DictOptions {
  std::string dictionaries, data_dir;
  std::string date, text;
  bool quiet_warnings = false;
};

// As for coding: the options, $PARLEY_DATA, the install beside the binary,
// then the source and build trees (cli_common.h, FindData).
std::string DictionaryDir(const DictOptions& o) {
  if (!o.dictionaries.empty()) return o.dictionaries;
  const DataPaths found = FindData("", o.data_dir);
  return found.dictionaries.empty() ? DefaultDictionaryDir() : found.dictionaries;
}
std::string DataDir(const DictOptions& o) {
  if (!o.data_dir.empty()) return o.data_dir;
  const DataPaths found = FindData("", "");
  return found.lemma_tables.empty() ? DefaultDataDir() : found.lemma_tables;
}

int RunLint(const DictOptions& o) {
  LintOptions options;
  options.dictionary_dir = DictionaryDir(o);
  options.data_dir = DataDir(o);
  const LintReport report = LintDictionaries(options);
  size_t errors = 0, warnings = 0;
  for (const LintFinding& f : report.findings) {
    (f.error ? errors : warnings)++;
    if (!f.error && o.quiet_warnings) continue;
    std::cout << (f.error ? "error: " : "warning: ") << f.where << ": " << f.message << "\n";
  }
  const LintCounts& n = report.counts;
  std::cout << "countries=" << n.countries << " (historical " << n.historical_countries << ")"
            << " persons=" << n.persons << " person_role_spans=" << n.person_role_spans
            << " organisations=" << n.organisations << " (armed groups " << n.armed_groups << ", parties " << n.parties
            << ", institutions " << n.institutions << ")"
            << " places=" << n.places << " names=" << n.names << "\n";
  for (const auto& [lang, entries] : n.event_entries) {
    const auto& missing = n.codes_without_entries.at(lang);
    std::cout << "events " << lang << ": entries=" << entries << " codes_covered=" << (n.codebook_codes - missing.size())
              << "/" << n.codebook_codes;
    if (!missing.empty()) {
      std::cout << " without entries:";
      for (const std::string& c : missing) std::cout << ' ' << c;
    }
    std::cout << "\n";
  }
  std::cout << "lint: " << errors << " errors, " << warnings << " warnings\n";
  return errors > 0 ? kExitFatal : kExitOk;
}

int RunLookup(const DictOptions& o) {
  Date date;
  if (!o.date.empty()) {
    auto d = Date::ParseIso(o.date);
    if (!d) {
      std::cerr << "parley: --date must be YYYY-MM-DD, got '" << o.date << "'\n";
      return kExitUsage;
    }
    date = *d;
  }
  auto vocabulary = std::make_shared<Vocabulary>();
  auto actors = ActorDictionary::Load(DictionaryDir(o) + "/actors", vocabulary);
  if (!actors.ok()) {
    std::cerr << "parley: " << actors.status().ToString() << "\n";
    return kExitFatal;
  }
  auto places = PlaceDictionary::Load(DictionaryDir(o) + "/places", DataDir(o), *actors, vocabulary);
  if (!places.ok()) {
    std::cerr << "parley: " << places.status().ToString() << "\n";
    return kExitFatal;
  }
  // The query as the matchers see a capitalised name in running text.
  const std::vector<std::string> keys = PhraseKeys(o.text);
  if (keys.empty()) {
    std::cerr << "parley: nothing to look up\n";
    return kExitUsage;
  }
  std::vector<KeyedToken> tokens(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    tokens[i].key = keys[i];
    tokens[i].key_id = vocabulary->Find(keys[i]);
    tokens[i].word = true;
    tokens[i].capitalized = true;
    tokens[i].all_caps = FirstWordIsAcronym(o.text);
  }
  bool found = false;
  std::vector<uint32_t> payloads;
  const uint32_t len = actors->names().LongestMatchAll(tokens, 0, &payloads);
  if (len == keys.size()) {
    uint32_t chosen = 0;
    const bool resolved = actors->Resolve(payloads, date, [](uint32_t) { return true; }, &chosen);
    for (uint32_t p : payloads) {
      const ActorEntry& e = actors->entry(ActorDictionary::EntryOf(p));
      const DatedCode* line = e.CodeLineOn(date);
      const char* how = ActorDictionary::KindOf(p) == NameKind::kCapital   ? " (capital)"
                        : ActorDictionary::KindOf(p) == NameKind::kSurname ? " (surname: once introduced)"
                                                                           : "";
      std::cout << (resolved && p == chosen ? "* " : "  ") << e.name << how << " [" << ActorTypeName(e.type)
                << "]: " << (line ? line->code : std::string("(no code on this date)"));
      if (line) {
        std::cout << "  " << e.file << ":" << line->line;
        if (!line->undated) std::cout << " (" << line->from.ToIso() << ".." << line->to.ToIso() << (line->office.empty() ? "" : " " + line->office) << ")";
        else std::cout << " (undated fallback)";
      }
      std::cout << "\n";
      found = true;
    }
  }
  const uint32_t place_len = places->names().LongestMatchAll(tokens, 0, &payloads);
  if (place_len == keys.size()) {
    for (uint32_t p : payloads) {
      const Place& pl = places->place(p);
      std::printf("  place: %s, %s%s%s %.4f %.4f %s  %s:%d\n", pl.name.c_str(), pl.country.c_str(),
                  pl.admin1.empty() ? "" : " / ", pl.admin1.c_str(), pl.latitude, pl.longitude, pl.kind.c_str(),
                  pl.file.c_str(), pl.line);
      found = true;
    }
  }
  if (!found) {
    std::cout << "'" << o.text << "': no actor or place has this name";
    if (len > 0 || place_len > 0) std::cout << " (a dictionary name covers its first " << std::max(len, place_len) << " words)";
    std::cout << "\n";
    return kExitFatal;
  }
  return kExitOk;
}

}  // namespace

void AddDictCommands(CLI::App& app, std::vector<Command>* commands) {
  auto o = std::make_shared<DictOptions>();
  CLI::App* dict = app.add_subcommand("dict", "Check and query the dictionaries");
  dict->require_subcommand(1);
  CLI::App* lint = dict->add_subcommand("lint", "Check every dictionary; print what they hold; exit 1 on errors");
  lint->add_option("--dictionaries", o->dictionaries, "Dictionary folder");
  lint->add_option("--data-dir", o->data_dir, "Folder with the generated tables (gazetteer seed)");
  lint->add_flag("--errors-only", o->quiet_warnings, "Print errors, not warnings");
  CLI::App* lookup = dict->add_subcommand("lookup", "What a name resolves to on a date, and where it is defined");
  lookup->add_option("text", o->text, "A name: \"Sergueï Lavrov\", \"Moscou\", \"Bakhmut\"")->required();
  lookup->add_option("--date", o->date, "Date (YYYY-MM-DD); default: the undated codes");
  lookup->add_option("--dictionaries", o->dictionaries, "Dictionary folder");
  lookup->add_option("--data-dir", o->data_dir, "Folder with the generated tables (gazetteer seed)");
  commands->push_back({lint, [o] { return RunLint(*o); }});
  commands->push_back({lookup, [o] { return RunLookup(*o); }});
}

}  // namespace parley::cli
