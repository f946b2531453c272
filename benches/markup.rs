//! The markup stage against html5ever's tokenizer, over the real pages of ../shared/corpus (the
//! extract-eval sets, decoded first): our offset-keeping flattener does more (blocks, offsets,
//! hints) than html5ever's tokenizer alone, which gives tokens without byte offsets.
//!
//! `cargo bench --bench markup`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, Token, TokenSink, TokenSinkResult, Tokenizer};
use std::cell::Cell;
use std::hint::black_box;

const SETS: &[&str] = &[
    "magic-html-article",
    "magic-html-forum",
    "mozilla-readability",
    "trafilatura-eval",
];

/// The decoded text of every page of the extract-eval sets that are present.
fn pages() -> Vec<String> {
    let mut out = Vec::new();
    for set in SETS {
        let dir = format!("{}/../shared/corpus/{set}/html", env!("CARGO_MANIFEST_DIR"));
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("{dir} is absent: its pages are not benchmarked");
            continue;
        };
        for entry in entries.flatten() {
            if let Ok(bytes) = std::fs::read(entry.path()) {
                out.push(jianbao::decode::decode(&bytes).text);
            }
        }
    }
    out
}

/// Counts the characters of text tokens, so the tokenizer's output is used.
#[derive(Default)]
struct CountText(Cell<usize>);

impl TokenSink for CountText {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        if let Token::CharacterTokens(t) = token {
            self.0.set(self.0.get() + t.len());
        }
        TokenSinkResult::Continue
    }
}

fn html5ever_tokens(html: &str) -> usize {
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let tok = Tokenizer::new(CountText::default(), Default::default());
    let _ = tok.feed(&input);
    tok.end();
    tok.sink.0.get()
}

fn bench(c: &mut Criterion) {
    let pages = pages();
    if pages.is_empty() {
        eprintln!("no pages in ../shared/corpus: nothing to benchmark");
        return;
    }
    let bytes: usize = pages.iter().map(String::len).sum();
    let mut g = c.benchmark_group("markup");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("jianbao_html_to_blocks", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| {
                    jianbao::html::markup::html_to_blocks(black_box(p))
                        .blocks
                        .len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("html5ever_tokenizer", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| html5ever_tokens(black_box(p)))
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
