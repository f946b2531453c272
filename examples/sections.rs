//! Walk the sections of a bulletin, indented by level, with their inline points.
//!
//! `cargo run --example sections -- examples/data/bulletin.txt`

use jianbao::{Options, Section, parse_file};

fn walk(section: &Section, text: &str) {
    let indent = "  ".repeat(usize::from(section.level));
    let count = section
        .declared_count
        .map(|n| format!(" (announces {n})"))
        .unwrap_or_default();
    println!(
        "{indent}{} {}{count}  @{:?}",
        section.marker, section.title, section.span
    );
    for p in &section.points {
        println!(
            "{indent}  · {} {}  «{}»",
            p.marker,
            p.title,
            &text[p.span.range()].chars().take(12).collect::<String>()
        );
    }
    for child in &section.sections {
        walk(child, text);
    }
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "examples/data/bulletin.txt".to_string());
    let parsed = parse_file(&path, &Options::default()).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1)
    });
    for article in &parsed.document.articles {
        println!("{}", article.headline);
        for s in &article.sections {
            walk(s, &parsed.text);
        }
    }
}
