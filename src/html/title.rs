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
/// assert_eq!(page_title_head("法规--中国政府网"), "法规");
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
    // A doubled hyphen before the site's name ("法规--中国政府网") is one cut.
    let before = before.trim_end_matches(['-', '－']);
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

/// Whether a line is a site's name and nothing more (中国政府网, 某某市人民政府门户网站, 新浪网):
/// at most 30 characters, no space or clause mark, ending as site names end. Serves the banners
/// of portal templates, which repeat the site's name that their `<title>` also holds.
///
/// ```
/// use jianbao::html::title::is_site_name;
/// assert!(is_site_name("中国政府网"));
/// assert!(is_site_name(" 某某市住房和城乡建设委员会门户网站 "));
/// assert!(!is_site_name("某市召开新闻发布会，通报上半年经济运行情况 某某网"));
/// assert!(!is_site_name("发展规划"));
/// ```
pub fn is_site_name(line: &str) -> bool {
    let line = line.trim();
    line.chars().nth(30).is_none()
        && !line.contains(|c: char| c.is_whitespace() || "，。、；：,;:".contains(c))
        && SITE_ENDINGS.iter().any(|e| line.ends_with(e))
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
/// assert!(!is_generic_title("泡湯半小時 男大生燙傷腳 | 蘋果日報"));
/// assert!(is_generic_title("新闻中心 正文 某某网"));
/// assert!(!is_generic_title(""));
/// ```
pub fn is_generic_title(title: &str) -> bool {
    let is_site =
        |w: &str| w.chars().nth(30).is_none() && SITE_ENDINGS.iter().any(|e| w.ends_with(e));
    let is_label = |w: &str| {
        w.chars().nth(GENERIC_PART).is_none()
            && !w.chars().any(|c| {
                c.is_ascii_digit() || crate::text::chars::is_cn_numeral(c) || !(c.is_alphanumeric())
            })
    };
    !title.trim().is_empty()
        && title
            .split(['>', '＞', '-', '－', '_', '|', '｜', '—', '–'])
            .all(|part| {
                let words = part.split_whitespace();
                // News headlines of Taiwan and Hong Kong papers set their clauses apart with a
                // space (泡湯半小時 男大生燙傷腳 | 蘋果日報): two clause-long words side by side
                // make a headline, where a label stands alone beside a site's name.
                let clauses = words.clone().filter(|w| w.chars().nth(3).is_some()).count();
                words.clone().all(|w| is_site(w) || is_label(w))
                    && (clauses < 2 || words.filter(|w| !is_site(w)).count() < 2)
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
    if (i > 0 && row_of(i - 1) == Some(row)) || row_of(i + 1) == Some(row) {
        return true;
    }
    // A cell whose row mate holds no text but a form control (建设地址 beside its <input>, the
    // search forms over the data tables of government portals): nodes stand in document order,
    // so the row's cells are the nodes of its subtree whose parent it is.
    let (Some(cell), Some(row_node)) = (
        page.blocks.get(i).map(|b| b.node as usize),
        page.nodes.get(row as usize),
    ) else {
        return false;
    };
    let in_row = |k: &usize| page.nodes[*k].depth > row_node.depth;
    let mate = |k: usize| page.nodes[k].parent == row && page.nodes[k].table == TableRole::Cell;
    let after = (cell + 1..page.nodes.len()).take_while(in_row).any(mate);
    after || (row as usize + 1..cell).any(mate)
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

/// The labels of a detail page's column that end many breadcrumbs (首页 > 新闻 > 正文): the
/// templates' own words for "the page you are on", never a page's name.
const CRUMB_LABELS: &[&str] = &[
    "正文",
    "内容",
    "详细",
    "详情",
    "详细内容",
    "详细信息",
    "内容页",
    "正文内容",
    "新闻详情",
    "文章详情",
    "信息详情",
    "查看",
    "阅读",
    "浏览",
    "当前位置",
    "首页",
];

/// How the names of a portal's columns end (新闻中心, 政务动态, 国内新闻, 最新专题): where the
/// breadcrumb's segmentation dropped the page's label (正文), its last item is the column.
const COLUMN_ENDINGS: &[&str] = &[
    "中心", "新闻", "动态", "频道", "栏目", "专题", "资讯", "要闻", "信息", "列表",
];

/// The page's name in its breadcrumb, for a page whose `<title>` is only the site's name and
/// whose text names it nowhere else (新浪网 over 关于新浪 > 知识产权声明): the breadcrumb's last
/// item, when it is a name and not the column's label (正文, 详细内容), a site's name or a date.
///
/// Serves the static pages of portals (声明, 简介, 联系方式 pages) whose template prints the
/// site's name as the title and the page's name only at the end of the breadcrumb.
///
/// ```
/// use jianbao::html::title::breadcrumb_headline;
/// let crumbs = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
/// assert_eq!(breadcrumb_headline(&crumbs(&["关于新浪", "知识产权声明"])), Some("知识产权声明"));
/// assert_eq!(breadcrumb_headline(&crumbs(&["新闻中心", "正文"])), None);
/// assert_eq!(breadcrumb_headline(&crumbs(&["首页", "新闻中心"])), None);
/// assert_eq!(breadcrumb_headline(&crumbs(&["首页", "2014-10-22"])), None);
/// assert_eq!(breadcrumb_headline(&crumbs(&["首页", "中国政府网"])), None);
/// assert_eq!(breadcrumb_headline(&[]), None);
/// ```
pub fn breadcrumb_headline(crumbs: &[String]) -> Option<&str> {
    let last = crumbs.last()?.trim();
    let chars = last.chars().count();
    ((2..=30).contains(&chars)
        && !CRUMB_LABELS.contains(&last)
        && !COLUMN_ENDINGS.iter().any(|e| last.ends_with(e))
        && !is_site_name(last)
        && !last.contains(|c: char| c.is_ascii_digit() || "，。；：,;:>".contains(c)))
    .then_some(last)
}

/// A title without the column and site that follow its headline, where the column is the
/// breadcrumb's last item: "石景山房屋登记大厅窗口－某某窗口创先争优活动－某某委员会门户网站" over
/// the breadcrumb 专题专栏 > 某某窗口创先争优活动 gives "石景山房屋登记大厅窗口", and so does the
/// title without its site. The title is kept whole unless its last hyphen-joined part, past a
/// site's name, is the breadcrumb's last item.
///
/// Serves the portal templates that title a page "headline－column－site" with a column (a
/// special topic's name) too long, or too punctuated, to be told from the headline by its shape.
///
/// ```
/// use jianbao::html::title::without_crumb_column;
/// let crumbs = vec!["专题专栏".to_string(), "“树形象、促服务”——窗口创先争优活动".to_string()];
/// let title = "石景山房屋登记大厅窗口－“树形象、促服务”——窗口创先争优活动－某某委员会门户网站";
/// assert_eq!(without_crumb_column(title, &crumbs), "石景山房屋登记大厅窗口");
/// assert_eq!(without_crumb_column("某市开展活动－某某网", &crumbs), "某市开展活动－某某网");
/// assert_eq!(without_crumb_column(title, &[]), title);
/// let cut = "石景山房屋登记大厅窗口－“树形象、促服务”——窗口创先争优活动";
/// assert_eq!(without_crumb_column(cut, &crumbs), "石景山房屋登记大厅窗口");
/// ```
pub fn without_crumb_column<'a>(title: &'a str, crumbs: &[String]) -> &'a str {
    let Some(column) = crumbs
        .last()
        .map(|c| c.trim())
        .filter(|c| c.chars().nth(1).is_some())
    else {
        return title;
    };
    // The site's name may already be cut (page_title_head cuts a short one).
    let rest = match title.rsplit_once(['-', '－']) {
        Some((before, site)) if is_site_name(site) => before.trim_end(),
        _ => title,
    };
    match rest.strip_suffix(column).map(str::trim_end) {
        Some(head) if head.ends_with(['-', '－']) => {
            let head = head.trim_end_matches(['-', '－']).trim_end();
            if head.is_empty() { title } else { head }
        }
        _ => title,
    }
}
