//! Show how a page was segmented: each block with its fate (`content`, a chrome kind, or
//! `dropped`), whether it lies in the main container (M) or is the headline (H), its link share
//! and its class/id hint. Useful to see why a block was kept or dropped.
//!
//! `cargo run --example segments -- page.html`

use jianbao::{Options, pipeline::trace};

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "examples/data/bulletin.txt".to_string());
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1)
    });
    let decoded = jianbao::decode::decode(&bytes);
    let t = trace(&decoded.text, &Options::default());
    let text = t.text(&decoded.text);
    // Each block's fate, found once: content, a chrome kind, the headline, or dropped (damage,
    // repeated labels, thin edges).
    let mut fate: std::collections::HashMap<_, String> = t
        .segments
        .chrome
        .iter()
        .map(|(c, k)| (c.span, format!("{k:?}")))
        .collect();
    fate.extend(
        t.segments
            .content
            .iter()
            .map(|b| (b.span, "content".to_string())),
    );
    for (i, b) in t.blocks.iter().enumerate() {
        let kind = fate.get(&b.span).map_or("dropped", String::as_str);
        let line: String = text[b.span.range()].chars().take(60).collect();
        let in_main = t.main.as_ref().is_none_or(|m| m[i]);
        let head = if t.headline == Some(i) { "H" } else { " " };
        println!(
            "{i:4} {kind:>14} {}{head} links={:<4} hint={:<3} node={:<5} {line}",
            if in_main { "M" } else { " " },
            b.link_chars,
            b.hint,
            b.node
        );
    }
}
