// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Running the `parley` binary from tests: a temporary folder per test,
// files in it, and the binary's exit code, stdout and stderr.

#ifndef PARLEY_TESTS_CLI_CLI_TEST_UTIL_H_
#define PARLEY_TESTS_CLI_CLI_TEST_UTIL_H_

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace parley::testing {

namespace fs = std::filesystem;

struct CliRun {
  int exit_code = -1;
  std::string out, err;
};

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("parley-cli-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  std::string Write(const std::string& name, const std::string& content) const {
    std::ofstream(Path(name), std::ios::binary) << content;
    return Path(name);
  }
  static std::string Slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  CliRun Parley(const std::string& args, const std::string& stdin_path = "") const {
    CliRun r;
    const std::string out = Path("stdout.txt"), err = Path("stderr.txt");
    std::string cmd = std::string(PARLEY_BINARY) + " " + args + " >" + out + " 2>" + err;
    cmd += stdin_path.empty() ? " </dev/null" : " <" + stdin_path;
    const int status = std::system(cmd.c_str());
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = Slurp(out);
    r.err = Slurp(err);
    return r;
  }
  static std::vector<nlohmann::json> Lines(const std::string& jsonl) {
    std::vector<nlohmann::json> out;
    std::stringstream ss(jsonl);
    std::string line;
    while (std::getline(ss, line)) {
      if (!line.empty()) out.push_back(nlohmann::json::parse(line));
    }
    return out;
  }

  // Starts parley with `args` in the background (stdout and stderr to the
  // named files, no stdin) and returns its pid: `exec` makes the shell
  // become parley, so signals reach it.
  pid_t Start(const std::string& args, const std::string& out, const std::string& err) const {
    const std::string cmd =
        "exec " + std::string(PARLEY_BINARY) + " " + args + " >" + out + " 2>" + err + " </dev/null";
    const pid_t pid = ::fork();
    if (pid == 0) {
      ::execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    return pid;
  }
  // The exit code, or 128 + the signal that ended it.
  static int Wait(pid_t pid) {
    int status = 0;
    if (::waitpid(pid, &status, 0) != pid) return -1;
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return -1;
  }

  fs::path dir_;
};

}  // namespace parley::testing

#endif  // PARLEY_TESTS_CLI_CLI_TEST_UTIL_H_
