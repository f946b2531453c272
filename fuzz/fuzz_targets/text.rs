//! Parsing an arbitrary string: spans on char boundaries, sections ordered.
#![no_main]

use jianbao::{parse_str, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let doc = parse_str(text, &Options::default());
    let mut last_level1_end = 0;
    for s in doc.sections() {
        assert!(text.get(s.span.range()).is_some(), "section span off the text");
        if s.level == 1 {
            assert!(s.span.start >= last_level1_end, "level-1 sections overlap");
            last_level1_end = s.span.end;
        }
        for p in &s.points {
            assert!(p.span.start >= s.span.start && p.span.end <= s.span.end, "point outside its section");
        }
    }
});
