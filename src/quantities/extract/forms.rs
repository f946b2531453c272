//! The written forms of a quantity beyond a plain numeral: 半, two-digit discounts, fractions and
//! mixed numbers, ratios, ranges, 成/折, capital (financial) money, spaced digits and slash rates.

use super::*;

/// 半成 (5%), 半折 (50%); 半数 (0.5), 半个月 and 半年 (0.5 of a unit of time).
pub(super) fn half(text: &str, i: usize) -> Option<Draft> {
    let rest = &text[i + 3..];
    if rest.starts_with('数') {
        let mut d = Draft::new(i, Span::new(i, i + 6), Value::decimal(5, 1));
        d.kind = Kind::Fraction;
        return Some(d);
    }
    // 半斤, 半公里, 半亩: half of a unit of measure, as market and farm reports write it.
    if let Some((u, kind @ (Kind::Duration | Kind::Measure))) = unit_at(rest) {
        let mut d = Draft::new(i, Span::new(i, i + 3), Value::decimal(5, 1));
        d.unit = Some(Span::new(i + 3, i + 3 + u.len()));
        d.kind = kind;
        d.end = i + 3 + u.len();
        return Some(d);
    }
    let value = if rest.starts_with('成') {
        5
    } else if rest.starts_with('折') {
        50
    } else {
        return None;
    };
    let mut d = Draft::new(i, Span::new(i, i + 6), Value::int(value));
    d.kind = Kind::Percent;
    Some(d)
}

/// 七五折, 三八折, 7 2 折: two single digits and 折.
pub(super) fn two_digit_discount(text: &str, i: usize) -> Option<Draft> {
    let single = |at: usize| -> Option<(u8, usize)> {
        let c = char_at(text, at)?;
        let d = digit_value(c).or_else(|| arabic_digit(c))?;
        Some((d, at + c.len_utf8()))
    };
    let (a, e1) = single(i)?;
    let (b, e2) = single(skip_spaces(text, e1))?;
    let z = skip_spaces(text, e2);
    if char_at(text, z)? != '折' || a == 0 {
        return None;
    }
    let end = z + '折'.len_utf8();
    let mut d = Draft::new(i, Span::new(i, end), Value::int((a * 10 + b) as i128));
    d.kind = Kind::Percent;
    Some(d)
}

/// 百分之八十, 千分之五, 万分之三, 百万分之五: a bare power of ten over a numerator, as a percentage.
pub(super) fn bare_denominator(text: &str, i: usize) -> Option<Draft> {
    // 百分百: a hundred per cent, as speech and slogans write it (百分之百 is read below).
    if text[i..].starts_with("百分百") {
        let mut d = Draft::new(i, Span::new(i, i + "百分百".len()), Value::int(100));
        d.kind = Kind::Percent;
        return Some(d);
    }
    // Most numbers start with a digit: no denominator.
    if !text[i..].starts_with([
        '十', '百', '千', '万', '亿', '拾', '佰', '仟', '萬', '億', '兆',
    ]) {
        return None;
    }
    let mut at = i;
    let mut den = Value::int(1);
    let mut units = 0;
    loop {
        let c = char_at(text, at)?;
        let p = match (small_unit(c), big_unit(c)) {
            (Some((p, None)), _) => p,
            (_, Some(p)) => p,
            _ => break,
        };
        den = den.times(Value::pow10(p));
        units += 1;
        at = skip_spaces(text, at + c.len_utf8());
    }
    if units == 0 {
        return None;
    }
    let after = spaced(text, at, "分之")?;
    let num_start = skip_spaces(text, after);
    let (num, num_end) = signed_numeral(text, num_start)?;
    let value = num.times(Value::int(100)).over(den)?;
    let mut d = Draft::new(i, Span::new(i, num_end), value);
    d.kind = Kind::Percent;
    // 百分之十几: the numerator's approximation is the percentage's (as 十几 alone is more than 10).
    d.approx = numeral(&text[num_start..]).and_then(|n| n.approx);
    if den == Value::int(100) {
        // 百分之八十: the numeral is 八十.
        d.num = Span::new(skip_spaces(text, after), num_end);
    }
    Some(d)
}

/// 贰拾叁元伍角, 三元五角六分: 角 and 分 after 元 are tenths and hundredths of the amount.
pub(super) fn capital_money(text: &str, d: &mut Draft) {
    if !d
        .unit
        .is_some_and(|u| matches!(&text[u.range()], "元" | "圆"))
    {
        return;
    }
    let Some(mut value) = d.value else { return };
    let mut at = d.end;
    if !char_at(text, at).is_some_and(is_cn_numeral) {
        return;
    }
    for (unit, scale) in [('角', 1), ('分', 2)] {
        let Some(n) = numeral(&text[at..]).filter(|n| n.chinese && n.range.is_none()) else {
            break;
        };
        if !text[at + n.len..].starts_with(unit) || n.value.to_f64() >= 10.0 {
            break;
        }
        let Some(part) = n.value.over(Value::pow10(scale)) else {
            break;
        };
        value = value.plus(part);
        at += n.len + unit.len_utf8();
    }
    if at > d.end {
        d.value = Some(value);
        d.end = at;
    }
}

/// 壹拾万元整, 伍佰圆正: 整 or 正 closes an amount written out in full (cheques, contracts, grant
/// notices), and belongs to its span; 正 only after capital numerals, and neither before a word
/// (元整体, 元正式).
pub(super) fn whole_sum(text: &str, d: &mut Draft) {
    if !d
        .unit
        .is_some_and(|u| text[u.range()].ends_with(['元', '圆']) && u.end == d.end)
    {
        return;
    }
    let Some(c @ ('整' | '正')) = char_at(text, d.end) else {
        return;
    };
    if c == '正' && !text[d.start..d.end].chars().any(is_financial) {
        return;
    }
    let end = d.end + c.len_utf8();
    if char_at(text, end).is_some_and(is_han) {
        return;
    }
    d.end = end;
}

/// 3.2:40.1:56.7 (三次产业结构), 1:1: a ratio, kind `ratio`, value null; a time of day (10:30) is not one.
pub(super) fn ratio(text: &str, i: usize) -> Option<Draft> {
    let b = text.as_bytes();
    // Most numbers are no ratio: a colon must follow the first one's digits.
    let run = b[i..]
        .iter()
        .position(|c| !(c.is_ascii_digit() || *c == b'.'))
        .map_or(b.len(), |k| i + k);
    // ∶ (U+2236, RATIO) is how typeset reports write 三次产业结构 19.3∶38.9∶41.8.
    if !(b.get(run) == Some(&b':') || text[run..].starts_with(['：', '∶'])) {
        return None;
    }
    let mut at = i;
    let mut parts = 0;
    let mut decimals = false;
    let mut first = None;
    loop {
        let n = numeral(&text[at..]).filter(|n| !n.chinese && n.range.is_none())?;
        decimals |= text[at..at + n.len].contains('.');
        first.get_or_insert(n.value);
        parts += 1;
        at += n.len;
        match b.get(at) {
            Some(b':') if b.get(at + 1).is_some_and(u8::is_ascii_digit) => at += 1,
            _ if text[at..].starts_with(['：', '∶'])
                && text[at + 3..].starts_with(|c: char| c.is_ascii_digit()) =>
            {
                at += 3
            }
            _ => break,
        }
    }
    let named = text[..i].ends_with('比') || text[..i].ends_with("比例为");
    if parts < 2 || !(decimals || parts >= 3 || named) {
        return None;
    }
    let mut d = Draft::new(i, Span::new(i, at), first?);
    d.value = None;
    d.kind = Kind::Ratio;
    Some(d)
}

/// 1 9 9 8 年, 1 2 月: single digits set apart by spaces (typeset reports), before a unit.
pub(super) fn spaced_digits(text: &str, i: usize) -> Option<Draft> {
    let b = text.as_bytes();
    if !b.get(i)?.is_ascii_digit()
        || b.get(i + 1) != Some(&b' ')
        || i > 0 && b[i - 1].is_ascii_digit()
    {
        return None;
    }
    let mut value: i128 = 0;
    let mut k = i;
    let mut digits = 0;
    while k < b.len() && b[k].is_ascii_digit() && digits < 12 {
        value = value * 10 + i128::from(b[k] - b'0');
        digits += 1;
        k += 1;
        if b.get(k) == Some(&b' ') && b.get(k + 1).is_some_and(u8::is_ascii_digit) {
            k += 1;
        } else {
            break;
        }
    }
    if digits < 2 || b.get(k).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let unit_start = skip_spaces(text, k);
    let (u, kind) = unit_at(&text[unit_start..])?;
    let mut d = Draft::new(i, Span::new(i, k), Value::int(value));
    d.unit = Some(Span::new(unit_start, unit_start + u.len()));
    d.kind = kind;
    d.end = unit_start + u.len();
    Some(d)
}

/// N分之M (三分之一, 3分之1, 负3分之负157).
pub(super) fn fraction(text: &str, d: &mut Draft, n: &Numeral) -> bool {
    if n.range.is_some() {
        return false;
    }
    let Some(after) = spaced(text, skip_spaces(text, d.num.end), "分之") else {
        return false;
    };
    let Some((num, end)) = signed_numeral(text, skip_spaces(text, after)) else {
        return false;
    };
    let Some(den) = d.value else { return false };
    let Some(v) = num.over(den) else { return false };
    d.value = Some(v);
    d.num = Span::new(d.start, end);
    d.end = end;
    d.kind = Kind::Fraction;
    true
}

/// A又B分之C, and a b/c (1 4/3).
pub(super) fn mixed(text: &str, d: &mut Draft) -> bool {
    let Some(whole) = d.value else { return false };
    let at = skip_spaces(text, d.num.end);
    let Some(c) = char_at(text, at) else {
        return false;
    };
    if c == '又' {
        let start = skip_spaces(text, at + c.len_utf8());
        let Some(mut inner) = number(text, start) else {
            return false;
        };
        if !fraction(
            text,
            &mut inner,
            &Numeral {
                value: Value::int(0),
                range: None,
                approx: None,
                len: 0,
                chinese: false,
                tokens: 0,
                digit_string: false,
            },
        ) && inner.kind != Kind::Fraction
        {
            return false;
        }
        let Some(frac) = inner.value else {
            return false;
        };
        let frac = if whole.to_f64() < 0.0 {
            frac.negate()
        } else {
            frac
        };
        d.value = Some(whole.plus(frac));
        d.num = Span::new(d.start, inner.end);
        d.end = inner.end;
        d.kind = Kind::Fraction;
        return true;
    }
    false
}

/// 3/5, -3/2, 1 4/3.
pub(super) fn slash(text: &str, d: &mut Draft, n: &Numeral) -> bool {
    if n.chinese || n.range.is_some() {
        return false;
    }
    let Some(value) = d.value else { return false };
    let over = |at: usize| -> Option<(Value, usize)> {
        let c = char_at(text, at)?;
        if !matches!(c, '/' | '／') {
            return None;
        }
        let den =
            numeral(&text[at + c.len_utf8()..]).filter(|m| !m.chinese && m.range.is_none())?;
        Some((den.value, at + c.len_utf8() + den.len))
    };
    if let Some((den, end)) = over(d.num.end)
        && let Some(v) = value.over(den)
    {
        d.value = Some(v);
        d.num = Span::new(d.start, end);
        d.end = end;
        d.kind = Kind::Fraction;
        return true;
    }
    // a b/c: one space, a numerator, a slash.
    if char_at(text, d.num.end) == Some(' ') {
        let start = d.num.end + 1;
        if let Some(m) = numeral(&text[start..]).filter(|m| !m.chinese && m.range.is_none())
            && let Some((den, end)) = over(start + m.len)
            && let Some(frac) = m.value.over(den)
        {
            d.value = Some(value.plus(frac));
            d.num = Span::new(d.start, end);
            d.end = end;
            d.kind = Kind::Fraction;
            return true;
        }
    }
    false
}

/// 3至5个, 3-5名, 20~100, 一到五.
pub(super) fn range(text: &str, d: &mut Draft, n: &Numeral) -> bool {
    let Some(lo) = d.value else { return false };
    if n.range.is_some() {
        return false;
    }
    let mut at = skip_spaces(text, d.num.end);
    // 5%-5.5%, 60%（含）-80%: a range of percentages writes the sign on both ends.
    let mut percent = false;
    if let Some(p) = text[at..].strip_prefix(['%', '％']) {
        let p = p
            .strip_prefix("（含）")
            .or_else(|| p.strip_prefix("(含)"))
            .unwrap_or(p);
        percent = true;
        at = text.len() - p.len();
    }
    let Some(c) = char_at(text, at) else {
        return false;
    };
    if !matches!(c, '至' | '到' | '-' | '~' | '～' | '—' | '–' | '－') {
        return false;
    }
    let start = skip_spaces(text, at + c.len_utf8());
    let Some(m) = numeral(&text[start..]) else {
        return false;
    };
    if m.chinese != n.chinese || m.range.is_some() {
        return false;
    }
    let end = start + m.len;
    // 2010-06-01 and phone numbers are not ranges.
    let after = char_at(text, end);
    if after.is_some_and(|c| matches!(c, '-' | '－' | '/')) || m.value.to_f64() <= lo.to_f64() {
        return false;
    }
    if m.chinese && !lone_ok(text, end) && unit_at(&text[end..]).is_none() && m.tokens == 1 {
        return false;
    }
    if percent && !text[end..].starts_with(['%', '％']) {
        return false;
    }
    d.value = None;
    d.range = Some((lo, m.value));
    d.end = end;
    unit_and_approx(text, d);
    true
}

/// 八成 (80%), 三成半 (35%), 七成 六 (76%), 九折 (90%), 9.9折 (99%), 75折 (75%).
pub(super) fn cheng_zhe(text: &str, d: &mut Draft, n: &Numeral) -> bool {
    let Some(v) = d.value else { return false };
    if n.range.is_some() || v.to_f64() <= 0.0 {
        return false;
    }
    let at = skip_spaces(text, d.num.end);
    let Some(c) = char_at(text, at) else {
        return false;
    };
    let end = at + c.len_utf8();
    let next = char_at(text, end);
    match c {
        '成' => {
            const VERBS: &[char] = &[
                '为', '立', '员', '果', '效', '本', '功', '绩', '熟', '长', '就', '交', '型', '片',
                '风', '套', '品', '才', '年', '人', '都', '了', '绩', '份', '分', '色', '因', '事',
                '群', '败', '全', '活',
            ];
            if v.to_f64() > 10.0 || next.is_some_and(|c| VERBS.contains(&c)) {
                return false;
            }
            let mut value = v.times(Value::int(10));
            let mut end = end;
            if next == Some('半') {
                value = value.plus(Value::int(5));
                end += '半'.len_utf8();
            } else {
                let s = skip_spaces(text, end);
                if let Some(dv) =
                    char_at(text, s).and_then(|c| digit_value(c).or_else(|| arabic_digit(c)))
                {
                    let after = char_at(text, s + 3);
                    if s > end && !after.is_some_and(|c| is_han(c) || arabic_digit(c).is_some()) {
                        value = value.plus(Value::int(dv as i128));
                        end = s + char_at(text, s).map_or(0, char::len_utf8);
                    }
                }
            }
            percent_form(d, value, end);
            true
        }
        '折' => {
            if next
                .is_some_and(|c| matches!(c, '腾' | '扣' | '射' | '磨' | '算' | '合' | '旧' | '叠'))
            {
                return false;
            }
            let f = v.to_f64();
            let value = if v.is_integer() && f < 10.0 {
                v.times(Value::int(10))
            } else if v.is_integer() && f < 100.0 {
                if f == 10.0 {
                    return false;
                }
                v
            } else if f < 10.0 {
                v.times(Value::int(10))
            } else {
                return false;
            };
            percent_form(d, value, end);
            true
        }
        _ => false,
    }
}

fn percent_form(d: &mut Draft, value: Value, end: usize) {
    d.value = Some(value);
    d.num = Span::new(d.start, end);
    d.end = end;
    d.kind = Kind::Percent;
}

/// 一打铅笔, 两打鸡蛋: a dozen folds into the value as 万 does (一打 is 12, 两打 24), a count with no
/// unit, as shop and supply lists write it. 打 stays a unit nowhere else.
pub(super) fn dozen(text: &str, d: &mut Draft) {
    if d.range.is_none()
        && let Some(u) = d.unit
        && &text[u.range()] == "打"
        && let Some(v) = d.value
    {
        d.value = Some(v.times(Value::int(12)));
        d.unit = None;
        d.kind = Kind::Count;
    }
}

/// 一年零两个月, 三年又六个月: years and months of one duration, in months (14 个月), as reports
/// give the time a project or a term took. 零 or 又 joins them; nothing else does.
pub(super) fn years_and_months(text: &str, d: &mut Draft) {
    let years = d.value.and_then(Value::as_i128);
    if d.kind != Kind::Duration
        || d.approx.is_some()
        || d.unit.is_none_or(|u| &text[u.range()] != "年")
    {
        return;
    }
    let Some(y) = years else { return };
    let Some(rest) = text[d.end..].strip_prefix(['零', '又']) else {
        return;
    };
    let at = text.len() - rest.len();
    let Some(n) = numeral(rest).filter(|n| n.range.is_none() && n.approx.is_none()) else {
        return;
    };
    let Some(m) = n.value.as_i128().filter(|m| (1..12).contains(m)) else {
        return;
    };
    let unit = at + n.len;
    let Some(end) = ["个月", "個月"]
        .iter()
        .find(|w| text[unit..].starts_with(*w))
        .map(|w| unit + w.len())
    else {
        return;
    };
    d.value = Some(Value::int(y * 12 + m));
    d.unit = Some(Span::new(unit, end));
    d.end = end;
}
