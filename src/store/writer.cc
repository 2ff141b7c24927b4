// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// StoreWriter: coded documents into the SQLite store, one transaction per
// batch. Every statement is prepared once and bound with parameters.
//
// Per document: replace any stored document with the same id, insert the
// document, the sentences its events are mentioned in (the FTS5 index is
// kept by triggers), then per event upsert the cross-article record keyed on
// (date, source, target, code, mode), insert the document event and one
// mention per sentence, and update the record's counts incrementally.

#include <algorithm>
#include <cmath>
#include <ctime>
#include <optional>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "parley/store.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/util.h"
#include "text/text.h"

namespace parley {
namespace {

using store::Database;
using store::Statement;

struct SentenceInfo {
  int64_t begin = -1, end = -1;
  std::string text;
  int64_t rowid = 0;
};

class StoreWriterImpl final : public StoreWriter {
 public:
  ~StoreWriterImpl() override {
    if (db_.handle() != nullptr) Close();
  }

  Status Init(const std::string& path, const StoreWriterOptions& options) {
    options_ = options;
    if (options_.batch_documents < 1) options_.batch_documents = 1;
    auto db = Database::Open(path, /*read_only=*/false);
    if (!db.ok()) return db.status();
    db_ = std::move(db).value();
    PARLEY_RETURN_IF_ERROR(db_.Exec("PRAGMA foreign_keys = OFF"));
    // 64 MiB of page cache: index pages of a large store stay in memory
    // across a batch instead of being read and written again.
    PARLEY_RETURN_IF_ERROR(db_.Exec("PRAGMA cache_size = -65536"));
    PARLEY_RETURN_IF_ERROR(
        db_.Exec(options_.synchronous_full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL"));
    PARLEY_RETURN_IF_ERROR(store::Migrate(&db_));
    // Write-ahead logging while coding: a commit appends to the log instead
    // of copying pages to a rollback journal, and a killed run is recovered
    // from the log by the next connection. Close() turns the file back into
    // a plain rollback-journal database, so readers open it read-only
    // without creating -wal or -shm files.
    PARLEY_RETURN_IF_ERROR(db_.Exec("PRAGMA journal_mode = WAL"));
    return PrepareAll();
  }

  StatusOr<bool> Contains(const Document& document) override {
    Statement& s = find_document_;
    s.Bind(1, DocumentName(document));
    auto row = s.Step();
    if (!row.ok()) {
      s.Reset();
      return row.status();
    }
    const bool same = *row && s.Text(1) == ContentHash(document.text);
    s.Reset();
    return same;
  }

  Status Add(const Document& document, const DocumentStats& stats, const std::vector<Event>& events) override {
    if (!in_batch_) {
      PARLEY_RETURN_IF_ERROR(db_.Exec("BEGIN IMMEDIATE"));
      in_batch_ = true;
      batch_size_ = 0;
    }
    Status st = AddDocument(document, stats, events);
    if (!st.ok()) {
      // The batch is rolled back whole, so the file stays as it was after
      // the last commit.
      db_.Exec("ROLLBACK");
      in_batch_ = false;
      pending_documents_.clear();
      return st;
    }
    if (++batch_size_ >= options_.batch_documents) return Commit();
    return Status::Ok();
  }

  Status Commit() override {
    if (!in_batch_) return Status::Ok();
    in_batch_ = false;
    // The batch's sentences enter the full-text index in one statement:
    // FTS5 writes its pending terms out at every statement savepoint, so
    // indexing row by row, between the other inserts, would write one tiny
    // segment per statement.
    if (!pending_documents_.empty()) {
      std::string ids = "[";
      for (size_t i = 0; i < pending_documents_.size(); ++i) {
        if (i > 0) ids += ',';
        ids += std::to_string(pending_documents_[i]);
      }
      ids += ']';
      pending_documents_.clear();
      Status st = index_sentences_.Bind(1, ids).Run();
      if (!st.ok()) {
        db_.Exec("ROLLBACK");
        return st;
      }
    }
    return db_.Exec("COMMIT");
  }

  Status Close() override {
    Status st = Commit();
    // Statements first, then the connection.
    for (Statement* s : {&find_document_, &insert_document_, &insert_sentence_, &upsert_event_, &source_seen_,
                         &insert_document_event_, &insert_mention_, &bump_event_, &document_events_of_,
                         &delete_mentions_, &delete_document_events_, &delete_sentences_, &delete_document_,
                         &recount_event_, &delete_empty_event_, &index_sentences_, &unindex_sentences_}) {
      *s = Statement();
    }
    if (st.ok()) st = db_.Exec("PRAGMA journal_mode = DELETE");
    db_ = Database();
    return st;
  }

 private:
  static std::string DocumentName(const Document& d) { return d.id.empty() ? d.origin : d.id; }

  Status PrepareAll() {
    struct Item {
      Statement* stmt;
      const char* sql;
    };
    const Item items[] = {
        {&find_document_, "SELECT id, content_hash FROM documents WHERE doc_id = ?1"},
        {&insert_document_,
         "INSERT INTO documents (doc_id, url, title, published, lang, content_hash, source_name, sentences, text, "
         "coded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"},
        {&insert_sentence_, "INSERT INTO sentences (document, idx, begin, end, text) VALUES (?1, ?2, ?3, ?4, ?5)"},
        // A new record starts with this article's counts; a known one adds
        // them. num_sources is raised apart, once we know the source is new.
        {&upsert_event_,
         "INSERT INTO events (date, source, target, code, mode, root, quad_class, goldstein, plover, added, "
         "num_mentions, num_sources, num_articles, is_root) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 1, 1, ?12) "
         "ON CONFLICT (date, source, target, code, mode) DO UPDATE SET "
         "num_mentions = num_mentions + excluded.num_mentions, num_articles = num_articles + 1, "
         "is_root = max(is_root, excluded.is_root) RETURNING id, num_articles"},
        {&source_seen_, "SELECT 1 FROM document_events WHERE event = ?1 AND source_name = ?2 LIMIT 1"},
        {&insert_document_event_,
         "INSERT INTO document_events (event, document, ordinal, source_name, mentions, sentence, lang, location, "
         "source_text, target_text, verb_text, evidence, country, latitude, longitude, attribution, attribution_text, "
         "rule, admin1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)"},
        {&insert_mention_,
         "INSERT INTO mentions (document_event, event, document, sentence, sentence_idx, source_begin, source_end, "
         "target_begin, target_end, verb_begin, verb_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"},
        {&bump_event_, "UPDATE events SET num_sources = num_sources + 1 WHERE id = ?1"},
        {&document_events_of_, "SELECT DISTINCT event FROM document_events WHERE document = ?1"},
        {&delete_mentions_, "DELETE FROM mentions WHERE document = ?1"},
        {&delete_document_events_, "DELETE FROM document_events WHERE document = ?1"},
        {&delete_sentences_, "DELETE FROM sentences WHERE document = ?1"},
        {&delete_document_, "DELETE FROM documents WHERE id = ?1"},
        {&recount_event_,
         "UPDATE events SET "
         "num_mentions = (SELECT coalesce(sum(mentions), 0) FROM document_events WHERE event = ?1), "
         "num_articles = (SELECT count(*) FROM document_events WHERE event = ?1), "
         "num_sources = (SELECT count(DISTINCT source_name) FROM document_events WHERE event = ?1), "
         "is_root = (SELECT count(*) > 0 FROM document_events WHERE event = ?1 AND sentence = 1) "
         "WHERE id = ?1"},
        {&delete_empty_event_, "DELETE FROM events WHERE id = ?1 AND num_articles = 0"},
        {&index_sentences_,
         "INSERT INTO sentence_fts (rowid, text) SELECT id, text FROM sentences "
         "WHERE document IN (SELECT value FROM json_each(?1))"},
        {&unindex_sentences_,
         "INSERT INTO sentence_fts (sentence_fts, rowid, text) SELECT 'delete', id, text FROM sentences "
         "WHERE document = ?1"},
    };
    for (const Item& item : items) {
      auto s = db_.Prepare(item.sql);
      if (!s.ok()) return s.status();
      *item.stmt = std::move(s).value();
    }
    return Status::Ok();
  }

  Status RemoveDocument(int64_t rowid) {
    std::vector<int64_t> affected;
    document_events_of_.Bind(1, rowid);
    for (;;) {
      auto row = document_events_of_.Step();
      if (!row.ok()) {
        document_events_of_.Reset();
        return row.status();
      }
      if (!*row) break;
      affected.push_back(document_events_of_.Int(0));
    }
    document_events_of_.Reset();
    // Sentences of a document from an earlier batch are in the full-text
    // index; those of this batch are not yet.
    auto pending = std::find(pending_documents_.begin(), pending_documents_.end(), rowid);
    if (pending != pending_documents_.end()) {
      pending_documents_.erase(pending);
    } else {
      PARLEY_RETURN_IF_ERROR(unindex_sentences_.Bind(1, rowid).Run());
    }
    PARLEY_RETURN_IF_ERROR(delete_mentions_.Bind(1, rowid).Run());
    PARLEY_RETURN_IF_ERROR(delete_document_events_.Bind(1, rowid).Run());
    PARLEY_RETURN_IF_ERROR(delete_sentences_.Bind(1, rowid).Run());
    PARLEY_RETURN_IF_ERROR(delete_document_.Bind(1, rowid).Run());
    for (int64_t event : affected) {
      PARLEY_RETURN_IF_ERROR(recount_event_.Bind(1, event).Run());
      PARLEY_RETURN_IF_ERROR(delete_empty_event_.Bind(1, event).Run());
    }
    return Status::Ok();
  }

  // Sentence spans for every sentence an event is mentioned in. The coder
  // gives each mention's span (Event::sentence_spans); for events without
  // them (only the first mention's evidence), the others come from the text
  // stage's splitter, aligned on the first mention's sentence (the coder
  // numbers sentences after any header it skipped).
  void CollectSentences(const Document& document, const std::vector<Event>& events,
                        std::map<int, SentenceInfo>* out) {
    bool need_split = false;
    const auto fits = [&](const Span& sp) {
      return !sp.empty() && sp.begin <= sp.end && static_cast<size_t>(sp.end) <= document.text.size();
    };
    for (const Event& e : events) {
      if (!e.evidence_span.empty() && e.sentence > 0) {
        SentenceInfo& s = (*out)[e.sentence];
        s.begin = e.evidence_span.begin;
        s.end = e.evidence_span.end;
        s.text = e.evidence;
      }
      const bool spans_given = e.sentence_spans.size() == e.sentences.size();
      for (size_t k = 0; k < e.sentences.size(); ++k) {
        const int idx = e.sentences[k];
        if (out->find(idx) != out->end()) continue;
        if (spans_given && fits(e.sentence_spans[k])) {
          const Span& sp = e.sentence_spans[k];
          SentenceInfo& s = (*out)[idx];
          s.begin = sp.begin;
          s.end = sp.end;
          s.text = document.text.substr(sp.begin, sp.end - sp.begin);
        } else {
          need_split = true;
        }
      }
    }
    if (!need_split || events.empty()) return;
    text::AnalyzedText analyzed;
    if (!text::AnalyzeText(document.text, events.front().lang, text::TextOptions{}, &analyzed).ok()) return;
    int64_t shift = INT64_MIN;
    for (const Event& e : events) {
      if (e.evidence_span.empty() || e.sentence <= 0) continue;
      for (size_t k = 0; k < analyzed.sentences.size(); ++k) {
        if (analyzed.sentences[k].begin == e.evidence_span.begin) {
          shift = static_cast<int64_t>(k) - (e.sentence - 1);
          break;
        }
      }
      if (shift != INT64_MIN) break;
    }
    if (shift == INT64_MIN) return;
    for (const Event& e : events) {
      for (int idx : e.sentences) {
        if (out->find(idx) != out->end()) continue;
        const int64_t k = idx - 1 + shift;
        if (k < 0 || k >= static_cast<int64_t>(analyzed.sentences.size())) continue;
        const text::Sentence& st = analyzed.sentences[k];
        SentenceInfo& s = (*out)[idx];
        s.begin = st.begin;
        s.end = st.end;
        s.text = document.text.substr(st.begin, st.end - st.begin);
      }
    }
  }

  static void BindSpan(Statement* s, int i, const Span& span) {
    if (span.empty()) {
      s->BindNull(i).BindNull(i + 1);
    } else {
      s->Bind(i, span.begin).Bind(i + 1, span.end);
    }
  }

  Status AddDocument(const Document& document, const DocumentStats& stats, const std::vector<Event>& events) {
    const std::string name = DocumentName(document);
    find_document_.Bind(1, name);
    auto found = find_document_.Step();
    if (!found.ok()) {
      find_document_.Reset();
      return found.status();
    }
    const int64_t old_rowid = *found ? find_document_.Int(0) : 0;
    find_document_.Reset();
    if (old_rowid != 0) PARLEY_RETURN_IF_ERROR(RemoveDocument(old_rowid));

    const std::string now = store::UtcNow();
    const std::string source_name = store::SourceName(document.url, name);
    const char* lang = LanguageCode(stats.language);
    insert_document_.Bind(1, name)
        .Bind(2, document.url)
        .Bind(3, document.title)
        .Bind(4, stats.publication_date.ToIso())
        .Bind(5, lang)
        .Bind(6, ContentHash(document.text))
        .Bind(7, source_name)
        .Bind(8, static_cast<int64_t>(stats.sentences))
        .Bind(9, document.text)
        .Bind(10, now);
    PARLEY_RETURN_IF_ERROR(insert_document_.Run());
    const int64_t doc_rowid = sqlite3_last_insert_rowid(db_.handle());
    pending_documents_.push_back(doc_rowid);

    std::map<int, SentenceInfo> sentences;
    CollectSentences(document, events, &sentences);
    for (auto& [idx, s] : sentences) {
      insert_sentence_.Bind(1, doc_rowid).Bind(2, idx).Bind(3, s.begin).Bind(4, s.end).Bind(5, s.text);
      PARLEY_RETURN_IF_ERROR(insert_sentence_.Run());
      s.rowid = sqlite3_last_insert_rowid(db_.handle());
    }

    int ordinal = 0;
    for (const Event& e : events) {
      ++ordinal;
      upsert_event_.Bind(1, e.date.valid() ? e.date.ToIso() : std::string())
          .Bind(2, e.source)
          .Bind(3, e.target)
          .Bind(4, e.code)
          .Bind(5, ModeName(e.mode))
          .Bind(6, e.root)
          .Bind(7, e.quad_class)
          .Bind(8, e.goldstein)
          .Bind(9, e.plover)
          .Bind(10, now)
          .Bind(11, e.mentions)
          .Bind(12, e.sentence == 1 ? 1 : 0);
      auto row = upsert_event_.Step();
      if (!row.ok() || !*row) {
        upsert_event_.Reset();
        return row.ok() ? db_.Error("storing an event record") : row.status();
      }
      const int64_t event_id = upsert_event_.Int(0);
      const bool new_record = upsert_event_.Int(1) == 1;
      upsert_event_.Reset();

      // Before this article's document event exists: has another article
      // of the same source reported the record?
      bool seen = true;
      if (!new_record) {
        source_seen_.Bind(1, event_id).Bind(2, source_name);
        auto found_source = source_seen_.Step();
        source_seen_.Reset();
        if (!found_source.ok()) return found_source.status();
        seen = *found_source;
      }

      insert_document_event_.Bind(1, event_id)
          .Bind(2, doc_rowid)
          .Bind(3, ordinal)
          .Bind(4, source_name)
          .Bind(5, e.mentions)
          .Bind(6, e.sentence)
          .Bind(7, LanguageCode(e.lang))
          .Bind(8, e.location)
          .Bind(9, e.source_text)
          .Bind(10, e.target_text)
          .Bind(11, e.verb_text)
          .Bind(12, e.evidence)
          .Bind(13, e.location_country)
          .BindOptional(14, std::isfinite(e.latitude) && std::isfinite(e.longitude) ? std::optional<double>(e.latitude)
                                                                                      : std::nullopt)
          .BindOptional(15, std::isfinite(e.latitude) && std::isfinite(e.longitude) ? std::optional<double>(e.longitude)
                                                                                      : std::nullopt)
          .Bind(16, e.attribution)
          .Bind(17, e.attribution_text)
          .Bind(18, e.rule)
          .Bind(19, e.location_admin1);
      PARLEY_RETURN_IF_ERROR(insert_document_event_.Run());
      const int64_t document_event = sqlite3_last_insert_rowid(db_.handle());

      std::vector<int> idxs = e.sentences;
      if (idxs.empty() && e.sentence > 0) idxs.push_back(e.sentence);
      for (int idx : idxs) {
        insert_mention_.Bind(1, document_event).Bind(2, event_id).Bind(3, doc_rowid);
        auto it = sentences.find(idx);
        if (it != sentences.end()) {
          insert_mention_.Bind(4, it->second.rowid);
        } else {
          insert_mention_.BindNull(4);
        }
        insert_mention_.Bind(5, idx);
        // Role spans are known for the first mention only.
        const bool first = idx == e.sentence;
        BindSpan(&insert_mention_, 6, first ? e.source_span : Span{});
        BindSpan(&insert_mention_, 8, first ? e.target_span : Span{});
        BindSpan(&insert_mention_, 10, first ? e.verb_span : Span{});
        PARLEY_RETURN_IF_ERROR(insert_mention_.Run());
      }
      if (!seen) PARLEY_RETURN_IF_ERROR(bump_event_.Bind(1, event_id).Run());
    }
    return Status::Ok();
  }

  StoreWriterOptions options_;
  Database db_;
  bool in_batch_ = false;
  int batch_size_ = 0;
  Statement find_document_, insert_document_, insert_sentence_, upsert_event_, source_seen_, insert_document_event_,
      insert_mention_, bump_event_, document_events_of_, delete_mentions_, delete_document_events_, delete_sentences_,
      delete_document_, recount_event_, delete_empty_event_, index_sentences_, unindex_sentences_;
  std::vector<int64_t> pending_documents_;  // added in the open batch, not yet in the full-text index
};

}  // namespace

int StoreSchemaVersion() { return store::LatestSchemaVersion(); }

std::string ContentHash(const std::string& text) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  static const char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[i] = kHex[h & 0xf];
    h >>= 4;
  }
  return out;
}

StatusOr<std::unique_ptr<StoreWriter>> StoreWriter::Open(const std::string& path, const StoreWriterOptions& options) {
  auto w = std::make_unique<StoreWriterImpl>();
  PARLEY_RETURN_IF_ERROR(w->Init(path, options));
  return std::unique_ptr<StoreWriter>(std::move(w));
}

}  // namespace parley
