// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "input/json_line.h"

#include <cstdint>
#include <cstring>
#include <string>

namespace parley::input {
namespace {

constexpr int kMaxDepth = 64;

// Which Document field a member feeds, once its key is known.
enum class Field { kNone, kId, kText, kDate, kLang, kTitle, kUrl };

Field FieldFromKey(std::string_view k) {
  switch (k.size()) {
    case 2: if (k == "id") return Field::kId; break;
    case 3: if (k == "url") return Field::kUrl; break;
    case 4:
      if (k == "text") return Field::kText;
      if (k == "date") return Field::kDate;
      if (k == "lang") return Field::kLang;
      break;
    case 5: if (k == "title") return Field::kTitle; break;
    default: break;
  }
  return Field::kNone;
}

const char* FieldName(Field f) {
  switch (f) {
    case Field::kId: return "id";
    case Field::kText: return "text";
    case Field::kDate: return "date";
    case Field::kLang: return "lang";
    case Field::kTitle: return "title";
    case Field::kUrl: return "url";
    case Field::kNone: break;
  }
  return "";
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// True when some byte of the 8-byte word `w` is '"', '\\' or below 0x20:
// the classic SWAR "has byte less than / equal to" tricks.
inline bool HasSpecialByte(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  const uint64_t quote = has_zero(w ^ (kOnes * '"'));
  const uint64_t slash = has_zero(w ^ (kOnes * '\\'));
  const uint64_t control = (w - kOnes * 0x20) & ~w & kHigh;
  return (quote | slash | control) != 0;
}

class Parser {
 public:
  Parser(std::string_view s, Document* doc) : p_(s.data()), begin_(s.data()), end_(s.data() + s.size()), doc_(doc) {}

  Status Run() {
    doc_->id.clear();
    doc_->text.clear();
    doc_->title.clear();
    doc_->url.clear();
    doc_->date = Date();
    doc_->lang = Language::kUnknown;

    SkipSpace();
    if (p_ == end_) return Error("empty record");
    if (*p_ != '{') return Error("expected '{': a record must be a JSON object");
    ++p_;
    SkipSpace();
    if (p_ < end_ && *p_ == '}') {
      ++p_;
    } else {
      for (;;) {
        SkipSpace();
        if (p_ == end_ || *p_ != '"') return Error("expected a string key");
        ++p_;
        key_.clear();
        PARLEY_RETURN_IF_ERROR(ParseString(&key_));
        SkipSpace();
        if (p_ == end_ || *p_ != ':') return Error("expected ':' after key");
        ++p_;
        SkipSpace();
        PARLEY_RETURN_IF_ERROR(ParseMember(FieldFromKey(key_)));
        SkipSpace();
        if (p_ == end_) return Error("unterminated object (expected ',' or '}')");
        if (*p_ == ',') { ++p_; continue; }
        if (*p_ == '}') { ++p_; break; }
        return Error("expected ',' or '}' after a value");
      }
    }
    SkipSpace();
    if (p_ != end_) return Error("unexpected data after the object");
    return Check();
  }

 private:
  Status Error(const char* reason) {
    return Status::ParseError("malformed JSON at column " + std::to_string(p_ - begin_ + 1) + ": " + reason);
  }

  void SkipSpace() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\r' || *p_ == '\n')) ++p_;
  }

  // After the opening quote; leaves p_ past the closing quote. `out` may be
  // null to skip the string.
  Status ParseString(std::string* out) {
    for (;;) {
      const char* run = p_;
      while (end_ - p_ >= 8) {
        uint64_t w;
        std::memcpy(&w, p_, 8);
        if (HasSpecialByte(w)) break;
        p_ += 8;
      }
      while (p_ < end_) {
        const unsigned char c = static_cast<unsigned char>(*p_);
        if (c == '"' || c == '\\' || c < 0x20) break;
        ++p_;
      }
      if (out) out->append(run, p_ - run);
      if (p_ == end_) return Error("unterminated string");
      const unsigned char c = static_cast<unsigned char>(*p_);
      if (c == '"') { ++p_; return Status::Ok(); }
      if (c < 0x20) return Error("unescaped control character in string");
      // Backslash escape.
      ++p_;
      if (p_ == end_) return Error("unterminated string");
      char e = *p_++;
      char lit = 0;
      switch (e) {
        case '"': lit = '"'; break;
        case '\\': lit = '\\'; break;
        case '/': lit = '/'; break;
        case 'b': lit = '\b'; break;
        case 'f': lit = '\f'; break;
        case 'n': lit = '\n'; break;
        case 'r': lit = '\r'; break;
        case 't': lit = '\t'; break;
        case 'u': {
          uint32_t cp = 0;
          PARLEY_RETURN_IF_ERROR(Hex4(&cp));
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t lo = 0;
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return Error("lone high surrogate in \\u escape");
            p_ += 2;
            PARLEY_RETURN_IF_ERROR(Hex4(&lo));
            if (lo < 0xDC00 || lo > 0xDFFF) return Error("high surrogate not followed by a low one in \\u escape");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return Error("lone low surrogate in \\u escape");
          }
          if (out) AppendUtf8(cp, out);
          continue;
        }
        default:
          --p_;
          return Error("invalid escape in string");
      }
      if (out) out->push_back(lit);
    }
  }

  Status Hex4(uint32_t* cp) {
    if (end_ - p_ < 4) return Error("truncated \\u escape");
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = *p_;
      v <<= 4;
      if (c >= '0' && c <= '9') v |= c - '0';
      else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
      else return Error("invalid hex digit in \\u escape");
      ++p_;
    }
    *cp = v;
    return Status::Ok();
  }

  // JSON number grammar; leaves p_ after it.
  Status ParseNumber() {
    auto digits = [&] {
      const char* s = p_;
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
      return p_ - s;
    };
    if (p_ < end_ && *p_ == '-') ++p_;
    if (p_ == end_) return Error("invalid number");
    if (*p_ == '0') {
      ++p_;
    } else if (digits() == 0) {
      return Error("invalid value");
    }
    if (p_ < end_ && *p_ == '.') {
      ++p_;
      if (digits() == 0) return Error("invalid number: digits expected after '.'");
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
      ++p_;
      if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (digits() == 0) return Error("invalid number: digits expected in exponent");
    }
    return Status::Ok();
  }

  Status ParseLiteral(const char* word) {
    const size_t n = std::strlen(word);
    if (static_cast<size_t>(end_ - p_) < n || std::memcmp(p_, word, n) != 0) return Error("invalid value");
    p_ += n;
    return Status::Ok();
  }

  // Skips any value, iteratively bounded by kMaxDepth.
  Status SkipValue(int depth) {
    if (depth > kMaxDepth) return Error("nesting deeper than 64 levels");
    if (p_ == end_) return Error("value expected");
    switch (*p_) {
      case '"': ++p_; return ParseString(nullptr);
      case 't': return ParseLiteral("true");
      case 'f': return ParseLiteral("false");
      case 'n': return ParseLiteral("null");
      case '{': {
        ++p_;
        SkipSpace();
        if (p_ < end_ && *p_ == '}') { ++p_; return Status::Ok(); }
        for (;;) {
          SkipSpace();
          if (p_ == end_ || *p_ != '"') return Error("expected a string key");
          ++p_;
          PARLEY_RETURN_IF_ERROR(ParseString(nullptr));
          SkipSpace();
          if (p_ == end_ || *p_ != ':') return Error("expected ':' after key");
          ++p_;
          SkipSpace();
          PARLEY_RETURN_IF_ERROR(SkipValue(depth + 1));
          SkipSpace();
          if (p_ == end_) return Error("unterminated object");
          if (*p_ == ',') { ++p_; continue; }
          if (*p_ == '}') { ++p_; return Status::Ok(); }
          return Error("expected ',' or '}'");
        }
      }
      case '[': {
        ++p_;
        SkipSpace();
        if (p_ < end_ && *p_ == ']') { ++p_; return Status::Ok(); }
        for (;;) {
          SkipSpace();
          PARLEY_RETURN_IF_ERROR(SkipValue(depth + 1));
          SkipSpace();
          if (p_ == end_) return Error("unterminated array");
          if (*p_ == ',') { ++p_; continue; }
          if (*p_ == ']') { ++p_; return Status::Ok(); }
          return Error("expected ',' or ']'");
        }
      }
      default:
        return ParseNumber();
    }
  }

  Status ParseMember(Field f) {
    if (f == Field::kNone) return SkipValue(1);
    if (p_ == end_) return Error("value expected");
    const char c = *p_;
    if (c == '"') {
      ++p_;
      std::string* target = nullptr;
      switch (f) {
        case Field::kText: target = &doc_->text; break;
        case Field::kTitle: target = &doc_->title; break;
        case Field::kUrl: target = &doc_->url; break;
        case Field::kId: case Field::kDate: case Field::kLang: target = &scratch_; break;
        case Field::kNone: break;
      }
      target->clear();
      PARLEY_RETURN_IF_ERROR(ParseString(target));
      Mark(f, true);
      if (f == Field::kId) doc_->id = scratch_;
      if (f == Field::kDate) date_text_ = scratch_;
      if (f == Field::kLang) doc_->lang = ParseLanguage(scratch_);
      return Status::Ok();
    }
    if (c == 'n' && f != Field::kId && f != Field::kText) {
      PARLEY_RETURN_IF_ERROR(ParseLiteral("null"));
      Mark(f, false);
      if (f == Field::kDate) date_text_.clear();
      if (f == Field::kLang) doc_->lang = Language::kUnknown;
      if (f == Field::kTitle) doc_->title.clear();
      if (f == Field::kUrl) doc_->url.clear();
      return Status::Ok();
    }
    if (f == Field::kId && (c == '-' || (c >= '0' && c <= '9'))) {
      const char* start = p_;
      PARLEY_RETURN_IF_ERROR(ParseNumber());
      doc_->id.assign(start, p_ - start);
      Mark(f, true);
      return Status::Ok();
    }
    // Well-formed but of the wrong type: note it, finish parsing so the id
    // can still be reported.
    PARLEY_RETURN_IF_ERROR(SkipValue(1));
    if (bad_type_ == Field::kNone) bad_type_ = f;
    return Status::Ok();
  }

  void Mark(Field f, bool present) {
    const unsigned bit = 1u << static_cast<int>(f);
    if (present) seen_ |= bit; else seen_ &= ~bit;
    if (bad_type_ == f) bad_type_ = Field::kNone;  // a later good value wins
  }
  bool Seen(Field f) const { return seen_ & (1u << static_cast<int>(f)); }

  Status Check() {
    if (bad_type_ != Field::kNone) {
      const char* want = bad_type_ == Field::kId ? "a string or a number" : "a string";
      return Status::InvalidArgument(std::string("field \"") + FieldName(bad_type_) + "\" must be " + want);
    }
    if (!Seen(Field::kId)) return Status::InvalidArgument("missing required field \"id\"");
    if (!Seen(Field::kText)) return Status::InvalidArgument("missing required field \"text\"");
    if (Seen(Field::kDate)) {
      std::string_view d = date_text_;
      // Accept an ISO timestamp by its date part.
      if (d.size() > 10 && (d[10] == 'T' || d[10] == ' ')) d = d.substr(0, 10);
      auto parsed = Date::ParseIso(d);
      if (!parsed) {
        std::string shown = date_text_.substr(0, 40);
        return Status::InvalidArgument("field \"date\" is not a valid YYYY-MM-DD date: \"" + shown + "\"");
      }
      doc_->date = *parsed;
    }
    return Status::Ok();
  }

  const char* p_;
  const char* begin_;
  const char* end_;
  Document* doc_;
  std::string key_;
  std::string scratch_;
  std::string date_text_;
  unsigned seen_ = 0;
  Field bad_type_ = Field::kNone;
};

}  // namespace

Status ParseJsonLine(std::string_view line, Document* doc) {
  Parser parser(line, doc);
  Status s = parser.Run();
  if (!s.ok()) doc->text.clear();
  return s;
}

}  // namespace parley::input
