#!/usr/bin/env bash
# End to end: the record (-f json) and the text summary of each of our own
# articles are byte for byte the golden files in tests/golden. After a
# change meant to change them: scripts/update-golden.sh, then read the diff.
set -u
bin=$1; src=${FB_SRC:?}
cd "$src" || exit 1
. tests/golden/articles.sh
export SOURCE_DATE_EPOCH=1700000000
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
fails=0 n=0
for art in "${golden_articles[@]}"; do
  [ -f "$art" ] || { echo "not ok - $art: missing"; fails=$((fails+1)); continue; }
  name=$(basename "$art" .txt)
  for fmt in json txt; do
    want=tests/golden/$name.$fmt
    [ -s "$want" ] || { echo "not ok - $want: missing or empty"; fails=$((fails+1)); continue; }
    f=$fmt; [ $fmt = txt ] && f=text
    pretty=; [ $fmt = json ] && pretty=--pretty
    "$bin" -f $f $pretty "$art" > "$t/got" 2>/dev/null
    if cmp -s "$want" "$t/got"; then echo "ok - $name -f $f"; n=$((n+1))
    else echo "not ok - $name -f $f differs from $want:"; diff "$want" "$t/got" | head -10; fails=$((fails+1)); fi
  done
  # the default record (one line to a file or pipe) is the same record
  "$bin" -f json "$art" > "$t/compact" 2>/dev/null
  if [ "$(wc -l < "$t/compact")" = 1 ] && python3 -c 'import json,sys; sys.exit(json.load(open(sys.argv[1])) != json.load(open(sys.argv[2])))' "$t/compact" "tests/golden/$name.json"; then
    echo "ok - $name -f json: one line, the same record"
  else echo "not ok - $name -f json: not one line, or not the golden record"; fails=$((fails+1)); fi
done
[ $n -ge 10 ] || { echo "not ok - only $n golden files compared"; fails=$((fails+1)); }
exit $fails
