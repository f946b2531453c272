//! Rendering speed of the annotated view, and its linearity: each input is rendered as it is (1×)
//! and repeated 16 times (16×); the throughput (MB/s) of the two should match, since the view is
//! one sweep over the text with the spans sorted once. A text (the seed, or a long government
//! work report) and an HTML page (a notice with 15 sections) are measured. Parsing is outside the
//! timed loop. A linearity check then compares one render of each input repeated 16 times
//! with 16 renders of it, and fails when the first costs 2.5 times the second or more (a
//! quadratic sweep would cost about 16 times).
//!
//! `cargo bench --bench view`

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use jianbao::{Options, Parsed, parse_bytes};
use std::hint::black_box;
use std::time::{Duration, Instant};

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

/// `bytes` repeated `times` times, parsed.
fn repeated(bytes: &[u8], times: usize) -> Parsed {
    let input: Vec<u8> = std::iter::repeat_n(bytes, times)
        .collect::<Vec<_>>()
        .join(&b"\n\n"[..]);
    let options = Options::default().max_input_bytes(usize::MAX);
    parse_bytes(&input, &options).expect("parses")
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("view");
    g.sample_size(20);
    for (name, bytes) in inputs() {
        for times in [1, 16] {
            let parsed = repeated(&bytes, times);
            let input = &parsed.text;
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

/// The best wall time of `runs` runs of `f`.
fn best(runs: usize, mut f: impl FnMut() -> usize) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            black_box(f());
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// One render of the input repeated 16 times against 16 renders of the input: the same bytes,
/// so the same time when rendering is linear (and runs of the same length suffer a busy machine
/// alike). Parsing is measured the same way, for comparison (a view runs the pipeline again).
fn linearity(_: &mut Criterion) {
    // A test run (`cargo test --benches`, unoptimised) only shows the figures.
    let (runs, check) = if cfg!(debug_assertions) {
        (1, false)
    } else {
        (12, true)
    };
    let options = Options::default().max_input_bytes(usize::MAX);
    for (name, bytes) in inputs() {
        let (one, sixteen) = (repeated(&bytes, 1), repeated(&bytes, 16));
        let render = |p: &Parsed| jianbao::view::render(black_box(p)).len();
        let t16 = best(runs, || render(&sixteen));
        let t1 = best(runs, || (0..16).map(|_| render(&one)).sum());
        let parse = |p: &Parsed| {
            parse_bytes(black_box(p.text.as_bytes()), &options).map_or(0, |d| d.text.len())
        };
        let p16 = best(runs, || parse(&sixteen));
        let p1 = best(runs, || (0..16).map(|_| parse(&one)).sum());
        let ratio = t16.as_secs_f64() / t1.as_secs_f64().max(1e-9);
        let parse_ratio = p16.as_secs_f64() / p1.as_secs_f64().max(1e-9);
        println!(
            "view linearity {name} ({} bytes): 16x the input {t16:?}, 16 renders {t1:?}: \
             {ratio:.2} (parsing: {parse_ratio:.2})",
            one.text.len()
        );
        assert!(
            !check || ratio < 2.5,
            "{name}: 16x the input cost {ratio:.2} times 16 renders of it"
        );
    }
}

criterion_group!(benches, bench, linearity);
criterion_main!(benches);
