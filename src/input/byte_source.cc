// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "input/byte_source.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace parley::input {
namespace {

bool EndsWith(const std::string& s, const char* suffix) {
  const size_t n = std::strlen(suffix);
  if (s.size() < n) return false;
  for (size_t i = 0; i < n; ++i) {
    char c = s[s.size() - n + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

// Compressed input is pulled from the underlying source in blocks this big.
constexpr size_t kCompressedBlock = 256 << 10;

class FdSource final : public ByteSource {
 public:
  FdSource(int fd, bool owned, std::string display, uint64_t* raw_bytes)
      : fd_(fd), owned_(owned), display_(std::move(display)), raw_bytes_(raw_bytes) {}
  ~FdSource() override {
    if (owned_ && fd_ >= 0) ::close(fd_);
  }

  Status Read(char* dst, size_t cap, size_t* n) override {
    *n = 0;
    if (!error_.ok()) return error_;
    if (eof_ || cap == 0) return Status::Ok();
    for (;;) {
      ssize_t got = ::read(fd_, dst, cap);
      if (got < 0) {
        if (errno == EINTR) continue;
        error_ = Status::IoError(display_ + ": read failed: " + std::strerror(errno));
        return error_;
      }
      if (got == 0) eof_ = true;
      *n = static_cast<size_t>(got);
      if (raw_bytes_ != nullptr) *raw_bytes_ += *n;
      return Status::Ok();
    }
  }

 private:
  int fd_;
  bool owned_;
  bool eof_ = false;
  std::string display_;
  uint64_t* raw_bytes_;
  Status error_;
};

class MemSource final : public ByteSource {
 public:
  MemSource(const char* data, size_t size) : data_(data), size_(size) {}
  Status Read(char* dst, size_t cap, size_t* n) override {
    *n = std::min(cap, size_ - pos_);
    if (*n) std::memcpy(dst, data_ + pos_, *n);
    pos_ += *n;
    return Status::Ok();
  }

 private:
  const char* data_;
  size_t size_;
  size_t pos_ = 0;
};

// Serves bytes already read for magic-number sniffing, then the rest.
class PrefixedSource final : public ByteSource {
 public:
  PrefixedSource(std::string prefix, std::unique_ptr<ByteSource> inner)
      : prefix_(std::move(prefix)), inner_(std::move(inner)) {}
  Status Read(char* dst, size_t cap, size_t* n) override {
    if (pos_ < prefix_.size()) {
      *n = std::min(cap, prefix_.size() - pos_);
      std::memcpy(dst, prefix_.data() + pos_, *n);
      pos_ += *n;
      return Status::Ok();
    }
    return inner_->Read(dst, cap, n);
  }

 private:
  std::string prefix_;
  size_t pos_ = 0;
  std::unique_ptr<ByteSource> inner_;
};

class GzipSource final : public ByteSource {
 public:
  GzipSource(std::unique_ptr<ByteSource> in, std::string display)
      : in_(std::move(in)), display_(std::move(display)), buf_(kCompressedBlock) {
    std::memset(&zs_, 0, sizeof zs_);
    // 15 + 32: any window size, gzip or zlib header detected automatically.
    if (inflateInit2(&zs_, 15 + 32) != Z_OK) {
      pending_ = Status::IoError(display_ + ": cannot initialise zlib");
    } else {
      initialised_ = true;
    }
  }
  ~GzipSource() override {
    if (initialised_) inflateEnd(&zs_);
  }

  Status Read(char* dst, size_t cap, size_t* n) override {
    *n = 0;
    if (!pending_.ok()) return pending_;
    while (*n == 0 && cap > 0) {
      if (zs_.avail_in == 0 && !in_eof_) {
        size_t got = 0;
        Status s = in_->Read(buf_.data(), buf_.size(), &got);
        if (!s.ok()) return pending_ = s;
        if (got == 0) {
          in_eof_ = true;
        } else {
          zs_.next_in = reinterpret_cast<Bytef*>(buf_.data());
          zs_.avail_in = static_cast<uInt>(got);
        }
      }
      if (zs_.avail_in == 0 && in_eof_) {
        if (member_open_) {
          return pending_ = Status::DataLoss(display_ + ": truncated gzip data (the stream ends inside a member)");
        }
        return Status::Ok();  // End of data.
      }
      if (!member_open_) {
        // Between members: gzip allows concatenation; zero padding (as some
        // tape-era tools write) is ignored, anything else is garbage.
        while (zs_.avail_in > 0 && *zs_.next_in == 0) {
          ++zs_.next_in;
          --zs_.avail_in;
        }
        if (zs_.avail_in == 0) continue;
        if (started_ && *zs_.next_in != 0x1f) {
          return pending_ = Status::DataLoss(display_ + ": corrupt gzip data: trailing garbage after the last member");
        }
        if (started_) inflateReset(&zs_);
        started_ = true;
        member_open_ = true;
      }
      zs_.next_out = reinterpret_cast<Bytef*>(dst);
      zs_.avail_out = static_cast<uInt>(std::min<size_t>(cap, 1u << 30));
      const uInt before = zs_.avail_out;
      int r = inflate(&zs_, Z_NO_FLUSH);
      *n = before - zs_.avail_out;
      if (r == Z_STREAM_END) {
        member_open_ = false;
      } else if (r == Z_BUF_ERROR) {
        // No progress possible with the input at hand: read more.
        if (zs_.avail_in != 0) {
          pending_ = Status::DataLoss(display_ + ": corrupt gzip data: no progress");
          return *n ? Status::Ok() : pending_;
        }
      } else if (r != Z_OK) {
        pending_ = Status::DataLoss(display_ + ": corrupt gzip data: " +
                                    (zs_.msg ? zs_.msg : "inflate error " + std::to_string(r)));
        return *n ? Status::Ok() : pending_;
      }
    }
    return Status::Ok();
  }

 private:
  std::unique_ptr<ByteSource> in_;
  std::string display_;
  std::vector<char> buf_;
  z_stream zs_;
  bool initialised_ = false;
  bool in_eof_ = false;
  bool started_ = false;
  bool member_open_ = false;
  Status pending_;
};

class ZstdSource final : public ByteSource {
 public:
  ZstdSource(std::unique_ptr<ByteSource> in, std::string display)
      : in_(std::move(in)), display_(std::move(display)), buf_(kCompressedBlock) {
    ds_ = ZSTD_createDStream();
    if (ds_ == nullptr) pending_ = Status::IoError(display_ + ": cannot initialise zstd");
  }
  ~ZstdSource() override { ZSTD_freeDStream(ds_); }

  Status Read(char* dst, size_t cap, size_t* n) override {
    *n = 0;
    if (!pending_.ok()) return pending_;
    while (*n == 0 && cap > 0) {
      if (in_pos_ == in_size_ && !in_eof_) {
        size_t got = 0;
        Status s = in_->Read(buf_.data(), buf_.size(), &got);
        if (!s.ok()) return pending_ = s;
        in_pos_ = 0;
        in_size_ = got;
        if (got == 0) in_eof_ = true;
      }
      if (in_pos_ == in_size_ && in_eof_) {
        // Flush whatever the decoder still holds before deciding.
        ZSTD_inBuffer in{buf_.data(), 0, 0};
        ZSTD_outBuffer out{dst, cap, 0};
        if (frame_open_) {
          size_t r = ZSTD_decompressStream(ds_, &out, &in);
          *n = out.pos;
          if (ZSTD_isError(r)) {
            pending_ = Status::DataLoss(display_ + ": corrupt zstd data: " + ZSTD_getErrorName(r));
            return *n ? Status::Ok() : pending_;
          }
          if (r == 0) frame_open_ = false;
          if (*n) return Status::Ok();
          if (frame_open_) {
            return pending_ = Status::DataLoss(display_ + ": truncated zstd data (the stream ends inside a frame)");
          }
        }
        return Status::Ok();
      }
      ZSTD_inBuffer in{buf_.data(), in_size_, in_pos_};
      ZSTD_outBuffer out{dst, cap, 0};
      size_t r = ZSTD_decompressStream(ds_, &out, &in);
      in_pos_ = in.pos;
      *n = out.pos;
      if (ZSTD_isError(r)) {
        pending_ = Status::DataLoss(display_ + ": corrupt zstd data: " + ZSTD_getErrorName(r));
        return *n ? Status::Ok() : pending_;
      }
      frame_open_ = (r != 0);
    }
    return Status::Ok();
  }

 private:
  std::unique_ptr<ByteSource> in_;
  std::string display_;
  std::vector<char> buf_;
  size_t in_pos_ = 0;
  size_t in_size_ = 0;
  bool in_eof_ = false;
  bool frame_open_ = false;
  ZSTD_DStream* ds_ = nullptr;
  Status pending_;
};

// Reads the first bytes of `raw`, picks a decompressor by magic number (or
// by `by_name` when the magic is not one we know), and returns the stream.
StatusOr<std::unique_ptr<ByteSource>> Sniff(std::unique_ptr<ByteSource> raw, Compression by_name,
                                            const std::string& display) {
  char head[4];
  size_t have = 0;
  while (have < sizeof head) {
    size_t got = 0;
    Status s = raw->Read(head + have, sizeof head - have, &got);
    if (!s.ok()) return s;
    if (got == 0) break;
    have += got;
  }
  Compression c = by_name;
  const auto* u = reinterpret_cast<const unsigned char*>(head);
  if (have >= 2 && u[0] == 0x1f && u[1] == 0x8b) c = Compression::kGzip;
  if (have >= 4 && u[0] == 0x28 && u[1] == 0xb5 && u[2] == 0x2f && u[3] == 0xfd) c = Compression::kZstd;
  std::unique_ptr<ByteSource> src =
      std::make_unique<PrefixedSource>(std::string(head, have), std::move(raw));
  switch (c) {
    case Compression::kGzip: return std::unique_ptr<ByteSource>(new GzipSource(std::move(src), display));
    case Compression::kZstd: return std::unique_ptr<ByteSource>(new ZstdSource(std::move(src), display));
    case Compression::kNone: break;
  }
  return src;
}

}  // namespace

Compression CompressionFromName(const std::string& path) {
  if (EndsWith(path, ".gz")) return Compression::kGzip;
  if (EndsWith(path, ".zst")) return Compression::kZstd;
  return Compression::kNone;
}

StatusOr<std::unique_ptr<ByteSource>> OpenByteSource(const std::string& path,
                                                     const std::string& display, uint64_t* raw_bytes) {
  if (path == "-") {
    return Sniff(std::make_unique<FdSource>(0, false, display, raw_bytes), Compression::kNone, display);
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int err = errno;
    std::string m = display + ": cannot open: " + std::strerror(err);
    if (err == ENOENT || err == ENOTDIR) return Status::NotFound(m);
    return Status::IoError(m);
  }
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    return Status::IoError(display + ": is a directory");
  }
#ifdef POSIX_FADV_SEQUENTIAL
  ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
  return Sniff(std::make_unique<FdSource>(fd, true, display, raw_bytes), CompressionFromName(path), display);
}

std::unique_ptr<ByteSource> PrefixedByteSource(std::string prefix, std::unique_ptr<ByteSource> inner) {
  return std::make_unique<PrefixedSource>(std::move(prefix), std::move(inner));
}

std::unique_ptr<ByteSource> MemoryByteSource(const char* data, size_t size,
                                             const std::string& display) {
  auto s = Sniff(std::make_unique<MemSource>(data, size), Compression::kNone, display);
  // Sniffing a memory source cannot fail.
  return std::move(s).value();
}

}  // namespace parley::input
