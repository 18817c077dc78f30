#!/usr/bin/env bash
# Writes every rendered output of BIN for our articles and the public ones
# into OUTDIR, so that two builds can be compared byte for byte:
#   scripts/same-output.sh OLD/factbrief /tmp/before
#   scripts/same-output.sh build/factbrief /tmp/after
#   diff -r /tmp/before /tmp/after && echo same
# Per article: the brief (default PDF/A-3b, and --pdfa none), the text
# summary, the record, and the brief and summary drawn again with --render
# from the record; --compare on the example reports and the changed align
# articles; a --jsonl batch with -o (the worker's brief). SOURCE_DATE_EPOCH
# is fixed. Articles in ../shared are used when present.
set -eu
bin=$(realpath "$1"); out=$2
src=$(cd "$(dirname "$0")/.." && pwd); shared=${FB_SHARED:-$src/../shared}
export SOURCE_DATE_EPOCH=1700000000
rm -rf "$out"; mkdir -p "$out"
arts=("$src"/examples/*.txt "$src"/tests/fixtures/sample.txt "$src"/tests/articles/*.txt "$src"/tests/align/*.txt)
if [ -d "$shared/corpus" ]; then
  arts+=("$shared"/corpus/*.txt "$shared"/corpus/wikinews/*.txt)
fi
n=0
for a in "${arts[@]}"; do
  name=$(basename "$(dirname "$a")")-$(basename "$a" .txt); d=$out/$name
  mkdir -p "$d"
  "$bin" -q "$a" -o "$d/brief.pdf" --json "$d/record.json"
  "$bin" -q --pdfa none "$a" -o "$d/brief-none.pdf"
  "$bin" -q -f text "$a" > "$d/summary.txt"
  "$bin" -q -f json "$a" > "$d/record-f.json"
  "$bin" -q --render "$d/record.json" "$a" -o "$d/render.pdf"
  "$bin" -q --render "$d/record.json" "$a" -f text > "$d/render.txt"
  n=$((n+1))
done
cmpdir=$out/compare; mkdir -p "$cmpdir"
"$bin" -q --compare "$src"/examples/compare/*.txt -o "$cmpdir/examples.pdf" --json "$cmpdir/examples.json"
"$bin" -q --compare "$src"/examples/compare/*.txt -f text > "$cmpdir/examples.txt"
for c in "$src"/tests/align/*-changed.txt; do
  base=${c%-changed.txt}.txt; name=$(basename "$base" .txt)
  "$bin" -q --compare "$base" "$c" -o "$cmpdir/$name.pdf"
  "$bin" -q --compare "$base" "$c" -f text > "$cmpdir/$name.txt"
done
# a batch of JSON lines with briefs: the worker's path
mkdir -p "$out/jsonl"
python3 - "$src"/examples/*.txt "$src"/tests/articles/*.txt > "$out/lines.jsonl" <<'PY'
import json, sys
for i, p in enumerate(sys.argv[1:]):
    print(json.dumps({"id": "a%d" % i, "text": open(p, encoding="utf-8").read()}))
PY
"$bin" -q --jsonl -j 1 -o "$out/jsonl" < "$out/lines.jsonl" > "$out/jsonl/lines.out"
echo "$n articles written to $out"
