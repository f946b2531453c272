#!/usr/bin/env python3
"""First drafts of gold labels for ../shared/corpus/gov-pages (to be corrected by hand).

Usage (from the repository root):
  python3 tests/gold/gov-pages/tools/draft.py PAGE.html...            # one JSON draft a line
  python3 tests/gold/gov-pages/tools/draft.py --view PAGE.html         # the whole page as plain text
  python3 tests/gold/gov-pages/tools/draft.py --crate PAGE.html...     # the crate's output as a draft

A draft comes from the page's own template where the site has one (www.gov.cn: div.pages-title,
div.pages-date, div.pages_content; bjjs.gov.cn: the <!--TitleStart-->/<!--ContentStart--> comments
and the 发布时间 line; the Shanghai (sina) portal: h1#artibodyTitle, #pub_date, #artibody), else from
`target/release/jianbao parse` (build it with `cargo build --release`). Every draft is only a start:
the gold in gold.jsonl is what a human reads on the page, corrected line by line.

The pages are UTF-8 whatever their <meta charset> says (the corpus was transcoded when it was
collected); a few were already damaged (U+FFFD in place of every Chinese character).
"""
import html
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
BIN = ROOT / 'target' / 'release' / 'jianbao'


def decode(b):
    if b[:2] == b'\xff\xfe':
        return b[2:].decode('utf-16-le', 'replace')
    if b[:3] == b'\xef\xbb\xbf':
        b = b[3:]
    try:
        return b.decode('utf-8')
    except UnicodeDecodeError:
        m = re.search(rb'charset\s*=\s*["\']?([\w-]+)', b[:4000], re.I)
        cs = m.group(1).decode().lower() if m else 'gb18030'
        if cs in ('gb2312', 'gbk'):
            cs = 'gb18030'
        return b.decode(cs, 'replace')


BLOCK = r'br|p|div|tr|li|h\d|table|dt|dd|title|ul|ol|center|blockquote'


def to_text(t):
    """Markup to plain text, one block a line (table cells joined by a space)."""
    t = re.sub(r'(?is)<(script|style|noscript|select)\b.*?</\1>', '', t)
    t = re.sub(r'(?s)<!--.*?-->', '', t)
    # a table row is one line: blocks inside a short cell become spaces (a layout cell that
    # holds a whole article keeps its paragraphs)
    def cell(m):
        inner = m.group(2)
        if len(re.sub(r'<[^>]+>', '', inner)) > 200 or re.search(r'(?i)<table', inner):
            return m.group(0)
        return m.group(1) + re.sub(r'(?i)</?(%s)\b[^>]*>' % BLOCK, ' ', inner)
    t = re.sub(r'(?is)(<t[dh]\b[^>]*>)(.*?)(?=</t[dh]>|<t[dhr]\b|</tr>)', cell, t)
    t = re.sub(r'(?i)<(%s)\b[^>]*>' % BLOCK, '\n', t)
    t = re.sub(r'(?i)</(%s)>' % BLOCK, '\n', t)
    t = re.sub(r'(?i)<t[dh]\b[^>]*>', ' ', t)
    t = re.sub(r'<[^>]+>', '', t)
    t = html.unescape(t).replace('\u3000', ' ').replace('\xa0', ' ')
    lines = [re.sub(r'\s+', ' ', l).strip() for l in t.split('\n')]
    return '\n'.join(l for l in lines if l)


def element(s, pattern):
    """The markup inside the first element whose start tag matches `pattern` (nesting counted)."""
    m = re.search(pattern, s)
    if not m:
        return None
    name = re.match(r'<(\w+)', m.group(0)).group(1).lower()
    depth, i = 1, m.end()
    tag = re.compile(r'(?i)<(/?)%s\b[^>]*>' % name)
    while depth:
        n = tag.search(s, i)
        if not n:
            return s[m.end():]
        depth += -1 if n.group(1) else 1
        i = n.end()
    return s[m.end():n.start()]


def ymd(s):
    m = re.search(r'(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})', s or '')
    return '%04d-%02d-%02d' % tuple(map(int, m.groups())) if m else None


def template(s):
    """(headline, date, text) from a site template, or None."""
    if 'class="pages_content"' in s:
        head = to_text(element(s, r'<div class="pages-title">') or '') or None
        date = ymd(to_text(element(s, r'<div class="pages-date">') or ''))
        body = element(s, r'<div class="pages_content">') or ''
        body = re.sub(r'(?s)<div class="editor">.*', '', body)
        return head, date, to_text(body)
    if '<!--ContentStart-->' in s:
        t = re.search(r'(?s)<!--TitleStart-->(.*?)<!--TitleEnd-->', s)
        d = re.search(r'发布时间：\s*([\d-]+)', s)
        # the 发文字号 line sits between the date line and the body
        pre = s[s.find('<!--TitleEnd-->'):s.find('<!--ContentStart-->')]
        pre = [l for l in to_text(pre).split('\n') if '发布时间' not in l]
        body = s[s.find('<!--ContentStart-->'):]
        end = body.find('<!--ContentEnd-->')
        body = body[:end] if end >= 0 else body
        text = '\n'.join(pre + [to_text(body)]).strip()
        return (to_text(t.group(1)) if t else None), (ymd(d.group(1)) if d else None), text
    if 'id="artibody"' in s:
        head = to_text(element(s, r'<h1 id="artibodyTitle"[^>]*>') or '') or None
        date = ymd(to_text(element(s, r'<span id="pub_date"[^>]*>') or ''))
        body = element(s, r'<div[^>]*id="artibody"[^>]*>') or ''
        return head, date, to_text(body)
    return None


def crate(paths):
    r = subprocess.run([str(BIN), 'parse', '--jsonl', '--paths-from', '-'], input='\n'.join(paths) + '\n',
                       capture_output=True, text=True)
    return {o['path']: o for o in map(json.loads, r.stdout.splitlines())}


def draft(path, by_crate):
    s = decode(Path(path).read_bytes())
    t = None if by_crate else template(s)
    if t is None:
        o = crate([path])[path]
        t = (o.get('title'), o.get('date'), o.get('text') or '')
    head, date, text = t
    num = re.search(r'[\u4e00-\u9fff]{1,8}[〔\[［(（]\d{4}[〕\]］)）]\s*\d+\s*号', (head or '') + '\n' + text)
    return {'path': path, 'split': None, 'kind': None, 'headline': head, 'date': date, 'text': text,
            'doc_number': num.group(0) if num else None, 'author': None}


def main():
    args = sys.argv[1:]
    if args[:1] == ['--view']:
        for p in args[1:]:
            print('=====', p)
            print(to_text(decode(Path(p).read_bytes())))
        return
    by_crate = args[:1] == ['--crate']
    for p in args[by_crate:]:
        print(json.dumps(draft(p, by_crate), ensure_ascii=False))


if __name__ == '__main__':
    main()
