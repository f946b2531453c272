//! The 公文 frame of an official document (GB/T 9704), read from its lines.
//!
//! The grammar, in document order (each part optional; a part is one block unless said):
//!
//! ```text
//! frame      := issuer_mark? doc_number? title recipients? body attach_note*
//!               signature note? attachment* (cc | printed | distribution)*
//! issuer_mark:= organ "文件"                         中华人民共和国住房和城乡建设部文件
//! doc_number := code open year close serial "号"     京建发〔2015〕120号, 国函［２０１６］５号
//!               open/close: 〔〕 [] ［］ () （） 【】; a line of its own (maybe in brackets or with
//!               签发人：…), the headline's bracketed tail, or a 发文字号：/文号： line
//! title      := line+                                 lines joined while the title is unfinished:
//!               the first names 关于 (or is a line of organs) but does not end in a 文种 yet
//! doc_type   := the title's last word from DOC_TYPES (…的通知, 转发…的通知 → 通知)
//! recipients := organs "：" — among the first lines of the body, no sentence mark, not 如下：
//!               split on ，；; a 、 list is split only when every part is a whole organ name
//! attach_note:= "附件" ("：" | ":") item, then "2." item lines      附件：1.实施方案
//! signature  := organ_line{0,4} date_line              organ lines: every space-separated part
//!               ends in an organ suffix (部 局 委员会 办公厅 人民政府 …); the date is a whole line
//!               (or follows organs on it) after the first sentence, a valid calendar date
//! note       := "（" … "）" right after the signature  （此件公开发布）
//! attachment := "附件" ordinal? (alone, or "：" title) then its title: an article of its own
//! cc         := "抄送" ("：" | ":" | " ") organs
//! printed    := organ date "印发"                       某某办公室  2015年3月10日印发
//! distribution := ("报" | "送" | "发" | "抄报" | "分送" | …) "：" organs   (a bulletin's)
//! ```

mod parts;

pub use parts::{
    doc_number, doc_type, formal_title, is_organ_line, meta_label, organ_items, signer,
    title_continues,
};

use crate::text::chars::arabic_digit;
use crate::text::date::find_date;
use crate::{AttachmentNote, Distribution, DocNumber, Frame, ItemList, Note, Printed, Signature};
use crate::{Span, structure::markers::section_marker};
use parts::{FILE_EXTENSIONS, date_line, digits, is_addressee, valid_date};

fn split_organs(line: &str) -> impl Iterator<Item = String> + '_ {
    line.split([' ', '\u{3000}', '\t'])
        .filter(|p| !p.is_empty())
        .flat_map(|p| {
            // 财政部、税务总局: a 、 list of whole organ names is several issuers.
            let parts: Vec<&str> = p.split('、').collect();
            if parts.len() > 1 && parts.iter().all(|x| parts::is_whole_organ(x)) {
                parts.into_iter().map(str::to_string).collect()
            } else {
                vec![p.to_string()]
            }
        })
}

/// What a block is to the article builder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tag {
    /// Text of an article.
    Body,
    /// A line of the frame, not of any article.
    Frame,
    /// "附件1" after the signature: an attachment article starts, its title on the next line.
    AttachmentLabel,
    /// "附件1：title" after the signature: an attachment article starts with this headline.
    AttachmentTitled,
}

/// "附件", "附件1", "附件一", "附件1：…": the ordinal and what follows the colon.
fn attachment_label(line: &str) -> Option<(Option<u32>, Option<&str>)> {
    let rest = line.trim().strip_prefix("附件")?;
    let num: String = rest
        .chars()
        .take_while(|c| {
            arabic_digit(*c).is_some()
                || crate::text::chars::digit_value(*c).is_some()
                || *c == '十'
        })
        .collect();
    let ordinal = crate::quantities::numeral::numeral(&num)
        .and_then(|n| n.value.as_i128())
        .and_then(|v| u32::try_from(v).ok());
    let rest = rest[num.len()..].trim_start_matches([' ', '\u{3000}']);
    if rest.is_empty() {
        return Some((ordinal, None));
    }
    let title = rest.strip_prefix(['：', ':'])?.trim();
    Some((ordinal, Some(title)))
}

/// An item of an attachment list: "1.实施方案" → (Some(1), "实施方案").
fn list_item(s: &str) -> (Option<u32>, &str) {
    let s = s.trim();
    if let Some((n, len)) = digits(s, 2) {
        let rest = &s[len..];
        if let Some(r) = rest.strip_prefix(['.', '．', '、', '。']) {
            return (Some(n), r.trim());
        }
    }
    (None, s)
}

/// A download link's title without its file extension.
fn without_extension(title: &str) -> &str {
    match title.rfind('.') {
        Some(at) if is_download(title) => &title[..at],
        _ => title,
    }
}

fn is_download(title: &str) -> bool {
    let t = title.to_ascii_lowercase();
    FILE_EXTENSIONS.iter().any(|e| t.ends_with(e))
}

/// How many blocks from the top the 主送 line may stand (after a joint notice's organ lines).
const RECIPIENTS_REACH: usize = 16;

/// Labels of a bulletin's distribution lines.
const DISTRIBUTION_LABELS: &[&str] = &["抄报", "抄送", "分送", "报送", "报", "送", "发"];

/// Reads the frame from a document's blocks; tags each block for the article builder.
pub(crate) fn scan(text: &str, blocks: &[Span]) -> (Frame, Vec<Tag>) {
    let mut f = Frame::default();
    let mut tags = vec![Tag::Body; blocks.len()];
    let mut seen_sentence = false;
    let mut signed = false;
    let mut downloads: Vec<AttachmentNote> = Vec::new();
    let mut last_note_item: Option<u32> = None;
    // A page's information table: a label whose value is on the next line, 成文日期, 发文机关.
    let mut pending: Option<&str> = None;
    let mut table_date: Option<(String, Span)> = None;
    let mut table_issuer: Option<String> = None;
    let mut top_date: Option<Signature> = None;
    for (k, &span) in blocks.iter().enumerate() {
        let line = text[span.range()].trim();
        let lead = span.start + text[span.range()].find(line).unwrap_or(0);
        let labelled = meta_label(line);
        let value = match (labelled, pending.take()) {
            (Some((label, v)), _) => Some((label, v)),
            (None, Some(label)) if line.chars().nth(40).is_none() => Some((label, line)),
            _ => None,
        };
        if let Some((label, v)) = value {
            tags[k] = Tag::Frame;
            let at = lead + line.find(v).unwrap_or(0);
            match label {
                _ if v.is_empty() => pending = Some(label),
                "发文字号" | "文号" | "字号" => {
                    if let Some(n) = doc_number(v).filter(|_| f.doc_number.is_none()) {
                        f.doc_number = Some(DocNumber {
                            span: n.span.shift(at),
                            ..n
                        });
                    }
                }
                "成文日期" => {
                    table_date = find_date(v)
                        .filter(|d| valid_date(&d.0))
                        .map(|(iso, s)| (iso, s.shift(at)));
                }
                "发文机关" => table_issuer = Some(v.to_string()),
                _ => {}
            }
            continue;
        }
        // 发文机关标志 and a 发文字号 line before the body; a bare date there is the value of a
        // page's 成文日期 or 发布日期 cell, not a title.
        if !seen_sentence {
            // 公报 and 决议 print the issuer and the date under the title (国家统计局 / 2015年2月
            // 26日), or the adoption in brackets ((2015年3月15日第十二届全国人民代表大会第三次
            // 会议通过)): the 成文日期 when the text ends without a 署名.
            if let Some((organs, iso)) = date_line(line) {
                let above = k.checked_sub(1).filter(|&j| tags[j] == Tag::Body);
                let organ_above = above.filter(|&j| is_organ_line(text[blocks[j].range()].trim()));
                let title_above =
                    above.is_some_and(|j| formal_title(text[blocks[j].range()].trim()));
                if !organs.is_empty() || organ_above.is_some() || title_above {
                    let mut issuers: Vec<String> = Vec::new();
                    let mut from = lead;
                    if let Some(j) = organ_above {
                        tags[j] = Tag::Frame;
                        issuers.extend(split_organs(text[blocks[j].range()].trim()));
                        from = blocks[j].start;
                    }
                    issuers.extend(split_organs(organs));
                    top_date.get_or_insert(Signature {
                        issuers,
                        date: Some(iso),
                        span: Span::new(from, lead + line.len()),
                    });
                }
                tags[k] = Tag::Frame;
                continue;
            }
            if let Some(iso) = adoption_date(line) {
                top_date.get_or_insert(Signature {
                    issuers: Vec::new(),
                    date: Some(iso),
                    span: Span::new(lead, lead + line.len()),
                });
                tags[k] = Tag::Frame;
                continue;
            }
            if f.issuer_mark.is_none()
                && line.ends_with("文件")
                && line.chars().nth(40).is_none()
                && is_organ_line(line.trim_end_matches("文件"))
            {
                f.issuer_mark = Some(line.to_string());
                tags[k] = Tag::Frame;
                continue;
            }
            if let Some(n) = doc_number(line) {
                let rest = line.replacen(&n.text, "", 1);
                let rest = rest.split("签发人").next().unwrap_or("");
                if rest
                    .trim_matches(|c: char| c.is_whitespace() || "（）()【】".contains(c))
                    .is_empty()
                {
                    if f.doc_number.is_none() {
                        f.doc_number = Some(DocNumber {
                            span: n.span.shift(lead),
                            ..n
                        });
                    }
                    tags[k] = Tag::Frame;
                    continue;
                }
            }
        }
        // 主送: among the first lines of the body.
        if !signed
            && f.recipients.is_none()
            && k <= RECIPIENTS_REACH
            && !seen_sentence
            && line.ends_with(['：', ':'])
            && !line.contains(['。', '；', '！', '？'])
            && !line.contains("如下")
            && line.chars().nth(200).is_none()
            && section_marker(line).is_none()
            && line.chars().count() > 2
            && !line.starts_with("各位")
            && organ_items(line).iter().any(|i| is_addressee(i))
        {
            f.recipients = Some(ItemList {
                items: organ_items(line),
                span: Span::new(lead, lead + line.len()),
            });
            tags[k] = Tag::Frame;
            continue;
        }
        // 抄送, 印发 and distribution lines, wherever they stand after the first sentence.
        if seen_sentence || signed {
            if let Some(rest) = line.strip_prefix("抄送") {
                let rest = rest.trim_start_matches(['：', ':', ' ', '\u{3000}']);
                if f.cc.is_none() && !rest.is_empty() {
                    f.cc = Some(ItemList {
                        items: organ_items(rest),
                        span: Span::new(lead, lead + line.len()),
                    });
                }
                tags[k] = Tag::Frame;
                continue;
            }
            if line.trim_end().ends_with("印发")
                && let Some((iso, ds)) = find_date(line)
            {
                let issuer = line[..ds.start].trim_matches([' ', '\u{3000}']);
                f.printed = Some(Printed {
                    issuer: (!issuer.is_empty()).then(|| issuer.to_string()),
                    date: valid_date(&iso).then_some(iso),
                    span: Span::new(lead, lead + line.len()),
                });
                tags[k] = Tag::Frame;
                continue;
            }
            if let Some(label) = DISTRIBUTION_LABELS.iter().find(|l| {
                line.strip_prefix(**l)
                    .is_some_and(|r| r.starts_with(['：', ':']))
            }) {
                let rest = &line[label.len()..];
                let rest = rest.trim_start_matches(['：', ':']);
                f.distribution.push(Distribution {
                    label: label.to_string(),
                    items: organ_items(rest),
                    span: Span::new(lead, lead + line.len()),
                });
                tags[k] = Tag::Frame;
                continue;
            }
            if line.starts_with("主题词") {
                tags[k] = Tag::Frame;
                continue;
            }
        }
        // 附件说明 (before the signature) or a printed attachment (after it).
        if let Some((ordinal, title)) = attachment_label(line) {
            match title {
                Some(t) if !signed || is_download(t) => {
                    let (n, t) = match ordinal {
                        Some(_) => (ordinal, t),
                        None => list_item(t),
                    };
                    let note = AttachmentNote {
                        ordinal: n,
                        title: without_extension(t).to_string(),
                        span: Span::new(lead, lead + line.len()),
                    };
                    if is_download(t) {
                        downloads.push(note);
                    } else if !t.is_empty() {
                        last_note_item = n;
                        f.attachments.push(note);
                    } else {
                        last_note_item = Some(0);
                    }
                    tags[k] = Tag::Frame;
                    continue;
                }
                Some("") if signed => {
                    tags[k] = Tag::AttachmentLabel;
                    continue;
                }
                Some(_) if signed => {
                    tags[k] = Tag::AttachmentTitled;
                    continue;
                }
                None if seen_sentence => {
                    tags[k] = Tag::AttachmentLabel;
                    continue;
                }
                _ => {}
            }
        }
        if let Some(prev) = last_note_item {
            let (n, t) = list_item(line);
            if n == Some(prev + 1) && !line.contains('。') && line.chars().nth(80).is_none() {
                f.attachments.push(AttachmentNote {
                    ordinal: n,
                    title: t.to_string(),
                    span: Span::new(lead, lead + line.len()),
                });
                last_note_item = n;
                tags[k] = Tag::Frame;
                continue;
            }
            last_note_item = None;
        }
        // 署名 and 成文日期: the first date line after a sentence, the organ lines above it.
        if !signed
            && seen_sentence
            && let Some((organs, iso)) = date_line(line)
        {
            let mut issuers: Vec<String> = Vec::new();
            let mut from = lead;
            for j in (k.saturating_sub(4)..k).rev() {
                let above = text[blocks[j].range()].trim();
                let signer = parts::signer(above);
                if tags[j] != Tag::Body || !(is_organ_line(above) || signer.is_some()) {
                    break;
                }
                tags[j] = Tag::Frame;
                let mut names: Vec<String> = match signer {
                    Some(s) => vec![s],
                    None => split_organs(above).collect(),
                };
                names.append(&mut issuers);
                issuers = names;
                from = blocks[j].start + text[blocks[j].range()].find(above).unwrap_or(0);
            }
            issuers.extend(split_organs(organs));
            f.signature = Some(Signature {
                issuers,
                date: Some(iso),
                span: Span::new(from, lead + line.len()),
            });
            signed = true;
            tags[k] = Tag::Frame;
            continue;
        }
        // 附注 right after the signature.
        if signed
            && f.note.is_none()
            && tags[k.saturating_sub(1)] == Tag::Frame
            && (line.starts_with('（') && line.ends_with('）')
                || line.starts_with('(') && line.ends_with(')'))
            && line.chars().nth(60).is_none()
        {
            f.note = Some(Note {
                text: line.to_string(),
                span: Span::new(lead, lead + line.len()),
            });
            tags[k] = Tag::Frame;
            continue;
        }
        if line.contains(['。', '；', '！', '？']) || line.ends_with(['：', ':']) {
            seen_sentence = true;
        }
    }
    if f.attachments.is_empty() {
        f.attachments = downloads;
    }
    // No 署名 at the end: the date under the title, or the information table's 发文机关 and
    // 成文日期, stand for it.
    if f.signature.is_none() {
        f.signature = top_date;
    }
    if f.signature.is_none()
        && let Some((iso, at)) = table_date
    {
        f.signature = Some(Signature {
            issuers: table_issuer.iter().flat_map(|i| split_organs(i)).collect(),
            date: Some(iso),
            span: at,
        });
    }
    (f, tags)
}

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
    let from = first
        .saturating_sub(PREAMBLE_REACH)
        .max(headline_at.map_or(0, |h| h + 1));
    let mut frame = doc.frame.take().unwrap_or_default();
    if frame.doc_number.is_none() {
        frame.doc_number = labelled_number(text, blocks);
    }
    let mut title: Option<(String, Span)> = None;
    let mut best: Option<(String, Span)> = None;
    for b in &blocks[from.min(first)..first] {
        let line = text[b.span.range()].trim();
        if let Some(n) = doc_number(line) {
            let rest = line.replacen(&n.text, "", 1);
            let rest = rest.split("签发人").next().unwrap_or("");
            if rest
                .trim_matches(|c: char| c.is_whitespace() || "（）()【】".contains(c))
                .is_empty()
            {
                if frame.doc_number.is_none() {
                    let at = b.span.start + text[b.span.range()].find(&n.text).unwrap_or(0);
                    frame.doc_number = Some(DocNumber {
                        span: Span::new(at, at + n.text.len()),
                        ..n
                    });
                }
                continue;
            }
        }
        if line.ends_with("文件") && is_organ_line(line.trim_end_matches("文件")) {
            frame.issuer_mark.get_or_insert_with(|| line.to_string());
            continue;
        }
        title = match title {
            Some((t, s)) if title_continues(&t, line) => Some((t + line, s.cover(b.span))),
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

/// The date of a bracketed adoption line under a 决议's or a law's title:
/// "（2015年3月15日第十二届全国人民代表大会第三次会议通过）".
fn adoption_date(line: &str) -> Option<String> {
    let inner = line.strip_prefix(['（', '('])?.strip_suffix(['）', ')'])?;
    if inner.chars().nth(80).is_some() || !(inner.ends_with("通过") || inner.ends_with("批准"))
    {
        return None;
    }
    let (iso, span) = find_date(inner)?;
    (span.start == 0 && valid_date(&iso)).then_some(iso)
}
