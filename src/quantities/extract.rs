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
                    i = end.max(i + step);
                    floor = i;
                    continue;
                }
                Step::Nothing => {}
            }
        }
        i += step;
    }
    mark_dates(text, &mut out);
    out
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
    let c = char_at(text, i).unwrap_or(' ');
    let draft = match c {
        '第' => return ordinal(text, i, floor),
        '对' | '對' if char_before(text, i) == Some('打') && text[i + 3..].starts_with('折') => {
            let mut d = Draft::new(i, Span::new(i, i + 6), Value::int(50));
            d.kind = Kind::Percent;
            d.end = i + 6;
            Some(d)
        }
        '半' => half(text, i).or_else(|| number(text, i)),
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
    let numerals = quoted
        .chars()
        .zip(quoted.chars().skip(1).chain(std::iter::once(' ')))
        .filter(|(c, next)| is_cn_numeral(*c) && !is_cn_numeral(*next))
        .count();
    let all_numeral = quoted
        .chars()
        .all(|c| is_cn_numeral(c) || arabic_digit(c).is_some());
    (numerals >= 2 && !all_numeral).then(|| inner + len + close.len_utf8())
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

/// 半成 (5%), 半折 (50%).
fn half(text: &str, i: usize) -> Option<Draft> {
    let rest = &text[i + 3..];
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
            at += c.len_utf8();
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
    let mut n = numeral(&text[at..])?;
    // After "2222." a dotted chain continues: no decimal part here.
    let dotted = matches!(prev, Some('.' | '．'))
        && char_before(text, i - prev.map_or(0, char::len_utf8))
            .is_some_and(|p| arabic_digit(p).is_some());
    if dotted {
        let cut = text[at..at + n.len].find(['.', '．']).unwrap_or(n.len);
        n = numeral(&text[at..at + cut])?;
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
    if fraction(text, &mut d, &n)
        || mixed(text, &mut d)
        || slash(text, &mut d, &n)
        || range(text, &mut d, &n)
        || cheng_zhe(text, &mut d, &n)
    {
        return Some(d);
    }
    unit_and_approx(text, &mut d);
    if n.chinese && d.unit.is_none() && n.tokens == 1 && !lone_ok(text, nend) {
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
        if !(nend < word_end && unit_end > word_end) {
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
    let at = skip_spaces(text, d.num.end);
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
    if let Some(end) = spaced(text, s, "个百分点").or_else(|| spaced(text, s, "個百分點")) {
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
    if let Some((w, a)) = approx_after(&text[at..])
        && (!matches!(w, "多" | "余" | "来")
            || d.unit.is_some()
                && d.approx.is_none()
                && !char_at(text, at + w.len()).is_some_and(is_han))
    {
        d.approx = Some(a);
        d.end = at + w.len();
    }
}

/// Approximation before, subject, text: the finished quantity.
fn finish(text: &str, d: Draft, floor: usize) -> Quantity {
    let mut start = d.start;
    let mut approx = d.approx;
    if let Some((w, a)) = approx_before(&text[floor.min(start)..start]) {
        start -= w.len();
        approx = Some(a);
    }
    let subject = match d.kind {
        Kind::Count | Kind::Measure | Kind::Money | Kind::Age | Kind::Multiple => d
            .unit
            .and_then(|_| subject::after(text, d.end))
            .or_else(|| subject::before(text, start)),
        Kind::Percent | Kind::Score => subject::before(text, start),
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
        (_, u) => u,
    };
    let number_value = d.value.or(d.range.map(|r| r.0)).unwrap_or(Value::int(0));
    Quantity {
        text: text[start..d.end].to_string(),
        span: Span::new(start, d.end),
        value: d.value,
        min: d.range.map(|r| r.0),
        max: d.range.map(|r| r.1),
        approx,
        unit,
        subject: subject.as_ref().map(|s| s.0.clone()),
        subject_span: subject.map(|s| s.1),
        kind: d.kind,
        number: NumberPart {
            text: text[d.num.range()].to_string(),
            span: d.num,
            value: number_value,
        },
    }
}

/// 2010年 is a year; 6月1日 after it are dates.
fn mark_dates(text: &str, qs: &mut [Quantity]) {
    let mut prev_date_end = None;
    for i in 0..qs.len() {
        let q = &qs[i];
        let unit = q.unit.as_deref();
        let v = q.value.and_then(Value::as_i128);
        let adjacent = prev_date_end == Some(q.span.start);
        let next_is_day = qs
            .get(i + 1)
            .is_some_and(|n| n.unit.as_deref() == Some("日") && n.span.start == q.span.end);
        let is_date = match (unit, v) {
            (Some("年"), Some(y)) => {
                (1000..=2100).contains(&y)
                    && q.number.text.chars().count() == 4
                    && q.approx.is_none()
            }
            (Some("月"), Some(m)) => (1..=12).contains(&m) && (adjacent || next_is_day),
            (Some("日"), Some(day)) => (1..=31).contains(&day) && adjacent,
            _ => false,
        };
        if is_date {
            qs[i].kind = Kind::Date;
            qs[i].subject = None;
            qs[i].subject_span = None;
            prev_date_end = Some(qs[i].span.end);
        } else {
            prev_date_end = None;
        }
    }
    let _ = text;
}
