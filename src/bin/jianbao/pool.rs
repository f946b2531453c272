//! The `--jsonl` pipeline: one reader thread → a bounded queue → N parser threads → the writer
//! (this thread), which puts lines back in input order through a bounded reorder buffer.
//!
//! At most `window` tasks are between the reader and the writer at any time (queued, being
//! parsed, or waiting in the reorder buffer): the reader blocks until the writer has written the
//! line `window` places back. Memory is therefore `window` documents, whatever the corpus size; a
//! slow document holds the line back but never lets the buffer grow past the window.

use crate::inputs::Task;
use crate::progress::Progress;
use jianbao::{Document, Options, parse_bytes, parse_file};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::thread;

/// Stack of a parser thread: as much as the main thread's, for deeply nested pages.
const STACK: usize = 8 << 20;

/// How the pipeline runs.
pub(crate) struct Config {
    /// Parser threads.
    pub workers: usize,
    /// Lines in input order (else as they finish).
    pub ordered: bool,
    /// Parser options.
    pub options: Options,
}

/// The in-flight window for `workers` threads.
pub(crate) fn window(workers: usize) -> u64 {
    (4 * workers).max(16) as u64
}

/// One finished line: its place in the input, the JSON line, the input size, whether it failed.
struct Line {
    seq: u64,
    json: Vec<u8>,
    bytes: u64,
    failed: bool,
}

/// The writer's count of lines written, which the reader waits on.
struct Gate {
    state: Mutex<(u64, bool)>, // (written, aborted)
    moved: Condvar,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Runs `produce` (which hands every task to its callback, in input order) through the parser
/// threads and writes one line per task to `out`. Returns whether any line was an error.
pub(crate) fn run(
    config: &Config,
    produce: impl FnOnce(&mut dyn FnMut(Task) -> bool) + Send,
    out: &mut dyn Write,
    progress: &Progress,
) -> io::Result<bool> {
    let workers = config.workers.max(1);
    let window = window(workers);
    let gate = Gate {
        state: Mutex::new((0, false)),
        moved: Condvar::new(),
    };
    let (task_tx, task_rx) = sync_channel::<(u64, Task)>(workers * 2);
    let task_rx = Mutex::new(task_rx);
    let (line_tx, line_rx) = sync_channel::<Line>(workers * 2);
    thread::scope(|s| {
        let gate = &gate;
        thread::Builder::new()
            .name("reader".into())
            .spawn_scoped(s, move || {
                let mut seq = 0u64;
                produce(&mut |task| {
                    let mut state = lock(&gate.state);
                    while !state.1 && seq >= state.0 + window {
                        state = gate.moved.wait(state).unwrap_or_else(|e| e.into_inner());
                    }
                    if state.1 {
                        return false;
                    }
                    drop(state);
                    let sent = task_tx.send((seq, task)).is_ok();
                    seq += 1;
                    sent
                });
            })?;
        let mut spawned = Ok(());
        for i in 0..workers {
            let (task_rx, line_tx, options) = (&task_rx, line_tx.clone(), &config.options);
            let worker = thread::Builder::new()
                .name(format!("parser-{i}"))
                .stack_size(STACK)
                .spawn_scoped(s, move || worker(task_rx, &line_tx, options));
            if let Err(e) = worker {
                spawned = Err(e);
                break;
            }
        }
        drop(line_tx);
        let result =
            spawned.and_then(|()| write_lines(config.ordered, &line_rx, out, gate, progress));
        // On a write error (a closed pipe) the reader must not wait for room that never comes.
        lock(&gate.state).1 = true;
        gate.moved.notify_all();
        drop(line_rx);
        // Drained here too, in case no parser thread started; the reader stops at its next task.
        while lock(&task_rx).recv().is_ok() {}
        result
    })
}

fn worker(tasks: &Mutex<Receiver<(u64, Task)>>, lines: &SyncSender<Line>, options: &Options) {
    let mut writer_gone = false;
    loop {
        let next = lock(tasks).recv();
        let Ok((seq, task)) = next else { return };
        // Once the writer has gone, tasks are drained unparsed so the reader never blocks on a
        // full queue; it stops at its next task.
        if !writer_gone {
            writer_gone = lines.send(parse_task(seq, task, options)).is_err();
        }
    }
}

/// One line of `--jsonl`: where the input came from, the document, and the seconds it took.
#[derive(Serialize)]
struct JsonLine<'a> {
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    record_id: Option<&'a str>,
    #[serde(flatten)]
    document: &'a Document,
    sec: f64,
}

/// An error line: `{"path", "error"}`, with `url` and `record_id` for a WARC record.
#[derive(Serialize)]
struct ErrorLine<'a> {
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    record_id: Option<&'a str>,
    error: &'a str,
}

fn parse_task(seq: u64, task: Task, options: &Options) -> Line {
    let start = std::time::Instant::now();
    let (path, url, record_id, result, bytes) = match task {
        Task::File { path } => {
            let bytes = std::fs::metadata(&path).map_or(0, |m| m.len());
            let result = parse_file(&path, options).map_err(|e| format!("{path}: {e}"));
            (path, None, None, result, bytes)
        }
        Task::Bytes {
            path,
            url,
            record_id,
            charset,
            body,
        } => {
            let hinted;
            let options = if charset.is_some() {
                hinted = options.clone().charset_hint(charset.as_deref());
                &hinted
            } else {
                options
            };
            let result = parse_bytes(&body, options).map_err(|e| format!("{path}: {e}"));
            (path, url, record_id, result, body.len() as u64)
        }
        Task::Failed {
            path,
            url,
            record_id,
            error,
        } => (path, url, record_id, Err(error), 0),
    };
    let (url, record_id) = (url.as_deref(), record_id.as_deref());
    let mut json = Vec::with_capacity(4096);
    let failed = result.is_err();
    let written = match &result {
        Ok(parsed) => serde_json::to_writer(
            &mut json,
            &JsonLine {
                path: &path,
                url,
                record_id,
                document: &parsed.document,
                sec: start.elapsed().as_secs_f64(),
            },
        ),
        Err(error) => serde_json::to_writer(
            &mut json,
            &ErrorLine {
                path: &path,
                url,
                record_id,
                error,
            },
        ),
    };
    if let Err(e) = &written {
        json.clear();
        let error = format!("{path}: the document does not serialise: {e}");
        let line = ErrorLine {
            path: &path,
            url,
            record_id,
            error: &error,
        };
        // Strings and options only: this cannot fail, and an empty line would be caught below.
        let _ = serde_json::to_writer(&mut json, &line);
    }
    json.push(b'\n');
    Line {
        seq,
        json,
        bytes,
        failed: failed || written.is_err(),
    }
}

fn write_lines(
    ordered: bool,
    lines: &Receiver<Line>,
    out: &mut dyn Write,
    gate: &Gate,
    progress: &Progress,
) -> io::Result<bool> {
    let mut failed = false;
    let mut pending: BTreeMap<u64, Line> = BTreeMap::new();
    let mut next = 0u64;
    for line in lines {
        if !ordered {
            pending.insert(next, line);
        } else {
            pending.insert(line.seq, line);
        }
        while let Some(line) = pending.remove(&next) {
            out.write_all(&line.json)?;
            failed |= line.failed;
            progress.done(line.bytes, line.failed);
            next += 1;
            lock(&gate.state).0 = next;
            gate.moved.notify_all();
        }
    }
    out.flush()?;
    Ok(failed)
}
