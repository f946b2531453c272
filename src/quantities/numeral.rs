//! The number grammar: Arabic and Chinese numerals, mixed forms, spoken decimals, digit strings.
//!
//! Tokens are recognised with nom (`complete` parsers only); a small fold then gives them their
//! value the way a reader does: 一千零十二 is 1012, 九万四 is 94000, 4.78万亿 is 4780000000000.

use super::Approx;
use super::chars::{arabic_digit, big_unit, digit_value, small_unit};
use super::value::Value;
use nom::branch::alt;
use nom::bytes::complete::{take_while, take_while_m_n, take_while1};
use nom::character::complete::{char as ch, one_of, satisfy};
use nom::combinator::{map, not, peek, recognize};
use nom::multi::{many0, many0_count};
use nom::sequence::{pair, preceded, terminated};
use nom::{IResult, Parser};

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

fn spaces(i: &str) -> IResult<&str, &str> {
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

fn cn_token(i: &str) -> IResult<&str, Tok> {
    alt((
        map(satisfy(|c| matches!(c, '零' | '〇' | '○')), |_| {
            Tok::Zero
        }),
        map(satisfy(|c| digit_value(c).is_some()), |c| {
            Tok::Digit(digit_value(c).unwrap_or(0))
        }),
        map(satisfy(|c| small_unit(c).is_some()), |c| {
            let (p, d) = small_unit(c).unwrap_or((1, None));
            Tok::Small(p, d)
        }),
        map(satisfy(|c| big_unit(c).is_some()), |c| {
            Tok::Big(big_unit(c).unwrap_or(4))
        }),
        map(
            preceded(
                pair(one_of("点點"), spaces),
                take_while1(|c| {
                    digit_value(c).is_some() && !matches!(c, '两' | '兩' | '俩' | '倆')
                }),
            ),
            |d: &str| Tok::Point(fraction_value(d)),
        ),
        map(one_of("余多几幾来"), |c| {
            Tok::Infix(if c == '来' {
                Approx::About
            } else {
                Approx::MoreThan
            })
        }),
    ))
    .parse(i)
}

fn token(i: &str) -> IResult<&str, Tok> {
    alt((map(arabic, Tok::Arabic), cn_token)).parse(i)
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
    if let Some(n) = half_hundred(text) {
        return Some(n);
    }
    if let Some(n) = digit_run(text) {
        return n;
    }
    if let Ok((rest, v)) = point_only(text) {
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
    let mut chars = text.char_indices();
    let (_, c0) = chars.next()?;
    let (_, c1) = chars.next()?;
    let (d0, d1) = (digit_value(c0)?, digit_value(c1)?);
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

/// The reader's fold over tokens.
fn fold(text: &str) -> Option<Numeral> {
    let mut rest = text;
    let mut total = Value::int(0);
    let mut section = Value::int(0);
    let mut pending: Option<Value> = None;
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
        let (after_space, sp) = spaces(rest).ok()?;
        let Ok((after, tok)) = token(after_space) else {
            break;
        };
        if !sp.is_empty()
            && (tokens == 0
                || matches!(tok, Tok::Arabic(_)) && matches!(prev, Some(Tok::Arabic(_))))
        {
            break;
        }
        let ok = match tok {
            Tok::Digit(d) => {
                if pending.is_some() || matches!(prev, Some(Tok::Point(_)) | Some(Tok::Infix(_))) {
                    false
                } else {
                    pending = Some(Value::int(d as i128));
                    pending_is_cn_digit = true;
                    if !matches!(prev, Some(Tok::Small(..)) | Some(Tok::Big(_))) {
                        abbrev_unit = None;
                    }
                    true
                }
            }
            Tok::Arabic(v) => {
                if pending.is_some() || matches!(prev, Some(Tok::Point(_)) | Some(Tok::Infix(_))) {
                    false
                } else {
                    pending = Some(v);
                    pending_is_cn_digit = false;
                    abbrev_unit = None;
                    true
                }
            }
            Tok::Zero => {
                if matches!(prev, Some(Tok::Point(_)) | Some(Tok::Infix(_)))
                    || pending.is_some() && tokens > 0
                {
                    false
                } else {
                    abbrev_unit = None;
                    last_small = None;
                    true
                }
            }
            Tok::Small(p, implied) => {
                let in_order = last_small.is_none_or(|l| p < l);
                let after_point = matches!(prev, Some(Tok::Point(_)) | Some(Tok::Infix(_)));
                if !in_order || after_point || (implied.is_some() && pending.is_some()) {
                    false
                } else {
                    let mult = pending
                        .take()
                        .unwrap_or(Value::int(implied.unwrap_or(1) as i128));
                    section = section.plus(mult.times(Value::pow10(p)));
                    last_small = Some(p);
                    abbrev_unit = Some(p);
                    true
                }
            }
            Tok::Big(p) => {
                let val = section.plus(pending.take().unwrap_or(Value::int(0)));
                let prev_big = matches!(prev, Some(Tok::Big(_)) | Some(Tok::Infix(_)));
                if val.is_zero() && !prev_big {
                    false
                } else {
                    if val.is_zero() {
                        total = total.times(Value::pow10(p));
                    } else if p > max_big {
                        total = total.plus(val).times(Value::pow10(p));
                    } else {
                        total = total.plus(val.times(Value::pow10(p)));
                    }
                    max_big = max_big.max(p);
                    section = Value::int(0);
                    last_small = None;
                    abbrev_unit = Some(p);
                    true
                }
            }
            Tok::Point(frac) => {
                if matches!(prev, None | Some(Tok::Point(_)) | Some(Tok::Infix(_))) {
                    false
                } else {
                    resolve_abbrev(&mut pending, abbrev_unit, pending_is_cn_digit);
                    abbrev_unit = None;
                    match pending {
                        Some(p) => pending = Some(p.plus(frac)),
                        None => section = section.plus(frac),
                    }
                    pending_is_cn_digit = false;
                    true
                }
            }
            Tok::Infix(a) => {
                // 十余万, 一千多万, 二十几万; 十几 at the end.
                let before_big = next_is_big(after);
                let jige = matches!(prev, Some(Tok::Small(1, _))) && pending.is_none();
                if !has_value
                    || matches!(prev, Some(Tok::Infix(_)) | Some(Tok::Point(_)))
                    || !(before_big || jige)
                {
                    false
                } else {
                    resolve_abbrev(&mut pending, abbrev_unit, pending_is_cn_digit);
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
        return None;
    }
    if matches!(prev, Some(Tok::Zero)) && tokens > 1 {
        // A trailing 零 belongs to what follows (一百零 … ) only when something follows; drop it.
        consumed = text[..consumed].trim_end_matches(['零', '〇', '○']).len();
    }
    resolve_abbrev(&mut pending, abbrev_unit, pending_is_cn_digit);
    let value = total.plus(section).plus(pending.unwrap_or(Value::int(0)));
    Some(Numeral {
        value,
        range: None,
        approx,
        len: consumed,
        chinese,
        tokens,
        digit_string: false,
    })
}

/// Whether the next non-space character is 万, 亿 or 兆.
fn next_is_big(text: &str) -> bool {
    text.trim_start_matches([' ', '\u{3000}'])
        .chars()
        .next()
        .is_some_and(|c| big_unit(c).is_some())
}

/// A single Chinese digit right after a unit stands for the next unit down: 三百五 = 350, 九万四 = 94000.
fn resolve_abbrev(pending: &mut Option<Value>, unit: Option<u32>, cn_digit: bool) {
    if let (Some(p), Some(u), true) = (*pending, unit, cn_digit)
        && u >= 2
    {
        *pending = Some(p.times(Value::pow10(u - 1)));
    }
}
