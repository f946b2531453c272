//! The scanner: finds every quantity in a text, left to right, in one pass.

use super::numeral::{Numeral, numeral};
use super::units::{AFTER_LONE_DIGIT, approx_after, approx_before, blocking_word_end, unit_at};
use super::{Approx, Kind, NumberPart, Quantity, Value, subject};
use crate::Span;
use crate::text::chars::{
    arabic_digit, big_unit, digit_value, is_cn_numeral, is_financial, is_han, small_unit,
};
use crate::text::charset::{CharSet, code_point_at};
use std::sync::OnceLock;

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
    while i < bytes.len() {
        let (cp, step) = code_point_at(bytes, i);
        if starts.contains_cp(cp) {
            match at(text, i, floor) {
                Step::Found(q) => {
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

/// A change right after a comma with no subject of its own (国内生产总值900309亿元，比上年增长6.6%)
/// is a change of the quantity before the comma, as statistics communiqués write: its subject.
fn carry_subjects(text: &str, qs: &mut [Quantity]) {
    for i in 1..qs.len() {
        if qs[i].subject.is_some() || matches!(qs[i].kind, Kind::Date | Kind::Ordinal) {
            continue;
        }
        let start = qs[i].span.start;
        let fan = qs[i].text.starts_with('翻') as usize * '翻'.len_utf8();
        let end = qs[i - 1].span.end;
        let near = text
            .get(end..start)
            .is_some_and(|g| g.len() <= 48 && g.trim_start().starts_with(['，', ',', '、']));
        if !near {
            continue;
        }
        let (_, lead) = subject::change(text, start + fan);
        let linked = subject::strip_links(&text[..lead]).len() < lead;
        if qs[i].direction.is_none() && !linked {
            continue;
        }
        let (subject, span, kind, end) = {
            let p = &qs[i - 1];
            (p.subject.clone(), p.subject_span, p.kind, p.span.end)
        };
        let gap = subject::strip_links(text.get(end..lead).unwrap_or(""));
        if matches!(gap.trim(), "，" | "," | "、") && !matches!(kind, Kind::Date | Kind::Ordinal)
        {
            qs[i].subject = subject;
            qs[i].subject_span = span;
        }
    }
    // 分别增长7.5%和8.5%: the second of a pair shares the first one's verb.
    for i in 1..qs.len() {
        let (dir, kind, end) = (qs[i - 1].direction, qs[i - 1].kind, qs[i - 1].span.end);
        if qs[i].direction.is_none()
            && dir.is_some()
            && kind == qs[i].kind
            && matches!(
                text.get(end..qs[i].span.start),
                Some("和" | "、" | "与" | "及")
            )
        {
            qs[i].direction = dir;
            // 事故起数和死亡人数分别下降42.86%和60.61%: the two subjects, in order.
            if let Some(s2) = qs[i - 1].subject_span
                && let Some(joint) = text[..s2.start].chars().next_back()
                && matches!(joint, '和' | '与' | '、' | '及')
                && let Some((s1, span1)) = subject::before(text, 0, s2.start - joint.len_utf8())
            {
                qs[i].subject = qs[i - 1].subject.take();
                qs[i].subject_span = Some(s2);
                qs[i - 1].subject = Some(s1);
                qs[i - 1].subject_span = Some(span1);
            } else if qs[i].subject.is_none() {
                qs[i].subject = qs[i - 1].subject.clone();
                qs[i].subject_span = qs[i - 1].subject_span;
            }
        }
    }
}

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

fn at(text: &str, i: usize, floor: usize) -> Step {
    if let Some(end) = list_marker(text, i) {
        return Step::Skip(end);
    }
    if let Some(end) = url(text, i) {
        return Step::Skip(end);
    }
    if let Some(end) = quoted_name(text, i) {
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

/// 左右, 以上, 以下 … after a quantity that took no unit words of its own (百分之八十左右).
fn approx_suffix(text: &str, d: &mut Draft) {
    if d.approx.is_some() {
        return;
    }
    if let Some((w, a)) = approx_after(&text[d.end..])
        && !matches!(w, "多" | "余" | "来")
    {
        d.approx = Some(a);
        d.end += w.len();
    }
}

/// 一、 1. （一） (1) as list markers: skipped whole.
fn list_marker(text: &str, i: usize) -> Option<usize> {
    let c = char_at(text, i)?;
    if matches!(c, '(' | '（') {
        let inner = i + c.len_utf8();
        let len = text[inner..]
            .char_indices()
            .find(|(_, c)| !(is_cn_numeral(*c) || arabic_digit(*c).is_some()))
            .map_or(text.len() - inner, |(n, _)| n);
        let close = inner + len;
        let closing = char_at(text, close)?;
        if len > 0 && len <= 9 && matches!(closing, ')' | '）') {
            return Some(close + closing.len_utf8());
        }
        return None;
    }
    if !at_line_start(text, i) {
        return None;
    }
    let len = text[i..]
        .char_indices()
        .find(|(_, c)| !(is_cn_numeral(*c) || arabic_digit(*c).is_some()))
        .map_or(text.len() - i, |(n, _)| n);
    let next = char_at(text, i + len)?;
    let arabic = arabic_digit(c).is_some();
    let after = i + len + next.len_utf8();
    let marker = next == '、'
        || (arabic
            && matches!(next, '.' | '．')
            && char_at(text, after).is_none_or(|c| arabic_digit(c).is_none()));
    (len > 0 && len <= 9 && marker).then_some(after)
}

/// A web address around `i` (numbers in URLs are not quantities): the end of it.
///
/// Looks back over ASCII URL characters only (at most 2 KiB), so long Chinese lines stay linear.
fn url(text: &str, i: usize) -> Option<usize> {
    if !char_at(text, i).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let url_byte = |b: &u8| b.is_ascii_graphic() && !matches!(b, b'"' | b'<' | b'>');
    let back = text.as_bytes()[..i]
        .iter()
        .rev()
        .take(2048)
        .take_while(|b| url_byte(b))
        .count();
    let word = &text[i - back..i];
    let is_url = ["http://", "https://", "www.", "ftp://"]
        .iter()
        .any(|p| word.contains(p));
    if !is_url {
        return None;
    }
    Some(
        text[i..]
            .find(|c: char| c.is_whitespace() || is_han(c))
            .map_or(text.len(), |p| i + p),
    )
}

/// A footnote mark (国内生产总值[2], 〔3〕) or a reference to a table, figure or annex (见表3, 附件1,
/// a caption 表1 at a line start), as statistics communiqués and documents write them: the end of
/// its number.
fn reference(text: &str, i: usize) -> Option<usize> {
    let prev = char_before(text, i)?;
    if !matches!(prev, '[' | '［' | '〔' | '表' | '图' | '圖' | '件') {
        return None;
    }
    let c = char_at(text, i)?;
    arabic_digit(c).or_else(|| digit_value(c))?;
    let len = text[i..]
        .char_indices()
        .find(|(_, c)| !(arabic_digit(*c).is_some() || is_cn_numeral(*c)))
        .map_or(text.len() - i, |(n, _)| n);
    let end = i + len;
    if matches!(prev, '[' | '［' | '〔') {
        return matches!(char_at(text, end)?, ']' | '］' | '〕').then_some(end);
    }
    if !matches!(prev, '表' | '图' | '圖' | '件') {
        return None;
    }
    let head = &text[..i - prev.len_utf8()];
    let word = match prev {
        '件' => head.strip_suffix("附").map(|h| (h, true)),
        _ => Some((head.strip_suffix("附").unwrap_or(head), false)),
    };
    let (before, annex) = word?;
    // 见表3, 如图2, 附表1, 附件1, and a caption at the start of a line; not 代表3人 or 地图2张.
    let lead = before.chars().next_back();
    let referenced = annex
        || before.len() < head.len()
        || lead.is_none_or(|c| {
            matches!(
                c,
                '见' | '如' | '按' | '据' | '\n' | '*' | '#' | ' ' | '（' | '(' | '>' | '、' | '和'
            )
        });
    (referenced && unit_at(&text[end..]).is_none()).then_some(end)
}

/// Nouns that end the quoted name of a programme, a hotline or a campaign in official text.
const PROGRAMME_NOUNS: &[&str] = &[
    "工程",
    "计划",
    "行动",
    "战略",
    "热线",
    "平台",
    "项目",
    "活动",
    "模式",
    "机制",
    "体系",
    "工作法",
    "服务",
    "制度",
    "品牌",
    "目标",
    "任务",
    "专项",
    "方案",
    "标准",
    "示范",
    "创建",
    "攻坚",
    "规划",
];

/// A short quoted name with two or more numerals (“一报两台”, “两代表一委员”): not quantities.
fn quoted_name(text: &str, i: usize) -> Option<usize> {
    let open = text[..i]
        .char_indices()
        .rev()
        .take(10)
        .find(|(_, c)| matches!(c, '“' | '”' | '"' | '「' | '」'))?;
    if !matches!(open.1, '“' | '「') {
        return None;
    }
    let inner = open.0 + open.1.len_utf8();
    let (len, close) = text[inner..]
        .char_indices()
        .take(12)
        .find(|(_, c)| matches!(c, '”' | '」'))?;
    let quoted = &text[inner..inner + len];
    let numeral = |c: char| is_cn_numeral(c) || arabic_digit(c).is_some();
    let numerals = quoted
        .chars()
        .zip(quoted.chars().skip(1).chain(std::iter::once(' ')))
        .filter(|(c, next)| numeral(*c) && !numeral(*next))
        .count();
    let all_numeral = quoted.chars().all(numeral);
    // A programme or brand named with a number (“8890工程”, “一号工程”, “12345热线”).
    let programme = numerals == 1 && PROGRAMME_NOUNS.iter().any(|w| quoted.ends_with(w));
    ((numerals >= 2 || programme) && !all_numeral).then(|| inner + len + close.len_utf8())
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

/// 过亿元, 突破万人: a bare 万 or 亿 after an approximation word of its size, before a unit.
fn bare_big(text: &str, i: usize) -> Option<Draft> {
    let c = char_at(text, i)?;
    if !text[..i].ends_with(['过', '超', '破', '逾']) {
        return None;
    }
    let end = i + c.len_utf8();
    let (u, kind) = unit_at(&text[end..])?;
    let mut d = Draft::new(i, Span::new(i, end), Value::pow10(big_unit(c)?));
    d.unit = Some(Span::new(end, end + u.len()));
    d.kind = kind;
    d.end = end + u.len();
    Some(d)
}

/// 半成 (5%), 半折 (50%); 半数 (0.5), 半个月 and 半年 (0.5 of a unit of time).
fn half(text: &str, i: usize) -> Option<Draft> {
    let rest = &text[i + 3..];
    if rest.starts_with('数') {
        let mut d = Draft::new(i, Span::new(i, i + 6), Value::decimal(5, 1));
        d.kind = Kind::Fraction;
        return Some(d);
    }
    if let Some((u, Kind::Duration)) = unit_at(rest) {
        let mut d = Draft::new(i, Span::new(i, i + 3), Value::decimal(5, 1));
        d.unit = Some(Span::new(i + 3, i + 3 + u.len()));
        d.kind = Kind::Duration;
        d.end = i + 3 + u.len();
        return Some(d);
    }
    let value = if rest.starts_with('成') {
        5
    } else if rest.starts_with('折') {
        50
    } else {
        return None;
    };
    let mut d = Draft::new(i, Span::new(i, i + 6), Value::int(value));
    d.kind = Kind::Percent;
    Some(d)
}

/// 七五折, 三八折, 7 2 折: two single digits and 折.
fn two_digit_discount(text: &str, i: usize) -> Option<Draft> {
    let single = |at: usize| -> Option<(u8, usize)> {
        let c = char_at(text, at)?;
        let d = digit_value(c).or_else(|| arabic_digit(c))?;
        Some((d, at + c.len_utf8()))
    };
    let (a, e1) = single(i)?;
    let (b, e2) = single(skip_spaces(text, e1))?;
    let z = skip_spaces(text, e2);
    if char_at(text, z)? != '折' || a == 0 {
        return None;
    }
    let end = z + '折'.len_utf8();
    let mut d = Draft::new(i, Span::new(i, end), Value::int((a * 10 + b) as i128));
    d.kind = Kind::Percent;
    Some(d)
}

/// 百分之八十, 千分之五, 万分之三, 百万分之五: a bare power of ten over a numerator, as a percentage.
fn bare_denominator(text: &str, i: usize) -> Option<Draft> {
    // Most numbers start with a digit: no denominator.
    if !text[i..].starts_with([
        '十', '百', '千', '万', '亿', '拾', '佰', '仟', '萬', '億', '兆',
    ]) {
        return None;
    }
    let mut at = i;
    let mut den = Value::int(1);
    let mut units = 0;
    loop {
        let c = char_at(text, at)?;
        let p = match (small_unit(c), big_unit(c)) {
            (Some((p, None)), _) => p,
            (_, Some(p)) => p,
            _ => break,
        };
        den = den.times(Value::pow10(p));
        units += 1;
        at = skip_spaces(text, at + c.len_utf8());
    }
    if units == 0 {
        return None;
    }
    let after = spaced(text, at, "分之")?;
    let (num, num_end) = signed_numeral(text, skip_spaces(text, after))?;
    let value = num.times(Value::int(100)).over(den)?;
    let mut d = Draft::new(i, Span::new(i, num_end), value);
    d.kind = Kind::Percent;
    if den == Value::int(100) {
        // 百分之八十: the numeral is 八十.
        d.num = Span::new(skip_spaces(text, after), num_end);
    }
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

/// 一 before a classifier inside a sentence is the indefinite article, not a count: 一个伟大的转折,
/// 推出一批改革举措, 迈进了一大步, 极为重要的一年 (a year named by what it was). Not extracted.
/// Kept: after 第, 每, 仅, 只 and approximation words (仅一个, 每一项), before 多/余/半/来
/// (一年来, 一个多月), and at the start of a text (a bare "一只" is a count).
fn article(text: &str, i: usize, d: &Draft) -> bool {
    let after = &text[d.end..];
    // At the start of a text only before a modifier with 的 (一个新的阶段; a bare 一只 counts).
    let modifier = after
        .chars()
        .take(4)
        .take_while(|c| is_han(*c) && !is_cn_numeral(*c))
        .any(|c| c == '的');
    let prev = char_before(text, i).unwrap_or(if modifier { '的' } else { ' ' });
    if !is_han(prev)
        || matches!(
            prev,
            '第' | '每'
                | '仅'
                | '只'
                | '唯'
                | '单'
                | '近'
                | '约'
                | '逾'
                | '共'
                | '计'
                | '达'
                | '至'
                | '到'
                | '减'
                | '增'
                | '前'
                | '后'
                | '头'
                | '首'
                | '末'
        )
        || d.approx.is_some()
        || d.range.is_some()
    {
        return false;
    }
    if after.starts_with(['多', '余', '半', '来', '以']) {
        return false;
    }
    match (d.kind, d.unit) {
        // 次, 遍, 回 count events (每月召开一次会议); after 上, 再, 又 they are determiners (上一次).
        (Kind::Count, Some(u)) if matches!(&text[u.range()], "次" | "遍" | "回") => {
            matches!(prev, '上' | '再' | '又' | '这' | '那' | '另' | '同')
        }
        (Kind::Count, Some(_)) => true,
        (Kind::Duration, Some(u)) if &text[u.range()] == "年" => {
            let head = &text[..i];
            let head = head.strip_suffix('的').unwrap_or(head);
            [
                "重要", "关键", "平凡", "难忘", "丰收", "攻坚", "开局", "收官", "决胜", "奋斗",
            ]
            .iter()
            .any(|w| head.ends_with(w))
        }
        (_, None) => {
            after.starts_with(['大', '小'])
                && unit_at(&after[3..]).is_some_and(|(_, k)| k == Kind::Count)
        }
        _ => false,
    }
}

/// 一次会议 after 十届全国人大: the session of a congress, an ordinal.
fn session(text: &str, i: usize, end: usize) -> bool {
    let after = &text[end..];
    if !(after.starts_with("会议") || after.starts_with("全体会议")) {
        return false;
    }
    let from = text[..i].char_indices().rev().nth(15).map_or(0, |(k, _)| k);
    text[from..i].contains('届')
}

/// 十九大 and 三中全会 in party and congress documents: ordinals whose classifier (大, 中全会) is
/// kept as the unit; 二中、三中全会 writes the first 中全会 short. A congress number is 11 to 30, or
/// any after 党的 (党的八大); a smaller number before 大 and a noun counts "major" things (三大战略,
/// 十大工程): a count with unit 大.
fn congress(text: &str, i: usize, nend: usize, value: Option<Value>) -> Option<(usize, Kind)> {
    let v = value?.as_i128()?;
    let rest = &text[nend..];
    if rest.starts_with("中全会") && (1..=9).contains(&v) {
        return Some((nend + "中全会".len(), Kind::Ordinal));
    }
    if let Some(next) = rest.strip_prefix("中、")
        && next
            .char_indices()
            .take(6)
            .any(|(k, _)| next[k..].starts_with("中全会"))
        && (1..=9).contains(&v)
    {
        return Some((nend + '中'.len_utf8(), Kind::Ordinal));
    }
    let after = rest.strip_prefix('大')?;
    let next = after.chars().next();
    // 大型, 大量, 大力, 大幅: an adjective or adverb starting with 大, not a classifier.
    if next.is_some_and(|c| {
        matches!(
            c,
            '型' | '量'
                | '力'
                | '幅'
                | '批'
                | '步'
                | '大'
                | '小'
                | '多'
                | '于'
                | '的'
                | '约'
                | '概'
        )
    }) {
        return None;
    }
    let end = nend + '大'.len_utf8();
    let party = text[..i].ends_with("党的") || text[..i].ends_with("中共");
    if (11..=30).contains(&v) || party {
        return Some((end, Kind::Ordinal));
    }
    ((2..=10).contains(&v) && next.is_some_and(is_han)).then_some((end, Kind::Count))
}

/// 贰拾叁元伍角, 三元五角六分: 角 and 分 after 元 are tenths and hundredths of the amount.
fn capital_money(text: &str, d: &mut Draft) {
    if !d
        .unit
        .is_some_and(|u| matches!(&text[u.range()], "元" | "圆"))
    {
        return;
    }
    let Some(mut value) = d.value else { return };
    let mut at = d.end;
    if !char_at(text, at).is_some_and(is_cn_numeral) {
        return;
    }
    for (unit, scale) in [('角', 1), ('分', 2)] {
        let Some(n) = numeral(&text[at..]).filter(|n| n.chinese && n.range.is_none()) else {
            break;
        };
        if !text[at + n.len..].starts_with(unit) || n.value.to_f64() >= 10.0 {
            break;
        }
        let Some(part) = n.value.over(Value::pow10(scale)) else {
            break;
        };
        value = value.plus(part);
        at += n.len + unit.len_utf8();
    }
    if at > d.end {
        d.value = Some(value);
        d.end = at;
    }
}

/// 3.2:40.1:56.7 (三次产业结构), 1:1: a ratio, kind `ratio`, value null; a time of day (10:30) is not one.
fn ratio(text: &str, i: usize) -> Option<Draft> {
    let b = text.as_bytes();
    // Most numbers are no ratio: a colon must follow the first one's digits.
    let run = b[i..]
        .iter()
        .position(|c| !(c.is_ascii_digit() || *c == b'.'))
        .map_or(b.len(), |k| i + k);
    if !(b.get(run) == Some(&b':') || text[run..].starts_with('：')) {
        return None;
    }
    let mut at = i;
    let mut parts = 0;
    let mut decimals = false;
    let mut first = None;
    loop {
        let n = numeral(&text[at..]).filter(|n| !n.chinese && n.range.is_none())?;
        decimals |= text[at..at + n.len].contains('.');
        first.get_or_insert(n.value);
        parts += 1;
        at += n.len;
        match b.get(at) {
            Some(b':') if b.get(at + 1).is_some_and(u8::is_ascii_digit) => at += 1,
            _ if text[at..].starts_with('：')
                && text[at + 3..].starts_with(|c: char| c.is_ascii_digit()) =>
            {
                at += 3
            }
            _ => break,
        }
    }
    let named = text[..i].ends_with('比') || text[..i].ends_with("比例为");
    if parts < 2 || !(decimals || parts >= 3 || named) {
        return None;
    }
    let mut d = Draft::new(i, Span::new(i, at), first?);
    d.value = None;
    d.kind = Kind::Ratio;
    Some(d)
}

/// 1 9 9 8 年, 1 2 月: single digits set apart by spaces (typeset reports), before a unit.
fn spaced_digits(text: &str, i: usize) -> Option<Draft> {
    let b = text.as_bytes();
    if !b.get(i)?.is_ascii_digit()
        || b.get(i + 1) != Some(&b' ')
        || i > 0 && b[i - 1].is_ascii_digit()
    {
        return None;
    }
    let mut value: i128 = 0;
    let mut k = i;
    let mut digits = 0;
    while k < b.len() && b[k].is_ascii_digit() && digits < 12 {
        value = value * 10 + i128::from(b[k] - b'0');
        digits += 1;
        k += 1;
        if b.get(k) == Some(&b' ') && b.get(k + 1).is_some_and(u8::is_ascii_digit) {
            k += 1;
        } else {
            break;
        }
    }
    if digits < 2 || b.get(k).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let unit_start = skip_spaces(text, k);
    let (u, kind) = unit_at(&text[unit_start..])?;
    let mut d = Draft::new(i, Span::new(i, k), Value::int(value));
    d.unit = Some(Span::new(unit_start, unit_start + u.len()));
    d.kind = kind;
    d.end = unit_start + u.len();
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
        if !(nend < word_end && unit_end > word_end || n.digit_string && nend > word_end) {
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

/// N分之M (三分之一, 3分之1, 负3分之负157).
fn fraction(text: &str, d: &mut Draft, n: &Numeral) -> bool {
    if n.range.is_some() {
        return false;
    }
    let Some(after) = spaced(text, skip_spaces(text, d.num.end), "分之") else {
        return false;
    };
    let Some((num, end)) = signed_numeral(text, skip_spaces(text, after)) else {
        return false;
    };
    let Some(den) = d.value else { return false };
    let Some(v) = num.over(den) else { return false };
    d.value = Some(v);
    d.num = Span::new(d.start, end);
    d.end = end;
    d.kind = Kind::Fraction;
    true
}

/// A又B分之C, and a b/c (1 4/3).
fn mixed(text: &str, d: &mut Draft) -> bool {
    let Some(whole) = d.value else { return false };
    let at = skip_spaces(text, d.num.end);
    let Some(c) = char_at(text, at) else {
        return false;
    };
    if c == '又' {
        let start = skip_spaces(text, at + c.len_utf8());
        let Some(mut inner) = number(text, start) else {
            return false;
        };
        if !fraction(
            text,
            &mut inner,
            &Numeral {
                value: Value::int(0),
                range: None,
                approx: None,
                len: 0,
                chinese: false,
                tokens: 0,
                digit_string: false,
            },
        ) && inner.kind != Kind::Fraction
        {
            return false;
        }
        let Some(frac) = inner.value else {
            return false;
        };
        let frac = if whole.to_f64() < 0.0 {
            frac.negate()
        } else {
            frac
        };
        d.value = Some(whole.plus(frac));
        d.num = Span::new(d.start, inner.end);
        d.end = inner.end;
        d.kind = Kind::Fraction;
        return true;
    }
    false
}

/// 3/5, -3/2, 1 4/3.
fn slash(text: &str, d: &mut Draft, n: &Numeral) -> bool {
    if n.chinese || n.range.is_some() {
        return false;
    }
    let Some(value) = d.value else { return false };
    let over = |at: usize| -> Option<(Value, usize)> {
        let c = char_at(text, at)?;
        if !matches!(c, '/' | '／') {
            return None;
        }
        let den =
            numeral(&text[at + c.len_utf8()..]).filter(|m| !m.chinese && m.range.is_none())?;
        Some((den.value, at + c.len_utf8() + den.len))
    };
    if let Some((den, end)) = over(d.num.end)
        && let Some(v) = value.over(den)
    {
        d.value = Some(v);
        d.num = Span::new(d.start, end);
        d.end = end;
        d.kind = Kind::Fraction;
        return true;
    }
    // a b/c: one space, a numerator, a slash.
    if char_at(text, d.num.end) == Some(' ') {
        let start = d.num.end + 1;
        if let Some(m) = numeral(&text[start..]).filter(|m| !m.chinese && m.range.is_none())
            && let Some((den, end)) = over(start + m.len)
            && let Some(frac) = m.value.over(den)
        {
            d.value = Some(value.plus(frac));
            d.num = Span::new(d.start, end);
            d.end = end;
            d.kind = Kind::Fraction;
            return true;
        }
    }
    false
}

/// 3至5个, 3-5名, 20~100, 一到五.
fn range(text: &str, d: &mut Draft, n: &Numeral) -> bool {
    let Some(lo) = d.value else { return false };
    if n.range.is_some() {
        return false;
    }
    let mut at = skip_spaces(text, d.num.end);
    // 5%-5.5%, 60%（含）-80%: a range of percentages writes the sign on both ends.
    let mut percent = false;
    if let Some(p) = text[at..].strip_prefix(['%', '％']) {
        let p = p
            .strip_prefix("（含）")
            .or_else(|| p.strip_prefix("(含)"))
            .unwrap_or(p);
        percent = true;
        at = text.len() - p.len();
    }
    let Some(c) = char_at(text, at) else {
        return false;
    };
    if !matches!(c, '至' | '到' | '-' | '~' | '～' | '—' | '–' | '－') {
        return false;
    }
    let start = skip_spaces(text, at + c.len_utf8());
    let Some(m) = numeral(&text[start..]) else {
        return false;
    };
    if m.chinese != n.chinese || m.range.is_some() {
        return false;
    }
    let end = start + m.len;
    // 2010-06-01 and phone numbers are not ranges.
    let after = char_at(text, end);
    if after.is_some_and(|c| matches!(c, '-' | '－' | '/')) || m.value.to_f64() <= lo.to_f64() {
        return false;
    }
    if m.chinese && !lone_ok(text, end) && unit_at(&text[end..]).is_none() && m.tokens == 1 {
        return false;
    }
    if percent && !text[end..].starts_with(['%', '％']) {
        return false;
    }
    d.value = None;
    d.range = Some((lo, m.value));
    d.end = end;
    unit_and_approx(text, d);
    true
}

/// 八成 (80%), 三成半 (35%), 七成 六 (76%), 九折 (90%), 9.9折 (99%), 75折 (75%).
fn cheng_zhe(text: &str, d: &mut Draft, n: &Numeral) -> bool {
    let Some(v) = d.value else { return false };
    if n.range.is_some() || v.to_f64() <= 0.0 {
        return false;
    }
    let at = skip_spaces(text, d.num.end);
    let Some(c) = char_at(text, at) else {
        return false;
    };
    let end = at + c.len_utf8();
    let next = char_at(text, end);
    match c {
        '成' => {
            const VERBS: &[char] = &[
                '为', '立', '员', '果', '效', '本', '功', '绩', '熟', '长', '就', '交', '型', '片',
                '风', '套', '品', '才', '年', '人', '都', '了', '绩', '份', '分', '色', '因', '事',
                '群', '败', '全', '活',
            ];
            if v.to_f64() > 10.0 || next.is_some_and(|c| VERBS.contains(&c)) {
                return false;
            }
            let mut value = v.times(Value::int(10));
            let mut end = end;
            if next == Some('半') {
                value = value.plus(Value::int(5));
                end += '半'.len_utf8();
            } else {
                let s = skip_spaces(text, end);
                if let Some(dv) =
                    char_at(text, s).and_then(|c| digit_value(c).or_else(|| arabic_digit(c)))
                {
                    let after = char_at(text, s + 3);
                    if s > end && !after.is_some_and(|c| is_han(c) || arabic_digit(c).is_some()) {
                        value = value.plus(Value::int(dv as i128));
                        end = s + char_at(text, s).map_or(0, char::len_utf8);
                    }
                }
            }
            percent_form(d, value, end);
            true
        }
        '折' => {
            if next
                .is_some_and(|c| matches!(c, '腾' | '扣' | '射' | '磨' | '算' | '合' | '旧' | '叠'))
            {
                return false;
            }
            let f = v.to_f64();
            let value = if v.is_integer() && f < 10.0 {
                v.times(Value::int(10))
            } else if v.is_integer() && f < 100.0 {
                if f == 10.0 {
                    return false;
                }
                v
            } else if f < 10.0 {
                v.times(Value::int(10))
            } else {
                return false;
            };
            percent_form(d, value, end);
            true
        }
        _ => false,
    }
}

fn percent_form(d: &mut Draft, value: Value, end: usize) {
    d.value = Some(value);
    d.num = Span::new(d.start, end);
    d.end = end;
    d.kind = Kind::Percent;
}

/// 多/余/来 between number and unit, the unit, and 以上/左右 after it.
fn unit_and_approx(text: &str, d: &mut Draft) {
    let mut at = d.end;
    if let Some((w, a)) = approx_after(&text[at..])
        && matches!(w, "多" | "余" | "来")
    {
        let u = unit_at(&text[at + w.len()..]);
        let alone = !char_at(text, at + w.len()).is_some_and(is_han);
        if u.is_some() || (w != "来" && alone) {
            d.approx = Some(a);
            at += w.len();
            d.end = at;
        }
    }
    let s = skip_spaces(text, at);
    let ge = text[s..].starts_with(['个', '個']);
    if let Some(end) = ge
        .then(|| spaced(text, s, "个百分点").or_else(|| spaced(text, s, "個百分點")))
        .flatten()
    {
        d.unit = Some(Span::new(s, end));
        d.kind = Kind::Percent;
        d.end = end;
        at = end;
    } else if let Some((u, k)) = unit_at(&text[at..]) {
        d.unit = Some(Span::new(at, at + u.len()));
        d.kind = k;
        at += u.len();
        d.end = at;
    }
    // 1200元/月, 5万元/人: a rate; the unit runs through the slash and the unit after it.
    if d.unit.is_some()
        && let Some(rest) = text[at..].strip_prefix(['/', '／'])
        && let Some((per, _)) = unit_at(rest)
    {
        at += text[at..].len() - rest.len() + per.len();
        d.unit = d.unit.map(|u| Span::new(u.start, at));
        d.end = at;
    }
    // 三年来: since three years, a duration, not an approximation; 来 is part of it.
    if d.kind == Kind::Duration && text[at..].starts_with('来') {
        d.end = at + '来'.len_utf8();
        return;
    }
    // 两年多: after a unit of time 多 and 余 are always "more than" (年多 is no word).
    let time = d.kind == Kind::Duration && d.approx.is_none();
    if let Some((w, a)) = approx_after(&text[at..])
        && (!matches!(w, "多" | "余" | "来")
            || d.unit.is_some()
                && d.approx.is_none()
                && (!char_at(text, at + w.len()).is_some_and(is_han) || time && w != "来"))
    {
        d.approx = Some(a);
        d.end = at + w.len();
    }
}

/// Approximation before, subject, text: the finished quantity.
fn finish(text: &str, d: Draft, floor: usize) -> Quantity {
    let mut start = d.start;
    let mut approx = d.approx;
    // 近三年来: 近 is "the last", not "nearly".
    let since = d.kind == Kind::Duration && text[..d.end].ends_with('来');
    if !since && let Some((w, a)) = approx_before(&text[floor.min(start)..start]) {
        start -= w.len();
        approx = Some(a);
    }
    // 每亩20.3万元: a rate whose "per" is written before the number (unit 元/亩).
    let per = per_before(text, start, floor);
    if let Some(p) = per {
        start = p.start - '每'.len_utf8();
    }
    let (direction, lead) = match d.kind {
        Kind::Date | Kind::Ordinal | Kind::Age => (None, start),
        _ => subject::change(text, start),
    };
    let unit_text = d.unit.map(|u| &text[u.range()]);
    // 翻两番: the verb is part of the quantity, and what doubles stands before it.
    let fan = unit_text == Some("番") && text[..start].ends_with('翻');
    if fan {
        start -= '翻'.len_utf8();
    }
    let subject = match d.kind {
        Kind::Multiple if fan => subject::before(text, floor, lead),
        Kind::Count | Kind::Age | Kind::Multiple => d
            .unit
            .and_then(|_| subject::after(text, d.end))
            .or_else(|| subject::before(text, floor, lead)),
        // An amount is mostly named before it (地区生产总值迈上3000亿元大台阶), a purchase after
        // (安排3000万元资金) or after 的 (规模50亿元的创业投资引导基金).
        Kind::Measure | Kind::Money => {
            let after = d.unit.and_then(|_| subject::after(text, d.end));
            match after {
                Some(a) if text[d.end..].starts_with('的') => Some(a),
                a => subject::before(text, floor, lead).or(a),
            }
        }
        Kind::Percent | Kind::Score | Kind::Fraction => subject::before(text, floor, lead),
        // 第六届全国运动会, 第一次会议: the name after an ordinal with a classifier.
        Kind::Ordinal
            if d.unit
                .is_some_and(|u| !matches!(&text[u.range()], "大" | "中全会" | "中")) =>
        {
            subject::name_after(text, d.end)
        }
        _ => None,
    };
    let unit = d.unit.map(|u| {
        let s = &text[u.range()];
        if s.contains([' ', '\u{3000}']) {
            s.replace([' ', '\u{3000}'], "")
        } else {
            s.to_string()
        }
    });
    let unit = match (d.kind, unit) {
        (Kind::Percent, None) => Some("%".to_string()),
        (Kind::Percent, Some(u)) if u == "％" => Some("%".to_string()),
        (_, Some(u)) if per.is_some() => {
            Some(format!("{u}/{}", &text[per.map_or(0..0, Span::range)]))
        }
        (_, u) => u,
    };
    // Per mille in percent units, as every percentage: 7‰ is 0.7.
    let permille = |v: Value| {
        if unit.as_deref() == Some("‰") {
            v.over(Value::int(10)).unwrap_or(v)
        } else {
            v
        }
    };
    let d = Draft {
        value: d.value.map(permille),
        range: d.range.map(|(a, b)| (permille(a), permille(b))),
        ..d
    };
    let number_value = d.value.or(d.range.map(|r| r.0)).unwrap_or(Value::int(0));
    let (subject, subject_span) = subject.map_or((None, None), |(s, span)| (Some(s), Some(span)));
    Quantity {
        text: text[start..d.end].to_string(),
        span: Span::new(start, d.end),
        value: d.value,
        min: d.range.map(|r| r.0),
        max: d.range.map(|r| r.1),
        approx,
        unit,
        subject,
        subject_span,
        direction,
        date: None,
        kind: d.kind,
        number: NumberPart {
            text: text[d.num.range()].to_string(),
            span: d.num,
            value: number_value,
        },
    }
}

/// 每亩, 每人 right before a number: the span of the unit after 每.
fn per_before(text: &str, start: usize, floor: usize) -> Option<Span> {
    let head = &text[floor.min(start)..start];
    let mei = head
        .char_indices()
        .rev()
        .take(5)
        .find(|(_, c)| *c == '每')?
        .0;
    let from = floor.min(start) + mei + '每'.len_utf8();
    let (u, _) = unit_at(&text[from..start])?;
    (from + u.len() == start).then(|| Span::new(from, start))
}

/// 2010年 is a year; 6月1日 after it are dates. A full date (2010年12月31日) becomes one quantity
/// whose value is the year, whose unit is its last part's (日) and whose `date` is its ISO form
/// when the day exists; without a year the value is null and the date "--12-31". A range of years
/// or months (2013－2020年, 一九八一年到一九九○年, 1至9月) is one date "2013/2020", "--01/--09".
fn mark_dates(text: &str, qs: &mut Vec<Quantity>) {
    let mut prev_date_end = None;
    for q in qs.iter_mut() {
        let unit = q.unit.as_deref();
        let v = q.value.and_then(Value::as_i128);
        let adjacent = prev_date_end == Some(q.span.start);
        let year = |y: i128, q: &Quantity| {
            let digits = q.number.text.chars().filter(|c| *c != ' ').count();
            (1000..=2100).contains(&y) && digits == 4 && q.approx.is_none()
        };
        let bounds = q
            .min
            .and_then(Value::as_i128)
            .zip(q.max.and_then(Value::as_i128));
        let is_date = match (unit, v) {
            (Some("年" | "年度"), Some(y)) => year(y, q),
            (Some("年"), None) => bounds
                .is_some_and(|(a, b)| (1000..=2100).contains(&a) && (1000..=2100).contains(&b)),
            (Some("月"), None) => bounds.is_some_and(|(a, b)| a >= 1 && b <= 12),
            (Some("年代"), Some(y)) => y % 10 == 0 && (y < 100 || (1000..=2100).contains(&y)),
            // 9月 is September (nine months is 9个月); 14日 the 14th (fourteen days is 14天).
            (Some("月"), Some(m)) => (1..=12).contains(&m) && q.approx.is_none(),
            (Some("日" | "号"), Some(day)) => {
                (1..=31).contains(&day)
                    && (adjacent || q.approx.is_none() && q.number.text.chars().count() <= 2)
            }
            _ => false,
        };
        if is_date {
            q.kind = Kind::Date;
            q.subject = None;
            q.subject_span = None;
            q.direction = None;
            prev_date_end = Some(q.span.end);
        } else {
            prev_date_end = None;
        }
    }
    if !qs.iter().any(|q| q.kind == Kind::Date) {
        return;
    }
    // Year, month and day parts, merged left to right in place.
    let mut parts: Vec<[Option<i128>; 3]> = Vec::with_capacity(qs.len());
    let mut w = 0;
    for r in 0..qs.len() {
        let slot = match (qs[r].kind, qs[r].unit.as_deref()) {
            (Kind::Date, Some("年" | "年度")) => Some(0),
            (Kind::Date, Some("月")) => Some(1),
            (Kind::Date, Some("日" | "号")) => Some(2),
            _ => None,
        };
        let v = qs[r].value.and_then(Value::as_i128);
        if let Some(k) = slot
            && w > 0
            && qs[w - 1].kind == Kind::Date
        {
            let (start, end) = (qs[r].span.start, qs[r].span.end);
            let gap = text.get(qs[w - 1].span.end..start).unwrap_or("x");
            let p = &mut parts[w - 1];
            if gap.is_empty() && k > 0 && p[k].is_none() && p[k - 1].is_some() {
                p[k] = v;
                let unit = qs[r].unit.take();
                let add = std::mem::take(&mut qs[r].text);
                let last = &mut qs[w - 1];
                last.span.end = end;
                last.text.push_str(&add);
                last.unit = unit;
                continue;
            }
            // 一九八一年到一九九○年: a range of two years.
            let years = p[0].is_some() && p[1].is_none() && p[2].is_none();
            if k == 0
                && years
                && v.is_some()
                && matches!(gap, "到" | "至" | "-" | "－" | "—" | "～" | "~")
            {
                p[0] = None;
                let max = qs[r].value;
                let last = &mut qs[w - 1];
                last.min = last.value;
                last.max = max;
                last.value = None;
                last.span.end = end;
                last.text = text[last.span.range()].to_string();
                last.date = None;
                continue;
            }
        }
        let mut p = [None; 3];
        if let Some(k) = slot {
            p[k] = v;
        }
        parts.push(p);
        qs.swap(w, r);
        w += 1;
    }
    qs.truncate(w);
    for (q, parts) in qs.iter_mut().zip(parts) {
        if q.kind != Kind::Date {
            continue;
        }
        let bounds = q
            .min
            .and_then(Value::as_i128)
            .zip(q.max.and_then(Value::as_i128));
        q.date = match (q.unit.as_deref(), bounds) {
            (Some("年"), Some((a, b))) => Some(format!("{a:04}/{b:04}")),
            (Some("月"), Some((a, b))) => Some(format!("--{a:02}/--{b:02}")),
            (Some("年代"), None) => q.value.and_then(Value::as_i128).map(|y| {
                let y = if y < 100 { 1900 + y } else { y };
                q.value = Some(Value::int(y));
                format!("{}X", y / 10)
            }),
            _ => iso_date(parts),
        };
        if parts[0].is_none() && bounds.is_none() && q.unit.as_deref() != Some("年代") {
            q.value = None;
        }
    }
}

/// The ISO form of year, month and day parts: "2010-12-31", "2010-03", "2010"; `None` without a
/// year or for a day the month does not have.
fn iso_date(parts: [Option<i128>; 3]) -> Option<String> {
    let leap = 2000; // a month and day without a year: 2月29日 may exist
    match parts {
        [None, None, Some(d)] if (1..=31).contains(&d) => Some(format!("---{d:02}")),
        [None, Some(m), None] if (1..=12).contains(&m) => Some(format!("--{m:02}")),
        [None, Some(m), Some(d)] if (1..=12).contains(&m) && d >= 1 && d <= days_in(leap, m) => {
            Some(format!("--{m:02}-{d:02}"))
        }
        [Some(y), None, None] => Some(format!("{y:04}")),
        [Some(y), Some(m), None] if (1..=12).contains(&m) => Some(format!("{y:04}-{m:02}")),
        [Some(y), Some(m), Some(d)] if (1..=12).contains(&m) && d >= 1 && d <= days_in(y, m) => {
            Some(format!("{y:04}-{m:02}-{d:02}"))
        }
        _ => None,
    }
}

fn days_in(y: i128, m: i128) -> i128 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}
