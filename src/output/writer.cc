// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// EventWriter implementations. Rows are rendered into one reusable
// std::string and handed to the stream in chunks of kChunkBytes, so the
// per-event cost is appends into a warm buffer: no per-field allocation, no
// iostream formatting. Every format walks the one field list of
// parley/event_fields.h; docs/output.md documents it; change both together.

#include "parley/writer.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <utility>

#include "output/escape.h"
#include "parley/event_fields.h"

namespace parley {
namespace {

constexpr size_t kChunkBytes = 256 * 1024;

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

// One JSON object per event, keys in VisitEventFields order.
struct JsonRow {
  std::string* out;
  bool first = true;

  void Key(std::string_view name) {
    if (!first) out->push_back(',');
    first = false;
    out->push_back('"');
    out->append(name);
    out->append("\":");
  }
  void String(std::string_view name, std::string_view value) {
    Key(name);
    output::AppendJsonString(out, value);
  }
  void Int(std::string_view name, int64_t value) {
    Key(name);
    AppendInt(out, value);
  }
  void IntList(std::string_view name, const std::vector<int>& values) {
    Key(name);
    out->push_back('[');
    for (size_t i = 0; i < values.size(); ++i) {
      if (i > 0) out->push_back(',');
      AppendInt(out, values[i]);
    }
    out->push_back(']');
  }
  void Date(std::string_view name, const parley::Date& date) {
    Key(name);
    if (!date.valid()) {
      out->append("null");
      return;
    }
    out->push_back('"');
    AppendIsoDate(out, date);  // digits and '-' only: nothing to escape
    out->push_back('"');
  }
  void Number(std::string_view name, double value) {
    Key(name);
    if (!AppendDouble(out, value)) out->append("null");
  }
  void Span(std::string_view name, const parley::Span& span) {
    Key(name);
    if (span.empty()) {
      out->append("null");
      return;
    }
    out->push_back('[');
    AppendInt(out, span.begin);
    out->push_back(',');
    AppendInt(out, span.end);
    out->push_back(']');
  }
};

// A spreadsheet runs a cell that starts with one of these as a formula
// (CSV injection). As OWASP advises, such a text cell gets a leading
// apostrophe, which spreadsheets show as text and hide. Numbers are written
// by Int/Number, never through here, so "-10" stays a number.
bool LooksLikeFormula(std::string_view s) {
  if (s.empty()) return false;
  const char c = s.front();
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

// TSV and CSV differ only in the separator and in how a text field is made
// safe; numbers, dates and spans never contain a separator or a quote.
template <char kSeparator, void (*kAppendText)(std::string*, std::string_view)>
struct DelimitedRow {
  std::string* out;
  bool first = true;

  void Separate() {
    if (!first) out->push_back(kSeparator);
    first = false;
  }
  void String(std::string_view, std::string_view value) {
    Separate();
    if (LooksLikeFormula(value)) {
      std::string safe;
      safe.reserve(value.size() + 1);
      safe.push_back('\'');
      safe.append(value);
      kAppendText(out, safe);
      return;
    }
    kAppendText(out, value);
  }
  void Int(std::string_view, int64_t value) {
    Separate();
    AppendInt(out, value);
  }
  void IntList(std::string_view, const std::vector<int>& values) {
    Separate();
    // "3,5,8": the comma needs CSV quotes when there is more than one.
    const bool quote = kSeparator == ',' && values.size() > 1;
    if (quote) out->push_back('"');
    for (size_t i = 0; i < values.size(); ++i) {
      if (i > 0) out->push_back(',');
      AppendInt(out, values[i]);
    }
    if (quote) out->push_back('"');
  }
  void Date(std::string_view, const parley::Date& date) {
    Separate();
    AppendIsoDate(out, date);
  }
  void Number(std::string_view, double value) {
    Separate();
    AppendDouble(out, value);  // empty when not finite
  }
  void Span(std::string_view, const parley::Span& span) {
    Separate();
    if (span.empty()) return;
    AppendInt(out, span.begin);
    out->push_back('-');
    AppendInt(out, span.end);
  }
};

using TsvRow = DelimitedRow<'\t', output::AppendTsvField>;
using CsvRow = DelimitedRow<',', output::AppendCsvField>;

void AppendRow(OutputFormat format, const Event& e, std::string* out) {
  switch (format) {
    case OutputFormat::kJsonLines: {
      out->push_back('{');
      JsonRow row{out};
      VisitEventFields(e, row);
      out->append("}\n");
      return;
    }
    case OutputFormat::kTsv: {
      TsvRow row{out};
      VisitEventFields(e, row);
      out->push_back('\n');
      return;
    }
    case OutputFormat::kCsv: {
      CsvRow row{out};
      VisitEventFields(e, row);
      out->push_back('\n');
      return;
    }
  }
}

class BufferedWriter final : public EventWriter {
 public:
  BufferedWriter(OutputFormat format, std::ostream* out) : format_(format), out_(out) {
    buffer_.reserve(kChunkBytes + 4096);
    buffer_ = HeaderRow(format);
  }

  // Best effort: a writer dropped without Flush() still delivers its rows. An
  // error here is lost, which is why callers should Flush() and check.
  ~BufferedWriter() override {
    if (!buffer_.empty() && *out_) out_->write(buffer_.data(), buffer_.size());
  }

  Status Write(const std::vector<Event>& events) override {
    if (!*out_) return Status::IoError("output stream is not writable");
    for (const Event& event : events) {
      AppendRow(format_, event, &buffer_);
      if (buffer_.size() >= kChunkBytes) PARLEY_RETURN_IF_ERROR(Drain());
    }
    return Status::Ok();
  }

  Status Flush() override {
    PARLEY_RETURN_IF_ERROR(Drain());
    out_->flush();
    if (!*out_) return Status::IoError("flushing the output stream failed");
    return Status::Ok();
  }

 private:
  Status Drain() {
    if (!buffer_.empty()) {
      out_->write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
      buffer_.clear();
    }
    if (!*out_) return Status::IoError("writing events to the output stream failed");
    return Status::Ok();
  }

  OutputFormat format_;
  std::string buffer_;
  std::ostream* out_;
};

struct NameCollector {
  std::vector<std::string_view>* names;
  void String(std::string_view n, std::string_view) { names->push_back(n); }
  void Int(std::string_view n, int64_t) { names->push_back(n); }
  void IntList(std::string_view n, const std::vector<int>&) { names->push_back(n); }
  void Date(std::string_view n, const parley::Date&) { names->push_back(n); }
  void Number(std::string_view n, double) { names->push_back(n); }
  void Span(std::string_view n, const parley::Span&) { names->push_back(n); }
};

}  // namespace

StatusOr<OutputFormat> ParseOutputFormat(const std::string& name) {
  if (name == "jsonl") return OutputFormat::kJsonLines;
  if (name == "tsv") return OutputFormat::kTsv;
  if (name == "csv") return OutputFormat::kCsv;
  return Status::InvalidArgument("unknown output format \"" + name +
                                 "\" (expected jsonl, tsv or csv)");
}

const std::vector<std::string_view>& EventFieldNames() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> n;
    NameCollector collector{&n};
    VisitEventFields(Event(), collector);
    return n;
  }();
  return names;
}

std::string HeaderRow(OutputFormat format) {
  if (format == OutputFormat::kJsonLines) return "";
  const char separator = format == OutputFormat::kTsv ? '\t' : ',';
  std::string row;
  for (std::string_view name : EventFieldNames()) {
    if (!row.empty()) row.push_back(separator);
    row.append(name);
  }
  row.push_back('\n');
  return row;
}

void AppendEventRows(OutputFormat format, const std::vector<Event>& events, std::string* out) {
  for (const Event& e : events) AppendRow(format, e, out);
}

std::unique_ptr<EventWriter> EventWriter::Create(OutputFormat format, std::ostream* out) {
  if (out == nullptr) return nullptr;
  switch (format) {
    case OutputFormat::kJsonLines: case OutputFormat::kTsv: case OutputFormat::kCsv:
      return std::make_unique<BufferedWriter>(format, out);
  }
  return nullptr;
}

}  // namespace parley
