//! A page's `<title>` and its head: the title without the site's name.

/// A page title without the site's name: "宇航员…后果很严重 _探索者 _光明网" → "宇航员…后果很严重".
///
/// ```
/// use jianbao::html::page_title_head;
/// assert_eq!(page_title_head("海外留学生看两会_教育频道_中国青年网"), "海外留学生看两会");
/// assert_eq!(page_title_head("某市开展活动 - 某某网"), "某市开展活动");
/// assert_eq!(page_title_head("只有标题"), "只有标题");
/// assert_eq!(page_title_head("有英勇的你，才有英雄的城！-新华网"), "有英勇的你，才有英雄的城！");
/// assert_eq!(page_title_head("2010-2011年度工作总结"), "2010-2011年度工作总结");
/// ```
pub fn page_title_head(title: &str) -> String {
    let cut = [" - ", " – ", " — ", "_", "|", "｜", " :: "]
        .iter()
        .filter_map(|sep| title.find(sep))
        .filter(|&at| at > 0)
        .min()
        .unwrap_or(title.len());
    let head = title[..cut].trim();
    // "标题-新华网": a hyphen with no spaces cuts only before a short site name.
    match head.rsplit_once(['-', '－']) {
        Some((before, site))
            if !before.trim().is_empty()
                && site.chars().nth(12).is_none()
                && SITE_ENDINGS.iter().any(|e| site.trim().ends_with(e)) =>
        {
            before.trim().to_string()
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
