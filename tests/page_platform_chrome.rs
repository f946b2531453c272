//! Self-media platform posts (搜狐号, 网易号 and the like): the place stamp under the author and
//! the platform's disclaimer are chrome, not text; a page written here, never a copy of a real one.

use jianbao::{Options, parse_bytes};

#[test]
fn place_stamp_and_platform_disclaimer_are_not_text() {
    let paras = [
        "本赛季第三节比赛中，球队主力后卫在一次突破时受伤，随即离场接受检查。",
        "赛后球队确认，他的左手骨折，预计将缺席接下来四到六周的比赛。",
    ];
    let body: String = paras.iter().map(|p| format!("<p>{p}</p>")).collect();
    let html = format!(
        "<html><head><meta charset=utf-8><title>主力后卫左手骨折提前离场_某某号</title></head><body>\
         <div class=article><h1>主力后卫左手骨折提前离场</h1><div class=author>体育观察 发布于：北京市</div>\
         {body}<p>平台声明：该文观点仅代表作者本人，某某号系信息发布平台，仅提供信息存储空间服务。</p></div></body></html>"
    );
    let doc = parse_bytes(html.as_bytes(), &Options::default())
        .unwrap()
        .document;
    assert_eq!(doc.text, paras.join("\n"));
}

/// A list of other stories inside the news container: each item a linked headline, its source
/// and a time stamp. Chrome, not text, though the container holds it.
#[test]
fn other_stories_with_time_stamps_are_not_text() {
    let paras = [
        "本报讯 一名男童在手术后感觉鼻子不适，家长带他复查时发现鼻腔内留有纱布。",
        "医院方面表示，已成立调查组调查此事，并将依法依规处理相关责任人。",
    ];
    let body: String = paras.iter().map(|p| format!("<p>{p}</p>")).collect();
    let items: String = [
        ("民警化名网友将逃犯抓获", "2012-01-17 02:56"),
        ("渣土车将进行技术改造", "2012-01-17 02:55"),
        ("垃圾堆坍塌一人被困", "2012-01-17 02:40"),
    ]
    .iter()
    .enumerate()
    .map(|(i, (t, d))| format!("<li><a href=/n/{i}.html>{t}</a>【某某网】{d}</li>"))
    .collect();
    let html = format!(
        "<html><head><meta charset=utf-8><title>手术后纱布留在男童鼻腔内_某某网</title></head><body>\
         <div class=news><h1>手术后纱布留在男童鼻腔内</h1>{body}<ul>{items}</ul></div></body></html>"
    );
    let doc = parse_bytes(html.as_bytes(), &Options::default())
        .unwrap()
        .document;
    assert_eq!(doc.text, paras.join("\n"));
}
