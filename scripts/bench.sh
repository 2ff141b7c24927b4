#!/usr/bin/env bash
# Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
#
# End-to-end throughput and memory of `parley bench` on ../shared/corpora
# (one document per line; each file repeated to at least 100,000 sentences,
# counted as Parley splits them; load time reported apart from coding time),
# plus the Google Benchmark targets. Run it on a quiet machine; it runs each
# measurement several times and the medians are what to quote.
#   scripts/bench.sh [BUILD_DIR] [REPEATS]
set -euo pipefail
src_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$src_dir/build}"
repeats="${2:-5}"
corpora="$src_dir/../shared/corpora"
if [ ! -d "$corpora" ]; then
  echo "bench: $corpora is absent; corpus throughput needs ../shared/corpora" >&2
else
  for spec in "fr fr_news_plain.txt" "en en_news_plain.txt"; do
    set -- $spec
    for mode in "--lang $1" "--lines-per-document 20"; do
      for i in $(seq "$repeats"); do
        echo "run $i ${mode:-(language identified per document)}: $(taskset -c 0 "$build/parley" bench $mode --date 2021-02-05 "$corpora/$2" | tr '\n' ' ')"
      done
    done
  done
fi
for b in "$build"/bench/*_bench; do
  echo "== $(basename "$b")"
  taskset -c 0 "$b" --benchmark_repetitions="$repeats" --benchmark_report_aggregates_only=true 2>&1 | grep -E "median|^Run|^--|Benchmark" || true
done
