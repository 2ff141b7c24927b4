// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// What the subcommands of `parley` share: exit codes, the options every
// coding command takes, and how they become library options. Each
// subcommand lives in its own file and registers itself in main.cc through
// an Add*Commands function declared here.

#ifndef PARLEY_CLI_CLI_COMMON_H_
#define PARLEY_CLI_CLI_COMMON_H_

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "parley/coder.h"
#include "parley/reader.h"

namespace parley::cli {

// Exit codes: 0 every document coded; 3 finished, but some documents were
// skipped; 2 usage error; 1 fatal (dictionaries would not load, output failed).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFatal = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitSkipped = 3;

using Clock = std::chrono::steady_clock;
double MillisSince(Clock::time_point start);
long PeakRssKb();  // kilobytes

struct CommonOptions {
  std::string date;
  std::string lang;
  std::string dictionaries;
  std::string data_dir;
  std::string input_format = "auto";
  bool include_modal = false;
};

void AddCommonOptions(CLI::App* cmd, CommonOptions* o);
// Builds CoderOptions; on a usage problem prints it and returns false.
bool MakeCoderOptions(const CommonOptions& o, CoderOptions* out);
ReaderOptions MakeReaderOptions(const CommonOptions& o);

// A registered subcommand: main() runs `run` when `app` was parsed. The
// options the runner reads must outlive parsing, so each Add*Commands keeps
// them in state captured by the runner.
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

// One per command file.
void AddCodeCommands(CLI::App& parent, std::vector<Command>* commands);  // code, bench, explain
void AddDictCommands(CLI::App& parent, std::vector<Command>* commands);  // dict lint, dict lookup
void AddEvalCommands(CLI::App& parent, std::vector<Command>* commands);  // eval
void AddStoreCommands(CLI::App& parent, std::vector<Command>* commands);  // query, stats, export, serve

}  // namespace parley::cli

#endif  // PARLEY_CLI_CLI_COMMON_H_
