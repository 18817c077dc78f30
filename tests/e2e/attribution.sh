#!/usr/bin/env bash
# Who-said-what on hand-marked articles, scored with
# ../shared/tools/eval-attribution: the 24 Wikinews articles (their .ann in
# tests/attribution/wikinews, the text copied from ../shared/corpus into a
# temporary folder, never into the repository) and our own articles
# (tests/attribution/ours). Skips (77) without ../shared. Fails when a set of
# marks is missing or empty, when the scorer's output cannot be read, when a
# run fails, or when source F1 falls below the floor reached so far.
set -u
bin=$1; shared=${FB_SHARED:-}; src=${FB_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}
[ -n "$shared" ] && [ -x "$shared/tools/eval-attribution" ] && [ -d "$shared/corpus/wikinews" ] ||
  { echo "skip: no ../shared"; exit 77; }
command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }
# floors: a little below the figures of the branch that set them
declare -A floor=( [wikinews]=0.875 [ours]=0.975 )
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
mkdir -p "$t/wikinews"
n=0
for a in "$src"/tests/attribution/wikinews/*.ann; do
  name=$(basename "$a" .ann)
  [ -f "$shared/corpus/wikinews/$name.txt" ] || { echo "not ok - no corpus text for $name"; exit 1; }
  cp "$shared/corpus/wikinews/$name.txt" "$a" "$t/wikinews/"
  [ -s "$a" ] && n=$((n+1))  # an empty .ann is an article with no attributions
done
[ "$n" -gt 0 ] || { echo "not ok - no marked Wikinews articles in tests/attribution/wikinews"; exit 1; }
ls "$src"/tests/attribution/ours/*.ann >/dev/null 2>&1 || { echo "not ok - no marked articles in tests/attribution/ours"; exit 1; }
fails=0
for set in wikinews ours; do
  dir="$t/wikinews"; [ "$set" = ours ] && dir="$src/tests/attribution/ours"
  out=$(python3 "$shared/tools/eval-attribution" "$dir" "$bin") || { echo "not ok - $set: scorer failed"; fails=$((fails+1)); continue; }
  line=$(printf '%s\n' "$out" | grep -E 'source P [0-9.]+ R [0-9.]+ F1 [0-9.]+')
  f1=$(printf '%s\n' "$line" | sed -nE 's/.*F1 ([0-9.]+).*/\1/p')
  failed=$(printf '%s\n' "$line" | sed -nE 's/.* ([0-9]+) failed runs.*/\1/p')
  marked=$(printf '%s\n' "$line" | sed -nE 's/.*\(([0-9]+) marked.*/\1/p')
  echo "$set: $line"
  if [ -z "$f1" ] || [ -z "$failed" ] || [ -z "$marked" ]; then
    echo "not ok - $set: cannot read the scorer's output"; fails=$((fails+1)); continue
  fi
  [ "$marked" -gt 0 ] || { echo "not ok - $set: no marked attributions"; fails=$((fails+1)); continue; }
  [ "$failed" -eq 0 ] || { echo "not ok - $set: $failed runs failed"; fails=$((fails+1)); }
  if ! python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) >= float(sys.argv[2]) else 1)' "$f1" "${floor[$set]}"; then
    echo "not ok - $set: source F1 $f1 below its floor ${floor[$set]}"; fails=$((fails+1))
  fi
done
[ $fails -eq 0 ]
