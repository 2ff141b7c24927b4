// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The progress line of long runs: documents, sentences per second, the
// share of input bytes read and the time left, redrawn on stderr twice a
// second by a thread of its own. Only shown when stderr is a terminal.

#ifndef PARLEY_CLI_PROGRESS_H_
#define PARLEY_CLI_PROGRESS_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

namespace parley::cli {

struct ProgressCounters {
  std::atomic<uint64_t> documents{0};
  std::atomic<uint64_t> sentences{0};
  std::atomic<uint64_t> bytes_read{0};
  uint64_t total_bytes = 0;  // 0: unknown (stdin)
};

// Prints `line` and a newline on stderr, first erasing the progress line
// if one is drawn (it is redrawn at its next tick). Thread-safe; every
// message of a command that may show progress goes through here.
void PrintMessage(const std::string& line);

// Renders one line, without "\r" or an erase sequence; for tests.
std::string FormatProgress(uint64_t documents, uint64_t sentences, uint64_t bytes_read, uint64_t total_bytes,
                           double seconds);

class ProgressLine {
 public:
  // Starts drawing when `enabled`; counters must outlive the line.
  ProgressLine(const ProgressCounters* counters, bool enabled);
  // Stops and erases the line, so the summary starts on a clean line.
  ~ProgressLine();
  void Stop();

 private:
  void Run();
  const ProgressCounters* counters_;
  bool enabled_;
  bool stop_ = false;
  std::mutex mu_;
  std::condition_variable cv_;
  std::thread thread_;
};

}  // namespace parley::cli

#endif  // PARLEY_CLI_PROGRESS_H_
