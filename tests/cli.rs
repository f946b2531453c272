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

/// A fresh empty directory under the system temp dir for one test.
fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("jianbao-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn json_lines(out: &str) -> Vec<serde_json::Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// A page whose headline is `title`.
fn page(title: &str) -> String {
    format!(
        "<html><head><title>{title}</title></head><body><h1>{title}</h1>\
         <p>一、加强组织领导。全市抽调1347名机关干部深入基层，走访群众5000多户。</p></body></html>"
    )
}

/// One WARC record with a block.
fn warc_record(kind: &str, id: &str, uri: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\n\
         WARC-Target-URI: {uri}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn http(content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n").into_bytes();
    r.extend_from_slice(body);
    r
}

/// The records of a small crawl: warcinfo, a request, a UTF-8 page, a GBK page declared only in
/// the HTTP header, an image.
fn crawl_records() -> Vec<Vec<u8>> {
    let gbk = encoding_rs::GBK
        .encode(&page("情况通报第7期"))
        .0
        .into_owned();
    vec![
        warc_record("warcinfo", "0", "", b"software: test\r\n"),
        warc_record(
            "request",
            "1",
            "http://a.gov.cn/1.html",
            b"GET /1.html HTTP/1.1\r\n\r\n",
        ),
        warc_record(
            "response",
            "2",
            "http://a.gov.cn/1.html",
            &http("text/html; charset=utf-8", page("工作简报第5期").as_bytes()),
        ),
        warc_record(
            "response",
            "3",
            "http://b.gov.cn/2.htm",
            &http("text/html; charset=GBK", &gbk),
        ),
        warc_record(
            "response",
            "4",
            "http://b.gov.cn/x.png",
            &http("image/png", b"\x89PNG\r\n"),
        ),
    ]
}

#[test]
fn jsonl_reads_directories_recursively_in_sorted_order() {
    let dir = temp_dir("dir");
    std::fs::create_dir_all(dir.join("b/c")).unwrap();
    std::fs::write(dir.join("b/c/2.html"), page("二号")).unwrap();
    std::fs::write(dir.join("b/1.htm"), page("一号")).unwrap();
    std::fs::write(dir.join("a.txt"), "工作简报第3期\n\n标题\n\n正文。\n").unwrap();
    std::fs::write(dir.join("notes"), "无扩展名的文本。\n").unwrap();
    std::fs::write(dir.join("logo.png"), b"\x89PNG\r\n\x1a\n").unwrap();
    std::fs::write(dir.join("blob"), b"\x00\x01\x02binary").unwrap();
    std::fs::write(dir.join("style.css"), "p { color: red }").unwrap();
    let d = dir.to_str().unwrap();
    let (code, out, err) = run(&["parse", "--jsonl", d], b"");
    assert_eq!(code, 0, "{err}");
    let paths: Vec<String> = json_lines(&out)
        .iter()
        .map(|v| v["path"].as_str().unwrap().to_string())
        .collect();
    let expected: Vec<String> = ["a.txt", "b/1.htm", "b/c/2.html", "notes"]
        .iter()
        .map(|p| format!("{d}/{p}"))
        .collect();
    assert_eq!(paths, expected);
    assert_eq!(json_lines(&out)[1]["title"], "一号");
    let (code, _, err) = run(&["parse", d], b"");
    assert_eq!(code, 2, "a directory needs --jsonl: {err}");
}

#[test]
fn jsonl_reads_warc_files_plain_and_gzipped() {
    use std::io::Write as _;
    let dir = temp_dir("warc");
    let plain: Vec<u8> = crawl_records().concat();
    let mut gz = Vec::new();
    for record in crawl_records() {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(&record).unwrap();
        gz.extend(e.finish().unwrap());
    }
    let (p, g) = (dir.join("crawl.warc"), dir.join("crawl.warc.gz"));
    std::fs::write(&p, &plain).unwrap();
    std::fs::write(&g, &gz).unwrap();
    for path in [p.to_str().unwrap(), g.to_str().unwrap()] {
        let (code, out, err) = run(&["parse", "--jsonl", path], b"");
        assert_eq!(code, 0, "{err}");
        let lines = json_lines(&out);
        assert_eq!(lines.len(), 2, "two HTML responses: {out}");
        assert_eq!(lines[0]["path"], path);
        assert_eq!(lines[0]["url"], "http://a.gov.cn/1.html");
        assert_eq!(lines[0]["record_id"], "<urn:uuid:2>");
        assert_eq!(lines[0]["bulletin"]["issue"], 5);
        assert_eq!(lines[1]["url"], "http://b.gov.cn/2.htm");
        assert_eq!(lines[1]["encoding"], "GBK");
        assert_eq!(lines[1]["bulletin"]["issue"], 7);
        assert_eq!(lines[1]["had_errors"], false);
    }
    // The same WARC found under a directory.
    let (code, out, _) = run(&["parse", "--jsonl", dir.to_str().unwrap()], b"");
    assert_eq!((code, out.lines().count()), (0, 4));
}

#[test]
fn damaged_warc_gives_its_documents_then_an_error_line() {
    let dir = temp_dir("badwarc");
    let whole = crawl_records().concat();
    let cut = dir.join("cut.warc");
    std::fs::write(&cut, &whole[..whole.len() - 40]).unwrap();
    let junk = dir.join("junk.warc.gz");
    std::fs::write(&junk, b"\x1f\x8b\x08\x00garbage that does not inflate").unwrap();
    let (cut, junk) = (cut.to_str().unwrap(), junk.to_str().unwrap());
    let (code, out, err) = run(&["parse", "--jsonl", cut, junk, EXAMPLE], b"");
    assert_eq!(code, 1, "{err}");
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 5, "{out}");
    assert_eq!(lines[0]["record_id"], "<urn:uuid:2>");
    assert_eq!(lines[1]["record_id"], "<urn:uuid:3>");
    assert_eq!(lines[2]["path"], cut);
    assert!(
        lines[2]["error"]
            .as_str()
            .unwrap()
            .contains("ends inside a record"),
        "{}",
        lines[2]
    );
    assert_eq!(lines[3]["path"], junk);
    assert!(lines[3]["error"].is_string());
    assert_eq!(lines[4]["bulletin"]["issue"], 42, "the run goes on");
}

/// A list of `n` inputs mixing the example, pages and a missing file.
fn mixed_inputs(name: &str, n: usize) -> Vec<String> {
    let dir = temp_dir(name);
    (0..n)
        .map(|i| match i % 5 {
            0 => EXAMPLE.to_string(),
            4 => format!("{}/missing-{i}.html", dir.display()),
            _ => {
                let p = dir.join(format!("{i}.html"));
                std::fs::write(&p, page(&format!("第{i}号文件"))).unwrap();
                p.to_str().unwrap().to_string()
            }
        })
        .collect()
}

/// The lines without their timing.
fn without_sec(out: &str) -> Vec<String> {
    json_lines(out)
        .into_iter()
        .map(|mut v| {
            v.as_object_mut().unwrap().remove("sec");
            v.to_string()
        })
        .collect()
}

#[test]
fn workers_keep_input_order_unless_unordered() {
    let inputs = mixed_inputs("order", 60);
    let list = inputs.join("\n");
    let one = run(
        &["parse", "--jsonl", "-j", "1", "--paths-from", "-"],
        list.as_bytes(),
    );
    let two = run(
        &["parse", "--jsonl", "-j", "2", "--paths-from", "-"],
        list.as_bytes(),
    );
    assert_eq!((one.0, two.0), (1, 1), "missing files make the exit code 1");
    assert_eq!(
        (one.2.as_str(), two.2.as_str()),
        ("", ""),
        "no progress bar when stderr is not a terminal"
    );
    let (one, two) = (without_sec(&one.1), without_sec(&two.1));
    assert_eq!(one.len(), 60);
    assert_eq!(one, two);
    let paths: Vec<String> = json_lines(&two.join("\n"))
        .iter()
        .map(|v| v["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(paths, inputs);
    let (code, out, _) = run(
        &[
            "parse",
            "--jsonl",
            "-j",
            "2",
            "--unordered",
            "--paths-from",
            "-",
        ],
        list.as_bytes(),
    );
    assert_eq!(code, 1);
    let mut unordered = without_sec(&out);
    let mut ordered = one.clone();
    unordered.sort();
    ordered.sort();
    assert_eq!(unordered, ordered);
    assert_eq!(run(&["parse", "--jsonl", "-j", "0", EXAMPLE], b"").0, 2);
}

#[test]
fn resume_skips_what_out_holds_and_drops_a_torn_line() {
    let inputs = mixed_inputs("resume", 8);
    let dir = temp_dir("resume-out");
    let out_path = dir.join("out.jsonl");
    let out = out_path.to_str().unwrap();
    // A first run over the first four inputs, killed while writing the fourth line.
    let (_, first, _) = run(
        &["parse", "--jsonl", "-j", "1", "--paths-from", "-"],
        inputs[..4].join("\n").as_bytes(),
    );
    let first_lines: Vec<&str> = first.lines().collect();
    let torn = &first_lines[3][..first_lines[3].len() / 2];
    std::fs::write(
        &out_path,
        format!(
            "{}\n{}\n{}\n{torn}",
            first_lines[0], first_lines[1], first_lines[2]
        ),
    )
    .unwrap();
    let list = inputs.join("\n");
    let (code, stdout, err) = run(
        &[
            "parse",
            "--jsonl",
            "-j",
            "2",
            "--resume",
            out,
            "--paths-from",
            "-",
        ],
        list.as_bytes(),
    );
    assert_eq!(code, 1, "inputs[4] is missing: {err}");
    assert_eq!(stdout, "", "lines go to OUT");
    let text = std::fs::read_to_string(&out_path).unwrap();
    let paths: Vec<String> = json_lines(&text)
        .iter()
        .map(|v| v["path"].as_str().unwrap().to_string())
        .collect();
    // inputs[5] is the example again: a path already in OUT is done, whichever run wrote it.
    let mut expected = inputs.clone();
    expected.remove(5);
    assert_eq!(paths, expected, "each input once, in order");
    // Everything done: nothing appended, success.
    let (code, _, _) = run(
        &["parse", "--jsonl", "--resume", out, &inputs[0], &inputs[1]],
        b"",
    );
    assert_eq!(code, 0);
    assert_eq!(std::fs::read_to_string(&out_path).unwrap(), text);
}

#[test]
fn resume_skips_warc_records_by_record_id() {
    let dir = temp_dir("resume-warc");
    let warc = dir.join("c.warc");
    std::fs::write(&warc, crawl_records().concat()).unwrap();
    let warc = warc.to_str().unwrap();
    let out_path = dir.join("out.jsonl");
    let (_, all, _) = run(&["parse", "--jsonl", warc], b"");
    let first = all.lines().next().unwrap();
    std::fs::write(&out_path, format!("{first}\n")).unwrap();
    let (code, _, _) = run(
        &[
            "parse",
            "--jsonl",
            "--resume",
            out_path.to_str().unwrap(),
            warc,
        ],
        b"",
    );
    assert_eq!(code, 0);
    let lines = json_lines(&std::fs::read_to_string(&out_path).unwrap());
    let ids: Vec<&str> = lines
        .iter()
        .map(|v| v["record_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["<urn:uuid:2>", "<urn:uuid:3>"]);
}

#[test]
fn progress_bar_only_on_a_terminal_and_not_with_quiet() {
    // util-linux `script` runs the command with a pseudo-terminal as its stderr.
    if !std::path::Path::new("/usr/bin/script").exists() {
        eprintln!("progress bar test needs /usr/bin/script; not run");
        return;
    }
    let dir = temp_dir("progress");
    for i in 0..40 {
        std::fs::write(dir.join(format!("{i:02}.html")), page(&format!("第{i}号"))).unwrap();
    }
    let on_terminal = |extra: &str| {
        let cmd = format!("{BIN} parse --jsonl {extra} {} > /dev/null", dir.display());
        let out = Command::new("/usr/bin/script")
            .args(["-qec", &cmd, "/dev/null"])
            .stdin(Stdio::null())
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (code, shown) = on_terminal("");
    assert_eq!(code, Some(0));
    assert!(
        shown.contains("40 documents")
            && shown.contains("documents/s")
            && shown.contains("0 errors"),
        "{shown:?}"
    );
    assert_eq!(on_terminal("--quiet"), (Some(0), String::new()));
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
