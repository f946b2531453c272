//! `--resume OUT`: the inputs an earlier run already wrote to OUT, and OUT opened to append.
//!
//! An input is done when a line of OUT names it: its `path`, and for a WARC record its
//! `record_id` (a WARC file's line without `record_id`, an error reading the file, marks the whole
//! file done). Error lines count: resuming continues a run, it does not retry its failures. A last
//! line cut short by a killed run is dropped from OUT before appending, so OUT stays valid JSONL.

use serde::Deserialize;
use std::collections::HashSet;
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, Seek, SeekFrom};

/// The keys of the inputs already in OUT.
#[derive(Default)]
pub(crate) struct Done(HashSet<String>);

#[derive(Deserialize)]
struct Key {
    path: String,
    record_id: Option<String>,
}

fn key(path: &str, record_id: Option<&str>) -> String {
    match record_id {
        Some(id) => format!("{path}\u{0}{id}"),
        None => path.to_string(),
    }
}

impl Done {
    /// Whether the input `path` (the record `record_id` of it) is done.
    pub(crate) fn has(&self, path: &str, record_id: Option<&str>) -> bool {
        !self.0.is_empty() && self.0.contains(&key(path, record_id))
    }
}

/// Reads OUT (created when absent), drops a torn last line, and returns what it holds and OUT
/// opened for appending.
pub(crate) fn open(out: &str) -> io::Result<(Done, File)> {
    let mut file = OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .open(out)?;
    let mut done = Done::default();
    let mut good_end = 0u64;
    let mut at = 0u64;
    let mut reader = BufReader::new(&mut file);
    let mut line = Vec::new();
    loop {
        line.clear();
        let n = reader.read_until(b'\n', &mut line)?;
        if n == 0 {
            break;
        }
        at += n as u64;
        let complete = line.last() == Some(&b'\n');
        match serde_json::from_slice::<Key>(&line) {
            Ok(k) if complete => {
                done.0.insert(key(&k.path, k.record_id.as_deref()));
                good_end = at;
            }
            // A torn line in the middle (a crash long ago) stays; only the tail is cut.
            _ if complete => good_end = at,
            _ => {}
        }
    }
    drop(reader);
    if good_end < at {
        file.set_len(good_end)?;
    }
    file.seek(SeekFrom::End(0))?;
    Ok((done, file))
}
