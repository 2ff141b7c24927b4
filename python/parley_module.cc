// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The Python module `parley` (pybind11):
//
//   import parley
//   coder = parley.Coder()                       # loads dictionaries once
//   events = coder.code(text, lang="fr", date="2021-02-05")   # list of dicts
//   for event in coder.code_file("news.jsonl"):  # streams, one dict per event
//       ...
//
// Each event is a dict with the output fields of docs/output.md, built by
// walking parley/event_fields.h, the list the JSON writer walks: a field
// added there appears here with no change. Values: str, int, float (None
// when not finite), list of int, date as "YYYY-MM-DD" or None, spans as
// (begin, end) tuples or None. Coding releases the GIL, so threads that
// share one Coder run in parallel.

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cmath>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "parley/coder.h"
#include "parley/event_fields.h"
#include "parley/reader.h"

namespace py = pybind11;

namespace {

// Builds one dict from the shared field list.
struct DictBuilder {
  py::dict d;
  void String(std::string_view name, std::string_view v) {
    // Evidence is UTF-8 by construction; a stray byte must not raise.
    d[py::str(name.data(), name.size())] =
        py::reinterpret_steal<py::object>(PyUnicode_DecodeUTF8(v.data(), static_cast<Py_ssize_t>(v.size()), "replace"));
  }
  void Int(std::string_view name, int64_t v) { d[py::str(name.data(), name.size())] = py::int_(v); }
  void IntList(std::string_view name, const std::vector<int>& v) {
    py::list l;
    for (int x : v) l.append(x);
    d[py::str(name.data(), name.size())] = l;
  }
  void Date(std::string_view name, const parley::Date& v) {
    d[py::str(name.data(), name.size())] = v.valid() ? py::object(py::str(v.ToIso())) : py::object(py::none());
  }
  void Number(std::string_view name, double v) {
    d[py::str(name.data(), name.size())] = std::isfinite(v) ? py::object(py::float_(v)) : py::object(py::none());
  }
  void Span(std::string_view name, const parley::Span& v) {
    d[py::str(name.data(), name.size())] =
        v.empty() ? py::object(py::none()) : py::object(py::make_tuple(v.begin, v.end));
  }
};

py::dict ToDict(const parley::Event& e) {
  DictBuilder b;
  parley::VisitEventFields(e, b);
  return b.d;
}

parley::Date ParseDateArg(const std::optional<std::string>& date, const char* what) {
  if (!date || date->empty()) return parley::Date();
  auto d = parley::Date::ParseIso(*date);
  if (!d) throw py::value_error(std::string(what) + " must be YYYY-MM-DD, got '" + *date + "'");
  return *d;
}

parley::Language ParseLangArg(const std::optional<std::string>& lang) {
  if (!lang || lang->empty()) return parley::Language::kUnknown;
  const parley::Language l = parley::ParseLanguage(*lang);
  if (l != parley::Language::kFrench && l != parley::Language::kEnglish) {
    throw py::value_error("lang must be 'fr' or 'en', got '" + *lang + "'");
  }
  return l;
}

// Streams the events of a file (or folder) one dict at a time; documents
// that could not be read or coded are listed in `skipped` as (id, reason).
class EventStream {
 public:
  EventStream(std::shared_ptr<const parley::Coder> coder, std::unique_ptr<parley::DocumentReader> reader,
              parley::Language lang, parley::Date date)
      : coder_(std::move(coder)), reader_(std::move(reader)), lang_(lang), date_(date) {}

  py::dict Next() {
    while (next_ >= events_.size()) {
      parley::ReadResult item;
      bool more;
      parley::Status st;
      {
        py::gil_scoped_release release;
        more = reader_->Next(&item);
        if (more && item.status.ok()) {
          if (lang_ != parley::Language::kUnknown) item.document.lang = lang_;
          if (!item.document.date.valid()) item.document.date = date_;
          st = coder_->Code(item.document, &events_);
        }
      }
      if (!more) throw py::stop_iteration();
      next_ = 0;
      const std::string id = item.document.id.empty() ? item.document.origin : item.document.id;
      if (!item.status.ok() || !st.ok()) {
        events_.clear();
        skipped_.append(py::make_tuple(id, (!item.status.ok() ? item.status : st).ToString()));
      }
    }
    return ToDict(events_[next_++]);
  }
  py::list skipped() const { return skipped_; }

 private:
  std::shared_ptr<const parley::Coder> coder_;
  std::unique_ptr<parley::DocumentReader> reader_;
  parley::Language lang_;
  parley::Date date_;
  std::vector<parley::Event> events_;
  size_t next_ = 0;
  py::list skipped_;
};

class PyCoder {
 public:
  PyCoder(std::optional<std::string> data_dir, std::optional<std::string> dictionaries, bool include_modal) {
    parley::CoderOptions o;
    // PARLEY_DATA, as for the command line: lemma tables in it, and its
    // dictionaries/ folder.
    std::string data = data_dir.value_or("");
    if (data.empty()) {
      if (const char* env = std::getenv("PARLEY_DATA")) data = env;
    }
    if (!data.empty()) {
      o.data_dir = data;
      o.dictionary_dir = data + "/dictionaries";
    }
    if (dictionaries) o.dictionary_dir = *dictionaries;
    o.include_modal = include_modal;
    std::unique_ptr<parley::Coder> created;
    parley::Status status;
    {
      py::gil_scoped_release release;
      auto coder = parley::Coder::Create(o);
      if (coder.ok()) created = std::move(coder).value();
      else status = coder.status();
    }
    if (!created) throw std::runtime_error("cannot load dictionaries: " + status.ToString());
    coder_ = std::shared_ptr<const parley::Coder>(std::move(created));
  }

  py::list Code(const std::string& text, std::optional<std::string> lang, std::optional<std::string> date,
                const std::string& id, const std::string& title, const std::string& url) const {
    parley::Document d;
    d.id = id;
    d.origin = id.empty() ? "<python>" : id;
    d.text = text;
    d.lang = ParseLangArg(lang);
    d.date = ParseDateArg(date, "date");
    d.title = title;
    d.url = url;
    std::vector<parley::Event> events;
    parley::Status st;
    {
      py::gil_scoped_release release;
      st = coder_->Code(d, &events);
    }
    if (!st.ok()) throw py::value_error(st.ToString());
    py::list out;
    for (const parley::Event& e : events) out.append(ToDict(e));
    return out;
  }

  EventStream CodeFile(const std::string& path, std::optional<std::string> lang, std::optional<std::string> date,
                       const std::string& input_format, const std::string& encoding, const std::string& split) const {
    parley::ReaderOptions r;
    if (input_format == "text") r.format = parley::InputFormat::kText;
    else if (input_format == "jsonl") r.format = parley::InputFormat::kJsonLines;
    else if (input_format != "auto") throw py::value_error("input_format must be auto, text or jsonl");
    auto enc = parley::ParseTextEncoding(encoding);
    if (!enc.ok()) throw py::value_error(enc.status().message());
    r.encoding = *enc;
    if (split == "lines") r.split = parley::TextSplit::kLines;
    else if (split == "paragraphs") r.split = parley::TextSplit::kParagraphs;
    else if (split != "none") throw py::value_error("split must be none, lines or paragraphs");
    auto reader = parley::DocumentReader::Open({path}, r);
    if (!reader.ok()) throw py::value_error(reader.status().ToString());
    return EventStream(coder_, std::move(reader).value(), ParseLangArg(lang), ParseDateArg(date, "date"));
  }

 private:
  std::shared_ptr<const parley::Coder> coder_;
};

py::list FieldNames() {
  py::list names;
  for (std::string_view n : parley::EventFieldNames()) names.append(py::str(n.data(), n.size()));
  return names;
}

}  // namespace

PYBIND11_MODULE(parley, m) {
  m.doc() = "Parley: political event coding of French and English news (CAMEO)";
  m.def("fields", &FieldNames, "The output fields of an event, in output order (docs/output.md).");

  py::class_<EventStream>(m, "EventStream", "Events of a file, one dict at a time; see Coder.code_file.")
      .def("__iter__", [](EventStream& s) -> EventStream& { return s; })
      .def("__next__", &EventStream::Next)
      .def_property_readonly("skipped", &EventStream::skipped,
                             "(id, reason) of every document read so far that could not be read or coded");

  py::class_<PyCoder>(m, "Coder", "Loads the dictionaries and lemma tables once; codes any number of documents.")
      .def(py::init<std::optional<std::string>, std::optional<std::string>, bool>(), py::arg("data_dir") = py::none(),
           py::arg("dictionaries") = py::none(), py::arg("include_modal") = false,
           "data_dir: a Parley data folder (lemma tables, dictionaries/); default $PARLEY_DATA, else the build tree.")
      .def("code", &PyCoder::Code, py::arg("text"), py::arg("lang") = py::none(), py::arg("date") = py::none(),
           py::arg("id") = "", py::arg("title") = "", py::arg("url") = "",
           "Codes one document; returns a list of event dicts. Raises ValueError when the document cannot be "
           "coded (empty, binary, invalid UTF-8, a language Parley does not code).")
      .def("code_file", &PyCoder::CodeFile, py::arg("path"), py::arg("lang") = py::none(),
           py::arg("date") = py::none(), py::arg("input_format") = "auto", py::arg("encoding") = "auto",
           py::arg("split") = "none",
           "Streams the events of a file or folder (text, JSON Lines, .gz/.zst), one dict at a time. `date` is used "
           "for documents without their own; `lang` forces the language.");
}
