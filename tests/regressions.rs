//! Inputs that once crashed or misparsed, one named test each (fuzz crashes and corpus finds).

use jianbao::html::markup::html_to_blocks;
use jianbao::{Options, parse_bytes, parse_str};

/// fuzz/html: a tag cut off by the end of the input sliced its attributes inside a multi-byte
/// character.
#[test]
fn fuzz_html_unterminated_tag_before_a_multibyte_character() {
    for html in [
        "<a 号",
        "<p class=\"号",
        "<div 号<p>正文",
        "<meta content=号",
    ] {
        let page = html_to_blocks(html);
        for b in &page.blocks {
            assert!(html.get(page.source_span(b.span).range()).is_some());
        }
        let _ = parse_str(html, &Options::default());
    }
}

/// fuzz/bytes: under a headline, a long line with no clause mark before a first sentence short
/// enough to read as a label (题记：) made the thin-edge trim cut past its own end.
#[test]
fn fuzz_bytes_first_sentence_that_reads_as_a_label() {
    let html = "<html><head><title>某市开展活动 - 某某网</title></head><body><div class=content>\
        <h1>某市开展活动</h1><p>这是一段没有标点的较长文字内容</p><p>积分</p><p>题记：</p></div></body></html>";
    let doc = parse_str(html, &Options::default());
    assert_eq!(doc.text, "题记：");
}

/// `<a href=/>首页</a>`: the slash ends the unquoted value; it did not make the link self-closing
/// (its text was not link text, and a linked logo could pass for a headline).
#[test]
fn a_slash_ending_an_unquoted_value_does_not_close_the_tag() {
    let page = html_to_blocks("<div><a href=/>首页</a> <a href=/news/>新闻</a> <br/>正文</div>");
    assert_eq!(&page.text[page.blocks[0].span.range()], "首页 新闻");
    assert_eq!(page.blocks[0].link_chars, 4);
    assert_eq!(&page.text[page.blocks[1].span.range()], "正文");
}

/// A stray quote in a tag (`<img "="" src=…>`) opened a quoted value that swallowed the page.
#[test]
fn stray_quote_in_a_tag_does_not_swallow_the_page() {
    let html = r#"<html><body><a href=/x><img "="" src="a.gif"></a><div><p>正文第一段，内容。</p></div></body></html>"#;
    let page = html_to_blocks(html);
    let texts: Vec<&str> = page
        .blocks
        .iter()
        .map(|b| &page.text[b.span.range()])
        .collect();
    assert_eq!(texts, ["正文第一段，内容。"]);
    assert_eq!(page.blocks[0].link_chars, 0, "the <a> is closed");
}

/// Offsets computed as if every character were one byte (a full-width space before a marker).
#[test]
fn full_width_space_before_a_list_marker() {
    let text = "第二，　满意率低于80%二、二是　“三种渠道”";
    let doc = parse_str(text, &Options::default());
    assert!(
        doc.articles
            .iter()
            .flat_map(|a| &a.quantities)
            .all(|q| text.get(q.span.range()).is_some())
    );
}

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

/// fuzz/roundtrip: an integer beyond i64 comes back from JSON as a double; the document read back
/// must still equal the one written.
#[test]
fn fuzz_roundtrip_integer_beyond_i64() {
    let json = round_trip(
        "共44444444444444444444人，另有44444444444444444444444444444444444444444444444444人。",
    );
    assert!(
        json.contains("44444444444444444444"),
        "the integer is written with all its digits"
    );
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
