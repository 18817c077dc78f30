#!/usr/bin/env bash
# End to end: batch work. A folder as input, -j workers, -o FOLDER, a
# failed article that does not stop the batch (exit 2), --jsonl with a few
# hundred lines (order kept, bad lines reported by number), GNU parallel
# piping, and no progress line when standard error is not a terminal.
set -u
bin=$1; src=${FB_SRC:?}
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
fails=0 passes=0
check() { if eval "$2"; then echo "ok - $1"; passes=$((passes+1)); else echo "not ok - $1"; fails=$((fails+1)); fi; }
export SOURCE_DATE_EPOCH=1700000000

# Our own articles as a folder: the example and the comparator cases
# without their '#' expectation lines, one paragraph a line.
mkdir -p "$t/in" "$t/out" "$t/out1" "$t/pdf"
cp "$src/examples/harbour-fire.txt" "$t/in/"
for f in "$src"/tests/align/*.txt; do grep -v '^#' "$f" > "$t/in/$(basename "$f")"; done
printf 'The council met on Monday. Nobody was hurt.\n' > "$t/in/calm"   # no extension: an article too
printf 'not an article\n' > "$t/in/notes.md"                          # other extensions are skipped
printf 'hidden\n' > "$t/in/.hidden.txt"
n=$(ls "$t/in" | grep -v '\.md$' | wc -l)

"$bin" -f json -o "$t/out" -j 2 "$t/in" 2> "$t/err"; rc=$?
check "folder, -j 2: exit 0" "[ $rc -eq 0 ]"
check "folder: one record per article, named after it" "[ \$(ls $t/out | wc -l) -eq $n ] && [ -s $t/out/harbour-fire.json ] && [ -s $t/out/calm.json ]"
check "folder: other extensions and hidden files skipped" "[ ! -e $t/out/notes.json ] && [ ! -e $t/out/.hidden.json ]"
check "summary line on standard error" "grep -q \"^factbrief: $n articles, [0-9]* claims, [0-9]* conflicts\\?, 0 failed\" $t/err"
check "no progress line when standard error is not a terminal" "! grep -q \$'\\r' $t/err && [ \$(wc -l < $t/err) -eq 1 ]"
"$bin" -q -f json -o "$t/out1" -j 1 "$t/in" 2> "$t/err1"
same=1
for f in "$t"/out/*.json; do cmp -s "$f" "$t/out1/$(basename "$f")" || same=0; done
check "-j 1 and -j 2 give the same records" "[ $same -eq 1 ]"
check "-q: nothing on standard error" "[ ! -s $t/err1 ]"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); sys.exit(r["summary"]["conflicts"] < 1)' "$t/out/harbour-fire.json"
check "batch records are full records" "[ $? -eq 0 ]"

# on a terminal, a progress line (done/total, rate, ETA, failures)
if command -v script > /dev/null; then
  mkdir -p "$t/out2"
  script -qec "'$bin' -f json -o '$t/out2' -j 2 '$t/in'" /dev/null > "$t/tty" 2>&1
  check "progress line on a terminal" "grep -q \"done, [0-9.]* articles/s\" $t/tty && grep -q \"/$n done\" $t/tty"
  script -qec "'$bin' -q -f json -o '$t/out2' -j 2 '$t/in'" /dev/null > "$t/tty" 2>&1
  check "-q: no progress line even on a terminal" "! grep -q 'articles/s' $t/tty"
fi

# failures carry on, and the exit status says so
printf 'a\0b' > "$t/in/broken.txt"
: > "$t/in/empty.txt"
rm -rf "$t/out"; mkdir "$t/out"
"$bin" -f json -o "$t/out" -j 2 "$t/in" 2> "$t/err"; rc=$?
check "failed articles: exit 2" "[ $rc -eq 2 ]"
check "failed articles: the others are all done" "[ \$(ls $t/out | wc -l) -eq $n ]"
check "failed articles: each named on standard error" "grep -q 'broken.txt:1: NUL byte' $t/err && grep -q 'empty.txt: the file is empty' $t/err"
check "failed articles: counted in the summary" "grep -q ' 2 failed' $t/err"
"$bin" -q -f json -o "$t/out" -j 1 "$t/in/broken.txt" "$t/in/calm"; rc=$?
check "files on the command line, one failing: exit 2" "[ $rc -eq 2 ]"
"$bin" -q -f json -o "$t/out" "$t/in/calm" "$t/in/nope.txt"; rc=$?
check "missing file in a batch: exit 2" "[ $rc -eq 2 ]"
"$bin" -q --fail-on-conflict -f json -o "$t/out" "$t/in/calm" "$t/in/harbour-fire.txt"; rc=$?
check "--fail-on-conflict in a batch: exit 1" "[ $rc -eq 1 ]"
mkdir -p "$t/a" "$t/b"; cp "$t/in/calm" "$t/a/x.txt"; cp "$t/in/calm" "$t/b/x.txt"
"$bin" -q -f json -o "$t/out" "$t/a/x.txt" "$t/b/x.txt" 2>/dev/null; rc=$?
check "two inputs of one name: refused (exit 2), nothing overwritten" "[ $rc -eq 2 ]"

# PDFs with their records in a batch
"$bin" -q -o "$t/pdf" --json "$t/pdf" -j 2 "$t/in/harbour-fire.txt" "$t/in/calm"; rc=$?
check "PDF batch: briefs and records" "[ $rc -eq 0 ] && [ -s $t/pdf/harbour-fire.pdf ] && [ -s $t/pdf/calm.json ] && head -c 5 $t/pdf/calm.pdf | grep -q '%PDF-'"

# --jsonl: a few hundred lines, order kept, bad lines reported by number
python3 - "$t/in" > "$t/lines.jsonl" <<'PY'
import json, os, sys
d = sys.argv[1]
arts = [open(os.path.join(d, f), encoding="utf-8").read() for f in sorted(os.listdir(d))
        if f.endswith(".txt") and not f.startswith((".", "broken", "empty"))]
for i in range(300):
    if i == 40:   print('{"id": "no-text"}'); continue
    if i == 41:   print("not json at all"); continue
    if i == 120:  print(""); continue       # blank lines are skipped
    if i == 121:  print(json.dumps({"id": 121, "text": ""})); continue
    print(json.dumps({"id": "story/%03d" % i, "text": arts[i % len(arts)]}))
PY
"$bin" --jsonl -j 2 < "$t/lines.jsonl" > "$t/records.jsonl" 2> "$t/err"; rc=$?
check "--jsonl: exit 2 when a line failed" "[ $rc -eq 2 ]"
python3 - "$t/records.jsonl" <<'PY' || fails=$((fails+1))
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
bad = []
def want(cond, what):
    print(("ok - " if cond else "not ok - ") + what)
    if not cond: bad.append(what)
want(lines[-1] == "" and len(lines) == 300, "--jsonl: one line out per article line in (299)")
recs = [json.loads(l) for l in lines[:-1]]
want(all("\n" not in l for l in lines), "--jsonl: compact records, one per line")
ids = [r["input"]["path"] if "input" in r else r["id"] for r in recs]
want(ids[:3] == ["story/000", "story/001", "story/002"] and ids[-1] == "story/299", "--jsonl: input order kept")
errs = [r for r in recs if "error" in r]
want([e["line"] for e in errs] == [41, 42, 122], "--jsonl: error records name the line")
want(errs[0]["id"] == "no-text" and errs[2]["id"] == "121", "--jsonl: error records carry the id")
good = [r for r in recs if "error" not in r]
want(len(good) == 296 and all(r["schema"] == "factbrief.record/1" for r in good), "--jsonl: full records")
sys.exit(1 if bad else 0)
PY
check "--jsonl: bad lines named on standard error" "grep -q '^factbrief: stdin:41: no-text: ' $t/err && grep -q '^factbrief: stdin:42: not JSON' $t/err"
"$bin" --jsonl -j 1 -q < "$t/lines.jsonl" > "$t/records1.jsonl" 2>/dev/null
check "--jsonl: -j 1 gives the same lines" "cmp -s $t/records.jsonl $t/records1.jsonl"
mkdir -p "$t/jpdf"
head -5 "$t/lines.jsonl" | "$bin" --jsonl -q -o "$t/jpdf" > /dev/null; rc=$?
check "--jsonl -o FOLDER: PDFs named after the ids" "[ $rc -eq 0 ] && [ -s $t/jpdf/story_000.pdf ] && [ \$(ls $t/jpdf | wc -l) -eq 5 ]"
printf '{"id": "tokyo", "text": "Officials in \\u6771\\u4eac said two people were hurt."}\n' | "$bin" --jsonl -o "$t/jpdf" > /dev/null 2> "$t/gerr"; rc=$?
check "--jsonl -o FOLDER: a glyph warning names the line, the brief is made" "[ $rc -eq 0 ] && [ -s $t/jpdf/tokyo.pdf ] && grep -q '^factbrief: warning: stdin:1: 2 characters .*no glyph' $t/gerr"
printf '{"id": "../../etc/x", "text": "Two people were hurt."}\n' | "$bin" --jsonl -q -o "$t/jpdf" > /dev/null
check "--jsonl: ids are made safe file names" "[ -s $t/jpdf/.._.._etc_x.pdf ] || [ -s $t/jpdf/__.._etc_x.pdf ] || ls $t/jpdf | grep -q 'etc_x.pdf'"
check "--jsonl: no file outside the folder" "[ ! -e $t/etc ] && [ ! -e /etc/x.pdf ]"

# GNU parallel: chunks of lines through several factbrief processes
if command -v parallel > /dev/null; then
  parallel --will-cite --pipe -N 60 -k -j 2 "$bin" --jsonl -q -j 1 < "$t/lines.jsonl" > "$t/par.jsonl" 2>/dev/null; rc=$?
  check "GNU parallel: one failed chunk per bad chunk (exit 2 = chunks with a bad line)" "[ $rc -eq 2 ]"
  check "GNU parallel: same records as one process" "cmp -s <(grep -v '\"error\"' $t/records.jsonl) <(grep -v '\"error\"' $t/par.jsonl)"
  check "GNU parallel: every line answered" "[ \$(wc -l < $t/par.jsonl) -eq 299 ]"
  ls "$t"/in/*.txt | parallel --will-cite -j 2 "$bin" -q -f json -o "$t/out1/{/.}.json" {} 2>/dev/null; rc=$?
  check "GNU parallel over files: exit 2 counts failed files" "[ $rc -eq 2 ] && [ -s $t/out1/quake.json ]"
else
  echo "ok - GNU parallel not installed: skipped (scripts/deps.sh test installs it) # SKIP"
fi

echo "batch: $passes checks passed, $fails failed"
[ $fails -eq 0 ]
