//! The fast byte path: the character classes and their table over the BMP, and the byte-by-byte
//! decoding of plain ASCII digits and of Chinese numerals made of digits and units.

use super::*;
use std::sync::OnceLock;

/// What a character is to the tokenizer, one byte per BMP code point, so that the hot loop does a
/// table load instead of the long `match`es of [`digit_value`], [`small_unit`] and [`big_unit`].
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    Other,
    Arabic,
    Zero,
    Point,
    Digit(u8),
    Small(u32, Option<u8>),
    Big(u32),
    Infix(Approx),
}

pub(super) fn classify(c: char) -> Class {
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
pub(super) fn class_of(cp: u32) -> Class {
    match class_table().get(cp as usize) {
        Some(code) => Class::from_code(*code),
        None => char::from_u32(cp).map_or(Class::Other, classify),
    }
}

/// The class codes of the BMP, computed once from [`classify`].
#[inline]
fn class_table() -> &'static [u8] {
    static TABLE: OnceLock<Vec<u8>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (0..0x1_0000u32)
            .map(|cp| char::from_u32(cp).map_or(Class::Other, classify).code())
            .collect()
    })
}

/// The fast path of [`numeral`]: `Some(answer)` for a run of ASCII digits that nothing extends
/// and for a Chinese numeral made of digits, 零 and units only (the bench's mixed numerals and
/// most numerals in text), decoded byte by byte with the class table and folded in `i64`; `None`
/// when another form may apply (a decimal point, 余, a space, an overflow) and the full reader
/// must answer. The property test `fast_path_agrees_with_the_reader` holds it to [`fold`].
#[inline]
pub(super) fn fast(text: &str) -> Option<Option<Numeral>> {
    let b = text.as_bytes();
    let first = *b.first()?;
    if first.is_ascii_digit() {
        return fast_ascii(b);
    }
    if first < 0x80 {
        return None;
    }
    // The first characters decide whether this path applies (see `fast_fold`).
    fast_fold(b)
}

/// Digits that no separator, point, exponent or unit extends: their value.
#[inline]
fn fast_ascii(b: &[u8]) -> Option<Option<Numeral>> {
    let digits = |from: usize| {
        b[from..]
            .iter()
            .position(|c| !c.is_ascii_digit())
            .map_or(b.len(), |k| from + k)
    };
    let int_end = digits(0);
    let mut end = int_end;
    let mut scale = 0;
    // 7.2: a decimal part, unless another point follows (a dotted chain).
    if b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
        let frac_end = digits(end + 1);
        if b.get(frac_end) == Some(&b'.') && b.get(frac_end + 1).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        scale = frac_end - end - 1;
        end = frac_end;
    }
    // At most 18 digits in all (integer and decimals) fold in i64; longer ones go to the exact
    // reader.
    if end - usize::from(scale > 0) > 18 {
        return None;
    }
    if let Some(&next) = b.get(end) {
        if matches!(
            next,
            b',' | b'.' | b'e' | b'E' | b'^' | b' ' | b'k' | b'K' | b'M'
        ) {
            return None;
        }
        if next >= 0x80 && class_of(code_point_at(b, end).0) != Class::Other {
            return None;
        }
        // ， ． Ｋ ｋ Ｍ and the ideographic space extend a number too.
        if next >= 0x80
            && matches!(
                char::from_u32(code_point_at(b, end).0),
                Some('，' | '．' | 'Ｋ' | 'ｋ' | 'Ｍ' | '\u{3000}')
            )
        {
            return None;
        }
    }
    let value = b[..end]
        .iter()
        .filter(|d| d.is_ascii_digit())
        .fold(0i64, |m, d| m * 10 + i64::from(d - b'0'));
    Some(Some(Numeral {
        value: Value::decimal(i128::from(value), scale as u32),
        range: None,
        approx: None,
        len: end,
        chinese: false,
        tokens: 1,
        digit_string: false,
    }))
}

/// [`fold_in`] for the tokens 零, digits and units only, in `i64`; `None` at anything else.
#[inline]
fn fast_fold(b: &[u8]) -> Option<Option<Numeral>> {
    const POW: [i64; 13] = [
        1,
        10,
        100,
        1_000,
        10_000,
        100_000,
        1_000_000,
        10_000_000,
        100_000_000,
        1_000_000_000,
        10_000_000_000,
        100_000_000_000,
        1_000_000_000_000,
    ];
    // The state of `fold_in`, kept in plain integers for the hot loop: `pending` is -1 for no
    // pending digit, `abbrev_unit` 0 for none, `last_small` u32::MAX for none, and `prev` the kind
    // of the last token (PREV_*).
    const PREV_OTHER: u8 = 0;
    const PREV_ZERO: u8 = 1;
    const PREV_DIGIT: u8 = 2;
    const PREV_SMALL: u8 = 3;
    const PREV_BIG: u8 = 4;
    let mut total: i64 = 0;
    let mut section: i64 = 0;
    let mut pending: i64 = -1;
    let mut abbrev_unit: u32 = 0;
    let mut last_small: u32 = u32::MAX;
    let mut max_big: u32 = 0;
    let mut prev = PREV_OTHER;
    let mut at = 0;
    let mut consumed = 0;
    let mut tokens = 0;
    let table = class_table();
    // Only a numeral that starts with a digit, 零 or a unit is read here; two digits in a row
    // are a digit string or a range (二〇一〇, 三五个): the full reader decides both.
    let code_at = |at: usize| {
        let cp = match b.get(at..) {
            Some([l, b1, b2, ..]) if l & 0xF0 == 0xE0 => {
                (u32::from(l & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F)
            }
            Some([_, ..]) => code_point_at(b, at).0,
            _ => return None,
        };
        Some(table.get(cp as usize).copied().unwrap_or(0))
    };
    match code_at(0) {
        Some(2 | 10..=19) => {
            let len = code_point_at(b, 0).1;
            if matches!(code_at(len), Some(2 | 10..=19)) {
                return None;
            }
        }
        Some(20..=25 | 30..=32) => {}
        _ => return None,
    }
    while at < b.len() && tokens < 64 {
        let lead = b[at];
        if lead < 0x80 {
            if lead == b' ' || lead.is_ascii_digit() || lead == b'.' {
                return None;
            }
            break;
        }
        // Every Chinese numeral character is three bytes long in UTF-8.
        let (cp, len) = match b[at..] {
            [l, b1, b2, ..] if l & 0xF0 == 0xE0 => (
                (u32::from(l & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F),
                3,
            ),
            _ => code_point_at(b, at),
        };
        // The class codes of `Class::code`, matched as bytes.
        let code = table.get(cp as usize).copied().unwrap_or(0);
        let kind = match code {
            // A digit.
            10..=19 => {
                if pending >= 0 {
                    break;
                }
                pending = i64::from(code - 10);
                if prev != PREV_SMALL && prev != PREV_BIG {
                    abbrev_unit = 0;
                }
                PREV_DIGIT
            }
            // 零.
            2 => {
                if pending >= 0 && tokens > 0 {
                    break;
                }
                abbrev_unit = 0;
                last_small = u32::MAX;
                PREV_ZERO
            }
            // 十 百 千, and 廿 卅 卌 with the digit they imply.
            20..=25 => {
                let (p, implied) = if code <= 22 {
                    (u32::from(code - 19), -1)
                } else {
                    (1, i64::from(code - 21))
                };
                if (last_small != u32::MAX && p >= last_small) || (implied >= 0 && pending >= 0) {
                    break;
                }
                let mult = if pending >= 0 {
                    pending
                } else if implied >= 0 {
                    implied
                } else {
                    1
                };
                pending = -1;
                section = section.checked_add(mult.checked_mul(POW[p as usize])?)?;
                last_small = p;
                abbrev_unit = p;
                PREV_SMALL
            }
            // 万 亿 兆.
            30..=32 => {
                let p = u32::from(code - 29) * 4;
                let val = section.checked_add(pending.max(0))?;
                pending = -1;
                if val == 0 && prev != PREV_BIG {
                    break;
                }
                let scale = *POW.get(p as usize)?;
                total = if val == 0 {
                    total.checked_mul(scale)?
                } else if p > max_big {
                    total.checked_add(val)?.checked_mul(scale)?
                } else {
                    total.checked_add(val.checked_mul(scale)?)?
                };
                max_big = max_big.max(p);
                section = 0;
                last_small = u32::MAX;
                abbrev_unit = p;
                PREV_BIG
            }
            // 点, 余, 多, an Arabic digit: the full reader.
            1 | 3..=5 => return None,
            _ => break,
        };
        tokens += 1;
        prev = kind;
        at += len;
        consumed = at;
    }
    if consumed == 0 {
        return Some(None);
    }
    let mut len = consumed;
    if prev == PREV_ZERO && tokens > 1 {
        // A trailing 零 belongs to what follows: dropped, as the reader does.
        let text = std::str::from_utf8(&b[..consumed]).ok()?;
        len = text.trim_end_matches(['零', '〇', '○']).len();
    }
    let pending = match pending {
        p if p >= 0 && abbrev_unit >= 2 => p.checked_mul(POW[(abbrev_unit - 1) as usize])?,
        p => p.max(0),
    };
    let value = total.checked_add(section)?.checked_add(pending)?;
    Some(Some(Numeral {
        value: Value::int(i128::from(value)),
        range: None,
        approx: None,
        len,
        chinese: true,
        tokens,
        digit_string: false,
    }))
}
