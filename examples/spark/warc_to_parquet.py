#!/usr/bin/env python3
"""WARC files → jianbao documents → Parquet, on Spark.

    spark-submit examples/spark/warc_to_parquet.py OUT.parquet crawl-00000.warc.gz crawl-00001.warc.gz ...
    python examples/spark/warc_to_parquet.py --master 'local[2]' OUT.parquet *.warc.gz

Each WARC file is one task: its HTML responses are read in a stream, parsed in batches by
``jianbao.parse_many`` (on ``--threads`` threads each, without the GIL) with the HTTP charset as a
hint, and written as rows: url, record_id, warc, title, date, author, encoding, format, text,
bulletin (a struct), sections (JSON text: each article's section tree), quantities (a list of
structs) and error. Needs ``pip install pyspark ./python`` (the jianbao package) on the workers.
"""

import argparse
import gzip
import json
import os
import re
import sys

from pyspark.sql import SparkSession
from pyspark.sql import types as T

BATCH = 256

QUANTITY = T.StructType([
    T.StructField("text", T.StringType()),
    T.StructField("value", T.DoubleType()),
    T.StructField("min", T.DoubleType()),
    T.StructField("max", T.DoubleType()),
    T.StructField("unit", T.StringType()),
    T.StructField("kind", T.StringType()),
    T.StructField("approx", T.StringType()),
    T.StructField("subject", T.StringType()),
    T.StructField("date", T.StringType()),
    T.StructField("start", T.LongType()),
    T.StructField("end", T.LongType()),
])

BULLETIN = T.StructType([
    T.StructField("text", T.StringType()),
    T.StructField("series", T.StringType()),
    T.StructField("year", T.LongType()),
    T.StructField("issue", T.LongType()),
    T.StructField("total_issue", T.LongType()),
    T.StructField("publisher", T.StringType()),
    T.StructField("date", T.StringType()),
    T.StructField("period", T.StringType()),
])

SCHEMA = T.StructType([
    T.StructField("url", T.StringType()),
    T.StructField("record_id", T.StringType()),
    T.StructField("warc", T.StringType()),
    T.StructField("title", T.StringType()),
    T.StructField("date", T.StringType()),
    T.StructField("author", T.StringType()),
    T.StructField("encoding", T.StringType()),
    T.StructField("format", T.StringType()),
    T.StructField("text", T.StringType()),
    T.StructField("bulletin", BULLETIN),
    T.StructField("sections", T.StringType()),
    T.StructField("quantities", T.ArrayType(QUANTITY)),
    T.StructField("error", T.StringType()),
])

CHARSET = re.compile(rb"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def open_warc(path):
    """The file, gunzipped when it starts with the gzip magic (gzip reads every member)."""
    raw = open(path, "rb")
    magic = raw.read(2)
    raw.seek(0)
    return gzip.GzipFile(fileobj=raw) if magic == b"\x1f\x8b" else raw


def html_responses(path):
    """(url, record_id, charset, payload) of each HTML response record of the WARC at path."""
    with open_warc(path) as f:
        while True:
            line = f.readline()
            if not line:
                return
            if not line.strip():
                continue
            if not line.startswith(b"WARC/"):
                raise ValueError(f"{path}: not a WARC record: {line[:40]!r}")
            headers = {}
            while True:
                h = f.readline()
                if not h or not h.strip():
                    break
                name, _, value = h.decode("utf-8", "replace").partition(":")
                headers[name.strip().lower()] = value.strip()
            length = int(headers.get("content-length", "0"))
            block = f.read(length)
            if headers.get("warc-type") != "response":
                continue
            head, sep, body = block.partition(b"\r\n\r\n")
            if not sep:
                continue
            http = {}
            for h in head.split(b"\r\n")[1:]:
                name, _, value = h.partition(b":")
                http[name.strip().lower()] = value.strip()
            ctype = http.get(b"content-type", b"").lower()
            if not (ctype.startswith(b"text/html") or ctype.startswith(b"application/xhtml")):
                continue
            m = CHARSET.search(ctype)
            yield (headers.get("warc-target-uri"), headers.get("warc-record-id"),
                   m.group(1).decode() if m else None, body)


def num(v):
    return float(v) if isinstance(v, (int, float)) else None


def row(warc, url, record_id, doc):
    """A Parquet row from a jianbao document (or an {"error"} in its place)."""
    if "error" in doc:
        return (url, record_id, warc, None, None, None, None, None, None, None, None, [], doc["error"])
    b = doc.get("bulletin")
    bulletin = None if b is None else (
        b.get("text"), b.get("series"), b.get("year"), b.get("issue"), b.get("total_issue"),
        b.get("publisher"), b.get("date"), b.get("period"))
    quantities = [
        (q["text"], num(q.get("value")), num(q.get("min")), num(q.get("max")), q.get("unit"),
         q.get("kind"), q.get("approx"), q.get("subject"), q.get("date"),
         q["span"]["start"], q["span"]["end"])
        for a in doc["articles"] for q in a["quantities"]
    ]
    sections = json.dumps([a["sections"] for a in doc["articles"]], ensure_ascii=False)
    return (url, record_id, warc, doc.get("title"), doc.get("date"), doc.get("author"),
            doc.get("encoding"), doc.get("format"), doc.get("text"), bulletin, sections,
            quantities, None)


def parse_warcs(paths, threads):
    """mapPartitions body: every WARC path of the partition, streamed in batches."""
    import jianbao

    for path in paths:
        batch = []

        def flush():
            docs = jianbao.parse_many([r[3] for r in batch], threads=threads,
                                      charsets=[r[2] for r in batch])
            for (url, rid, _, _), doc in zip(batch, docs):
                yield row(path, url, rid, doc)
            batch.clear()

        try:
            for record in html_responses(path):
                batch.append(record)
                if len(batch) == BATCH:
                    yield from flush()
        except (OSError, ValueError, EOFError) as e:
            yield from flush()
            yield row(path, None, None, {"error": f"{path}: {e}"})
            continue
        yield from flush()


def run(spark, warcs, out, threads=2):
    """Parses the WARC files into a DataFrame written to out as Parquet; returns the DataFrame."""
    # The workers import this module to run parse_warcs (when it is not __main__).
    spark.sparkContext.addPyFile(os.path.abspath(__file__))
    rdd = spark.sparkContext.parallelize(warcs, max(1, len(warcs)))
    rows = rdd.mapPartitions(lambda paths: parse_warcs(paths, threads))
    df = spark.createDataFrame(rows, SCHEMA)
    df.write.mode("overwrite").parquet(out)
    return spark.read.parquet(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("warcs", nargs="+")
    ap.add_argument("--master", default=None, help="e.g. local[4]; spark-submit sets it")
    ap.add_argument("--threads", type=int, default=2, help="parse_many threads per task")
    args = ap.parse_args(argv)
    builder = SparkSession.builder.appName("jianbao-warc-to-parquet")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    df = run(spark, args.warcs, args.out, args.threads)
    print(f"{df.count()} documents written to {args.out}", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
