#!/usr/bin/env bash
# End to end: the command line on our example article. Checks the record
# field by field, exit statuses, errors naming the file, no partial output,
# and that --help, the README and the man page list the same options.
set -u
bin=$1; src=${FB_SRC:?}
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
fails=0 passes=0
check() { if eval "$2"; then echo "ok - $1"; passes=$((passes+1)); else echo "not ok - $1"; fails=$((fails+1)); fi; }
art=$src/examples/harbour-fire.txt

SOURCE_DATE_EPOCH=1700000000 "$bin" -f json "$art" > "$t/r.json"; rc=$?
check "json run exits 0" "[ $rc -eq 0 ]"
python3 - "$t/r.json" "$art" <<'PY' || fails=$((fails+1))
import hashlib, json, sys
r = json.load(open(sys.argv[1])); data = open(sys.argv[2], 'rb').read()
bad = []
def want(cond, what):
    print(("ok - " if cond else "not ok - ") + what)
    if not cond: bad.append(what)
want(r["schema"] == "factbrief.record/1", "schema")
want(r["tool"] == {"name": "factbrief", "version": "0.1.0"}, "tool")
want(r["generated"] == "2023-11-14T22:13:20Z", "generated honours SOURCE_DATE_EPOCH")
want(r["input"]["bytes"] == len(data), "input bytes")
want(r["input"]["sha256"] == hashlib.sha256(data).hexdigest(), "input sha256")
want(r["input"]["title"].startswith("At least six people"), "title is the first paragraph")
want(list(r.keys()) == ["schema", "tool", "generated", "input", "paragraphs", "sources", "claims", "groups", "events", "summary"], "key order")
want(len(r["paragraphs"]) == 9 and r["paragraphs"][-1]["boilerplate"] and not r["paragraphs"][0]["boilerplate"], "paragraphs and boilerplate")
for p in r["paragraphs"]:
    s = data[p["start"]:p["end"]].decode()
    if s != s.strip() or not s: bad.append("paragraph span %d" % p["n"])
keys = ["id","type","paragraph","sentence","start","end","text","source","sources","source_candidates","via","flags"]
for c in r["claims"]:
    if any(k not in c for k in keys): bad.append("claim keys " + c["id"])
    q = c.get("quantity")
    if q and data[q["start"]:q["end"]].decode() != q["surface"]: bad.append("surface span " + c["id"])
want(not bad, "claims carry every field and exact spans")
byq = {c["quantity"]["surface"]: c for c in r["claims"] if "quantity" in c}
q = byq.get("At least six", {}).get("quantity", {})
want(q.get("min") == 6 and q.get("max") is None and q.get("value") is None, "'At least six' is [6, null]")
q = byq.get("Three firefighters, two dock workers and one security guard", {}).get("quantity", {})
want(q.get("value") == 6 and [p["value"] for p in q.get("parts", [])] == [3, 2, 1], "enumeration = 6 with parts")
conf = [g for g in r["groups"] if g["status"] == "conflict"]
want(any("5 (2 firefighters + 3 dock workers)" in x["reason"] for g in conf for x in g["conflicts"]), "planted conflict found and explained")
want(r["summary"]["conflicts"] == len(conf), "summary counts conflicts")
for g in r["groups"]:
    for x in g["conflicts"]:
        pa = next(c["paragraph"] for c in r["claims"] if c["id"] == x["a"])
        pb = next(c["paragraph"] for c in r["claims"] if c["id"] == x["b"])
        if 8 in (pa, pb): bad.append("last year's fire compared")
want("last year's fire compared" not in bad, "another event is not compared")
sys.exit(1 if bad else 0)
PY

"$bin" -q --fail-on-conflict -f json -o "$t/x.json" "$art"; rc=$?
check "--fail-on-conflict exits 1 on a conflict" "[ $rc -eq 1 ] && [ -s $t/x.json ]"
printf 'The council met on Monday.\n' > "$t/calm.txt"
"$bin" -q --fail-on-conflict -f json -o "$t/calm.json" "$t/calm.txt"; rc=$?
check "--fail-on-conflict exits 0 without one" "[ $rc -eq 0 ]"
"$bin" -f text "$art" > "$t/s.txt"
# the record: one line to a file or pipe, indented with --pretty; the same
# record, and the brief attaches it as the --json file has it
# (one fixed clock: two runs may straddle a second and differ in "generated")
SOURCE_DATE_EPOCH=1700000000 "$bin" -f json -o "$t/c1.json" "$art"
SOURCE_DATE_EPOCH=1700000000 "$bin" -f json --pretty "$art" > "$t/c2.json"
check "record is one line by default" "[ \$(wc -l < $t/c1.json) -eq 1 ]"
check "--pretty indents the record" "[ \$(wc -l < $t/c2.json) -gt 100 ] && grep -q '^  \"claims\": \\[' $t/c2.json"
check "compact and pretty records are the same" "python3 -c 'import json,sys; sys.exit(json.load(open(sys.argv[1])) != json.load(open(sys.argv[2])))' $t/c1.json $t/c2.json"
"$bin" -q -o "$t/p.pdf" --json "$t/p.json" --pretty "$art"
check "--pretty --json writes the indented record" "[ \$(wc -l < $t/p.json) -gt 100 ]"
# the record of a brief to standard output (it goes through a temporary file)
SOURCE_DATE_EPOCH=1700000000 "$bin" -q -o "$t/p2.pdf" --json - "$art" > "$t/p2.json"; rc=$?
check "--json - writes the brief's record to standard output" "[ $rc -eq 0 ] && [ -s $t/p2.pdf ] && cmp -s $t/p2.json $t/c1.json"
check "text summary leads with conflicts" "head -12 $t/s.txt | grep -q CONFLICT"
"$bin" -f json - < "$art" | python3 -c 'import json,sys; r=json.load(sys.stdin); sys.exit(r["input"]["path"] != "-")'
check "standard input" "[ $? -eq 0 ]"

# bad input: exit 2, one line naming the file, no output
bad_case() { # name, file, extra args
  rm -f "$t/out.json"
  "$bin" -f json -o "$t/out.json" "${@:3}" "$2" 2> "$t/err"; rc=$?
  check "$1: exit 2" "[ $rc -eq 2 ]"
  check "$1: one line naming the file" "[ \$(wc -l < $t/err) -eq 1 ] && grep -qF -- '$2' $t/err"
  check "$1: no output file" "[ ! -e $t/out.json ] && [ -z \"\$(ls -A $t | grep factbrief-)\" ]"
}
: > "$t/empty.txt";            bad_case "empty file" "$t/empty.txt"
printf 'a\0b' > "$t/nul.txt";   bad_case "NUL byte" "$t/nul.txt"
printf 'ok\n\xc0\xaf\n' > "$t/bad.txt"; bad_case "invalid UTF-8" "$t/bad.txt"
check "invalid UTF-8 names line and offset" "grep -q 'bad.txt:2: invalid UTF-8 at byte offset 3' $t/err"
printf '\xff\xfeh\0i\0' > "$t/u16.txt"; bad_case "UTF-16" "$t/u16.txt"
bad_case "missing file" "$t/nope.txt"
bad_case "folder" "$t"
head -c 2000 /dev/zero | tr '\0' 'a' > "$t/big.txt"; bad_case "over --max-bytes" "$t/big.txt" --max-bytes 1K

# an existing output is left untouched when a run fails
echo keep > "$t/keep.json"
"$bin" -f json -o "$t/keep.json" "$t/nul.txt" 2>/dev/null
check "failed run leaves the old output" "[ \"\$(cat $t/keep.json)\" = keep ]"
"$bin" -f json -o "$t/missing-dir/out.json" "$art" 2> "$t/err"; rc=$?
check "missing output folder: exit 2 naming it" "[ $rc -eq 2 ] && grep -q missing-dir $t/err"

# usage errors
"$bin" --format xml "$art" 2>/dev/null; check "bad --format exits 2" "[ $? -eq 2 ]"
"$bin" 2>/dev/null; check "no article exits 2" "[ $? -eq 2 ]"
"$bin" --bogus "$art" 2>/dev/null; check "unknown option exits 2" "[ $? -eq 2 ]"
# a size that would wrap round to a small limit is refused, not obeyed
"$bin" --max-bytes 99999999999999999G -f json -o "$t/wrap.json" "$art" 2> "$t/err"; rc=$?
check "--max-bytes too large: exit 2, said, nothing written" "[ $rc -eq 2 ] && grep -q 'too large' $t/err && [ ! -e $t/wrap.json ]"
"$bin" --max-bytes 16384G -f json -o "$t/huge.json" "$art" 2>/dev/null
check "--max-bytes 16384G is a limit no article reaches" "[ $? -eq 0 ] && [ -s $t/huge.json ]"

# --help, README and man page list the same long options
help_opts=$("$bin" --help | grep -o -- '--[a-z-]*' | sort -u)
readme_opts=$(grep -o -- '`-[^`]*`' "$src/README.md" | grep -o -- '--[a-z-]*' | sort -u)
man_opts=$(grep -o -- '\\-\\-[a-z\\-]*' "$src/man/factbrief.1" | sed 's/\\//g' | sort -u)
check "README lists every --help option" "[ \"\$help_opts\" = \"\$(comm -12 <(echo \"\$help_opts\") <(echo \"\$readme_opts\"))\" ]"
check "man page lists every --help option" "[ \"\$help_opts\" = \"\$(comm -12 <(echo \"\$help_opts\") <(echo \"\$man_opts\"))\" ]"
"$bin" --version | grep -q '^factbrief 0.1.0$'; check "--version" "[ $? -eq 0 ]"

echo "cli: $passes checks passed, $fails failed"
[ $fails -eq 0 ]
