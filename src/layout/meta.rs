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
    plausible_author(&name).then_some(name)
}

/// Whether `name` can be an author's name: one to 40 chars, none of them markup or code (`<`,
/// `>`, `=`, quotes, braces, a backslash), not a web address, and not only digits and signs.
/// Serves pages whose author slot a template filled with an attribute or a script string
/// (`<meta name=author content="<a href=…>">`, `作者：" + author + "`).
///
/// ```
/// use jianbao::layout::meta::plausible_author;
/// assert!(plausible_author("王小明"));
/// assert!(plausible_author("John Smith"));
/// assert!(!plausible_author("<a href='/u/1'>张三</a>"));
/// assert!(!plausible_author("class=\"name\""));
/// assert!(!plausible_author("http://www.example.com"));
/// assert!(!plausible_author("2010-06-01"));
/// assert!(!plausible_author(""));
/// ```
pub fn plausible_author(name: &str) -> bool {
    let name = name.trim();
    let chars = name.chars().count();
    (1..=40).contains(&chars)
        && !name.contains(['<', '>', '=', '"', '\'', '{', '}', '\\', '“', '”'])
        && !name.contains("://")
        && !name.to_ascii_lowercase().starts_with("www.")
        && name.chars().any(char::is_alphabetic)
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
