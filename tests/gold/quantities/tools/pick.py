#!/usr/bin/env python3
"""Pick candidate paragraphs for the quantities gold from ../shared/corpus (read-only).

Prints JSONL {id, set, split, source, locator, text}; the choice is seeded and reproducible.
Run from the repo root: python3 tests/gold/quantities/tools/pick.py > /tmp/picked.jsonl
"""
import glob, json, random, re, sys, zlib

SHARED = "../shared"
WR = "../shared/corpus/work-reports/government_work_reports.jsonl"
NUM = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?\s*(?:%|％|亿|万|个|元|吨|人|家|户|倍|公里|千米|亩|项|名|所|平方)")
CONGRESS = re.compile(r"党的[一二三四五六七八九十]+大|[一二三四五六七八九十]+届[一二三四五六七八九]中全会|三个代表|一国两制|一带一路|四个现代化|两个一百年|[一二三四五六七八九十]+五计划|[一二三四五六七八九十]+五规划|全国人民代表大会第[一二三四五六七八九十]+次会议|[一二三四五六七八九十]+大以来")


def paragraphs(text):
    """Non-empty lines, stripped, with their index among non-empty lines."""
    n = 0
    for line in text.split("\n"):
        s = line.strip()
        if s:
            n += 1
            yield n, s


def split_of(doc):
    return "dev" if zlib.crc32(doc.encode()) % 2 == 0 else "check"


def ok_shape(s, lo, hi):
    return lo <= len(s) <= hi and s.endswith("。") and "|" not in s and "  " not in s and not s.startswith("#")


def main():
    rng = random.Random(11)
    out = []
    # statistics: communiqués (3 each) and local reports (1 each)
    for path in sorted(glob.glob(SHARED + "/corpus/gov-reports/**/*.md", recursive=True)):
        rel = path
        comm = "国家统计局年度统计" in path
        local = "政府工作报告-" in path and "国务院" not in path
        if not (comm or local):
            continue
        text = open(path, encoding="utf-8").read()
        cands = [(n, s) for n, s in paragraphs(text) if ok_shape(s, 50, 200) and len(NUM.findall(s)) >= 3]
        if not cands:
            continue
        k = 3 if comm else 1
        for n, s in rng.sample(cands, min(k, len(cands))):
            name = re.sub(r"[^0-9A-Za-z\u4e00-\u9fff]+", "-", path.split("gov-reports/")[1][:-3])
            out.append(dict(id=f"gr-{name}-p{n}", set="statistics", split=split_of(path), source=rel,
                            locator=f"paragraph {n} (non-empty lines)", text=s))
    # congress: State Council reports, up to 2 per report
    for i, line in enumerate(open(WR, encoding="utf-8")):
        d = json.loads(line)
        year = d.get("year")
        key = f"year={year}" if year else f"line={i + 1}"
        cands = [(n, s) for n, s in paragraphs(d["content"]) if ok_shape(s, 40, 220) and CONGRESS.search(s)]
        for n, s in rng.sample(cands, min(2, len(cands))):
            out.append(dict(id=f"wr-{year or 'l' + str(i + 1)}-p{n}", set="congress", split=split_of(key), source=WR,
                            locator=f"{key} paragraph {n} (non-empty lines of content)", text=s))
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == "__main__":
    main()
