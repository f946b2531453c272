//! The examples run and print what they promise. `cargo test --all-targets` builds them beside the
//! test binaries; run alone without them, this test says it skipped.

use std::path::PathBuf;
use std::process::Command;

fn example(name: &str) -> Option<PathBuf> {
    let deps = std::env::current_exe().ok()?.parent()?.to_path_buf();
    let path = deps.parent()?.join("examples").join(name);
    if path.exists() {
        Some(path)
    } else {
        eprintln!("skipped: example {name} is not built (cargo test --all-targets builds it)");
        None
    }
}

fn run(name: &str) -> Option<String> {
    let out = Command::new(example(name)?)
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/data/bulletin.txt"
        ))
        .output()
        .expect("the example runs");
    assert!(
        out.status.success(),
        "{name} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).expect("UTF-8 output"))
}

#[test]
fn parse_file_prints_the_document() {
    let Some(out) = run("parse_file") else { return };
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["bulletin"]["issue"], 42);
}

#[test]
fn sections_walks_the_tree() {
    let Some(out) = run("sections") else { return };
    assert!(
        out.contains("一、 建立“三张清单”，摸清群众需求 (announces 3)"),
        "{out}"
    );
    assert!(out.contains("· 一是 建立走访清单"));
    assert!(
        out.contains("      1. 评议结果当场公布"),
        "level 3 under level 2:\n{out}"
    );
}

#[test]
fn quantities_lists_spans_and_subjects() {
    let Some(out) = run("quantities") else { return };
    let line = out
        .lines()
        .find(|l| l.contains("826名"))
        .expect("826名 is listed");
    assert!(
        line.contains("机关干部") && line.contains("Count"),
        "{line}"
    );
}

#[test]
fn segments_shows_why_blocks_were_dropped() {
    let Some(out) = run("segments") else { return };
    assert!(
        out.lines()
            .any(|l| l.contains("ServerJunk") && l.contains("502 Bad Gateway")),
        "{out}"
    );
    assert!(out.lines().any(|l| l.contains("Breadcrumb")));
}
