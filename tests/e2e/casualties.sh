#!/usr/bin/env bash
# Counts of people (issue 16): the shared casualty scorer on our own
# hand-labelled releases (tests/casualties/heldout.jsonl) and on the public
# suite (../shared/eval/casualties). Fails when the releases passed fall
# below the floor reached so far, or false positives rise. Skips (77)
# without ../shared (the scorer lives there).
set -u
bin=$1; shared=${FB_SHARED:-}; src=${FB_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}
scorer=$shared/tools/eval-casualties
[ -n "$shared" ] && [ -x "$scorer" ] || { echo "skip: no ../shared"; exit 77; }
fails=0
check() { # SUITE FLOOR-PASSED MAX-FP-KILLED MAX-FP-CAPTURED
  local out passed
  [ -s "$1" ] || { echo "not ok - $1 missing or empty"; fails=$((fails+1)); return; }
  out=$("$scorer" "$1" "$bin")
  echo "$out" | tail -4 | sed "s|^|$(basename "$1"): |"
  if ! [[ $out =~ casualties:\ ([0-9]+)\ passed ]]; then
    echo "not ok - $1: cannot read the scorer's output"; fails=$((fails+1)); return
  fi
  passed=${BASH_REMATCH[1]}
  [ "$passed" -ge "$2" ] || { echo "not ok - $1: $passed passed, floor $2"; fails=$((fails+1)); }
  [[ $out =~ killed:.*false\ positives\ ([0-9]+)/ ]] && [ "${BASH_REMATCH[1]}" -le "$3" ] ||
    { echo "not ok - $1: killed false positives above $3"; fails=$((fails+1)); }
  [[ $out =~ captured:.*false\ positives\ ([0-9]+)/ ]] && [ "${BASH_REMATCH[1]}" -le "$4" ] ||
    { echo "not ok - $1: captured false positives above $4"; fails=$((fails+1)); }
}
check "$src/tests/casualties/heldout.jsonl" 75 0 0
check "$shared/eval/casualties/isaf-dev.jsonl" 550 3 3
[ $fails -eq 0 ]
