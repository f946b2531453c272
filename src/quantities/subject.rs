//! The counted subject of a quantity: the noun after its unit, or before its number.

use crate::Span;
use crate::text::chars::is_han;
use crate::text::charset::CharMap;
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
    "承诺", "开展", "参加", "参与", "进行", "发动", "开设", "建立", "成立", "召开", "完成", "实现",
    "达到", "覆盖", "受理", "办理", "解决", "收集", "走访", "排查", "进驻", "组成", "抽调", "聘请",
    "评选", "推荐", "帮助", "培训", "接待", "提出", "形成", "出台", "制定", "投入", "新增", "增加",
    "上升", "降低", "升至", "降至", "增至", "减少", "增长", "实行", "予以", "给予", "每年", "每月",
    "每天", "每人", "每周", "每户", "低于", "高于", "超过", "不到", "不足", "左右", "以上", "以下",
    "以内", "上下", "下降", "提高", "测评", "发放", "悬挂", "制作", "编写", "设立", "评议", "选派",
    "派出", "安排", "落实", "发现", "查处", "处理", "整改", "走进", "深入", "慰问", "捐赠", "筹集",
    "吸纳", "带动", "引导", "培育", "规定", "明确", "要求", "累计", "合计", "总计", "共计", "涉及",
    "包括", "惠及", "帮扶", "结对",
];

/// Linking words between a subject and its number (意见建议达260多条), skipped before scanning back.
const LINKS: &[&str] = &[
    "共计", "累计", "合计", "总计", "分别", "拟按", "按照", "达到", "达", "为", "是", "有", "共",
    "计", "按",
];

/// Words that start with a stop character but are nouns (中心, 上级).
const NOT_STOPS: &[&str] = &[
    "中心", "中国", "中央", "中学", "中层", "中小", "中医", "中华", "上级", "下级", "内容", "外资",
    "同志", "所有", "就业", "以上", "比例",
];

/// Words that stop a subject read backwards (明确规定…) but are nouns after a count (八项规定).
const NOUNS_AFTER_COUNT: &[&str] = &["规定", "要求", "投入", "培训", "制定"];

fn stops_at(s: &str, c: char) -> bool {
    STOP_CHARS.contains(&c) && !NOT_STOPS.iter().any(|w| s.starts_with(w))
}

/// The longest subject kept, in chars.
const MAX_CHARS: usize = 8;

/// The subject right after `end`: Han characters up to a stop.
pub(super) fn after(text: &str, end: usize) -> Option<(String, Span)> {
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
        if !is_han(c) || stops_at(&rest[i..], c) || chars >= MAX_CHARS {
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

/// The subject right before `start`: Han characters back to a stop (a verb such as 走访, a function word).
pub(super) fn before(text: &str, start: usize) -> Option<(String, Span)> {
    let mut head = text.get(..start)?;
    if let Some(w) = LINKS.iter().find(|w| head.ends_with(*w)) {
        head = &head[..head.len() - w.len()];
    }
    let start = head.len();
    let mut from = start;
    for (chars, (i, c)) in head.char_indices().rev().enumerate() {
        if !is_han(c) || stops_at(&head[i..], c) || chars >= MAX_CHARS {
            break;
        }
        if stop_words()
            .ending(c)
            .any(|w| head[..i + c.len_utf8()].ends_with(w))
        {
            break;
        }
        from = i;
    }
    (from < start).then(|| (head[from..].to_string(), Span::new(from, start)))
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
