//! One sweep over the text: marks opened and closed in order, crossings split, everything escaped.
//!
//! The marks are sorted once by (start, longest first, outer kind first). The sweep walks the
//! event positions left to right with a stack of open marks. When a mark ends while marks opened
//! after it are still open (the spans cross), those are closed with it and reopened right after,
//! as continuations: the tags never cross. A weak mark (a subject, a diagnostic) is cut short
//! instead when a mark that goes on longer opens inside it. The stack is at most [`MAX_DEPTH`] deep, so each event
//! costs a bounded amount of work and the whole sweep is linear in the text and the marks (after
//! the one sort).

use std::collections::HashSet;

/// An element to lay over a span of the text.
#[derive(Clone, Debug, Default)]
pub(crate) struct Mark {
    /// First byte (of the text being shown).
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Among marks of the same span, lower ranks open first (outside).
    pub rank: u8,
    /// Shown as a block: the whitespace around its tags is dropped.
    pub block: bool,
    /// Cut short (not split) where a mark that ends after it opens inside it: a quantity's
    /// subject or a diagnostic gives way to a quantity.
    pub weak: bool,
    /// The CSS class.
    pub class: &'static str,
    /// Extra attributes, already escaped, each with its leading space.
    pub attrs: String,
    /// The start of the item in the decoded input: the first mark with it gets `id="span-N"`.
    pub source: Option<usize>,
}

/// More marks open at one place than this are not drawn (only their anchor is kept).
pub(crate) const MAX_DEPTH: usize = 24;

/// Appends `text` with `marks` laid over it to `out` as HTML.
pub(crate) fn sweep(text: &str, mut marks: Vec<Mark>, out: &mut String) {
    for m in &mut marks {
        m.start = floor_char(text, m.start);
        m.end = ceil_char(text, m.end.max(m.start));
    }
    // Empty marks are only kept as anchors of diagnostics.
    marks.retain(|m| m.start < m.end || m.class == "diag");
    marks.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end), m.rank));
    let mut ids: HashSet<usize> = HashSet::new();
    let mut stack: Vec<usize> = Vec::new();
    let (mut next, mut pos, mut after_block) = (0, 0, false);
    loop {
        let next_start = marks.get(next).map(|m| m.start);
        let next_end = stack.iter().map(|&i| marks[i].end).min();
        let at = match (next_start, next_end) {
            (Some(a), Some(b)) => a.min(b),
            (Some(a), None) | (None, Some(a)) => a,
            (None, None) => break,
        };
        let block_here = stack.iter().any(|&i| marks[i].end == at && marks[i].block)
            || marks[next..]
                .iter()
                .take_while(|m| m.start == at)
                .any(|m| m.block);
        push_text(out, &text[pos..at], after_block, block_here);
        pos = at;
        // Close what ends here, with everything opened after it; reopen those that go on.
        if let Some(low) = stack.iter().position(|&i| marks[i].end <= at) {
            let above: Vec<usize> = stack.drain(low..).collect();
            for _ in &above {
                out.push_str("</span>");
            }
            for i in above {
                if marks[i].end > at {
                    open(out, &marks[i], None, false);
                    stack.push(i);
                }
            }
        }
        while let Some(m) = marks.get(next).filter(|m| m.start == at) {
            while let Some(&top) = stack.last() {
                if !marks[top].weak || marks[top].end >= m.end || m.start == m.end {
                    break;
                }
                out.push_str("</span>");
                stack.pop();
            }
            let id = m.source.filter(|&s| ids.insert(s));
            if m.start == m.end {
                open(out, m, id, true);
                out.push_str("</span>");
            } else if stack.len() < MAX_DEPTH {
                open(out, m, id, true);
                stack.push(next);
            } else if let Some(id) = id {
                out.push_str(&format!("<span id=\"span-{id}\"></span>"));
            }
            next += 1;
        }
        after_block = block_here;
    }
    push_text(out, &text[pos..], after_block, true);
}

/// The opening tag: with its id the first time, as a continuation (class `cont`: no label) when a
/// crossing reopens it.
fn open(out: &mut String, m: &Mark, id: Option<usize>, first: bool) {
    out.push_str("<span class=\"");
    out.push_str(m.class);
    if !first {
        out.push_str(" cont");
    }
    out.push('"');
    if let Some(id) = id {
        out.push_str(&format!(" id=\"span-{id}\""));
    }
    out.push_str(&m.attrs);
    out.push('>');
}

/// Text between two events: escaped; blank lines and indentation folded into one line break;
/// blanks next to a block's tags dropped.
fn push_text(out: &mut String, chunk: &str, trim_start: bool, trim_end: bool) {
    let mut s = chunk;
    if trim_start {
        s = s.trim_start_matches(is_blank);
    }
    if trim_end {
        s = s.trim_end_matches(is_blank);
    }
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\n' || c == '\r' {
            while chars.next_if(|&c| is_blank(c)).is_some() {}
            out.push('\n');
        } else {
            push_escaped(out, c);
        }
    }
}

/// Whitespace that a view folds: ASCII, ideographic space, no-break space.
pub(crate) fn is_blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{3000}' | '\u{a0}' | '\u{feff}' | '\u{200b}')
}

/// One character as HTML text or attribute text: markup characters escaped, control characters
/// (which HTML does not allow) shown as U+FFFD.
fn push_escaped(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        '\'' => out.push_str("&#39;"),
        '\n' => out.push_str("&#10;"),
        '\t' => out.push('\t'),
        c if c.is_control() => out.push('\u{fffd}'),
        c => out.push(c),
    }
}

/// `s` escaped for HTML text or a quoted attribute value.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        push_escaped(&mut out, c);
    }
    out
}

/// ` name="value"`, escaped.
pub(crate) fn attr(name: &str, value: &str) -> String {
    format!(" {name}=\"{}\"", escape(value))
}

/// The char boundary at or before `at` (clamped to the text).
pub(crate) fn floor_char(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The char boundary at or after `at` (clamped to the text).
pub(crate) fn ceil_char(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(start: usize, end: usize, class: &'static str, source: usize) -> Mark {
        Mark {
            start,
            end,
            class,
            source: Some(source),
            ..Mark::default()
        }
    }

    #[test]
    fn crossing_spans_are_split_not_crossed() {
        let mut out = String::new();
        sweep(
            "abcdef",
            vec![mark(0, 4, "a", 0), mark(2, 6, "b", 2)],
            &mut out,
        );
        assert_eq!(
            out,
            "<span class=\"a\" id=\"span-0\">ab<span class=\"b\" id=\"span-2\">cd</span></span>\
             <span class=\"b cont\">ef</span>"
        );
    }

    #[test]
    fn weak_spans_are_cut_short() {
        let mut out = String::new();
        let mut weak = mark(0, 4, "w", 0);
        weak.weak = true;
        sweep("abcdef", vec![weak, mark(2, 6, "q", 2)], &mut out);
        assert_eq!(
            out,
            "<span class=\"w\" id=\"span-0\">ab</span><span class=\"q\" id=\"span-2\">cdef</span>"
        );
    }

    #[test]
    fn nested_spans_nest_and_text_is_escaped() {
        let mut out = String::new();
        let marks = vec![mark(0, 7, "a", 0), mark(1, 3, "b", 1)];
        sweep("<x>&\"'\n\n  y", marks, &mut out);
        assert_eq!(
            out,
            "<span class=\"a\" id=\"span-0\">&lt;<span class=\"b\" id=\"span-1\">x&gt;</span>\
             &amp;&quot;&#39;\n</span>\ny"
        );
    }

    #[test]
    fn odd_spans_are_clamped_to_char_boundaries() {
        let mut out = String::new();
        sweep(
            "甲乙",
            vec![mark(1, 99, "a", 1), mark(5, 2, "b", 5)],
            &mut out,
        );
        assert_eq!(out, "<span class=\"a\" id=\"span-1\">甲乙</span>");
    }
}
