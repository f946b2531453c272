//! Pages with no article: column indexes, search results, service menus, error and deleted pages,
//! and pages whose text did not survive decoding. What the container choice kept there is stray
//! chrome (a site name, a date, a month picker, a contact line), not a document: such a page gives
//! an empty `text` and a `no_content` diagnostic that says why, which is what a data engineer
//! filtering pages wants (an empty text is one test; stray lines look like a short article).

use super::blocks::Block;

/// Why the content of a page is no article, or `None` when it reads as one.
///
/// - Unreadable: at least half of its characters are U+FFFD (pages damaged before they were
///   saved, every Chinese character lost).
/// - No text: at most [`STRAY_CHARS`] chars in all, not one clause or sentence mark, and no
///   article headline: the leftovers of an index, a menu or an error page ("中国政府网",
///   "2013-11-29", "01月 02月 … 12月", "本网页已删除"). `headline` is the block that repeats
///   `<title>`; on an index page that is the column's name (工作动态, 新闻发布, 机构设置), so only
///   a headline longer than [`COLUMN_NAME`] chars makes the page an article however short its
///   text. One line that is a sentence is an article too.
///
/// ```
/// use jianbao::layout::{lines, listing::no_article};
/// let text = "中国政府网\n2013-11-29";
/// assert!(no_article(text, &lines(text), None).is_some());
/// assert!(no_article(text, &lines(text), Some("新闻发布")).is_some());
/// assert_eq!(no_article(text, &lines(text), Some("商标审查标准")), None);
/// assert_eq!(no_article(text, &lines(text), Some("国务院召开常务会议")), None);
/// let text = "会议决定，明年继续实施。";
/// assert_eq!(no_article(text, &lines(text), None), None);
/// let text = "2014-10-23\n2014-10-22\n2014-10-21\n2014-10-21\n2014-10-20\n2014-10-20";
/// assert!(no_article(text, &lines(text), Some("国务院召开常务会议")).is_some());
/// let text = "\u{fffd}\u{fffd}\u{fffd}\u{fffd}2015\u{fffd}\u{fffd}\u{fffd}\u{fffd}";
/// assert!(no_article(text, &lines(text), Some("国务院召开常务会议")).is_some());
/// ```
pub fn no_article(text: &str, content: &[Block], headline: Option<&str>) -> Option<&'static str> {
    let headline_found = headline.is_some_and(|h| h.chars().nth(COLUMN_NAME).is_some());
    let mut chars = 0usize;
    let mut lost = 0usize;
    let mut marked = false;
    // Whether every line is a date alone: the stamps of a column's picture or story list whose
    // items were links (an index page of www.gov.cn's picture columns keeps only them).
    let mut only_dates = !content.is_empty();
    for b in content {
        let line = text.get(b.span.range()).unwrap_or("");
        only_dates &= super::meta::is_date_only(line);
        for c in line.chars() {
            chars += 1;
            lost += usize::from(c == '\u{fffd}');
            marked |= CLAUSE_MARKS.contains(&c);
        }
    }
    if chars > 0 && lost * 2 >= chars {
        return Some("no article: most of the page's text did not decode (U+FFFD)");
    }
    if chars > 0 && !headline_found && !marked && chars <= STRAY_CHARS {
        return Some("no article: the page holds no headline and no sentence, only stray lines");
    }
    if only_dates {
        return Some("no article: the page holds only dates, the stamps of a list's items");
    }
    None
}

/// Why the content of an HTML page is no article ([`no_article`]), given the text of its headline
/// block (the block that repeats `<title>`) and the head of its `<title>` (the title without its
/// site name, as `html::page_title_head` cuts it).
///
/// A headline that repeats the site's name in `<title>` (…_中国政府网, the title of a site's
/// column and index pages) heads no article: only one that the title's head contains counts as
/// the page's headline.
///
/// ```
/// use jianbao::layout::{lines, listing::page_no_article};
/// let text = "中国政府网\n2013-11-29";
/// let head = Some("国务院召开常务会议");
/// assert_eq!(page_no_article(text, &lines(text), Some("国务院召开常务会议"), head), None);
/// assert!(page_no_article(text, &lines(text), Some("国务院召开常务会议"), None).is_some());
/// assert!(page_no_article(text, &lines(text), Some("中国政府网首页"), head).is_some());
/// ```
pub fn page_no_article(
    text: &str,
    content: &[Block],
    headline: Option<&str>,
    title_head: Option<&str>,
) -> Option<&'static str> {
    let head = headline.filter(|h| title_head.is_some_and(|t| t.contains(h)));
    no_article(text, content, head)
}

/// How many chars of stray lines a page with no article may leave in its content.
pub const STRAY_CHARS: usize = 60;

/// How many chars the name of a column (an index page's heading) has at most.
pub const COLUMN_NAME: usize = 4;

/// Marks that only a sentence or a clause of Chinese has. Full-width only: the half-width ones
/// also end the script fragments that leak into a page's text (`"));`).
const CLAUSE_MARKS: &[char] = &['。', '，', '；', '！', '？'];
