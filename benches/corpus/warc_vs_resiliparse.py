#!/usr/bin/env python3
"""jianbao vs resiliparse + FastWARC over one WARC of the gold pages of ../shared/corpus.

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install resiliparse fastwarc
    cargo build --release
    /tmp/venv/bin/python benches/corpus/warc_vs_resiliparse.py [--jobs 1,2] [--repeat 3]

Packs every page with a gold text (magic-html-article, magic-html-forum, mozilla-readability,
daniel-news) into one .warc.gz (a gzip member per record, HTTP Content-Type text/html without a
charset, so each tool finds the encoding itself), then times over the same WARC:
  - `jianbao parse --jsonl --quiet -j N WARC` (the whole process: reading, gunzip, parsing, JSON);
  - resiliparse in one Python process: FastWARC's ArchiveIterator, detect_encoding + bytes_to_str,
    extract_plain_text(main_content=True), as ../shared/tools/peers/py-extract runs it.
and prints documents, documents/s (wall, and per CPU second: the machine may be shared) and the bigram F1 of main text, scored with extract-eval's own
normalisation and bigram P/R/F (imported from ../shared/tools/extract-eval), macro mean over pages.
"""
import argparse
import gzip
import importlib.machinery
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCES = ["magic-html-article", "magic-html-forum", "mozilla-readability", "daniel-news"]


def load_extract_eval(shared):
    path = str(shared / "tools" / "extract-eval")
    loader = importlib.machinery.SourceFileLoader("extract_eval", path)
    spec = importlib.util.spec_from_loader("extract_eval", loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


def record(rid, url, block):
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{rid}>\r\n"
            f"WARC-Target-URI: {url}\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def pack(shared, sources, warc):
    """Writes the WARC; returns {url: (source, gold row)} and the HTML bytes packed."""
    gold, total = {}, 0
    with open(warc, "wb") as f:
        for s in sources:
            d = shared / "corpus" / s
            for i, line in enumerate(open(d / "gt.jsonl", encoding="utf-8")):
                row = json.loads(line)
                html = (d / "html" / f"{row['id']}.html").read_bytes()
                url = f"http://{s}.test/{row['id']}.html"
                http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html
                f.write(gzip.compress(record(f"{s}-{i}", url, http), compresslevel=6))
                gold[url] = (s, row)
                total += len(html)
    return gold, total


def child_cpu():
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_jianbao(binary, warc, jobs):
    t0, c0 = time.perf_counter(), child_cpu()
    r = subprocess.run([binary, "parse", "--jsonl", "--quiet", "-j", str(jobs), warc],
                       capture_output=True, text=True)
    wall, cpu = time.perf_counter() - t0, child_cpu() - c0
    out = {}
    for line in r.stdout.splitlines():
        o = json.loads(line)
        if "url" in o:
            out[o["url"]] = (o.get("title") or "", o.get("text") or "")
    return out, wall, cpu


def run_resiliparse(warc):
    from fastwarc.warc import ArchiveIterator, WarcRecordType
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding

    t0, c0 = time.perf_counter(), time.process_time()
    out = {}
    # FastWARC 2 opens the path itself and detects the gzip members.
    for rec in ArchiveIterator(warc, record_types=WarcRecordType.response, parse_http=True):
        body = rec.reader.read()
        text = extract_plain_text(bytes_to_str(body, detect_encoding(body)), main_content=True)
        out[rec.headers.get("WARC-Target-URI")] = ("", text)
    return out, time.perf_counter() - t0, time.process_time() - c0


def score(ev, shared, gold, preds):
    f1 = []
    for url, (s, row) in gold.items():
        title, text = preds.get(url, ("", ""))
        if (shared / "corpus" / s / "HEADLINE_IN_GOLD").exists():
            t = title.strip()  # extract-eval's rule: title before text when the gold starts with it
            if t and ev.norm(t) not in ev.norm(text[:len(t) + 200]):
                text = t + "\n" + text
        f1.append(ev.prf(ev.norm(text), ev.norm(row["text"]), 2)[2])
    return sum(f1) / len(f1)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--jianbao", default=str(REPO / "target" / "release" / "jianbao"))
    ap.add_argument("--jobs", default="1,2", help="comma list of -j values to time")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each; the fastest is kept")
    ap.add_argument("--sources", default=",".join(SOURCES))
    a = ap.parse_args()
    shared = Path(a.shared)
    if not (shared / "tools" / "extract-eval").exists():
        sys.exit(f"{shared}/tools/extract-eval is absent: the benchmark needs ../shared")
    ev = load_extract_eval(shared)
    tmp = tempfile.mkdtemp(prefix="jianbao-warc-bench-")
    warc = os.path.join(tmp, "gold.warc.gz")
    gold, html_bytes = pack(shared, a.sources.split(","), warc)
    print(f"{len(gold)} pages, {html_bytes / 1e6:.1f} MB of HTML, WARC {os.path.getsize(warc) / 1e6:.1f} MB gzipped: {warc}")
    rows = []
    for j in [int(x) for x in a.jobs.split(",")]:
        runs = [run_jianbao(a.jianbao, warc, j) for _ in range(a.repeat)]
        preds, wall, cpu = min(runs, key=lambda r: r[1])
        rows.append((f"jianbao -j {j} (process)", len(preds), wall, cpu, score(ev, shared, gold, preds)))
    runs = [run_resiliparse(warc) for _ in range(a.repeat)]
    preds, wall, cpu = min(runs, key=lambda r: r[1])
    rows.append(("resiliparse + FastWARC (1 thread)", len(preds), wall, cpu, score(ev, shared, gold, preds)))
    print("| tool | documents | wall s | documents/s | MB/s | CPU s | documents per CPU s | bigram F1 |")
    print("|---|---|---|---|---|---|---|---|")
    for name, n, wall, cpu, f1 in rows:
        print(f"| {name} | {n} | {wall:.2f} | {n / wall:.0f} | {html_bytes / 1e6 / wall:.1f} | {cpu:.2f} | {n / cpu:.0f} | {f1:.3f} |")


if __name__ == "__main__":
    main()
