// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "store/query.h"

#include "store/util.h"

namespace parley::store {
namespace {

bool IsActorCode(const std::string& s) {
  if (s.empty() || s.size() > 32) return false;
  for (char c : s) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

bool IsDigits(const std::string& s, size_t min, size_t max) {
  if (s.size() < min || s.size() > max) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

class Builder {
 public:
  void Add(const std::string& clause) {
    if (!sql_.empty()) sql_ += " AND ";
    sql_ += clause;
  }
  void Param(SqlValue v) { params_.push_back(std::move(v)); }
  // Codes that start with `code`. A three-letter code (a country, or IGO,
  // NGO, ...) is the first chunk of every code it covers, so it is an
  // equality on substr(column, 1, 3), which the events_countries and
  // events_target_country indexes answer; a longer one is a range on the
  // column itself (events_source, events_target).
  std::string Prefix(const char* column, const std::string& code) {
    if (code.size() == 3) {
      Param(code);
      return std::string("substr(") + column + ", 1, 3) = ?";
    }
    Param(code);
    Param(PrefixEnd(code));
    return std::string("(") + column + " >= ? AND " + column + " < ?)";
  }
  SqlWhere Done() {
    SqlWhere w;
    w.sql = sql_.empty() ? "1" : sql_;
    w.params = std::move(params_);
    return w;
  }

 private:
  std::string sql_;
  std::vector<SqlValue> params_;
};

Status CheckActor(const char* field, const std::string& v) {
  if (v.empty() || IsActorCode(v)) return Status::Ok();
  return Status::InvalidArgument(std::string(field) + " must be a CAMEO actor code (A-Z, 0-9, at most 32)");
}

}  // namespace

StatusOr<std::string> ParseFtsQuery(const std::string& text) {
  std::string out;
  int words = 0;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
    size_t j = i;
    while (j < text.size() && !(text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r')) ++j;
    if (j == i) break;
    std::string word = text.substr(i, j - i);
    i = j;
    bool prefix = false;
    while (!word.empty() && word.back() == '*') {
      word.pop_back();
      prefix = true;
    }
    // Keep only what the tokenizer could index: drop ASCII punctuation.
    std::string clean;
    for (unsigned char c : word) {
      if (c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' ||
                        c == '-' || c == '_')) {
        continue;
      }
      clean.push_back(static_cast<char>(c));
    }
    if (clean.empty()) continue;
    if (clean.size() > 64) return Status::InvalidArgument("q: a word is longer than 64 bytes");
    if (++words > 16) return Status::InvalidArgument("q: at most 16 words");
    if (!out.empty()) out += ' ';
    out += '"';
    out += clean;  // no '"' left, so nothing to double
    out += '"';
    if (prefix) out += '*';
  }
  if (out.empty()) return Status::InvalidArgument("q: nothing to search for");
  return out;
}

StatusOr<SqlWhere> BuildWhere(const EventFilter& f) {
  PARLEY_RETURN_IF_ERROR(CheckActor("actor", f.actor));
  PARLEY_RETURN_IF_ERROR(CheckActor("source", f.source));
  PARLEY_RETURN_IF_ERROR(CheckActor("target", f.target));
  PARLEY_RETURN_IF_ERROR(CheckActor("dyad", f.dyad_a));
  PARLEY_RETURN_IF_ERROR(CheckActor("dyad", f.dyad_b));
  if (f.dyad_a.empty() != f.dyad_b.empty()) return Status::InvalidArgument("dyad needs two actor codes: A,B");
  if (!f.code.empty() && !IsDigits(f.code, 2, 4)) return Status::InvalidArgument("code must be 2 to 4 digits");
  if (!f.root.empty() && !IsDigits(f.root, 2, 2)) return Status::InvalidArgument("root must be 2 digits");
  if (f.quad_class < 0 || f.quad_class > 4) return Status::InvalidArgument("quad must be 1, 2, 3 or 4");
  if (!f.plover.empty()) {
    if (f.plover.size() > 24) return Status::InvalidArgument("plover must be a PLOVER type such as CONSULT");
    for (char c : f.plover) {
      if (!(c >= 'A' && c <= 'Z') && c != '_') {
        return Status::InvalidArgument("plover must be a PLOVER type such as CONSULT");
      }
    }
  }
  if (!f.mode.empty() && f.mode != "asserted" && f.mode != "negated" && f.mode != "conditional" &&
      f.mode != "hypothetical") {
    return Status::InvalidArgument("mode must be asserted, negated, conditional or hypothetical");
  }
  if ((f.from && !f.from->valid()) || (f.to && !f.to->valid())) return Status::InvalidArgument("invalid date");
  if (!f.lang.empty() && f.lang != "fr" && f.lang != "en") return Status::InvalidArgument("lang must be fr or en");
  if (f.location.size() > 200) return Status::InvalidArgument("location: at most 200 bytes");

  Builder b;
  // Parameters must be pushed in the order their '?' appear, so each
  // Prefix() call is its own statement (operands of + are unsequenced).
  if (!f.actor.empty()) {
    const std::string s = b.Prefix("e.source", f.actor);
    const std::string t = b.Prefix("e.target", f.actor);
    b.Add("(" + s + " OR " + t + ")");
  }
  if (!f.source.empty()) b.Add(b.Prefix("e.source", f.source));
  if (!f.target.empty()) b.Add(b.Prefix("e.target", f.target));
  if (!f.dyad_a.empty()) {
    const std::string sa = b.Prefix("e.source", f.dyad_a);
    const std::string tb = b.Prefix("e.target", f.dyad_b);
    const std::string sb = b.Prefix("e.source", f.dyad_b);
    const std::string ta = b.Prefix("e.target", f.dyad_a);
    b.Add("((" + sa + " AND " + tb + ") OR (" + sb + " AND " + ta + "))");
  }
  if (!f.code.empty()) {
    b.Add("e.code = ?");
    b.Param(f.code);
  }
  if (!f.root.empty()) {
    b.Add("e.root = ?");
    b.Param(f.root);
  }
  if (f.quad_class != 0) {
    b.Add("e.quad_class = ?");
    b.Param(static_cast<int64_t>(f.quad_class));
  }
  if (!f.plover.empty()) {
    b.Add("e.plover = ?");
    b.Param(f.plover);
  }
  if (!f.mode.empty()) {
    b.Add("e.mode = ?");
    b.Param(f.mode);
  }
  if (f.from) {
    b.Add("e.date >= ?");
    b.Param(f.from->ToIso());
  }
  if (f.to) {
    b.Add("e.date <= ? AND e.date <> ''");
    b.Param(f.to->ToIso());
  }
  if (!f.lang.empty()) {
    b.Add("EXISTS (SELECT 1 FROM document_events de WHERE de.event = e.id AND de.lang = ?)");
    b.Param(f.lang);
  }
  if (!f.location.empty()) {
    b.Add("EXISTS (SELECT 1 FROM document_events de WHERE de.event = e.id AND instr(lower(de.location), lower(?)) > 0)");
    b.Param(f.location);
  }
  if (!f.text.empty()) {
    auto fts = ParseFtsQuery(f.text);
    if (!fts.ok()) return fts.status();
    b.Add("e.id IN (SELECT m.event FROM mentions m WHERE m.sentence IN "
          "(SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?))");
    b.Param(*fts);
  }
  return b.Done();
}

int BindAll(Statement* stmt, const std::vector<SqlValue>& params, int first) {
  int i = first;
  for (const SqlValue& v : params) {
    if (const auto* n = std::get_if<int64_t>(&v)) {
      stmt->Bind(i++, *n);
    } else {
      stmt->Bind(i++, std::get<std::string>(v));
    }
  }
  return i;
}

}  // namespace parley::store
