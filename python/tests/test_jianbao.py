"""The Python package against the command line and the bundled example bulletin."""

import json
import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

import jianbao

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "data" / "bulletin.txt"


def cli_binary():
    """The jianbao binary: $JIANBAO_BIN, else the repository's target/, else PATH."""
    env = os.environ.get("JIANBAO_BIN")
    if env:
        return env
    for profile in ("release", "debug"):
        p = REPO / "target" / profile / "jianbao"
        if p.exists():
            return str(p)
    found = shutil.which("jianbao")
    if not found:
        pytest.skip("no jianbao binary: build it (cargo build) or set JIANBAO_BIN")
    return found


def test_example_bulletin():
    doc = jianbao.parse(EXAMPLE.read_bytes())
    assert doc["bulletin"]["issue"] == 42
    assert doc["bulletin"]["total_issue"] == 218
    assert doc["bulletin"]["series"] == "党建工作简报"
    assert doc["encoding"] == "UTF-8"
    assert doc["format"] == "text"
    assert doc["articles"][0]["headline"] == "青溪县推行“三访三问”工作法"
    assert [s["marker"] for s in doc["articles"][0]["sections"]] == ["一、", "二、", "三、"]


def test_parse_equals_the_command_line():
    out = subprocess.run([cli_binary(), "parse", str(EXAMPLE)], capture_output=True, check=True)
    cli = json.loads(out.stdout)
    assert jianbao.parse(EXAMPLE.read_bytes()) == cli
    # The --jsonl line is the same document between "path" and "sec".
    out = subprocess.run([cli_binary(), "parse", "--jsonl", str(EXAMPLE)], capture_output=True, check=True)
    line = json.loads(out.stdout)
    assert line.pop("path") == str(EXAMPLE)
    line.pop("sec")
    assert line == cli


def test_str_and_bytes_agree_and_spans_index_utf8():
    text = EXAMPLE.read_text(encoding="utf-8")
    assert jianbao.parse(text) == jianbao.parse(text.encode("utf-8"))
    doc = jianbao.parse(text)
    q = next(q for q in doc["articles"][0]["quantities"] if q["unit"] == "名")
    raw = text.encode("utf-8")
    assert raw[q["span"]["start"]:q["span"]["end"]].decode("utf-8") == q["text"] == "826名"


def test_encodings_and_charset_hint():
    page = "情况通报第3期\n标题\n正文。"
    assert jianbao.parse(page.encode("gbk"))["encoding"] == "GBK"
    big5 = "工作簡報第3期\n標題\n正文。".encode("big5")
    doc = jianbao.parse(big5, charset="big5")
    assert doc["encoding"] == "Big5"
    assert doc["bulletin"]["issue"] == 3


def test_options():
    with pytest.raises(ValueError, match="limit"):
        jianbao.parse(b"more than ten bytes", max_input_bytes=10)
    doc = jianbao.parse(EXAMPLE.read_bytes(), quantities=False)
    assert all(a["quantities"] == [] for a in doc["articles"])
    with pytest.raises(TypeError):
        jianbao.parse(42)


def test_quantities():
    qs = jianbao.quantities("抽调1347名机关干部，满意率低于80%")
    assert [(q["text"], q["value"], q["unit"]) for q in qs] == [("1347名", 1347, "名"), ("低于80%", 80, "%")]
    assert qs[0]["subject"] == "机关干部"
    assert qs[1]["approx"] == "below"
    assert qs[0]["span"] == {"start": 6, "end": 13}
    assert jianbao.quantities("") == []


def test_parse_many_in_order_with_errors_in_place():
    pages = [f"工作简报第{i}期\n\n标题{i}\n\n一、抽调{i}名干部。\n".encode() for i in range(1, 201)]
    docs = jianbao.parse_many(pages, threads=2)
    assert [d["bulletin"]["issue"] for d in docs] == list(range(1, 201))
    assert docs == [jianbao.parse(p) for p in pages]
    mixed = jianbao.parse_many([pages[0], b"x" * 100, "工作简报第9期\n标题\n正文。"], max_input_bytes=90)
    assert mixed[0]["bulletin"]["issue"] == 1
    assert list(mixed[1]) == ["error"] and "limit" in mixed[1]["error"]
    assert mixed[2]["bulletin"]["issue"] == 9
    assert jianbao.parse_many([]) == []
    hinted = jianbao.parse_many(["工作簡報第4期\n標題\n正文。".encode("big5")], charsets=["big5"])
    assert hinted[0]["encoding"] == "Big5"
    with pytest.raises(ValueError):
        jianbao.parse_many([b"a", b"b"], charsets=["gbk"])


def test_parse_many_releases_the_gil():
    """Another Python thread runs while parse_many works: it would be frozen if the GIL were held."""
    pages = [EXAMPLE.read_bytes()] * 400
    ticks = []
    stop = threading.Event()

    def ticker():
        while not stop.is_set():
            ticks.append(1)
            stop.wait(0.001)

    t = threading.Thread(target=ticker)
    t.start()
    try:
        docs = jianbao.parse_many(pages, threads=1)
    finally:
        stop.set()
        t.join()
    assert len(docs) == 400 and docs[-1]["bulletin"]["issue"] == 42
    assert len(ticks) > 20, f"the ticker ran {len(ticks)} times while parsing"


def test_version_and_types():
    assert jianbao.__version__ == "0.1.0"
    pkg = Path(jianbao.__file__).parent
    assert (pkg / "py.typed").exists()
    assert (pkg / "_jianbao.pyi").exists()


def test_view_is_html_that_jupyter_shows_and_runs_nothing():
    page = jianbao.view(EXAMPLE.read_bytes())
    assert isinstance(page, str) and isinstance(page, jianbao.View)
    assert page._repr_html_() == str(page)
    assert page.startswith("<!DOCTYPE html>")
    doc = jianbao.parse(EXAMPLE.read_bytes())
    for q in doc["articles"][0]["quantities"][:5]:
        assert q["text"] in page
    hostile = jianbao.view("标题\n<script>alert(1)</script>共10个。\n")
    assert "<script" not in hostile and "&lt;script&gt;" in hostile
