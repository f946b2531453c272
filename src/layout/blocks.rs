//! Text blocks: the lines of a text, or the block-level runs of an HTML page, with what the markup
//! said about them.

use crate::Span;

/// One block of text: a line of a text dump or a paragraph, heading or list item of a page.
///
/// ```
/// use jianbao::layout::blocks::{lines, Block};
/// let text = "  标题\r\n\r\n正文。";
/// let b: Vec<Block> = lines(text);
/// assert_eq!(b.len(), 2);
/// assert_eq!(&text[b[0].span.range()], "标题");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Block {
    /// The block's text in the working text, trimmed.
    pub span: Span,
    /// How many of its chars are link text (HTML only).
    pub link_chars: usize,
    /// How many of its link chars are the text of links to document files (`href` ending in
    /// .doc, .xls, .pdf, .wps, .zip …): a download in an article is an attachment, not
    /// navigation (HTML only).
    pub file_link_chars: usize,
    /// 1 to 6 for `<h1>`…`<h6>`, 0 otherwise.
    pub heading: u8,
    /// Class and id hints of its ancestors: positive for content (article, content, TRS_Editor),
    /// negative for chrome (nav, footer, share, comment).
    pub hint: i8,
    /// The innermost block-level element holding it (an index into
    /// [`crate::html::markup::PageText::nodes`]; 0 for text input).
    pub node: u32,
}

impl Block {
    /// Whether the block is a download link: every link in it is to a document file, and
    /// besides the link text it holds at most a short label (附件：, 附件2：, 1.). `line` is the
    /// block's text. A citation that links a PDF among other words is none.
    ///
    /// ```
    /// use jianbao::html::markup::html_to_blocks;
    /// let page = html_to_blocks(
    ///     "<p>附件：<a href=\"f/名单.xls\">被通报企业名单.xls</a></p>\
    ///      <p>^ <a href=\"a.pdf\">某某规划</a> (PDF). 某某官网. [2023-06-09].</p>",
    /// );
    /// let text = &page.text;
    /// let downloads: Vec<bool> =
    ///     page.blocks.iter().map(|b| b.is_download(&text[b.span.range()])).collect();
    /// assert_eq!(downloads, [true, false]);
    /// ```
    pub fn is_download(&self, line: &str) -> bool {
        // The block's link counts first: a block with no file link (most) decodes no char.
        self.file_link_chars > 0
            && self.file_link_chars == self.link_chars
            && line.chars().nth(100).is_none()
            && line.chars().filter(|c| !c.is_whitespace()).count() <= self.file_link_chars + 8
    }
}

/// Whitespace that trims a block: ASCII, ideographic space, no-break space, BOM.
pub fn is_blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{3000}' | '\u{a0}' | '\u{feff}' | '\u{200b}')
}

/// The spans of [`lines`]: where the non-empty lines of `text` stand, trimmed of blanks.
///
/// ```
/// use jianbao::layout::blocks::line_spans;
/// let spans = line_spans("甲\n\n  乙  \n");
/// assert_eq!((spans.len(), spans[1].start), (2, "甲\n\n  ".len()));
/// ```
pub fn line_spans(text: &str) -> Vec<Span> {
    lines(text).into_iter().map(|b| b.span).collect()
}

/// The non-empty lines of `text` as blocks, each trimmed of blanks.
///
/// ```
/// use jianbao::layout::blocks::lines;
/// assert_eq!(lines("a\n\n  b  \n").len(), 2);
/// ```
pub fn lines(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        let body = line.trim_start_matches(is_blank);
        let s = end - body.len();
        let body = body.trim_end_matches(is_blank);
        if !body.is_empty() {
            out.push(Block {
                span: Span::new(s, s + body.len()),
                ..Block::default()
            });
        }
        start = end;
    }
    out
}
