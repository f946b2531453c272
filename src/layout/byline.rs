//! Reporters' bylines: the author a news page states in its own text, not in a metadata line.
//!
//! Chinese news prints who wrote a story in a few fixed forms, which this module reads:
//! a dateline group (`新华社北京9月4日电（记者 何雨欣、杜宇）`), a group closing the story
//! (`……（记者 于华鹏）`) and a line of its own (`本报记者 李香才`, `早报记者 陆鸣 实习生 王齐`).
//! Only a run of personal names after a role word counts: a sentence that mentions a reporter
//! (`记者从会上获悉，…`), a photo credit (`新华社记者 金立旺 摄`) or anything with markup in it
//! gives no author.

use super::blocks::Block;
use crate::text::chars::is_han;

/// The roles a byline names people under, longest first where one contains another. General
/// newsroom vocabulary: staff reporters, trainee and special reporters, correspondents, interns.
const ROLES: &[&str] = &[
    "见习记者",
    "实习记者",
    "特约记者",
    "首席记者",
    "记者",
    "通讯员",
    "实习生",
    // The same roles in traditional characters (Taiwan and Hong Kong papers).
    "見習記者",
    "實習記者",
    "特約記者",
    "首席記者",
    "記者",
    "通訊員",
    "實習生",
];

/// Words that close a byline with where the reporter filed from (`記者陳鈞凱／台北報導`).
const REPORT_ENDS: &[&str] = &["报道", "報導", "報道", "报导"];

/// The slashes between a byline's parts (`聯合報╱記者蔡容喬／即時報導`).
const SLASHES: &[char] = &['/', '／', '╱'];

/// `s` without a closing `／台北報導` (a slash, a place or 即時, a report word): the form
/// Taiwan and Hong Kong papers close a byline with.
fn without_report_end(s: &str) -> &str {
    if let Some(at) = s.rfind(SLASHES) {
        let tail = &s[at..];
        let tail = &tail[tail.chars().next().map_or(0, char::len_utf8)..];
        if tail.chars().count() <= 8 && REPORT_ENDS.iter().any(|e| tail.ends_with(e)) {
            return &s[..at];
        }
    }
    s
}

/// How many chars an outlet name before the first role may have (`潇湘晨报滚动新闻记者`).
const PREFIX_CHARS: usize = 12;

/// How many people one byline may name.
const MAX_NAMES: usize = 8;

/// The people a byline names, space-separated, when `s` is a byline and nothing else: an
/// optional outlet before a role word (记者, 通讯员, 实习生, …), then personal names (2 to 4 Han
/// characters, or a name with a middle dot) separated by 、, spaces or further role words.
///
/// ```
/// use jianbao::layout::byline::byline_names;
/// assert_eq!(byline_names("记者 何雨欣、杜宇").as_deref(), Some("何雨欣 杜宇"));
/// assert_eq!(byline_names("早报记者 陆鸣 实习生 王齐").as_deref(), Some("陆鸣 王齐"));
/// assert_eq!(byline_names("记者柳德新通讯员彭敏").as_deref(), Some("柳德新 彭敏"));
/// assert_eq!(byline_names("南海网记者陈望 通讯员林 宇").as_deref(), Some("陈望 林宇"));
/// assert_eq!(byline_names("记者从会上获悉，上海将创办运动会"), None);
/// assert_eq!(byline_names("新华社记者 金立旺 摄"), None);
/// assert_eq!(byline_names("记者：春运初始，南方出现雨雪天气"), None);
/// assert_eq!(byline_names("記者陳鈞凱／台北報導").as_deref(), Some("陳鈞凱"));
/// assert_eq!(byline_names("聯合報╱記者蔡容喬／即時報導").as_deref(), Some("蔡容喬"));
/// ```
pub fn byline_names(s: &str) -> Option<String> {
    let s = s.trim();
    // Photo and picture credits (…摄, 摄影…, 图/…) name who took a picture, not the author.
    if s.contains('摄') || s.contains("图/") || s.contains("图：") {
        return None;
    }
    // Bullets some papers open a byline with (□快報記者 劉峻).
    let s = without_report_end(s.trim_start_matches(['□', '■', '●', '◎', '▲', '△', '◆']));
    let (at, role) = first_role(s)?;
    let prefix = &s[..at];
    let prefix_ok = prefix.chars().count() <= PREFIX_CHARS
        && prefix.chars().all(|c| {
            is_han(c)
                || c.is_ascii_alphabetic()
                || matches!(c, '(' | ')' | '（' | '）' | '/' | '／' | '╱')
        });
    if !prefix_ok {
        return None;
    }
    let rest = s[at + role.len()..].trim_start_matches(['：', ':', ' ', '　', '\u{a0}']);
    names_after_role(rest).map(|n| n.join(" "))
}

/// The personal names a field of a metadata line starts with, space-separated: its first word
/// when that is names separated by 、 (王小明、李四), or two single characters a space apart (马 燕,
/// a two-character name spaced to line up with three-character ones). Words after a space are
/// other fields (a place, a job) and are not read.
///
/// ```
/// use jianbao::layout::byline::name_list;
/// assert_eq!(name_list("王小明、李四").as_deref(), Some("王小明 李四"));
/// assert_eq!(name_list("马 燕").as_deref(), Some("马燕"));
/// assert_eq!(name_list("李兆清 江蘇南通 職員").as_deref(), Some("李兆清"));
/// assert_eq!(name_list("中国国际经济交流中心"), None);
/// ```
pub fn name_list(s: &str) -> Option<String> {
    let mut words = s.split(|c: char| c.is_whitespace() || c == '　');
    let mut words = words.by_ref().filter(|w| !w.is_empty());
    let first = words.next()?;
    let one = |w: &str| w.chars().count() == 1;
    let field = match words.next() {
        Some(second) if one(first) && one(second) => [first, second].concat(),
        _ => first.to_string(),
    };
    names_after_role(&field).map(|n| n.join(" "))
}

/// The first role word in `s` and where it starts.
fn first_role(s: &str) -> Option<(usize, &'static str)> {
    s.char_indices()
        .find_map(|(i, _)| role_at(&s[i..]).map(|r| (i, r)))
}

/// The role word `s` starts with.
fn role_at(s: &str) -> Option<&'static str> {
    ROLES.iter().copied().find(|r| s.starts_with(r))
}

/// The names read so far, and a single character waiting for the next one.
#[derive(Default)]
struct Names {
    names: Vec<String>,
    /// A two-character name is often typeset with a space inside (林 宇) to line up with
    /// three-character ones: two single characters in a row are one name.
    single: Option<String>,
}

impl Names {
    /// Takes `run` as a name (or half of one); `None` when it cannot be a personal name.
    fn push(&mut self, run: &mut String) -> Option<()> {
        let n = run.chars().count();
        let dotted = run.contains('·');
        if n == 1 {
            match self.single.take() {
                Some(first) => self.names.push(first + run.as_str()),
                None => self.single = Some(run.clone()),
            }
        } else if n > 1 {
            let fits = (2..=4).contains(&n) || (dotted && n <= 10);
            if self.single.is_some() || !fits || run.starts_with('·') || run.ends_with('·') {
                return None;
            }
            self.names.push(run.clone());
        }
        run.clear();
        Some(())
    }
}

/// The names in `rest`, when it holds names, separators and role words only.
fn names_after_role(rest: &str) -> Option<Vec<String>> {
    let mut names = Names::default();
    let mut run = String::new();
    let mut i = 0;
    while i < rest.len() {
        let tail = &rest[i..];
        if let Some(r) = role_at(tail) {
            names.push(&mut run)?;
            i += r.len();
            continue;
        }
        let c = tail.chars().next()?;
        if is_han(c) || c == '·' {
            run.push(c);
        } else if matches!(c, ' ' | '　' | '\u{a0}' | '、' | '/' | '：' | ':') {
            names.push(&mut run)?;
        } else {
            return None;
        }
        i += c.len_utf8();
    }
    names.push(&mut run)?;
    let Names { names, single } = names;
    if single.is_some() || names.is_empty() || names.len() > MAX_NAMES {
        return None;
    }
    Some(names)
}

/// How many blocks at the start and at the end of the document a byline is looked for in.
const HEAD_BLOCKS: usize = 16;
const TAIL_BLOCKS: usize = 6;

/// How far into a paragraph a dateline group may open, and how long a group may be (chars).
const DATELINE_REACH: usize = 60;
const GROUP_CHARS: usize = 40;

/// The author a byline in the document's first or last blocks states: a line that is a byline,
/// a group in parentheses near the start of a paragraph (the dateline's `（记者 X）`) or closing
/// it (`……。（记者 X）`). Serves news pages of papers and agencies, which put the reporters in
/// the text rather than in a 作者： line.
///
/// ```
/// use jianbao::layout::{byline::byline_author, lines};
/// let text = "新华社北京9月4日电（记者 何雨欣、杜宇）记者4日获悉，工程质量将终身负责。\n第二段。";
/// assert_eq!(byline_author(text, &lines(text)).as_deref(), Some("何雨欣 杜宇"));
/// let text = "第一段。\n会议要求各地落实责任。（记者 于华鹏）";
/// assert_eq!(byline_author(text, &lines(text)).as_deref(), Some("于华鹏"));
/// let text = "记者在现场看到，人群排起长队。";
/// assert_eq!(byline_author(text, &lines(text)), None);
/// ```
pub fn byline_author(text: &str, content: &[Block]) -> Option<String> {
    let head = content.iter().take(HEAD_BLOCKS);
    let tail_from = content.len().saturating_sub(TAIL_BLOCKS).max(HEAD_BLOCKS);
    let tail = content.iter().skip(tail_from);
    head.chain(tail).find_map(|b| {
        let line = text.get(b.span.range())?;
        in_line(line)
    })
}

/// The brackets a byline group stands in: parentheses, and the lenticular and tortoise-shell
/// brackets Taiwan and Hong Kong papers open a story with (`【聯合報╱記者X／台北報導】`, `〔記者X／台北報導〕`).
const GROUP_OPENS: &[char] = &['（', '(', '【', '〔', '['];
const GROUP_CLOSES: &[char] = &['）', ')', '】', '〕', ']'];

/// The reporters of a `（王霄 发自上海）` group: names, then 发自 (filed from) and a place of up
/// to 8 chars. Serves wire and portal stories that sign off this way without a role word.
///
/// ```
/// # use jianbao::layout::lines;
/// use jianbao::layout::byline::byline_author;
/// let text = "第一段。\n特此公告。（王霄 发自上海）";
/// assert_eq!(byline_author(text, &lines(text)).as_deref(), Some("王霄"));
/// let text = "第一段。\n新品将于下月发售（消息发自上海）";
/// assert_eq!(byline_author(text, &lines(text)), None);
/// ```
fn filed_from(group: &str) -> Option<String> {
    let at = group.find("发自").or_else(|| group.find("發自"))?;
    let place = &group[at + "发自".len()..];
    let names = &group[..at];
    // The names stand apart from 发自 (a space), so a word ending in 消息 is not read as a name.
    let spaced = names.ends_with([' ', '　', '\u{a0}']);
    (spaced && place.chars().count() <= 8 && place.chars().all(is_han))
        .then(|| names_after_role(names.trim()))
        .flatten()
        .map(|n| n.join(" "))
}

/// The byline `line` is or holds.
fn in_line(line: &str) -> Option<String> {
    if line.chars().nth(GROUP_CHARS).is_none()
        && let Some(n) = byline_names(line)
    {
        return Some(n);
    }
    // A group closing the paragraph: its last opening parenthesis, when the line ends in a
    // closing one.
    let end = line.trim_end_matches(['。', ' ', '　']);
    let closing = end
        .ends_with(GROUP_CLOSES)
        .then(|| end.rfind(GROUP_OPENS))
        .flatten();
    let opens = line
        .char_indices()
        .take(DATELINE_REACH)
        .filter(|&(_, c)| GROUP_OPENS.contains(&c))
        .map(|(i, _)| i)
        .chain(closing);
    for at in opens {
        let inner = line[at..].get(line[at..].chars().next()?.len_utf8()..)?;
        let close = inner
            .char_indices()
            .take(GROUP_CHARS)
            .find(|&(_, c)| GROUP_CLOSES.contains(&c));
        if let Some((to, _)) = close
            && let Some(n) = byline_names(&inner[..to]).or_else(|| filed_from(&inner[..to]))
        {
            return Some(n);
        }
    }
    None
}
