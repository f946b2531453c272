//! Encodings: fixtures written in UTF-8 here and encoded inside the test (no binary files).

use jianbao::decode::{EncodingSource, decode};
use jianbao::{Options, parse_bytes};

const BODY: &str = "2011党建工作简报第42期\n青溪县推行“三访三问”工作法\n一、建立“三张清单”。一是建立走访清单。二是建立问题清单。抽调826名机关干部。\n";

fn page(meta: &str, body: &str) -> String {
    format!(
        "<html><head>{meta}<title>Bulletin</title></head><body><div class=\"content\">{}</div></body></html>",
        body.replace('\n', "<br>")
    )
}

fn encode(enc: &'static encoding_rs::Encoding, text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = enc.encode(text);
    assert!(!unmappable, "fixture not encodable in {}", enc.name());
    bytes.into_owned()
}

#[test]
fn utf8_text_and_page() {
    let d = decode(BODY.as_bytes());
    assert_eq!(
        (d.encoding.name(), d.source, d.had_errors),
        ("UTF-8", EncodingSource::Utf8, false)
    );
    let p = parse_bytes(
        page("<meta charset=\"utf-8\">", BODY).as_bytes(),
        &Options::default(),
    )
    .unwrap();
    assert_eq!(p.document.bulletin.unwrap().issue, Some(42));
}

#[test]
fn gbk_with_and_without_a_declaration() {
    let declared = encode(
        encoding_rs::GBK,
        &page(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">",
            BODY,
        ),
    );
    let d = decode(&declared);
    assert_eq!(
        (d.encoding.name(), d.source),
        ("GBK", EncodingSource::Declared)
    );
    assert!(d.text.contains("青溪县推行"));
    let bare = encode(encoding_rs::GBK, BODY);
    let d = decode(&bare);
    assert_eq!(
        (d.encoding.name(), d.source, d.had_errors),
        ("GBK", EncodingSource::Detected, false)
    );
    assert_eq!(d.text, BODY);
    let doc = parse_bytes(&bare, &Options::default()).unwrap().document;
    assert_eq!(doc.encoding, "GBK");
    assert_eq!(doc.articles[0].sections[0].points.len(), 2);
}

#[test]
fn gb2312_declared_but_holding_gbk_only_characters() {
    // 镕 and 喆 are outside GB2312 but inside GBK: a gb2312 label must still read them.
    let body = "朱镕基与陶喆的简报第1期\n标题\n正文。\n";
    let bytes = encode(encoding_rs::GBK, &page("<meta charset=gb2312>", body));
    let d = decode(&bytes);
    assert!(!d.had_errors);
    assert!(d.text.contains("朱镕基与陶喆"));
}

#[test]
fn utf8_declared_as_gb2312() {
    let bytes = page("<meta charset=gb2312>", BODY).into_bytes();
    let d = decode(&bytes);
    assert_eq!(
        (d.encoding.name(), d.source),
        ("UTF-8", EncodingSource::Utf8)
    );
    assert_eq!(d.declared.map(|e| e.name()), Some("GBK"));
    assert!(d.text.contains("青溪县推行"));
}

#[test]
fn big5_page() {
    let body = "工作簡報第7期\n青溪縣推行三訪三問工作法\n一、建立清單。一是建立走訪清單。二是建立問題清單。\n";
    let bytes = encode(encoding_rs::BIG5, &page("<meta charset=big5>", body));
    let doc = parse_bytes(&bytes, &Options::default()).unwrap().document;
    assert_eq!(doc.encoding, "Big5");
    assert_eq!(doc.bulletin.unwrap().issue, Some(7));
    assert_eq!(doc.articles[0].headline, "青溪縣推行三訪三問工作法");
    let bare = encode(encoding_rs::BIG5, body);
    assert_eq!(decode(&bare).text, body);
}

#[test]
fn gb18030_four_byte_characters() {
    // 𠀀 (U+20000) needs four bytes in GB18030.
    let body = "工作简报第9期\n𠀀村开展活动\n正文。\n";
    let bytes = encode(encoding_rs::GB18030, &page("<meta charset=gb18030>", body));
    let d = decode(&bytes);
    assert!(!d.had_errors);
    assert!(d.text.contains("𠀀村开展活动"));
}

#[test]
fn invalid_bytes_are_reported_and_the_rest_kept() {
    let mut bytes = encode(encoding_rs::GBK, &page("<meta charset=gbk>", BODY));
    let at = bytes.windows(2).position(|w| w == [b'<', b'b']).unwrap();
    bytes.splice(at..at, [0x81, 0x20]);
    let p = parse_bytes(&bytes, &Options::default()).unwrap();
    assert!(p.document.had_errors);
    let diag = p
        .document
        .diagnostics
        .iter()
        .find(|d| d.code == "decode_errors")
        .expect("a decode diagnostic");
    assert_eq!(&p.text[diag.span.range()], "\u{fffd}");
    assert_eq!(p.document.bulletin.unwrap().issue, Some(42));
}

#[test]
fn bom_decides_and_is_removed() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(BODY.as_bytes());
    let d = decode(&bytes);
    assert_eq!((d.source, d.text.as_str()), (EncodingSource::Bom, BODY));
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(BODY.encode_utf16().flat_map(|u| u.to_le_bytes()));
    assert_eq!(decode(&utf16).text, BODY);
}

/// A declaration that lies: a Western template default over GBK and over Big5 text, Big5 over GBK
/// text, GBK over Big5 text. None of them errors when decoded, so only the bytes can tell.
#[test]
fn declarations_the_bytes_prove_wrong() {
    let simplified = "2011党建工作简报第42期\n青溪县推行“三访三问”工作法，抽调826名机关干部，走访群众、收集意见。\n一、建立“三张清单”。一是建立走访清单。二是建立问题清单。\n";
    let traditional = "工作簡報第7期\n青溪縣推行三訪三問工作法，抽調826名機關幹部，走訪群眾、收集意見。\n一、建立清單。一是建立走訪清單。二是建立問題清單。\n";
    let cases = [
        ("windows-1252", encoding_rs::GBK, simplified, "GBK"),
        ("iso-8859-1", encoding_rs::BIG5, traditional, "Big5"),
        ("big5", encoding_rs::GBK, simplified, "GBK"),
        ("gb2312", encoding_rs::BIG5, traditional, "Big5"),
        ("gb18030", encoding_rs::BIG5, traditional, "Big5"),
    ];
    for (label, enc, body, want) in cases {
        let bytes = encode(enc, &page(&format!("<meta charset={label}>"), body));
        let d = decode(&bytes);
        assert_eq!(
            (d.encoding.name(), d.source, d.had_errors),
            (want, EncodingSource::Detected, false),
            "{label} over {want}"
        );
        assert!(d.text.contains(body.lines().nth(1).unwrap_or_default()));
    }
}

/// A declaration that tells the truth stays, Big5 and GBK alike.
#[test]
fn true_declarations_stand() {
    let traditional = "青溪縣推行三訪三問工作法，抽調826名機關幹部，走訪群眾、收集意見。";
    let simplified = "青溪县推行三访三问工作法，抽调826名机关干部，走访群众、收集意见。";
    for (label, enc, body) in [
        ("big5", encoding_rs::BIG5, traditional),
        ("gbk", encoding_rs::GBK, simplified),
    ] {
        let d = decode(&encode(
            enc,
            &page(&format!("<meta charset={label}>"), body),
        ));
        assert_eq!(
            (d.encoding.name(), d.source),
            (enc.name(), EncodingSource::Declared)
        );
    }
}
