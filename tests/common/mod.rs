//! Helpers shared by the integration tests.
#![allow(dead_code, unreachable_pub)]

use jianbao::{Document, Section};
use std::path::PathBuf;

/// A file under `../shared/`, or `None` with a plain message when the folder is absent
/// (a user's fresh clone does not have it; CI always does).
pub fn shared(rel: &str) -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("shared")
        .join(rel);
    if path.exists() {
        Some(path)
    } else {
        eprintln!("SKIPPED: ../shared/{rel} is absent (it sits beside the repository in CI)");
        None
    }
}

/// Every section, depth first.
pub fn all_sections(doc: &Document) -> Vec<&Section> {
    doc.sections().collect()
}

/// Half-width forms of the punctuation and digits that pages write either way.
pub fn half_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '，' => ',',
            '：' => ':',
            '；' => ';',
            '（' => '(',
            '）' => ')',
            '％' => '%',
            '！' => '!',
            '？' => '?',
            _ => c,
        })
        .collect()
}

/// Full-width forms of ,:;()% and of digits (what real pages use).
pub fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c),
            ',' => '，',
            ':' => '：',
            ';' => '；',
            '(' => '（',
            ')' => '）',
            '%' => '％',
            _ => c,
        })
        .collect()
}

/// Checks that every span of `doc` lies on char boundaries of `text` and, for text input, that
/// each item's recorded text is exactly its slice (in HTML the slice holds the markup and
/// character references the text was read from).
pub fn check_spans(doc: &Document, text: &str) {
    let exact = doc.format == jianbao::Format::Text;
    let ok = |s: jianbao::Span| {
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    if let Some(b) = &doc.bulletin {
        assert!(ok(b.span), "bulletin span {:?}", b.span);
    }
    for a in &doc.articles {
        assert!(ok(a.span));
        for q in &a.quantities {
            assert!(
                ok(q.span) && ok(q.number.span),
                "quantity span {:?}",
                q.span
            );
            if !exact {
                continue;
            }
            assert_eq!(&text[q.span.range()], q.text);
            assert_eq!(&text[q.number.span.range()], q.number.text);
            if let (Some(s), Some(subject)) = (q.subject_span, &q.subject) {
                assert_eq!(&text[s.range()], subject);
            }
        }
    }
    let mut last_end = 0;
    for s in doc.sections() {
        assert!(ok(s.span), "section span {:?}", s.span);
        assert!(
            !exact || text[s.span.range()].starts_with(&s.marker),
            "section {:?} does not start with its marker",
            s.marker
        );
        assert!(
            s.span.start >= last_end || s.level > 1,
            "level-1 sections overlap"
        );
        if s.level == 1 {
            last_end = s.span.end;
        }
        for p in &s.points {
            assert!(ok(p.span));
            assert!(!exact || text[p.span.range()].starts_with(&p.marker));
            assert!(
                p.span.start >= s.span.start && p.span.end <= s.span.end,
                "point outside its section"
            );
        }
    }
    for d in &doc.diagnostics {
        assert!(ok(d.span));
    }
}
