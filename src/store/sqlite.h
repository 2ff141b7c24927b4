// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// A thin RAII layer over SQLite's C API for the store: a connection, and
// prepared statements whose values are always bound as parameters (no SQL
// text is ever built from data). Errors become Status values naming the
// database file.

#ifndef PARLEY_STORE_SQLITE_H_
#define PARLEY_STORE_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "parley/status.h"

namespace parley::store {

class Statement;

class Database {
 public:
  Database() = default;
  ~Database();
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // `read_only`: SQLITE_OPEN_READONLY and PRAGMA query_only, so no statement
  // can write. Otherwise the file is created when missing.
  static StatusOr<Database> Open(const std::string& path, bool read_only);

  // Runs SQL text that takes no parameters (schema, pragmas, BEGIN/COMMIT).
  Status Exec(const char* sql);
  StatusOr<Statement> Prepare(std::string_view sql);

  // Makes every later statement fail with ResourceExhausted once `ms`
  // milliseconds have passed since the call; 0 clears the deadline.
  void SetDeadline(int ms);
  bool deadline_passed() const { return deadline_hit_; }

  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }
  // A Status for the connection's last error, prefixed with `what`.
  Status Error(const std::string& what) const;

 private:
  static int Progress(void* self);
  sqlite3* db_ = nullptr;
  std::string path_;
  int64_t deadline_ns_ = 0;  // steady_clock; 0 none
  bool deadline_hit_ = false;
};

class Statement {
 public:
  Statement() = default;
  Statement(Database* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Parameters are 1-based, as in SQLite.
  Statement& Bind(int i, int64_t v);
  Statement& Bind(int i, int v) { return Bind(i, static_cast<int64_t>(v)); }
  Statement& Bind(int i, double v);
  Statement& Bind(int i, std::string_view v);  // copied (SQLITE_TRANSIENT)
  Statement& Bind(int i, const char* v) { return Bind(i, std::string_view(v)); }
  Statement& Bind(int i, const std::string& v) { return Bind(i, std::string_view(v)); }
  Statement& BindNull(int i);
  Statement& BindOptional(int i, const std::optional<double>& v);

  // True when a row is ready, false at the end; errors (including a passed
  // deadline) as a Status.
  StatusOr<bool> Step();
  // Runs to completion, discarding rows.
  Status Run();
  void Reset();  // rewinds and clears the bindings

  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Double(int col) const { return sqlite3_column_double(stmt_, col); }
  std::string Text(int col) const;
  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::optional<double> OptionalDouble(int col) const;

 private:
  Database* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace parley::store

#endif  // PARLEY_STORE_SQLITE_H_
