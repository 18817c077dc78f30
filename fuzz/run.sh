#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang (ASan+UBSan), replays the seed
# corpus and every past finding (fuzz/regressions), then runs each fuzzer
# for a fixed number of executions on a scratch copy of its corpus. A crash,
# leak, timeout or sanitizer report fails the run; its input is left in
# BUILD-DIR/findings/ (copy it to fuzz/regressions/<harness>/ once fixed).
# usage: fuzz/run.sh [BUILD-DIR]    (default build-fuzz)
# env: FB_FUZZ_RUNS_PIPELINE (3000), FB_FUZZ_RUNS_TEMPLATE (200000),
#      FB_FUZZ_SECONDS (90: a cap per fuzzer on busy machines)
set -uo pipefail
cd "$(dirname "$0")/.."
src=$PWD
build=${1:-build-fuzz}
jobs=$(nproc)
if ! command -v clang >/dev/null; then
  echo "fuzz: clang not installed (scripts/deps.sh test installs it)" >&2
  exit 2
fi
CC=clang cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFB_FUZZ=ON -DFB_TESTS=OFF >/dev/null || exit 2
cmake --build "$build" -j"$jobs" --target fuzz_pipeline fuzz_template >/dev/null || exit 2
mkdir -p "$build/findings"
status=0
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
for h in pipeline template; do
  case $h in
    pipeline) runs=${FB_FUZZ_RUNS_PIPELINE:-3000} max=4096 ;;
    template) runs=${FB_FUZZ_RUNS_TEMPLATE:-200000} max=2048 ;;
  esac
  fz=$build/fuzz_$h
  # every seed and past finding once, drawing every PDF
  if ! FB_FUZZ_PDF_EVERY=1 "$fz" -runs=0 "$src/fuzz/corpus/$h" "$src/fuzz/regressions/$h" > "$build/$h-replay.log" 2>&1; then
    echo "not ok - fuzz: $h replay of the corpus and regressions"; tail -30 "$build/$h-replay.log"; status=1
  else
    echo "ok - fuzz: $h replay ($(find "$src/fuzz/corpus/$h" "$src/fuzz/regressions/$h" -type f | wc -l) inputs)"
  fi
  work=$build/corpus-$h
  rm -rf "$work"; mkdir -p "$work"
  cp "$src/fuzz/corpus/$h"/* "$work"/
  if "$fz" -runs="$runs" -max_total_time="${FB_FUZZ_SECONDS:-90}" -max_len=$max -timeout=20 -rss_limit_mb=2560 \
      -seed=1 -print_final_stats=1 -artifact_prefix="$build/findings/$h-" "$work" > "$build/$h.log" 2>&1; then
    echo "ok - fuzz: $h, $(grep -o 'number_of_executed_units: *[0-9]*' "$build/$h.log" | grep -o '[0-9]*$') runs, no finding"
  else
    echo "not ok - fuzz: $h found something:"; grep -E 'ERROR|SUMMARY|Test unit written' "$build/$h.log" | head -10; status=1
  fi
done
exit $status
