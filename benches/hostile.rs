//! Cost against size for hostile shapes at 1×, 4× and 16×: the time per MB must stay flat
//! (linear time). Shapes: repeated 一是, deeply nested unclosed tags, one long line, long digit
//! runs, unbalanced quotes and brackets, an unclosed <script>, and damaged text: lines with lost
//! characters (???) and lines of mojibake, each a block with damage in it.
//!
//! `cargo bench --bench hostile` (criterion prints MiB/s for each size; flat means linear)

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use jianbao::{Options, parse_bytes};
use std::hint::black_box;

/// The base size of each shape; 16× of it is about 10 MB.
const BASE: usize = 640 << 10;

fn fill(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len().max(1) + 1)
}

fn shapes(scale: usize) -> Vec<(&'static str, String)> {
    let n = BASE * scale;
    vec![
        (
            "repeated-yishi",
            format!("一、标题。{}", fill("一是抓学习。", n)),
        ),
        ("nested-divs", fill("<div>", n)),
        ("one-long-line", fill("群众满意度测评抽调干部，", n)),
        (
            "digit-runs",
            fill("1234567890一二三四五六七八九十百千万亿", n),
        ),
        ("unbalanced", fill("“（【《<p class=\"x>", n)),
        (
            "lost-characters",
            fill("会议???召开，抽调1347名干部走访群众。\n", n),
        ),
        (
            "mojibake-lines",
            fill("å·¥ä½œç®€æŠ¥ 会议召开，抽调1347名干部。\n", n),
        ),
        (
            "unclosed-script",
            format!(
                "<html><body><p>正文。</p><script>{}",
                fill("var a = '<p>';", n)
            ),
        ),
    ]
}

fn bench(c: &mut Criterion) {
    let options = Options::default();
    let mut g = c.benchmark_group("hostile");
    g.sample_size(10);
    for scale in [1usize, 4, 16] {
        for (name, input) in shapes(scale) {
            g.throughput(Throughput::Bytes(input.len() as u64));
            g.bench_with_input(
                BenchmarkId::new(name, format!("{scale}x")),
                &input,
                |b, t| {
                    b.iter(|| {
                        parse_bytes(black_box(t.as_bytes()), &options)
                            .map(|p| p.document.articles.len())
                    })
                },
            );
        }
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
