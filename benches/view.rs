//! Rendering speed of the annotated view, and its linearity: each input is rendered as it is (1×)
//! and repeated 16 times (16×); the throughput (MB/s) of the two should match, since the view is
//! one sweep over the text with the spans sorted once. A text (the seed, or a long government
//! work report) and an HTML page (a notice with 15 sections) are measured. Parsing is outside the
//! timed loop.
//!
//! `cargo bench --bench view`

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use jianbao::{Options, Parsed, parse_bytes};
use std::hint::black_box;

fn shared(rel: &str) -> Option<Vec<u8>> {
    let path = format!("{}/../shared/{rel}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).ok();
    if bytes.is_none() {
        eprintln!("../shared/{rel} is absent: not benchmarked");
    }
    bytes
}

fn inputs() -> Vec<(&'static str, Vec<u8>)> {
    let example = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/bulletin.txt"
    ))
    .expect("bundled example");
    let mut out = vec![("example", example)];
    let more = [
        ("seed", "seed/zjol-2010-173.txt"),
        (
            "report",
            "corpus/gov-reports/政府工作报告-其他地市/襄阳市/2016.md",
        ),
        ("notice-html", "corpus/gov-pages/html/beijing-291.html"),
    ];
    for (name, rel) in more {
        if let Some(bytes) = shared(rel) {
            out.push((name, bytes));
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let options = Options::default().max_input_bytes(usize::MAX);
    let mut g = c.benchmark_group("view");
    g.sample_size(20);
    for (name, bytes) in inputs() {
        for times in [1, 16] {
            let input: Vec<u8> = std::iter::repeat_n(&bytes[..], times)
                .collect::<Vec<_>>()
                .join(&b"\n\n"[..]);
            let parsed: Parsed = parse_bytes(&input, &options).expect("parses");
            g.throughput(Throughput::Bytes(input.len() as u64));
            g.bench_with_input(
                BenchmarkId::new(format!("render/{times}x"), name),
                &parsed,
                |b, p| b.iter(|| jianbao::view::render(black_box(p)).len()),
            );
        }
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
