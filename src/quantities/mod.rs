//! Quantities: numbers in every Chinese and Arabic form, with approximation, unit, counted subject
//! and spans.
//!
//! ```
//! use jianbao::quantities::{extract, Approx, Kind};
//! let qs = extract("全市累计走访干部群众55000多户，满意率低于80%。");
//! assert_eq!(qs[0].text, "55000多户");
//! assert_eq!(qs[0].value.unwrap().as_i128(), Some(55000));
//! assert_eq!(qs[0].approx, Some(Approx::MoreThan));
//! assert_eq!(qs[0].subject.as_deref(), Some("干部群众"));
//! assert_eq!(qs[1].kind, Kind::Percent);
//! assert_eq!(qs[1].approx, Some(Approx::Below));
//! ```

mod extract;
pub mod format;
pub mod numeral;
mod subject;
pub mod table;
pub mod units;

pub use crate::model::{Approx, Direction, Kind, NumberPart, Quantity, Value};
pub use extract::extract;
