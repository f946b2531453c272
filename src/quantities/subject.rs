//! The counted subject of a quantity: the noun after its unit, or before its number.

use super::Direction;
use super::units::{CHANGE_ADVERBS, DIRECTION_WORDS, is_comparison_base};
use crate::Span;
use crate::text::chars::{arabic_digit, is_han};
use crate::text::charset::{CharMap, CharSet};
use std::sync::OnceLock;

/// Characters that end a subject: function words, prepositions, conjunctions.
const STOP_CHARS: &[char] = &[
    '和', '与', '及', '或', '等', '的', '中', '在', '对', '为', '以', '并', '了', '是', '将', '把',
    '被', '从', '向', '到', '由', '于', '每', '各', '共', '达', '后', '前', '内', '外', '上', '下',
    '里', '间', '其', '这', '那', '之', '均', '都', '也', '已', '又', '再', '就', '便', '而', '拟',
    '按', '且', '所', '出', '有', '计', '约', '近', '逾', '超', '占', '比', '较', '同', '至', '个',
    '名', '次', '多', '余', '月', '日', '时',
];

/// Verbs that end a subject when scanning away from the number.
const STOP_WORDS: &[&str] = &[
    "承诺",
    "开展",
    "参加",
    "参与",
    "进行",
    "发动",
    "开设",
    "建立",
    "成立",
    "召开",
    "完成",
    "实现",
    "达到",
    "覆盖",
    "受理",
    "办理",
    "解决",
    "收集",
    "走访",
    "排查",
    "进驻",
    "组成",
    "抽调",
    "聘请",
    "评选",
    "推荐",
    "帮助",
    "培训",
    "接待",
    "提出",
    "形成",
    "出台",
    "制定",
    "投入",
    "新增",
    "增加",
    "上升",
    "降低",
    "升至",
    "降至",
    "增至",
    "减少",
    "增长",
    "实行",
    "予以",
    "给予",
    "每年",
    "每月",
    "每天",
    "每人",
    "每周",
    "每户",
    "低于",
    "高于",
    "超过",
    "不到",
    "不足",
    "左右",
    "以上",
    "以下",
    "以内",
    "上下",
    "下降",
    "提高",
    "测评",
    "发放",
    "悬挂",
    "制作",
    "编写",
    "设立",
    "评议",
    "选派",
    "派出",
    "安排",
    "落实",
    "发现",
    "查处",
    "处理",
    "整改",
    "走进",
    "深入",
    "慰问",
    "捐赠",
    "筹集",
    "吸纳",
    "带动",
    "培育",
    "规定",
    "明确",
    "要求",
    "累计",
    "合计",
    "总计",
    "共计",
    "涉及",
    "包括",
    "惠及",
    "帮扶",
    "结对",
    "突破",
    "超过",
    "实现",
    "完成",
    "相当于",
    "连续",
    "安置",
    "扫除",
    "治理",
    "新建",
    "种植",
    "推广",
    "提升",
    "转化",
    "开工",
    "竣工",
    "发送",
    "实施",
    "签约",
    "招引",
    "建成",
    "开发",
    "取得",
    "落地",
    "全面",
    "打破",
    "获得",
    "引进",
    "培养",
    "转移",
    "新开工",
    "签订",
    "各类",
    "开工",
    "听取",
];

/// Linking words between a subject and its number (意见建议达260多条), skipped before scanning back.
const LINKS: &[&str] = &[
    "共计", "累计", "合计", "总计", "分别", "拟按", "按照", "达到", "达", "为", "是", "有", "共",
    "计", "按",
];

/// Nouns that hold a stop character (中心, 上级, 国内, 人均, 支出): the stop does not stop inside them.
const NOT_STOPS: &[&str] = &[
    "中心", "中国", "中央", "中学", "中层", "中小", "中医", "中华", "上级", "下级", "内容", "外资",
    "同志", "所有", "就业", "以上", "比例", "比重", "比率", "国内", "境内", "境外", "省内", "市内",
    "区内", "县内", "海外", "对外", "内需", "外贸", "外汇", "外商", "外债", "支出", "产出", "输出",
    "出口", "出境", "出行", "出生", "上市", "上网", "中等", "中型", "个体", "个人", "在校", "在职",
    "在岗", "在建", "在读", "计划", "内资", "其他", "出租", "出版", "下岗", "上岗", "外来", "内地",
    "所得", "多种", "中职", "高中", "初中", "中药", "公共", "次数", "人次", "外送", "人均", "户均",
    "日均", "年均",
];

/// Scope words and status modifiers at the start of a subject in statistics (全市地区生产总值,
/// 年末全国总人口, 实际利用外资, 城镇调查失业率): dropped; what remains names the indicator.
const SCOPES: &[&str] = &[
    "全市",
    "全省",
    "全国",
    "全区",
    "全县",
    "全州",
    "全盟",
    "全镇",
    "全乡",
    "全年",
    "年末",
    "年底",
    "年初",
    "当年",
    "今年",
    "去年",
    "本年",
    "上年",
    "全球",
    "其中",
    "实际",
    "主要",
    "重大",
    "新增",
    "新建",
    "在建",
    "新登记",
    "各类",
    "一般",
    "城镇",
    "农村",
    "城乡",
    "城市",
    "全部",
    "累计",
    "直接",
];

/// Characters that make a noun of the verb before them (增加值, 投入额, 发放量, 完成率).
const NOMINAL_SUFFIX: &[char] = &[
    '值', '额', '量', '率', '数', '幅', '速', '量', '者', '物', '品',
];

/// Words that stop a subject read backwards (明确规定…) but are nouns after a count (八项规定).
const NOUNS_AFTER_COUNT: &[&str] = &["规定", "要求", "投入", "培训", "制定"];

fn stops_at(s: &str, c: char) -> bool {
    is_stop_char(c) && !nouns_with(c).any(|(w, off)| *off == 0 && s.starts_with(*w))
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
        if !is_han(c) || c == '第' || stops_at(&rest[i..], c) || chars >= max {
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
    read_back(text, floor, at)
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
    if let Some(w) = LINKS.iter().find(|w| head.ends_with(*w)) {
        head = strip_footnote(&head[..head.len() - w.len()]);
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
