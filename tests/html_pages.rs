//! One model for text and HTML: the same bulletin as a modern page, a 2005 table layout with
//! <font> and <br>, an <h1>/<h2> layout, in UTF-8 and GBK, gives the same structure as the text.

mod common;

use common::{half_width, shared};
use jianbao::{Document, Format, Options, parse_bytes, parse_str};

const EXAMPLE: &str = include_str!("../examples/data/bulletin.txt");

/// A section as compared: level, ordinal, title, declared count, point titles.
type SectionShape = (u8, u32, String, Option<u32>, Vec<String>);

/// What must not depend on the input's form: bulletin (year, issue), headlines, sections, quantities.
#[derive(Debug, PartialEq)]
struct Shape(
    Option<(Option<i32>, Option<u32>)>,
    Vec<String>,
    Vec<SectionShape>,
    Vec<(String, String)>,
);

fn structure(doc: &Document) -> Shape {
    let bulletin = doc.bulletin.as_ref().map(|b| (b.year, b.issue));
    let headlines = doc
        .articles
        .iter()
        .map(|a| half_width(&a.headline))
        .collect();
    let sections = doc
        .sections()
        .map(|s| {
            (
                s.level,
                s.ordinal,
                half_width(&s.title),
                s.declared_count,
                s.points.iter().map(|p| half_width(&p.title)).collect(),
            )
        })
        .collect();
    let quantities = doc
        .articles
        .iter()
        .flat_map(|a| &a.quantities)
        .map(|q| {
            (
                half_width(&q.text),
                q.value.map_or_else(String::new, |v| v.to_string()),
            )
        })
        .collect();
    Shape(bulletin, headlines, sections, quantities)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The text's lines as a modern article page: chrome in nav/footer, the body in paragraphs.
fn modern_page(text: &str) -> String {
    let body: String = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("<p>{}</p>\n", escape(l.trim())))
        .collect();
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>简报 - 某某网</title></head><body>\
         <div class=\"nav\"><a href=\"/\">首页</a><a href=\"/a\">党建</a><a href=\"/b\">动态</a></div>\
         <div class=\"article\">\n{body}</div><div class=\"footer\">版权所有 ICP备000000号</div></body></html>"
    )
}

/// The same lines as a 2005 table layout: <table><tr><td><font>…<br>…</font>, GBK declared gb2312.
fn table_page(text: &str) -> String {
    let body: Vec<String> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| escape(l.trim()))
        .collect();
    format!(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>简报</title></head>\
         <body><table width=\"760\"><tr><td><a href=\"/\">首页</a> | <a href=\"/x\">新闻</a></td></tr>\
         <tr><td class=\"zoom\"><font size=\"3\">{}</font></td></tr>\
         <tr><td>版权所有 2005</td></tr></table></body></html>",
        body.join("<br>\n")
    )
}

fn gbk(s: &str) -> Vec<u8> {
    encoding_rs::GBK
        .encode(&s.replace('\u{a0}', " "))
        .0
        .into_owned()
}

fn check_same(name: &str, text: &str) {
    let want = structure(&parse_str(text, &Options::default()));
    assert!(!want.2.is_empty(), "{name}: the text has sections");
    for (form, bytes) in [
        ("modern utf-8", modern_page(text).into_bytes()),
        (
            "modern gbk",
            gbk(&modern_page(text).replace("utf-8", "gbk")),
        ),
        ("table gbk", gbk(&table_page(text))),
    ] {
        let p = parse_bytes(&bytes, &Options::default()).unwrap();
        assert_eq!(p.document.format, Format::Html, "{name} {form}");
        let got = structure(&p.document);
        assert_eq!(got.0, want.0, "{name} {form}: bulletin");
        assert_eq!(got.2, want.2, "{name} {form}: sections");
        assert_eq!(got.3, want.3, "{name} {form}: quantities");
        for s in p.document.sections() {
            assert!(
                p.text.get(s.span.range()).is_some(),
                "{name} {form}: section span"
            );
        }
    }
}

#[test]
fn the_example_as_pages_gives_the_same_bulletin() {
    check_same("example", EXAMPLE);
}

#[test]
fn the_seed_as_pages_gives_the_same_bulletin() {
    let Some(path) = shared("seed/zjol-2010-173.txt") else {
        return;
    };
    let seed = std::fs::read_to_string(path).unwrap();
    check_same("seed", &seed);
}

#[test]
fn h1_h2_layout_gives_headline_and_subheadline() {
    let html = "<html><head><meta charset=utf-8><title>某县推行新机制 - 政府网</title></head><body>\
        <div class=nav><a href=/>首页</a></div><div class=content>\
        <h1>某县推行新机制</h1><h2>着力提高群众满意度</h2>\
        <p>今年以来，某县推行新机制，组织干部深入基层，解决群众关心的问题。</p>\
        <p>一、建立“两张清单”。一是走访清单，走访农户3800余户。二是问题清单，梳理问题146个。</p>\
        </div></body></html>";
    let doc = parse_bytes(html.as_bytes(), &Options::default())
        .unwrap()
        .document;
    let a = &doc.articles[0];
    assert_eq!(a.headline, "某县推行新机制");
    assert_eq!(a.subheadline.as_deref(), Some("着力提高群众满意度"));
    assert_eq!(doc.title.as_deref(), Some("某县推行新机制"));
    assert_eq!(a.sections[0].declared_count, Some(2));
    assert_eq!(a.sections[0].points.len(), 2);
    assert!(!doc.text.contains("首页"));
    assert!(doc.text.starts_with("着力提高群众满意度"));
}

#[test]
fn page_metadata_date_author_source() {
    let html = "<html><head><meta charset=utf-8><title>标题 - 网</title><meta name=\"author\" content=\"王小明\"></head><body>\
        <div class=content><h1>标题</h1><div class=info>发布时间：2010年06月01日 来源：某市委组织部</div>\
        <p>正文第一段，讲述了工作的开展情况，内容比较充实，句子完整。</p><p>正文第二段，继续说明工作成效和下一步打算。</p></div></body></html>";
    let doc = parse_bytes(html.as_bytes(), &Options::default())
        .unwrap()
        .document;
    assert_eq!(doc.date.as_deref(), Some("2010-06-01"));
    assert_eq!(doc.author.as_deref(), Some("王小明"));
    assert!(!doc.text.contains("发布时间"));
}

#[test]
fn bulletin_header_survives_on_a_page_whose_title_is_the_headline() {
    let html = "<html><head><meta charset=utf-8><title>青溪县推行三访三问工作法</title></head><body>\
        <div class=nav><a href=/>首页</a></div><div class=content>\
        <p>2011党建工作简报第42期</p><p>青溪县委组织部　2011年9月16日</p>\
        <h1>青溪县推行三访三问工作法</h1>\
        <p>今年以来，青溪县推行“三访三问”工作法，组织党员干部深入村居。</p>\
        <p>一、建立“三张清单”。一是走访清单。二是问题清单。三是责任清单。</p></div></body></html>";
    let doc = parse_bytes(html.as_bytes(), &Options::default())
        .unwrap()
        .document;
    let b = doc.bulletin.as_ref().expect("the header is kept");
    assert_eq!(
        (b.issue, b.year, b.publisher.as_deref()),
        (Some(42), Some(2011), Some("青溪县委组织部"))
    );
    assert_eq!(doc.articles[0].headline, "青溪县推行三访三问工作法");
    assert_eq!(doc.articles[0].sections[0].points.len(), 3);
}
