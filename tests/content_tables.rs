//! A data table in a page's article is content whole (its header row, its linked row numbers, a
//! header cell that says a chrome word), while the tables of the page's frame that are link lists
//! (a menu, a list of other notices) and the buttons repeated down a poll stay out
//! (`src/layout/table.rs`, `keep_content_tables`).

use jianbao::{Options, pipeline::trace};

/// A notice page of a housing authority's site: a menu laid out as a table, the article with its
/// table of firms between two paragraphs, a poll whose every row ends in a 投票 link, and a table
/// of other notices (linked titles, bare dates).
const PAGE: &str = "<html><head><title>被投诉较多的房地产经纪机构</title></head><body>\
<table><tr><td><a href=/>首页</a></td><td><a href=/gk>信息公开</a></td></tr>\
<tr><td><a href=/a>通知公告</a></td><td><a href=/b>政策法规</a></td></tr></table>\
<h1>被投诉较多的房地产经纪机构</h1>\
<p>根据群众投诉情况，现将10月份被投诉较多的房地产经纪机构公布如下：</p>\
<table>\
<tr><td>序号</td><td><a href=?sort=name>机构名称</a></td><td>注册区县</td><td>投诉数（件）</td></tr>\
<tr><td><a href=/d/1>1</a></td><td>北京某甲房地产经纪有限公司</td><td>朝阳区</td><td>12</td></tr>\
<tr><td><a href=/d/2>2</a></td><td>北京某乙房地产经纪有限公司</td><td>朝阳区</td><td>9</td></tr>\
</table>\
<table><tr><td>满意</td><td><a href=/v/1>投票</a></td></tr>\
<tr><td>不满意</td><td><a href=/v/2>投票</a></td></tr></table>\
<p>请各区县住房城乡建设委加强对上述机构的监督检查，督促其规范经营行为。</p>\
<table><tr><td><a href=/n/1>关于开展住房公积金专项检查的通知</a></td><td>2014-11-20</td></tr>\
<tr><td><a href=/n/2>关于公布第三批保障性住房项目名单的通知</a></td><td>2014-11-18</td></tr></table>\
</body></html>";

#[test]
fn a_data_table_in_the_article_stays_whole() {
    let t = trace(PAGE, &Options::default());
    let text = t.text(PAGE);
    let kept: Vec<&str> = t
        .segments
        .content
        .iter()
        .map(|b| &text[b.span.range()])
        .collect();
    let from = kept.iter().position(|l| *l == "序号");
    let to = kept.iter().position(|l| *l == "9");
    let (Some(from), Some(to)) = (from, to) else {
        panic!("the table's first or last cell is missing: {kept:?}");
    };
    assert_eq!(
        kept[from..=to],
        [
            "序号",
            "机构名称",
            "注册区县",
            "投诉数（件）",
            "1",
            "北京某甲房地产经纪有限公司",
            "朝阳区",
            "12",
            "2",
            "北京某乙房地产经纪有限公司",
            "朝阳区",
            "9",
        ]
    );
    assert_eq!(
        kept.first().copied(),
        Some("根据群众投诉情况，现将10月份被投诉较多的房地产经纪机构公布如下：")
    );
}

#[test]
fn link_lists_and_buttons_laid_out_as_tables_stay_out() {
    let t = trace(PAGE, &Options::default());
    let cut: Vec<&str> = t.dropped().iter().map(|d| &PAGE[d.span.range()]).collect();
    assert_eq!(
        cut,
        [
            "首页",
            "信息公开",
            "通知公告",
            "政策法规",
            "投票",
            "投票",
            "关于开展住房公积金专项检查的通知",
            "关于公布第三批保障性住房项目名单的通知",
        ]
    );
}
