//! Quantity extraction on an arbitrary string: in order, not overlapping, spans exact.
#![no_main]

use jianbao::quantities::extract;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut last = 0;
    for q in extract(text) {
        assert!(q.span.start >= last, "quantities overlap");
        last = q.span.end;
        assert_eq!(text.get(q.span.range()), Some(q.text.as_str()));
        assert_eq!(text.get(q.number.span.range()), Some(q.number.text.as_str()));
    }
});
