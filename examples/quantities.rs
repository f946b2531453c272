//! List the quantities of a file with their spans, values, units and subjects.
//!
//! `cargo run --example quantities -- examples/data/bulletin.txt`

use jianbao::{Options, parse_file};

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "examples/data/bulletin.txt".to_string());
    let parsed = parse_file(&path, &Options::default()).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1)
    });
    for article in &parsed.document.articles {
        for q in &article.quantities {
            let (line, col) = q.span.line_col(&parsed.text);
            let value = match (q.value, q.min, q.max) {
                (Some(v), _, _) => v.to_string(),
                (None, Some(lo), Some(hi)) => format!("{lo}–{hi}"),
                _ => "?".to_string(),
            };
            println!(
                "{line}:{col}\t{:?}\t{}\t{value}\t{}\t{:?}\t{:?}\t{}",
                q.span,
                q.text,
                q.unit.as_deref().unwrap_or("-"),
                q.kind,
                q.approx,
                q.subject.as_deref().unwrap_or("-"),
            );
        }
    }
}
