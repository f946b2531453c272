//! The whole pipeline from raw bytes: decode, markup or lines, segment, parse, quantities.
#![no_main]

use jianbao::{parse_bytes, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let parsed = parse_bytes(data, &Options::default()).expect("far below the size limit");
    let text = &parsed.text;
    for a in &parsed.document.articles {
        for q in &a.quantities {
            assert!(text.get(q.span.range()).is_some(), "quantity span off the text");
        }
    }
    for s in parsed.document.sections() {
        assert!(text.get(s.span.range()).is_some(), "section span off the text");
    }
});
