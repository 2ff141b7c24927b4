// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The store's schema as an ordered list of migrations (docs/store.md).
// PRAGMA user_version holds the number of migrations applied; opening a file
// for writing applies the missing ones in one transaction.

#ifndef PARLEY_STORE_SCHEMA_H_
#define PARLEY_STORE_SCHEMA_H_

#include "parley/status.h"
#include "store/sqlite.h"

namespace parley::store {

// The version a fully migrated store has.
int LatestSchemaVersion();

// The file's PRAGMA user_version; 0 for a new, empty file.
StatusOr<int> ReadSchemaVersion(Database* db);

// Applies migrations up to `target` (LatestSchemaVersion() by default).
// Refuses a file whose version is newer than this build knows, and a
// non-empty file that is not a Parley store.
Status Migrate(Database* db, int target = 0);

}  // namespace parley::store

#endif  // PARLEY_STORE_SCHEMA_H_
