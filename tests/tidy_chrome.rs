//! Page tidying reports what it cuts: a byline that is the first thin line under the headline is
//! metadata in the chrome (the author is read from it), player controls and counters are prompts,
//! and the cells of a data table stay in the text (issue 10). Pages written here.

use jianbao::layout::Chrome;
use jianbao::{Options, pipeline::trace};

/// The chrome kind each cut line got, in input order, with its text.
fn cut(page: &str) -> Vec<(String, Option<Chrome>)> {
    trace(page, &Options::default())
        .dropped()
        .iter()
        .map(|d| (page[d.span.range()].to_string(), d.chrome))
        .collect()
}

const HEAD: &str = "<html><head><meta charset=utf-8><title>某市推行便民服务新机制 - 某某网</title></head><body><div class=content><h1>某市推行便民服务新机制</h1>";
const PARA: &str =
    "<p>今年以来，某市坚持把群众满意作为工作的出发点和落脚点，组织干部深入基层，倾听群众意见。</p>";

#[test]
fn byline_under_the_headline_is_metadata() {
    let page = format!("{HEAD}<p>早报记者 陆鸣 实习生 王齐</p>{PARA}</div></body></html>");
    let doc = jianbao::pipeline::document(&page, &Options::default());
    assert_eq!(doc.author.as_deref(), Some("陆鸣 王齐"));
    assert!(!doc.text.contains("陆鸣"), "{}", doc.text);
    let cut = cut(&page);
    assert!(
        cut.contains(&("早报记者 陆鸣 实习生 王齐".to_string(), Some(Chrome::Meta))),
        "{cut:?}"
    );
}

#[test]
fn thin_furniture_before_the_text_is_a_prompt() {
    let page = format!("{HEAD}<p>00:00 / 03:15</p>{PARA}<p>点赞</p></div></body></html>");
    let cut = cut(&page);
    assert!(
        cut.contains(&("00:00 / 03:15".to_string(), Some(Chrome::Prompt))),
        "{cut:?}"
    );
    assert!(
        cut.contains(&("点赞".to_string(), Some(Chrome::Prompt))),
        "{cut:?}"
    );
    // Nothing leaves silently.
    let silent: Vec<_> = cut.iter().filter(|(_, k)| k.is_none()).collect();
    assert!(silent.is_empty(), "{silent:?}");
}
