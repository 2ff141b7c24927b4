// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "morphology/lemmatizer.h"

#include <bit>
#include <cstdio>
#include <cstring>
#include <vector>

#include "morphology/lemma_table_format.h"

namespace parley::morph {
namespace {

using table::AnalysisRecord;
using table::FormRecord;
using table::Header;

// A whole table file read in one go and used in place: the forms, the hash
// index and the string pool are never copied. Only the Analysis array is
// materialised (its string_views point into the pool) because Analyze()
// hands out spans of Analysis.
class TableLemmatizer final : public Lemmatizer {
 public:
  TableLemmatizer(Language lang, std::unique_ptr<uint64_t[]> data, const Header& header)
      : lang_(lang), data_(std::move(data)), header_(header) {}

  // Checks every offset against the file size so that lookups never read
  // outside the buffer, whatever the file holds.
  Status Init(size_t file_size, const std::string& path) {
    const char* base = reinterpret_cast<const char*>(data_.get());
    auto section_ok = [&](uint64_t offset, uint64_t count, uint64_t size) {
      return offset % table::kAlign == 0 && offset <= file_size &&
             count <= (file_size - offset) / size;
    };
    if (!section_ok(header_.forms_offset, header_.num_forms, sizeof(FormRecord)) ||
        !section_ok(header_.analyses_offset, header_.num_analyses, sizeof(AnalysisRecord)) ||
        !section_ok(header_.slots_offset, header_.num_slots, sizeof(uint64_t)) ||
        !section_ok(header_.pool_offset, header_.pool_size, 1)) {
      return Status::DataLoss("lemma table " + path + ": section out of bounds (truncated file?)");
    }
    if (header_.num_slots == 0 || !std::has_single_bit(header_.num_slots) ||
        header_.num_slots <= header_.num_forms) {
      return Status::DataLoss("lemma table " + path + ": bad hash index size");
    }
    forms_ = reinterpret_cast<const FormRecord*>(base + header_.forms_offset);
    slots_ = reinterpret_cast<const uint64_t*>(base + header_.slots_offset);
    pool_ = base + header_.pool_offset;
    mask_ = header_.num_slots - 1;

    const auto* records = reinterpret_cast<const AnalysisRecord*>(base + header_.analyses_offset);
    analyses_.resize(header_.num_analyses);
    for (uint32_t i = 0; i < header_.num_analyses; ++i) {
      const AnalysisRecord& r = records[i];
      if (uint64_t{r.lemma_offset} + r.lemma_length > header_.pool_size) {
        return Status::DataLoss("lemma table " + path + ": lemma " + std::to_string(i) +
                                " outside the string pool");
      }
      analyses_[i] = Analysis{std::string_view(pool_ + r.lemma_offset, r.lemma_length), r.pos,
                              r.verb_form};
    }
    for (uint32_t i = 0; i < header_.num_forms; ++i) {
      const FormRecord& f = forms_[i];
      if (uint64_t{f.text_offset} + f.text_length > header_.pool_size ||
          uint64_t{f.first_analysis} + f.num_analyses > header_.num_analyses) {
        return Status::DataLoss("lemma table " + path + ": form " + std::to_string(i) +
                                " out of bounds");
      }
    }
    for (uint32_t i = 0; i < header_.num_slots; ++i) {
      uint32_t index = static_cast<uint32_t>(slots_[i]);
      if (index > header_.num_forms) {
        return Status::DataLoss("lemma table " + path + ": hash slot " + std::to_string(i) +
                                " names no form");
      }
    }
    return Status::Ok();
  }

  std::span<const Analysis> Analyze(std::string_view form) const override {
    const uint64_t h = table::HashForm(form);
    const uint64_t tag = h >> 32;
    // The index is at most half full, so an empty slot is always reached.
    for (uint64_t i = h & mask_, probes = 0; probes <= mask_; i = (i + 1) & mask_, ++probes) {
      const uint64_t slot = slots_[i];
      const uint32_t index = static_cast<uint32_t>(slot);
      if (index == 0) break;
      if ((slot >> 32) != tag) continue;
      const FormRecord& f = forms_[index - 1];
      if (f.text_length == form.size() && std::memcmp(pool_ + f.text_offset, form.data(), form.size()) == 0) {
        return std::span<const Analysis>(analyses_.data() + f.first_analysis, f.num_analyses);
      }
    }
    return {};
  }

  Language language() const override { return lang_; }
  size_t size() const override { return header_.num_forms; }

 private:
  Language lang_;
  std::unique_ptr<uint64_t[]> data_;
  Header header_;
  const FormRecord* forms_ = nullptr;
  const uint64_t* slots_ = nullptr;
  const char* pool_ = nullptr;
  uint64_t mask_ = 0;
  std::vector<Analysis> analyses_;
};

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

}  // namespace

StatusOr<std::unique_ptr<Lemmatizer>> Lemmatizer::Load(Language lang, const std::string& data_dir) {
  if constexpr (std::endian::native != std::endian::little) {
    return Status::Unsupported("lemma tables are little-endian; this host is not");
  }
  uint32_t want_lang;
  std::string path = data_dir + "/";
  switch (lang) {
    case Language::kFrench:
      want_lang = table::kLangFrench;
      path += "fr.lemmas";
      break;
    case Language::kEnglish:
      want_lang = table::kLangEnglish;
      path += "en.lemmas";
      break;
    default:
      return Status::Unsupported(std::string("no lemma table for language '") + LanguageCode(lang) + "'");
  }

  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    return Status::NotFound("lemma table " + path + " not found (build the `parley_data` target)");
  }
  if (std::fseek(file.get(), 0, SEEK_END) != 0) return Status::IoError("cannot seek in " + path);
  long end = std::ftell(file.get());
  if (end < 0 || std::fseek(file.get(), 0, SEEK_SET) != 0) return Status::IoError("cannot seek in " + path);
  const size_t file_size = static_cast<size_t>(end);
  if (file_size < sizeof(Header)) {
    return Status::DataLoss("lemma table " + path + " is too short (" + std::to_string(file_size) +
                            " bytes) to be a Parley lemma table");
  }
  // uint64_t storage keeps every 8-aligned section aligned in memory.
  std::unique_ptr<uint64_t[]> data(new uint64_t[(file_size + 7) / 8]);
  if (std::fread(data.get(), 1, file_size, file.get()) != file_size) {
    return Status::IoError("cannot read lemma table " + path);
  }

  Header header;
  std::memcpy(&header, data.get(), sizeof(header));
  if (std::memcmp(header.magic, table::kMagic, sizeof(header.magic)) != 0) {
    return Status::ParseError(path + " is not a Parley lemma table (bad magic number)");
  }
  if (header.format_version != table::kFormatVersion) {
    return Status::Unsupported("lemma table " + path + " has format version " +
                               std::to_string(header.format_version) + "; this build reads version " +
                               std::to_string(table::kFormatVersion) + " (rebuild `parley_data`)");
  }
  if (header.language != want_lang) {
    const char* got = header.language == table::kLangFrench    ? "fr"
                      : header.language == table::kLangEnglish ? "en"
                                                               : "unknown";
    return Status::InvalidArgument("lemma table " + path + " is for language '" + got +
                                   "', expected '" + LanguageCode(lang) + "'");
  }
  auto lemmatizer = std::make_unique<TableLemmatizer>(lang, std::move(data), header);
  PARLEY_RETURN_IF_ERROR(lemmatizer->Init(file_size, path));
  return std::unique_ptr<Lemmatizer>(std::move(lemmatizer));
}

std::string_view Lemmatizer::Lemma(std::string_view lower_form, uint16_t pos_hint) const {
  std::span<const Analysis> analyses = Analyze(lower_form);
  if (pos_hint != 0) {
    for (const Analysis& a : analyses) {
      if (a.pos & pos_hint) return a.lemma;
    }
  }
  if (!analyses.empty()) return analyses.front().lemma;
  return lower_form;
}

}  // namespace parley::morph
