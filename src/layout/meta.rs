//! Date and author from metadata lines (发布时间：2010-06-01 来源：… 作者：…).

use super::blocks::Block;
use super::segment::{Chrome, Segments};
use crate::text::chars::{arabic_digit, digit_value};
use crate::text::date::{find_date, iso_date};

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

/// Labels of the fields a metadata line prints after the author's (作者：X 来源：Y 编辑：Z).
const LABELS_AFTER: &[&str] = &[
    "来源", "编辑", "责任", "发布", "时间", "日期", "点击", "浏览",
];

/// Marks that end the author's field in a metadata line.
const NAME_STOPS: &[char] = &[
    '|', '｜', '，', ',', '；', ';', '（', '(', ')', '）', '】', ']',
];

/// The author named in a metadata line.
///
/// ```
/// use jianbao::layout::meta::author_in;
/// assert_eq!(author_in("来源：浙江在线 作者：王小明 编辑：李"), Some("王小明".to_string()));
/// assert_eq!(author_in("来源：浙江在线"), None);
/// assert_eq!(author_in("来源：经济参考报 作者：实习记者 王璐　"), Some("王璐".to_string()));
/// assert_eq!(author_in("作者：马 燕"), Some("马燕".to_string()));
/// assert_eq!(author_in("(本文来源：东方体育日报  作者：黄靖宇)"), Some("黄靖宇".to_string()));
/// assert_eq!(author_in("作者： 来源：本站"), None);
/// ```
pub fn author_in(line: &str) -> Option<String> {
    let label = AUTHOR_LABELS.iter().find(|l| line.contains(*l))?;
    let at = line.find(label)? + label.len();
    // A byline or a list of names after the label (作者：实习记者 王璐, 作者：马 燕): its names.
    let rest = &line[at..];
    let cut = LABELS_AFTER
        .iter()
        .filter_map(|l| rest.find(l))
        .chain(rest.find(NAME_STOPS))
        .min()
        .unwrap_or(rest.len());
    if let Some(names) =
        super::byline::byline_names(&rest[..cut]).or_else(|| super::byline::name_list(&rest[..cut]))
    {
        return Some(names);
    }
    let name: String = line[at..]
        .trim_start()
        .chars()
        .take_while(|c| {
            !c.is_whitespace()
                && !matches!(
                    c,
                    '　' | '|'
                        | '｜'
                        | '，'
                        | ','
                        | '；'
                        | ';'
                        | '（'
                        | '('
                        | '】'
                        | ']'
                        | ')'
                        | '）'
                )
        })
        .take(20)
        .collect();
    plausible_author(&name).then_some(name)
}

/// Whether `name` can be an author's name: one to 40 chars, none of them markup or code (`<`,
/// `>`, `=`, quotes, braces, a backslash), not a web address, not only digits and signs, no
/// leaked label, and not an organisation's name.
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
/// assert!(!plausible_author("来源："));
/// assert!(!plausible_author("北京市住房和城乡建设委员会门户网站"));
/// assert!(!plausible_author("中国经济网"));
/// assert!(!plausible_author("毛\u{fffd}磊"));
/// ```
pub fn plausible_author(name: &str) -> bool {
    let name = name.trim();
    let chars = name.chars().count();
    (1..=40).contains(&chars)
        && !name.contains(['<', '>', '=', '"', '\'', '{', '}', '\\', '“', '”'])
        // A label that leaked in (来源：, 责任编辑：) or a character that did not decode.
        && !name.contains(['：', ':', '\u{fffd}'])
        // An organisation (a site, a government office) is a source, not an author: templates
        // put the site's name in <meta name=author> (…门户网站, 中国经济网).
        && !ORGANISATION_ENDS.iter().any(|e| name.ends_with(e))
        && !name.contains("://")
        && !name.to_ascii_lowercase().starts_with("www.")
        && name.chars().any(char::is_alphabetic)
        && name_shaped(name)
}

/// Whether `name` looks like the names of people (or one short agency name) and nothing else:
/// up to 8 space-separated parts, each either 2 to 6 Han characters
/// (王小明, 新华社), a transliterated name joined by a middle dot (布蘭登．山德森), or capitalised
/// Latin words (John Smith). What it turns away is what templates put in an author slot
/// instead: a site's description or keywords (`财讯网_提供股票、基金…`, `股城网,订票…`), a
/// headline sentence, a job title, a lowercase site id (`chinanews`), a label word (来自,
/// 综合报道, 佚名), a bracket left over.
///
/// ```
/// use jianbao::layout::meta::name_shaped;
/// assert!(name_shaped("何雨欣 杜宇"));
/// assert!(name_shaped("布蘭登．山德森"));
/// assert!(name_shaped("Steed"));
/// assert!(!name_shaped("财讯网_提供股票、基金、期货与外汇市场的金融资讯"));
/// assert!(!name_shaped("寒冬裡如何保持水嫩肌膚 醫師來教你"));
/// assert!(!name_shaped("中国国际经济交流中心世界经济研究部部长"));
/// assert!(!name_shaped("chinanews"));
/// assert!(!name_shaped("黄靖宇)"));
/// assert!(!name_shaped("来自"));
/// assert!(!name_shaped("調查"));
/// assert!(!name_shaped("《财经》综合报道"));
/// ```
pub fn name_shaped(name: &str) -> bool {
    let parts: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == '\u{3000}')
        .filter(|p| !p.is_empty())
        .collect();
    (1..=MAX_PEOPLE).contains(&parts.len())
        && parts.iter().all(|p| person_shaped(p))
        && !NOT_NAMES.iter().any(|w| name.contains(w))
}

/// One person's name: Han characters (2 to 6), a transliteration joined by
/// middle dots (each side Han, at most 16 chars), or a capitalised Latin word.
fn person_shaped(part: &str) -> bool {
    let han = |c: char| crate::text::chars::is_han(c);
    let dot = |c: char| matches!(c, '·' | '．' | '•' | '・' | '‧');
    let chars = part.chars().count();
    if part.chars().all(han) {
        return (2..=MAX_HAN_NAME).contains(&chars);
    }
    if part.contains(dot) {
        return chars <= 16
            && part.chars().all(|c| han(c) || dot(c))
            && part.split(dot).all(|s| !s.is_empty());
    }
    // Latin names are capitalised (Smith, O'Neil, Jean-Luc); a lowercase word is a site id.
    part.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && part
            .chars()
            .all(|c| c.is_ascii_alphabetic() || matches!(c, '-' | '.' | '\''))
}

/// How many people one author field may name.
const MAX_PEOPLE: usize = 8;

/// The most Han characters a name may have: Chinese names have 2 to 4; a short agency name
/// (新华社, 中国新闻社) up to 6.
const MAX_HAN_NAME: usize = 6;

/// Words that stand in author slots but name no one (general newsroom vocabulary: "from",
/// "compiled report", "anonymous", "unknown", "editor", "administrator").
const NOT_NAMES: &[&str] = &[
    "来自",
    "來自",
    "来源",
    "來源",
    "综合",
    "綜合",
    "报道",
    "報道",
    "整理",
    "转载",
    "轉載",
    "佚名",
    "未知",
    "不详",
    "匿名",
    "编辑",
    "編輯",
    "记者",
    "記者",
    "管理员",
    "本站",
    "本网",
    "本報",
    "本报",
    // What a reporter does, in headings that start with the role (记者调查, 记者手记).
    "调查",
    "調查",
    "观察",
    "觀察",
    "手记",
    "手記",
    "采访",
    "採訪",
    "走访",
    "走訪",
    "获悉",
    "獲悉",
    "发现",
    "發現",
    "了解",
    "看到",
];

/// How the names of organisations end (sites, channels, offices, papers).
const ORGANISATION_ENDS: &[&str] = &[
    "网站",
    "网",
    "频道",
    "委员会",
    "政府",
    "办公室",
    "办公厅",
    "中心",
    "报社",
    "杂志社",
    "新闻",
];

/// The date stated in a metadata line, as `YYYY-MM-DD`.
///
/// ```
/// use jianbao::layout::meta::date_in;
/// assert_eq!(date_in("发布时间：2010年06月01日 09:30"), Some("2010-06-01".to_string()));
/// ```
pub fn date_in(line: &str) -> Option<String> {
    find_date(line).map(|d| d.0).filter(|d| plausible_date(d))
}

/// The date of a short line without sentence marks right under the headline (or just above it),
/// wherever the container choice put that line: "2023-12-01 14:43", "本文来源于北京商报　2024-05-20".
pub(crate) fn dateline_near(text: &str, blocks: &[Block], headline: usize) -> Option<String> {
    let after = headline + 1..(headline + 1 + DATELINE_REACH).min(blocks.len());
    let before = (headline.saturating_sub(3)..headline).rev();
    after.chain(before).find_map(|i| {
        let line = text.get(blocks[i].span.range())?;
        // Above the headline, a date with a weekday is the header's "today" widget.
        let widget = i < headline && super::dateline::is_today_widget(line);
        (line.chars().nth(60).is_none() && !line.contains(['，', '。']) && !widget)
            .then(|| date_in(line))
            .flatten()
    })
}

/// Whether `line` says nothing but a date: digits and Chinese numerals with 年/月/日/时/分, a
/// weekday (星期五, 周五), 农历 or 今天是, separators and marks. The widgets of news pages
/// print such lines (a date-navigation bar, a calendar's caption: "2023年12月01日，星期五，农历
/// 十月十九"); they carry clause marks but are no sentence of an article.
///
/// ```
/// use jianbao::layout::meta::is_date_only;
/// assert!(is_date_only("2023年12月01日，星期五，农历十月十九"));
/// assert!(is_date_only("今天是2014年9月5日 周五"));
/// assert!(is_date_only("2024-05-20 14:43"));
/// assert!(!is_date_only("2023年12月01日，国务院召开常务会议"));
/// assert!(!is_date_only("会议定于十月召开。"));
/// ```
pub fn is_date_only(line: &str) -> bool {
    let has_date =
        line.contains(['年', '月', '-', '/']) && line.bytes().any(|b| b.is_ascii_digit());
    if !has_date {
        return false;
    }
    // The date words (星期, 周, 农历, 今天是) are the only other characters allowed.
    let allowed: usize = DATE_WORDS
        .iter()
        .map(|w| line.matches(w).count() * w.chars().count())
        .sum();
    // Stops at the first character past the allowance: a paragraph is rejected in a few chars.
    line.chars()
        .filter(|&c| {
            !(c.is_ascii_digit()
                || c.is_ascii_punctuation()
                || c.is_whitespace()
                || is_date_char(c))
        })
        .nth(allowed)
        .is_none()
}

/// Numerals, date and time units and the full-width marks between them.
fn is_date_char(c: char) -> bool {
    arabic_digit(c).is_some()
        || digit_value(c).is_some()
        || matches!(
            c,
            '十' | '廿'
                | '初'
                | '年'
                | '月'
                | '日'
                | '号'
                | '時'
                | '时'
                | '分'
                | '秒'
                | '，'
                | '、'
                | '：'
                | '；'
                | '。'
                | '　'
                | '（'
                | '）'
        )
}

/// Words a date-only line may hold besides numbers (a weekday, the lunar calendar).
const DATE_WORDS: &[&str] = &["星期", "周", "农历", "今天是", "今日"];

/// How many blocks under the headline a byline may stand (a table or a photo and its caption
/// can come first).
pub(crate) const UNDER_HEADLINE: usize = 16;

/// How many chrome blocks away from the article's text an author line may stand.
const AUTHOR_REACH: usize = 12;

/// How many blocks under the headline a dateline may stand.
const DATELINE_REACH: usize = 12;

/// The date and author stated in the page's metadata lines, the author also from a reporters'
/// byline in the document's text or in the blocks under the headline ([`super::byline`]).
pub(crate) fn metadata(
    text: &str,
    seg: &Segments,
    under_headline: &[Block],
) -> (Option<String>, Option<String>) {
    let mut date = None;
    let mut author = None;
    // Where the article starts: a "today" widget (a date with a weekday) above it is the day the
    // page was served (news and portal headers), not the article's date.
    let start = under_headline
        .first()
        .or(seg.content.first())
        .map_or(usize::MAX, |b| b.span.start);
    // The chrome lines around the article: an author line further away is another item's (a
    // sidebar's book or a related story's 作者：). Serves portals whose side panels print
    // authors.
    let end = seg.content.last().map_or(start, |b| b.span.end);
    let first_in = seg
        .chrome
        .partition_point(|(b, _)| b.span.start < start.min(end));
    let first_after = seg.chrome.partition_point(|(b, _)| b.span.start < end);
    let near = |i: usize| {
        first_in
            .saturating_sub(i)
            .max(i.saturating_sub(first_after))
            <= AUTHOR_REACH
    };
    // Every source passes the same gate: what a byline's role word is followed by is not
    // always a name (实习生 来自…).
    let gate = |a: Option<String>| a.filter(|a| plausible_author(a));
    for (i, (b, kind)) in seg.chrome.iter().enumerate() {
        if *kind == Chrome::Meta || *kind == Chrome::Prompt {
            let line = &text[b.span.range()];
            let widget = b.span.start < start && super::dateline::is_today_widget(line);
            if !widget {
                date = date.or_else(|| date_in(line));
            }
            if near(i) {
                author = author
                    .or_else(|| gate(author_in(line)))
                    .or_else(|| gate(super::byline::byline_names(line)));
            }
        }
    }
    // A labelled 作者： line first; else the reporters a byline in the text names.
    let author = author
        .or_else(|| gate(super::byline::byline_author(text, &seg.content)))
        .or_else(|| gate(super::byline::byline_author(text, under_headline)));
    (date, author)
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
    y >= FIRST_WEB_YEAR && iso_date(y, m, d).is_some()
}

/// The first year a Chinese web page can date itself.
const FIRST_WEB_YEAR: u32 = 1990;
