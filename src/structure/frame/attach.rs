//! 附件: the labels of attachments and the items of an attachment list.

use super::parts::{FILE_EXTENSIONS, digits};
use crate::text::chars::arabic_digit;

/// "附件", "附件1", "附件一", "附件1：…": the ordinal and what follows the colon.
/// Also "附：《…》" and "附：1.…": the short label 附 names an attachment when a whole title in
/// book-title marks or a numbered list follows it (公文 and 政策解读 pages that append the
/// document they discuss); 附：名词解释 under a work report heads an appendix of its own text.
pub(super) fn attachment_label(line: &str) -> Option<(Option<u32>, Option<&str>)> {
    let line = line.trim();
    if let Some(t) = line
        .strip_prefix('附')
        .and_then(|r| r.strip_prefix(['：', ':']))
        .map(str::trim)
        && (unbracketed(t).len() < t.len() || list_item(t).0.is_some())
    {
        return Some((None, Some(t)));
    }
    let rest = line.strip_prefix("附件")?;
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

/// An attachment title without the book-title marks that enclose it whole: "《某某时间表》" →
/// "某某时间表", "《关于修订〈某合同〉的通知》" → "关于修订〈某合同〉的通知" (the inner marks stay).
/// Marks that close before the end ("《甲》和《乙》", "《某法》实施细则") enclose no whole title.
/// Serves 附件说明, attachment lists and download links that print each title in 《》.
pub(super) fn unbracketed(title: &str) -> &str {
    let Some(inner) = title.strip_prefix('《').and_then(|t| t.strip_suffix('》')) else {
        return title;
    };
    // The opening mark must close at the very end: depth never falls to 0 inside.
    let mut depth = 1usize;
    for c in inner.chars() {
        match c {
            '《' => depth += 1,
            '》' => {
                depth -= 1;
                if depth == 0 {
                    return title;
                }
            }
            _ => {}
        }
    }
    if depth == 1 && !inner.trim().is_empty() {
        inner.trim()
    } else {
        title
    }
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

/// Whether an attachment title goes on over `line`, the next line or block: the title is
/// unfinished (…的, an open 《), or it lacks a form's ending that the line has (…经营场所 /
/// 现场专家审查意见表); and the line is a short title fragment, not a sentence, a numbered item
/// or a date. Serves 附件说明 and attachment labels whose titles wrap over two lines or cells.
pub(crate) fn title_wraps(title: &str, line: &str) -> bool {
    (unfinished(title) || (!has_form_ending(title) && has_form_ending(line)))
        && continues(line)
        && super::parts::date_line(line).is_none()
}

/// A heading over a list of download links: 附件, 附件下载, 相关附件, 附件名称 (a colon may end it).
pub(super) fn is_downloads_heading(line: &str) -> bool {
    let head = line.trim().trim_end_matches(['：', ':']).trim_end();
    [
        "附件",
        "附件下载",
        "下载附件",
        "相关附件",
        "附件名称",
        "附件列表",
        "相关下载",
        "文件下载",
    ]
    .contains(&head)
}

/// The attachment a download link's block names: its ordinal (附件2：…, 2.…) and its title, the
/// link text without the 附件 label, the list number and the file extension. None for a bare
/// label or a link that names no document (下载, 点击此处, 原文).
pub(super) fn download_title(line: &str) -> Option<(Option<u32>, &str)> {
    let (ordinal, rest) = match attachment_label(line) {
        Some((_, None)) => return None,
        Some((ordinal, Some(t))) => (ordinal, t),
        None => (None, line.trim()),
    };
    let (n, title) = list_item(rest);
    let title = without_extension(title).trim();
    // Link words that name no document: 下载, 点击下载, 查看原文, 全文.
    let generic = title
        .chars()
        .all(|c| "点击此处这里下载查看附件原文全文文件本".contains(c));
    (!generic).then_some((ordinal.or(n), title))
}

/// Whether a download's title is the document itself: its headline (one of `heads`, the first
/// lines joined one, two and three at a time), maybe with a bracketed note (…的通知（红头扫描件）,
/// …（PDF版）). Serves notices that link their own scanned or printable copy under the text; a
/// 征求意见 notice titled after the draft it attaches keeps the draft.
pub(super) fn is_own_copy(title: &str, heads: &[String]) -> bool {
    let bare = match title.rfind(['（', '(']) {
        Some(at) if title.ends_with(['）', ')']) => &title[..at],
        _ => title,
    };
    heads.iter().any(|h| h == title || h == bare)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_download_link_names_its_attachment_without_label_number_or_extension() {
        assert_eq!(download_title("附件：报名表.doc"), Some((None, "报名表")));
        assert_eq!(
            download_title("2.大套型优先组.xls"),
            Some((Some(2), "大套型优先组"))
        );
        assert_eq!(
            download_title("附件3：申请表.DOCX"),
            Some((Some(3), "申请表"))
        );
        assert_eq!(download_title("附件"), None);
        assert_eq!(download_title("点击下载"), None);
        assert_eq!(download_title("查看原文"), None);
    }

    #[test]
    fn the_documents_own_copy_is_no_attachment() {
        let heads = ["关于调整施工现场停工范围的通知".to_string()];
        assert!(is_own_copy(
            "关于调整施工现场停工范围的通知（红头扫描件）",
            &heads
        ));
        assert!(!is_own_copy("施工现场停工范围明细表", &heads));
        // A 征求意见 notice titled after the draft keeps the draft.
        let heads = ["《某某验收工作程序》征求意见".to_string()];
        assert!(!is_own_copy("《某某验收工作程序》（征求意见稿）", &heads));
    }

    #[test]
    fn a_title_wraps_onto_a_short_fragment_only() {
        assert!(title_wraps(
            "预拌商品混凝土企业生产经营场所",
            "现场专家审查意见表"
        ));
        assert!(title_wraps("关于加强施工现场管理的", "实施办法"));
        assert!(!title_wraps("某某企业审查意见表", "站点名称"));
        assert!(!title_wraps("某某企业生产经营场所", "2014年10月11日"));
        assert!(!title_wraps(
            "关于加强施工现场管理的",
            "一、检查范围：全市城镇房屋。"
        ));
        assert!(!title_wraps("某某企业生产经营场所", "2.现场审查记录表"));
    }

    #[test]
    fn book_title_marks_round_a_whole_title_go() {
        assert_eq!(unbracketed("《某某时间表》"), "某某时间表");
        assert_eq!(
            unbracketed("《关于修订〈某合同〉的通知》"),
            "关于修订〈某合同〉的通知"
        );
        assert_eq!(
            unbracketed("《甲办法》和《乙办法》"),
            "《甲办法》和《乙办法》"
        );
        assert_eq!(unbracketed("《某法》实施细则"), "《某法》实施细则");
        assert_eq!(unbracketed("《某《甲》方案》"), "某《甲》方案");
        assert_eq!(unbracketed("《"), "《");
        assert_eq!(unbracketed("某某名单"), "某某名单");
    }

    #[test]
    fn a_short_label_names_a_bracketed_title_or_a_list() {
        assert_eq!(
            attachment_label("附：《某某通知》"),
            Some((None, Some("《某某通知》")))
        );
        assert_eq!(
            attachment_label("附：1.某某表"),
            Some((None, Some("1.某某表")))
        );
        assert_eq!(attachment_label("附：名词解释"), None);
        assert_eq!(attachment_label("附近居民"), None);
    }

    #[test]
    fn download_headings_are_labels_over_links() {
        for h in ["附件：", "附件下载", "相关附件:", "附件名称"] {
            assert!(is_downloads_heading(h), "{h}");
        }
        assert!(!is_downloads_heading("附件：报名表"));
    }
}
