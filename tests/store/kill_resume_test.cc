// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// `parley code --db` killed with SIGKILL in the middle of a batch leaves the
// store as it was after the last whole batch, and rerunning with --resume
// gives exactly the events (records, counts, mentions) of an uninterrupted
// run.

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "parley/store.h"
#include "store/store_test_util.h"

namespace parley {
namespace {

constexpr int kDocuments = 6000;
constexpr int kBatch = 400;

std::vector<std::string> SampleTexts() {
  std::vector<std::string> texts;
  for (const char* name : {"en-sanctions.txt", "en-talks.txt", "fr-macron-scholz.txt", "fr-sahel.txt"}) {
    texts.push_back(testing_util::Slurp(std::string(PARLEY_SOURCE_DIR) + "/samples/" + name));
  }
  std::ifstream jsonl(std::string(PARLEY_SOURCE_DIR) + "/samples/news.jsonl");
  for (std::string line; std::getline(jsonl, line);) {
    auto j = nlohmann::json::parse(line);
    if (j.value("lang", "") != "de" && j["id"] != "sample-jsonl-3") texts.push_back(j["text"]);
  }
  return texts;
}

// Runs parley with `args`; returns its pid (not waited for).
pid_t Spawn(const std::vector<std::string>& args) {
  std::fflush(stdout);  // or the child would write our buffered output again
  const pid_t pid = fork();
  if (pid == 0) {
    freopen("/dev/null", "w", stdout);
    freopen("/dev/null", "w", stderr);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(PARLEY_BINARY));
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(PARLEY_BINARY, argv.data());
    _exit(127);
  }
  return pid;
}

int Wait(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

int64_t StoredDocuments(const std::string& db) {
  auto r = StoreReader::Open(db);
  if (!r.ok()) return -1;
  auto s = (*r)->Summary();
  return s.ok() ? s->documents : -1;
}

std::string Everything(const std::string& db) {
  auto r = StoreReader::Open(db);
  EXPECT_TRUE(r.ok());
  if (!r.ok()) return "";
  std::ostringstream out;
  EXPECT_TRUE((*r)->Export({}, ExportFormat::kCsv, 0, &out).ok());
  auto s = (*r)->Summary();
  out << "documents=" << s->documents << " events=" << s->events << " document_events=" << s->document_events
      << " mentions=" << s->mentions << "\n";
  return out.str();
}

TEST(KillResumeTest, SigkillMidBatchThenResumeEqualsAnUninterruptedRun) {
  testing_util::TempDir dir;
  const std::string corpus = dir.File("corpus.jsonl");
  {
    const std::vector<std::string> texts = SampleTexts();
    ASSERT_GE(texts.size(), 5u);
    std::ofstream out(corpus);
    for (int i = 0; i < kDocuments; ++i) {
      nlohmann::json j = {{"id", "doc-" + std::to_string(i)},
                          {"text", texts[i % texts.size()] + "\n\n(" + std::to_string(i) + ")"},
                          {"url", "https://site" + std::to_string(i % 7) + ".example/" + std::to_string(i)}};
      out << j.dump() << "\n";
    }
  }
  const std::string batch = std::to_string(kBatch);
  const std::string whole = dir.File("whole.sqlite"), killed = dir.File("killed.sqlite");
  ASSERT_EQ(Wait(Spawn({"code", "--date", "2024-03-15", "--db", whole, "--batch-size", batch, corpus})), 0);

  const pid_t pid = Spawn({"code", "--date", "2024-03-15", "--db", killed, "--batch-size", batch, corpus});
  // Kill once the first batches are committed, while a later one is open.
  int64_t seen = 0;
  for (int i = 0; i < 60000 && seen < kBatch; ++i) {
    seen = StoredDocuments(killed);
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ASSERT_EQ(kill(pid, SIGKILL), 0);
  ASSERT_EQ(Wait(pid), -SIGKILL);

  const int64_t after_kill = StoredDocuments(killed);
  std::printf("killed with %lld of %d documents stored\n", static_cast<long long>(after_kill), kDocuments);
  EXPECT_GT(after_kill, 0);
  EXPECT_LT(after_kill, kDocuments) << "the run finished before the kill; the test needs a larger corpus";
  EXPECT_EQ(after_kill % kBatch, 0) << "a partial batch survived the kill";

  ASSERT_EQ(Wait(Spawn({"code", "--date", "2024-03-15", "--db", killed, "--batch-size", batch, "--resume", corpus})), 0);
  const std::string a = Everything(whole), b = Everything(killed);
  EXPECT_GT(a.size(), 1000u);
  EXPECT_EQ(a, b);
}

}  // namespace
}  // namespace parley
