//! HTML pages: the forgiving tokenizer that flattens a page into blocks mapped back to the source
//! ([`markup`]), character references ([`entities`]), the page's main container ([`container`]) and
//! its title ([`title`]). Text input skips this stage.

pub mod container;
pub mod entities;
pub mod markup;
pub mod title;

pub use container::{headline_block, main_blocks};
pub use markup::{PageText, html_to_blocks};
pub use title::page_title_head;
