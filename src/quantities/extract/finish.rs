//! Finishing a draft: its unit and approximation words, the quantity it becomes, the "per" before
//! it, and subjects carried across a comma.

use super::*;

/// A change right after a comma with no subject of its own (国内生产总值900309亿元，比上年增长6.6%)
/// is a change of the quantity before the comma, as statistics communiqués write: its subject.
pub(super) fn carry_subjects(text: &str, qs: &mut [Quantity]) {
    // 比重由27%提高到40%: the level reached has the subject of the level it started from (a
    // subject read from the words between them, 调整, is none).
    for i in 1..qs.len() {
        let (end, start) = (qs[i - 1].span.end, qs[i].span.start);
        if qs[i - 1].kind == qs[i].kind
            && qs[i - 1].subject.is_some()
            && qs[i].subject_span.is_none_or(|s| s.start >= end)
            && text.get(end..start).is_some_and(is_level_change)
        {
            qs[i].subject = qs[i - 1].subject.clone();
            qs[i].subject_span = qs[i - 1].subject_span;
        }
    }
    for i in 1..qs.len() {
        if qs[i].subject.is_some() || matches!(qs[i].kind, Kind::Date | Kind::Ordinal) {
            continue;
        }
        let start = qs[i].span.start;
        let fan = ["翻了", "翻"]
            .iter()
            .find(|w| qs[i].text.starts_with(*w))
            .map_or(0, |w| w.len());
        let (_, lead) = subject::change(text, start + fan);
        // 比2010年翻了一番: a date inside the comparison base is not the quantity carried from.
        let j = if qs[i - 1].kind == Kind::Date && lead <= qs[i - 1].span.start && i >= 2 {
            i - 2
        } else {
            i - 1
        };
        let end = qs[j].span.end;
        let near = text
            .get(end..lead.max(end))
            .map(strip_landmark)
            .is_some_and(|g| g.len() <= 48 && g.trim_start().starts_with(['，', ',', '、']));
        if !near {
            continue;
        }
        let linked = subject::strip_links(&text[..lead]).len() < lead;
        // 面积1.5平方公里、城镇化率59.5%，分别比2006年增加81.5平方公里和11.5个百分点: a pair of
        // changes after a pair of levels takes their subjects in order (statistics communiqués).
        if text.get(lead..start).is_some_and(|g| g.contains("分别")) {
            respective(text, qs, i, j);
            continue;
        }
        if qs[i].direction.is_none() && !linked {
            continue;
        }
        let (subject, span, kind) = {
            let p = &qs[j];
            (p.subject.clone(), p.subject_span, p.kind)
        };
        let gap = strip_landmark(subject::strip_links(text.get(end..lead).unwrap_or("")));
        if matches!(gap.trim(), "，" | "," | "、") && !matches!(kind, Kind::Date | Kind::Ordinal)
        {
            qs[i].subject = subject;
            qs[i].subject_span = span;
        }
    }
    // 分别增长7.5%和8.5%: the second of a pair shares the first one's verb.
    for i in 1..qs.len() {
        let (dir, kind, end) = (qs[i - 1].direction, qs[i - 1].kind, qs[i - 1].span.end);
        if qs[i].direction.is_none()
            && dir.is_some()
            && kind == qs[i].kind
            && matches!(
                text.get(end..qs[i].span.start),
                Some("和" | "、" | "与" | "及")
            )
        {
            qs[i].direction = dir;
            // 事故起数和死亡人数分别下降42.86%和60.61%: the two subjects, in order.
            if let Some(s2) = qs[i - 1].subject_span
                && let Some(joint) = text[..s2.start].chars().next_back()
                && matches!(joint, '和' | '与' | '、' | '及')
                && let Some((s1, span1)) = subject::before(text, 0, s2.start - joint.len_utf8())
            {
                qs[i].subject = qs[i - 1].subject.take();
                qs[i].subject_span = Some(s2);
                qs[i - 1].subject = Some(s1);
                qs[i - 1].subject_span = Some(span1);
            } else if qs[i].subject.is_none() {
                qs[i].subject = qs[i - 1].subject.clone();
                qs[i].subject_span = qs[i - 1].subject_span;
            }
        }
    }
}

/// The pair qs[i], qs[i + 1] (A和B) after the pair qs[j - 1], qs[j] (P1、P2 or P1，P2): A takes
/// P1's subject and B P2's; with no such pair, nothing is carried.
fn respective(text: &str, qs: &mut [Quantity], i: usize, j: usize) {
    let joined = |a: &Quantity, b: &Quantity| {
        text.get(a.span.end..b.span.start)
            .is_some_and(|g| g.chars().count() <= 12 && !g.contains(['。', '；', ';']))
    };
    let pair_after = qs.get(i + 1).is_some_and(|b| {
        matches!(
            text.get(qs[i].span.end..b.span.start),
            Some("和" | "、" | "与" | "及")
        )
    });
    if !pair_after || j == 0 || !joined(&qs[j - 1], &qs[j]) {
        return;
    }
    if let (Some(s1), Some(s2)) = (qs[j - 1].subject.clone(), qs[j].subject.clone()) {
        let (p1, p2) = (qs[j - 1].subject_span, qs[j].subject_span);
        qs[i].subject = Some(s1);
        qs[i].subject_span = p1;
        qs[i + 1].subject = Some(s2);
        qs[i + 1].subject_span = p2;
    }
}

/// 进出口突破500亿元大关、增长30.8%: the metaphor after a level reached (大关, 台阶, 关口) in
/// statistics and work reports, skipped between a quantity and the change that follows it.
fn strip_landmark(gap: &str) -> &str {
    ["大关", "大台阶", "台阶", "关口"]
        .iter()
        .find_map(|w| gap.strip_prefix(*w))
        .unwrap_or(gap)
}

/// The words between two levels of one indicator (由27%提高到40%, 从19.3∶38.9∶41.8调整为13∶51.2∶35.8).
fn is_level_change(gap: &str) -> bool {
    let verb = gap
        .strip_suffix(['到', '至', '为'])
        .unwrap_or(gap)
        .trim_end_matches('了');
    gap.len() > verb.len()
        && matches!(
            verb,
            "" | "提高"
                | "提升"
                | "增加"
                | "增长"
                | "上升"
                | "下降"
                | "降低"
                | "减少"
                | "扩大"
                | "缩小"
                | "调整"
                | "变为"
                | "发展"
                | "增"
                | "降"
                | "升"
        )
}

/// 左右, 以上, 以下 … after a quantity that took no unit words of its own (百分之八十左右).
pub(super) fn approx_suffix(text: &str, d: &mut Draft) {
    if d.approx.is_some() {
        return;
    }
    if let Some((w, a)) = approx_after(&text[d.end..])
        && !matches!(w, "多" | "余" | "来")
    {
        d.approx = Some(a);
        d.end += w.len();
    }
}

/// 多/余/来 between number and unit, the unit, and 以上/左右 after it.
pub(super) fn unit_and_approx(text: &str, d: &mut Draft) {
    let mut at = d.end;
    if let Some((w, a)) = approx_after(&text[at..])
        && matches!(w, "多" | "余" | "来")
    {
        let u = unit_at(&text[at + w.len()..]);
        let alone = !char_at(text, at + w.len()).is_some_and(is_han);
        if u.is_some() || (w != "来" && alone) {
            d.approx = Some(a);
            at += w.len();
            d.end = at;
        }
    }
    let s = skip_spaces(text, at);
    let ge = text[s..].starts_with(['个', '個']);
    if let Some(end) = ge
        .then(|| spaced(text, s, "个百分点").or_else(|| spaced(text, s, "個百分點")))
        .flatten()
    {
        d.unit = Some(Span::new(s, end));
        d.kind = Kind::Percent;
        d.end = end;
        at = end;
    } else if let Some((u, k)) = unit_at(&text[at..]) {
        d.unit = Some(Span::new(at, at + u.len()));
        d.kind = k;
        at += u.len();
        d.end = at;
    }
    // 1200元/月, 5万元/人: a rate; the unit runs through the slash and the unit after it.
    if d.unit.is_some()
        && let Some(rest) = text[at..].strip_prefix(['/', '／'])
        && let Some((per, _)) = unit_at(rest)
    {
        at += text[at..].len() - rest.len() + per.len();
        d.unit = d.unit.map(|u| Span::new(u.start, at));
        d.end = at;
    }
    // 三年来: since three years, a duration, not an approximation; 来 is part of it.
    if d.kind == Kind::Duration && text[at..].starts_with('来') {
        d.end = at + '来'.len_utf8();
        return;
    }
    // 两年多: after a unit of time 多 and 余 are always "more than" (年多 is no word).
    let time = d.kind == Kind::Duration && d.approx.is_none();
    if let Some((w, a)) = approx_after(&text[at..])
        && (!matches!(w, "多" | "余" | "来")
            || d.unit.is_some()
                && d.approx.is_none()
                && (!char_at(text, at + w.len()).is_some_and(is_han) || time && w != "来"))
    {
        d.approx = Some(a);
        d.end = at + w.len();
    }
}

/// Approximation before, subject, text: the finished quantity.
pub(super) fn finish(text: &str, d: Draft, floor: usize) -> Quantity {
    let mut start = d.start;
    let mut approx = d.approx;
    // 近三年来: 近 is "the last", not "nearly".
    let since = d.kind == Kind::Duration && text[..d.end].ends_with('来');
    if !since && let Some((w, a)) = approx_before(&text[floor.min(start)..start]) {
        start -= w.len();
        approx = Some(a);
    }
    // 每亩20.3万元: a rate whose "per" is written before the number (unit 元/亩).
    let per = per_before(text, start, floor);
    if let Some(p) = per {
        start = p.start - '每'.len_utf8();
    }
    let (direction, lead) = match d.kind {
        Kind::Date | Kind::Ordinal | Kind::Age => (None, start),
        _ => subject::change(text, start),
    };
    let unit_text = d.unit.map(|u| &text[u.range()]);
    // 翻两番, 翻了一番: the verb is part of the quantity, and what doubles stands before it.
    let fan = if unit_text != Some("番") {
        None
    } else if text[..start].ends_with('翻') {
        Some("翻")
    } else if text[..start].ends_with("翻了") {
        Some("翻了")
    } else {
        None
    };
    if let Some(w) = fan {
        start -= w.len();
    }
    let fan = fan.is_some();
    // 工业总产值比一九六四年增长11%: when the comparison base holds the quantity before (a date),
    // the subject is read back from before the base, past that quantity.
    let floor = if lead < floor.min(start) { 0 } else { floor };
    let subject = match d.kind {
        Kind::Multiple if fan => subject::before(text, floor, lead),
        Kind::Count | Kind::Age | Kind::Multiple => d
            .unit
            .or_else(|| big_bare(text, &d))
            .and_then(|_| subject::after(text, d.end))
            .or_else(|| subject::before(text, floor, lead)),
        // An amount is mostly named before it (地区生产总值迈上3000亿元大台阶), a purchase after
        // (安排3000万元资金) or after 的 (规模50亿元的创业投资引导基金).
        Kind::Measure | Kind::Money => {
            let after = d.unit.and_then(|_| subject::after(text, d.end));
            match after {
                // 10万吨级码头: a class (吨级, 千伏级) describes the noun after it.
                Some(a)
                    if text[d.end..].starts_with('的')
                        || unit_text.is_some_and(|u| u.ends_with('级')) =>
                {
                    Some(a)
                }
                a => subject::before(text, floor, lead).or(a),
            }
        }
        Kind::Percent | Kind::Score | Kind::Fraction | Kind::Ratio => {
            subject::before(text, floor, lead)
        }
        // 第六届全国运动会, 第一次会议: the name after an ordinal with a classifier.
        Kind::Ordinal
            if d.unit
                .is_some_and(|u| !matches!(&text[u.range()], "大" | "中全会" | "中")) =>
        {
            subject::name_after(text, d.end)
        }
        _ => None,
    };
    let unit = d.unit.map(|u| {
        let s = &text[u.range()];
        if s.contains([' ', '\u{3000}']) {
            s.replace([' ', '\u{3000}'], "")
        } else {
            s.to_string()
        }
    });
    let unit = match (d.kind, unit) {
        (Kind::Percent, None) => Some("%".to_string()),
        (Kind::Percent, Some(u)) if u == "％" => Some("%".to_string()),
        (_, Some(u)) if per.is_some() => {
            Some(format!("{u}/{}", &text[per.map_or(0..0, Span::range)]))
        }
        (_, u) => u,
    };
    // Per mille in percent units, as every percentage: 7‰ is 0.7.
    let permille = |v: Value| {
        if unit.as_deref() == Some("‰") {
            v.over(Value::int(10)).unwrap_or(v)
        } else {
            v
        }
    };
    let d = Draft {
        value: d.value.map(permille),
        range: d.range.map(|(a, b)| (permille(a), permille(b))),
        ..d
    };
    let number_value = d.value.or(d.range.map(|r| r.0)).unwrap_or(Value::int(0));
    let (subject, subject_span) = subject.map_or((None, None), |(s, span)| (Some(s), Some(span)));
    Quantity {
        text: text[start..d.end].to_string(),
        span: Span::new(start, d.end),
        value: d.value,
        min: d.range.map(|r| r.0),
        max: d.range.map(|r| r.1),
        approx,
        unit,
        unit_span: None,
        subject,
        subject_span,
        direction,
        date: None,
        kind: d.kind,
        number: NumberPart {
            text: text[d.num.range()].to_string(),
            span: d.num,
            value: number_value,
        },
    }
}

/// 251.6万贫困人口, 两打铅笔: a large numeral or a dozen with no unit straight before a noun counts
/// that noun; a stand-in span for "the unit" so that the subject is read after it.
fn big_bare(text: &str, d: &Draft) -> Option<Span> {
    let big = text[d.num.range()].ends_with(['万', '亿', '萬', '億']);
    let dozen = text.get(d.num.end..d.end) == Some("打");
    (d.kind == Kind::Count && (big || dozen)).then_some(Span::new(d.end, d.end))
}

/// 每亩, 每人 right before a number: the span of the unit after 每.
fn per_before(text: &str, start: usize, floor: usize) -> Option<Span> {
    let head = &text[floor.min(start)..start];
    let mei = head
        .char_indices()
        .rev()
        .take(5)
        .find(|(_, c)| *c == '每')?
        .0;
    let from = floor.min(start) + mei + '每'.len_utf8();
    let (u, _) = unit_at(&text[from..start])?;
    (from + u.len() == start).then(|| Span::new(from, start))
}
