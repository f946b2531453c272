//! An annotated view of a parsed document, for checking by eye what jianbao found: one
//! self-contained static HTML page (inline CSS, no script, nothing fetched) with the headline,
//! sections, points and quantities marked on the text, the page chrome that was cut shown greyed
//! in place and listed beside it, and the diagnostics linked to their spans.
//!
//! The text is laid out by one sweep over it with the items' spans sorted once (see `sweep.rs`):
//! time is linear in the input, and crossing spans are split so that the tags never cross.
//! Every character of the input is escaped; labels are drawn by CSS from `data-label`
//! attributes, so an element's text is exactly the item's text.
//!
//! ```
//! use jianbao::{parse_bytes, Options};
//! let text = "工作简报第5期\n\n某市构建机制\n\n一、畅通渠道。一是走下去。二是请上来。三是抽调1347名机关干部。\n";
//! let parsed = parse_bytes(text.as_bytes(), &Options::default()).unwrap();
//! let html = jianbao::view::render(&parsed);
//! assert!(html.starts_with("<!DOCTYPE html>"));
//! assert!(html.contains(r#"data-value="1347" data-unit="名" data-kind="count""#));
//! assert!(html.contains(r#"<span class="stitle">畅通渠道</span>"#));
//! assert!(html.contains(r#"<span class="headline" data-label="headline">某市构建机制</span>"#));
//! assert!(!html.contains("<script"));
//! ```

mod marks;
mod sweep;

use crate::pipeline::{DroppedBlock, trace};
use crate::{Document, Options, Parsed};
use marks::Shown;
use sweep::{attr, escape};

/// The style sheet of a view (inline in the page).
const STYLE: &str = include_str!("style.css");

/// Renders `parsed` as one self-contained HTML page: a header card (bulletin header, title, date,
/// author, encoding, format), the text with every item the parser found marked by its span,
/// the page chrome beside it, and the diagnostics, each linked to `#span-START` (`START` the
/// byte offset of its span in the decoded input; every marked item carries such an id).
///
/// Quantities carry `data-value`, `data-unit` and `data-kind` (and `data-approx`,
/// `data-subject`, `data-min`, `data-max` when set), with a tooltip saying the same. The page
/// holds no script, no event attribute and no reference to anything outside it, whatever the
/// input holds. The blocks cut as chrome are found by running the pipeline again with
/// [`Options::default`] and reading its [`crate::pipeline::Trace`] (the page flattened once, the
/// blocks it dropped).
///
/// ```
/// use jianbao::{parse_bytes, Options};
/// let evil = "标题\n<script>alert(1)</script><img src=x onerror=alert(1)>共10个。\n";
/// let html = jianbao::view::render(&parse_bytes(evil.as_bytes(), &Options::default()).unwrap());
/// assert!(!html.contains("<script") && !html.contains("<img"));
/// assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
/// ```
pub fn render(parsed: &Parsed) -> String {
    let doc = &parsed.document;
    let stages = trace(&parsed.text, &Options::default());
    let dropped = stages.dropped();
    let shown = Shown::new(parsed, stages.page);
    let marks = marks::build(doc, &shown, &dropped);
    let mut out = String::with_capacity(shown.text.len() * 2 + STYLE.len() + 8192);
    let title = doc.title.as_deref().unwrap_or("(no title)");
    out.push_str("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">");
    // Belt and braces: even a bug in the escaping could not run or fetch anything.
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'\">",
    );
    out.push_str(&format!("<title>jianbao view: {}</title>", escape(title)));
    out.push_str("<style>");
    out.push_str(STYLE);
    out.push_str("</style></head><body>\n");
    header_card(&mut out, doc, dropped.len());
    out.push_str("<div class=\"cols\"><main class=\"text\">");
    sweep::sweep(&shown.text, marks, &mut out);
    out.push_str("</main>\n<aside>");
    diagnostics(&mut out, doc);
    chrome(&mut out, doc, &dropped, &shown);
    legend(&mut out);
    out.push_str("</aside></div></body></html>\n");
    out
}

/// The rows of the header card, in order: one line each (the 公文 frame's rows go here too).
fn header_rows(doc: &Document) -> Vec<(&'static str, String)> {
    let or_dash = |v: Option<String>| v.unwrap_or_else(|| "—".to_string());
    let mut rows = vec![
        ("title", or_dash(doc.title.clone())),
        ("date", or_dash(doc.date.clone())),
        ("author", or_dash(doc.author.clone())),
    ];
    match &doc.bulletin {
        Some(b) => rows.extend([
            ("bulletin", b.text.clone()),
            ("series", or_dash(b.series.clone())),
            ("year", or_dash(b.year.map(|n| n.to_string()))),
            ("issue", or_dash(b.issue.map(|n| n.to_string()))),
            ("total issue", or_dash(b.total_issue.map(|n| n.to_string()))),
            ("publisher", or_dash(b.publisher.clone())),
            ("issue date", or_dash(b.date.clone())),
        ]),
        None => rows.push(("bulletin", "none found".to_string())),
    }
    rows.extend([
        ("page title", or_dash(doc.page.title.clone())),
        ("encoding", doc.encoding.clone()),
        ("had_errors", doc.had_errors.to_string()),
        ("format", format!("{:?}", doc.format).to_lowercase()),
    ]);
    rows
}

/// The header card: the rows, then what was found, counted.
fn header_card(out: &mut String, doc: &Document, dropped: usize) {
    out.push_str("<header class=\"card\"><h1>");
    out.push_str(&escape(doc.title.as_deref().unwrap_or("(no title)")));
    out.push_str("</h1><dl>");
    for (label, value) in header_rows(doc) {
        // A long value (a title) takes the card's whole width.
        let wide = if value.chars().nth(20).is_some() {
            " class=\"wide\""
        } else {
            ""
        };
        out.push_str(&format!(
            "<div{wide}><dt>{}</dt><dd>{}</dd></div>",
            escape(label),
            escape(&value)
        ));
    }
    out.push_str("</dl><p class=\"counts\">");
    let sections = doc.sections().count();
    let points: usize = doc.sections().map(|s| s.points.len()).sum();
    let quantities: usize = doc.articles.iter().map(|a| a.quantities.len()).sum();
    out.push_str(&format!(
        "articles {} · sections {sections} · points {points} · quantities {quantities} · \
         diagnostics {} · blocks cut {dropped}",
        doc.articles.len(),
        doc.diagnostics.len()
    ));
    out.push_str("</p></header>\n");
}

/// The diagnostics, each linked to its span in the text.
fn diagnostics(out: &mut String, doc: &Document) {
    out.push_str(&format!(
        "<section class=\"panel diags\"><h2>Diagnostics ({})</h2>",
        doc.diagnostics.len()
    ));
    if !doc.diagnostics.is_empty() {
        out.push_str("<ol>");
        for d in &doc.diagnostics {
            out.push_str(&format!(
                "<li><a href=\"#span-{}\"><code>{}</code></a> {} <small>@{}</small></li>",
                d.span.start,
                escape(&d.code.to_string()),
                escape(&d.message),
                d.span.start
            ));
        }
        out.push_str("</ol>");
    }
    out.push_str("</section>");
}

/// The page's breadcrumb and related links, and the blocks cut as chrome, each linked.
fn chrome(out: &mut String, doc: &Document, dropped: &[DroppedBlock], shown: &Shown<'_>) {
    out.push_str("<section class=\"panel chrome\"><h2>Page chrome</h2>");
    if !doc.page.breadcrumb.is_empty() {
        out.push_str("<h3>Breadcrumb</h3><p class=\"crumbs\">");
        let items: Vec<String> = doc.page.breadcrumb.iter().map(|s| escape(s)).collect();
        out.push_str(&items.join(" <span class=\"sep\">›</span> "));
        out.push_str("</p>");
    }
    for g in &doc.page.related {
        out.push_str(&format!("<h3>Related: {}</h3><ul>", escape(&g.group)));
        for item in &g.items {
            out.push_str(&format!("<li>{}</li>", escape(item)));
        }
        out.push_str("</ul>");
    }
    if !dropped.is_empty() {
        out.push_str(&format!(
            "<details><summary>Blocks cut ({}), shown greyed in place</summary>",
            dropped.len()
        ));
        out.push_str("<ol class=\"cut\">");
        for d in dropped {
            let s = shown.span(d.span);
            let line: String = shown
                .text
                .get(s.range())
                .unwrap_or("")
                .chars()
                .take(40)
                .collect();
            out.push_str(&format!(
                "<li><a href=\"#span-{}\">{}</a> {}</li>",
                d.span.start,
                escape(marks::chrome_name(d.chrome)),
                escape(&line)
            ));
        }
        out.push_str("</ol></details>");
    }
    out.push_str("</section>");
}

/// What each style means.
fn legend(out: &mut String) {
    out.push_str("<section class=\"panel legend\"><h2>Legend</h2><ul>");
    let samples: [(&str, &str, &str); 9] = [
        (
            "headline",
            "headline",
            "headline, subheadline, lead: labelled blocks",
        ),
        (
            "sec l1",
            "§1 一、",
            "section: bar by level, marker and declared count",
        ),
        ("stitle", "标题", "section title: bold"),
        ("pt", "P1", "point: labelled, marker boxed"),
        (
            "q",
            "1347名",
            "quantity: boxed, Q label; hover for value, unit, kind",
        ),
        (
            "subj",
            "机关干部",
            "subject of a quantity: dashed underline",
        ),
        (
            "drop",
            "404",
            "block cut as page chrome: grey, dashed frame",
        ),
        ("diag", "⚠", "diagnostic: wavy underline, ! label"),
        ("bulletin", "第173期", "bulletin header: framed"),
    ];
    for (class, text, what) in samples {
        out.push_str(&format!(
            "<li><span class=\"sample {class}\"{}>{}</span> {}</li>",
            attr("data-label", ""),
            escape(text),
            escape(what)
        ));
    }
    out.push_str("</ul></section>");
}
