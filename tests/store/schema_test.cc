// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Migrations: a store written by an older schema is brought up to date when
// opened for writing, keeping its data; readers refuse an old schema and
// every schema newer than this build.

#include <gtest/gtest.h>

#include "parley/store.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/store_test_util.h"

namespace parley {
namespace {

using testing_util::DocBuilder;
using testing_util::TempDir;

TEST(SchemaTest, AVersionOneStoreMigratesKeepingItsEvents) {
  TempDir dir;
  const std::string path = dir.File("old.sqlite");
  {
    auto db = store::Database::Open(path, false);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(store::Migrate(&*db, 1).ok());
    ASSERT_EQ(store::ReadSchemaVersion(&*db).value(), 1);
    // What a version-1 writer left: one document, one record, one mention.
    ASSERT_TRUE(db->Exec("INSERT INTO documents (id, doc_id, content_hash, source_name, text, coded_at, published) "
                         "VALUES (1, 'old-doc', '0', 'doc:old-doc', 'Paris a salué Berlin.', 'x', '2020-01-01')").ok());
    ASSERT_TRUE(db->Exec("INSERT INTO events (id, date, source, target, code, mode, root, quad_class, goldstein, "
                         "plover, num_mentions, num_sources, num_articles, added) VALUES "
                         "(1, '2020-01-01', 'FRA', 'DEU', '051', 'asserted', '05', 1, 3.4, 'SUPPORT', 1, 1, 1, 'x')").ok());
    ASSERT_TRUE(db->Exec("INSERT INTO document_events (id, event, document, ordinal, source_name, mentions, sentence, "
                         "lang) VALUES (1, 1, 1, 1, 'doc:old-doc', 1, 1, 'fr')").ok());
  }
  {
    auto r = StoreReader::Open(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), Status::Code::kUnsupported);
    EXPECT_NE(r.status().message().find("migrate"), std::string::npos) << r.status().message();
  }
  {
    auto w = StoreWriter::Open(path);
    ASSERT_TRUE(w.ok()) << w.status().ToString();
    DocBuilder b("new-doc", "2020-01-01", {"Paris a salué Berlin."});
    b.Add("2020-01-01", "FRA", "051", "DEU", 1, 3.4, "Paris a salué Berlin.", 1, "Paris", "a salué", "Berlin");
    ASSERT_TRUE((*w)->Add(b.doc, b.stats, b.events).ok());
    ASSERT_TRUE((*w)->Close().ok());
  }
  auto r = StoreReader::Open(path);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  auto page = (*r)->Query({}, 0, 10);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->events.size(), 1u);
  EXPECT_EQ(page->events[0].num_articles, 2);  // the old article and the new one
  EXPECT_EQ(page->events[0].num_sources, 2);
  EXPECT_FALSE(page->events[0].latitude.has_value());  // migration 2's column, NULL for old rows
}

TEST(SchemaTest, ANewerSchemaIsRefused) {
  TempDir dir;
  const std::string path = dir.File("future.sqlite");
  {
    auto db = store::Database::Open(path, false);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(store::Migrate(&*db).ok());
    ASSERT_TRUE(db->Exec("PRAGMA user_version = 99").ok());
  }
  auto w = StoreWriter::Open(path);
  ASSERT_FALSE(w.ok());
  EXPECT_EQ(w.status().code(), Status::Code::kUnsupported);
  EXPECT_FALSE(StoreReader::Open(path).ok());
}

TEST(SchemaTest, ADatabaseOfSomethingElseIsLeftAlone) {
  TempDir dir;
  const std::string path = dir.File("other.sqlite");
  {
    auto db = store::Database::Open(path, false);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->Exec("CREATE TABLE accounts (id INTEGER)").ok());
  }
  auto w = StoreWriter::Open(path);
  ASSERT_FALSE(w.ok());
  EXPECT_NE(w.status().message().find("not a Parley store"), std::string::npos);
  auto db = store::Database::Open(path, true);
  ASSERT_TRUE(db.ok());
  EXPECT_EQ(store::ReadSchemaVersion(&*db).value(), 0);
}

}  // namespace
}  // namespace parley
