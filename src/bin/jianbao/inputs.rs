//! What `parse --jsonl` reads, one task at a time in input order: files as given, the documents
//! under directories (recursive, sorted), and the HTML responses of WARC files.

use crate::resume::Done;
use crate::warc;
use std::fs;
use std::io::{self, BufReader, Read};
use std::path::Path;

/// One unit of work for a parser thread.
pub(crate) enum Task {
    /// A file to read and parse.
    File { path: String },
    /// Bytes already in hand (standard input, a WARC record).
    Bytes {
        path: String,
        url: Option<String>,
        record_id: Option<String>,
        charset: Option<String>,
        body: Vec<u8>,
    },
    /// An input that failed before parsing.
    Failed {
        path: String,
        url: Option<String>,
        record_id: Option<String>,
        error: String,
    },
}

/// Extensions read as documents when found under a directory.
const DOCUMENT_EXTENSIONS: &[&str] = &[
    "html", "htm", "shtml", "xhtml", "shtm", "jsp", "asp", "aspx", "php", "txt", "text", "md",
    "markdown",
];
/// Extensions skipped under a directory without looking: media, archives, office files, assets.
const SKIP_EXTENSIONS: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "bmp", "ico", "webp", "svg", "tif", "tiff", "mp3", "mp4", "avi",
    "flv", "swf", "wmv", "mov", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "wps", "zip",
    "rar", "7z", "gz", "tgz", "bz2", "xz", "tar", "exe", "dll", "so", "bin", "class", "jar", "css",
    "js", "json", "jsonl", "xml", "woff", "woff2", "ttf", "eot", "otf", "parquet",
];

/// Whether `path` names a WARC file.
pub(crate) fn is_warc(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".warc") || lower.ends_with(".warc.gz")
}

/// Whether a file found under a directory is a document: by extension, else by a look at its
/// first bytes (no NUL, no known binary signature).
fn is_document(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some(e) if DOCUMENT_EXTENSIONS.contains(&e) => true,
        Some(e) if SKIP_EXTENSIONS.contains(&e) => false,
        _ => sniff_text(path),
    }
}

fn sniff_text(path: &Path) -> bool {
    let mut head = Vec::with_capacity(1024);
    let Ok(file) = fs::File::open(path) else {
        return true; // let the parser report the error
    };
    if file.take(1024).read_to_end(&mut head).is_err() {
        return true;
    }
    const MAGIC: &[&[u8]] = &[
        b"\x89PNG",
        b"\xff\xd8\xff",
        b"GIF8",
        b"%PDF",
        b"PK\x03\x04",
        b"\x1f\x8b",
        b"\xd0\xcf\x11\xe0",
        b"\x7fELF",
        b"Rar!",
        b"7z\xbc\xaf",
        b"BM",
        b"RIFF",
        b"ID3",
        b"OggS",
        b"\x00\x00\x00",
    ];
    !head.is_empty() && !MAGIC.iter().any(|m| head.starts_with(m)) && !head.contains(&0)
}

/// Every task of `inputs`, in order, handed to `emit`; inputs in `done` are skipped. Stops early
/// when `emit` returns false (the writer has gone).
pub(crate) fn produce(
    inputs: &[String],
    done: &Done,
    max_bytes: usize,
    emit: &mut dyn FnMut(Task) -> bool,
) {
    for input in inputs {
        if !produce_one(input, done, max_bytes, emit) {
            return;
        }
    }
}

fn produce_one(
    input: &str,
    done: &Done,
    max_bytes: usize,
    emit: &mut dyn FnMut(Task) -> bool,
) -> bool {
    if input == "-" {
        if done.has(input, None) {
            return true;
        }
        let mut body = Vec::new();
        let task = match io::stdin()
            .lock()
            .take(max_bytes as u64 + 1)
            .read_to_end(&mut body)
        {
            Ok(_) => Task::Bytes {
                path: input.to_string(),
                url: None,
                record_id: None,
                charset: None,
                body,
            },
            Err(e) => failed(input, format!("{input}: {e}")),
        };
        return emit(task);
    }
    let path = Path::new(input);
    if path.is_dir() {
        return walk(path, done, max_bytes, emit);
    }
    if is_warc(input) {
        return warc_tasks(input, done, max_bytes, emit);
    }
    done.has(input, None)
        || emit(Task::File {
            path: input.to_string(),
        })
}

fn failed(path: &str, error: String) -> Task {
    Task::Failed {
        path: path.to_string(),
        url: None,
        record_id: None,
        error,
    }
}

/// The documents under `dir`, depth first, each directory's entries sorted by name.
fn walk(dir: &Path, done: &Done, max_bytes: usize, emit: &mut dyn FnMut(Task) -> bool) -> bool {
    let display = dir.to_string_lossy();
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return emit(failed(&display, format!("{display}: {e}"))),
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let name = path.to_string_lossy().into_owned();
        // A symlinked directory is not followed: a link back up would never end.
        let link = fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
        let keep_going = if path.is_dir() && link {
            true
        } else if path.is_dir() {
            walk(&path, done, max_bytes, emit)
        } else if is_warc(&name) {
            warc_tasks(&name, done, max_bytes, emit)
        } else if path.is_file() && is_document(&path) {
            done.has(&name, None) || emit(Task::File { path: name })
        } else {
            true
        };
        if !keep_going {
            return false;
        }
    }
    true
}

/// One task per HTML response of the WARC file at `path`; a read error ends the file with an
/// error line of its own.
fn warc_tasks(
    path: &str,
    done: &Done,
    max_bytes: usize,
    emit: &mut dyn FnMut(Task) -> bool,
) -> bool {
    if done.has(path, None) {
        return true;
    }
    let reader = fs::File::open(path).and_then(|f| {
        warc::open(
            BufReader::with_capacity(1 << 16, f),
            max_bytes as u64 + (64 << 10),
        )
    });
    let reader = match reader {
        Ok(r) => r,
        Err(e) => return emit(failed(path, format!("{path}: {e}"))),
    };
    for item in reader {
        let task = match item {
            Err(e) => failed(path, format!("{path}: {e}")),
            Ok(warc::Item::TooLarge(headers, len)) => {
                let record = warc::Record {
                    headers,
                    block: Vec::new(),
                };
                if record.header("WARC-Type") != Some("response")
                    || done.has(path, record.header("WARC-Record-ID"))
                {
                    continue;
                }
                Task::Failed {
                    path: path.to_string(),
                    url: record.header("WARC-Target-URI").map(String::from),
                    record_id: record.header("WARC-Record-ID").map(String::from),
                    error: format!("{path}: a record of {len} bytes is larger than the limit"),
                }
            }
            Ok(warc::Item::Record(record)) => {
                if record.header("WARC-Type") != Some("response") {
                    continue;
                }
                let url = record.header("WARC-Target-URI").map(String::from);
                let record_id = record.header("WARC-Record-ID").map(String::from);
                if done.has(path, record_id.as_deref()) {
                    continue;
                }
                match warc::html_response(&record.block, max_bytes as u64) {
                    Ok(None) => continue,
                    Ok(Some(response)) => Task::Bytes {
                        path: path.to_string(),
                        url,
                        record_id,
                        charset: response.charset,
                        body: response.body,
                    },
                    Err(error) => Task::Failed {
                        path: path.to_string(),
                        url,
                        record_id,
                        error: format!("{path}: {error}"),
                    },
                }
            }
        };
        if !emit(task) {
            return false;
        }
    }
    true
}
