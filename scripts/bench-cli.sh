#!/usr/bin/env bash
# Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
#
# End-to-end measurements of `parley code`, medians of REPEATS runs:
#   threads   the news corpora (../shared/corpora/*_news_plain.txt, one
#             document per line: --split lines), each alone and both in
#             one run, with --threads 1 and 2;
#             outputs must be byte-identical; prints wall time, the
#             pipeline's own time (coding_ms, load excluded) and the ratio.
#   large     one document of 16 MiB and one of 32 MiB (the French corpus
#             repeated, cut at a line end): time and peak RSS, and the
#             32/16 ratio (linear would be 2).
#   scripts/bench-cli.sh [BUILD_DIR] [REPEATS] [threads|large|all]
# The machine is shared: run it when quiet, read medians, and keep the
# output dated in bench/results/.
set -euo pipefail
src_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$src_dir/build}"
repeats="${2:-5}"
what="${3:-all}"
parley="$build/parley"
corpora="$src_dir/../shared/corpora"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# Runs parley, prints "wall_s coding_s peak_rss_mb".
run() {
  local out="$1"; shift
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$parley" code -q "$@" -o "$out" 2>"$tmp/err" || test $? -eq 3
  local coding_ms
  coding_ms="$(grep -o 'coding_ms=[0-9]*' "$tmp/err" | tail -1 | cut -d= -f2)"
  read -r wall rss < <(tail -n 1 "$tmp/time")
  echo "$wall $(awk -v c="$coding_ms" 'BEGIN {printf "%.3f", c / 1000}') $(awk -v r="$rss" 'BEGIN {printf "%.0f", r / 1024}')"
}

echo "bench-cli: $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $("$parley" --version | head -1)"

if [ "$what" = all ] || [ "$what" = threads ]; then
  if [ ! -d "$corpora" ]; then
    echo "bench-cli: $corpora is absent; the threads benchmark needs ../shared/corpora" >&2
  else
    # Each corpus alone, then both in one run (how an archive is coded: the
    # one-off dictionary load, ~0.1 s, is a sixth of the French run alone).
    for corpus in fr_news_plain.txt en_news_plain.txt both; do
      files=("$corpora/$corpus")
      [ "$corpus" = both ] && files=("$corpora/fr_news_plain.txt" "$corpora/en_news_plain.txt")
      for t in 1 2; do : >"$tmp/wall$t"; : >"$tmp/coding$t"; done
      for i in $(seq "$repeats"); do
        for t in 1 2; do
          read -r wall coding rss < <(run "$tmp/out$t.jsonl" --threads "$t" --split lines --date 2021-02-05 "${files[@]}")
          echo "$wall" >>"$tmp/wall$t"; echo "$coding" >>"$tmp/coding$t"
          echo "  $corpus run $i threads=$t wall_s=$wall coding_s=$coding peak_rss_mb=$rss"
        done
        cmp -s "$tmp/out1.jsonl" "$tmp/out2.jsonl" || { echo "bench-cli: --threads 2 output differs from --threads 1 on $corpus" >&2; exit 1; }
      done
      w1=$(median <"$tmp/wall1"); w2=$(median <"$tmp/wall2"); c1=$(median <"$tmp/coding1"); c2=$(median <"$tmp/coding2")
      echo "$corpus: median wall_s threads1=$w1 threads2=$w2 speedup=$(awk -v a="$w1" -v b="$w2" 'BEGIN {printf "%.2f", a / b}');" \
           "median coding_s threads1=$c1 threads2=$c2 speedup=$(awk -v a="$c1" -v b="$c2" 'BEGIN {printf "%.2f", a / b}'); outputs identical"
    done
  fi
fi

if [ "$what" = all ] || [ "$what" = large ]; then
  if [ ! -f "$corpora/fr_news_plain.txt" ]; then
    echo "bench-cli: the large-document benchmark needs ../shared/corpora/fr_news_plain.txt" >&2
  else
    for mib in 16 32; do
      /usr/bin/python3 - "$corpora/fr_news_plain.txt" "$tmp/doc$mib.txt" "$mib" <<'PY'
import sys
src = open(sys.argv[1], "rb").read()
n = int(sys.argv[3]) << 20
out = (src * (n // len(src) + 1))[: n - 4096]
open(sys.argv[2], "wb").write(out[: out.rfind(b"\n")])
PY
    done
    for mib in 16 32; do : >"$tmp/large$mib"; : >"$tmp/rss$mib"; done
    for i in $(seq "$repeats"); do
      for mib in 16 32; do
        read -r wall coding rss < <(run "$tmp/large$mib.jsonl" --threads 1 --lang fr --date 2021-02-05 "$tmp/doc$mib.txt")
        echo "$wall" >>"$tmp/large$mib"; echo "$rss" >>"$tmp/rss$mib"
        echo "  ${mib} MiB run $i wall_s=$wall coding_s=$coding peak_rss_mb=$rss"
      done
    done
    t16=$(median <"$tmp/large16"); t32=$(median <"$tmp/large32")
    echo "large: median wall_s 16MiB=$t16 32MiB=$t32 ratio=$(awk -v a="$t32" -v b="$t16" 'BEGIN {printf "%.2f", a / b}');" \
         "median peak_rss_mb 16MiB=$(median <"$tmp/rss16") 32MiB=$(median <"$tmp/rss32")"
  fi
fi
