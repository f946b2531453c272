//! What the decoded input is: an HTML page or text, and whether it is text at all.

use crate::{Diagnostic, DiagnosticCode};

/// Whether `text` is an HTML page rather than text.
///
/// ```
/// use jianbao::decode::looks_like_html;
/// assert!(looks_like_html("<!DOCTYPE html><html><body>x</body></html>"));
/// assert!(!looks_like_html("简报 <b> 不是网页"));
/// ```
pub fn looks_like_html(text: &str) -> bool {
    let head = text
        .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .as_bytes();
    // A page an archiver saved inside a wrapper element, before the page's own <html>.
    if crate::html::tags::is_wrapped_page(head) {
        return true;
    }
    let head = &head[..head.len().min(2048)];
    head.first() == Some(&b'<')
        && [
            &b"<html"[..],
            b"<!doctype",
            b"<head",
            b"<body",
            b"<meta",
            b"<div",
            b"<table",
            b"<p>",
            b"<p ",
            b"<title",
        ]
        .iter()
        // Every tag starts with `<`: only the places of a `<` (found by memchr) are compared.
        .any(|t| {
            memchr::memchr_iter(b'<', head).any(|p| {
                head.get(p..p + t.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(t))
            })
        })
}

/// Empty input and binary junk (damage inside the text is [`crate::layout::damage`]'s).
///
/// ```
/// use jianbao::decode::input_diagnostics;
/// assert_eq!(input_diagnostics("  ")[0].code, "empty_input");
/// assert_eq!(input_diagnostics("\u{1}\u{2}\u{3}ab")[0].code, "binary_input");
/// assert!(input_diagnostics("正文。\n").is_empty());
/// ```
pub fn input_diagnostics(source: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if source.trim().is_empty() {
        out.push(Diagnostic::new(
            DiagnosticCode::EmptyInput,
            "the input holds no text",
        ));
        return out;
    }
    // Counted on bytes (the pages are large): control characters are C0 and DEL but not \t..\r,
    // and C1 (C2 80..9F, found with memchr) but not NEL (C2 85).
    let bytes = source.as_bytes();
    let total = source.chars().count();
    // Summed in u8 lanes, 255 bytes at a time, so the loop vectorises.
    let c0: usize = bytes
        .chunks(255)
        .map(|chunk| {
            let n = chunk.iter().fold(0u8, |n, &b| {
                n + u8::from((b < 0x20 && !(9..=13).contains(&b)) || b == 0x7F)
            });
            usize::from(n)
        })
        .sum();
    let c1 = memchr::memchr_iter(0xC2, bytes)
        .filter(|&at| {
            bytes
                .get(at + 1)
                .is_some_and(|&b| (0x80..=0x9F).contains(&b) && b != 0x85)
        })
        .count();
    let control = c0 + c1;
    if control * 10 > total {
        out.push(Diagnostic::new(
            DiagnosticCode::BinaryInput,
            format!("{control} of {total} characters are control characters: binary input?"),
        ));
    }
    out
}
