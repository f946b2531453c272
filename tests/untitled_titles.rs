//! Pages whose `<title>` gives no headline, second round: a panel heading that repeats a generic
//! title, a banner that repeats the site's name, a title that is only the site's name over a
//! breadcrumb naming the page, and the cases that must keep their headline.

use jianbao::{Options, parse_str};

#[test]
fn a_panel_heading_repeating_a_generic_title_is_no_headline() {
    // CMS detail pages: a 详细信息 panel heading over the headline cell and the source line.
    let html = "<title>详细信息</title><div><a href=/>首页</a> > <a href=/x>政务动态</a></div>\
        <div class=panel><h3>详细信息</h3></div>\
        <table><tr><td>某市召开全市安全生产工作会议</td></tr><tr><td>来源：　发布时间：2014-09-22</td></tr>\
        <tr><td><div class=content><p>9月20日，某市召开全市安全生产工作会议，部署四季度安全生产工作。</p>\
        <p>会议要求，各单位要加强隐患排查治理，确保全市安全生产形势稳定。</p></div></td></tr></table>";
    let doc = parse_str(html, &Options::default());
    assert_eq!(doc.title.as_deref(), Some("某市召开全市安全生产工作会议"));
    assert_eq!(doc.articles[0].headline, "某市召开全市安全生产工作会议");
}

#[test]
fn a_headline_spaced_into_clauses_keeps_its_block() {
    // Taiwan and Hong Kong papers space the clauses of a headline; the title names the article.
    let html = "<title>泡湯半小時 男大生燙傷腳 | 蘋果日報</title><div><a href=/>首頁</a></div>\
        <h1>泡湯半小時 男大生燙傷腳</h1>\
        <div class=content><p>一名大學生到溫泉區泡湯半小時，起身後發現雙腳紅腫起水泡，送醫治療。</p>\
        <p>醫師提醒，泡湯水溫過高時應縮短時間，並注意補充水分。</p></div>";
    let doc = parse_str(html, &Options::default());
    assert_eq!(doc.title.as_deref(), Some("泡湯半小時 男大生燙傷腳"));
    assert_eq!(doc.articles[0].headline, "泡湯半小時 男大生燙傷腳");
}

#[test]
fn a_banner_repeating_the_site_name_is_no_headline() {
    // A portal's column page: its <title> is the column, the topic and the site; only the
    // banner repeats a part of it, the site's name.
    let html = "<title>发展规划_专题_某某政府网</title><div class=logo>某某政府网</div>\
        <ul><li><a href=/a>某某市国民经济和社会发展第十二个五年规划纲要</a></li>\
        <li><a href=/b>某某市城市总体规划（2010－2020年）</a></li>\
        <li><a href=/c>某某市土地利用总体规划</a></li></ul>";
    let doc = parse_str(html, &Options::default());
    assert_eq!(doc.title.as_deref(), Some("发展规划"));
}

#[test]
fn a_site_name_title_takes_the_breadcrumb_page_name() {
    // A portal's static page: the <title> is the site's name, the page's name ends the breadcrumb.
    let html = "<title>某某网</title>\
        <div class=breadcrumb><a href=/>首页</a> &gt; <a href=/about>关于我们</a> &gt; 知识产权声明</div>\
        <div class=content><p>某某公司独立拥有或与相关内容提供者共同拥有本网站内相关内容的版权和其他相关知识产权。</p>\
        <p>未经某某公司书面许可，任何人不得复制或在非本公司所属的服务器上做镜像。</p></div>";
    let doc = parse_str(html, &Options::default());
    assert_eq!(
        doc.page.breadcrumb.last().map(String::as_str),
        Some("知识产权声明")
    );
    assert_eq!(doc.title.as_deref(), Some("知识产权声明"));
}

#[test]
fn a_column_label_ending_the_breadcrumb_is_no_headline() {
    let html = "<title>某某网</title>\
        <div class=breadcrumb><a href=/>首页</a> &gt; <a href=/news>新闻中心</a> &gt; 正文</div>\
        <div class=content><p>某某公司独立拥有或与相关内容提供者共同拥有本网站内相关内容的版权和其他相关知识产权。</p>\
        <p>未经某某公司书面许可，任何人不得复制或在非本公司所属的服务器上做镜像。</p></div>";
    let doc = parse_str(html, &Options::default());
    // The breadcrumb's segmentation drops the 正文 label, leaving the column: nothing names
    // the page, and the site's name stays its title.
    assert_eq!(doc.page.breadcrumb, ["首页", "新闻中心"]);
    assert_eq!(doc.title.as_deref(), Some("某某网"));
}

#[test]
fn a_form_label_cell_is_no_headline() {
    // Government data-table pages: a search form whose label cells stand beside <input> cells.
    let html = "<title>施工许可信息</title>\
        <table><tr><td>建设单位</td><td><input name=a></td></tr>\
        <tr><td>建设地址</td><td><input name=b></td></tr></table>\
        <div class=content><p>本页公布本市建设工程施工许可证的核发情况，供社会各界查询监督。</p>\
        <p>如对公布信息有异议，请与市住房城乡建设委联系。</p></div>";
    let doc = parse_str(html, &Options::default());
    assert_eq!(doc.title.as_deref(), Some("施工许可信息"));
}

#[test]
fn a_long_column_named_in_the_breadcrumb_leaves_the_title() {
    // Portal gallery pages titled "标题－专题名－站名": the topic's name, too long and punctuated
    // to be cut by its shape, is the breadcrumb's last item.
    let html = "<title>某区房屋登记大厅窗口－“树形象、促服务”——窗口创先争优活动－某某委员会门户网站</title>\
        <div class=breadcrumb><a href=/>首页</a> &gt; <a href=/zt>专题专栏</a> &gt; \
        <a href=/zt/1>“树形象、促服务”——窗口创先争优活动</a></div>\
        <div><img src=a.jpg></div>";
    let doc = parse_str(html, &Options::default());
    assert_eq!(doc.title.as_deref(), Some("某区房屋登记大厅窗口"));
}
