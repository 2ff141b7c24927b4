// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The SQLite layer's guarantees the server relies on: a read-only
// connection cannot write, and a deadline stops a runaway statement.

#include <gtest/gtest.h>

#include "store/schema.h"
#include "store/sqlite.h"
#include "store/store_test_util.h"

namespace parley::store {
namespace {

TEST(SqliteTest, AReadOnlyConnectionCannotWrite) {
  testing_util::TempDir dir;
  const std::string path = dir.File("ro.sqlite");
  {
    auto db = Database::Open(path, false);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(Migrate(&*db).ok());
  }
  const std::string before = testing_util::Slurp(path);
  auto db = Database::Open(path, true);
  ASSERT_TRUE(db.ok());
  EXPECT_FALSE(db->Exec("INSERT INTO parley_store (key, value) VALUES ('x', 'y')").ok());
  EXPECT_FALSE(db->Exec("DROP TABLE events").ok());
  EXPECT_FALSE(db->Exec("PRAGMA query_only = OFF; DELETE FROM events").ok());  // readonly at the file level too
  EXPECT_EQ(testing_util::Slurp(path), before);
}

TEST(SqliteTest, ADeadlineStopsARunawayStatement) {
  auto db = Database::Open(":memory:", false);
  ASSERT_TRUE(db.ok());
  db->SetDeadline(50);
  auto st = db->Prepare("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c");
  ASSERT_TRUE(st.ok());
  auto row = st->Step();
  ASSERT_FALSE(row.ok());
  EXPECT_EQ(row.status().code(), Status::Code::kResourceExhausted);
  db->SetDeadline(0);
  auto quick = db->Prepare("SELECT 1");
  ASSERT_TRUE(quick.ok());
  auto one = quick->Step();
  ASSERT_TRUE(one.ok());
  EXPECT_TRUE(*one);
}

TEST(SqliteTest, ValuesAreBoundNotSpliced) {
  auto db = Database::Open(":memory:", false);
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE(db->Exec("CREATE TABLE t (v TEXT)").ok());
  auto ins = db->Prepare("INSERT INTO t (v) VALUES (?1)");
  ASSERT_TRUE(ins.ok());
  const std::string evil = "x'); DROP TABLE t; --";
  ASSERT_TRUE(ins->Bind(1, evil).Run().ok());
  auto sel = db->Prepare("SELECT v FROM t");
  ASSERT_TRUE(sel.ok());
  auto row = sel->Step();
  ASSERT_TRUE(row.ok() && *row);
  EXPECT_EQ(sel->Text(0), evil);
}

}  // namespace
}  // namespace parley::store
