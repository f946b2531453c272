//! Hand-labelled date and author of news pages (`tests/gold/meta/gold.jsonl`, pointing at
//! `../shared/corpus/daniel-news/`): how many pages get each exactly right, per split, with floors
//! at what the crate reached when the gold was written. `dev` was read while tuning the rules in
//! `layout/meta.rs`, `layout/dateline.rs` and `layout/byline.rs`; `check` only measures them.
//!
//! `cargo test --test meta_gold -- --nocapture` prints the table and every miss of `dev`.

mod common;

use common::shared;
use jianbao::{Options, parse_file};
use serde_json::Value;

const GOLD: &str = include_str!("gold/meta/gold.jsonl");

/// Floors: (split, dates right, authors right, pages).
const FLOORS: &[(&str, usize, usize, usize)] = &[("dev", 40, 35, 40), ("check", 16, 14, 17)];

#[test]
fn meta_gold() {
    let mut rows: Vec<(String, usize, usize, usize)> = Vec::new();
    for line in GOLD.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).expect("gold line is JSON");
        let path = v["path"].as_str().expect("path");
        let split = v["split"].as_str().expect("split").to_string();
        let Some(file) = shared(path.trim_start_matches("../shared/")) else {
            return;
        };
        let doc = parse_file(&file, &Options::default())
            .expect("page parses")
            .document;
        let date_ok = doc.date.as_deref() == v["date"].as_str();
        let author_ok = doc.author.as_deref() == v["author"].as_str();
        if split == "dev" && !(date_ok && author_ok) {
            println!(
                "miss {path}: date {:?} (gold {}), author {:?} (gold {})",
                doc.date, v["date"], doc.author, v["author"]
            );
        }
        let row = match rows.iter_mut().position(|r| r.0 == split) {
            Some(i) => &mut rows[i],
            None => {
                rows.push((split, 0, 0, 0));
                rows.last_mut().expect("just pushed")
            }
        };
        row.1 += usize::from(date_ok);
        row.2 += usize::from(author_ok);
        row.3 += 1;
    }
    println!("| split | pages | dates right | authors right |\n|---|---|---|---|");
    for (split, dates, authors, pages) in &rows {
        println!("| {split} | {pages} | {dates} | {authors} |");
    }
    for &(split, dates, authors, pages) in FLOORS {
        let row = rows.iter().find(|r| r.0 == split).expect("split present");
        assert_eq!(row.3, pages, "{split}: pages");
        assert!(row.1 >= dates, "{split}: dates {} < floor {dates}", row.1);
        assert!(
            row.2 >= authors,
            "{split}: authors {} < floor {authors}",
            row.2
        );
    }
}
