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
