#!/usr/bin/env python3
"""Where `jianbao quantities` and the gold disagree, one line each (for error analysis).

  python3 tests/gold/quantities/tools/diff.py [dev|check ...]     (from the repo root)

Needs target/release/jianbao. Lines: MISS (gold not predicted at its span, with any overlapping
prediction), EXTRA (prediction overlapping no gold quantity; [non-q class] when it hits a
non-quantity), and FIELD (matched span, a field differs).
"""
import json, os, subprocess, sys

GOLD = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    splits = sys.argv[1:] or ["dev", "check"]
    rows = [json.loads(l) for s in splits for l in open(os.path.join(GOLD, f"{s}.jsonl"), encoding="utf-8")]
    out = subprocess.run(["target/release/jianbao", "quantities", "--jsonl"],
                         input="".join(r["text"] + "\n" for r in rows).encode(),
                         capture_output=True, check=True).stdout.decode().splitlines()
    for r, line in zip(rows, out):
        preds = json.loads(line)["quantities"]
        ps = {(q["span"]["start"], q["span"]["end"]): q for q in preds}
        gs = {(g["start"], g["end"]): g for g in r["quantities"]}
        tag = f"{r['set'][:4]} {r['id']}"
        for k, g in gs.items():
            q = ps.get(k)
            if q is None:
                near = [p["text"] for p in preds if p["span"]["start"] < k[1] and k[0] < p["span"]["end"]]
                print(f"MISS  {tag}: {g['text']} ({g['kind']}) got {near}")
                continue
            diffs = []
            if g["value"] is not None and (q.get("value") is None or abs(q["value"] - g["value"]) > 1e-9 * max(1, abs(g["value"]))):
                diffs.append(f"value {q.get('value')} != {g['value']}")
            if g["value"] is None and (q.get("min"), q.get("max")) != (g["min"], g["max"]):
                diffs.append(f"range {q.get('min')}-{q.get('max')} != {g['min']}-{g['max']}")
            for f in ("unit", "kind", "approx"):
                if q.get(f) != g[f]:
                    diffs.append(f"{f} {q.get(f)} != {g[f]}")
            if g["subject"] and not (q.get("subject") and g["subject"] in q["subject"]):
                diffs.append(f"subject {q.get('subject')} !~ {g['subject']}")
            if diffs:
                print(f"FIELD {tag}: {g['text']}: " + "; ".join(diffs))
        for k, q in ps.items():
            if k in gs or any(k[0] < e and s < k[1] for s, e in gs):
                continue
            hit = [n["class"] for n in r["non_quantities"] if k[0] < n["end"] and n["start"] < k[1]]
            print(f"EXTRA {tag}: {q['text']} ({q['kind']}) {hit}")


if __name__ == "__main__":
    main()
