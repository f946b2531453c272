//! Pages whose `<title>` names nothing (a CMS label such as 内容页 or 详细信息, the site's name, the
//! site and its column path): the headline is the heading over the main text, found without the
//! title; pages whose title names the article keep the block that repeats it.

mod common;

use common::shared;
use jianbao::{Options, parse_bytes, parse_str};

const CMS_DETAIL: &[u8] = include_bytes!("data/untitled/cms-detail.html");

#[test]
fn cms_detail_page_headline_is_the_cell_over_the_source_line() {
    let doc = parse_bytes(CMS_DETAIL, &Options::default())
        .expect("parses")
        .document;
    let headline = "某某市人民政府办公室关于做好防汛抗旱工作的通知";
    assert_eq!(doc.title.as_deref(), Some(headline));
    assert_eq!(doc.articles.len(), 1);
    assert_eq!(doc.articles[0].headline, headline);
    // The headline is not repeated in the text, which starts at the recipients line.
    assert!(
        doc.text.starts_with("各区县人民政府，市政府各部门：\n"),
        "{}",
        doc.text
    );
    let frame = doc.frame.as_ref().expect("a 公文 frame");
    assert_eq!(frame.doc_type.as_deref(), Some("通知"));
    let titles: Vec<&str> = doc.articles[0]
        .sections
        .iter()
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(titles, ["加强组织领导", "强化隐患排查"]);
    assert_eq!(doc.date.as_deref(), Some("2015-05-12"));
}

#[test]
fn site_name_and_column_path_title_is_generic_too() {
    let html = "<title>某某市住房和城乡建设委员会门户网站 > 信息公开 > 政务动态</title>\
        <div><a href=/>首页</a> <a href=/gk>信息公开</a></div>\
        <div><div>市住房城乡建设委召开系统应急工作会</div>\
        <div>发布时间：2014-11-28</div>\
        <div class=content><p>11月27日，市住房城乡建设委召开全系统应急工作会，总结全年应急管理工作。</p>\
        <p>会议要求，各单位要认真落实应急值守制度，做好冬季安全生产工作。</p></div></div>";
    let doc = parse_str(html, &Options::default());
    assert_eq!(
        doc.articles[0].headline,
        "市住房城乡建设委召开系统应急工作会"
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("市住房城乡建设委召开系统应急工作会")
    );
}

#[test]
fn an_h1_over_an_editor_toolbar_is_the_headline() {
    // Forum and blog templates: the post's <h1>, a byline and a row of toolbar labels above the
    // text; the <title> is the forum's name.
    let html = "<title>某某论坛</title><div><a href=/>首页</a> <a href=/t>话题</a></div>\
        <h1>项目的设计理念</h1><div><a href=/u/1>某用户</a></div><div>2023-02-28 17:31:30 阅读 5605</div>\
        <div>一级标题</div><div>二级标题</div><div>上传图片</div>\
        <div class=post><p>这个项目只考虑业务，不考虑基础服务，每个功能的核心逻辑只有一套。</p>\
        <p>维护起来也非常方便，基础服务需要改动时只需要更新一处代码，其他项目不用改动。</p></div>";
    let doc = parse_str(html, &Options::default());
    assert_eq!(doc.articles[0].headline, "项目的设计理念");
}

#[test]
fn a_byline_with_a_linked_name_is_no_headline() {
    // A forum reply under a forum-name title: the line over the text is the poster's linked
    // name and a relative time, and the post has no headline of its own.
    let html = "<title>某某论坛</title><div><a href=/>首页</a> <a href=/t>话题</a></div>\
        <div><a href=/u/2>小诺</a>10月前</div>\
        <div class=post><p>花了一天半的时间买了四个平板，总算是解决了，大家有什么建议吗？</p>\
        <p>第二段，继续说明这件事情的经过，文字较长，而且有标点符号。</p></div>";
    let doc = parse_str(html, &Options::default());
    assert_eq!(doc.articles[0].headline, "");
}

#[test]
fn a_title_that_names_the_article_keeps_its_block() {
    // The block repeating the title wins even when another heading stands over the text.
    let html = "<title>某市开展安全生产大检查 - 某某网</title><h1>某市开展安全生产大检查</h1>\
        <div>栏目导读</div><div>来源：某某网　2015-05-12</div>\
        <div class=content><p>近日，某市组织开展安全生产大检查，覆盖全市重点企业。</p>\
        <p>检查中发现的问题已全部交办，限期整改到位，确保不留隐患。</p></div>";
    let doc = parse_str(html, &Options::default());
    assert_eq!(doc.articles[0].headline, "某市开展安全生产大检查");
}

#[test]
fn section_heading_under_a_generic_title_is_not_the_headline() {
    // No heading over the text: its first block, a section heading (一、), stays a section.
    let html = "<title>详细信息</title><div><a href=/>首页</a> <a href=/gk>信息公开</a></div>\
        <div class=content><p>一、总体情况</p>\
        <p>全年重点工程分四大类二百二十项，其中续建一百三十项，计划新开工九十项。</p>\
        <p>前八个月实现新开工程三十六项，占年度开工计划的四成。</p></div>";
    let doc = parse_str(html, &Options::default());
    assert_eq!(doc.articles[0].headline, "");
    assert_eq!(doc.articles[0].sections[0].title, "总体情况");
}

#[test]
fn corpus_cms_detail_page_titled_xiangxi_xinxi() {
    // The dev example of the class: bjjs.gov.cn's detail template (td#CInfoTitle).
    let Some(path) = shared("corpus/gov-pages/html/beijing-571.html") else {
        return;
    };
    let bytes = std::fs::read(path).expect("reads");
    let doc = parse_bytes(&bytes, &Options::default())
        .expect("parses")
        .document;
    assert_eq!(doc.page.title.as_deref(), Some("详细信息"));
    assert_eq!(doc.articles[0].headline, "1-8月本市重点工程建设进展情况");
    assert_eq!(doc.title.as_deref(), Some("1-8月本市重点工程建设进展情况"));
}

#[test]
fn a_question_headline_over_a_source_line() {
    // Popular-science and news pages titled with the site and its column: the headline asks a
    // question, and a 来源 line stands between it and the text.
    let html = "<title>某某科普网-辟谣文章</title><div><a href=/>首页</a> <a href=/py>辟谣</a></div>\
        <div>热门关键词</div><div><a href=/k/1>食品安全</a></div>\
        <div><div>徒手抓子弹真的存在吗？</div><div>来源：某某科普网</div>\
        <div class=article><p>看过电影的人可能会记得徒手抓子弹的剧情。那么在现实中，徒手抓子弹可不可以？</p>\
        <p>首先介绍几个物理概念，在了解了物理知识后，再来考虑徒手接子弹是否行得通。</p></div></div>";
    let doc = parse_str(html, &Options::default());
    assert_eq!(doc.articles[0].headline, "徒手抓子弹真的存在吗？");
}
