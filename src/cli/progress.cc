// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "cli/progress.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>

namespace parley::cli {
namespace {

std::mutex g_stderr_mu;
bool g_progress_drawn = false;  // guarded by g_stderr_mu

std::string Duration(double seconds) {
  const long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

}  // namespace

void PrintMessage(const std::string& line) {
  std::lock_guard<std::mutex> lock(g_stderr_mu);
  if (g_progress_drawn) std::fputs("\r\x1b[K", stderr);
  g_progress_drawn = false;
  std::fputs(line.c_str(), stderr);
  std::fputc('\n', stderr);
  std::fflush(stderr);
}

std::string FormatProgress(uint64_t documents, uint64_t sentences, uint64_t bytes_read, uint64_t total_bytes,
                           double seconds) {
  char buf[160];
  const double rate = seconds > 0 ? sentences / seconds : 0;
  int n = std::snprintf(buf, sizeof buf, "parley: %llu documents, %.0f sentences/s",
                        static_cast<unsigned long long>(documents), rate);
  std::string line(buf, n);
  if (total_bytes > 0) {
    const double share = std::min(1.0, static_cast<double>(bytes_read) / total_bytes);
    n = std::snprintf(buf, sizeof buf, ", %.1f%% of input", 100 * share);
    line.append(buf, n);
    if (share > 0.001 && seconds > 1) line += ", " + Duration(seconds * (1 - share) / share) + " left";
  }
  return line;
}

ProgressLine::ProgressLine(const ProgressCounters* counters, bool enabled)
    : counters_(counters), enabled_(enabled) {
  if (enabled_) thread_ = std::thread([this] { Run(); });
}

ProgressLine::~ProgressLine() { Stop(); }

void ProgressLine::Stop() {
  if (!thread_.joinable()) return;
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
  std::lock_guard<std::mutex> lock(g_stderr_mu);
  if (g_progress_drawn) std::fputs("\r\x1b[K", stderr);  // erase the line
  g_progress_drawn = false;
  std::fflush(stderr);
}

void ProgressLine::Run() {
  const auto start = std::chrono::steady_clock::now();
  std::unique_lock<std::mutex> lock(mu_);
  // Drawn at once, so even a short run shows it has started, then twice a
  // second.
  for (bool first = true; first || !cv_.wait_for(lock, std::chrono::milliseconds(500), [this] { return stop_; });
       first = false) {
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const std::string line =
        FormatProgress(counters_->documents.load(), counters_->sentences.load(), counters_->bytes_read.load(),
                       counters_->total_bytes, seconds);
    std::lock_guard<std::mutex> out(g_stderr_mu);
    std::fprintf(stderr, "\r%s\x1b[K", line.c_str());
    std::fflush(stderr);
    g_progress_drawn = true;
  }
}

}  // namespace parley::cli
