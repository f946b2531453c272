//! The counted subject of a quantity: the noun after its unit, or before its number.

use super::Direction;
use super::units::{
    CHANGE_ADVERBS, DIRECTION_WORDS, LINKS, NOT_STOPS, SCOPES, STOP_CHARS, STOP_WORDS,
    is_comparison_base,
};
use crate::Span;
use crate::text::chars::{arabic_digit, is_han};
use crate::text::charset::{CharMap, CharSet};
use std::sync::OnceLock;

/// Characters that make a noun of the verb before them (增加值, 投入额, 发放量, 完成率).
const NOMINAL_SUFFIX: &[char] = &[
    '值', '额', '量', '率', '数', '幅', '速', '量', '者', '物', '品',
];

/// Words that stop a subject read backwards (明确规定…) but are nouns after a count (八项规定).
const NOUNS_AFTER_COUNT: &[&str] = &["规定", "要求", "投入", "培训", "制定"];

/// A stop character at byte `i` of `rest`, read forwards: not one inside a noun that starts there
/// (比重) or earlier in the subject (公共 of 公共液化烃码头).
fn stops_at(rest: &str, i: usize, c: char) -> bool {
    is_stop_char(c)
        && !nouns_with(c)
            .any(|(w, off)| i >= *off && rest.get(i - off..).is_some_and(|t| t.starts_with(*w)))
}

/// A stop character at byte `i` of `head`, read backwards: not one inside a noun that ends there
/// (国内, 人均) or starts there (比重).
fn stops_back(head: &str, i: usize, c: char) -> bool {
    is_stop_char(c)
        && !nouns_with(c)
            .any(|(w, off)| i >= *off && head.get(i - off..).is_some_and(|t| t.starts_with(*w)))
}

fn is_stop_char(c: char) -> bool {
    static SET: OnceLock<CharSet> = OnceLock::new();
    SET.get_or_init(|| CharSet::from_fn(|c| STOP_CHARS.contains(&c)))
        .contains_cp(c as u32)
}

/// The nouns of [`NOT_STOPS`] that hold the stop character `c`, with its byte offset in them.
fn nouns_with(c: char) -> impl Iterator<Item = &'static (&'static str, usize)> {
    static I: OnceLock<CharMap<Vec<(&'static str, usize)>>> = OnceLock::new();
    let index = I.get_or_init(|| {
        let mut m: CharMap<Vec<(&'static str, usize)>> = CharMap::default();
        for w in NOT_STOPS {
            for (off, ch) in w.char_indices() {
                if STOP_CHARS.contains(&ch) {
                    m.entry(ch).or_default().push((w, off));
                }
            }
        }
        m
    });
    index.get(&c).into_iter().flatten()
}

/// The scope word at the start of `s`, if any.
fn scope_at(s: &str) -> Option<&'static str> {
    static I: OnceLock<CharMap<Vec<&'static str>>> = OnceLock::new();
    let index = I.get_or_init(|| {
        let mut m: CharMap<Vec<&'static str>> = CharMap::default();
        for w in SCOPES {
            if let Some(f) = w.chars().next() {
                m.entry(f).or_default().push(w);
            }
        }
        m
    });
    let c = s.chars().next()?;
    index.get(&c)?.iter().find(|w| s.starts_with(*w)).copied()
}

/// The longest subject kept, in chars.
const MAX_CHARS: usize = 12;

/// The verb of change right before a number (地区生产总值比上年增长7.2%) and where the words before
/// it end, past adverbs (实际, 同比, 分别) and a comparison base (比上年, 较上年末): the subject of
/// a change is read back from there.
pub(super) fn change(text: &str, start: usize) -> (Option<Direction>, usize) {
    let Some(head) = text.get(..start) else {
        return (None, start);
    };
    let head = head.trim_end_matches([' ', '\u{3000}']);
    let head = head.strip_suffix('了').unwrap_or(head);
    // 新增, 新建: what was added, a level, not a change.
    if head.ends_with("新增") || head.ends_with("新建") {
        return (None, start);
    }
    let last = head.chars().next_back().unwrap_or(' ');
    let Some((w, dir)) = change_words()
        .get(&last)
        .into_iter()
        .flatten()
        .filter(|(w, _)| head.ends_with(w))
        .max_by_key(|(w, _)| w.len())
    else {
        // 比自治区低6.09个百分点: a comparison, no direction; the subject is before 比.
        if head.ends_with(['低', '高', '快', '慢']) {
            let base = &head[..head.len() - '低'.len_utf8()];
            if let Some((k, _)) = base
                .char_indices()
                .rev()
                .take(10)
                .take_while(|(_, c)| is_han(*c) || c.is_ascii_digit())
                .find(|(_, c)| *c == '比')
            {
                return (None, strip_adverbs(&head[..k]).len());
            }
        }
        return (None, start);
    };
    let mut head = &head[..head.len() - w.len()];
    for _ in 0..3 {
        head = strip_adverbs(head);
        head = strip_comparison(head);
    }
    (Some(*dir), head.len())
}

fn strip_adverbs(mut head: &str) -> &str {
    for _ in 0..4 {
        let last = head.chars().next_back().unwrap_or(' ');
        let words = adverbs().get(&last).into_iter().flatten();
        match words.into_iter().find(|w| head.ends_with(*w)) {
            Some(w) => head = &head[..head.len() - w.len()],
            None => break,
        }
    }
    head
}

/// 比上年, 较上年末, 比2017年, 同上年: the comparison base before a verb of change.
fn strip_comparison(head: &str) -> &str {
    for (chars, (i, c)) in head.char_indices().rev().enumerate() {
        if chars > 10 {
            break;
        }
        if matches!(c, '比' | '较' | '與' | '与' | '同') && chars > 0 {
            return &head[..i];
        }
        if !is_comparison_base(c) {
            break;
        }
    }
    head
}

/// The subject right after `end`: Han characters up to a stop.
pub(super) fn after(text: &str, end: usize) -> Option<(String, Span)> {
    let rest = text.get(end..)?;
    // 规模50亿元的创业投资引导基金: a measure of the noun after 的.
    if let Some(noun) = rest.strip_prefix('的') {
        return noun_after(text, text.len() - noun.len());
    }
    let (s, span) = noun_after(text, end)?;
    // 站上3000亿元大台阶, 突破千亿大关: the metaphor of a level reached is no subject.
    if ["大关", "大台阶", "台阶", "关口", "新台阶"].contains(&s.as_str()) {
        return None;
    }
    let (s, span) = strip_scopes(s, span);
    // 两支高素质、专业化的队伍: coordinated modifiers, then 的, then the head noun.
    if text[span.end..].starts_with('、') {
        let window = &text[span.end..];
        let stop = window
            .char_indices()
            .take(24)
            .find(|(_, c)| !(is_han(*c) || *c == '、'))
            .map(|(i, _)| i)
            .unwrap_or_else(|| {
                window
                    .char_indices()
                    .nth(24)
                    .map_or(window.len(), |(i, _)| i)
            });
        if let Some(de) = window[..stop].find('的') {
            return noun_after(text, span.end + de + '的'.len_utf8()).or(Some((s, span)));
        }
    }
    Some((s, span))
}

/// The name after an ordinal (第六届全国运动会, 第二届中国留学人员广州科技交流会), up to a stop or 第.
pub(super) fn name_after(text: &str, end: usize) -> Option<(String, Span)> {
    // 第一个五年计划: the plan's name holds a numeral; it is what the ordinal ranks.
    let rest = text.get(end..)?;
    if let Some(w) = ["五年计划", "五年规划"]
        .iter()
        .find(|w| rest.starts_with(*w))
    {
        return Some((w.to_string(), Span::new(end, end + w.len())));
    }
    noun_after_max(text, end, 16)
}

/// Han characters from `end` up to a stop.
fn noun_after(text: &str, end: usize) -> Option<(String, Span)> {
    noun_after_max(text, end, MAX_CHARS)
}

fn noun_after_max(text: &str, end: usize, max: usize) -> Option<(String, Span)> {
    let rest = text.get(end..)?;
    // A numeral right after the unit starts another quantity or a name (二十届二中全会).
    if rest
        .chars()
        .next()
        .is_some_and(crate::text::chars::is_cn_numeral)
    {
        return None;
    }
    let mut len = 0;
    for (chars, (i, c)) in rest.char_indices().enumerate() {
        // 第 starts the next ordinal (第十一届全国人民代表大会第四次会议).
        if !is_han(c) || c == '第' || stops_at(rest, i, c) || chars >= max {
            break;
        }
        if stop_words()
            .starting(c)
            .any(|w| rest[i..].starts_with(w) && !(i == 0 && NOUNS_AFTER_COUNT.contains(w)))
        {
            break;
        }
        len = i + c.len_utf8();
    }
    (len > 0).then(|| (rest[..len].to_string(), Span::new(end, end + len)))
}

/// Scope words and modifiers at the start of a subject removed (八类主要刑事案件 → 刑事案件).
fn strip_scopes(s: String, span: Span) -> (String, Span) {
    let mut from = 0;
    for _ in 0..3 {
        match scope_at(&s[from..]) {
            Some(w) if s[from + w.len()..].chars().count() >= 3 => from += w.len(),
            _ => break,
        }
    }
    (
        s[from..].to_string(),
        Span::new(span.start + from, span.end),
    )
}

/// The subject right before `start`: Han characters back to a stop (a verb such as 走访, a function word).
pub(super) fn before(text: &str, floor: usize, start: usize) -> Option<(String, Span)> {
    let found = read_back(text, floor, start);
    if found.is_some() {
        return found;
    }
    // 总量占全区的26.99%, 人口占世界五分之一, 研发经费支出与地区生产总值之比3.5%: a share; the
    // subject is the part, before 占 or 与.
    let head = text.get(..start)?;
    // 改造星级“残疾人之家”300家: a quoted name right before a count is what it counts (work
    // reports quote the names of facilities and programmes).
    if let Some(q) = quoted_before(head, floor) {
        return Some(q);
    }
    // After punctuation neither a share nor a verb can stand before the number.
    if !head.chars().next_back().is_some_and(is_han) {
        return None;
    }
    let clause = head
        .char_indices()
        .rev()
        .take(16)
        .take_while(|(_, c)| is_han(*c) || c.is_ascii_alphanumeric())
        .last()
        .map_or(start, |(i, _)| i);
    if let Some(k) = head[clause..].rfind('占').or_else(|| {
        head[clause..]
            .ends_with("之比")
            .then(|| head[clause..].rfind('与'))
            .flatten()
    }) && let Some(found) = read_back(text, floor, clause + k)
    {
        return Some(found);
    }
    // 邮电业务总量完成38.9亿元, 经适房累计开工1000万平方米: a verb right before the number; the
    // subject is before it and its adverbs.
    let head = text.get(..start)?;
    let c = head.chars().next_back()?;
    let w = PREDICATES
        .iter()
        .chain(stop_words().ending(c))
        .filter(|w| head.ends_with(*w))
        .max_by_key(|w| w.len())?;
    let head = &head[..head.len() - w.len()];
    let head = head.trim_end_matches(['，', ',']);
    let mut at = head.len();
    for _ in 0..2 {
        match CHANGE_ADVERBS.iter().find(|a| text[..at].ends_with(*a)) {
            Some(a) => at -= a.len(),
            None => break,
        }
    }
    // 职工总数，将达到二千四百三十九万二千人: plans and reports name the total, then a comma, then
    // the modal verb and the amount; the subject is before the comma.
    if at < head.len() {
        let h = text[..at].trim_end_matches(['，', ',']);
        if h.len() < at {
            return read_back(text, floor, h.len());
        }
    }
    read_back(text, floor, at)
}

/// A quoted name (at most 12 Han characters) ending right at the end of `head`: the name.
fn quoted_before(head: &str, floor: usize) -> Option<(String, Span)> {
    let inner = head.strip_suffix(['”', '」'])?;
    let (open, c) = inner
        .char_indices()
        .rev()
        .take(13)
        .find(|(_, c)| !is_han(*c))?;
    if !matches!(c, '“' | '「') || open < floor {
        return None;
    }
    let from = open + c.len_utf8();
    let name = &inner[from..];
    (name.chars().count() >= 2).then(|| (name.to_string(), Span::new(from, inner.len())))
}

/// Linking words and predicates at the end of `gap` removed (，达 → ，).
pub(super) fn strip_links(gap: &str) -> &str {
    let mut gap = gap;
    for _ in 0..2 {
        let last = gap.chars().next_back().unwrap_or(' ');
        match LINKS
            .iter()
            .chain(PREDICATES)
            .chain(stop_words().ending(last))
            .find(|w| gap.ends_with(*w))
        {
            Some(w) => gap = &gap[..gap.len() - w.len()],
            None => break,
        }
    }
    gap
}

/// Verbs between a subject and its amount (总量完成38.9亿元, 医院共有病床283万张).
const PREDICATES: &[&str] = &[
    "完成",
    "达到",
    "实现",
    "共有",
    "拥有",
    "保持",
    "稳定在",
    "控制在",
    // 地区生产总值迈上3000亿元大台阶: the level a total climbs to (work reports)
    "迈上",
    "跨上",
    "跃上",
    "登上",
    "突破",
    "超过",
    "有",
    "达",
    "为",
    "是",
    "占",
    "计",
    "共",
    "约",
    "近",
];

fn read_back(text: &str, floor: usize, start: usize) -> Option<(String, Span)> {
    let mut head = strip_footnote(text.get(..start)?);
    // 占比分别为52%: two links in a row.
    for _ in 0..2 {
        if let Some(w) = LINKS.iter().find(|w| head.ends_with(*w)) {
            head = strip_footnote(&head[..head.len() - w.len()]);
        }
    }
    head = skip_parenthesis(head);
    let start = head.len();
    let mut from = start;
    for (chars, (i, c)) in head.char_indices().rev().enumerate() {
        // Latin capitals stand in names of indicators (GDP, CPI).
        let letter = c.is_ascii_uppercase();
        if i < floor || !(is_han(c) || letter) || stops_back(head, i, c) || chars >= MAX_CHARS {
            break;
        }
        // 2019年工业总产值: the unit of a date or a number before the subject is not part of it
        // (read back from a comparison base, past a date inside it).
        if matches!(c, '年' | '月' | '日')
            && head[..i]
                .chars()
                .next_back()
                .is_some_and(|p| crate::text::chars::is_cn_numeral(p) || arabic_digit(p).is_some())
        {
            break;
        }
        let end = i + c.len_utf8();
        // A verb followed by a nominal suffix is a noun (增加值, 投入额); so is 培训 or 投入 right
        // before its number (完成职业技能培训200万人次).
        let nominal = head[end..]
            .chars()
            .next()
            .is_some_and(|n| NOMINAL_SUFFIX.contains(&n))
            || (end == start && NOUNS_AFTER_COUNT.iter().any(|w| head.ends_with(w)));
        if !nominal && stop_words().ending(c).any(|w| head[..end].ends_with(w)) {
            break;
        }
        from = i;
    }
    // 其中国有控股企业: 其中 ("of which") is a scope word, although 中国 and 国有 are nouns.
    if head[..from].ends_with('其') && head[from..start].starts_with('中') {
        from += '中'.len_utf8();
    }
    // Scope words (全市, 年末) and modifiers (实际, 新增) are not part of what is counted, unless
    // what remains is a single word (全国纪录).
    for _ in 0..3 {
        match scope_at(&head[from..start]) {
            Some(w) if head[from + w.len()..start].chars().count() >= 3 => from += w.len(),
            _ => break,
        }
    }
    // One character read back is the tail of a word cut by a stop (同期 → 期): no subject.
    head[from..start].chars().nth(1)?;
    (from < start).then(|| (head[from..].to_string(), Span::new(from, start)))
}

/// A parenthesis at the end (学员（包括电大、函授…）101.7万人): what stands before it.
fn skip_parenthesis(head: &str) -> &str {
    let Some(inner) = head.strip_suffix(['）', ')']) else {
        return head;
    };
    match inner
        .char_indices()
        .rev()
        .take(60)
        .find(|(_, c)| matches!(c, '（' | '(' | '）' | ')'))
    {
        Some((i, '（' | '(')) => &inner[..i],
        _ => head,
    }
}

/// A footnote mark at the end (国内生产总值[2]): dropped.
fn strip_footnote(head: &str) -> &str {
    let Some(h) = head.strip_suffix([']', '］', '〕']) else {
        return head;
    };
    let digits = h.len() - h.trim_end_matches(|c| arabic_digit(c).is_some()).len();
    let h = &h[..h.len() - digits];
    match h.strip_suffix(['[', '［', '〔']) {
        Some(h) if digits > 0 && digits <= 9 => h,
        _ => head,
    }
}

/// The verbs of change indexed by their last character.
fn change_words() -> &'static CharMap<Vec<(&'static str, Direction)>> {
    static I: OnceLock<CharMap<Vec<(&'static str, Direction)>>> = OnceLock::new();
    I.get_or_init(|| {
        let mut m: CharMap<Vec<(&'static str, Direction)>> = CharMap::default();
        for (w, d) in DIRECTION_WORDS {
            if let Some(l) = w.chars().next_back() {
                m.entry(l).or_default().push((w, *d));
            }
        }
        m
    })
}

/// The adverbs of change indexed by their last character.
fn adverbs() -> &'static CharMap<Vec<&'static str>> {
    static I: OnceLock<CharMap<Vec<&'static str>>> = OnceLock::new();
    I.get_or_init(|| {
        let mut m: CharMap<Vec<&'static str>> = CharMap::default();
        for w in CHANGE_ADVERBS {
            if let Some(l) = w.chars().next_back() {
                m.entry(l).or_default().push(w);
            }
        }
        m
    })
}

/// The stop words indexed by their first and by their last character.
struct StopIndex {
    first: CharMap<Vec<&'static str>>,
    last: CharMap<Vec<&'static str>>,
}

impl StopIndex {
    fn starting(&self, c: char) -> impl Iterator<Item = &&'static str> {
        self.first.get(&c).into_iter().flatten()
    }

    fn ending(&self, c: char) -> impl Iterator<Item = &&'static str> {
        self.last.get(&c).into_iter().flatten()
    }
}

fn stop_words() -> &'static StopIndex {
    static I: OnceLock<StopIndex> = OnceLock::new();
    I.get_or_init(|| {
        let mut first: CharMap<Vec<&'static str>> = CharMap::default();
        let mut last: CharMap<Vec<&'static str>> = CharMap::default();
        for w in STOP_WORDS {
            if let (Some(f), Some(l)) = (w.chars().next(), w.chars().next_back()) {
                first.entry(f).or_default().push(w);
                last.entry(l).or_default().push(w);
            }
        }
        StopIndex { first, last }
    })
}
