//! Numerals per second beside the chinese-number crate (same inputs, same run), and quantity
//! extraction in MB/s over a large text.
//!
//! `cargo bench --bench quantities`

use chinese_number::{ChineseCountMethod, ChineseToNumber};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use jianbao::quantities::format::{Style, to_chinese};
use jianbao::quantities::{extract, numeral::numeral};
use std::hint::black_box;

/// A mixed set of Chinese numerals both crates accept: small and large, with 零, with 两.
fn numerals() -> Vec<String> {
    let mut out = Vec::new();
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for i in 0..10_000u64 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let n = match i % 4 {
            0 => x % 100,
            1 => x % 100_000,
            2 => x % 1_000_000_000,
            _ => x % 10_000_000_000_000_000,
        };
        out.push(to_chinese(
            n,
            Style {
                liang: i % 3 == 0,
                yi_shi: false,
            },
        ));
    }
    out.retain(|s| ChineseToNumber::<u64>::to_number(s, ChineseCountMethod::TenThousand).is_ok());
    out
}

fn large_text() -> String {
    let shared = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/work-reports/government_work_reports.jsonl"
    );
    match std::fs::read_to_string(shared) {
        Ok(t) => t,
        Err(_) => {
            eprintln!(
                "../shared/corpus/work-reports is absent: using the bundled example, repeated"
            );
            std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/examples/data/bulletin.txt"
            ))
            .expect("bundled example")
            .repeat(400)
        }
    }
}

fn bench(c: &mut Criterion) {
    let set = numerals();
    let mut g = c.benchmark_group("numerals");
    g.throughput(Throughput::Elements(set.len() as u64));
    g.bench_function("jianbao", |b| {
        b.iter(|| {
            let mut sum = 0i128;
            for s in &set {
                sum = sum.wrapping_add(
                    numeral(black_box(s))
                        .and_then(|n| n.value.as_i128())
                        .unwrap_or(0),
                );
            }
            sum
        })
    });
    g.bench_function("chinese-number", |b| {
        b.iter(|| {
            let mut sum = 0u64;
            for s in &set {
                sum = sum.wrapping_add(
                    ChineseToNumber::<u64>::to_number(
                        black_box(s),
                        ChineseCountMethod::TenThousand,
                    )
                    .unwrap_or(0),
                );
            }
            sum
        })
    });
    g.finish();

    let text = large_text();
    let mut g = c.benchmark_group("extract");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("quantities", |b| b.iter(|| extract(black_box(&text)).len()));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
