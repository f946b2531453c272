//! Classes of pages the crate failed on outright in a held-out run, each as a small page written
//! here (never a copy of a real one): what a reader takes as the document must come out whole, and
//! nothing else. One test per class; each failed before its rule.

mod common;

use common::{half_width, shared};
use jianbao::{Document, Options, parse_bytes, parse_str};

/// Four paragraphs of an ordinary news story.
const PARAS: [&str; 4] = [
    "今年以来，某市坚持把群众满意作为工作的出发点和落脚点，组织干部深入基层，倾听群众意见，解决了一批群众关心的实际问题。",
    "在具体工作中，该市建立了问题清单、责任清单和销号清单，每一个问题都明确责任人和完成时限，做到件件有着落、事事有回音。",
    "同时，该市还开通了网上办事大厅，群众足不出户就能办理社保、医保、户籍等四十多项业务，办事时间平均缩短了一半以上。",
    "下一步，该市将继续深化改革，推动更多服务事项下沉到镇街和村社，让群众在家门口就能办成事、办好事。",
];

fn paragraphs() -> String {
    PARAS.iter().map(|p| format!("<p>{p}</p>")).collect()
}

fn parse(bytes: &[u8]) -> Document {
    parse_bytes(bytes, &Options::default()).unwrap().document
}

/// Class 4: a page saved by an archiver inside a wrapper element holding the URL and title as
/// attributes, with kilobytes of script before the page's own `<html>`.
#[test]
fn archived_page_in_a_wrapper_element_is_read_as_html() {
    let script = "<script>var config = {a: 1, b: 2}; function f(x) { return x > 1 ? x * 2 : 0; };</script>\n"
        .repeat(40);
    let html = format!(
        "<page url=\"http://www.example.com/news/2010/0601/123.html\" title=\"某市推行便民服务新机制\">{script}\
         <html><head><meta charset=utf-8><title>某市推行便民服务新机制_某某网</title></head><body>\
         <div class=nav><a href=/>首页</a></div><div class=content><h1>某市推行便民服务新机制</h1>{}</div>\
         </body></html></page>",
        paragraphs()
    );
    let doc = parse(html.as_bytes());
    assert_eq!(doc.title.as_deref(), Some("某市推行便民服务新机制"));
    assert_eq!(doc.text, PARAS.join("\n"));
}

/// Class 6: GBK bytes under a Western declaration (a template's iso-8859-1), and undeclared GBK
/// with a damaged byte whose first 64 KiB are script.
#[test]
fn gbk_bytes_overrule_a_western_declaration_and_need_none() {
    let page = |head: &str| {
        format!(
            "<html><head>{head}<title>某市推行便民服务新机制</title></head><body><div class=content>\
             <h1>某市推行便民服务新机制</h1>{}</div></body></html>",
            paragraphs()
        )
    };
    let declared = page("<meta http-equiv=Content-Type content=\"text/html; charset=iso-8859-1\">");
    let doc = parse(&encoding_rs::GBK.encode(&declared).0);
    assert_eq!(doc.encoding, "GBK");
    assert_eq!(doc.text, PARAS.join("\n"));

    let script = "<script>var config = {a: 1, b: 2}; function f(x) { return x * 2; }</script>\n"
        .repeat(1200);
    let mut bytes = encoding_rs::GBK.encode(&page(&script)).0.into_owned();
    // A stray byte (a truncated character) in the title: the bytes no longer decode cleanly.
    let at = bytes.windows(7).position(|w| w == b"<title>").unwrap() + 7;
    bytes.insert(at, 0xFF);
    let doc = parse(&bytes);
    assert_eq!(doc.encoding, "GBK");
    assert_eq!(doc.text, PARAS.join("\n"));
}

/// Class 7: an author slot a template filled with markup; the author comes only from a byline.
#[test]
fn author_is_never_a_markup_fragment() {
    let html = format!(
        "<html><head><meta charset=utf-8><title>某市推行便民服务新机制 - 某某网</title>\
         <meta name=\"author\" content=\"<a href='/u/1'>张三</a>\"></head><body><div class=content>\
         <h1>某市推行便民服务新机制</h1><div class=info>发布时间：2010-06-01 来源：某某网</div>{}</div></body></html>",
        paragraphs()
    );
    let doc = parse(html.as_bytes());
    assert_eq!(doc.author, None);
    assert_eq!(doc.date.as_deref(), Some("2010-06-01"));
    let html = html.replace("来源：某某网", "作者：王小明 来源：某某网");
    assert_eq!(parse(html.as_bytes()).author.as_deref(), Some("王小明"));
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// What a bulletin page must give as its text does: bulletin, headline, subheadline, lead,
/// sections with their points, quantities.
type Shape = (
    Option<(Option<i32>, Option<u32>)>,
    Vec<(String, Option<String>, Option<String>)>,
    Vec<(u8, u32, String, Vec<String>)>,
    Vec<String>,
);

fn shape(doc: &Document) -> Shape {
    (
        doc.bulletin.as_ref().map(|b| (b.year, b.issue)),
        doc.articles
            .iter()
            .map(|a| {
                (
                    half_width(&a.headline),
                    a.subheadline.as_deref().map(half_width),
                    a.lead.as_deref().map(half_width),
                )
            })
            .collect(),
        doc.sections()
            .map(|s| {
                let points = s.points.iter().map(|p| half_width(&p.title)).collect();
                (s.level, s.ordinal, half_width(&s.title), points)
            })
            .collect(),
        doc.articles
            .iter()
            .flat_map(|a| &a.quantities)
            .map(|q| half_width(&q.text))
            .collect(),
    )
}

/// Bulletin pages titled with the bulletin header (`<title>2010创先争优活动简报第173期`): the
/// headline and subheadline below it are the article's, in four layouts, as from the text.
#[test]
fn bulletin_page_titled_with_its_header_keeps_headline_and_subheadline() {
    let Some(path) = shared("seed/zjol-2010-173.txt") else {
        return;
    };
    let seed = std::fs::read_to_string(path).unwrap();
    let want = shape(&parse_str(&seed, &Options::default()));
    assert_eq!(want.1[0].0, "慈溪市构建群众参与机制");
    assert_eq!(
        want.1[0].1.as_deref(),
        Some("着力提高创先争优活动群众满意度")
    );
    let title = "2010创先争优活动简报第173期";
    let lines: Vec<String> = seed
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(escape)
        .collect();
    let at = lines
        .iter()
        .position(|l| l == "慈溪市构建群众参与机制")
        .unwrap();
    let p = |ls: &[String]| -> String { ls.iter().map(|l| format!("<p>{l}</p>\n")).collect() };
    let modern = format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>\
         <div class=\"nav\"><a href=\"/\">首页</a><a href=\"/a\">党建</a></div>\
         <div class=\"article\">\n{}</div><div class=\"footer\">版权所有 ICP备000000号</div></body></html>",
        p(&lines)
    );
    let headings = format!(
        "<html><head><meta charset=utf-8><title>{title}</title></head><body><div class=content>\
         {}<h1>{}</h1><h2>{}</h2>{}</div></body></html>",
        p(&lines[..at]),
        lines[at],
        lines[at + 1],
        p(&lines[at + 2..])
    );
    let table = format!(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>{title}</title></head>\
         <body><table width=\"760\"><tr><td><a href=\"/\">首页</a> | <a href=\"/x\">新闻</a></td></tr>\
         <tr><td class=\"zoom\"><font size=\"3\">{}</font></td></tr><tr><td>版权所有 2010</td></tr></table></body></html>",
        lines.join("<br>\n")
    );
    let gbk = |s: &str| {
        encoding_rs::GBK
            .encode(&s.replace("utf-8", "gbk"))
            .0
            .into_owned()
    };
    for (form, bytes) in [
        ("p utf-8", modern.clone().into_bytes()),
        ("p gbk", gbk(&modern)),
        ("h1/h2", headings.into_bytes()),
        ("table gbk", gbk(&table)),
    ] {
        let doc = parse(&bytes);
        assert_eq!(shape(&doc), want, "{form}");
        assert_eq!(
            doc.title.as_deref(),
            Some("慈溪市构建群众参与机制"),
            "{form}"
        );
    }
}

/// Class 5: an article that goes on after a numbered list of long items (which outscores each of
/// its paragraphs), on a page with no headline to anchor it: the text before and after the list
/// is the article's too.
#[test]
fn article_goes_on_after_its_numbered_list() {
    let items: String = (0..4)
        .map(|i| format!("<li>{}{}</li>", PARAS[i], PARAS[(i + 1) % 4]))
        .collect();
    let html = format!(
        "<html><head><meta charset=utf-8><title>某市推行便民服务新机制 - 某某网</title></head><body>\
         <div class=nav><a href=/>首页</a></div><div id=x>\
         <p>为了让群众办事更方便，某市今年推出了四项举措。</p><ol>{items}</ol>\
         <p>此外，该市还对全市三百多个村社的服务站进行了标准化改造，方便群众办事。</p>\
         <p>据统计，新机制实施半年来，全市群众满意率提高到百分之九十六。</p></div>\
         <div class=footer>版权所有 某某网</div></body></html>"
    );
    let doc = parse(html.as_bytes());
    let lines: Vec<&str> = doc.text.lines().collect();
    assert_eq!(lines.len(), 7);
    assert_eq!(lines[0], "为了让群众办事更方便，某市今年推出了四项举措。");
    assert_eq!(lines[1], format!("{}{}", PARAS[0], PARAS[1]));
    assert_eq!(
        lines[6],
        "据统计，新机制实施半年来，全市群众满意率提高到百分之九十六。"
    );
}

/// Class 3: a blog page whose sidebar holds paragraphs of its own (an about box, the latest
/// comments) beside the archive list: the post comes out, the sidebar does not.
#[test]
fn blog_post_without_its_sidebar() {
    let side = "<div class=widget><h3>关于我</h3><p>一个喜欢读书、旅行和写字的普通人，记录生活中的点点滴滴，欢迎大家常来坐坐，留下你的足迹。</p></div>";
    let latest: String = (0..6)
        .map(|i| format!("<p><a href=/c/{i}>访客{i}</a>：写得真好，读完很有感触，谢谢分享。</p>"))
        .collect();
    let archive: String = (1..13)
        .map(|m| format!("<li><a href=/a/{m}>2010年{m}月 (5)</a></li>"))
        .collect();
    let html = format!(
        "<html><head><meta charset=utf-8><title>便民服务新机制的一点观察 - 小王的博客</title></head><body>\
         <table width=950><tr><td colspan=2><h1><a href=/>小王的博客</a></h1></td></tr>\
         <tr><td width=700><div class=blogpost><div class=title><a href=/p/1>一点观察</a></div>\
         <div class=postbody>{}</div></div></td>\
         <td width=250>{side}<div class=widget><h3>最新评论</h3>{latest}</div>\
         <div class=widget><h3>文章归档</h3><ul>{archive}</ul></div></td></tr></table></body></html>",
        PARAS.join("<br>")
    );
    let doc = parse(html.as_bytes());
    assert_eq!(doc.text, PARAS.join("\n"));
}

/// Class 2: a forum thread whose opening post (under a class that reads as chrome, "topic") is
/// followed by a long list of short replies that together outscore it: the opening post is the
/// thread's document and comes out first, before the replies.
#[test]
fn forum_opening_post_is_kept_before_many_short_replies() {
    let reply = "说得好，支持一下！我们这里也是这样，办事方便多了。";
    let replies: String = (0..120)
        .map(|i| {
            format!(
                "<div class=reply><div class=author><a href=/u/{i}>网友{i}</a></div><div class=msg>{reply}</div></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><meta charset=utf-8><title>聊聊我们市的便民服务新机制 - 某某论坛</title></head><body>\
         <div class=nav><a href=/>论坛首页</a> <a href=/f>本地生活</a></div>\
         <div class=thread><h1>[本地生活] 聊聊便民服务</h1>\
         <div class=topic><div class=author><a href=/u/0>楼主小王</a></div><div class=topic-body>{}</div></div>\
         <div class=replylist>{replies}</div></div><div class=footer>Copyright 某某论坛</div></body></html>",
        paragraphs()
    );
    let doc = parse(html.as_bytes());
    let lines: Vec<&str> = doc.text.lines().collect();
    assert_eq!(&lines[..4], &PARAS[..]);
    assert_eq!(lines.len(), 4 + 120);
    assert_eq!(lines[4], reply);
}

/// A photo strip between the headline and the story (news sites of the 2010s): the caption in
/// its list is a sentence, but the article opens with the story's first paragraph, so the story
/// is anchored under the headline as the caption is.
#[test]
fn story_after_a_photo_strip_under_the_headline() {
    let html = format!(
        "<html><head><meta charset=utf-8><title>某市推行便民服务新机制 - 某某网</title></head><body>\
         <div class=nav><a href=/>首页</a></div><div class=news_story><h1>某市推行便民服务新机制</h1>\
         <div id=info><p>2012年1月17日 21:59</p></div><div class=box><div class=story_photo><ul><li>\
         <img src=/p/1.jpg><h3>某市便民服务中心里，群众正在窗口办理业务，工作人员耐心解答。</h3></li></ul></div></div>\
         <div class=story><p>记者某某／某市报道<br><br>{}</p></div></div></body></html>",
        PARAS.join("<br><br>")
    );
    let doc = parse(html.as_bytes());
    assert_eq!(doc.title.as_deref(), Some("某市推行便民服务新机制"));
    assert!(doc.text.ends_with(&PARAS.join("\n")), "{}", doc.text);
}

/// Pages of the 2000s whose story is loose text in a `<font>` with unclosed `<p>`s: the first
/// paragraph belongs to the table cell (the nearest block element), the rest to the `<p>`s under
/// the `<font>` that wins; the first paragraph is the story's too.
#[test]
fn loose_first_paragraph_of_an_inline_wrapper() {
    let html = format!(
        "<html><head><meta charset=utf-8><title>某市推行便民服务新机制</title></head><body>\
         <table><tr><td><div><strong>某市推行便民服务新机制</strong></div></td></tr>\
         <tr><td><font size=1>2012-01-12 15:15</font></td></tr>\
         <tr><td><table><tr><td valign=top><span><font size=3>{} <p> {} <p> {} <p> {} </font></span>\
         <br><br><table><tr><td><a href=#>打印</a></td></tr></table></td></tr></table></td></tr></table></body></html>",
        PARAS[0], PARAS[1], PARAS[2], PARAS[3]
    );
    let doc = parse(html.as_bytes());
    assert_eq!(doc.text.lines().last(), Some(PARAS[3]));
    assert!(doc.text.contains(PARAS[0]), "{}", doc.text);
}

/// Dates only where the page states them, and only real ones: a template's epoch in the meta
/// tag (a missing date) gives way to the dateline under the headline.
#[test]
fn an_epoch_placeholder_is_not_the_date() {
    let html = format!(
        "<html><head><meta charset=utf-8><title>某市推行便民服务新机制 - 某某网</title>\
         <meta name=publishdate content=\"1970-01-01 08:00:00\"></head><body><div class=content>\
         <h1>某市推行便民服务新机制</h1><div class=time>2012-01-17 21:59</div>{}</div></body></html>",
        paragraphs()
    );
    assert_eq!(parse(html.as_bytes()).date.as_deref(), Some("2012-01-17"));
}
