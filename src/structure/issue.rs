//! A bulletin issue around its articles: the reporting period, a header carried by the title
//! alone, the editor's notes (编者按) and the table of contents (本期目录).
//!
//! Serves 工作简报 / 情况通报 issues: a monthly or quarterly bulletin titled
//! "某站2015年3月份安全检查情况简报", an issue that opens on a 本期目录 listing its articles, an
//! article introduced by 编者按：….

use crate::text::chars::{arabic_digit, is_cn_numeral};
use crate::{Bulletin, Span};

/// Words a bulletin's title ends with when the title alone names the series (a period report):
/// the bulletin nouns, not 情况 or 工作, which end ordinary headlines too.
const TITLE_SERIES: &[&str] = &[
    "简报", "通报", "快报", "专报", "周报", "月报", "旬报", "季报", "动态", "要情", "通讯",
];

/// Endings of an office's name: what stands before the period in 市质监站2015年3月份….
const OFFICE_ENDINGS: &[&str] = &[
    "站", "局", "委", "办", "厅", "院", "会", "部", "处", "所", "室", "中心", "政府", "公司", "组",
];

/// The labels of an editor's note.
const NOTE_LABELS: &[&str] = &["编者按语", "编者按", "编者的话", "编者语", "编后语", "编后"];

/// The labels of a table of contents, spaces removed.
const CONTENTS_LABELS: &[&str] = &[
    "本期目录",
    "目录",
    "本期要目",
    "本期导读",
    "本期内容",
    "要目",
];

/// A run of digits (ASCII or full-width) or of Chinese numerals at the start of `s`: its value
/// as written (full-width digits made ASCII) and its byte length.
fn number(s: &str) -> Option<(String, usize)> {
    let arabic: String = s
        .chars()
        .map_while(|c| arabic_digit(c).map(|d| char::from(b'0' + d)))
        .take(4)
        .collect();
    if !arabic.is_empty() {
        let len = s.chars().take(arabic.len()).map(char::len_utf8).sum();
        return Some((arabic, len));
    }
    let cn: String = s
        .chars()
        .take_while(|&c| is_cn_numeral(c))
        .take(3)
        .collect();
    (!cn.is_empty()).then(|| (cn.clone(), cn.len()))
}

/// A dash between two numbers of a range: 1-9月, 1—9月, 1至9月.
fn dash(s: &str) -> Option<usize> {
    let c = s.chars().next()?;
    matches!(c, '-' | '—' | '–' | '－' | '~' | '～' | '至' | '到').then(|| c.len_utf8())
}

/// Months at the start of `s`: 3月份, 1-9月, 一至三月.
fn months(s: &str) -> Option<(String, usize)> {
    let (a, n) = number(s)?;
    let mut at = n;
    let mut out = a;
    if let Some(d) = dash(&s[at..])
        && let Some((b, m)) = number(&s[at + d..])
    {
        out = format!("{out}-{b}");
        at += d + m;
    }
    let rest = s[at..].strip_prefix('月')?;
    at += '月'.len_utf8();
    // 3月5日 is a date, not a period.
    if let Some((_, d)) = number(rest)
        && rest[d..].starts_with(['日', '号'])
    {
        return None;
    }
    if rest.starts_with('份') {
        at += '份'.len_utf8();
    }
    Some((format!("{out}月"), at))
}

/// A quarter or half at the start of `s`: 第一季度, 一季度, 上半年, 前三季度, 全年.
fn part_of_year(s: &str) -> Option<(String, usize)> {
    for whole in ["上半年", "下半年", "全年"] {
        if s.starts_with(whole) {
            return Some((whole.to_string(), whole.len()));
        }
    }
    let head = ["第", "前"]
        .into_iter()
        .find(|p| s.starts_with(p))
        .unwrap_or("");
    let (n, len) = number(&s[head.len()..])?;
    let at = head.len() + len;
    s[at..]
        .starts_with("季度")
        .then(|| (format!("{head}{n}季度"), at + "季度".len()))
}

/// The period at the start of `s`.
fn period_at(s: &str) -> Option<(String, usize)> {
    if let Some((y, n)) = number(s).filter(|(y, _)| y.len() == 4 && y.starts_with(['1', '2']))
        && let Some(rest) = s[n..].strip_prefix('年')
    {
        let at = n + '年'.len_utf8();
        if rest.starts_with('度') {
            return Some((format!("{y}年度"), at + '度'.len_utf8()));
        }
        let (p, m) = months(rest).or_else(|| part_of_year(rest))?;
        return Some((format!("{y}年{p}"), at + m));
    }
    // Without a year, only a range of months (1-9月) or 3月份 is a period, not a date's month.
    let (p, m) = months(s)?;
    (p.contains('-') || s[..m].ends_with('份')).then_some((p, m))
}

/// The reporting period a header or title names, normalised: "2015年3月份" → "2015年3月",
/// "1—9月" → "1-9月", "2016年度", "2015年第一季度"; with where it stands in `line`.
///
/// ```
/// use jianbao::structure::issue::period_in;
/// let line = "市质监站2015年3月份安全检查情况简报";
/// let (p, r) = period_in(line).unwrap();
/// assert_eq!((p.as_str(), &line[r]), ("2015年3月", "2015年3月份"));
/// assert_eq!(period_in("全市1—9月经济运行情况").unwrap().0, "1-9月");
/// assert_eq!(period_in("2016年度工作总结").unwrap().0, "2016年度");
/// assert_eq!(period_in("2012年第5期"), None);
/// assert_eq!(period_in("2015年3月5日"), None);
/// ```
pub fn period_in(line: &str) -> Option<(String, std::ops::Range<usize>)> {
    let mut prev_digit = false;
    for (i, c) in line.char_indices() {
        let digit = arabic_digit(c).is_some() || is_cn_numeral(c);
        if digit
            && !prev_digit
            && let Some((p, n)) = period_at(&line[i..])
        {
            return Some((p, i..i + n));
        }
        prev_digit = digit;
    }
    None
}

/// A bulletin header carried by a title alone: "市质监站2015年3月份安全检查情况简报" has the
/// series 安全检查情况简报, the period 2015年3月, the year 2015 and the office 市质监站.
///
/// ```
/// use jianbao::structure::issue::title_header;
/// let b = title_header("市质监站2015年3月份安全检查情况简报", jianbao::Span::new(0, 10)).unwrap();
/// assert_eq!(b.series.as_deref(), Some("安全检查情况简报"));
/// assert_eq!((b.year, b.period.as_deref()), (Some(2015), Some("2015年3月")));
/// assert_eq!(b.publisher.as_deref(), Some("市质监站"));
/// assert!(title_header("全市开展安全检查", jianbao::Span::new(0, 1)).is_none());
/// assert!(title_header("关于2015年3月份安全检查情况的通报", jianbao::Span::new(0, 1)).is_none());
/// assert!(title_header("某某委员会关于2014年度安全生产情况的通报", jianbao::Span::new(0, 1)).is_none());
/// ```
pub fn title_header(line: &str, span: Span) -> Option<Bulletin> {
    let core = line.trim_end_matches(['）', ')', '】', '》', ' ', '\u{3000}']);
    // 关于…的通报 is a 公文's title (its frame's doc type), not a bulletin's, also when the
    // issuing organ stands before 关于 (某某委员会关于2014年度…情况的通报).
    if line.chars().nth(40).is_some()
        || line.contains("关于")
        || line.contains(['。', '，', '；'])
        || !TITLE_SERIES
            .iter()
            .any(|e| core.ends_with(e) || line.ends_with(e))
    {
        return None;
    }
    let (period, at) = period_in(line)?;
    let brackets = |c: char| {
        matches!(
            c,
            '（' | '(' | '【' | '）' | ')' | '】' | '《' | '》' | ' ' | '\u{3000}'
        )
    };
    let before = line[..at.start].trim_matches(brackets);
    let after = line[at.end..].trim_matches(brackets);
    let (series, publisher) = if after.is_empty() {
        (before, None)
    } else {
        let office = OFFICE_ENDINGS.iter().any(|e| before.ends_with(e));
        (
            after,
            (office && before.chars().nth(20).is_none()).then_some(before),
        )
    };
    let year = period
        .split_once('年')
        .and_then(|(y, _)| y.parse::<i32>().ok())
        .filter(|y| (1949..=2100).contains(y));
    Some(Bulletin {
        text: line.to_string(),
        series: (!series.is_empty()).then(|| series.to_string()),
        year,
        publisher: publisher.map(str::to_string),
        span,
        period: Some(period),
        ..Bulletin::default()
    })
}

/// A bulletin header whose title names the series and whose next line, in brackets, names the
/// period alone: "安全质量状况情况简报" over "（2015年第一季度）", as quarterly and monthly
/// 情况简报 print it. `span` covers both lines; the publisher is not read here.
///
/// ```
/// use jianbao::{Span, structure::issue::title_header_over};
/// let b = title_header_over("安全质量状况情况简报", "（2015年第一季度）", Span::new(0, 57)).unwrap();
/// assert_eq!(b.series.as_deref(), Some("安全质量状况情况简报"));
/// assert_eq!((b.year, b.period.as_deref()), (Some(2015), Some("2015年第一季度")));
/// assert!(title_header_over("全市开展安全检查", "（2015年第一季度）", Span::new(0, 1)).is_none());
/// assert!(title_header_over("安全检查情况简报", "（2015年第一季度工作）", Span::new(0, 1)).is_none());
/// ```
pub fn title_header_over(title: &str, next: &str, span: Span) -> Option<Bulletin> {
    let title = title.trim();
    let inner = next
        .trim()
        .strip_prefix(['（', '('])?
        .strip_suffix(['）', ')'])?
        .trim();
    let (period, at) = period_in(inner)?;
    // The bracketed line is the period and nothing else; the title is a bulletin's name.
    if at != (0..inner.len())
        || title.chars().nth(30).is_some()
        || title.contains("关于")
        || title.contains(['。', '，', '；', '：'])
        || !TITLE_SERIES.iter().any(|e| title.ends_with(e))
        || period_in(title).is_some()
    {
        return None;
    }
    let year = period
        .split_once('年')
        .and_then(|(y, _)| y.parse::<i32>().ok())
        .filter(|y| (1949..=2100).contains(y));
    Some(Bulletin {
        text: String::new(),
        series: Some(title.to_string()),
        year,
        span,
        period: Some(period),
        ..Bulletin::default()
    })
}

/// An editor's note: "编者按：…", "【编者按】…", "编者的话"; the byte offset where its text starts.
///
/// ```
/// use jianbao::structure::issue::editor_note_start;
/// let line = "编者按：近年来，某市探索了新办法。";
/// assert_eq!(&line[editor_note_start(line).unwrap()..], "近年来，某市探索了新办法。");
/// assert_eq!(editor_note_start("编者按照要求整理"), None);
/// ```
pub fn editor_note_start(line: &str) -> Option<usize> {
    let open = line.len() - line.trim_start_matches(['【', '[', '〔', '（', '(']).len();
    let rest = &line[open..];
    let label = NOTE_LABELS.iter().find(|l| rest.starts_with(*l))?;
    let after = &rest[label.len()..];
    let body = after.trim_start_matches(['】', ']', '〕', '）', ')', '：', ':', ' ', '\u{3000}']);
    // The label stands alone or is closed by a mark: 编者按照… is a word, not a label.
    (body.is_empty() || body.len() < after.len()).then_some(line.len() - body.len())
}

/// Whether `line` labels a table of contents: 本期目录, 目 录, 【本期要目】.
///
/// ```
/// use jianbao::structure::issue::is_contents_label;
/// assert!(is_contents_label("目　录"));
/// assert!(is_contents_label("【本期要目】"));
/// assert!(!is_contents_label("目录管理办法"));
/// ```
pub fn is_contents_label(line: &str) -> bool {
    if line.chars().nth(12).is_some() {
        return false;
    }
    let squeezed: String = line
        .chars()
        .filter(|c| {
            !c.is_whitespace() && !matches!(c, '【' | '】' | '[' | ']' | '：' | ':' | '\u{3000}')
        })
        .collect();
    CONTENTS_LABELS.contains(&squeezed.as_str())
}

/// A contents entry's title within `line`: without a leading number or bullet, and without
/// trailing leader dots and a page number ("1.某市开展检查……3" → "某市开展检查").
///
/// ```
/// use jianbao::structure::issue::entry_title;
/// let line = "◆某市开展检查……3";
/// assert_eq!(&line[entry_title(line)], "某市开展检查");
/// ```
pub fn entry_title(line: &str) -> std::ops::Range<usize> {
    let bullet = |c: char| {
        matches!(
            c,
            '◆' | '●'
                | '■'
                | '★'
                | '☆'
                | '·'
                | '※'
                | '○'
                | '◇'
                | '▲'
                | '►'
                | '-'
                | '*'
                | '—'
        )
    };
    let mut start = line.len() - line.trim_start_matches(bullet).len();
    if let Some(m) = super::markers::section_marker(&line[start..]) {
        start += m.len;
    }
    let rest = &line[start..];
    let body = rest
        .trim_end_matches(|c: char| {
            arabic_digit(c).is_some() || c.is_whitespace() || c == '\u{3000}'
        })
        .trim_end_matches(['…', '.', '·', '．', '-', '—', ' ', '\u{3000}', '（', '(']);
    let body = if body.len() < rest.len() && body.is_empty() {
        rest
    } else {
        body
    };
    let lead = body.len()
        - body
            .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
            .len();
    start + lead..start + body.len()
}

/// A headline or entry without spaces and punctuation, to compare the two.
pub(crate) fn squeeze(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// A contents entry: where its title stands, and the title squeezed for comparison.
pub(crate) type Entry = (Span, String);

/// A table of contents among the first blocks: the blocks it takes (label and entries) and the
/// entries (title span, squeezed title). The entries end before a line that repeats one (the
/// first article's headline), a sentence, or a short line with a paragraph under it.
pub(crate) fn contents(
    text: &str,
    blocks: &[Span],
) -> Option<(std::ops::Range<usize>, Vec<Entry>)> {
    let label = blocks
        .iter()
        .take(12)
        .position(|s| is_contents_label(&text[s.range()]))?;
    let mut entries: Vec<Entry> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut end = label + 1;
    let is_paragraph = |s: &Span| {
        let l = &text[s.range()];
        l.chars().nth(60).is_some() || l.ends_with(['。', '；', '！', '？'])
    };
    for (k, s) in blocks.iter().enumerate().skip(label + 1) {
        let line = &text[s.range()];
        let r = entry_title(line);
        let t = squeeze(&line[r.clone()]);
        if is_paragraph(s)
            || seen.contains(&t)
            || entries.len() >= MAX_ENTRIES
            || blocks.get(k + 1).is_some_and(is_paragraph)
        {
            break;
        }
        end = k + 1;
        if !t.is_empty() {
            seen.insert(t.clone());
            entries.push((Span::new(s.start + r.start, s.start + r.end), t));
        }
    }
    (!entries.is_empty()).then_some((label..end, entries))
}

/// How many entries a table of contents may have.
const MAX_ENTRIES: usize = 60;

/// The article each contents entry names: the one whose headline is the entry (spaces and
/// punctuation aside), else the first whose headline holds it or is held in it.
pub(crate) fn tie_entries(
    text: &str,
    entries: &[Entry],
    headlines: &[String],
) -> Vec<crate::ContentsEntry> {
    let squeezed: Vec<String> = headlines.iter().map(|h| squeeze(h)).collect();
    let mut exact = std::collections::HashMap::new();
    for (i, h) in squeezed.iter().enumerate() {
        exact.entry(h.as_str()).or_insert(i);
    }
    entries
        .iter()
        .map(|(span, t)| {
            let article = exact.get(t.as_str()).copied().or_else(|| {
                // Bounded: at most MAX_ENTRIES entries look through the headlines.
                squeezed.iter().position(|h| {
                    !h.is_empty()
                        && t.chars().nth(3).is_some()
                        && (h.contains(t.as_str()) || t.contains(h.as_str()))
                })
            });
            crate::ContentsEntry {
                title: text[span.range()].to_string(),
                article,
                span: *span,
            }
        })
        .collect()
}
