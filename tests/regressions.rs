//! Inputs that once crashed or misparsed and cannot be written as a spec example (bytes that are
//! not UTF-8, inputs built by code, exact-value checks): one named test each. The rest are entries
//! of `tests/spec/regressions.md`, named after their cause.

use jianbao::{Options, parse_bytes, parse_str};

/// UTF-8 with a few bad bytes was handed to chardetng, which guessed windows-1252 and garbled it all.
#[test]
fn a_few_bad_bytes_keep_utf8() {
    let mut bytes = "工作简报第5期\n某市推行新机制\n一、抓好工作。一是抓学习。二是抓落实。\n"
        .as_bytes()
        .to_vec();
    bytes.insert(10, 0xFF);
    let p = parse_bytes(&bytes, &Options::default()).unwrap();
    assert_eq!(p.document.encoding, "UTF-8");
    assert!(p.document.had_errors);
    assert!(p.text.contains("某市推行新机制"));
}

/// fuzz/roundtrip (10-minute run): a decimal of 18 significant digits (.999999999999999999) is
/// the double 1.0 in JSON; the document read back must still equal the one written.
#[test]
fn fuzz_roundtrip_decimal_beyond_double_precision() {
    round_trip("数值为.999999999999999999和12.3456789012345678。");
    let exact = parse_str("数值为1.57。", &Options::default());
    let q = &exact.articles[0].quantities[0];
    assert_eq!(q.value, Some(jianbao::Value::decimal(157, 2)));
    assert_ne!(
        q.value,
        Some(jianbao::Value::decimal(1571, 3)),
        "short decimals compare exactly"
    );
}

/// fuzz/roundtrip (10-minute run): "33e3333…" is beyond any double; its JSON was null and did not
/// read back. Numerals beyond 10^308 are not taken as quantities.
#[test]
fn fuzz_roundtrip_numeral_beyond_any_double() {
    let text = format!("情况33e{}次，共{}人。", "3".repeat(60), "9".repeat(400));
    let json = round_trip(&text);
    let doc = parse_str(&text, &Options::default());
    assert!(
        !json.contains("null,\"min\"") && !json.contains("\"value\":null,\"approx\""),
        "no null value"
    );
    assert!(
        doc.articles
            .iter()
            .flat_map(|a| &a.quantities)
            .all(|q| q.value.is_some_and(|v| v.is_finite()))
    );
}

/// Parses `text`, writes the document as JSON, reads it back, checks it is the same; the JSON.
fn round_trip(text: &str) -> String {
    let doc = parse_str(text, &Options::default());
    let json = serde_json::to_string(&doc).unwrap();
    let back: jianbao::Document = serde_json::from_str(&json).unwrap();
    assert_eq!(back, doc);
    json
}
