#!/usr/bin/env bash
# Builds and runs every test: the normal build, then the same suite built
# with AddressSanitizer and UBSan; valgrind over the unit tests and a few
# runs; static analysis (cppcheck, clang-tidy); the libFuzzer harnesses for
# a fixed number of runs. CI runs exactly this (.ci/run).
# FB_BUILD_PREFIX names the build folders (default build: build,
# build-asan, build-fuzz), for working trees shared by several people.
set -euo pipefail
cd "$(dirname "$0")"
scripts/deps.sh test
# everything scripts/deps.sh installed is now required: a test that would
# skip for a missing tool fails instead
export FB_REQUIRE_TOOLS=1
jobs=$(nproc)
prefix=${FB_BUILD_PREFIX:-build}
status=0
step() { echo "== $1 (at ${SECONDS}s)"; }
for variant in "$prefix":OFF "$prefix"-asan:ON; do
  dir=${variant%%:*}; san=${variant##*:}
  step "$dir (sanitizers $san)"
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFB_SANITIZE="$san" \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
  cmake --build "$dir" -j"$jobs"
  ASAN_OPTIONS=detect_leaks=1 ctest --test-dir "$dir" --output-on-failure -j"$jobs" || status=1
done
step "valgrind (memcheck, leaks)"
tests/valgrind.sh "$prefix" || status=1
step "static analysis (cppcheck, clang-tidy)"
tests/lint.sh "$prefix" || status=1
step "fuzzers (fixed number of runs)"
fuzz/run.sh "$prefix"-fuzz || status=1
step "done, status $status"
exit $status
