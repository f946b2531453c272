//! Forum threads whose last replies are a few words each (issue 9, class 2), as a small page
//! written here (never a copy of a real one): the opening post and every reply are the
//! document, however short the replies. Each test failed before its rule.

use jianbao::{Options, parse_str};

/// The opening post of the thread.
const POST: &str = "最近在整理专利申请材料，发现说明书附图的格式要求和去年不一样了，请问各位有没有遇到过补正通知，一般多久能处理完？";

/// A thread page of the 2010s: a header, the opening post, replies in repeated `<div>`s of one
/// template (user name, time, text) shared with the opening post, the last two of a few words each, then the reply form and
/// a footer.
fn thread_page(last: &[&str]) -> String {
    let mut replies = String::new();
    let bodies = ["我去年也收到过补正通知，按要求改完附图重新提交，大概一个月就处理好了。"]
        .iter()
        .chain(last);
    for (i, body) in bodies.enumerate() {
        replies.push_str(&format!(
            "<div class=post><div class=user><a href=/u/{i}>会员{i}</a></div>\
             <div class=time>2020-03-1{i} 10:5{i}</div><div class=body><p>{body}</p></div></div>"
        ));
    }
    format!(
        "<html><head><meta charset=utf-8><title>专利附图格式要求变了吗 - 知产论坛</title></head><body>\
         <div class=nav><a href=/>首页</a> <a href=/bbs>论坛</a> <a href=/ask>问答</a></div>\
         <div class=thread><h1>专利附图格式要求变了吗</h1>\
         <div class=post><div class=user><a href=/u/9>楼主</a></div>\
         <div class=time>2020-03-11 10:51</div><div class=body><p>{POST}</p></div></div>\
         {replies}</div>\
         <div class=form><textarea>说点什么吧</textarea><button>发表回复</button></div>\
         <div class=footer>版权所有 某某知识产权服务有限公司</div></body></html>"
    )
}

/// Class 2, a thread whose last replies are a few words ending in a full stop or an
/// exclamation: the tidy step cut them at the end of the text as interface labels (点赞失败,
/// +1); a line closing with a sentence-final mark is a sentence.
#[test]
fn short_last_replies_that_end_a_sentence_stay() {
    let html = thread_page(&["我也遇到过。", "同问！"]);
    let doc = parse_str(&html, &Options::default());
    // The post times are metadata of the posts, not text (tidy's stamps rule).
    let lines: Vec<&str> = doc.text.lines().collect();
    assert_eq!(
        lines,
        [
            POST,
            "我去年也收到过补正通知，按要求改完附图重新提交，大概一个月就处理好了。",
            "我也遇到过。",
            "同问！",
        ]
    );
}
