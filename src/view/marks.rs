//! The marks of a document: every item it found, placed on the text shown.

use super::sweep::{Mark, attr, floor_char, is_blank};
use crate::html::PageText;
use crate::layout::Chrome;
use crate::pipeline::DroppedBlock;
use crate::quantities::Quantity;
use crate::{Document, Parsed, Section, Span};
use std::borrow::Cow;

/// The text a view shows, and how the document's spans land on it: the decoded input itself for
/// text, the page's text (one block a line) for HTML.
pub(crate) struct Shown<'a> {
    /// The text shown.
    pub text: Cow<'a, str>,
    page: Option<PageText>,
}

impl<'a> Shown<'a> {
    /// The text of `parsed` as shown: `page` (the page the pipeline flattened, for HTML) or the
    /// decoded input itself.
    pub(crate) fn new(parsed: &'a Parsed, page: Option<PageText>) -> Self {
        match page {
            Some(page) => Shown {
                text: Cow::Owned(page.text.clone()),
                page: Some(page),
            },
            None => Shown {
                text: Cow::Borrowed(&parsed.text),
                page: None,
            },
        }
    }

    /// A span of the decoded input, on the text shown.
    pub(crate) fn span(&self, s: Span) -> Span {
        match &self.page {
            Some(p) => text_span(p, s),
            None => s,
        }
    }
}

/// The span of a page's text that a span of its source covers: the inverse of
/// [`PageText::source_span`], found by binary search since that map only grows. Markup inside
/// the span is skipped; a character reference maps to its decoded text.
fn text_span(page: &PageText, source: Span) -> Span {
    let len = page.text.len();
    let from = |t: usize| page.source_span(Span::new(t, t)).start;
    let to = |t: usize| page.source_span(Span::new(0, t)).end;
    // The first offset whose source is at or after the start; the last whose source end is at
    // or before the end.
    let mut start = partition(len, |t| from(t) < source.start);
    let mut end = partition(len, |t| to(t) <= source.end).saturating_sub(1);
    // The line breaks between blocks and the spaces that stand for a run of blanks come from no
    // source byte of their own: a span does not start on one (a few steps at most), nor end
    // after a line break.
    for _ in 0..8 {
        if start < len && from(start + 1) == from(start) {
            start += 1;
        }
    }
    let text = page.text.as_str();
    while end > start && text.as_bytes().get(end - 1) == Some(&b'\n') {
        end -= 1;
    }
    let (start, end) = (floor_char(text, start), super::sweep::ceil_char(text, end));
    Span::new(start, end.max(start))
}

/// The first `t` in `0..=len` for which `before(t)` is false (`before` true then false).
fn partition(len: usize, before: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, len + 1);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if before(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// How far from its expected place a headline, lead or title is looked for, in bytes.
const REACH: usize = 8192;

/// A mark of `class` over `span` (of the text shown) for the item that starts at `source`.
fn mark(span: Span, source: usize, rank: u8, class: &'static str, attrs: String) -> Mark {
    Mark {
        start: span.start,
        end: span.end,
        rank,
        block: matches!(
            class,
            "article" | "bulletin" | "drop" | "headline" | "subhead" | "lead"
        ) || class.starts_with("sec "),
        weak: matches!(class, "subj" | "diag"),
        class,
        attrs,
        source: Some(source),
    }
}

/// Every mark of `doc` on `shown`, unsorted.
pub(crate) fn build(doc: &Document, shown: &Shown<'_>, dropped: &[DroppedBlock]) -> Vec<Mark> {
    let text: &str = &shown.text;
    let mut out = Vec::new();
    for d in dropped {
        let label = format!("cut: {}", chrome_name(d.chrome));
        let attrs = attr("data-label", &label) + &attr("title", &label);
        out.push(mark(shown.span(d.span), d.span.start, 2, "drop", attrs));
    }
    if let Some(b) = &doc.bulletin {
        let attrs = attr("data-label", "bulletin header");
        out.push(mark(shown.span(b.span), b.span.start, 1, "bulletin", attrs));
    }
    let many = doc.articles.len() > 1;
    for (n, a) in doc.articles.iter().enumerate() {
        let span = shown.span(a.span);
        let label = if many {
            format!("article {}", n + 1)
        } else {
            String::new()
        };
        out.push(mark(
            span,
            a.span.start,
            0,
            "article",
            attr("data-label", &label),
        ));
        // The headline, subheadline and lead follow each other from the article's start.
        let mut at = span.start;
        let parts = [
            (Some(a.headline.as_str()), "headline", 4),
            (a.subheadline.as_deref(), "subhead", 5),
            (a.lead.as_deref(), "lead", 6),
        ];
        for (part, class, rank) in parts {
            let Some(found) = part.and_then(|p| locate(text, at, span.end, p)) else {
                continue;
            };
            let label = match class {
                "headline" => "headline",
                "subhead" => "subheadline",
                _ => "lead",
            };
            let mut m = mark(found, a.span.start, rank, class, attr("data-label", label));
            // Only the headline is known to start where the article does.
            m.source = m.source.filter(|_| class == "headline");
            out.push(m);
            at = found.end;
        }
        let mut stack: Vec<&Section> = a.sections.iter().rev().collect();
        while let Some(s) = stack.pop() {
            section(text, shown, s, &mut out);
            stack.extend(s.sections.iter().rev());
        }
        for q in &a.quantities {
            quantity(shown, q, &mut out);
        }
    }
    for d in &doc.diagnostics {
        let tip = format!("{}: {}", d.code, d.message);
        let attrs = attr("data-label", "!") + &attr("title", &tip);
        out.push(mark(shown.span(d.span), d.span.start, 11, "diag", attrs));
    }
    out
}

/// A section with its title, and its points with their markers and titles.
fn section(text: &str, shown: &Shown<'_>, s: &Section, out: &mut Vec<Mark>) {
    let span = shown.span(s.span);
    let class = match s.level {
        1 => "sec l1",
        2 => "sec l2",
        3 => "sec l3",
        _ => "sec l4",
    };
    let mut label = format!("§{} {}", s.level, s.marker);
    if let Some(n) = s.declared_count {
        let (found, what) = if s.points.is_empty() {
            (s.sections.len(), "sections")
        } else {
            (s.points.len(), "points")
        };
        label.push_str(&format!(" · declares {n}, {found} {what} found"));
    }
    let tip = format!(
        "level {} · ordinal {} · marker {} · declared_count {}",
        s.level,
        s.ordinal,
        s.marker,
        s.declared_count
            .map_or("none".to_string(), |n| n.to_string())
    );
    let attrs = attr("data-label", &label) + &attr("title", &tip) + &level_attr(s.level);
    out.push(mark(span, s.span.start, 3, class, attrs));
    let after = after_marker(text, span.start, &s.marker);
    if let Some(t) = locate(text, after, span.end, &s.title) {
        out.push(mark(t, s.span.start, 8, "stitle", String::new()));
    }
    for p in &s.points {
        let ps = shown.span(p.span);
        let attrs = attr("data-label", &format!("P{}", p.ordinal)) + &attr("title", &p.marker);
        out.push(mark(ps, p.span.start, 7, "pt", attrs));
        let after = after_marker(text, ps.start, &p.marker);
        if after > ps.start {
            let m = Span::new(ps.start, after);
            out.push(mark(m, p.span.start, 9, "pm", String::new()));
        }
        if let Some(t) = locate(text, after, ps.end, &p.title) {
            out.push(mark(t, p.span.start, 10, "ptitle", String::new()));
        }
    }
}

fn level_attr(level: u8) -> String {
    attr("data-level", &level.to_string())
}

/// A quantity, with its value and the rest as data attributes and a tooltip, and its subject.
fn quantity(shown: &Shown<'_>, q: &Quantity, out: &mut Vec<Mark>) {
    let value = q.value.map(|v| v.to_string()).unwrap_or_default();
    let kind = q.kind.as_str();
    let approx = q.approx.map_or("", |a| a.as_str());
    let mut attrs = attr("data-value", &value)
        + &attr("data-unit", q.unit.as_deref().unwrap_or(""))
        + &attr("data-kind", kind);
    let mut tip = vec![format!("{} = {}", q.text, value)];
    if let (Some(min), Some(max)) = (q.min, q.max) {
        attrs += &(attr("data-min", &min.to_string()) + &attr("data-max", &max.to_string()));
        tip.push(format!("range {min} to {max}"));
    }
    tip.push(format!("unit: {}", q.unit.as_deref().unwrap_or("none")));
    tip.push(format!("kind: {kind}"));
    if !approx.is_empty() {
        attrs += &attr("data-approx", approx);
        tip.push(format!("approx: {approx}"));
    }
    if let Some(d) = q.direction {
        attrs += &attr("data-direction", d.as_str());
        tip.push(format!("direction: {}", d.as_str()));
    }
    if let Some(d) = &q.date {
        attrs += &attr("data-date", d);
        tip.push(format!("date: {d}"));
    }
    if let Some(s) = &q.subject {
        attrs += &attr("data-subject", s);
        tip.push(format!("subject: {s}"));
    }
    attrs += &attr("title", &tip.join("\n"));
    out.push(mark(shown.span(q.span), q.span.start, 12, "q", attrs));
    if let Some(s) = q.subject_span {
        let attrs = attr("title", &format!("subject of {}", q.text));
        out.push(mark(shown.span(s), s.start, 13, "subj", attrs));
    }
}

/// A readable name for the chrome kind a block was cut as.
pub(crate) fn chrome_name(kind: Option<Chrome>) -> &'static str {
    match kind {
        Some(Chrome::ServerJunk) => "server message",
        Some(Chrome::Breadcrumb) => "breadcrumb",
        Some(Chrome::Prompt) => "prompt",
        Some(Chrome::Footer) => "footer",
        Some(Chrome::RelatedHeading) => "related heading",
        Some(Chrome::RelatedItem) => "related link",
        Some(Chrome::Meta) => "date/source line",
        Some(Chrome::Navigation) => "navigation",
        None => "furniture",
    }
}

/// The offset after `marker` when the text at `at` starts with it, else `at`.
fn after_marker(text: &str, at: usize, marker: &str) -> usize {
    match text.get(at..) {
        Some(rest) if rest.starts_with(marker) => at + marker.len(),
        _ => at,
    }
}

/// Where `needle` (an item's text, maybe joined from several lines or trimmed of a dash) stands
/// in `text`, first looked for at `from`, then in the [`REACH`] bytes after it (never past
/// `limit`). Blanks, line breaks and dashes that the item's text left out are skipped.
pub(crate) fn locate(text: &str, from: usize, limit: usize, needle: &str) -> Option<Span> {
    let from = floor_char(text, from);
    let end = floor_char(text, limit.min(from.saturating_add(REACH)));
    let hay = text.get(from..end)?;
    let first = needle.chars().find(|&c| !is_blank(c))?;
    // The first few places the first char stands (the first is almost always the one).
    hay.match_indices(first).take(32).find_map(|(at, _)| {
        Some(Span::new(
            from + at,
            match_at(text, from + at, end, needle)?,
        ))
    })
}

/// The end of `needle` read from `at`, skipping blanks and dashes in either; `None` on a mismatch.
fn match_at(text: &str, at: usize, end: usize, needle: &str) -> Option<usize> {
    let hay = text.get(at..end)?;
    let mut hay_chars = hay.char_indices().peekable();
    let mut stop = 0;
    for c in needle.chars().filter(|&c| !is_blank(c)) {
        loop {
            let (i, h) = hay_chars.next()?;
            if h == c {
                stop = i + h.len_utf8();
                break;
            }
            if !(is_blank(h) || h == '—') {
                return None;
            }
        }
    }
    Some(at + stop)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::html_to_blocks;

    #[test]
    fn source_spans_map_back_to_the_page_text() {
        let html = "<title>T</title><div><p>甲&amp;乙 丙</p><p>丁</p></div>";
        let page = html_to_blocks(html);
        for b in &page.blocks {
            assert_eq!(text_span(&page, page.source_span(b.span)), b.span);
        }
        let all = text_span(&page, Span::new(0, html.len()));
        assert_eq!(&page.text[all.range()], "甲&乙 丙\n丁");
        let amp = html.find("&amp;").unwrap();
        let s = text_span(&page, Span::new(amp, amp + 5));
        assert_eq!(&page.text[s.range()], "&");
        let s = text_span(&page, Span::new(0, html.find('甲').unwrap()));
        assert!(s.is_empty());
        // A line break read as a space: the span of what follows it does not take the space.
        let html = "<html><body>一是\n一、";
        let page = html_to_blocks(html);
        assert_eq!(page.text, "一是 一、\n");
        let s = text_span(&page, Span::new(19, 22));
        assert_eq!(&page.text[s.range()], "一");
        let s = text_span(&page, Span::new(12, 18));
        assert_eq!(&page.text[s.range()], "一是");
        let s = text_span(&page, Span::new(12, 19));
        assert_eq!(&page.text[s.range()], "一是 ");
        let s = text_span(&page, Span::new(13, 20));
        assert_eq!(&page.text[s.range()], "一是 一");
        // A block that is one character reference, first on the page.
        let html = "\n<p>&amp;<p>一、";
        let page = html_to_blocks(html);
        let s = text_span(&page, Span::new(4, 9));
        assert_eq!(&page.text[s.range()], "&");
        // And one further on.
        let html = "<a href=/x>首页</a>一、<p>&amp;<p>一、";
        let page = html_to_blocks(html);
        let s = text_span(&page, Span::new(30, 35));
        assert_eq!(&page.text[s.range()], "&");
    }

    #[test]
    fn locate_skips_line_breaks_and_dashes() {
        let text = "头\n  标题上行\n标题下行\n——副标题\n";
        let s = locate(text, 0, text.len(), "标题上行标题下行").unwrap();
        assert_eq!(&text[s.range()], "标题上行\n标题下行");
        let s = locate(text, s.end, text.len(), "副标题").unwrap();
        assert_eq!(&text[s.range()], "副标题");
        assert_eq!(locate(text, 0, text.len(), "无此标题"), None);
        assert_eq!(locate(text, 0, 3, "标题上行"), None);
    }
}
