//! Scores sections and points on real government pages against hand-labelled documents
//! (`tests/gold/structure/pages.jsonl`, described in `tests/gold/structure/pages.md`): headline,
//! the level-1 sections of each document exactly, section precision and recall over (level,
//! title) at every level, the inline points found, and the document's date, per split, with
//! floors at what the code reaches. Run with
//! `cargo test --release --test structure_pages_gold -- --nocapture` to see the figures.

mod common;

use jianbao::{Document, Options, Role, parse_file};
use serde_json::Value;

/// A title or headline compared without blanks and with one width of punctuation and digits.
fn norm(s: &str) -> String {
    common::half_width(&s.chars().filter(|c| !c.is_whitespace()).collect::<String>())
}

/// The figures of one split.
#[derive(Default)]
struct Score {
    docs: usize,
    headline: usize,
    level1_exact: usize,
    /// Sections: right (in both), found by the code, in the gold.
    sections: (usize, usize, usize),
    /// Points: gold points found, points the code gives, gold points.
    points: (usize, usize, usize),
    date: usize,
}

/// The headline of the document's body: its first body article's, else the page title.
fn headline(doc: &Document) -> String {
    doc.articles
        .iter()
        .find(|a| a.role == Role::Body)
        .map(|a| a.headline.clone())
        .filter(|h| !h.is_empty())
        .or_else(|| doc.title.clone())
        .unwrap_or_default()
}

/// The document's date: the date under its signature (成文日期) when it is signed, else the
/// date the page states.
fn date(doc: &Document) -> Option<String> {
    doc.frame
        .as_ref()
        .and_then(|f| f.signature.as_ref())
        .and_then(|s| s.date.clone())
        .or_else(|| doc.date.clone())
}

/// Every inline point's text, wherever the code hangs it: in a section, or in an article
/// outside any section.
fn point_texts(doc: &Document) -> Vec<String> {
    let mut out: Vec<String> = doc
        .articles
        .iter()
        .flat_map(|a| a.points.iter())
        .map(|p| norm(&p.text))
        .collect();
    out.extend(
        doc.sections()
            .flat_map(|s| s.points.iter())
            .map(|p| norm(&p.text)),
    );
    out
}

/// How many items of `want` are in `got`, each item of `got` used once.
fn matched(want: &[String], got: &[String], same: impl Fn(&str, &str) -> bool) -> usize {
    let mut used = vec![false; got.len()];
    let mut n = 0;
    for w in want {
        if let Some(k) = (0..got.len()).find(|&k| !used[k] && same(w, &got[k])) {
            used[k] = true;
            n += 1;
        }
    }
    n
}

/// Scores one gold document into `score`; its misses go to `misses`.
fn score_doc(g: &Value, doc: &Document, score: &mut Score, misses: &mut Vec<String>) {
    let rel = g["path"].as_str().unwrap_or_default();
    score.docs += 1;
    let (want_head, got_head) = (
        norm(g["headline"].as_str().unwrap_or_default()),
        norm(&headline(doc)),
    );
    if want_head == got_head {
        score.headline += 1;
    } else {
        misses.push(format!("{rel} headline: want {want_head} got {got_head}"));
    }
    let gold_sections: Vec<String> = g["sections"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|s| {
                    format!(
                        "{} {}",
                        s["level"],
                        norm(s["title"].as_str().unwrap_or_default())
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let got_sections: Vec<String> = doc
        .sections()
        .map(|s| format!("{} {}", s.level, norm(&s.title)))
        .collect();
    let level1 = |v: &[String]| -> Vec<String> {
        v.iter().filter(|s| s.starts_with("1 ")).cloned().collect()
    };
    if level1(&gold_sections) == level1(&got_sections) {
        score.level1_exact += 1;
    } else {
        misses.push(format!(
            "{rel} level-1: want {:?} got {:?}",
            level1(&gold_sections),
            level1(&got_sections)
        ));
    }
    let right = matched(&gold_sections, &got_sections, |a, b| a == b);
    score.sections.0 += right;
    score.sections.1 += got_sections.len();
    score.sections.2 += gold_sections.len();
    if right < gold_sections.len().max(got_sections.len()) {
        misses.push(format!(
            "{rel} sections: {right} right of {} found, {} in gold",
            got_sections.len(),
            gold_sections.len()
        ));
    }
    let mut gold_points: Vec<String> = g["points"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p.as_str().map(norm))
        .collect();
    for s in g["sections"].as_array().into_iter().flatten() {
        gold_points.extend(
            s["points"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|p| p.as_str().map(norm)),
        );
    }
    let got_points = point_texts(doc);
    let found = matched(&gold_points, &got_points, |w, t| t.starts_with(w));
    score.points.0 += found;
    score.points.1 += got_points.len();
    score.points.2 += gold_points.len();
    if found < gold_points.len() || got_points.len() > gold_points.len() {
        misses.push(format!(
            "{rel} points: {found} of {} found, {} given",
            gold_points.len(),
            got_points.len()
        ));
    }
    let (want_date, got_date) = (g["date"].as_str().map(str::to_string), date(doc));
    if want_date == got_date {
        score.date += 1;
    } else {
        misses.push(format!("{rel} date: want {want_date:?} got {got_date:?}"));
    }
}

#[test]
fn structure_pages_gold() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold/structure/pages.jsonl");
    let gold = std::fs::read_to_string(path).expect("tests/gold/structure/pages.jsonl");
    let mut scores = [Score::default(), Score::default()];
    let mut misses = [Vec::new(), Vec::new()];
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let g: Value = serde_json::from_str(line).expect("a gold line is JSON");
        let Some(file) = common::shared(g["path"].as_str().unwrap_or_default()) else {
            return;
        };
        let doc = parse_file(&file, &Options::default())
            .expect("a gold page parses")
            .document;
        let split = usize::from(g["split"] == "check");
        score_doc(&g, &doc, &mut scores[split], &mut misses[split]);
    }
    for (split, name) in ["dev", "check"].iter().enumerate() {
        let s = &scores[split];
        let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
        println!(
            "{name}: {} docs, headline {}/{}, level-1 exact {}/{}, sections P {:.3} R {:.3} ({} right, {} found, {} gold), points {}/{} ({} given), date {}/{}",
            s.docs,
            s.headline,
            s.docs,
            s.level1_exact,
            s.docs,
            ratio(s.sections.0, s.sections.1),
            ratio(s.sections.0, s.sections.2),
            s.sections.0,
            s.sections.1,
            s.sections.2,
            s.points.0,
            s.points.2,
            s.points.1,
            s.date,
            s.docs
        );
    }
    // Only the dev split's misses are printed: the check split is there to measure.
    for m in &misses[0] {
        println!("  dev miss {m}");
    }
    for (split, floor) in FLOORS.iter().enumerate() {
        let s = &scores[split];
        let got = [s.headline, s.level1_exact, s.sections.0, s.points.0, s.date];
        for (k, (g, f)) in got.iter().zip(floor).enumerate() {
            assert!(
                g >= f,
                "{} {}: {g}, floor {f}",
                ["dev", "check"][split],
                [
                    "headline",
                    "level-1 exact",
                    "sections right",
                    "points found",
                    "date"
                ][k]
            );
        }
        // Precision: no more sections or points given than right ones plus the allowance.
        for (what, (right, given, _), allowance) in [
            ("sections", s.sections, SPURIOUS[split][0]),
            ("points", s.points, SPURIOUS[split][1]),
        ] {
            assert!(
                given <= right + allowance,
                "{} {what}: {given} given, {right} right",
                ["dev", "check"][split],
            );
        }
    }
}

/// Per split (dev, check): headline, level-1 exact, sections right, points found, date.
/// Measured 2026-11-29: dev headline 23/24, level-1 exact 24/24, sections 147/147 (147 found),
/// points 89/89 (89 given), date 24/24; check 21/22, 21/22, 180/181 (181 found), 63/66 (63
/// given), 22/22.
const FLOORS: [[usize; 5]; 2] = [[23, 24, 147, 89, 24], [21, 21, 180, 63, 22]];

/// Per split (dev, check): how many sections and how many points the code may give beyond the
/// right ones.
const SPURIOUS: [[usize; 2]; 2] = [[0, 0], [1, 0]];
