//! Dates: years, months and days marked and merged into one quantity with its ISO form.

use super::*;

/// 2010年 is a year; 6月1日 after it are dates. A full date (2010年12月31日) becomes one quantity
/// whose value is the year, whose unit is its last part's (日) and whose `date` is its ISO form
/// when the day exists; without a year the value is null and the date "--12-31". A range of years
/// or months (2013－2020年, 一九八一年到一九九○年, 1至9月) is one date "2013/2020", "--01/--09".
pub(super) fn mark_dates(text: &str, qs: &mut Vec<Quantity>) {
    let mut prev_date_end = None;
    for q in qs.iter_mut() {
        let unit = q.unit.as_deref();
        let v = q.value.and_then(Value::as_i128);
        let adjacent = prev_date_end == Some(q.span.start);
        let year = |y: i128, q: &Quantity| {
            let digits = q.number.text.chars().filter(|c| *c != ' ').count();
            (1000..=2100).contains(&y) && digits == 4 && q.approx.is_none()
        };
        let bounds = q
            .min
            .and_then(Value::as_i128)
            .zip(q.max.and_then(Value::as_i128));
        let is_date = match (unit, v) {
            (Some("年" | "年度"), Some(y)) => year(y, q),
            (Some("年"), None) => bounds
                .is_some_and(|(a, b)| (1000..=2100).contains(&a) && (1000..=2100).contains(&b)),
            (Some("月"), None) => bounds.is_some_and(|(a, b)| a >= 1 && b <= 12),
            (Some("年代"), Some(y)) => y % 10 == 0 && (y < 100 || (1000..=2100).contains(&y)),
            // 9月 is September (nine months is 9个月); 14日 the 14th (fourteen days is 14天).
            (Some("月"), Some(m)) => (1..=12).contains(&m) && q.approx.is_none(),
            (Some("日" | "号"), Some(day)) => {
                (1..=31).contains(&day)
                    && (adjacent || q.approx.is_none() && q.number.text.chars().count() <= 2)
            }
            _ => false,
        };
        if is_date {
            q.kind = Kind::Date;
            q.subject = None;
            q.subject_span = None;
            q.direction = None;
            prev_date_end = Some(q.span.end);
        } else {
            prev_date_end = None;
        }
    }
    if !qs.iter().any(|q| q.kind == Kind::Date) {
        return;
    }
    // Year, month and day parts, merged left to right in place.
    let mut parts: Vec<[Option<i128>; 3]> = Vec::with_capacity(qs.len());
    let mut w = 0;
    for r in 0..qs.len() {
        let slot = match (qs[r].kind, qs[r].unit.as_deref()) {
            (Kind::Date, Some("年" | "年度")) => Some(0),
            (Kind::Date, Some("月")) => Some(1),
            (Kind::Date, Some("日" | "号")) => Some(2),
            _ => None,
        };
        let v = qs[r].value.and_then(Value::as_i128);
        if let Some(k) = slot
            && w > 0
            && qs[w - 1].kind == Kind::Date
        {
            let (start, end) = (qs[r].span.start, qs[r].span.end);
            let gap = text.get(qs[w - 1].span.end..start).unwrap_or("x");
            let p = &mut parts[w - 1];
            if gap.is_empty() && k > 0 && p[k].is_none() && p[k - 1].is_some() {
                p[k] = v;
                let unit = qs[r].unit.take();
                let add = std::mem::take(&mut qs[r].text);
                let last = &mut qs[w - 1];
                last.span.end = end;
                last.text.push_str(&add);
                last.unit = unit;
                continue;
            }
            // 一九八一年到一九九○年: a range of two years.
            let years = p[0].is_some() && p[1].is_none() && p[2].is_none();
            if k == 0
                && years
                && v.is_some()
                && matches!(gap, "到" | "至" | "-" | "－" | "—" | "～" | "~")
            {
                p[0] = None;
                let max = qs[r].value;
                let last = &mut qs[w - 1];
                last.min = last.value;
                last.max = max;
                last.value = None;
                last.span.end = end;
                last.text = text[last.span.range()].to_string();
                last.date = None;
                continue;
            }
        }
        let mut p = [None; 3];
        if let Some(k) = slot {
            p[k] = v;
        }
        parts.push(p);
        qs.swap(w, r);
        w += 1;
    }
    qs.truncate(w);
    for (q, parts) in qs.iter_mut().zip(parts) {
        if q.kind != Kind::Date {
            continue;
        }
        let bounds = q
            .min
            .and_then(Value::as_i128)
            .zip(q.max.and_then(Value::as_i128));
        q.date = match (q.unit.as_deref(), bounds) {
            (Some("年"), Some((a, b))) => Some(format!("{a:04}/{b:04}")),
            (Some("月"), Some((a, b))) => Some(format!("--{a:02}/--{b:02}")),
            (Some("年代"), None) => q.value.and_then(Value::as_i128).map(|y| {
                let y = if y < 100 { 1900 + y } else { y };
                q.value = Some(Value::int(y));
                format!("{}X", y / 10)
            }),
            _ => iso_date(parts),
        };
        if parts[0].is_none() && bounds.is_none() && q.unit.as_deref() != Some("年代") {
            q.value = None;
        }
    }
    date_hours(text, qs);
}

/// 3月31日24时, 2020年1月23日10时: the hour after a full day, as epidemic and emergency bulletins
/// date their figures ("截至…24时"), is part of the date: unit 时, ISO "--03-31T24". The hour read
/// as a number of its own (24) is dropped.
fn date_hours(text: &str, qs: &mut Vec<Quantity>) {
    let mut w = 0;
    for r in 0..qs.len() {
        if w > 0 {
            let day = &qs[w - 1];
            let next = &qs[r];
            let hour = next.value.and_then(Value::as_i128);
            let is_hour = day.kind == Kind::Date
                && matches!(day.unit.as_deref(), Some("日" | "号"))
                && next.span.start == day.span.end
                && next.unit.is_none()
                && next.approx.is_none()
                && hour.is_some_and(|h| (0..=24).contains(&h))
                && text[next.span.end..].starts_with(['时', '時']);
            if is_hour && let Some(h) = hour {
                let end = next.span.end + '时'.len_utf8();
                let day = &mut qs[w - 1];
                day.span.end = end;
                day.text = text[day.span.range()].to_string();
                day.unit = Some(text[end - '时'.len_utf8()..end].to_string());
                day.date = day.date.take().map(|d| format!("{d}T{h:02}"));
                continue;
            }
        }
        qs.swap(w, r);
        w += 1;
    }
    qs.truncate(w);
}

/// The ISO form of year, month and day parts: "2010-12-31", "2010-03", "2010"; `None` without a
/// year or for a day the month does not have. A day is checked by the crate's calendar
/// ([`crate::text::date::iso_date`]).
fn iso_date(parts: [Option<i128>; 3]) -> Option<String> {
    let leap = 2000; // a month and day without a year: 2月29日 may exist
    let full = |y: i128, m: i128, d: i128| {
        let n = |v: i128| u32::try_from(v).ok();
        crate::text::date::iso_date(n(y)?, n(m)?, n(d)?)
    };
    match parts {
        [None, None, Some(d)] if (1..=31).contains(&d) => Some(format!("---{d:02}")),
        [None, Some(m), None] if (1..=12).contains(&m) => Some(format!("--{m:02}")),
        [None, Some(m), Some(d)] if full(leap, m, d).is_some() => Some(format!("--{m:02}-{d:02}")),
        [Some(y), None, None] => Some(format!("{y:04}")),
        [Some(y), Some(m), None] if (1..=12).contains(&m) => Some(format!("{y:04}-{m:02}")),
        [Some(y), Some(m), Some(d)] => full(y, m, d),
        _ => None,
    }
}
