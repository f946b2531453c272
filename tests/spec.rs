//! The conformance examples of every `tests/spec/*.md` file, one trial each (pulldown-cmark's way):
//! an input in a `text` block, then the JSON it must give in a `json` block. A failing example is
//! reported by its file, number, section and name, and `cargo test --test spec -- NAME` runs one.
//!
//! Modes: `parse` (`parse_str`, the whole document), `quantities` (`quantities::extract` on the
//! input, as `{"quantities": [...]}`), `blocks` (`html::html_to_blocks`, as `{"blocks": [{"text",
//! "link_chars"}]}`, each block's source span checked to lie on character boundaries) and `roundtrip` (`parse`, and the document must read back from its JSON
//! unchanged). Every `parse` and `roundtrip` example also checks that each span of the document
//! lies on character boundaries of the input.

use jianbao::{Document, Options, Span, html::html_to_blocks, parse_str, quantities::extract};
use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::{Value, json};

struct Example {
    file: String,
    number: usize,
    section: String,
    mode: String,
    name: String,
    input: String,
    expected: Value,
}

fn main() {
    let args = Arguments::from_args();
    let trials = match examples() {
        Ok(all) => all
            .into_iter()
            .map(|ex| {
                let title = format!(
                    "{}::{:03} {}{}",
                    ex.file,
                    ex.number,
                    ex.section,
                    if ex.name.is_empty() {
                        String::new()
                    } else {
                        format!(": {}", ex.name)
                    }
                );
                Trial::test(title, move || run(&ex))
            })
            .collect(),
        Err(e) => vec![Trial::test("spec files are readable", move || {
            Err(Failed::from(e))
        })],
    };
    libtest_mimic::run(&args, trials).exit();
}

/// The examples of every `*.md` file under tests/spec/, file by file in name order.
fn examples() -> Result<Vec<Example>, String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/spec");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in &files {
        let stem = path
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let spec = std::fs::read_to_string(path).map_err(|e| format!("{stem}: {e}"))?;
        out.extend(examples_of(&stem, &spec)?);
    }
    if out.len() < 20 {
        return Err(format!(
            "only {} examples read from {}",
            out.len(),
            dir.display()
        ));
    }
    Ok(out)
}

/// The examples of one spec file: `### Example N (mode)` or `### Example N (mode) name`, a `text`
/// (or `html`) block, then a `json` block.
fn examples_of(file: &str, spec: &str) -> Result<Vec<Example>, String> {
    let mut out = Vec::new();
    let mut section = String::new();
    let mut header: Option<(usize, String, String)> = None;
    let mut input: Option<String> = None;
    let mut lines = spec.lines();
    while let Some(line) = lines.next() {
        if let Some(s) = line.strip_prefix("## ") {
            section = s.to_string();
        } else if let Some(h) = line.strip_prefix("### Example ") {
            let (n, rest) = h
                .split_once(' ')
                .ok_or(format!("{file}: `### Example {h}` has no (mode)"))?;
            let (mode, name) = rest
                .split_once(')')
                .ok_or(format!("{file}: example {n}: no closing ) after the mode"))?;
            let number = n
                .parse()
                .map_err(|_| format!("{file}: example number {n}"))?;
            header = Some((
                number,
                mode.trim_start_matches('(').to_string(),
                name.trim().to_string(),
            ));
        } else if matches!(line, "```text" | "```html" | "```json") {
            let body: Vec<&str> = lines.by_ref().take_while(|l| *l != "```").collect();
            let body = body.join("\n");
            if line != "```json" {
                input = Some(body + "\n");
                continue;
            }
            let (number, mode, name) = header
                .take()
                .ok_or(format!("{file}: a json block without an example header"))?;
            out.push(Example {
                file: file.to_string(),
                number,
                section: section.clone(),
                mode,
                name,
                input: input
                    .take()
                    .ok_or(format!("{file}: example {number}: no input block"))?,
                expected: serde_json::from_str(&body)
                    .map_err(|e| format!("{file}: example {number}: bad JSON: {e}"))?,
            });
        }
    }
    Ok(out)
}

fn run(ex: &Example) -> Result<(), Failed> {
    let got = match ex.mode.as_str() {
        "parse" | "roundtrip" => {
            let doc = parse_str(&ex.input, &Options::default());
            spans_on_boundaries(&doc, &ex.input)?;
            let written = serde_json::to_string(&doc).map_err(|e| e.to_string())?;
            if ex.mode == "roundtrip" {
                let back: Document = serde_json::from_str(&written)
                    .map_err(|e| format!("the JSON does not read back: {e}"))?;
                if back != doc {
                    return Err("the document read back from its JSON differs".into());
                }
            }
            as_value(&written)?
        }
        "quantities" => {
            let quantities = extract(ex.input.trim_end());
            let written = serde_json::to_string(&quantities).map_err(|e| e.to_string())?;
            json!({ "quantities": as_value(&written)? })
        }
        "blocks" => {
            let page = html_to_blocks(&ex.input);
            if let Some(b) = page
                .blocks
                .iter()
                .find(|b| ex.input.get(page.source_span(b.span).range()).is_none())
            {
                return Err(format!("block {:?} maps off character boundaries", b.span).into());
            }
            let blocks: Vec<Value> = page
                .blocks
                .iter()
                .map(|b| json!({"text": &page.text[b.span.range()], "link_chars": b.link_chars}))
                .collect();
            json!({ "blocks": blocks })
        }
        other => return Err(format!("unknown mode {other}").into()),
    };
    subset(&ex.expected, &got, "").map_err(Failed::from)
}

/// JSON text as a value (written as text first: a value cannot hold integers beyond i64/u64, which
/// the text writes with all their digits).
fn as_value(written: &str) -> Result<Value, Failed> {
    serde_json::from_str(written).map_err(|e| Failed::from(format!("unreadable JSON: {e}")))
}

/// Every span of the document's items lies on character boundaries of `input`.
fn spans_on_boundaries(doc: &Document, input: &str) -> Result<(), String> {
    let mut spans: Vec<Span> = doc.diagnostics.iter().map(|d| d.span).collect();
    for a in &doc.articles {
        spans.push(a.span);
        spans.extend(a.quantities.iter().map(|q| q.span));
    }
    spans.extend(doc.sections().map(|s| s.span));
    match spans.iter().find(|s| input.get(s.range()).is_none()) {
        Some(s) => Err(format!(
            "span {}..{} is not on character boundaries",
            s.start, s.end
        )),
        None => Ok(()),
    }
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
