// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "cli/code_pipeline.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

#include "cli/signals.h"

namespace parley::cli {
namespace {

// Documents travel in batches so that short ones (a line each) do not pay
// a lock and a wake-up apiece.
constexpr size_t kBatchDocuments = 64;
constexpr size_t kBatchBytes = 1 << 20;
// In-flight text beyond one document: enough to keep every worker busy.
constexpr size_t kInFlightBytes = 64 << 20;

struct Outcome {
  DocumentRecord record;
  size_t rows_end = 0;      // end of this document's rows in Batch::rows
  std::string message;      // why it was skipped, "" when coded
  std::string note;         // the reader's note
  bool journaled = false;   // finished by the interrupted run (--resume)
  // For the store only: what it records of the document.
  std::vector<Event> events;
  DocumentStats stats;
};

struct Batch {
  uint64_t seq = 0;
  size_t bytes = 0;
  std::vector<ReadResult> items;
  std::string rows;
  std::vector<Outcome> outcomes;
  bool done = false;
};

class Pipeline {
 public:
  Pipeline(const Coder& coder, EventOutput& output, const PipelineOptions& options, ProgressCounters* progress)
      : coder_(coder), output_(output), options_(options), progress_(progress) {
    if (options_.resumed != nullptr) remaining_ = options_.resumed->done;
  }

  PipelineTotals Run(DocumentReader& reader) {
    const unsigned workers = std::max(1u, options_.threads);
    max_batches_ = 2 * workers + 2;
    for (unsigned i = 0; i < workers; ++i) workers_.emplace_back([this] { Work(); });
    std::thread writer([this] { Write(); });

    auto batch = std::make_unique<Batch>();
    ReadResult item;
    for (;;) {
      if (StopSignal() != 0) {
        totals_.stop_signal = StopSignal();
        break;
      }
      if (WriterFailed()) break;
      if (!reader.Next(&item)) break;
      if (progress_ != nullptr) progress_->bytes_read.store(reader.bytes_read(), std::memory_order_relaxed);
      batch->bytes += item.document.text.size();
      batch->items.push_back(std::move(item));
      item = ReadResult();
      if (batch->items.size() >= kBatchDocuments || batch->bytes >= kBatchBytes) {
        Submit(std::move(batch));
        batch = std::make_unique<Batch>();
      }
    }
    if (StopSignal() != 0) totals_.stop_signal = StopSignal();
    if (!batch->items.empty()) Submit(std::move(batch));
    {
      std::lock_guard<std::mutex> lock(mu_);
      closed_ = true;
    }
    work_cv_.notify_all();
    done_cv_.notify_all();
    for (auto& t : workers_) t.join();
    writer.join();
    return totals_;
  }

 private:
  bool WriterFailed() {
    std::lock_guard<std::mutex> lock(mu_);
    return !totals_.output_error.ok();
  }

  void Submit(std::unique_ptr<Batch> batch) {
    std::unique_lock<std::mutex> lock(mu_);
    // Bounded: wait while too many batches or bytes are in flight (one
    // oversized batch always gets through, so a huge document cannot stall).
    space_cv_.wait(lock, [&] {
      return in_flight_.empty() || (in_flight_.size() < max_batches_ && in_flight_bytes_ + batch->bytes <= kInFlightBytes) ||
             !totals_.output_error.ok();
    });
    batch->seq = next_seq_++;
    in_flight_bytes_ += batch->bytes;
    Batch* raw = batch.get();
    in_flight_.push_back(std::move(batch));
    queue_.push_back(raw);
    lock.unlock();
    work_cv_.notify_one();
  }

  void Work() {
    std::vector<Event> events;
    for (;;) {
      Batch* batch;
      {
        std::unique_lock<std::mutex> lock(mu_);
        work_cv_.wait(lock, [&] { return !queue_.empty() || closed_; });
        if (queue_.empty()) return;
        batch = queue_.front();
        queue_.pop_front();
      }
      CodeBatch(batch, &events);
      {
        std::lock_guard<std::mutex> lock(mu_);
        batch->done = true;
      }
      done_cv_.notify_all();
    }
  }

  void CodeBatch(Batch* batch, std::vector<Event>* events) {
    batch->outcomes.resize(batch->items.size());
    for (size_t i = 0; i < batch->items.size(); ++i) {
      ReadResult& item = batch->items[i];
      Outcome& o = batch->outcomes[i];
      o.record.id = item.document.id.empty() ? item.document.origin : item.document.id;
      o.record.hash = ContentHash(item);
      o.note = std::move(item.note);
      if (options_.resumed != nullptr && options_.resumed->done.count(RecordKey(o.record.id, o.record.hash))) {
        // Probably finished before; the writer decides in input order.
        o.journaled = true;
      } else {
        CodeOne(item, &o, events, &batch->rows);
      }
      o.rows_end = batch->rows.size();
      // The text is not needed any more (the store hashes it, so keeps it);
      // free it before the batch is written.
      if (!o.journaled && options_.store == nullptr) std::string().swap(item.document.text);
    }
  }

  void CodeOne(const ReadResult& item, Outcome* o, std::vector<Event>* events, std::string* rows) const {
    if (!item.status.ok()) {
      o->record.skipped = true;
      o->message = "parley: skipped " + o->record.id + ": " + item.status.ToString();
      return;
    }
    DocumentStats stats;
    Status st = coder_.Code(item.document, events, &stats);
    if (!st.ok()) {
      o->record.skipped = true;
      o->message = "parley: skipped " + o->record.id + ": " + st.ToString();
      return;
    }
    o->record.sentences = stats.sentences;
    o->record.events = static_cast<uint32_t>(events->size());
    AppendEventRows(options_.format, *events, rows);
    if (options_.store != nullptr) {
      o->events = *events;
      o->stats = stats;
    }
  }

  void Write() {
    uint64_t next = 0;
    std::vector<Event> events;
    for (;;) {
      Batch* batch = nullptr;
      {
        std::unique_lock<std::mutex> lock(mu_);
        auto ready = [&] { return (!in_flight_.empty() && in_flight_.front()->done) || (closed_ && in_flight_.empty()); };
        // While a slow document holds the next batch up, what is already
        // written still gets its checkpoints (a kill then loses at most the
        // checkpoint interval, not the time the slow document takes).
        while (!done_cv_.wait_for(lock, std::chrono::milliseconds(250), ready)) {
          lock.unlock();
          if (totals_.output_error.ok()) {
            Status s = output_.Flush(false);
            if (!s.ok()) SetOutputError(std::move(s));
          }
          lock.lock();
        }
        if (in_flight_.empty()) break;
        batch = in_flight_.front().get();
      }
      if (totals_.output_error.ok()) WriteBatch(batch, &events);
      bool idle;
      {
        std::lock_guard<std::mutex> lock(mu_);
        in_flight_bytes_ -= batch->bytes;
        in_flight_.pop_front();
        ++next;
        idle = in_flight_.empty() || !in_flight_.front()->done;
      }
      space_cv_.notify_all();
      // Nothing else ready: hand what we have to the system now, so stdout
      // readers see events as they are coded.
      if (idle && totals_.output_error.ok()) {
        Status s = output_.Flush(false);
        if (!s.ok()) SetOutputError(std::move(s));
      }
    }
  }

  void SetOutputError(Status s) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (totals_.output_error.ok()) totals_.output_error = std::move(s);
    }
    space_cv_.notify_all();
  }

  void WriteBatch(Batch* batch, std::vector<Event>* events) {
    size_t begin = 0;
    for (size_t i = 0; i < batch->outcomes.size(); ++i) {
      Outcome& o = batch->outcomes[i];
      std::string_view rows(batch->rows.data() + begin, o.rows_end - begin);
      begin = o.rows_end;
      std::string late_rows;
      if (o.journaled) {
        auto it = remaining_.find(RecordKey(o.record.id, o.record.hash));
        if (it != remaining_.end() && it->second.count > 0) {
          --it->second.count;
          ++totals_.resumed;
          ++totals_.documents;
          totals_.sentences += it->second.sentences;
          totals_.events += it->second.events;
          totals_.skipped += it->second.skipped;
          if (progress_ != nullptr) progress_->documents.fetch_add(1, std::memory_order_relaxed);
          continue;
        }
        // The same document once more than the interrupted run had done:
        // code it here, in order.
        CodeOne(batch->items[i], &o, events, &late_rows);
        rows = late_rows;
      }
      if (options_.store != nullptr && batch->items[i].status.ok() && options_.store->Skip(batch->items[i].document)) {
        ++totals_.documents;  // already in the store (--resume): neither stored nor written again
        continue;
      }
      if (!o.note.empty() && options_.notes) PrintMessage("parley: note: " + o.record.id + ": " + o.note);
      if (!o.message.empty()) PrintMessage(o.message);
      ++totals_.documents;
      totals_.sentences += o.record.sentences;
      totals_.events += o.record.events;
      totals_.skipped += o.record.skipped;
      if (options_.store != nullptr && !o.record.skipped) {
        if (Status s = options_.store->Add(batch->items[i].document, o.stats, o.events); !s.ok()) {
          SetOutputError(std::move(s));
          return;
        }
      }
      if (Status s = output_.Append(rows, o.record); !s.ok()) {
        SetOutputError(std::move(s));
        return;
      }
      if (progress_ != nullptr) {
        progress_->documents.fetch_add(1, std::memory_order_relaxed);
        progress_->sentences.fetch_add(o.record.sentences, std::memory_order_relaxed);
      }
    }
  }

  const Coder& coder_;
  EventOutput& output_;
  const PipelineOptions options_;
  ProgressCounters* progress_;
  std::unordered_map<std::string, ResumedDocument> remaining_;  // writer thread only

  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_, space_cv_;
  std::deque<std::unique_ptr<Batch>> in_flight_;  // input order
  std::deque<Batch*> queue_;                      // not yet taken by a worker
  size_t in_flight_bytes_ = 0;
  size_t max_batches_ = 4;
  uint64_t next_seq_ = 0;
  bool closed_ = false;
  std::vector<std::thread> workers_;
  PipelineTotals totals_;  // counts: writer thread; output_error: under mu_
};

void Fnv(uint64_t* h, std::string_view s) {
  for (unsigned char c : s) {
    *h ^= c;
    *h *= 1099511628211ull;
  }
  // A separator, so ("ab", "c") and ("a", "bc") differ.
  *h ^= 0xff;
  *h *= 1099511628211ull;
}

}  // namespace

uint64_t ContentHash(const ReadResult& item) {
  uint64_t h = 14695981039346656037ull;
  const Document& d = item.document;
  Fnv(&h, d.id);
  Fnv(&h, d.origin);
  Fnv(&h, d.text);
  Fnv(&h, d.date.ToIso());
  Fnv(&h, LanguageCode(d.lang));
  Fnv(&h, d.title);
  Fnv(&h, d.url);
  Fnv(&h, item.status.ToString());
  return h;
}

PipelineTotals RunPipeline(const Coder& coder, DocumentReader& reader, EventOutput& output,
                           const PipelineOptions& options, ProgressCounters* progress) {
  Pipeline pipeline(coder, output, options, progress);
  return pipeline.Run(reader);
}

}  // namespace parley::cli
