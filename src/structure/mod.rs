//! Bulletin structure from content blocks: header, articles (headline, subheadline, lead),
//! sections at the four GB/T 9704 levels, inline points, and the quantities of each article.

mod header;
pub mod markers;
mod sections;
pub mod sentence;

use crate::layout::blocks::Block;
use crate::quantities::extract;
use crate::{Article, Bulletin, Diagnostic, DiagnosticCode, Options, Span};
use markers::section_marker;
use sentence::is_heading_like;

/// What the structure parser found in the content blocks.
pub(crate) struct Structure {
    pub bulletin: Option<Bulletin>,
    pub articles: Vec<Article>,
    pub diagnostics: Vec<Diagnostic>,
}

/// How many of the first blocks belong to the bulletin header (0 when there is none).
pub(crate) fn header_blocks(text: &str, content: &[Block]) -> usize {
    header::find_header(text, content).map_or(0, |h| h.2 + 1)
}

/// A separator line: ———— or ****.
fn is_rule(line: &str) -> bool {
    line.chars().all(|c| {
        matches!(
            c,
            '—' | '-' | '_' | '=' | '*' | '─' | '━' | '－' | '＿' | '═' | '·' | ' ' | '　'
        )
    })
}

/// An article under construction.
#[derive(Default)]
struct Draft {
    headline: Option<Span>,
    subheadline: Option<Span>,
    body: Vec<Span>,
}

/// Parses content blocks into the bulletin header and its articles. `headline` is a block known
/// to be the headline (the one a page's `<title>` repeats), whatever its punctuation.
pub(crate) fn structure(
    text: &str,
    content: &[Block],
    headline: Option<Span>,
    options: &Options,
) -> Structure {
    let mut diagnostics = Vec::new();
    let header = header::find_header(text, content);
    let body_from = header.as_ref().map_or(0, |h| h.2 + 1);
    let bulletin = header.map(|h| h.0);
    let blocks: Vec<Span> = content[body_from.min(content.len())..]
        .iter()
        .map(|b| b.span)
        .filter(|s| !is_rule(&text[s.range()]))
        .collect();
    let mut drafts: Vec<Draft> = Vec::new();
    for (k, &span) in blocks.iter().enumerate() {
        let line = &text[span.range()];
        let heading =
            Some(span) == headline || (is_heading_like(line) && section_marker(line).is_none());
        // A later article needs a real headline (not a fragment of a broken line) and a body.
        let starts_like_text = |t: &str| t.chars().next().is_some_and(|c| !is_clause_mark(c));
        let n = line.chars().take(41).count();
        let new_headline = heading
            && (5..=40).contains(&n)
            && starts_like_text(line)
            && !line.contains(['，', ',']);
        let next_is_body = blocks.get(k + 1).is_some_and(|n| {
            let next = &text[n.range()];
            section_marker(next).is_some()
                || (starts_like_text(next)
                    && next.chars().nth(9).is_some()
                    && !is_heading_like(next))
        });
        match drafts.last_mut() {
            None => {
                let mut d = Draft::default();
                if heading {
                    d.headline = Some(span);
                } else {
                    d.body.push(span);
                }
                drafts.push(d);
            }
            Some(d)
                if d.body.is_empty()
                    && d.headline.is_some()
                    && d.subheadline.is_none()
                    && (heading || line.starts_with("——")) =>
            {
                d.subheadline = Some(span);
            }
            Some(d)
                if !d.body.is_empty() && new_headline && next_is_body && !is_signature(line) =>
            {
                drafts.push(Draft {
                    headline: Some(span),
                    ..Draft::default()
                });
            }
            Some(d) => d.body.push(span),
        }
    }
    let mut articles = Vec::with_capacity(drafts.len());
    for d in drafts {
        if d.headline.is_none() {
            let at = d.body.first().copied().unwrap_or_default();
            diagnostics.push(
                Diagnostic::new(
                    DiagnosticCode::NoHeadline,
                    "an article starts without a headline",
                )
                .with_span(Span::new(at.start, at.start)),
            );
        }
        articles.push(article(text, d, options));
    }
    if bulletin.is_none() {
        diagnostics.push(Diagnostic::new(
            DiagnosticCode::NoBulletinHeader,
            "no bulletin header (第N期) was found",
        ));
    }
    Structure {
        bulletin,
        articles,
        diagnostics,
    }
}

/// Punctuation that cannot start a headline or a paragraph: the tail of a broken line.
fn is_clause_mark(c: char) -> bool {
    matches!(
        c,
        '、' | '，' | ',' | '。' | '；' | ';' | '：' | ':' | '）' | ')' | '》' | '”' | '！' | '？'
    )
}

/// A source note at the end of an article: （慈溪市委组织部供稿）, 供稿：….
fn is_signature(line: &str) -> bool {
    line.contains("供稿")
        || line.contains("来源")
        || (line.starts_with(['（', '(']) && line.ends_with(['）', ')']))
}

fn article(text: &str, d: Draft, options: &Options) -> Article {
    let first_section = d
        .body
        .iter()
        .position(|s| section_marker(&text[s.range()]).is_some());
    let (lead, rest) = d
        .body
        .split_at(first_section.unwrap_or(d.body.len().min(1)));
    let lead_text = lead
        .iter()
        .map(|s| &text[s.range()])
        .collect::<Vec<_>>()
        .join("\n");
    let sections = sections::build(text, rest, options.get_max_section_depth());
    let all: Vec<Span> = d
        .headline
        .iter()
        .chain(d.subheadline.iter())
        .chain(d.body.iter())
        .copied()
        .collect();
    let span = match (all.first(), all.last()) {
        (Some(a), Some(b)) => a.cover(*b),
        _ => Span::default(),
    };
    let quantities = if options.get_quantities() {
        all.iter()
            .flat_map(|s| {
                let line = &text[s.range()];
                let skip = section_marker(line).map_or(0, |m| m.len);
                let start = s.start + skip;
                extract(&text[start..s.end])
                    .into_iter()
                    .map(move |q| shift(q, start))
            })
            .collect()
    } else {
        Vec::new()
    };
    Article {
        headline: d
            .headline
            .map(|s| text[s.range()].to_string())
            .unwrap_or_default(),
        subheadline: d
            .subheadline
            .map(|s| text[s.range()].trim_start_matches('—').trim().to_string()),
        lead: (!lead_text.is_empty()).then_some(lead_text),
        span,
        sections,
        quantities,
    }
}

fn shift(mut q: crate::quantities::Quantity, by: usize) -> crate::quantities::Quantity {
    q.span = q.span.shift(by);
    q.number.span = q.number.span.shift(by);
    q.subject_span = q.subject_span.map(|s| s.shift(by));
    q
}
