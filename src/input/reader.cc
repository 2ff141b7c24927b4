// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// DocumentReader implementation. Each input file is streamed through one
// large buffer: text files are read whole (up to the size limit), JSON Lines
// files line by line, with overlong lines skipped by counting, never held.

#include "parley/reader.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstring>
#include <deque>
#include <filesystem>
#include <string_view>
#include <system_error>
#include <vector>

#include "input/byte_source.h"
#include "input/json_line.h"

namespace parley {
namespace {

namespace fs = std::filesystem;
using input::ByteSource;

constexpr size_t kBlock = 1 << 20;      // read size once a file proves big
constexpr size_t kFirstBlock = 64 << 10;  // first read: most dispatches are small
constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool HasSuffix(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char c = s[s.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

bool IsJsonLinesName(std::string_view path) {
  if (HasSuffix(path, ".gz")) path.remove_suffix(3);
  else if (HasSuffix(path, ".zst")) path.remove_suffix(4);
  return HasSuffix(path, ".jsonl") || HasSuffix(path, ".ndjson");
}

bool IsBlank(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

// One queued input: a path to read, or an error found while walking a
// directory (reported in its place, in order).
struct Pending {
  std::string path;
  Status error;
};

// Splits a ByteSource into lines ('\n'-terminated; a final line without one
// still counts), growing its buffer only as far as the size limit.
class LineSplitter {
 public:
  enum class Kind { kLine, kOversize, kError, kEnd };

  void Reset(std::unique_ptr<ByteSource> src, size_t limit) {
    src_ = std::move(src);
    limit_ = limit;
    begin_ = scan_ = end_ = 0;
    eof_ = false;
    error_ = Status();
    if (buf_.size() < kFirstBlock) buf_.resize(kFirstBlock);
  }
  bool active() const { return src_ != nullptr; }
  void Close() {
    src_.reset();
    // Do not keep a giant buffer around after one huge line.
    if (buf_.size() > 4 * kBlock) std::vector<char>(kBlock).swap(buf_);
  }

  // kLine: *line is valid until the next call. kOversize: *size is the
  // line's length. kError: *error says why the stream broke.
  Kind Next(std::string_view* line, size_t* size, Status* error) {
    for (;;) {
      if (scan_ < end_) {
        const void* nl = std::memchr(buf_.data() + scan_, '\n', end_ - scan_);
        if (nl != nullptr) {
          const size_t pos = static_cast<const char*>(nl) - buf_.data();
          const size_t start = begin_;
          begin_ = scan_ = pos + 1;
          return Emit(start, pos, line, size);
        }
        scan_ = end_;
      }
      if (eof_ || !error_.ok()) {
        if (begin_ < end_) {
          // A last line without a newline. After a stream error it is cut
          // short, so it becomes part of the error instead.
          const size_t start = begin_;
          begin_ = scan_ = end_;
          if (error_.ok()) return Emit(start, end_, line, size);
        }
        if (!error_.ok()) {
          *error = error_;
          error_ = Status();
          eof_ = true;
          return Kind::kError;
        }
        return Kind::kEnd;
      }
      if (end_ - begin_ > limit_) return SkipLongLine(size);
      Fill();
    }
  }

 private:
  Kind Emit(size_t start, size_t stop, std::string_view* line, size_t* size) {
    if (stop - start > limit_) {
      *size = stop - start;
      return Kind::kOversize;
    }
    *line = std::string_view(buf_.data() + start, stop - start);
    return Kind::kLine;
  }

  // Makes room and reads one block (or less).
  void Fill() {
    if (begin_ > 0 && (end_ == buf_.size() || begin_ >= buf_.size() / 2)) {
      std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
      end_ -= begin_;
      scan_ -= begin_;
      begin_ = 0;
    }
    if (end_ == buf_.size()) {
      // Only reached while the pending line is within the limit.
      size_t grown = std::min(buf_.size() * 2, std::max(limit_ + 1, kBlock));
      grown = std::max(grown, buf_.size() + 1);
      buf_.resize(grown);
    }
    size_t got = 0;
    Status s = src_->Read(buf_.data() + end_, buf_.size() - end_, &got);
    if (!s.ok()) {
      error_ = s;
      return;
    }
    if (got == 0) eof_ = true;
    end_ += got;
    // A file that fills the small first buffer is read in big blocks.
    if (end_ == buf_.size() && buf_.size() < kBlock) buf_.resize(std::min(buf_.size() * 4, kBlock));
  }

  // The pending line is over the limit: count the rest of it without
  // keeping it.
  Kind SkipLongLine(size_t* size) {
    size_t total = end_ - begin_;
    begin_ = scan_ = end_ = 0;
    for (;;) {
      size_t got = 0;
      Status s = src_->Read(buf_.data(), buf_.size(), &got);
      if (!s.ok()) {
        error_ = s;
        break;
      }
      if (got == 0) {
        eof_ = true;
        break;
      }
      const void* nl = std::memchr(buf_.data(), '\n', got);
      if (nl != nullptr) {
        const size_t pos = static_cast<const char*>(nl) - buf_.data();
        total += pos;
        begin_ = scan_ = pos + 1;
        end_ = got;
        break;
      }
      total += got;
    }
    *size = total;
    return Kind::kOversize;
  }

  std::unique_ptr<ByteSource> src_;
  std::vector<char> buf_;
  size_t limit_ = 0;
  size_t begin_ = 0;  // start of the line being assembled
  size_t scan_ = 0;   // bytes before this hold no newline after begin_
  size_t end_ = 0;    // end of valid data
  bool eof_ = false;
  Status error_;
};

class ReaderImpl final : public DocumentReader {
 public:
  ReaderImpl(const std::vector<std::string>& paths, const ReaderOptions& options) : options_(options) {
    for (const auto& p : paths) queue_.push_back({p, Status()});
  }

  bool Next(ReadResult* out) override {
    for (;;) {
      if (lines_.active()) {
        if (NextJsonLine(out)) return true;
        continue;
      }
      if (queue_.empty()) return false;
      Pending item = std::move(queue_.front());
      queue_.pop_front();
      if (!item.error.ok()) {
        SetError(out, item.path, item.path, std::move(item.error));
        return true;
      }
      if (item.path != "-") {
        std::error_code ec;
        if (fs::is_directory(item.path, ec)) {
          ExpandDirectory(item.path);
          continue;
        }
      }
      if (OpenFile(item.path, out)) return true;
    }
  }

 private:
  static void SetError(ReadResult* out, const std::string& id, const std::string& origin, Status status) {
    Document& d = out->document;
    d.id = id;
    d.origin = origin;
    d.text.clear();
    d.title.clear();
    d.url.clear();
    d.date = Date();
    d.lang = Language::kUnknown;
    out->status = std::move(status);
  }

  // Queues the directory's files (recursively, sorted, hidden ones left
  // out) in front of the remaining inputs.
  void ExpandDirectory(const std::string& dir) {
    std::vector<std::string> files;
    std::vector<Pending> errors;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      errors.push_back({dir, Status::IoError(dir + ": cannot list directory: " + ec.message())});
    } else {
      for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
        if (ec) break;
        const std::string name = it->path().filename().string();
        std::error_code ec2;
        if (!name.empty() && name[0] == '.') {
          if (it->is_directory(ec2)) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file(ec2)) files.push_back(it->path().string());
      }
      if (ec) errors.push_back({dir, Status::IoError(dir + ": error while listing directory: " + ec.message())});
    }
    std::sort(files.begin(), files.end());
    std::vector<Pending> items;
    items.reserve(files.size() + errors.size());
    for (auto& f : files) items.push_back({std::move(f), Status()});
    for (auto& e : errors) items.push_back(std::move(e));
    queue_.insert(queue_.begin(), std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()));
  }

  // Opens one file. Returns true when `out` is filled (a text document, or
  // an error); false when JSON Lines reading has begun.
  bool OpenFile(const std::string& path, ReadResult* out) {
    const bool is_stdin = path == "-";
    display_ = is_stdin ? "<stdin>" : path;
    bool jsonl;
    switch (options_.format) {
      case InputFormat::kText: jsonl = false; break;
      case InputFormat::kJsonLines: jsonl = true; break;
      default: jsonl = !is_stdin && IsJsonLinesName(path); break;
    }
    auto src = input::OpenByteSource(path, display_);
    if (!src.ok()) {
      SetError(out, path, display_, src.status());
      return true;
    }
    if (jsonl) {
      lines_.Reset(std::move(src).value(), options_.max_document_bytes);
      line_no_ = 0;
      return false;
    }
    ReadText(path, *src.value(), out);
    return true;
  }

  void ReadText(const std::string& path, ByteSource& src, ReadResult* out) {
    Document& d = out->document;
    std::string& text = d.text;
    text.clear();
    const size_t limit = options_.max_document_bytes;
    size_t total = 0;
    size_t chunk = kFirstBlock;
    Status status;
    for (;;) {
      if (text.size() == total && total <= limit) {
        // Still keeping: read straight into the string.
        const size_t old = text.size();
        text.resize(old + chunk);
        size_t got = 0;
        status = src.Read(text.data() + old, chunk, &got);
        chunk = std::min(chunk * 2, kBlock);
        text.resize(old + got);
        total += got;
        if (!status.ok() || got == 0) break;
        if (total > limit) {
          text.clear();
          text.shrink_to_fit();
        }
      } else {
        if (scratch_.size() < kBlock) scratch_.resize(kBlock);
        size_t got = 0;
        status = src.Read(scratch_.data(), scratch_.size(), &got);
        total += got;
        if (!status.ok() || got == 0) break;
      }
    }
    if (!status.ok()) {
      SetError(out, path, display_, std::move(status));
      return;
    }
    if (total > limit) {
      SetError(out, path, display_,
               Status::ResourceExhausted(display_ + ": document is " + std::to_string(total) +
                                         " bytes, over the limit of " + std::to_string(limit)));
      return;
    }
    if (std::string_view(text).substr(0, 3) == kBom) text.erase(0, 3);
    d.id = path;
    d.origin = display_;
    d.date = Date();
    d.lang = Language::kUnknown;
    d.title.clear();
    d.url.clear();
    out->status = Status();
  }

  // Returns true when `out` was filled; false at the end of the file.
  bool NextJsonLine(ReadResult* out) {
    for (;;) {
      std::string_view line;
      size_t size = 0;
      Status error;
      const auto kind = lines_.Next(&line, &size, &error);
      if (kind == LineSplitter::Kind::kEnd) {
        lines_.Close();
        return false;
      }
      ++line_no_;
      std::string origin = display_ + ":" + std::to_string(line_no_);
      if (kind == LineSplitter::Kind::kError) {
        lines_.Close();
        SetError(out, origin, origin,
                 Status(error.code(), error.message() + " (at line " + std::to_string(line_no_) +
                                          "; the rest of the file is lost)"));
        return true;
      }
      if (kind == LineSplitter::Kind::kOversize) {
        SetError(out, origin, origin,
                 Status::ResourceExhausted(origin + ": line is " + std::to_string(size) +
                                           " bytes, over the limit of " +
                                           std::to_string(options_.max_document_bytes)));
        return true;
      }
      if (line_no_ == 1 && line.substr(0, 3) == kBom) line.remove_prefix(3);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (IsBlank(line)) continue;
      Document& d = out->document;
      Status s = input::ParseJsonLine(line, &d);
      if (!s.ok()) {
        std::string id = d.id.empty() ? origin : d.id;
        std::string where = d.id.empty() ? origin : origin + " (id \"" + d.id + "\")";
        SetError(out, id, origin, Status(s.code(), where + ": " + s.message()));
        return true;
      }
      d.origin = std::move(origin);
      out->status = Status();
      return true;
    }
  }

  ReaderOptions options_;
  std::deque<Pending> queue_;
  LineSplitter lines_;
  std::string display_;
  size_t line_no_ = 0;
  std::vector<char> scratch_;
};

}  // namespace

StatusOr<std::unique_ptr<DocumentReader>> DocumentReader::Open(const std::vector<std::string>& paths,
                                                               const ReaderOptions& options) {
  if (options.max_document_bytes == 0) {
    return Status::InvalidArgument("max_document_bytes must be positive");
  }
  switch (options.format) {
    case InputFormat::kAuto: case InputFormat::kText: case InputFormat::kJsonLines: break;
    default: return Status::InvalidArgument("unknown input format");
  }
  return std::unique_ptr<DocumentReader>(new ReaderImpl(paths, options));
}

}  // namespace parley
