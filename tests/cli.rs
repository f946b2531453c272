//! The command line as spec/interface.md describes it: exit codes, --jsonl, --paths-from, quantities.

use std::io::Write;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_jianbao");
const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/bulletin.txt");

fn run(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn parse_one_file_prints_one_document() {
    let (code, out, _) = run(&["parse", EXAMPLE], b"");
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["bulletin"]["issue"], 42);
    assert_eq!(v["bulletin"]["total_issue"], 218);
    assert_eq!(v["format"], "text");
    assert!(v.get("path").is_none());
    let (_, pretty, _) = run(&["parse", "--pretty", EXAMPLE], b"");
    assert!(pretty.lines().count() > 50);
}

#[test]
fn parse_stdin() {
    let bytes = std::fs::read(EXAMPLE).unwrap();
    let (code, out, _) = run(&["parse", "-"], &bytes);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["articles"][0]["headline"], "青溪县推行“三访三问”工作法");
}

#[test]
fn jsonl_keeps_order_echoes_paths_and_reports_errors() {
    let missing = "no/such/file.html";
    let list = format!("{EXAMPLE}\n{missing}\n{EXAMPLE}\n");
    let (code, out, _) = run(&["parse", "--jsonl", "--paths-from", "-"], list.as_bytes());
    assert_eq!(code, 1, "a file that cannot be read makes the exit code 1");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["path"], EXAMPLE);
    assert_eq!(lines[1]["path"], missing);
    assert!(lines[1]["error"].as_str().unwrap().contains(missing));
    assert_eq!(lines[2]["bulletin"]["issue"], 42);
    let (code, out, _) = run(&["parse", "--jsonl", EXAMPLE, EXAMPLE], b"");
    assert_eq!((code, out.lines().count()), (0, 2));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["parse"], b"").0, 2);
    assert_eq!(run(&["frobnicate"], b"").0, 2);
    assert_eq!(run(&["parse", "--no-such-flag", EXAMPLE], b"").0, 2);
}

#[test]
fn quantities_whole_text_and_per_line() {
    let (code, out, _) = run(
        &["quantities"],
        "抽调1347名机关干部\n满意率低于80%".as_bytes(),
    );
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["quantities"][1]["span"]["start"],
        "抽调1347名机关干部\n满意率".len()
    );
    assert_eq!(v["quantities"][1]["approx"], "below");

    let input = "抽调1347名机关干部\n\n一线\n百分之八十\n";
    let (code, out, _) = run(&["quantities", "--jsonl"], input.as_bytes());
    assert_eq!(code, 0);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4, "one line out per line in");
    assert_eq!(
        lines[0]["quantities"][0]["span"],
        serde_json::json!({"start": 6, "end": 13})
    );
    assert_eq!(lines[0]["quantities"][0]["number"]["value"], 1347);
    assert_eq!(lines[1]["quantities"].as_array().unwrap().len(), 0);
    assert_eq!(lines[2]["quantities"].as_array().unwrap().len(), 0);
    assert_eq!(lines[3]["quantities"][0]["value"], 80);
    assert_eq!(lines[3]["quantities"][0]["unit"], "%");
}

#[test]
fn hostile_inputs_end_cleanly() {
    let nested = "<div>".repeat(100_000);
    let (code, _, err) = run(&["parse", "-"], nested.as_bytes());
    assert_eq!(code, 0, "{err}");
    let script = format!("<html><body><p>正文。</p><script>{}", "x".repeat(100_000));
    assert_eq!(run(&["parse", "-"], script.as_bytes()).0, 0);
    let (code, _, err) = run(
        &["parse", "--max-input-bytes", "10", "-"],
        b"more than ten bytes",
    );
    assert_eq!(code, 1);
    assert_eq!(err.lines().count(), 1, "a one-line error");
}

/// A count beyond i64 is written with all its digits; `quantities` once panicked on it (the list
/// went through a `serde_json::Value`, which cannot hold it).
#[test]
fn quantities_beyond_i64_are_written_whole() {
    for args in [&["quantities"][..], &["quantities", "--jsonl"]] {
        let (code, out, err) = run(args, "共44444444444444444444人。\n".as_bytes());
        assert_eq!((code, err.as_str()), (0, ""));
        assert!(out.contains("\"value\":44444444444444444444"), "{out}");
    }
}
