#!/usr/bin/env bash
# End to end: --render draws from an archived record the same brief and
# the same text summary as the article's own run, and refuses a record
# that is not one, or an article that is not the record's.
set -u
bin=$1; src=${FB_SRC:?}
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
export SOURCE_DATE_EPOCH=1700000000
fails=0
check() { if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; fails=$((fails+1)); fi; }
n=0
for art in "$src"/examples/*.txt "$src"/tests/fixtures/sample.txt; do
  name=$(basename "$art" .txt); n=$((n+1))
  "$bin" -q "$art" -o "$t/$name.pdf" --json "$t/$name.json" || { echo "not ok - $name: run"; fails=$((fails+1)); continue; }
  "$bin" -q --render "$t/$name.json" -o "$t/$name.again.pdf"
  check "$name: --render gives the same PDF" "cmp -s $t/$name.pdf $t/$name.again.pdf"
  "$bin" -f text "$art" > "$t/$name.txt"
  "$bin" --render "$t/$name.json" -f text > "$t/$name.again.txt"
  check "$name: --render -f text gives the same summary" "[ -s $t/$name.txt ] && cmp -s $t/$name.txt $t/$name.again.txt"
done
check "articles rendered again" "[ $n -ge 2 ]"
art=$src/examples/harbour-fire.txt
"$bin" -q "$art" -o "$t/h.pdf" --json "$t/h.json"
printf 'Another article.\n' > "$t/other.txt"
"$bin" --render "$t/h.json" "$t/other.txt" -o "$t/x.pdf" 2> "$t/err"; rc=$?
check "another article: exit 2, one line naming it, no output" "[ $rc -eq 2 ] && [ \$(wc -l < $t/err) -eq 1 ] && grep -q other.txt $t/err && [ ! -e $t/x.pdf ]"
"$bin" --render "$t/other.txt" -o "$t/y.pdf" 2> "$t/err"; rc=$?
check "not a record: exit 2, one line with the line number" "[ $rc -eq 2 ] && [ \$(wc -l < $t/err) -eq 1 ] && grep -q 'other.txt:1:' $t/err && [ ! -e $t/y.pdf ]"
printf '{"schema": "something/2"}' > "$t/s.json"
"$bin" --render "$t/s.json" -o "$t/z.pdf" 2> "$t/err"; rc=$?
check "another schema: exit 2" "[ $rc -eq 2 ] && grep -q 'factbrief.record/1' $t/err && [ ! -e $t/z.pdf ]"
"$bin" --render "$t/h.json" -f json 2> "$t/err"; rc=$?
check "--render -f json is a usage error" "[ $rc -eq 2 ]"
exit $fails
