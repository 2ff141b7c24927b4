// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "coding/ud_syntax.h"

#include <fstream>
#include <set>
#include <sstream>

#include "coding/forms.h"
#include "syntax/syntax.h"
#include "text/text.h"

namespace parley::coding {
namespace {

struct UdWord {
  int id = 0;
  std::string form, upos, feats, deprel;
  int head = 0;
  uint32_t begin = 0, end = 0;  // byte span in the sentence text (of its multiword token, for one)
};

struct UdSentence {
  std::string text;
  std::vector<UdWord> words;  // by id - 1
  std::vector<std::pair<std::pair<int, int>, std::string>> ranges;  // multiword tokens: (first, last) ids, form
};

std::vector<std::string> SplitTab(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream s(line);
  std::string f;
  while (std::getline(s, f, '\t')) out.push_back(f);
  return out;
}

// Places every word in the text: its form (or its multiword token's) is
// searched from where the previous one ended.
void Locate(UdSentence* s) {
  size_t cursor = 0;
  size_t r = 0;
  for (size_t w = 0; w < s->words.size();) {
    UdWord& word = s->words[w];
    std::string form = word.form;
    size_t last = w;
    if (r < s->ranges.size() && s->ranges[r].first.first == word.id) {
      form = s->ranges[r].second;
      last = static_cast<size_t>(s->ranges[r].first.second - 1);
      ++r;
    }
    const size_t at = s->text.find(form, cursor);
    uint32_t begin = static_cast<uint32_t>(cursor), end = static_cast<uint32_t>(cursor);
    if (at != std::string::npos && at <= cursor + 8) {
      begin = static_cast<uint32_t>(at);
      end = static_cast<uint32_t>(at + form.size());
      cursor = end;
    }
    for (size_t k = w; k <= last && k < s->words.size(); ++k) {
      s->words[k].begin = begin;
      s->words[k].end = end;
    }
    w = last + 1;
  }
}

bool FeatHas(const std::string& feats, const std::string& kv) {
  return ("|" + feats + "|").find("|" + kv + "|") != std::string::npos;
}

std::string OurTagOfUpos(const std::string& upos) {
  if (upos == "SYM") return "PUNCT";
  return upos;
}

}  // namespace

Status EvaluateSyntax(const LanguagePack& pack, const Vocabulary& vocabulary, const std::string& conllu_path,
                      SyntaxAccuracy* acc) {
  std::ifstream in(conllu_path);
  if (!in) return Status::NotFound("cannot open " + conllu_path);
  const syntax::Language language = SyntaxLanguage(pack);
  text::AnalyzedText analyzed;
  std::vector<const FormEntry*> forms;
  std::vector<syntax::TokenIn> input;
  syntax::SentenceSyntax syn;
  UdSentence s;
  std::string line;
  auto score = [&]() {
    if (s.words.empty() || s.text.empty()) return;
    Locate(&s);
    ++acc->sentences;
    if (!text::AnalyzeText(s.text, pack.language, text::TextOptions{}, &analyzed).ok()) return;
    FormCache& cache = ThreadFormCache(pack);
    forms.assign(analyzed.tokens.size(), nullptr);
    for (size_t i = 0; i < analyzed.tokens.size(); ++i) {
      const text::Token& t = analyzed.tokens[i];
      forms[i] = &AnalyzeForm(pack, vocabulary, cache, analyzed.Norm(t), t.kind == text::TokenKind::kWord);
    }
    // Our token (document-wide index) of each UD word: the first token overlapping it.
    std::vector<int> token_of(s.words.size(), -1);
    std::vector<int> words_on_token(analyzed.tokens.size(), 0);
    for (size_t w = 0; w < s.words.size(); ++w) {
      for (size_t t = 0; t < analyzed.tokens.size(); ++t) {
        const text::Token& tok = analyzed.tokens[t];
        if (tok.begin < s.words[w].end && s.words[w].begin < tok.end) {
          token_of[w] = static_cast<int>(t);
          ++words_on_token[t];
          break;
        }
      }
    }
    // Gold finite verbs and pairs.
    std::vector<bool> finite_verb(s.words.size(), false);
    for (size_t w = 0; w < s.words.size(); ++w) {
      const UdWord& u = s.words[w];
      if (u.upos != "VERB") continue;
      if (FeatHas(u.feats, "VerbForm=Fin")) finite_verb[w] = true;
    }
    for (size_t w = 0; w < s.words.size(); ++w) {
      const UdWord& u = s.words[w];
      if (u.upos == "AUX" && FeatHas(u.feats, "VerbForm=Fin") && u.head > 0 && u.deprel.rfind("aux", 0) == 0 &&
          s.words[u.head - 1].upos == "VERB") {
        finite_verb[u.head - 1] = true;
      }
    }
    std::set<std::pair<int, int>> gold_subjects, gold_objects;
    std::set<int> gold_verb_tokens;
    for (size_t w = 0; w < s.words.size(); ++w) {
      if (finite_verb[w] && token_of[w] >= 0) gold_verb_tokens.insert(token_of[w]);
    }
    for (size_t w = 0; w < s.words.size(); ++w) {
      const UdWord& u = s.words[w];
      if (u.head <= 0 || !finite_verb[u.head - 1]) continue;
      const int dep = token_of[w], head = token_of[u.head - 1];
      if (dep < 0 || head < 0) continue;
      if (u.deprel == "nsubj" || u.deprel == "nsubj:pass") gold_subjects.insert({dep, head});
      if (u.deprel == "obj") gold_objects.insert({dep, head});
    }
    // Ours, sentence by sentence of our splitter.
    std::set<std::pair<int, int>> our_subjects, our_objects;
    std::vector<syntax::Tag> tags(analyzed.tokens.size(), syntax::Tag::kX);
    for (const text::Sentence& sent : analyzed.sentences) {
      SyntaxInput(*pack.lexicon, analyzed, sent, forms, nullptr, &input);
      syntax::Analyze(input, language, &syn);
      const int base = static_cast<int>(sent.first_token);
      for (uint32_t k = 0; k < sent.token_count; ++k) tags[base + k] = syn.tags[k];
      for (const syntax::VerbGroup& v : syn.verbs) {
        const int head = base + static_cast<int>(v.head);
        if (!gold_verb_tokens.count(head)) continue;
        if (v.subject != syntax::kNone && !v.subject_inherited) {
          our_subjects.insert({base + static_cast<int>(syn.nps[v.subject].head), head});
        }
        if (v.object != syntax::kNone && !v.object_inherited) our_objects.insert({base + static_cast<int>(syn.nps[v.object].head), head});
      }
    }
    auto count = [](const std::set<std::pair<int, int>>& gold, const std::set<std::pair<int, int>>& ours, PairCounts* c) {
      c->gold += static_cast<long>(gold.size());
      c->predicted += static_cast<long>(ours.size());
      for (const auto& p : ours) c->right += gold.count(p) ? 1 : 0;
    };
    count(gold_subjects, our_subjects, &acc->subjects);
    count(gold_objects, our_objects, &acc->objects);
    for (size_t w = 0; w < s.words.size(); ++w) {
      const int t = token_of[w];
      if (t < 0 || words_on_token[t] != 1) continue;
      ++acc->tokens;
      const std::string gold = OurTagOfUpos(s.words[w].upos);
      const std::string ours(syntax::TagName(tags[t]));
      if (gold == ours || (gold == "PART" && ours == "ADV") || (gold == "SCONJ" && ours == "PRON" && s.words[w].deprel != "mark")) {
        ++acc->tags_right;
      } else {
        ++acc->tag_confusions[gold + "->" + ours];
      }
    }
    if (acc->max_examples > 0 && static_cast<int>(acc->examples.size()) < acc->max_examples &&
        (our_subjects != gold_subjects || our_objects != gold_objects)) {
      std::string ex = s.text + "\n ";
      for (size_t t = 0; t < analyzed.tokens.size(); ++t) {
        ex += " " + std::string(analyzed.Norm(analyzed.tokens[t])) + "/" + std::string(syntax::TagName(tags[t]));
      }
      auto render = [&](const char* what, const std::set<std::pair<int, int>>& pairs) {
        std::string r = std::string("\n  ") + what + ":";
        for (const auto& [d, h] : pairs) {
          r += " " + std::string(analyzed.Norm(analyzed.tokens[d])) + "<-" + std::string(analyzed.Norm(analyzed.tokens[h]));
        }
        return r;
      };
      ex += render("gold subj", gold_subjects) + render("ours subj", our_subjects) + render("gold obj", gold_objects) +
            render("ours obj", our_objects);
      acc->examples.push_back(ex);
    }
  };
  while (std::getline(in, line)) {
    if (line.empty()) {
      score();
      s = UdSentence{};
      continue;
    }
    if (line[0] == '#') {
      if (line.rfind("# text = ", 0) == 0) s.text = line.substr(9);
      continue;
    }
    const auto f = SplitTab(line);
    if (f.size() < 8) continue;
    if (f[0].find('.') != std::string::npos) continue;  // empty nodes
    const size_t dash = f[0].find('-');
    if (dash != std::string::npos) {
      s.ranges.push_back({{std::stoi(f[0].substr(0, dash)), std::stoi(f[0].substr(dash + 1))}, f[1]});
      continue;
    }
    UdWord w;
    w.id = std::stoi(f[0]);
    w.form = f[1];
    w.upos = f[3];
    w.feats = f[5];
    w.head = f[6] == "_" ? 0 : std::stoi(f[6]);
    w.deprel = f[7];
    s.words.push_back(std::move(w));
  }
  score();
  return Status::Ok();
}

}  // namespace parley::coding
