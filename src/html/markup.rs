//! HTML → text blocks with offsets back to the source.
//!
//! A forgiving tokenizer of our own, written for extraction rather than rendering: it keeps the
//! byte offset of every character it emits, so each block and each item found in it maps back to
//! the decoded page. Scripts, styles and comments are dropped, character references decoded,
//! `<br>` and block ends become line breaks, and the class/id words of the open elements, link
//! text and heading levels ride along with each block for the segmenter. It never recurses and
//! looks at most a bounded number of open elements per end tag, so time stays linear.

use crate::html::entities::decode_at;
use crate::html::tags::{
    BLOCK_TAGS, PART_TAGS, RAW_TAGS, VOID_TAGS, attr, collapse, find_close, hint_of, is_address,
    is_document_href, is_self_closing, signature, tag_end,
};
use crate::layout::blocks::{Block, is_blank};
use crate::{Document, Span};

/// An HTML page flattened to text blocks.
///
/// ```
/// use jianbao::html::markup::html_to_blocks;
/// let html = "<title>T</title><div class=content><p>甲&amp;乙</p><p>丙<br>丁</p></div>";
/// let page = html_to_blocks(html);
/// assert_eq!(page.text, "甲&乙\n丙\n丁\n");
/// assert_eq!(page.title.as_deref(), Some("T"));
/// let b = &page.blocks[0];
/// assert_eq!(&html[page.source_span(b.span).range()], "甲&amp;乙");
/// ```
#[derive(Clone, Debug, Default)]
pub struct PageText {
    /// The blocks' text, one block a line.
    pub text: String,
    /// The blocks, with spans into `text`.
    pub blocks: Vec<Block>,
    /// The `<title>`.
    pub title: Option<String>,
    /// A date from `<meta>` (publishdate, pubdate, article:published_time …).
    pub meta_date: Option<String>,
    /// An author from `<meta name=author>`.
    pub meta_author: Option<String>,
    /// The elements of the page; blocks point at their innermost block-level element.
    pub nodes: Vec<Node>,
    /// Runs of `text` and where they came from in the source.
    pieces: Vec<Piece>,
}

/// A run of output text and the source bytes it came from; `verbatim` when they are the same bytes.
#[derive(Clone, Copy, Debug, Default)]
struct Piece {
    text: usize,
    text_end: usize,
    src: usize,
    src_end: usize,
    verbatim: bool,
}

impl PageText {
    /// The span in the source page of a span of `text`.
    pub fn source_span(&self, span: Span) -> Span {
        Span::new(
            self.source_offset(span.start, false),
            self.source_offset(span.end, true),
        )
    }

    fn source_offset(&self, at: usize, is_end: bool) -> usize {
        // The piece holding `at` (for an end, the piece holding the byte before it).
        let probe = if is_end { at.saturating_sub(1) } else { at };
        let idx = self.pieces.partition_point(|p| p.text_end <= probe);
        let Some(p) = self.pieces.get(idx).or(self.pieces.last()) else {
            return 0;
        };
        if at < p.text {
            return p.src;
        }
        if at >= p.text_end {
            return p.src_end;
        }
        if p.verbatim {
            p.src + (at - p.text)
        } else if is_end {
            p.src_end
        } else {
            p.src
        }
    }
}

/// How many open elements an end tag looks through for its start.
const END_TAG_REACH: usize = 48;

struct Open {
    name: String,
    hint: i8,
    link: bool,
    /// A link to a document file (申请表.doc).
    file: bool,
    node: u32,
    block: bool,
}

/// An element of the page, for the container scoring of [`mod@crate::layout::segment`].
///
/// ```
/// use jianbao::html::markup::html_to_blocks;
/// let page = html_to_blocks("<div id=a><p>甲</p></div>");
/// let p = page.blocks[0].node as usize;
/// let div = page.nodes[p].parent as usize;
/// assert_eq!((page.nodes[p].depth, page.nodes[div].depth), (2, 1));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Node {
    /// The parent element (0, the document, is its own parent).
    pub parent: u32,
    /// How deep it stands: the document is 0.
    pub depth: u32,
    /// Its class/id hint: positive for content words, negative for chrome words.
    pub hint: i8,
    /// A hash of its tag and class (or id without digits; 0 with neither): elements repeated with
    /// the same signature are the items of a list, such as the posts of a thread.
    pub sig: u32,
    /// A list or table, or one of their rows, cells or items: a part of a document (the steps
    /// of a numbered list, a table of figures) that the text around it goes on from.
    pub part: bool,
    /// What it is in a table: the table, a row or a cell; [`TableRole::None`] outside tables.
    pub table: TableRole,
}

/// What an element is in a table, so that a statistics table can be read by rows and columns
/// ([`crate::quantities::table`]).
///
/// ```
/// use jianbao::html::markup::{html_to_blocks, TableRole};
/// let page = html_to_blocks("<table><tr><td>指标</td></tr></table>");
/// let td = page.blocks[0].node as usize;
/// let tr = page.nodes[td].parent as usize;
/// assert_eq!((page.nodes[td].table, page.nodes[tr].table), (TableRole::Cell, TableRole::Row));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TableRole {
    /// Not a part of a table.
    #[default]
    None,
    /// `<table>`.
    Table,
    /// `<tr>`.
    Row,
    /// `<td>` or `<th>`.
    Cell,
}

/// Flattens an HTML page into text blocks.
///
/// A link's text counts in [`Block::link_chars`], and in [`Block::file_link_chars`] too when its
/// `href` is a document file:
///
/// ```
/// use jianbao::html::markup::html_to_blocks;
/// let page = html_to_blocks("<p>附件：<a href=\"/files/名单.XLS\">名单</a></p><p><a href=/>首页</a></p>");
/// let counts: Vec<_> = page.blocks.iter().map(|b| (b.link_chars, b.file_link_chars)).collect();
/// assert_eq!(counts, [(2, 2), (2, 0)]);
/// ```
pub fn html_to_blocks(html: &str) -> PageText {
    let mut b = Builder::default();
    b.page.nodes.push(Node::default());
    let mut stack: Vec<Open> = Vec::new();
    let mut i = 0;
    let bytes = html.as_bytes();
    while i < html.len() {
        let Some(lt) = html[i..].find('<').map(|p| i + p) else {
            b.text(html, i, html.len(), &stack);
            break;
        };
        if lt > i {
            b.text(html, i, lt, &stack);
        }
        i = lt;
        let rest = &html[i..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            i = comment.find("-->").map_or(html.len(), |p| i + 4 + p + 3);
            continue;
        }
        let next = bytes.get(i + 1).copied().unwrap_or(b' ');
        if next == b'!' || next == b'?' {
            i = rest.find('>').map_or(html.len(), |p| i + p + 1);
            continue;
        }
        let closing = next == b'/';
        let name_start = i + 1 + usize::from(closing);
        let name_len = html[name_start..]
            .bytes()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == b'-' || *c == b':')
            .count();
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            // A lone '<' is text.
            let end = i + 1;
            b.text(html, i, end, &stack);
            i = end;
            continue;
        }
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        let (attrs_end, tag_end) = tag_end(html, name_start + name_len);
        let attrs = &html[name_start + name_len..attrs_end];
        i = tag_end;
        if closing {
            if BLOCK_TAGS.contains(&name.as_str()) {
                b.break_block();
            }
            if let Some(pos) = stack
                .iter()
                .rev()
                .take(END_TAG_REACH)
                .position(|o| o.name == name)
            {
                let keep = stack.len() - 1 - pos;
                stack.truncate(keep);
            }
            continue;
        }
        if name == "meta" {
            b.meta(attrs);
            continue;
        }
        if RAW_TAGS.contains(&name.as_str()) || name == "title" {
            let close = find_close(html, i, &name);
            if name == "title" && b.page.title.is_none() {
                let t = collapse(&html[i..close.0]);
                if !t.is_empty() {
                    b.page.title = Some(t);
                }
            }
            b.break_block();
            i = close.1;
            continue;
        }
        if BLOCK_TAGS.contains(&name.as_str()) {
            b.break_block();
        }
        if VOID_TAGS.contains(&name.as_str()) || is_self_closing(attrs) {
            continue;
        }
        if matches!(name.as_str(), "p" | "li") && stack.last().is_some_and(|o| o.name == name) {
            stack.pop();
        }
        let (class, id) = (attr(attrs, "class"), attr(attrs, "id"));
        let hint = hint_of(&name, class, id);
        let parent = stack.last().map_or(0, |o| o.node);
        let depth = b.page.nodes.get(parent as usize).map_or(0, |n| n.depth) + 1;
        let node = u32::try_from(b.page.nodes.len()).unwrap_or(u32::MAX);
        let sig = signature(&name, class, id);
        b.page.nodes.push(Node {
            parent,
            depth,
            hint,
            sig,
            part: PART_TAGS.contains(&name.as_str()),
            table: match name.as_str() {
                "table" => TableRole::Table,
                "tr" => TableRole::Row,
                "td" | "th" => TableRole::Cell,
                _ => TableRole::None,
            },
        });
        stack.push(Open {
            link: name == "a",
            file: name == "a" && attr(attrs, "href").is_some_and(is_document_href),
            block: BLOCK_TAGS.contains(&name.as_str()),
            name,
            hint,
            node,
        });
    }
    b.break_block();
    b.page
}

/// Whether a run of text is link text, and whether the link is to a document file.
#[derive(Clone, Copy)]
struct Link {
    any: bool,
    file: bool,
}

#[derive(Default)]
struct Builder {
    page: PageText,
    block_start: usize,
    link_chars: usize,
    file_link_chars: usize,
    heading: u8,
    hint: i8,
    pending_space: bool,
    node: Option<u32>,
}

impl Builder {
    fn push(&mut self, s: &str, src: usize, src_end: usize, verbatim: bool, link: Link) {
        if self.pending_space && self.page.text.len() > self.block_start {
            let at = self.page.text.len();
            self.page.text.push(' ');
            self.page.pieces.push(Piece {
                text: at,
                text_end: at + 1,
                src,
                src_end: src,
                verbatim: false,
            });
        }
        self.pending_space = false;
        let at = self.page.text.len();
        self.page.text.push_str(s);
        // A link that shows its own address is a citation in the text, not navigation.
        if link.any && !is_address(s) {
            let n = s.chars().count();
            self.link_chars += n;
            if link.file {
                self.file_link_chars += n;
            }
        }
        match self.page.pieces.last_mut() {
            Some(p) if verbatim && p.verbatim && p.text_end == at && p.src_end == src => {
                p.text_end += s.len();
                p.src_end = src_end;
            }
            _ => self.page.pieces.push(Piece {
                text: at,
                text_end: at + s.len(),
                src,
                src_end,
                verbatim,
            }),
        }
    }

    fn text(&mut self, html: &str, from: usize, to: usize, stack: &[Open]) {
        let open = || stack.iter().rev().take(END_TAG_REACH);
        let in_link = Link {
            any: open().any(|o| o.link),
            file: open().any(|o| o.file),
        };
        let heading = stack.iter().rev().take(END_TAG_REACH).find_map(|o| {
            let b = o.name.as_bytes();
            (b.len() == 2 && b[0] == b'h' && (b'1'..=b'6').contains(&b[1])).then(|| b[1] - b'0')
        });
        let hint: i32 = stack
            .iter()
            .rev()
            .take(END_TAG_REACH)
            .map(|o| i32::from(o.hint))
            .sum();
        let mut i = from;
        let mut run = from;
        let mut wrote = false;
        while i < to {
            let c = html[i..].chars().next().unwrap_or(' ');
            if c == '&'
                && let Some((t, n)) = decode_at(&html[i..to])
            {
                if run < i {
                    self.push(&html[run..i], run, i, true, in_link);
                }
                if t.chars().all(char::is_whitespace) {
                    self.pending_space = true;
                } else {
                    self.push(&t, i, i + n, false, in_link);
                }
                i += n;
                run = i;
                wrote = true;
                continue;
            }
            if c.is_whitespace() && c != '\u{3000}' {
                if run < i {
                    self.push(&html[run..i], run, i, true, in_link);
                    wrote = true;
                }
                self.pending_space = true;
                i += c.len_utf8();
                run = i;
                continue;
            }
            i += c.len_utf8();
        }
        if run < to {
            self.push(&html[run..to], run, to, true, in_link);
            wrote = true;
        }
        if wrote {
            if self.node.is_none() {
                let holder = stack.iter().rev().take(END_TAG_REACH).find(|o| o.block);
                self.node = holder.or(stack.last()).map(|o| o.node);
            }
            if let Some(h) = heading {
                self.heading = h;
            }
            // A chrome-hinted run marks the whole block; otherwise the most content-like run does.
            let h = hint.clamp(-100, 100) as i8;
            self.hint = if h < 0 { h } else { self.hint.max(h) };
        }
    }

    fn break_block(&mut self) {
        self.pending_space = false;
        let body = &self.page.text[self.block_start..];
        let lead = body.len() - body.trim_start_matches(is_blank).len();
        let trimmed = body.trim_matches(is_blank);
        if trimmed.is_empty() {
            self.page.text.truncate(self.block_start);
            while self
                .page
                .pieces
                .last()
                .is_some_and(|p| p.text >= self.block_start)
            {
                self.page.pieces.pop();
            }
        } else {
            let start = self.block_start + lead;
            self.page.blocks.push(Block {
                span: Span::new(start, start + trimmed.len()),
                link_chars: self.link_chars,
                file_link_chars: self.file_link_chars,
                heading: self.heading,
                hint: self.hint,
                node: self.node.unwrap_or(0),
            });
            self.page.text.push('\n');
        }
        self.block_start = self.page.text.len();
        self.link_chars = 0;
        self.file_link_chars = 0;
        self.heading = 0;
        self.hint = 0;
        self.node = None;
    }

    fn meta(&mut self, attrs: &str) {
        let key = attr(attrs, "name")
            .or_else(|| attr(attrs, "property"))
            .or_else(|| attr(attrs, "itemprop"))
            .unwrap_or("")
            .to_ascii_lowercase();
        let Some(content) = attr(attrs, "content") else {
            return;
        };
        let content = collapse(content);
        if [
            "publishdate",
            "pubdate",
            "publish_date",
            "article:published_time",
            "firstpublishedtime",
            "publishtime",
            "datepublished",
            "og:release_date",
            "dc.date",
            "date",
        ]
        .contains(&key.as_str())
            && self.page.meta_date.is_none()
        {
            self.page.meta_date = crate::layout::meta::date_in(&content);
        }
        if ["author", "article:author", "dc.creator"].contains(&key.as_str())
            && self.page.meta_author.is_none()
            && crate::layout::meta::plausible_author(&content)
        {
            self.page.meta_author = Some(content);
        }
    }
}

/// Moves every span of a document parsed from `page.text` onto the source page.
pub(crate) fn map_spans(doc: &mut Document, page: &PageText) {
    let m = |s: &mut Span| *s = page.source_span(*s);
    if let Some(b) = &mut doc.bulletin {
        m(&mut b.span);
    }
    doc.frame.iter_mut().flat_map(|f| f.spans_mut()).for_each(m);
    for a in &mut doc.articles {
        m(&mut a.span);
        for q in &mut a.quantities {
            m(&mut q.span);
            m(&mut q.number.span);
            if let Some(s) = &mut q.unit_span {
                m(s);
            }
            if let Some(s) = &mut q.subject_span {
                m(s);
            }
        }
        for p in &mut a.points {
            m(&mut p.span);
        }
        let mut stack: Vec<&mut crate::Section> = a.sections.iter_mut().collect();
        while let Some(s) = stack.pop() {
            m(&mut s.span);
            for p in &mut s.points {
                m(&mut p.span);
            }
            stack.extend(s.sections.iter_mut());
        }
    }
}
