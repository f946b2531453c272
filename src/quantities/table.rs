//! Statistics tables: the unit a table states once, in its caption or in a header cell, given to
//! the bare numbers of its cells.
//!
//! Serves the statistics tables of communiqués, budget reports and monthly figures (HTML
//! `<table>`s, markdown `|` tables, and tables dumped as lines whose cells are parted by spaces),
//! which print the unit once and the numbers bare. The grammar, read row by row in one pass:
//! - a **caption** is a short line or cell that ends in `单位：X` (also `计量单位：X`, `金额单位：X`,
//!   `（单位：X）`), where X reads as a unit after a number (`1X` is one quantity with a unit): it
//!   sets the table's unit, until a line that is not a row of the table;
//! - a **header** is a row without a bare number: a cell ending in `%` (比上年增长%) or in a
//!   bracketed unit (产量（万吨）, 比上年增长（%）) gives its column that unit; a cell that says
//!   `单位` or `计量单位` makes its column the unit of each row (产品名称 | 单位 | 产量);
//! - a **data row** has bare numbers (`38828`, `-7.3`, `1,234.5`): each one after the first cell
//!   (the row's label: an indicator, a region, a year) takes its column's unit, else its row's,
//!   else the caption's, and becomes one quantity whose `unit_span` points where that unit is
//!   written. A number the text writes with its unit keeps what [`extract`] found.
//!
//! Cells line up with the header's from the left in `|` and HTML rows, and from the right in rows
//! parted by spaces (a label there may hold spaces: `衣 着 1.2 1.1`). A line parted by spaces is a
//! row only inside a table a caption opened. The value is the one the number would have with the
//! unit written beside it (`38828` under 单位：亿元 is 3882800000000 元, as `38828亿元` is).
//! Time is linear in the rows and cells: the unit is found once per table, once per column.

use super::{NumberPart, Quantity, extract};
use crate::html::table::{Kind, Row, line_rows};
use crate::layout::blocks::{Block, is_blank};
use crate::{Article, Span};
use std::collections::HashSet;

// The data-table finder moved to `html::table`, where the page tidying that uses it first finds
// it; the old path stays for code written against it.
pub use crate::html::table::data_table_cells;

/// The quantities that the tables among `blocks` give their bare numbers, in order; spans index
/// `text`. Each block is a line: a markdown `|` row, a line of cells parted by spaces, a caption.
///
/// ```
/// use jianbao::layout::blocks::lines;
/// use jianbao::quantities::table::table_quantities;
/// let text = "单位：亿元\n指标 利润总额 比上年同期增长%\n规模以上工业 38828 49.4\n";
/// let qs = table_quantities(text, &lines(text));
/// let got: Vec<_> = qs
///     .iter()
///     .map(|q| (q.text.as_str(), q.unit.as_deref(), &text[q.unit_span.unwrap().range()]))
///     .collect();
/// assert_eq!(got, [("38828", Some("元"), "亿元"), ("49.4", Some("%"), "%")]);
/// assert_eq!(qs[0].value.unwrap().as_i128(), Some(3_882_800_000_000));
/// ```
pub fn table_quantities(text: &str, blocks: &[Block]) -> Vec<Quantity> {
    read_rows(text, &line_rows(text, blocks))
}

/// A unit as a table writes it, and where.
#[derive(Clone, Debug)]
struct Unit {
    text: String,
    span: Span,
}

/// What a header row says of its columns.
#[derive(Clone, Debug, Default)]
struct Header {
    units: Vec<Option<Unit>>,
    /// Which header cells are empty.
    empty: Vec<bool>,
    unit_column: Option<usize>,
}

/// Reads the rows in order and gives the bare numbers of the tables' cells their units.
fn read_rows(text: &str, rows: &[Row]) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut caption: Option<Unit> = None;
    let mut caption_used = false;
    let mut header: Option<Header> = None;
    let mut table = 0;
    // Inside a table whose rows may be lines parted by spaces: opened by a caption, or by a
    // spaced header that states units.
    let mut open = false;
    for row in rows {
        let whole = row.cells[0].cover(row.cells[row.cells.len() - 1]);
        // Only a spaced row is read for prose: a line of text is not scanned again here.
        let prose = || {
            row.cells.iter().any(|c| {
                let t = &text[c.range()];
                t.contains(['。', '，', '；']) || t.chars().nth(24).is_some()
            })
        };
        let spaced = row.kind == Kind::Spaced && !prose();
        if spaced && !open {
            let h = read_header(text, &row.cells);
            if h.unit_column.is_some() || h.units.iter().any(Option::is_some) {
                header = Some(h);
                open = true;
                continue;
            }
        }
        if row.kind != Kind::Cells && !(spaced && open) {
            // A line between tables: a caption opens one, anything else ends the last.
            header = None;
            caption = caption_unit(text, whole);
            caption_used = false;
            open = caption.is_some();
            continue;
        }
        if row.kind == Kind::Cells && row.table != table {
            // Another HTML table: its own header, and the caption only if none used it yet.
            table = row.table;
            header = None;
            if caption_used {
                caption = None;
            }
        }
        if let Some(u) = row.cells.iter().find_map(|&c| caption_unit(text, c)) {
            caption = Some(u);
            caption_used = false;
            continue;
        }
        let numbers: Vec<usize> = (1..row.cells.len())
            .filter(|&j| is_bare_number(&text[row.cells[j].range()]))
            .collect();
        if numbers.is_empty() {
            if !is_bare_number(&text[row.cells[0].range()]) {
                header = Some(read_header(text, &row.cells));
            }
            continue;
        }
        let right = row.kind == Kind::Spaced;
        for j in numbers {
            // The header's column that this cell stands under.
            let column = |h: &Header| -> Option<usize> {
                if right {
                    (h.units.len() + j).checked_sub(row.cells.len())
                } else {
                    (j < h.units.len()).then_some(j)
                }
            };
            // A number under an empty header cell: the dump lost the table's alignment (a
            // header of 5 cells over rows of 7), so no unit is given rather than a wrong one.
            let k = header.as_ref().and_then(column);
            if let (Some(h), Some(k), false) = (&header, k, right)
                && h.empty[k]
            {
                continue;
            }
            let from_column = header
                .as_ref()
                .and_then(|h| k.and_then(|k| h.units[k].clone()));
            // A column past the header's (a second header row, a lost alignment) takes only
            // the caption's unit.
            let from_row = header.as_ref().filter(|_| k.is_some()).and_then(|h| {
                let k = h.unit_column?;
                // The row's unit cell, where the header's 单位 column stands.
                let at = if right {
                    (k + row.cells.len()).checked_sub(h.units.len())?
                } else {
                    k
                };
                let c = *row.cells.get(at)?;
                with_unit("1", &text[c.range()]).map(|_| Unit {
                    text: text[c.range()].to_string(),
                    span: c,
                })
            });
            let unit = from_column.or(from_row).or_else(|| {
                caption_used |= caption.is_some();
                caption.clone()
            });
            let (Some(unit), true) = (unit, row.kept[j]) else {
                continue;
            };
            if let Some(q) = cell_quantity(text, row.cells[j], &unit) {
                out.push(q);
            }
        }
    }
    out
}

/// The header cells' units: `比上年增长%`, `产量（万吨）`; a `单位` cell marks the unit column.
fn read_header(text: &str, cells: &[Span]) -> Header {
    let mut h = Header::default();
    for (j, c) in cells.iter().enumerate() {
        let t = &text[c.range()];
        let bare: String = t.chars().filter(|ch| !is_blank(*ch)).collect();
        h.empty.push(bare.is_empty());
        if bare == "单位" || bare == "计量单位" {
            h.unit_column = Some(j);
            h.units.push(None);
            continue;
        }
        h.units.push(unit_at_end(t).map(|(a, b)| Unit {
            text: t[a..b].to_string(),
            span: Span::new(c.start + a, c.start + b),
        }));
    }
    h
}

/// A unit closing a header cell: a trailing `%`, or a bracketed unit (（万吨）, (%), （单位：元）);
/// the range of the unit's text in `t`.
fn unit_at_end(t: &str) -> Option<(usize, usize)> {
    if let Some(head) = t.strip_suffix(['%', '％']) {
        return Some((head.len(), t.len()));
    }
    let close = t.chars().next_back().filter(|c| matches!(c, '）' | ')'))?;
    let inner_end = t.len() - close.len_utf8();
    let open = t[..inner_end].rfind(['（', '('])?;
    let mut a = open + t[open..].chars().next()?.len_utf8();
    if let Some(u) = t[a..inner_end].find("单位") {
        let rest = &t[a + u + "单位".len()..inner_end];
        let colon = rest.chars().next().filter(|c| matches!(c, '：' | ':'))?;
        a += u + "单位".len() + colon.len_utf8();
    }
    let unit = t[a..inner_end].trim_matches(is_blank);
    let a = a + t[a..inner_end].find(unit)?;
    with_unit("1", unit).map(|_| (a, a + unit.len()))
}

/// The unit of a caption: a short line or cell ending in `单位：X` (or `（单位：X）`).
fn caption_unit(text: &str, span: Span) -> Option<Unit> {
    let t = &text[span.range()];
    // At most 41 chars decoded: a long line of prose is no caption.
    if t.chars().nth(40).is_some() {
        return None;
    }
    let u = t.rfind("单位")?;
    let rest = &t[u + "单位".len()..];
    let colon = rest.chars().next().filter(|c| matches!(c, '：' | ':'))?;
    let a = u + "单位".len() + colon.len_utf8();
    let unit = t[a..].trim_end_matches(['）', ')']).trim_matches(is_blank);
    let a = a + t[a..].find(unit)?;
    if unit.is_empty() || with_unit("1", unit).is_none() {
        return None;
    }
    Some(Unit {
        text: unit.to_string(),
        span: Span::new(span.start + a, span.start + a + unit.len()),
    })
}

/// A number as tables print them: a sign, digits with thousands commas, a decimal part.
fn is_bare_number(t: &str) -> bool {
    let t = t.strip_prefix(['-', '－', '−', '+']).unwrap_or(t);
    let (int, frac) = t.split_once('.').unwrap_or((t, "0"));
    !int.is_empty()
        && int.starts_with(|c: char| c.is_ascii_digit())
        && int.chars().all(|c| c.is_ascii_digit() || c == ',')
        && !frac.is_empty()
        && frac.chars().all(|c| c.is_ascii_digit())
}

/// The one quantity `number` + `unit` make, when the whole of it is one quantity with a unit.
fn with_unit(number: &str, unit: &str) -> Option<Quantity> {
    if unit.is_empty() || unit.chars().count() > 8 {
        return None;
    }
    let s = format!("{number}{unit}");
    let mut qs = extract(&s);
    let q = qs.pop()?;
    (qs.is_empty() && q.span == Span::new(0, s.len()) && q.unit.is_some()).then_some(q)
}

/// The quantity of a bare number in a cell, with the unit the table states elsewhere.
fn cell_quantity(text: &str, cell: Span, unit: &Unit) -> Option<Quantity> {
    let number = &text[cell.range()];
    let mut q = with_unit(number, &unit.text)?;
    let plain = extract(number)
        .into_iter()
        .next()
        .map_or(q.number.value, |p| p.number.value);
    q.text = number.to_string();
    q.span = cell;
    q.number = NumberPart {
        text: number.to_string(),
        span: cell,
        value: plain,
    };
    q.unit_span = Some(unit.span);
    q.subject = None;
    q.subject_span = None;
    Some(q)
}

/// Puts table quantities (in order, from [`crate::html::table::page_rows`] or
/// [`table_quantities`]) into the articles that hold them, in place of what was found in the same
/// cells without the unit.
pub(crate) fn merge(articles: &mut [Article], mut found: Vec<Quantity>) {
    found.sort_by_key(|q| q.span.start);
    for a in articles {
        let from = found.partition_point(|q| q.span.start < a.span.start);
        let to = found.partition_point(|q| q.span.start < a.span.end);
        let ours: Vec<Quantity> = found[from..to]
            .iter()
            .filter(|q| q.span.end <= a.span.end)
            .cloned()
            .collect();
        if ours.is_empty() {
            continue;
        }
        a.quantities.retain(|q| {
            // The first table cell ending after q starts: q overlaps it, or none.
            let k = ours.partition_point(|t| t.span.end <= q.span.start);
            ours.get(k).is_none_or(|t| t.span.start >= q.span.end)
        });
        a.quantities.extend(ours);
        a.quantities.sort_by_key(|q| q.span.start);
    }
}

/// The table quantities of the blocks a document is read from: by rows and cells on a page, by
/// lines in a text or markdown.
/// `page_rows` are the rows of the page ([`crate::html::table::page_rows`]), `None` for a text or
/// markdown.
pub(crate) fn quantities(
    text: &str,
    page_rows: Option<Vec<Row>>,
    blocks: &[Block],
) -> Vec<Quantity> {
    match page_rows {
        Some(mut rows) => {
            // Only cells the document kept give quantities (a cell cut as chrome is not text).
            let kept: HashSet<Span> = blocks.iter().map(|b| b.span).collect();
            for r in &mut rows {
                for (k, cell) in r.kept.iter_mut().zip(&r.cells) {
                    *k = kept.contains(cell);
                }
            }
            read_rows(text, &rows)
        }
        None => table_quantities(text, blocks),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_and_captions() {
        assert!(is_bare_number("38828") && is_bare_number("-7.3") && is_bare_number("1,234.5"));
        assert!(!is_bare_number("2010年") && !is_bare_number("1.") && !is_bare_number("-"));
        assert_eq!(unit_at_end("比上年增长（%）"), Some((18, 19)));
        assert_eq!(unit_at_end("产量(万吨)"), Some((7, 13)));
        assert_eq!(unit_at_end("指标"), None);
        let t = "各有关单位：";
        assert!(caption_unit(t, Span::new(0, t.len())).is_none());
        let t = "表1 财政收支（单位：万元）";
        let u = caption_unit(t, Span::new(0, t.len())).map(|u| u.text);
        assert_eq!(u.as_deref(), Some("万元"));
    }
}
