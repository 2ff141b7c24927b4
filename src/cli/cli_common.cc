// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "cli/cli_common.h"

#include <sys/resource.h>

#include <iostream>

namespace parley::cli {

double MillisSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // kilobytes on Linux
}

void AddCommonOptions(CLI::App* cmd, CommonOptions* o) {
  cmd->add_option("--date", o->date, "Publication date (YYYY-MM-DD) when the document and its header give none");
  cmd->add_option("--lang", o->lang, "Language of every document (fr, en); default: identify each one");
  cmd->add_option("--dictionaries", o->dictionaries, "Dictionary folder (default: the source tree's dictionaries/)");
  cmd->add_option("--data-dir", o->data_dir, "Folder with the generated lemma tables (default: the build's data/)");
  cmd->add_option("--input-format", o->input_format, "auto, text or jsonl")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  cmd->add_flag("--include-modal", o->include_modal, "Keep negated, conditional and hypothetical events (see `mode`)");
}

bool MakeCoderOptions(const CommonOptions& o, CoderOptions* out) {
  if (!o.date.empty()) {
    auto d = Date::ParseIso(o.date);
    if (!d) {
      std::cerr << "parley: --date must be YYYY-MM-DD, got '" << o.date << "'\n";
      return false;
    }
    out->default_date = *d;
  }
  if (!o.lang.empty()) {
    out->forced_language = ParseLanguage(o.lang);
    if (out->forced_language != Language::kFrench && out->forced_language != Language::kEnglish) {
      std::cerr << "parley: --lang must be fr or en, got '" << o.lang << "'\n";
      return false;
    }
  }
  out->dictionary_dir = o.dictionaries;
  out->data_dir = o.data_dir;
  out->include_modal = o.include_modal;
  return true;
}

ReaderOptions MakeReaderOptions(const CommonOptions& o) {
  ReaderOptions r;
  if (o.input_format == "text") r.format = InputFormat::kText;
  if (o.input_format == "jsonl") r.format = InputFormat::kJsonLines;
  return r;
}

}  // namespace parley::cli
