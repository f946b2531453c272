//! The number grammar: Arabic and Chinese numerals, mixed forms, spoken decimals, digit strings.
//!
//! Tokens are recognised with nom (`complete` parsers only); a small fold then gives them their
//! value the way a reader does: 一千零十二 is 1012, 九万四 is 94000, 4.78万亿 is 4780000000000.

use super::Approx;
use super::value::{Value, pow10_i128};
use crate::text::chars::{arabic_digit, big_unit, digit_value, small_unit};
use crate::text::charset::code_point_at;
use nom::bytes::complete::{take_while, take_while_m_n, take_while1};
use nom::character::complete::{char as ch, one_of, satisfy};
use nom::combinator::{map, not, peek, recognize};
use nom::multi::{many0, many0_count};
use nom::sequence::{pair, preceded, terminated};
use nom::{IResult, Parser};
use std::sync::OnceLock;

/// A numeral recognised at the start of a text.
///
/// ```
/// use jianbao::quantities::numeral::numeral;
/// let n = numeral("五百余万元").unwrap();
/// assert_eq!(n.value.as_i128(), Some(5_000_000));
/// assert_eq!(n.len, "五百余万".len());
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Numeral {
    /// Its value (for a range, the lower bound).
    pub value: Value,
    /// Lower and upper bound of a range written as adjacent digits (三五个, 二三十).
    pub range: Option<(Value, Value)>,
    /// An approximation written inside the numeral (十余万, 二十几万).
    pub approx: Option<Approx>,
    /// Bytes consumed.
    pub len: usize,
    /// Whether any Chinese numeral character was used.
    pub chinese: bool,
    /// How many tokens (digits, units, digit runs) it holds.
    pub tokens: usize,
    /// A digit-by-digit numeral (二〇一〇).
    pub digit_string: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Tok {
    Digit(u8),
    Zero,
    Small(u32, Option<u8>),
    Big(u32),
    Arabic(Value),
    Point(Value),
    Infix(Approx),
}

fn is_digit(c: char) -> bool {
    arabic_digit(c).is_some()
}

fn digits(i: &str) -> IResult<&str, &str> {
    take_while1(is_digit)(i)
}

fn signs(i: &str) -> IResult<&str, Vec<char>> {
    many0(one_of("+-－−")).parse(i)
}

#[inline]
fn spaces(i: &str) -> IResult<&str, &str> {
    // The common case, no space at all, without a parser call.
    if !(i.starts_with(' ') || i.starts_with('\u{3000}')) {
        return Ok((i, &i[..0]));
    }
    take_while(|c| c == ' ' || c == '\u{3000}')(i)
}

/// Arabic digits with thousands separators, a decimal part, an exponent or a power, and k/M.
fn arabic(i: &str) -> IResult<&str, Value> {
    let group = terminated(
        preceded(one_of(",，"), take_while_m_n(3, 3, is_digit)),
        not(satisfy(is_digit)),
    );
    let (rest, int_text) = recognize(pair(digits, many0_count(group))).parse(i)?;
    let mut value = digits_value(int_text);
    let mut rest = rest;
    // A decimal part, unless this is a dotted chain such as 2222.2222.222.
    if let Ok((r, frac)) = preceded(one_of(".．"), digits).parse(rest) {
        let chain = peek(pair(
            one_of::<_, _, nom::error::Error<&str>>(".．"),
            satisfy(is_digit),
        ))
        .parse(r)
        .is_ok();
        if !chain {
            value = value.plus(fraction_value(frac));
            rest = r;
        }
    }
    Ok(scale_suffix(rest, value))
}

/// A number that starts with its decimal point: .5
fn point_only(i: &str) -> IResult<&str, Value> {
    let (rest, frac) = preceded(one_of(".．"), digits).parse(i)?;
    Ok(scale_suffix(rest, fraction_value(frac)))
}

/// An exponent (e5, E-1, ^5, ^-1) or a k/M multiplier after an Arabic number.
fn scale_suffix(i: &str, value: Value) -> (&str, Value) {
    let mut exp = preceded(one_of("eE"), pair(signs, digits));
    if let Ok((r, (signs, d))) = exp.parse(i) {
        let neg = signs.iter().filter(|c| **c != '+').count() % 2 == 1;
        let n = digits_value(d).as_i128().unwrap_or(i128::MAX).min(400) as u32;
        let p = Value::pow10(n);
        let v = if neg {
            value.over(p)
        } else {
            Some(value.times(p))
        };
        return (r, v.unwrap_or(value));
    }
    let mut power = preceded(ch('^'), pair(signs, digits));
    if let Ok((r, (signs, d))) = power.parse(i) {
        let neg = signs.iter().filter(|c| **c != '+').count() % 2 == 1;
        let n = digits_value(d).to_f64().min(400.0);
        let v = value.to_f64().powf(if neg { -n } else { n });
        return (r, Value::from_f64(v));
    }
    let mut suffix = terminated(
        preceded(spaces, one_of("kKＫｋMＭ")),
        not(satisfy(|c: char| c.is_ascii_alphabetic())),
    );
    if let Ok((r, s)) = suffix.parse(i) {
        let p = if matches!(s, 'M' | 'Ｍ') { 6 } else { 3 };
        return (r, value.times(Value::pow10(p)));
    }
    (i, value)
}

/// The integer value of a run of digits (separators skipped).
fn digits_value(text: &str) -> Value {
    let mut m: i128 = 0;
    let mut float = 0f64;
    let mut overflow = false;
    for d in text.chars().filter_map(arabic_digit) {
        float = float * 10.0 + d as f64;
        match m.checked_mul(10).and_then(|x| x.checked_add(d as i128)) {
            Some(x) if !overflow => m = x,
            _ => overflow = true,
        }
    }
    if overflow {
        Value::Float(float)
    } else {
        Value::int(m)
    }
}

/// The value of digits written after a decimal point.
fn fraction_value(digits: &str) -> Value {
    let ds: Vec<u8> = digits
        .chars()
        .filter_map(|c| arabic_digit(c).or(digit_value(c)))
        .take(30)
        .collect();
    let m = ds.iter().fold(0i128, |m, d| m * 10 + *d as i128);
    Value::decimal(m, ds.len() as u32)
}

/// A point and its decimal digits (点五, 點 三三); 两 is not a decimal digit (两百点两 is two numbers).
fn point(i: &str) -> IResult<&str, Tok> {
    map(
        preceded(
            pair(one_of("点點"), spaces),
            take_while1(|c| digit_value(c).is_some() && !matches!(c, '两' | '兩' | '俩' | '倆')),
        ),
        |d: &str| Tok::Point(fraction_value(d)),
    )
    .parse(i)
}

/// What a character is to the tokenizer, one byte per BMP code point, so that the hot loop does a
/// table load instead of the long `match`es of [`digit_value`], [`small_unit`] and [`big_unit`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Other,
    Arabic,
    Zero,
    Point,
    Digit(u8),
    Small(u32, Option<u8>),
    Big(u32),
    Infix(Approx),
}

fn classify(c: char) -> Class {
    if arabic_digit(c).is_some() {
        return Class::Arabic;
    }
    match c {
        '零' | '〇' | '○' => Class::Zero,
        '点' | '點' => Class::Point,
        '余' | '多' | '几' | '幾' => Class::Infix(Approx::MoreThan),
        '来' => Class::Infix(Approx::About),
        _ => digit_value(c)
            .map(Class::Digit)
            .or_else(|| small_unit(c).map(|(p, d)| Class::Small(p, d)))
            .or_else(|| big_unit(c).map(Class::Big))
            .unwrap_or(Class::Other),
    }
}

impl Class {
    /// One byte for the table.
    fn code(self) -> u8 {
        match self {
            Class::Other => 0,
            Class::Arabic => 1,
            Class::Zero => 2,
            Class::Point => 3,
            Class::Infix(Approx::About) => 5,
            Class::Infix(_) => 4,
            Class::Digit(d) => 10 + d,
            Class::Small(p, None) => 19 + p as u8,
            Class::Small(_, Some(d)) => 21 + d,
            Class::Big(p) => 29 + (p / 4) as u8,
        }
    }

    fn from_code(code: u8) -> Class {
        match code {
            1 => Class::Arabic,
            2 => Class::Zero,
            3 => Class::Point,
            4 => Class::Infix(Approx::MoreThan),
            5 => Class::Infix(Approx::About),
            10..=19 => Class::Digit(code - 10),
            20..=22 => Class::Small(u32::from(code - 19), None),
            23..=25 => Class::Small(1, Some(code - 21)),
            30..=32 => Class::Big(u32::from(code - 29) * 4),
            _ => Class::Other,
        }
    }
}

/// The class of the code point `cp`, from a table of the BMP computed once from [`classify`].
#[inline]
fn class_of(cp: u32) -> Class {
    static TABLE: OnceLock<Vec<u8>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        (0..0x1_0000u32)
            .map(|cp| char::from_u32(cp).map_or(Class::Other, classify).code())
            .collect()
    });
    match table.get(cp as usize) {
        Some(code) => Class::from_code(*code),
        None => char::from_u32(cp).map_or(Class::Other, classify),
    }
}

#[inline]
fn token(i: &str) -> IResult<&str, Tok> {
    let fail = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Char));
    if i.is_empty() {
        return Err(fail());
    }
    let (cp, len) = code_point_at(i.as_bytes(), 0);
    let class = class_of(cp);
    let one = |t: Tok| Ok((&i[len..], t));
    match class {
        Class::Arabic => map(arabic, Tok::Arabic).parse(i),
        Class::Zero => one(Tok::Zero),
        Class::Point => point(i),
        Class::Infix(a) => one(Tok::Infix(a)),
        Class::Digit(d) => one(Tok::Digit(d)),
        Class::Small(p, d) => one(Tok::Small(p, d)),
        Class::Big(p) => one(Tok::Big(p)),
        Class::Other => Err(fail()),
    }
}

/// The longest numeral at the start of `text`, or `None`.
///
/// ```
/// use jianbao::quantities::numeral::numeral;
/// let v = |s| numeral(s).map(|n| n.value.to_string());
/// assert_eq!(v("一千零十二").as_deref(), Some("1012"));
/// assert_eq!(v("九万四").as_deref(), Some("94000"));
/// assert_eq!(v("4.78万亿").as_deref(), Some("4780000000000"));
/// assert_eq!(v("二〇一〇年").as_deref(), Some("2010"));
/// assert_eq!(v("１，３４７名").as_deref(), Some("1347"));
/// assert_eq!(v("万"), None);
/// ```
pub fn numeral(text: &str) -> Option<Numeral> {
    // The first character decides which forms are possible.
    let first = text.chars().next()?;
    match first {
        '半' => return half_hundred(text),
        // 几十, 几百, 几万: more than the unit alone.
        '几' | '幾' => {
            let rest = &text[first.len_utf8()..];
            let unit = rest.chars().next()?;
            if small_unit(unit).is_none_or(|(_, implied)| implied.is_some())
                && big_unit(unit).is_none()
            {
                return None;
            }
            // 几万: the big unit alone, which the fold does not take.
            let mut n = match big_unit(unit) {
                Some(p) => Numeral {
                    value: Value::pow10(p),
                    range: None,
                    approx: None,
                    len: unit.len_utf8(),
                    chinese: true,
                    tokens: 1,
                    digit_string: false,
                },
                None => fold(rest)?,
            };
            n.len += first.len_utf8();
            n.approx = Some(Approx::MoreThan);
            return Some(n);
        }
        '.' | '．' => {
            let (rest, v) = point_only(text).ok()?;
            return Some(Numeral {
                value: v,
                range: None,
                approx: None,
                len: text.len() - rest.len(),
                chinese: false,
                tokens: 1,
                digit_string: false,
            });
        }
        _ => {}
    }
    if matches!(class_of(first as u32), Class::Digit(_) | Class::Zero)
        && let Some(n) = digit_run(text)
    {
        return n;
    }
    fold(text)
}

/// 半百 = 50.
fn half_hundred(text: &str) -> Option<Numeral> {
    text.starts_with("半百").then(|| Numeral {
        value: Value::int(50),
        range: None,
        approx: None,
        len: "半百".len(),
        chinese: true,
        tokens: 2,
        digit_string: false,
    })
}

/// Two or more Chinese digits in a row, with no unit between them: a digit string (二〇一〇),
/// a range of neighbours (三五, 两三, 二三十), or `Some(None)`: no numeral here (九九, 一一).
fn digit_run(text: &str) -> Option<Option<Numeral>> {
    let digit = |c: char| match class_of(c as u32) {
        Class::Digit(d) => Some(d),
        Class::Zero => Some(0),
        _ => None,
    };
    let mut chars = text.chars();
    let c0 = chars.next()?;
    digit(c0)?;
    let c1 = chars.next()?;
    let (d0, d1) = (digit(c0)?, digit(c1)?);
    let end = text
        .char_indices()
        .find(|(_, c)| digit_value(*c).is_none())
        .map_or(text.len(), |(i, _)| i);
    let run: Vec<u8> = text[..end].chars().filter_map(digit_value).collect();
    let has_zero = text[..end].chars().any(|c| matches!(c, '〇' | '零' | '○'));
    if run.len() >= 3 || has_zero {
        if d0 == 0 && matches!(c0, '零') && run.len() == 2 {
            return None; // 零五 inside a numeral: let the fold decide
        }
        let m = run.iter().take(38).fold(0i128, |m, d| m * 10 + *d as i128);
        return Some(Some(Numeral {
            value: Value::int(m),
            range: None,
            approx: None,
            len: end,
            chinese: true,
            tokens: run.len(),
            digit_string: true,
        }));
    }
    let neighbours = d1 > d0 && d1 - d0 <= 2 && !(d0 == 2 && matches!(c0, '二' | '贰' | '貳'));
    let neighbours = neighbours || (d0 == 1 && d1 == 2 && matches!(c1, '两' | '兩'));
    let neighbours = neighbours || (d0 == 2 && d1 == 3);
    if !neighbours {
        return Some(None);
    }
    let mut len = end;
    let mut scale = Value::int(1);
    let rest = &text[end..];
    if let Some(c) = rest.chars().next() {
        if let Some((p, None)) = small_unit(c) {
            scale = Value::pow10(p);
            len += c.len_utf8();
        } else if let Some(p) = big_unit(c) {
            scale = Value::pow10(p);
            len += c.len_utf8();
        }
    }
    let lo = Value::int(d0 as i128).times(scale);
    let hi = Value::int(d1 as i128).times(scale);
    Some(Some(Numeral {
        value: lo,
        range: Some((lo, hi)),
        approx: None,
        len,
        chinese: true,
        tokens: 2,
        digit_string: false,
    }))
}

/// The arithmetic the fold needs: `i128` for the common integer case, [`Value`] for the rest.
trait Num: Copy {
    fn int(n: i128) -> Self;
    /// A token's value in this arithmetic, or `None` when it needs the general one.
    fn from_value(v: Value) -> Option<Self>;
    fn add(self, other: Self) -> Option<Self>;
    fn mul_pow10(self, p: u32) -> Option<Self>;
    fn is_zero(self) -> bool;
    fn into_value(self) -> Value;
}

impl Num for i128 {
    fn int(n: i128) -> Self {
        n
    }
    fn from_value(v: Value) -> Option<Self> {
        v.as_i128()
    }
    fn add(self, other: Self) -> Option<Self> {
        self.checked_add(other)
    }
    fn mul_pow10(self, p: u32) -> Option<Self> {
        let scale = pow10_i128(p)?;
        // i128 multiplication with an overflow check is a library call; numerals almost always fit i64.
        if let (Ok(a), Ok(b)) = (i64::try_from(self), i64::try_from(scale))
            && let Some(m) = a.checked_mul(b)
        {
            return Some(i128::from(m));
        }
        self.checked_mul(scale)
    }
    fn is_zero(self) -> bool {
        self == 0
    }
    fn into_value(self) -> Value {
        Value::int(self)
    }
}

impl Num for Value {
    fn int(n: i128) -> Self {
        Value::int(n)
    }
    fn from_value(v: Value) -> Option<Self> {
        Some(v)
    }
    fn add(self, other: Self) -> Option<Self> {
        Some(self.plus(other))
    }
    fn mul_pow10(self, p: u32) -> Option<Self> {
        Some(self.times(Value::pow10(p)))
    }
    fn is_zero(self) -> bool {
        Value::is_zero(self)
    }
    fn into_value(self) -> Value {
        self
    }
}

/// The fold met something its arithmetic cannot hold (a decimal, an overflow): fold again in [`Value`].
struct NeedsValue;

/// The reader's fold over tokens: integers in `i128` first, [`Value`] when that is not enough.
fn fold(text: &str) -> Option<Numeral> {
    match fold_in::<i128>(text) {
        Ok(n) => n,
        Err(NeedsValue) => fold_in::<Value>(text).unwrap_or(None),
    }
}

fn fold_in<N: Num>(text: &str) -> Result<Option<Numeral>, NeedsValue> {
    let lift = |v: Option<N>| v.ok_or(NeedsValue);
    let mut rest = text;
    let mut total = N::int(0);
    let mut section = N::int(0);
    let mut pending: Option<N> = None;
    // The power of ten of the unit just before a trailing digit (for 九万四, 三百五).
    let mut abbrev_unit: Option<u32> = None;
    let mut pending_is_cn_digit = false;
    let mut last_small: Option<u32> = None;
    let mut max_big: u32 = 0;
    let mut prev: Option<Tok> = None;
    let mut consumed = 0usize;
    let mut tokens = 0usize;
    let mut chinese = false;
    let mut approx = None;
    let mut has_value = false;

    const MAX_TOKENS: usize = 64;
    while tokens < MAX_TOKENS {
        let Ok((after_space, sp)) = spaces(rest) else {
            break;
        };
        let Ok((after, tok)) = token(after_space) else {
            break;
        };
        if !sp.is_empty()
            && (tokens == 0
                || matches!(tok, Tok::Arabic(_)) && matches!(prev, Some(Tok::Arabic(_))))
        {
            break;
        }
        let after_point = matches!(prev, Some(Tok::Point(_)) | Some(Tok::Infix(_)));
        let ok = match tok {
            Tok::Digit(d) => {
                if pending.is_some() || after_point {
                    false
                } else {
                    pending = Some(N::int(d as i128));
                    pending_is_cn_digit = true;
                    if !matches!(prev, Some(Tok::Small(..)) | Some(Tok::Big(_))) {
                        abbrev_unit = None;
                    }
                    true
                }
            }
            Tok::Arabic(v) => {
                if pending.is_some() || after_point {
                    false
                } else {
                    pending = Some(lift(N::from_value(v))?);
                    pending_is_cn_digit = false;
                    abbrev_unit = None;
                    true
                }
            }
            Tok::Zero => {
                if after_point || pending.is_some() && tokens > 0 {
                    false
                } else {
                    abbrev_unit = None;
                    last_small = None;
                    true
                }
            }
            Tok::Small(p, implied) => {
                let in_order = last_small.is_none_or(|l| p < l);
                if !in_order || after_point || (implied.is_some() && pending.is_some()) {
                    false
                } else {
                    let mult = pending
                        .take()
                        .unwrap_or(N::int(implied.unwrap_or(1) as i128));
                    section = lift(section.add(lift(mult.mul_pow10(p))?))?;
                    last_small = Some(p);
                    abbrev_unit = Some(p);
                    true
                }
            }
            Tok::Big(p) => {
                let val = lift(section.add(pending.take().unwrap_or(N::int(0))))?;
                let prev_big = matches!(prev, Some(Tok::Big(_)) | Some(Tok::Infix(_)));
                if val.is_zero() && !prev_big {
                    false
                } else {
                    total = if val.is_zero() {
                        lift(total.mul_pow10(p))?
                    } else if p > max_big {
                        lift(lift(total.add(val))?.mul_pow10(p))?
                    } else {
                        lift(total.add(lift(val.mul_pow10(p))?))?
                    };
                    max_big = max_big.max(p);
                    section = N::int(0);
                    last_small = None;
                    abbrev_unit = Some(p);
                    true
                }
            }
            Tok::Point(frac) => {
                if prev.is_none() || after_point {
                    false
                } else {
                    pending = resolve_abbrev(pending, abbrev_unit, pending_is_cn_digit)
                        .ok_or(NeedsValue)?;
                    abbrev_unit = None;
                    let frac = lift(N::from_value(frac))?;
                    match pending {
                        Some(p) => pending = Some(lift(p.add(frac))?),
                        None => section = lift(section.add(frac))?,
                    }
                    pending_is_cn_digit = false;
                    true
                }
            }
            Tok::Infix(a) => {
                // 十余万, 一千多万, 二十几万; 十几 at the end.
                let before_big = next_is_big(after);
                let jige = matches!(prev, Some(Tok::Small(1, _))) && pending.is_none();
                if !has_value || after_point || !(before_big || jige) {
                    false
                } else {
                    pending = resolve_abbrev(pending, abbrev_unit, pending_is_cn_digit)
                        .ok_or(NeedsValue)?;
                    approx = Some(a);
                    true
                }
            }
        };
        if !ok {
            break;
        }
        if !matches!(tok, Tok::Arabic(_)) {
            chinese = true;
        }
        if !matches!(tok, Tok::Infix(_)) {
            has_value = true;
        }
        tokens += 1;
        prev = Some(tok);
        consumed = text.len() - after.len();
        rest = after;
        // 几 after 十 ends the numeral.
        if matches!(tok, Tok::Infix(_)) && !next_is_big(rest) {
            break;
        }
    }
    if !has_value || consumed == 0 {
        return Ok(None);
    }
    if matches!(prev, Some(Tok::Zero)) && tokens > 1 {
        // A trailing 零 belongs to what follows (一百零 … ) only when something follows; drop it.
        consumed = text[..consumed].trim_end_matches(['零', '〇', '○']).len();
    }
    let pending = resolve_abbrev(pending, abbrev_unit, pending_is_cn_digit).ok_or(NeedsValue)?;
    let value = lift(lift(total.add(section))?.add(pending.unwrap_or(N::int(0))))?;
    Ok(Some(Numeral {
        value: value.into_value(),
        range: None,
        approx,
        len: consumed,
        chinese,
        tokens,
        digit_string: false,
    }))
}

/// A single Chinese digit right after a unit stands for the next unit down: 三百五 = 350, 九万四 = 94000.
/// `None` when the arithmetic overflows.
fn resolve_abbrev<N: Num>(
    pending: Option<N>,
    unit: Option<u32>,
    cn_digit: bool,
) -> Option<Option<N>> {
    match (pending, unit) {
        (Some(p), Some(u)) if cn_digit && u >= 2 => Some(Some(p.mul_pow10(u - 1)?)),
        _ => Some(pending),
    }
}

/// Whether the next non-space character is 万, 亿 or 兆.
fn next_is_big(text: &str) -> bool {
    text.trim_start_matches([' ', '\u{3000}'])
        .chars()
        .next()
        .is_some_and(|c| big_unit(c).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_class_table_agrees_with_classify() {
        for cp in 0..0x1_0000u32 {
            if let Some(c) = char::from_u32(cp) {
                assert!(class_of(cp) == classify(c), "{c:?}");
            }
        }
    }

    proptest! {
        /// The integer fold and the general fold agree wherever the integer one answers.
        #[test]
        fn integer_fold_agrees_with_value_fold(s in "[零〇一二两三四五六七八九十百千万亿兆廿余多几点 0-9]{1,12}") {
            if let Ok(fast) = fold_in::<i128>(&s) {
                let slow = fold_in::<Value>(&s).unwrap_or(None);
                prop_assert_eq!(fast, slow);
            }
        }
    }
}
