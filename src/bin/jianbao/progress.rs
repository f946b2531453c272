//! The progress bar of `parse --jsonl` on standard error: documents, MB, documents/s, errors.
//! Hidden when standard error is not a terminal or with `--quiet`.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Counts what the writer has written and shows it.
pub struct Progress {
    bar: ProgressBar,
    bytes: AtomicU64,
    errors: AtomicU64,
}

impl Progress {
    /// A bar on standard error, or a hidden one when `quiet` or standard error is not a terminal.
    pub fn new(quiet: bool) -> Self {
        let bar = if quiet || !std::io::stderr().is_terminal() {
            ProgressBar::hidden()
        } else {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(4));
            let style = ProgressStyle::with_template(
                "{spinner} {human_pos} documents  {msg}  {per_sec:.bold}  {elapsed}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_spinner());
            bar.set_style(style);
            bar.enable_steady_tick(Duration::from_millis(250));
            bar
        };
        Progress {
            bar,
            bytes: AtomicU64::new(0),
            errors: AtomicU64::new(0),
        }
    }

    /// One line written: an input of `bytes` bytes, failed or not.
    pub fn done(&self, bytes: u64, failed: bool) {
        let bytes = self.bytes.fetch_add(bytes, Ordering::Relaxed) + bytes;
        let errors = self.errors.load(Ordering::Relaxed) + u64::from(failed);
        if failed {
            self.errors.store(errors, Ordering::Relaxed);
        }
        if !self.bar.is_hidden() {
            self.bar
                .set_message(format!("{:.1} MB  {errors} errors", bytes as f64 / 1e6));
        }
        self.bar.inc(1);
    }

    /// Clears the bar at the end of the run.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
