//! The scanner: finds every quantity in a text, left to right, in one pass. This file holds the
//! entry point, the scan loop, `Step`, `Draft`, `at` and the plain numeral (`number`).

use super::numeral::{Numeral, numeral};
use super::units::{AFTER_LONE_DIGIT, approx_after, approx_before, blocking_word_end, unit_at};
use super::{Approx, Kind, NumberPart, Quantity, Value, subject};
use crate::Span;
use crate::text::chars::{
    arabic_digit, big_unit, digit_value, is_cn_numeral, is_financial, is_han, small_unit,
};
use crate::text::charset::{CharSet, code_point_at};
use std::sync::OnceLock;

mod dates;
mod finish;
mod forms;
mod not_quantity;

use dates::mark_dates;
use finish::{approx_suffix, carry_subjects, finish, unit_and_approx};
use forms::{
    bare_denominator, capital_money, cheng_zhe, dozen, fraction, half, mixed, range, ratio, slash,
    spaced_digits, two_digit_discount, whole_sum, years_and_months,
};
use not_quantity::{article, congress, list_marker, quoted_name, reference, session, url};

/// Every quantity in `text`, in order, none overlapping; spans are byte offsets into `text`.
///
/// Never panics; time is linear in the length of `text`.
///
/// ```
/// use jianbao::quantities::extract;
/// let qs = extract("悬挂千条宣传标语、制作百块宣传牌，创一流，一是抓学习");
/// let found: Vec<_> = qs.iter().map(|q| (q.text.as_str(), q.value.unwrap().to_string())).collect();
/// assert_eq!(found, [("千条", "1000".to_string()), ("百块", "100".to_string())]);
/// ```
pub fn extract(text: &str) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    let bytes = text.as_bytes();
    let starts = start_set();
    // Where the last quotation mark is: a quoted name starts at most 10 characters (40 bytes)
    // after one, so most positions need no look back for it.
    let mut quote = None;
    while i < bytes.len() {
        // The three-byte chars (Han, CJK punctuation) that make most of the text, decoded with
        // one bounds check; the rest as `code_point_at` decodes them.
        let (cp, step) = match bytes.get(i..i + 3) {
            Some(&[a @ 0xE0..=0xEF, b, c]) => (
                (u32::from(a & 0x0F) << 12) | (u32::from(b & 0x3F) << 6) | u32::from(c & 0x3F),
                3,
            ),
            _ => code_point_at(bytes, i),
        };
        // One comparison for the Han characters that make most of the text.
        if cp < 0x3010 && QUOTES.contains(&cp) {
            quote = Some(i);
        }
        if starts.contains_cp(cp) {
            let near_quote = quote.is_some_and(|q| i - q <= 40);
            let from = i;
            let step_to = at(text, i, floor, near_quote);
            // A jump passes over characters unseen: the last quotation mark among them counts.
            let mut jumped = |to: usize| {
                if let Some(p) = text.get(from + step..to).and_then(|s| s.rfind(QUOTE_CHARS)) {
                    quote = Some(from + step + p);
                }
            };
            match step_to {
                Step::Found(q) => {
                    jumped(q.span.end);
                    i = q.span.end.max(i + step);
                    floor = q.span.end;
                    // A numeral beyond 10^308 (a run of hundreds of digits) is not a statistic.
                    let finite = |v: Option<Value>| v.is_none_or(Value::is_finite);
                    if finite(q.value)
                        && finite(q.min)
                        && finite(q.max)
                        && q.number.value.is_finite()
                    {
                        out.push(*q);
                    }
                    continue;
                }
                Step::Skip(end) => {
                    jumped(end);
                    // The floor stays: a skipped mark (国内生产总值[2]) does not end the subject.
                    i = end.max(i + step);
                    continue;
                }
                Step::Nothing => {}
            }
        }
        i += step;
    }
    mark_dates(text, &mut out);
    carry_subjects(text, &mut out);
    out
}

/// The quotation marks `quoted_name` looks back for.
const QUOTE_CHARS: [char; 5] = ['“', '”', '"', '「', '」'];
const QUOTES: [u32; 5] = [0x201C, 0x201D, 0x22, 0x300C, 0x300D];

enum Step {
    Found(Box<Quantity>),
    Skip(usize),
    Nothing,
}

/// The characters a quantity or a skipped marker can start with.
fn start_set() -> &'static CharSet {
    static SET: OnceLock<CharSet> = OnceLock::new();
    SET.get_or_init(|| CharSet::from_fn(can_start))
}

fn can_start(c: char) -> bool {
    arabic_digit(c).is_some()
        || is_cn_numeral(c)
        || matches!(
            c,
            '第' | '负'
                | '負'
                | '-'
                | '－'
                | '−'
                | '.'
                | '．'
                | '半'
                | '对'
                | '對'
                | '('
                | '（'
                | '几'
                | '幾'
                | '数'
                | '數'
        )
}

/// A quantity in the making.
struct Draft {
    start: usize,
    num: Span,
    value: Option<Value>,
    range: Option<(Value, Value)>,
    approx: Option<Approx>,
    unit: Option<Span>,
    kind: Kind,
    end: usize,
}

impl Draft {
    fn new(start: usize, num: Span, value: Value) -> Self {
        Draft {
            start,
            num,
            value: Some(value),
            range: None,
            approx: None,
            unit: None,
            kind: Kind::Number,
            end: num.end,
        }
    }
}

fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

fn at_line_start(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .rev()
        .take_while(|c| *c != '\n')
        .all(|c| c.is_whitespace())
}

fn skip_spaces(text: &str, i: usize) -> usize {
    // Most positions hold no space: only ' ' and U+3000 (E3 80 80) start one.
    if !matches!(text.as_bytes().get(i), Some(b' ' | 0xE3)) {
        return i;
    }
    i + text[i..].len() - text[i..].trim_start_matches([' ', '\u{3000}']).len()
}

/// `word` at `i`, allowing spaces between its characters: the end, or `None`.
fn spaced(text: &str, i: usize, word: &str) -> Option<usize> {
    let mut at = i;
    for (n, c) in word.chars().enumerate() {
        if n > 0 {
            at = skip_spaces(text, at);
        }
        if char_at(text, at)? != c {
            return None;
        }
        at += c.len_utf8();
    }
    Some(at)
}

fn at(text: &str, i: usize, floor: usize, near_quote: bool) -> Step {
    if let Some(end) = list_marker(text, i) {
        return Step::Skip(end);
    }
    if let Some(end) = url(text, i) {
        return Step::Skip(end);
    }
    if near_quote && let Some(end) = quoted_name(text, i) {
        return Step::Skip(end);
    }
    if let Some(end) = reference(text, i) {
        return Step::Skip(end);
    }
    let c = char_at(text, i).unwrap_or(' ');
    let draft = match c {
        '第' => return ordinal(text, i, floor),
        // 打对折, and 对折 standing alone: half price.
        '对' | '對'
            if char_before(text, i).is_none_or(|p| p == '打' || !is_han(p))
                && text[i + 3..].starts_with('折') =>
        {
            let mut d = Draft::new(i, Span::new(i, i + 6), Value::int(50));
            d.kind = Kind::Percent;
            d.end = i + 6;
            Some(d)
        }
        '半' => half(text, i).or_else(|| number(text, i)),
        '数' | '數' => several(text, i),
        '万' | '亿' | '萬' | '億' => bare_big(text, i)
            .or_else(|| bare_denominator(text, i))
            .or_else(|| number(text, i)),
        '(' | '（' => None,
        _ => two_digit_discount(text, i)
            .or_else(|| bare_denominator(text, i))
            .or_else(|| number(text, i)),
    };
    match draft {
        Some(mut d) => {
            approx_suffix(text, &mut d);
            Step::Found(Box::new(finish(text, d, floor)))
        }
        None => Step::Nothing,
    }
}

/// 数十年, 数百人, 数万元 (several tens, hundreds, ten-thousands), as news and reports write a rough
/// size: only before a unit, and not where 数 ends a word (多数百姓, 人数百分之三十, 次数).
fn several(text: &str, i: usize) -> Option<Draft> {
    // The characters that make a word ending in 数 (多数, 少数, 人数, 总数, 次数, 指数, 分数, 岁数,
    // 户数, 件数, 基数, 系数, 函数, 变数, 常数, 整数, 倍数, 位数, 个数, 票数, 字数, 页数, 天数).
    const WORD: &[char] = &[
        '多', '少', '无', '無', '人', '总', '總', '次', '指', '分', '岁', '户', '件', '基', '参',
        '系', '函', '变', '常', '整', '倍', '位', '个', '票', '字', '页', '天', '算', '实', '虚',
        '复', '素', '奇', '偶', '小', '大', '半', '点', '度', '礼', '定', '运', '气', '心',
    ];
    // 有数 is a word too (心中有数), but 有数百人 counts: the unit required below tells them apart.
    if char_before(text, i).is_some_and(|p| WORD.contains(&p)) {
        return None;
    }
    let d = number(text, i)?;
    let unit = d.unit.map(|u| &text[u.range()]);
    (unit.is_some_and(|u| u != "分") && !text[d.end..].starts_with('之')).then_some(d)
}

/// 第173期, 第一百七十三期; 第一， as a list marker is skipped.
fn ordinal(text: &str, i: usize, floor: usize) -> Step {
    let ns = i + '第'.len_utf8();
    let Some(n) = numeral(&text[ns..]) else {
        return Step::Nothing;
    };
    let nend = ns + n.len;
    if n.range.is_some() {
        return Step::Nothing;
    }
    // 第一产业, 第一书记: names, not ordinals.
    if let Some(end) = blocking_word_end(text, i) {
        return Step::Skip(end);
    }
    if char_at(text, nend).is_some_and(|c| matches!(c, '，' | ',' | '、' | '：' | ':' | '是'))
        && n.chinese
    {
        return Step::Skip(nend);
    }
    let mut d = Draft::new(i, Span::new(i, nend), n.value);
    d.kind = Kind::Ordinal;
    if let Some((u, _)) = unit_at(&text[nend..]) {
        d.unit = Some(Span::new(nend, nend + u.len()));
        d.end = nend + u.len();
    }
    Step::Found(Box::new(finish(text, d, floor)))
}

/// 过亿元, 突破万人, 近万人: a bare 万 or 亿 after an approximation word of its size, before a
/// unit; 上万人 (as many as ten thousand, 上 is part of it) and 万余人 (余 after the bare unit), as
/// news and reports write round sizes.
fn bare_big(text: &str, i: usize) -> Option<Draft> {
    let c = char_at(text, i)?;
    let end = i + c.len_utf8();
    let more = text[end..].starts_with(['余', '多']);
    let up = text[..i].ends_with('上');
    if !(more || up || text[..i].ends_with(['过', '超', '破', '逾', '近'])) {
        return None;
    }
    let unit_start = if more { end + '余'.len_utf8() } else { end };
    let (u, kind) = unit_at(&text[unit_start..])?;
    let start = if up && !more { i - '上'.len_utf8() } else { i };
    let mut d = Draft::new(start, Span::new(i, end), Value::pow10(big_unit(c)?));
    d.approx = if more {
        Some(Approx::MoreThan)
    } else if up {
        Some(Approx::AtLeast)
    } else {
        None
    };
    d.unit = Some(Span::new(unit_start, unit_start + u.len()));
    d.kind = kind;
    d.end = unit_start + u.len();
    Some(d)
}

/// A numeral with an optional sign (负, -): its value and end.
fn signed_numeral(text: &str, i: usize) -> Option<(Value, usize)> {
    let c = char_at(text, i)?;
    let (neg, at) = match c {
        '负' | '負' => (true, i + c.len_utf8()),
        '-' | '－' | '−' => (true, i + c.len_utf8()),
        _ => (false, i),
    };
    let n = numeral(&text[at..])?;
    if n.range.is_some() {
        return None;
    }
    Some((if neg { n.value.negate() } else { n.value }, at + n.len))
}

/// A number, with its sign, fraction, range, percent sign, 成/折, unit and approximation words.
fn number(text: &str, i: usize) -> Option<Draft> {
    let c = char_at(text, i)?;
    let prev = char_before(text, i);
    let mut at = i;
    let mut neg = false;
    match c {
        '负' | '負' => {
            neg = true;
            // 负 1,200,000: a space may follow the word.
            at = skip_spaces(text, at + c.len_utf8());
        }
        '-' | '－' | '−' => {
            let next = char_at(text, at + c.len_utf8())?;
            if matches!(prev, Some('-' | '－' | '−'))
                || prev.is_some_and(|p| p.is_ascii_alphanumeric())
            {
                return None;
            }
            if arabic_digit(next).is_none() && !matches!(next, '.' | '．') {
                return None;
            }
            neg = true;
            at += c.len_utf8();
        }
        '.' | '．'
            if prev.is_some_and(|p| arabic_digit(p).is_some() || matches!(p, '.' | '．')) =>
        {
            return None;
        }
        // 零下4摄氏度, 零下十度: below zero, a temperature's sign (weather and disaster reports).
        '零' if text[i..].starts_with("零下")
            && char_at(text, i + "零下".len())
                .is_some_and(|n| arabic_digit(n).is_some() || is_cn_numeral(n)) =>
        {
            neg = true;
            at += "零下".len();
        }
        _ => {}
    }
    if prev.is_some_and(|p| p.is_ascii_alphabetic()) && arabic_digit(c).is_some() {
        return None;
    }
    // The decimals of a number that was not taken (PM2.5), and a digit inside a run of Chinese
    // digits that was not a numeral (八五 as a plan's name).
    if let Some(p @ ('.' | '．')) = prev
        && arabic_digit(c).is_some()
    {
        let head = &text[..i - p.len_utf8()];
        let int = head.trim_end_matches(|c: char| arabic_digit(c).is_some());
        if int.len() < head.len() && int.ends_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
    }
    if prev.is_some_and(|p| digit_value(p).is_some()) && digit_value(c).is_some() {
        return None;
    }
    if !neg && let Some(d) = spaced_digits(text, i) {
        return Some(d);
    }
    if !neg && let Some(d) = ratio(text, i) {
        return Some(d);
    }
    // 一半: one half.
    if text[at..].starts_with("一半") {
        let mut d = Draft::new(i, Span::new(i, at + "一半".len()), Value::decimal(5, 1));
        d.kind = Kind::Fraction;
        return Some(d);
    }
    let mut n = numeral(&text[at..])?;
    // After "2222." a dotted chain continues: no decimal part here.
    let dotted = matches!(prev, Some('.' | '．'))
        && char_before(text, i - prev.map_or(0, char::len_utf8))
            .is_some_and(|p| arabic_digit(p).is_some());
    if dotted {
        let cut = text[at..at + n.len].find(['.', '．']).unwrap_or(n.len);
        n = numeral(&text[at..at + cut])?;
    }
    // 1300万千瓦, 20亿千瓦时: after 万 or 亿, a 千 that starts a unit (千瓦, 千伏) belongs to the unit.
    let digits = &text[at..at + n.len];
    if let Some(head) = digits.strip_suffix('千')
        && (head.ends_with(['万', '亿', '萬', '億'])
            || head.ends_with(|c: char| c.is_ascii_digit()))
        && unit_at(&text[at + head.len()..]).is_some_and(|(u, _)| u.len() > '千'.len_utf8())
        && let Some(m) = numeral(head)
    {
        n = m;
    }
    let nend = at + n.len;
    if n.chinese && !chinese_ok(text, at, &n) {
        return None;
    }
    let value = if neg { n.value.negate() } else { n.value };
    let mut d = Draft::new(i, Span::new(i, nend), value);
    d.approx = n.approx;
    if let Some((lo, hi)) = n.range {
        d.value = None;
        d.range = Some((lo, hi));
    }
    if fraction(text, &mut d, &n) {
        // 四分之一世纪: a fraction of a unit takes the unit's kind.
        if let Some((u, k)) = unit_at(&text[d.end..])
            && matches!(k, Kind::Duration | Kind::Measure | Kind::Money)
        {
            d.unit = Some(Span::new(d.end, d.end + u.len()));
            d.kind = k;
            d.end += u.len();
        }
        return Some(d);
    }
    if mixed(text, &mut d)
        || slash(text, &mut d, &n)
        || range(text, &mut d, &n)
        || cheng_zhe(text, &mut d, &n)
    {
        return Some(d);
    }
    if n.chinese
        && let Some((end, kind)) = congress(text, i, nend, d.value)
    {
        d.unit = Some(Span::new(nend, end));
        d.kind = kind;
        d.end = end;
        return Some(d);
    }
    unit_and_approx(text, &mut d);
    capital_money(text, &mut d);
    whole_sum(text, &mut d);
    years_and_months(text, &mut d);
    // 501万群众: a large numeral straight before a noun counts it (unit null).
    if d.unit.is_none()
        && text[at..nend].ends_with(['万', '亿', '萬', '億'])
        && char_at(text, nend).is_some_and(|c| is_han(c) && !AFTER_LONE_DIGIT.contains(&c))
        && approx_after(&text[nend..]).is_none()
    {
        d.kind = Kind::Count;
    }
    if d.unit.is_some_and(|u| &text[u.range()] == "届") && !text[..i].ends_with(['连', '续', '每'])
    {
        // 十九届, 十一届三中全会: the term of a congress, an ordinal (连续三届 counts terms).
        d.kind = Kind::Ordinal;
    }
    if n.chinese && d.unit.is_none() && n.tokens == 1 && !lone_ok(text, nend) {
        return None;
    }
    dozen(text, &mut d);
    if d.kind == Kind::Count
        && d.unit.is_some_and(|u| &text[u.range()] == "次")
        && session(text, i, d.end)
    {
        d.kind = Kind::Ordinal;
        return Some(d);
    }
    if !neg && &text[at..nend] == "一" && article(text, i, &d) {
        return None;
    }
    Some(d)
}

/// Context rules for Chinese numerals: words such as 一线, 统一, 四川 and lone digits before
/// ordinary words (一看) are not numbers.
fn chinese_ok(text: &str, at: usize, n: &Numeral) -> bool {
    let nend = at + n.len;
    if let Some(word_end) = blocking_word_end(text, at) {
        // 十分钟 is ten minutes although 十分 is a word: the unit runs through the word's end.
        let unit_end = unit_at(&text[nend..]).map_or(nend, |(u, _)| nend + u.len());
        // 一一一 is a digit string although 一一 is a word: the numeral runs past the word.
        // 翻一番, 翻了一番: one doubling, although 一番 is a word (一番努力).
        let doubling = text[nend..].starts_with('番')
            && (text[..at].ends_with('翻') || text[..at].ends_with("翻了"));
        if !(nend < word_end && unit_end > word_end
            || n.digit_string && nend > word_end
            || doubling)
        {
            return false;
        }
    }
    let first = char_at(text, at).unwrap_or(' ');
    let word_before =
        char_before(text, at).is_some_and(|c| is_han(c) && !matches!(c, '负' | '負' | '第'));
    if n.tokens == 1 && is_financial(first) && word_before && unit_at(&text[nend..]).is_none() {
        // 队伍, 收拾: a financial numeral alone after a Han character is a word, not a number,
        // unless the sentence is about the numeral (…写法是叁).
        return char_before(text, at) == Some('是') && !char_at(text, nend).is_some_and(is_han);
    }
    if n.tokens == 1 && big_unit(first).is_some() {
        return false;
    }
    true
}

/// A lone numeral with no unit: a number when what follows is not a word it could belong to.
fn lone_ok(text: &str, end: usize) -> bool {
    match char_at(text, end) {
        None => true,
        Some(c) if !is_han(c) => true,
        Some(c) => AFTER_LONE_DIGIT.contains(&c),
    }
}
