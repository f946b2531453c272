//! A page's `<title>` and its head: the title without the site's name; a title that names
//! nothing, and the headline of such a page.

use crate::html::markup::PageText;

/// A page title without the site's name: "宇航员…后果很严重 _探索者 _光明网" → "宇航员…后果很严重".
///
/// ```
/// use jianbao::html::page_title_head;
/// assert_eq!(page_title_head("海外留学生看两会_教育频道_中国青年网"), "海外留学生看两会");
/// assert_eq!(page_title_head("某市开展活动 - 某某网"), "某市开展活动");
/// assert_eq!(page_title_head("只有标题"), "只有标题");
/// assert_eq!(page_title_head("有英勇的你，才有英雄的城！-新华网"), "有英勇的你，才有英雄的城！");
/// assert_eq!(page_title_head("2010-2011年度工作总结"), "2010-2011年度工作总结");
/// assert_eq!(page_title_head("证书作废公告（朝阳区）－房屋登记管理－北京市住房和城乡建设委员会门户网站"), "证书作废公告（朝阳区）");
/// assert_eq!(page_title_head("2010-2011年度工作总结-某某市教育局"), "2010-2011年度工作总结-某某市教育局");
/// ```
pub fn page_title_head(title: &str) -> String {
    let cut = [" - ", " – ", " — ", "_", "|", "｜", " :: "]
        .iter()
        .filter_map(|sep| title.find(sep))
        .filter(|&at| at > 0)
        .min()
        .unwrap_or(title.len());
    let head = title[..cut].trim();
    let is_site = |s: &str, max: usize| {
        s.chars().nth(max).is_none() && SITE_ENDINGS.iter().any(|e| s.trim().ends_with(e))
    };
    let Some((before, site)) = head.rsplit_once(['-', '－']) else {
        return head.to_string();
    };
    if before.trim().is_empty() {
        return head.to_string();
    }
    // "标题-新华网": a hyphen with no spaces cuts only before a short site name.
    if is_site(site, 12) {
        return before.trim().to_string();
    }
    // Portal titles "标题－栏目－北京市住房和城乡建设委员会门户网站": a site name of any usual length
    // counts when a short column name (no clause mark) stands between it and the headline.
    match before.rsplit_once(['-', '－']) {
        Some((headline, column))
            if is_site(site, 30)
                && !headline.trim().is_empty()
                && column.chars().nth(10).is_none()
                && !column.contains(['，', '。', '、']) =>
        {
            headline.trim().to_string()
        }
        _ => head.to_string(),
    }
}

/// How the names of Chinese news sites end (新华网, 人民日报, 央视新闻, 教育频道).
const SITE_ENDINGS: &[&str] = &[
    "网",
    "网站",
    "报",
    "新闻",
    "频道",
    "在线",
    "门户",
    "客户端",
    ".com",
    ".cn",
    ".net",
];

/// The longest title part that still names nothing: a CMS's label (详细信息, 正文, 新闻详情,
/// 无标题文档) or a column's name (政务动态, 辟谣文章). Serves the generic titles of government
/// and portal CMS templates; a headline runs longer (seven characters make a news title:
/// 某市开展主题活动), or carries a number.
const GENERIC_PART: usize = 6;

/// Whether a page's `<title>` names nothing the page is about, so that no block repeating it can
/// be the headline: every part of it (cut at `>`, `-`, `_`, `|` and spaces) is either a short
/// label with no digit, quote or clause mark (详细信息, 内容页, 信息公开, a column's name) or a
/// site's name (…网, …网站, …门户). A page with no title is left to the other rules: it has
/// none to judge.
///
/// Serves the detail pages of government and portal CMS templates, whose `<title>` is the
/// template's label, the site's name, or the site and its column path; a title with a number
/// (a period, an issue, a date) or a part longer than a label is an article's title.
///
/// ```
/// use jianbao::html::title::is_generic_title;
/// assert!(is_generic_title("详细信息"));
/// assert!(is_generic_title("某某市住房和城乡建设委员会门户网站 > 信息公开 > 政务动态"));
/// assert!(is_generic_title("-某某历史网"));
/// assert!(!is_generic_title("某市开展安全生产大检查 - 某某网"));
/// assert!(!is_generic_title("2011中超转会_国内足球_新浪网"));
/// assert!(!is_generic_title("突发！新疆地震"));
/// assert!(!is_generic_title(""));
/// ```
pub fn is_generic_title(title: &str) -> bool {
    !title.trim().is_empty()
        && title
            .split(|c: char| {
                c.is_whitespace()
                    || matches!(c, '>' | '＞' | '-' | '－' | '_' | '|' | '｜' | '—' | '–')
            })
            .filter(|p| !p.is_empty())
            .all(|part| {
                let site = part.chars().nth(30).is_none()
                    && SITE_ENDINGS.iter().any(|e| part.ends_with(e));
                let label = part.chars().nth(GENERIC_PART).is_none()
                    && !part.chars().any(|c| {
                        c.is_ascii_digit()
                            || crate::text::chars::is_cn_numeral(c)
                            || !(c.is_alphanumeric())
                    });
                site || label
            })
}

/// How many blocks above the main text's first block the headline of an untitled page may stand
/// (its 来源/发布时间 line, a share bar or an empty cell between them).
const UNTITLED_REACH: usize = 4;

/// How many blocks above the main text's first block an `<h1>` headline may stand.
const H1_REACH: usize = 12;

/// The longest 来源/发布时间 line between an untitled page's headline and its text.
const SOURCE_LINE: usize = 100;

/// Whether block `i` is a cell beside another cell of its row (a data table's header or entry,
/// not a layout table's title cell, which stands alone in its row).
fn in_table_row(page: &PageText, i: usize) -> bool {
    use crate::html::markup::TableRole;
    let row_of = |j: usize| {
        let node = page.nodes.get(page.blocks.get(j)?.node as usize)?;
        (node.table == TableRole::Cell).then_some(node.parent)
    };
    let Some(row) = row_of(i) else {
        return false;
    };
    (i > 0 && row_of(i - 1) == Some(row)) || row_of(i + 1) == Some(row)
}

/// The headline of a page whose `<title>` names nothing ([`is_generic_title`]): the heading-like
/// block just above the first block of the main text (`main`, from
/// [`crate::html::main_blocks`]), over a 来源/发布时间 line where there is one; else that first
/// block itself when it reads as a headline and a source line or a paragraph follows it. Never a
/// link (navigation), a line of page chrome, a section heading (一、总体情况) or a date.
/// `heading_like` says whether a line's shape is a title's (the structure parser's test, given
/// by the caller so that this stage does not depend on that one).
///
/// Serves the detail pages of government CMS templates (a `td#CInfoTitle` cell over the
/// 来源/发布时间 row, then the `TRS_Editor` body) and of portals that print the headline in a
/// plain cell or `<div>` outside the element the text is in.
///
/// ```
/// use jianbao::html::{html_to_blocks, main_blocks, title::untitled_headline};
/// let page = html_to_blocks(
///     "<title>详细信息</title><div><a href=/>首页</a> > <a href=/x>政务动态</a></div>\
///      <table><tr><td>某市重点工程建设进展情况</td></tr><tr><td>来源：　发布时间：2014-09-22</td></tr>\
///      <tr><td><div class=content><p>一、总体情况</p><p>全年重点工程220项，其中续建130项，计划新开工90项。</p>\
///      <p>前8个月实现新开工程36项，占年度开工计划的40%。</p></div></td></tr></table>",
/// );
/// let main = main_blocks(&page, None);
/// let heading_like = jianbao::structure::sentence::is_heading_like;
/// assert_eq!(untitled_headline(&page, &main, heading_like), Some(1));
/// ```
pub fn untitled_headline(
    page: &PageText,
    main: &[bool],
    heading_like: impl Fn(&str) -> bool,
) -> Option<usize> {
    let (text, blocks) = (page.text.as_str(), page.blocks.as_slice());
    let first = main.iter().position(|&m| m)?;
    let line = |i: usize| text.get(blocks.get(i)?.span.range());
    let reads_as_headline = |i: usize| {
        let (Some(b), Some(l)) = (blocks.get(i), line(i)) else {
            return false;
        };
        let chars = l.chars().count();
        chars >= 4
            // A headline is no link, but for a linked heading element (a blog's permalink).
            && (b.link_chars == 0 || (b.heading > 0 && b.link_chars >= chars))
            && heading_like(l)
            // A labelled line (图注：…, 来源：…) is a caption or metadata, not a title.
            && !l.contains(['：', ':'])
            && crate::layout::segment::classify(l).is_none()
            && crate::text::markers::section_marker(l).is_none()
            && !crate::layout::meta::is_date_only(l)
            && !in_table_row(page, i)
    };
    // A 来源/发布时间/浏览次数 line between the headline and the text: a short line with no
    // full stop that is page metadata or states a date.
    let is_source_line = |i: usize| {
        line(i).is_some_and(|l| {
            l.chars().nth(SOURCE_LINE).is_none()
                && !l.contains('。')
                && (matches!(
                    crate::layout::segment::classify(l),
                    Some(crate::layout::Chrome::Meta)
                ) || crate::layout::meta::date_in(l).is_some()
                    || crate::layout::meta::is_date_only(l))
        })
    };
    // An <h1> a little above the text is the page's headline, over the labels of a toolbar or
    // a byline between them (forum and blog templates).
    let h1 = (first.saturating_sub(H1_REACH)..first)
        .rev()
        .find(|&i| blocks[i].heading == 1 && reads_as_headline(i));
    if h1.is_some() {
        return h1;
    }
    for i in (first.saturating_sub(UNTITLED_REACH)..first).rev() {
        if is_source_line(i) {
            continue;
        }
        if reads_as_headline(i) {
            return Some(i);
        }
        break;
    }
    // The main text starts with its own headline: a paragraph or a source line must follow it.
    let followed =
        is_source_line(first + 1) || line(first + 1).is_some_and(|l| l.contains(['，', '。']));
    (reads_as_headline(first) && followed).then_some(first)
}
