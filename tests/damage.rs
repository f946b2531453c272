//! Damaged text is reported with its span and kept out of the content; the parse goes on.

use jianbao::{Document, Options, parse_bytes, parse_str};

const BULLETIN: &str =
    "工作简报第5期\n某市推行新机制\n一、抓好“三项工作”。一是抓学习。二是抓落实。抽调1347名干部。\n";

fn diag<'d>(doc: &'d Document, code: &str) -> &'d jianbao::Diagnostic {
    doc.diagnostics
        .iter()
        .find(|d| d.code == *code)
        .unwrap_or_else(|| {
            panic!(
                "no {code} among {:?}",
                doc.diagnostics.iter().map(|d| &d.code).collect::<Vec<_>>()
            )
        })
}

fn still_parsed(doc: &Document) {
    assert_eq!(doc.bulletin.as_ref().and_then(|b| b.issue), Some(5));
    assert_eq!(doc.articles[0].sections[0].points.len(), 2);
}

#[test]
fn mojibake_line_is_reported_and_not_content() {
    // A line whose UTF-8 bytes were read as Windows-1252.
    let garbled = encoding_rs::WINDOWS_1252
        .decode("工作简报编辑部说明".as_bytes())
        .0
        .into_owned();
    let text = format!("{BULLETIN}{garbled}\n");
    let doc = parse_str(&text, &Options::default());
    let d = diag(&doc, "mojibake");
    assert_eq!(&text[d.span.range()], garbled.trim_end());
    assert!(!doc.text.contains(&garbled), "mojibake kept as content");
    still_parsed(&doc);
}

#[test]
fn pinyin_annotations_are_reported_and_cut_from_the_text() {
    let text = BULLETIN.replace("某市推行新机制", "某區(qū)推行新機制(jī)");
    let doc = parse_str(&text, &Options::default());
    let spans: Vec<&str> = doc
        .diagnostics
        .iter()
        .filter(|d| d.code == "pinyin_annotation")
        .map(|d| &text[d.span.range()])
        .collect();
    assert_eq!(spans, ["(qū)", "(jī)"]);
    assert!(doc.text.contains("某區推行新機制"));
    still_parsed(&doc);
}

#[test]
fn question_marks_for_lost_characters() {
    let text = BULLETIN.replace("抓落实", "抓???实");
    let doc = parse_str(&text, &Options::default());
    assert_eq!(&text[diag(&doc, "lost_characters").span.range()], "???");
    still_parsed(&doc);
}

#[test]
fn replacement_characters_from_bad_bytes() {
    let mut bytes = BULLETIN.as_bytes().to_vec();
    let at = BULLETIN.find("推行").unwrap();
    bytes.splice(at..at, [0xFF, 0xFE, 0xFF]);
    let p = parse_bytes(&bytes, &Options::default()).unwrap();
    let d = diag(&p.document, "replacement_characters");
    assert!(p.text[d.span.range()].chars().all(|c| c == '\u{fffd}'));
    assert!(!d.span.is_empty());
    assert!(p.document.had_errors);
    still_parsed(&p.document);
}

#[test]
fn scraper_junk_appended_to_a_line() {
    let text = BULLETIN.replace("抽调1347名干部。", "抽调1347名干部。xK9fQ2mZ7a");
    let doc = parse_str(&text, &Options::default());
    assert_eq!(&text[diag(&doc, "scraper_junk").span.range()], "xK9fQ2mZ7a");
    assert!(!doc.text.contains("xK9fQ2mZ7a"));
    assert!(
        doc.articles[0]
            .quantities
            .iter()
            .all(|q| !q.text.contains('9')),
        "no number from the junk"
    );
    still_parsed(&doc);
}

#[test]
fn clean_text_has_no_damage_diagnostics() {
    let doc = parse_str(BULLETIN, &Options::default());
    let codes = [
        "mojibake",
        "pinyin_annotation",
        "lost_characters",
        "replacement_characters",
        "scraper_junk",
    ];
    assert!(
        doc.diagnostics
            .iter()
            .all(|d| !codes.contains(&d.code.as_str())),
        "{:?}",
        doc.diagnostics
    );
}
