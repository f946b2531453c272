//! Dates whose year lost its 〇: pages typed in a GB2312 editor (which has no 〇) print
//! 二〇一一年二月十日 as 二一一年二月十日. A 成文日期 line of such a page still dates the document.

use crate::Span;
use crate::text::chars::digit_value;
use crate::text::date::find_date;

/// The date of a Chinese-numeral date whose year is 二 and two more nonzero digits before 年
/// ("二一一年二月十日" → 2011-02-10): the 〇 of 二〇XY restored, with the date's span in `line`.
/// Only the first 年 of the line is looked at; a year with a 〇 of its own, four digits or any
/// other first digit is none of these (find_date reads the whole ones).
pub(super) fn lost_zero_date(line: &str) -> Option<(String, Span)> {
    let at = line.find('年')?;
    let year: Vec<(usize, char)> = line[..at].char_indices().rev().take(4).collect();
    // Exactly three numerals before 年: 二, then two digits 一 to 九.
    let three = year
        .iter()
        .take_while(|(_, c)| digit_value(*c).is_some())
        .count()
        == 3;
    let [(_, y2), (_, y1), (start, y0)] = year.get(..3)?.try_into().ok()?;
    let nonzero = |c: char| digit_value(c).is_some_and(|d| d > 0);
    if !three || y0 != '二' || !nonzero(y1) || !nonzero(y2) {
        return None;
    }
    let restored = format!("二〇{y1}{y2}{}", &line[at..]);
    let (iso, span) = find_date(&restored).filter(|(_, s)| s.start == 0)?;
    // The restored text is the line from the year on with 〇 (3 bytes) put in.
    let end = start + span.end.checked_sub('〇'.len_utf8())?;
    Some((iso, Span::new(start, end)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_that_lost_its_zero_is_read() {
        let line = "二一一年二月十日";
        let (iso, span) = lost_zero_date(line).unwrap();
        assert_eq!(iso, "2011-02-10");
        assert_eq!(&line[span.range()], "二一一年二月十日");
        let line = "市长 二一五年三月五日";
        assert_eq!(
            lost_zero_date(line).map(|(d, s)| (d, &line[s.range()])),
            Some(("2015-03-05".to_string(), "二一五年三月五日"))
        );
        // Whole years, a 〇 of its own, another first digit, four numerals: none.
        assert_eq!(lost_zero_date("二〇一一年二月十日"), None);
        assert_eq!(lost_zero_date("二〇一年二月"), None);
        assert_eq!(lost_zero_date("一九五年"), None);
        assert_eq!(lost_zero_date("三二一一年"), None);
        assert_eq!(lost_zero_date("第二一一年度"), None);
        assert_eq!(lost_zero_date("二一一年"), None);
    }
}
