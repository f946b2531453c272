//! Bulletin structure from content blocks: header, articles (headline, subheadline, lead),
//! sections at the four GB/T 9704 levels, inline points, and the quantities of each article.

pub mod frame;
mod header;
pub mod issue;
mod law;
pub use crate::text::markers;
mod sections;
pub mod sentence;
mod tableline;

use crate::layout::blocks::Block;
use crate::quantities::extract;
use crate::{Article, Bulletin, Diagnostic, DiagnosticCode, Frame, Options, Role, Span};
use frame::Tag;
use markers::section_marker;
use sentence::is_heading_like;

/// What the structure parser found in the content blocks.
pub(crate) struct Structure {
    pub bulletin: Option<Bulletin>,
    pub frame: Option<Frame>,
    pub articles: Vec<Article>,
    pub diagnostics: Vec<Diagnostic>,
}

pub(crate) use header::{Header, find_header};

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
    /// The headline's text when it was joined from several lines.
    headline_text: Option<String>,
    /// The 附件N line before an attachment's title.
    label: Option<Span>,
    role: Role,
    subheadline: Option<Span>,
    note: Option<Span>,
    body: Vec<Span>,
}

/// Parses content blocks into the bulletin header and its articles. `header` is the bulletin
/// header [`find_header`] found at the start of `content` (found once, by the caller, which keeps
/// its blocks from the page tidying); `headline` is a block known to be the headline (the one a
/// page's `<title>` repeats), whatever its punctuation.
pub(crate) fn structure(
    text: &str,
    content: &[Block],
    header: Option<Header>,
    headline: Option<Span>,
    options: &Options,
) -> Structure {
    let mut diagnostics = Vec::new();
    let body_from = header.as_ref().map_or(0, Header::blocks);
    // A bulletin whose title alone names it (市质监站2015年3月份安全检查情况简报): the title stays
    // the headline too.
    let mut bulletin = header.map(|h| h.bulletin).or_else(|| {
        content
            .iter()
            .take(3)
            .find_map(|b| issue::title_header(&text[b.span.range()], b.span))
    });
    // A period printed in brackets under the bulletin's title (安全质量状况情况简报 /
    // （2015年第一季度）): the two lines are the header.
    let mut period_line = None;
    if bulletin.is_none()
        && let [first, second, ..] = content
    {
        let span = first.span.cover(second.span);
        bulletin =
            issue::title_header_over(&text[first.span.range()], &text[second.span.range()], span)
                .map(|b| Bulletin {
                    text: text[span.range()].to_string(),
                    ..b
                });
        period_line = bulletin.as_ref().map(|_| second.span);
    }
    let kept: Vec<&Block> = content[body_from.min(content.len())..]
        .iter()
        .filter(|b| !is_rule(&text[b.span.range()]))
        .collect();
    let blocks: Vec<Span> = kept.iter().map(|b| b.span).collect();
    // Which blocks link to document files: a page's downloads, for the 附件 of the frame.
    let links: Vec<bool> = kept
        .iter()
        .map(|b| b.is_download(&text[b.span.range()]))
        .collect();
    // 本期目录 of a bulletin issue: its entries are no article, and a line that repeats one starts
    // an article. (The 目录 of a plan or a book is not an issue's: its chapters are sections.)
    let (toc_blocks, entries) = bulletin
        .as_ref()
        .and_then(|_| issue::contents(text, &blocks))
        .unwrap_or_default();
    let entry_set: std::collections::HashSet<&str> =
        entries.iter().map(|(_, t)| t.as_str()).collect();
    let (mut frame, tags) = frame::scan(text, &blocks, &links);
    // A bulletin headed by its title alone prints its office and date on the next line, which the
    // frame reads as an issuer line over a date: that is the issue's publisher and date too.
    if let Some(b) = bulletin.as_mut()
        && b.date.is_none()
        && let Some(sig) = frame.signature.as_ref()
        && text
            .get(b.span.end..sig.span.start)
            .is_some_and(|gap| gap.trim().is_empty())
    {
        b.date.clone_from(&sig.date);
        if b.publisher.is_none() {
            b.publisher = sig.issuers.first().cloned();
        }
    }
    // A law or regulation (第一条, 第二条, 第三条 … at block starts): its 第X章 and 第X条 lines are
    // divisions of one article, never headlines of new ones.
    let law = law::is_law(text, &blocks);
    let mut drafts: Vec<Draft> = Vec::new();
    // An editor's note (编者按) waiting for the article it introduces.
    let mut note: Option<Span> = None;
    for (k, &span) in blocks.iter().enumerate() {
        if toc_blocks.contains(&k) || Some(span) == period_line {
            continue;
        }
        let line = &text[span.range()];
        match tags[k] {
            Tag::Frame => continue,
            Tag::AttachmentLabel | Tag::AttachmentTitled => {
                // 公文 with attachments printed after the signature: each is an article.
                let title = line
                    .find(['：', ':'])
                    .filter(|_| tags[k] == Tag::AttachmentTitled)
                    .map(|at| {
                        let colon = line[at..].chars().next().map_or(1, char::len_utf8);
                        Span::new(span.start + at + colon, span.end)
                    });
                drafts.push(Draft {
                    headline: title,
                    label: Some(span),
                    role: Role::Attachment,
                    ..Draft::default()
                });
                continue;
            }
            Tag::Body => {}
        }
        if let Some(at) = issue::editor_note_start(line) {
            // A label alone on its line: the note is the next block.
            let own = Span::new(span.start + at, span.end);
            let own = if own.is_empty() {
                blocks.get(k + 1).copied()
            } else {
                Some(own)
            };
            match drafts.last_mut() {
                Some(d) if d.headline.is_some() && d.body.is_empty() && d.note.is_none() => {
                    d.note = own;
                }
                _ => note = own,
            }
            continue;
        }
        if note.is_some_and(|n| n == span) || drafts.last().is_some_and(|d| d.note == Some(span)) {
            continue;
        }
        let listed = !entry_set.is_empty() && entry_set.contains(issue::squeeze(line).as_str());
        let heading = Some(span) == headline
            || listed
            || (is_heading_like(line) && section_marker(line).is_none())
            || (drafts.is_empty() && sentence::is_document_title(line));
        let heading = heading && !(law && law::marker(line).is_some());
        // A later article needs a real headline (not a fragment of a broken line) and a body.
        let starts_like_text = |t: &str| t.chars().next().is_some_and(|c| !is_clause_mark(c));
        let n = line.chars().take(41).count();
        let new_headline = heading
            && (5..=40).contains(&n)
            && starts_like_text(line)
            && !line.contains(['，', ','])
            // A table's caption and rows (指标 | 单位 | 2010年, 居住 4.5 4.5 4.5, 表1 …) are
            // no headline: statistics communiqués caption tables inside one document.
            && !tableline::is_table_row(line)
            && !tableline::is_caption(line)
            && !is_date_line(line);
        let next_is_body = blocks.get(k + 1).is_some_and(|n| {
            let next = &text[n.range()];
            // A headline's own furniture also follows it: a 编者按 or a ——subheadline.
            let furniture = issue::editor_note_start(next).is_some()
                || (next.starts_with("——") && !next.starts_with("———"));
            section_marker(next).is_some()
                || (law && law::marker(next).is_some())
                || (furniture && !line.starts_with('—'))
                || (starts_like_text(next)
                    && next.chars().nth(9).is_some()
                    && !is_heading_like(next))
        });
        match drafts.last_mut() {
            None => {
                let mut d = Draft {
                    note: note.take(),
                    ..Draft::default()
                };
                if heading {
                    d.headline = Some(span);
                } else {
                    d.body.push(span);
                }
                drafts.push(d);
            }
            Some(d) if d.role == Role::Attachment && d.headline.is_none() && d.body.is_empty() => {
                d.headline = Some(span);
            }
            // 公文 titles wrap over two or three lines, and joint notices put the issuers on a
            // line of their own: the lines are one headline while the title is unfinished.
            Some(d)
                if d.body.is_empty()
                    && d.subheadline.is_none()
                    && d.headline.is_some_and(|h| {
                        let so_far = d.headline_text.as_deref().unwrap_or(&text[h.range()]);
                        let after = blocks.get(k + 1).map(|n| text[n.range()].trim());
                        frame::title_continues_before(so_far, line.trim(), after)
                            // An attachment's title wraps over two lines or cells (…经营场所
                            // / 现场专家审查意见表) as its 附件说明 item does.
                            || (d.role == Role::Attachment
                                && frame::title_wraps(so_far, line.trim()))
                    }) =>
            {
                let h = d.headline.unwrap_or(span);
                let mut joined = d
                    .headline_text
                    .take()
                    .unwrap_or_else(|| text[h.range()].trim().to_string());
                joined.push_str(line.trim());
                d.headline_text = Some(joined);
                d.headline = Some(h.cover(span));
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
                if (listed && (d.headline.is_some() || !d.body.is_empty()))
                    || (!d.body.is_empty()
                        && new_headline
                        && next_is_body
                        && !is_signature(line)) =>
            {
                drafts.push(Draft {
                    headline: Some(span),
                    note: note.take(),
                    ..Draft::default()
                });
            }
            Some(d) => d.body.push(span),
        }
    }
    // A note with no article after it is text of the last one.
    if let (Some(n), Some(d)) = (note, drafts.last_mut()) {
        d.body.push(n);
    }
    // A joint title's organ lines stand for the 署名 when the text ends without one: the
    // blocks the first body article's headline was joined from, found in one pass.
    if frame.signature.is_none()
        && let Some(h) = drafts
            .iter()
            .find(|d| d.role == Role::Body)
            .filter(|d| d.headline_text.is_some())
            .and_then(|d| d.headline)
    {
        let joined: Vec<Span> = blocks
            .iter()
            .copied()
            .filter(|b| b.start >= h.start && b.end <= h.end)
            .collect();
        frame.signature = frame::title_issuers(text, &joined);
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
    finish_frame(text, &mut frame, &mut articles);
    if let Some(b) = &mut bulletin {
        let headline = articles
            .first()
            .map_or("", |a: &Article| a.headline.as_str());
        b.period = issue::period_in(&b.text)
            .or_else(|| issue::period_in(headline))
            .map(|p| p.0);
        let headlines: Vec<String> = articles.iter().map(|a| a.headline.clone()).collect();
        b.contents = issue::tie_entries(text, &entries, &headlines);
    }
    if bulletin.is_none() {
        diagnostics.push(Diagnostic::new(
            DiagnosticCode::NoBulletinHeader,
            "no bulletin header (第N期) was found",
        ));
    }
    Structure {
        bulletin,
        frame: (!frame.is_empty()).then_some(frame),
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

/// A line that is a date alone (2011年2月10日, 二〇一一年二月十日, 二一一年二月十日 with the 〇 lost to a
/// missing glyph): the 成文日期 under a 公文's or a 令's signature, which may stand right before the
/// text it promulgates, is no headline of that text.
fn is_date_line(line: &str) -> bool {
    let line = line.trim();
    line.contains('年')
        && line.ends_with('日')
        && line.chars().all(|c| {
            crate::text::chars::is_cn_numeral(c)
                || crate::text::chars::arabic_digit(c).is_some()
                || matches!(c, '年' | '月' | '日' | ' ' | '　')
        })
}

/// A source note at the end of an article: （慈溪市委组织部供稿）, 供稿：….
fn is_signature(line: &str) -> bool {
    line.contains("供稿")
        || line.contains("来源")
        || (line.starts_with(['（', '(']) && line.ends_with(['）', ')']))
}

fn article(text: &str, d: Draft, options: &Options) -> Article {
    if let Some(l) = law::build(text, &d.body) {
        return assemble(text, d, options, l.lead, l.sections, l.points, true);
    }
    let first_section = d
        .body
        .iter()
        .position(|s| sections::heading_marker(&text[s.range()]).is_some());
    let (lead, rest) = d
        .body
        .split_at(first_section.unwrap_or(d.body.len().min(1)));
    let sections = sections::build(text, rest, options.get_max_section_depth());
    // Points outside any section: the lead's, or the whole body's when no section opens (news
    // items and 通报 that list 一是…二是… in plain paragraphs).
    let loose = if first_section.is_some() {
        lead
    } else {
        &d.body[..]
    };
    let points = sections::points(text, loose);
    let lead = lead.len();
    assemble(text, d, options, lead, sections, points, false)
}

/// An article from its draft, the number of lead blocks, its sections and loose points. `law`
/// says the body is a law's: its 第X章 and 第X条 markers are no quantities (as 一、 is not).
fn assemble(
    text: &str,
    d: Draft,
    options: &Options,
    lead: usize,
    sections: Vec<crate::Section>,
    points: Vec<crate::Point>,
    law: bool,
) -> Article {
    let lead_text = d.body[..lead.min(d.body.len())]
        .iter()
        .map(|s| &text[s.range()])
        .collect::<Vec<_>>()
        .join("\n");
    let all: Vec<Span> = d
        .label
        .iter()
        .chain(d.headline.iter())
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
                let skip = match law.then(|| law::marker(line)).flatten() {
                    Some(m) => m.len,
                    None => section_marker(line).map_or(0, |m| m.len),
                };
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
            .headline_text
            .or_else(|| d.headline.map(|s| text[s.range()].to_string()))
            .unwrap_or_default(),
        editor_note: d.note.map(|s| text[s.range()].to_string()),
        role: d.role,
        subheadline: d
            .subheadline
            .map(|s| text[s.range()].trim_start_matches('—').trim().to_string()),
        lead: (!lead_text.is_empty()).then_some(lead_text),
        span,
        sections,
        points,
        quantities,
    }
}

fn shift(mut q: crate::quantities::Quantity, by: usize) -> crate::quantities::Quantity {
    q.span = q.span.shift(by);
    q.number.span = q.number.span.shift(by);
    q.subject_span = q.subject_span.map(|s| s.shift(by));
    q
}

/// The parts of the frame read from the articles: the 文种 and a 发文字号 in the title's bracketed
/// tail, and the titles of attachments printed after the signature when no 附件说明 lists them.
fn finish_frame(text: &str, frame: &mut Frame, articles: &mut [Article]) {
    let body = articles.iter_mut().find(|a| a.role == Role::Body);
    if let Some(a) = body {
        // A news headline may end in 报告 or 意见 too: the 文种 counts when the title has the
        // form of 公文 titles (关于…的, …年度报告, …决议), or when the text shows other parts of
        // the frame.
        let formal = frame::formal_title(&a.headline) || !frame.is_empty();
        if formal {
            frame.doc_type = frame::doc_type(&a.headline);
        }
        if let Some(n) = frame::take_number_tail(&mut a.headline, frame)
            && frame.doc_number.is_none()
        {
            let at = text[a.span.range()]
                .find(&n.text)
                .map(|at| a.span.start + at);
            frame.doc_number = Some(crate::DocNumber {
                span: at.map_or(Span::default(), |at| Span::new(at, at + n.text.len())),
                ..n
            });
        }
    }
    if frame.attachments.is_empty() {
        frame.attachments = articles
            .iter()
            .filter(|a| a.role == Role::Attachment && !a.headline.is_empty())
            .enumerate()
            .map(|(i, a)| crate::AttachmentNote {
                ordinal: u32::try_from(i + 1).ok(),
                title: a.headline.clone(),
                span: a.span,
            })
            .collect();
    }
}
