#!/bin/bash
# numbers_suite.sh - scores the number stage on the shared Recognizers-Text
# suite and fails when the total "right" share drops below the level reached.
# $1: the factbrief binary. Skips (77) when the shared tree is absent.
set -u
BIN=${1:?usage: numbers_suite.sh FACTBRIEF}
SHARED=${FB_SHARED:-}
# Reached when the grammar landed; raise it as the grammar improves.
MIN_RIGHT=96.5
EVAL="$SHARED/tools/eval-numbers"
SUITE="$SHARED/eval/numbers/recognizers-en.jsonl"
if [ -z "$SHARED" ] || [ ! -x "$EVAL" ] && [ ! -f "$EVAL" ] || [ ! -f "$SUITE" ]; then
	echo "shared suite not found; skipping"
	exit 77
fi
out=$(python3 "$EVAL" "$SUITE" "$BIN") || { echo "$out"; exit 1; }
echo "$out"
right=$(echo "$out" | sed -n 's/^found [0-9.]*%  right \([0-9.]*\)%.*/\1/p' | tail -1)
if [ -z "$right" ]; then
	echo "numbers_suite: no total in eval output"
	exit 1
fi
if ! awk -v r="$right" -v m="$MIN_RIGHT" 'BEGIN { exit !(r + 0 >= m + 0) }'; then
	echo "numbers_suite: right $right% < $MIN_RIGHT%"
	exit 1
fi
