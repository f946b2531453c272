//! The number grammar: Arabic and Chinese numerals, mixed forms, spoken decimals, digit strings.
//!
//! Tokens are recognised with nom (`complete` parsers only); a small fold then gives them their
//! value the way a reader does: 一千零十二 is 1012, 九万四 is 94000, 4.78万亿 is 4780000000000.

use super::Approx;
use crate::model::Value;
use crate::model::value::pow10_i128;
use crate::text::chars::{arabic_digit, big_unit, digit_value, is_financial, small_unit};
use crate::text::charset::code_point_at;

mod fast;
mod fold;
mod reader;
#[cfg(test)]
mod tests;

use fast::{Class, class_of, fast};
use fold::fold;
use reader::{digit_run, half_hundred, point_only};

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
    // The common forms first: a run of ASCII digits, a Chinese numeral of digits and units.
    if let Some(n) = fast(text) {
        return n.map(|n| next_digit_range(text, n));
    }
    // The first character decides which forms are possible.
    let first = text.chars().next()?;
    match first {
        '半' => return half_hundred(text),
        // 几十, 几百, 几万: more than the unit alone; 数十, 数百, 数万 (several tens, hundreds) alike.
        '几' | '幾' | '数' | '數' => {
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
    fold(text).map(|n| next_digit_range(text, n))
}

/// 十七八岁, 二十五六个: after a units digit that follows 十, the next digit up makes a range of
/// neighbours (17 to 18), as people's ages and small counts are written in reports and news.
fn next_digit_range(text: &str, n: Numeral) -> Numeral {
    // Most numerals are followed by no Chinese digit: decide that first, from one byte.
    if n.range.is_some()
        || n.approx.is_some()
        || text.as_bytes().get(n.len).is_none_or(|b| *b < 0x80)
    {
        return n;
    }
    let Some(next) = text[n.len..].chars().next() else {
        return n;
    };
    let Class::Digit(b) = class_of(next as u32) else {
        return n;
    };
    let mut back = text[..n.len].chars().rev();
    let (Some(last), Some(ten)) = (back.next(), back.next()) else {
        return n;
    };
    let Class::Digit(a) = class_of(last as u32) else {
        return n;
    };
    // 十四五 names the 14th five-year plan (as 十二五, 十三五 name theirs): no range.
    if !matches!(ten, '十' | '拾') || b != a + 1 || (a, b) == (4, 5) {
        return n;
    }
    let hi = n.value.plus(Value::int(1));
    Numeral {
        range: Some((n.value, hi)),
        len: n.len + next.len_utf8(),
        tokens: n.tokens + 1,
        ..n
    }
}
