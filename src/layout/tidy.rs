//! Page tidying after the container choice: on an HTML page, the template furniture that the
//! container kept (poster-panel labels repeated in every post, player controls and counters before
//! the first paragraph, labels after the last) moves to the chrome as prompts, and the
//! date-and-time lines of posts and a byline at the thin top move to it as metadata: nothing
//! leaves the text unreported ([`crate::pipeline::Trace::dropped`] lists them), and the author is
//! read from a byline there as from every other metadata line. Text dumps skip this step. The cells of a data table in the
//! content (`cells`, found by [`crate::html::table::data_table_cells`]) stay however thin or
//! repeated: a table inside the main content is content (lists of firms, tables of figures).

use super::blocks::Block;
use super::boilerplate::is_post_stamp;
use super::segment::{Chrome, Segments};
use crate::Span;
use std::collections::HashSet;

/// Tidies the body of a page (the content after the bulletin header) and puts it back into
/// `seg.content`; `headline_found` says whether a headline that repeats `<title>` was found, which
/// makes the thin edges before the first paragraph furniture; `cells` are the spans of data-table
/// cells, which are kept; `head` the spans of a document's printed head (发文字号, title lines),
/// which stay when they stand among the thin edges.
///
/// ```
/// use jianbao::layout::{lines, segment, tidy::tidy_page_body};
/// use std::collections::HashSet;
/// let text = "点赞\n正文第一段，内容。\n发布于 2024-05-16 16:12\n正文第二段，内容。\n+1";
/// let mut seg = segment(text, &lines(text));
/// let body = std::mem::take(&mut seg.content);
/// tidy_page_body(text, body, &mut seg, true, &HashSet::new(), &HashSet::new());
/// let kept: Vec<&str> = seg.content.iter().map(|b| &text[b.span.range()]).collect();
/// assert_eq!(kept, ["正文第一段，内容。", "正文第二段，内容。"]);
/// ```
pub fn tidy_page_body(
    text: &str,
    mut body: Vec<Block>,
    seg: &mut Segments,
    headline_found: bool,
    cells: &HashSet<Span>,
    head: &HashSet<Span>,
) {
    let mut cut = drop_repeated_labels(text, &mut body, cells);
    if headline_found {
        cut.extend(trim_thin_edges(text, &mut body, cells, head));
    }
    for b in cut {
        let kind = if is_byline(&text[b.span.range()]) {
            Chrome::Meta
        } else {
            Chrome::Prompt
        };
        seg.chrome.push((b, kind));
    }
    stamps_to_chrome(text, body, seg);
}

/// A block that is not a paragraph: short, or with no clause mark.
fn is_thin(line: &str) -> bool {
    line.chars().nth(11).is_none() || !line.contains(CLAUSE_MARKS)
}

/// A byline: a line that names the author or the reporters (作者：马燕, 早报记者 陆鸣 实习生 王齐).
/// Serves news and notice pages that print it as the first thin line under the headline: it is
/// metadata, like the 来源：/作者： lines segmentation already puts in the chrome.
fn is_byline(line: &str) -> bool {
    super::meta::author_in(line).is_some() || super::byline::byline_names(line).is_some()
}

/// The marks that close a Chinese sentence (full width only: a Western '!' or '?' closes
/// buttons and prompts too).
const SENTENCE_ENDS: [char; 3] = ['。', '！', '？'];

/// The Chinese clause marks: a line with one is (part of) a sentence.
const CLAUSE_MARKS: [char; 7] = ['，', '。', '；', '：', '！', '？', '、'];

/// A thin line of at most eight chars: a label (积分, 点赞失败), not a sentence.
fn is_label(line: &str) -> bool {
    line.chars().nth(8).is_none() && is_thin(line)
}

/// On a page, the date-and-time lines of posts after the bulletin header are metadata, not text:
/// they go to the chrome, the rest of `body` back to the content.
fn stamps_to_chrome(text: &str, body: Vec<Block>, seg: &mut Segments) {
    for b in body {
        if is_post_stamp(&text[b.span.range()]) {
            seg.chrome.push((b, Chrome::Meta));
        } else {
            seg.content.push(b);
        }
    }
}

/// Drops short labels that repeat through the content (积分, 主题, 帖子 in every post of a thread):
/// the furniture of a repeated template, not text.
fn drop_repeated_labels(text: &str, content: &mut Vec<Block>, cells: &HashSet<Span>) -> Vec<Block> {
    // A district or a 0 repeated down a table's column is a value, not furniture.
    let label = |b: &Block| {
        let line = &text[b.span.range()];
        (is_label(line) && !cells.contains(&b.span)).then_some(line)
    };
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for b in content.iter() {
        if let Some(l) = label(b) {
            *counts.entry(l).or_default() += 1;
        }
    }
    let (kept, cut) = std::mem::take(content)
        .into_iter()
        .partition(|b| label(b).is_none_or(|l| counts.get(l).copied().unwrap_or(0) < 3));
    *content = kept;
    cut
}

/// Cuts thin blocks before the first paragraph, and labels after the last text; hands them back.
fn trim_thin_edges(
    text: &str,
    content: &mut Vec<Block>,
    cells: &HashSet<Span>,
    head: &HashSet<Span>,
) -> Vec<Block> {
    // At the start, what has no clause mark at all (player controls, counters, a byline) goes;
    // the short lines of a poem or a 题记： are text.
    // A data table's cells are neither (a table before the 说明 paragraph, a table's last row).
    let cell = |b: &Block| cells.contains(&b.span);
    let thin =
        |b: &Block| b.heading == 0 && !cell(b) && !text[b.span.range()].contains(CLAUSE_MARKS);
    let Some(first) = content.iter().position(|b| !thin(b)) else {
        return Vec::new();
    };
    // At the end, only labels go (点赞失败, +1): a short last reply is text. A line that closes
    // with a sentence-final mark is a sentence however short: the last replies of a forum thread
    // (a few words each, 我也遇到过。) and a document's closing formula (请遵照执行。); an
    // interface label never ends in one.
    let label = |b: &Block| {
        let line = &text[b.span.range()];
        b.heading == 0 && !cell(b) && is_label(line) && !line.trim_end().ends_with(SENTENCE_ENDS)
    };
    // The first sentence may itself be short enough to read as a label (题记：): it stays.
    let last = content
        .iter()
        .rposition(|b| !label(b))
        .unwrap_or(first)
        .max(first);
    let mut cut = content.split_off(last + 1);
    // A document's head printed above its first paragraph (发文字号, a 令's number, the title's
    // own lines) stays: the lines a reader copies with the text.
    let (kept, furniture): (Vec<Block>, Vec<Block>) =
        content.drain(..first).partition(|b| head.contains(&b.span));
    content.splice(0..0, kept);
    cut.splice(0..0, furniture);
    cut
}
