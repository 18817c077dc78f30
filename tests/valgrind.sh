#!/usr/bin/env bash
# Runs the unit tests and a few runs of the binary under valgrind memcheck:
# any error or leak (definite, indirect or possible) fails. test.sh runs it
# on the normal build.  usage: tests/valgrind.sh BUILD-DIR
set -uo pipefail
cd "$(dirname "$0")/.."
src=$PWD
build=$(cd "${1:?usage: tests/valgrind.sh BUILD-DIR}" && pwd)
bin=$build/factbrief
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
export FACTBRIEF_HOME=$src SOURCE_DATE_EPOCH=1700000000
vg=(valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect,possible
  --errors-for-leak-kinds=definite,indirect,possible --trace-children=yes --child-silent-after-fork=no)
fails=0 runs=0
# one NAME EXPECTED-STATUS COMMAND...: the command's own status must be the
# expected one; valgrind's 99 means it found something
one() {
  local name=$1 want=$2; shift 2
  runs=$((runs + 1))
  "${vg[@]}" "$@" > "$t/out" 2> "$t/err"; local rc=$?
  if [ $rc -eq "$want" ]; then echo "ok - valgrind: $name"
  else
    fails=$((fails + 1))
    echo "not ok - valgrind: $name (status $rc, wanted $want)"
    grep -E '^==[0-9]+==' "$t/err" | head -40
  fi
}
for u in "$build"/tests/test_*; do
  [ -x "$u" ] && one "unit $(basename "$u")" 0 "$u"
done
art=$src/examples/harbour-fire.txt
one "PDF brief" 0 "$bin" -q -o "$t/a.pdf" --json "$t/a.json" "$art"
one "JSON record" 0 "$bin" -f json -o "$t/a.json" "$art"
one "text summary" 0 "$bin" -f text -o "$t/a.txt" "$art"
one "--list-numbers" 0 "$bin" --list-numbers "$art"
for f in "$src"/fuzz/corpus/pipeline/*; do
  one "seed $(basename "$f")" 0 "$bin" -q --lossy -f json -o "$t/s.json" "$f"
done
printf '  \n\n' > "$t/blank.txt"
one "white space only, PDF" 0 "$bin" -q -o "$t/b.pdf" "$t/blank.txt"
printf 'ok \xe2\x82 bad\n' > "$t/bad.txt"
one "invalid UTF-8" 2 "$bin" -q -f json -o "$t/x.json" "$t/bad.txt"
printf 'page = 10x10\n' > "$t/tpl"
one "bad template" 2 "$bin" -q -t "$t/tpl" -o "$t/x.pdf" "$art"
one "write into a missing folder" 2 "$bin" -q -o "$t/none/x.pdf" "$art"
mkdir -p "$t/batch"
one "batch with a bad article, -j 1" 2 "$bin" -q -j 1 -f json -o "$t/batch" "$art" "$t/bad.txt" "$t/blank.txt"
one "batch, -j 2" 0 "$bin" -q -j 2 -o "$t/batch" "$art" "$t/blank.txt"
echo "valgrind: $runs runs, $fails failed"
[ $fails -eq 0 ]
