// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Builds fr.lemmas from Debian's hunspell-fr (fr.aff + fr.dic) and a
// hand-written closed-class list.
//
//   make_fr_lemmas fr.aff fr.dic fr_closed_class.tsv out/fr.lemmas
//
// Why our own affix expansion rather than `unmunch`: unmunch does not
// handle FLAG long with this dictionary's morphological fields, and we need
// the `po:` tags of each suffix rule (po:ipre, po:ifut, po:cond, po:ppas ...)
// to know the verb form. hunspell-fr only uses one level of suffixes (its
// continuation flags are elision prefixes such as l' d' qu', which the
// tokenizer splits off), so expanding every SFX rule once on every
// dictionary entry yields every inflected form.

#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "lemma_table_builder.h"
#include "morphology/lemma_table_format.h"
#include "morphology/lemmatizer.h"

namespace parley::morph::tools {
namespace {

// Ranks: lower comes first among the analyses of one form.
constexpr int kRankHandWritten = 0;
constexpr int kRankGrammatical = 1;  // po:mg entries: determiners, clitics...
constexpr int kRankAuxiliary = 2;    // être / avoir
constexpr int kRankVerbNonFinite = 3;  // participles, infinitives
constexpr int kRankOpenClassBase = 4;       // nouns, adjectives, adverbs as listed
constexpr int kRankOpenClassInflected = 5;  // "fois" is fois before foi+s
constexpr int kRankVerbFinite = 6;   // "porte", "président": nominal reading first
constexpr int kRankProperNoun = 7;   // "Marc" lower-cases onto "marc"
constexpr int kRankParticipleAdjective = 8;

std::u32string ToU32(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    char32_t cp;
    int n;
    if (c < 0x80) { cp = c; n = 1; }
    else if ((c >> 5) == 6) { cp = c & 0x1f; n = 2; }
    else if ((c >> 4) == 14) { cp = c & 0x0f; n = 3; }
    else { cp = c & 0x07; n = 4; }
    for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3f);
    out.push_back(cp);
    i += n;
  }
  return out;
}

std::string ToUtf8(std::u32string_view s) {
  std::string out;
  for (char32_t cp : s) {
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xc0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
    } else if (cp < 0x10000) {
      out.push_back(static_cast<char>(0xe0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
    } else {
      out.push_back(static_cast<char>(0xf0 | (cp >> 18)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
    }
  }
  return out;
}

std::vector<std::string> SplitWhitespace(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string w;
  while (ss >> w) out.push_back(w);
  return out;
}

// FLAG long: every flag is two characters.
std::vector<std::u32string> ParseFlags(std::u32string_view flags) {
  std::vector<std::u32string> out;
  for (size_t i = 0; i + 1 < flags.size(); i += 2) out.emplace_back(flags.substr(i, 2));
  return out;
}

// One element of an affix condition: a set of characters (or any).
struct CondElem {
  bool any = false;
  bool negated = false;
  std::u32string chars;
  bool Matches(char32_t c) const {
    if (any) return true;
    bool in = chars.find(c) != std::u32string::npos;
    return negated ? !in : in;
  }
};

std::vector<CondElem> ParseCondition(std::u32string_view cond) {
  std::vector<CondElem> out;
  for (size_t i = 0; i < cond.size(); ++i) {
    CondElem e;
    if (cond[i] == U'.') {
      e.any = true;
    } else if (cond[i] == U'[') {
      size_t j = i + 1;
      if (j < cond.size() && cond[j] == U'^') {
        e.negated = true;
        ++j;
      }
      while (j < cond.size() && cond[j] != U']') e.chars.push_back(cond[j++]);
      i = j;
    } else {
      e.chars.push_back(cond[i]);
    }
    out.push_back(std::move(e));
  }
  return out;
}

struct SuffixRule {
  std::u32string strip;
  std::u32string add;
  std::vector<CondElem> condition;  // matched against the end of the stem
  std::vector<std::string> morph;   // "po:ifut", "is:fem", ...
};

bool ConditionMatchesEnd(const std::vector<CondElem>& cond, const std::u32string& word) {
  if (cond.size() > word.size()) return false;
  const size_t start = word.size() - cond.size();
  for (size_t k = 0; k < cond.size(); ++k) {
    if (!cond[k].Matches(word[start + k])) return false;
  }
  return true;
}

uint16_t PosFromTag(const std::string& po) {
  static const std::unordered_map<std::string, uint16_t> kMap = {
      {"nom", kNoun}, {"loc.nom", kNoun},
      {"npr", kProperNoun}, {"patr", kProperNoun}, {"prn", kProperNoun}, {"loc.patr", kProperNoun},
      {"titr", kNoun},
      {"adj", kAdjective}, {"loc.adj", kAdjective},
      {"adv", kAdverb}, {"loc.adv", kAdverb}, {"negadv", kAdverb}, {"advint", kAdverb},
      {"prep", kPreposition}, {"prepv", kPreposition}, {"loc.prep", kPreposition},
      {"loc.prepv", kPreposition},
      {"det", kDeterminer}, {"detpos", kDeterminer}, {"detind", kDeterminer},
      {"detdem", kDeterminer}, {"detneg", kDeterminer}, {"detex", kDeterminer},
      {"propersuj", kPronoun}, {"properobj", kPronoun}, {"prodem", kPronoun},
      {"proind", kPronoun}, {"prorel", kPronoun}, {"proint", kPronoun}, {"proneg", kPronoun},
      {"proadv", kPronoun},
      {"cjco", kConjunction}, {"cjsub", kConjunction}, {"cj", kConjunction},
      {"loc.cj", kConjunction}, {"loc.cjsub", kConjunction},
      {"nb", kNumeral}, {"nbro", kNumeral},
      {"interj", kInterjection}, {"loc.interj", kInterjection},
      {"loc.verb", kVerb},
  };
  if (po.size() >= 2 && po[0] == 'v' && po[1] >= '0' && po[1] <= '3') return kVerb;
  auto it = kMap.find(po);
  return it == kMap.end() ? 0 : it->second;
}

uint16_t VerbFormFromTag(const std::string& po) {
  static const std::unordered_map<std::string, uint16_t> kMap = {
      {"infi", kInfinitive}, {"ppre", kPresentParticiple}, {"ppas", kPastParticiple},
      {"ipre", kPresent},    {"iimp", kImperfect},         {"ipsi", kSimplePast},
      {"ifut", kFuture},     {"cond", kConditional},       {"spre", kSubjunctive},
      {"simp", kSubjunctive}, {"impe", kImperative},
  };
  auto it = kMap.find(po);
  return it == kMap.end() ? 0 : it->second;
}

struct Tags {
  uint16_t pos = 0;
  uint16_t verb_form = 0;
  bool grammatical = false;  // po:mg
  bool adjective_tag = false;
  bool masc_sg = false;
  std::string stem;          // st:
};

void CollectTags(const std::vector<std::string>& morph, Tags* tags) {
  bool mas = false, sg = false;
  for (const std::string& m : morph) {
    if (m.size() < 3 || m[2] != ':') continue;
    const std::string key = m.substr(0, 2), value = m.substr(3);
    if (key == "po") {
      // Strip a trailing '!' (hunspell-fr marks some forms so).
      std::string v = value;
      while (!v.empty() && v.back() == '!') v.pop_back();
      if (v == "mg") tags->grammatical = true;
      if (v == "adj") tags->adjective_tag = true;
      tags->pos |= PosFromTag(v);
      tags->verb_form |= VerbFormFromTag(v);
    } else if (key == "is") {
      if (value == "mas" || value == "epi") mas = true;
      if (value == "sg" || value == "inv") sg = true;
    } else if (key == "st") {
      tags->stem = value;
    }
  }
  tags->masc_sg = mas && sg;
}

int RankFor(uint16_t pos, uint16_t verb_form, bool grammatical, bool headword) {
  if (grammatical) return kRankGrammatical;
  if (pos & kAuxiliary) return kRankAuxiliary;
  if (pos & kVerb) {
    return (verb_form & ~(kPastParticiple | kInfinitive | kPresentParticiple)) == 0 ? kRankVerbNonFinite
                                                                                : kRankVerbFinite;
  }
  if (pos & kProperNoun) return kRankProperNoun;
  return headword ? kRankOpenClassBase : kRankOpenClassInflected;
}

int Run(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: %s fr.aff fr.dic fr_closed_class.tsv out.lemmas\n", argv[0]);
    return 2;
  }
  const std::string aff_path = argv[1], dic_path = argv[2], closed_path = argv[3], out_path = argv[4];

  // --- .aff: suffix groups, and the NEEDAFFIX / FORBIDDENWORD flags.
  std::ifstream aff(aff_path);
  if (!aff) {
    std::fprintf(stderr, "cannot open %s\n", aff_path.c_str());
    return 1;
  }
  std::map<std::u32string, std::vector<SuffixRule>> suffixes;
  std::u32string need_affix, forbidden;
  bool flag_long = false;
  std::string line;
  while (std::getline(aff, line)) {
    std::vector<std::string> f = SplitWhitespace(line);
    if (f.empty()) continue;
    if (f[0] == "FLAG" && f.size() > 1) flag_long = f[1] == "long";
    if (f[0] == "NEEDAFFIX" && f.size() > 1) need_affix = ToU32(f[1]);
    if (f[0] == "FORBIDDENWORD" && f.size() > 1) forbidden = ToU32(f[1]);
    if (f[0] != "SFX" || f.size() < 4) continue;
    const std::u32string flag = ToU32(f[1]);
    if (f.size() == 4 && (f[2] == "Y" || f[2] == "N")) {
      suffixes[flag];  // group header
      continue;
    }
    SuffixRule rule;
    rule.strip = f[2] == "0" ? U"" : ToU32(f[2]);
    std::string add = f[3];
    if (size_t slash = add.find('/'); slash != std::string::npos) add.resize(slash);
    rule.add = add == "0" ? U"" : ToU32(add);
    rule.condition = ParseCondition(ToU32(f.size() > 4 ? f[4] : "."));
    for (size_t i = 5; i < f.size(); ++i) rule.morph.push_back(f[i]);
    suffixes[flag].push_back(std::move(rule));
  }
  if (!flag_long) {
    std::fprintf(stderr, "%s: expected FLAG long (hunspell-fr); this generator reads only that\n",
                 aff_path.c_str());
    return 1;
  }

  LemmaTableBuilder builder;
  std::string error;
  if (!AddClosedClassFile(closed_path, kRankHandWritten, &builder, &error)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }

  // --- .dic: every entry, expanded through its suffix flags.
  std::ifstream dic(dic_path);
  if (!dic) {
    std::fprintf(stderr, "cannot open %s\n", dic_path.c_str());
    return 1;
  }
  std::getline(dic, line);  // entry count
  size_t entries = 0;
  while (std::getline(dic, line)) {
    std::vector<std::string> f = SplitWhitespace(line);
    if (f.empty()) continue;
    std::string word = f[0];
    std::u32string flags;
    if (size_t slash = word.find('/'); slash != std::string::npos && slash > 0) {
      flags = ToU32(word.substr(slash + 1));
      word.resize(slash);
    }
    std::vector<std::string> morph(f.begin() + 1, f.end());
    std::vector<std::u32string> flag_list = ParseFlags(flags);
    bool needs_affix = false, is_forbidden = false;
    for (const auto& fl : flag_list) {
      needs_affix = needs_affix || fl == need_affix;
      is_forbidden = is_forbidden || fl == forbidden;
    }
    if (is_forbidden) continue;
    ++entries;

    Tags base;
    CollectTags(morph, &base);
    const std::string lemma = LowerNfc(base.stem.empty() ? word : base.stem);
    const bool auxiliary = (base.pos & kVerb) && (lemma == "être" || lemma == "avoir");
    if (auxiliary) base.pos |= kAuxiliary;
    if (!needs_affix && base.pos != 0) {
      builder.AddBothApostrophes(LowerNfc(word), lemma, base.pos, base.verb_form,
                         RankFor(base.pos, base.verb_form, base.grammatical, /*headword=*/true));
    }

    const std::u32string word32 = ToU32(word);
    for (const auto& fl : flag_list) {
      auto it = suffixes.find(fl);
      if (it == suffixes.end()) continue;
      const std::vector<SuffixRule>& rules = it->second;
      // The masculine singular past participle: the lemma UD-style corpora
      // give participles used as adjectives ("unies" -> "uni").
      std::string participle_lemma;
      for (const SuffixRule& r : rules) {
        if (!ConditionMatchesEnd(r.condition, word32) || r.strip.size() > word32.size() ||
            word32.compare(word32.size() - r.strip.size(), r.strip.size(), r.strip) != 0) {
          continue;
        }
        Tags t;
        CollectTags(r.morph, &t);
        if ((t.verb_form & kPastParticiple) && t.masc_sg) {
          participle_lemma = LowerNfc(ToUtf8(word32.substr(0, word32.size() - r.strip.size()) + r.add));
          break;
        }
      }
      for (const SuffixRule& r : rules) {
        if (r.strip.size() > word32.size() ||
            word32.compare(word32.size() - r.strip.size(), r.strip.size(), r.strip) != 0 ||
            !ConditionMatchesEnd(r.condition, word32)) {
          continue;
        }
        const std::string form =
            LowerNfc(ToUtf8(word32.substr(0, word32.size() - r.strip.size()) + r.add));
        Tags t;
        CollectTags(r.morph, &t);
        uint16_t pos = base.pos;
        uint16_t verb_form = (pos & kVerb) ? static_cast<uint16_t>(t.verb_form) : 0;
        // Entry-level verb form tags (po:infi) describe the headword only.
        if (pos == 0) pos = t.pos;
        builder.AddBothApostrophes(form, lemma, pos, verb_form,
                                   RankFor(pos, verb_form, base.grammatical, /*headword=*/form == lemma));
        if ((pos & kVerb) && (verb_form & kPastParticiple) && !participle_lemma.empty()) {
          builder.AddBothApostrophes(form, participle_lemma, kAdjective, 0, kRankParticipleAdjective);
        }
      }
    }
  }

  if (!builder.Write(out_path, table::kLangFrench, &error)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  std::fprintf(stderr, "make_fr_lemmas: %zu dictionary entries -> %zu forms in %s\n", entries,
               builder.num_forms(), out_path.c_str());
  return 0;
}

}  // namespace
}  // namespace parley::morph::tools

int main(int argc, char** argv) { return parley::morph::tools::Run(argc, argv); }
