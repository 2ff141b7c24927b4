// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// EventWriter implementations. Each writer renders rows into one reusable
// std::string and hands it to the stream in chunks of kChunkBytes, so the
// per-event cost is appends into a warm buffer: no per-field allocation, no
// iostream formatting. Field order is the same in all three formats and is
// documented in docs/output.md; change both together.

#include "parley/writer.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <utility>

#include "output/escape.h"

namespace parley {
namespace {

constexpr size_t kChunkBytes = 256 * 1024;

// Column names, in output order, for the TSV/CSV header. The JSON writer uses
// the same names as keys in the same order.
constexpr std::string_view kColumns[] = {
    "doc_id",      "sentence",    "sentences",   "mentions",   "date",          "source",
    "target",      "code",        "root",        "quad_class", "goldstein",     "plover",
    "mode",        "source_text", "target_text", "verb_text",  "source_span",   "target_span",
    "verb_span",   "evidence_span", "evidence",  "attribution", "attribution_text", "rule", "location",
    "location_country", "location_admin1", "latitude", "longitude", "lang"};

void AppendInt(std::string* out, int64_t v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, end - buf);
}

// Shortest text that reads back to the same double: 3.4, -10, 1, 0.25.
// Returns false for NaN and infinities, which no format can carry as a number.
bool AppendDouble(std::string* out, double v) {
  if (!std::isfinite(v)) return false;
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, end - buf);
  return true;
}

void AppendTwoDigits(std::string* out, int v) {
  out->push_back(static_cast<char>('0' + v / 10));
  out->push_back(static_cast<char>('0' + v % 10));
}

// "YYYY-MM-DD"; nothing for an invalid (unknown) date.
void AppendIsoDate(std::string* out, const Date& date) {
  if (!date.valid()) return;
  if (date.year < 1 || date.year > 9999 || date.month < 1 || date.month > 12 || date.day < 1 ||
      date.day > 31) {
    out->append(date.ToIso());  // out-of-range parts: let Date decide how to print them
    return;
  }
  AppendTwoDigits(out, date.year / 100);
  AppendTwoDigits(out, date.year % 100);
  out->push_back('-');
  AppendTwoDigits(out, date.month);
  out->push_back('-');
  AppendTwoDigits(out, date.day);
}

class BufferedWriter : public EventWriter {
 public:
  explicit BufferedWriter(std::ostream* out) : out_(out) { buffer_.reserve(kChunkBytes + 4096); }

  // Best effort: a writer dropped without Flush() still delivers its rows. An
  // error here is lost, which is why callers should Flush() and check.
  ~BufferedWriter() override {
    if (!buffer_.empty() && *out_) out_->write(buffer_.data(), buffer_.size());
  }

  Status Write(const std::vector<Event>& events) final {
    if (!*out_) return Status::IoError("output stream is not writable");
    for (const Event& event : events) {
      AppendEvent(event);
      if (buffer_.size() >= kChunkBytes) PARLEY_RETURN_IF_ERROR(Drain());
    }
    return Status::Ok();
  }

  Status Flush() final {
    PARLEY_RETURN_IF_ERROR(Drain());
    out_->flush();
    if (!*out_) return Status::IoError("flushing the output stream failed");
    return Status::Ok();
  }

 protected:
  virtual void AppendEvent(const Event& event) = 0;
  std::string buffer_;

 private:
  Status Drain() {
    if (!buffer_.empty()) {
      out_->write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
      buffer_.clear();
    }
    if (!*out_) return Status::IoError("writing events to the output stream failed");
    return Status::Ok();
  }

  std::ostream* out_;
};

class JsonLinesWriter final : public BufferedWriter {
 public:
  using BufferedWriter::BufferedWriter;

 private:
  void Key(std::string_view name, bool first = false) {
    if (!first) buffer_.push_back(',');
    buffer_.push_back('"');
    buffer_.append(name);
    buffer_.append("\":");
  }
  void StringValue(std::string_view name, std::string_view value) {
    Key(name);
    output::AppendJsonString(&buffer_, value);
  }
  void SpanValue(std::string_view name, const Span& span) {
    Key(name);
    if (span.empty()) {
      buffer_.append("null");
      return;
    }
    buffer_.push_back('[');
    AppendInt(&buffer_, span.begin);
    buffer_.push_back(',');
    AppendInt(&buffer_, span.end);
    buffer_.push_back(']');
  }

  void AppendEvent(const Event& e) override {
    buffer_.push_back('{');
    Key("doc_id", /*first=*/true);
    output::AppendJsonString(&buffer_, e.doc_id);
    Key("sentence");
    AppendInt(&buffer_, e.sentence);
    Key("sentences");
    buffer_.push_back('[');
    for (size_t i = 0; i < e.sentences.size(); ++i) {
      if (i > 0) buffer_.push_back(',');
      AppendInt(&buffer_, e.sentences[i]);
    }
    buffer_.push_back(']');
    Key("mentions");
    AppendInt(&buffer_, e.mentions);
    Key("date");
    if (e.date.valid()) {
      buffer_.push_back('"');
      AppendIsoDate(&buffer_, e.date);  // digits and '-' only: nothing to escape
      buffer_.push_back('"');
    } else {
      buffer_.append("null");
    }
    StringValue("source", e.source);
    StringValue("target", e.target);
    StringValue("code", e.code);
    StringValue("root", e.root);
    Key("quad_class");
    AppendInt(&buffer_, e.quad_class);
    Key("goldstein");
    if (!AppendDouble(&buffer_, e.goldstein)) buffer_.append("null");
    StringValue("plover", e.plover);
    StringValue("mode", ModeName(e.mode));
    StringValue("source_text", e.source_text);
    StringValue("target_text", e.target_text);
    StringValue("verb_text", e.verb_text);
    SpanValue("source_span", e.source_span);
    SpanValue("target_span", e.target_span);
    SpanValue("verb_span", e.verb_span);
    SpanValue("evidence_span", e.evidence_span);
    StringValue("evidence", e.evidence);
    StringValue("attribution", e.attribution);
    StringValue("attribution_text", e.attribution_text);
    StringValue("rule", e.rule);
    StringValue("location", e.location);
    StringValue("location_country", e.location_country);
    StringValue("location_admin1", e.location_admin1);
    Key("latitude");
    if (!AppendDouble(&buffer_, e.latitude)) buffer_.append("null");
    Key("longitude");
    if (!AppendDouble(&buffer_, e.longitude)) buffer_.append("null");
    StringValue("lang", LanguageCode(e.lang));
    buffer_.append("}\n");
  }
};

// TSV and CSV differ only in the separator and in how a text field is made
// safe; numbers, dates and spans never contain a separator or a quote.
template <char kSeparator, void (*kAppendText)(std::string*, std::string_view)>
class DelimitedWriter final : public BufferedWriter {
 public:
  explicit DelimitedWriter(std::ostream* out) : BufferedWriter(out) {
    bool first = true;
    for (std::string_view column : kColumns) {
      if (!first) buffer_.push_back(kSeparator);
      first = false;
      buffer_.append(column);
    }
    buffer_.push_back('\n');
  }

 private:
  void Text(std::string_view s) {
    kAppendText(&buffer_, s);
    buffer_.push_back(kSeparator);
  }
  void Int(int64_t v) {
    AppendInt(&buffer_, v);
    buffer_.push_back(kSeparator);
  }
  void SpanField(const Span& span) {
    if (!span.empty()) {
      AppendInt(&buffer_, span.begin);
      buffer_.push_back('-');
      AppendInt(&buffer_, span.end);
    }
    buffer_.push_back(kSeparator);
  }

  void AppendEvent(const Event& e) override {
    Text(e.doc_id);
    Int(e.sentence);
    // "3,5,8": the comma needs CSV quotes when there is more than one.
    if (kSeparator == ',' && e.sentences.size() > 1) buffer_.push_back('"');
    for (size_t i = 0; i < e.sentences.size(); ++i) {
      if (i > 0) buffer_.push_back(',');
      AppendInt(&buffer_, e.sentences[i]);
    }
    if (kSeparator == ',' && e.sentences.size() > 1) buffer_.push_back('"');
    buffer_.push_back(kSeparator);
    Int(e.mentions);
    AppendIsoDate(&buffer_, e.date);
    buffer_.push_back(kSeparator);
    Text(e.source);
    Text(e.target);
    Text(e.code);
    Text(e.root);
    Int(e.quad_class);
    AppendDouble(&buffer_, e.goldstein);  // empty when not finite
    buffer_.push_back(kSeparator);
    Text(e.plover);
    Text(ModeName(e.mode));
    Text(e.source_text);
    Text(e.target_text);
    Text(e.verb_text);
    SpanField(e.source_span);
    SpanField(e.target_span);
    SpanField(e.verb_span);
    SpanField(e.evidence_span);
    Text(e.evidence);
    Text(e.attribution);
    Text(e.attribution_text);
    Text(e.rule);
    Text(e.location);
    Text(e.location_country);
    Text(e.location_admin1);
    AppendDouble(&buffer_, e.latitude);  // empty when unknown
    buffer_.push_back(kSeparator);
    AppendDouble(&buffer_, e.longitude);
    buffer_.push_back(kSeparator);
    kAppendText(&buffer_, LanguageCode(e.lang));  // last column: no separator
    buffer_.push_back('\n');
  }
};

using TsvWriter = DelimitedWriter<'\t', output::AppendTsvField>;
using CsvWriter = DelimitedWriter<',', output::AppendCsvField>;

}  // namespace

StatusOr<OutputFormat> ParseOutputFormat(const std::string& name) {
  if (name == "jsonl") return OutputFormat::kJsonLines;
  if (name == "tsv") return OutputFormat::kTsv;
  if (name == "csv") return OutputFormat::kCsv;
  return Status::InvalidArgument("unknown output format \"" + name +
                                 "\" (expected jsonl, tsv or csv)");
}

std::unique_ptr<EventWriter> EventWriter::Create(OutputFormat format, std::ostream* out) {
  if (out == nullptr) return nullptr;
  switch (format) {
    case OutputFormat::kJsonLines: return std::make_unique<JsonLinesWriter>(out);
    case OutputFormat::kTsv: return std::make_unique<TsvWriter>(out);
    case OutputFormat::kCsv: return std::make_unique<CsvWriter>(out);
  }
  return nullptr;
}

}  // namespace parley
