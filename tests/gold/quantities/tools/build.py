#!/usr/bin/env python3
"""Builds dev.jsonl and check.jsonl from the hand-corrected ann/*.ann files and checks them.

  python3 tests/gold/quantities/tools/build.py        (from the repo root)

Checks: every item's text is found at its byte span (text.encode()[start:end].decode() == item text);
items do not overlap; every numeral character (common.numeral_positions) lies inside an item; fields have
allowed values; ids are unique. Exits 1 on the first paragraph with a problem, naming the .ann line.
"""
import glob, json, os, sys
from common import Q_FIELDS, numeral_positions, parse_ann

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.dirname(HERE)
KINDS = {"count", "percent", "money", "ordinal", "measure", "age", "duration", "date", "multiple", "score", "ratio",
         "fraction", "number"}
APPROX = {None, "about", "more_than", "nearly", "above", "at_least", "below", "at_most"}
CLASSES = {"name", "idiom", "determiner", "reference", "list_label", "article"}


def num(s):
    if s == "-":
        return None
    f = float(s)
    return int(f) if f.is_integer() and "." not in s and "e" not in s else f


def null(s):
    return None if s == "-" else s


def main():
    out = {"dev": [], "check": []}
    ids = set()
    problems = 0
    for path in sorted(glob.glob(os.path.join(GOLD, "ann", "*.ann"))):
        for p in parse_ann(path):
            text = p["text"]
            assert p["id"] not in ids, p["id"]
            ids.add(p["id"])
            taken = set()
            cursor = 0
            qs, ns = [], []
            for tag, f, lineno in p["items"]:
                t = f[0]
                pos, start = -1, cursor
                for attempt in (cursor, 0):
                    i = text.find(t, attempt)
                    while i >= 0 and taken.intersection(range(i, i + len(t))):
                        i = text.find(t, i + 1)
                    if i >= 0:
                        pos = i
                        break
                if pos < 0:
                    print(f"{path}:{lineno}: {t!r} not found (free) in {p['id']}")
                    problems += 1
                    continue
                taken.update(range(pos, pos + len(t)))
                cursor = pos + len(t)
                b0, b1 = len(text[:pos].encode()), len(text[:pos + len(t)].encode())
                assert text.encode()[b0:b1].decode() == t
                if tag == "q":
                    if len(f) != 1 + len(Q_FIELDS):
                        print(f"{path}:{lineno}: {len(f)} fields")
                        problems += 1
                        continue
                    v = dict(zip(Q_FIELDS, f[1:]))
                    q = {"text": t, "start": b0, "end": b1, "value": num(v["value"]), "unit": null(v["unit"]),
                         "kind": v["kind"], "approx": null(v["approx"]), "subject": null(v["subject"]),
                         "direction": null(v["direction"]), "min": num(v["min"]), "max": num(v["max"]),
                         "date": null(v["date"])}
                    bad = []
                    if q["kind"] not in KINDS:
                        bad.append("kind")
                    if q["approx"] not in APPROX:
                        bad.append("approx")
                    if q["direction"] not in (None, "up", "down"):
                        bad.append("direction")
                    if (q["min"] is None) != (q["max"] is None) or (q["min"] is not None and q["value"] is not None):
                        bad.append("range")
                    if (q["value"] is None and q["min"] is None and q["kind"] != "ratio"
                            and not (q["date"] or "").startswith("--")):
                        bad.append("no value")
                    if q["kind"] == "date" and not q["date"]:
                        bad.append("date")
                    if q["subject"] and q["subject"] not in text:
                        bad.append("subject not in text")
                    if bad:
                        print(f"{path}:{lineno}: {t!r}: bad {bad}")
                        problems += 1
                    qs.append(q)
                else:
                    if len(f) != 2 or f[1] not in CLASSES:
                        print(f"{path}:{lineno}: {t!r}: bad class {f[1:]}")
                        problems += 1
                    ns.append({"text": t, "start": b0, "end": b1, "class": f[1] if len(f) > 1 else None})
            missing = [i for i in numeral_positions(text) if i not in taken]
            if missing:
                print(f"{path}: {p['id']}: numerals not accounted for: " +
                      ", ".join(f"{text[max(0, i - 3):i]}[{text[i]}]{text[i + 1:i + 4]}" for i in missing))
                problems += 1
            qs.sort(key=lambda x: x["start"])
            ns.sort(key=lambda x: x["start"])
            row = {"id": p["id"], "source": p["source"], "locator": p["locator"], "set": p["set"], "text": text,
                   "quantities": qs, "non_quantities": ns}
            out[p["split"]].append(row)
    for split, rows in out.items():
        with open(os.path.join(GOLD, f"{split}.jsonl"), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for split, rows in out.items():
        for s in ("statistics", "congress"):
            rs = [r for r in rows if r["set"] == s]
            print(f"{split:5} {s:10} paragraphs {len(rs):3} quantities {sum(len(r['quantities']) for r in rs):4} "
                  f"non-quantities {sum(len(r['non_quantities']) for r in rs):4}")
    if problems:
        print(f"{problems} problems")
        sys.exit(1)


if __name__ == "__main__":
    main()
