#!/usr/bin/env bash
# Builds and runs every test: the normal build, then the same suite built
# with AddressSanitizer and UBSan. CI runs exactly this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")"
scripts/deps.sh test
jobs=$(nproc)
status=0
for variant in build:OFF build-asan:ON; do
  dir=${variant%%:*}; san=${variant##*:}
  echo "== $dir (sanitizers $san)"
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFB_SANITIZE="$san" >/dev/null
  cmake --build "$dir" -j"$jobs"
  ASAN_OPTIONS=detect_leaks=1 ctest --test-dir "$dir" --output-on-failure -j"$jobs" || status=1
done
exit $status
