#!/usr/bin/env python3
"""Write NAME.txt and NAME.ann (brat) from a marking file, so hand marks need no offsets.

usage: mark-ann.py NAME.mark OUTDIR

NAME.mark holds the article, a line '---', then one attribution a line:
    source | cue | content
Each field is text copied from the article, found as whole words. Cues are
looked up in order of the lines, each after the previous cue; sources and contents at the occurrence nearest
their cue. 'text@N' picks the N-th occurrence (1-based) instead. A source may list
more mentions joined by ' ++ ' (description and name of an apposition); a content
may be in pieces joined by ' ;; '. Exits 1 when a field is not in the article."""
import os, sys


def occurrences(text, s):
    """Where s stands in text as whole words (not "he" in "the")."""
    out, i = [], text.find(s)
    while i >= 0:
        j = i + len(s)
        if not (i > 0 and text[i - 1].isalnum() and s[0].isalnum()) and \
           not (j < len(text) and text[j].isalnum() and s[-1].isalnum()):
            out.append(i)
        i = text.find(s, i + 1)
    return out


def locate(text, field, near=None, after=0):
    s, n = field, None
    if "@" in field and field.rsplit("@", 1)[1].isdigit():
        s, n = field.rsplit("@", 1)[0], int(field.rsplit("@", 1)[1])
    occ = occurrences(text, s)
    if not occ:
        sys.exit(f"not in the article: {s!r}")
    if n:
        i = occ[n - 1]
    elif near is None:
        later = [o for o in occ if o > after]
        i = later[0] if later else occ[0]
    else:
        i = min(occ, key=lambda o: abs(o - near))
    return (i, i + len(s))


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr); return 2
    raw = open(sys.argv[1], encoding="utf-8").read()
    text, marks = raw.split("\n---\n", 1)
    text += "\n"
    lines, t, e, after = [], 0, 0, -1
    for row in marks.splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        src, cue, con = (f.strip() for f in row.split(" | "))
        c = locate(text, cue, after=after)
        after = c[0]
        ids = {}
        def span(kind, pieces):
            nonlocal t
            t += 1
            spans = [locate(text, p, near=c[0]) if kind != "Cue" else c for p in pieces]
            lines.append(f"T{t}\t{kind} " + ";".join(f"{a} {b}" for a, b in spans) + "\t" +
                         " ".join(text[a:b] for a, b in spans))
            return f"T{t}"
        roles = []
        for k, s in enumerate(src.split(" ++ ")):
            roles.append(("Source" if k == 0 else f"Source{k + 1}", span("Source", [s])))
        roles.append(("Attribution", span("Cue", [cue])))
        roles.append(("Content", span("Content", con.split(" ;; "))))
        e += 1
        roles.sort(key=lambda r: r[0] != "Attribution")
        lines.append(f"E{e}\t" + " ".join(f"{k}:{v}" for k, v in roles))
    base = os.path.join(sys.argv[2], os.path.basename(sys.argv[1])[:-5])
    open(base + ".txt", "w", encoding="utf-8").write(text)
    open(base + ".ann", "w", encoding="utf-8").write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
