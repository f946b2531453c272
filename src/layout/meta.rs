//! Date and author from metadata lines (发布时间：2010-06-01 来源：… 作者：…).

use super::blocks::Block;
use super::segment::{Chrome, Segments};
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

/// The date of a short line without sentence marks right under the headline (or just above it),
/// wherever the container choice put that line: "2023-12-01 14:43", "本文来源于北京商报　2024-05-20".
pub(crate) fn dateline_near(text: &str, blocks: &[Block], headline: usize) -> Option<String> {
    let after = headline + 1..(headline + 1 + DATELINE_REACH).min(blocks.len());
    let before = (headline.saturating_sub(3)..headline).rev();
    after.chain(before).find_map(|i| {
        let line = text.get(blocks[i].span.range())?;
        (line.chars().nth(60).is_none() && !line.contains(['，', '。']))
            .then(|| date_in(line))
            .flatten()
    })
}

/// How many blocks under the headline a dateline may stand.
const DATELINE_REACH: usize = 12;

/// The date and author stated in the page's metadata lines.
pub(crate) fn metadata(text: &str, seg: &Segments) -> (Option<String>, Option<String>) {
    let mut date = None;
    let mut author = None;
    for (b, kind) in &seg.chrome {
        if *kind == Chrome::Meta || *kind == Chrome::Prompt {
            let line = &text[b.span.range()];
            date = date.or_else(|| date_in(line));
            author = author.or_else(|| author_in(line));
        }
    }
    (date, author)
}
