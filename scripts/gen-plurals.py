#!/usr/bin/env python3
"""Writes data/nouns-plural.tsv, the plurals that the suffix rules of
fb_noun_lemma (src/text/lemma.c) get wrong, from WordNet 3.0 (Debian package
wordnet-base, /usr/share/wordnet: noun.exc, index.noun, data.noun for the
spelling, cntlist.rev).

usage: scripts/gen-plurals.py [WORDNET_DIR] > data/nouns-plural.tsv

Only one-word, lower-case, alphabetic words of four letters or more are
listed (the lemmatizer looks nothing else up). A line is "plural<TAB>singular":
- noun.exc's irregular plurals ("teeth" -> "tooth", "crises" -> "crisis");
- the regular plurals of WordNet's common nouns (proper names left out) that
  the rules read as another word that is no noun ("buses" -> "bus", not
  "buse"; "movies" -> "movie", not "movy"; "menus" -> "menu", which the
  "-us" rule keeps whole). A noun's regular plurals are those English
  spelling gives it: "-es" after s, x, z, ch and sh, "-ies" after a consonant
  and y, "-s" and "-es" after o, "-men" and "-s" after "-man", else "-s";
  a noun in s takes "-es" only after a vowel ("bus", "gas", not "series");
- nouns the rules would cut to a word that is no noun, as themselves
  ("news", "series", "specimen").
A word that is a noun in its own right as well as a plural ("data", "cola",
"species") is read as itself unless its singular's tagged senses
(cntlist.rev) outnumber its own at least five to one ("teeth" -> "tooth").
A plural the rules read as another noun is left to them unless that noun's
tagged senses are fewer ("cookies" -> "cookie", not "cooky").
To keep the file small (about 1,600 lines), a singular (or a word kept as
itself) is listed only when WordNet's sense-tagged corpus has it (a count in
cntlist.rev) or it has at most eight letters (MAX_UNTAGGED; an untagged noun
in s needs a count). The rules below must stay in step with fb_noun_lemma's.
Sorted, and the same for the same inputs."""
import collections
import os
import sys

MAX_UNTAGGED = 8  # letters of a singular listed without a tagged sense
RATIO = 5         # a plural that is a noun too needs its singular this much more frequent


def rules(w):
    """fb_noun_lemma's suffix rules on a lower-case word of 4 letters or more."""
    n = len(w)
    if n > 4 and w.endswith("ies"):
        return w[:-3] + "y"  # "cities"
    if n > 4 and w.endswith(("ches", "shes", "xes", "sses", "oes")):
        return w[:-2]  # "churches", "boxes", "classes", "heroes"
    if n > 4 and w.endswith("men"):
        return w[:-3] + "man"  # "women", "firemen" (WordNet's own rule)
    if w.endswith(("ss", "us", "is")):
        return w  # "gross", "bonus", "crisis"
    if w.endswith("s"):
        return w[:-1]
    return w


def regular_plurals(w):
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return [w + "es"]
    if w.endswith("y") and len(w) > 1 and w[-2] not in "aeiou":
        return [w[:-1] + "ies"]
    if w.endswith("o"):
        return [w + "s", w + "es"]
    if w.endswith("man"):
        return [w[:-3] + "men", w + "s"]  # "women", "humans"
    return [w + "s"]


def plural_in_form(w):
    # a noun in s takes "-es" only after a vowel ("bus", "gas", "iris"), not
    # as "series", "physics", "earnings"; the "-sis" and "-itis" nouns take
    # noun.exc's plurals ("crises")
    return w.endswith("s") and (w[-2:-1] not in ("a", "i", "o", "u") or w.endswith(("sis", "itis")))


def plain(w):
    return w.isascii() and w.isalpha() and w.islower()


def main():
    wn = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    nouns = set()  # index.noun's nouns, all in lower case there ...
    for line in open(os.path.join(wn, "index.noun"), encoding="latin-1"):
        if not line.startswith(" "):
            nouns.add(line.split()[0])
    common_nouns = set()  # ... and those data.noun spells in lower case somewhere
    for line in open(os.path.join(wn, "data.noun"), encoding="latin-1"):
        if not line.startswith(" "):
            f = line.split()
            common_nouns.update(w for w in f[4:4 + 2 * int(f[3], 16):2] if w.islower())
    nouns &= common_nouns  # no proper names: "jones", "texas"
    count = collections.Counter()  # noun -> tagged senses, all senses summed
    for line in open(os.path.join(wn, "cntlist.rev"), encoding="latin-1"):
        key, _, cnt = line.split()
        lemma, lex = key.split("%", 1)
        if lex.startswith("1:"):  # ss_type 1: a noun
            count[lemma] += int(cnt)

    def common(w):
        # "-s" nouns need a count: most untagged ones are never made plural ("feces")
        return count[w] > 0 or len(w) <= MAX_UNTAGGED and not w.endswith("s")

    def reads_as(p, s):
        # may the word p, seen in a text, be read as the plural of s?
        return p not in nouns or count[s] >= RATIO * max(count[p], 1)

    out, exc = {}, set()
    for line in open(os.path.join(wn, "noun.exc"), encoding="latin-1"):
        f = line.split()
        if len(f) < 2 or f[0] in exc:
            continue
        p, s = f[0], f[1]  # the first singular: "bases" -> "base", not "basis"
        exc.add(p)  # noun.exc has the last word on its plurals, listed or not
        if plain(p) and plain(s) and len(p) >= 4 and common(s) and reads_as(p, s) and rules(p) != s:
            out[p] = s
    regular, cands = set(), collections.defaultdict(list)
    for s in nouns:
        if not plain(s) or len(s) >= 4 and rules(s) != s and rules(s) in nouns or plural_in_form(s):
            continue  # "bones" is a plural already
        for p in regular_plurals(s):
            if len(p) < 4:
                continue
            r = rules(p)
            if r == s:
                regular.add(p)
            elif common(s) and (r not in nouns or r == p or count[s] > count[r]):
                cands[p].append(s)  # the rules' other noun is rarer: "cookies", not "cooky"
    for p in sorted(cands):
        if p in exc:
            continue
        s = max(sorted(cands[p]), key=lambda w: count[w])
        if reads_as(p, s):
            out[p] = s
        elif rules(p) != p:
            out[p] = p  # "species", not "specie"
    for w in nouns:
        if plain(w) and len(w) >= 4 and w not in out and w not in regular and common(w):
            r = rules(w)
            if r != w and r not in nouns:
                out[w] = w
    print("# Generated by scripts/gen-plurals.py from WordNet 3.0 (noun.exc, index.noun, cntlist.rev); do not edit.")
    print("# plural<TAB>singular, where the suffix rules of fb_noun_lemma (src/text/lemma.c) go wrong")
    for p in sorted(out):
        print(f"{p}\t{out[p]}")


main()
