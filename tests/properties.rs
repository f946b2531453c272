//! Invariants over arbitrary input: no panic, spans on char boundaries and inside the text,
//! sections ordered and not overlapping, JSON round trips, numerals read back exactly.

mod common;

use common::{check_spans, full_width, half_width};
use jianbao::quantities::format::{Style, to_chinese};
use jianbao::quantities::{extract, numeral::numeral};
use jianbao::{Document, Options, parse_bytes, parse_str};
use proptest::prelude::*;

/// The pieces bulletins are made of, so that the parser's paths are exercised.
const TEXT_PIECES: &[&str] = &[
    "一、",
    "二、",
    "三、",
    "（一）",
    "（二）",
    "(1)",
    "1.",
    "2．",
    "一是",
    "二是",
    "三是",
    "第一，",
    "第二，",
    "。",
    "，",
    "\n",
    "\r\n",
    "第173期",
    "2010创先争优活动简报",
    "抽调1347名机关干部",
    "55000多户",
    "百分之八十",
    "满意率低于80%",
    "“三种渠道”",
    "·相关",
    "更多...",
    "404 Not Found",
    "您当前的位置：首页 > 新闻",
    "一线",
    "十几个",
    "3至5个",
    "三分之一",
    "　",
    " ",
    "慈溪市",
    "群众",
    "一",
    "万",
    "零",
    "点",
    "分之",
    "12,345",
    "(3)",
    "60%",
    "：",
];

/// Markup pieces, mixed in for the whole pipeline.
const HTML_PIECES: &[&str] = &[
    "<p>",
    "</p>",
    "<div class=content>",
    "&nbsp;",
    "<br>",
    "<td>",
    "<script>",
];

/// Bulletin-like text, with markup pieces.
fn bulletin_like() -> impl Strategy<Value = String> {
    let pieces: Vec<&str> = TEXT_PIECES.iter().chain(HTML_PIECES).copied().collect();
    prop::collection::vec(prop::sample::select(pieces), 0..60).prop_map(|v| v.concat())
}

/// Bulletin-like text without markup.
fn text_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TEXT_PIECES.to_vec()), 0..60)
        .prop_map(|v| v.concat())
}

fn check_document(doc: &Document, text: &str) {
    check_spans(doc, text);
    for a in &doc.articles {
        let mut last = 0;
        for q in &a.quantities {
            assert!(q.span.start >= last, "quantities overlap or go backwards");
            last = q.span.end;
        }
    }
    let json = serde_json::to_string(doc).expect("serialises");
    let back: Document = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(&back, doc);
}

/// The binary-input rule as it reads: more than a tenth of the characters are control characters
/// that are not whitespace.
fn looks_binary(text: &str) -> bool {
    let total = text.chars().count();
    let control = text
        .chars()
        .filter(|c| c.is_control() && !c.is_whitespace())
        .count();
    !text.trim().is_empty() && control * 10 > total
}

#[test]
fn binary_input_counts_c0_c1_and_del_but_not_whitespace() {
    let reported = |text: &str| {
        parse_str(text, &Options::default())
            .diagnostics
            .iter()
            .any(|d| d.code == "binary_input")
    };
    for text in [
        "\u{0}\u{1}\u{2}a",
        "\u{7f}\u{7f}\u{7f}中",
        "\u{80}\u{9f}\u{90}a",
        "\u{85}\u{85}\u{85}a",
        "\t\n\r\u{b}\u{c}a",
        "正文正文正文正文正文正文正文正文正文正文\u{1}",
    ] {
        assert_eq!(reported(text), looks_binary(text), "{text:?}");
    }
    assert!(reported("\u{0}\u{1}\u{2}a"));
    assert!(!reported("\u{85}\u{85}\u{85}a"), "NEL is whitespace");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn binary_input_is_reported_exactly_when_control_characters_dominate(
        text in "[\\x00-\\x20\\x7f\\u{80}-\\u{a0}a中]{0,40}"
    ) {
        let doc = parse_str(&text, &Options::default());
        let reported = doc.diagnostics.iter().any(|d| d.code == "binary_input");
        prop_assert_eq!(reported, looks_binary(&text));
    }

    #[test]
    fn no_panic_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let parsed = parse_bytes(&bytes, &Options::default()).unwrap();
        check_document(&parsed.document, &parsed.text);
    }

    #[test]
    fn no_panic_on_any_string(text in ".{0,400}") {
        let doc = parse_str(&text, &Options::default());
        check_document(&doc, &text);
    }

    #[test]
    fn bulletin_like_text_keeps_its_invariants(text in bulletin_like()) {
        let doc = parse_str(&text, &Options::default());
        check_document(&doc, &text);
    }

    #[test]
    fn quantities_on_any_string_stay_on_boundaries(text in ".{0,300}") {
        for q in extract(&text) {
            prop_assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
            prop_assert_eq!(&text[q.span.range()], q.text.as_str());
        }
    }

    #[test]
    fn crlf_and_lf_give_the_same_structure(text in bulletin_like()) {
        let lf = text.replace("\r\n", "\n");
        let crlf = lf.replace('\n', "\r\n");
        let a = parse_str(&lf, &Options::default());
        let b = parse_str(&crlf, &Options::default());
        prop_assert_eq!(a.bulletin.as_ref().map(|b| (b.issue, b.year)), b.bulletin.as_ref().map(|b| (b.issue, b.year)));
        prop_assert_eq!(a.articles.len(), b.articles.len());
        let sa: Vec<_> = a.sections().map(|s| (s.level, s.ordinal, s.title.clone(), s.points.len())).collect();
        let sb: Vec<_> = b.sections().map(|s| (s.level, s.ordinal, s.title.clone(), s.points.len())).collect();
        prop_assert_eq!(sa, sb);
    }

    #[test]
    fn full_width_and_half_width_give_the_same_structure(text in text_like()) {
        // Full-width punctuation and digits (，：；（）％ and ０-９) against their ASCII forms.
        let full = full_width(&text);
        let half = half_width(&full);
        let a = parse_str(&full, &Options::default());
        let b = parse_str(&half, &Options::default());
        let shape = |d: &Document| -> Vec<(u8, u32, usize, Option<u32>)> {
            d.sections().map(|s| (s.level, s.ordinal, s.points.len(), s.declared_count)).collect()
        };
        prop_assert_eq!(shape(&a), shape(&b));
        prop_assert_eq!(a.bulletin.as_ref().map(|x| (x.issue, x.year)), b.bulletin.as_ref().map(|x| (x.issue, x.year)));
        let values = |d: &Document| -> Vec<String> {
            d.articles.iter().flat_map(|x| &x.quantities).map(|q| format!("{:?}{:?}{:?}", q.value, q.min, q.max)).collect()
        };
        prop_assert_eq!(values(&a), values(&b));
    }

    #[test]
    fn every_integer_reads_back_from_chinese(n in 0u64..=10_000_000_000_000_000, liang: bool, yi_shi: bool) {
        let text = to_chinese(n, Style { liang, yi_shi });
        let got = numeral(&text).map(|x| (x.value.as_i128(), x.len));
        prop_assert_eq!(got, Some((Some(n as i128), text.len())), "{}", text);
    }

    #[test]
    fn every_integer_reads_back_from_digits(n in 0u64..=10_000_000_000_000_000, full: bool, separators: bool) {
        let plain = n.to_string();
        let mut text = String::new();
        for (i, c) in plain.chars().enumerate() {
            if separators && i > 0 && (plain.len() - i) % 3 == 0 {
                text.push(if full { '，' } else { ',' });
            }
            text.push(if full { char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap() } else { c });
        }
        let qs = extract(&format!("共{text}人"));
        prop_assert_eq!(qs.len(), 1);
        prop_assert_eq!(qs[0].value.and_then(|v| v.as_i128()), Some(n as i128), "{}", text);
    }
}

#[test]
fn small_numbers_in_every_style() {
    for n in 0..=100_000u64 {
        for style in [
            Style::default(),
            Style {
                liang: true,
                yi_shi: false,
            },
            Style {
                liang: false,
                yi_shi: true,
            },
        ] {
            let text = to_chinese(n, style);
            assert_eq!(
                numeral(&text).and_then(|x| x.value.as_i128()),
                Some(n as i128),
                "{text}"
            );
        }
    }
}
