//! Page chrome versus the document: server junk, breadcrumbs, prompts, related-link lists.

use crate::layout::blocks::Block;
use crate::layout::boilerplate::{is_browser_notice, is_interface_label, is_server_junk};
use crate::{RelatedGroup, Span};
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::OnceLock;

/// What a block of page chrome is.
///
/// ```
/// use jianbao::layout::segment::{classify, Chrome};
/// assert_eq!(classify("404 Not Found"), Some(Chrome::ServerJunk));
/// assert_eq!(classify("请您文明上网、理性发言并遵守相关规定"), Some(Chrome::Prompt));
/// assert_eq!(classify("慈溪市构建群众参与机制"), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chrome {
    /// Server messages and signatures: "404 Not Found", "ZJOL/1.24.96".
    ServerJunk,
    /// The breadcrumb trail.
    Breadcrumb,
    /// Prompts and tools: 点击下载, 打印本页, 发表评论, 我要注册.
    Prompt,
    /// Copyright, ICP and site-owner lines.
    Footer,
    /// The heading of the related links (相关稿件) or of one group (全省动态 更多...).
    RelatedHeading,
    /// One related link (·…).
    RelatedItem,
    /// A line of date, source, author (发布时间：… 来源：…).
    Meta,
    /// Link-heavy navigation (HTML).
    Navigation,
}

/// The document's blocks and the page's furniture, as found by [`segment`].
///
/// ```
/// use jianbao::layout::{lines, segment};
/// let text = "首页 > 新闻 > 正文\n标题\n正文。\n相关稿件\n·另一篇\n";
/// let s = segment(text, &lines(text));
/// assert_eq!(s.breadcrumb, ["首页", "新闻"]);
/// assert_eq!(s.content.len(), 2);
/// assert_eq!(s.related[0].items, ["另一篇"]);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Segments {
    /// The blocks of the document, in order.
    pub content: Vec<Block>,
    /// The breadcrumb trail.
    pub breadcrumb: Vec<String>,
    /// Where the breadcrumb stands.
    pub breadcrumb_span: Option<Span>,
    /// Related-link groups that hold at least one item.
    pub related: Vec<RelatedGroup>,
    /// Every chrome block with its kind.
    pub chrome: Vec<(Block, Chrome)>,
}

/// Prompts, tools and buttons of news pages.
const PROMPTS: &[&str] = &[
    "点击下载",
    "打印本页",
    "打印此页",
    "关闭窗口",
    "关闭本页",
    "我要注册",
    "发表评论",
    "复制本文",
    "请您文明上网",
    "理性发言",
    "【字体",
    "字体：",
    "字号：",
    "分享到",
    "返回顶部",
    "设为首页",
    "加入收藏",
    "【打印】",
    "【关闭】",
    "【大 中 小】",
    "[打印]",
    "[关闭]",
    "我要评论",
    "查看评论",
    "网友评论",
    "匿名发表",
    "上一篇",
    "下一篇",
    "上一条",
    "下一条",
    "收藏本页",
    "推荐给朋友",
    "浏览次数",
    "阅读次数",
    "点击数",
    "点击：",
    "浏览：",
    "视频播报",
    "本文地址",
    "转载请注明",
    "只看该作者",
    "当前离线",
    "当前在线",
    "距离下一级还需",
    "电梯直达",
    "发消息",
    "使用道具",
];

/// Words of login boxes and app banners: chrome only on very short lines, since content mentions
/// them too (登录后生成, 扫码登录).
const UI_WORDS: &[&str] = &[
    "用户名",
    "密码",
    "登录",
    "注册",
    "扫一扫",
    "手机版",
    "下载APP",
    "客户端",
];

/// The longest line [`UI_WORDS`] make chrome, in chars.
const UI_LINE: usize = 12;

/// Footer lines.
const FOOTERS: &[&str] = &[
    "版权所有",
    "ICP备",
    "ICP证",
    "Copyright",
    "copyright",
    "©",
    "主办单位",
    "承办单位",
    "技术支持",
    "联系我们",
    "网站地图",
    "网站声明",
    "关于我们",
    "公网安备",
    "网站标识码",
    // The disclaimer self-media platforms print under every post (该文观点仅代表作者本人，…).
    "平台声明",
];

/// Headings that open the related links.
const RELATED: &[&str] = &[
    "相关稿件",
    "相关链接",
    "相关新闻",
    "相关阅读",
    "延伸阅读",
    "相关文章",
    "推荐阅读",
    "热点推荐",
    "相关报道",
    "相关专题",
    "猜你喜欢",
    "热门文章",
    "最新文章",
    "热点新闻",
    "图片新闻",
    // The partner-site links at the foot of portals (友情链接：…).
    "友情链接",
];

/// Labels of metadata lines.
const META: &[&str] = &[
    "发布时间",
    "发布日期",
    "发表时间",
    "更新时间",
    "时间：",
    "日期：",
    "来源：",
    "来源:",
    "信息来源",
    "作者：",
    "作者:",
    "责任编辑",
    "编辑：",
    "稿源",
    "文章来源",
    // The place stamp Chinese platforms print under a post's author (发布于：北京市, IP属地：广东).
    "发布于：",
    "IP属地",
];

/// Breadcrumb labels.
const CRUMB_LABELS: &[&str] = &[
    "当前位置",
    "当前的位置",
    "您的位置",
    "所在位置",
    "现在位置",
    "你的位置",
    "您现在的位置",
];

const CRUMB_SEPARATORS: &[char] = &['>', '＞', '»', '›', '→', '〉'];

/// List-item bullets of link lists.
const BULLETS: &[char] = &[
    '·', '•', '●', '◆', '■', '▪', '・', '※', '◇', '□', '►', '▶', '○',
];

/// Which of the word lists a line holds words of, found in one pass.
#[derive(Clone, Copy, Default)]
struct Hits {
    crumb: bool,
    prompt: bool,
    footer: bool,
    meta: bool,
    ui: bool,
}

/// One automaton over all the chrome words (aho-corasick: one pass per line instead of a
/// substring search per word).
fn chrome_words() -> &'static (AhoCorasick, Vec<u8>) {
    static WORDS: OnceLock<(AhoCorasick, Vec<u8>)> = OnceLock::new();
    WORDS.get_or_init(|| {
        let lists: [(&[&str], u8); 5] = [
            (CRUMB_LABELS, 0),
            (PROMPTS, 1),
            (FOOTERS, 2),
            (META, 3),
            (UI_WORDS, 4),
        ];
        let mut words = Vec::new();
        let mut list_of = Vec::new();
        for (list, id) in lists {
            for w in list {
                words.push(*w);
                list_of.push(id);
            }
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&words)
            .expect("the chrome word lists build an automaton");
        (ac, list_of)
    })
}

fn hits(line: &str) -> Hits {
    let (ac, list_of) = chrome_words();
    let mut h = Hits::default();
    for m in ac.find_overlapping_iter(line) {
        match list_of[m.pattern().as_usize()] {
            0 => h.crumb = true,
            1 => h.prompt = true,
            2 => h.footer = true,
            3 => h.meta = true,
            _ => h.ui = true,
        }
    }
    h
}

/// The chrome kind of one block's text, from its words alone.
pub fn classify(line: &str) -> Option<Chrome> {
    // Every rule below is for short lines: paragraphs are never chrome, and are not counted.
    if line.len() > 160 * 4 || line.chars().nth(160).is_some() {
        return None;
    }
    let chars = line.chars().count();
    if chars <= 80 && is_server_junk(line) {
        return Some(Chrome::ServerJunk);
    }
    let h = hits(line);
    if h.crumb && chars <= 120 {
        return Some(Chrome::Breadcrumb);
    }
    if chars <= 80
        && crate::layout::boilerplate::separators_outside_tags(line, CRUMB_SEPARATORS) >= 2
        && !line.contains('。')
    {
        return Some(Chrome::Breadcrumb);
    }
    if (chars <= 60 && h.prompt) || (chars <= UI_LINE && h.ui) || is_interface_label(line) {
        return Some(Chrome::Prompt);
    }
    if line.starts_with('[') && line.ends_with(']') && chars <= 40 {
        return Some(Chrome::Prompt);
    }
    if (h.footer && chars <= 100) || is_browser_notice(line) {
        return Some(Chrome::Footer);
    }
    if chars <= 16 && RELATED.iter().any(|p| line.starts_with(p)) {
        return Some(Chrome::RelatedHeading);
    }
    if chars <= 24
        && (line.ends_with("更多...")
            || line.ends_with("更多>>")
            || line.ends_with("更多»")
            || line.ends_with("更多"))
    {
        return Some(Chrome::RelatedHeading);
    }
    if line.starts_with(BULLETS) && chars <= 60 {
        return Some(Chrome::RelatedItem);
    }
    if chars <= 100 && h.meta && !line.ends_with('。') {
        return Some(Chrome::Meta);
    }
    None
}

/// The items of a breadcrumb line: label and trailing 正文 dropped.
///
/// ```
/// use jianbao::layout::segment::breadcrumb_items;
/// assert_eq!(
///     breadcrumb_items("您当前的位置 :浙江在线 > 浙江新闻 > 之江先锋 > 工作简报 正文"),
///     ["浙江在线", "浙江新闻", "之江先锋", "工作简报"]
/// );
/// ```
pub fn breadcrumb_items(line: &str) -> Vec<String> {
    let mut body = line;
    if let Some(label) = CRUMB_LABELS.iter().find(|l| body.contains(*l)) {
        let at = body.find(label).map_or(0, |p| p + label.len());
        body = &body[at..];
        body = body.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, ':' | '：' | '\u{3000}')
        });
    }
    let mut items: Vec<String> = body
        .split(CRUMB_SEPARATORS)
        .map(|s| {
            s.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}')
                .to_string()
        })
        .filter(|s| !s.is_empty())
        .collect();
    if let Some(last) = items.last_mut() {
        for tail in ["正文内容", "正文", "详细内容", "内容"] {
            if let Some(stripped) = last.strip_suffix(tail) {
                *last = stripped.trim_end().to_string();
                break;
            }
        }
        if last.is_empty() {
            items.pop();
        }
    }
    items
}

/// Splits blocks into the document and the chrome around it.
///
/// Text dumps and pages both end in related lists; once a related heading or a run of bulleted
/// links starts, the blocks after it are chrome.
pub fn segment(text: &str, blocks: &[Block]) -> Segments {
    segment_within(text, blocks, None)
}

/// [`segment`], with the blocks outside the page's main container (`main[i]` false) as chrome.
pub fn segment_within(text: &str, blocks: &[Block], main: Option<&[bool]>) -> Segments {
    let mut seg = Segments::default();
    let mut in_related = false;
    let mut group: Option<RelatedGroup> = None;
    // Whether the block before went to the content or lay in the main container.
    let mut after_content = false;
    for (idx, block) in blocks.iter().enumerate() {
        let line = text.get(block.span.range()).unwrap_or("");
        let prev_content = after_content;
        let mut kind = classify(line);
        let outside = main.is_some_and(|m| !m.get(idx).copied().unwrap_or(true));
        after_content = !outside && main.is_some();
        // A download in an article (附件：方案.doc, a list of 申请表.xls links under the text) is
        // its attachment, not navigation: inside the main container, or right after the text
        // (TRS-built notices print their attachments in an element after the article's, at
        // most a 来源 line between).
        // Serves notices and 公示 that attach their forms and lists as files.
        let download = main.is_some()
            && kind.is_none()
            && block.is_download(line)
            && (!outside || prev_content);
        if kind.is_none() && !download && is_navigation(line, block, main.is_none()) {
            kind = Some(Chrome::Navigation);
        }
        if kind.is_none() && outside && !download {
            kind = Some(Chrome::Navigation);
        }
        // A short line right before bulleted links heads a group (系统传真).
        if kind.is_none() && in_related && line.chars().nth(12).is_none() && !line.ends_with('。')
        {
            let next = blocks
                .get(idx + 1)
                .and_then(|b| text.get(b.span.range()))
                .unwrap_or("");
            if next.starts_with(BULLETS) {
                kind = Some(Chrome::RelatedHeading);
            }
        }
        match kind {
            Some(Chrome::Breadcrumb) if seg.breadcrumb.is_empty() => {
                seg.breadcrumb = breadcrumb_items(line);
                seg.breadcrumb_span = Some(block.span);
            }
            Some(Chrome::RelatedHeading) => {
                flush(&mut seg, group.take());
                // A heading opens the related links only when links follow it; a lone "更多"
                // button inside an article does not end the article.
                let next = blocks.get(idx + 1);
                let next_line = next.and_then(|b| text.get(b.span.range())).unwrap_or("");
                let list_follows = next.is_none_or(|b| {
                    matches!(
                        classify(next_line),
                        Some(Chrome::RelatedHeading | Chrome::RelatedItem)
                    ) || is_navigation(next_line, b, main.is_none())
                        || next_line.is_empty()
                });
                // Related lists outside the main container are gathered but end nothing.
                in_related |= list_follows && !outside;
                let name = line
                    .trim_end_matches("更多...")
                    .trim_end_matches("更多>>")
                    .trim_end_matches("更多»")
                    .trim_end_matches("更多")
                    .trim();
                if !RELATED.contains(&name) {
                    group = Some(RelatedGroup {
                        group: name.to_string(),
                        items: Vec::new(),
                    });
                }
            }
            Some(Chrome::RelatedItem) => {
                in_related |= !outside;
                let item = line.trim_start_matches(BULLETS).trim().to_string();
                if item.is_empty() || item.chars().all(|c| BULLETS.contains(&c) || c == '.') {
                    continue_chrome(&mut seg, block);
                    continue;
                }
                group
                    .get_or_insert_with(|| RelatedGroup {
                        group: String::new(),
                        items: Vec::new(),
                    })
                    .items
                    .push(item);
            }
            _ => {}
        }
        match kind {
            Some(k) => seg.chrome.push((block.clone(), k)),
            None if in_related && block.hint <= 0 => {
                seg.chrome.push((block.clone(), Chrome::Navigation))
            }
            None => {
                seg.content.push(block.clone());
                after_content = true;
            }
        }
    }
    flush(&mut seg, group);
    seg
}

fn flush(seg: &mut Segments, group: Option<RelatedGroup>) {
    if let Some(g) = group.filter(|g| !g.items.is_empty()) {
        seg.related.push(g);
    }
}

/// A link-heavy short block (HTML navigation bars and link lists).
/// A link-heavy block, or (without a main container to judge by) one under chrome class words.
fn is_navigation(line: &str, block: &Block, use_hints: bool) -> bool {
    let hinted = use_hints && block.hint < 0;
    if !hinted && block.link_chars == 0 {
        return false;
    }
    let chars = line.chars().count().max(1);
    hinted
        || (block.link_chars * 10 >= chars * 6 && !line.ends_with('。'))
        // An item of a list of other stories: a linked headline, then its source and a time
        // stamp (标题【某某网】2012-01-17 02:56); a paragraph is never a third link and ends in
        // a stamp. Serves the "其他新闻" and feed lists inside news containers.
        || (block.link_chars * 10 >= chars * 3 && ends_with_stamp(line))
}

/// Whether `line` ends in a date or time stamp (2012-01-17 02:56, 2014-09-28, (01-17 12:30)).
fn ends_with_stamp(line: &str) -> bool {
    let trimmed = line.trim_end_matches([')', '）', ']', '】', ' ']);
    let tail_at = trimmed
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_ascii_digit() || matches!(c, '-' | ':' | '/' | '.' | ' '))
        .last()
        .map_or(trimmed.len(), |(i, _)| i);
    let tail = trimmed[tail_at..].trim();
    let digits = tail.chars().filter(char::is_ascii_digit).count();
    digits >= 4 && tail.contains(['-', ':', '/']) && !tail.starts_with(['-', ':', '/'])
}

/// Records a block as a related-list item that carries no text (a row of dots).
fn continue_chrome(seg: &mut Segments, block: &Block) {
    seg.chrome.push((block.clone(), Chrome::RelatedItem));
}
