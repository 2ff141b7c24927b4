// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Builds en.lemmas from WordNet (Debian's wordnet-base) and a hand-written
// closed-class list.
//
//   make_en_lemmas /usr/share/wordnet en_closed_class.tsv out/en.lemmas
//
// Sources, in preference order for one form:
//   0. en_closed_class.tsv: pronouns, determiners, auxiliaries, modals...
//   1. WordNet's exception lists (*.exc): irregular forms ("met" -> meet).
//   2. WordNet's base forms (index.*) as themselves ("talk" -> talk).
//   3. Regular inflections generated from the base forms: plural and third
//      person -s/-es/-ies, past -ed/-d/-ied, -ing, comparative -er/-est, each
//      with and without a doubled final consonant where the base ends in
//      consonant-vowel-consonant (WordNet does not say which verbs double;
//      the variant that does not exist in English is harmless).
//   4. Noun headwords that are also a regular plural ("talks": talk first).
//   5. Doubtful spelling variants (undoubled "hoping" from hop, doubled
//      "visitted" from visit).

#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "lemma_table_builder.h"
#include "morphology/lemma_table_format.h"
#include "morphology/lemmatizer.h"

namespace parley::morph::tools {
namespace {

constexpr int kRankHandWritten = 0;
constexpr int kRankIrregular = 1;
constexpr int kRankBase = 2;
constexpr int kRankRegular = 3;
constexpr int kRankPluralHeadword = 4;
constexpr int kRankDoubtful = 5;

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }

// Single-word, lower-case ASCII letters (plus inner hyphen/apostrophe).
bool UsableLemma(const std::string& w) {
  if (w.empty() || !IsLetter(w.front()) || !IsLetter(w.back())) return false;
  for (char c : w) {
    if (!IsLetter(c) && c != '-' && c != '\'') return false;
  }
  return true;
}

// "stop" -> true: ends consonant-vowel-consonant, final not w/x/y.
bool EndsCvc(const std::string& w) {
  size_t n = w.size();
  if (n < 3) return false;
  char c3 = w[n - 1], v = w[n - 2], c1 = w[n - 3];
  return !IsVowel(c3) && c3 != 'w' && c3 != 'x' && c3 != 'y' && IsVowel(v) && !IsVowel(c1) && IsLetter(c1);
}

// Vowel groups, a rough syllable count ("stop" 1, "visit" 2).
int Syllables(const std::string& w) {
  int n = 0;
  bool in_vowel = false;
  for (char c : w) {
    bool v = IsVowel(c) || c == 'y';
    if (v && !in_vowel) ++n;
    in_vowel = v;
  }
  return n;
}

bool EndsSibilant(const std::string& w) {
  auto ends = [&](const char* s) {
    std::string_view e(s);
    return w.size() >= e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0;
  };
  return ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh");
}

bool ConsonantY(const std::string& w) {
  return w.size() >= 2 && w.back() == 'y' && !IsVowel(w[w.size() - 2]);
}

// -s / -es / -ies.
std::vector<std::string> SForms(const std::string& w) {
  if (ConsonantY(w)) return {w.substr(0, w.size() - 1) + "ies"};
  if (EndsSibilant(w)) return {w + "es"};
  if (w.back() == 'o') return {w + "s", w + "es"};
  return {w + "s"};
}

// Forms of `w` + a suffix starting with a vowel ("ed", "ing", "er", "est").
std::vector<std::string> VowelSuffixForms(const std::string& w, const std::string& suffix) {
  std::vector<std::string> out;
  const bool i_suffix = suffix[0] == 'i';
  // Doubling: canonical for one-syllable bases (stopped, bigger), doubtful
  // for longer ones (visited, but admitted); the doubtful variant is
  // returned second and ranked lower by the caller.
  if (ConsonantY(w) && !i_suffix) {
    out.push_back(w.substr(0, w.size() - 1) + "i" + suffix);  // tried, happier
  } else if (w.size() >= 2 && w.compare(w.size() - 2, 2, "ie") == 0 && i_suffix) {
    out.push_back(w.substr(0, w.size() - 2) + "y" + suffix);  // dying
  } else if (w.back() == 'e') {
    const bool keep_e = i_suffix && w.size() >= 2 && (w[w.size() - 2] == 'e' || w[w.size() - 2] == 'o' ||
                                                      w[w.size() - 2] == 'y');  // seeing, hoeing, dyeing
    out.push_back(keep_e ? w + suffix : w.substr(0, w.size() - 1) + suffix);
  } else {
    if (EndsCvc(w) && Syllables(w) == 1) {
      out.push_back(w + w.back() + suffix);  // stopped, bigger
      out.push_back(w + suffix);             // doubtful: "hoping" is hope's
    } else {
      out.push_back(w + suffix);
      if (EndsCvc(w)) out.push_back(w + w.back() + suffix);  // doubtful: admitted
    }
  }
  if (w.back() == 'c') out.push_back(w + "k" + suffix);  // panicked, panicking
  return out;
}

std::vector<std::string> ReadIndex(const std::string& path, std::string* error) {
  std::vector<std::string> out;
  std::ifstream in(path);
  if (!in) {
    *error = "cannot open " + path;
    return out;
  }
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // licence header
    std::string lemma = line.substr(0, line.find(' '));
    if (UsableLemma(lemma)) out.push_back(lemma);
  }
  return out;
}

// inflected -> bases, from a WordNet exception file.
std::vector<std::pair<std::string, std::vector<std::string>>> ReadExceptions(const std::string& path,
                                                                            std::string* error) {
  std::vector<std::pair<std::string, std::vector<std::string>>> out;
  std::ifstream in(path);
  if (!in) {
    *error = "cannot open " + path;
    return out;
  }
  std::string line;
  while (std::getline(in, line)) {
    std::stringstream ss(line);
    std::string form, base;
    ss >> form;
    if (!UsableLemma(form)) continue;
    std::vector<std::string> bases;
    while (ss >> base) {
      if (UsableLemma(base)) bases.push_back(base);
    }
    if (!bases.empty()) out.emplace_back(form, bases);
  }
  return out;
}

bool EndsWith(const std::string& w, std::string_view e) {
  return w.size() >= e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0;
}

// verb.exc does not say whether "spoke"/"spoken" is the past or the
// participle. Per lemma: -ing forms are present participles, -s forms third
// person present; of the remaining past forms, when there are several, one
// ending in -n (spoken, seen, begun) or differing from another only by u for
// a (sung/sang) is the participle and the others the simple past; a lone
// past form (met, said) is both.
void AddIrregularVerbs(const std::vector<std::pair<std::string, std::vector<std::string>>>& exc,
                       LemmaTableBuilder* b) {
  std::map<std::string, std::vector<std::string>> past_by_lemma;
  for (const auto& [form, bases] : exc) {
    for (const std::string& base : bases) {
      if (EndsWith(form, "ing")) {
        b->Add(form, base, kVerb, kPresentParticiple, kRankIrregular);
      } else if (EndsWith(form, "s") && !EndsWith(base, "s")) {
        b->Add(form, base, kVerb, kPresent, kRankIrregular);
      } else {
        past_by_lemma[base].push_back(form);
      }
    }
  }
  for (const auto& [base, forms] : past_by_lemma) {
    std::set<std::string> participles;
    if (forms.size() > 1) {
      for (const std::string& f : forms) {
        if (EndsWith(f, "n")) participles.insert(f);
        for (const std::string& g : forms) {
          if (f.size() != g.size() || f == g) continue;
          size_t diffs = 0, pos = 0;
          for (size_t i = 0; i < f.size(); ++i) {
            if (f[i] != g[i]) {
              ++diffs;
              pos = i;
            }
          }
          if (diffs == 1 && f[pos] == 'u' && g[pos] == 'a') participles.insert(f);
        }
      }
    }
    for (const std::string& f : forms) {
      uint16_t vf;
      if (participles.empty() || participles.size() == forms.size()) {
        vf = kSimplePast | kPastParticiple;
      } else {
        vf = participles.count(f) ? kPastParticiple : kSimplePast;
      }
      b->Add(f, base, kVerb, vf, kRankIrregular);
    }
  }
}

// The forms of base + suffix: the first at kRankRegular, any doubtful
// doubling variant after it at kRankDoubtful.
void AddSuffixed(LemmaTableBuilder* b, const std::string& base, const std::string& suffix, uint16_t pos,
                 uint16_t verb_form) {
  std::vector<std::string> forms = VowelSuffixForms(base, suffix);
  for (size_t i = 0; i < forms.size(); ++i) {
    b->Add(forms[i], base, pos, verb_form, i == 0 ? kRankRegular : kRankDoubtful);
  }
}

int Run(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: %s wordnet_dir en_closed_class.tsv out.lemmas\n", argv[0]);
    return 2;
  }
  const std::string wn = argv[1], closed_path = argv[2], out_path = argv[3];
  std::string error;
  LemmaTableBuilder builder;
  if (!AddClosedClassFile(closed_path, kRankHandWritten, &builder, &error)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }

  // Irregular forms first: verbs before nouns and adjectives, so "saw",
  // "left", "found" read as verbs when no part of speech is given.
  auto verb_exc = ReadExceptions(wn + "/verb.exc", &error);
  auto noun_exc = ReadExceptions(wn + "/noun.exc", &error);
  auto adj_exc = ReadExceptions(wn + "/adj.exc", &error);
  auto adv_exc = ReadExceptions(wn + "/adv.exc", &error);
  auto nouns = ReadIndex(wn + "/index.noun", &error);
  auto verbs = ReadIndex(wn + "/index.verb", &error);
  auto adjectives = ReadIndex(wn + "/index.adj", &error);
  auto adverbs = ReadIndex(wn + "/index.adv", &error);
  if (!error.empty()) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  AddIrregularVerbs(verb_exc, &builder);
  for (const auto& [form, bases] : noun_exc) {
    for (const auto& base : bases) builder.Add(form, base, kNoun, 0, kRankIrregular);
  }
  // WordNet's exception lists give comparatives that spell a common noun or
  // verb ("offer" as more "off"; "attacker", "trader", "dealer" as adjectives
  // of themselves): such a form is that noun or verb, and the exception is
  // dropped, unless the form is an adjective or adverb headword itself
  // ("better", "worse"). A real comparative among them ("dimmer", "drier",
  // "thinner") keeps the reading the regular -er rule gives its adjective.
  const std::set<std::string> noun_verb_headwords = [&] {
    std::set<std::string> out(nouns.begin(), nouns.end());
    out.insert(verbs.begin(), verbs.end());
    for (const auto& a : adjectives) out.erase(a);
    for (const auto& a : adverbs) out.erase(a);
    return out;
  }();
  for (const auto& [form, bases] : adj_exc) {
    if (noun_verb_headwords.count(form)) continue;
    for (const auto& base : bases) builder.Add(form, base, kAdjective, 0, kRankIrregular);
  }
  for (const auto& [form, bases] : adv_exc) {
    if (noun_verb_headwords.count(form)) continue;
    for (const auto& base : bases) builder.Add(form, base, kAdverb, 0, kRankIrregular);
  }

  for (const auto& v : verbs) builder.Add(v, v, kVerb, kInfinitive | kPresent, kRankBase);
  // A noun headword that is also the regular plural of another noun
  // ("talks", "arms", "goods") reads as that plural first, as in UD.
  std::set<std::string> regular_plurals;
  for (const auto& n : nouns) {
    for (const auto& f : SForms(n)) regular_plurals.insert(f);
  }
  for (const auto& n : nouns) {
    builder.Add(n, n, kNoun, 0, regular_plurals.count(n) ? kRankPluralHeadword : kRankBase);
  }
  for (const auto& a : adjectives) builder.Add(a, a, kAdjective, 0, kRankBase);
  for (const auto& a : adverbs) builder.Add(a, a, kAdverb, 0, kRankBase);

  for (const auto& v : verbs) {
    for (const auto& f : SForms(v)) builder.Add(f, v, kVerb, kPresent, kRankRegular);
    AddSuffixed(&builder, v, "ed", kVerb, kSimplePast | kPastParticiple);
    AddSuffixed(&builder, v, "ing", kVerb, kPresentParticiple);
  }
  for (const auto& n : nouns) {
    for (const auto& f : SForms(n)) builder.Add(f, n, kNoun, 0, kRankRegular);
  }
  for (const auto& a : adjectives) {
    if (a.find('-') != std::string::npos) continue;
    AddSuffixed(&builder, a, "er", kAdjective, 0);
    AddSuffixed(&builder, a, "est", kAdjective, 0);
  }
  // Adverbs compare too ("later", "sooner", "longer"); not the -ly ones. A
  // regular form that spells a noun or verb headword and no adjective or
  // adverb headword is that word, not a comparative: "offer" is no "more
  // off", nor "insider", "retailer", "butter" comparatives of "inside",
  // "retail", "but". (A real comparative among them, "cleaner", "warmer",
  // keeps the reading its adjective gives.)
  for (const auto& a : adverbs) {
    if (a.find('-') != std::string::npos || EndsWith(a, "ly")) continue;
    for (const char* suffix : {"er", "est"}) {
      const std::vector<std::string> forms = VowelSuffixForms(a, suffix);
      for (size_t i = 0; i < forms.size(); ++i) {
        if (noun_verb_headwords.count(forms[i])) continue;
        builder.Add(forms[i], a, kAdverb, 0, i == 0 ? kRankRegular : kRankDoubtful);
      }
    }
  }

  if (!builder.Write(out_path, table::kLangEnglish, &error)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  std::fprintf(stderr, "make_en_lemmas: %zu forms in %s\n", builder.num_forms(), out_path.c_str());
  return 0;
}

}  // namespace
}  // namespace parley::morph::tools

int main(int argc, char** argv) { return parley::morph::tools::Run(argc, argv); }
