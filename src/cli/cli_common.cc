// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "cli/cli_common.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "parley_version.h"

#ifndef PARLEY_SOURCE_DICTIONARY_DIR
#define PARLEY_SOURCE_DICTIONARY_DIR ""
#endif
#ifndef PARLEY_BUILD_DATA_DIR
#define PARLEY_BUILD_DATA_DIR ""
#endif

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
  cmd->add_option("--dictionaries", o->dictionaries,
                  "Dictionary folder (default: DATA/dictionaries, see --data-dir)");
  cmd->add_option("--data-dir", o->data_dir,
                  "Parley data folder: lemma tables, and dictionaries/ if present (default: $PARLEY_DATA, "
                  "else <bin>/../share/parley, else the build tree)");
  cmd->add_option("--input-format", o->input_format, "auto, text or jsonl")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  cmd->add_option("--encoding", o->encoding,
                  "Text encoding: auto (UTF-8, else windows-1252, said per document), utf-8, latin-1, windows-1252")
      ->check(CLI::IsMember({"auto", "utf-8", "utf8", "latin-1", "latin1", "iso-8859-1", "windows-1252", "cp1252"}));
  cmd->add_option("--invalid-utf8", o->invalid_utf8,
                  "Bytes that are not UTF-8 in UTF-8 text: skip (the document is skipped) or replace (by U+FFFD)")
      ->check(CLI::IsMember({"skip", "replace"}));
  cmd->add_option("--split", o->split,
                  "Plain-text files: none (one document per file), lines, or paragraphs (ids FILE:LINE)")
      ->check(CLI::IsMember({"none", "lines", "paragraphs"}));
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
    // Every document is in that language: the other one is not loaded.
    out->load_french = out->forced_language == Language::kFrench;
    out->load_english = out->forced_language == Language::kEnglish;
  }
  const DataPaths data = FindData(o.dictionaries, o.data_dir);
  if (data.dictionaries.empty() || data.lemma_tables.empty()) {
    std::string where;
    for (const std::string& p : data.looked_in) where += "\n  " + p;
    std::cerr << "parley: cannot find Parley's " << (data.dictionaries.empty() ? "dictionaries" : "lemma tables")
              << "; looked in:" << where << "\ngive --data-dir or set PARLEY_DATA to an installed share/parley folder\n";
  }
  // Explicit folders are passed on as given, so loading fails naming them
  // (exit 1, like any dictionary that will not load).
  out->dictionary_dir = !o.dictionaries.empty() ? o.dictionaries : data.dictionaries;
  out->data_dir = !o.data_dir.empty() ? o.data_dir : data.lemma_tables;
  if (out->dictionary_dir.empty() && !data.looked_in.empty()) out->dictionary_dir = data.looked_in.front();
  if (out->data_dir.empty() && !data.looked_in.empty()) out->data_dir = data.looked_in.back();
  out->include_modal = o.include_modal;
  return true;
}

ReaderOptions MakeReaderOptions(const CommonOptions& o) {
  ReaderOptions r;
  if (o.input_format == "text") r.format = InputFormat::kText;
  if (o.input_format == "jsonl") r.format = InputFormat::kJsonLines;
  if (auto e = ParseTextEncoding(o.encoding); e.ok()) r.encoding = *e;
  if (o.invalid_utf8 == "replace") r.invalid_utf8 = InvalidUtf8::kReplace;
  if (o.split == "lines") r.split = TextSplit::kLines;
  if (o.split == "paragraphs") r.split = TextSplit::kParagraphs;
  return r;
}

namespace {

namespace fs = std::filesystem;

bool IsDir(const std::string& p) {
  std::error_code ec;
  return !p.empty() && fs::is_directory(p, ec);
}

bool HasLemmaTables(const std::string& dir) {
  std::error_code ec;
  return IsDir(dir) && (fs::exists(fs::path(dir) / "fr.lemmas", ec) || fs::exists(fs::path(dir) / "en.lemmas", ec));
}

// <bin>/../share/parley, from the binary's own path.
std::string InstalledDataDir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  return (exe.parent_path().parent_path() / "share" / "parley").string();
}

// 64-bit FNV-1a of a file's bytes; 0 when it cannot be read.
uint64_t HashFile(const fs::path& path, uint64_t h = 14695981039346656037ull) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return 0;
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    for (std::streamsize i = 0; i < in.gcount(); ++i) {
      h ^= static_cast<unsigned char>(buf[i]);
      h *= 1099511628211ull;
    }
  }
  return h;
}

std::string Hex8(uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return std::string(buf, 8);
}

// A folder's version: a hash of its files' relative paths and contents, in
// path order, and their count. Two installs with the same dictionaries
// print the same version.
std::string FolderVersion(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec)) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  uint64_t h = 14695981039346656037ull;
  for (const fs::path& f : files) {
    for (char c : fs::relative(f, dir, ec).string()) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ull;
    }
    h = HashFile(f, h);
  }
  return Hex8(h) + " (" + std::to_string(files.size()) + " files)";
}

}  // namespace

DataPaths FindData(const std::string& dictionaries_option, const std::string& data_dir_option) {
  DataPaths r;
  std::vector<std::string> data_dirs;
  if (!data_dir_option.empty()) data_dirs.push_back(data_dir_option);
  if (const char* env = std::getenv("PARLEY_DATA"); env != nullptr && *env != '\0') data_dirs.push_back(env);
  if (std::string installed = InstalledDataDir(); !installed.empty()) data_dirs.push_back(installed);

  if (!dictionaries_option.empty()) {
    r.looked_in.push_back(dictionaries_option);
    if (IsDir(dictionaries_option)) r.dictionaries = dictionaries_option;
  } else {
    for (const std::string& d : data_dirs) {
      const std::string candidate = (fs::path(d) / "dictionaries").string();
      r.looked_in.push_back(candidate);
      if (IsDir(candidate)) {
        r.dictionaries = candidate;
        break;
      }
    }
    if (r.dictionaries.empty() && *PARLEY_SOURCE_DICTIONARY_DIR) {
      r.looked_in.push_back(PARLEY_SOURCE_DICTIONARY_DIR);
      if (IsDir(PARLEY_SOURCE_DICTIONARY_DIR)) r.dictionaries = PARLEY_SOURCE_DICTIONARY_DIR;
    }
  }
  for (const std::string& d : data_dirs) {
    r.looked_in.push_back(d);
    if (HasLemmaTables(d)) {
      r.lemma_tables = d;
      break;
    }
  }
  if (r.lemma_tables.empty() && *PARLEY_BUILD_DATA_DIR) {
    r.looked_in.push_back(PARLEY_BUILD_DATA_DIR);
    if (HasLemmaTables(PARLEY_BUILD_DATA_DIR)) r.lemma_tables = PARLEY_BUILD_DATA_DIR;
  }
  // An explicit --data-dir without lemma tables is a mistake, not a
  // reason to fall back silently.
  if (!data_dir_option.empty() && r.lemma_tables != data_dir_option) r.lemma_tables.clear();
  return r;
}

std::string VersionText() {
  std::ostringstream out;
  out << "parley " << PARLEY_VERSION << " (commit " << PARLEY_COMMIT << ")\n";
  const DataPaths data = FindData("", "");
  if (data.dictionaries.empty()) {
    out << "dictionaries: not found\n";
  } else {
    out << "dictionaries: " << data.dictionaries << "\n";
    std::vector<fs::path> parts;
    std::error_code ec;
    for (fs::directory_iterator it(data.dictionaries, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->is_directory(ec)) parts.push_back(it->path());
    }
    std::sort(parts.begin(), parts.end());
    for (const fs::path& p : parts) out << "  " << p.filename().string() << " " << FolderVersion(p) << "\n";
  }
  if (data.lemma_tables.empty()) {
    out << "lemma tables: not found\n";
  } else {
    out << "lemma tables: " << data.lemma_tables << "\n";
    for (const char* name : {"fr.lemmas", "en.lemmas"}) {
      const fs::path p = fs::path(data.lemma_tables) / name;
      std::error_code ec;
      if (fs::exists(p, ec)) out << "  " << name << " " << Hex8(HashFile(p)) << "\n";
    }
  }
  std::string text = out.str();
  text.pop_back();  // CLI11 ends the line
  return text;
}

bool ReportUnknownCommand(const CLI::App& app, int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-' || argv[1][0] == '\0') return false;
  std::string names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (sub->get_name() == argv[1]) return false;
    names += (names.empty() ? "" : ", ") + sub->get_name();
  }
  std::cerr << "parley: unknown command '" << argv[1] << "' (commands: " << names << "; parley --help)\n";
  return true;
}

bool CheckInputsExist(const std::vector<std::string>& inputs) {
  bool ok = true;
  for (const std::string& in : inputs) {
    if (in == "-") continue;
    std::error_code ec;
    const fs::file_status link = fs::symlink_status(in, ec);
    if (!fs::exists(link)) {
      std::cerr << "parley: no such file or folder: " << in << "\n";
      ok = false;
    } else if (fs::is_symlink(link) && !fs::exists(in, ec)) {
      std::cerr << "parley: " << in << " is a broken symbolic link\n";
      ok = false;
    }
  }
  return ok;
}

}  // namespace parley::cli
