//! The author of a news page from its reporters' byline (记者 X、Y), in each place Chinese news
//! prints one; pages written here, never copies of real ones.

use jianbao::{Document, Options, parse_bytes};

/// Paragraphs of an ordinary news story.
const PARAS: [&str; 3] = [
    "今年以来，某市坚持把群众满意作为工作的出发点和落脚点，组织干部深入基层，倾听群众意见，解决了一批群众关心的实际问题。",
    "在具体工作中，该市建立了问题清单、责任清单和销号清单，每一个问题都明确责任人和完成时限，做到件件有着落、事事有回音。",
    "下一步，该市将继续深化改革，推动更多服务事项下沉到镇街和村社，让群众在家门口就能办成事、办好事。",
];

/// A news page whose body is `body` (paragraphs as `<p>`).
fn page(body: &[String]) -> Document {
    let paras: String = body.iter().map(|p| format!("<p>{p}</p>")).collect();
    let html = format!(
        "<html><head><meta charset=utf-8><title>某市推行便民服务新机制 - 某某网</title></head><body>\
         <div class=nav><a href=/>首页</a> <a href=/n>新闻</a></div><div class=content>\
         <h1>某市推行便民服务新机制</h1><div class=info>2014-09-05 10:20 来源：某某网</div>{paras}</div>\
         <div class=footer>版权所有 某某网</div></body></html>"
    );
    parse_bytes(html.as_bytes(), &Options::default())
        .unwrap()
        .document
}

fn story(first: &str, last: &str) -> Vec<String> {
    let mut v: Vec<String> = PARAS.iter().map(|p| p.to_string()).collect();
    v[0] = format!("{first}{}", v[0]);
    v[2] = format!("{}{last}", v[2]);
    v
}

#[test]
fn dateline_group_names_the_reporters() {
    let doc = page(&story("新华社北京9月4日电（记者 何雨欣、杜宇）", ""));
    assert_eq!(doc.author.as_deref(), Some("何雨欣 杜宇"));
    let doc = page(&story("本报讯(记者柳德新 通讯员彭敏)", ""));
    assert_eq!(doc.author.as_deref(), Some("柳德新 彭敏"));
}

#[test]
fn closing_group_names_the_reporter() {
    let doc = page(&story("", "（记者 于华鹏）"));
    assert_eq!(doc.author.as_deref(), Some("于华鹏"));
    let doc = page(&story("", "(见习记者 胡淼)"));
    assert_eq!(doc.author.as_deref(), Some("胡淼"));
}

#[test]
fn byline_line_names_reporters_and_interns() {
    let mut body = story("", "");
    body.insert(0, "早报记者 陆鸣 实习生 王齐".to_string());
    let doc = page(&body);
    // Read under the headline even where the text leaves a thin first line out.
    assert_eq!(doc.author.as_deref(), Some("陆鸣 王齐"));
}

#[test]
fn photo_credits_and_sentences_name_no_author() {
    let mut body = story("记者从会上获悉，", "");
    body.insert(0, "新华社记者 金立旺 摄".to_string());
    body.push("（记者：这项工作何时完成？）".to_string());
    let doc = page(&body);
    assert_eq!(doc.author, None);
}

#[test]
fn labelled_author_line_is_read_as_names() {
    let doc = page(&story("", ""));
    assert_eq!(doc.author, None);
    let mut body = story("", "");
    body.push("（本文来源：某某日报  作者：实习记者 马 燕）".to_string());
    let doc = page(&body);
    assert_eq!(doc.author.as_deref(), Some("马燕"));
}
