//! The rows and cells of the tables among a document's blocks, found once: the page tidying
//! ([`crate::layout::tidy`]) keeps the cells of data tables in the text ([`data_table_cells`]), and
//! the table units ([`crate::quantities::table`]) read the same rows for the units a caption or
//! header states.
//!
//! Serves every input with tables: HTML pages (`<table>` rows whose cells hold one block each: 公示
//! lists, statistics tables, tables of projects), markdown `|` tables, and tables dumped as lines
//! whose cells are parted by spaces. Time is linear in the blocks and the page's nodes.

use crate::Span;
use crate::html::markup::{PageText, TableRole};
use crate::layout::blocks::{Block, is_blank};
use crate::layout::segment::{Chrome, Segments};
use std::collections::{HashMap, HashSet};

/// How a row was printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A line of text: one cell.
    Line,
    /// A line whose cells are parted by spaces: a row only inside a table a caption opened.
    Spaced,
    /// The cells of a `<tr>` or of a markdown `|` row.
    Cells,
}

/// A row of a table: its cells, or a line of text as one cell.
#[derive(Clone, Debug)]
pub(crate) struct Row {
    /// The row's cells, in order.
    pub(crate) cells: Vec<Span>,
    /// Whether each cell is in the document text (an HTML cell cut as chrome is not).
    pub(crate) kept: Vec<bool>,
    /// How the row was printed.
    pub(crate) kind: Kind,
    /// The `<table>` node of an HTML row; 0 otherwise.
    pub(crate) table: u32,
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
pub(crate) fn line_rows(text: &str, blocks: &[Block]) -> Vec<Row> {
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
            } else if !has_blank(line) {
                // Most lines of prose hold no blank: one cell, found without cutting.
                let cell = trim_cell(line, 0, line.len());
                let cells = if cell.is_empty() {
                    Vec::new()
                } else {
                    vec![cell.shift(b.span.start)]
                };
                (cells, Kind::Line)
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

/// Whether `line` holds a char [`is_blank`] takes, tested on bytes: only the lead bytes a blank
/// can start with (ASCII, 0xC2, 0xE1, 0xE2, 0xE3, 0xEF) decode a char, so a line of CJK prose is
/// one pass over its bytes rather than a decoding of each char.
fn has_blank(line: &str) -> bool {
    let b = line.as_bytes();
    (0..b.len()).any(|i| match b[i] {
        x @ 0..=0x7f => is_blank(char::from(x)),
        // The Unicode blanks past ASCII: U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000, U+FEFF.
        0xc2 | 0xe1 | 0xe2 | 0xe3 | 0xef => line
            .get(i..)
            .and_then(|t| t.chars().next())
            .is_some_and(is_blank),
        _ => false,
    })
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
/// page: the tidying keeps the data tables' cells ([`data_cells`]), and the table units read the
/// same rows once they know which blocks the document kept
/// ([`crate::quantities::table`]).
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

/// The blocks of a page that are cells of a data table: a `<table>` with two or more rows of
/// two or more cells, each cell holding one block (a list of licensed firms, a table of monthly
/// figures). A layout table, whose cells hold whole articles or menus, has none. Page tidying
/// keeps these blocks however thin: a table inside the main content is content.
///
/// ```
/// use jianbao::html::markup::html_to_blocks;
/// use jianbao::html::table::data_table_cells;
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
    let mut per_table: HashMap<u32, usize> = HashMap::new();
    for r in rows.iter().filter(|r| wide(r)) {
        *per_table.entry(r.table).or_default() += 1;
    }
    rows.iter()
        .filter(|r| wide(r) && per_table.get(&r.table).copied().unwrap_or(0) >= 2)
        .flat_map(|r| r.cells.iter().copied())
        .collect()
}

/// Puts back into the document the cells of its data tables that segmentation took for chrome.
///
/// Serves pages whose article holds a data table (a 公示 list of names and numbers, a list of
/// licensed firms, a statistics table, a table of projects): its cells are short and without
/// clause marks, its header cells may be sorting links (工程名称) or say a chrome word (注册区县),
/// its row numbers may be links, and the main-container choice may keep only the one cell long
/// enough to score; and 办事指南 pages, whose guide table holds the headline in its 事项名称 row
/// and nothing long enough to anchor the container. The rule: a data table (`cells`, from
/// [`data_cells`]) with at least one cell in `seg.content`, or with the `headline` as a cell (which
/// stays the headline), is content whole, unless it is a link list laid out as a table (the news
/// lists and menus of a page's frame): half or more of its cells, or of its characters, are
/// links. Only cells taken for navigation, prompts or footers come back; a breadcrumb, a related
/// link or a metadata line keeps what was read from it, and a link repeated down the table (投票,
/// 下载 in every row) stays a button. Linear in the rows and blocks.
pub(crate) fn keep_content_tables(
    text: &str,
    blocks: &[Block],
    rows: &[Row],
    cells: &HashSet<Span>,
    headline: Option<Span>,
    seg: &mut Segments,
) {
    if cells.is_empty() {
        return;
    }
    let links: HashMap<Span, usize> = blocks
        .iter()
        .filter(|b| cells.contains(&b.span))
        .map(|b| (b.span, b.link_chars))
        .collect();
    let content: HashSet<Span> = seg.content.iter().map(|b| b.span).chain(headline).collect();
    #[derive(Default)]
    struct Tally {
        cells: usize,
        linked: usize,
        chars: usize,
        link_chars: usize,
        in_text: bool,
    }
    let mut tables: HashMap<u32, Tally> = HashMap::new();
    // The texts of the linked cells of each table, counted: a link repeated down a table (投票,
    // 查看, 下载 in every row of a poll or a list of files) is a button, not a value.
    let mut buttons: HashMap<(u32, &str), usize> = HashMap::new();
    for r in rows {
        for c in r.cells.iter().filter(|c| cells.contains(c)) {
            let t = tables.entry(r.table).or_default();
            let line = text.get(c.range()).unwrap_or("");
            let chars = line.chars().count();
            let link = links.get(c).copied().unwrap_or(0).min(chars);
            // A linked cell as segmentation reads one (six tenths of it a link).
            let linked = chars > 0 && link * 10 >= chars * 6;
            t.cells += 1;
            t.chars += chars;
            t.link_chars += link;
            t.linked += usize::from(linked);
            t.in_text |= content.contains(c);
            if linked {
                *buttons.entry((r.table, line)).or_default() += 1;
            }
        }
    }
    let button = |table: u32, c: &Span| {
        let line = text.get(c.range()).unwrap_or("");
        buttons.get(&(table, line)).is_some_and(|&n| n >= 2)
    };
    let whole: HashSet<Span> = rows
        .iter()
        .filter(|r| {
            tables
                .get(&r.table)
                .is_some_and(|t| t.in_text && t.linked * 2 < t.cells && t.link_chars * 2 < t.chars)
        })
        .flat_map(|r| r.cells.iter().map(move |c| (r.table, *c)))
        .filter(|(t, c)| cells.contains(c) && !button(*t, c))
        .map(|(_, c)| c)
        .collect();
    if whole.is_empty() {
        return;
    }
    let (mut back, chrome): (Vec<_>, Vec<_>) = std::mem::take(&mut seg.chrome)
        .into_iter()
        .partition(|(b, k)| {
            whole.contains(&b.span)
                && Some(b.span) != headline
                && matches!(k, Chrome::Navigation | Chrome::Prompt | Chrome::Footer)
        });
    seg.chrome = chrome;
    if back.is_empty() {
        return;
    }
    back.sort_by_key(|(b, _)| b.span.start);
    // Both lists are in page order: one merge, linear in their lengths.
    let mut back = back.into_iter().map(|(b, _)| b).peekable();
    let mut merged = Vec::with_capacity(seg.content.len() + back.len());
    for c in std::mem::take(&mut seg.content) {
        while let Some(b) = back.next_if(|b| b.span.start < c.span.start) {
            merged.push(b);
        }
        merged.push(c);
    }
    merged.extend(back);
    seg.content = merged;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_blank_agrees_with_the_chars() {
        let blanks = [
            ' ', '\t', '\u{b}', '\u{85}', '\u{a0}', '\u{1680}', '\u{2000}', '\u{200a}', '\u{200b}',
            '\u{2028}', '\u{202f}', '\u{205f}', '\u{3000}', '\u{feff}',
        ];
        for c in blanks {
            assert!(has_blank(&format!("地区{c}产量")), "{c:?}");
        }
        // Punctuation and letters sharing a blank's lead byte: “”—、。，… are no blank.
        for t in [
            "“工作”—简报、第一期。",
            "产量，万吨…",
            "ሀ\u{2010}\u{3001}\u{ff0c}",
            "",
        ] {
            assert!(!has_blank(t), "{t}");
            assert_eq!(has_blank(t), t.contains(is_blank));
        }
    }

    #[test]
    fn markdown_cells_keep_their_column() {
        let line = "| <br>纱 | <br>万吨 |";
        let cells = split(Span::new(0, line.len()), line, |c| c == '|', true);
        let got: Vec<&str> = cells.iter().map(|c| &line[c.range()]).collect();
        assert_eq!(got, ["", "纱", "万吨", ""]);
    }
}
