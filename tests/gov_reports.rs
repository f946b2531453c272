//! The gov-reports markdown corpus and the work-report texts: every document gets a headline, a
//! markdown file gives the same level-1 sections as its text with the markup stripped, and the
//! hand-checked sections of `tests/gold/structure/gold.jsonl` are met.

mod common;

use common::shared;
use jianbao::{Document, Format, Options, parse_str};
use std::path::{Path, PathBuf};

/// The markdown files under `dir`, sorted.
fn markdown_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d)
            .expect("readable corpus folder")
            .flatten()
        {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "md")
                && p.file_name().is_some_and(|n| n != "README.md")
            {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The markdown stripped to plain text: no front matter, table of contents, comments, images,
/// heading or quote or bullet marks, bold stars or table bars.
fn strip_markdown(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let mut lines = md.lines().peekable();
    if lines.peek().is_some_and(|l| l.trim() == "---") {
        lines.next();
        for l in lines.by_ref() {
            if l.trim() == "---" {
                break;
            }
        }
    }
    let mut skip = false;
    for l in lines {
        let t = l.trim();
        if t.starts_with("<details") || t.starts_with("<!--") {
            skip = !(t.contains("</details>") || t.contains("-->"));
            continue;
        }
        if skip {
            skip = !(t.contains("</details>") || t.contains("-->"));
            continue;
        }
        if t.starts_with("![") || (t.starts_with('<') && t.ends_with('>')) {
            continue;
        }
        if t.starts_with('|') && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')) {
            continue;
        }
        let t = t.trim_start_matches(['>', ' ']);
        let t = t.trim_start_matches('#').trim_start();
        let t = t
            .strip_prefix("- ")
            .or_else(|| t.strip_prefix("* "))
            .unwrap_or(t);
        let t = t.replace("**", "");
        let t = t.trim_matches(['|', ' ']).replace('|', " ");
        out.push_str(&t);
        out.push('\n');
    }
    out
}

fn level1(doc: &Document) -> Vec<String> {
    doc.articles
        .iter()
        .flat_map(|a| &a.sections)
        .filter(|s| s.level == 1)
        .map(|s| s.title.clone())
        .collect()
}

fn level2_count(doc: &Document) -> usize {
    doc.sections().filter(|s| s.level == 2).count()
}

fn headline(doc: &Document) -> &str {
    doc.articles.first().map_or("", |a| a.headline.as_str())
}

#[test]
fn every_report_has_a_headline_and_markdown_agrees_with_text() {
    let Some(dir) = shared("corpus/gov-reports") else {
        return;
    };
    let opts = Options::default();
    let files = markdown_files(&dir);
    let (mut headed, mut agree, mut markdown, mut run_in, mut every_level) = (0, 0, 0, 0, 0);
    let mut failures = Vec::new();
    for f in &files {
        let md = std::fs::read_to_string(f).expect("utf-8 markdown");
        let doc = parse_str(&md, &opts);
        let rel = f.strip_prefix(&dir).unwrap_or(f).display().to_string();
        if doc.format == Format::Markdown {
            markdown += 1;
        } else {
            failures.push(format!("{rel}: read as {:?}", doc.format));
        }
        if headline(&doc).is_empty() {
            failures.push(format!("{rel}: no headline"));
        } else {
            headed += 1;
        }
        // Markdown spans are exact: a section's starts at its marker, a quantity's is its text.
        common::check_spans(&doc, &md);
        for sec in doc.sections() {
            assert!(
                md[sec.span.range()].starts_with(&sec.marker),
                "{rel}: {}",
                sec.marker
            );
        }
        for q in doc.articles.iter().flat_map(|a| &a.quantities) {
            assert_eq!(md[q.span.range()], q.text, "{rel}");
        }
        let text = parse_str(&strip_markdown(&md), &opts);
        let (a, b) = (level1(&doc), level1(&text));
        // A run-in bold title (**一、跨越发展** 结构调整…) is the bold part in markdown; the text
        // has no bold to stop at, so its title runs on: the text title starts with it.
        let same = a.len() == b.len() && a.iter().zip(&b).all(|(m, t)| t.starts_with(m.as_str()));
        if a == b {
            agree += 1;
        } else if same {
            agree += 1;
            run_in += 1;
        } else {
            failures.push(format!(
                "{rel}: level 1 differs\n  md   {a:?}\n  text {b:?}"
            ));
        }
        // Every level, printed: (level, marker) equal, the text title starting with the markdown one.
        let all = |d: &Document| -> Vec<(u8, String, String)> {
            d.sections()
                .map(|s| (s.level, s.marker.clone(), s.title.clone()))
                .collect()
        };
        let (x, y) = (all(&doc), all(&text));
        if x.len() == y.len()
            && x.iter()
                .zip(&y)
                .all(|(m, t)| m.0 == t.0 && m.1 == t.1 && t.2.starts_with(m.2.as_str()))
        {
            every_level += 1;
        } else if std::env::var_os("JIANBAO_SHOW").is_some() {
            println!(
                "{rel}: sections differ below level 1 ({} vs {})",
                x.len(),
                y.len()
            );
        }
        if std::env::var_os("JIANBAO_SHOW").is_some() {
            println!("{rel}\t{}\t{}\t{:?}", headline(&doc), level2_count(&doc), a);
        }
    }
    println!(
        "gov-reports: {} files, {markdown} read as markdown, {headed} with a headline, {agree} with the level-1 sections of their text ({run_in} of them with run-in bold titles)",
        files.len()
    );
    println!("gov-reports: {every_level} agree with their text at every section level");
    for f in &failures {
        println!("{f}");
    }
    assert_eq!(markdown, files.len(), "every file is read as markdown");
    assert_eq!(headed, files.len(), "every file has a headline");
    assert_eq!(agree, files.len(), "markdown and text agree");
}

#[test]
fn every_work_report_has_a_headline() {
    let Some(path) = shared("corpus/work-reports/government_work_reports.jsonl") else {
        return;
    };
    let opts = Options::default();
    let all = std::fs::read_to_string(path).expect("readable jsonl");
    let (mut n, mut headed, mut body_headed) = (0, 0, 0);
    for line in all.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        // The text as a reader has it: the title line, then the body.
        let title = v["title"].as_str().unwrap_or_default();
        let content = v["content"].as_str().unwrap_or_default();
        let doc = parse_str(&format!("{title}\n\n{content}"), &opts);
        n += 1;
        // Printed, not asserted: the body alone opens on 各位代表： and has no title line.
        if !headline(&parse_str(content, &opts)).is_empty() {
            body_headed += 1;
        }
        if headline(&doc).is_empty() {
            println!("no headline: {}", v["title"]);
        } else {
            headed += 1;
        }
        if std::env::var_os("JIANBAO_SHOW").is_some() {
            println!(
                "{}\t{}\t{}\t{:?}",
                v["title"],
                headline(&doc),
                level2_count(&doc),
                level1(&doc)
            );
        }
    }
    println!(
        "work reports: {n}, {headed} with a headline (title line + body), {body_headed} from the body alone"
    );
    assert_eq!(headed, n, "every work report has a headline");
}

#[test]
fn hand_checked_sections() {
    let Some(gold) = shared("corpus/gov-reports") else {
        return;
    };
    let opts = Options::default();
    let lines = include_str!("gold/structure/gold.jsonl");
    // split → (documents, headline exact, level-1 titles exact, level-2 count exact)
    let mut score: std::collections::BTreeMap<String, [usize; 4]> = Default::default();
    for line in lines.lines().filter(|l| !l.trim().is_empty()) {
        let g: serde_json::Value = serde_json::from_str(line).expect("a gold line");
        let rel = g["path"].as_str().expect("path");
        let path = gold.join("..").join("..").join(rel);
        let doc = parse_str(&std::fs::read_to_string(&path).expect("gold file"), &opts);
        let want: Vec<String> = serde_json::from_value(g["level1"].clone()).expect("level1");
        let s = score
            .entry(g["split"].as_str().unwrap_or("?").to_string())
            .or_default();
        s[0] += 1;
        let checks = [
            headline(&doc) == g["headline"].as_str().unwrap_or_default(),
            level1(&doc) == want,
            Some(level2_count(&doc) as u64) == g["level2_count"].as_u64(),
        ];
        for (k, ok) in checks.iter().enumerate() {
            s[k + 1] += usize::from(*ok);
            if !ok {
                println!(
                    "{rel}: {} differs",
                    ["headline", "level 1", "level-2 count"][k]
                );
            }
        }
    }
    for (split, [n, h, l1, l2]) in &score {
        println!(
            "gold {split}: {n} documents, headline {h}/{n}, level 1 {l1}/{n}, level-2 count {l2}/{n}"
        );
    }
    // Floors at what the parser reaches. dev: the 20 read while the markdown rules were written
    // (the two-line bold title of a statistical communiqué is joined since frame10); check: 10 read after,
    // with no rule changed for them (a plain title line the front matter's title does not hold,
    // 关于…纲要的报告 under title: 2001年政府工作报告, loses to the front matter's title).
    assert_eq!(score["dev"], [20, 20, 20, 20]);
    assert_eq!(score["check"], [10, 9, 10, 10]);
}
