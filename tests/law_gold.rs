//! Scores laws and regulations on real government pages against hand-labelled documents
//! (`tests/gold/law/gold.jsonl`): the 第X章 sections (names, in order) and the 第X条 points of each
//! chapter, or of the article when the law has no chapters; pages that only cite laws or link
//! to one must give no 条 at all. Per split (dev to tune, check to measure), with floors at what
//! the code reaches. Run with `cargo test --test law_gold -- --nocapture` to see the figures.

mod common;

use jianbao::{Article, Options, parse_file};
use serde_json::Value;

/// The figures of one split.
#[derive(Default)]
struct Score {
    docs: usize,
    /// Documents whose 条 all sit in one article and whose chapters and 条 counts are exact.
    exact: usize,
    /// 条 found, 条 in the gold.
    articles: (usize, usize),
    /// Chapters found with the gold's name at the gold's place, chapters in the gold.
    chapters: (usize, usize),
}

/// The 条 of an article: in its chapters (and their 节), or loose.
fn provisions(a: &Article) -> usize {
    fn inner(s: &jianbao::Section) -> usize {
        s.points.len() + s.sections.iter().map(inner).sum::<usize>()
    }
    a.points.iter().filter(|p| p.marker.ends_with('条')).count()
        + a.sections
            .iter()
            .filter(|s| s.marker.ends_with('章'))
            .map(inner)
            .sum::<usize>()
}

#[test]
fn law_gold() {
    let Some(gold) = common::shared("corpus/gov-pages/html") else {
        return;
    };
    drop(gold);
    let lines = include_str!("gold/law/gold.jsonl");
    let mut dev = Score::default();
    let mut check = Score::default();
    for line in lines.lines().filter(|l| !l.trim().is_empty()) {
        let g: Value = serde_json::from_str(line).expect("gold line is JSON");
        let rel = g["path"].as_str().expect("path");
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
        let doc = parse_file(&path, &Options::default())
            .expect("page parses")
            .document;
        let score = if g["split"] == "dev" {
            &mut dev
        } else {
            &mut check
        };
        let want_names: Vec<&str> = g["chapters"]
            .as_array()
            .expect("chapters")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let want_per: Vec<usize> = g["per_chapter"]
            .as_array()
            .expect("per_chapter")
            .iter()
            .filter_map(Value::as_u64)
            .map(|n| n as usize)
            .collect();
        let want_total = g["articles"].as_u64().expect("articles") as usize;
        let with_law: Vec<&Article> = doc.articles.iter().filter(|a| provisions(a) > 0).collect();
        let found: usize = with_law.iter().map(|a| provisions(a)).sum();
        let (names, per): (Vec<String>, Vec<usize>) = with_law
            .first()
            .map(|a| {
                a.sections
                    .iter()
                    .filter(|s| s.marker.ends_with('章'))
                    .map(|s| (s.title.clone(), s.points.len()))
                    .unzip()
            })
            .unwrap_or_default();
        let right_names = names
            .iter()
            .zip(&want_names)
            .filter(|(a, b)| a.as_str() == **b)
            .count();
        let exact = with_law.len() == usize::from(want_total > 0)
            && found == want_total
            && names == want_names
            && per == want_per;
        eprintln!(
            "{rel}: {} 条 in {} article(s) (gold {want_total}), chapters {names:?} {per:?}{}",
            found,
            with_law.len(),
            if exact { "" } else { "  <- differs" }
        );
        score.docs += 1;
        score.exact += usize::from(exact);
        score.articles.0 += found.min(want_total);
        score.articles.1 += want_total;
        score.chapters.0 += right_names;
        score.chapters.1 += want_names.len();
    }
    for (name, s) in [("dev", &dev), ("check", &check)] {
        eprintln!(
            "law gold {name}: exact {}/{}, 条 {}/{}, chapters {}/{}",
            s.exact, s.docs, s.articles.0, s.articles.1, s.chapters.0, s.chapters.1
        );
    }
    // Floors at what the code reaches.
    assert_eq!((dev.exact, dev.docs), (3, 3));
    assert_eq!((check.exact, check.docs), (3, 3));
    assert_eq!(dev.articles, (72, 72));
    assert_eq!(check.articles, (79, 79));
    assert_eq!(dev.chapters, (6, 6));
    assert_eq!(check.chapters, (7, 7));
}
