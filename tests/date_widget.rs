//! Class 1 of issue 9: a modern news page whose date-navigation widget (arrows around the date,
//! a strip of days, the date spelled out with its weekday and lunar date) stands between the
//! headline and the story. The widget's date line has clause marks, so it read as the article's
//! first sentence under the headline and its widget won the anchored choice: the output was the
//! widget. The page is written here (never a copy of a real one); it failed before the rule.

use jianbao::{Options, parse_bytes};

const PARAS: [&str; 4] = [
    "本报北京11月30日电 记者从国家发展改革委获悉：今年以来，各地区各部门认真落实稳就业政策举措，城镇新增就业人数提前完成全年目标任务，就业形势总体稳定。",
    "据介绍，1至10月全国城镇新增就业1100万人，同比增加15万人。10月份全国城镇调查失业率为5.0%，与上月持平，比上年同期下降0.5个百分点。",
    "有关负责人表示，下一步将继续强化就业优先政策，加大对重点群体就业的支持力度，做好高校毕业生、农民工等群体就业工作。",
    "同时，各地将进一步优化公共就业服务，开展专项招聘活动，加强职业技能培训，帮助劳动者提升就业能力。",
];

/// The page: a top bar, the headline strip, a left column with the date widget (script-driven
/// buttons and spans, no links) and the paper's page list, the story in the right column.
fn page() -> String {
    let days: String = [
        ("周六", "11-25"),
        ("周日", "11-26"),
        ("周一", "11-27"),
        ("周二", "11-28"),
        ("周三", "11-29"),
        ("周四", "11-30"),
        ("周五", "12-01"),
    ]
    .iter()
    .map(|(w, d)| format!("<li><span>{w} {d}</span></li>"))
    .collect();
    let pages: String = ["要闻", "要闻", "经济", "评论", "国际", "国际"]
        .iter()
        .enumerate()
        .map(|(i, n)| {
            format!(
                "<li><a href=/2023-12/01/p{i}.htm>第{:02}版：{n}</a></li>",
                i + 1
            )
        })
        .collect();
    let body: String = PARAS.iter().map(|p| format!("<p>{p}</p>")).collect();
    format!(
        "<!DOCTYPE html><html><head><meta charset=utf-8>\
         <title>前10个月城镇新增就业1100万人--经济·科技--某某网</title></head><body>\
         <div class=top-bar><a href=/>某某网</a> <a href=/news>新闻</a> <a href=/epaper>数字报</a></div>\
         <div class=title-bar><h1>前10个月城镇新增就业1100万人</h1></div>\
         <div class=main><div class=left-side><div class=date-box>\
         <div class=date-nav><button class=prev>&lt;</button><span>2023年12月01日 星期五</span>\
         <button class=next>&gt;</button></div><ul class=week>{days}</ul>\
         <div class=today>2023年12月01日，星期五，农历十月十九</div></div>\
         <div class=paper-list><ul>{pages}</ul></div></div>\
         <div class=right-main><div class=article><p class=sec>《某某日报》（2023年12月01日 第 01 版）</p>\
         <div id=ozoom>{body}</div></div></div></div>\
         <div class=footer>关于我们 | 网站声明 | 联系我们<br>Copyright © 2023 某某网 版权所有</div>\
         </body></html>"
    )
}

#[test]
fn date_widget_under_the_headline_does_not_outrank_the_story() {
    let doc = parse_bytes(page().as_bytes(), &Options::default())
        .unwrap()
        .document;
    assert_eq!(doc.title.as_deref(), Some("前10个月城镇新增就业1100万人"));
    assert_eq!(doc.text, PARAS.join("\n"));
    assert_eq!(doc.date.as_deref(), Some("2023-12-01"));
}
