#!/usr/bin/env python3
"""pathological.py - inputs built to make a stage super-linear, after cmark's
pathological_tests.py: a megabyte of one pattern per case (numbers in a row,
quotation marks, capitalised words, long lines, many paragraphs, ...).
Each must finish within a generous time limit with exit status 0, and its
CPU time must grow about linearly: the case runs on 1/16, 1/4 and all of
its input, each with a time limit in proportion to its size (so that a
quadratic case fails fast), and a full/quarter CPU ratio near 16 rather
than 4 is a failure.

With --brief it runs the shapes that once made the PDF brief super-linear
(BRIEF_CASES) instead: each renders a brief of a tenth of --size and of all
of it; 10x the input may cost at most 15x the CPU time and 15x the memory,
the brief, however long the input, stays within the template's limits
(at most BRIEF_MAX_PAGES pages), and at full size its peak memory is at
most BRIEF_EXTRA bytes a byte of input above that of the analysis alone
(-f json on the same input).

usage: pathological.py FACTBRIEF [--size BYTES] [--timeout S] [--only SUBSTR] [--pdf] [--brief]
Prints one line per case (TAP), then the slowest cases and peak memory."""
import argparse
import os
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time

MB = 1_000_000


def rep(unit, size):
    """unit repeated to exactly size bytes (UTF-8 safe: cut at a char)."""
    s = unit * (size // len(unit.encode()) + 1)
    b = s.encode()[:size]
    return b.decode("utf-8", "ignore").encode()


def words(vocab, size, seed=1, sep=" "):
    r = random.Random(seed)
    out, n = [], 0
    while n < size:
        w = r.choice(vocab)
        out.append(w)
        n += len(w.encode()) + 1
    return sep.join(out).encode()[:size].decode("utf-8", "ignore").encode()


# name -> function(size) -> bytes. Every family the brief lists, and the
# shapes that broke similar programs.
CASES = {
    # numbers
    "digits in a row": lambda n: rep("1 2 3 4 5 6 7 8 9 10 ", n),
    "thousands separators": lambda n: rep("1,000 ", n),
    "one giant digit literal": lambda n: b"x " + rep("1234567890", n - 4) + b" y",
    "one giant grouped literal": lambda n: b"x " + rep("123,", n - 4) + b" y",
    "one giant decimal": lambda n: b"x 1." + rep("5", n - 6) + b" y",
    "decimals and signs": lambda n: rep("-1.5 +2.25 -.5 ", n),
    "number words": lambda n: rep("one two three four five six seven eight nine ten ", n),
    "scales": lambda n: rep("twenty-one hundred thousand million billion ", n),
    "hedges": lambda n: rep("at least about nearly more than up to ", n) + b" 5",
    "hedged numbers": lambda n: rep("at least 5 about 6 nearly 7 up to 8 ", n),
    "ranges": lambda n: rep("between 1 and 2 and 3 and 4 and ", n),
    "hyphen ranges": lambda n: rep("1-2-3-4-5-", n),
    "to ranges": lambda n: rep("1 to 2 to 3 to ", n),
    "money and percent": lambda n: rep("$1.5 million 12% \u20ac3 \u00a34bn 50 percent ", n),
    "enumeration": lambda n: rep("two policemen, three rangers, ", n) + b"and one civilian were killed.",
    "dates and times": lambda n: rep("3 March 2021, 4:12 a.m., 2021-03-03, ", n),
    "fractions": lambda n: rep("1/2 3/4 \u00bd two-thirds a third ", n),
    "units": lambda n: rep("5 km 3 kg 12 storeys 4 hours 2 days ", n),
    "increments": lambda n: rep("2 more were killed and 3 others ", n),
    "counts killed, one paragraph": lambda n: rep("Officials said 12 people were killed. ", n),
    "nounless counts": lambda n: rep("All three died. One was hurt. ", n),
    # quotation marks
    "straight double quotes": lambda n: rep('"', n),
    "typographic quotes": lambda n: rep("\u201c\u2018", n),
    "nested quotes": lambda n: rep("\u201c\u2018\"'(", n // 2) + rep(")'\"\u2019\u201d", n // 2),
    "unbalanced quoted speech": lambda n: rep("\u201cHe said 3 were hurt. ", n),
    "quoted words": lambda n: rep('"a" ', n),
    "apostrophes": lambda n: rep("don't it's officials' ", n),
    # capitalised words
    "capitalised words, one sentence": lambda n: rep("Alpha Beta Gamma Delta ", n),
    "names among numbers, one sentence": lambda n: rep("Reyes counted 7 and Ortiz 12 ", n),
    "names saying": lambda n: rep("John Smith said. ", n),
    "long titles": lambda n: rep("Mr. Smith, the Minister of Foreign Affairs of the United Kingdom, said 5. ", n),
    "all capitals": lambda n: rep("BREAKING NEWS UPDATE ", n),
    # attribution cues
    "said said said": lambda n: rep("said ", n),
    "according to": lambda n: rep("according to officials ", n),
    "he said, she said": lambda n: rep("he said, she said, ", n),
    "told outlets": lambda n: rep("an eyewitness told CNN that 4 died, ", n),
    # long lines
    "one word": lambda n: rep("a", n),
    "words without punctuation": lambda n: words(["the", "fire", "people", "said", "officials", "in", "of"], n),
    "spaces then a word": lambda n: rep(" ", n - 1) + b"x",
    "periods": lambda n: rep(".", n),
    "bangs then a word": lambda n: b"x" + rep("!", n - 3) + b" y",
    "tabs and form feeds": lambda n: rep("a\t\f\v", n),
    # many paragraphs and lines
    "many paragraphs": lambda n: rep("a\n\n", n),
    "many lines": lambda n: rep("x\n", n),
    "many sentences": lambda n: rep("A. ", n),
    "trailing blank lines": lambda n: b"x\n" + rep("\n", n - 2),
    "trailing blank lines with spaces": lambda n: b"x\n" + rep(" \n", n - 2),
    "CR only": lambda n: rep("Three died.\r\r", n),
    "paragraphs with claims": lambda n: rep("Police said 3 people were hurt.\n\n", n),
    "many distinct sources": lambda n: fill(lambda i: "%s %s of the %s Board said %d roads were closed.\n\n"
                                            % (made_name(i), made_name(i * 7919 + 13), made_name(i + 70000), i % 30 + 3), n),
    # abbreviations and initials
    "abbreviations": lambda n: rep("U.S. Mr. Dr. a.m. ", n),
    "initials": lambda n: rep("J. ", n),
    "dotted word": lambda n: rep("a.", n),
    # beyond ASCII
    "accented letters": lambda n: rep("\u00e9", n),
    "ellipses": lambda n: rep("\u2026", n),
    "CJK": lambda n: rep("\u706b\u707e\u9020\u6210\u4e94\u4eba\u6b7b\u4ea1\u3002", n),
    "combining marks": lambda n: rep("e\u0301", n),
    "right to left": lambda n: rep("\u0642\u0627\u0644 5 ", n),
    "no-break spaces": lambda n: rep("5\u00a0people\u202f", n),
    # a plausible article, large
    "random article": lambda n: words(
        ["The", "police", "said", "at", "least", "12", "people", "were", "killed", "and", "about", "30",
         "injured", "according", "to", "officials.", "\u201cWe", "saw", "five", "bodies,\u201d", "she",
         "told", "Reuters.", "Three", "policemen,", "two", "rangers", "and", "one", "civilian", "died.",
         "In", "2019,", "1,200", "fled.", "\n\n", "Mr.", "Smith", "added", "that", "$4.5", "million"], n, seed=7),
}


def fill(unit, size):
    """unit(i) for i = 0, 1, ... joined to exactly size bytes (UTF-8 safe)."""
    out, n, i = [], 0, 0
    while n < size:
        u = unit(i).encode()
        out.append(u)
        n += len(u)
        i += 1
    return b"".join(out)[:size].decode("utf-8", "ignore").encode()


SYL = ["ka", "lo", "mi", "ra", "tu", "se", "no", "vi", "da", "pe", "zu", "ho", "ge", "bi", "fa", "wo"]


def made_name(i):
    """A distinct capitalised made-up name for each i ("Mikaka", "Lorase")."""
    s, j = "", i
    for _ in range(3):
        s += SYL[j % 16]
        j //= 16
    return s.capitalize() + ("" if j == 0 else SYL[j % 16])


# The shapes of issue 18, rendered as briefs: name -> function(size) -> bytes.
BRIEF_CASES = {
    "brief: enumeration in one paragraph":
        lambda n: fill(lambda i: "%d policemen and %d rangers and " % (i % 7 + 1, i % 5 + 2), n - 16) + b"were killed.",
    "brief: one speaker, one-sentence paragraphs":
        lambda n: fill(lambda i: "Mr Okafor said %d people were killed.\n\n" % (i % 50 + 1), n),
    "brief: one paragraph of sentences":
        lambda n: fill(lambda i: "Firefighters said %d homes were lost. " % (i % 40 + 2), n),
    "brief: one long word": lambda n: rep("w", n),
    "brief: one long hyphenated word": lambda n: rep("ab-", n),
    "brief: deep quote nesting":
        lambda n: rep("\u201c\u2018\"", n // 2 - 20) + b" 4 were hurt, he said. " + rep("\"\u2019\u201d", n // 2 - 20),
    "brief: many distinct sources":
        lambda n: fill(lambda i: "%s %s of the %s Board said %d roads were closed.\n\n"
                       % (made_name(i), made_name(i * 7919 + 13), made_name(i + 70000), i % 30 + 3), n),
}
# The default template's limits give at most some 200 article pages and a
# few hundred of tables; a brief past this has not applied them.
BRIEF_MAX_PAGES = 700
# What the brief may add to the analysis's peak, in bytes a byte of input:
# the typed record read back, the layout, libharu's document. On 1 MB it
# added 15 to 25 MB when every long text was held once a claim, a source's
# mentions were parsed into a tree whole and the brief was held whole
# before it was written; 7 to 11 MB since.
BRIEF_EXTRA = 13


def pdf_pages(path):
    """Page objects in a brief (libharu writes them uncompressed)."""
    with open(path, "rb") as f:
        data = f.read()
    return data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page/") \
        + data.count(b"/Type /Page\r") + data.count(b"/Type /Page>")


def brief_main(a):
    """--brief: the PDF path on BRIEF_CASES, a tenth of --size then all of it."""
    fails, rows = 0, []
    with tempfile.TemporaryDirectory() as d:
        path, out = os.path.join(d, "in.txt"), os.path.join(d, "out.pdf")
        for i, (name, gen) in enumerate(BRIEF_CASES.items(), 1):
            if a.only and a.only not in name:
                continue
            res, why, extra = {}, "", None
            for size in (a.size // 10, a.size):
                with open(path, "wb") as f:
                    f.write(gen(size))
                if os.path.getsize(path) < size * 0.9:
                    why = "the generated input is short (%d of %d bytes)" % (os.path.getsize(path), size)
                    break
                if os.path.exists(out):
                    os.unlink(out)
                # a quadratic case runs into the CPU limit in seconds
                limit = max(3.0, a.timeout * size / a.size)
                r = run(a.binary, path, out, limit, "pdf")
                if r[0] is None:
                    why = "over %gs of CPU at %d bytes" % (limit, size)
                elif r[0] != 0:
                    why = "exit %s at %d bytes: %s" % (r[0], size, r[4].decode(errors="replace").strip()[:200])
                elif not os.path.exists(out) or os.path.getsize(out) < 1000:
                    why = "no brief at %d bytes" % size
                if why:
                    break
                pages = pdf_pages(out)
                res[size] = r + (pages, os.path.getsize(out))
                if size == a.size:
                    # the analysis alone, for the brief's own share of the peak
                    j = run(a.binary, path, out + ".json", limit, "json")
                    extra = (r[3] - j[3]) // 1024
                    if j[0] != 0:
                        why = "-f json: exit %s at %d bytes" % (j[0], size)
                    elif (r[3] - j[3]) * 1024 > BRIEF_EXTRA * size:
                        why = "the brief's peak is %d MB above the analysis's (%d MB): over %d bytes a byte of input" \
                            % ((r[3] - j[3]) // 1024, j[3] // 1024, BRIEF_EXTRA)
                if pages < 1:
                    why = "no pages counted in the brief at %d bytes" % size
                elif pages > BRIEF_MAX_PAGES:
                    why = "%d pages at %d bytes: the template's limits were not applied" % (pages, size)
                if why:
                    break
            small, big = res.get(a.size // 10), res.get(a.size)
            cpu = big[1] if big else 0
            rss = big[3] if big else 0
            ratio = cpu / small[1] if big and small and small[1] > 0.02 else 0
            mratio = big[3] / small[3] if big and small and small[3] > 0 else 0
            if not why and cpu > 0.5 and ratio > 15:
                why = "super-linear: %.2fs CPU at a tenth, %.2fs at full size (x%.1f)" % (small[1], cpu, ratio)
            if not why and mratio > 15:
                why = "memory super-linear: %d MB at a tenth, %d MB at full size" % (small[3] // 1024, rss // 1024)
            print("%s %d - %s (%.2fs CPU, x%.1f for 10x input, %d MB, x%.1f, %s MB above -f json, %s pages, %s bytes)"
                  % ("not ok" if why else "ok", i, name, cpu, ratio, rss // 1024, mratio,
                     "?" if extra is None else extra, big[5] if big else "?", big[6] if big else "?")
                  + (": " + why if why else ""), flush=True)
            fails += bool(why)
            rows.append((cpu, name, rss))
    if not rows:
        print("not ok - no case ran")
        return 1
    print("pathological briefs: %d cases, %d failed" % (len(rows), fails))
    return 1 if fails else 0


# Cases also rendered as a PDF brief (every case with --pdf).
PDF_CASES = {"paragraphs with claims", "random article", "words without punctuation", "CJK"}


def run(binary, path, out, timeout, fmt):
    """Runs factbrief on path with timeout seconds of CPU (the machine may be
    busy: wall time would punish the test for it) and ten times that of wall
    time (a process that sleeps or blocks hangs too). Returns (exit status or
    None when stopped, cpu s, wall s, peak KB, standard error)."""
    t0 = time.monotonic()
    cpu = max(1, int(timeout + 0.999))

    def limit():
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))

    p = subprocess.Popen([binary, "-q", "-f", fmt, "-o", out, path], preexec_fn=limit,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = t0 + 10 * timeout
    while True:
        pid, status, ru = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            p.kill()
            os.wait4(p.pid, 0)
            return None, timeout, time.monotonic() - t0, 0, b"timed out"
        time.sleep(0.01)
    err = p.stderr.read()
    p.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code in (-signal.SIGXCPU, -signal.SIGKILL):
        return None, timeout, time.monotonic() - t0, ru.ru_maxrss, b"over the CPU limit"
    return code, ru.ru_utime + ru.ru_stime, time.monotonic() - t0, ru.ru_maxrss, err


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--size", type=int, default=MB)
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--only", default="")
    ap.add_argument("--pdf", action="store_true", help="also render a PDF of every case")
    ap.add_argument("--brief", action="store_true", help="the PDF path on BRIEF_CASES instead")
    a = ap.parse_args()
    if a.brief:
        return brief_main(a)
    fails, rows = 0, []
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "out")
        for i, (name, gen) in enumerate(CASES.items(), 1):
            if a.only and a.only not in name:
                continue
            # a ladder of sizes, each with a time limit in proportion, so
            # that a quadratic case fails in seconds, not minutes
            res, why = {}, ""
            path = os.path.join(d, "in.txt")
            for size in (a.size // 16, a.size // 4, a.size):
                with open(path, "wb") as f:
                    f.write(gen(size))
                limit = max(3.0, a.timeout * size / a.size)
                r = res[size] = run(a.binary, path, out, limit, "json")
                if r[0] is None:
                    why = "over %gs of CPU at %d bytes" % (limit, size)
                elif r[0] != 0:
                    why = "exit %s at %d bytes: %s" % (r[0], size, r[4].decode(errors="replace").strip()[:200])
                if why:
                    break
            code, cpu, wall, rss, err = res[size]
            qcpu = res.get(a.size // 4, (0, 0))[1]
            ratio = cpu / qcpu if size == a.size and qcpu > 0.02 else 0
            if not why and cpu > 1.0 and ratio > 10:
                why = "super-linear: %.2fs CPU at 1/4 size, %.2fs at full size (x%.1f)" % (qcpu, cpu, ratio)
            if (a.pdf or name in PDF_CASES) and not why:
                # the brief itself, the default output, on the same ladder
                for size in (a.size // 16, a.size // 4, a.size):
                    with open(path, "wb") as f:
                        f.write(gen(size))
                    limit = max(3.0, a.timeout * size / a.size)
                    pc, pcpu, _, prss, perr = run(a.binary, path, out + ".pdf", limit, "pdf")
                    if pc is None:
                        why = "PDF: over %gs of CPU at %d bytes" % (limit, size)
                    elif pc != 0:
                        why = "PDF: exit %s at %d bytes: %s" % (pc, size, perr.decode(errors="replace").strip()[:200])
                    if why:
                        break
                rss = max(rss, prss)
                cpu += pcpu
            print("%s %d - %s (%.2fs CPU, %.2fs wall, x%.1f for 4x input, %d MB)"
                  % ("not ok" if why else "ok", i, name, cpu, wall, ratio, rss // 1024)
                  + (": " + why if why else ""), flush=True)
            fails += bool(why)
            rows.append((cpu, name, rss))
    rows.sort(reverse=True)
    print("# slowest: " + ", ".join("%s %.2fs" % (n, c) for c, n, _ in rows[:5]))
    print("# most memory: " + ", ".join("%s %d MB" % (n, r // 1024) for _, n, r in sorted(rows, key=lambda x: -x[2])[:3]))
    print("pathological: %d cases, %d failed" % (len(rows), fails))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
