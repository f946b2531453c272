//! The 公文 frame of an official document (GB/T 9704), read from its lines.
//!
//! The grammar, in document order (each part optional; a part is one block unless said):
//!
//! ```text
//! frame      := table? marks? issuer_mark? doc_number? title (top_date | head_date)? order_mark?
//!               doc_number? recipients? body
//!               attach_note* signature note? attachment* (cc | printed | distribution)*
//!               downloads?
//! table      := (label "：" value? | value)*              a page's information table: 索引号,
//!               发文机关, 成文日期, 标题, 发文字号 …, the value in the same cell or the next
//! marks      := 份号 (000001) | 密级 (机密★1年) | 紧急程度 (特急), each a line of its own
//! issuer_mark:= organ "文件"                         中华人民共和国住房和城乡建设部文件
//! doc_number := code open year close serial "号"     京建发〔2015〕120号, 国函［２０１６］５号
//!               open/close: 〔〕 [] ［］ () （） 【】; a line of its own before the first sentence
//!               (maybe in brackets or with 签发人：…), the headline's bracketed tail (taken out
//!               of the headline), or the table's 发文字号 (on a page: the only one it labels)
//! title      := line+         lines joined while the title is unfinished (no 文种 at its end):
//!               organ lines then a 关于… line (a joint notice); a 关于… line, then a line that
//!               ends it with a 文种 or over lines that visibly wrap (…的, …印发, 的…); a line cut
//!               mid-word (≥ 8 chars, ends in a character) then a line ending in a 文种. Never a
//!               ——subheadline, a bracketed source, a sentence, a section marker, a dated line.
//! doc_type   := the title's last word from DOC_TYPES (…的通知, 转发…的通知 → 通知; not
//!               …征求意见); given when the title is formal (关于…, …年度报告, …公报, …决议 …)
//!               or other parts of the frame are there
//! title_issuers := organ_line+ above the title: the 署名's issuers (no 成文日期) when the text
//!               has neither a signature nor a top_date nor a table's 发文机关 and 成文日期
//! top_date   := (organ_line)? date_line                  under a 公报's title: the 成文日期
//!               when the text ends without a signature
//! head_date  := "（" date … ("通过" | "批准" | "会议") "）" | date … ("通过" | "批准")
//!               | "——"? date "在" … "上" signer?     under a 决议's, a law's or a 规划's title,
//!               or a work report's or a speech's meeting line and its speaker (国务院总理 李克强):
//!               the document's date, before any later date line (a dump's next document);
//!               a summary quoted above the title (a block printed before the headline) is
//!               no sentence of the body
//! order_mark := organ "令" order_no? | order_no          北京市人民政府令（2011）第230号 / 第　1　号:
//!               a 令's 发文机关标志 (issuer_mark) and its number, before the first sentence
//! recipients := organs "：" — among the first 16 lines, before the first sentence, not 如下：
//!               (with up to two lines above it that end in ， or 、: a wrapped list),
//!               some item an organ or a collective (各…, …单位, …部门); split on ，；; a 、 list
//!               is split only when every part is a whole organ name (an organ ending, no 各 or
//!               有关, a short 分局 is elliptical)
//! attach_note:= "附件" ("：" | ":") item, then "2." item lines      附件：1.实施方案
//!               (items on one line split at " 2."; "附：" when a whole 《title》 or a numbered
//!               item follows); the 《》 that enclose a whole title are not part of it
//!               (《某某时间表》 → 某某时间表, for downloads too); an item that ends unfinished (…的, …和,
//!               an open 《) or without the form's ending the next line has (…经营场所 /
//!               现场专家审查意见表) goes on over that line when it is a short title, not a
//!               sentence, a numbered item or a date ([`title_wraps`])
//! signature  := signer_line{0,4} date_line            signer lines: every space-separated
//!               part ends in an organ suffix (部 局 委员会 办公厅 人民政府 …), or a 职务 and a
//!               name (部长 苗圩); the date is a whole line (or follows organs on it), after the
//!               first sentence, and a valid calendar date (a year that lost its 〇, 二一一年,
//!               is 二〇一一年: see date_repair.rs); organs printed as one run without
//!               separators are cut by their endings (see [`split_joint`])
//! note       := "（" … "）" right after the signature  （此件公开发布）
//! attachment := "附件" ordinal? (alone, or "：" title) after the signature, then its title
//!               (over two lines or cells as an attach_note item): an article of its own with
//!               role attachment
//! downloads  := heading? link+     on a page, after the first sentence: blocks that link to
//!               document files (.doc .xls .pdf .wps .zip …, [`crate::layout::blocks::Block`]'s
//!               file_link_chars), under 附件：, 附件下载, 相关附件 or 附件名称: the attachments,
//!               when the text lists no other, titled by the link text without its 附件 label,
//!               number and extension (1.名单.xls → 名单); a link that repeats the headline
//!               (…的通知（红头扫描件）) is the document's own copy, and 下载, 查看原文 name none
//! cc         := "抄送" ("：" | ":" | " ") organs
//! printed    := organ date "印发"                       某某办公室  2015年3月10日印发
//! distribution := ("报" | "送" | "发" | "抄报" | "分送" | …) "：" organs   (a bulletin's)
//! ```
//!
//! Each block is looked at once by the scan; the signature looks back at most four blocks, the
//! preamble at most eight: time is linear in the input.

mod attach;
mod date_repair;
mod head;
mod joint;
mod parts;
mod preamble;

pub(crate) use attach::title_wraps;
use attach::{
    attachment_label, download_title, is_download, is_downloads_heading, is_own_copy, list_item,
    split_items, unbracketed, without_extension,
};
pub(crate) use preamble::{amend_from_preamble, take_number_tail};

pub use head::is_head_line;
pub use joint::split_joint;
pub use parts::{
    doc_number, doc_type, formal_title, is_copy_mark, is_organ_line, meta_label, order_mark,
    order_number, organ_items, signer, title_continues, title_continues_before,
};

use crate::text::date::find_date;
use crate::{AttachmentNote, Distribution, DocNumber, Frame, ItemList, Note, Printed, Signature};
use crate::{Span, structure::markers::section_marker};
use parts::{date_line, doc_number_line, is_addressee, valid_date};

fn split_organs(line: &str) -> impl Iterator<Item = String> + '_ {
    line.split([' ', '\u{3000}', '\t'])
        .filter(|p| !p.is_empty())
        .flat_map(|p| {
            // 北京市住房保障办公室北京市保障性住房建设投资中心: joint issuers without a separator.
            if let Some(organs) = split_joint(p) {
                return organs;
            }
            // 财政部、税务总局: a 、 list of whole organ names is several issuers.
            let parts: Vec<&str> = p.split('、').collect();
            if parts.len() > 1 && parts.iter().all(|x| parts::is_whole_organ(x)) {
                parts.into_iter().map(str::to_string).collect()
            } else {
                vec![p.to_string()]
            }
        })
}

/// The 署名 a joint title stands for when the text ends without one: the organ lines printed above
/// 关于…的通知 (`lines`, the blocks the headline was joined from, in order) are the issuers, with no
/// 成文日期; the span covers those lines. Serves joint 通知 and 通报 whose page kept the title but
/// lost (or never printed) the signature block: the issuers are named once, above the title. The
/// organ lines are looked at only while they lead the title, and a one-line title names none.
pub(crate) fn title_issuers(text: &str, lines: &[Span]) -> Option<Signature> {
    let organ_lines: Vec<Span> = lines
        .iter()
        .copied()
        .take_while(|s| is_organ_line(&text[s.range()]))
        .collect();
    // The title itself must follow the organ lines.
    if organ_lines.is_empty() || organ_lines.len() == lines.len() {
        return None;
    }
    let issuers: Vec<String> = organ_lines
        .iter()
        .flat_map(|s| split_organs(text[s.range()].trim()).collect::<Vec<_>>())
        .collect();
    let (first, last) = (organ_lines.first()?, organ_lines.last()?);
    Some(Signature {
        issuers,
        date: None,
        span: Span::new(first.start, last.end),
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

/// How many blocks from the top the 主送 line may stand (after a joint notice's organ lines).
const RECIPIENTS_REACH: usize = 16;

/// Labels of a bulletin's distribution lines.
const DISTRIBUTION_LABELS: &[&str] = &["抄报", "抄送", "分送", "报送", "报", "送", "发"];

/// Reads the frame from a document's blocks; tags each block for the article builder.
/// `links[k]` says whether block `k` links to a document file (a page's download link).
pub(crate) fn scan(text: &str, blocks: &[Span], links: &[bool]) -> (Frame, Vec<Tag>) {
    let mut f = Frame::default();
    // The first lines joined one, two and three at a time, where the headline stands: a
    // download that repeats it is the document's own copy.
    let heads: Vec<String> = blocks
        .iter()
        .take(3)
        .scan(String::new(), |joined, s| {
            joined.push_str(text[s.range()].trim());
            Some(joined.clone())
        })
        .collect();
    let mut tags = vec![Tag::Body; blocks.len()];
    let mut seen_sentence = false;
    let mut signed = false;
    let mut downloads: Vec<AttachmentNote> = Vec::new();
    let mut last_note_item: Option<u32> = None;
    // The block that last added to the 附件说明: its title may wrap onto the next line.
    let mut note_at: Option<usize> = None;
    // A page's information table: a label whose value is on the next line, 成文日期, 发文机关.
    let mut pending: Option<&str> = None;
    let mut table_date: Option<(String, Span)> = None;
    let mut table_issuer: Option<String> = None;
    let mut top_date: Option<Signature> = None;
    // The date a 决议, a law or a work report prints under its title, and the block it stands in.
    let mut head_date: Option<(Signature, usize)> = None;
    // The end of the furthest block scanned so far, in the text.
    let mut printed_to = 0;
    let mut in_order: Option<usize> = None;
    for (k, &span) in blocks.iter().enumerate() {
        let raw = &text[span.range()];
        let line = raw.trim();
        // A block printed above one scanned before it stands above the headline (which heads
        // the blocks): an editor's summary quoted over a 决议's or a report's title, not the
        // body's first sentence. Serves collections of documents that introduce each one.
        let above_headline = span.start < printed_to;
        printed_to = printed_to.max(span.end);
        // The block printed right above this one: the last scanned past such a summary.
        let prev = in_order;
        if !above_headline {
            in_order = Some(k);
        }
        // Where the trimmed line starts: past the leading blanks, with no search (a search for
        // the line in itself costs a pass over it to set up); a blank line leads at 0.
        let lead = span.start
            + if line.is_empty() {
                0
            } else {
                raw.len() - raw.trim_start().len()
            };
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
        // The date line of a 决议, a law or a work report, before the body.
        if !seen_sentence
            && head_date.is_none()
            && let Some((iso, adopted)) = adoption_date(line)
                .map(|d| (d, true))
                .or_else(|| meeting_date(line).map(|d| (d, false)))
        {
            let span = Span::new(lead, lead + line.len());
            let date = Some(iso);
            // A meeting line (——2021年3月5日在…会议上) stays the article's subheadline.
            if adopted {
                tags[k] = Tag::Frame;
            }
            head_date = Some((
                Signature {
                    issuers: Vec::new(),
                    date,
                    span,
                },
                k,
            ));
            continue;
        }
        // The speaker under a work report's meeting line (国务院总理　李克强).
        if let Some((sig, at)) = head_date.as_mut()
            && *at + 1 == k
            && sig.issuers.is_empty()
            && let Some(name) = parts::signer(line)
        {
            sig.issuers.push(name);
            sig.span = Span::new(sig.span.start, lead + line.len());
            tags[k] = Tag::Frame;
            continue;
        }
        // 发文机关标志 and a 发文字号 line before the body; a bare date there is the value of a
        // page's 成文日期 or 发布日期 cell, not a title.
        if !seen_sentence {
            // 公报 and 决议 print the issuer and the date under the title (国家统计局 / 2015年2月
            // 26日): the 成文日期 when the text ends without a 署名 (an adoption in brackets is a
            // head_date, above).
            if let Some((organs, iso)) = date_line(line) {
                let above = prev.filter(|&j| tags[j] == Tag::Body);
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
            // A 令's mark and number (北京市人民政府令（2011）第230号, 第　1　号).
            if let Some(mark) = order_mark(line) {
                f.issuer_mark.get_or_insert(mark);
                tags[k] = Tag::Frame;
                continue;
            }
            if order_number(line) {
                tags[k] = Tag::Frame;
                continue;
            }
            if is_copy_mark(line) {
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
            if let Some(n) = doc_number_line(line) {
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
            // A long 主送 wraps: the lines above that end in ， or 、 begin it.
            let mut from = k;
            while from > 0
                && k - from < 2
                && tags[from - 1] == Tag::Body
                && text[blocks[from - 1].range()]
                    .trim_end()
                    .ends_with(['，', '、', ','])
            {
                from -= 1;
            }
            let whole: String = blocks[from..=k]
                .iter()
                .map(|b| text[b.range()].trim())
                .collect();
            tags[from..=k].fill(Tag::Frame);
            let start = if from < k { blocks[from].start } else { lead };
            f.recipients = Some(ItemList {
                items: organ_items(&whole),
                span: Span::new(start, lead + line.len()),
            });
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
        let linked = links.get(k).copied().unwrap_or(false);
        // An attachment title printed over two lines (附件：1．关于…的 / 实施办法): the line
        // after an unfinished one goes on with it.
        if let Some(a) = f.attachments.last_mut()
            && note_at.is_some_and(|j| j + 1 == k)
            && !linked
            && title_wraps(&a.title, line)
        {
            a.title.push_str(line);
            a.span = Span::new(a.span.start, lead + line.len());
            note_at = Some(k);
            tags[k] = Tag::Frame;
            continue;
        }
        // Download links at the text's end (附件：方案.doc, 1.名单.xls, a 附件下载 heading over
        // them): attachments when the text lists no other, titled by their link text. The
        // document's own copy (…的通知（红头扫描件）.pdf) is none.
        if links.get(k + 1).copied().unwrap_or(false)
            && (seen_sentence || signed)
            && is_downloads_heading(line)
        {
            tags[k] = Tag::Frame;
            continue;
        }
        if linked
            && (seen_sentence || signed)
            && line.chars().nth(100).is_none()
            && !line.contains(['。', '；'])
        {
            if let Some((ordinal, title)) = download_title(line)
                && !is_own_copy(title, &heads)
            {
                downloads.push(AttachmentNote {
                    ordinal,
                    title: title.to_string(),
                    span: Span::new(lead, lead + line.len()),
                });
            }
            tags[k] = Tag::Frame;
            continue;
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
                        // 附件：1.甲 2.乙 on one line: each numbered item is an attachment.
                        let items = split_items(t, n);
                        last_note_item = items.last().and_then(|i| i.0).or(n);
                        if items.len() > 1 {
                            let base = lead + line.find(t).unwrap_or(0);
                            f.attachments.extend(items.into_iter().map(|(o, at, item)| {
                                AttachmentNote {
                                    ordinal: o,
                                    title: item.to_string(),
                                    span: Span::new(base + at, base + at + item.len()),
                                }
                            }));
                        } else {
                            f.attachments.push(note);
                        }
                    } else {
                        last_note_item = Some(0);
                    }
                    note_at = Some(k);
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
                note_at = Some(k);
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
        if !above_headline
            && (line.contains(['。', '；', '！', '？']) || line.ends_with(['：', ':']))
        {
            seen_sentence = true;
        }
    }
    if f.attachments.is_empty() {
        f.attachments = downloads;
    }
    // 附件：1.《某某时间表》: the title is what the marks enclose.
    for a in &mut f.attachments {
        let bare = unbracketed(&a.title);
        if bare.len() < a.title.len() {
            a.title = bare.to_string();
        }
    }
    // No 署名 at the end: the date under the title, or the information table's 发文机关 and
    // 成文日期, stand for it.
    // A date printed under the title of a 决议, a law or a work report is the document's own;
    // a date line further down belongs to what follows it (the next document of a dump).
    if let Some((sig, _)) = head_date {
        f.signature = Some(sig);
    }
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

/// The date of a bracketed adoption line under a 决议's or a law's title:
/// "（2015年3月15日第十二届全国人民代表大会第三次会议通过）".
/// Also the same line without brackets when it ends in 通过 or 批准 (a 规划纲要: "2006年3月14日第
/// 十届全国人民代表大会第四次会议批准"), and a bracketed one naming only the meeting (a 决议:
/// "（1982年3月8日第五届全国人民代表大会常务委员会第二十二次会议）").
fn adoption_date(line: &str) -> Option<String> {
    let line = line.trim_matches(['*', ' ', '\u{3000}']);
    let bracketed = line
        .strip_prefix(['（', '('])
        .and_then(|l| l.strip_suffix(['）', ')']));
    let inner = bracketed.unwrap_or(line);
    let adopted = inner.ends_with("通过") || inner.ends_with("批准");
    if inner.chars().nth(80).is_some()
        || !(adopted || bracketed.is_some() && inner.ends_with("会议"))
    {
        return None;
    }
    let (iso, span) = find_date(inner)?;
    (span.start == 0 && valid_date(&iso)).then_some(iso)
}

/// The date of a work report's or a speech's meeting line under its title: "——2021年3月5日在第
/// 十三届全国人民代表大会第四次会议上", "2020年1月6日在某市第四届人民代表大会第四次会议上".
fn meeting_date(line: &str) -> Option<String> {
    let inner = line
        .trim_matches(['*', ' ', '\u{3000}'])
        .trim_start_matches(['—', '―', '-', '─']);
    if inner.chars().nth(80).is_some() || !inner.ends_with('上') {
        return None;
    }
    let (iso, span) = find_date(inner)?;
    let rest = &inner[span.end..];
    (span.start == 0
        && inner[span.range()].contains('年')
        && rest.starts_with('在')
        && valid_date(&iso))
    .then_some(iso)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut at = 0;
        for line in text.split('\n') {
            out.push(Span::new(at, at + line.len()));
            at += line.len() + 1;
        }
        out
    }

    #[test]
    fn a_bulletin_footer_gives_its_distribution() {
        let text =
            "某市开展活动\n内容。\n报：市委常委，市政府领导\n送：各区县委组织部\n发：本部各处室";
        let (f, tags) = scan(text, &spans(text), &[]);
        let labels: Vec<_> = f.distribution.iter().map(|d| d.label.as_str()).collect();
        assert_eq!(labels, ["报", "送", "发"]);
        assert_eq!(f.distribution[0].items, ["市委常委", "市政府领导"]);
        assert_eq!(
            tags,
            [Tag::Body, Tag::Body, Tag::Frame, Tag::Frame, Tag::Frame]
        );
    }

    #[test]
    fn a_long_run_of_spaces_in_an_attachment_line_is_read_once() {
        let text = format!("通知\n内容。\n附件：1.甲{}2.乙", " ".repeat(200_000));
        let (f, _) = scan(&text, &spans(&text), &[]);
        let titles: Vec<_> = f.attachments.iter().map(|a| a.title.as_str()).collect();
        assert_eq!(titles, ["甲", "乙"]);
    }
}
