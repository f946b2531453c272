//! Character classes and small readers shared by every stage: Chinese and Arabic digits, numeral
//! units, Han characters ([`chars`]), fast character sets (crate-internal) and dates
//! written in any of the forms official text uses ([`date`]).

pub mod chars;
pub(crate) mod charset;
pub mod date;
