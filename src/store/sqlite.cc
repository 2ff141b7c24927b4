// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "store/sqlite.h"

#include <chrono>
#include <mutex>
#include <utility>

namespace parley::store {
namespace {

int64_t NowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// Before the library's first use: no memory-usage statistics, which SQLite
// otherwise keeps under a global mutex taken on every allocation (a tenth of
// a dense coding run's time went to that mutex). Parley never reads them.
void ConfigureLibrary() {
  static std::once_flag once;
  std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

}  // namespace

Database::~Database() {
  if (db_ != nullptr) sqlite3_close_v2(db_);
}

Database::Database(Database&& other) noexcept { *this = std::move(other); }

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    if (db_ != nullptr) sqlite3_close_v2(db_);
    db_ = std::exchange(other.db_, nullptr);
    path_ = std::move(other.path_);
    deadline_ns_ = other.deadline_ns_;
    deadline_hit_ = other.deadline_hit_;
    // The progress handler points at the object: move it along.
    if (db_ != nullptr) sqlite3_progress_handler(db_, 1000, &Database::Progress, this);
  }
  return *this;
}

StatusOr<Database> Database::Open(const std::string& path, bool read_only) {
  ConfigureLibrary();
  Database d;
  d.path_ = path;
  const int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                    SQLITE_OPEN_NOMUTEX;
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  d.db_ = raw;
  if (rc != SQLITE_OK) {
    Status st = raw != nullptr ? d.Error("cannot open") : Status::IoError("store " + path + ": cannot open");
    if (rc == SQLITE_CANTOPEN) return Status::NotFound("store " + path + ": cannot open the file");
    return st;
  }
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, 5000);
  sqlite3_progress_handler(raw, 1000, &Database::Progress, &d);
  if (read_only) PARLEY_RETURN_IF_ERROR(d.Exec("PRAGMA query_only = ON"));
  return d;
}

int Database::Progress(void* self) {
  auto* d = static_cast<Database*>(self);
  if (d->deadline_ns_ != 0 && NowNs() > d->deadline_ns_) {
    d->deadline_hit_ = true;
    return 1;  // interrupts the statement
  }
  return 0;
}

void Database::SetDeadline(int ms) {
  deadline_hit_ = false;
  deadline_ns_ = ms > 0 ? NowNs() + static_cast<int64_t>(ms) * 1000000 : 0;
}

Status Database::Error(const std::string& what) const {
  const int code = db_ != nullptr ? sqlite3_extended_errcode(db_) : SQLITE_ERROR;
  const std::string msg = db_ != nullptr ? sqlite3_errmsg(db_) : "no connection";
  const std::string text = "store " + path_ + ": " + what + ": " + msg;
  if (deadline_hit_ || (code & 0xff) == SQLITE_INTERRUPT) {
    return Status::ResourceExhausted("store " + path_ + ": the query ran out of time; narrow the filters");
  }
  switch (code & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return Status::DataLoss(text);
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::IoError(text);
    default:
      return Status::InvalidArgument(text);
  }
}

Status Database::Exec(const char* sql) {
  char* err = nullptr;
  const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &err);
  if (err != nullptr) sqlite3_free(err);
  if (rc != SQLITE_OK) return Error(std::string("executing ") + std::string(sql).substr(0, 60));
  return Status::Ok();
}

StatusOr<Statement> Database::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) return Error("preparing " + std::string(sql.substr(0, 80)));
  return Statement(this, stmt);
}

Statement::~Statement() {
  if (stmt_ != nullptr) sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept { *this = std::move(other); }

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    if (stmt_ != nullptr) sqlite3_finalize(stmt_);
    db_ = std::exchange(other.db_, nullptr);
    stmt_ = std::exchange(other.stmt_, nullptr);
  }
  return *this;
}

Statement& Statement::Bind(int i, int64_t v) {
  sqlite3_bind_int64(stmt_, i, v);
  return *this;
}
Statement& Statement::Bind(int i, double v) {
  sqlite3_bind_double(stmt_, i, v);
  return *this;
}
Statement& Statement::Bind(int i, std::string_view v) {
  sqlite3_bind_text64(stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  return *this;
}
Statement& Statement::BindNull(int i) {
  sqlite3_bind_null(stmt_, i);
  return *this;
}
Statement& Statement::BindOptional(int i, const std::optional<double>& v) {
  return v ? Bind(i, *v) : BindNull(i);
}

StatusOr<bool> Statement::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return db_->Error("running a statement");
}

Status Statement::Run() {
  for (;;) {
    auto row = Step();
    if (!row.ok()) {
      Reset();
      return row.status();
    }
    if (!*row) break;
  }
  Reset();
  return Status::Ok();
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string Statement::Text(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  if (p == nullptr) return std::string();
  return std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

std::optional<double> Statement::OptionalDouble(int col) const {
  if (IsNull(col)) return std::nullopt;
  return Double(col);
}

}  // namespace parley::store
