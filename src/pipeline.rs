//! The stages joined: text or HTML → blocks → segments → structure → document.

use crate::blocks::{Block, lines};
use crate::segment::{Chrome, Segments, segment_within};
use crate::{Diagnostic, Document, Format, Options, Page, Span, meta, parse};
use crate::{container, markup};

/// Whether `text` is an HTML page rather than text.
///
/// ```
/// use jianbao::pipeline::looks_like_html;
/// assert!(looks_like_html("<!DOCTYPE html><html><body>x</body></html>"));
/// assert!(!looks_like_html("简报 <b> 不是网页"));
/// ```
pub fn looks_like_html(text: &str) -> bool {
    let head = text
        .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .as_bytes();
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
        .any(|t| head.windows(t.len()).any(|w| w.eq_ignore_ascii_case(t)))
}

/// Parses decoded text (a page or a text dump) into a document whose spans index `source`.
pub fn document(source: &str, options: &Options) -> Document {
    let mut diagnostics = input_diagnostics(source);
    let page = looks_like_html(source).then(|| markup::html_to_blocks(source));
    let format = if page.is_some() {
        Format::Html
    } else {
        Format::Text
    };
    let (text, blocks): (&str, Vec<Block>) = match &page {
        Some(p) => (p.text.as_str(), p.blocks.clone()),
        None => (source, lines(source)),
    };
    let main = page.as_ref().map(container::main_blocks);
    let seg = segment_within(text, &blocks, main.as_deref());
    let st = parse::structure(text, &seg.content, options);
    diagnostics.extend(st.diagnostics.into_iter().map(|d| match &page {
        Some(p) => {
            let span = p.source_span(d.span);
            d.with_span(span)
        }
        None => d,
    }));
    let (date, author) = metadata(text, &seg);
    let mut doc = Document {
        encoding: "UTF-8".to_string(),
        had_errors: false,
        format,
        title: None,
        date: st.bulletin.as_ref().and_then(|b| b.date.clone()).or(date),
        author,
        text: seg
            .content
            .iter()
            .map(|b| &text[b.span.range()])
            .collect::<Vec<_>>()
            .join("\n"),
        page: Page {
            title: None,
            breadcrumb: seg.breadcrumb.clone(),
            related: seg.related.clone(),
        },
        bulletin: st.bulletin,
        articles: st.articles,
        diagnostics,
    };
    if let Some(page) = &page {
        doc.page.title = page.title.clone();
        if doc.date.is_none() {
            doc.date = page.meta_date.clone();
        }
        if doc.author.is_none() {
            doc.author = page.meta_author.clone();
        }
        markup::map_spans(&mut doc, page);
    }
    doc.title = doc
        .articles
        .iter()
        .map(|a| a.headline.as_str())
        .find(|h| !h.is_empty())
        .map(str::to_string)
        .or_else(|| doc.bulletin.as_ref().map(|b| b.text.clone()))
        .or_else(|| doc.page.title.clone());
    if doc.text.is_empty() {
        doc.diagnostics
            .push(Diagnostic::new("no_content", "no document text was found"));
    }
    doc
}

/// The date and author stated in the page's metadata lines.
fn metadata(text: &str, seg: &Segments) -> (Option<String>, Option<String>) {
    let mut date = None;
    let mut author = None;
    for (b, kind) in &seg.chrome {
        if *kind == Chrome::Meta || *kind == Chrome::Prompt {
            let line = &text[b.span.range()];
            date = date.or_else(|| meta::date_in(line));
            author = author.or_else(|| meta::author_in(line));
        }
    }
    (date, author)
}

/// Empty input, binary junk, replacement characters.
fn input_diagnostics(source: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if source.trim().is_empty() {
        out.push(Diagnostic::new("empty_input", "the input holds no text"));
        return out;
    }
    let total = source.chars().count();
    let control = source
        .chars()
        .filter(|c| c.is_control() && !c.is_whitespace())
        .count();
    if control * 10 > total {
        out.push(Diagnostic::new(
            "binary_input",
            format!("{control} of {total} characters are control characters: binary input?"),
        ));
    }
    if let Some(at) = source.find('\u{fffd}') {
        let n = source.matches('\u{fffd}').count();
        out.push(
            Diagnostic::new(
                "replacement_characters",
                format!("{n} U+FFFD replacement characters: bytes that did not decode"),
            )
            .with_span(Span::new(at, at + '\u{fffd}'.len_utf8())),
        );
    }
    out
}
