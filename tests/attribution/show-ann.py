#!/usr/bin/env python3
"""Print the spans of a brat .ann file against its text, to check hand-marked offsets.

usage: show-ann.py FILE.ann [FILE.txt]

FILE.txt defaults to the .ann path with .txt (for tests/attribution/wikinews, pass the
article from ../shared/corpus/wikinews: its text is not kept in the repository).
Offsets are Python str indices (UTF-8 characters). Each event is printed as
[source] <cue> {content}; a text column that disagrees with the span is reported.
Exits 1 when a span is out of range, a text column disagrees, or an event names
a missing span."""
import sys


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    ann = sys.argv[1]
    txt = sys.argv[2] if len(sys.argv) > 2 else ann[:-4] + ".txt"
    text = open(txt, encoding="utf-8").read()
    spans, bad = {}, 0
    for n, line in enumerate(open(ann, encoding="utf-8"), 1):
        parts = line.rstrip("\n").split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, *rest = parts[1].split(" ")
            pieces = [tuple(map(int, p.split())) for p in " ".join(rest).split(";")]
            if any(not 0 <= a < b <= len(text) for a, b in pieces):
                print(f"line {n}: span out of range: {parts[1]}")
                bad += 1
                continue
            got = " ".join(text[a:b] for a, b in pieces)
            if len(parts) >= 3 and parts[2] != got:
                print(f"line {n}: text column {parts[2]!r} but span reads {got!r}")
                bad += 1
            spans[parts[0]] = (kind, got)
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(r.split(":") for r in parts[1].split(" ") if ":" in r)
            if any(v not in spans for v in roles.values()):
                print(f"line {n}: event names a missing span: {parts[1]}")
                bad += 1
                continue
            src = " / ".join(spans[v][1] for k, v in roles.items() if k.startswith("Source"))
            cue = spans[roles["Attribution"]][1] if "Attribution" in roles else "?"
            con = " // ".join(spans[v][1] for k, v in roles.items() if k.startswith("Content"))
            print(f"{parts[0]} [{src}] <{cue}> {{{con[:160]}}}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
