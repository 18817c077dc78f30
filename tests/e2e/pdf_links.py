#!/usr/bin/env python3
"""pdf_links.py - checks a brief's links from `qpdf --json` output:
- every link annotation is printable (/F 4) and has a direct /Dest;
- every side of a conflict card (two equal link boxes side by side)
  lands on a claims-table row: a row is itself a link box whose top
  is the landing point less 6 pt (render_pdf.c's dest_top; boxes are
  rounded out to whole points);
- there are such conflict links, and the rows link onwards (to paragraphs);
- /PageLabels numbers the pages 1, 2, 3 (decimal from 1);
- no destination array is left as an indirect object nobody uses.
Usage: pdf_links.py QPDF.json"""
import json
import sys

j = json.load(open(sys.argv[1]))
objs = j["qpdf"][1]
fail = []


def val(ref):
    return objs.get("obj:" + ref, {}).get("value")


pages = [p["object"] for p in j["pages"]]
page_w = None
links = []  # (source page ref, rect, dest page ref, dest top)
for pref in pages:
    page = val(pref)
    if page_w is None:
        page_w = page["/MediaBox"][2]
    annots = page.get("/Annots", [])
    if isinstance(annots, str):
        annots = val(annots)
    for a in annots:
        ad = val(a) if isinstance(a, str) else a
        if ad.get("/Subtype") != "/Link":
            continue
        if ad.get("/F") != 4:
            fail.append("link %s not printable (/F %s)" % (a, ad.get("/F")))
        dest = ad.get("/Dest")
        if not isinstance(dest, list):
            fail.append("link %s has no direct /Dest" % a)
            continue
        links.append((pref, ad["/Rect"], dest[0], dest[3]))

row_tops = {}
for src, r, dp, top in links:
    row_tops.setdefault(src, []).append(r[3])
# Conflict cards come in pairs: equal boxes side by side, 22 pt apart.
conflict_links = []
for a in links:
    for b in links:
        ra, rb = a[1], b[1]
        w = ra[2] - ra[0]
        if a[0] == b[0] and abs(ra[1] - rb[1]) < 0.01 and abs(ra[3] - rb[3]) < 0.01 \
                and abs(rb[2] - rb[0] - w) < 1.5 and abs(rb[0] - ra[2] - 22) < 1.5:
            conflict_links += [a, b]
if not conflict_links:
    fail.append("no conflict-card links")
for src, r, dp, top in conflict_links:
    if not any(abs(t + 6 - top) < 1.0 for t in row_tops.get(dp, [])):
        fail.append("conflict link on %s to %s at %.2f does not land on a claim row" % (src, dp, top))

labels = j.get("pagelabels", [])
if not labels or labels[0].get("index") != 0 or labels[0]["label"].get("/S") != "/D" \
        or labels[0]["label"].get("/St", 1) != 1:
    fail.append("page labels: want decimal from 1, got %r" % labels)

for k, o in objs.items():
    v = o.get("value")
    if isinstance(v, list) and len(v) >= 2 and v[1] in ("/XYZ", "/Fit", "/FitH", "/FitR"):
        fail.append("indirect destination object %s left in the file" % k)

for f in fail:
    print("FAIL:", f)
sys.exit(1 if fail else 0)
