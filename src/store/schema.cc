// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Migrations, oldest first. Never edit a migration that has shipped: add a
// new one (a new Event field is a new migration adding its column), and
// document it in docs/store.md.

#include "store/schema.h"

#include <string>

namespace parley::store {
namespace {

// 1: documents, sentences (with an FTS5 index), cross-article event records,
//    document events and mentions.
constexpr const char kMigration1[] = R"sql(
CREATE TABLE parley_store (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO parley_store (key, value) VALUES ('format', 'parley event store');

CREATE TABLE documents (
  id            INTEGER PRIMARY KEY,
  doc_id        TEXT NOT NULL UNIQUE,
  url           TEXT NOT NULL DEFAULT '',
  title         TEXT NOT NULL DEFAULT '',
  published     TEXT NOT NULL DEFAULT '',
  lang          TEXT NOT NULL DEFAULT '',
  content_hash  TEXT NOT NULL,
  source_name   TEXT NOT NULL,
  sentences     INTEGER NOT NULL DEFAULT 0,
  text          TEXT NOT NULL,
  coded_at      TEXT NOT NULL
);

CREATE TABLE sentences (
  id        INTEGER PRIMARY KEY,
  document  INTEGER NOT NULL REFERENCES documents(id),
  idx       INTEGER NOT NULL,
  begin     INTEGER NOT NULL,
  end       INTEGER NOT NULL,
  text      TEXT NOT NULL,
  UNIQUE (document, idx)
);

-- Kept by the writer, not by triggers: a batch's sentences are indexed in
-- one statement at commit (docs/store.md, "Full-text index").
CREATE VIRTUAL TABLE sentence_fts USING fts5(
  text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2');

CREATE TABLE events (
  id            INTEGER PRIMARY KEY,
  date          TEXT NOT NULL,
  source        TEXT NOT NULL,
  target        TEXT NOT NULL,
  code          TEXT NOT NULL,
  mode          TEXT NOT NULL,
  root          TEXT NOT NULL,
  quad_class    INTEGER NOT NULL,
  goldstein     REAL NOT NULL,
  plover        TEXT NOT NULL,
  num_mentions  INTEGER NOT NULL DEFAULT 0,
  num_sources   INTEGER NOT NULL DEFAULT 0,
  num_articles  INTEGER NOT NULL DEFAULT 0,
  is_root       INTEGER NOT NULL DEFAULT 0,
  added         TEXT NOT NULL,
  UNIQUE (date, source, target, code, mode)
);
CREATE INDEX events_source ON events (source, target, date);
CREATE INDEX events_target ON events (target, source, date);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_countries ON events (substr(source, 1, 3), substr(target, 1, 3), date, quad_class, goldstein);
CREATE INDEX events_target_country ON events (substr(target, 1, 3), date, quad_class, goldstein);
CREATE INDEX events_code ON events (code, date);
CREATE INDEX events_root ON events (root, date);

CREATE TABLE document_events (
  id           INTEGER PRIMARY KEY,
  event        INTEGER NOT NULL REFERENCES events(id),
  document     INTEGER NOT NULL REFERENCES documents(id),
  ordinal      INTEGER NOT NULL,
  source_name  TEXT NOT NULL,
  mentions     INTEGER NOT NULL,
  sentence     INTEGER NOT NULL,
  lang         TEXT NOT NULL,
  location     TEXT NOT NULL DEFAULT '',
  source_text  TEXT NOT NULL DEFAULT '',
  target_text  TEXT NOT NULL DEFAULT '',
  verb_text    TEXT NOT NULL DEFAULT '',
  evidence     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX document_events_event ON document_events (event, source_name);
CREATE INDEX document_events_document ON document_events (document);

CREATE TABLE mentions (
  id              INTEGER PRIMARY KEY,
  document_event  INTEGER NOT NULL REFERENCES document_events(id),
  event           INTEGER NOT NULL REFERENCES events(id),
  document        INTEGER NOT NULL REFERENCES documents(id),
  sentence        INTEGER REFERENCES sentences(id),
  sentence_idx    INTEGER NOT NULL,
  source_begin INTEGER, source_end INTEGER,
  target_begin INTEGER, target_end INTEGER,
  verb_begin   INTEGER, verb_end   INTEGER
);
CREATE INDEX mentions_event ON mentions (event);
CREATE INDEX mentions_sentence ON mentions (sentence);
CREATE INDEX mentions_document ON mentions (document);
)sql";

// 2: place details of a document event, for the map and GDELT's ActionGeo
//    columns; filled once the coder reports them (NULL until then).
constexpr const char kMigration2[] = R"sql(
ALTER TABLE document_events ADD COLUMN country TEXT NOT NULL DEFAULT '';
ALTER TABLE document_events ADD COLUMN latitude REAL;
ALTER TABLE document_events ADD COLUMN longitude REAL;
CREATE INDEX document_events_geo ON document_events (latitude, longitude) WHERE latitude IS NOT NULL;
)sql";

// 3: reported speech (who the event is attributed to), the dictionary line
//    that coded it, and the place's first-level region.
constexpr const char kMigration3[] = R"sql(
ALTER TABLE document_events ADD COLUMN attribution TEXT NOT NULL DEFAULT '';
ALTER TABLE document_events ADD COLUMN attribution_text TEXT NOT NULL DEFAULT '';
ALTER TABLE document_events ADD COLUMN rule TEXT NOT NULL DEFAULT '';
ALTER TABLE document_events ADD COLUMN admin1 TEXT NOT NULL DEFAULT '';
)sql";

constexpr const char* kMigrations[] = {kMigration1, kMigration2, kMigration3};
constexpr int kLatest = sizeof(kMigrations) / sizeof(kMigrations[0]);

}  // namespace

int LatestSchemaVersion() { return kLatest; }

StatusOr<int> ReadSchemaVersion(Database* db) {
  auto st = db->Prepare("PRAGMA user_version");
  if (!st.ok()) return st.status();
  auto row = st->Step();
  if (!row.ok()) return row.status();
  return static_cast<int>(st->Int(0));
}

Status Migrate(Database* db, int target) {
  if (target <= 0) target = kLatest;
  auto version = ReadSchemaVersion(db);
  if (!version.ok()) return version.status();
  if (*version > kLatest) {
    return Status::Unsupported("store " + db->path() + ": schema version " + std::to_string(*version) +
                               " is newer than this parley (" + std::to_string(kLatest) + ")");
  }
  if (*version == 0) {
    // A new file has no tables; anything else is someone else's database.
    auto tables = db->Prepare("SELECT count(*) FROM sqlite_master");
    if (!tables.ok()) return tables.status();
    auto row = tables->Step();
    if (!row.ok()) return row.status();
    if (tables->Int(0) != 0) {
      return Status::InvalidArgument("store " + db->path() + ": not a Parley store (it has other tables)");
    }
  }
  if (*version >= target) return Status::Ok();
  PARLEY_RETURN_IF_ERROR(db->Exec("BEGIN IMMEDIATE"));
  for (int v = *version; v < target; ++v) {
    Status st = db->Exec(kMigrations[v]);
    if (st.ok()) {
      // user_version takes no parameter; the value is our own integer.
      const std::string set = "PRAGMA user_version = " + std::to_string(v + 1);
      st = db->Exec(set.c_str());
    }
    if (!st.ok()) {
      db->Exec("ROLLBACK");
      return Status(st.code(), "migrating to schema " + std::to_string(v + 1) + ": " + st.message());
    }
  }
  return db->Exec("COMMIT");
}

}  // namespace parley::store
