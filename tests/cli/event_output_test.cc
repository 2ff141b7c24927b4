// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// EventOutput's files at every point a kill can leave them: no journal, a
// torn journal line, rows beyond the last record, a completed output whose
// journal was not yet removed. Resuming must give exactly the rows of the
// documents the journal vouches for, and never fail on a state a kill can
// produce.

#include "cli/event_output.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace parley::cli {
namespace {

namespace fs = std::filesystem;

class EventOutputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "parley-output-XXXXXX").string();
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    path_ = (dir_ / "events.tsv").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  static std::string Slurp(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  std::unique_ptr<EventOutput> Open(bool resume, ResumeState* state, std::string* note, double checkpoint = 0.0) {
    auto out = EventOutput::OpenFile(path_, "header\n", "format=tsv", resume, checkpoint, state, note);
    EXPECT_TRUE(out.ok()) << out.status().ToString();
    return out.ok() ? std::move(out).value() : nullptr;
  }
  static DocumentRecord Record(const std::string& id, uint32_t events) {
    DocumentRecord r;
    r.id = id;
    r.hash = std::hash<std::string>()(id);
    r.events = events;
    return r;
  }
  // Writes documents a (2 rows) and b (no rows) and checkpoints, then c
  // (1 row) without a checkpoint, and "dies".
  void InterruptedRun() {
    ResumeState state;
    std::string note;
    auto out = Open(false, &state, &note, /*checkpoint=*/3600);
    ASSERT_TRUE(out->Append("a1\na2\n", Record("a", 2)).ok());
    ASSERT_TRUE(out->Append("", Record("b\tid", 0)).ok());
    ASSERT_TRUE(out->Flush(true).ok());
    ASSERT_TRUE(out->Append("c1\n", Record("c", 1)).ok());
    // Rows reach the file; no checkpoint is due, so their record does not.
    ASSERT_TRUE(out->Flush(false).ok());
    ASSERT_EQ(Slurp(path_ + ".parley-partial"), "header\na1\na2\nc1\n");
  }

  fs::path dir_;
  std::string path_;
};

TEST_F(EventOutputTest, ResumeCutsRowsTheJournalDoesNotVouchFor) {
  InterruptedRun();
  EXPECT_FALSE(fs::exists(path_));
  ResumeState state;
  std::string note;
  auto out = Open(true, &state, &note);
  EXPECT_EQ(state.documents, 2u);
  EXPECT_EQ(state.done.count(RecordKey("a", std::hash<std::string>()("a"))), 1u);
  EXPECT_EQ(state.done.count(RecordKey("b\tid", std::hash<std::string>()("b\tid"))), 1u);
  ASSERT_TRUE(out->Append("c1\n", Record("c", 1)).ok());
  ASSERT_TRUE(out->Commit().ok());
  EXPECT_EQ(Slurp(path_), "header\na1\na2\nc1\n");
  EXPECT_FALSE(fs::exists(path_ + ".parley-progress"));
  EXPECT_FALSE(fs::exists(path_ + ".parley-partial"));
}

TEST_F(EventOutputTest, ATornLastJournalLineIsDropped) {
  InterruptedRun();
  std::ofstream(path_ + ".parley-progress", std::ios::app) << "999\t00000000";  // cut mid-record
  ResumeState state;
  std::string note;
  auto out = Open(true, &state, &note);
  EXPECT_EQ(state.documents, 2u);
  ASSERT_TRUE(out->Commit().ok());
  EXPECT_EQ(Slurp(path_), "header\na1\na2\n");
}

TEST_F(EventOutputTest, NoJournalMeansNothingToResume) {
  InterruptedRun();
  fs::remove(path_ + ".parley-progress");  // killed before the journal was renamed into place
  ResumeState state;
  std::string note;
  auto out = Open(true, &state, &note);
  EXPECT_NE(note.find("nothing to resume"), std::string::npos) << note;
  EXPECT_EQ(state.documents, 0u);
  ASSERT_TRUE(out->Commit().ok());
  EXPECT_EQ(Slurp(path_), "header\n");
}

TEST_F(EventOutputTest, KilledAfterTheRenameResumesToTheSameOutput) {
  {
    ResumeState state;
    std::string note;
    auto out = Open(false, &state, &note);
    ASSERT_TRUE(out->Append("a1\n", Record("a", 1)).ok());
    ASSERT_TRUE(out->Flush(true).ok());
  }
  // What Commit leaves when killed between its rename and the journal's removal.
  fs::rename(path_ + ".parley-partial", path_);
  ResumeState state;
  std::string note;
  auto out = Open(true, &state, &note);
  EXPECT_EQ(state.documents, 1u);
  ASSERT_TRUE(out->Commit().ok());
  EXPECT_EQ(Slurp(path_), "header\na1\n");
}

TEST_F(EventOutputTest, AJournalOfOtherOptionsIsRefused) {
  InterruptedRun();
  ResumeState state;
  std::string note;
  auto out = EventOutput::OpenFile(path_, "header\n", "format=csv", true, 0.0, &state, &note);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(out.status().message().find("other options"), std::string::npos);
}

TEST_F(EventOutputTest, StartingOverRemovesTheOldJournalFirst) {
  InterruptedRun();
  ResumeState state;
  std::string note;
  auto out = Open(false, &state, &note);
  EXPECT_NE(note.find("discarding"), std::string::npos);
  // The fresh journal names only the header.
  const std::string journal = Slurp(path_ + ".parley-progress");
  EXPECT_EQ(journal, "parley-progress\t1\tformat=tsv\t7\n");
}

}  // namespace
}  // namespace parley::cli
