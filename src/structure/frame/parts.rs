//! The words of the 公文 frame: 发文字号, 文种, organ names and lists, dates, title wrapping.

use crate::structure::markers::section_marker;
use crate::text::chars::arabic_digit;
use crate::text::date::{find_date, may_end_date};
use crate::{DocNumber, Span};

/// 文种 names (GB/T 9704 and the usual ones of 规范性文件), longest first where one ends another.
const DOC_TYPES: &[&str] = &[
    "通知", "通报", "批复", "决定", "决议", "意见", "报告", "请示", "纪要", "公报", "公告", "通告",
    "简报", "办法", "规定", "方案", "规划", "命令", "议案", "细则", "条例", "规则", "规程", "要点",
    "计划", "纲要", "函",
];

/// Title endings that name a 公文 by themselves, without 关于 (年度报告, 统计公报, 决议).
pub(super) const FORMAL_ENDINGS: &[&str] = &[
    "年度报告",
    "工作报告",
    "统计公报",
    "公报",
    "决议",
    "批复",
    "通知",
    "通报",
    "公告",
    "通告",
];

/// Endings of organ names (机关 suffixes), longest first where one ends another.
const ORGAN_SUFFIXES: &[&str] = &[
    // 会 and 组 only in these words: 评审会, 座谈会 and 专家组 are no organs.
    "人民政府",
    "委员会",
    "办公厅",
    "办公室",
    "管委会",
    "领导小组",
    "工作组",
    "指挥部",
    "检察院",
    "法院",
    "党委",
    "党组",
    "政府",
    "中心",
    "公司",
    "集团",
    "协会",
    "学会",
    "工会",
    "联合会",
    "商会",
    "总会",
    "理事会",
    "银行",
    "大学",
    "学院",
    "部",
    "局",
    "委",
    "厅",
    "院",
    "署",
    "处",
    "所",
    "站",
    "司",
    "室",
    "社",
    "联",
    "队",
];

/// Endings that name a branch of an organ named just before (规划分局 after 建设局): elliptical
/// when short.
pub(super) const BRANCH_SUFFIXES: &[&str] = &["分局", "分会", "分院", "分中心", "分公司"];

/// File extensions of a download link (附件：方案.doc), not a 附件说明.
pub(super) const FILE_EXTENSIONS: &[&str] = &[
    ".doc", ".docx", ".pdf", ".xls", ".xlsx", ".zip", ".rar", ".wps", ".txt", ".jpg",
];

/// The 发文字号 of a line that holds nothing else: only brackets, blanks and a 签发人 part beside
/// it (`京建发〔2014〕12号　签发人：张三`), as it stands on its own line above a 公文's title.
pub(super) fn doc_number_line(line: &str) -> Option<DocNumber> {
    let n = doc_number(line)?;
    let rest = line.replacen(&n.text, "", 1);
    let rest = rest.split("签发人").next().unwrap_or("");
    rest.trim_matches(|c: char| c.is_whitespace() || "（）()【】".contains(c))
        .is_empty()
        .then_some(n)
}

/// The 发文字号 first found in `s`, its span relative to `s`.
///
/// ```
/// use jianbao::structure::frame::doc_number;
/// let n = doc_number("（国函［２０１６］５号）").unwrap();
/// assert_eq!((n.text.as_str(), n.code.as_str(), n.year, n.serial), ("国函［２０１６］５号", "国函", 2016, 5));
/// assert_eq!(doc_number("财预[2015]12号").unwrap().code, "财预");
/// assert!(doc_number("2015年12号").is_none());
/// ```
pub fn doc_number(s: &str) -> Option<DocNumber> {
    for (i, c) in s.char_indices() {
        let Some(close) = closing(c) else { continue };
        let after = &s[i + c.len_utf8()..];
        let Some((year, ylen)) = digits(after, 4) else {
            continue;
        };
        let rest = &after[ylen..];
        if !rest.starts_with(close) {
            continue;
        }
        let rest = &rest[close.len_utf8()..];
        let Some((serial, slen)) = digits(rest, 6) else {
            continue;
        };
        if !rest[slen..].starts_with('号') {
            continue;
        }
        // 机关代字: the Chinese characters right before the bracket.
        let code_start = s[..i]
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_cjk(*c))
            .take(12)
            .last()
            .map_or(i, |(at, _)| at);
        if code_start == i || !(1990..=2100).contains(&year) {
            continue;
        }
        let end = i + c.len_utf8() + ylen + close.len_utf8() + slen + '号'.len_utf8();
        return Some(DocNumber {
            text: s[code_start..end].to_string(),
            code: s[code_start..i].to_string(),
            year: year as i32,
            serial,
            span: Span::new(code_start, end),
        });
    }
    None
}

fn closing(open: char) -> Option<char> {
    Some(match open {
        '〔' => '〕',
        '[' => ']',
        '［' => '］',
        '(' => ')',
        '（' => '）',
        '【' => '】',
        '〖' => '〗',
        _ => return None,
    })
}

/// Up to `max` half- or full-width digits at the start of `s`: (value, bytes). A 4-digit year
/// needs exactly 4.
pub(super) fn digits(s: &str, max: usize) -> Option<(u32, usize)> {
    let mut v = 0u32;
    let mut len = 0;
    let mut n = 0;
    for c in s.chars().take(max) {
        let Some(d) = arabic_digit(c) else { break };
        v = v * 10 + d as u32;
        len += c.len_utf8();
        n += 1;
    }
    (n > 0 && (max != 4 || n == 4)).then_some((v, len))
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The 文种 a title ends with: its last word, after any bracketed tail (（试行）, （京建法〔2014〕15号）).
///
/// ```
/// use jianbao::structure::frame::doc_type;
/// assert_eq!(doc_type("关于转发财政部《关于加强管理的通知》的通知").as_deref(), Some("通知"));
/// assert_eq!(doc_type("国务院关于同意设立某新区的批复").as_deref(), Some("批复"));
/// assert_eq!(doc_type("北京市某某管理办法（试行）").as_deref(), Some("办法"));
/// assert_eq!(doc_type("某市开展活动"), None);
/// ```
pub fn doc_type(title: &str) -> Option<String> {
    let t = strip_tail(title);
    // A call for comments (…征求意见, …公开征求社会意见) is a notice, not a 意见: 意见 is then
    // the object of 征求 a few characters before it.
    if t.ends_with("意见")
        && t.rfind("征求")
            .is_some_and(|i| t[i..].chars().nth(8).is_none())
    {
        return None;
    }
    DOC_TYPES
        .iter()
        .find(|d| t.ends_with(*d))
        .map(|d| d.to_string())
        // A law or a catalogue published by an order names the 令 in its bracketed tail
        // (…非物质文化遗产法（主席令第四十二号）, …目录（发展改革委令第1号）): the 文种 is 令.
        .or_else(|| {
            let tail = &title[t.len()..];
            (tail.contains("令第") && tail.contains('号')).then(|| "令".to_string())
        })
}

/// A title without its bracketed tails and closing marks.
pub(super) fn strip_tail(title: &str) -> &str {
    let mut t = title.trim_end_matches([' ', '\u{3000}', '。']);
    // A footnote mark of a markdown dump (…统计公报[1]) is no part of the title.
    if let Some(open) = t
        .strip_suffix([']', '］'])
        .and_then(|x| x.rfind(['[', '［']).map(|o| (o, x)))
        .filter(|(o, x)| {
            let n = &x[*o..].trim_start_matches(['[', '［']);
            !n.is_empty() && n.chars().all(|c| c.is_ascii_digit())
        })
        .map(|(o, _)| o)
    {
        t = t[..open].trim_end();
    }
    for _ in 0..3 {
        if let Some(open) = t
            .strip_suffix(['）', ')'])
            .and_then(|x| x.rfind(['（', '(']))
        {
            t = t[..open].trim_end();
        }
    }
    t
}

/// Whether a title wraps on: it is not finished (no 文种 at its end) and names 关于, 印发 or 转发,
/// or is a line of issuing organs (a joint notice); or the next line finishes it with a 文种.
///
/// ```
/// use jianbao::structure::frame::title_continues;
/// assert!(title_continues("国务院办公厅关于印发", "住房和城乡建设部主要职责"));
/// assert!(title_continues("住房城乡建设部 财政部", "关于加强管理的通知"));
/// assert!(!title_continues("慈溪市构建群众参与机制", "着力提高群众满意度"));
/// ```
pub fn title_continues(title: &str, next: &str) -> bool {
    title_continues_before(title, next, None)
}

/// [`title_continues`], knowing the line after `next`: a 关于… title also goes on over a line
/// when the line after it ends the title with a 文种 (three-line titles).
///
/// ```
/// use jianbao::structure::frame::title_continues_before;
/// let (a, b, c) = ("北京市财政局关于转发财政部", "《行政单位会计制度》和《新旧行政单位", "会计制度有关衔接问题的处理规定》的通知");
/// assert!(title_continues_before(a, b, Some(c)));
/// assert!(!title_continues_before(a, b, Some("内容。")));
/// ```
pub fn title_continues_before(title: &str, next: &str, after: Option<&str>) -> bool {
    let next_ok = !next.is_empty()
        && !next.contains(['。', '；', '！', '？', '：'])
        && section_marker(next).is_none()
        && next.chars().nth(50).is_none()
        && title.chars().count() + next.chars().count() <= 90
        // A subheadline or a source line: ——某某, （某某供稿）.
        && !next.starts_with(['—', '（', '(', '-'])
        // Lines of a list page or a breadcrumb: dated items, 首页 > 栏目.
        && !next.starts_with(|c: char| arabic_digit(c).is_some())
        && ![title, next].iter().any(|l| l.contains(['>', '|', '＞', '…']) || l.contains("..."))
        && find_date(title).is_none();
    // No line of a title starts with 的: the previous line ended before it.
    if next_ok && next.starts_with('的') {
        return true;
    }
    // A title printed under its issuer's or its state's name on a line of its own (中华人民共和国
    // / 2010年国民经济和社会发展统计公报, as statistics communiqués and state 公告 are headed):
    // the next line ends in a 文种, and may start with its year.
    if (is_state_or_place(title) || is_organ_line(title))
        && doc_type(next).is_some()
        && !next.contains(['。', '；', '！', '？', '：', '，'])
        && next.chars().nth(50).is_none()
        && !next.starts_with(['—', '（', '(', '-'])
        && find_date(next).is_none()
    {
        return true;
    }
    let unfinished = doc_type(title).is_none();
    // A joint notice: lines of organs, then the 关于… line.
    let organs = is_organ_line(title) && (is_organ_line(next) || next.starts_with("关于"));
    // A 关于… title goes on to a line that ends it with a 文种, or over a line that visibly
    // does not end (…的, …印发): a bulletin's 关于…的情况 followed by a heading stays one line.
    let cut = |l: &str| WRAP_ENDINGS.iter().any(|e| l.ends_with(e));
    let open = !is_organ_line(title)
        && (title.contains("关于") || cut(title))
        && (doc_type(next).is_some()
            || cut(title)
            || cut(next)
            || after.is_some_and(|a| {
                doc_type(a).is_some()
                    && !a.contains(['。', '；', '！', '？', '：'])
                    && a.chars().nth(50).is_none()
            }));
    // A title cut before its 文种 (…安全 / 检查工作实施方案); a next line with 关于 is a title of
    // its own.
    let closes = doc_type(next).is_some()
        && !next.contains("关于")
        && title.chars().nth(7).is_some()
        && title.chars().next_back().is_some_and(is_cjk);
    next_ok && unfinished && (organs || open || closes)
}

/// A line that is only a state's or a place's name: 中华人民共和国, 中国, 北京市, 河北省.
fn is_state_or_place(line: &str) -> bool {
    let n = line.chars().count();
    ["中华人民共和国", "中国"].contains(&line)
        || ((3..=8).contains(&n)
            && line.chars().all(is_cjk)
            && ["省", "市", "自治区", "县", "区"]
                .iter()
                .any(|e| line.ends_with(e)))
}

/// Line endings that show a title goes on: a function word or a verb waiting for its object.
const WRAP_ENDINGS: &[&str] = &[
    "关于",
    "印发",
    "转发",
    "的",
    "和",
    "及",
    "与",
    "对",
    "进一步",
];

/// Whether `name` ends in an organ suffix.
pub(super) fn organ_suffix(name: &str) -> Option<&'static str> {
    let name = strip_tail(name);
    ORGAN_SUFFIXES.iter().copied().find(|s| name.ends_with(s))
}

/// A line of organ names only: every space-separated part ends in an organ suffix.
///
/// ```
/// use jianbao::structure::frame::is_organ_line;
/// assert!(is_organ_line("北京市住房和城乡建设委员会 北京市规划委员会"));
/// assert!(!is_organ_line("特此通知。"));
/// ```
pub fn is_organ_line(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty()
        && line.chars().nth(60).is_none()
        && !line.contains(['，', '。', '；', '：', ':', ',', '！', '？', '“', '《', '—'])
        && section_marker(line).is_none()
        && !line.contains("关于")
        && !line.chars().any(|c| arabic_digit(c).is_some())
        && line
            .split([' ', '\u{3000}', '\t'])
            .filter(|p| !p.is_empty())
            .all(|p| p.chars().count() >= 2 && organ_suffix(p).is_some())
}

/// Splits a 主送 or 抄送 list into organs: on ，；, and on 、 only where every part is a whole
/// organ name (商务部、财政部), not a list sharing one ending (各省、自治区、直辖市人民政府).
///
/// ```
/// use jianbao::structure::frame::organ_items;
/// assert_eq!(organ_items("各省、自治区、直辖市人民政府，国务院各部委、各直属机构："),
///            ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"]);
/// assert_eq!(organ_items("商务部、住房和城乡建设部。"), ["商务部", "住房和城乡建设部"]);
/// ```
pub fn organ_items(list: &str) -> Vec<String> {
    let list = list
        .trim()
        .trim_end_matches(['：', ':', '。', '.', ' ', '\u{3000}']);
    let mut out = Vec::new();
    for piece in list.split(['，', ',', '；', ';']) {
        let piece = piece.trim_matches([' ', '\u{3000}']);
        if piece.is_empty() {
            continue;
        }
        let parts: Vec<&str> = piece.split('、').map(str::trim).collect();
        if parts.len() > 1 && parts.iter().all(|p| is_whole_organ(p)) {
            out.extend(parts.iter().map(|p| p.to_string()));
        } else {
            out.push(piece.to_string());
        }
    }
    out
}

/// An organ named in full: an organ ending, no collective 各/有关, and a branch (分局) only with
/// its own place name before it.
pub(super) fn is_whole_organ(p: &str) -> bool {
    let n = p.chars().count();
    n >= 3
        && organ_suffix(p).is_some()
        && !p.contains('各')
        && !["有关", "相关", "其他", "其它"]
            .iter()
            .any(|w| p.starts_with(w))
        && (n > 5 || !BRANCH_SUFFIXES.iter().any(|s| strip_tail(p).ends_with(s)))
}

/// An item of a 主送 line: an organ, or a collective (各有关单位, 各区县财政局).
pub(super) fn is_addressee(item: &str) -> bool {
    item.starts_with('各')
        || item.starts_with("有关")
        || organ_suffix(item).is_some()
        || ["单位", "机构", "部门", "企业", "组织", "委员", "代表"]
            .iter()
            .any(|w| strip_tail(item).ends_with(w))
}

/// A date that is valid on the calendar.
pub(super) fn valid_date(iso: &str) -> bool {
    let mut it = iso.split('-').map(|x| x.parse::<u32>().unwrap_or(0));
    let (y, m, d) = (
        it.next().unwrap_or(0),
        it.next().unwrap_or(0),
        it.next().unwrap_or(0),
    );
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    (1..=days).contains(&d)
}

/// A 成文日期 line: a date written 年月日 alone, or organs then the date: (organs part, date).
/// A table's 2016.02.15 or 2016-02-15 is no 成文日期.
pub(super) fn date_line(line: &str) -> Option<(&str, String)> {
    // The date ends the line: a line ending in anything else (。, a name) is out without a scan.
    let last = line
        .trim_end_matches([' ', '\u{3000}'])
        .chars()
        .next_back()?;
    if !may_end_date(last) {
        return None;
    }
    let (iso, span) = find_date(line).or_else(|| super::date_repair::lost_zero_date(line))?;
    if !line[span.range()].contains('年') {
        return None;
    }
    let after = line[span.end..].trim_matches([' ', '\u{3000}']);
    let before = line[..span.start].trim_matches([' ', '\u{3000}']);
    (after.is_empty() && (before.is_empty() || is_organ_line(before)) && valid_date(&iso))
        .then_some((before, iso))
}

/// Titles of the head of an organ who signs a 令 or a 决定 (部长 苗圩, 主任：张平).
const SIGNER_TITLES: &[&str] = &[
    "委员长",
    "总理",
    "主席",
    "部长",
    "主任",
    "局长",
    "署长",
    "行长",
    "省长",
    "市长",
    "县长",
    "区长",
    "院长",
    "书记",
    "会长",
    "厅长",
    "社长",
];

/// A 署名 line of a person: a 职务 then a name ("部　长 　苗　圩", "主　任：张　平"), written
/// without spaces: "部长苗圩".
///
/// ```
/// use jianbao::structure::frame::signer;
/// assert_eq!(signer("部　长 　苗　圩").as_deref(), Some("部长苗圩"));
/// assert_eq!(signer("主　任：张　平").as_deref(), Some("主任张平"));
/// assert_eq!(signer("主任说明情况。"), None);
/// ```
pub fn signer(line: &str) -> Option<String> {
    let squashed: String = line
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '：' | ':'))
        .collect();
    if squashed.chars().nth(30).is_some() || !squashed.chars().all(is_cjk) {
        return None;
    }
    // The name is the last two to four characters; the 职务 ends right before it, and what
    // leads it is nothing or the organ or state the head leads (中华人民共和国主席 胡锦涛,
    // 国务院总理 李克强, 厦门市人民政府市长 黄文辉: 令 and the speakers of work reports).
    let ok = (2..=4).any(|name| {
        let Some((cut, _)) = squashed.char_indices().rev().nth(name - 1) else {
            return false;
        };
        let head = &squashed[..cut];
        SIGNER_TITLES.iter().any(|t| {
            head.strip_suffix(*t).is_some_and(|lead| {
                let lead = lead.trim_end_matches(['副', '代']);
                lead.is_empty()
                    || is_state_or_place(lead)
                    || (lead.chars().nth(1).is_some() && organ_suffix(lead).is_some())
            })
        })
    });
    ok.then_some(squashed)
}

/// The 发文机关标志 of a 命令 (令), organ and 令, maybe with the order's number after it
/// ("北京市人民政府令（2011）第230号", "中华人民共和国主席令", "国家安全生产监督管理总局令"):
/// the mark "…令". Serves 令 that publish laws, regulations and rules (GB/T 9704 命令格式).
///
/// ```
/// use jianbao::structure::frame::order_mark;
/// assert_eq!(order_mark("北京市人民政府令（2011）第230号").as_deref(), Some("北京市人民政府令"));
/// assert_eq!(order_mark("中华人民共和国主席令").as_deref(), Some("中华人民共和国主席令"));
/// assert_eq!(order_mark("令人满意"), None);
/// ```
pub fn order_mark(line: &str) -> Option<String> {
    let s: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    if s.chars().nth(40).is_some() {
        return None;
    }
    let (organ, rest) = s.split_once('令')?;
    let head = organ.chars().nth(2).is_some()
        && organ.chars().all(is_cjk)
        && (organ_suffix(organ).is_some() || SIGNER_TITLES.iter().any(|t| organ.ends_with(t)));
    (head && (rest.is_empty() || order_number(rest))).then(|| format!("{organ}令"))
}

/// A 令's number, maybe after its year in brackets: "第230号", "（2011）第230号", "第　1　号",
/// "第四十二号".
///
/// ```
/// use jianbao::structure::frame::order_number;
/// assert!(order_number("第　1　号") && order_number("（2011）第230号") && order_number("第四十二号"));
/// assert!(!order_number("第一条") && !order_number("第2号线"));
/// ```
pub fn order_number(line: &str) -> bool {
    let s: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let s = match s
        .strip_prefix(['（', '('])
        .and_then(|r| r.split_once(['）', ')']))
    {
        Some((year, r)) if digits(year, 4).is_some_and(|(_, l)| l == year.len()) => r,
        _ => &s,
    };
    s.strip_prefix('第')
        .and_then(|x| x.strip_suffix('号'))
        .is_some_and(|n| {
            !n.is_empty()
                && n.chars().all(|c| {
                    arabic_digit(c).is_some() || "〇零一二三四五六七八九十百千".contains(c)
                })
        })
}

/// Labels of a 公文 page's information table (索引号, 发文字号, 成文日期 …).
const META_LABELS: &[&str] = &[
    "发文字号",
    "文号",
    "字号",
    "索引号",
    "主题分类",
    "发文机关",
    "成文日期",
    "发布日期",
    "标题",
    "主题词",
    "公文种类",
    "发布机构",
    "生成日期",
    "有效性",
    "体裁分类",
    "组配分类",
    "签发人",
];

/// The marks above a red-header document's title (GB/T 9704 份号, 密级和保密期限, 紧急程度):
/// "000001", "机密★1年", "特急".
///
/// ```
/// use jianbao::structure::frame::is_copy_mark;
/// assert!(is_copy_mark("000001") && is_copy_mark("机密★1年") && is_copy_mark("特急"));
/// assert!(!is_copy_mark("特急通知"));
/// ```
pub fn is_copy_mark(line: &str) -> bool {
    let line = line.trim();
    let serial = line.len() == 6 && line.bytes().all(|b| b.is_ascii_digit());
    let secret = ["绝密", "机密", "秘密"].iter().any(|w| {
        line.strip_prefix(w)
            .is_some_and(|r| r.is_empty() || r.starts_with('★') && r.chars().nth(6).is_none())
    });
    serial || secret || ["特急", "加急", "特提", "平急"].contains(&line)
}

/// A labelled line of a 公文 page's information table: the label and the value after it
/// ("发文字号：国函〔2016〕5号" → ("发文字号", "国函〔2016〕5号"); the value may be empty).
///
/// ```
/// use jianbao::structure::frame::meta_label;
/// assert_eq!(meta_label("发文字号：国函〔2016〕5号"), Some(("发文字号", "国函〔2016〕5号")));
/// assert_eq!(meta_label("成文日期： "), Some(("成文日期", "")));
/// assert_eq!(meta_label("标题党的问题"), None);
/// ```
pub fn meta_label(line: &str) -> Option<(&'static str, &str)> {
    let line = line.trim();
    META_LABELS.iter().find_map(|l| {
        let rest = line.strip_prefix(*l)?.trim_start_matches([' ', '\u{3000}']);
        let value = rest.strip_prefix(['：', ':'])?;
        Some((*l, value.trim_matches([' ', '\u{3000}'])))
    })
}

/// Whether a title has the form of a 公文 title: 关于…, or an ending that names one.
///
/// ```
/// use jianbao::structure::frame::formal_title;
/// assert!(formal_title("2013年住房城乡建设部政府信息公开工作报告"));
/// assert!(formal_title("国务院关于同意设立湖南湘江新区的批复"));
/// assert!(!formal_title("某市开展活动"));
/// ```
pub fn formal_title(title: &str) -> bool {
    let t = strip_tail(title);
    title.contains("关于") || FORMAL_ENDINGS.iter().any(|e| t.ends_with(e))
}
