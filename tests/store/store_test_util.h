// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Building documents and events by hand for store and server tests, so they
// need no dictionaries.

#ifndef PARLEY_TESTS_STORE_STORE_TEST_UTIL_H_
#define PARLEY_TESTS_STORE_STORE_TEST_UTIL_H_

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "parley/store.h"

namespace parley::testing_util {

// A document whose text is `sentences` joined by spaces; spans are found by
// searching the text.
struct DocBuilder {
  Document doc;
  DocumentStats stats;
  std::vector<Event> events;

  DocBuilder(const std::string& id, const std::string& date, const std::vector<std::string>& sentences,
             const std::string& url = "", Language lang = Language::kFrench) {
    doc.id = id;
    doc.url = url;
    doc.title = "Title of " + id;
    for (size_t i = 0; i < sentences.size(); ++i) {
      if (i > 0) doc.text += ' ';
      doc.text += sentences[i];
    }
    stats.language = lang;
    stats.publication_date = *Date::ParseIso(date);
    stats.sentences = static_cast<uint32_t>(sentences.size());
    doc.lang = lang;
  }

  Span Find(const std::string& what) const {
    const size_t at = doc.text.find(what);
    EXPECT_NE(at, std::string::npos) << what;
    return Span{static_cast<int64_t>(at), static_cast<int64_t>(at + what.size())};
  }

  // An event in sentence `sentence` (1-based) whose evidence is `sentence_text`.
  DocBuilder& Add(const std::string& date, const std::string& source, const std::string& code,
                  const std::string& target, int quad, double goldstein, const std::string& sentence_text,
                  int sentence, const std::string& source_text, const std::string& verb_text,
                  const std::string& target_text, std::vector<int> more_sentences = {}) {
    Event e;
    e.doc_id = doc.id;
    e.sentence = sentence;
    e.sentences = {sentence};
    for (int s : more_sentences) e.sentences.push_back(s);
    e.mentions = static_cast<int>(e.sentences.size());
    e.date = *Date::ParseIso(date);
    e.source = source;
    e.target = target;
    e.code = code;
    e.root = code.substr(0, 2);
    e.quad_class = quad;
    e.goldstein = goldstein;
    e.plover = quad <= 2 ? "CONSULT" : "ACCUSE";
    e.evidence_span = Find(sentence_text);
    e.evidence = sentence_text;
    if (!source_text.empty()) e.source_span = Find(source_text);
    if (!target_text.empty()) e.target_span = Find(target_text);
    e.verb_span = Find(verb_text);
    e.source_text = source_text;
    e.target_text = target_text;
    e.verb_text = verb_text;
    e.lang = stats.language;
    events.push_back(e);
    return *this;
  }
};

class TempDir {
 public:
  TempDir() {
    path_ = std::filesystem::temp_directory_path() /
            ("parley-store-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// "RUSGOV 041 USAGOV 2021-02-04 m2 s1 a2", the record as a line.
inline std::string Render(const EventRecord& e) {
  return e.source + " " + e.code + " " + e.target + " " + (e.date.valid() ? e.date.ToIso() : "-") + " m" +
         std::to_string(e.num_mentions) + " s" + std::to_string(e.num_sources) + " a" +
         std::to_string(e.num_articles);
}

}  // namespace parley::testing_util

#endif  // PARLEY_TESTS_STORE_STORE_TEST_UTIL_H_
