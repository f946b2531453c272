//! The stages joined: text or HTML → blocks → segments → structure → document.

use crate::html::{container, markup};
use crate::layout::blocks::{Block, lines};
use crate::layout::damage::{self, Damage};
use crate::layout::meta;
use crate::layout::segment::{Chrome, Segments, segment_within};
use crate::{Diagnostic, Document, Format, Options, Page, Span, structure};

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
    // The block that repeats <title>: it anchors the container choice and is the headline,
    // unless it is a bulletin's masthead (`<title>2010创先争优活动简报第173期`, how bulletin pages
    // are titled): then it is the bulletin header and the headline is found below it.
    let anchor = page.as_ref().and_then(container::headline_block);
    let masthead_title = anchor.is_some_and(|i| structure::header_blocks(text, &blocks[i..=i]) > 0);
    let headline_at = anchor.filter(|_| !masthead_title);
    let main = page.as_ref().map(|p| container::main_blocks(p, anchor));
    let mut seg = segment_within(text, &blocks, main.as_deref());
    let damage = damage::find_damage(text);
    drop_damaged_blocks(&mut seg, &damage);
    // On a page, the block that repeats <title> is the headline: it heads the structure but is
    // not repeated in `text`.
    let headline = headline_at.map(|i| blocks[i].clone());
    let headline_found = headline.is_some();
    if let Some(h) = &headline {
        seg.content.retain(|b| b.span != h.span);
    }
    // A bulletin header and its publisher line stay, however thin; the headline goes after it,
    // where the structure parser looks for it.
    let header_len = structure::header_blocks(text, &seg.content).min(seg.content.len());
    if page.is_some() {
        let mut body = seg.content.split_off(header_len);
        drop_repeated_labels(text, &mut body);
        // The headline found, thin blocks (player controls, counters) before the first
        // paragraph and labels after the last are furniture.
        if headline_found {
            trim_thin_edges(text, &mut body);
        }
        stamps_to_chrome(text, body, &mut seg);
    }
    let (header, body) = seg.content.split_at(header_len);
    let structured: Vec<Block> = header
        .iter()
        .chain(headline.iter())
        .chain(body)
        .cloned()
        .collect();
    let mut st = structure::structure(
        text,
        &structured,
        headline.as_ref().map(|h| h.span),
        options,
    );
    for a in &mut st.articles {
        a.quantities
            .retain(|q| !damage.iter().any(|d| overlaps(d.1, q.span)));
    }
    let to_source = |d: Diagnostic| match &page {
        Some(p) => {
            let span = p.source_span(d.span);
            d.with_span(span)
        }
        None => d,
    };
    diagnostics.extend(damage::diagnostics(&damage).into_iter().map(to_source));
    diagnostics.extend(st.diagnostics.into_iter().map(to_source));
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
            .map(|b| without_damage(text, b.span, &damage))
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
        if doc.date.is_none() {
            doc.date = headline_at.and_then(|at| dateline_near(text, &blocks, at));
        }
        if doc.author.is_none() {
            doc.author = page.meta_author.clone();
        }
        markup::map_spans(&mut doc, page);
    }
    let headline = doc
        .articles
        .iter()
        .map(|a| a.headline.as_str())
        .find(|h| !h.is_empty());
    // On a page without a headline that repeats <title>, a first heading-like line is often a
    // caption or a label: the page title (without its site name) is the better title then.
    let page_title = doc.page.title.as_deref().map(crate::html::page_title_head);
    let trusted = headline.filter(|h| {
        format == Format::Text
            || headline_found
            || masthead_title
            || page_title.as_deref().is_none_or(|t| t.contains(h))
    });
    doc.title = trusted
        .map(str::to_string)
        .or_else(|| doc.bulletin.as_ref().map(|b| b.text.clone()))
        .or(page_title)
        .or_else(|| headline.map(str::to_string));
    if doc.text.is_empty() {
        doc.diagnostics
            .push(Diagnostic::new("no_content", "no document text was found"));
    }
    doc
}

/// The date of a short line without sentence marks right under the headline (or just above it),
/// wherever the container choice put that line: "2023-12-01 14:43", "本文来源于北京商报　2024-05-20".
fn dateline_near(text: &str, blocks: &[Block], headline: usize) -> Option<String> {
    let after = headline + 1..(headline + 1 + DATELINE_REACH).min(blocks.len());
    let before = (headline.saturating_sub(3)..headline).rev();
    after.chain(before).find_map(|i| {
        let line = text.get(blocks[i].span.range())?;
        (line.chars().nth(60).is_none() && !line.contains(['，', '。']))
            .then(|| meta::date_in(line))
            .flatten()
    })
}

/// How many blocks under the headline a dateline may stand.
const DATELINE_REACH: usize = 12;

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

/// Empty input and binary junk (damage inside the text is [`damage`]'s).
fn input_diagnostics(source: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if source.trim().is_empty() {
        out.push(Diagnostic::new("empty_input", "the input holds no text"));
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
            "binary_input",
            format!("{control} of {total} characters are control characters: binary input?"),
        ));
    }
    out
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// Blocks that are mostly mojibake are damage, not content.
fn drop_damaged_blocks(seg: &mut Segments, damage: &[(Damage, Span)]) {
    seg.content.retain(|b| {
        let garbled: usize = damage
            .iter()
            .filter(|d| d.0 == Damage::Mojibake && overlaps(d.1, b.span))
            .map(|d| d.1.end.min(b.span.end) - d.1.start.max(b.span.start))
            .sum();
        garbled * 2 < b.span.len()
    });
}

/// A block's text without the pinyin annotations, scraper junk and lost-character runs in it.
fn without_damage<'t>(
    text: &'t str,
    block: Span,
    damage: &[(Damage, Span)],
) -> std::borrow::Cow<'t, str> {
    let cut: Vec<Span> = damage
        .iter()
        .filter(|d| {
            matches!(d.0, Damage::PinyinAnnotation | Damage::ScraperJunk)
                && d.1.start >= block.start
                && d.1.end <= block.end
        })
        .map(|d| d.1)
        .collect();
    if cut.is_empty() {
        return std::borrow::Cow::Borrowed(&text[block.range()]);
    }
    let mut out = String::with_capacity(block.len());
    let mut at = block.start;
    for c in cut {
        out.push_str(&text[at..c.start]);
        at = c.end;
    }
    out.push_str(&text[at..block.end]);
    std::borrow::Cow::Owned(out)
}

/// A block that is not a paragraph: short, or with no clause mark.
fn is_thin(line: &str) -> bool {
    line.chars().nth(11).is_none() || !line.contains(CLAUSE_MARKS)
}

/// The Chinese clause marks: a line with one is (part of) a sentence.
const CLAUSE_MARKS: [char; 7] = ['，', '。', '；', '：', '！', '？', '、'];

/// A thin line of at most eight chars: a label (积分, 点赞失败), not a sentence.
fn is_label(line: &str) -> bool {
    line.chars().nth(8).is_none() && is_thin(line)
}

/// On a page, the date-and-time lines of posts after the bulletin header are metadata, not text:
/// they go to the chrome, the rest of `body` back to the content.
fn stamps_to_chrome(text: &str, body: Vec<Block>, seg: &mut Segments) {
    for b in body {
        if crate::layout::boilerplate::is_post_stamp(&text[b.span.range()]) {
            seg.chrome.push((b, Chrome::Meta));
        } else {
            seg.content.push(b);
        }
    }
}

/// Drops short labels that repeat through the content (积分, 主题, 帖子 in every post of a thread):
/// the furniture of a repeated template, not text.
fn drop_repeated_labels(text: &str, content: &mut Vec<Block>) {
    let label = |b: &Block| {
        let line = &text[b.span.range()];
        is_label(line).then_some(line)
    };
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for b in content.iter() {
        if let Some(l) = label(b) {
            *counts.entry(l).or_default() += 1;
        }
    }
    content.retain(|b| label(b).is_none_or(|l| counts.get(l).copied().unwrap_or(0) < 3));
}

/// Drops thin blocks before the first paragraph, and labels after the last text.
fn trim_thin_edges(text: &str, content: &mut Vec<Block>) {
    // At the start, what has no clause mark at all (player controls, counters, a byline) goes;
    // the short lines of a poem or a 题记： are text.
    let thin = |b: &Block| b.heading == 0 && !text[b.span.range()].contains(CLAUSE_MARKS);
    let Some(first) = content.iter().position(|b| !thin(b)) else {
        return;
    };
    // At the end, only labels go (点赞失败, +1): a short last reply is text.
    let label = |b: &Block| b.heading == 0 && is_label(&text[b.span.range()]);
    // The first sentence may itself be short enough to read as a label (题记：): it stays.
    let last = content
        .iter()
        .rposition(|b| !label(b))
        .unwrap_or(first)
        .max(first);
    content.truncate(last + 1);
    content.drain(..first);
}
