//! 附件: the labels of attachments and the items of an attachment list.

use super::parts::{FILE_EXTENSIONS, digits};
use crate::text::chars::arabic_digit;

/// "附件", "附件1", "附件一", "附件1：…": the ordinal and what follows the colon.
pub(super) fn attachment_label(line: &str) -> Option<(Option<u32>, Option<&str>)> {
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
pub(super) fn list_item(s: &str) -> (Option<u32>, &str) {
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
pub(super) fn without_extension(title: &str) -> &str {
    match title.rfind('.') {
        Some(at) if is_download(title) => &title[..at],
        _ => title,
    }
}

pub(super) fn is_download(title: &str) -> bool {
    let t = title.to_ascii_lowercase();
    FILE_EXTENSIONS.iter().any(|e| t.ends_with(e))
}

/// The numbered items of a one-line list "甲 2.乙 3.丙" whose first item is number `first`:
/// (ordinal, byte offset in `s`, title). One item when the line holds no further number.
pub(super) fn split_items(s: &str, first: Option<u32>) -> Vec<(Option<u32>, usize, &str)> {
    let mut out = vec![(first, 0, s)];
    let Some(mut next) = first.map(|n| n + 1) else {
        return out;
    };
    let mut from = 0;
    let mut cut_at = Vec::new();
    let mut prev_space = false;
    for (i, c) in s.char_indices() {
        let space = c.is_whitespace();
        // Each run of spaces is looked past once (the start of the run), so the scan is linear.
        if i < from || !space || std::mem::replace(&mut prev_space, space) {
            prev_space = space;
            continue;
        }
        let rest = s[i + c.len_utf8()..].trim_start_matches([' ', '\u{3000}']);
        if let (Some(n), title) = list_item(rest)
            && n == next
            && !title.is_empty()
        {
            cut_at.push((i, s.len() - title.len(), n));
            next += 1;
            from = s.len() - title.len();
        }
    }
    for (end, start, n) in cut_at {
        if let Some(last) = out.last_mut() {
            last.2 = s[last.1..end].trim_end();
        }
        out.push((Some(n), start, &s[start..]));
    }
    out
}

/// Whether an attachment title stops before its end: on a function word (关于…的, …和, …及, …与,
/// …印发, …对) or inside an open 《…》. Serves 附件说明 whose titles wrap over two lines.
pub(super) fn unfinished(title: &str) -> bool {
    let open = title.matches('《').count() > title.matches('》').count();
    open || ["的", "和", "及", "与", "关于", "印发", "转发", "对"]
        .iter()
        .any(|e| title.ends_with(e))
}

/// Whether an attachment title ends as attachments' titles end: in a 文种 (办法, 通知, 意见) or
/// in the name of a form (…意见表, …申请书, …名单, …目录, …示意图).
pub(super) fn has_form_ending(title: &str) -> bool {
    super::parts::doc_type(title).is_some()
        || [
            "表", "书", "单", "册", "图", "录", "稿", "本", "标准", "说明", "指南", "协议", "合同",
            "格式",
        ]
        .iter()
        .any(|e| super::parts::strip_tail(title).ends_with(e))
}

/// Whether a line can be the rest of a wrapped attachment title: short, no sentence or label
/// marks, no list number of its own.
pub(super) fn continues(line: &str) -> bool {
    !line.is_empty()
        && line.chars().nth(40).is_none()
        && !line.contains(['。', '；', '：', ':', '，'])
        && list_item(line).0.is_none()
        && attachment_label(line).is_none()
}
