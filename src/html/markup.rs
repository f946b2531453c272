//! HTML → text blocks with offsets back to the source.
//!
//! A forgiving tokenizer of our own, written for extraction rather than rendering: it keeps the
//! byte offset of every character it emits, so each block and each item found in it maps back to
//! the decoded page. Scripts, styles and comments are dropped, character references decoded,
//! `<br>` and block ends become line breaks, and the class/id words of the open elements, link
//! text and heading levels ride along with each block for the segmenter. It never recurses and
//! looks at most a bounded number of open elements per end tag, so time stays linear.

use crate::html::entities::decode_at;
use crate::layout::blocks::{Block, is_blank};
use crate::{Document, Span};
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::OnceLock;

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

/// Elements whose end (and start) breaks a block.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "table",
    "tbody",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "dd",
    "dt",
    "dl",
    "blockquote",
    "pre",
    "form",
    "center",
    "hr",
    "title",
    "body",
    "html",
    "head",
    "main",
    "figure",
    "figcaption",
    "caption",
    "option",
    "select",
    "iframe",
    "address",
    "fieldset",
    "legend",
    "noscript",
    "textarea",
    "button",
];

/// Elements with no end tag.
const VOID_TAGS: &[&str] = &[
    "br", "img", "meta", "link", "input", "hr", "area", "base", "col", "embed", "param", "source",
    "track", "wbr",
];

/// Elements whose text is not shown.
const RAW_TAGS: &[&str] = &[
    "script", "style", "textarea", "xmp", "iframe", "noembed", "noframes", "template", "svg",
    "object", "select",
];

/// class/id words of content containers.
const CONTENT_HINTS: &[&str] = &[
    "content",
    "article",
    "trs_editor",
    "zoom",
    "text",
    "detail",
    "main",
    "post",
    "body",
    "news",
    "con_",
    "read",
    "bt_content",
    "neirong",
    "zhengwen",
];
/// class/id words of chrome.
const CHROME_HINTS: &[&str] = &[
    "nav",
    "menu",
    "footer",
    "foot",
    "header",
    "sidebar",
    "side",
    "comment",
    "share",
    "breadcrumb",
    "crumb",
    "related",
    "copyright",
    "links",
    "banner",
    "advert",
    "login",
    "search",
    "toolbar",
    "tool",
    "bottom",
    "top",
    "right",
    "left",
    "hot",
    "rank",
    "recommend",
    "list",
    "pinglun",
    "weizhi",
    "position",
    "location",
    "modal",
    "dialog",
    "popup",
];
/// How many open elements an end tag looks through for its start.
const END_TAG_REACH: usize = 48;

struct Open {
    name: String,
    hint: i8,
    link: bool,
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
}

/// Flattens an HTML page into text blocks.
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
        });
        stack.push(Open {
            link: name == "a",
            block: BLOCK_TAGS.contains(&name.as_str()),
            name,
            hint,
            node,
        });
    }
    b.break_block();
    b.page
}

/// Where the attributes of a tag that start at `at` end, and the byte after the tag (after its
/// `>`, or at a `<` or the end of the text when it has none).
///
/// As in the HTML tokenizer, a quote opens a quoted value only right after `=`; elsewhere
/// (`<img "="" src=…>`) it is part of an attribute name and cannot swallow the rest of the page.
fn tag_end(html: &str, at: usize) -> (usize, usize) {
    let mut quote: Option<u8> = None;
    let mut after_eq = false;
    for (k, c) in html.as_bytes()[at..].iter().enumerate() {
        match (quote, *c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') if after_eq => {
                quote = Some(*c);
                after_eq = false;
            }
            (None, b'>') => return (at + k, at + k + 1),
            (None, b'<') if k > 0 => return (at + k, at + k),
            (None, b'=') => after_eq = true,
            (None, c) if c.is_ascii_whitespace() => {}
            (None, _) => after_eq = false,
        }
    }
    (html.len(), html.len())
}

/// Where the raw text of `name` ends, and where its end tag ends.
fn find_close(html: &str, from: usize, name: &str) -> (usize, usize) {
    let pattern = format!("</{name}");
    let lower = |s: &str| s.to_ascii_lowercase();
    let mut at = from;
    while let Some(p) = html[at..].find("</").map(|p| at + p) {
        if html.len() >= p + pattern.len()
            && html.is_char_boundary(p + pattern.len())
            && lower(&html[p..p + pattern.len()]) == pattern
        {
            let end = html[p..].find('>').map_or(html.len(), |e| p + e + 1);
            return (p, end);
        }
        at = p + 2;
    }
    (html.len(), html.len())
}

/// The value of attribute `name` in a tag's attribute text.
fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let (bytes, key) = (attrs.as_bytes(), name.as_bytes());
    let &first = key.first()?;
    let starts = memchr::memchr2_iter(
        first.to_ascii_lowercase(),
        first.to_ascii_uppercase(),
        bytes,
    );
    for p in starts.filter(|&p| {
        bytes
            .get(p..p + key.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(key))
    }) {
        let before_ok = p == 0 || !bytes[p - 1].is_ascii_alphanumeric() && bytes[p - 1] != b'-';
        // The name is ASCII, so p + its length is a char boundary.
        let after = attrs[p + name.len()..].trim_start();
        if before_ok && after.starts_with('=') {
            let vstart = attrs.len() - after.len() + 1;
            let v = attrs[vstart..].trim_start();
            let vs = attrs.len() - v.len();
            return Some(match v.as_bytes().first() {
                Some(q @ (b'"' | b'\'')) => {
                    let end = v[1..].find(*q as char).map_or(v.len(), |e| e + 1);
                    &attrs[vs + 1..vs + end]
                }
                _ => {
                    let end = v
                        .find(|c: char| c.is_whitespace() || c == '>')
                        .unwrap_or(v.len());
                    &attrs[vs..vs + end]
                }
            });
        }
    }
    None
}

/// A hash of tag name and class attribute, or of the id without its digits (post_53888 →
/// post_); 0 with neither.
fn signature(name: &str, class: Option<&str>, id: Option<&str>) -> u32 {
    let class = class.map(str::trim).filter(|c| !c.is_empty());
    let id = id
        .map(|i| i.trim_end_matches(|c: char| c.is_ascii_digit()))
        .filter(|i| !i.is_empty());
    let Some(key) = class.or(id) else {
        return 0;
    };
    let mut h: u32 = 0x811c_9dc5;
    for b in name.bytes().chain([b' ']).chain(key.bytes()) {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    h.max(1)
}

/// One automaton over the content hints and then the chrome hints, ASCII case ignored.
fn hint_words() -> &'static AhoCorasick {
    static WORDS: OnceLock<AhoCorasick> = OnceLock::new();
    WORDS.get_or_init(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(CONTENT_HINTS.iter().chain(CHROME_HINTS))
            .expect("the hint word lists build an automaton")
    })
}

/// The content or chrome hint of an element from its name, class and id: content words win.
fn hint_of(name: &str, class: Option<&str>, id: Option<&str>) -> i8 {
    match name {
        "nav" | "footer" | "header" | "aside" => return -2,
        "article" | "main" => return 2,
        _ => {}
    }
    let mut chrome = false;
    for value in [class, id].into_iter().flatten() {
        for m in hint_words().find_overlapping_iter(value) {
            if m.pattern().as_usize() < CONTENT_HINTS.len() {
                return 2;
            }
            chrome = true;
        }
    }
    if chrome { -2 } else { 0 }
}

/// Whitespace collapsed and entities decoded, for titles and attributes.
fn collapse(s: &str) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        if rest.starts_with('&')
            && let Some((t, n)) = decode_at(rest)
        {
            out.push_str(&t);
            i += n;
            continue;
        }
        let c = rest.chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
        i += c.len_utf8();
    }
    out.trim().to_string()
}

/// Whether a start tag's attributes end it with `/>`. A slash that ends an unquoted value
/// (`<a href=/>`, `<a href=/news/>`) belongs to the value, as in HTML5: the tag stays open.
fn is_self_closing(attrs: &str) -> bool {
    let Some(before) = attrs.trim_end().strip_suffix('/') else {
        return false;
    };
    let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
    !last.contains('=') || last.ends_with(['"', '\''])
}

/// Whether a link's text is a web address (https://…, www.…).
fn is_address(s: &str) -> bool {
    let s = s.trim_start();
    ["http://", "https://", "www."]
        .iter()
        .any(|p| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
}

#[derive(Default)]
struct Builder {
    page: PageText,
    block_start: usize,
    link_chars: usize,
    heading: u8,
    hint: i8,
    pending_space: bool,
    node: Option<u32>,
}

impl Builder {
    fn push(&mut self, s: &str, src: usize, src_end: usize, verbatim: bool, in_link: bool) {
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
        if in_link && !is_address(s) {
            self.link_chars += s.chars().count();
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
        let in_link = stack.iter().rev().take(END_TAG_REACH).any(|o| o.link);
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
                heading: self.heading,
                hint: self.hint,
                node: self.node.unwrap_or(0),
            });
            self.page.text.push('\n');
        }
        self.block_start = self.page.text.len();
        self.link_chars = 0;
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
            self.page.meta_date = crate::text::date::find_date(&content).map(|d| d.0);
        }
        if ["author", "article:author", "dc.creator"].contains(&key.as_str())
            && self.page.meta_author.is_none()
            && !content.is_empty()
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
    for a in &mut doc.articles {
        m(&mut a.span);
        for q in &mut a.quantities {
            m(&mut q.span);
            m(&mut q.number.span);
            if let Some(s) = &mut q.subject_span {
                m(s);
            }
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
