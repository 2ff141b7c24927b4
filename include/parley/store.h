// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The event store: coded documents, their sentences, events and every
// mention of each event in one SQLite file (schema and rules in
// docs/store.md).
//
//   StoreWriter  `parley code --db`: adds coded documents in batches, one
//                transaction per batch, so a killed run leaves the file as
//                it was after the last whole batch.
//   StoreReader  `parley query | stats | export | serve`: read-only
//                queries over the cross-article event records.
//
// Events with the same (date, source, code, target, mode) from different
// documents form one event record (GDELT's deduplication), linked to every
// document event and every mention behind it, with mention, source and
// article counts.
//
// Neither class is thread-safe: use one object per thread. Several readers
// (each its own connection) may read while one writer writes.

#ifndef PARLEY_STORE_H_
#define PARLEY_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "parley/coder.h"
#include "parley/date.h"
#include "parley/document.h"
#include "parley/event.h"
#include "parley/status.h"

namespace parley {

// The schema version this build writes and reads. Opening an older file for
// writing migrates it (docs/store.md lists the migrations); a newer file is
// refused with Unsupported.
int StoreSchemaVersion();

// 64-bit FNV-1a of the document text, as 16 lower-case hex digits: what
// `--resume` compares to decide that a stored document is unchanged.
std::string ContentHash(const std::string& text);

struct StoreWriterOptions {
  // Documents per transaction. A run killed midway loses at most the batch
  // in progress; larger batches write faster.
  int batch_documents = 1024;
  // SQLite's synchronous setting: NORMAL survives a killed process (what
  // the tests check) but not necessarily a power cut; FULL survives both.
  bool synchronous_full = false;
};

class StoreWriter {
 public:
  virtual ~StoreWriter() = default;

  // Opens or creates `path`, migrating an older schema. Fails with
  // InvalidArgument/IoError naming the file when it is not a Parley store.
  static StatusOr<std::unique_ptr<StoreWriter>> Open(const std::string& path,
                                                     const StoreWriterOptions& options = {});

  // True when a document with this id and the same content hash is stored
  // (committed, or added in the open batch).
  virtual StatusOr<bool> Contains(const Document& document) = 0;

  // Stores a coded document and its events, replacing any stored document
  // with the same id (its events, mentions and sentences go, and the
  // counts of the event records they belonged to are recomputed). `stats`
  // supplies the language and publication date the coder decided. Commits
  // when the batch is full.
  virtual Status Add(const Document& document, const DocumentStats& stats,
                     const std::vector<Event>& events) = 0;

  // Commits the open batch, if any.
  virtual Status Commit() = 0;

  // Commits and closes. The destructor commits too, but cannot report.
  virtual Status Close() = 0;
};

// ---------------------------------------------------------------------------
// Queries.

// Filters, ANDed together; an empty field does not filter. Actor codes match
// by prefix, so "RUS" matches RUS, RUSGOV and RUSMIL, and "RUSGOV" matches
// RUSGOV and RUSGOVMIL. Events with an empty source or target match only
// filters that do not name that side.
struct EventFilter {
  std::string actor;                 // source or target
  std::string source, target;        // directed: who acts, who is acted on
  std::string dyad_a, dyad_b;        // undirected pair: a->b or b->a
  std::string code;                  // exact CAMEO event code: "041"
  std::string root;                  // CAMEO root: "04"
  int quad_class = 0;                // 1..4; 0 any
  std::string plover;                // "CONSULT"
  std::string mode;                  // "asserted", ...; empty any
  std::optional<Date> from, to;      // inclusive
  std::string lang;                  // "fr", "en": some document event in it
  std::string location;              // substring of a mention's location, case-insensitive
  std::string text;                  // full-text search over the evidence (see ParseFtsQuery)
};

// One cross-article event record, with its first mention's text.
struct EventRecord {
  int64_t id = 0;
  Date date;
  std::string source, target, code, root, plover, mode;
  int quad_class = 0;
  double goldstein = 0;
  int num_mentions = 0, num_sources = 0, num_articles = 0;
  bool is_root = false;  // some mention is in an article's first sentence
  // From the earliest stored document event of the record.
  std::string doc_id, url, title, lang, location;
  int sentence = 0;  // in that document, 1-based
  std::string source_text, target_text, verb_text, evidence;
  std::string location_country, location_admin1;
  std::optional<double> latitude, longitude;
  std::string attribution, attribution_text;  // reported speech: who said it happened
  std::string rule;                           // the dictionary line that coded it
  std::string added;  // when first stored, "YYYY-MM-DDTHH:MM:SSZ"
};

struct EventPage {
  int64_t total = 0;  // records matching the filter
  int64_t offset = 0;
  std::vector<EventRecord> events;  // newest first, then by id
};

// A piece of text for display: `role` is "source", "target", "verb",
// "evidence" (a mention's sentence in a document view) or "" (plain).
struct TextSegment {
  std::string text;
  std::string role;
  int64_t event = 0;  // for "evidence" segments: the record it supports
};

struct MentionView {
  std::string doc_id, title, url, lang, published;
  int sentence = 0;  // 1-based, as `parley code` numbers it
  std::vector<TextSegment> segments;  // the sentence, roles marked
};

struct DocumentView {
  std::string doc_id, title, url, lang, published, content_hash;
  std::vector<TextSegment> segments;  // the whole text, evidence marked
  std::vector<EventRecord> events;    // records with a mention here
};

enum class Granularity { kDay, kWeek, kMonth, kYear };
// "day", "week", "month", "year".
StatusOr<Granularity> ParseGranularity(const std::string& name);

// One period of the cooperation-conflict curve. A week is named by its
// Monday ("2021-02-01"), a month "2021-02", a year "2021".
struct StatsRow {
  std::string period;
  int64_t quad[4] = {0, 0, 0, 0};  // records per quad class 1..4
  int64_t events = 0;
  double goldstein_sum = 0;
  double goldstein_mean() const { return events > 0 ? goldstein_sum / events : 0; }
};

struct NetworkEdge {
  std::string source, target;
  int64_t events = 0;
  double goldstein_mean = 0;
};

struct LocationPoint {
  double latitude = 0, longitude = 0;
  std::string name;
  int64_t events = 0;
};

struct StoreSummary {
  int schema_version = 0;
  int64_t documents = 0, events = 0, document_events = 0, mentions = 0;
  std::string first_date, last_date;
  std::vector<std::pair<std::string, int64_t>> top_actors;  // by records, either side
};

enum class ExportFormat { kGdelt, kPlover, kCsv };
// "gdelt", "plover", "csv".
StatusOr<ExportFormat> ParseExportFormat(const std::string& name);

struct StoreReaderOptions {
  // Every statement stops with ResourceExhausted after this long.
  int time_limit_ms = 5000;
};

class StoreReader {
 public:
  virtual ~StoreReader() = default;

  // Opens `path` read-only: nothing done through a reader can change the
  // file. NotFound when it does not exist; Unsupported for a schema other
  // than StoreSchemaVersion() (open it once with a StoreWriter to migrate).
  static StatusOr<std::unique_ptr<StoreReader>> Open(const std::string& path,
                                                     const StoreReaderOptions& options = {});

  virtual StatusOr<StoreSummary> Summary() = 0;
  // Records matching `filter`, newest first; at most `limit` from `offset`.
  virtual StatusOr<EventPage> Query(const EventFilter& filter, int64_t offset, int64_t limit) = 0;
  // One record; NotFound when there is none with this id.
  virtual StatusOr<EventRecord> GetEvent(int64_t id) = 0;
  // Every mention of record `id`, oldest document first; at most `limit`.
  virtual StatusOr<std::vector<MentionView>> Mentions(int64_t id, int64_t limit) = 0;
  // NotFound when no document has this id.
  virtual StatusOr<DocumentView> GetDocument(const std::string& doc_id) = 0;
  // Periods from the first to the last dated matching record, empty periods
  // included (at most `max_periods`; more is ResourceExhausted).
  virtual StatusOr<std::vector<StatsRow>> Stats(const EventFilter& filter, Granularity by,
                                                int64_t max_periods = 20000) = 0;
  // Who acts on whom: the `limit` dyads with most records.
  virtual StatusOr<std::vector<NetworkEdge>> Network(const EventFilter& filter, int64_t limit) = 0;
  // Mention locations with coordinates, most events first.
  virtual StatusOr<std::vector<LocationPoint>> Locations(const EventFilter& filter, int64_t limit) = 0;
  // Writes every matching record (at most `limit`; 0: all) in `format`
  // (docs/store.md: GDELT 2.0 event table, PLOVER JSON Lines, CSV).
  virtual Status Export(const EventFilter& filter, ExportFormat format, int64_t limit, std::ostream* out) = 0;
};

}  // namespace parley

#endif  // PARLEY_STORE_H_
