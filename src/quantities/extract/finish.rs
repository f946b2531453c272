//! Finishing a draft: its unit and approximation words, the quantity it becomes, the "per" before
//! it, and subjects carried across a comma.

use super::*;

/// A change right after a comma with no subject of its own (国内生产总值900309亿元，比上年增长6.6%)
/// is a change of the quantity before the comma, as statistics communiqués write: its subject.
pub(super) fn carry_subjects(text: &str, qs: &mut [Quantity]) {
    for i in 1..qs.len() {
        if qs[i].subject.is_some() || matches!(qs[i].kind, Kind::Date | Kind::Ordinal) {
            continue;
        }
        let start = qs[i].span.start;
        let fan = qs[i].text.starts_with('翻') as usize * '翻'.len_utf8();
        let end = qs[i - 1].span.end;
        let near = text
            .get(end..start)
            .is_some_and(|g| g.len() <= 48 && g.trim_start().starts_with(['，', ',', '、']));
        if !near {
            continue;
        }
        let (_, lead) = subject::change(text, start + fan);
        let linked = subject::strip_links(&text[..lead]).len() < lead;
        if qs[i].direction.is_none() && !linked {
            continue;
        }
        let (subject, span, kind, end) = {
            let p = &qs[i - 1];
            (p.subject.clone(), p.subject_span, p.kind, p.span.end)
        };
        let gap = subject::strip_links(text.get(end..lead).unwrap_or(""));
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
    // 翻两番: the verb is part of the quantity, and what doubles stands before it.
    let fan = unit_text == Some("番") && text[..start].ends_with('翻');
    if fan {
        start -= '翻'.len_utf8();
    }
    let subject = match d.kind {
        Kind::Multiple if fan => subject::before(text, floor, lead),
        Kind::Count | Kind::Age | Kind::Multiple => d
            .unit
            .and_then(|_| subject::after(text, d.end))
            .or_else(|| subject::before(text, floor, lead)),
        // An amount is mostly named before it (地区生产总值迈上3000亿元大台阶), a purchase after
        // (安排3000万元资金) or after 的 (规模50亿元的创业投资引导基金).
        Kind::Measure | Kind::Money => {
            let after = d.unit.and_then(|_| subject::after(text, d.end));
            match after {
                Some(a) if text[d.end..].starts_with('的') => Some(a),
                a => subject::before(text, floor, lead).or(a),
            }
        }
        Kind::Percent | Kind::Score | Kind::Fraction => subject::before(text, floor, lead),
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
