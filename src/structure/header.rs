//! The bulletin header: "2010创先争优活动简报第173期", "情况通报 / 2012年第5期（总第88期）".

use crate::Bulletin;
use crate::layout::blocks::Block;
use crate::quantities::numeral::numeral;
use crate::text::date::find_date;
use nom::bytes::complete::tag;
use nom::character::complete::{anychar, one_of};
use nom::combinator::{map_opt, opt, recognize};
use nom::multi::many_till;
use nom::sequence::{delimited, preceded, terminated};
use nom::{IResult, Parser};

/// Words that end a series name.
const SERIES_ENDINGS: &[&str] = &[
    "简报",
    "通报",
    "专报",
    "快报",
    "动态",
    "通讯",
    "信息",
    "参考",
    "情况",
    "要情",
    "摘报",
    "周报",
    "月报",
    "特刊",
    "增刊",
    "专刊",
    "工作",
    "汇报",
    "反映",
    "交流",
    "内参",
    "摘编",
    "通讯稿",
];

/// How many of the first content blocks may hold the header.
const SEARCH_BLOCKS: usize = 8;

fn issue_number(i: &str) -> IResult<&str, u32> {
    map_opt(
        recognize(nom::bytes::complete::take_while1(|c: char| {
            crate::text::chars::is_cn_numeral(c) || crate::text::chars::arabic_digit(c).is_some()
        })),
        |s: &str| {
            let n = numeral(s)?;
            (n.len == s.len()).then_some(())?;
            u32::try_from(n.value.as_i128()?).ok()
        },
    )
    .parse(i)
}

fn issue(i: &str) -> IResult<&str, u32> {
    delimited(tag("第"), issue_number, tag("期")).parse(i)
}

fn total(i: &str) -> IResult<&str, u32> {
    let open = opt(one_of("（(〔[【 \u{3000}"));
    let close = opt(one_of("）)〕]】"));
    delimited(
        open,
        preceded(tag("总第"), terminated(issue_number, tag("期"))),
        close,
    )
    .parse(i)
}

/// A header line: what comes before 第N期, N, and 总第N期 when written.
fn header_line(i: &str) -> IResult<&str, (&str, Option<u32>, Option<u32>)> {
    let (rest, (prefix_chars, issue)) = many_till(anychar, issue).parse(i)?;
    let prefix = &i[..prefix_chars.iter().map(|c| c.len_utf8()).sum::<usize>()];
    let (rest, total) = opt(total).parse(rest)?;
    Ok((rest, (prefix, Some(issue), total)))
}

/// A leading year: 2010, 2010年, 二〇一〇年, 〔2010〕.
fn split_year(prefix: &str) -> (Option<i32>, &str) {
    let is_year_digit = |c: char| {
        crate::text::chars::arabic_digit(c).is_some()
            || matches!(
                c,
                '〇' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
            )
    };
    let year_of = |digits: &str| {
        (digits.chars().count() == 4)
            .then(|| numeral(digits)?.value.as_i128())
            .flatten()
            .filter(|y| (1949..=2100).contains(y))
            .map(|y| y as i32)
    };
    // Leading: 2010创先争优活动简报, 〔2010〕…
    let p = prefix.trim_start_matches(['〔', '[', '【', '(', '（']);
    let head: String = p
        .chars()
        .take_while(|c| is_year_digit(*c))
        .take(4)
        .collect();
    if let Some(y) = year_of(&head) {
        let rest = p[head.len()..].trim_start_matches(['年', '〕', ']', '】', ')', '）']);
        return (Some(y), rest);
    }
    // Trailing: 《某某学报》2022年第4期, 工作简报（2012年）第5期
    let q = prefix.trim_end_matches(['年', '〕', ']', '】', ')', '）', ' ', '\u{3000}']);
    let tail: String = q
        .chars()
        .rev()
        .take_while(|c| is_year_digit(*c))
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if let Some(y) = year_of(&tail) {
        let rest = q[..q.len() - tail.len()]
            .trim_end_matches(['〔', '[', '【', '(', '（', ' ', '\u{3000}']);
        return (Some(y), rest);
    }
    (None, prefix)
}

/// A bulletin header found among the first content blocks.
pub(crate) struct Header {
    /// What the header says.
    pub bulletin: Bulletin,
    /// The index of the last block it covers (the header, or the publisher/date line after it).
    pub last: usize,
}

impl Header {
    /// How many of the first blocks the header covers.
    pub(crate) fn blocks(&self) -> usize {
        self.last + 1
    }
}

/// The bulletin header among the first content blocks, and how many blocks it covers (header,
/// and the publisher/date line when there is one).
pub(crate) fn find_header(text: &str, blocks: &[Block]) -> Option<Header> {
    for (idx, block) in blocks.iter().enumerate().take(SEARCH_BLOCKS) {
        let line = &text[block.span.range()];
        if line.chars().count() > 60 {
            continue;
        }
        let Ok((_, (prefix, issue, total))) = header_line(line) else {
            continue;
        };
        let (year, series) = split_year(prefix.trim());
        let mut series = series
            .trim()
            .trim_matches(['【', '】', '《', '》', '“', '”'])
            .trim()
            .to_string();
        let mut span = block.span;
        if series.is_empty() && idx > 0 {
            let prev = &blocks[idx - 1];
            // A masthead is often printed letter-spaced (工 作 简 报): read without its spaces.
            let prev_line: String = text[prev.span.range()]
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            if prev_line.chars().count() <= 20
                && SERIES_ENDINGS.iter().any(|e| prev_line.ends_with(e))
            {
                series = prev_line;
                span = prev.span.cover(block.span);
            }
        }
        let mut bulletin = Bulletin {
            text: text[span.range()].to_string(),
            series: (!series.is_empty()).then_some(series),
            year,
            issue,
            total_issue: total,
            publisher: None,
            date: None,
            span,
            period: None,
            contents: Vec::new(),
        };
        let mut last = idx;
        // Publisher and date: on the header line after the issue, or on the next line or two.
        for (j, b) in blocks.iter().enumerate().skip(idx).take(3) {
            let l = &text[b.span.range()];
            if j > idx && l.chars().count() > 50 {
                break;
            }
            if let Some((date, dspan)) = find_date(l) {
                bulletin.date = Some(date);
                let publisher: String = format!("{}{}", &l[..dspan.start], &l[dspan.end..])
                    .trim_matches(|c: char| {
                        c.is_whitespace() || c == '\u{3000}' || matches!(c, '—' | '-' | '　')
                    })
                    .to_string();
                let publisher = if j == idx { String::new() } else { publisher };
                if !publisher.is_empty() && publisher.chars().count() <= 30 {
                    bulletin.publisher = Some(office_name(&publisher).to_string());
                }
                last = j;
                break;
            }
            if j > idx && is_publisher(l) {
                bulletin.publisher = Some(office_name(l).to_string());
                last = j;
            }
        }
        return Some(Header { bulletin, last });
    }
    None
}

/// The office a publisher line names, without the verb a masthead prints after it (某某办公室编,
/// 某某编印, 某某主办: bulletins of every kind) and the spaces before that verb.
fn office_name(line: &str) -> &str {
    let line = line.trim();
    ["编印", "主办", "编"]
        .iter()
        .find_map(|v| line.strip_suffix(v))
        .map(|rest| rest.trim_end_matches(|c: char| c.is_whitespace()))
        .filter(|rest| rest.chars().nth(1).is_some())
        .unwrap_or(line)
}

/// A line that names the issuing office: ends with 编, 办公室, 委员会 … and is short.
fn is_publisher(line: &str) -> bool {
    line.chars().count() <= 30
        && [
            "编",
            "编印",
            "主办",
            "办公室",
            "委员会",
            "领导小组",
            "组织部",
            "宣传部",
            "编辑部",
        ]
        .iter()
        .any(|e| line.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::blocks::lines;

    #[test]
    fn header_with_year_series_issue() {
        let text = "2010创先争优活动简报第173期\n";
        let Header { bulletin: b, last } = find_header(text, &lines(text)).unwrap();
        assert_eq!(
            (b.year, b.series.as_deref(), b.issue),
            (Some(2010), Some("创先争优活动简报"), Some(173))
        );
        assert_eq!((b.span.start, last), (0, 0));
    }

    #[test]
    fn series_on_the_line_before_and_publisher_after() {
        let text = "工作简报\n第十二期（总第120期）\n中共某市委办公室　2011年3月5日\n标题\n";
        let Header { bulletin: b, last } = find_header(text, &lines(text)).unwrap();
        assert_eq!(b.series.as_deref(), Some("工作简报"));
        assert_eq!((b.issue, b.total_issue), (Some(12), Some(120)));
        assert_eq!(b.publisher.as_deref(), Some("中共某市委办公室"));
        assert_eq!(b.date.as_deref(), Some("2011-03-05"));
        assert_eq!((b.span.start, last), (0, 2));
    }

    #[test]
    fn year_after_a_bracketed_series() {
        let text = "《中共中央党校(国家行政学院)学报》2022年第4期\n目录\n";
        let b = find_header(text, &lines(text)).unwrap().bulletin;
        assert_eq!(
            (b.series.as_deref(), b.year, b.issue),
            (Some("中共中央党校(国家行政学院)学报"), Some(2022), Some(4))
        );
    }

    #[test]
    fn no_header_in_plain_prose() {
        let text = "今天开会。\n第二批干部到岗。\n";
        assert!(find_header(text, &lines(text)).is_none());
    }
}
