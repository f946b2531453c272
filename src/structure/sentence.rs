//! Sentences and titles.

/// Whether `c` ends a sentence.
pub fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '!' | '？' | '?')
}

/// The byte length of the first sentence of `text`, its closing mark included; the whole text when
/// no mark closes it.
///
/// ```
/// use jianbao::structure::sentence::first_sentence_len;
/// assert_eq!(first_sentence_len("甲乙。丙"), "甲乙。".len());
/// assert_eq!(first_sentence_len("甲乙"), "甲乙".len());
/// ```
pub fn first_sentence_len(text: &str) -> usize {
    text.char_indices()
        .find(|(_, c)| ends_sentence(*c))
        .map_or(text.len(), |(i, c)| i + c.len_utf8())
}

/// The title of a section or point: its first sentence without the closing mark (or a closing
/// colon or comma), trimmed.
///
/// ```
/// use jianbao::structure::sentence::title_of;
/// assert_eq!(title_of("畅通群众诉求“三种渠道”，让群众成为活动的“建言人”。一是…"), "畅通群众诉求“三种渠道”，让群众成为活动的“建言人”");
/// assert_eq!(title_of("加强领导："), "加强领导");
/// ```
pub fn title_of(text: &str) -> &str {
    let s = &text[..first_sentence_len(text)];
    s.trim_end_matches(|c: char| {
        ends_sentence(c) || matches!(c, '：' | ':' | '；' | ';' | '，' | ',') || c.is_whitespace()
    })
    .trim_start()
}

/// Whether a block reads as a heading: short, with no sentence-closing or clause mark at its end.
///
/// ```
/// use jianbao::structure::sentence::is_heading_like;
/// assert!(is_heading_like("慈溪市构建群众参与机制"));
/// assert!(!is_heading_like("创先争优活动中，慈溪市着力构建群众全程参与的工作机制。"));
/// ```
pub fn is_heading_like(text: &str) -> bool {
    let last = text.chars().next_back().unwrap_or('。');
    !text.is_empty()
        && text.chars().nth(50).is_none()
        && !ends_sentence(last)
        && !matches!(last, '，' | ',' | '；' | ';' | '、' | '：' | ':')
        && {
            let inner_stops = text.chars().filter(|c| ends_sentence(*c)).count();
            inner_stops == 0
        }
}

/// Whether a line is an official document's title however long it runs: a formal title (关于…,
/// …公报, …决议) that ends in a 文种 and holds no sentence or clause mark. Serves 公文 whose titles
/// pass 50 characters (an NPC 决议 naming the plan and the report it approves, a joint notice of
/// several ministries), which [`is_heading_like`] leaves out as too long.
///
/// ```
/// use jianbao::structure::sentence::is_document_title;
/// assert!(is_document_title("第十二届全国人民代表大会第三次会议关于2014年国民经济和社会发展计划执行情况与2015年国民经济和社会发展计划的决议"));
/// assert!(!is_document_title("会议审查了国务院提出的关于2014年国民经济和社会发展计划执行情况的报告。"));
/// assert!(!is_document_title("某市开展活动"));
/// ```
pub fn is_document_title(line: &str) -> bool {
    use crate::structure::frame::{doc_type, formal_title};
    line.chars().nth(120).is_none()
        && !line.contains(['。', '！', '？', '；', '，', '：', ';', ':'])
        && formal_title(line)
        && doc_type(line).is_some()
}
