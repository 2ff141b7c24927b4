// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Coder: loads the dictionaries and lemma tables once, then codes documents:
// validation, language, publication date, text analysis, DocumentCoder, and
// turning sentence events into deduplicated Events with code book fields.

#include "parley/coder.h"

#include <algorithm>
#include <unordered_map>

#include "coding/document_coder.h"
#include "coding/time_expressions.h"
#include "dictionaries/codebook.h"
#include "dictionaries/place_dictionary.h"
#include "input/dateline.h"
#include "lang/language_id.h"

#ifndef PARLEY_DEFAULT_DICTIONARY_DIR
#define PARLEY_DEFAULT_DICTIONARY_DIR "dictionaries"
#endif
#ifndef PARLEY_DEFAULT_DATA_DIR
#define PARLEY_DEFAULT_DATA_DIR "data"
#endif

namespace parley {

std::string DefaultDictionaryDir() { return PARLEY_DEFAULT_DICTIONARY_DIR; }
std::string DefaultDataDir() { return PARLEY_DEFAULT_DATA_DIR; }

namespace coding {
namespace {

class CoderImpl : public Coder {
 public:
  Status Init(const CoderOptions& options);
  Status Code(const Document& document, std::vector<Event>* events, DocumentStats* stats) const override;
  StatusOr<uint32_t> CountSentences(const Document& document) const override;
  StatusOr<std::string> Explain(const Document& document) const override;
  StatusOr<std::vector<ActorMention>> FindActors(const Document& document) const override;

 private:
  // `dateline_end` (when given): the byte offset just past a dateline that
  // opens the first sentence ("PARIS, 4 février (AFP) -"), else 0.
  // Code() for a document of at most kSliceBytes (or one slice of a longer one).
  Status CodeWhole(const Document& document, std::vector<Event>* events, DocumentStats* stats) const;
  Status Prepare(const Document& document, Language* lang, Date* publication, text::AnalyzedText* analyzed,
                 uint32_t* first_sentence, size_t* dateline_end = nullptr) const;
  const LanguagePack* Pack(Language lang) const {
    return lang == Language::kFrench ? french_.get() : lang == Language::kEnglish ? english_.get() : nullptr;
  }

  CoderOptions options_;
  std::shared_ptr<Vocabulary> vocabulary_;
  std::unique_ptr<ActorDictionary> actors_;
  std::unique_ptr<PlaceDictionary> places_;
  std::unique_ptr<Codebook> codebook_;
  std::unique_ptr<LanguagePack> french_, english_;
};

Status CoderImpl::Init(const CoderOptions& options) {
  options_ = options;
  if (options_.dictionary_dir.empty()) options_.dictionary_dir = DefaultDictionaryDir();
  if (options_.data_dir.empty()) options_.data_dir = DefaultDataDir();
  auto codebook = Codebook::Load(options_.dictionary_dir + "/cameo/codebook.tsv");
  if (!codebook.ok()) return codebook.status();
  codebook_ = std::make_unique<Codebook>(std::move(codebook).value());
  vocabulary_ = std::make_shared<Vocabulary>();
  auto actors = ActorDictionary::Load(options_.dictionary_dir + "/actors", vocabulary_);
  if (!actors.ok()) return actors.status();
  actors_ = std::make_unique<ActorDictionary>(std::move(actors).value());
  auto places = PlaceDictionary::Load(options_.dictionary_dir + "/places", options_.data_dir, *actors_, vocabulary_);
  if (!places.ok()) return places.status();
  places_ = std::make_unique<PlaceDictionary>(std::move(places).value());
  auto load = [&](Language lang, std::unique_ptr<LanguagePack>* slot) -> Status {
    auto pack = LanguagePack::Load(lang, options_.dictionary_dir, options_.data_dir, vocabulary_);
    if (!pack.ok()) return pack.status();
    // Every event code must be in the code book.
    for (const EventFrame& f : pack.value()->frames->frames()) {
      for (const std::string* code : {&f.code, &f.pair_code}) {
        if (!code->empty() && codebook_->Find(*code) == nullptr) {
          return Status::ParseError(f.file + ":" + std::to_string(f.line) + ": CAMEO code " + *code +
                                    " is not in the code book");
        }
      }
    }
    *slot = std::move(pack).value();
    return Status::Ok();
  };
  if (options_.load_french) PARLEY_RETURN_IF_ERROR(load(Language::kFrench, &french_));
  if (options_.load_english) PARLEY_RETURN_IF_ERROR(load(Language::kEnglish, &english_));
  return Status::Ok();
}

Status CoderImpl::Prepare(const Document& doc, Language* lang, Date* publication, text::AnalyzedText* analyzed,
                          uint32_t* first_sentence, size_t* dateline_end) const {
  const std::string& name = doc.id.empty() ? doc.origin : doc.id;
  if (doc.text.size() > options_.max_document_bytes) {
    return Status::ResourceExhausted("document " + name + ": " + std::to_string(doc.text.size()) +
                                     " bytes, over the limit of " + std::to_string(options_.max_document_bytes));
  }
  if (Status st = text::ValidateText(doc.text); !st.ok()) {
    return Status(st.code(), "document " + name + ": " + st.message());
  }
  bool blank = true;
  for (char c : doc.text) {
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
      blank = false;
      break;
    }
  }
  if (blank) return Status::DataLoss("document " + name + ": empty text");

  *lang = options_.forced_language != Language::kUnknown ? options_.forced_language : doc.lang;
  if (*lang == Language::kUnknown) {
    const lang::LanguageGuess guess = lang::IdentifyLanguage(doc.text);
    *lang = guess.language;
    if (*lang == Language::kOther || *lang == Language::kUnknown) {
      return Status::Unsupported("document " + name + ": language '" + guess.code + "' is not coded");
    }
  }
  if (Pack(*lang) == nullptr) {
    return Status::Unsupported("document " + name + ": language '" + LanguageCode(*lang) + "' is not coded");
  }

  // Publication date: the document's field, then its header, then --date.
  size_t header_end = 0;
  *publication = doc.date;
  std::optional<DatelineMatch> header =
      FindDatelineDate(doc.text, options_.default_date.valid() ? options_.default_date.year : 0);
  if (header) header_end = header->header_end > header->header_begin ? header->header_end : 0;
  if (dateline_end != nullptr) *dateline_end = header ? header->dateline_end : 0;
  if (!publication->valid() && header) *publication = header->date;
  if (!publication->valid()) *publication = options_.default_date;

  text::TextOptions topts;
  topts.max_sentence_tokens = options_.max_sentence_tokens;
  PARLEY_RETURN_IF_ERROR(text::AnalyzeText(doc.text, *lang, topts, analyzed));
  *first_sentence = 0;
  while (*first_sentence < analyzed->sentences.size() &&
         analyzed->sentences[*first_sentence].end <= header_end) {
    ++*first_sentence;
  }
  return Status::Ok();
}

StatusOr<std::string> CoderImpl::Explain(const Document& doc) const {
  Language lang;
  Date publication;
  text::AnalyzedText analyzed;
  uint32_t first_sentence = 0;
  PARLEY_RETURN_IF_ERROR(Prepare(doc, &lang, &publication, &analyzed, &first_sentence));
  DocumentScratch scratch;
  DocumentCoder coder(*Pack(lang), *actors_, *places_, *vocabulary_, doc.text, analyzed, publication, true, &scratch);
  std::vector<SentenceEvent> found;
 std::string decisions;
  coder.set_decision_log(&decisions);
  coder.Run(first_sentence, &found);
  std::string out = "language=" + std::string(LanguageCode(lang)) + " publication=" + publication.ToIso() + "\n";
  out += coder.Trace(first_sentence);
  out += "pattern matches:\n" + decisions;
  out += "events:\n";
  for (const SentenceEvent& e : found) {
    out += "  sentence " + std::to_string(e.sentence - first_sentence + 1) + ": " + e.source + " " + e.code + " " +
           e.target + " mode=" + ModeName(static_cast<Mode>(e.mode)) + "\n";
  }
  return out;
}

StatusOr<std::vector<ActorMention>> CoderImpl::FindActors(const Document& doc) const {
  Language lang;
  Date publication;
  text::AnalyzedText analyzed;
  uint32_t first_sentence = 0;
  PARLEY_RETURN_IF_ERROR(Prepare(doc, &lang, &publication, &analyzed, &first_sentence));
  DocumentScratch scratch;
  DocumentCoder coder(*Pack(lang), *actors_, *places_, *vocabulary_, doc.text, analyzed, publication, false, &scratch);
  std::vector<SentenceEvent> found;
  coder.Run(first_sentence, &found);
  std::vector<ActorMention> out;
  for (const Mention& m : coder.mentions()) {
    if (m.kind != MentionKind::kActor || m.weak) continue;
    ActorMention a;
    a.sentence = static_cast<int>(m.sentence - first_sentence + 1);
    a.span.begin = analyzed.tokens[m.first].begin;
    a.span.end = analyzed.tokens[m.last - 1].end;
    a.text = doc.text.substr(a.span.begin, a.span.end - a.span.begin);
    a.place = m.location;
    a.capital = m.capital;
    if (m.location) {
      a.place_country = m.code.substr(0, 3);
      if (m.place >= 0) {
        const Place& p = places_->place(static_cast<uint32_t>(m.place));
        a.place_country = actors_->StateOn(p.country, publication);
        a.latitude = p.latitude;
        a.longitude = p.longitude;
      }
    } else {
      a.code = m.code;
    }
    out.push_back(std::move(a));
  }
  return out;
}

StatusOr<uint32_t> CoderImpl::CountSentences(const Document& document) const {
  Language lang;
  Date publication;
  text::AnalyzedText analyzed;
  uint32_t first = 0;
  PARLEY_RETURN_IF_ERROR(Prepare(document, &lang, &publication, &analyzed, &first));
  return static_cast<uint32_t>(analyzed.sentences.size() - first);
}

// A document longer than this is coded slice by slice (cut at a line break),
// so that the per-token state stays bounded whatever the document's size:
// time and memory grow linearly up to the size limit. Coreference and
// interlocutors do not cross slices (about 150,000 words each).
constexpr size_t kSliceBytes = 1 << 20;

Status CoderImpl::Code(const Document& doc, std::vector<Event>* events, DocumentStats* stats) const {
  if (doc.text.size() <= kSliceBytes) return CodeWhole(doc, events, stats);
  events->clear();
  // Whole-document checks first: the size limit, the encoding, the language
  // and the publication date (its header or dateline opens the first slice).
  Language lang;
  Date publication;
  text::AnalyzedText probe;
  uint32_t first_sentence = 0;
  {
    Document head = doc;
    head.text = doc.text.substr(0, std::min(doc.text.size(), size_t{4096}));
    const size_t cut = head.text.rfind(' ');
    if (head.text.size() == 4096 && cut != std::string::npos) head.text.resize(cut);  // keep UTF-8 whole
    if (doc.text.size() > options_.max_document_bytes) {
      const std::string& name = doc.id.empty() ? doc.origin : doc.id;
      return Status::ResourceExhausted("document " + name + ": " + std::to_string(doc.text.size()) +
                                       " bytes, over the limit of " + std::to_string(options_.max_document_bytes));
    }
    if (Status st = text::ValidateText(doc.text); !st.ok()) {
      return Status(st.code(), "document " + (doc.id.empty() ? doc.origin : doc.id) + ": " + st.message());
    }
    PARLEY_RETURN_IF_ERROR(Prepare(head, &lang, &publication, &probe, &first_sentence));
  }
  std::unordered_map<std::string, size_t> index;  // date|source|code|target -> event, across slices
  uint32_t sentences_before = 0, tokens = 0;
  for (size_t begin = 0; begin < doc.text.size();) {
    size_t end = std::min(doc.text.size(), begin + kSliceBytes);
    if (end < doc.text.size()) {
      // After the last line break of the slice, else after its last sentence
      // end, else after its last space (all ASCII: UTF-8 stays whole).
      size_t cut = doc.text.rfind('\n', end - 1);
      if (cut == std::string::npos || cut < begin) cut = doc.text.rfind(". ", end - 1);
      if (cut == std::string::npos || cut < begin) cut = doc.text.rfind(' ', end - 1);
      if (cut != std::string::npos && cut >= begin) end = cut + 1;
    }
    Document slice;
    slice.id = doc.id;
    slice.origin = doc.origin;
    slice.lang = lang;
    slice.date = publication;
    slice.text = doc.text.substr(begin, end - begin);
    bool blank = true;
    for (char c : slice.text) blank &= c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (!blank) {
      std::vector<Event> part;
      DocumentStats part_stats;
      PARLEY_RETURN_IF_ERROR(CodeWhole(slice, &part, &part_stats));
      for (Event& e : part) {
        for (Span* sp : {&e.source_span, &e.target_span, &e.verb_span, &e.evidence_span}) {
          if (!sp->empty()) {
            sp->begin += begin;
            sp->end += begin;
          }
        }
        for (Span& sp : e.sentence_spans) {
          sp.begin += begin;
          sp.end += begin;
        }
        e.sentence += static_cast<int>(sentences_before);
        for (int& n : e.sentences) n += static_cast<int>(sentences_before);
        const std::string key = e.date.ToIso() + "|" + e.source + "|" + e.code + "|" + e.target;
        auto [it, inserted] = index.emplace(key, events->size());
        if (inserted) {
          events->push_back(std::move(e));
          continue;
        }
        Event& first = (*events)[it->second];
        first.mentions += e.mentions;
        first.sentences.insert(first.sentences.end(), e.sentences.begin(), e.sentences.end());
        first.sentence_spans.insert(first.sentence_spans.end(), e.sentence_spans.begin(), e.sentence_spans.end());
      }
      sentences_before += part_stats.sentences;
      tokens += part_stats.tokens;
    }
    begin = end;
  }
  if (stats != nullptr) {
    stats->language = lang;
    stats->publication_date = publication;
    stats->sentences = sentences_before;
    stats->tokens = tokens;
  }
  return Status::Ok();
}

Status CoderImpl::CodeWhole(const Document& doc, std::vector<Event>* events, DocumentStats* stats) const {
  events->clear();
  Language lang;
  Date publication;
  thread_local text::AnalyzedText analyzed;
  uint32_t first_sentence = 0;
  size_t dateline_end = 0;
  PARLEY_RETURN_IF_ERROR(Prepare(doc, &lang, &publication, &analyzed, &first_sentence, &dateline_end));
  const LanguagePack& pack = *Pack(lang);

  thread_local DocumentScratch scratch;
  DocumentCoder coder(pack, *actors_, *places_, *vocabulary_, doc.text, analyzed, publication, options_.include_modal, &scratch);
  std::vector<SentenceEvent> found;
  coder.Run(first_sentence, &found);

  if (stats != nullptr) {
    stats->language = lang;
    stats->publication_date = publication;
    stats->sentences = static_cast<uint32_t>(analyzed.sentences.size() - first_sentence);
    stats->tokens = static_cast<uint32_t>(analyzed.tokens.size());
  }

  // Time expressions per sentence, found once.
  std::unordered_map<std::string, size_t> index;  // date|source|code|target -> event
  std::vector<TimeExpression> times;
  uint32_t times_sentence = UINT32_MAX;
  auto span_of = [&](uint32_t first_token, uint32_t last_token) {
    Span sp;
    if (last_token <= first_token) return sp;
    sp.begin = analyzed.tokens[first_token].begin;
    sp.end = analyzed.tokens[last_token - 1].end;
    return sp;
  };
  auto text_of = [&](const Span& sp) {
    return sp.empty() ? std::string() : doc.text.substr(sp.begin, sp.end - sp.begin);
  };
  const auto& mentions = coder.mentions();
  for (const SentenceEvent& se : found) {
    if (se.sentence != times_sentence) {
      const text::Sentence& st = analyzed.sentences[se.sentence];
      // The dateline's date is the publication date, not a time of the sentence's events.
      uint32_t from = st.first_token;
      while (dateline_end > 0 && from < st.first_token + st.token_count && analyzed.tokens[from].begin < dateline_end) ++from;
      FindTimeExpressions(coder.keys(), coder.infos(), analyzed.tokens, *pack.lexicon, from,
                          st.first_token + st.token_count, &times);
      times_sentence = se.sentence;
    }
    Date date = publication;
    const TimeExpression* nearest = nullptr;
    uint32_t best_distance = UINT32_MAX;
    for (const TimeExpression& t : times) {
      const uint32_t d = t.token > se.anchor ? t.token - se.anchor : se.anchor - t.token;
      if (d < best_distance) {
        best_distance = d;
        nearest = &t;
      }
    }
    if (nearest != nullptr) {
      const Date resolved = ResolveTimeExpression(*nearest, se.tense, publication);
      // An announcement is dated when it was made, not when the act will be:
      // "a annoncé mardi qu'il se rendrait le 16 juin" is Tuesday's.
      if (resolved.valid() && !(se.announced && publication.valid() && resolved.ToDays() > publication.ToDays())) {
        date = resolved;
      }
    }
    const int sentence_number = static_cast<int>(se.sentence - first_sentence + 1);
    const std::string key = date.ToIso() + "|" + se.source + "|" + se.code + "|" + se.target;
    auto [it, inserted] = index.emplace(key, events->size());
    if (!inserted) {
      Event& e = (*events)[it->second];
      ++e.mentions;
      if (e.sentences.back() != sentence_number) {
        e.sentences.push_back(sentence_number);
        const text::Sentence& st = analyzed.sentences[se.sentence];
        e.sentence_spans.push_back(Span{static_cast<int64_t>(st.begin), static_cast<int64_t>(st.end)});
      }
      continue;
    }
    Event e;
    e.doc_id = doc.id.empty() ? doc.origin : doc.id;
    e.sentence = sentence_number;
    e.sentences = {sentence_number};
    e.mentions = 1;
    e.date = date;
    e.source = se.source;
    e.target = se.target;
    e.code = se.code;
    if (const CameoCode* c = codebook_->Find(se.code)) {
      e.root = c->root;
      e.quad_class = c->quad_class;
      e.goldstein = c->goldstein;
      e.plover = c->plover;
    }
    e.mode = static_cast<Mode>(se.mode);
    if (se.source_mention >= 0) e.source_span = span_of(mentions[se.source_mention].first, mentions[se.source_mention].last);
    if (se.target_mention >= 0) e.target_span = span_of(mentions[se.target_mention].first, mentions[se.target_mention].last);
    e.verb_span = span_of(se.verb_first, se.verb_last);
    if (se.location_mention >= 0) {
      const Mention& place = mentions[se.location_mention];
      e.location = text_of(span_of(place.first, place.last));
      if (place.place >= 0) {
        const Place& p = places_->place(static_cast<uint32_t>(place.place));
        e.location = p.name;
        e.location_country = actors_->StateOn(p.country, publication);
        e.location_admin1 = p.admin1;
        e.latitude = p.latitude;
        e.longitude = p.longitude;
      } else if (place.code.size() >= 3) {
        e.location_country = place.code.substr(0, 3);
      }
    }
    if (se.rule != nullptr) {
      const std::string& file = se.rule->file;
      const size_t events_dir = file.rfind("/events/");
      e.rule = (events_dir == std::string::npos ? file : "dictionaries" + file.substr(events_dir)) + ":" +
               std::to_string(se.rule->line);
    }
    if (se.attribution_mention >= 0) {
      const Mention& a = mentions[se.attribution_mention];
      e.attribution = a.code;
      e.attribution_text = text_of(span_of(a.first, a.last));
    }
    const text::Sentence& st = analyzed.sentences[se.sentence];
    e.evidence_span.begin = st.begin;
    e.evidence_span.end = st.end;
    e.sentence_spans = {e.evidence_span};
    e.source_text = text_of(e.source_span);
    e.target_text = text_of(e.target_span);
    e.verb_text = text_of(e.verb_span);
    e.evidence = text_of(e.evidence_span);
    e.lang = lang;
    events->push_back(std::move(e));
  }
  return Status::Ok();
}

}  // namespace
}  // namespace coding

StatusOr<std::unique_ptr<Coder>> Coder::Create(const CoderOptions& options) {
  auto coder = std::make_unique<coding::CoderImpl>();
  PARLEY_RETURN_IF_ERROR(coder->Init(options));
  return std::unique_ptr<Coder>(std::move(coder));
}

}  // namespace parley
