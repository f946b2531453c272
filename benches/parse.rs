//! Parsing speed in MB/s of bulletin text: the bundled example, the seed from ../shared when it is
//! there, and a large text made of many bulletins.
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
    out.push(("example x300".to_string(), example.repeat(300)));
    out
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
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
