#!/usr/bin/env bash
# End to end: every fuzzer seed and past finding (fuzz/corpus, fuzz/
# regressions) through the binary of this build, so that the plain and the
# sanitizer builds replay them too: articles with and without --lossy, as
# PDF and JSON; templates with -t. Each run must end with status 0 or 2 (a
# one-line error), never a crash or a sanitizer report.
set -u
bin=$1; src=${FB_SRC:?}
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
export SOURCE_DATE_EPOCH=1700000000
fails=0 n=0
run() { # NAME ARGS...
  n=$((n + 1))
  timeout 120 "$bin" -q "${@:2}" > /dev/null 2> "$t/err"; local rc=$?
  if { [ $rc -eq 0 ] && [ ! -s "$t/err" ]; } || { [ $rc -eq 2 ] && [ "$(wc -l < "$t/err")" -eq 1 ]; }; then
    return
  fi
  # --lossy prints one warning line and succeeds
  if [ $rc -eq 0 ] && [ "$(wc -l < "$t/err")" -eq 1 ] && grep -q 'warning:' "$t/err"; then return; fi
  echo "not ok - $1 (status $rc)"; head -20 "$t/err"; fails=$((fails + 1))
}
art=$src/examples/harbour-fire.txt
for f in "$src"/fuzz/corpus/pipeline/* "$src"/fuzz/regressions/pipeline/*; do
  [ -f "$f" ] || continue
  case $f in */README) continue ;; esac
  run "article $f" -f json -o "$t/o.json" "$f"
  run "article $f, --lossy, PDF" --lossy -o "$t/o.pdf" "$f"
  # a seed that is a record: read as a stored one (refused, or not the
  # article's: either way one line)
  if [ "$(head -c 1 "$f")" = "{" ]; then
    run "record $f" --render "$f" "$art" -o "$t/r.pdf"
  fi
done
for f in "$src"/fuzz/corpus/template/* "$src"/fuzz/regressions/template/*; do
  [ -f "$f" ] || continue
  run "template $f" -t "$f" -o "$t/o.pdf" "$art"
done
echo "fuzz_regressions: $n runs, $fails failed"
# the seeds and findings are in the repository: none found is a failure
[ $n -ge 20 ] || { echo "not ok - only $n inputs found under $src/fuzz"; fails=$((fails+1)); }
[ $fails -eq 0 ]
