//! Show how a page was segmented: each block with its chrome kind (or `content`), its link share
//! and its class/id hint. Useful to see why a block was kept or dropped.
//!
//! `cargo run --example segments -- page.html`

use jianbao::decode::looks_like_html;
use jianbao::html::container::{headline_block, main_blocks};
use jianbao::html::markup::html_to_blocks;
use jianbao::layout::blocks::lines;
use jianbao::layout::segment::segment_within;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "examples/data/bulletin.txt".to_string());
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1)
    });
    let decoded = jianbao::decode::decode(&bytes);
    let page = looks_like_html(&decoded.text).then(|| html_to_blocks(&decoded.text));
    let (text, blocks) = match &page {
        Some(p) => (p.text.as_str(), p.blocks.clone()),
        None => (decoded.text.as_str(), lines(&decoded.text)),
    };
    let main = page.as_ref().map(|p| main_blocks(p, headline_block(p)));
    let seg = segment_within(text, &blocks, main.as_deref());
    for (i, b) in blocks.iter().enumerate() {
        let kind = seg
            .chrome
            .iter()
            .find(|(c, _)| c.span == b.span)
            .map_or("content".to_string(), |(_, k)| format!("{k:?}"));
        let line: String = text[b.span.range()].chars().take(60).collect();
        let in_main = main.as_ref().is_none_or(|m| m[i]);
        println!(
            "{i:4} {kind:>14} {} links={:<4} hint={:<3} node={:<5} {line}",
            if in_main { "M" } else { " " },
            b.link_chars,
            b.hint,
            b.node
        );
    }
}
