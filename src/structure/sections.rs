//! Sections nested by level, and the inline points inside each.

use super::markers::{PointStyle, ends_clause, point_marker, section_marker};
use super::sentence::title_of;
use crate::quantities::{Kind, extract};
use crate::{Point, Section, Span};

/// A section under construction: its own text blocks, before nesting.
struct Open {
    section: Section,
    own: Vec<Span>,
}

/// The sections of an article body (the blocks after its lead), nested by level up to `max_depth`.
pub(crate) fn build(text: &str, body: &[Span], max_depth: usize) -> Vec<Section> {
    let mut roots: Vec<Section> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    for &span in body {
        let line = &text[span.range()];
        match section_marker(line).filter(|m| usize::from(m.level) <= max_depth) {
            Some(m) => {
                while stack.last().is_some_and(|o| o.section.level >= m.level) {
                    close(text, &mut stack, &mut roots);
                }
                let after = Span::new(span.start + m.len, span.end);
                let title = title_of(&text[after.range()]).to_string();
                stack.push(Open {
                    section: Section {
                        marker: line[..m.len].to_string(),
                        level: m.level,
                        ordinal: m.ordinal,
                        declared_count: declared_count(&title),
                        title,
                        span,
                        points: Vec::new(),
                        sections: Vec::new(),
                    },
                    own: vec![after],
                });
            }
            None => {
                if let Some(open) = stack.last_mut() {
                    open.own.push(span);
                    open.section.span = open.section.span.cover(span);
                }
            }
        }
    }
    while !stack.is_empty() {
        close(text, &mut stack, &mut roots);
    }
    roots
}

/// Finishes the innermost open section and hangs it on its parent (or the roots).
fn close(text: &str, stack: &mut Vec<Open>, roots: &mut Vec<Section>) {
    let Some(mut open) = stack.pop() else { return };
    open.section.points = points(text, &open.own);
    match stack.last_mut() {
        Some(parent) => {
            parent.section.span = parent.section.span.cover(open.section.span);
            parent.section.sections.push(open.section);
        }
        None => roots.push(open.section),
    }
}

/// The count a title announces: 三种渠道 → 3, 三大权利 → 3, 四个方面 → 4.
///
/// Only a Chinese numeral from 一 to 二十 counts, before a classifier or 大.
pub(crate) fn declared_count(title: &str) -> Option<u32> {
    extract(title).into_iter().find_map(|q| {
        let v = q.value?.as_i128()?;
        let chinese = q.number.text.chars().all(crate::text::chars::is_cn_numeral);
        let after = &title[q.number.span.end..];
        let counted = q.kind == Kind::Count || after.starts_with('大') || after.starts_with("方面");
        (chinese && counted && (1..=20).contains(&v) && q.approx.is_none()).then_some(v as u32)
    })
}

/// A candidate point marker: where it starts, its style, ordinal and length.
type Candidate = (usize, PointStyle, u32, usize);

/// The inline points of a section's own text: the longest run 1, 2, 3… of one marker style.
pub(crate) fn points(text: &str, own: &[Span]) -> Vec<Point> {
    let mut cands: Vec<(Candidate, usize)> = Vec::new();
    for span in own {
        let block = &text[span.range()];
        let mut prev: Option<char> = None;
        for (i, c) in block.char_indices() {
            if prev.is_none_or(ends_clause)
                && let Some((style, n, len)) = point_marker(&block[i..])
            {
                cands.push(((span.start + i, style, n, len), span.end));
            }
            prev = Some(c);
        }
    }
    let mut best: Vec<(Candidate, usize)> = Vec::new();
    for style in [PointStyle::Shi, PointStyle::Di, PointStyle::Qi] {
        let mut run = Vec::new();
        let mut next = 1;
        for (c, end) in cands.iter().filter(|(c, _)| c.1 == style) {
            if c.2 == next {
                run.push((*c, *end));
                next += 1;
            }
        }
        if run.len() >= 2 && run.len() > best.len() {
            best = run;
        }
    }
    let mut out = Vec::with_capacity(best.len());
    for (k, &((start, _, ordinal, len), block_end)) in best.iter().enumerate() {
        let end = match best.get(k + 1) {
            Some(&((next_start, ..), _)) if next_start < block_end => next_start,
            _ => block_end,
        };
        let body = text[start + len..end].trim_end();
        let end = start + len + body.len();
        out.push(Point {
            marker: text[start..start + len].to_string(),
            ordinal,
            title: title_of(body).to_string(),
            text: body.to_string(),
            span: Span::new(start, end),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::blocks::lines;

    fn spans(text: &str) -> Vec<Span> {
        lines(text).into_iter().map(|b| b.span).collect()
    }

    #[test]
    fn nests_four_levels() {
        let text = "一、甲。\n（一）乙。\n1.丙。\n（1）丁。\n2.戊。\n二、己。\n";
        let s = build(text, &spans(text), 4);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].sections[0].sections.len(), 2);
        assert_eq!(s[0].sections[0].sections[0].sections[0].title, "丁");
        assert_eq!(s[1].title, "己");
        assert_eq!(
            &text[s[0].span.range()],
            "一、甲。\n（一）乙。\n1.丙。\n（1）丁。\n2.戊。"
        );
    }

    #[test]
    fn points_need_a_run_from_one() {
        let text = "一、做法。二是不算。\n";
        assert!(build(text, &spans(text), 4)[0].points.is_empty());
        let text = "一、做法。一是甲。二是乙，三是丙。\n";
        let p = &build(text, &spans(text), 4)[0].points;
        assert_eq!(
            p.iter().map(|p| p.title.as_str()).collect::<Vec<_>>(),
            ["甲", "乙", "丙"]
        );
        assert_eq!(&text[p[1].span.range()], "二是乙，");
    }

    #[test]
    fn declared_counts() {
        assert_eq!(declared_count("畅通群众诉求“三种渠道”"), Some(3));
        assert_eq!(declared_count("保障群众互动“三大权利”"), Some(3));
        assert_eq!(declared_count("抽调1347名干部"), None);
        assert_eq!(declared_count("创一流业绩"), None);
    }
}
