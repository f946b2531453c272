//! The stages joined: text or HTML → blocks → segments → structure → document. [`document`] gives
//! the document; [`trace`] also hands back what each stage found (the blocks, the main container,
//! the headline block, chrome against content, damage), for tools that show why a block was kept.

use crate::decode::{input_diagnostics, looks_like_html};
use crate::html::PageText;
use crate::html::{container, markup};
use crate::layout::blocks::{Block, lines};
use crate::layout::damage::{self, Damaged};
use crate::layout::dateline;
use crate::layout::meta::{UNDER_HEADLINE, metadata};
use crate::layout::segment::segment_within;
use crate::layout::tidy::tidy_page_body;
use crate::layout::{Chrome, Segments};
use crate::layout::{listing, markdown};
use crate::{Diagnostic, DiagnosticCode, Document, Format, Options, Page, Span, structure};
use std::collections::{HashMap, HashSet};

/// Parses decoded text (a page or a text dump) into a document whose spans index `source`.
///
/// ```
/// use jianbao::{pipeline::document, Options};
/// let doc = document("工作简报第3期\n标题\n正文。", &Options::default());
/// assert_eq!(doc.bulletin.unwrap().issue, Some(3));
/// ```
pub fn document(source: &str, options: &Options) -> Document {
    trace(source, options).document
}

/// What each stage found on the way to the document.
///
/// Block spans index [`Trace::text`]: the page's flattened text for HTML (map them to the source
/// with [`PageText::source_span`]), `source` itself for text. The document's spans index `source`.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Trace {
    /// The page flattened into blocks, for HTML input.
    pub page: Option<PageText>,
    /// Every block, in order: the page's blocks, or the lines of a text.
    pub blocks: Vec<Block>,
    /// For HTML, whether each block lies in the main container.
    pub main: Option<Vec<bool>>,
    /// The block that repeats `<title>`: the headline of a page.
    pub headline: Option<usize>,
    /// Content against chrome, after damaged blocks and page furniture were dropped.
    pub segments: Segments,
    /// The damaged stretches of the text.
    pub damage: Vec<Damaged>,
    /// The document.
    pub document: Document,
}

impl Trace {
    /// The text that block spans index: the page's flattened text, or `source` for text input.
    ///
    /// ```
    /// use jianbao::{pipeline::trace, Options};
    /// let source = "<html><body><p>甲乙。</p><p>版权所有 某网</p></body></html>";
    /// let t = trace(source, &Options::default());
    /// let text = t.text(source);
    /// let kept: Vec<&str> = t.segments.content.iter().map(|b| &text[b.span.range()]).collect();
    /// assert_eq!(kept, ["甲乙。"]);
    /// assert_eq!(t.segments.chrome.len(), 1);
    /// ```
    pub fn text<'a>(&'a self, source: &'a str) -> &'a str {
        self.page.as_ref().map_or(source, |p| p.text.as_str())
    }

    /// The blocks the document leaves out, in input order, with spans into `source` (like the
    /// document's), so that a viewer can show what was cut.
    ///
    /// ```
    /// use jianbao::{pipeline::trace, Options};
    /// let page = "<html><body><div class=nav><a href=/>首页</a></div><h1>标题</h1><p>正文。</p></body></html>";
    /// let cut: Vec<&str> = trace(page, &Options::default())
    ///     .dropped()
    ///     .iter()
    ///     .map(|d| &page[d.span.range()])
    ///     .collect();
    /// assert_eq!(cut, ["首页"]);
    /// ```
    pub fn dropped(&self) -> Vec<DroppedBlock> {
        let kept: HashSet<Span> = self
            .segments
            .content
            .iter()
            .map(|b| b.span)
            .chain(
                self.headline
                    .and_then(|i| self.blocks.get(i))
                    .map(|b| b.span),
            )
            .collect();
        let kinds: HashMap<Span, Chrome> = self
            .segments
            .chrome
            .iter()
            .map(|(b, k)| (b.span, *k))
            .collect();
        let at = |s: Span| self.page.as_ref().map_or(s, |p| p.source_span(s));
        self.blocks
            .iter()
            .filter(|b| !kept.contains(&b.span))
            .map(|b| DroppedBlock {
                span: at(b.span),
                chrome: kinds.get(&b.span).copied(),
            })
            .collect()
    }
}

/// A block of the input that is not in the document: page chrome, or damage and furniture cut
/// on the way.
///
/// ```
/// use jianbao::{layout::Chrome, pipeline::trace, Options};
/// let text = "首页 > 新闻 > 正文\n标题\n正文。\n";
/// let dropped = trace(text, &Options::default()).dropped();
/// assert_eq!(dropped[0].chrome, Some(Chrome::Breadcrumb));
/// assert_eq!(&text[dropped[0].span.range()], "首页 > 新闻 > 正文");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct DroppedBlock {
    /// Where the block stands in the decoded input.
    pub span: Span,
    /// The kind of chrome it was taken for; `None` for damage and furniture (counters, labels).
    pub chrome: Option<Chrome>,
}

/// Parses decoded text like [`document`], keeping what each stage found.
///
/// ```
/// use jianbao::{pipeline::trace, Options};
/// let t = trace("标题\n会议???召开。", &Options::default());
/// assert_eq!((t.blocks.len(), t.damage.len()), (2, 1));
/// assert!(t.page.is_none() && t.main.is_none());
/// ```
pub fn trace(source: &str, options: &Options) -> Trace {
    let mut diagnostics = input_diagnostics(source);
    let page = looks_like_html(source).then(|| markup::html_to_blocks(source));
    let md =
        (page.is_none() && markdown::looks_like_markdown(source)).then(|| markdown::parse(source));
    let format = match (&page, &md) {
        (Some(_), _) => Format::Html,
        (None, Some(_)) => Format::Markdown,
        _ => Format::Text,
    };
    let (text, blocks): (&str, Vec<Block>) = match (&page, &md) {
        (Some(p), _) => (p.text.as_str(), p.blocks.clone()),
        (None, Some(m)) => (source, markdown::with_title(source, m)),
        _ => (source, lines(source)),
    };
    // The block that repeats <title>: it anchors the container choice and is the headline,
    // unless it is a bulletin's masthead (`<title>2010创先争优活动简报第173期`, how bulletin pages
    // are titled): then it is the bulletin header and the headline is found below it. In
    // markdown, the title line (or the front matter's title) is the headline.
    let mut anchor = match &page {
        Some(p) => container::headline_block(p),
        None => md
            .as_ref()
            .and_then(|_| markdown::title_block(source, &blocks)),
    };
    // A <title> that names nothing (详细信息, the site's name): the headline is the heading over
    // the main text's first block, and the container the one chosen without an anchor. A block
    // that merely repeats such a title (a 详细信息 or 正文 panel heading, the column's name over
    // an article) is a label: where the untitled rule finds a headline, it anchors nothing. A
    // listing page, where it finds none, keeps the block naming its column.
    // A block that repeats only the site's name (中国政府网 in the banner of a column page titled
    // 发展规划_专题_中国政府网) still places the container, but names no page: no headline.
    let generic = page
        .as_ref()
        .is_some_and(|p| crate::html::title::is_generic_title(p.title.as_deref().unwrap_or("")));
    let site_banner = generic
        && anchor.is_some_and(|i| {
            crate::html::title::is_site_name(text.get(blocks[i].span.range()).unwrap_or(""))
        });
    let mut main = None;
    if let Some(p) = page.as_ref().filter(|_| generic && !site_banner) {
        let unanchored = container::main_blocks(p, None);
        // A news headline may close on one ？ or ！ (徒手抓子弹真的存在吗？) when no clause mark
        // stands before it: a question with commas is a post's first sentence.
        let untitled = crate::html::title::untitled_headline(p, &unanchored, |l| {
            let bare = match l.strip_suffix(['？', '！', '?', '!']) {
                Some(b) if !b.contains(['，', ',', '；', ';', '：', ':']) => b,
                _ => l,
            };
            structure::sentence::is_heading_like(bare) || structure::sentence::is_document_title(l)
        });
        if untitled.is_some() || anchor.is_none() {
            anchor = untitled;
            main = Some(unanchored);
        }
    }
    let main = main.or_else(|| page.as_ref().map(|p| container::main_blocks(p, anchor)));
    let masthead_title = page.is_some()
        && anchor.is_some_and(|i| structure::find_header(text, &blocks[i..=i]).is_some());
    let headline_at = anchor.filter(|_| !masthead_title && !site_banner);
    let mut seg = segment_within(text, &blocks, main.as_deref());
    // A masthead in <title> is the bulletin header wherever segmentation put its block (a short
    // line without a clause mark reads as navigation): it goes back to the content, in order.
    // The headings between it and the text are the issue's headline and subheadline, even
    // when they stand outside the element chosen as the main container.
    if let Some(i) = anchor.filter(|_| masthead_title) {
        let span = blocks[i].span;
        let text_from = seg
            .content
            .iter()
            .map(|b| b.span.start)
            .find(|&s| s > span.start)
            .unwrap_or(usize::MAX);
        let (back, chrome): (Vec<_>, Vec<_>) = std::mem::take(&mut seg.chrome)
            .into_iter()
            .partition(|(b, _)| {
                b.span == span
                    || (b.heading > 0 && b.span.start > span.start && b.span.start < text_from)
            });
        seg.chrome = chrome;
        // Both lists are in page order: one merge, linear in their lengths.
        let mut back = back.into_iter().map(|(b, _)| b).peekable();
        let mut merged = Vec::with_capacity(seg.content.len() + back.len());
        for c in std::mem::take(&mut seg.content) {
            while let Some(b) = back.next_if(|b| b.span.start < c.span.start) {
                merged.push(b);
            }
            back.next_if(|b| b.span == c.span);
            merged.push(c);
        }
        merged.extend(back);
        seg.content = merged;
    }
    let damage = damage::find_damage(text);
    seg.content
        .retain(|b| !damage::mostly_garbled(&damage, b.span));
    // On a page, the block that repeats <title> is the headline: it heads the structure but is
    // not repeated in `text`.
    let headline = headline_at.map(|i| blocks[i].clone());
    let headline_found = headline.is_some();
    if let Some(h) = &headline {
        seg.content.retain(|b| b.span != h.span);
    }
    // The rows and cells of the page's tables, found once: for the tidying and for the units.
    let table_rows = page.as_ref().map(crate::html::table::page_rows);
    // The cells of the page's data tables; one in the article makes its table content whole,
    // however its cells read one by one, and they all stay through the tidying, however thin.
    let cells = table_rows
        .as_deref()
        .map(crate::html::table::data_cells)
        .unwrap_or_default();
    if let Some(rows) = &table_rows {
        crate::html::table::keep_content_tables(
            text,
            &blocks,
            rows,
            &cells,
            headline.as_ref().map(|h| h.span),
            &mut seg,
        );
    }
    // A bulletin header and its publisher line stay, however thin; the headline goes after it,
    // where the structure parser looks for it.
    let header = structure::find_header(text, &seg.content);
    let header_len = header
        .as_ref()
        .map_or(0, structure::Header::blocks)
        .min(seg.content.len());
    let mut no_article = None;
    if page.is_some() {
        let body = seg.content.split_off(header_len);
        // The head of an official document printed above its first paragraph stays however
        // thin: only the first blocks are looked at (the head stands there).
        let head = body
            .iter()
            .take(12)
            .filter(|b| structure::frame::is_head_line(&text[b.span.range()]))
            .map(|b| b.span)
            .collect();
        tidy_page_body(text, body, &mut seg, headline_found, &cells, &head);
        // A list, menu, error or unreadable page has no article: its stray lines are not text.
        no_article = (header_len == 0)
            .then(|| {
                let head = headline.as_ref().and_then(|h| text.get(h.span.range()));
                let title_head = page
                    .as_ref()
                    .and_then(|p| p.title.as_deref())
                    .map(crate::html::page_title_head);
                listing::page_no_article(text, &seg.content, head, title_head.as_deref())
            })
            .flatten();
        if no_article.is_some() {
            seg.content.clear();
        }
    }
    let (header_blocks, body) = seg.content.split_at(header_len);
    let structured: Vec<Block> = header_blocks
        .iter()
        .chain(headline.iter())
        .chain(body)
        .cloned()
        .collect();
    let mut st = structure::structure(
        text,
        &structured,
        header,
        headline.as_ref().map(|h| h.span),
        options,
    );
    // Statistics tables: the unit a caption or header states, given to the bare numbers below.
    if options.get_quantities() {
        let found = crate::quantities::table::quantities(text, table_rows, &structured);
        crate::quantities::table::merge(&mut st.articles, found);
    }
    for a in &mut st.articles {
        a.quantities
            .retain(|q| damage::overlapping(&damage, q.span).is_empty());
    }
    let to_source = |d: Diagnostic| match &page {
        Some(p) => {
            let span = p.source_span(d.span);
            d.with_span(span)
        }
        None => d,
    };
    diagnostics.extend(damage::diagnostics(&damage).into_iter().map(to_source));
    diagnostics.extend(st.diagnostics.into_iter().map(to_source));
    // The blocks under the headline, where a byline stands even when it was cut as a thin line.
    let under_headline = headline_at.map_or(&blocks[..0], |i| {
        &blocks[(i + 1).min(blocks.len())..(i + 1 + UNDER_HEADLINE).min(blocks.len())]
    });
    let (date, author) = metadata(text, &seg, under_headline);
    let mut doc = Document {
        encoding: "UTF-8".to_string(),
        had_errors: false,
        format,
        title: None,
        date: st.bulletin.as_ref().and_then(|b| b.date.clone()).or(date),
        author,
        text: seg
            .content
            .iter()
            .map(|b| damage::without_cut_damage(text, b.span, &damage))
            .collect::<Vec<_>>()
            .join("\n"),
        page: Page {
            title: None,
            breadcrumb: seg.breadcrumb.clone(),
            related: seg.related.clone(),
        },
        bulletin: st.bulletin,
        frame: st.frame,
        articles: st.articles,
        diagnostics,
    };
    if let Some(page) = &page {
        doc.page.title = page.title.clone();
        if doc.date.is_none() {
            let meta_date = page.meta_date.as_deref();
            doc.date = dateline::page_date(text, &seg, &blocks, headline_at, meta_date);
        }
        if doc.author.is_none() {
            doc.author = page.meta_author.clone();
        }
        structure::frame::amend_from_preamble(text, &blocks, &seg.content, headline_at, &mut doc);
        markup::map_spans(&mut doc, page);
    }
    let headline = doc
        .articles
        .iter()
        .map(|a| a.headline.as_str())
        .find(|h| !h.is_empty());
    // On a page without a headline that repeats <title>, a first heading-like line is often a
    // caption or a label: the page title (without its site name) is the better title then.
    // A portal title "标题－专题名－站名" whose column is the breadcrumb's last item loses the
    // column as well as the site (a column name too long for page_title_head to cut alone).
    let page_title = doc.page.title.as_deref().map(|t| {
        let head = crate::html::page_title_head(t);
        crate::html::title::without_crumb_column(&head, &doc.page.breadcrumb).to_string()
    });
    let trusted = headline.filter(|h| {
        format == Format::Text
            || headline_found
            || masthead_title
            || page_title.as_deref().is_none_or(|t| t.contains(h))
    });
    doc.title = trusted
        .map(str::to_string)
        .or_else(|| doc.bulletin.as_ref().map(|b| b.text.clone()))
        .or(page_title)
        .or_else(|| headline.map(str::to_string));
    // A <title> that is only the site's name (新浪网) on a page found no headline: the
    // breadcrumb's last item names the page where it is no column label (关于新浪 > 知识产权声明).
    if generic
        && doc
            .title
            .as_deref()
            .is_none_or(crate::html::title::is_site_name)
        && let Some(crumb) = crate::html::title::breadcrumb_headline(&doc.page.breadcrumb)
    {
        doc.title = Some(crumb.to_string());
    }
    // 公文: the 成文日期 when the page states no date.
    let signed = doc.frame.as_ref().and_then(|f| f.signature.as_ref());
    doc.date = doc
        .date
        .take()
        .or_else(|| signed.and_then(|s| s.date.clone()));
    if doc.text.is_empty() {
        doc.diagnostics.push(Diagnostic::new(
            DiagnosticCode::NoContent,
            no_article.unwrap_or("no document text was found"),
        ));
    }
    Trace {
        page,
        blocks,
        main,
        headline: headline_at,
        segments: seg,
        damage,
        document: doc,
    }
}
