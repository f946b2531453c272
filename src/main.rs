//! The `jianbao` command line: `parse` and `quantities`, as `spec/interface.md` describes.

use clap::{Parser, Subcommand};
use jianbao::{Document, Options, parse_bytes, parse_file};
use serde::Serialize;
use serde_json::json;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "jianbao",
    version,
    about = "Chinese government bulletins into typed JSON"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse a page or bulletin (raw bytes, HTML or text, any encoding) into one JSON document.
    Parse {
        /// Files to read; `-` is standard input.
        files: Vec<String>,
        /// One JSON document a line, each with "path".
        #[arg(long)]
        jsonl: bool,
        /// Read the paths to parse from this file, one a line (`-` = standard input).
        #[arg(long, value_name = "LIST")]
        paths_from: Option<String>,
        /// Indent the JSON.
        #[arg(long)]
        pretty: bool,
        /// Largest input accepted, in bytes.
        #[arg(long, default_value_t = jianbao::DEFAULT_MAX_INPUT_BYTES)]
        max_input_bytes: usize,
    },
    /// Extract the quantities of UTF-8 text on standard input.
    Quantities {
        /// One line `{"quantities": [...]}` per input line, spans relative to that line.
        #[arg(long)]
        jsonl: bool,
        /// Indent the JSON (whole-text mode).
        #[arg(long)]
        pretty: bool,
    },
    /// Render an annotated HTML view of what was found in a file (self-contained, no script).
    #[cfg(feature = "view")]
    View {
        /// The file to read (`-` is standard input).
        file: String,
        /// Write the page here instead of standard output.
        #[arg(short, long, value_name = "OUT.html")]
        output: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let result = match cli.command {
        Command::Parse {
            files,
            jsonl,
            paths_from,
            pretty,
            max_input_bytes,
        } => run_parse(
            files,
            jsonl,
            paths_from,
            pretty,
            &Options::default().max_input_bytes(max_input_bytes),
        ),
        Command::Quantities { jsonl, pretty } => run_quantities(jsonl, pretty),
        #[cfg(feature = "view")]
        Command::View { file, output } => run_view(&file, output.as_deref()),
    };
    match result {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("jianbao: {e}");
            ExitCode::from(1)
        }
    }
}

/// `jianbao view FILE [-o OUT.html]`.
#[cfg(feature = "view")]
fn run_view(path: &str, output: Option<&str>) -> io::Result<ExitCode> {
    let bytes = read_input(path).map_err(|e| io::Error::new(e.kind(), format!("{path}: {e}")))?;
    let parsed = parse_bytes(&bytes, &Options::default()).map_err(io::Error::other)?;
    let html = jianbao::view::render(&parsed);
    match output {
        Some(out) => std::fs::write(out, html)?,
        None => io::stdout().lock().write_all(html.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}

fn read_input(path: &str) -> io::Result<Vec<u8>> {
    if path == "-" {
        let mut buf = Vec::new();
        io::stdin().lock().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(path)
    }
}

fn parse_one(path: &str, options: &Options) -> Result<Document, String> {
    let parsed = if path == "-" {
        let bytes = read_input(path).map_err(|e| format!("{path}: {e}"))?;
        parse_bytes(&bytes, options)
    } else {
        parse_file(path, options)
    }
    .map_err(|e| format!("{path}: {e}"))?;
    Ok(parsed.document)
}

/// One line of `--jsonl`: the document between its path and the seconds it took, serialised
/// straight from the structs.
#[derive(Serialize)]
struct JsonLine<'a> {
    path: &'a str,
    #[serde(flatten)]
    document: &'a Document,
    sec: f64,
}

fn run_parse(
    mut files: Vec<String>,
    jsonl: bool,
    paths_from: Option<String>,
    pretty: bool,
    options: &Options,
) -> io::Result<ExitCode> {
    if let Some(list) = paths_from {
        let text = read_input(&list)?;
        let text = String::from_utf8_lossy(&text);
        files.extend(
            text.lines()
                .map(|l| l.trim_end_matches('\r'))
                .filter(|l| !l.is_empty())
                .map(String::from),
        );
    }
    if files.is_empty() {
        eprintln!("jianbao: parse needs a FILE, `-`, or --paths-from LIST");
        return Ok(ExitCode::from(2));
    }
    if !jsonl && files.len() > 1 {
        eprintln!("jianbao: several files need --jsonl");
        return Ok(ExitCode::from(2));
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    for path in &files {
        let start = std::time::Instant::now();
        match parse_one(path, options) {
            Ok(document) if jsonl => {
                let sec = start.elapsed().as_secs_f64();
                let line = JsonLine {
                    path,
                    document: &document,
                    sec,
                };
                write_json(&mut out, &line, false)?;
            }
            Ok(document) => write_json(&mut out, &document, pretty)?,
            Err(e) => {
                failed = true;
                if !jsonl {
                    eprintln!("jianbao: {e}");
                    return Ok(ExitCode::from(1));
                }
                write_json(&mut out, &json!({"path": path, "error": e}), false)?;
            }
        }
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn run_quantities(jsonl: bool, pretty: bool) -> io::Result<ExitCode> {
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if jsonl {
        let mut reader = stdin.lock();
        let mut buf = Vec::new();
        loop {
            buf.clear();
            if reader.read_until(b'\n', &mut buf)? == 0 {
                break;
            }
            if buf.last() == Some(&b'\n') {
                buf.pop();
            }
            let line = String::from_utf8_lossy(&buf);
            let qs = jianbao::quantities::extract(&line);
            write_json(&mut out, &QuantityList { quantities: &qs }, false)?;
        }
    } else {
        let mut buf = Vec::new();
        stdin.lock().read_to_end(&mut buf)?;
        let text = String::from_utf8_lossy(&buf);
        let qs = jianbao::quantities::extract(&text);
        write_json(&mut out, &QuantityList { quantities: &qs }, pretty)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The output of `quantities`: `{"quantities": [...]}`, serialised straight from the structs (a
/// `serde_json::Value` cannot hold an integer beyond i64, and a 20-digit count is a quantity).
#[derive(Serialize)]
struct QuantityList<'a> {
    quantities: &'a [jianbao::quantities::Quantity],
}

/// One JSON value and a line break, indented when `pretty`.
fn write_json(out: &mut impl Write, value: &impl Serialize, pretty: bool) -> io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut *out, value)
    } else {
        serde_json::to_writer(&mut *out, value)
    }
    .map_err(io::Error::other)?;
    writeln!(out)
}
