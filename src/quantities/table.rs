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
use crate::html::markup::{PageText, TableRole};
use crate::layout::blocks::{Block, is_blank};
use crate::{Article, Span};
use std::collections::HashSet;

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

/// How a row was printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A line of text: one cell.
    Line,
    /// A line whose cells are parted by spaces: a row only inside a table a caption opened.
    Spaced,
    /// The cells of a `<tr>` or of a markdown `|` row.
    Cells,
}

#[derive(Clone, Debug)]
pub(crate) struct Row {
    cells: Vec<Span>,
    /// Whether each cell is in the document text (an HTML cell cut as chrome is not).
    kept: Vec<bool>,
    kind: Kind,
    /// The `<table>` node of an HTML row; 0 otherwise.
    table: u32,
}

impl Row {
    fn line(span: Span, kept: bool) -> Row {
        Row {
            cells: vec![span],
            kept: vec![kept],
            kind: Kind::Line,
            table: 0,
        }
    }
}

/// The rows of text lines: a line with `|` is cut at them, a line with blanks inside at them.
fn line_rows(text: &str, blocks: &[Block]) -> Vec<Row> {
    blocks
        .iter()
        .map(|b| {
            let line = &text[b.span.range()];
            let (cells, kind) = if line.contains('|') {
                let mut cells = split(b.span, line, |c| c == '|', true);
                // A text's `| a | b |`: no cells outside the outer bars.
                if line.ends_with('|') {
                    cells.pop();
                }
                if line.starts_with('|') && !cells.is_empty() {
                    cells.remove(0);
                }
                (cells, Kind::Cells)
            } else {
                let cells = split(b.span, line, is_blank, false);
                let kind = if cells.len() > 1 {
                    Kind::Spaced
                } else {
                    Kind::Line
                };
                (cells, kind)
            };
            if cells.is_empty() {
                return Row::line(b.span, true);
            }
            Row {
                kept: vec![true; cells.len()],
                cells,
                kind,
                table: 0,
            }
        })
        .collect()
}

/// Cuts `line` (at `span`) at the chars `sep` matches. With `keep_empty`, empty cells stay (a `|`
/// table's empty cells hold their column); otherwise runs of separators are one.
fn split(span: Span, line: &str, sep: impl Fn(char) -> bool, keep_empty: bool) -> Vec<Span> {
    let mut out = Vec::new();
    let mut from = 0;
    let push = |a: usize, b: usize, out: &mut Vec<Span>| {
        let cell = trim_cell(line, a, b);
        if keep_empty || !cell.is_empty() {
            out.push(cell.shift(span.start));
        }
    };
    for (i, c) in line.char_indices() {
        if sep(c) {
            push(from, i, &mut out);
            from = i + c.len_utf8();
        }
    }
    push(from, line.len(), &mut out);
    out
}

/// The cell `line[a..b]` without blanks and the `<br>` that markdown dumps of tables keep.
fn trim_cell(line: &str, mut a: usize, mut b: usize) -> Span {
    loop {
        let s = &line[a..b];
        let t = s.trim_start_matches(is_blank);
        let t = t
            .strip_prefix("<br>")
            .or_else(|| t.strip_prefix("<br/>"))
            .unwrap_or(t);
        a = b - t.len();
        let t = t.trim_end_matches(is_blank);
        let t = t
            .strip_suffix("<br>")
            .or_else(|| t.strip_suffix("<br/>"))
            .unwrap_or(t);
        let nb = a + t.len();
        if nb == b && t.len() == s.len() {
            return Span::new(a, b);
        }
        b = nb;
    }
}

/// The rows of a page: the cells of each `<tr>`, each cell holding one block; every other block
/// (and a cell holding several, as layout tables hold whole articles) is a line. Found once a
/// page: the tidying keeps the data tables' cells ([`data_cells`]), and the quantities read the
/// same rows once they know which blocks the document kept ([`quantities`]).
pub(crate) fn page_rows(page: &PageText) -> Vec<Row> {
    let nodes = &page.nodes;
    let role = |n: u32| nodes.get(n as usize).map_or(TableRole::None, |x| x.table);
    let parent = |n: u32| nodes.get(n as usize).map_or(0, |x| x.parent);
    // The innermost cell holding a block, a few elements up (<td><div><p>).
    let cell_of = |b: &Block| {
        let mut n = b.node;
        for _ in 0..4 {
            match role(n) {
                TableRole::Cell => return Some(n),
                TableRole::Row | TableRole::Table => return None,
                TableRole::None if n == 0 => return None,
                TableRole::None => n = parent(n),
            }
        }
        None
    };
    let cells: Vec<Option<u32>> = page.blocks.iter().map(cell_of).collect();
    let mut rows: Vec<Row> = Vec::new();
    let mut last_row = None;
    for (i, b) in page.blocks.iter().enumerate() {
        let c = cells[i];
        let alone = c.is_some()
            && (i == 0 || cells[i - 1] != c)
            && cells.get(i + 1).is_none_or(|n| *n != c);
        let tr = c.map(parent).filter(|&r| role(r) == TableRole::Row);
        let (Some(tr), true) = (tr, alone) else {
            rows.push(Row::line(b.span, false));
            last_row = None;
            continue;
        };
        match rows.last_mut() {
            Some(r) if last_row == Some(tr) => {
                r.cells.push(b.span);
                r.kept.push(false);
            }
            _ => {
                let mut t = parent(tr);
                for _ in 0..2 {
                    if role(t) != TableRole::Table && t != 0 {
                        t = parent(t);
                    }
                }
                rows.push(Row {
                    cells: vec![b.span],
                    kept: vec![false],
                    kind: Kind::Cells,
                    table: t,
                });
                last_row = Some(tr);
            }
        }
    }
    rows
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
        let prose = row.cells.iter().any(|c| {
            let t = &text[c.range()];
            t.contains(['。', '，', '；']) || t.chars().count() > 24
        });
        let spaced = row.kind == Kind::Spaced && !prose;
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
    if t.chars().count() > 40 {
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

/// Puts table quantities (in order, from [`page_rows`] or [`table_quantities`]) into the articles
/// that hold them, in place of what was found in the same cells without the unit.
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
/// `page_rows` are the rows of the page ([`page_rows`]), `None` for a text or markdown.
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

/// The blocks of a page that are cells of a data table: a `<table>` with two or more rows of
/// two or more cells, each cell holding one block (a list of licensed firms, a table of monthly
/// figures). A layout table, whose cells hold whole articles or menus, has none. Page tidying
/// keeps these blocks however thin: a table inside the main content is content.
///
/// ```
/// use jianbao::html::markup::html_to_blocks;
/// use jianbao::quantities::table::data_table_cells;
/// let page = html_to_blocks(
///     "<table><tr><td>序号</td><td>机构名称</td></tr><tr><td>1</td><td>某公司</td></tr></table><p>说明。</p>",
/// );
/// let cells = data_table_cells(&page);
/// let kept: Vec<&str> = page
///     .blocks
///     .iter()
///     .filter(|b| cells.contains(&b.span))
///     .map(|b| &page.text[b.span.range()])
///     .collect();
/// assert_eq!(kept, ["序号", "机构名称", "1", "某公司"]);
/// ```
pub fn data_table_cells(page: &PageText) -> HashSet<Span> {
    data_cells(&page_rows(page))
}

/// The cells of the data tables among a page's `rows` (see [`data_table_cells`]).
pub(crate) fn data_cells(rows: &[Row]) -> HashSet<Span> {
    let wide = |r: &Row| r.kind == Kind::Cells && r.cells.len() >= 2;
    // Rows of one table stand together: count the wide rows of each table in one pass.
    let mut per_table: std::collections::HashMap<u32, usize> = std::collections::HashMap::new();
    for r in rows.iter().filter(|r| wide(r)) {
        *per_table.entry(r.table).or_default() += 1;
    }
    rows.iter()
        .filter(|r| wide(r) && per_table.get(&r.table).copied().unwrap_or(0) >= 2)
        .flat_map(|r| r.cells.iter().copied())
        .collect()
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
        let line = "| <br>纱 | <br>万吨 |";
        let cells = split(Span::new(0, line.len()), line, |c| c == '|', true);
        let got: Vec<&str> = cells.iter().map(|c| &line[c.range()]).collect();
        assert_eq!(got, ["", "纱", "万吨", ""]);
    }
}
