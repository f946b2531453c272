//! Dates as pages write them: 2010年6月1日, 2010-06-01, 2010/6/1, 二〇一〇年六月一日.

use crate::Span;
use crate::text::chars::small_chinese;
use crate::text::chars::{arabic_digit, digit_value};

/// The first date in `text` as `YYYY-MM-DD`, with its span.
pub(crate) fn find_date(text: &str) -> Option<(String, Span)> {
    for (i, c) in text.char_indices() {
        if arabic_digit(c).is_some() || digit_value(c).is_some() {
            let before_ok = text[..i]
                .chars()
                .next_back()
                .is_none_or(|p| arabic_digit(p).is_none());
            if before_ok && let Some((date, len)) = date_at(&text[i..]) {
                return Some((date, Span::new(i, i + len)));
            }
        }
    }
    None
}

/// `YYYY-MM-DD` for a day that exists in the Gregorian calendar (2010-02-31 does not; 2012-02-29
/// does), else `None`.
pub(crate) fn iso_date(year: u32, month: u32, day: u32) -> Option<String> {
    let y = i32::try_from(year).ok()?;
    chrono::NaiveDate::from_ymd_opt(y, month, day)?;
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// A date at the start of `s`: the date and its length in bytes.
fn date_at(s: &str) -> Option<(String, usize)> {
    let Some((year, mut at)) = year(s) else {
        return day_month_year(s);
    };
    // Typeset pages space a Chinese date's parts out (2012 年 1 月 11 日, 2012年 01月12日): the
    // spaces are skipped around 年, 月 and 日, never around - / . (a list of numbers).
    let spaced = blanks(&s[at..]);
    let sep = s[at + spaced..].chars().next()?;
    let chinese = sep == '年';
    if !matches!(sep, '年' | '-' | '/' | '.' | '－' | '．') || (spaced > 0 && !chinese) {
        return None;
    }
    at += spaced + sep.len_utf8();
    if chinese {
        at += blanks(&s[at..]);
    }
    let (month, len) = small_number(&s[at..])?;
    at += len;
    if chinese {
        at += blanks(&s[at..]);
    }
    let sep2 = s[at..].chars().next()?;
    let expected = if chinese { '月' } else { sep };
    if sep2 != expected {
        return None;
    }
    at += sep2.len_utf8();
    if chinese {
        at += blanks(&s[at..]);
    }
    let (day, len) = small_number(&s[at..])?;
    at += len;
    if chinese {
        let gap = blanks(&s[at..]);
        if s[at + gap..].starts_with(['日', '号']) {
            at += gap + 3;
        }
    }
    Some((iso_date(year, month, day)?, at))
}

/// The length in bytes of the one or two blanks (space, ideographic space, no-break space) `s`
/// starts with: the most a typeset date puts between its parts.
fn blanks(s: &str) -> usize {
    s.chars()
        .take(2)
        .take_while(|c| matches!(c, ' ' | '\u{3000}' | '\u{a0}'))
        .map(char::len_utf8)
        .sum()
}

/// A date written day first with dots, `DD.MM.YYYY` (`14.12.2011`): the form of the Chinese
/// services of European and American broadcasters (最后更新 14.12.2011 19:00). Two-digit day
/// and month only, so that a version number (1.2.2011) is not read as a date.
fn day_month_year(s: &str) -> Option<(String, usize)> {
    let b = s.as_bytes();
    let two = |i: usize| -> Option<u32> {
        let (x, y) = (*b.get(i)?, *b.get(i + 1)?);
        (x.is_ascii_digit() && y.is_ascii_digit())
            .then(|| u32::from(x - b'0') * 10 + u32::from(y - b'0'))
    };
    let (day, month) = (two(0)?, two(3)?);
    if b.get(2) != Some(&b'.') || b.get(5) != Some(&b'.') {
        return None;
    }
    let (year, len) = year(s.get(6..)?)?;
    if len != 4 || b.get(10).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    Some((iso_date(year, month, day)?, 10))
}

fn year(s: &str) -> Option<(u32, usize)> {
    let mut v = 0u32;
    let mut len = 0;
    for (n, c) in s.chars().take(4).enumerate() {
        let d = arabic_digit(c).or_else(|| digit_value(c).filter(|_| c != '两'))?;
        v = v * 10 + d as u32;
        len += c.len_utf8();
        if n == 3 {
            return (1900..=2100).contains(&v).then_some((v, len));
        }
    }
    None
}

fn small_number(s: &str) -> Option<(u32, usize)> {
    // One or two Arabic digits, read in place (no string is built for them).
    let mut v = 0u32;
    let mut len = 0;
    for c in s.chars().take(2) {
        let Some(d) = arabic_digit(c) else { break };
        v = v * 10 + u32::from(d);
        len += c.len_utf8();
    }
    if len > 0 {
        return Some((v, len));
    }
    // Else up to three Chinese digits or 十: the longest head that is a small numeral.
    let mut ends = [0usize; 3];
    let mut count = 0;
    for c in s
        .chars()
        .take_while(|c| digit_value(*c).is_some() || *c == '十')
        .take(3)
    {
        ends[count] = ends[count.saturating_sub(1)] + c.len_utf8();
        count += 1;
    }
    ends[..count]
        .iter()
        .rev()
        .find_map(|&end| small_chinese(&s[..end]).map(|v| (v, end)))
}

/// Whether a date [`find_date`] reads can end with `c`: 日 or 号, or the last digit of the day.
/// A line whose last character is none of these ends with no date (the 成文日期 line test).
pub(crate) fn may_end_date(c: char) -> bool {
    matches!(c, '日' | '号' | '十') || arabic_digit(c).is_some() || digit_value(c).is_some()
}

#[cfg(test)]
mod doc_examples {
    #[test]
    fn find_date() {
        use super::find_date;
        assert_eq!(
            find_date("发布时间：2010-6-1 来源：").map(|d| d.0),
            Some("2010-06-01".to_string())
        );
        assert_eq!(
            find_date("二〇一〇年六月十一日").map(|d| d.0),
            Some("2010-06-11".to_string())
        );
        assert_eq!(find_date("第173期"), None);
        // Spaced-out dates of typeset pages.
        assert_eq!(
            find_date("2012 年 1 月 11 日").map(|d| d.0),
            Some("2012-01-11".to_string())
        );
        assert_eq!(
            find_date("发表于 2012年 01月12日 10:20").map(|d| d.0),
            Some("2012-01-12".to_string())
        );
        assert_eq!(
            find_date("最后更新  14.12.2011 19:00").map(|d| d.0),
            Some("2011-12-14".to_string())
        );
        assert_eq!(find_date("版本 1.2.2011"), None);
        assert_eq!(find_date("31.02.2011"), None);
        // Spaces around - or / are a list of numbers, not a date.
        assert_eq!(find_date("2012 - 1 - 11"), None);
    }

    #[test]
    fn may_end_date() {
        use super::may_end_date;
        assert!(may_end_date('日') && may_end_date('号') && may_end_date('5'));
        assert!(may_end_date('十') && may_end_date('一') && may_end_date('９'));
        assert!(!may_end_date('。') && !may_end_date('年') && !may_end_date('室'));
    }

    #[test]
    fn iso_date() {
        use super::iso_date;
        assert_eq!(iso_date(2012, 2, 29).as_deref(), Some("2012-02-29"));
        assert_eq!(iso_date(2010, 2, 31), None);
        assert_eq!(iso_date(2010, 13, 1), None);
    }
}
