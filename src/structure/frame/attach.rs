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
