"""Shared helpers of the gold tools: which characters are numerals, and the .ann format."""
import re

# Characters that make numbers. 百千万亿零 count only next to another numeral character
# (百姓, 千方百计, 万众一心 are words; 一百, 三千, 5万 are numbers).
NUMERAL = set("0123456789０１２３４５６７８９〇○一二三四五六七八九十两兩")
WEAK = set("百千万亿零佰仟")


def numeral_positions(text):
    """Character indices of numeral characters that the gold must account for."""
    out = []
    for i, c in enumerate(text):
        if c in NUMERAL:
            out.append(i)
        elif c in WEAK:
            near = (i > 0 and (text[i - 1] in NUMERAL or text[i - 1] in WEAK)) or (
                i + 1 < len(text) and (text[i + 1] in NUMERAL or text[i + 1] in WEAK))
            if near:
                out.append(i)
    return out


Q_FIELDS = ["value", "unit", "kind", "approx", "subject", "direction", "min", "max", "date"]


def parse_ann(path):
    """Blocks: '# id | set | split | source | locator', 'T text', 'q TEXT | v | unit | kind | approx |
    subject | direction | min | max | date', 'n TEXT | class'. '-' is null."""
    paras, cur = [], None
    for lineno, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("//"):
            continue
        tag, rest = line[:1], line[2:]
        if tag == "#":
            f = [x.strip() for x in rest.split(" | ")]
            cur = dict(id=f[0], set=f[1], split=f[2], source=f[3], locator=f[4], text=None, items=[])
            paras.append(cur)
        elif tag == "T":
            cur["text"] = rest
        elif tag in "qn":
            f = [x.strip() for x in rest.split(" | ")]
            cur["items"].append((tag, f, lineno))
        else:
            raise SystemExit(f"{path}:{lineno}: unknown line {line!r}")
    return paras
