//! The tag level of the tokenizer: which elements break blocks, hide their text or have no end
//! tag; where a tag ends; attribute values; the class/id hints and signatures of elements. The
//! block flattening that uses them is [`super::markup`].

use crate::html::entities::decode_at;
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::OnceLock;

/// Elements whose end (and start) breaks a block.
pub(crate) const BLOCK_TAGS: &[&str] = &[
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

/// Lists and tables and their rows, cells and items.
pub(crate) const PART_TAGS: &[&str] = &[
    "ol", "ul", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
];

/// Elements with no end tag.
pub(crate) const VOID_TAGS: &[&str] = &[
    "br", "img", "meta", "link", "input", "hr", "area", "base", "col", "embed", "param", "source",
    "track", "wbr",
];

/// Elements whose text is not shown.
pub(crate) const RAW_TAGS: &[&str] = &[
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
    "widget",
];
/// Where the attributes of a tag that start at `at` end, and the byte after the tag (after its
/// `>`, or at a `<` or the end of the text when it has none).
///
/// As in the HTML tokenizer, a quote opens a quoted value only right after `=`; elsewhere
/// (`<img "="" src=…>`) it is part of an attribute name and cannot swallow the rest of the page.
pub(crate) fn tag_end(html: &str, at: usize) -> (usize, usize) {
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
pub(crate) fn find_close(html: &str, from: usize, name: &str) -> (usize, usize) {
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
pub(crate) fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
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
pub(crate) fn signature(name: &str, class: Option<&str>, id: Option<&str>) -> u32 {
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
pub(crate) fn hint_of(name: &str, class: Option<&str>, id: Option<&str>) -> i8 {
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
pub(crate) fn collapse(s: &str) -> String {
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
pub(crate) fn is_self_closing(attrs: &str) -> bool {
    let Some(before) = attrs.trim_end().strip_suffix('/') else {
        return false;
    };
    let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
    !last.contains('=') || last.ends_with(['"', '\''])
}

/// The file types a link to a document ends in: office documents, PDF and OFD, WPS files and
/// archives. Serves notices and 公示 that attach their forms, lists and full texts as downloads
/// (申请表.doc, 名单.xls, 图集.pdf, 附表.rar); pages and images are not documents.
const DOCUMENT_FILES: &[&str] = &[
    ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".pdf", ".ofd", ".wps", ".et", ".dps",
    ".zip", ".rar", ".7z",
];

/// Whether a link's `href` points at a document file (its path, before any `?` or `#`, or its
/// query, ends in a document file type): `files/申请表.doc`, `down.aspx?f=名单.xls`.
pub(crate) fn is_document_href(href: &str) -> bool {
    let href = href.trim();
    let href = href.split('#').next().unwrap_or(href);
    let (path, query) = href.split_once('?').unwrap_or((href, ""));
    let ends = |s: &str| {
        let b = s.as_bytes();
        DOCUMENT_FILES
            .iter()
            .any(|e| b.len() > e.len() && b[b.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes()))
    };
    ends(path) || ends(query)
}

/// Whether a link's text is a web address (https://…, www.…).
pub(crate) fn is_address(s: &str) -> bool {
    let s = s.trim_start();
    ["http://", "https://", "www."]
        .iter()
        .any(|p| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
}

/// Whether `head` (an input's start, blanks trimmed) is a page saved by an archiver inside a
/// wrapper element (`<page url=… title=…>`) that may hold kilobytes of script before the page's
/// own `<html>`, `<head>` or `<body>`: it starts with a tag and one of those opens within the
/// first 64 KiB.
pub(crate) fn is_wrapped_page(head: &[u8]) -> bool {
    let far = &head[..head.len().min(64 << 10)];
    head.first() == Some(&b'<')
        && head.get(1).is_some_and(u8::is_ascii_alphabetic)
        && [&b"<html"[..], b"<body", b"<head"]
            .iter()
            // Compared only where a `<` stands (memchr), not at every byte of 64 KiB.
            .any(|t| {
                memchr::memchr_iter(b'<', far).any(|p| {
                    far.get(p..p + t.len())
                        .is_some_and(|w| w.eq_ignore_ascii_case(t))
                })
            })
}

#[cfg(test)]
mod tests {
    use super::is_document_href;

    #[test]
    fn document_hrefs_end_in_a_document_file_type() {
        assert!(is_document_href("/Portals/0/files/申请表.doc"));
        assert!(is_document_href(" ./W020130516388520815145.PDF "));
        assert!(is_document_href("down.aspx?file=名单.xlsx"));
        assert!(is_document_href("files/附表.rar#top"));
        assert!(!is_document_href("/news/2014/content_123.htm"));
        assert!(!is_document_href("/images/photo.jpg"));
        assert!(!is_document_href(".doc"));
        assert!(!is_document_href("javascript:window.print()"));
    }
}
