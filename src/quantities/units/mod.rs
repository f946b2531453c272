//! Units, classifiers, approximation words and non-numeric words with numerals: data, not code.
//!
//! The tables live in `words`, `not_quantities` and `subject_words`, the lookups over them in `lookup`; all are
//! re-exported here.

mod lookup;
mod not_quantities;
mod subject_words;
mod words;

pub use lookup::{approx_after, approx_before, blocking_word_end, unit_at};
pub use not_quantities::NOT_QUANTITIES;
pub(crate) use subject_words::{LINKS, NOT_STOPS, SCOPES, STOP_CHARS, STOP_WORDS};
pub use words::{
    AFTER_LONE_DIGIT, APPROX_AFTER, APPROX_BEFORE, CHANGE_ADVERBS, DIRECTION_WORDS, UNITS,
    is_comparison_base,
};
