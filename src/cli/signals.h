// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// SIGINT and SIGTERM as a request to stop: the first one sets a flag that
// long-running commands poll between documents (they finish what is in
// flight, flush, print their summary and exit 128 + the signal); a second
// one ends the process at once, as a user pressing Ctrl-C twice expects.

#ifndef PARLEY_CLI_SIGNALS_H_
#define PARLEY_CLI_SIGNALS_H_

namespace parley::cli {

// Installs the handlers (no SA_RESTART, so a blocking read is interrupted).
void InstallStopHandlers();
// The signal that asked to stop, or 0.
int StopSignal();

}  // namespace parley::cli

#endif  // PARLEY_CLI_SIGNALS_H_
