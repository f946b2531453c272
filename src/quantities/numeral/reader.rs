//! The nom reader: tokens (Arabic numbers with separators, points and scales, Chinese digits and
//! units, infixed approximations), and the forms read before the fold (半百, digit strings).

use super::*;
use nom::bytes::complete::{take_while, take_while_m_n, take_while1};
use nom::character::complete::{char as ch, one_of, satisfy};
use nom::combinator::{map, not, peek, recognize};
use nom::multi::{many0, many0_count};
use nom::sequence::{pair, preceded, terminated};
use nom::{IResult, Parser};

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Tok {
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

pub(super) fn digits(i: &str) -> IResult<&str, &str> {
    take_while1(is_digit)(i)
}

fn signs(i: &str) -> IResult<&str, Vec<char>> {
    many0(one_of("+-－−")).parse(i)
}

#[inline]
pub(super) fn spaces(i: &str) -> IResult<&str, &str> {
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
    // A decimal part, unless this is a dotted chain such as 2222.2222.222. Old communiqués set a
    // space before the point (283 .2万张).
    let point_at = rest
        .strip_prefix(' ')
        .filter(|r| r.starts_with(['.', '．']))
        .unwrap_or(rest);
    if let Ok((r, frac)) = preceded(one_of(".．"), digits).parse(point_at) {
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
pub(super) fn point_only(i: &str) -> IResult<&str, Value> {
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
pub(super) fn point(i: &str) -> IResult<&str, Tok> {
    map(
        preceded(
            pair(one_of("点點"), spaces),
            take_while1(|c| digit_value(c).is_some() && !matches!(c, '两' | '兩' | '俩' | '倆')),
        ),
        |d: &str| Tok::Point(fraction_value(d)),
    )
    .parse(i)
}

#[inline]
pub(super) fn token(i: &str) -> IResult<&str, Tok> {
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

/// 半百 = 50.
pub(super) fn half_hundred(text: &str) -> Option<Numeral> {
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
pub(super) fn digit_run(text: &str) -> Option<Option<Numeral>> {
    // 二０一五, 二0一五: a zero typed as a digit inside a Chinese year.
    let zero_digit = |c: char| matches!(c, '０' | '0');
    let digit = |c: char| match class_of(c as u32) {
        Class::Digit(d) => Some(d),
        Class::Zero => Some(0),
        _ if zero_digit(c) => Some(0),
        _ => None,
    };
    let mut chars = text.chars();
    let c0 = chars.next()?;
    digit(c0)?;
    let c1 = chars.next()?;
    let (d0, d1) = (digit(c0)?, digit(c1)?);
    let end = text
        .char_indices()
        .find(|(_, c)| digit(*c).is_none())
        .map_or(text.len(), |(i, _)| i);
    let run: Vec<u8> = text[..end].chars().filter_map(digit).collect();
    let has_zero = text[..end]
        .chars()
        .any(|c| matches!(c, '〇' | '零' | '○') || zero_digit(c));
    // 一二点三零: digits before a point are a digit string, not a range of neighbours.
    let decimals = point(&text[end..]).is_ok();
    if run.len() >= 3 || has_zero || decimals {
        if d0 == 0 && matches!(c0, '零') && run.len() == 2 {
            return None; // 零五 inside a numeral: let the fold decide
        }
        let m = run.iter().take(38).fold(0i128, |m, d| m * 10 + *d as i128);
        let mut value = Value::int(m);
        let mut len = end;
        // 一二三四点五: a digit string with decimals.
        if let Ok((rest, Tok::Point(frac))) = point(&text[end..]) {
            value = value.plus(frac);
            len = text.len() - rest.len();
        }
        return Some(Some(Numeral {
            value,
            range: None,
            approx: None,
            len,
            chinese: true,
            tokens: run.len(),
            digit_string: true,
        }));
    }
    // 壹壹, 伍捌: capital numerals are written for amounts only, never as a word (一一对应, 九九
    // are words): two of them in a row are a digit string.
    if is_financial(c0) && is_financial(c1) && end == c0.len_utf8() + c1.len_utf8() {
        return Some(Some(Numeral {
            value: Value::int(d0 as i128 * 10 + d1 as i128),
            range: None,
            approx: None,
            len: end,
            chinese: true,
            tokens: 2,
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
            // 三四百万, 二三十亿: a big unit after the small one scales the range again.
            if let Some(b) = text[len..].chars().next().and_then(big_unit) {
                scale = scale.times(Value::pow10(b));
                len += text[len..].chars().next().map_or(0, char::len_utf8);
            }
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
