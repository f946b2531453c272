//! A page's preamble: the lines above the content the container kept (a title printed over
//! several lines, a 发文字号 line, a joint notice's issuer lines) and its information table.

use super::{
    doc_number, doc_number_line, doc_type, is_organ_line, meta_label, title_continues_before,
};
use crate::{DocNumber, Frame, Span};

/// How many blocks before the content a page's preamble (title lines, 发文字号) may hold.
const PREAMBLE_REACH: usize = 8;

/// On a page, the lines just before the content the container kept: a title printed over
/// several lines and a 发文字号 line, which the page's own layout puts above the 主送 line.
/// A title found there that the 公文 grammar closes (it ends in a 文种) and that holds the
/// headline found so far replaces it, and the frame takes the 发文字号.
pub(crate) fn amend_from_preamble(
    text: &str,
    blocks: &[crate::layout::blocks::Block],
    content: &[crate::layout::blocks::Block],
    headline_at: Option<usize>,
    doc: &mut crate::Document,
) {
    let Some(first) = content
        .first()
        .and_then(|c| blocks.iter().position(|b| b.span == c.span))
    else {
        return;
    };
    // Under a known headline the preamble is everything down to the content, as far as twice the
    // reach: a joint notice prints its 发文字号 and then one line per issuing organ (ten and more)
    // between its title and the 主送 line.
    let from = match headline_at {
        Some(h) => (h + 1).max(first.saturating_sub(2 * PREAMBLE_REACH)),
        None => first.saturating_sub(PREAMBLE_REACH),
    };
    let mut frame = doc.frame.take().unwrap_or_default();
    if frame.doc_number.is_none() {
        frame.doc_number = labelled_number(text, blocks);
    }
    let mut title: Option<(String, Span)> = None;
    let mut best: Option<(String, Span)> = None;
    for (i, b) in blocks.iter().enumerate().take(first).skip(from.min(first)) {
        let line = text[b.span.range()].trim();
        let after = blocks.get(i + 1).map(|n| text[n.span.range()].trim());
        if let Some(n) = doc_number_line(line) {
            if frame.doc_number.is_none() {
                let at = b.span.start + text[b.span.range()].find(&n.text).unwrap_or(0);
                frame.doc_number = Some(DocNumber {
                    span: Span::new(at, at + n.text.len()),
                    ..n
                });
            }
            continue;
        }
        if line.ends_with("文件") && is_organ_line(line.trim_end_matches("文件")) {
            frame.issuer_mark.get_or_insert_with(|| line.to_string());
            continue;
        }
        title = match title {
            Some((t, s)) if title_continues_before(&t, line, after) => {
                Some((t + line, s.cover(b.span)))
            }
            _ if crate::structure::sentence::is_heading_like(line) => {
                Some((line.to_string(), b.span))
            }
            _ => None,
        };
        if title.as_ref().is_some_and(|t| doc_type(&t.0).is_some()) {
            best = title.clone();
        }
    }
    // Only on a 公文 (主送 or 发文字号 found) and for a 关于… title: elsewhere the lines above the
    // content are list items and captions.
    let formal = frame.recipients.is_some() || frame.doc_number.is_some();
    if let Some((t, s)) = best
        && formal
        && t.contains("关于")
        && doc_type(&t).is_some()
        && let Some(a) = doc
            .articles
            .iter_mut()
            .find(|a| a.role == crate::Role::Body)
        && (a.headline.is_empty()
            || doc_type(&a.headline).is_none()
            || t.contains(&a.headline)
            || squash(&t) == squash(&a.headline))
        && t != a.headline
    {
        a.headline = t;
        a.span = s.cover(a.span);
        frame.doc_type = doc_type(&a.headline);
    }
    // A joint notice's issuers above the headline stand for a 署名 the text does not print.
    let issuers = prefix_lines_above(text, blocks, headline_at, doc);
    if frame.signature.is_none() {
        frame.signature = issuers;
    }
    let body = doc
        .articles
        .iter_mut()
        .find(|a| a.role == crate::Role::Body);
    if let Some(a) = body
        && let Some(n) = take_number_tail(&mut a.headline, &mut frame)
        && frame.doc_number.is_none()
    {
        let at = text.get(a.span.range()).and_then(|t| t.find(&n.text));
        let at = at.map_or(a.span.start, |at| a.span.start + at);
        frame.doc_number = Some(DocNumber {
            span: Span::new(at, at + n.text.len()),
            ..n
        });
    }
    if frame.doc_number.is_some() && frame.doc_type.is_none() {
        frame.doc_type = doc.articles.first().and_then(|a| doc_type(&a.headline));
    }
    doc.frame = (!frame.is_empty()).then_some(frame);
}

/// Takes a 发文字号 written in brackets after a title (…的通知（京建法〔2014〕15号）) out of the
/// headline: it is the frame's, not the title's. Returns the number found there.
pub(crate) fn take_number_tail(headline: &mut String, frame: &mut Frame) -> Option<DocNumber> {
    let t = headline.trim_end();
    let inner = t.strip_suffix(['）', ')'])?;
    let open = inner.rfind(['（', '('])?;
    let n = doc_number(&inner[open..])?;
    let rest = inner[open..].replacen(&n.text, "", 1);
    if !rest
        .trim_matches(|c: char| c.is_whitespace() || "（(".contains(c))
        .is_empty()
    {
        return None;
    }
    headline.truncate(open);
    let keep = headline.trim_end().len();
    headline.truncate(keep);
    if frame.doc_type.is_none() {
        frame.doc_type = doc_type(headline);
    }
    Some(n)
}

/// A line without its spaces, to compare a title as printed with the page's.
fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The one 发文字号 a page's information table labels (发文字号：国函〔2016〕5号, or the label and
/// the number in two cells); none when the page labels several (a list of documents).
fn labelled_number(text: &str, blocks: &[crate::layout::blocks::Block]) -> Option<DocNumber> {
    let mut found: Option<DocNumber> = None;
    let mut count = 0;
    let mut pending = false;
    for b in blocks {
        let line = text[b.span.range()].trim();
        let value = match meta_label(line) {
            Some(("发文字号" | "文号" | "字号", v)) => {
                pending = v.is_empty();
                v
            }
            Some(_) => {
                pending = false;
                continue;
            }
            None if std::mem::take(&mut pending) => line,
            None => continue,
        };
        if let Some(n) = doc_number(value) {
            count += 1;
            let at = b.span.start + text[b.span.range()].find(&n.text).unwrap_or(0);
            found.get_or_insert(DocNumber {
                span: Span::new(at, at + n.text.len()),
                ..n
            });
        }
    }
    found.filter(|_| count == 1)
}

/// How many lines above a page's headline may hold a joint notice's issuers, one a line.
const JOINT_REACH: usize = 6;

/// The lines just above the headline a page repeats in its <title> that begin the title: a
/// joint notice's issuers (住房城乡建设部 财政部 / 关于…的通知), or the first line of a title
/// printed over two (北京市人民政府办公厅关于印发 / …意见的通知). They join the headline; the
/// issuers' lines are handed back as the 署名 they name (see [`super::title_issuers`]).
fn prefix_lines_above(
    text: &str,
    blocks: &[crate::layout::blocks::Block],
    headline_at: Option<usize>,
    doc: &mut crate::Document,
) -> Option<crate::Signature> {
    let h = headline_at.filter(|&h| h < blocks.len())?;
    let a = doc
        .articles
        .iter_mut()
        .find(|a| a.role == crate::Role::Body)?;
    let line = |j: usize| text[blocks[j].span.range()].trim();
    let mut from = None;
    let mut head = a.headline.clone();
    // A joint notice prints its issuers above 关于…的通知, on one line or one a line (住房城乡建设部
    // / 财政部 / 中国人民银行): the lines of organs above a 关于… headline all join it, the names
    // parted by a space as on one line.
    let joint_title = head.starts_with("关于");
    let mut organs_only = true;
    for j in (h.saturating_sub(JOINT_REACH)..h).rev() {
        let p = line(j);
        let joint = joint_title && organs_only && is_organ_line(p);
        let wrapped = from.is_none()
            && (p.contains("关于") || p.ends_with("印发") || p.ends_with("转发"))
            && !head.contains("关于")
            && title_continues_before(p, &head, None);
        if !(joint || wrapped) {
            break;
        }
        organs_only &= joint;
        head = if joint && from.is_some() {
            format!("{p} {head}")
        } else {
            format!("{p}{head}")
        };
        from = Some(j);
    }
    let j = from?;
    a.headline = head;
    a.span = blocks[j].span.cover(a.span);
    let lines: Vec<Span> = blocks[j..=h].iter().map(|b| b.span).collect();
    organs_only
        .then(|| super::title_issuers(text, &lines))
        .flatten()
}
