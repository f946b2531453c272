"""Runs warc_to_parquet on local[2] over a small WARC written here, and checks the Parquet rows."""

import gzip
import json
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

pyspark = pytest.importorskip("pyspark")  # CI installs it; the run then greps that this test passed
import warc_to_parquet  # noqa: E402


def record(kind, rid, uri, block):
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{rid}>\r\n"
            f"WARC-Target-URI: {uri}\r\nContent-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def response(content_type, body):
    return f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n".encode() + body


def page(title, body):
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"


PAGES = [
    ("http://a.gov.cn/1.html", "text/html; charset=utf-8",
     page("2015年工作简报第5期", "<p>一、加强组织领导。全市抽调1347名机关干部深入基层。</p>"
          "<p>二、强化督查。通报问题27个，整改率达到98.6%。</p>").encode("utf-8")),
    ("http://b.gov.cn/2.htm", "text/html; charset=GBK",
     page("情况通报第7期", "<p>全县走访群众5000多户，收集意见300余条。</p>").encode("gbk")),
    ("http://c.gov.cn/3.html", "text/html",
     page("关于开展安全生产检查的通知", "<p>各区县：现就有关事项通知如下。</p>").encode("utf-8")),
]


def write_warc(path):
    records = [record("warcinfo", "0", "", b"software: test\r\n")]
    for i, (url, ctype, body) in enumerate(PAGES, 1):
        records.append(record("request", f"q{i}", url, b"GET / HTTP/1.1\r\n\r\n"))
        records.append(record("response", f"r{i}", url, response(ctype, body)))
    records.append(record("response", "img", "http://a.gov.cn/x.png", response("image/png", b"\x89PNG")))
    with open(path, "wb") as f:
        for r in records:  # one gzip member a record, as crawlers write them
            f.write(gzip.compress(r))


@pytest.fixture(scope="module")
def spark():
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    s = (SparkSession.builder.master("local[2]").appName("jianbao-test")
         .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
         .getOrCreate())
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


def test_warc_to_parquet(spark, tmp_path):
    warc = str(tmp_path / "crawl.warc.gz")
    write_warc(warc)
    out = str(tmp_path / "docs.parquet")
    df = warc_to_parquet.run(spark, [warc, warc], out, threads=2)
    rows = sorted(df.collect(), key=lambda r: (r.url, r.record_id))
    assert len(rows) == 6, "three HTML responses, twice; the image and requests skipped"
    assert len(list(Path(out).glob("*.parquet"))) >= 1
    by_url = {r.url: r for r in rows}
    a, b, c = by_url["http://a.gov.cn/1.html"], by_url["http://b.gov.cn/2.htm"], by_url["http://c.gov.cn/3.html"]
    assert a.record_id == "<urn:uuid:r1>" and a.warc == warc and a.error is None
    assert a.bulletin.issue == 5 and a.bulletin.year == 2015
    sections = json.loads(a.sections)
    assert [s["marker"] for s in sections[0]] == ["一、", "二、"]
    assert [(q.text, q.value, q.unit) for q in a.quantities if q.kind in ("count", "percent")] == [
        ("1347名", 1347.0, "名"), ("27个", 27.0, "个"), ("98.6%", 98.6, "%")]
    assert b.encoding == "GBK", "the GBK page, declared only in the HTTP header"
    assert b.bulletin.issue == 7
    assert "5000多户" in b.text
    assert [q.text for q in b.quantities][:2] == ["5000多户", "300余条"]
    assert c.title == "关于开展安全生产检查的通知"
    assert c.bulletin is None
    assert df.schema["quantities"].dataType.elementType.names[:3] == ["text", "value", "min"]
