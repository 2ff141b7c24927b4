// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// parley: the command line. A thin shell over the library; each subcommand
// is in its own file (cli_common.h lists them) and registers itself here.
// Only this folder prints or picks exit codes (cli_common.h).

#include <vector>

#include <CLI/CLI.hpp>

#include "cli/cli_common.h"

int main(int argc, char** argv) {
  using namespace parley::cli;
  CLI::App app{"Parley: political event coding of French and English news (CAMEO)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", VersionText, "Print the version, the commit and the data in use");
  std::vector<Command> commands;
  AddCodeCommands(app, &commands);
  AddDictCommands(app, &commands);
  AddEvalCommands(app, &commands);
  AddStoreCommands(app, &commands);

  if (ReportUnknownCommand(app, argc, argv)) return kExitUsage;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  for (const Command& c : commands) {
    if (c.app->parsed()) return c.run();
  }
  return kExitUsage;
}
