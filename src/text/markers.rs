//! Section and point markers, in nom: 一、 （一） 1. （1）, and 一是 / 第一，.

use crate::text::chars::{arabic_digit, digit_value, small_chinese, small_unit};
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::{one_of, satisfy};
use nom::combinator::{map_opt, not, peek};
use nom::sequence::{delimited, terminated};
use nom::{IResult, Parser};

/// A section marker at the start of a block.
///
/// ```
/// use jianbao::structure::markers::section_marker;
/// let m = section_marker("（三）加强督查").unwrap();
/// assert_eq!((m.level, m.ordinal, m.len), (2, 3, "（三）".len()));
/// assert_eq!(section_marker("1.5万人").map(|m| m.level), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marker {
    /// 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）.
    pub level: u8,
    /// The marker's number.
    pub ordinal: u32,
    /// Its length in bytes.
    pub len: usize,
}

fn is_cn(c: char) -> bool {
    digit_value(c).is_some() || small_unit(c).is_some_and(|(p, i)| p == 1 && i.is_none())
}

fn cn_number(i: &str) -> IResult<&str, u32> {
    map_opt(take_while_m_n(1, 3, is_cn), small_chinese).parse(i)
}

fn arabic_number(i: &str) -> IResult<&str, u32> {
    map_opt(
        take_while_m_n(1, 2, |c| arabic_digit(c).is_some()),
        |s: &str| {
            let v = s
                .chars()
                .filter_map(arabic_digit)
                .fold(0u32, |m, d| m * 10 + d as u32);
            (v > 0).then_some(v)
        },
    )
    .parse(i)
}

fn open(i: &str) -> IResult<&str, char> {
    one_of("(（").parse(i)
}

fn close(i: &str) -> IResult<&str, char> {
    one_of(")）").parse(i)
}

fn level1(i: &str) -> IResult<&str, (u8, u32)> {
    terminated(cn_number, one_of("、，,．"))
        .map(|n| (1, n))
        .parse(i)
}

fn level2(i: &str) -> IResult<&str, (u8, u32)> {
    delimited(open, cn_number, close).map(|n| (2, n)).parse(i)
}

fn level3(i: &str) -> IResult<&str, (u8, u32)> {
    terminated(
        arabic_number,
        terminated(
            one_of(".．、"),
            not(peek(satisfy(|c| arabic_digit(c).is_some()))),
        ),
    )
    .map(|n| (3, n))
    .parse(i)
}

fn level4(i: &str) -> IResult<&str, (u8, u32)> {
    delimited(open, arabic_number, close)
        .map(|n| (4, n))
        .parse(i)
}

/// The section marker at the start of `block`, if any.
pub fn section_marker(block: &str) -> Option<Marker> {
    // Every marker starts with a numeral or an opening bracket.
    let first = block.chars().next()?;
    if !(is_cn(first) || arabic_digit(first).is_some() || matches!(first, '(' | '（')) {
        return None;
    }
    let (rest, (level, ordinal)) = alt((level1, level2, level3, level4)).parse(block).ok()?;
    // A marker needs something after it, and 1. followed by a unit or 年 is a number.
    let next = rest.chars().next()?;
    if level == 3 && (next == '%' || next == '％') {
        return None;
    }
    Some(Marker {
        level,
        ordinal,
        len: block.len() - rest.len(),
    })
}

/// The two styles of inline points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PointStyle {
    /// 一是, 二是.
    Shi,
    /// 第一，第二，.
    Di,
    /// 其一，其二，.
    Qi,
}

/// An inline point marker at the start of `text`: its style, ordinal and length.
///
/// ```
/// use jianbao::structure::markers::{point_marker, PointStyle};
/// assert_eq!(point_marker("三是“点对点”"), Some((PointStyle::Shi, 3, "三是".len())));
/// assert_eq!(point_marker("第二，加强"), Some((PointStyle::Di, 2, "第二，".len())));
/// assert_eq!(point_marker("一是一"), Some((PointStyle::Shi, 1, "一是".len())));
/// assert_eq!(point_marker("第二批"), None);
/// ```
pub fn point_marker(text: &str) -> Option<(PointStyle, u32, usize)> {
    // Every marker starts with a Chinese numeral, 第 or 其: most clauses are out at once.
    let first = text.chars().next()?;
    if !(is_cn(first) || first == '第' || first == '其') {
        return None;
    }
    let shi = terminated(cn_number, tag("是")).map(|n| (PointStyle::Shi, n));
    let di = delimited(tag("第"), cn_number, one_of("，,、：:")).map(|n| (PointStyle::Di, n));
    let qi = delimited(tag("其"), cn_number, one_of("，,、：:")).map(|n| (PointStyle::Qi, n));
    let (rest, (style, n)) = alt((shi, di, qi)).parse(text).ok()?;
    Some((style, n, text.len() - rest.len()))
}

/// Whether `c` ends a clause, so that a point marker may follow it.
pub fn ends_clause(c: char) -> bool {
    matches!(
        c,
        '。' | '；' | ';' | '！' | '!' | '？' | '?' | '：' | ':' | '，' | ','
    )
}

/// The division a law's marker names: 第一编, 第一章, 第一节 or 第一条.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LawUnit {
    /// 编, a part of a long code.
    Part,
    /// 章, a chapter.
    Chapter,
    /// 节, a section of a chapter.
    Section,
    /// 条, an article: the numbered provision, the unit a law is cited by.
    Article,
}

/// A law's division marker at the start of a block: 第一章, 第十二条, 第一百零一条, 第3条.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LawMarker {
    /// Which division it opens.
    pub unit: LawUnit,
    /// Its number.
    pub ordinal: u32,
    /// Its length in bytes, from 第 to the unit character.
    pub len: usize,
}

/// The number of a law's marker: Chinese numerals below 10 000 (一百零一, 十二, 二十) or up to four
/// Arabic digits.
fn law_number(s: &str) -> Option<u32> {
    if s.chars().all(|c| arabic_digit(c).is_some()) {
        let v = s
            .chars()
            .filter_map(arabic_digit)
            .fold(0u32, |m, d| m * 10 + u32::from(d));
        return (v > 0).then_some(v);
    }
    let (mut total, mut digit) = (0u32, None::<u32>);
    for c in s.chars() {
        if let Some(d) = digit_value(c) {
            digit = Some(u32::from(d));
        } else if let Some((p, None)) = small_unit(c) {
            total += digit.unwrap_or(1) * 10u32.pow(p);
            digit = None;
        } else {
            return None;
        }
    }
    let v = total + digit.unwrap_or(0);
    (v > 0).then_some(v)
}

/// The marker of a law's division (第X编, 第X章, 第X节, 第X条) at the start of `block`.
///
/// A 条 followed by 第, 款, 项, 规定, 的, 之, 至, 、 or ， is a cross-reference at the start of a
/// sentence (第二十七条第一项…, 第十条规定的…), not a provision: that is the vocabulary of legal
/// citation, and it serves every 条例/办法/法 that cites itself.
///
/// ```
/// use jianbao::structure::markers::{law_marker, LawUnit};
/// let m = law_marker("第一百零一条　本法自公布之日起施行。").unwrap();
/// assert_eq!((m.unit, m.ordinal, m.len), (LawUnit::Article, 101, "第一百零一条".len()));
/// assert_eq!(law_marker("第二章　申请条件").map(|m| (m.unit, m.ordinal)), Some((LawUnit::Chapter, 2)));
/// assert_eq!(law_marker("第二十七条第一项规定的情形"), None);
/// assert_eq!(law_marker("第一，加强领导"), None);
/// ```
pub fn law_marker(block: &str) -> Option<LawMarker> {
    let rest = block.strip_prefix('第')?;
    let digits = rest
        .char_indices()
        .take(9)
        .find(|&(_, c)| {
            !(digit_value(c).is_some()
                || small_unit(c).is_some_and(|(_, i)| i.is_none())
                || arabic_digit(c).is_some())
        })
        .map(|(i, _)| i)?;
    let ordinal = law_number(&rest[..digits])?;
    let unit_char = rest[digits..].chars().next()?;
    let unit = match unit_char {
        '编' => LawUnit::Part,
        '章' => LawUnit::Chapter,
        '节' => LawUnit::Section,
        '条' => LawUnit::Article,
        _ => return None,
    };
    let len = '第'.len_utf8() + digits + unit_char.len_utf8();
    let after = block[len..].trim_start_matches(|c: char| c.is_whitespace() || c == '　');
    let citation = ["第", "款", "项", "规定", "的", "之", "至", "、", "，", ","];
    if unit == LawUnit::Article && citation.iter().any(|w| after.starts_with(w)) {
        return None;
    }
    Some(LawMarker { unit, ordinal, len })
}
