#!/usr/bin/env python3
"""Pick more candidate paragraphs for the dev split (issue 11, q11): only documents whose split (the CRC32
rule of pick.py) is dev, no document that check.jsonl uses, no paragraph already in the gold.

  python3 tests/gold/quantities/tools/pick_more.py CONGRESS_N STATISTICS_N > /tmp/more.jsonl

Congress paragraphs (work reports, weighed most) match a wider pattern than pick.py's: a party congress or
NPC session, a Chinese-numeral date, 第N届/次, N年来, or a name with a numeral. Seeded (11 + 1) and
reproducible; at most 2 paragraphs a report.
"""
import glob, json, os, random, re, sys
from pick import SHARED, WR, NUM, paragraphs, split_of, ok_shape

GOLD = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONGRESS = re.compile(r"党的[一二三四五六七八九十]+大|[一二三四五六七八九十]+届|第[一二三四五六七八九十]+次|[一二三四五六七八九十]中全会"
                      r"|[一二三四五六七八九〇○]{4}年|[一二三四五六七八九十两几]年来|三个代表|一国两制|一带一路|四个现代化"
                      r"|[一二三四五六七八九十]+五计划|[一二三四五六七八九十]+五规划|全国人民代表大会")


def used():
    docs, texts = {"check": set(), "dev": set()}, set()
    for s in ("dev", "check"):
        for l in open(os.path.join(GOLD, f"{s}.jsonl"), encoding="utf-8"):
            r = json.loads(l)
            docs[s].add((r["source"], r["locator"].split(" ")[0] if r["source"] == WR else ""))
            texts.add(r["text"])
    return docs, texts


def main():
    n_cong, n_stat = int(sys.argv[1]), int(sys.argv[2])
    docs, texts = used()
    rng = random.Random(12)
    cong = []
    for i, line in enumerate(open(WR, encoding="utf-8")):
        d = json.loads(line)
        year = d.get("year")
        key = f"year={year}" if year else f"line={i + 1}"
        if split_of(key) != "dev" or (WR, key) in docs["check"]:
            continue
        cands = [(n, s) for n, s in paragraphs(d["content"])
                 if ok_shape(s, 40, 180) and CONGRESS.search(s) and s not in texts]
        for n, s in rng.sample(cands, min(2, len(cands))):
            cong.append(dict(id=f"wr-{year or 'l' + str(i + 1)}-p{n}", set="congress", split="dev", source=WR,
                             locator=f"{key} paragraph {n} (non-empty lines of content)", text=s))
    stat = []
    for path in sorted(glob.glob(SHARED + "/corpus/gov-reports/**/*.md", recursive=True)):
        if split_of(path) != "dev" or (path, "") in docs["check"] or "国务院" in path:
            continue
        text = open(path, encoding="utf-8").read()
        cands = [(n, s) for n, s in paragraphs(text)
                 if ok_shape(s, 50, 180) and len(NUM.findall(s)) >= 3 and s not in texts]
        if cands:
            n, s = rng.choice(cands)
            name = re.sub(r"[^0-9A-Za-z\u4e00-\u9fff]+", "-", path.split("gov-reports/")[1][:-3])
            stat.append(dict(id=f"gr-{name}-p{n}", set="statistics", split="dev", source=path,
                             locator=f"paragraph {n} (non-empty lines)", text=s))
    for o in rng.sample(cong, min(n_cong, len(cong))) + rng.sample(stat, min(n_stat, len(stat))):
        print(json.dumps(o, ensure_ascii=False))


if __name__ == "__main__":
    main()
