//! What looks like a number but is not a quantity: list markers, URLs, references, quoted names,
//! articles of a law, sessions and congresses.

use super::*;

/// 一、 1. （一） (1) as list markers: skipped whole.
pub(super) fn list_marker(text: &str, i: usize) -> Option<usize> {
    let c = char_at(text, i)?;
    if matches!(c, '(' | '（') {
        let inner = i + c.len_utf8();
        let len = text[inner..]
            .char_indices()
            .find(|(_, c)| !(is_cn_numeral(*c) || arabic_digit(*c).is_some()))
            .map_or(text.len() - inner, |(n, _)| n);
        let close = inner + len;
        let closing = char_at(text, close)?;
        if len > 0 && len <= 9 && matches!(closing, ')' | '）') {
            return Some(close + closing.len_utf8());
        }
        return None;
    }
    if !at_line_start(text, i) {
        return inline_marker(text, i);
    }
    let len = text[i..]
        .char_indices()
        .find(|(_, c)| !(is_cn_numeral(*c) || arabic_digit(*c).is_some()))
        .map_or(text.len() - i, |(n, _)| n);
    let next = char_at(text, i + len)?;
    let arabic = arabic_digit(c).is_some();
    let after = i + len + next.len_utf8();
    let marker = next == '、'
        || (arabic
            && matches!(next, '.' | '．')
            && char_at(text, after).is_none_or(|c| arabic_digit(c).is_none()));
    (len > 0 && len <= 9 && marker).then_some(after)
}

/// 报告分六个部分：一、三年来的斗争；二、…: a Chinese numeral with 、 right after a colon or a
/// semicolon (or a full stop), the parts of an outline run into one paragraph in work reports and
/// resolutions. Not 三、四月份 after other words, and not a numeral before another numeral (一、二、三等奖
/// lists numbers).
fn inline_marker(text: &str, i: usize) -> Option<usize> {
    if !matches!(char_before(text, i)?, '：' | ':' | '；' | ';' | '。') {
        return None;
    }
    let len = text[i..]
        .char_indices()
        .take(4)
        .find(|(_, c)| !is_cn_numeral(*c))
        .map(|(n, _)| n)?;
    if len == 0 || !text[i + len..].starts_with('、') {
        return None;
    }
    let after = i + len + '、'.len_utf8();
    let rest = &text[after..];
    let next = rest.trim_start_matches(is_cn_numeral);
    let list_of_numbers = rest.is_empty() || next.len() < rest.len() && next.starts_with('、');
    (!list_of_numbers).then_some(after)
}

/// A web address around `i` (numbers in URLs are not quantities): the end of it.
///
/// Looks back over ASCII URL characters only (at most 2 KiB), so long Chinese lines stay linear.
pub(super) fn url(text: &str, i: usize) -> Option<usize> {
    if !char_at(text, i).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let url_byte = |b: &u8| b.is_ascii_graphic() && !matches!(b, b'"' | b'<' | b'>');
    let back = text.as_bytes()[..i]
        .iter()
        .rev()
        .take(2048)
        .take_while(|b| url_byte(b))
        .count();
    let word = &text[i - back..i];
    let is_url = ["http://", "https://", "www.", "ftp://"]
        .iter()
        .any(|p| word.contains(p));
    if !is_url {
        return None;
    }
    Some(
        text[i..]
            .find(|c: char| c.is_whitespace() || is_han(c))
            .map_or(text.len(), |p| i + p),
    )
}

/// A footnote mark (国内生产总值[2], 〔3〕) or a reference to a table, figure or annex (见表3, 附件1,
/// a caption 表1 at a line start), as statistics communiqués and documents write them: the end of
/// its number.
pub(super) fn reference(text: &str, i: usize) -> Option<usize> {
    let prev = char_before(text, i)?;
    if !matches!(prev, '[' | '［' | '〔' | '表' | '图' | '圖' | '件') {
        return None;
    }
    let c = char_at(text, i)?;
    arabic_digit(c).or_else(|| digit_value(c))?;
    let len = text[i..]
        .char_indices()
        .find(|(_, c)| !(arabic_digit(*c).is_some() || is_cn_numeral(*c)))
        .map_or(text.len() - i, |(n, _)| n);
    let end = i + len;
    if matches!(prev, '[' | '［' | '〔') {
        return matches!(char_at(text, end)?, ']' | '］' | '〕').then_some(end);
    }
    if !matches!(prev, '表' | '图' | '圖' | '件') {
        return None;
    }
    let head = &text[..i - prev.len_utf8()];
    let word = match prev {
        '件' => head.strip_suffix("附").map(|h| (h, true)),
        _ => Some((head.strip_suffix("附").unwrap_or(head), false)),
    };
    let (before, annex) = word?;
    // 见表3, 如图2, 附表1, 附件1, and a caption at the start of a line; not 代表3人 or 地图2张.
    let lead = before.chars().next_back();
    let referenced = annex
        || before.len() < head.len()
        || lead.is_none_or(|c| {
            matches!(
                c,
                '见' | '如' | '按' | '据' | '\n' | '*' | '#' | ' ' | '（' | '(' | '>' | '、' | '和'
            )
        });
    (referenced && unit_at(&text[end..]).is_none()).then_some(end)
}

/// Nouns that end the quoted name of a programme, a hotline or a campaign in official text.
const PROGRAMME_NOUNS: &[&str] = &[
    "工程",
    "计划",
    "行动",
    "战略",
    "热线",
    "平台",
    "项目",
    "活动",
    "模式",
    "机制",
    "体系",
    "工作法",
    "服务",
    "制度",
    "品牌",
    "目标",
    "任务",
    "专项",
    "方案",
    "标准",
    "示范",
    "创建",
    "攻坚",
    "规划",
];

/// A short quoted name with two or more numerals (“一报两台”, “两代表一委员”): not quantities.
pub(super) fn quoted_name(text: &str, i: usize) -> Option<usize> {
    let open = text[..i]
        .char_indices()
        .rev()
        .take(10)
        .find(|(_, c)| matches!(c, '“' | '”' | '"' | '「' | '」'))?;
    if !matches!(open.1, '“' | '「') {
        return None;
    }
    let inner = open.0 + open.1.len_utf8();
    let (len, close) = text[inner..]
        .char_indices()
        .take(12)
        .find(|(_, c)| matches!(c, '”' | '」'))?;
    let quoted = &text[inner..inner + len];
    let numeral = |c: char| is_cn_numeral(c) || arabic_digit(c).is_some();
    let numerals = quoted
        .chars()
        .zip(quoted.chars().skip(1).chain(std::iter::once(' ')))
        .filter(|(c, next)| numeral(*c) && !numeral(*next))
        .count();
    let all_numeral = quoted.chars().all(numeral);
    // A programme or brand named with a number (“8890工程”, “一号工程”, “12345热线”).
    let programme = numerals == 1 && PROGRAMME_NOUNS.iter().any(|w| quoted.ends_with(w));
    ((numerals >= 2 || programme) && !all_numeral).then(|| inner + len + close.len_utf8())
}

/// 一 before a classifier inside a sentence is the indefinite article, not a count: 一个伟大的转折,
/// 推出一批改革举措, 迈进了一大步, 极为重要的一年 (a year named by what it was). Not extracted.
/// Kept: after 第, 每, 仅, 只 and approximation words (仅一个, 每一项), before 多/余/半/来
/// (一年来, 一个多月), and at the start of a text (a bare "一只" is a count).
pub(super) fn article(text: &str, i: usize, d: &Draft) -> bool {
    let after = &text[d.end..];
    // At the start of a text only before a modifier with 的 (一个新的阶段; a bare 一只 counts).
    let modifier = after
        .chars()
        .take(4)
        .take_while(|c| is_han(*c) && !is_cn_numeral(*c))
        .any(|c| c == '的');
    let prev = char_before(text, i).unwrap_or(if modifier { '的' } else { ' ' });
    if !is_han(prev)
        || matches!(
            prev,
            '第' | '每'
                | '仅'
                | '只'
                | '唯'
                | '单'
                | '近'
                | '约'
                | '逾'
                | '共'
                | '计'
                | '达'
                | '至'
                | '到'
                | '减'
                | '增'
                | '前'
                | '后'
                | '头'
                | '首'
                | '末'
        )
        || d.approx.is_some()
        || d.range.is_some()
    {
        return false;
    }
    if after.starts_with(['多', '余', '半', '来', '以']) {
        return false;
    }
    match (d.kind, d.unit) {
        // 次, 遍, 回 count events (每月召开一次会议); after 上, 再, 又 they are determiners (上一次).
        (Kind::Count, Some(u)) if matches!(&text[u.range()], "次" | "遍" | "回") => {
            matches!(prev, '上' | '再' | '又' | '这' | '那' | '另' | '同')
        }
        (Kind::Count, Some(_)) => true,
        // 举办一届有特色、高水平的体育盛会: 一届 before a described event is "a", not the first term
        // of a congress (十一届, 第一届 keep their ordinal).
        (Kind::Ordinal, Some(u)) if &text[u.range()] == "届" => after
            .chars()
            .take(12)
            .take_while(|c| is_han(*c) || *c == '、')
            .any(|c| c == '的'),
        (Kind::Duration, Some(u)) if &text[u.range()] == "年" => {
            let head = &text[..i];
            let head = head.strip_suffix('的').unwrap_or(head);
            [
                "重要", "关键", "平凡", "难忘", "丰收", "攻坚", "开局", "收官", "决胜", "奋斗",
            ]
            .iter()
            .any(|w| head.ends_with(w))
        }
        (_, None) => {
            after.starts_with(['大', '小'])
                && unit_at(&after[3..]).is_some_and(|(_, k)| k == Kind::Count)
        }
        _ => false,
    }
}

/// 一次会议 after 十届全国人大: the session of a congress, an ordinal.
pub(super) fn session(text: &str, i: usize, end: usize) -> bool {
    let after = &text[end..];
    if !(after.starts_with("会议") || after.starts_with("全体会议")) {
        return false;
    }
    let from = text[..i].char_indices().rev().nth(15).map_or(0, |(k, _)| k);
    text[from..i].contains('届')
}

/// 十九大 and 三中全会 in party and congress documents: ordinals whose classifier (大, 中全会) is
/// kept as the unit; 二中、三中全会 writes the first 中全会 short. A congress number is 11 to 30, or
/// any after 党的 (党的八大); a smaller number before 大 and a noun counts "major" things (三大战略,
/// 十大工程): a count with unit 大.
pub(super) fn congress(
    text: &str,
    i: usize,
    nend: usize,
    value: Option<Value>,
) -> Option<(usize, Kind)> {
    let v = value?.as_i128()?;
    let rest = &text[nend..];
    if rest.starts_with("中全会") && (1..=9).contains(&v) {
        return Some((nend + "中全会".len(), Kind::Ordinal));
    }
    if let Some(next) = rest.strip_prefix("中、")
        && next
            .char_indices()
            .take(6)
            .any(|(k, _)| next[k..].starts_with("中全会"))
        && (1..=9).contains(&v)
    {
        return Some((nend + '中'.len_utf8(), Kind::Ordinal));
    }
    let after = rest.strip_prefix('大')?;
    let next = after.chars().next();
    // 大型, 大量, 大力, 大幅: an adjective or adverb starting with 大, not a classifier.
    if next.is_some_and(|c| {
        matches!(
            c,
            '型' | '量'
                | '力'
                | '幅'
                | '批'
                | '步'
                | '大'
                | '小'
                | '多'
                | '于'
                | '的'
                | '约'
                | '概'
        )
    }) {
        return None;
    }
    let end = nend + '大'.len_utf8();
    let party = text[..i].ends_with("党的") || text[..i].ends_with("中共");
    if (11..=30).contains(&v) || party {
        return Some((end, Kind::Ordinal));
    }
    ((2..=10).contains(&v) && next.is_some_and(is_han)).then_some((end, Kind::Count))
}
