//! Lines a machine wrote, not an author: a server's error pages and the labels, buttons and
//! counters of a page's interface (分享, 收藏 12, 浏览 (640), 8条评论, 3天前).

use crate::text::chars::{arabic_digit, is_han};

/// HTTP status lines the scraper saved instead of the page ("404 Not Found", "502 Bad Gateway").
const STATUS_PHRASES: &[&str] = &[
    "not found",
    "forbidden",
    "bad gateway",
    "bad request",
    "internal server error",
    "service unavailable",
    "service temporarily unavailable",
    "gateway timeout",
    "gateway time-out",
    "moved permanently",
    "access denied",
];

/// A line with no Chinese in it that a server wrote, not an author: an HTTP status
/// ("404 Not Found") or a server signature ("ZJOL/1.24.96", "nginx/1.18.0"). Other English lines (code in a forum post,
/// a URL, an English sentence) are text.
///
/// ```
/// use jianbao::layout::boilerplate::is_server_junk;
/// assert!(is_server_junk("404 Not Found"));
/// assert!(is_server_junk("nginx/1.18.0 (Ubuntu)"));
/// assert!(!is_server_junk("npm i -g depcheck"));
/// assert!(!is_server_junk("https://example.org/info/20"));
/// ```
pub fn is_server_junk(line: &str) -> bool {
    if line.chars().any(is_han) || !line.bytes().any(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    let lower = line.to_ascii_lowercase();
    STATUS_PHRASES.iter().any(|p| lower.contains(p))
        || line.split_whitespace().any(is_server_signature)
}

/// The notice in a portal's footer that recommends a browser and a screen resolution
/// ("推荐使用IE 6.0以上版本浏览器，1024*768或更高分辨率"): site chrome on government and
/// news portals of the 2000s and 2010s, never a sentence of an article (an article about screens
/// names a resolution, not the reader's browser with it).
///
/// ```
/// use jianbao::layout::boilerplate::is_browser_notice;
/// assert!(is_browser_notice("推荐使用Internet Explorer 6.0 以上版本Web浏览器，1024*768或更高分辨率"));
/// assert!(is_browser_notice("建议使用1024×768分辨率，IE8.0以上浏览器浏览本站"));
/// assert!(!is_browser_notice("这款手机屏幕分辨率为1080*2400，续航更长。"));
/// ```
pub fn is_browser_notice(line: &str) -> bool {
    line.chars().nth(BROWSER_NOTICE_CHARS).is_none()
        && line.contains("浏览器")
        && line.contains("分辨率")
}

/// How long a browser notice can be (chars).
const BROWSER_NOTICE_CHARS: usize = 80;

/// `Name/1.2` (a product and a dotted version): the signature a server puts under its errors.
fn is_server_signature(token: &str) -> bool {
    let Some((name, version)) = token.split_once('/') else {
        return false;
    };
    name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        && version.starts_with(|c: char| c.is_ascii_digit())
        && version.contains('.')
        && version.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

/// Buttons and labels that stand alone on a line of a page's interface.
const ACTIONS: &[&str] = &[
    "分享",
    "收藏",
    "点赞",
    "举报",
    "转发",
    "回复",
    "评论",
    "浏览",
    "关注",
    "私信",
    "写回答",
    "关注问题",
    "邀请回答",
    "只看楼主",
    "仅看楼主",
    "倒序看帖",
    "手机查看",
    "添加评论",
    "更多回答",
    "阅读全文",
    "展开阅读全文",
    "展开全文",
    "查看全文",
    "只看该作者",
    "倒序浏览",
    "正序浏览",
    "全部评论",
    "最热",
    "最新",
    "表情",
    "打赏",
    "复制链接",
    "展开",
    "收起",
    "取消",
    "提交",
    "赞同",
    "反对",
    "编辑",
    "删除",
    "引用",
    "置顶",
    "没有更多了",
    "加载更多",
    "查看更多",
    "暂无评论",
    "暂无内容",
    "楼主",
    "沙发",
    "板凳",
    "等人赞过",
    "人赞过",
    // A video player's controls.
    "播放",
    "暂停",
    "重播",
    "全屏",
    "退出全屏",
    "静音",
    "倍速",
    "画质",
    "清晰度",
    "高清",
    "超清",
    "标清",
    "流畅",
    "蓝光",
    "直播",
    "弹幕",
    "字幕",
    "循环播放",
    "跳过片头",
    "跳过广告",
    "设置成功",
    "立即刷新",
    "帮助反馈",
    "广告",
];

/// Words that label a count (粉丝 31, 86 文章, 5条): interface only with a number beside them.
const COUNTED: &[&str] = &[
    "文章", "粉丝", "获赞", "访问", "排名", "积分", "帖子", "主题", "精华", "喜欢", "声望", "威望",
    "经验", "金币", "贡献", "阅读", "点击", "赞", "踩", "楼",
];

/// The units of a "time ago" stamp (3天前, 10月前).
const AGO_UNITS: &[&str] = &["秒", "分钟", "小时", "天", "周", "个月", "月", "年"];

/// Digits, brackets and separators around interface words, in either width (the line has lost
/// its spaces before it gets here).
fn is_filler(c: char) -> bool {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        c => c,
    };
    c.is_ascii_digit()
        || matches!(
            c,
            '(' | ')' | '[' | ']' | '【' | '】' | '|' | '丨' | '·' | '/' | ':' | '.' | '+'
        )
}

/// A short line made of interface words, counts and "time ago" stamps only: "分享", "收藏 12",
/// "浏览 (640)", "8条评论", "1 点赞 · 0 评论", "3天前", "83 |". A lone number is not one (a table
/// cell holds numbers), nor is a line with any other word.
///
/// ```
/// use jianbao::layout::boilerplate::is_interface_label;
/// assert!(is_interface_label("浏览 (640)"));
/// assert!(is_interface_label("8条评论"));
/// assert!(is_interface_label("1 点赞 · 0 评论"));
/// assert!(is_interface_label("10月前"));
/// assert!(is_interface_label("9 天 后"));
/// assert!(is_interface_label("倍速 1.5X"));
/// assert!(is_interface_label("评 论"));
/// assert!(is_interface_label("阅读 (177万)"));
/// assert!(!is_interface_label("1347"));
/// assert!(!is_interface_label("30人")); // a count in a statistics table
/// assert!(!is_interface_label("12,345万"));
/// assert!(!is_interface_label("文章"));
/// assert!(!is_interface_label("评论员文章"));
/// ```
pub fn is_interface_label(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() || line.chars().nth(16).is_some() {
        return false;
    }
    // Buttons are spaced out letter by letter (评 论, 登 录): read them without the spaces.
    let squashed: std::borrow::Cow<'_, str> = if line.contains(char::is_whitespace) {
        line.chars().filter(|c| !c.is_whitespace()).collect()
    } else {
        line.into()
    };
    let line = squashed.as_ref();
    let mut rest = line;
    let (mut words, mut counted, mut digits, mut separators) = (0, 0, false, false);
    // A count may end in 万 or k (阅读 (177万), 3.2k), a speed in X (倍速 1.5X).
    let mut after_digit = false;
    while let Some(c) = rest.chars().next() {
        if let Some(w) = ago(rest) {
            words += 1;
            rest = &rest[w..];
        } else if is_filler(c) || (after_digit && matches!(c, '万' | '亿' | 'w' | 'k' | 'X' | 'x'))
        {
            let digit = arabic_digit(c).is_some();
            digits |= digit;
            separators |= !digit && is_filler(c);
            after_digit = digit || c == '.';
            rest = &rest[c.len_utf8()..];
            continue;
        } else if let Some(w) = longest_prefix(rest, ACTIONS) {
            words += 1;
            rest = &rest[w.len()..];
        } else if let Some(after) = rest
            .strip_prefix(['条', '个', '次', '人'])
            .and_then(|after| Some(&after[longest_prefix(after, ACTIONS)?.len()..]))
        {
            // A measure word before an action (8条评论, 12人赞过); alone (30人) it is a count.
            words += 1;
            rest = after;
        } else if let Some(w) = longest_prefix(rest, COUNTED) {
            counted += 1;
            rest = &rest[w.len()..];
        } else {
            return false;
        }
        after_digit = false;
    }
    words > 0 || (counted > 0 && digits) || (digits && separators && line.ends_with(['|', '丨']))
}

/// The longest of `words` that `s` starts with.
fn longest_prefix<'w>(s: &str, words: &[&'w str]) -> Option<&'w str> {
    words
        .iter()
        .copied()
        .filter(|w| s.starts_with(w))
        .max_by_key(|w| w.len())
}

/// The byte length of a "time ago" stamp at the start of `s`, which has lost its spaces (刚刚,
/// 3天前, 10分钟前, 9天后).
fn ago(s: &str) -> Option<usize> {
    if let Some(rest) = s.strip_prefix("刚刚") {
        return Some(s.len() - rest.len());
    }
    let digits: usize = s
        .chars()
        .take_while(|c| arabic_digit(*c).is_some())
        .map(char::len_utf8)
        .sum();
    if digits == 0 {
        return None;
    }
    let after = &s[digits..];
    let unit = longest_prefix(after, AGO_UNITS)?;
    // 3天前 (ago), and the "9 天 后" (later) of a thread's gaps between posts.
    let rest = after[unit.len()..].strip_prefix(['前', '后'])?;
    Some(s.len() - rest.len())
}

/// Words around the date and time of a post (发布 #3 2024年5月16日星期四 16点12分).
const STAMP_WORDS: &[&str] = &[
    "发布于",
    "发表于",
    "发布",
    "发表",
    "编辑于",
    "最后编辑于",
    "编辑",
    "更新于",
    "更新",
    "修改于",
    "回复于",
    "已编辑",
    "于",
    "星期一",
    "星期二",
    "星期三",
    "星期四",
    "星期五",
    "星期六",
    "星期日",
    "星期天",
    "周一",
    "周二",
    "周三",
    "周四",
    "周五",
    "周六",
    "周日",
    "上午",
    "下午",
];

/// A line that is only the date and time of a post (a time, or a stamp word, with the date):
/// "2023-07-06 23:19", "发布 #3 2024年5月16日星期四 16点12分", "发表于 2024-4-5 23:20:45".
///
/// ```
/// use jianbao::layout::boilerplate::is_post_stamp;
/// assert!(is_post_stamp("2023-07-06 23:19"));
/// assert!(is_post_stamp("发布 #3 2024年5月16日星期四 16点12分"));
/// assert!(!is_post_stamp("2024"));
/// assert!(!is_post_stamp("2010年6月1日"));
/// assert!(!is_post_stamp("青溪县委组织部 2011年9月16日"));
/// ```
pub fn is_post_stamp(line: &str) -> bool {
    let line = line.trim();
    if line.chars().nth(48).is_some() {
        return false;
    }
    let (mut digits, mut marks, mut worded, mut timed) = (0, 0, false, false);
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if let Some(w) = longest_prefix(rest, STAMP_WORDS) {
            worded = true;
            rest = &rest[w.len()..];
            continue;
        }
        if arabic_digit(c).is_some() {
            digits += 1;
        } else if matches!(
            c,
            '-' | '/' | '.' | ':' | '：' | '年' | '月' | '日' | '时' | '点' | '分' | '秒'
        ) {
            marks += 1;
            timed |= matches!(c, ':' | '：' | '时' | '点');
        } else if !(c.is_whitespace() || c == '#') {
            return false;
        }
        rest = &rest[c.len_utf8()..];
    }
    // A bare date (a cell of a table, a bulletin's date line) is not a post's stamp: a stamp
    // tells the time or says what happened then.
    digits >= 4 && marks >= 2 && (timed || worded)
}

/// How many of `seps` stand in `line` as separators: a `>` (or other separator) that closes an
/// inline tag (`<br>`, `<br/>`, `</span>`) is markup, not a breadcrumb's arrow. Serves markdown
/// dumps of statistics communiqués, whose table cells carry `<br>` (`| <br>全国总人口 | <br>139538 |`):
/// a table row in the main content is content, not a breadcrumb.
///
/// ```
/// use jianbao::layout::boilerplate::separators_outside_tags;
/// let seps = ['>', '＞'];
/// assert_eq!(separators_outside_tags("首页 > 新闻 > 正文", &seps), 2);
/// assert_eq!(separators_outside_tags("<br>全国总人口 | <br>139538 | <br>100.0", &seps), 0);
/// assert_eq!(separators_outside_tags("首页>>要闻", &seps), 2);
/// ```
pub fn separators_outside_tags(line: &str, seps: &[char]) -> usize {
    let mut in_tag = false;
    let mut count = 0;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '<' {
            // A tag opens with a letter or a slash right after `<` (`<br>`, `</p>`); `<<返回` is none.
            in_tag = chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphabetic() || *n == '/');
        } else if in_tag && c == '>' {
            in_tag = false;
        } else if seps.contains(&c) {
            count += 1;
        }
    }
    count
}
