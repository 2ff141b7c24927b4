// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// A hand-written scanner: each of the first lines is cut into tokens (words,
// numbers, punctuation) and two shapes are tried on them:
//   header line  every token is header vocabulary ("mis à jour", "publié",
//                "updated"...), a time ("09h04", "9:04 am"), punctuation, or
//                a date; the line's range is returned so it can be skipped.
//   dateline     "PLACE, <date> (AGENCY) -": a capitalised place, a comma,
//                a date, then an agency in parentheses and/or a dash.
// Dates: "05/02", "05/02/2021", "2021-02-05", "5 février 2021", "1er mars",
// "Feb. 4, 2021", "4 February 2021", "February 4th".
// Numeric dates are day/month except in English header lines, where the US
// month/day reading is taken when both readings are valid days.

#include "input/dateline.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace parley {
namespace {

constexpr size_t kMaxScan = 600;
constexpr int kMaxLines = 8;
constexpr int kMaxTokens = 64;
constexpr size_t kMaxHeaderLine = 200;
// TryDateline looks at most at a place of five words (with abbreviation
// dots), "le"/weekday and commas, a date of five tokens, an agency of up to
// eight tokens in parentheses and a dash: under 40 tokens unless the place
// is a run of dashes. So a long line's tokens past the 40th do not change
// its answer, and need no tokenising.
constexpr int kDatelineTokens = 40;

enum class TokKind : uint8_t { kWord, kNum, kPunct, kDash };

struct Tok {
  TokKind kind;
  bool space_before;
  char punct;          // for kPunct
  uint32_t begin, end;
  int value;           // for kNum (saturated), digits in `digits`
  int digits;
  char lower[24];      // lower-cased word, NUL-terminated ("" if too long)
  bool upper_initial;  // for kWord
};

bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Tokenises one line. Non-ASCII bytes are letters, except the typographic
// dashes, apostrophe and the (narrow) no-break spaces. Stops after
// `max_tokens` tokens.
int Tokenize(std::string_view s, size_t base, Tok* toks, int max_tokens) {
  int n = 0;
  size_t i = 0;
  bool space = true;
  while (i < s.size() && n < max_tokens) {
    const unsigned char c = s[i];
    // Multi-byte punctuation and spaces.
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      space = true;
      i += 2;
      continue;
    }
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      const unsigned char c3 = s[i + 2];
      if (c3 == 0xAF || (c3 >= 0x80 && c3 <= 0x8A)) {  // narrow no-break and other spaces
        space = true;
        i += 3;
        continue;
      }
      Tok& t = toks[n++];
      t = Tok{};
      t.space_before = space;
      t.begin = static_cast<uint32_t>(base + i);
      t.end = t.begin + 3;
      if (c3 >= 0x90 && c3 <= 0x95) {
        t.kind = TokKind::kDash;
      } else {
        t.kind = TokKind::kPunct;
        t.punct = (c3 == 0x98 || c3 == 0x99) ? '\'' : '?';
      }
      space = false;
      i += 3;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r') {
      space = true;
      ++i;
      continue;
    }
    Tok& t = toks[n++];
    t = Tok{};
    t.space_before = space;
    space = false;
    t.begin = static_cast<uint32_t>(base + i);
    if (IsDigit(c)) {
      t.kind = TokKind::kNum;
      while (i < s.size() && IsDigit(s[i])) {
        if (t.value < 100000) t.value = t.value * 10 + (s[i] - '0');
        ++t.digits;
        ++i;
      }
    } else if (IsAsciiLetter(c) || c >= 0x80) {
      t.kind = TokKind::kWord;
      t.upper_initial = (c >= 'A' && c <= 'Z') ||
                        (c == 0xC3 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
                         static_cast<unsigned char>(s[i + 1]) <= 0x9E);
      size_t len = 0;
      bool fits = true;
      while (i < s.size()) {
        unsigned char d = s[i];
        if (d == 0xE2 || d == 0xC2) break;  // possible dash / nbsp: let the loop above decide
        if (!(IsAsciiLetter(d) || d >= 0x80)) break;
        if (d >= 'A' && d <= 'Z') d = static_cast<unsigned char>(d + 32);
        // Latin-1 capitals (U+00C0..U+00DE) are C3 80..C3 9E.
        if (len > 0 && static_cast<unsigned char>(t.lower[len - 1]) == 0xC3 && d >= 0x80 && d <= 0x9E && d != 0x97) {
          d = static_cast<unsigned char>(d + 0x20);
        }
        if (len + 1 < sizeof t.lower) t.lower[len++] = static_cast<char>(d);
        else fits = false;
        ++i;
      }
      if (i == t.begin - base) {  // a lone C2/E2 lead byte that is not a space or dash
        ++i;
        fits = false;
      }
      t.lower[fits ? len : 0] = '\0';
    } else {
      t.kind = c == '-' ? TokKind::kDash : TokKind::kPunct;
      t.punct = static_cast<char>(c);
      ++i;
    }
    t.end = static_cast<uint32_t>(base + i);
  }
  return n;
}

bool PunctIs(const Tok& t, char c) { return t.kind == TokKind::kPunct && t.punct == c; }

// (The first bytes are compared before the call: most entries differ there.)
bool SameWord(const char* a, const char* b) { return a[0] == b[0] && std::strcmp(a, b) == 0; }

bool WordIs(const Tok& t, const char* w) { return t.kind == TokKind::kWord && SameWord(t.lower, w); }

bool InList(const Tok& t, const char* const* list) {
  if (t.kind != TokKind::kWord) return false;
  for (; *list; ++list) {
    if (SameWord(t.lower, *list)) return true;
  }
  return false;
}

struct MonthName {
  const char* name;
  int month;
};
constexpr MonthName kMonths[] = {
    {"janvier", 1}, {"janv", 1}, {"january", 1}, {"jan", 1},
    {"février", 2}, {"fevrier", 2}, {"févr", 2}, {"fevr", 2}, {"fév", 2}, {"fev", 2}, {"february", 2}, {"feb", 2},
    {"mars", 3}, {"march", 3}, {"mar", 3},
    {"avril", 4}, {"avr", 4}, {"april", 4}, {"apr", 4},
    {"mai", 5}, {"may", 5},
    {"juin", 6}, {"june", 6}, {"jun", 6},
    {"juillet", 7}, {"juil", 7}, {"july", 7}, {"jul", 7},
    {"août", 8}, {"aout", 8}, {"august", 8}, {"aug", 8},
    {"septembre", 9}, {"sept", 9}, {"september", 9}, {"sep", 9},
    {"octobre", 10}, {"october", 10}, {"oct", 10},
    {"novembre", 11}, {"november", 11}, {"nov", 11},
    {"décembre", 12}, {"decembre", 12}, {"déc", 12}, {"dec", 12}, {"december", 12},
};

int MonthOf(const Tok& t) {
  if (t.kind != TokKind::kWord) return 0;
  for (const auto& m : kMonths) {
    if (SameWord(t.lower, m.name)) return m.month;
  }
  return 0;
}

const char* const kWeekdays[] = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", nullptr};

// Words a pure date header line may hold besides dates and times.
const char* const kFrenchHeaderWords[] = {
    "dernière", "derniere", "mise", "mis", "à", "a", "jour", "le", "la", "publié", "publiée", "publie",
    "publiee", "modifié", "modifiée", "modifie", "créé", "cree", "en", "ligne", "et", "h", "heure",
    "heures", "date", "actualisé", "actualise", "maj", nullptr};
const char* const kEnglishHeaderWords[] = {
    "updated", "update", "published", "posted", "last", "on", "at", "first", "am", "pm", "m", "gmt",
    "utc", "bst", "cet", "cest", "est", "edt", "et", "pt", "pst", "pdt", "created", "modified", nullptr};
const char* const kOrdinals[] = {"er", "st", "nd", "rd", "th", nullptr};

struct DateExpr {
  int day = 0, month = 0, year = 0;  // year 0: absent
  bool numeric = false;              // a/b[/c]: `day`, `month` hold a, b
};

int FullYear(const Tok& t) {
  if (t.kind != TokKind::kNum) return 0;
  if (t.digits == 4 && t.value >= 1900 && t.value <= 2200) return t.value;
  return 0;
}

// Whether the word `t` is a month, a weekday or a header word: what a header
// line opening on a word opens on (TryHeaderLine). Most words share neither
// first byte and length with any of them, which a table tells before the
// lists are searched.
bool MayOpenHeader(const Tok& t) {
  static const std::array<uint16_t, 256> kFirstByteLengths = [] {
    std::array<uint16_t, 256> table{};
    auto add = [&](const char* w) {
      const size_t len = std::strlen(w);
      table[static_cast<unsigned char>(w[0])] |= static_cast<uint16_t>(len < 16 ? 1u << len : 1u);
    };
    for (const auto& m : kMonths) add(m.name);
    for (const char* const* list : {kEnglishHeaderWords, kFrenchHeaderWords, kWeekdays}) {
      for (; *list; ++list) add(*list);
    }
    return table;
  }();
  const size_t len = std::strlen(t.lower);
  // (Bit 0 stands for any length over 15, which no entry has; "" is none.)
  const uint16_t bit = static_cast<uint16_t>(len < 16 ? 1u << len : 1u);
  if (len == 0 || !(kFirstByteLengths[static_cast<unsigned char>(t.lower[0])] & bit)) return false;
  return MonthOf(t) || InList(t, kEnglishHeaderWords) || InList(t, kFrenchHeaderWords) || InList(t, kWeekdays);
}

// Tries a date expression at toks[i]; on success returns the index after it.
int ParseDate(const Tok* toks, int n, int i, DateExpr* out) {
  *out = DateExpr{};
  if (i >= n) return -1;
  const Tok& a = toks[i];
  // ISO 2021-02-04.
  if (a.kind == TokKind::kNum && a.digits == 4 && i + 4 < n && toks[i + 1].kind == TokKind::kDash &&
      toks[i + 1].punct == '-' && toks[i + 2].kind == TokKind::kNum && toks[i + 3].kind == TokKind::kDash &&
      toks[i + 3].punct == '-' && toks[i + 4].kind == TokKind::kNum && !toks[i + 1].space_before &&
      !toks[i + 2].space_before && !toks[i + 3].space_before && !toks[i + 4].space_before &&
      toks[i + 2].digits <= 2 && toks[i + 4].digits <= 2) {
    out->year = a.value;
    out->month = toks[i + 2].value;
    out->day = toks[i + 4].value;
    return i + 5;
  }
  // Numeric a/b[/c] with one separator kind, no spaces.
  if (a.kind == TokKind::kNum && a.digits <= 2 && i + 2 < n) {
    const Tok& sep = toks[i + 1];
    const char sc = sep.kind == TokKind::kDash ? (sep.punct == '-' ? '-' : 0) : sep.punct;
    if ((sc == '/' || sc == '.' || sc == '-') && !sep.space_before && toks[i + 2].kind == TokKind::kNum &&
        !toks[i + 2].space_before && toks[i + 2].digits <= 2) {
      out->numeric = true;
      out->day = a.value;
      out->month = toks[i + 2].value;
      int j = i + 3;
      if (j + 1 < n && !toks[j].space_before && toks[j].punct == sc && toks[j + 1].kind == TokKind::kNum &&
          !toks[j + 1].space_before && (toks[j + 1].digits == 2 || toks[j + 1].digits == 4)) {
        const int y = toks[j + 1].value;
        out->year = toks[j + 1].digits == 4 ? y : (y < 70 ? 2000 + y : 1900 + y);
        j += 2;
      }
      return j;
    }
  }
  // Day first: "5 février 2021", "1er mars", "4 February, 2021".
  if (a.kind == TokKind::kNum && a.digits <= 2) {
    int j = i + 1;
    if (j < n && InList(toks[j], kOrdinals) && !toks[j].space_before) ++j;
    if (j < n && MonthOf(toks[j])) {
      out->day = a.value;
      out->month = MonthOf(toks[j]);
      ++j;
      if (j < n && PunctIs(toks[j], '.') && !toks[j].space_before) ++j;
      int k = j;
      if (k < n && PunctIs(toks[k], ',')) ++k;
      if (k < n && FullYear(toks[k])) {
        out->year = FullYear(toks[k]);
        j = k + 1;
      }
      return j;
    }
  }
  // Month first: "Feb. 4, 2021", "February 4th".
  if (MonthOf(a)) {
    int j = i + 1;
    if (j < n && PunctIs(toks[j], '.') && !toks[j].space_before) ++j;
    if (j < n && toks[j].kind == TokKind::kNum && toks[j].digits <= 2) {
      out->month = MonthOf(a);
      out->day = toks[j].value;
      ++j;
      if (j < n && InList(toks[j], kOrdinals) && !toks[j].space_before) ++j;
      int k = j;
      if (k < n && PunctIs(toks[k], ',')) ++k;
      if (k < n && FullYear(toks[k])) {
        out->year = FullYear(toks[k]);
        j = k + 1;
      }
      return j;
    }
  }
  return -1;
}

// A time: "09h04", "9h", "09:04", "09:04:10", "9:04 am". Returns the index
// after it or -1.
int ParseTime(const Tok* toks, int n, int i) {
  if (i >= n || toks[i].kind != TokKind::kNum || toks[i].digits > 2) return -1;
  int j = i + 1;
  if (j < n && WordIs(toks[j], "h") && !toks[j].space_before) {
    ++j;
    if (j < n && toks[j].kind == TokKind::kNum && !toks[j].space_before) ++j;
    return j;
  }
  if (j + 1 < n && PunctIs(toks[j], ':') && toks[j + 1].kind == TokKind::kNum && toks[j + 1].digits == 2) {
    j += 2;
    if (j + 1 < n && PunctIs(toks[j], ':') && toks[j + 1].kind == TokKind::kNum) j += 2;
    return j;
  }
  return -1;
}

// Resolves a date expression to a calendar day.
bool Resolve(const DateExpr& e, bool month_first, int default_year, Date* out) {
  const int year = e.year ? e.year : default_year;
  if (year == 0) return false;
  int d = e.day, m = e.month;
  if (e.numeric && month_first && Date::IsValidDay(year, d, m)) std::swap(d, m);
  if (!Date::IsValidDay(year, m, d)) return false;
  *out = Date{year, m, d};
  return true;
}

// The whole line is date information. Returns the first date found.
bool TryHeaderLine(const Tok* toks, int n, int default_year, Date* out) {
  bool english = false, any_date = false, resolved = false;
  DateExpr first;
  for (int i = 0; i < n;) {
    DateExpr e;
    int j = ParseTime(toks, n, i);
    if (j > 0) { i = j; continue; }
    j = ParseDate(toks, n, i, &e);
    if (j > 0) {
      if (!any_date) first = e;
      any_date = true;
      i = j;
      continue;
    }
    const Tok& t = toks[i];
    if (t.kind == TokKind::kWord) {
      if (InList(t, kEnglishHeaderWords)) english = english || !InList(t, kFrenchHeaderWords);
      else if (!InList(t, kFrenchHeaderWords) && !InList(t, kWeekdays)) return false;
    } else if (t.kind == TokKind::kNum) {
      return false;
    } else if (t.kind == TokKind::kPunct && !std::strchr(":,.|/()'[]", t.punct)) {
      return false;
    }
    ++i;
  }
  if (any_date) resolved = Resolve(first, english, default_year, out);
  return resolved;
}

// The place of a dateline: up to five words from a capital (with dashes and
// abbreviation dots), then a comma within 48 bytes. Returns the comma's
// token, or -1. It reads no token past the first comma, so tokens up to
// that comma are enough to answer it (FindDatelineDate relies on this).
int DatelinePlaceEnd(const Tok* toks, int n) {
  int i = 0;
  int words = 0;
  if (n == 0 || toks[0].kind != TokKind::kWord || !toks[0].upper_initial) return -1;
  while (i < n && toks[i].kind != TokKind::kPunct) {
    if (toks[i].kind == TokKind::kWord) {
      if (++words > 5) return -1;
    } else if (toks[i].kind != TokKind::kDash) {
      return -1;
    }
    ++i;
  }
  // Allow "ST." / "D.C." style abbreviations inside the place name.
  while (i < n && (PunctIs(toks[i], '.') || PunctIs(toks[i], '\''))) {
    ++i;
    while (i < n && (toks[i].kind == TokKind::kWord || toks[i].kind == TokKind::kDash)) {
      if (++words > 5) return -1;
      ++i;
    }
  }
  if (i >= n || !PunctIs(toks[i], ',') || toks[i].end - toks[0].begin > 48) return -1;
  return i;
}

// "PLACE, <date> (AGENCY) -", or a line "Paris, le 5 février 2021" that
// holds nothing else. Returns 0 (no match), 1 (dateline opening a sentence)
// or 2 (the line is only place and date).
int TryDateline(const Tok* toks, int n, int default_year, Date* out, uint32_t* end) {
  int i = DatelinePlaceEnd(toks, n);
  if (i < 0) return 0;
  ++i;
  if (i < n && (WordIs(toks[i], "le") || WordIs(toks[i], "on"))) ++i;
  if (i < n && InList(toks[i], kWeekdays)) {
    ++i;
    if (i < n && PunctIs(toks[i], ',')) ++i;
  }
  DateExpr e;
  int j = ParseDate(toks, n, i, &e);
  if (j < 0) return 0;
  if (j < n && PunctIs(toks[j], ',')) ++j;
  bool agency = false;
  if (j < n && PunctIs(toks[j], '(')) {
    int k = j + 1;
    while (k < n && k < j + 8 && !PunctIs(toks[k], ')')) ++k;
    if (k < n && PunctIs(toks[k], ')')) {
      agency = true;
      j = k + 1;
    }
  }
  if (!agency && j == n) return Resolve(e, false, default_year, out) ? 2 : 0;
  const bool dash = j < n && (toks[j].kind == TokKind::kDash || PunctIs(toks[j], ':'));
  if (!agency && !dash) return 0;
  *end = dash ? toks[j].end : toks[j - 1].end;
  return Resolve(e, false, default_year, out) ? 1 : 0;
}

}  // namespace

std::optional<DatelineMatch> FindDatelineDate(std::string_view text, int default_year) {
  if (text.size() > kMaxScan) text = text.substr(0, kMaxScan);
  Tok toks[kMaxTokens];
  size_t pos = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  int lines = 0;
  while (pos < text.size() && lines < kMaxLines) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    size_t b = pos, e = eol;
    pos = eol + 1;
    while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    if (b == e) continue;
    ++lines;
    const std::string_view line = text.substr(b, e - b);
    size_t first = 0;  // where Tokenize's first token starts: past Unicode spaces
    while (true) {
      if (line.substr(first, 2) == "\xC2\xA0") {
        first += 2;
      } else if (first + 2 < line.size() && line.substr(first, 2) == "\xE2\x80" &&
                 (static_cast<unsigned char>(line[first + 2]) == 0xAF ||
                  (static_cast<unsigned char>(line[first + 2]) >= 0x80 && static_cast<unsigned char>(line[first + 2]) <= 0x8A))) {
        first += 3;
      } else if (first < line.size() && (line[first] == ' ' || line[first] == '\t' || line[first] == '\r')) {
        ++first;
      } else {
        break;
      }
    }
    // A dateline's place ends with a comma within its first 48 bytes
    // (TryDateline), and most lines fail on the place already ("Le
    // président, ..."): tokens up to that comma are enough to find out, and
    // are the same as the whole line's there (a comma is a token of its own).
    auto dateline_possible = [&] {
      const size_t comma = line.substr(first, 48).find(',');
      if (comma == std::string_view::npos) return false;
      return DatelinePlaceEnd(toks, Tokenize(line.substr(0, first + comma + 1), b, toks, kMaxTokens)) >= 0;
    };
    // Every date form carries a day number: a line without a digit has none.
    auto has_digit = [&] {
      for (char c : line) {
        if (c >= '0' && c <= '9') return true;
      }
      return false;
    };
    // A line too long to be a header can only open with a dateline: most
    // first lines of stories cannot, and need no more tokenising.
    const bool is_long = line.size() > kMaxHeaderLine;
    bool may_be_dateline = false;
    if (is_long) {
      if (!dateline_possible() || !has_digit()) continue;
      may_be_dateline = true;
    } else {
      if (!has_digit()) continue;
      may_be_dateline = dateline_possible();
    }
    // A header line opening on a word opens on one of its words, a month or
    // a weekday (TryHeaderLine): a short sentence ("The company said 5...")
    // is told apart by its first token.
    if (!may_be_dateline && Tokenize(line, b, toks, 1) == 1 && toks[0].kind == TokKind::kWord &&
        !MayOpenHeader(toks[0])) {
      continue;
    }
    // A long line can only hold a dateline, which TryDateline reads within
    // its first kDatelineTokens tokens.
    const int n = Tokenize(line, b, toks, is_long ? kDatelineTokens : kMaxTokens);
    Date date;
    if (!is_long && TryHeaderLine(toks, n, default_year, &date)) {
      DatelineMatch m;
      m.date = date;
      m.header_begin = b;
      m.header_end = e;
      return m;
    }
    uint32_t dateline_end = 0;
    if (const int kind = TryDateline(toks, n, default_year, &date, &dateline_end)) {
      DatelineMatch m;
      m.date = date;
      if (kind == 2) {
        m.header_begin = b;
        m.header_end = e;
      } else {
        m.dateline_end = dateline_end;
      }
      return m;
    }
  }
  return std::nullopt;
}

}  // namespace parley
