// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// `parley eval GOLD.jsonl...`: codes annotated documents and prints
// precision, recall and F1 at the country/root level and with full codes,
// event-date accuracy, and with --misses every miss and false event
// (docs/eval.md). Actor sets (lines with "mentions", tests/actors/) are
// scored for their actor mentions and places instead.

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli_common.h"
#include "evaluation/actors.h"
#include "evaluation/gold.h"

namespace parley::cli {
namespace {

struct EvalOptions {
  CommonOptions common;
  std::string corpora = "../shared/corpora";
  bool misses = false;
  std::vector<std::string> gold;
};

int RunEval(const EvalOptions& o) {
  CoderOptions coder_options;
  if (!MakeCoderOptions(o.common, &coder_options)) return kExitUsage;
  auto coder = Coder::Create(coder_options);
  if (!coder.ok()) {
    std::cerr << "parley: cannot load dictionaries: " << coder.status().ToString() << "\n";
    return kExitFatal;
  }
  std::vector<evaluation::GoldDocument> all;
  std::vector<evaluation::ActorGoldItem> actor_items;
  for (const std::string& path : o.gold) {
    if (evaluation::IsActorGoldFile(path)) {
      auto items = evaluation::ReadActorGold(path);
      if (!items.ok()) {
        std::cerr << "parley: " << items.status().ToString() << "\n";
        return kExitUsage;
      }
      actor_items.insert(actor_items.end(), items->begin(), items->end());
      continue;
    }
    auto gold = evaluation::ReadGold(path, o.corpora);
    if (!gold.ok()) {
      std::cerr << "parley: " << gold.status().ToString() << "\n";
      return kExitUsage;
    }
    all.insert(all.end(), gold->begin(), gold->end());
  }
  if (!actor_items.empty()) {
    const evaluation::ActorScore as = evaluation::EvaluateActors(**coder, actor_items, o.misses);
    if (o.misses) {
      for (const std::string& m : as.misses) std::printf("%s\n", m.c_str());
      std::printf("\n");
    }
    for (const auto& [lang, s] : as.by_language) {
      std::printf("%s actors: items=%ld gold_mentions=%ld gold_places=%ld\n", lang.c_str(), s.items, s.gold_mentions,
                  s.gold_places);
      auto row = [](const char* name, const evaluation::Counts& c) {
        std::printf("  %-13s P %.3f  R %.3f  F1 %.3f  (tp %ld, fp %ld, fn %ld)\n", name, c.Precision(), c.Recall(),
                    c.F1(), c.tp, c.fp, c.fn);
      };
      row("found", s.found);
      row("full codes", s.full);
      row("countries", s.country);
      row("places", s.places);
    }
  }
  if (all.empty()) return kExitOk;
  const evaluation::Score score = evaluation::Evaluate(**coder, all, o.misses);
  if (o.misses) {
    for (const std::string& m : score.misses) std::printf("%s\n", m.c_str());
    std::printf("\n");
  }
  for (const auto& [lang, s] : score.by_language) {
    std::printf("%s: documents=%ld gold_events=%ld coded_events=%ld\n", lang.c_str(), s.documents, s.gold_events,
                s.coded_events);
    auto row = [](const char* name, const evaluation::Counts& c) {
      std::printf("  %-13s P %.3f  R %.3f  F1 %.3f  (tp %ld, fp %ld, fn %ld)\n", name, c.Precision(), c.Recall(), c.F1(),
                  c.tp, c.fp, c.fn);
    };
    row("country/root", s.country_root);
    row("full codes", s.full);
    std::printf("  event dates   %.3f right (%ld of %ld matched events)\n", s.DateAccuracy(), s.dates_right, s.dated);
  }
  return kExitOk;
}

}  // namespace

void AddEvalCommands(CLI::App& app, std::vector<Command>* commands) {
  auto o = std::make_shared<EvalOptions>();
  CLI::App* eval = app.add_subcommand("eval", "Score the coder against annotated documents (docs/eval.md)");
  AddCommonOptions(eval, &o->common);
  eval->add_option("--corpora", o->corpora, "Folder the gold files' references point into (default ../shared/corpora)");
  eval->add_flag("--misses", o->misses, "Print every expected event not found and every false event");
  eval->add_option("gold", o->gold, "Gold files (JSON Lines)")->required();
  commands->push_back({eval, [o] { return RunEval(*o); }});
}

}  // namespace parley::cli
