//! The markup layer alone: HTML to blocks, and every block mapped back into the source.
#![no_main]

use jianbao::html::markup::html_to_blocks;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|html: &str| {
    let page = html_to_blocks(html);
    for b in &page.blocks {
        assert!(page.text.get(b.span.range()).is_some(), "block span off the page text");
        let src = page.source_span(b.span);
        assert!(html.get(src.range()).is_some(), "source span off the html");
        assert!((b.node as usize) < page.nodes.len().max(1));
    }
    let _ = jianbao::html::container::main_blocks(&page, jianbao::html::container::headline_block(&page));
});
