#!/usr/bin/env bash
# Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
#
# The event store's two speed targets (docs/store.md, "Speed"):
#  1. `parley code --db` (SQLite, FTS5 index included) against
#     `parley code --format jsonl -o /dev/null` on the same inputs: wall
#     time of whole runs, REPEATS of each, medians. Two corpora: real news
#     from ../shared/corpora (20 lines a document; few events a document)
#     when it is there, and the project's samples repeated (dense in events,
#     the hard case for the store).
#  2. bench/store_bench: a dyad-and-one-year query and a monthly stats query
#     on a synthetic store of 1M events (200 actors, 20 years), made once by
#     `store_bench --make-store` and kept in BUILD/bench-1m.sqlite.
#   scripts/bench-store.sh [BUILD_DIR] [REPEATS]
set -euo pipefail
src_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$src_dir/build}"
repeats="${2:-5}"
work="$(mktemp -d /tmp/parley-bench-store.XXXXXX)"
trap 'rm -rf "$work"' EXIT
pin="taskset -c 0"
command -v taskset >/dev/null || pin=""

python3 - "$src_dir" "$work" <<'PY'
import json, os, sys
src, work = sys.argv[1], sys.argv[2]
corpora = os.path.join(src, "..", "shared", "corpora")
if os.path.isdir(corpora):
    with open(os.path.join(work, "news.jsonl"), "w", encoding="utf-8") as o:
        n = 0
        for name, lang in (("fr_news_plain.txt", "fr"), ("en_news_plain.txt", "en")):
            lines = [l.strip() for l in open(os.path.join(corpora, name), encoding="utf-8", errors="replace")]
            lines = [l for l in lines if l]
            for i in range(0, len(lines), 20):
                n += 1
                o.write(json.dumps({"id": f"{name}:{i + 1}", "lang": lang, "text": "\n".join(lines[i:i + 20])},
                                   ensure_ascii=False) + "\n")
texts = []
for name in ("en-sanctions.txt", "en-talks.txt", "fr-macron-scholz.txt", "fr-sahel.txt"):
    texts.append(open(os.path.join(src, "samples", name), encoding="utf-8").read())
for line in open(os.path.join(src, "samples", "news.jsonl"), encoding="utf-8"):
    j = json.loads(line)
    if j["id"] != "sample-jsonl-3":
        texts.append(j["text"])
with open(os.path.join(work, "samples.jsonl"), "w", encoding="utf-8") as o:
    for i in range(30000):
        o.write(json.dumps({"id": f"s{i}", "text": texts[i % len(texts)] + f"\n\n({i})",
                            "url": f"https://site{i % 7}.example/{i}"}, ensure_ascii=False) + "\n")
PY

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
now_ms() { date +%s%3N; }

for corpus in news samples; do
  input="$work/$corpus.jsonl"
  [ -f "$input" ] || continue
  docs=$(wc -l <"$input")
  : >"$work/jsonl.ms"; : >"$work/db.ms"
  for i in $(seq "$repeats"); do
    t0=$(now_ms); $pin "$build/parley" code --date 2021-02-05 -o /dev/null "$input" 2>"$work/jsonl.err" || true; t1=$(now_ms)
    echo $((t1 - t0)) >>"$work/jsonl.ms"
    rm -f "$work/store.sqlite"
    t0=$(now_ms); $pin "$build/parley" code --date 2021-02-05 --db "$work/store.sqlite" "$input" 2>"$work/db.err" || true; t1=$(now_ms)
    echo $((t1 - t0)) >>"$work/db.ms"
  done
  j=$(median <"$work/jsonl.ms"); d=$(median <"$work/db.ms")
  echo "== $corpus: $docs documents; $(tail -n 1 "$work/db.err")"
  echo "   jsonl runs (ms): $(tr '\n' ' ' <"$work/jsonl.ms") median $j ms = $(awk -v n="$docs" -v t="$j" 'BEGIN {printf "%.0f", n / t * 1000}') documents/s"
  echo "   --db  runs (ms): $(tr '\n' ' ' <"$work/db.ms") median $d ms = $(awk -v n="$docs" -v t="$d" 'BEGIN {printf "%.0f", n / t * 1000}') documents/s"
  echo "   store speed / jsonl speed = $(awk -v j="$j" -v d="$d" 'BEGIN {printf "%.2f", j / d}') (target >= 0.5); store file $(du -h "$work/store.sqlite" | cut -f1)"
done

store="$build/bench-1m.sqlite"
if [ ! -f "$store" ]; then
  echo "== making $store (1M events, 200 actors, 20 years)"
  "$build/bench/store_bench" --make-store="$store"
fi
echo "== bench/store_bench on $store"
PARLEY_BENCH_STORE="$store" $pin "$build/bench/store_bench" --benchmark_repetitions="$repeats" \
  --benchmark_report_aggregates_only=true 2>&1 | grep -E "median|^Benchmark|^--|store:" || true
