//! Runs the numbered examples of every tests/spec/*.md file: input, then the JSON it must give.

use jianbao::{Options, parse_str, quantities::extract};
use serde_json::{Value, json};

struct Example {
    file: String,
    number: usize,
    section: String,
    mode: String,
    input: String,
    expected: Value,
}

/// The examples of every `*.md` file under tests/spec/, file by file in name order.
fn examples() -> Vec<Example> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/spec");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/spec/ is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    files.sort();
    files
        .iter()
        .flat_map(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
            let spec = std::fs::read_to_string(p).expect("a spec file is UTF-8");
            examples_of(&name.unwrap_or_default(), &spec)
        })
        .collect()
}

fn examples_of(file: &str, spec: &str) -> Vec<Example> {
    let mut out = Vec::new();
    let mut section = String::new();
    let mut header: Option<(usize, String)> = None;
    let mut input: Option<String> = None;
    let mut lines = spec.lines();
    while let Some(line) = lines.next() {
        if let Some(s) = line.strip_prefix("## ") {
            section = s.to_string();
        } else if let Some(h) = line.strip_prefix("### Example ") {
            let (n, mode) = h.split_once(' ').expect("### Example N (mode)");
            header = Some((
                n.parse().expect("example number"),
                mode.trim_matches(['(', ')']).to_string(),
            ));
        } else if line == "```text" || line == "```json" {
            let body: Vec<&str> = lines.by_ref().take_while(|l| *l != "```").collect();
            let body = body.join("\n");
            if line == "```text" {
                input = Some(body + "\n");
            } else {
                let (number, mode) = header
                    .take()
                    .expect("a json block follows an example header");
                out.push(Example {
                    file: file.to_string(),
                    number,
                    section: section.clone(),
                    mode,
                    input: input.take().expect("a text block before the json block"),
                    expected: serde_json::from_str(&body)
                        .unwrap_or_else(|e| panic!("example {number}: bad JSON: {e}")),
                });
            }
        }
    }
    out
}

/// Whether `got` holds everything `want` names; the first difference as a path otherwise.
fn subset(want: &Value, got: &Value, path: &str) -> Result<(), String> {
    match (want, got) {
        (Value::Object(w), Value::Object(g)) => {
            for (k, wv) in w {
                let gv = g.get(k).unwrap_or(&Value::Null);
                subset(wv, gv, &format!("{path}.{k}"))?;
            }
            Ok(())
        }
        (Value::Array(w), Value::Array(g)) => {
            if w.len() != g.len() {
                return Err(format!(
                    "{path}: {} items expected, {} found: {got}",
                    w.len(),
                    g.len()
                ));
            }
            w.iter()
                .zip(g)
                .enumerate()
                .try_for_each(|(i, (wv, gv))| subset(wv, gv, &format!("{path}[{i}]")))
        }
        (Value::Number(w), Value::Number(g)) if w.as_f64() == g.as_f64() => Ok(()),
        _ if want == got => Ok(()),
        _ => Err(format!("{path}: expected {want}, found {got}")),
    }
}

#[test]
fn spec_examples() {
    let all = examples();
    assert!(
        all.len() >= 48,
        "the spec file was read ({} examples)",
        all.len()
    );
    let mut failures = Vec::new();
    for ex in &all {
        let got = match ex.mode.as_str() {
            "parse" => serde_json::to_value(parse_str(&ex.input, &Options::default())).unwrap(),
            "quantities" => json!({ "quantities": extract(ex.input.trim_end()) }),
            other => panic!("example {}: unknown mode {other}", ex.number),
        };
        if let Err(e) = subset(&ex.expected, &got, "") {
            failures.push(format!(
                "{} example {} ({}): {e}",
                ex.file, ex.number, ex.section
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} examples fail:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}
