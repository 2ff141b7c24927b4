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
#include "input/transcode.h"

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

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

class ReaderImpl final : public DocumentReader {
 public:
  ReaderImpl(const std::vector<std::string>& paths, const ReaderOptions& options) : options_(options) {
    for (const auto& p : paths) queue_.push_back({p, Status()});
  }

  bool Next(ReadResult* out) override {
    out->note.clear();
    for (;;) {
      if (lines_.active()) {
        if (mode_ == Mode::kJsonLines ? NextJsonLine(out) : NextTextPiece(out)) return true;
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

  uint64_t bytes_read() const override { return raw_bytes_; }

 private:
  enum class Mode { kJsonLines, kTextLines, kTextParagraphs };

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
    out->note.clear();
  }

  // Queues the directory's files (recursively, sorted, hidden ones left
  // out) in front of the remaining inputs. What is neither a file nor a
  // folder (a broken symbolic link, a FIFO, a socket, a device) is queued as
  // an error in its place, so it is named and counted, and reading a FIFO
  // cannot block the batch.
  void ExpandDirectory(const std::string& dir) {
    std::vector<Pending> items;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      items.push_back({dir, Status::IoError(dir + ": cannot list directory: " + ec.message())});
    } else {
      for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
        if (ec) break;
        const std::string name = it->path().filename().string();
        std::error_code ec2;
        if (!name.empty() && name[0] == '.') {
          if (it->is_directory(ec2)) it.disable_recursion_pending();
          continue;
        }
        const fs::file_status status = it->status(ec2);
        if (fs::is_regular_file(status)) {
          items.push_back({it->path().string(), Status()});
          continue;
        }
        if (fs::is_directory(status)) continue;
        const std::string path = it->path().string();
        std::string what;
        if (it->is_symlink(ec2) && !fs::exists(status)) {
          what = "broken symbolic link";
        } else if (fs::is_fifo(status)) {
          what = "a FIFO (named pipe), not a regular file";
        } else if (fs::is_socket(status)) {
          what = "a socket, not a regular file";
        } else if (fs::is_block_file(status) || fs::is_character_file(status)) {
          what = "a device, not a regular file";
        } else {
          what = "not a regular file";
        }
        items.push_back({path, Status::NotFound(path + ": " + what + " in a scanned folder; skipped")});
      }
      if (ec) items.push_back({dir, Status::IoError(dir + ": error while listing directory: " + ec.message())});
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const Pending& a, const Pending& b) { return a.path < b.path; });
    queue_.insert(queue_.begin(), std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()));
  }

  // Opens one file. Returns true when `out` is filled (a text document, or
  // an error); false when line-by-line reading has begun.
  bool OpenFile(const std::string& path, ReadResult* out) {
    const bool is_stdin = path == "-";
    display_ = is_stdin ? "<stdin>" : path;
    path_ = path;
    bool jsonl;
    switch (options_.format) {
      case InputFormat::kText: jsonl = false; break;
      case InputFormat::kJsonLines: jsonl = true; break;
      default: jsonl = !is_stdin && IsJsonLinesName(path); break;
    }
    auto src = input::OpenByteSource(path, display_, &raw_bytes_);
    if (!src.ok()) {
      SetError(out, path, display_, src.status());
      return true;
    }
    std::unique_ptr<ByteSource> source = std::move(src).value();
    pending_note_.clear();
    if (is_stdin && options_.format == InputFormat::kAuto) {
      Status s = SniffStdin(&source, &jsonl);
      if (!s.ok()) {
        SetError(out, path, display_, std::move(s));
        return true;
      }
    }
    if (jsonl || options_.split != TextSplit::kWhole) {
      mode_ = jsonl ? Mode::kJsonLines
                    : options_.split == TextSplit::kLines ? Mode::kTextLines : Mode::kTextParagraphs;
      lines_.Reset(std::move(source), options_.max_document_bytes);
      line_no_ = 0;
      paragraph_.clear();
      paragraph_line_ = 0;
      paragraph_oversize_ = 0;
      return false;
    }
    ReadText(path, *source, out);
    return true;
  }

  // A plain file's size, to read it into one exact allocation instead of a
  // string that doubles (and, while it copies, holds both). 0 if unknown.
  static size_t FileSizeHint(const std::string& path) {
    struct stat st;
    if (path == "-" || ::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
    return static_cast<size_t>(st.st_size);
  }

  // stdin without a format: JSON Lines when the first non-blank byte is
  // '{' (a text dispatch practically never starts so). Reads only as far as
  // that byte, and puts what it read back in front of the stream.
  Status SniffStdin(std::unique_ptr<ByteSource>* source, bool* jsonl) {
    std::string prefix;
    char buf[4096];
    for (;;) {
      size_t got = 0;
      PARLEY_RETURN_IF_ERROR((*source)->Read(buf, sizeof buf, &got));
      if (got == 0) break;
      prefix.append(buf, got);
      std::string_view rest(prefix);
      if (rest.substr(0, 3) == kBom) rest.remove_prefix(3);
      const size_t first = rest.find_first_not_of(" \t\r\n\f\v");
      if (first != std::string_view::npos) {
        if (rest[first] == '{') {
          *jsonl = true;
          pending_note_ = "stdin starts with '{': read as JSON Lines (--input-format text reads it as one text)";
        }
        break;
      }
      if (prefix.size() > (1u << 20)) break;  // a megabyte of blanks: text
    }
    *source = input::PrefixedByteSource(std::move(prefix), std::move(*source));
    return Status::Ok();
  }

  // Applies the encoding options to `text` in place; says what it did in
  // *note when a person may want to know. Decoding can make a text longer
  // (up to 3 bytes per byte); the size limit holds for the result too.
  Status Transcode(std::string* text, std::string* note) {
    PARLEY_RETURN_IF_ERROR(TranscodeUnlimited(text, note));
    if (text->size() > options_.max_document_bytes) {
      return Status::ResourceExhausted("is " + std::to_string(text->size()) + " bytes once decoded to UTF-8, over the limit of " +
                                       std::to_string(options_.max_document_bytes));
    }
    return Status::Ok();
  }

  Status TranscodeUnlimited(std::string* text, std::string* note) {
    const TextEncoding enc = options_.encoding;
    if (enc == TextEncoding::kLatin1 || enc == TextEncoding::kWindows1252) {
      if (IsAscii(*text)) return Status::Ok();
      return Decode(enc, text);
    }
    const input::Utf8Check check = input::CheckUtf8(*text);
    if (check.valid()) return Status::Ok();
    // Binary data (NUL bytes) is left for the text stage to refuse; text that
    // is mostly valid UTF-8 is damaged UTF-8, not another charset.
    const bool utf8 = enc == TextEncoding::kUtf8 || check.has_nul || check.multibyte_chars > check.invalid_bytes;
    if (utf8) {
      if (options_.invalid_utf8 == InvalidUtf8::kReplace && !check.has_nul) {
        converted_.clear();
        const size_t n = input::AppendReplacingInvalidUtf8(*text, &converted_);
        text->swap(converted_);
        *note = std::to_string(n) + (n == 1 ? " byte" : " bytes") + " not valid UTF-8 replaced by U+FFFD";
      }
      return Status::Ok();
    }
    PARLEY_RETURN_IF_ERROR(Decode(TextEncoding::kWindows1252, text));
    *note = "not valid UTF-8 (" + std::to_string(check.invalid_bytes) + " bad bytes): read as windows-1252";
    return Status::Ok();
  }

  Status Decode(TextEncoding enc, std::string* text) {
    auto& decoder = enc == TextEncoding::kLatin1 ? latin1_ : cp1252_;
    if (decoder == nullptr) {
      auto d = input::SingleByteDecoder::Open(enc == TextEncoding::kLatin1 ? "ISO-8859-1" : "windows-1252");
      if (!d.ok()) return d.status();
      decoder = std::move(d).value();
    }
    PARLEY_RETURN_IF_ERROR(decoder->Decode(*text, &converted_));
    text->swap(converted_);
    if (converted_.capacity() > 4 * kBlock) std::string().swap(converted_);
    return Status::Ok();
  }

  void ReadText(const std::string& path, ByteSource& src, ReadResult* out) {
    Document& d = out->document;
    std::string& text = d.text;
    text.clear();
    const size_t limit = options_.max_document_bytes;
    // Compressed files grow past this; the guess still saves the early
    // doublings.
    if (const size_t hint = FileSizeHint(path); hint > 0 && hint <= limit) text.reserve(hint + kFirstBlock);
    size_t total = 0;
    size_t chunk = kFirstBlock;
    Status status;
    for (;;) {
      if (text.size() == total && total <= limit) {
        // Still keeping: read straight into the string.
        const size_t old = text.size();
        // Within the reserved room while there is some, so reading the
        // expected end of file does not reallocate.
        const size_t want = text.capacity() > old ? std::min(chunk, text.capacity() - old) : chunk;
        text.resize(old + want);
        size_t got = 0;
        status = src.Read(text.data() + old, want, &got);
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
    std::string note;
    if (Status s = Transcode(&text, &note); !s.ok()) {
      SetError(out, path, display_, Status(s.code(), display_ + ": " + s.message()));
      return;
    }
    FinishTextDocument(path, display_, std::move(note), out);
  }

  // The rest of a text document whose text is in place: its names, no
  // metadata of its own, and the reader's pending note joined to `note`.
  void FinishTextDocument(const std::string& id, const std::string& origin, std::string note, ReadResult* out) {
    Document& d = out->document;
    d.id = id;
    d.origin = origin;
    d.date = Date();
    d.lang = Language::kUnknown;
    d.title.clear();
    d.url.clear();
    out->status = Status();
    out->note = Join(std::move(pending_note_), std::move(note));
    pending_note_.clear();
  }

  static std::string Join(std::string a, std::string b) {
    if (a.empty()) return b;
    if (b.empty()) return a;
    return a + "; " + b;
  }

  // Fills `out` with a text document made of `text` (a line or paragraph
  // starting at line `line`).
  void EmitPiece(std::string text, size_t line, ReadResult* out) {
    const std::string name = display_ + ":" + std::to_string(line);
    std::string note;
    if (Status s = Transcode(&text, &note); !s.ok()) {
      SetError(out, name, name, Status(s.code(), name + ": " + s.message()));
      return;
    }
    out->document.text = std::move(text);
    FinishTextDocument(name, name, std::move(note), out);
  }

  void EmitOversize(size_t line, size_t size, ReadResult* out) {
    const std::string name = display_ + ":" + std::to_string(line);
    const char* what = mode_ == Mode::kTextLines ? "line" : "paragraph";
    SetError(out, name, name,
             Status::ResourceExhausted(name + ": " + what + " is " + std::to_string(size) +
                                       " bytes, over the limit of " + std::to_string(options_.max_document_bytes)));
  }

  // --split lines / paragraphs. Returns true when `out` was filled; false
  // at the end of the file.
  bool NextTextPiece(ReadResult* out) {
    for (;;) {
      std::string_view line;
      size_t size = 0;
      Status error;
      const auto kind = lines_.Next(&line, &size, &error);
      if (kind == LineSplitter::Kind::kEnd) {
        lines_.Close();
        return FinishParagraph(out);
      }
      ++line_no_;
      if (kind == LineSplitter::Kind::kError) {
        lines_.Close();
        const std::string origin = display_ + ":" + std::to_string(line_no_);
        SetError(out, origin, origin,
                 Status(error.code(), error.message() + " (at line " + std::to_string(line_no_) +
                                          "; the rest of the file is lost)"));
        return true;
      }
      const bool oversize = kind == LineSplitter::Kind::kOversize;
      if (!oversize) {
        if (line_no_ == 1 && line.substr(0, 3) == kBom) line.remove_prefix(3);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      }
      if (mode_ == Mode::kTextLines) {
        if (oversize) {
          EmitOversize(line_no_, size, out);
          return true;
        }
        if (IsBlank(line)) continue;
        EmitPiece(std::string(line), line_no_, out);
        return true;
      }
      // Paragraphs: lines up to a blank one.
      if (!oversize && IsBlank(line)) {
        if (FinishParagraph(out)) return true;
        continue;
      }
      if (paragraph_line_ == 0) paragraph_line_ = line_no_;
      const size_t piece = oversize ? size : line.size();
      const size_t grown = (paragraph_oversize_ ? paragraph_oversize_ : paragraph_.size()) +
                           (paragraph_.empty() && !paragraph_oversize_ ? 0 : 1) + piece;
      if (oversize || grown > options_.max_document_bytes) {
        // Count the rest of the paragraph without keeping it.
        paragraph_oversize_ = grown;
        std::string().swap(paragraph_);
        continue;
      }
      if (paragraph_oversize_) {
        paragraph_oversize_ = grown;
        continue;
      }
      if (!paragraph_.empty()) paragraph_.push_back('\n');
      paragraph_.append(line);
    }
  }

  // Emits the paragraph being gathered, if any.
  bool FinishParagraph(ReadResult* out) {
    if (paragraph_line_ == 0) return false;
    const size_t line = paragraph_line_;
    paragraph_line_ = 0;
    if (paragraph_oversize_) {
      EmitOversize(line, paragraph_oversize_, out);
      paragraph_oversize_ = 0;
      return true;
    }
    EmitPiece(std::move(paragraph_), line, out);
    paragraph_.clear();
    return true;
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
      // Most lines are ASCII or valid UTF-8 and are parsed where they lie.
      std::string note;
      if (options_.encoding != TextEncoding::kUtf8 || options_.invalid_utf8 == InvalidUtf8::kReplace) {
        if (!IsAscii(line) && !(options_.encoding == TextEncoding::kAuto && input::CheckUtf8(line).valid())) {
          line_copy_.assign(line);
          if (Status s = Transcode(&line_copy_, &note); !s.ok()) {
            SetError(out, origin, origin, Status(s.code(), origin + ": " + s.message()));
            return true;
          }
          line = line_copy_;
        }
      }
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
      out->note = Join(std::move(pending_note_), std::move(note));
      pending_note_.clear();
      return true;
    }
  }

  ReaderOptions options_;
  std::deque<Pending> queue_;
  LineSplitter lines_;
  Mode mode_ = Mode::kJsonLines;
  std::string path_;
  std::string display_;
  size_t line_no_ = 0;
  std::vector<char> scratch_;
  uint64_t raw_bytes_ = 0;
  std::string pending_note_;  // for the next document of the current file
  std::string converted_, line_copy_;
  std::string paragraph_;
  size_t paragraph_line_ = 0;      // first line of the paragraph being gathered; 0: none
  size_t paragraph_oversize_ = 0;  // its size so far once it is over the limit
  std::unique_ptr<input::SingleByteDecoder> latin1_, cp1252_;
};

}  // namespace

StatusOr<TextEncoding> ParseTextEncoding(const std::string& name) {
  std::string n;
  for (char c : name) n.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  if (n == "auto") return TextEncoding::kAuto;
  if (n == "utf-8" || n == "utf8") return TextEncoding::kUtf8;
  if (n == "latin-1" || n == "latin1" || n == "iso-8859-1") return TextEncoding::kLatin1;
  if (n == "windows-1252" || n == "cp1252") return TextEncoding::kWindows1252;
  return Status::InvalidArgument("unknown encoding "" + name + "" (expected auto, utf-8, latin-1 or windows-1252)");
}

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
