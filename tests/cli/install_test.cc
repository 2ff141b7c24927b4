// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// `cmake --install` gives a Parley that needs nothing of the source or
// build tree: it is installed into a temporary prefix, then run in an empty
// folder with both trees hidden (a private mount namespace puts an empty
// tmpfs over them, as if they had been deleted).

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int Shell(const std::string& cmd) {
  const int status = std::system(cmd.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

class InstallTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "parley-install-XXXXXX").string();
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    root_ = tmpl;
    prefix_ = root_ / "prefix";
    ASSERT_EQ(Shell(std::string(PARLEY_CMAKE) + " --install " + PARLEY_BUILD_DIR + " --prefix " + prefix_.string() +
                  " >" + (root_ / "install.log").string() + " 2>&1"),
              0)
        << Slurp(root_ / "install.log");
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  fs::path root_, prefix_;
};

TEST_F(InstallTest, InstallsTheBinaryEveryDictionaryFileAndTheGeneratedData) {
  EXPECT_TRUE(fs::exists(prefix_ / "bin" / "parley"));
  const fs::path source = fs::path(PARLEY_SOURCE_DIR) / "dictionaries";
  const fs::path installed = prefix_ / "share" / "parley" / "dictionaries";
  int files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(source)) {
    if (!entry.is_regular_file()) continue;
    ++files;
    const fs::path rel = fs::relative(entry.path(), source);
    EXPECT_TRUE(fs::exists(installed / rel)) << rel << " is not installed";
  }
  EXPECT_GT(files, 5);
  for (const auto& entry : fs::directory_iterator(PARLEY_TEST_DATA_DIR)) {
    EXPECT_TRUE(fs::exists(prefix_ / "share" / "parley" / entry.path().filename()))
        << entry.path().filename() << " (generated) is not installed";
  }
}

TEST_F(InstallTest, RunsInAnEmptyFolderWithTheSourceAndBuildTreesGone) {
  const fs::path empty = root_ / "empty";
  fs::create_directories(empty);
  const fs::path dispatch = root_ / "dispatch.txt";
  std::ofstream(dispatch) << "Le président français Emmanuel Macron a félicité mardi le chancelier allemand Olaf Scholz.";
  const std::string out = (root_ / "out.txt").string(), err = (root_ / "err.txt").string();
  const std::string binary = (prefix_ / "bin" / "parley").string();
  const std::string code = "cd " + empty.string() + " && " + binary + " --version && " + binary +
                           " code --date 2023-03-10 " + dispatch.string();
  if (Shell("unshare -m true >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "cannot make a private mount namespace here (unshare -m), so the trees cannot be hidden";
  }
  std::string hide = "mount -t tmpfs none " + std::string(PARLEY_SOURCE_DIR);
  const fs::path build = fs::weakly_canonical(PARLEY_BUILD_DIR);
  const fs::path src = fs::weakly_canonical(PARLEY_SOURCE_DIR);
  if (build.lexically_relative(src).string().rfind("..", 0) == 0) hide += " && mount -t tmpfs none " + build.string();
  const int rc = Shell("unshare -m sh -c '" + hide + " && test ! -e " + (src / "dictionaries").string() + " && " +
                     code + "' >" + out + " 2>" + err);
  EXPECT_EQ(rc, 0) << Slurp(err);
  const std::string o = Slurp(out);
  EXPECT_NE(o.find("dictionaries: " + (prefix_ / "share" / "parley" / "dictionaries").string()),
            std::string::npos)
      << o;
  EXPECT_NE(o.find("\"source\":\"FRAGOV\",\"target\":\"DEUGOV\",\"code\":\"051\""), std::string::npos) << o << Slurp(err);
}

TEST_F(InstallTest, PARLEY_DATAServesABinaryCopiedAlone) {
  // A binary copied alone (no share/parley beside it) finds its data
  // through PARLEY_DATA.
  const fs::path lone = root_ / "lone";
  fs::create_directories(lone);
  fs::copy_file(prefix_ / "bin" / "parley", lone / "parley");
  const std::string err = (root_ / "err.txt").string();
  const std::string out = (root_ / "out.txt").string();
  EXPECT_EQ(Shell("PARLEY_DATA=" + (prefix_ / "share" / "parley").string() + " " + (lone / "parley").string() +
                " --version >" + out + " 2>" + err),
            0);
  EXPECT_NE(Slurp(out).find("dictionaries: " + (prefix_ / "share" / "parley" / "dictionaries").string()),
            std::string::npos)
      << Slurp(out);
}

}  // namespace
