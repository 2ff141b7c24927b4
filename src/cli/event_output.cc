// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "cli/event_output.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

namespace parley::cli {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr std::string_view kJournalMagic = "parley-progress\t1\t";
constexpr size_t kStdoutBuffer = 64 << 10;
constexpr size_t kFileBuffer = 1 << 20;

std::string Errno(const std::string& what, const std::string& path) {
  return what + " " + path + ": " + std::strerror(errno);
}

// write(2) until everything is written; EINTR (a stop request arriving) is
// retried, so a line is never cut by our own signal handling.
Status WriteAll(int fd, std::string_view data, const std::string& name) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IoError(Errno("cannot write", name));
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return Status::Ok();
}

// Ids are free text: tabs, newlines and backslashes are escaped so a record
// stays one line of five tabs.
void AppendEscaped(std::string* out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '\\': out->append("\\\\"); break;
      case '\t': out->append("\\t"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      default: out->push_back(c);
    }
  }
}

bool Unescape(std::string_view s, std::string* out) {
  out->clear();
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\') {
      out->push_back(s[i]);
      continue;
    }
    if (++i == s.size()) return false;
    switch (s[i]) {
      case '\\': out->push_back('\\'); break;
      case 't': out->push_back('\t'); break;
      case 'n': out->push_back('\n'); break;
      case 'r': out->push_back('\r'); break;
      default: return false;
    }
  }
  return true;
}

bool ParseU64(std::string_view s, int base, uint64_t* v) {
  if (s.empty() || s.size() > 20) return false;
  *v = 0;
  for (char c : s) {
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (base == 16 && c >= 'a' && c <= 'f') d = c - 'a' + 10;
    else return false;
    *v = *v * base + d;
  }
  return true;
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (;;) {
    const size_t tab = line.find('\t', start);
    parts.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return parts;
    start = tab + 1;
  }
}

bool ReadWhole(const std::string& path, std::string* out) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  const bool ok = !std::ferror(f);
  std::fclose(f);
  return ok;
}

Status SyncDirectory(const std::string& file) {
  fs::path dir = fs::path(file).parent_path();
  if (dir.empty()) dir = ".";
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return Status::IoError(Errno("cannot open folder", dir.string()));
  const int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0 && errno != EINVAL) return Status::IoError(Errno("cannot sync folder", dir.string()));
  return Status::Ok();
}

class StdoutOutput final : public EventOutput {
 public:
  StdoutOutput() { buffer_.reserve(kStdoutBuffer * 2); }
  Status Append(std::string_view rows, const DocumentRecord&) override {
    buffer_.append(rows);
    if (buffer_.size() >= kStdoutBuffer) return Flush(false);
    return Status::Ok();
  }
  Status Flush(bool) override {
    Status s = WriteAll(1, buffer_, "standard output");
    buffer_.clear();
    return s;
  }
  Status Commit() override { return Flush(true); }
  Status Suspend() override { return Flush(true); }
  std::string SuspendedNote() const override { return ""; }

 private:
  std::string buffer_;
};

class DiscardOutput final : public EventOutput {
 public:
  Status Append(std::string_view, const DocumentRecord&) override { return Status::Ok(); }
  Status Flush(bool) override { return Status::Ok(); }
  Status Commit() override { return Status::Ok(); }
  Status Suspend() override { return Status::Ok(); }
  std::string SuspendedNote() const override { return ""; }
};

class FileOutput final : public EventOutput {
 public:
  ~FileOutput() override {
    if (data_fd_ >= 0) ::close(data_fd_);
    if (journal_fd_ >= 0) ::close(journal_fd_);
  }

  Status Open(const std::string& path, const std::string& header, const std::string& run_key, bool resume,
              double checkpoint_seconds, ResumeState* resumed, std::string* note) {
    path_ = path;
    partial_ = path + ".parley-partial";
    journal_ = path + ".parley-progress";
    interval_ = std::chrono::duration<double>(checkpoint_seconds);
    std::error_code ec;
    // The journal is what makes a run resumable; it only ever appears
    // whole (Start), so without one there is nothing to resume.
    const bool journal = fs::exists(journal_, ec);
    if (resume && journal) return Resume(header, run_key, resumed, note);
    if (resume) *note = "nothing to resume for " + path + " (no " + journal_ + "); starting a new run";
    else if (journal || fs::exists(partial_, ec)) {
      *note = "discarding the partial output of an interrupted run (" + partial_ + "); --resume continues it";
    }
    return Start(header, run_key);
  }

  Status Append(std::string_view rows, const DocumentRecord& record) override {
    buffer_.append(rows);
    written_ += rows.size();
    std::string& r = unsynced_records_;
    r.append(std::to_string(written_)).push_back('\t');
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(record.hash));
    r.append(hex).push_back('\t');
    r.append(std::to_string(record.events)).push_back('\t');
    r.append(std::to_string(record.sentences)).push_back('\t');
    r.push_back(record.skipped ? 's' : 'c');
    r.push_back('\t');
    AppendEscaped(&r, record.id);
    r.push_back('\n');
    if (buffer_.size() >= kFileBuffer) PARLEY_RETURN_IF_ERROR(Drain());
    return Status::Ok();
  }

  Status Flush(bool force) override {
    PARLEY_RETURN_IF_ERROR(Drain());
    if (!force && Clock::now() - last_checkpoint_ < interval_) return Status::Ok();
    return Checkpoint();
  }

  Status Commit() override {
    PARLEY_RETURN_IF_ERROR(Drain());
    if (::fdatasync(data_fd_) != 0) return Status::IoError(Errno("cannot sync", partial_));
    if (::close(data_fd_) != 0) {
      data_fd_ = -1;
      return Status::IoError(Errno("cannot close", partial_));
    }
    data_fd_ = -1;
    if (::rename(partial_.c_str(), path_.c_str()) != 0) {
      return Status::IoError("cannot rename " + partial_ + " to " + path_ + ": " + std::strerror(errno));
    }
    PARLEY_RETURN_IF_ERROR(SyncDirectory(path_));
    ::close(journal_fd_);
    journal_fd_ = -1;
    if (::unlink(journal_.c_str()) != 0 && errno != ENOENT) {
      return Status::IoError(Errno("cannot remove", journal_));
    }
    return SyncDirectory(path_);
  }

  Status Suspend() override { return Flush(true); }

  std::string SuspendedNote() const override {
    return "the events so far are in " + partial_ + "; run the same command with --resume to finish " + path_;
  }

 private:
  // A kill at any point of this leaves either no journal (nothing to
  // resume: the next run starts over) or a whole one that names only the
  // header row, which is already on disk.
  Status Start(const std::string& header, const std::string& run_key) {
    // An old journal goes first: it must never outlive the partial file it
    // describes.
    if (::unlink(journal_.c_str()) != 0 && errno != ENOENT) return Status::IoError(Errno("cannot remove", journal_));
    PARLEY_RETURN_IF_ERROR(SyncDirectory(path_));
    data_fd_ = ::open(partial_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (data_fd_ < 0) return Status::IoError(Errno("cannot create", partial_));
    PARLEY_RETURN_IF_ERROR(WriteAll(data_fd_, header, partial_));
    written_ = header.size();
    if (::fdatasync(data_fd_) != 0) return Status::IoError(Errno("cannot sync", partial_));
    // The journal's first line is written beside it and renamed into place.
    const std::string fresh = journal_ + ".new";
    const int fd = ::open(fresh.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) return Status::IoError(Errno("cannot create", fresh));
    std::string first(kJournalMagic);
    first.append(run_key).append("\t").append(std::to_string(header.size())).append("\n");
    Status written = WriteAll(fd, first, fresh);
    if (written.ok() && ::fdatasync(fd) != 0) written = Status::IoError(Errno("cannot sync", fresh));
    ::close(fd);
    PARLEY_RETURN_IF_ERROR(written);
    if (::rename(fresh.c_str(), journal_.c_str()) != 0) {
      return Status::IoError("cannot rename " + fresh + " to " + journal_ + ": " + std::strerror(errno));
    }
    PARLEY_RETURN_IF_ERROR(SyncDirectory(path_));
    journal_fd_ = ::open(journal_.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
    if (journal_fd_ < 0) return Status::IoError(Errno("cannot open", journal_));
    last_checkpoint_ = Clock::now();
    return Status::Ok();
  }

  Status Resume(const std::string& header, const std::string& run_key, ResumeState* resumed, std::string* note) {
    std::string journal;
    if (!ReadWhole(journal_, &journal)) return Status::IoError(Errno("cannot read", journal_));
    const std::string cannot = "cannot resume " + path_ + ": ";
    const size_t first_end = journal.find('\n');
    if (journal.compare(0, kJournalMagic.size(), kJournalMagic) != 0 || first_end == std::string::npos) {
      return Status::InvalidArgument(cannot + journal_ + " is not a Parley progress journal; remove it or run without --resume");
    }
    const auto head = SplitTabs(std::string_view(journal).substr(kJournalMagic.size(), first_end - kJournalMagic.size()));
    uint64_t header_size = 0;
    if (head.size() != 2 || !ParseU64(head[1], 10, &header_size)) {
      return Status::InvalidArgument(cannot + journal_ + ": malformed first line");
    }
    if (head[0] != run_key) {
      return Status::InvalidArgument(cannot + "the interrupted run used other options (" + std::string(head[0]) +
                                     ", now " + run_key + "); run without --resume to start over");
    }
    if (header_size != header.size()) return Status::InvalidArgument(cannot + journal_ + ": header size differs");
    // Records up to the last complete, well-formed line.
    uint64_t offset = header_size;
    size_t journal_end = first_end + 1;
    std::string id;
    for (size_t pos = first_end + 1; pos < journal.size();) {
      const size_t nl = journal.find('\n', pos);
      if (nl == std::string::npos) break;  // torn last line
      const auto f = SplitTabs(std::string_view(journal).substr(pos, nl - pos));
      uint64_t end = 0, hash = 0, events = 0, sentences = 0;
      if (f.size() != 6 || !ParseU64(f[0], 10, &end) || f[1].size() != 16 || !ParseU64(f[1], 16, &hash) ||
          !ParseU64(f[2], 10, &events) || !ParseU64(f[3], 10, &sentences) || (f[4] != "c" && f[4] != "s") ||
          !Unescape(f[5], &id) || end < offset) {
        break;
      }
      offset = end;
      ResumedDocument& doc = resumed->done[RecordKey(id, hash)];
      ++doc.count;
      doc.events = static_cast<uint32_t>(events);
      doc.sentences = static_cast<uint32_t>(sentences);
      doc.skipped = f[4] == "s";
      ++resumed->documents;
      pos = journal_end = nl + 1;
    }
    // Killed between Commit's rename and its removal of the journal: the
    // output is complete and the journal vouches for all of it. Taking it
    // back as the partial file resumes to the same output.
    std::error_code ec;
    if (!fs::exists(partial_, ec) && fs::exists(path_, ec)) {
      if (::rename(path_.c_str(), partial_.c_str()) != 0) {
        return Status::IoError("cannot rename " + path_ + " to " + partial_ + ": " + std::strerror(errno));
      }
    }
    data_fd_ = ::open(partial_.c_str(), O_WRONLY | O_CLOEXEC);
    if (data_fd_ < 0) return Status::IoError(Errno("cannot open", partial_));
    struct stat st;
    if (::fstat(data_fd_, &st) != 0) return Status::IoError(Errno("cannot stat", partial_));
    if (static_cast<uint64_t>(st.st_size) < offset) {
      return Status::InvalidArgument(cannot + partial_ + " is shorter than its journal says (" +
                                     std::to_string(st.st_size) + " < " + std::to_string(offset) +
                                     " bytes); run without --resume to start over");
    }
    // Cut both files back to the last document the journal vouches for.
    if (::ftruncate(data_fd_, static_cast<off_t>(offset)) != 0) return Status::IoError(Errno("cannot truncate", partial_));
    if (::lseek(data_fd_, 0, SEEK_END) < 0) return Status::IoError(Errno("cannot seek", partial_));
    if (::fdatasync(data_fd_) != 0) return Status::IoError(Errno("cannot sync", partial_));
    journal_fd_ = ::open(journal_.c_str(), O_WRONLY | O_CLOEXEC);
    if (journal_fd_ < 0) return Status::IoError(Errno("cannot open", journal_));
    if (::ftruncate(journal_fd_, static_cast<off_t>(journal_end)) != 0) return Status::IoError(Errno("cannot truncate", journal_));
    if (::lseek(journal_fd_, 0, SEEK_END) < 0) return Status::IoError(Errno("cannot seek", journal_));
    if (::fdatasync(journal_fd_) != 0) return Status::IoError(Errno("cannot sync", journal_));
    written_ = offset;
    last_checkpoint_ = Clock::now();
    *note = "resuming " + path_ + ": " + std::to_string(resumed->documents) + " documents were already done";
    return Status::Ok();
  }

  // Rows to the partial file; their records wait for the next checkpoint.
  Status Drain() {
    if (!buffer_.empty()) {
      PARLEY_RETURN_IF_ERROR(WriteAll(data_fd_, buffer_, partial_));
      buffer_.clear();
    }
    synced_pending_.append(unsynced_records_);
    unsynced_records_.clear();
    return Status::Ok();
  }

  Status Checkpoint() {
    last_checkpoint_ = Clock::now();
    if (synced_pending_.empty()) return Status::Ok();
    if (::fdatasync(data_fd_) != 0) return Status::IoError(Errno("cannot sync", partial_));
    PARLEY_RETURN_IF_ERROR(WriteAll(journal_fd_, synced_pending_, journal_));
    synced_pending_.clear();
    if (::fdatasync(journal_fd_) != 0) return Status::IoError(Errno("cannot sync", journal_));
    return Status::Ok();
  }

  std::string path_, partial_, journal_;
  int data_fd_ = -1, journal_fd_ = -1;
  uint64_t written_ = 0;           // bytes of the partial file, including buffered ones
  std::string buffer_;             // rows not yet written
  std::string unsynced_records_;   // records of rows still in buffer_
  std::string synced_pending_;     // records of rows written, not yet journalled
  std::chrono::duration<double> interval_{1.0};
  Clock::time_point last_checkpoint_;
};

}  // namespace

std::string RecordKey(std::string_view id, uint64_t hash) {
  std::string key(id);
  key.push_back('\0');
  key.append(reinterpret_cast<const char*>(&hash), sizeof hash);
  return key;
}

std::unique_ptr<EventOutput> EventOutput::Stdout() { return std::make_unique<StdoutOutput>(); }
std::unique_ptr<EventOutput> EventOutput::Discard() { return std::make_unique<DiscardOutput>(); }

StatusOr<std::unique_ptr<EventOutput>> EventOutput::OpenFile(const std::string& path, const std::string& header,
                                                             const std::string& run_key, bool resume,
                                                             double checkpoint_seconds, ResumeState* resumed,
                                                             std::string* note) {
  auto out = std::make_unique<FileOutput>();
  PARLEY_RETURN_IF_ERROR(out->Open(path, header, run_key, resume, checkpoint_seconds, resumed, note));
  return std::unique_ptr<EventOutput>(std::move(out));
}

}  // namespace parley::cli
