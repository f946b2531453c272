//! Parsing speed in MB/s of bulletin text: the bundled example, the seed from ../shared when it is
//! there, and the 72 government work reports of ../shared/corpus (long official documents with
//! deep 一、/（一）/1. structure and thousands of statistics), each parsed as its own document.
//!
//! `cargo bench --bench parse`

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use jianbao::{Options, parse_bytes, parse_str};
use std::hint::black_box;

fn inputs() -> Vec<(String, String)> {
    let example = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/bulletin.txt"
    ))
    .expect("bundled example");
    let mut out = vec![("example".to_string(), example.clone())];
    match std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/seed/zjol-2010-173.txt"
    )) {
        Ok(seed) => out.push(("seed".to_string(), seed)),
        Err(_) => eprintln!("../shared/seed is absent: benchmarking the bundled example only"),
    }
    out
}

fn work_reports() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/work-reports/government_work_reports.jsonl"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("../shared/corpus/work-reports is absent: skipping the work-report benchmark");
        return Vec::new();
    };
    text.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["content"].as_str().map(str::to_string))
        .collect()
}

fn bench(c: &mut Criterion) {
    let options = Options::default();
    let mut g = c.benchmark_group("parse_text");
    for (name, text) in inputs() {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("parse_str", &name), &text, |b, t| {
            b.iter(|| parse_str(black_box(t), &options))
        });
        let gbk = encoding_rs::GBK
            .encode(&text.replace('\u{a0}', " "))
            .0
            .into_owned();
        g.bench_with_input(BenchmarkId::new("parse_bytes_gbk", &name), &gbk, |b, t| {
            b.iter(|| parse_bytes(black_box(t), &options))
        });
    }
    let reports = work_reports();
    if !reports.is_empty() {
        g.throughput(Throughput::Bytes(
            reports.iter().map(|r| r.len() as u64).sum(),
        ));
        g.bench_function("parse_str/work-reports", |b| {
            b.iter(|| {
                reports
                    .iter()
                    .map(|r| parse_str(black_box(r), &options).articles.len())
                    .sum::<usize>()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
