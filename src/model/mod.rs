//! The serde types of a parsed document, matching the JSON contract of `spec/interface.md`.

mod diagnostic;
mod frame;
mod quantity;
mod span;
pub(crate) mod value;

pub use diagnostic::{Diagnostic, DiagnosticCode};
pub use frame::{
    AttachmentNote, Distribution, DocNumber, Frame, ItemList, Note, Printed, Role, Signature,
};
pub use quantity::{Approx, Direction, Kind, NumberPart, Quantity};
pub use span::Span;
pub use value::Value;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// Whether the input was read as HTML, markdown or plain text.
///
/// ```
/// use jianbao::Format;
/// assert_eq!(serde_json::to_string(&Format::Html).unwrap(), "\"html\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Format {
    /// An HTML page.
    Html,
    /// Plain text (a text dump of a page, or a bulletin).
    #[default]
    Text,
    /// Markdown (front matter, `#` headings, `**bold**` titles, tables): spans index the
    /// original text, markup excluded at the block edges.
    Markdown,
}

/// One parsed input: page furniture, the bulletin header, its articles and what went wrong.
///
/// ```
/// use jianbao::{parse_str, Options};
/// let doc = parse_str("工作简报第3期\n\n某市开展活动\n\n一、抓好两项工作。一是抓学习。二是抓落实。", &Options::default());
/// assert_eq!(doc.bulletin.as_ref().unwrap().issue, Some(3));
/// assert_eq!(doc.articles[0].sections[0].points.len(), 2);
/// ```
#[derive(Clone, Debug, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Document {
    /// The encoding used to decode the input (an encoding_rs name such as `GBK`, `UTF-8`).
    pub encoding: String,
    /// Whether some bytes did not decode and were replaced by U+FFFD.
    pub had_errors: bool,
    /// HTML or text.
    pub format: Format,
    /// The best title: the article headline, else the bulletin or page title.
    pub title: Option<String>,
    /// Publication date `YYYY-MM-DD` when the page states one.
    pub date: Option<String>,
    /// Author when the page states one.
    pub author: Option<String>,
    /// Main content as plain text, one block a line, page chrome removed.
    pub text: String,
    /// Page furniture: title, breadcrumb, related links.
    pub page: Page,
    /// The bulletin header, when there is one.
    pub bulletin: Option<Bulletin>,
    /// The 公文 frame around the body (发文字号, 主送, 署名 …), when the text shows any of it.
    pub frame: Option<Frame>,
    /// The articles of the document.
    pub articles: Vec<Article>,
    /// What was noticed on the way.
    pub diagnostics: Vec<Diagnostic>,
}

/// The furniture of the page around the document.
///
/// ```
/// use jianbao::Page;
/// let p = Page::default();
/// assert!(p.breadcrumb.is_empty() && p.related.is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Page {
    /// The `<title>` of an HTML page.
    pub title: Option<String>,
    /// The breadcrumb trail, outermost first.
    pub breadcrumb: Vec<String>,
    /// Groups of related links.
    pub related: Vec<RelatedGroup>,
}

/// A titled group of related links (相关稿件, 全省动态 …).
///
/// ```
/// use jianbao::{parse_str, Options};
/// let doc = parse_str("标题\n正文，内容。\n全省动态 更多...\n·某地开展活动\n·某县召开会议\n", &Options::default());
/// let g = &doc.page.related[0];
/// assert_eq!((g.group.as_str(), g.items.len()), ("全省动态", 2));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct RelatedGroup {
    /// The group's heading, without "更多...".
    pub group: String,
    /// The link texts, without the leading "·".
    pub items: Vec<String>,
}

/// The header of a bulletin: "2010创先争优活动简报第173期".
///
/// ```
/// use jianbao::{parse_str, Options};
/// let doc = parse_str("情况通报\n2012年第5期（总第88期）\n", &Options::default());
/// let b = doc.bulletin.unwrap();
/// assert_eq!((b.year, b.issue, b.total_issue), (Some(2012), Some(5), Some(88)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Bulletin {
    /// The header text as written.
    pub text: String,
    /// The series name (创先争优活动简报).
    pub series: Option<String>,
    /// The year of the series.
    pub year: Option<i32>,
    /// The issue number `第N期`.
    pub issue: Option<u32>,
    /// The running number `总第N期`.
    pub total_issue: Option<u32>,
    /// The issuing office, when a line names it.
    pub publisher: Option<String>,
    /// The issue date `YYYY-MM-DD`, when stated.
    pub date: Option<String>,
    /// Where the header stands.
    pub span: Span,
    /// The reporting period the header or the title names, as written with the 份 of 月份
    /// dropped and dashes made `-`: "2015年3月", "1-9月", "2016年度", "2015年第一季度".
    #[cfg_attr(feature = "serde", serde(default))]
    pub period: Option<String>,
    /// The issue's table of contents (本期目录), each entry tied to its article.
    #[cfg_attr(feature = "serde", serde(default))]
    pub contents: Vec<ContentsEntry>,
}

/// One entry of an issue's table of contents (本期目录).
///
/// ```
/// use jianbao::{parse_str, Options};
/// let doc = parse_str("工作简报第3期\n本期目录\n某市开展检查\n某县完善机制\n某市开展检查\n全市开展了一次全面的检查，效果很好。\n某县完善机制\n某县完善了工作机制，群众满意度提高。\n", &Options::default());
/// let contents = &doc.bulletin.unwrap().contents;
/// assert_eq!(contents.len(), 2);
/// assert_eq!((contents[1].title.as_str(), contents[1].article), ("某县完善机制", Some(1)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct ContentsEntry {
    /// The entry as listed, without a leading number or bullet and trailing page number.
    pub title: String,
    /// The index in `articles` of the article whose headline it names, `None` when none does.
    pub article: Option<usize>,
    /// Where the entry stands.
    pub span: Span,
}

/// One article of a bulletin: a headline and its body.
///
/// ```
/// use jianbao::Article;
/// let a = Article::default();
/// assert!(a.sections.is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Article {
    /// The headline.
    pub headline: String,
    /// A second headline line, when there is one.
    pub subheadline: Option<String>,
    /// The editor's note (编者按, 编者的话) before or under the headline, without its label.
    #[cfg_attr(feature = "serde", serde(default))]
    pub editor_note: Option<String>,
    /// The paragraph before the first section.
    pub lead: Option<String>,
    /// From the headline to the end of the article.
    pub span: Span,
    /// The document's body, or an attachment printed after the signature.
    pub role: Role,
    /// Level-1 sections (and any deeper sections without a parent).
    pub sections: Vec<Section>,
    /// Inline points (一是…, 第一，…) outside any section: in the lead, or in a body with no
    /// numbered sections (a news item or a 通报 that lists its points in paragraphs).
    #[cfg_attr(feature = "serde", serde(default))]
    pub points: Vec<Point>,
    /// The quantities of the article's body.
    pub quantities: Vec<Quantity>,
}

/// A numbered section at one of the GB/T 9704 levels.
///
/// ```
/// use jianbao::{parse_str, Options};
/// let doc = parse_str("标题\n一、抓好三项工作。内容。\n（一）加强学习。内容。", &Options::default());
/// let s = &doc.articles[0].sections[0];
/// assert_eq!((s.level, s.ordinal, s.declared_count), (1, 1, Some(3)));
/// assert_eq!(s.sections[0].marker, "（一）");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Section {
    /// The marker as written: `一、`, `（一）`, `1.`, `（1）`; in a law, `第一编`, `第一章`, `第一节`.
    pub marker: String,
    /// 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）. In a law (第一条, 第二条, 第三条 … at line
    /// starts) its divisions instead, relative to those it has: the outermost present is 1 and each
    /// one below adds 1 (章 only: 章 1, 节 2; a code: 编 1, 章 2, 节 3), so that level 1 is always
    /// the article's top division, as 一、 is in a bulletin; the title is the division's name.
    pub level: u8,
    /// The marker's number.
    pub ordinal: u32,
    /// The first sentence, without the marker and the closing 。.
    pub title: String,
    /// The count the title announces ("三种渠道" → 3).
    pub declared_count: Option<u32>,
    /// From the marker to the end of the section's last text.
    pub span: Span,
    /// Inline points (一是…, 第一，…).
    pub points: Vec<Point>,
    /// Sections one level down.
    pub sections: Vec<Section>,
}

/// An inline point: "一是“走下去”征求意见。…", or a provision of a law: "第一条　为了…".
///
/// A law's 第X条 are the points of the division (第X章, 第X节) around them, or of the article when
/// it has none; the text runs over every line up to the next 条, its （一）（二） items included.
///
/// ```
/// use jianbao::{parse_str, Options};
/// let doc = parse_str("某某办法\n第一章　总　　则\n第一条　为了规范管理，制定本办法。\n第二条　本办法适用于本市。\n第二章　附　　则\n第三条　本办法自公布之日起施行。\n", &Options::default());
/// let a = &doc.articles[0];
/// assert_eq!((a.sections.len(), a.sections[0].title.as_str()), (2, "总则"));
/// let p = &a.sections[1].points[0];
/// assert_eq!((p.marker.as_str(), p.ordinal, p.title.as_str()), ("第三条", 3, "本办法自公布之日起施行"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Point {
    /// The marker as written: `一是`, `第一，`; in a law, `第一条`.
    pub marker: String,
    /// The marker's number.
    pub ordinal: u32,
    /// The first sentence after the marker, without the closing 。.
    pub title: String,
    /// The point's text after the marker.
    pub text: String,
    /// From the marker to the end of the point.
    pub span: Span,
}

impl Document {
    /// Every section of every article, depth first, in document order.
    ///
    /// ```
    /// use jianbao::{parse_str, Options};
    /// let doc = parse_str("标题\n一、甲。\n（一）乙。\n二、丙。", &Options::default());
    /// let titles: Vec<_> = doc.sections().map(|s| s.title.as_str()).collect();
    /// assert_eq!(titles, ["甲", "乙", "丙"]);
    /// ```
    pub fn sections(&self) -> impl Iterator<Item = &Section> {
        let mut stack: Vec<&Section> = Vec::new();
        for a in self.articles.iter().rev() {
            stack.extend(a.sections.iter().rev());
        }
        std::iter::from_fn(move || {
            let s = stack.pop()?;
            stack.extend(s.sections.iter().rev());
            Some(s)
        })
    }
}
