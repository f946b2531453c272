//! The progress bar of `parse --jsonl` on standard error: documents, MB, documents/s, errors.
//! Hidden when standard error is not a terminal or with `--quiet`.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Counts what the writer has written and shows it.
pub(crate) struct Progress {
    bar: ProgressBar,
    bytes: AtomicU64,
    errors: AtomicU64,
}

impl Progress {
    /// A bar on standard error, or a hidden one when `quiet` or standard error is not a terminal.
    pub(crate) fn new(quiet: bool) -> Self {
        let bar = if quiet || !std::io::stderr().is_terminal() {
            ProgressBar::hidden()
        } else {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(4));
            let style =
                ProgressStyle::with_template("{spinner} {human_pos} documents  {msg}  {elapsed}")
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
    pub(crate) fn done(&self, bytes: u64, failed: bool) {
        self.bytes.fetch_add(bytes, Ordering::Relaxed);
        if failed {
            self.errors.fetch_add(1, Ordering::Relaxed);
        }
        self.bar.inc(1);
        if !self.bar.is_hidden() {
            self.bar.set_message(self.summary());
        }
    }

    fn summary(&self) -> String {
        let docs = self.bar.position();
        let rate = docs as f64 / self.bar.elapsed().as_secs_f64().max(1e-3);
        let mb = self.bytes.load(Ordering::Relaxed) as f64 / 1e6;
        let errors = self.errors.load(Ordering::Relaxed);
        format!("{mb:.1} MB  {rate:.0} documents/s  {errors} errors")
    }

    /// Draws the final counts and leaves them on the terminal.
    pub(crate) fn finish(&self) {
        if !self.bar.is_hidden() {
            self.bar.set_message(self.summary());
            self.bar.finish();
        }
    }
}
