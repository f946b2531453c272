//! For each page given, the cells of its data tables and what became of them (content, a chrome
//! kind, the headline, or dropped), with M for the blocks in the main container; `V=1` lists the
//! cells one by one. Useful to see which stage drops a table's cells.
//!
//! `cargo run --release --example table_cells -- ../shared/corpus/gov-pages/html/*.html`

use jianbao::{Options, html::table::data_table_cells, pipeline::trace};
use std::collections::HashMap;

fn main() {
    let verbose = std::env::var("V").is_ok();
    for path in std::env::args().skip(1) {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let decoded = jianbao::decode::decode(&bytes);
        let t = trace(&decoded.text, &Options::default());
        let Some(page) = &t.page else { continue };
        let text = t.text(&decoded.text);
        let cells = data_table_cells(page);
        if cells.is_empty() {
            continue;
        }
        let mut fate: HashMap<_, String> = t
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
        if let Some(h) = t.headline {
            fate.insert(t.blocks[h].span, "headline".into());
        }
        let mut counts: HashMap<String, usize> = HashMap::new();
        let mut lines = Vec::new();
        for (i, b) in t.blocks.iter().enumerate() {
            if !cells.contains(&b.span) {
                continue;
            }
            let f = fate
                .get(&b.span)
                .cloned()
                .unwrap_or_else(|| "dropped".into());
            let m = t.main.as_ref().is_none_or(|m| m[i]);
            *counts
                .entry(format!("{f}{}", if m { "/M" } else { "" }))
                .or_default() += 1;
            if verbose {
                let l: String = text[b.span.range()].chars().take(40).collect();
                lines.push(format!(
                    "  {i:4} {f:>12} {} node={} {l}",
                    if m { "M" } else { " " },
                    b.node
                ));
            }
        }
        let mut c: Vec<_> = counts.into_iter().collect();
        c.sort();
        println!("{path} content={} {:?}", t.segments.content.len(), c);
        for l in lines {
            println!("{l}");
        }
    }
}
