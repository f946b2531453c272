//! Which lines of a page are its document: the headline is the block that repeats the title's
//! head (not a site name the title also holds), dialogs are chrome, English lines inside the
//! article (commands, code) are text, a server's error lines are not.

use jianbao::html::container::headline_block;
use jianbao::html::markup::html_to_blocks;
use jianbao::{Options, parse_bytes};

fn text_of(html: &str) -> String {
    parse_bytes(html.as_bytes(), &Options::default())
        .unwrap()
        .document
        .text
}

#[test]
fn the_headline_is_the_title_head_not_a_site_name_the_title_also_holds() {
    let page = html_to_blocks(
        "<title>解决新项目依赖报错 | Vue.js 技术论坛</title>\
         <div class=logo>Vue.js</div><div class=nav><a href=/>首页</a></div>\
         <h1>解决新项目依赖报错</h1><p>每次打开别人的新项目，安装依赖都会报错。</p>",
    );
    let at = headline_block(&page).expect("a headline");
    assert_eq!(
        &page.text[page.blocks[at].span.range()],
        "解决新项目依赖报错"
    );
}

#[test]
fn a_title_split_at_a_space_still_finds_its_headline() {
    let page = html_to_blocks(
        "<title>某市 开展主题活动 - 某某网</title><div>某市</div>\
         <h1>某市开展主题活动</h1><p>正文。</p>",
    );
    let at = headline_block(&page).expect("a headline");
    assert_eq!(&page.text[page.blocks[at].span.range()], "某市开展主题活动");
}

const ARTICLE: &str = "<p>每次打开别人的新项目，安装依赖都会报错，于是写下这篇笔记，供大家参考。</p>\
    <p>第一步，安装检查依赖的工具，命令如下：</p><pre><code>npm i -g depcheck</code></pre>\
    <p>第二步，在项目目录下运行检查，它会列出缺失的依赖，逐个安装即可：</p>\
    <pre><code>npm i aaa.js bbb.js</code></pre>\
    <p>第三步，重新启动项目，确认报错已经消失，如果还有问题，可以在下面留言。</p>";

#[test]
fn commands_inside_the_article_are_text() {
    let html = format!(
        "<html><head><meta charset=utf-8><title>解决依赖报错 - 技术论坛</title></head><body>\
         <div class=nav><a href=/>首页</a> <a href=/t>话题</a></div>\
         <div class=main><h1>解决依赖报错</h1><div class=markdown-body>{ARTICLE}</div></div>\
         </body></html>"
    );
    let text = text_of(&html);
    assert!(text.contains("\nnpm i -g depcheck\n"), "{text}");
    assert!(text.contains("\nnpm i aaa.js bbb.js\n"), "{text}");
}

#[test]
fn a_dialog_is_not_the_article_however_well_punctuated() {
    let html = format!(
        "<html><head><meta charset=utf-8><title>解决依赖报错 - 技术论坛</title></head><body>\
         <div class=main><h1>解决依赖报错</h1><div class=markdown-body>{ARTICLE}</div></div>\
         <div class=\"ui modal report\"><p>匿名举报，为防止滥用，仅管理员可见举报者。</p>\
         <p>垃圾广告：恶意灌水、广告、推广等内容，或者与主题无关的链接。</p>\
         <p>无意义内容：测试、灌水、文不对题、消极内容、文章品质太差等。</p>\
         <p>违规内容：色情、暴利、血腥、敏感信息等，一经发现立即删除。</p>\
         <p>不友善内容：人身攻击、挑衅辱骂、恶意行为，请大家互相尊重。</p></div>\
         </body></html>"
    );
    let text = text_of(&html);
    assert!(text.starts_with("每次打开别人的新项目"), "{text}");
    assert!(!text.contains("举报"), "{text}");
}

#[test]
fn server_error_lines_inside_a_page_are_not_text() {
    let html = "<html><head><meta charset=utf-8><title>某市开展活动 - 某某网</title></head><body>\
        <div class=content><h1>某市开展活动</h1><p>404 Not Found</p><p>nginx/1.18.0</p>\
        <p>某市近日开展了主题活动，组织干部深入基层，听取群众意见。</p>\
        <p>活动期间，共走访群众五千余户，收集意见建议三百多条。</p></div></body></html>";
    assert_eq!(
        text_of(html),
        "某市近日开展了主题活动，组织干部深入基层，听取群众意见。\n\
         活动期间，共走访群众五千余户，收集意见建议三百多条。"
    );
}

#[test]
fn counters_and_buttons_between_the_posts_are_not_text() {
    let html = "<html><head><meta charset=utf-8><title>元旦要放假了 - 社区</title></head><body>\
        <div class=topic><h1>元旦要放假了</h1>\
        <div class=post><p>元旦要来啦，提前祝大家元旦快乐！放假之前，手头的工作都安排好了吗？</p></div>\
        <div class=bar><span>5</span> <span>浏览 (640)</span> <span>点赞 (5)</span> <span>收藏</span></div>\
        <div class=count>8条评论</div>\
        <div class=post><p>可以的，好好休息，开开心心过年，年后继续努力。</p><span>3天前</span></div>\
        <div class=post><p>我们放一天上一天再放一天，这放假方式有点奇特啊。</p><span>10月前</span></div>\
        </div></body></html>";
    assert_eq!(
        text_of(html),
        "元旦要来啦，提前祝大家元旦快乐！放假之前，手头的工作都安排好了吗？\n\
         可以的，好好休息，开开心心过年，年后继续努力。\n\
         我们放一天上一天再放一天，这放假方式有点奇特啊。"
    );
}

#[test]
fn a_short_last_reply_stays_and_poster_panel_labels_go() {
    let panel = "<div class=side><p>积分</p><p>主题</p><p>帖子</p></div>";
    let html = format!(
        "<html><head><meta charset=utf-8><title>建议对装备进行改版 - 论坛</title></head><body>\
         <div class=thread><h1>建议对装备进行改版</h1>\
         <div class=post>{panel}<p>建议对装备进行改版，现在的装备跟别的差太远了，建议增加攻击范围。</p></div>\
         <div class=post>{panel}<p>顶你，攻击低，弹药太少，玩起来居然还要自己买，确实该改。</p></div>\
         <div class=post>{panel}<p>同质化太严重了就没意思了</p></div>\
         <div class=tools><p>点赞失败</p></div></div></body></html>"
    );
    assert_eq!(
        text_of(&html),
        "建议对装备进行改版，现在的装备跟别的差太远了，建议增加攻击范围。\n\
         顶你，攻击低，弹药太少，玩起来居然还要自己买，确实该改。\n\
         同质化太严重了就没意思了"
    );
}

#[test]
fn a_link_that_shows_its_address_is_text() {
    let html = format!(
        "<html><head><meta charset=utf-8><title>解决依赖报错 - 技术论坛</title></head><body>\
         <div class=main><h1>解决依赖报错</h1><div class=markdown-body>{ARTICLE}\
         <p>项目源码</p><p><a href=\"https://example.org/hamcq/filter-plus\">https://example.org/hamcq/filter-plus</a></p>\
         <p>以上就是全部步骤，欢迎大家在下面交流使用中遇到的问题。</p></div></div></body></html>"
    );
    let text = text_of(&html);
    assert!(
        text.contains("\n项目源码\nhttps://example.org/hamcq/filter-plus\n"),
        "{text}"
    );
}

#[test]
fn the_date_lines_of_posts_are_metadata() {
    let html = "<html><head><meta charset=utf-8><title>端到端加密的聊天工具 - 泡泡</title></head><body>\
        <div class=thread><h1>端到端加密的聊天工具</h1>\
        <div class=post><p>发现个端到端加密的聊天和文件共享工具，挺有意思。</p><p>2023-07-06 23:19</p></div>\
        <div class=post><p>单从技术角度来讲，聊天软件本来就应该不受监管。</p><p>发布 #3 2023年7月7日星期五 09点06分</p></div>\
        </div></body></html>";
    let doc = parse_bytes(html.as_bytes(), &Options::default())
        .unwrap()
        .document;
    assert_eq!(
        doc.text,
        "发现个端到端加密的聊天和文件共享工具，挺有意思。\n\
         单从技术角度来讲，聊天软件本来就应该不受监管。"
    );
    assert_eq!(doc.date.as_deref(), Some("2023-07-06"));
}

#[test]
fn a_feed_of_other_stories_right_after_a_short_article_is_not_the_article() {
    // The feed starts within a few blocks of the headline, so it too "starts under the headline";
    // the article is what starts at the first sentence.
    let story = |n: u32| {
        format!(
            "<li class=item><span>某某财经·{n} 小时前</span><a href=/s{n}>另一篇报道的标题第{n}篇</a>\
             <p>这是另一篇报道的摘要，讲述了别的事情，与本文无关，但文字较长，标点也多，读起来像正文。</p></li>"
        )
    };
    let feed: String = (1..=8).map(story).collect();
    // Modern pages wrap the article in many layers of layout.
    let (open, close) = ("<div class=wrap>".repeat(12), "</div>".repeat(12));
    let nav: String = [
        "首页", "新闻", "财经", "体育", "娱乐", "科技", "汽车", "房产", "旅游", "教育",
    ]
    .iter()
    .map(|s| format!("<a href=/{s}>{s}频道</a> "))
    .collect();
    let html = format!(
        "<html><head><meta charset=utf-8><title>日本企业信心保持稳定 但日元疲弱推高成本</title></head><body>\
         <div class=nav>{nav}</div>{open}<div class=article><h1>日本企业信心保持稳定 但日元疲弱推高成本</h1>\
         <div class=byline>某某电台</div>\
         <div class=body><p>路透月度调查显示，日本企业信心5月保持稳定，但制造业及服务业反映，\
         日元疲弱带来的通胀压力正损害利润。</p></div></div>{close}\
         <div class=more><h3>你可能还想看</h3><ul>{feed}</ul></div></body></html>"
    );
    assert_eq!(
        text_of(&html),
        "路透月度调查显示，日本企业信心5月保持稳定，但制造业及服务业反映，日元疲弱带来的通胀压力正损害利润。"
    );
}

#[test]
fn the_block_the_title_repeats_is_the_headline_even_with_a_question_mark() {
    let html = "<html><head><meta charset=utf-8><title>宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _某某网</title></head>\
        <body><div class=nav><a href=/>首页</a></div><div class=content><h1>宇航员在太空中喝酒会怎么样？后果很严重</h1>\
        <p>翱翔于距地球数千公里的太空中，进入广袤漆黑的未知领域，是一项艰苦卓绝的工作。</p>\
        <p>图注：奥尔德林的圣餐杯回到了地球上</p>\
        <p>不幸的是，那些将他们送上太空的政府机构普遍禁止他们染指含酒精饮料。</p></div></body></html>";
    let doc = parse_bytes(html.as_bytes(), &Options::default())
        .unwrap()
        .document;
    assert_eq!(
        doc.title.as_deref(),
        Some("宇航员在太空中喝酒会怎么样？后果很严重")
    );
    assert_eq!(
        doc.articles[0].headline,
        "宇航员在太空中喝酒会怎么样？后果很严重"
    );
}

#[test]
fn the_headline_without_the_site_name_wins_over_a_copy_of_the_whole_title() {
    let html = "<html><head><meta charset=utf-8><title>有英勇的你，才有英雄的城！-新华网</title></head><body>\
        <div class=share-title>有英勇的你，才有英雄的城！-新华网</div>\
        <div class=h-title>有英勇的你，才有英雄的城！</div>\
        <div id=detail><p>南山院士说，武汉本来就是一个英雄的城市，有全国、有大家的支持。</p>\
        <p>越是到疫情防控最为吃劲的时候，越是需要汇聚信心与力量。</p></div></body></html>";
    let doc = parse_bytes(html.as_bytes(), &Options::default())
        .unwrap()
        .document;
    assert_eq!(doc.title.as_deref(), Some("有英勇的你，才有英雄的城！"));
}

#[test]
fn the_short_lines_of_a_poem_under_its_headline_are_text() {
    let html = "<html><head><meta charset=utf-8><title>静夜思•夜-中国诗歌网</title></head><body>\
        <div class=nav><a href=/>首页</a> <a href=/s>诗歌</a></div>\
        <div class=content><h1>静夜思•夜</h1><p>浏览 (272)</p><p>题记：</p><p>腊月十六深夜看书小酌即兴所作</p>\
        <p>深夜看书须尽欢，</p><p>明月照亮浊酒案。</p><p>一杯美酒空对月，</p><p>酌酒吟诗五千年。</p>\
        <p>注释：夜深人静时，是自己一天最轻松的时刻，此时品品红酒、独坐书房翻看经典。</p></div></body></html>";
    let doc = parse_bytes(html.as_bytes(), &Options::default())
        .unwrap()
        .document;
    assert_eq!(doc.title.as_deref(), Some("静夜思•夜"));
    assert!(
        doc.text
            .starts_with("题记：\n腊月十六深夜看书小酌即兴所作\n深夜看书须尽欢，\n"),
        "{}",
        doc.text
    );
}

#[test]
fn hot_lists_around_an_article_do_not_join_it() {
    let item = |n: u32| {
        format!(
            "<li class=item><p>热点新闻第{n}条的摘要，说的是另一件事情，文字较长，标点也多，读起来也像正文。</p></li>"
        )
    };
    let hot: String = (1..=4).map(item).collect();
    let feed: String = (5..=8).map(item).collect();
    let html = format!(
        "<html><head><meta charset=utf-8><title>汽车品牌直播出现不雅画面，涉事账号被封禁_某某新闻</title></head><body>\
         <div class=box><ul>{hot}</ul></div>\
         <div class=head><h1>汽车品牌直播出现不雅画面，涉事账号被封禁</h1></div>\
         <div class=main><div class=body><p>近日，一汽车门店直播时出现不雅画面，引来“擦边”质疑，涉事账号已被封禁。</p>\
         <p>17日，平台发布公告称，部分主播以“香车美女”为噱头，在直播间打低俗“擦边球”吸引流量。</p></div></div>\
         <div class=box><ul>{feed}</ul></div></body></html>"
    );
    assert_eq!(
        text_of(&html),
        "近日，一汽车门店直播时出现不雅画面，引来“擦边”质疑，涉事账号已被封禁。\n\
         17日，平台发布公告称，部分主播以“香车美女”为噱头，在直播间打低俗“擦边球”吸引流量。"
    );
}

#[test]
fn a_linked_blog_headline_is_found_and_a_linked_logo_is_not() {
    let page = html_to_blocks(
        "<title>新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家 :: 痞客邦 PIXNET ::</title>\
         <div class=logo><a href=/>痞客邦 PIXNET</a></div>\
         <ul class=hot><li><a href=/p/1>新竹尖石_美樹營地賞楓 (2)</a></li></ul>\
         <h2 class=title><a href=/p/1>新竹尖石_美樹營地賞楓 (2)</a></h2>\
         <p>一波波接續性低溫寒流報到，已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣。</p>",
    );
    let at = headline_block(&page).expect("a headline");
    assert_eq!(
        at, 2,
        "the headline, not the logo or the list entry before it"
    );

    let logo_only = html_to_blocks(
        "<title>Ruby：极致的脚本语言 · Ruby China</title><div class=logo><a href=/>Ruby China</a></div>\
         <p>Ruby 的许多特性强烈地偏向对脚本语言的良好支持。</p>",
    );
    assert_eq!(headline_block(&logo_only), None);
}

#[test]
fn counts_and_dates_in_a_statistics_table_are_text() {
    let html = "<html><head><meta charset=utf-8><title>某县开展走访活动情况通报 - 某县政府网</title></head><body>\
        <div class=content><h1>某县开展走访活动情况通报</h1>\
        <p>今年以来，某县组织党员干部深入基层走访群众，现将有关情况通报如下。</p>\
        <table><tr><td>走访干部</td><td>30人</td></tr><tr><td>召开座谈会</td><td>5次</td></tr>\
        <tr><td>解决问题</td><td>12个</td></tr><tr><td>通报日期</td><td>2010年6月1日</td></tr></table>\
        <p>下一步，将继续推进走访活动，切实解决群众反映的问题。</p></div></body></html>";
    let doc = parse_bytes(html.as_bytes(), &Options::default())
        .unwrap()
        .document;
    assert!(doc.text.contains("\n2010年6月1日"), "{}", doc.text);
    for cell in ["30人", "5次", "12个"] {
        assert!(doc.text.contains(cell), "{cell} in {}", doc.text);
        assert!(
            doc.articles[0].quantities.iter().any(|q| q.text == cell),
            "{cell} is a quantity"
        );
    }
}

#[test]
fn the_date_line_under_the_headline_is_the_date_even_outside_the_article() {
    let html = "<html><head><meta charset=utf-8><title>某市召开推进会 - 某某网</title></head><body>\
        <div class=head><h1>某市召开推进会</h1><div class=info><span>2023-12-01 14:43</span> <a href=/s>某某网</a></div></div>\
        <div class=body><p>12月1日，某市召开推进会，总结前一阶段工作，部署下一步任务。</p>\
        <p>会议强调，要抓住关键环节，确保各项任务在2024年6月底前落实。</p></div></body></html>";
    let doc = parse_bytes(html.as_bytes(), &Options::default())
        .unwrap()
        .document;
    assert_eq!(doc.date.as_deref(), Some("2023-12-01"));
    assert!(!doc.text.contains("14:43"), "{}", doc.text);
}

#[test]
fn without_a_headline_that_repeats_the_title_a_caption_is_not_the_title() {
    let html = "<html><head><meta charset=utf-8><title>某市开展主题活动 - 某某网</title></head><body>\
        <div class=content><p>图注：活动现场</p>\
        <p>某市近日开展了主题活动，组织干部深入基层，听取群众意见。</p>\
        <p>活动期间，共走访群众五千余户，收集意见建议三百多条。</p></div></body></html>";
    let doc = parse_bytes(html.as_bytes(), &Options::default())
        .unwrap()
        .document;
    assert_eq!(doc.title.as_deref(), Some("某市开展主题活动"));
}
