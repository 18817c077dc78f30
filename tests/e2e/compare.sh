#!/usr/bin/env bash
# End to end: --compare, several reports of one event in one record and
# one brief (our own two reports in examples/compare; the seed article of
# ../shared split in two when it is there).
set -u
bin=$1; src=${FB_SRC:?}; shared=${FB_SHARED:-}
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
export SOURCE_DATE_EPOCH=1700000000
fails=0
check() { if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; fails=$((fails+1)); fi; }
a=$src/examples/compare/ridgeway-wire.txt b=$src/examples/compare/ridgeway-courier.txt
[ -s "$a" ] && [ -s "$b" ] || { echo "not ok - the example reports are missing"; exit 1; }

"$bin" --compare -f json "$a" "$b" > "$t/r.json"; rc=$?
check "json run exits 0" "[ $rc -eq 0 ]"
python3 - "$t/r.json" <<'PY' || fails=$((fails+1))
import json, sys
r = json.load(open(sys.argv[1])); bad = []
def want(cond, what):
    print(("ok - " if cond else "not ok - ") + what)
    if not cond: bad.append(what)
docs = {d["id"]: d for d in r.get("documents", [])}
want(list(docs) == ["D1", "D2"], "two documents, D1 and D2")
want([d["outlet"] for d in docs.values()] == ["Northgate Wire", "Ridgeway Courier"], "outlets from the Source: lines")
want([d["published"] for d in docs.values()] == ["2026-03-14T09:40", "2026-03-14T18:15"], "times from the Date: lines")
text = {k: open(d["path"], "rb").read() for k, d in docs.items()}
want(all(len(text[k]) == d["bytes"] for k, d in docs.items()), "document bytes")
want(r["input"]["reports"] == 2 and r["input"]["bytes"] == sum(d["bytes"] for d in docs.values()), "input describes the set")
paras = r["paragraphs"]
want(all(p.get("document") in docs for p in paras), "every paragraph has its document")
want(not any(text[p["document"]][p["start"]:p["end"]].startswith((b"Source:", b"Date:")) for p in paras)
     and text[paras[0]["document"]][paras[0]["start"]:paras[0]["end"]].startswith(b"Four people"), "header lines are not paragraphs")
spans = all(text[c["document"]][c["quantity"]["start"]:c["quantity"]["end"]].decode() == c["quantity"]["surface"]
            for c in r["claims"] if "quantity" in c)
want(all(c.get("document") in docs for c in r["claims"]) and spans, "claims: document, and offsets into their own file")
ms = [(s, m) for s in r["sources"] for m in s["mentions"]]
want(all(m.get("document") in docs for s, m in ms), "every mention has its document")
both = [s for s in r["sources"] if "Oyelaran" in s["name"]]
want(len(both) == 1 and both[0]["outlets"] == ["Northgate Wire", "Ridgeway Courier"], "one fire chief, quoted through both outlets")
cross = [(g, x) for g in r["groups"] for x in g["conflicts"] if x.get("documents") == ["D1", "D2"]]
killed = [x for g, x in cross if g["measure"] == "killed" and g["subject"] == "people"]
want(killed and all(x["review"] and "different times" in x["reason"] and "2026-03-14T18:15" in x["reason"] for x in killed),
     "four killed vs at least six, across reports hours apart: review, with the times named")
agree = [g for g in r["groups"] if g["measure"] == "arrested" and g["status"] == "consistent"
         and {c["document"] for c in r["claims"] if c["id"] in g["claims"]} == {"D1", "D2"}]
want(len(agree) == 1, "the two arrests agree across reports")
sys.exit(1 if bad else 0)
PY

# without times, the same figures conflict
sed '/^Date:/d' "$a" > "$t/a.txt"; sed '/^Date:/d' "$b" > "$t/b.txt"
"$bin" --compare -f json "$t/a.txt" "$t/b.txt" > "$t/n.json"
python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
x = [x for g in r["groups"] for x in g["conflicts"] if x.get("documents") and g["measure"] == "killed"]
sys.exit(0 if x and any(not p["review"] and "across reports" in p["reason"] for p in x) else 1)' "$t/n.json"
check "without Date: lines, a conflict across reports" "[ $? -eq 0 ]"

"$bin" --compare -f text "$a" "$b" > "$t/s.txt"
check "text: the Across reports table, one row for the killed" "grep -q '^ACROSS REPORTS' $t/s.txt && grep -Eq '^  G[0-9]+ people killed .*\\| Four \\*' $t/s.txt"

"$bin" -q --compare "$a" "$b" -o "$t/c.pdf" --json "$t/c.json"; rc=$?
check "pdf run exits 0 and writes both files" "[ $rc -eq 0 ] && [ -s $t/c.pdf ] && [ -s $t/c.json ]"
if command -v qpdf >/dev/null && command -v pdfdetach >/dev/null; then
  check "qpdf --check" "qpdf --check $t/c.pdf >/dev/null 2>&1"
  check "both reports and the record attached" "[ \"\$(pdfdetach -list $t/c.pdf | head -1)\" = '3 embedded files' ]"
  mkdir "$t/det"; pdfdetach -saveall -o "$t/det" "$t/c.pdf" >/dev/null 2>&1
  check "attachments are the reports as read" "cmp -s $t/det/ridgeway-wire.txt $a && cmp -s $t/det/ridgeway-courier.txt $b"
  check "attached record is the written one" "cmp -s $t/det/ridgeway-wire.record.json $t/c.json"
  pdftotext -layout "$t/c.pdf" "$t/c.txt" 2>/dev/null
  check "pdf: Across reports, with both outlets and the killed row first" "grep -q 'Across reports' $t/c.txt && grep -q 'Northgate Wire' $t/c.txt && grep -q 'Ridgeway Courier' $t/c.txt && grep -Eq 'G[0-9]+ people killed' $t/c.txt"
elif [ -n "${FB_REQUIRE_TOOLS:-}" ]; then echo "not ok - qpdf or pdfdetach missing"; fails=$((fails+1)); fi

"$bin" --compare "$a" 2> "$t/err"; rc=$?
check "one report: usage error" "[ $rc -eq 2 ]"
"$bin" --compare "$a" "$t/missing.txt" -o "$t/m.pdf" 2> "$t/err"; rc=$?
check "a missing report: exit 2, one line naming it, no output" "[ $rc -eq 2 ] && [ \$(wc -l < $t/err) -eq 1 ] && grep -q missing.txt $t/err && [ ! -e $t/m.pdf ]"

# --jsonl --compare: consecutive lines of one "event" are one record line;
# outlet and published come from the lines; a bad line costs its event only
python3 - "$a" "$b" > "$t/ev.jsonl" <<'PY'
import json, sys
body = lambda p: "".join(l for l in open(p) if not l.startswith(("Source:", "Date:")))
print(json.dumps({"event": "ridgeway", "id": "w", "outlet": "Wire A", "published": "2026-03-14T09:40", "text": body(sys.argv[1])}))
print(json.dumps({"event": "ridgeway", "id": "c", "outlet": "Paper B", "published": "2026-03-14T18:15", "text": body(sys.argv[2])}))
print()
print(json.dumps({"event": 7, "id": "alone", "text": "Two people were hurt in a crash, police said."}))
print("not json")
print(json.dumps({"event": "bad", "id": "no-text"}))
PY
mkdir "$t/briefs"
"$bin" -q --jsonl --compare -o "$t/briefs" < "$t/ev.jsonl" > "$t/ev.out"; rc=$?
check "jsonl: exit 2 for the bad lines" "[ $rc -eq 2 ]"
python3 - "$t/ev.out" <<'PY' || fails=$((fails+1))
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
ok = len(rows) == 4
r = rows[0] if rows else {}
ok = ok and [d["outlet"] for d in r.get("documents", [])] == ["Wire A", "Paper B"] and r["input"]["event"] == "ridgeway"
ok = ok and any(x.get("documents") == ["D1", "D2"] and x["review"] for g in r["groups"] for x in g["conflicts"])
ok = ok and rows[1]["input"]["event"] == "7" and len(rows[1]["documents"]) == 1
ok = ok and rows[2].get("line") == 5 and "error" in rows[2] and rows[3].get("event") == "bad" and rows[3].get("line") == 6
print(("ok - " if ok else "not ok - ") + "jsonl: one line per event, outlets from the lines, errors by line")
sys.exit(0 if ok else 1)
PY
check "jsonl: a brief per event, named after it" "[ -s $t/briefs/ridgeway.pdf ] && [ -s $t/briefs/7.pdf ]"

# The seed article split in two (paragraphs 1-13 and 14 on): the attackers
# of paragraph 10 against paragraph 19 become a review pair across reports.
seed=$shared/corpus/karachi-police-office.txt
if [ -n "$shared" ] && [ -f "$seed" ]; then
  grep -v '^[[:space:]]*$' "$seed" | head -13 > "$t/p1.txt"
  grep -v '^[[:space:]]*$' "$seed" | tail -n +14 > "$t/p2.txt"
  "$bin" --compare -f json "$t/p1.txt" "$t/p2.txt" > "$t/seed.json"
  python3 -c '
import json, sys
r = json.load(open(sys.argv[1])); cl = {c["id"]: c for c in r["claims"]}
ok = any(x.get("documents") == ["D1", "D2"] and x["review"] and {cl[x["a"]]["paragraph"], cl[x["b"]]["paragraph"]} == {10, 19}
         for g in r["groups"] for x in g["conflicts"])
sys.exit(0 if ok else 1)' "$t/seed.json"
  check "seed split: suicide bombers (10) vs attackers (19) reviewed across reports" "[ $? -eq 0 ]"
else
  echo "ok - seed split skipped: no ../shared # SKIP"
fi
exit $fails
