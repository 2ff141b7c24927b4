#!/usr/bin/env bash
# Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
#
# Builds every libFuzzer target (fuzz/*_fuzz.cc) and runs each for a while.
#   scripts/fuzz-smoke.sh [BUILD_DIR] [SECONDS]
# BUILD_DIR defaults to build-fuzz beside the source tree and is configured
# with clang-16 when it has no CMakeCache.txt yet; SECONDS (default 30) is
# each fuzzer's -max_total_time. Corpora grow in BUILD_DIR/fuzz-corpus/<name>
# (seeded from fuzz/corpus/<name> when that exists); crash inputs land in
# BUILD_DIR/fuzz-artifacts/. Exits non-zero when any fuzzer finds a crash,
# leak, timeout or sanitizer error, or when the build fails.
set -euo pipefail

src_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${1:-$src_dir/build-fuzz}"
seconds="${2:-30}"
jobs="${PARLEY_FUZZ_BUILD_JOBS:-2}"

if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
  echo "fuzz-smoke: SECONDS must be a whole number, got '$seconds'" >&2
  exit 2
fi

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  echo "fuzz-smoke: configuring $build_dir with clang-16"
  CC="${CC:-clang-16}" CXX="${CXX:-clang++-16}" cmake -S "$src_dir" -B "$build_dir" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARLEY_BUILD_FUZZERS=ON \
    -DPARLEY_BUILD_TESTS=OFF -DPARLEY_BUILD_BENCHMARKS=OFF
fi
cmake --build "$build_dir" -j"$jobs" --target parley_fuzzers

mapfile -t fuzzers < <(find "$build_dir/fuzz" -maxdepth 1 -type f -name '*_fuzz' -perm -u+x | sort)
if [ ${#fuzzers[@]} -eq 0 ]; then
  echo "fuzz-smoke: no *_fuzz executables in $build_dir/fuzz" >&2
  exit 1
fi

artifacts="$build_dir/fuzz-artifacts"
mkdir -p "$artifacts"
failed=()
for fuzzer in "${fuzzers[@]}"; do
  name="$(basename "$fuzzer")"
  corpus="$build_dir/fuzz-corpus/$name"
  mkdir -p "$corpus"
  seeds=()
  if [ -d "$src_dir/fuzz/corpus/$name" ]; then seeds=("$src_dir/fuzz/corpus/$name"); fi
  log="$build_dir/fuzz-$name.log"
  echo "fuzz-smoke: $name for ${seconds}s (log: $log)"
  if "$fuzzer" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2560 -print_final_stats=1 \
       -artifact_prefix="$artifacts/$name-" "$corpus" "${seeds[@]}" >"$log" 2>&1; then
    execs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)"
    echo "fuzz-smoke: $name ok (${execs:-?} runs)"
  else
    echo "fuzz-smoke: $name FAILED; last lines of $log:" >&2
    tail -n 30 "$log" >&2
    failed+=("$name")
  fi
done

if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzz-smoke: ${#failed[@]} fuzzer(s) failed: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz-smoke: all ${#fuzzers[@]} fuzzer(s) ran clean"
