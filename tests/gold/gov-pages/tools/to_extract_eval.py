#!/usr/bin/env python3
"""Writes gold.jsonl in ../shared/tools/extract-eval's format under extract-eval/gov-pages/.

Usage (from the repository root): python3 tests/gold/gov-pages/tools/to_extract_eval.py

extract-eval reads DATA/SOURCE/gt.jsonl and the pages at DATA/SOURCE/html/ID.html; here html/ is a
symbolic link to ../shared/corpus/gov-pages/html (nothing of ../shared is copied). A gold text there
begins with the headline (the file HEADLINE_IN_GOLD says so), so the tool scores each extractor's
title + text, as tests/gov_pages_gold.rs does. Pages without an article have an empty text and are
left out of the F1 by the tool.
"""
import json
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
OUT = HERE / 'extract-eval' / 'gov-pages'
ROOT = HERE.parents[2]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / 'HEADLINE_IN_GOLD').write_text('gold texts begin with the headline\n')
    link = OUT / 'html'
    if not link.is_symlink():
        os.symlink('../../../../../../shared/corpus/gov-pages/html', link)
    rows = []
    for line in open(HERE / 'gold.jsonl', encoding='utf-8'):
        g = json.loads(line)
        page = (ROOT / g['path']).resolve()
        text = (g['headline'] + '\n' + g['text']) if g['headline'] and g['text'] else g['text']
        rows.append({'id': Path(g['path']).stem, 'html_bytes': page.stat().st_size if page.exists() else 0,
                     'split': g['split'], 'kind': g['kind'], 'title': g['headline'], 'date': g['date'],
                     'author': g['author'], 'text': text})
    with open(OUT / 'gt.jsonl', 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(rows), 'rows in', OUT / 'gt.jsonl')


if __name__ == '__main__':
    main()
