// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// CLD2 first; on short texts, or when CLD2 is unsure, a count of French and
// English function words decides. CLD2 calls most short headlines
// "reliable", including wrong ones ("Real Madrid beat Barcelona" -> ca,
// "Attentat à Kaboul: 12 morts" -> ca), so on short texts its answer is
// only a tie-breaker unless it already says fr or en.
//
// When a short text has no function word at all, the order is:
//   1. a small list of frequent news content words of each language;
//   2. French-only letters (é è ê à ç ù û ô î ï ë œ...) -> French;
//   3. only ASCII letters -> English (CLD2's guesses on short all-ASCII
//      names are mostly wrong: "Obama visits Cuba" -> ms);
//   4. otherwise CLD2's answer, as kOther.

// CLD2's headers use size_t/FILE-free C declarations that need <cstdio> first.
#include <cstdio>
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "lang/language_id.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>

namespace parley::lang {
namespace {

constexpr size_t kShortText = 200;       // bytes: below this CLD2 is not trusted alone
constexpr size_t kCld2Window = 1 << 10;   // CLD2 is reliable long before this; it runs ~20 MB/s
constexpr size_t kWordWindow = 4 << 10;  // function words counted in this prefix

enum WordClass : uint8_t {
  kFrFunction = 1,
  kEnFunction = 2,
  kOtherFunction = 4,  // German, Spanish, Italian, Portuguese, Dutch
  kFrContent = 8,
  kEnContent = 16,
};

// Words shared by several languages ("a", "en", "on"...) are either left out
// or put where they are most frequent in news text.
const std::unordered_map<std::string_view, uint8_t>& WordTable() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, uint8_t>();
    for (const char* w : {"le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "pour", "que",
                          "qui", "sur", "au", "aux", "avec", "par", "pas", "ne", "ce", "cette", "ces", "il",
                          "elle", "ils", "elles", "sont", "ont", "été", "était", "son", "sa", "ses", "leur",
                          "leurs", "selon", "après", "contre", "entre", "mais", "où", "lors", "sans", "vers",
                          "chez", "depuis", "aussi", "nous", "vous", "à", "l", "d", "qu", "n", "s", "c", "j",
                          "lui", "dont", "sous", "être", "avoir", "fait", "deux", "trois"}) {
      (*t)[w] |= kFrFunction;
    }
    for (const char* w : {"the", "of", "and", "to", "in", "is", "was", "for", "on", "with", "that", "by", "at",
                          "from", "has", "have", "had", "are", "were", "be", "been", "this", "which", "will",
                          "would", "said", "says", "its", "their", "his", "her", "not", "but", "it", "as",
                          "after", "over", "into", "than", "who", "they", "he", "she", "we", "two", "three",
                          "could", "should", "about", "an"}) {
      (*t)[w] |= kEnFunction;
    }
    for (const char* w : {"der", "das", "und", "ist", "nicht", "mit", "von", "zu", "dem", "ein", "eine", "im",
                          "auf", "für", "sich", "wird", "werden", "auch", "del", "por", "para", "una", "como",
                          "pero", "más", "según", "tras", "con", "della", "che", "di", "gli", "sono", "è",
                          "não", "uma", "com", "het", "een", "niet", "ook", "за", "и", "в", "на", "не"}) {
      (*t)[w] |= kOtherFunction;
    }
    for (const char* w : {"président", "ministre", "gouvernement", "attaque", "attentat", "guerre", "accord",
                          "nouveau", "nouvelle", "tué", "tués", "morts", "mort", "élection", "élections",
                          "manifestation", "manifestants", "grève", "sommet", "pourparlers", "menace",
                          "appelle", "rencontre", "rejette", "dénonce", "armée", "soldats", "crise",
                          "victoire", "bat", "frappe", "frappes", "visite", "annonce", "réforme"}) {
      (*t)[w] |= kFrContent;
    }
    for (const char* w : {"beat", "beats", "kills", "killed", "president", "minister", "government", "war",
                          "attack", "attacks", "talks", "deal", "wins", "win", "new", "against", "leader",
                          "election", "elections", "vote", "protest", "protesters", "troops", "urges",
                          "warns", "calls", "meets", "visits", "rejects", "sanctions", "ceasefire", "strike",
                          "strikes", "court", "dead", "dies", "says", "announces", "army", "rebels"}) {
      (*t)[w] |= kEnContent;
    }
    return t;
  }();
  return *table;
}

struct Evidence {
  int fr = 0, en = 0, other = 0;       // function words
  int fr_content = 0, en_content = 0;  // content words
  bool french_letters = false;         // é, è, ç, œ...
  bool ascii_only = true;              // no byte >= 0x80 in any word
  bool any_letter = false;
};

bool IsFrenchLetter(unsigned char b1, unsigned char b2) {
  if (b1 == 0xC3) {
    // à â æ ç è é ê ë î ï ô ù û ü ÿ and capitals.
    switch (b2 | 0x20) {
      case 0xA0: case 0xA2: case 0xA6: case 0xA7: case 0xA8: case 0xA9: case 0xAA: case 0xAB:
      case 0xAE: case 0xAF: case 0xB4: case 0xB9: case 0xBB: case 0xBC:
        return true;
      default:
        return false;
    }
  }
  return b1 == 0xC5 && (b2 == 0x93 || b2 == 0x92);  // œ Œ
}

Evidence Gather(std::string_view text) {
  Evidence ev;
  if (text.size() > kWordWindow) text = text.substr(0, kWordWindow);
  const auto& table = WordTable();
  char word[48];
  size_t len = 0;
  bool overflow = false;
  auto flush = [&] {
    if (len > 0 && !overflow) {
      auto it = table.find(std::string_view(word, len));
      if (it != table.end()) {
        const uint8_t c = it->second;
        ev.fr += (c & kFrFunction) != 0;
        ev.en += (c & kEnFunction) != 0;
        ev.other += (c & kOtherFunction) != 0;
        ev.fr_content += (c & kFrContent) != 0;
        ev.en_content += (c & kEnContent) != 0;
      }
    }
    len = 0;
    overflow = false;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    if (c < 0x80) {
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        ev.any_letter = true;
        if (len < sizeof word) word[len++] = static_cast<char>(c | 0x20);
        else overflow = true;
      } else {
        flush();  // apostrophes split "l'armée" into "l" + "armée"
      }
      continue;
    }
    // A multi-byte sequence: part of a word, except the typographic
    // apostrophe and quotes (E2 80 98/99/9C/9D) and no-break spaces.
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      flush();
      i += 2;
      continue;
    }
    if (c == 0xC2 && i + 1 < text.size()) {
      flush();
      ++i;
      continue;
    }
    ev.any_letter = true;
    ev.ascii_only = false;
    if (i + 1 < text.size() && IsFrenchLetter(c, text[i + 1])) ev.french_letters = true;
    // Lower-case Latin-1 capitals (C3 80..9E) so "À" matches "à".
    unsigned char prev = len ? static_cast<unsigned char>(word[len - 1]) : 0;
    if (prev == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97) c = static_cast<unsigned char>(c + 0x20);
    if (len < sizeof word) word[len++] = static_cast<char>(c);
    else overflow = true;
  }
  flush();
  return ev;
}

LanguageGuess Make(Language lang, std::string code, bool reliable, const char* method) {
  LanguageGuess g;
  g.language = lang;
  g.code = std::move(code);
  g.reliable = reliable;
  g.method = method;
  return g;
}

}  // namespace

LanguageGuess IdentifyLanguage(std::string_view text) {
  // CLD2 on a prefix cut at a character boundary.
  size_t n = std::min(text.size(), kCld2Window);
  while (n > 0 && n < text.size() && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language lang3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  int valid_prefix = 0;
  bool reliable = false;
  // The checking variant: a stray invalid byte must not reach CLD2's tables.
  const CLD2::Language cld = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      text.data(), static_cast<int>(n), /*is_plain_text=*/true, &hints, /*flags=*/0, lang3, percent3, scores3,
      /*resultchunkvector=*/nullptr, &text_bytes, &reliable, &valid_prefix);
  const std::string cld_code = CLD2::LanguageCode(cld);
  const bool is_fr = cld == CLD2::FRENCH;
  const bool is_en = cld == CLD2::ENGLISH;
  const bool is_short = text.size() < kShortText;

  if (!is_short && reliable) {
    if (is_fr) return Make(Language::kFrench, "fr", true, "cld2");
    if (is_en) return Make(Language::kEnglish, "en", true, "cld2");
    if (cld != CLD2::UNKNOWN_LANGUAGE) return Make(Language::kOther, cld_code, true, "cld2");
  }

  const Evidence ev = Gather(text);
  const char* kFw = "function-words";
  const int best_other = std::max(ev.other, 0);

  if (is_fr || is_en) {
    // CLD2 said fr or en, but the text is short or CLD2 unsure: overrule it
    // only on clear contrary evidence.
    const int mine = is_fr ? ev.fr : ev.en;
    const int theirs = is_fr ? ev.en : ev.fr;
    if (theirs >= 2 && theirs > mine && theirs > best_other) {
      return is_fr ? Make(Language::kEnglish, "en", false, kFw) : Make(Language::kFrench, "fr", false, kFw);
    }
    return is_fr ? Make(Language::kFrench, "fr", reliable && !is_short, "cld2")
                 : Make(Language::kEnglish, "en", reliable && !is_short, "cld2");
  }

  const bool clear = (ev.fr >= 2 || ev.en >= 2);
  if (ev.fr > ev.en && ev.fr > ev.other) {
    return Make(Language::kFrench, "fr", clear && ev.fr >= 2 * ev.en, kFw);
  }
  if (ev.en > ev.fr && ev.en > ev.other) {
    return Make(Language::kEnglish, "en", clear && ev.en >= 2 * ev.fr, kFw);
  }
  const std::string other_code = cld == CLD2::UNKNOWN_LANGUAGE ? "un" : cld_code;
  if (!is_short || ev.other > std::max(ev.fr, ev.en)) {
    // A long text CLD2 is unsure about, or other languages' function words
    // dominate: not a language Parley codes.
    return Make(Language::kOther, other_code, reliable, ev.other > 0 ? kFw : "cld2");
  }
  // Short, and no function word decides.
  if (ev.fr_content > ev.en_content) return Make(Language::kFrench, "fr", false, kFw);
  if (ev.en_content > ev.fr_content) return Make(Language::kEnglish, "en", false, kFw);
  if (ev.french_letters) return Make(Language::kFrench, "fr", false, kFw);
  if (ev.any_letter && ev.ascii_only) return Make(Language::kEnglish, "en", false, kFw);
  return Make(Language::kOther, other_code, false, "cld2");
}

}  // namespace parley::lang
