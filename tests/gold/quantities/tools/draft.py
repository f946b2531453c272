#!/usr/bin/env python3
"""First drafts of gold annotations: runs `jianbao quantities --jsonl` on chosen paragraphs and writes
the .ann format (see common.py) for a human to correct field by field.

  python3 tests/gold/quantities/tools/draft.py chosen.jsonl > draft.ann
Input lines: {id, set, split, source, locator, text}. Needs target/release/jianbao.
"""
import json, re, subprocess, sys
from common import numeral_positions

# Words whose numeral is not a quantity, longest first; class per the README.
LEXICON = {
    "name": ["三个代表", "一国两制", "一带一路", "四个现代化", "四人帮", "九二共识", "一个中国", "第一产业", "第二产业",
             "第三产业", "一个国家、两种制度", "两个一百年", "三大战略", "长三角", "珠三角", "一报两台", "十三五", "十四五",
             "十二五", "十一五", "十五", "六五计划", "七五", "八五", "九五", "两岸", "放管服"],
    "idiom": ["一心一意", "三心二意", "多快好省", "万众一心", "一如既往", "千方百计", "独一无二", "一以贯之", "十分"],
    "determiner": ["进一步", "统一", "一些", "一起", "这一", "每一", "新一轮", "一批", "一定", "一切", "一致", "唯一",
                   "一道", "一体化", "一般", "一直", "一样", "一系列", "一方面", "一度", "同一", "一律", "万一", "一线", "一手",
                   "一同", "一贯", "逐一", "不一", "专一", "一站式", "一揽子", "一网通办", "一件事"],
    "list_label": ["一是", "二是", "三是", "四是", "五是", "第一，", "第二，", "第三，"],
}
WORDS = sorted(((w, c) for c, ws in LEXICON.items() for w in ws), key=lambda x: -len(x[0]))
UP = ("增长", "提高", "上升", "增加", "增产", "上涨", "增速", "增幅")
DOWN = ("下降", "减少", "降低", "下跌", "减产", "回落")


def nn(x):
    return "-" if x is None else str(x)


def main():
    rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
    inp = "".join(r["text"] + "\n" for r in rows)
    res = subprocess.run(["target/release/jianbao", "quantities", "--jsonl"], input=inp.encode(),
                         capture_output=True, check=True).stdout.decode().splitlines()
    for r, line in zip(rows, res):
        text = r["text"]
        b2c = {len(text[:i].encode()): i for i in range(len(text) + 1)}
        print(f"# {r['id']} | {r['set']} | {r['split']} | {r['source']} | {r['locator']}")
        print(f"T {text}")
        items = []
        for q in json.loads(line)["quantities"]:
            s, e = b2c[q["span"]["start"]], b2c[q["span"]["end"]]
            before = re.sub(r"\s|了|到|为|达", "", text[max(0, s - 6):s])[-3:]
            d = None
            if q["kind"] != "date":
                d = "up" if any(w in before for w in UP) else "down" if any(w in before for w in DOWN) else None
            date = None
            if q["kind"] == "date" and q.get("value") is not None:
                date = str(int(q["value"])) if q.get("unit") == "年" else None
            items.append((s, e, "q", [q["text"], nn(q.get("value")), nn(q.get("unit")), q["kind"], nn(q.get("approx")),
                                      nn(q.get("subject")), nn(q.get("direction", d)), nn(q.get("min")), nn(q.get("max")),
                                      nn(q.get("date", date))]))
        covered = set()
        for s, e, *_ in items:
            covered.update(range(s, e))
        for i in numeral_positions(text):
            if i in covered:
                continue
            hit = None
            for w, c in WORDS:
                for st in range(max(0, i - len(w) + 1), i + 1):
                    if text.startswith(w, st) and not covered.intersection(range(st, st + len(w))):
                        hit = (st, st + len(w), w, c)
                        break
                if hit:
                    break
            if hit is None:
                hit = (i, i + 1, text[i], "?")
            covered.update(range(hit[0], hit[1]))
            items.append((hit[0], hit[1], "n", [hit[2], hit[3]]))
        for s, e, tag, f in sorted(items):
            print(f"{tag} " + " | ".join(f))
        print()


if __name__ == "__main__":
    main()
