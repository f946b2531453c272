//! Laws and regulations (法, 条例, 办法, 规定, 实施细则): 第X编 / 第X章 / 第X节 divisions as
//! sections and 第X条 provisions as points, one article for the whole text.
//!
//! The mapping, within the JSON contract:
//! - the divisions present become nested sections, their marker as written (第一章), their name as
//!   title. Levels are relative to the divisions the law has: the outermost one present is level
//!   1, the next one down level 2, and so on (a law of 章 only: 章 1, and 节 2 when there are
//!   节; a code of 编: 编 1, 章 2, 节 3). Level 1 thus keeps its meaning of "top-level division of
//!   the article", as 一、 has in a bulletin, whatever the law's depth;
//! - each 第X条 is a point of the innermost division around it (of the article when the law has
//!   no divisions): marker 第一条, title its first sentence, text its text over every block up to
//!   the next 条, its （一）（二） items included;
//! - divisions listed in a 目录 before the body (the same division again later, before any 条)
//!   and everything else before the body stay in the lead.

use super::markers::{LawMarker, LawUnit, law_marker};
use super::sentence::{is_heading_like, title_of};
use crate::layout::blocks::is_blank;
use crate::{Point, Section, Span};

/// A law's structure: where its body starts, its divisions and the provisions outside any.
pub(crate) struct Law {
    /// How many blocks before the body (the lead: a 令, the title, 目录).
    pub lead: usize,
    /// The outermost divisions.
    pub sections: Vec<Section>,
    /// The 条 of a law with no divisions.
    pub points: Vec<Point>,
}

/// The provisions needed in sequence (第一条, 第二条, 第三条) before a text reads as a law: two could
/// be a notice quoting a law's first articles.
const MIN_RUN: u32 = 3;

/// The law marker of a block that opens a division or a provision: a 条 anywhere, a 编/章/节 only
/// on a heading line (第一章　总　　则), not inside a sentence.
pub(crate) fn marker(line: &str) -> Option<LawMarker> {
    let m = law_marker(line)?;
    (m.unit == LawUnit::Article || is_heading_like(line)).then_some(m)
}

/// Whether the blocks hold a law: provisions 第一条, 第二条, 第三条 … at block starts, in sequence.
pub(crate) fn is_law(text: &str, blocks: &[Span]) -> bool {
    let mut next = 1;
    for b in blocks {
        if let Some(m) = law_marker(&text[b.range()])
            && m.unit == LawUnit::Article
            && m.ordinal == next
        {
            next += 1;
            if next > MIN_RUN {
                return true;
            }
        }
    }
    false
}

fn rank(unit: LawUnit) -> usize {
    match unit {
        LawUnit::Part => 0,
        LawUnit::Chapter => 1,
        LawUnit::Section => 2,
        LawUnit::Article => 3,
    }
}

/// A division's name without the typesetting blanks inside it (总　　则 → 总则).
fn name_of(rest: &str) -> String {
    title_of(rest).chars().filter(|c| !is_blank(*c)).collect()
}

/// A division or provision under construction.
struct Open<T> {
    item: T,
    level: usize,
}

/// The structure of a law's blocks, `None` when they hold no law (see [`is_law`]).
pub(crate) fn build(text: &str, body: &[Span]) -> Option<Law> {
    if !is_law(text, body) {
        return None;
    }
    let marks: Vec<Option<LawMarker>> = body.iter().map(|b| marker(&text[b.range()])).collect();
    let first_article = marks
        .iter()
        .position(|m| m.is_some_and(|m| m.unit == LawUnit::Article && m.ordinal == 1))?;
    // A 目录 lists the divisions before the body repeats them: the body starts at the last
    // occurrence, before the first 条, of the first division listed.
    let first = marks[..first_article].iter().flatten().next().copied();
    let start = first
        .and_then(|f| {
            marks[..first_article]
                .iter()
                .rposition(|m| m.is_some_and(|m| m.unit == f.unit && m.ordinal == f.ordinal))
        })
        .unwrap_or(first_article);
    // Relative levels: the outermost division present is level 1.
    let mut present = [false; 3];
    for m in marks[start..].iter().flatten() {
        if m.unit != LawUnit::Article {
            present[rank(m.unit)] = true;
        }
    }
    let level_of = |unit: LawUnit| present[..rank(unit)].iter().filter(|p| **p).count() + 1;
    // The last number of each unit, reset below a division that opens: 章 restart in each 编 of
    // a code, 节 in each 章; 条 run on through the whole law.
    let mut last = [0u32; 4];
    let mut stack: Vec<Open<Section>> = Vec::new();
    let mut roots: Vec<Section> = Vec::new();
    let mut loose: Vec<Point> = Vec::new();
    let mut point: Option<(Point, usize)> = None;
    for (k, &span) in body.iter().enumerate().skip(start) {
        let line = &text[span.range()];
        let accepted = marks[k].filter(|m| {
            let r = rank(m.unit);
            m.ordinal == last[r] + 1 || (m.unit != LawUnit::Article && m.ordinal == 1)
        });
        match accepted {
            Some(m) if m.unit == LawUnit::Article => {
                close_point(text, &mut point, &mut stack, &mut loose);
                last[3] = m.ordinal;
                let after = Span::new(span.start + m.len, span.end);
                let own = text[after.range()].trim_start_matches(is_blank);
                point = Some((
                    Point {
                        marker: line[..m.len].to_string(),
                        ordinal: m.ordinal,
                        title: title_of(own).to_string(),
                        text: String::new(),
                        span,
                    },
                    span.end - own.len(),
                ));
            }
            Some(m) => {
                close_point(text, &mut point, &mut stack, &mut loose);
                let r = rank(m.unit);
                last[r] = m.ordinal;
                for l in &mut last[r + 1..3] {
                    *l = 0;
                }
                let level = level_of(m.unit);
                while stack.last().is_some_and(|o| o.level >= level) {
                    close_section(&mut stack, &mut roots);
                }
                stack.push(Open {
                    item: Section {
                        marker: line[..m.len].to_string(),
                        level: u8::try_from(level).unwrap_or(u8::MAX),
                        ordinal: m.ordinal,
                        title: name_of(&line[m.len..]),
                        declared_count: None,
                        span,
                        points: Vec::new(),
                        sections: Vec::new(),
                    },
                    level,
                });
            }
            None => match (&mut point, stack.last_mut()) {
                (Some((p, _)), _) => p.span = p.span.cover(span),
                (None, Some(open)) => open.item.span = open.item.span.cover(span),
                (None, None) => {}
            },
        }
    }
    close_point(text, &mut point, &mut stack, &mut loose);
    while !stack.is_empty() {
        close_section(&mut stack, &mut roots);
    }
    Some(Law {
        lead: start,
        sections: roots,
        points: loose,
    })
}

/// Finishes the open provision: its text, and its place in the innermost open division.
fn close_point(
    text: &str,
    point: &mut Option<(Point, usize)>,
    stack: &mut [Open<Section>],
    loose: &mut Vec<Point>,
) {
    let Some((mut p, from)) = point.take() else {
        return;
    };
    p.text = text[from.min(p.span.end)..p.span.end].to_string();
    match stack.last_mut() {
        Some(open) => {
            open.item.span = open.item.span.cover(p.span);
            open.item.points.push(p);
        }
        None => loose.push(p),
    }
}

/// Finishes the innermost open division and hangs it on its parent (or the roots).
fn close_section(stack: &mut Vec<Open<Section>>, roots: &mut Vec<Section>) {
    let Some(open) = stack.pop() else { return };
    match stack.last_mut() {
        Some(parent) => {
            parent.item.span = parent.item.span.cover(open.item.span);
            parent.item.sections.push(open.item);
        }
        None => roots.push(open.item),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::blocks::line_spans as spans;

    #[test]
    fn chapters_hold_their_articles() {
        let text = "某某管理办法\n第一章　总　　则\n第一条　为了规范管理，制定本办法。\n第二条　本办法适用于本市。\n第二章　附　　则\n第三条　下列情形除外：\n（一）甲；\n（二）乙。\n第四条　本办法自公布之日起施行。\n";
        let law = build(text, &spans(text)).unwrap();
        assert_eq!(law.lead, 1);
        assert!(law.points.is_empty());
        let got: Vec<(&str, u8, &str, usize)> = law
            .sections
            .iter()
            .map(|s| (s.marker.as_str(), s.level, s.title.as_str(), s.points.len()))
            .collect();
        assert_eq!(got, [("第一章", 1, "总则", 2), ("第二章", 1, "附则", 2)]);
        let p = &law.sections[1].points[0];
        assert_eq!((p.marker.as_str(), p.ordinal), ("第三条", 3));
        assert_eq!(p.title, "下列情形除外");
        assert_eq!(p.text, "下列情形除外：\n（一）甲；\n（二）乙。");
        assert_eq!(
            &text[p.span.range()],
            "第三条　下列情形除外：\n（一）甲；\n（二）乙。"
        );
        assert_eq!(
            &text[law.sections[0].span.range()],
            "第一章　总　　则\n第一条　为了规范管理，制定本办法。\n第二条　本办法适用于本市。"
        );
    }

    #[test]
    fn contents_stay_in_the_lead_and_levels_are_relative() {
        let text = "目　录\n第一编　总则\n第一章　一般规定\n第一编　总则\n第一章　一般规定\n第一节　通则\n第一条　甲。\n第二条　乙。\n第二节　细则\n第三条　丙。\n第二编　分则\n第一章　专门规定\n第四条　丁。\n";
        let law = build(text, &spans(text)).unwrap();
        assert_eq!(law.lead, 3);
        assert_eq!(law.sections.len(), 2);
        let ch = &law.sections[0].sections[0];
        assert_eq!((law.sections[0].level, ch.level), (1, 2));
        assert_eq!(ch.sections.len(), 2);
        assert_eq!(
            (ch.sections[1].level, ch.sections[1].points[0].ordinal),
            (3, 3)
        );
        assert_eq!(law.sections[1].sections[0].points[0].marker, "第四条");
    }

    #[test]
    fn citations_and_short_runs_are_no_law() {
        let text = "第一条　甲。\n第二条　乙。\n";
        assert!(build(text, &spans(text)).is_none());
        let text = "第一条　甲。\n第二条　乙。\n第二十七条第一项规定的情形。\n第三条　丙。\n";
        let law = build(text, &spans(text)).unwrap();
        let got: Vec<u32> = law.points.iter().map(|p| p.ordinal).collect();
        assert_eq!(got, [1, 2, 3]);
        assert_eq!(law.points[1].text, "乙。\n第二十七条第一项规定的情形。");
    }
}
