//! Pages with no article (a column index, a service menu, an error page, a page whose text did
//! not decode) give an empty `text` and a `no_content` diagnostic that says why, not stray chrome
//! lines; pages written here, never copies of real ones.

use jianbao::{Document, Options, parse_bytes};

fn parse(html: &str) -> Document {
    parse_bytes(html.as_bytes(), &Options::default())
        .unwrap()
        .document
}

fn why(doc: &Document) -> Vec<String> {
    doc.diagnostics
        .iter()
        .filter(|d| d.code == "no_content")
        .map(|d| d.message.clone())
        .collect()
}

/// A column index of a portal: a list of linked headlines with dates, the column's name as the
/// only heading, a footer.
fn column_index(items: usize) -> String {
    let list: String = (1..=items)
        .map(|i| {
            format!(
                "<li><a href=/c/{i}.html>某市召开第{i}次专题工作会议部署重点任务</a><span>2014-09-{:02}</span></li>",
                i % 28 + 1
            )
        })
        .collect();
    format!(
        "<html><head><meta charset=utf-8><title>工作动态_某市人民政府网</title></head><body>\
         <div class=nav><a href=/>首页</a> <a href=/a>工作动态</a> <a href=/b>政策法规</a></div>\
         <div class=main><h2>工作动态</h2><ul>{list}</ul><div class=date>2014-09-30</div></div>\
         <div class=foot>推荐使用IE 8.0以上版本浏览器，1024*768或更高分辨率<br>版权所有 某市人民政府</div>\
         </body></html>"
    )
}

#[test]
fn column_index_has_no_article() {
    let doc = parse(&column_index(20));
    assert_eq!(doc.text, "");
    assert_eq!(
        why(&doc),
        ["no article: the page holds no headline and no sentence, only stray lines"]
    );
}

#[test]
fn deleted_page_has_no_article() {
    let doc = parse(
        "<html><head><meta charset=utf-8><title>网页已删除</title></head><body>\
         <div class=nav><a href=/>首页</a></div><div class=box>本网页已删除</div></body></html>",
    );
    assert_eq!(doc.text, "");
    assert_eq!(why(&doc).len(), 1);
}

#[test]
fn unreadable_page_has_no_article() {
    let lost = "\u{fffd}".repeat(40);
    let html = format!(
        "<html><head><meta charset=utf-8><title>{lost}</title></head><body>\
         <div class=content><p>{lost}2015{lost}</p><p>{lost}，{lost}</p></div></body></html>"
    );
    let doc = parse(&html);
    assert_eq!(doc.text, "");
    assert_eq!(
        why(&doc),
        ["no article: most of the page's text did not decode (U+FFFD)"]
    );
}

#[test]
fn short_article_under_its_headline_stays() {
    // One short sentence under a headline that repeats <title> is an article.
    let doc = parse(
        "<html><head><meta charset=utf-8><title>某市启用新政务大厅_某市人民政府网</title></head><body>\
         <div class=content><h1>某市启用新政务大厅</h1><p>新大厅今日启用，可办理四十项业务。</p></div></body></html>",
    );
    assert_eq!(doc.text, "新大厅今日启用，可办理四十项业务。");
    assert!(why(&doc).is_empty());
    // A caption-only article under its headline keeps its line, punctuation or not.
    let doc = parse(
        "<html><head><meta charset=utf-8><title>某市举办迎春长跑活动_某市人民政府网</title></head><body>\
         <div class=content><h1>某市举办迎春长跑活动</h1><p>图为活动现场</p></div></body></html>",
    );
    assert_eq!(doc.text, "图为活动现场");
}
