// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Coder: the whole pipeline for one document, from raw text to events.
//
//   document -> validation -> language -> publication date -> sentences and
//   tokens -> lemmas -> actor and event matches -> roles, coreference,
//   modality, time -> events (deduplicated within the document)
//
// A Coder is built once (dictionaries and lemma tables are loaded and
// compiled) and then codes any number of documents. Code() is const and
// thread-safe: one Coder can serve several threads.

#ifndef PARLEY_CODER_H_
#define PARLEY_CODER_H_

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "parley/date.h"
#include "parley/document.h"
#include "parley/event.h"
#include "parley/status.h"

namespace parley {

struct CoderOptions {
  // Folder with the plain-text dictionaries (actors/, agents/, events/,
  // lang/, cameo/codebook.tsv). Empty: the source tree's dictionaries/.
  std::string dictionary_dir;
  // Folder with the generated lemma tables (fr.lemmas, en.lemmas). Empty:
  // the build tree's data/.
  std::string data_dir;
  // Languages to load; a document in another language is skipped.
  bool load_french = true;
  bool load_english = true;
  // Publication date used when the document and its header give none
  // (`--date`); also supplies the year to headers that give only day/month.
  Date default_date;
  // Language forced for every document (`--lang`); kUnknown: identify.
  Language forced_language = Language::kUnknown;
  // Keep negated, conditional and hypothetical events (marked in Event::mode).
  bool include_modal = false;
  // Budgets: a longer document is refused with ResourceExhausted.
  size_t max_document_bytes = 32u << 20;
  uint32_t max_sentence_tokens = 256;
};

// The folders Coder::Create reads when CoderOptions leaves them empty.
std::string DefaultDictionaryDir();
std::string DefaultDataDir();

// An actor or place Parley found in a document (Coder::FindActors).
struct ActorMention {
  int sentence = 0;      // 1-based
  Span span;             // bytes of the mention in Document::text
  std::string text;
  std::string code;      // the actor code for the publication date ("" when uncoded)
  bool place = false;    // a place (the event's location), not an actor
  bool capital = false;  // a capital standing for its state ("Washington said"): its government's code
  std::string place_country;  // for a place: its country code
  double latitude = std::numeric_limits<double>::quiet_NaN(), longitude = std::numeric_limits<double>::quiet_NaN();
};

// What coding one document produced, beyond the events.
struct DocumentStats {
  Language language = Language::kUnknown;
  Date publication_date;
  uint32_t sentences = 0;
  uint32_t tokens = 0;
};

class Coder {
 public:
  virtual ~Coder() = default;

  // Loads and compiles everything. A malformed dictionary line fails with a
  // ParseError naming the file and line.
  static StatusOr<std::unique_ptr<Coder>> Create(const CoderOptions& options);

  // Codes one document. Fails (naming the document) on invalid UTF-8,
  // binary content, empty text, oversized input, or a language Parley does
  // not code (Unsupported; the CLI counts those as skipped). On success
  // `events` holds one entry per distinct (date, source, code, target),
  // ordered by first mention.
  virtual Status Code(const Document& document, std::vector<Event>* events,
                      DocumentStats* stats = nullptr) const = 0;

  // A readable trace of how `document` was analysed: each sentence's tokens
  // with lemmas and word classes, the actor mentions and what they resolved
  // to, and the events. For analysts checking a coding and for extending
  // dictionaries; the format is for people, not for parsing.
  virtual StatusOr<std::string> Explain(const Document& document) const = 0;

  // The actors and places of a document, as the coder resolves them for its
  // publication date: names, descriptions ("le ministre russe"), later short
  // mentions ("M. Lavrov"), demonyms, metonyms; not pronouns nor country
  // adjectives on ordinary nouns. In text order.
  virtual StatusOr<std::vector<ActorMention>> FindActors(const Document& document) const = 0;

  // Number of sentences Parley's splitter finds in `text` (for benchmarks).
  virtual StatusOr<uint32_t> CountSentences(const Document& document) const = 0;
};

}  // namespace parley

#endif  // PARLEY_CODER_H_
