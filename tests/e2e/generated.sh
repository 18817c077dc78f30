#!/usr/bin/env bash
# The word lists generated from WordNet (scripts/gen-*.py) are what their
# scripts write today: a data file edited by hand, or a script changed
# without regenerating its file, fails here. Skips (77) without python3 or
# WordNet (Debian wordnet-base, which scripts/deps.sh test installs).
set -u
src=${FB_SRC:?FB_SRC not set}
wn=/usr/share/wordnet
command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }
[ -f "$wn/data.noun" ] || { echo "skip: no WordNet in $wn"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
for pair in heads:data/heads.tsv measure-nouns:data/measure-nouns.tsv pasts:data/verb-pasts.tsv \
    people:data/attribution/people.txt plurals:data/nouns-plural.tsv verbs:data/attribution/verbs.tsv; do
  script=${pair%%:*} file=${pair#*:}
  if ! python3 "$src/scripts/gen-$script.py" "$wn" > "$tmp/out" 2> "$tmp/err"; then
    echo "not ok - scripts/gen-$script.py failed: $(head -1 "$tmp/err")"; fail=1
  elif ! cmp -s "$tmp/out" "$src/$file"; then
    echo "not ok - $file differs from what scripts/gen-$script.py writes (regenerate it)"; fail=1
  else
    echo "ok - $file is what scripts/gen-$script.py writes"
  fi
done
exit $fail
