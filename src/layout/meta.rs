//! Date and author from metadata lines (发布时间：2010-06-01 来源：… 作者：…).

use crate::text::date::find_date;

/// Labels before an author's name.
const AUTHOR_LABELS: &[&str] = &[
    "作者：",
    "作者:",
    "作者 ",
    "记者：",
    "记者:",
    "文/",
    "撰稿：",
    "撰稿人：",
    "文：",
    "通讯员：",
];

/// The author named in a metadata line.
///
/// ```
/// use jianbao::layout::meta::author_in;
/// assert_eq!(author_in("来源：浙江在线 作者：王小明 编辑：李"), Some("王小明".to_string()));
/// assert_eq!(author_in("来源：浙江在线"), None);
/// ```
pub fn author_in(line: &str) -> Option<String> {
    let label = AUTHOR_LABELS.iter().find(|l| line.contains(*l))?;
    let at = line.find(label)? + label.len();
    let name: String = line[at..]
        .trim_start()
        .chars()
        .take_while(|c| {
            !c.is_whitespace()
                && !matches!(
                    c,
                    '　' | '|' | '｜' | '，' | ',' | '；' | ';' | '（' | '(' | '】' | ']'
                )
        })
        .take(20)
        .collect();
    (!name.is_empty()).then_some(name)
}

/// The date stated in a metadata line, as `YYYY-MM-DD`.
///
/// ```
/// use jianbao::layout::meta::date_in;
/// assert_eq!(date_in("发布时间：2010年06月01日 09:30"), Some("2010-06-01".to_string()));
/// ```
pub fn date_in(line: &str) -> Option<String> {
    find_date(line).map(|d| d.0)
}
