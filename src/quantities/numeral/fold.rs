//! The fold: a reader's arithmetic over tokens (一千零十二 is 1012, 九万四 is 94000), in `i128`
//! when it fits and in [`Value`] otherwise.

use super::reader::{Tok, spaces, token};
use super::*;

/// The arithmetic the fold needs: `i128` for the common integer case, [`Value`] for the rest.
pub(super) trait Num: Copy {
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
pub(super) struct NeedsValue;

/// The reader's fold over tokens: integers in `i128` first, [`Value`] when that is not enough.
pub(super) fn fold(text: &str) -> Option<Numeral> {
    match fold_in::<i128>(text) {
        Ok(n) => n,
        Err(NeedsValue) => fold_in::<Value>(text).unwrap_or(None),
    }
}

pub(super) fn fold_in<N: Num>(text: &str) -> Result<Option<Numeral>, NeedsValue> {
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
