//! The `jianbao` command line: `parse` and `quantities`, as `spec/interface.md` describes.
//!
//! `parse --jsonl` runs over files, directories, path lists and WARC files with N parser threads
//! ([`pool`]), a progress bar ([`progress`]) and `--resume` ([`resume`]).

mod inputs;
mod pool;
mod progress;
mod resume;
mod warc;

use clap::{Parser, Subcommand};
use jianbao::{Document, Options, parse_bytes, parse_file};
use serde::Serialize;
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
        /// Files to read; `-` is standard input. With --jsonl also directories (every HTML, text
        /// and markdown file under them, sorted) and WARC files (`.warc`, `.warc.gz`).
        files: Vec<String>,
        /// One JSON document a line, each with "path" (and "url", "record_id" for WARC records).
        #[arg(long)]
        jsonl: bool,
        /// Parser threads for --jsonl (default: the number of cores).
        #[arg(short = 'j', long = "jobs", value_name = "N")]
        jobs: Option<usize>,
        /// Write --jsonl lines as they finish rather than in input order.
        #[arg(long)]
        unordered: bool,
        /// No progress bar (it is shown only when standard error is a terminal anyway).
        #[arg(long, short = 'q')]
        quiet: bool,
        /// Append --jsonl lines to OUT instead of standard output, skipping the inputs OUT already
        /// holds (a torn last line is dropped first); OUT is created when absent.
        #[arg(long, value_name = "OUT")]
        resume: Option<String>,
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
            jobs,
            unordered,
            quiet,
            resume,
            paths_from,
            pretty,
            max_input_bytes,
        } => {
            let options = Options::default().max_input_bytes(max_input_bytes);
            if jsonl {
                let corpus = Corpus {
                    jobs,
                    unordered,
                    quiet,
                    resume,
                };
                run_jsonl(files, paths_from, corpus, options)
            } else if jobs.is_some() || unordered || resume.is_some() || paths_from.is_some() {
                eprintln!("jianbao: -j, --unordered, --resume and --paths-from need --jsonl");
                Ok(ExitCode::from(2))
            } else {
                run_parse(files, pretty, &options)
            }
        }
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

/// The corpus flags of `parse --jsonl`.
struct Corpus {
    jobs: Option<usize>,
    unordered: bool,
    quiet: bool,
    resume: Option<String>,
}

/// `parse --jsonl`: every input through the parser threads, one line each.
fn run_jsonl(
    mut files: Vec<String>,
    paths_from: Option<String>,
    corpus: Corpus,
    options: Options,
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
        eprintln!("jianbao: parse needs a FILE, DIR, `-`, or --paths-from LIST");
        return Ok(ExitCode::from(2));
    }
    let workers = corpus
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, std::num::NonZero::get));
    if workers == 0 {
        eprintln!("jianbao: -j needs at least 1");
        return Ok(ExitCode::from(2));
    }
    let (done, mut out): (resume::Done, Box<dyn Write>) = match &corpus.resume {
        Some(path) => {
            let (done, file) =
                resume::open(path).map_err(|e| io::Error::new(e.kind(), format!("{path}: {e}")))?;
            (done, Box::new(BufWriter::with_capacity(1 << 16, file)))
        }
        None => (
            resume::Done::default(),
            Box::new(BufWriter::with_capacity(1 << 16, io::stdout().lock())),
        ),
    };
    let max_bytes = options.get_max_input_bytes();
    let config = pool::Config {
        workers,
        ordered: !corpus.unordered,
        options,
    };
    let progress = progress::Progress::new(corpus.quiet);
    let produce = |emit: &mut dyn FnMut(inputs::Task) -> bool| {
        inputs::produce(&files, &done, max_bytes, emit);
    };
    let failed = pool::run(&config, produce, &mut out, &progress);
    progress.finish();
    Ok(if failed? {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `parse FILE`: one document, indented with `--pretty`.
fn run_parse(files: Vec<String>, pretty: bool, options: &Options) -> io::Result<ExitCode> {
    let [path] = files.as_slice() else {
        eprintln!(
            "jianbao: parse needs one FILE or `-` (several files, directories and WARC files need --jsonl)"
        );
        return Ok(ExitCode::from(2));
    };
    if std::path::Path::new(path).is_dir() || inputs::is_warc(path) {
        eprintln!("jianbao: {path}: directories and WARC files need --jsonl");
        return Ok(ExitCode::from(2));
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match parse_one(path, options) {
        Ok(document) => write_json(&mut out, &document, pretty)?,
        Err(e) => {
            eprintln!("jianbao: {e}");
            return Ok(ExitCode::from(1));
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
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
