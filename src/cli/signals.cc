// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "cli/signals.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>

namespace parley::cli {
namespace {

std::atomic<int> g_stop_signal{0};

void OnStop(int sig) {
  int expected = 0;
  if (!g_stop_signal.compare_exchange_strong(expected, sig)) {
    // The second request: stop now. Whatever was written is resumable
    // (--resume); a partial last line on stdout is the user's choice.
    ::_exit(128 + sig);
  }
}

}  // namespace

void InstallStopHandlers() {
  struct sigaction sa {};
  sa.sa_handler = OnStop;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
}

int StopSignal() { return g_stop_signal.load(std::memory_order_relaxed); }

}  // namespace parley::cli
