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
    find_date(line).map(|d| d.0).filter(|d| plausible_date(d))
}

/// Whether a `YYYY-MM-DD` date can be a web page's: a real calendar day (no 2月30日), in 1990 or
/// later. Serves templates that print the epoch or a zero date for a missing one
/// (`<meta name=publishdate content=1970-01-01>`), and old dates a line cites.
///
/// ```
/// use jianbao::layout::meta::plausible_date;
/// assert!(plausible_date("2012-02-29"));
/// assert!(!plausible_date("2011-02-29"));
/// assert!(!plausible_date("2010-04-31"));
/// assert!(!plausible_date("1970-01-01"));
/// assert!(!plausible_date("2010-6-1"));
/// ```
pub fn plausible_date(ymd: &str) -> bool {
    let mut parts = ymd.split('-');
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    if (y.len(), m.len(), d.len()) != (4, 2, 2) {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return false;
    };
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    };
    y >= FIRST_WEB_YEAR && (1..=days).contains(&d)
}

/// The first year a Chinese web page can date itself.
const FIRST_WEB_YEAR: u32 = 1990;
