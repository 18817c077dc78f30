#!/usr/bin/env bash
# End to end: --render of a stored record that is broken (a member of the
# wrong type, a record cut short, a record with members taken away) exits
# 2 with one line saying what is wrong and writes nothing; a record with
# members left out (absent, not wrong) still draws.
set -u
bin=$1; src=${FB_SRC:?}
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
export SOURCE_DATE_EPOCH=1700000000
fails=0
check() { if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; fails=$((fails+1)); fi; }
art=$src/examples/harbour-fire.txt
[ -s "$art" ] || { echo "not ok - $art missing"; exit 1; }
"$bin" -q "$art" -o "$t/h.pdf" --json "$t/h.json" || { echo "not ok - run"; exit 1; }
[ -s "$t/h.json" ] || { echo "not ok - no record written"; exit 1; }
# refuse: RECORD, EDIT (python), WANT (a fixed string of the message)
refuse() {
  python3 - "$t/h.json" "$t/bad.json" "$2" <<'PY' || { echo "not ok - $1: cannot edit"; fails=$((fails+1)); return; }
import json, sys
r = json.load(open(sys.argv[1]))
exec(sys.argv[3])
open(sys.argv[2], "w").write(json.dumps(r, indent=2))
PY
  rm -f "$t/x.pdf"; printf '%s\n' "$3" > "$t/want"
  "$bin" --render "$t/bad.json" "$art" -o "$t/x.pdf" 2> "$t/err"; rc=$?
  check "$1: exit 2, one line naming it, no brief" \
    "[ $rc -eq 2 ] && [ \$(wc -l < $t/err) -eq 1 ] && grep -qFf $t/want $t/err && [ ! -e $t/x.pdf ]"
}
command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }
refuse "a paragraph number as text" 'r["claims"][0]["paragraph"] = "2"' "claims[0].paragraph: an integer expected, got a string"
refuse "a quantity as a list" 'r["claims"][0]["quantity"] = [1]' "claims[0].quantity: an object expected, got an array"
refuse "claims as an object" 'r["claims"] = {}' "claims: an array expected, got an object"
refuse "an unknown status" 'r["groups"][0]["status"] = "doubtful"' "groups[0].status: unknown status 'doubtful'"
refuse "a role as a number" 'r["sources"][0]["roles"] = [3]' "sources[0].roles[0]: a string expected, got an integer"
# cut short: not JSON, named with its line
head -c $(( $(wc -c < "$t/h.json") / 2 )) "$t/h.json" > "$t/cut.json"
"$bin" --render "$t/cut.json" "$art" -o "$t/y.pdf" 2> "$t/err"; rc=$?
check "a record cut in half: exit 2, one line with its line number" \
  "[ $rc -eq 2 ] && [ \$(wc -l < $t/err) -eq 1 ] && grep -q 'cut.json:[0-9]*:[0-9]*: not a JSON record' $t/err && [ ! -e $t/y.pdf ]"
# members left out are absent, not wrong: the brief is still drawn
python3 - "$t/h.json" "$t/thin.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for c in r["claims"]:
    for k in ("cue", "scope", "flags", "quantity"):
        c.pop(k, None)
r.pop("events", None)
open(sys.argv[2], "w").write(json.dumps(r))
PY
"$bin" -q --render "$t/thin.json" "$art" -o "$t/thin.pdf"; rc=$?
check "members left out: drawn" "[ $rc -eq 0 ] && [ -s $t/thin.pdf ] && head -c 5 $t/thin.pdf | grep -q '%PDF-'"
"$bin" --render "$t/thin.json" "$art" -f text > "$t/thin.txt"
check "members left out: the summary has every claim" "[ \$(grep -c '^    C[0-9]' $t/thin.txt) -ge 1 ]"
exit $fails
