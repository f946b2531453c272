//! HTML pages: the forgiving tokenizer that flattens a page into blocks mapped back to the source
//! ([`markup`]), character references ([`entities`]), the page's main container ([`container`]), its
//! title ([`title`]) and the rows and cells of its tables ([`table`], which also cuts the `|` and
//! spaced rows of text lines). Text input skips this stage, but for the table rows of its lines.

pub mod container;
pub mod entities;
pub mod markup;
pub mod table;
pub(crate) mod tags;
pub mod title;

pub use container::{headline_block, main_blocks};
pub use markup::{PageText, html_to_blocks};
pub use title::page_title_head;
