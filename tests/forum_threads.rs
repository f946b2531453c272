//! Forum threads and social-media post pages (issue 9, class 2), each as a small page written
//! here (never a copy of a real one): the post and its replies are the document, the sidebar and
//! the page's widgets are not. Each test failed before its rule.

use jianbao::html::{headline_block, html_to_blocks, main_blocks};
use jianbao::{Options, parse_str};

/// The post of a Weibo-like page: a card with the post and three short replies, beside a
/// sidebar whose profile card holds one sentence-like bio (`<div><p>`) and a hot-search list;
/// class names are generated ones that say nothing, as on such sites, and the page carries the
/// captions of its video player, vote and share widgets.
const POST: &str = "【某市开展便民服务专项行动】今年以来，某市坚持把群众满意作为工作的出发点和落脚点，组织干部深入基层，倾听群众意见，解决了一批群众关心的实际问题。下一步，该市将推动更多服务事项下沉到镇街和村社，让群众在家门口就能办成事。";

fn weibo_like_page() -> String {
    format!(
        "<html><head><meta charset=utf-8><title>微博正文 - 微博</title></head><body><div id=app>\
         <div class=_top_1k><a href=/>首页</a> <a href=/hot>热门</a> <span>无障碍</span> <span>返回</span></div>\
         <div class=main><div class=wrap><div class=card>\
         <div class=head><a href=/u/1>某市发布</a> <span>来自 微博网页版</span></div>\
         <div class=detail_text>{POST}</div>\
         <div class=toolbar><span>转发 8</span> <span>评论 15</span> <span>赞 55</span></div>\
         <div class=list>\
         <div class=item><a href=/u/2>网友甲</a>:<span>办事确实方便多了</span><span>5-13 17:08 来自福建</span></div>\
         <div class=item><a href=/u/3>网友乙</a>:<span>点赞，希望坚持下去</span><span>5-13 17:26 来自上海</span></div>\
         <div class=item><a href=/u/4>网友丙</a>:<span>我们村也通了</span><span>5-13 17:39 来自江西</span></div>\
         </div></div></div></div>\
         <div class=_side_x2><div class=card><div class=name><a href=/u/1>某市发布</a></div>\
         <div class=desc><p>某市人民政府新闻办公室官方微博，发布权威信息，回应社会关切，欢迎网友留言，反映问题请发私信。</p></div></div>\
         <div class=card><div>微博热搜</div><div>多地迎来今冬首场降雪</div><div>春运火车票今起开售</div>\
         <div>博物馆夜场开放</div><div>新能源汽车下乡</div><div>多所高校公布寒假时间</div>\
         <div>电影春节档预售开启</div><div>今年冬天会更冷吗</div><div>年货节消费数据出炉</div>\
         <div>冰雪旅游持续升温</div><div>多地发布寒潮预警</div><div>城市夜跑路线推荐</div>\
         <div>你家乡的特色年俗</div><div>地铁新线开通试运营</div><div>社区食堂受欢迎</div>\
         <div>全民健身活动月启动</div><div>老旧小区加装电梯</div><div>图书馆延长开放时间</div>\
         <div>周末天气早知道</div><div>校园足球联赛开赛</div><div>夜市经济火了</div>\
         <div>非遗手艺进校园</div><div>公园新添健身步道</div></div></div>\
         <div class=_bt_9a><span>合作热线 4000-000-000</span> <span>网站备案信息</span></div>\
         <div class=_pl_3c><div>按住画面可移动小窗</div><div>复制视频地址</div><div>视频投票</div>\
         <div>问题</div><div>选项一</div><div>选项二</div><div>投票有效期</div><div>一天</div>\
         <div>一周</div><div>一个月</div><div>自定义</div><div>收藏成功</div>\
         <div>添加标签管理你的收藏</div><div>已加载全部评论</div><div>按热度</div><div>按时间</div>\
         <div>分享这条博文</div><div>同时转发到我的微博</div><div>登录后查看更多精彩内容</div></div>\
         </div></body></html>"
    )
}

/// Class 2, a Weibo-like post page: the join of several candidates under a common parent met
/// its only rival (the sidebar's bio, a `<div>` and its `<p>` counted as two) at the element
/// that holds the whole page, and chose it; the post's card is the container.
#[test]
fn a_post_page_is_not_joined_to_its_sidebar_at_the_page_root() {
    let html = weibo_like_page();
    let page = html_to_blocks(&html);
    let main = main_blocks(&page, headline_block(&page));
    let kept: Vec<&str> = page
        .blocks
        .iter()
        .zip(&main)
        .filter(|(_, k)| **k)
        .map(|(b, _)| &page.text[b.span.range()])
        .collect();
    assert_eq!(
        kept,
        [
            "某市发布 来自 微博网页版",
            POST,
            "转发 8 评论 15 赞 55",
            "网友甲:办事确实方便多了5-13 17:08 来自福建",
            "网友乙:点赞，希望坚持下去5-13 17:26 来自上海",
            "网友丙:我们村也通了5-13 17:39 来自江西",
        ]
    );
    let doc = parse_str(&html, &Options::default());
    // The page's text stages drop the share counts; the post and its replies stay.
    assert_eq!(
        doc.text,
        format!(
            "某市发布 来自 微博网页版\n{POST}\n网友甲:办事确实方便多了5-13 17:08 来自福建\n\
             网友乙:点赞，希望坚持下去5-13 17:26 来自上海\n网友丙:我们村也通了5-13 17:39 来自江西"
        )
    );
}
