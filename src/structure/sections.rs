//! Sections nested by level, and the inline points inside each.

use super::markers::{Marker, PointStyle, ends_clause, point_marker, section_marker};
use super::sentence::title_of;
use crate::layout::blocks::is_blank;
use crate::quantities::{Kind, extract};
use crate::{Point, Section, Span};

/// A section under construction: its own text blocks, before nesting.
struct Open {
    section: Section,
    own: Vec<Span>,
}

/// The marker of a block that opens a section: a section marker at its start, unless the block
/// is an enumeration run inline (一、加强领导；二、完善制度；…: the next marker of the same style
/// follows a clause mark in the same block), which is a paragraph of the section around it.
///
/// Serves work reports and bulletins that list short measures in one paragraph.
pub(crate) fn heading_marker(line: &str) -> Option<Marker> {
    let m = section_marker(line)?;
    let mut prev: Option<char> = None;
    for (i, c) in line[m.len..].char_indices() {
        if prev.is_some_and(|p| matches!(p, '；' | ';' | '，' | ',' | '。' | '：' | ':'))
            && let Some(n) = section_marker(&line[m.len + i..])
            && n.level == m.level
            && n.ordinal == m.ordinal + 1
            // 二、三产业 is a list of numerals, not a marker.
            && !line[m.len + i + n.len..].starts_with(crate::text::chars::is_cn_numeral)
        {
            return None;
        }
        prev = Some(c);
    }
    Some(m)
}

/// Whether a marker at `level` numbered `ordinal` starts a list nested in the open section `top`
/// of the same style rather than following it: a numbered list (1. 2. 3., （1）（2）) restarting
/// at 1 inside a numbered section. Level-1 and level-2 numbering restarts in a new part of a
/// document, so only levels 3 and 4 nest.
fn restarts_inside(top: &Section, level: u8, ordinal: u32) -> bool {
    level >= 3 && top.level == level && ordinal == 1 && top.ordinal >= 1
}

/// The sections of an article body (the blocks after its lead), nested by level up to `max_depth`.
pub(crate) fn build(text: &str, body: &[Span], max_depth: usize) -> Vec<Section> {
    let mut roots: Vec<Section> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    for &span in body {
        let line = &text[span.range()];
        match heading_marker(line).filter(|m| usize::from(m.level) <= max_depth) {
            Some(m) => {
                // Deeper sections close; at the same level, the next number is a sibling (close
                // it and stop), 1 again is a nested list, any other number closes and looks on.
                while let Some(top) = stack.last().map(|o| &o.section) {
                    if top.level < m.level || restarts_inside(top, m.level, m.ordinal) {
                        break;
                    }
                    let sibling = top.level == m.level && m.ordinal == top.ordinal + 1;
                    close(text, &mut stack, &mut roots);
                    if sibling {
                        break;
                    }
                }
                let after = Span::new(span.start + m.len, span.end);
                let title = clean_title(title_of(&text[after.range()]));
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

/// A title without markdown bold stars cut inside it (**三、加强自身建**设) and without a note
/// mark at its end (二、农业[25] in a statistical communiqué): neither is text of the title.
fn clean_title(title: &str) -> String {
    let mut t = title.replace("**", "");
    if t.ends_with(']')
        && let Some(open) = t.rfind('[')
        && t[open + 1..t.len() - 1]
            .trim_start_matches('^')
            .bytes()
            .all(|b| b.is_ascii_digit())
        && t.len() > open + 2
    {
        t.truncate(open);
    }
    t
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
    // No Chinese numeral, no count: most titles skip the quantity scan (its number must be one).
    if !title.chars().any(crate::text::chars::is_cn_numeral) {
        return None;
    }
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

/// The bytes that can begin a clause mark (see [`ends_clause`]): ASCII ;!?:, and the UTF-8 leads
/// of 。 (E3) and of the full-width ；！？：， (EF), as a table for the scan in [`points`].
const CLAUSE_LEAD: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    let leads = [b';', b'!', b'?', b':', b',', 0xE3, 0xEF];
    while k < leads.len() {
        t[leads[k] as usize] = true;
        k += 1;
    }
    t
};

/// The inline points of a section's own text: the longest run 1, 2, 3… of one marker style.
pub(crate) fn points(text: &str, own: &[Span]) -> Vec<Point> {
    let mut cands: Vec<(Candidate, usize)> = Vec::new();
    for span in own {
        let block = &text[span.range()];
        let bytes = block.as_bytes();
        // Whether the last character that counts ends a clause (true at the block's start).
        let mut at_clause = true;
        let mut i = 0;
        while i < bytes.len() {
            if !at_clause {
                // Inside a clause only a clause mark starts the next one: jump to the next byte
                // that can begin one (ASCII ;!?:, and the leads of 。 and of full-width ；！？：，).
                match bytes[i..].iter().position(|&b| CLAUSE_LEAD[usize::from(b)]) {
                    Some(k) => i += k,
                    None => break,
                }
            }
            let Some(c) = block[i..].chars().next() else {
                break;
            };
            if at_clause && let Some((style, n, len)) = point_marker(&block[i..]) {
                cands.push(((span.start + i, style, n, len), span.end));
            }
            // Blanks, markdown stars and closing quotes between a clause mark and the marker
            // (。 二是, 。**二是**, 。”二是) leave the clause start where it was.
            if !(is_blank(c) || matches!(c, '*' | '”' | '’' | '）' | ')')) {
                at_clause = ends_clause(c);
            }
            i += c.len_utf8();
        }
    }
    // Runs 1, 2, 3… of one style; a section that lists twice (一是…二是…, later 一是…二是…三是…)
    // has two runs, and every run of two or more counts.
    let mut best: Vec<(Candidate, usize)> = Vec::new();
    for style in [PointStyle::Shi, PointStyle::Di, PointStyle::Qi] {
        let mut all = Vec::new();
        let mut run: Vec<(Candidate, usize)> = Vec::new();
        for (c, end) in cands.iter().filter(|(c, _)| c.1 == style) {
            if c.2 as usize == run.len() + 1 {
                run.push((*c, *end));
            } else if c.2 == 1 {
                if run.len() >= 2 {
                    all.append(&mut run);
                }
                run = vec![(*c, *end)];
            }
        }
        if run.len() >= 2 {
            all.append(&mut run);
        }
        if all.len() > best.len() {
            best = all;
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
    use crate::layout::blocks::line_spans as spans;

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
    fn inline_enumeration_is_a_paragraph() {
        assert!(heading_marker("一、加强领导；二、完善制度；三、强化督查。").is_none());
        assert!(heading_marker("1.抓学习，2.抓落实。").is_none());
        assert_eq!(
            heading_marker("一、一、二、三产业协调发展。").map(|m| m.ordinal),
            Some(1)
        );
        assert_eq!(
            heading_marker("一、推动一、二、三产业融合。").map(|m| m.ordinal),
            Some(1)
        );
        let text = "一、总体要求。\n一、加强领导；二、完善制度。\n二、重点任务。\n";
        let s = build(text, &spans(text), 4);
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].title, "重点任务");
    }

    #[test]
    fn restarted_list_nests() {
        let text = "1.甲。\n2.乙。\n1.子一。\n2.子二。\n3.子三。\n3.丙。\n";
        let s = build(text, &spans(text), 4);
        let titles: Vec<&str> = s.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["甲", "乙", "丙"]);
        assert_eq!(s[1].sections.len(), 3);
        assert_eq!(s[1].sections[2].title, "子三");
        // Level-1 numbering restarts in a new part: no nesting there.
        let text = "一、甲。\n二、乙。\n一、丙。\n";
        assert_eq!(build(text, &spans(text), 4).len(), 3);
    }

    #[test]
    fn points_in_two_runs() {
        let text = "一、做法。一是甲。二是乙。另外，一是丙；二是丁；三是戊。\n";
        let p = &build(text, &spans(text), 4)[0].points;
        let got: Vec<(u32, &str)> = p.iter().map(|p| (p.ordinal, p.title.as_str())).collect();
        assert_eq!(got, [(1, "甲"), (2, "乙"), (1, "丙"), (2, "丁"), (3, "戊")]);
        assert_eq!(p[1].text, "乙。另外，");
    }

    #[test]
    fn points_after_blanks_and_stars() {
        let text = "一、做法。一是甲。 二是乙。**三是丙**。\n";
        let p = &build(text, &spans(text), 4)[0].points;
        assert_eq!(p.len(), 3);
        assert_eq!(p[2].marker, "三是");
    }

    #[test]
    fn points_start_only_after_clause_marks() {
        // ASCII and full-width clause marks both open a clause; a marker inside a clause (其中一是)
        // and one after a closing bracket that follows no clause mark do not count.
        let text = "一、做法。一是甲;二是乙：三是丙，其中一是丁（注）二是戊\n";
        let p = &build(text, &spans(text), 4)[0].points;
        let got: Vec<(u32, &str)> = p.iter().map(|p| (p.ordinal, p.marker.as_str())).collect();
        assert_eq!(got, [(1, "一是"), (2, "二是"), (3, "三是")]);
        assert_eq!(p[2].text, "丙，其中一是丁（注）二是戊");
    }

    #[test]
    fn titles_lose_stars_and_note_marks() {
        assert_eq!(clean_title("二、农业[25]"), "二、农业");
        assert_eq!(clean_title("加强自身建**设"), "加强自身建设");
        assert_eq!(clean_title("附表[a]"), "附表[a]");
    }

    #[test]
    fn declared_counts() {
        assert_eq!(declared_count("畅通群众诉求“三种渠道”"), Some(3));
        assert_eq!(declared_count("保障群众互动“三大权利”"), Some(3));
        assert_eq!(declared_count("抽调1347名干部"), None);
        assert_eq!(declared_count("创一流业绩"), None);
    }
}
