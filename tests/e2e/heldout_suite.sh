#!/bin/bash
# heldout_suite.sh - scores the number stage on our own held-out amounts
# (tests/numbers/heldout.tsv, written before the rules it tests) with the shared
# scorer, and fails when the "right" share drops below the level reached.
# $1: the factbrief binary. Skips (77) when the shared tree is absent.
set -u
BIN=${1:?usage: heldout_suite.sh FACTBRIEF}
SHARED=${FB_SHARED:-}
SRC=${FB_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}
# A little below the level reached; raise it as the grammar improves.
MIN_RIGHT=98.0
EVAL="$SHARED/tools/eval-numbers"
if [ -z "$SHARED" ] || [ ! -f "$EVAL" ] || [ ! -f "$SHARED/tools/units.tsv" ]; then
	echo "shared scorer not found; skipping"
	exit 77
fi
suite=$(mktemp --suffix=.jsonl)
trap 'rm -f "$suite"' EXIT
python3 "$SRC/scripts/tsv2suite.py" "$SRC/tests/numbers/heldout.tsv" \
	"$SHARED/tools/units.tsv" >"$suite" || exit 1
out=$(python3 "$EVAL" "$suite" "$BIN" --show "${SHOW:-0}") || { echo "$out"; exit 1; }
echo "$out"
right=$(echo "$out" | sed -n 's/^found [0-9.]*%  right \([0-9.]*\)%.*/\1/p' | tail -1)
if [ -z "$right" ]; then
	echo "heldout_suite: no total in eval output"
	exit 1
fi
if ! awk -v r="$right" -v m="$MIN_RIGHT" 'BEGIN { exit !(r + 0 >= m + 0) }'; then
	echo "heldout_suite: right $right% < $MIN_RIGHT%"
	exit 1
fi
