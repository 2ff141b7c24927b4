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
  std::string encoding = "auto";
  std::string invalid_utf8 = "skip";
  std::string split = "none";
  bool include_modal = false;
};

void AddCommonOptions(CLI::App* cmd, CommonOptions* o);
// Builds CoderOptions, with the data folders found (FindData); on a usage
// problem prints it and returns false.
bool MakeCoderOptions(const CommonOptions& o, CoderOptions* out);
ReaderOptions MakeReaderOptions(const CommonOptions& o);

// Where Parley's data is: the dictionaries folder and the folder of the
// generated lemma tables. Looked for, in order, in --dictionaries /
// --data-dir, $PARLEY_DATA, the install beside the binary
// (<bin>/../share/parley), and last the source and build trees the binary
// was built from (only while they still exist). An installed Parley
// therefore runs from any folder after its build tree is gone.
struct DataPaths {
  std::string dictionaries;  // "" when not found
  std::string lemma_tables;  // "" when not found
  std::vector<std::string> looked_in;  // for the message when not found
};
DataPaths FindData(const std::string& dictionaries_option, const std::string& data_dir_option);

// `parley --version`: version, commit, and what the data in use is.
std::string VersionText();

// Names the command when argv[1] is a word that is no registered
// subcommand (CLI11 alone would say "argument not expected"). Returns true
// when it printed such a message.
bool ReportUnknownCommand(const CLI::App& app, int argc, char** argv);

// Every input named on the command line must exist: a missing one is a
// usage error, not a skipped document. Prints the problem; false if any.
bool CheckInputsExist(const std::vector<std::string>& inputs);

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
