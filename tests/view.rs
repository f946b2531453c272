//! The annotated view (`jianbao::view::render`): every quantity, section title and headline is
//! marked on the text, the page is well-formed, and nothing in the input can put a script or an
//! event attribute into it.
#![cfg(feature = "view")]

mod common;

use jianbao::{Document, Options, Parsed, parse_bytes, parse_file};
use std::collections::{HashMap, HashSet};

/// One element of the view: its tag, attributes and text (with its children's).
#[derive(Debug)]
struct Element {
    tag: String,
    attrs: HashMap<String, String>,
    text: String,
}

impl Element {
    /// Whether the element has `class` and is not one of the legend's samples.
    fn has_class(&self, class: &str) -> bool {
        let classes = self.attrs.get("class").map_or("", String::as_str);
        classes.split(' ').any(|w| w == class) && !classes.split(' ').any(|w| w == "sample")
    }
}

/// A small HTML scan: every element with its text, and a check that the tags are balanced, that
/// no element is a script and no attribute an event handler.
fn scan(html: &str) -> Vec<Element> {
    const VOID: &[&str] = &["meta", "br", "hr", "img", "link", "input"];
    let mut out: Vec<Element> = Vec::new();
    let mut open: Vec<(String, HashMap<String, String>, usize)> = Vec::new();
    let mut text = String::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        text.push_str(&unescape(&rest[..lt]));
        rest = &rest[lt..];
        if rest.starts_with("<!") {
            rest = &rest[rest.find('>').expect("unclosed declaration") + 1..];
            continue;
        }
        let gt = rest.find('>').expect("unclosed tag");
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let (top, attrs, from) = open.pop().expect("a close tag without an open one");
            assert_eq!(top, name, "crossed tags: </{name}> closes <{top}>");
            out.push(Element {
                tag: top,
                attrs,
                text: text[from..].to_string(),
            });
            continue;
        }
        let name = tag
            .split([' ', '/'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        assert_ne!(name, "script", "a script element");
        let attrs = attributes(tag);
        for a in attrs.keys() {
            assert!(!a.starts_with("on"), "an event attribute {a}");
            assert!(
                a != "src" && a != "href" || !attrs[a].contains(':'),
                "an address"
            );
        }
        if name == "style" {
            let end = rest.find("</style>").expect("unclosed style");
            rest = &rest[end + "</style>".len()..];
        } else if !VOID.contains(&name.as_str()) {
            open.push((name, attrs, text.len()));
        }
    }
    text.push_str(&unescape(rest));
    assert!(open.is_empty(), "unclosed elements: {open:?}");
    out
}

/// The attributes of a start tag (`name="value"`, values escaped by the view).
fn attributes(tag: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut rest = tag.split_once(' ').map_or("", |(_, r)| r);
    while let Some(eq) = rest.find("=\"") {
        let name = rest[..eq].trim().to_string();
        let value_end = rest[eq + 2..].find('"').expect("unclosed attribute value");
        out.insert(name, unescape(&rest[eq + 2..eq + 2 + value_end]));
        rest = &rest[eq + 2 + value_end + 1..];
    }
    assert!(rest.trim().is_empty(), "unquoted attribute in <{tag}>");
    out
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#10;", "\n")
        .replace("&amp;", "&")
}

/// `s` without blanks and dashes (which a view may fold), control characters as the view shows
/// them (U+FFFD).
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '—')
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect()
}

/// Renders `parsed` and checks the view against its document; returns the elements.
fn check_view(parsed: &Parsed) -> (String, Vec<Element>) {
    let html = jianbao::view::render(parsed);
    assert!(!html.to_ascii_lowercase().contains("<script"));
    let elements = scan(&html);
    let doc: &Document = &parsed.document;
    // Quantities: one highlighted element each (none split), with its exact text and value.
    let marked: Vec<&Element> = elements.iter().filter(|e| e.has_class("q")).collect();
    let total: usize = doc.articles.iter().map(|a| a.quantities.len()).sum();
    assert_eq!(marked.len(), total, "quantity elements");
    assert!(
        marked.iter().all(|e| !e.has_class("cont")),
        "a split quantity"
    );
    let found: HashSet<(&str, &str)> = marked
        .iter()
        .map(|e| (e.text.as_str(), e.attrs["data-value"].as_str()))
        .collect();
    for q in doc.articles.iter().flat_map(|a| &a.quantities) {
        let value = q.value.map(|v| v.to_string()).unwrap_or_default();
        assert!(
            found.contains(&(q.text.as_str(), value.as_str())),
            "quantity {:?} = {value} is not marked",
            q.text
        );
    }
    // Section titles: each marked once, in order.
    let titles: Vec<String> = elements
        .iter()
        .filter(|e| e.has_class("stitle"))
        .map(|e| squeeze(&e.text))
        .filter(|t| !t.is_empty())
        .collect();
    // (An empty title has nothing to mark.)
    let expected: Vec<String> = doc
        .sections()
        .map(|s| squeeze(&s.title))
        .filter(|t| !t.is_empty())
        .collect();
    let mut sorted = titles.clone();
    sorted.sort();
    let mut want = expected.clone();
    want.sort();
    assert_eq!(sorted, want, "section titles");
    let sections = elements.iter().filter(|e| e.has_class("sec")).count();
    assert_eq!(sections, doc.sections().count(), "section elements");
    // Headlines.
    for a in doc.articles.iter().filter(|a| !a.headline.is_empty()) {
        assert!(
            elements
                .iter()
                .any(|e| e.has_class("headline") && squeeze(&e.text) == squeeze(&a.headline)),
            "headline {:?} is not marked",
            a.headline
        );
    }
    // Ids are unique and every link to a span lands on one.
    let ids: Vec<&str> = elements
        .iter()
        .filter_map(|e| e.attrs.get("id").map(String::as_str))
        .collect();
    let unique: HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "duplicate ids");
    let links: Vec<&str> = elements
        .iter()
        .filter(|e| e.tag == "a")
        .map(|e| e.attrs["href"].as_str())
        .collect();
    assert_eq!(links.len(), doc.diagnostics.len() + count_cut(&elements));
    for l in links {
        let id = l.strip_prefix('#').expect("an in-page link");
        assert!(unique.contains(id), "link {l} has no target");
    }
    (html, elements)
}

/// The blocks shown as cut (not the legend's sample).
fn count_cut(elements: &[Element]) -> usize {
    elements
        .iter()
        .filter(|e| e.has_class("drop") && !e.has_class("cont"))
        .count()
}

#[test]
fn the_seed_view_marks_everything() {
    let Some(path) = common::shared("seed/zjol-2010-173.txt") else {
        return;
    };
    let parsed = parse_file(path, &Options::default()).unwrap();
    let (html, elements) = check_view(&parsed);
    assert_eq!(elements.iter().filter(|e| e.has_class("pt")).count(), 9);
    let q = elements
        .iter()
        .find(|e| e.has_class("q") && e.text == "55000多户")
        .unwrap();
    assert_eq!(q.attrs["data-value"], "55000");
    assert_eq!(q.attrs["data-unit"], "户");
    assert_eq!(q.attrs["data-kind"], "count");
    assert_eq!(q.attrs["data-approx"], "more_than");
    assert_eq!(q.attrs["data-subject"], "干部群众");
    let subject = elements
        .iter()
        .find(|e| e.has_class("subj") && e.attrs["title"] == "subject of 1347名")
        .unwrap();
    assert_eq!(subject.text, "机关干部");
    let sub = elements.iter().find(|e| e.has_class("subhead")).unwrap();
    assert_eq!(sub.text, "着力提高创先争优活动群众满意度");
    let lead = elements.iter().find(|e| e.has_class("lead")).unwrap();
    assert!(lead.text.starts_with("创先争优活动中,慈溪市"));
    let bulletin = elements.iter().find(|e| e.has_class("bulletin")).unwrap();
    assert_eq!(bulletin.text, "2010创先争优活动简报第173期");
    let first = elements.iter().find(|e| e.has_class("sec")).unwrap();
    assert_eq!(
        first.attrs["data-label"],
        "§1 一、 · declares 3, 3 points found"
    );
    // The chrome: the server junk at the top is cut, shown greyed, and listed.
    let cut: Vec<&Element> = elements.iter().filter(|e| e.has_class("drop")).collect();
    assert_eq!(cut[0].text, "404 Not Found");
    assert_eq!(cut[0].attrs["data-label"], "cut: server message");
    assert_eq!(cut.len(), 40);
    assert!(html.contains("<p class=\"crumbs\">浙江在线 <span class=\"sep\">›</span> 浙江新闻"));
    assert!(html.contains("<h3>Related: 全省动态</h3>"));
    let card: Vec<&Element> = elements.iter().filter(|e| e.tag == "dd").collect();
    assert_eq!(card[0].text, "慈溪市构建群众参与机制");
    assert!(html.contains("<dt>issue</dt><dd>173</dd>"));
}

#[test]
fn a_gov_notice_view_marks_its_sections() {
    let Some(path) = common::shared("corpus/gov-pages/html/beijing-291.html") else {
        return;
    };
    let parsed = parse_file(path, &Options::default()).unwrap();
    let (_, elements) = check_view(&parsed);
    let sections: Vec<&Element> = elements.iter().filter(|e| e.has_class("sec")).collect();
    assert_eq!(sections.len(), 15);
    assert_eq!(
        sections
            .iter()
            .filter(|e| e.attrs["data-level"] == "2")
            .count(),
        5
    );
    let headline = elements.iter().find(|e| e.has_class("headline")).unwrap();
    assert_eq!(
        headline.text,
        "北京市住房和城乡建设委员会关于在全市建设工程中使用散装预拌砂浆工作的通知"
    );
    // The 发文字号 the title carried in brackets is the frame's, not the headline's.
    let number = parsed
        .document
        .frame
        .as_ref()
        .and_then(|f| f.doc_number.as_ref());
    assert_eq!(number.map(|n| n.text.as_str()), Some("京建法〔2014〕15号"));
    // The diagnostic links to where the text would have held the bulletin header.
    assert!(elements.iter().any(|e| e.tag == "a"
        && e.attrs["href"] == format!("#span-{}", parsed.document.diagnostics[0].span.start)));
}

#[test]
fn a_markdown_report_view_marks_its_quantities() {
    let rel = "corpus/gov-reports/政府工作报告-其他地市/邢台市/2021.md";
    let Some(path) = common::shared(rel) else {
        return;
    };
    let parsed = parse_file(path, &Options::default()).unwrap();
    let (_, elements) = check_view(&parsed);
    let total: usize = parsed
        .document
        .articles
        .iter()
        .map(|a| a.quantities.len())
        .sum();
    // Full dates are one quantity each, indefinite articles (一个…) none, and a ratio of three
    // parts (三次产业结构比为15.6∶42.6∶41.8) one.
    assert_eq!(total, 239);
    assert_eq!(elements.iter().filter(|e| e.has_class("sec")).count(), 7);
}

#[test]
fn hostile_html_shows_its_markup_as_text_and_runs_nothing() {
    let page = include_bytes!("data/view-hostile.html");
    let parsed = parse_bytes(page, &Options::default()).unwrap();
    let (html, elements) = check_view(&parsed);
    // (The scan has checked that no tag holds an on… attribute.)
    assert!(!html.contains("<img"));
    let headline = elements.iter().find(|e| e.has_class("headline")).unwrap();
    assert_eq!(headline.text, "某市开展<script>专项行动");
    assert!(html.contains("某市开展&lt;script&gt;专项行动"));
    // The escaped markup in the text is shown, as text.
    let main = elements.iter().find(|e| e.tag == "main").unwrap();
    assert!(main.text.contains("<img src=x onerror=alert(1)>组成"));
    assert!(main.text.contains("<script>alert(1)</script>"));
    let q = elements
        .iter()
        .find(|e| e.has_class("q") && e.text == "1347名")
        .unwrap();
    assert_eq!(q.attrs["data-value"], "1347");
}

#[test]
fn hostile_text_shows_its_markup_as_text_and_runs_nothing() {
    let text = include_bytes!("data/view-hostile.txt");
    let parsed = parse_bytes(text, &Options::default()).unwrap();
    let (html, elements) = check_view(&parsed);
    assert!(!html.contains("<img") && !html.contains("<b "));
    assert!(!html.contains("onclick=\""));
    let main = elements.iter().find(|e| e.tag == "main").unwrap();
    assert!(
        main.text
            .contains("某市开展<script>alert(1)</script>专项行动")
    );
    assert!(main.text.contains("<img src=x onerror=alert(1)>现通报如下"));
    assert!(main.text.contains("机关干部\"'&，"));
    assert!(main.text.contains("二是<b onclick=\"alert(1)\">走访</b>"));
}

#[test]
fn any_bytes_give_a_well_formed_view() {
    for input in [
        &b""[..],
        b"\xff\xfe\x00<\x00s",
        b"<html><body><p>\xe4\xb8\x80\xe3\x80\x81</p>",
        b"\n\n\n",
        "一、\n（一）\n1.\n（1）一是".as_bytes(),
    ] {
        let parsed = parse_bytes(input, &Options::default()).unwrap();
        check_view(&parsed);
    }
}

#[test]
fn the_command_line_writes_the_same_view() {
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/bulletin.txt");
    let expected = jianbao::view::render(&parse_file(example, &Options::default()).unwrap());
    let bin = env!("CARGO_BIN_EXE_jianbao");
    let stdout = std::process::Command::new(bin)
        .args(["view", example])
        .output()
        .unwrap();
    assert!(stdout.status.success());
    assert_eq!(String::from_utf8(stdout.stdout).unwrap(), expected);
    let out = std::env::temp_dir().join(format!("jianbao-view-cli-{}.html", std::process::id()));
    let status = std::process::Command::new(bin)
        .args(["view", example, "-o"])
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), expected);
    let _ = std::fs::remove_file(&out);
    let missing = std::process::Command::new(bin)
        .args(["view", "no/such/file"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
}

/// Pieces that make headlines, sections, points, numbers, markup and junk.
const PIECES: &[&str] = &[
    "一、",
    "（一）",
    "1.",
    "（1）",
    "一是",
    "二是",
    "标题",
    "工作简报第5期",
    "抽调1347名机关干部",
    "55000多户",
    "80%",
    "三种渠道",
    "。",
    "，",
    "\n",
    "\n\n",
    "  ",
    "<p>",
    "</p>",
    "<div class=nav>",
    "<a href=/x>首页</a>",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "&amp;",
    "&lt;",
    "\"",
    "'",
    "\u{fffd}",
    "\u{3000}",
    "——",
    "<html><body>",
    "\r\n",
    "\u{0}",
];

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

    /// Any mix of the pieces gives a well-formed view that marks every quantity and title.
    #[test]
    fn any_mix_gives_a_well_formed_view(picks in proptest::collection::vec(0..PIECES.len(), 0..60)) {
        let input: String = picks.iter().map(|&i| PIECES[i]).collect();
        let parsed = parse_bytes(input.as_bytes(), &Options::default()).unwrap();
        check_view(&parsed);
    }
}
