// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// `parley code` on an archive: output never destroys input and is never
// half-written; SIGINT/SIGTERM stop cleanly; a run killed with SIGKILL at
// any point resumes to exactly the uninterrupted output; the output does
// not depend on the number of threads.

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/cli_test_util.h"

namespace {

namespace fs = std::filesystem;
using parley::testing::CliRun;
using parley::testing::CliTest;

const char* const kSentences[] = {
    "Le président français Emmanuel Macron a félicité mardi le chancelier allemand Olaf Scholz.",
    "Germany condemned Russia on Tuesday, the foreign ministry in Berlin said.",
    "Le ministre russe des Affaires étrangères Sergueï Lavrov a rencontré jeudi son homologue chinois.",
    "The United States imposed sanctions on Iran on Monday.",
    "Nothing happened here today, said nobody in particular.",
};

// A JSON Lines archive of `n` documents, a few of them bad, most with an
// event, some without.
std::string Archive(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    if (i % 97 == 13) {
      out += "{\"id\":\"broken-" + std::to_string(i) + "\",\"text\":\n";
      continue;
    }
    out += "{\"id\":\"d" + std::to_string(i) + "\",\"date\":\"2022-10-1" + std::to_string(i % 10) + "\",\"text\":\"" +
           kSentences[i % 5] + " " + kSentences[(i / 5) % 5] + "\"}\n";
  }
  return out;
}

class SafeRunTest : public CliTest {
 protected:
  static bool ParsesAsJsonLines(const std::string& text, size_t* lines) {
    *lines = 0;
    if (!text.empty() && text.back() != '\n') return false;
    std::stringstream ss(text);
    std::string line;
    while (std::getline(ss, line)) {
      if (!nlohmann::json::accept(line)) return false;
      ++*lines;
    }
    return true;
  }
  // Waits until `path` holds at least `bytes` bytes (or the process ended).
  static void WaitForBytes(const std::string& path, uintmax_t bytes, pid_t pid) {
    for (int i = 0; i < 2000; ++i) {
      std::error_code ec;
      if (fs::exists(path, ec) && fs::file_size(path, ec) >= bytes) return;
      if (::waitpid(pid, nullptr, WNOHANG) == pid) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  }
};

TEST_F(SafeRunTest, OutputOntoAnInputIsRefusedAndTheInputIsIntact) {
  const std::string archive = Archive(20);
  const std::string news = Write("news.jsonl", archive);
  CliRun r = Parley("code -o " + news + " " + news);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("is also an input"), std::string::npos) << r.err;
  EXPECT_EQ(Slurp(news), archive);
  // The same file under another name (a symbolic link) is refused too.
  fs::create_symlink(news, Path("alias.jsonl"));
  r = Parley("code -o " + Path("alias.jsonl") + " " + news);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(Slurp(news), archive);
  // An output inside an input folder would be read back as input next time.
  fs::create_directories(dir_ / "corpus");
  Write("corpus/a.jsonl", archive);
  r = Parley("code -o " + Path("corpus/events.jsonl") + " " + Path("corpus"));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("inside the input folder"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(Path("corpus/events.jsonl")));
  EXPECT_FALSE(fs::exists(Path("corpus/events.jsonl.parley-partial")));
}

TEST_F(SafeRunTest, OutputFileAppearsWholeAndNothingIsLeftBeside) {
  const std::string news = Write("news.jsonl", Archive(200));
  const CliRun stdout_run = Parley("code --threads 1 " + news);
  const CliRun r = Parley("code --threads 2 -o " + Path("events.jsonl") + " " + news);
  EXPECT_EQ(r.exit_code, 3) << r.err;  // the broken lines are skipped
  EXPECT_EQ(Slurp(Path("events.jsonl")), stdout_run.out);
  EXPECT_FALSE(fs::exists(Path("events.jsonl.parley-partial")));
  EXPECT_FALSE(fs::exists(Path("events.jsonl.parley-progress")));
  // An existing output is replaced only at the end: a refused run leaves it.
  Write("keep.jsonl", "old\n");
  EXPECT_EQ(Parley("code -o " + Path("keep.jsonl") + " " + Path("missing.jsonl")).exit_code, 2);
  EXPECT_EQ(Slurp(Path("keep.jsonl")), "old\n");
}

TEST_F(SafeRunTest, OutputDoesNotDependOnTheNumberOfThreads) {
  const std::string news = Write("news.jsonl", Archive(3000));
  const CliRun one = Parley("code --threads 1 " + news);
  const CliRun two = Parley("code --threads 2 " + news);
  const CliRun many = Parley("code --threads 7 --format tsv " + news);
  const CliRun one_tsv = Parley("code --threads 1 --format tsv " + news);
  ASSERT_EQ(one.exit_code, 3) << one.err;
  EXPECT_GT(one.out.size(), 100000u);
  EXPECT_EQ(one.out, two.out);
  EXPECT_EQ(one_tsv.out, many.out);
  // Same messages in the same (input) order, same counts.
  auto summary = [](const std::string& err) { return err.substr(0, err.find(" load_ms=")); };
  EXPECT_EQ(summary(one.err), summary(two.err));
}

TEST_F(SafeRunTest, SigintGivesWellFormedJsonLinesAndTheSummary) {
  const std::string news = Write("news.jsonl", Archive(60000));
  for (int sig : {SIGINT, SIGTERM}) {
    const std::string out = Path("out-" + std::to_string(sig) + ".jsonl"), err = Path("err-" + std::to_string(sig) + ".txt");
    const pid_t pid = Start("code --threads 2 " + news, out, err);
    WaitForBytes(out, 50000, pid);
    ::kill(pid, sig);
    const int rc = Wait(pid);
    const std::string text = Slurp(out), messages = Slurp(err);
    if (rc == 3) {
      ADD_FAILURE() << "the run finished before the signal; make the archive bigger";
      continue;
    }
    EXPECT_EQ(rc, 128 + sig) << messages;
    size_t lines = 0;
    EXPECT_TRUE(ParsesAsJsonLines(text, &lines)) << "cut-off output after signal " << sig;
    EXPECT_GT(lines, 0u);
    EXPECT_NE(messages.find("documents="), std::string::npos) << messages;
    EXPECT_NE(messages.find("events=" + std::to_string(lines) + " "), std::string::npos)
        << "the summary counts every event written (" << lines << "):\n" << messages;
    EXPECT_NE(messages.find(sig == SIGINT ? "stopped by SIGINT" : "stopped by SIGTERM"), std::string::npos)
        << messages;
  }
}

TEST_F(SafeRunTest, SigtermWithOutputFileKeepsAResumablePartial) {
  const std::string news = Write("news.jsonl", Archive(60000));
  const CliRun reference = Parley("code --threads 2 -o " + Path("reference.jsonl") + " " + news);
  ASSERT_EQ(reference.exit_code, 3) << reference.err;
  const std::string out = Path("events.jsonl");
  const pid_t pid = Start("code --threads 2 -o " + out + " " + news, Path("o.txt"), Path("e.txt"));
  WaitForBytes(out + ".parley-partial", 50000, pid);
  ::kill(pid, SIGTERM);
  const int rc = Wait(pid);
  ASSERT_EQ(rc, 143) << Slurp(Path("e.txt"));
  EXPECT_NE(Slurp(Path("e.txt")).find("--resume"), std::string::npos);
  EXPECT_FALSE(fs::exists(out)) << "an interrupted run must not look complete";
  const CliRun resumed = Parley("code --threads 2 --resume -o " + out + " " + news);
  EXPECT_EQ(resumed.exit_code, 3) << resumed.err;
  EXPECT_NE(resumed.err.find("resumed="), std::string::npos) << resumed.err;
  EXPECT_EQ(Slurp(out), Slurp(Path("reference.jsonl")));
  // The summary of the resumed run counts the whole archive.
  auto counts = [](const std::string& err) {
    const size_t at = err.find("documents=");
    return err.substr(at, err.find(" load_ms=") - at);
  };
  EXPECT_EQ(counts(resumed.err), counts(reference.err));
}

// The acceptance test: SIGKILL at a random point, five times, then
// --resume (itself killed once more in some rounds) gives exactly the
// events of an uninterrupted run, with no duplicate and none missing.
TEST_F(SafeRunTest, SigkillAtARandomPointThenResumeGivesTheUninterruptedOutput) {
  const std::string news = Write("news.jsonl", Archive(30000));
  std::random_device seed_source;
  const unsigned seed = seed_source();
  std::mt19937 rng(seed);
  SCOPED_TRACE("seed " + std::to_string(seed));
  for (const std::string format : {"jsonl", "tsv"}) {
    const std::string args = "code --threads 2 --checkpoint-seconds 0.02 --format " + format + " ";
    const auto start = std::chrono::steady_clock::now();
    const CliRun reference = Parley(args + "-o " + Path("reference." + format) + " " + news);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_EQ(reference.exit_code, 3) << reference.err;
    const std::string expected = Slurp(Path("reference." + format));
    const int rounds = format == "jsonl" ? 5 : 2;
    for (int round = 0; round < rounds; ++round) {
      const std::string out = Path("killed-" + std::to_string(round) + "." + format);
      std::string resume_flag;
      // Round 0 kills the first run; later rounds also kill a resume.
      for (int kill_round = 0; kill_round <= (round % 3 == 2 ? 1 : 0); ++kill_round) {
        std::uniform_real_distribution<double> when(0.0, seconds);
        const double delay = when(rng);
        const pid_t pid = Start(args + resume_flag + "-o " + out + " " + news, Path("o.txt"), Path("e.txt"));
        std::this_thread::sleep_for(std::chrono::duration<double>(delay));
        ::kill(pid, SIGKILL);
        Wait(pid);
        resume_flag = "--resume ";
      }
      const CliRun resumed = Parley(args + "--resume -o " + out + " " + news);
      EXPECT_EQ(resumed.exit_code, 3) << resumed.err;
      EXPECT_TRUE(Slurp(out) == expected) << format << " round " << round << ": resumed output differs";
      EXPECT_FALSE(fs::exists(out + ".parley-progress"));
    }
  }
}

TEST_F(SafeRunTest, ResumeRefusesOtherOptionsAndNeedsAFile) {
  const std::string news = Write("news.jsonl", Archive(50));
  EXPECT_EQ(Parley("code --resume " + news).exit_code, 2);
  // A journal written in another format is not resumed into this one.
  Write("o.jsonl.parley-partial", "");
  Write("o.jsonl.parley-progress", "parley-progress\t1\tformat=tsv;other\t0\n");
  const CliRun r = Parley("code --resume -o " + Path("o.jsonl") + " " + news);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("other options"), std::string::npos) << r.err;
  // Without --resume the leftovers are replaced, with a note.
  const CliRun fresh = Parley("code -o " + Path("o.jsonl") + " " + news);
  EXPECT_EQ(fresh.exit_code, 3) << fresh.err;
  EXPECT_NE(fresh.err.find("discarding the partial output"), std::string::npos) << fresh.err;
  EXPECT_FALSE(fs::exists(Path("o.jsonl.parley-progress")));
}

TEST_F(SafeRunTest, WriteErrorsGiveTheSystemsReason) {
  const std::string news = Write("news.jsonl", Archive(50));
  CliRun r = Parley("code -o " + Path("no/such/folder/out.jsonl") + " " + news);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("No such file or directory"), std::string::npos) << r.err;
  if (fs::exists("/dev/full")) {
    r = Parley("code " + news + " >/dev/full");
    // Parley() redirects stdout itself; run through the shell instead.
    const std::string cmd = std::string(PARLEY_BINARY) + " code " + news + " >/dev/full 2>" + Path("full.txt");
    const int status = std::system(cmd.c_str());
    EXPECT_EQ(WEXITSTATUS(status), 1);
    EXPECT_NE(Slurp(Path("full.txt")).find("cannot write standard output: No space left on device"),
              std::string::npos)
        << Slurp(Path("full.txt"));
  }
}

}  // namespace
