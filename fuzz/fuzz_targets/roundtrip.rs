//! Document → JSON → document gives the same document.
#![no_main]

use jianbao::{parse_bytes, Document, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let doc = parse_bytes(data, &Options::default()).expect("far below the size limit").document;
    let json = serde_json::to_string(&doc).expect("a document serialises");
    let back: Document = serde_json::from_str(&json).expect("its JSON reads back");
    assert_eq!(back, doc);
});
