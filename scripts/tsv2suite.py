#!/usr/bin/env python3
"""tsv2suite.py - turns a held-out amounts file (tests/numbers/heldout.tsv:
family, sentence, surface, value, min, max, unit) into the JSON lines that
../shared/tools/eval-numbers reads, on stdout. A bound ending in "o" is open;
"-" is none. UNITS (units.tsv) tells which unit labels are money."""
import json
import sys


def money_labels(path):
    labels = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            field = line.rstrip("\n").split("\t")
            if len(field) >= 3 and not line.startswith("#") and field[1].startswith("currency:"):
                labels.add(field[0])
    return labels


def number(text):
    return None if text == "-" else float(text.rstrip("o"))


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: tsv2suite.py HELDOUT.tsv UNITS.tsv")
    money = money_labels(sys.argv[2])
    seen = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            field = line.split("\t")
            if len(field) != 7:
                sys.exit(f"{sys.argv[1]}:{n}: want 7 tab-separated fields")
            family, sentence, surface, value, lo, hi, unit = field
            start = sentence.find(surface)
            if start < 0:
                sys.exit(f"{sys.argv[1]}:{n}: surface not in sentence")
            exp = {"start": start, "end": start + len(surface), "text": surface}
            if value != "-":
                exp["value"] = number(value)
            else:
                exp["min"], exp["max"] = number(lo), number(hi)
                exp["min_open"] = lo.endswith("o")
                exp["max_open"] = hi.endswith("o")
            if unit != "-":
                exp["unit"] = unit
                if unit in money:
                    exp["kind"] = "money"
            seen[family] = seen.get(family, 0) + 1
            print(json.dumps({"id": f"{family}#{seen[family]}", "input": sentence,
                              "expect": [exp]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
