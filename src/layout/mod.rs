//! Blocks of text and what they are: the lines of a document ([`blocks`]), page chrome against
//! document text ([`mod@segment`], [`boilerplate`]), metadata lines ([`meta`]) and damaged text
//! ([`damage`]). Works the same on a text dump and on a page's flattened blocks.

pub mod blocks;
pub mod boilerplate;
pub mod byline;
pub mod damage;
pub mod dateline;
pub mod listing;
pub mod markdown;
pub mod meta;
pub mod segment;
pub mod tidy;

pub use blocks::{Block, lines};
pub use damage::{Damage, Damaged, find_damage};
pub use segment::{Chrome, Segments, segment, segment_within};
