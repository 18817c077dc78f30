#!/usr/bin/env python3
"""perturb.py - does the comparator catch a restated number that was changed?

On the Wikinews corpus and the ISAF casualty set (../shared, read at run
time; nothing of it is kept here) it finds counts restated with the same
noun in two paragraphs ("four soldiers" ... "four soldiers"), changes the
later one so that both cannot be true, and runs the binary on the changed
text. A case is caught when a conflict or review pair has a claim whose
quantity overlaps the changed number. It also counts the conflict and
review pairs on the unchanged articles (false alarms: these articles hold
no contradiction we know of).

usage: perturb.py BINARY SHARED [--floor PERCENT] [--max-alarms PER10] [-v]
Exit 0 when the caught share is at least the floor and the alarms per 10
articles at most the ceiling; 1 otherwise; 77 when SHARED lacks the data.
"""
import json
import os
import re
import subprocess
import sys

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty"]
WORD_VALUE = {w: i for i, w in enumerate(WORDS)}
# nouns that measure or date rather than count a set of things
NOT_COUNTED = set("""year years month months week weeks day days hour hours minute minutes second
seconds percent per cent times time km kilometres kilometers miles mile metres meters feet foot
inches kg tonnes tons pounds dollars euros points point degrees am pm p.m a.m ago more other others
of and or to in the a an""".split())
NUM = r"(?<![\w$.,£€-])(\d{1,3}(?:,\d{3})+|\d+|" + "|".join(WORDS[2:]) + r")"
# the number and the up to three words after it; the counted noun is the
# first plural among them ("two Afghan border policemen" counts policemen)
PAT = re.compile(NUM + r"((?:\s+[A-Za-z][A-Za-z-]*){1,3})")
# Cases looked at and judged not to be one quantity told twice (ids only).
EXCLUDED = {
    "isaf/335#1",  # a last day's haul against the operation's net total: a part
}


def paragraphs(text):
    """(start, end) of each paragraph, as the record's spec splits them."""
    sep = r"\n[ \t]*\n" if re.search(r"\n[ \t]*\n", text) else r"\n"
    out, pos = [], 0
    for m in re.finditer(sep, text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def value_of(tok):
    t = tok.lower()
    if t in WORD_VALUE:
        return WORD_VALUE[t]
    return int(t.replace(",", ""))


def changed(tok, v):
    """The token for another value that cannot be the same count, in tok's form."""
    if tok.lower() in WORD_VALUE:
        n = v + 3 if v + 3 <= 20 else v - 3
        w = WORDS[n]
        return w.capitalize() if tok[0].isupper() else w
    n = v * 2 + 3
    return f"{n:,}" if "," in tok else str(n)


def plural(noun):
    n = noun.lower()
    return n.endswith("s") or n in ("people", "men", "women", "children", "police", "personnel")


def cases(name, text):
    """Deterministic: the first later restatement of each (value, noun) seen
    in an earlier paragraph; years, measures and ranges are left out."""
    paras = paragraphs(text)

    def para_at(off):
        for i, (s, e) in enumerate(paras):
            if s <= off <= e:
                return i
        return -1

    seen = {}
    done = set()
    out = []
    for m in PAT.finditer(text):
        tok = m.group(1)
        noun = None
        for w in m.group(2).split():
            if w.lower() in NOT_COUNTED:
                break
            if plural(w) and len(w) > 3:
                noun = w.lower()
                break
        if noun is None:
            continue
        v = value_of(tok)
        if v < 2 or (1800 <= v <= 2100 and tok.isdigit()):
            continue
        after = text[m.end():m.end() + 3]
        before = text[max(0, m.start() - 4):m.start()]
        if re.match(r"\s*(-|to|and|or)\b", text[m.start() - 4:m.start()] if m.start() >= 4 else "") \
                or re.search(r"(to|-|–)\s*$", before) or after.startswith("-"):
            continue  # part of a range or a compound
        key = (v, noun)
        p = para_at(m.start())
        if key in seen and seen[key] != p and key not in done:
            done.add(key)
            cid = f"{name}#{len(out) + 1}"
            if cid not in EXCLUDED:
                new = changed(tok, v)
                s, e = m.start(1), m.end(1)
                # the record's offsets count bytes of UTF-8, not characters
                bs = len(text[:s].encode("utf-8"))
                out.append({"id": cid, "text": text[:s] + new + text[e:], "start": bs,
                            "end": bs + len(new.encode("utf-8")), "cstart": s, "cend": s + len(new),
                            "was": v, "noun": noun})
        elif key not in seen:
            seen[key] = p
    return out


def run(binary, items):
    """Records for a list of {"id", "text"} via --jsonl, by id."""
    lines = "".join(json.dumps({"id": it["id"], "text": it["text"]}) + "\n" for it in items)
    p = subprocess.run([binary, "--jsonl", "-q", "-j", "2"], input=lines.encode(), capture_output=True)
    recs = {}
    for line in p.stdout.decode().split("\n"):
        if not line.strip():
            continue
        r = json.loads(line)
        recs[r.get("id") or r.get("input", {}).get("path")] = r
    return recs


def pairs(rec):
    out = []
    for g in rec.get("groups", []):
        out += g.get("conflicts", [])
    return out


def caught(rec, case):
    claims = {c["id"]: c for c in rec.get("claims", [])}
    for x in pairs(rec):
        for cid in (x["a"], x["b"]):
            q = claims.get(cid, {}).get("quantity") or {}
            if "start" in q and q["start"] < case["end"] and case["start"] < q["end"]:
                return True
    return False


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        print(__doc__)
        return 2
    binary, shared = args[0], args[1]
    floor = float(args[args.index("--floor") + 1]) if "--floor" in args else 0.0
    ceiling = float(args[args.index("--max-alarms") + 1]) if "--max-alarms" in args else 1e9
    verbose = "-v" in args
    wdir = os.path.join(shared, "corpus", "wikinews")
    isaf = os.path.join(shared, "eval", "casualties", "isaf-dev.jsonl")
    if not os.path.isdir(wdir) or not os.path.isfile(isaf):
        print("skip: no ../shared corpus")
        return 77
    corpora = {"wikinews": [], "isaf": []}
    for f in sorted(os.listdir(wdir)):
        if f.endswith(".txt"):
            with open(os.path.join(wdir, f), encoding="utf-8") as fh:
                corpora["wikinews"].append({"id": "wikinews/" + f[:-4], "text": fh.read()})
    with open(isaf, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                corpora["isaf"].append({"id": f"isaf/{d['id']}", "text": d["text"]})
    ok = True
    total_cases = total_caught = 0
    for name, arts in corpora.items():
        if not arts:
            print(f"not ok - {name}: no articles read")
            return 1
        recs = run(binary, arts)
        if len(recs) != len(arts):
            print(f"not ok - {name}: {len(recs)} records for {len(arts)} articles")
            return 1
        npairs = sum(len(pairs(r)) for r in recs.values())
        per10 = 10.0 * npairs / len(arts)
        print(f"{name}: {len(arts)} articles, {npairs} conflict or review pairs unchanged ({per10:.2f} per 10)")
        if verbose:
            for k, r in recs.items():
                for x in pairs(r):
                    print(f"  alarm {k}: {x['reason']}")
        ok &= per10 <= ceiling
        cs = [c for a in arts for c in cases(a["id"], a["text"])]
        got = run(binary, cs)
        n = sum(1 for c in cs if c["id"] in got and caught(got[c["id"]], c))
        print(f"{name}: {n}/{len(cs)} changed restatements caught")
        if verbose:
            for c in cs:
                hit = c["id"] in got and caught(got[c["id"]], c)
                ctx = c["text"][max(0, c["cstart"] - 60):c["cend"] + 40].replace("\n", " ")
                print(f"  {'caught' if hit else 'MISSED'} {c['id']} {c['was']} {c['noun']}: ...{ctx}...")
        total_cases += len(cs)
        total_caught += n
    if total_cases == 0:
        print("not ok - no cases found")
        return 1
    share = 100.0 * total_caught / total_cases
    print(f"caught {total_caught}/{total_cases} ({share:.1f}%), floor {floor}%")
    ok &= share >= floor
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
