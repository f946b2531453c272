//! Dates a news page states outside its metadata lines: a news agency's dateline opening the lead
//! (`新华网北京1月11日电`, `【新唐人2012年1月11日訊】`), a post stamp after the text
//! (`2012-1-11 06:19`, `發佈時間：2012年1月11日`), and the "today" widget of a page header
//! (`2013年04月10日星期三`), which is the day the page was served, not the article's date.

use super::blocks::Block;
use super::meta::date_in;
use crate::text::chars::arabic_digit;
use crate::text::date::iso_date;

/// The weekday words of a "today" widget (simplified and traditional).
const WEEKDAYS: &[&str] = &[
    "星期", "礼拜", "禮拜", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "週",
];

/// Labels that say a line states when the article was published, not what day it is.
const PUBLISH_LABELS: &[&str] = &[
    "发布", "發佈", "發布", "发表", "發表", "来源", "來源", "更新", "出处", "出處", "刊登",
];

/// Whether `line` is a header's "today" widget: a short line with a date and a weekday
/// (`2013年04月10日星期三`, `今天是2014年9月5日 周五`, `美国东部时间: 06:40 2013年04月10日星期三`)
/// and no publishing label. Serves news and government portals that print the day in their
/// header, above the article. Only lines above the headline are judged so: an article's own
/// dateline may name the weekday too.
///
/// ```
/// use jianbao::layout::dateline::is_today_widget;
/// assert!(is_today_widget("2013年04月10日星期三"));
/// assert!(is_today_widget("今天是2014年9月5日 周五"));
/// assert!(!is_today_widget("发布时间：2012年1月11日 星期三"));
/// assert!(!is_today_widget("2012-01-11 06:19"));
/// ```
pub fn is_today_widget(line: &str) -> bool {
    line.chars().nth(60).is_none()
        && WEEKDAYS.iter().any(|w| line.contains(w))
        && !PUBLISH_LABELS.iter().any(|l| line.contains(l))
        && date_in(line).is_some()
}

/// The marks that end a news agency's dateline: 电 (telegraph) and 讯 (news), in both scripts.
const DATELINE_ENDS: &[char] = &['电', '電', '讯', '訊'];

/// How many chars of a lead a dateline may open with (outlet, reporter, place, date).
const LEAD_REACH: usize = 48;

/// A dateline's date at the opening of a lead: a date ending in 日 right before 电 or 讯
/// (`新华网北京1月11日电`, `【新唐人2012年1月11日訊】`, `（中央社記者張三台北2012年1月11日電）`).
/// A dateline without a year takes it from `reference` (another date the page states, as
/// `YYYY-MM-DD`): the year that puts the day on or before it; with no reference, no date.
/// Serves news agency copy, which dates every story this way.
///
/// ```
/// use jianbao::layout::dateline::lead_date;
/// assert_eq!(lead_date("【新唐人2012年1月11日訊】據報道，…", None).as_deref(), Some("2012-01-11"));
/// assert_eq!(lead_date("新华网北京1月11日电 记者从…", Some("2012-01-12")).as_deref(), Some("2012-01-11"));
/// assert_eq!(lead_date("新华网北京12月30日电 记者从…", Some("2012-01-02")).as_deref(), Some("2011-12-30"));
/// assert_eq!(lead_date("新华网北京1月11日电", None), None);
/// assert_eq!(lead_date("1月11日，记者从会上获悉，用电量上升", None), None);
/// ```
pub fn lead_date(lead: &str, reference: Option<&str>) -> Option<String> {
    let head_end = lead
        .char_indices()
        .nth(LEAD_REACH)
        .map_or(lead.len(), |(i, _)| i);
    let head = &lead[..head_end];
    // The first 日 followed by 电/讯: the date ends there.
    let day_end = head
        .match_indices('日')
        .map(|(i, _)| i)
        .find(|&i| head[i + '日'.len_utf8()..].starts_with(DATELINE_ENDS))?;
    let before = &head[..day_end + '日'.len_utf8()];
    // A sentence mark before it: the 日 belongs to a sentence, not to a dateline.
    if before.contains(['，', '。', '；', ',']) {
        return None;
    }
    let (month, day, year) = month_day_before(before)?;
    let year = match year {
        Some(y) => y,
        None => year_for(month, reference?)?,
    };
    iso_date(year, month, day).filter(|d| super::meta::plausible_date(d))
}

/// The month, day and (when stated) year of the date `s` ends with (`…2012年1月11日`,
/// `…1月11日`, Arabic digits only).
fn month_day_before(s: &str) -> Option<(u32, u32, Option<u32>)> {
    let s = s.strip_suffix('日')?.trim_end();
    let (rest, day) = number_before(s)?;
    let rest = rest.trim_end().strip_suffix('月')?.trim_end();
    let (rest, month) = number_before(rest)?;
    let year = rest
        .trim_end()
        .strip_suffix('年')
        .and_then(|r| number_before(r.trim_end()))
        .map(|(_, y)| y)
        .filter(|y| *y >= 1000);
    Some((month, day, year))
}

/// The number of up to four Arabic digits `s` ends with, and what stands before it.
fn number_before(s: &str) -> Option<(&str, u32)> {
    let mut start = s.len();
    let mut count = 0;
    for (i, c) in s.char_indices().rev() {
        if arabic_digit(c).is_none() || count == 4 {
            break;
        }
        start = i;
        count += 1;
    }
    if count == 0 {
        return None;
    }
    let v = s[start..]
        .chars()
        .filter_map(arabic_digit)
        .fold(0u32, |v, d| v * 10 + u32::from(d));
    Some((&s[..start], v))
}

/// The year that puts month/day on or just before the `YYYY-MM-DD` reference: the reference's
/// year, or the year before when the month is later than the reference's (a December story on a
/// page served in January). One month's slack allows a reference a day behind (time zones).
fn year_for(month: u32, reference: &str) -> Option<u32> {
    let mut parts = reference.split('-').map(|p| p.parse::<u32>().ok());
    let (Some(Some(y)), Some(Some(m))) = (parts.next(), parts.next()) else {
        return None;
    };
    Some(if month > m + 1 { y - 1 } else { y })
}

/// How many blocks after the text a post stamp may stand (a share bar or a tag line first).
const STAMP_REACH: usize = 6;

/// A post stamp's date in the blocks right after the text: a short line without sentence marks
/// holding a date and a time (`2012-1-11 06:19`, `張三 2012/01/16 12:13`) or a publishing label
/// (`發佈時間：2012年1月11日`). Serves forums, blogs and news sites that stamp a post at its end.
///
/// ```
/// use jianbao::layout::dateline::stamp_date;
/// assert_eq!(stamp_date("2012-1-11 06:19").as_deref(), Some("2012-01-11"));
/// assert_eq!(stamp_date("發佈時間：2012年1月11日").as_deref(), Some("2012-01-11"));
/// assert_eq!(stamp_date("2012年1月11日，国务院召开常务会议。"), None);
/// assert_eq!(stamp_date("2012年1月11日"), None);
/// ```
pub fn stamp_date(line: &str) -> Option<String> {
    if line.chars().nth(60).is_some() || line.contains(['，', '。']) {
        return None;
    }
    let labelled = PUBLISH_LABELS.iter().any(|l| line.contains(l));
    (labelled || has_time(line))
        .then(|| date_in(line))
        .flatten()
}

/// Whether `line` holds a clock time `H:MM` or `HH:MM`.
fn has_time(line: &str) -> bool {
    let b = line.as_bytes();
    b.windows(3).enumerate().any(|(i, w)| {
        w[0].is_ascii_digit()
            && w[1] == b':'
            && w[2].is_ascii_digit()
            && b.get(i + 3).is_some_and(u8::is_ascii_digit)
    })
}

/// The post stamp's date in the first blocks after the document's text ends at byte `end`.
pub(crate) fn stamp_after(text: &str, blocks: &[Block], end: usize) -> Option<String> {
    let first = blocks.partition_point(|b| b.span.start < end);
    blocks[first..]
        .iter()
        .take(STAMP_REACH)
        .find_map(|b| text.get(b.span.range()).and_then(stamp_date))
}

/// How many blocks of the text a lead's dateline may stand in (a photo caption can come first).
const LEAD_BLOCKS: usize = 3;

/// The date of an HTML page whose metadata lines state none, from the best place that does:
/// a dateline with its year opening the lead, the page's meta tags (`meta_date`), a date line
/// by the headline, a post stamp after the text, then a dateline without its year (the year
/// from a date the page states elsewhere).
pub(crate) fn page_date(
    text: &str,
    seg: &super::Segments,
    blocks: &[Block],
    headline: Option<usize>,
    meta_date: Option<&str>,
) -> Option<String> {
    let leads = || {
        seg.content
            .iter()
            .take(LEAD_BLOCKS)
            .filter_map(|b| text.get(b.span.range()))
    };
    let reference = || {
        meta_date.map(str::to_string).or_else(|| {
            seg.chrome
                .iter()
                .find_map(|(b, _)| text.get(b.span.range()).and_then(date_in))
        })
    };
    leads()
        .find_map(|l| lead_date(l, None))
        .or_else(|| meta_date.map(str::to_string))
        .or_else(|| headline.and_then(|at| super::meta::dateline_near(text, blocks, at)))
        .or_else(|| {
            let end = seg.content.last()?.span.end;
            stamp_after(text, blocks, end)
        })
        .or_else(|| {
            let reference = reference()?;
            leads().find_map(|l| lead_date(l, Some(&reference)))
        })
}
