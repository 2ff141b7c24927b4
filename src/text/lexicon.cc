// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The tables are kept sorted by byte value (static_asserts below check it)
// so lookups are binary searches over read-only data. To add an entry, put
// it in its sorted place; the build fails otherwise.

#include "text/lexicon.h"

#include <algorithm>
#include <array>

namespace parley::text::internal {
namespace {

struct AbbrevEntry {
  std::string_view form;  // without the final dot, exactly as written
  AbbrevKind kind;
  uint8_t mask;
};

// Abbreviations that take their following dot into the token.
constexpr AbbrevEntry kAbbreviations[] = {
    {"Adm", AbbrevKind::kNever, kMaskAll},
    {"Apr", AbbrevKind::kBeforeNumber, kMaskEnglish},
    {"Art", AbbrevKind::kBeforeNumber, kMaskAll},
    {"Aug", AbbrevKind::kBeforeNumber, kMaskEnglish},
    {"Ave", AbbrevKind::kBeforeStarter, kMaskAll},
    {"Blvd", AbbrevKind::kBeforeStarter, kMaskAll},
    {"Bros", AbbrevKind::kBeforeStarter, kMaskAll},
    {"Capt", AbbrevKind::kNever, kMaskAll},
    {"Cf", AbbrevKind::kNever, kMaskAll},
    {"Cmdr", AbbrevKind::kNever, kMaskEnglish},
    {"Co", AbbrevKind::kBeforeStarter, kMaskAll},
    {"Col", AbbrevKind::kNever, kMaskAll},
    {"Corp", AbbrevKind::kBeforeStarter, kMaskAll},
    {"Dec", AbbrevKind::kBeforeNumber, kMaskEnglish},
    {"Dept", AbbrevKind::kBeforeStarter, kMaskAll},
    {"Dr", AbbrevKind::kNever, kMaskAll},
    {"Feb", AbbrevKind::kBeforeNumber, kMaskEnglish},
    {"Fig", AbbrevKind::kBeforeNumber, kMaskAll},
    {"Ft", AbbrevKind::kNever, kMaskEnglish},
    {"Gen", AbbrevKind::kNever, kMaskAll},
    {"Gens", AbbrevKind::kNever, kMaskEnglish},
    {"Gov", AbbrevKind::kNever, kMaskEnglish},
    {"Hon", AbbrevKind::kNever, kMaskEnglish},
    {"Inc", AbbrevKind::kBeforeStarter, kMaskAll},
    {"Insp", AbbrevKind::kNever, kMaskEnglish},
    {"Jan", AbbrevKind::kBeforeNumber, kMaskEnglish},
    {"Jr", AbbrevKind::kBeforeStarter, kMaskAll},
    {"Jul", AbbrevKind::kBeforeNumber, kMaskEnglish},
    {"Jun", AbbrevKind::kBeforeNumber, kMaskEnglish},
    {"Lieut", AbbrevKind::kNever, kMaskEnglish},
    {"Lt", AbbrevKind::kNever, kMaskAll},
    {"Ltd", AbbrevKind::kBeforeStarter, kMaskAll},
    {"M", AbbrevKind::kNever, kMaskFrench},  // "M. Macron"; in English an initial
    {"MM", AbbrevKind::kNever, kMaskFrench},
    {"Maj", AbbrevKind::kNever, kMaskAll},
    {"Mar", AbbrevKind::kBeforeNumber, kMaskEnglish},
    {"Messrs", AbbrevKind::kNever, kMaskEnglish},
    {"Mgr", AbbrevKind::kNever, kMaskAll},
    {"Mlle", AbbrevKind::kNever, kMaskFrench},
    {"Mlles", AbbrevKind::kNever, kMaskFrench},
    {"Mme", AbbrevKind::kNever, kMaskFrench},
    {"Mmes", AbbrevKind::kNever, kMaskFrench},
    {"Mr", AbbrevKind::kNever, kMaskAll},
    {"Mrs", AbbrevKind::kNever, kMaskAll},
    {"Ms", AbbrevKind::kNever, kMaskAll},
    {"Mt", AbbrevKind::kNever, kMaskEnglish},
    {"No", AbbrevKind::kBeforeNumber, kMaskAll},
    {"Nos", AbbrevKind::kBeforeNumber, kMaskAll},
    {"Nov", AbbrevKind::kBeforeNumber, kMaskAll},
    {"Oct", AbbrevKind::kBeforeNumber, kMaskAll},
    {"Pr", AbbrevKind::kNever, kMaskFrench},
    {"Pres", AbbrevKind::kNever, kMaskEnglish},
    {"Prof", AbbrevKind::kNever, kMaskAll},
    {"Rd", AbbrevKind::kBeforeStarter, kMaskAll},
    {"Rep", AbbrevKind::kNever, kMaskEnglish},
    {"Reps", AbbrevKind::kNever, kMaskEnglish},
    {"Rev", AbbrevKind::kNever, kMaskEnglish},
    {"Sen", AbbrevKind::kNever, kMaskEnglish},
    {"Sens", AbbrevKind::kNever, kMaskEnglish},
    {"Sep", AbbrevKind::kBeforeNumber, kMaskEnglish},
    {"Sept", AbbrevKind::kBeforeNumber, kMaskAll},
    {"Sgt", AbbrevKind::kNever, kMaskAll},
    {"Sr", AbbrevKind::kBeforeStarter, kMaskAll},
    {"St", AbbrevKind::kBeforeStarter, kMaskAll},  // "St. Louis", "Downing St. He"
    {"Ste", AbbrevKind::kNever, kMaskFrench},
    {"Supt", AbbrevKind::kNever, kMaskEnglish},
    {"Univ", AbbrevKind::kBeforeStarter, kMaskAll},
    {"Vol", AbbrevKind::kBeforeNumber, kMaskAll},
    {"approx", AbbrevKind::kBeforeNumber, kMaskEnglish},
    {"apr", AbbrevKind::kNever, kMaskFrench},  // "apr. J.-C."
    {"art", AbbrevKind::kBeforeNumber, kMaskAll},
    {"av", AbbrevKind::kNever, kMaskFrench},   // "av. J.-C."
    {"avr", AbbrevKind::kBeforeNumber, kMaskFrench},
    {"c", AbbrevKind::kBeforeNumber, kMaskEnglish},  // circa
    {"ca", AbbrevKind::kBeforeNumber, kMaskEnglish},
    {"cf", AbbrevKind::kNever, kMaskAll},
    {"ch", AbbrevKind::kBeforeNumber, kMaskAll},
    {"chap", AbbrevKind::kBeforeNumber, kMaskAll},
    {"d\u00e9c", AbbrevKind::kBeforeNumber, kMaskFrench},
    {"e.g", AbbrevKind::kNever, kMaskAll},
    {"env", AbbrevKind::kBeforeNumber, kMaskFrench},
    {"etc", AbbrevKind::kBeforeCapital, kMaskAll},
    {"ex", AbbrevKind::kNever, kMaskFrench},
    {"fig", AbbrevKind::kBeforeNumber, kMaskAll},
    {"f\u00e9v", AbbrevKind::kBeforeNumber, kMaskFrench},
    {"f\u00e9vr", AbbrevKind::kBeforeNumber, kMaskFrench},
    {"i.e", AbbrevKind::kNever, kMaskAll},
    {"janv", AbbrevKind::kBeforeNumber, kMaskFrench},
    {"juil", AbbrevKind::kBeforeNumber, kMaskFrench},
    {"max", AbbrevKind::kBeforeNumber, kMaskAll},
    {"min", AbbrevKind::kBeforeNumber, kMaskAll},
    {"nov", AbbrevKind::kBeforeNumber, kMaskAll},
    {"oct", AbbrevKind::kBeforeNumber, kMaskAll},
    {"p", AbbrevKind::kBeforeNumber, kMaskAll},
    {"pp", AbbrevKind::kBeforeNumber, kMaskAll},
    {"sept", AbbrevKind::kBeforeNumber, kMaskAll},
    {"v", AbbrevKind::kNever, kMaskEnglish},  // versus
    {"viz", AbbrevKind::kNever, kMaskEnglish},
    {"vol", AbbrevKind::kBeforeNumber, kMaskAll},
    {"vs", AbbrevKind::kNever, kMaskEnglish},
};

struct WordEntry {
  std::string_view norm;
  uint8_t mask;
};

// Words that typically open a sentence, by normal form. Deliberately
// without the French articles "le" and "la": they are also name particles
// ("J.-M. Le Pen"), and a missed boundary costs less than a cut name.
constexpr WordEntry kSentenceStarters[] = {
    {"a", kMaskEnglish},         {"according", kMaskEnglish}, {"after", kMaskEnglish},
    {"ainsi", kMaskFrench},      {"alors", kMaskFrench},      {"although", kMaskEnglish},
    {"an", kMaskEnglish},        {"and", kMaskEnglish},       {"apr\u00e8s", kMaskFrench},
    {"as", kMaskEnglish},        {"at", kMaskEnglish},        {"au", kMaskFrench},
    {"aux", kMaskFrench},        {"avant", kMaskFrench},      {"but", kMaskEnglish},
    {"by", kMaskEnglish},        {"c'", kMaskFrench},         {"ce", kMaskFrench},
    {"cela", kMaskFrench},       {"cependant", kMaskFrench},  {"ces", kMaskFrench},
    {"cet", kMaskFrench},        {"cette", kMaskFrench},      {"d'", kMaskFrench},
    {"dans", kMaskFrench},       {"depuis", kMaskFrench},     {"des", kMaskFrench},
    {"despite", kMaskEnglish},   {"during", kMaskEnglish},    {"earlier", kMaskEnglish},
    {"elle", kMaskFrench},       {"elles", kMaskFrench},      {"en", kMaskFrench},
    {"enfin", kMaskFrench},      {"et", kMaskFrench},         {"for", kMaskEnglish},
    {"from", kMaskEnglish},      {"he", kMaskEnglish},        {"her", kMaskEnglish},
    {"his", kMaskEnglish},       {"however", kMaskEnglish},   {"i", kMaskEnglish},
    {"if", kMaskEnglish},        {"il", kMaskFrench},         {"ils", kMaskFrench},
    {"in", kMaskEnglish},        {"it", kMaskEnglish},        {"its", kMaskEnglish},
    {"je", kMaskFrench},         {"l'", kMaskFrench},         {"last", kMaskEnglish},
    {"later", kMaskEnglish},     {"les", kMaskFrench},        {"lors", kMaskFrench},
    {"mais", kMaskFrench},       {"meanwhile", kMaskEnglish}, {"mr.", kMaskEnglish},
    {"mrs.", kMaskEnglish},      {"ms.", kMaskEnglish},       {"nous", kMaskFrench},
    {"on", kMaskAll},            {"one", kMaskEnglish},       {"or", kMaskFrench},
    {"our", kMaskEnglish},       {"par", kMaskFrench},        {"pour", kMaskFrench},
    {"pourtant", kMaskFrench},   {"selon", kMaskFrench},      {"she", kMaskEnglish},
    {"si", kMaskFrench},         {"since", kMaskEnglish},     {"so", kMaskEnglish},
    {"sur", kMaskFrench},        {"that", kMaskEnglish},      {"the", kMaskEnglish},
    {"their", kMaskEnglish},     {"there", kMaskEnglish},     {"these", kMaskEnglish},
    {"they", kMaskEnglish},      {"this", kMaskEnglish},      {"those", kMaskEnglish},
    {"though", kMaskEnglish},    {"to", kMaskEnglish},        {"toutefois", kMaskFrench},
    {"un", kMaskFrench},         {"under", kMaskEnglish},     {"une", kMaskFrench},
    {"vous", kMaskFrench},       {"we", kMaskEnglish},        {"when", kMaskEnglish},
    {"while", kMaskEnglish},     {"with", kMaskEnglish},      {"yet", kMaskEnglish},
    {"\u00e0", kMaskFrench},     {"\u00e7a", kMaskFrench},
};

// French elided forms, without the apostrophe. "presqu'" and "quelqu'" are
// left out on purpose: "presqu'île" and "quelqu'un" are single words.
constexpr std::string_view kElisionPrefixes[] = {
    "c", "d", "j", "jusqu", "l", "lorsqu", "m", "n", "puisqu", "qu", "quoiqu", "s", "t",
};

// Pronouns that follow a verb in a French inversion or imperative.
constexpr std::string_view kInvertedPronouns[] = {
    "ce", "elle", "elles", "en", "il", "ils", "je", "la", "le", "les",
    "leur", "lui", "moi", "nous", "on", "toi", "tu", "vous", "y",
};

constexpr std::string_view kInversionExceptions[] = {
    "chez-eux", "chez-lui", "chez-moi", "chez-nous", "chez-soi", "chez-toi", "chez-vous",
    "rendez-vous",
};

static_assert(std::ranges::is_sorted(kAbbreviations, {}, &AbbrevEntry::form));
static_assert(std::ranges::is_sorted(kSentenceStarters, {}, &WordEntry::norm));
static_assert(std::ranges::is_sorted(kElisionPrefixes));
static_assert(std::ranges::is_sorted(kInvertedPronouns));
static_assert(std::ranges::is_sorted(kInversionExceptions));

template <typename Range>
bool Contains(const Range& r, std::string_view s) {
  return std::ranges::binary_search(r, s);
}

const LanguageRules kFrenchRules{kMaskFrench, true, true, false};
const LanguageRules kEnglishRules{kMaskEnglish, false, false, true};
const LanguageRules kOtherRules{kMaskAll, false, false, false};

}  // namespace

const LanguageRules& RulesFor(Language lang) {
  switch (lang) {
    case Language::kFrench: return kFrenchRules;
    case Language::kEnglish: return kEnglishRules;
    default: return kOtherRules;
  }
}

namespace {

AbbrevKind FindAbbreviation(std::string_view form, uint8_t mask) {
  const auto* it = std::ranges::lower_bound(kAbbreviations, form, {}, &AbbrevEntry::form);
  if (it == std::end(kAbbreviations) || it->form != form || (it->mask & mask) == 0) {
    return AbbrevKind::kNone;
  }
  return it->kind;
}

}  // namespace

AbbrevKind LookupAbbreviation(std::string_view form, uint8_t mask) {
  const AbbrevKind kind = FindAbbreviation(form, mask);
  if (kind != AbbrevKind::kNone || form.size() < 2 || form.size() > 8) return kind;
  // Headlines in capitals: "ST." and "CORP." are looked up as "St" and "Corp".
  char buf[8];
  for (size_t k = 0; k < form.size(); ++k) {
    const char c = form[k];
    if (c < 'A' || c > 'Z') return AbbrevKind::kNone;
    buf[k] = k == 0 ? c : static_cast<char>(c + 32);
  }
  return FindAbbreviation(std::string_view(buf, form.size()), mask);
}

bool IsSentenceStarter(std::string_view norm, uint8_t mask) {
  const auto* it = std::ranges::lower_bound(kSentenceStarters, norm, {}, &WordEntry::norm);
  return it != std::end(kSentenceStarters) && it->norm == norm && (it->mask & mask) != 0;
}

bool IsElisionPrefix(std::string_view lower) { return Contains(kElisionPrefixes, lower); }

bool IsInvertedPronoun(std::string_view lower) { return Contains(kInvertedPronouns, lower); }

bool IsInversionException(std::string_view lower) {
  return Contains(kInversionExceptions, lower);
}

}  // namespace parley::text::internal
