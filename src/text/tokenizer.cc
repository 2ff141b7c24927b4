// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "text/tokenizer.h"

#include <cstring>

#include <unicode/uchar.h>

#include "text/normalize.h"

namespace parley::text::internal {
namespace {

inline bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Copies [s) lower-cased into `buf` if it is short ASCII; false otherwise.
// Word-splitting rules only ever compare against short ASCII forms.
template <size_t N>
bool LowerAscii(std::string_view s, char (&buf)[N], std::string_view* out) {
  if (s.size() >= N) return false;
  for (size_t k = 0; k < s.size(); ++k) {
    const unsigned char c = static_cast<unsigned char>(s[k]);
    if (c >= 0x80) return false;
    buf[k] = AsciiLower(static_cast<char>(c));
  }
  *out = std::string_view(buf, s.size());
  return true;
}

// "est-à-dire" (after "c'"), with à in either case; the one French word
// that starts with an elided form and must stay whole.
bool IsEstADire(std::string_view s) {
  if (s.size() != 11) return false;
  char buf[16];
  for (size_t k = 0; k < s.size(); ++k) buf[k] = AsciiLower(s[k]);
  const std::string_view low(buf, s.size());
  return low.substr(0, 4) == "est-" && low.substr(6) == "-dire" &&
         (low.substr(4, 2) == "\xC3\xA0" || low.substr(4, 2) == "\xC3\x80");
}

// "al-Assad", "el-Sisi", "bin-Laden": a lower-case Arabic name particle and
// a hyphen before a capital start a name as a capital would.
bool NameParticleBeforeCapital(std::string_view s) {
  static constexpr std::string_view kParticles[] = {"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ibn-", "bin-", "ben-", "ould-"};
  for (std::string_view p : kParticles) {
    if (s.size() > p.size() + 1 && s.substr(0, p.size()) == p && s[p.size()] >= 'A' && s[p.size()] <= 'Z') return true;
  }
  return false;
}

}  // namespace

Tokenizer::Tokenizer(std::string_view text, const LanguageRules& rules,
                     const TextOptions& options, AnalyzedText* out)
    : text_(text), n_(text.size()), rules_(rules), max_tokens_(options.max_sentence_tokens),
      out_(out) {}

// ---------------------------------------------------------------------------
// Input helpers

bool Tokenizer::ApostropheAt(size_t i, size_t* len) const {
  if (i >= n_) return false;
  const unsigned char c = static_cast<unsigned char>(text_[i]);
  if (c == '\'') {
    *len = 1;
    return true;
  }
  if (c < 0x80) return false;
  const Decoded d = DecodeUtf8(text_, i);
  if (d.cp == 0x2019 || d.cp == 0x2018 || d.cp == 0x02BC) {
    *len = d.len;
    return true;
  }
  return false;
}

bool Tokenizer::WordCharAt(size_t i) const {
  if (i >= n_) return false;
  const unsigned char c = static_cast<unsigned char>(text_[i]);
  if (c < 0x80) return IsWordChar(kAsciiInfo[c].cls);
  return IsWordChar(ClassifyNonAscii(DecodeUtf8(text_, i).cp).cls);
}

bool Tokenizer::LetterAt(size_t i) const {
  if (i >= n_) return false;
  const unsigned char c = static_cast<unsigned char>(text_[i]);
  if (c < 0x80) return kAsciiInfo[c].cls == CharClass::kLetter;
  return ClassifyNonAscii(DecodeUtf8(text_, i).cp).cls == CharClass::kLetter;
}

bool Tokenizer::HyphenAt(size_t i, size_t* len) const {
  if (i >= n_) return false;
  const unsigned char c = static_cast<unsigned char>(text_[i]);
  if (c == '-') {
    *len = 1;
    return true;
  }
  if (c < 0x80) return false;
  const Decoded d = DecodeUtf8(text_, i);
  if (ClassifyNonAscii(d.cp).cls != CharClass::kHyphen) return false;
  *len = d.len;
  return true;
}

size_t Tokenizer::SkipMarks(size_t i) const {
  while (i < n_ && static_cast<unsigned char>(text_[i]) >= 0x80) {
    const Decoded d = DecodeUtf8(text_, i);
    const CharClass cls = ClassifyNonAscii(d.cp).cls;
    if (cls != CharClass::kMark && cls != CharClass::kIgnorable) break;
    i += d.len;
  }
  return i;
}

// ---------------------------------------------------------------------------
// Main loop

void Tokenizer::Run() {
  size_t i = 0;
  while (i < n_) {
    const unsigned char c = static_cast<unsigned char>(text_[i]);
    CharClass cls;
    uint32_t len = 1;
    if (c < 0x80) {
      cls = kAsciiInfo[c].cls;
    } else {
      const Decoded d = DecodeUtf8(text_, i);
      len = d.len;
      cls = ClassifyNonAscii(d.cp).cls;
    }
    switch (cls) {
      case CharClass::kSpace:
      case CharClass::kIgnorable:
        space_before_ = true;
        i += len;
        break;
      case CharClass::kNewline:
        i += len;
        if (c == '\r' && i < n_ && text_[i] == '\n') break;  // CRLF counts once, at the \n
        space_before_ = true;
        line_start_ = true;
        single_quote_open_ = false;
        double_quote_open_ = false;
        if (newlines_ < 2) ++newlines_;
        break;
      case CharClass::kParagraph:
        space_before_ = true;
        line_start_ = true;
        single_quote_open_ = false;
        double_quote_open_ = false;
        newlines_ = 2;
        i += len;
        break;
      case CharClass::kLetter:
      case CharClass::kMark:
        i = ScanWord(i);
        break;
      case CharClass::kDigit:
        i = ScanNumber(i);
        break;
      case CharClass::kTerminal:
        i = ScanRun(i, CharClass::kTerminal, TokenKind::kPunct, Role::kTerminal);
        break;
      case CharClass::kHyphen:
        i = ScanRun(i, CharClass::kHyphen, TokenKind::kPunct, Role::kDash);
        break;
      case CharClass::kDash:
        Emit(i, i + len, TokenKind::kPunct, 0, Role::kDash);
        i += len;
        break;
      case CharClass::kApostrophe: {
        // A quote on its own. Opening if it follows a space and precedes a
        // letter: "'will resign'". The left quote U+2018 always opens.
        const bool opening =
            (space_before_ || line_start_ || last_role_ == Role::kOpener ||
             last_role_ == Role::kBracket) &&
            LetterAt(i + len);
        const bool left = len > 1 && DecodeUtf8(text_, i).cp == 0x2018;
        single_quote_open_ = opening;
        Emit(i, i + len, TokenKind::kPunct, 0, (left || opening) ? Role::kOpener : Role::kQuote);
        i += len;
        break;
      }
      case CharClass::kQuote: {
        // '"' closes the one opened earlier on the line, or one glued to
        // the preceding word; otherwise it opens. French typography puts a
        // space before a closing quote, so spacing alone cannot tell.
        const bool closing =
            double_quote_open_ || (!space_before_ && !line_start_ &&
                                   last_role_ != Role::kOpener && last_role_ != Role::kBracket);
        double_quote_open_ = !closing;
        Emit(i, i + len, TokenKind::kPunct, 0, closing ? Role::kCloser : Role::kOpener);
        i += len;
        break;
      }
      case CharClass::kOpen: {
        const bool bracket =
            c < 0x80 ? (c == '(' || c == '[' || c == '{')
                     : u_charType(static_cast<UChar32>(DecodeUtf8(text_, i).cp)) ==
                           U_START_PUNCTUATION;
        Emit(i, i + len, TokenKind::kPunct, 0, bracket ? Role::kBracket : Role::kOpener);
        i += len;
        break;
      }
      case CharClass::kClose:
        Emit(i, i + len, TokenKind::kPunct, 0, Role::kCloser);
        i += len;
        break;
      case CharClass::kPunct:
        Emit(i, i + len, TokenKind::kPunct, 0,
             (c == ',' || c == ';' || c == ':') ? Role::kComma : Role::kOther);
        i += len;
        break;
      case CharClass::kSymbol: {
        // A symbol keeps the marks and joiners that follow it (emoji
        // variation selectors, combining accents on a symbol).
        const size_t e = SkipMarks(i + len);
        Emit(i, e, TokenKind::kSymbol, 0, Role::kOther);
        i = e;
        break;
      }
    }
  }
  CloseSentence();
}

size_t Tokenizer::ScanRun(size_t i, CharClass cls, TokenKind kind, Role role) {
  size_t e = i;
  while (e < n_) {
    const unsigned char c = static_cast<unsigned char>(text_[e]);
    if (c < 0x80) {
      if (kAsciiInfo[c].cls != cls) break;
      ++e;
    } else {
      const Decoded d = DecodeUtf8(text_, e);
      if (ClassifyNonAscii(d.cp).cls != cls) break;
      e += d.len;
    }
  }
  Emit(i, e, kind, 0, role);
  return e;
}

// ---------------------------------------------------------------------------
// Words

namespace {

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    if (AsciiLower(s[k]) != prefix[k]) return false;
  }
  return true;
}

}  // namespace

size_t Tokenizer::ScanWord(size_t i) {
  // (Most words start with none of h, f, w: no prefix to compare.)
  const char first = AsciiLower(text_[i]);
  if (first == 'h' || first == 'f' || first == 'w') {
    const std::string_view rest = text_.substr(i, 8);
    if (StartsWithNoCase(rest, "http://") || StartsWithNoCase(rest, "https://") ||
        StartsWithNoCase(rest, "ftp://") ||
        (StartsWithNoCase(rest, "www.") && WordCharAt(i + 4))) {
      return ScanUrl(i);
    }
  }

  bool has_apos = false, has_hyphen = false, has_dot = false;
  size_t e = i;

  // Dotted abbreviations: one letter and a dot, repeated ("U.S.", "e.g.",
  // "J.-C."). Two or more make one token that keeps every dot. (An ASCII
  // character followed by another that is no dot starts none: most words.)
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text_[k]); };
  if (byte(i) >= 0x80 || (i + 1 < n_ && (byte(i + 1) >= 0x80 || byte(i + 1) == '.'))) {
    size_t k = i;
    int units = 0;
    size_t end = i;
    while (LetterAt(k)) {
      const size_t after = SkipMarks(k + DecodeUtf8(text_, k).len);
      if (after >= n_ || text_[after] != '.') break;
      ++units;
      end = after + 1;
      k = end;
      size_t hl;
      if (HyphenAt(k, &hl) && LetterAt(k + hl)) k += hl;  // "J.-C."
    }
    if (units >= 2) {
      size_t hl;
      if (!(HyphenAt(end, &hl) && WordCharAt(end + hl))) {
        AbbrevKind kind = LookupAbbreviation(text_.substr(i, end - 1 - i), rules_.mask);
        if (kind == AbbrevKind::kNone) kind = AbbrevKind::kBeforeStarter;
        Emit(i, end, TokenKind::kWord, 0, Role::kWord, kind);
        return end;
      }
      // "U.S.-led": the dots are inside a longer word.
      e = end;
      has_dot = true;
    }
  }

  // The general word: word characters, joined by a hyphen, apostrophe,
  // underscore or dot when another word character follows.
  bool is_email = false;
  while (e < n_) {
    const unsigned char c = static_cast<unsigned char>(text_[e]);
    if (c < 0x80) {
      const CharClass cls = kAsciiInfo[c].cls;
      if (cls == CharClass::kLetter || cls == CharClass::kDigit) {
        ++e;
        continue;
      }
      if (e + 1 >= n_) break;
      const unsigned char next = static_cast<unsigned char>(text_[e + 1]);
      if (c == '-') {
        if (!WordCharAt(e + 1)) break;
        has_hyphen = true;
        ++e;
      } else if (c == '\'') {
        if (!LetterAt(e + 1)) break;
        has_apos = true;
        ++e;
      } else if (c == '.') {
        // Domain names and versions: "lemonde.fr", "v2.0". Not before a
        // capital: "fin.Le" is a missing space, left to the splitter.
        if (!((next >= 'a' && next <= 'z') || IsAsciiDigit(next))) break;
        has_dot = true;
        ++e;
      } else if (c == '_') {
        if (!WordCharAt(e + 1)) break;
        ++e;
      } else if (c == '@') {
        if (!WordCharAt(e + 1)) break;
        is_email = true;
        ++e;
        while (e < n_) {
          const unsigned char d = static_cast<unsigned char>(text_[e]);
          if (d < 0x80 && IsWordChar(kAsciiInfo[d].cls)) {
            ++e;
          } else if ((d == '.' || d == '-' || d == '_') && e + 1 < n_ &&
                     static_cast<unsigned char>(text_[e + 1]) < 0x80 &&
                     IsWordChar(kAsciiInfo[static_cast<unsigned char>(text_[e + 1])].cls)) {
            ++e;
          } else {
            break;
          }
        }
        break;
      } else {
        break;
      }
      continue;
    }
    const Decoded d = DecodeUtf8(text_, e);
    const CharClass cls = ClassifyNonAscii(d.cp).cls;
    if (IsWordChar(cls) || cls == CharClass::kIgnorable) {
      e += d.len;
    } else if (cls == CharClass::kHyphen && WordCharAt(e + d.len)) {
      has_hyphen = true;
      e += d.len;
    } else if (cls == CharClass::kApostrophe && LetterAt(e + d.len)) {
      has_apos = true;
      e += d.len;
    } else {
      break;
    }
  }

  if (is_email) {
    Emit(i, e, TokenKind::kSymbol, 0, Role::kOther);
    return e;
  }

  // A following dot belongs to a known abbreviation or a capital initial.
  if (e < n_ && text_[e] == '.' && !has_apos && !has_hyphen && !has_dot) {
    AbbrevKind kind = LookupAbbreviation(text_.substr(i, e - i), rules_.mask);
    if (kind == AbbrevKind::kNone) {
      const Decoded d = DecodeUtf8(text_, i);
      const CharInfo info = Classify(d.cp);
      if (info.cls == CharClass::kLetter && info.upper && SkipMarks(i + d.len) == e) {
        kind = AbbrevKind::kBeforeStarter;  // "J. Biden", "George W. Bush"
      }
    }
    if (kind != AbbrevKind::kNone) {
      Emit(i, e + 1, TokenKind::kWord, 0, Role::kWord, kind);
      return e + 1;
    }
  }

  // An apostrophe right after the word that did not join it to a letter.
  size_t alen = 0;
  const bool trailing_apostrophe = ApostropheAt(e, &alen) && !WordCharAt(e + alen);
  if (trailing_apostrophe && rules_.french_elision && !has_apos && !has_hyphen) {
    // French elision typed with a space after the apostrophe: "l' homme".
    char buf[8];
    std::string_view low;
    if (LowerAscii(text_.substr(i, e - i), buf, &low) && IsElisionPrefix(low)) {
      Emit(i, e + alen, TokenKind::kWord, kElided, Role::kWord);
      return e + alen;
    }
  }
  if (trailing_apostrophe && rules_.english_clitics && !single_quote_open_ &&
      (text_[e - 1] == 's' || text_[e - 1] == 'S')) {
    // Plural possessive: "ministers'" -> "ministers" "'".
    EmitWord(i, e, has_apos, has_hyphen);
    Emit(e, e + alen, TokenKind::kWord, kClitic, Role::kWord);
    return e + alen;
  }

  EmitWord(i, e, has_apos, has_hyphen);
  return e;
}

void Tokenizer::EmitWord(size_t b, size_t e, bool has_apos, bool has_hyphen) {
  if (rules_.french_elision && has_apos) {
    // Peel elided forms off the front: "l'homme", "qu'il", "jusqu'à".
    for (int guard = 0; guard < 2; ++guard) {
      size_t a = b, alen = 0;
      while (a < e && !ApostropheAt(a, &alen)) ++a;
      if (a >= e || a == b || a + alen >= e) break;
      char buf[8];
      std::string_view low;
      if (!LowerAscii(text_.substr(b, a - b), buf, &low) || !IsElisionPrefix(low)) break;
      if (low == "c" && IsEstADire(text_.substr(a + alen, e - a - alen))) break;
      Emit(b, a + alen, TokenKind::kWord, kElided, Role::kWord);
      b = a + alen;
    }
  }
  // English "ex-president", "Ex-Prime Minister": the prefix is a word of its
  // own (a `former_words` entry), so that the title after it is read as a
  // title and its holder as no longer holding it. (French keeps "l'ex-Yougoslavie",
  // "les ex-rebelles" whole, as its dictionaries write them.)
  if (rules_.english_clitics && has_hyphen && e - b > 3 && (text_[b] == 'e' || text_[b] == 'E') && (text_[b + 1] == 'x' || text_[b + 1] == 'X') &&
      text_[b + 2] == '-' && LetterAt(b + 3)) {
    Emit(b, b + 3, TokenKind::kWord, 0, Role::kWord);
    b += 3;
  }
  if (rules_.french_inversion && has_hyphen && SplitInversion(b, e)) return;
  if (rules_.english_clitics && has_apos && SplitEnglishClitic(b, e)) return;
  Emit(b, e, TokenKind::kWord, 0, Role::kWord);
}

bool Tokenizer::SplitInversion(size_t b, size_t e) {
  // Cut at hyphens into at most four segments: verb [t] pronoun [pronoun].
  constexpr int kMaxSegments = 4;
  size_t seg_begin[kMaxSegments], seg_end[kMaxSegments];
  int nseg = 0;
  size_t start = b;
  for (size_t k = b; k <= e;) {
    size_t hl = 0;
    if (k == e || HyphenAt(k, &hl)) {
      if (nseg == kMaxSegments) return false;
      seg_begin[nseg] = start;
      seg_end[nseg] = k;
      ++nseg;
      if (k == e) break;
      k += hl;
      start = k;
    } else {
      ++k;
    }
  }
  if (nseg < 2) return false;

  // Lower-case ASCII copy with '-' joiners, for the exception list.
  {
    char buf[24];
    size_t len = 0;
    bool ascii = true;
    for (int s = 0; s < nseg && ascii; ++s) {
      std::string_view low;
      char seg_buf[24];
      if (!LowerAscii(text_.substr(seg_begin[s], seg_end[s] - seg_begin[s]), seg_buf, &low) ||
          len + low.size() + 1 >= sizeof(buf)) {
        ascii = false;
        break;
      }
      if (s > 0) buf[len++] = '-';
      std::memcpy(buf + len, low.data(), low.size());
      len += low.size();
    }
    if (ascii && IsInversionException(std::string_view(buf, len))) return false;
  }

  // Pronoun segments must be all lower case, or all upper case after an
  // all-caps verb (headlines): "Jean-Le" is a name, "FAUT-IL" is not.
  auto segment_case = [&](int s, bool* lower, bool* upper) {
    *lower = *upper = true;
    for (size_t k = seg_begin[s]; k < seg_end[s]; ++k) {
      const char c = text_[k];
      if (c >= 'A' && c <= 'Z') *lower = false;
      else if (c >= 'a' && c <= 'z') *upper = false;
    }
  };
  bool verb_lower, verb_upper;
  segment_case(0, &verb_lower, &verb_upper);
  int idx = nseg - 1, npron = 0;
  while (idx >= 1 && npron < 2) {
    char buf[8];
    std::string_view low;
    bool lower, upper;
    segment_case(idx, &lower, &upper);
    if (!(lower || (upper && verb_upper))) return false;
    if (!LowerAscii(text_.substr(seg_begin[idx], seg_end[idx] - seg_begin[idx]), buf, &low) ||
        !IsInvertedPronoun(low)) {
      break;
    }
    --idx;
    ++npron;
  }
  if (npron == 0) return false;
  // "a-t-il": the euphonic t is a sound, not a word; it gets no token.
  if (idx >= 1 && seg_end[idx] - seg_begin[idx] == 1 && AsciiLower(text_[seg_begin[idx]]) == 't') {
    --idx;
  }
  if (idx != 0 || seg_end[0] == seg_begin[0] || !LetterAt(seg_begin[0])) return false;

  Emit(seg_begin[0], seg_end[0], TokenKind::kWord, 0, Role::kWord);
  for (int s = nseg - npron; s < nseg; ++s) {
    Emit(seg_begin[s], seg_end[s], TokenKind::kWord, kClitic, Role::kWord);
  }
  return true;
}

bool Tokenizer::SplitEnglishClitic(size_t b, size_t e) {
  // The last apostrophe decides: "O'Neill's" -> "O'Neill" "'s".
  size_t a = e, alen = 0;
  for (size_t k = b; k < e; ++k) {
    size_t l;
    if (ApostropheAt(k, &l)) {
      a = k;
      alen = l;
    }
  }
  if (a == e || a == b) return false;
  char buf[4];
  std::string_view suffix;
  if (!LowerAscii(text_.substr(a + alen, e - a - alen), buf, &suffix)) return false;
  if (suffix == "t" && a - 1 > b && AsciiLower(text_[a - 1]) == 'n') {
    // "don't" -> "do" "n't", "can't" -> "ca" "n't".
    Emit(b, a - 1, TokenKind::kWord, 0, Role::kWord);
    Emit(a - 1, e, TokenKind::kWord, kClitic, Role::kWord);
    return true;
  }
  if (suffix == "s" || suffix == "re" || suffix == "ve" || suffix == "ll" || suffix == "d" ||
      suffix == "m") {
    Emit(b, a, TokenKind::kWord, 0, Role::kWord);
    Emit(a, e, TokenKind::kWord, kClitic, Role::kWord);
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Numbers and URLs

size_t Tokenizer::ScanNumber(size_t i) {
  size_t e = i;
  TokenKind kind = TokenKind::kNumber;
  while (e < n_) {
    const unsigned char c = static_cast<unsigned char>(text_[e]);
    if (IsAsciiDigit(c)) {
      ++e;
      continue;
    }
    const bool next_digit = e + 1 < n_ && IsAsciiDigit(static_cast<unsigned char>(text_[e + 1]));
    if ((c == '.' || c == ',' || c == ':' || c == '/' || c == '-') && next_digit) {
      e += 2;  // "3.5", "1,5", "10:30", "05/02", "2021-02-05"
      continue;
    }
    if (c < 0x80) {
      if (kAsciiInfo[c].cls == CharClass::kLetter) {
        ++e;  // "09h04", "1er", "21st", "10km"
        continue;
      }
      if (c == '-' && LetterAt(e + 1)) {
        kind = TokenKind::kWord;  // "19-year-old"
        ++e;
        continue;
      }
      break;
    }
    const Decoded d = DecodeUtf8(text_, e);
    const CharClass cls = ClassifyNonAscii(d.cp).cls;
    if (cls == CharClass::kDigit || cls == CharClass::kLetter || cls == CharClass::kMark) {
      e += d.len;
      continue;
    }
    if (d.cp == 0x00A0 || d.cp == 0x202F || d.cp == 0x2009) {
      // French digit grouping with a no-break space: "3 000", but only
      // before exactly three digits.
      const size_t g = e + d.len;
      if (g + 3 <= n_ && IsAsciiDigit(text_[g]) && IsAsciiDigit(text_[g + 1]) &&
          IsAsciiDigit(text_[g + 2]) &&
          (g + 3 == n_ || !IsAsciiDigit(static_cast<unsigned char>(text_[g + 3])))) {
        e = g + 3;
        continue;
      }
    }
    break;
  }
  Emit(i, e, kind, 0, kind == TokenKind::kNumber ? Role::kNumber : Role::kWord);
  return e;
}

size_t Tokenizer::ScanUrl(size_t i) {
  size_t e = i;
  int open_parens = 0;
  while (e < n_) {
    const unsigned char c = static_cast<unsigned char>(text_[e]);
    if (c < 0x80) {
      const CharClass cls = kAsciiInfo[c].cls;
      if (cls == CharClass::kSpace || cls == CharClass::kNewline || c == '"' || c == '<' ||
          c == '>') {
        break;
      }
      if (c == '(') ++open_parens;
      if (c == ')') --open_parens;
      ++e;
      continue;
    }
    const Decoded d = DecodeUtf8(text_, e);
    const CharClass cls = ClassifyNonAscii(d.cp).cls;
    if (cls == CharClass::kSpace || cls == CharClass::kNewline || cls == CharClass::kParagraph ||
        cls == CharClass::kOpen || cls == CharClass::kClose || cls == CharClass::kApostrophe ||
        cls == CharClass::kTerminal) {
      break;
    }
    e += d.len;
  }
  // Sentence punctuation after a URL is not part of it.
  while (e > i + 1) {
    const char c = text_[e - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'') {
      --e;
    } else if (c == ')' && open_parens < 0) {
      --e;
      ++open_parens;
    } else {
      break;
    }
  }
  Emit(i, e, TokenKind::kSymbol, 0, Role::kOther, AbbrevKind::kNone, /*verbatim=*/true);
  return e;
}

// ---------------------------------------------------------------------------
// Emission and sentence boundaries

void Tokenizer::Emit(size_t b, size_t e, TokenKind kind, uint8_t flags, Role role,
                     AbbrevKind abbrev, bool verbatim) {
  std::string& norm = out_->norm;
  Token t;
  t.begin = static_cast<uint32_t>(b);
  t.end = static_cast<uint32_t>(e);
  t.kind = kind;
  t.norm_offset = static_cast<uint32_t>(norm.size());
  const std::string_view surface = text_.substr(b, e - b);
  if (verbatim) {
    norm.append(surface);
  } else {
    const CaseInfo ci =
        AppendNorm(surface, kind == TokenKind::kWord || kind == TokenKind::kNumber, &norm);
    if (ci.first_letter_upper) flags |= kCapitalized;
    if (kind == TokenKind::kWord && !ci.first_letter_upper && NameParticleBeforeCapital(surface)) flags |= kCapitalized;
    if (ci.all_upper) flags |= kAllCaps;
  }
  t.norm_size = static_cast<uint32_t>(norm.size() - t.norm_offset);
  if (line_start_) flags |= kLineStart;
  t.flags = flags;
  out_->tokens.push_back(t);
  OnToken(role, abbrev);
  space_before_ = false;
  newlines_ = 0;
  line_start_ = false;
}

void Tokenizer::OnToken(Role role, AbbrevKind abbrev) {
  const uint32_t idx = static_cast<uint32_t>(out_->tokens.size() - 1);
  bool closer = false;
  if (sent_count_ == 0) {
    sent_first_ = idx;
  } else {
    // How the token starts matters only after a possible end or a line
    // break, not inside a sentence: decoded then, not for every token.
    bool starts_upper = false, starts_digit = false;
    auto classify_start = [&] {
      const Decoded first = DecodeUtf8(text_, out_->tokens.back().begin);
      const CharInfo info = Classify(first.cp);
      starts_upper = info.cls == CharClass::kLetter && info.upper;
      starts_digit = info.cls == CharClass::kDigit;
    };
    bool brk = false;
    if (newlines_ >= 2) {
      brk = true;  // blank line
    } else if (pending_ != Pending::kNone) {
      if (newlines_ == 0 &&
          (role == Role::kCloser || (role == Role::kQuote && !space_before_))) {
        closer = true;  // closing quote or bracket after the end: stays with it
      } else {
        classify_start();
        brk = BreakAfterPending(role, starts_upper, starts_digit);
      }
    } else if (newlines_ == 1) {
      // A line without final punctuation (headline, dateline) ends the
      // sentence when the next line starts with a capital or an opening
      // quote; a comma says the line was wrapped in mid-sentence.
      classify_start();
      const bool opens = role == Role::kOpener || role == Role::kQuote;
      brk = (starts_upper || opens) && last_role_ != Role::kComma;
    }
    if (brk) {
      CloseSentence();
      sent_first_ = idx;
    } else if (sent_count_ >= max_tokens_) {
      CutLongSentence();
    }
  }
  ++sent_count_;
  last_role_ = role;
  if (closer) return;
  switch (abbrev) {
    case AbbrevKind::kNone:
      pending_ = role == Role::kTerminal ? Pending::kTerminal : Pending::kNone;
      break;
    case AbbrevKind::kNever: pending_ = Pending::kNever; break;
    case AbbrevKind::kBeforeNumber: pending_ = Pending::kBeforeNumber; break;
    case AbbrevKind::kBeforeCapital: pending_ = Pending::kBeforeCapital; break;
    case AbbrevKind::kBeforeStarter: pending_ = Pending::kBeforeStarter; break;
  }
}

bool Tokenizer::BreakAfterPending(Role role, bool starts_upper, bool starts_digit) const {
  // No space after the full stop ("fin.Le"): a typo or a name, not a boundary.
  if (!space_before_ && newlines_ == 0) return false;
  // After an abbreviation only an opening quote counts: "the U.N. (UNHCR)"
  // goes on, while after a full stop a bracket may open the next sentence.
  const bool opener = role == Role::kOpener || role == Role::kQuote;
  switch (pending_) {
    case Pending::kNone:
    case Pending::kNever:
      return false;
    case Pending::kTerminal:
      return starts_upper || starts_digit || opener || role == Role::kBracket ||
             role == Role::kDash;
    case Pending::kBeforeNumber:
      return !starts_digit && (starts_upper || opener);
    case Pending::kBeforeCapital:
      return starts_upper || opener;
    case Pending::kBeforeStarter:
      if (opener || (starts_upper && newlines_ > 0)) return true;
      if (ShoutedAroundAbbreviation()) return false;  // "COLOMBIA BLASTS U.S. FOR COFFEE TALKS FAILURE"
      return starts_upper && IsSentenceStarter(out_->Norm(out_->tokens.back()), rules_.mask);
  }
  return false;
}

// In a headline written all in capitals, a word in capitals after an
// abbreviation that itself follows a word in capitals goes on the same line
// of thought: the abbreviation ends no sentence.
bool Tokenizer::ShoutedAroundAbbreviation() const {
  const auto& tokens = out_->tokens;
  const size_t n = tokens.size();
  if (n < 2 || newlines_ > 0) return false;
  const Token& next = tokens[n - 1];
  if (next.kind != TokenKind::kWord || !(next.flags & kAllCaps)) return false;
  // "U.S. TO ASK JAPAN...": the abbreviation opens the headline.
  if (n - 2 == sent_first_) return (tokens[n - 2].flags & kAllCaps) != 0;
  const Token& before = tokens[n - 3];
  return n >= 3 && before.kind == TokenKind::kWord && (before.flags & kAllCaps);
}

namespace {
bool HasLowerAscii(std::string_view w) {
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}
}  // namespace

// A sentence of at least three words, each in capitals (single letters
// aside), is a headline ("SYRIA SAYS ISRAEL BLOCKS EXPORTS"): flag its tokens
// so later stages do not read every word as a name.
void Tokenizer::MarkShouted(const Sentence& s) {
  auto& tokens = out_->tokens;
  uint32_t shouted_words = 0;
  for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
    const Token& t = tokens[i];
    if (t.kind != TokenKind::kWord) continue;
    if (t.flags & kAllCaps) {
      ++shouted_words;
    } else if (!(t.flags & kCapitalized) || (t.end - t.begin > 1 && HasLowerAscii(text_.substr(t.begin, t.end - t.begin)))) {
      return;  // (a capital and no small letter, "G-7", "F-16", is in capitals too)
    }
  }
  if (shouted_words < 3) return;
  for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i) tokens[i].flags |= kShouted;
}

void Tokenizer::CloseSentence() {
  if (sent_count_ == 0) return;
  const auto& tokens = out_->tokens;
  Sentence s;
  s.first_token = sent_first_;
  s.token_count = sent_count_;
  s.begin = tokens[sent_first_].begin;
  s.end = tokens[sent_first_ + sent_count_ - 1].end;
  MarkShouted(s);
  out_->sentences.push_back(s);
  sent_count_ = 0;
}

void Tokenizer::CutLongSentence() {
  // The current sentence holds max_tokens_ tokens (the newest token, not yet
  // counted, is at sent_first_ + sent_count_). Cut after the last comma,
  // semicolon or colon in its second half, else after its last token. Each
  // cut scans at most half a piece and removes at least half a piece, so
  // the total work stays linear.
  const auto& tokens = out_->tokens;
  const uint32_t last = sent_first_ + sent_count_ - 1;
  const uint32_t low = sent_first_ + sent_count_ / 2;
  uint32_t cut = last;
  for (uint32_t j = last; j >= low && j > sent_first_; --j) {
    const Token& t = tokens[j];
    if (t.kind == TokenKind::kPunct && t.norm_size == 1) {
      const char c = out_->norm[t.norm_offset];
      if (c == ',' || c == ';' || c == ':') {
        cut = j;
        break;
      }
    }
  }
  const uint32_t carried = last - cut;
  sent_count_ = cut - sent_first_ + 1;
  CloseSentence();
  sent_first_ = cut + 1;
  sent_count_ = carried;
}

}  // namespace parley::text::internal
