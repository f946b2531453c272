//! The main container of an HTML page, chosen the way Readability does: paragraphs score the
//! elements above them, link-heavy elements lose, class/id words weigh in, and several good
//! candidates under one ancestor (the posts of a forum thread) promote that ancestor.

use crate::html::markup::{Node, PageText};
use crate::layout::blocks::Block;

/// How far up a block's score and statistics travel.
const MAX_UP: usize = 48;
/// How many blocks after the title's headline the article's first paragraph may start.
const ANCHOR_REACH: usize = 12;
/// How many blocks before the headline an anchored container may start.
const ANCHOR_BEFORE: usize = 3;
/// The weight of candidates that start right under that headline.
const ANCHOR_BOOST: f32 = 10.0;
/// A rival candidate scores at least this share of the top one.
const RIVAL_SHARE: f32 = 0.2;
/// How many levels above the top candidate a common ancestor is looked for.
const CLIMB: usize = 12;
/// The share of the page's text above which an element is the page itself, not a container.
const PAGE_SHARE: f32 = 0.95;
/// How many levels above the top candidate a run of same-signature siblings is looked for.
const REPEAT_CLIMB: usize = 8;
/// How many repeated items make a run (the replies of a thread).
const RUN_ITEMS: usize = 3;
/// How many replies' worth an opening post before them must score to join them (its class may
/// read as chrome: "topic" holds "top").
const OPENING_POST_ITEMS: f32 = 1.0;
/// The share of a list's or table's score that sentences beside it must reach to join it.
const PART_SHARE: f32 = 0.1;
/// An ancestor with more link text than this share is a link list, not content.
const MAX_LINK_DENSITY: f32 = 0.3;
/// Chinese and Western clause marks: the commas of Readability's scoring.
const MARKS: &[char] = &[
    '，', '。', '、', '；', '：', '！', '？', ',', '.', ';', '!', '?',
];

/// Which blocks belong to the main content of a page (`true`), given the page's element tree and
/// its headline block ([`headline_block`], computed once by the caller, who needs it too).
///
/// Returns all `true` when no element stands out (a page of one paragraph, or text with no tree).
///
/// ```
/// use jianbao::html::{headline_block, html_to_blocks, main_blocks};
/// let html = "<div class=nav><a href=/>首页</a> <a href=/n>新闻</a></div>\
///             <div><p>第一段正文，内容充实，句子完整，说明了事情的经过。</p>\
///             <p>第二段正文，继续说明，文字较长，而且有标点符号。</p></div>";
/// let page = html_to_blocks(html);
/// let main = main_blocks(&page, headline_block(&page));
/// assert_eq!(main, [false, true, true]);
/// ```
pub fn main_blocks(page: &PageText, anchor: Option<usize>) -> Vec<bool> {
    let (text, blocks, nodes) = (
        page.text.as_str(),
        page.blocks.as_slice(),
        page.nodes.as_slice(),
    );
    let all = vec![true; blocks.len()];
    if nodes.len() < 2 || blocks.is_empty() {
        return all;
    }
    let n = nodes.len();
    let mut score = vec![0f32; n];
    let mut chars_in = vec![0u32; n];
    let mut first_block = vec![u32::MAX; n];
    let mut links_in = vec![0u32; n];
    let mut sentence = vec![false; blocks.len()];
    let mut block_score = vec![0f32; blocks.len()];
    let mut dateline = vec![false; blocks.len()];
    let mut page_chars = 0u32;
    for (idx, b) in blocks.iter().enumerate() {
        let line = text.get(b.span.range()).unwrap_or("");
        let chars = line.chars().count() as u32;
        page_chars += chars;
        let links = b.link_chars.min(chars as usize) as u32;
        let mut node = b.node as usize;
        for _ in 0..MAX_UP {
            let Some(slot) = chars_in.get_mut(node) else {
                break;
            };
            *slot += chars;
            links_in[node] += links;
            if node == 0 {
                break;
            }
            node = nodes[node].parent as usize;
        }
        // Chrome by its words (footers, prompts, server junk) scores nothing.
        if chars < 10 || links * 2 > chars || crate::layout::segment::classify(line).is_some() {
            continue;
        }
        // Chinese clause marks count fully; Western ones (English boilerplate) a third.
        let marks: f32 = line
            .chars()
            .filter(|c| MARKS.contains(c))
            .map(|c| if c.is_ascii() { 0.34 } else { 1.0 })
            .sum();
        let s = 1.0 + marks + (chars as f32 / 100.0).min(3.0);
        // A line that says only a date (the caption of a date-navigation widget or a calendar:
        // "2023年12月01日，星期五，农历十月十九") has clause marks but is no sentence: it
        // neither opens the article under the headline nor anchors the element it starts
        // (modern news pages with a date bar between the headline and the story).
        let date_only = crate::layout::meta::is_date_only(line);
        dateline[idx] = date_only;
        sentence[idx] = marks >= 1.0 && !date_only;
        block_score[idx] = s;
        let mut node = b.node as usize;
        for _ in 0..MAX_UP {
            if node == 0 || node >= n {
                break;
            }
            first_block[node] = first_block[node].min(idx as u32);
            node = nodes[node].parent as usize;
        }
        let mut node = b.node as usize;
        for level in 0..6usize {
            if node == 0 || node >= n {
                break;
            }
            score[node] += match level {
                0 | 1 => s,
                2 => s / 2.0,
                k => s / (k as f32 * 3.0),
            };
            node = nodes[node].parent as usize;
        }
    }
    let weighted: Vec<f32> = (0..n)
        .map(|i| {
            let density = if chars_in[i] == 0 {
                0.0
            } else {
                links_in[i] as f32 / chars_in[i] as f32
            };
            let hint = match nodes[i].hint {
                h if h > 0 => 1.25,
                h if h < 0 => 0.6,
                _ => 1.0,
            };
            score[i] * (1.0 - density) * hint
        })
        .collect();
    // The text right under the headline that repeats the page's <title> is the article: the
    // elements that start there (or just above it, a container holding a bulletin header and the
    // headline) rank first, but rivals and siblings are still measured against their own score.
    // The article starts at the first sentence after the headline (a scoring block with a
    // Chinese clause mark): what starts later (a feed of other stories) is not anchored.
    // A sentence in a list or table (the caption of a photo strip between the headline and the
    // story) opens the article only when no sentence outside one follows within reach.
    let in_part = |b: usize| {
        blocks.get(b).is_some_and(|blk| {
            let node = blk.node as usize;
            nodes
                .get(node)
                .is_some_and(|x| x.part || nodes[x.parent as usize].part)
        })
    };
    let window = anchor.map(|a| {
        let is_sentence = |b: &usize| sentence.get(*b).copied().unwrap_or(false);
        let opening = (a + 1..=a + ANCHOR_REACH)
            .filter(is_sentence)
            .find(|&b| !in_part(b))
            .or_else(|| (a + 1..=a + ANCHOR_REACH).find(is_sentence))
            .unwrap_or(a + ANCHOR_REACH);
        (a, a.saturating_sub(ANCHOR_BEFORE)..=opening)
    });
    let anchored = |i: usize| {
        let first = first_block[i] as usize;
        window.as_ref().is_some_and(|(a, starts)| {
            first != *a && starts.contains(&first) && !dateline.get(first).copied().unwrap_or(false)
        })
    };
    let ranked: Vec<f32> = (0..n)
        .map(|i| weighted[i] * if anchored(i) { ANCHOR_BOOST } else { 1.0 })
        .collect();
    let Some(mut top) = (1..n).max_by(|a, b| ranked[*a].total_cmp(&ranked[*b])) else {
        return all;
    };
    if weighted[top] <= 0.0 {
        return all;
    }
    // Several good candidates under a common ancestor (the posts of a thread, an article split in
    // parts): take the nearest ancestor that holds two or more of them and is not a link list.
    let density = |i: usize| {
        if chars_in[i] == 0 {
            0.0
        } else {
            links_in[i] as f32 / chars_in[i] as f32
        }
    };
    let rivals: Vec<usize> = (1..n)
        .filter(|&i| i != top && weighted[i] >= RIVAL_SHARE * weighted[top])
        .filter(|&i| !is_within(nodes, i, top) && !is_within(nodes, top, i))
        .collect();
    // An article in its own wrapper under the headline is whole: rivals join it only when it
    // stands beside the headline (its parent holds the headline, as a thread's posts do), not
    // when they are the hot lists and feeds around it.
    let beside_headline = anchor
        .and_then(|a| blocks.get(a))
        .is_none_or(|h| is_within(nodes, h.node as usize, nodes[top].parent as usize));
    if !anchored(top) || beside_headline {
        let mut ancestor = nodes[top].parent as usize;
        for _ in 0..CLIMB {
            if ancestor == 0 {
                break;
            }
            // An ancestor that holds (nearly) all of the page's text while the candidates in it
            // hold a minority of that text is the page's chrome around a post, not a thread: the
            // climb stops there (a Weibo-like post page, whose only other candidate is the
            // author's profile card in the sidebar; joining them takes the whole page). A page
            // that is all document (a bare article, a table under its caption) still joins.
            if chars_in[ancestor] as f32 >= PAGE_SHARE * page_chars as f32
                && candidate_chars(nodes, &chars_in, top, &rivals, ancestor) * 2
                    < chars_in[ancestor]
            {
                break;
            }
            let inside = rivals
                .iter()
                .filter(|&&r| is_within(nodes, r, ancestor))
                .count();
            if inside >= 2 && density(ancestor) <= MAX_LINK_DENSITY {
                top = ancestor;
                break;
            }
            ancestor = nodes[ancestor].parent as usize;
        }
    }
    // The top element is one of a run of siblings with its tag and class (the posts of a thread,
    // replies too short to be rivals): the run's parent holds the document.
    {
        let mut child = top;
        for _ in 0..REPEAT_CLIMB {
            let parent = nodes[child].parent as usize;
            if parent == 0 || nodes[child].sig == 0 {
                child = parent;
                continue;
            }
            let twins = (1..n)
                .filter(|&i| {
                    i != child
                        && nodes[i].parent as usize == parent
                        && nodes[i].sig == nodes[child].sig
                })
                .filter(|&i| chars_in[i] > 0 && density(i) <= MAX_LINK_DENSITY)
                .count();
            if twins >= 2 && density(parent) <= MAX_LINK_DENSITY {
                top = parent;
                break;
            }
            child = parent;
        }
    }
    // A numbered list or a table chosen as the top is a part of the article around it (articles
    // that go on after their list of measures or their table of figures): when the element that
    // holds the outermost list or table holds sentences beside it, outside chrome classes, worth a
    // share of the list's score, that element is the article.
    if nodes[top].part {
        let mut outer = top;
        for _ in 0..MAX_UP {
            let parent = nodes[outer].parent as usize;
            if parent == 0 || !nodes[parent].part {
                break;
            }
            outer = parent;
        }
        let holder = nodes[outer].parent as usize;
        if holder != 0 {
            let beside: f32 = blocks
                .iter()
                .zip(&block_score)
                .filter(|(b, s)| {
                    **s > 0.0
                        && is_within(nodes, b.node as usize, holder)
                        && !is_within(nodes, b.node as usize, outer)
                        && hint_below(nodes, b.node as usize, holder) >= 0
                })
                .map(|(_, s)| *s)
                .sum();
            if beside >= PART_SHARE * weighted[top] && density(holder) <= MAX_LINK_DENSITY {
                top = holder;
            }
        }
    }
    // Siblings of the top element that score well belong with it (split articles, forum posts).
    let parent = nodes[top].parent as usize;
    let threshold = (0.2 * weighted[top]).max(10.0);
    // The top holds a run of repeated items (the replies of a thread): the opening post stands
    // before it, beside it, and is measured against one reply, not against all of them together.
    let item = repeated_item_score(nodes, &weighted, top);
    let chosen: Vec<usize> = std::iter::once(top)
        .chain((1..n).filter(|&i| {
            i != top
                && nodes[i].parent as usize == parent
                && parent != 0
                && (weighted[i] >= threshold
                    || item.is_some_and(|item| {
                        weighted[i] >= OPENING_POST_ITEMS * item
                            && first_block[i] < first_block[top]
                    }))
        }))
        .collect();
    // Inside the container, a block under chrome class words (a share bar, a comment form) is
    // chrome. When that would leave almost nothing (the container itself sits under a layout class
    // that reads as chrome, such as "left"), only the words below the container count.
    let mut inside: Vec<Option<usize>> = blocks
        .iter()
        .map(|b| {
            chosen
                .iter()
                .copied()
                .find(|&c| is_within(nodes, b.node as usize, c))
        })
        .collect();
    adopt_loose_sentences(nodes, blocks, &sentence, top, &mut inside);
    let by_hint: Vec<bool> = blocks
        .iter()
        .zip(&inside)
        .map(|(b, c)| c.is_some() && b.hint >= 0)
        .collect();
    let kept_chars: usize = blocks
        .iter()
        .zip(&by_hint)
        .filter(|(_, k)| **k)
        .map(|(b, _)| b.span.len())
        .sum();
    let main_chars: usize = blocks
        .iter()
        .zip(&inside)
        .filter(|(_, c)| c.is_some())
        .map(|(b, _)| b.span.len())
        .sum();
    if kept_chars * 5 >= main_chars {
        return by_hint;
    }
    blocks
        .iter()
        .zip(&inside)
        .map(|(b, c)| c.is_some_and(|c| i32::from(b.hint) - hint_below(nodes, c, 0) >= 0))
        .collect()
}

/// Sentences right before or after the top's blocks whose element is an ancestor of the top, a
/// few levels up, join it: the loose text of an inline wrapper (`<td><span><font>第一段。<p>第二段。`,
/// pages of the 2000s with unclosed `<p>`s) belongs to the nearest block element, the cell, not
/// to the `<font>` whose paragraphs won.
fn adopt_loose_sentences(
    nodes: &[Node],
    blocks: &[Block],
    sentence: &[bool],
    top: usize,
    inside: &mut [Option<usize>],
) {
    let (Some(first), Some(last)) = (
        inside.iter().position(Option::is_some),
        inside.iter().rposition(Option::is_some),
    ) else {
        return;
    };
    let top_depth = nodes.get(top).map_or(0, |n| n.depth);
    // Blocks outside the top's run are outside every chosen element's run too: the run's
    // neighbours are the only candidates, so `inside` need not be read here.
    let loose = |i: usize| {
        let node = blocks[i].node as usize;
        sentence[i]
            && node != 0
            && is_within(nodes, top, node)
            && top_depth.saturating_sub(nodes[node].depth) <= LOOSE_LEVELS
    };
    let mut i = first;
    while i > 0 && loose(i - 1) {
        i -= 1;
        inside[i] = Some(top);
    }
    let mut i = last + 1;
    while i < blocks.len() && loose(i) {
        inside[i] = Some(top);
        i += 1;
    }
}

/// The characters of `top` and of the rivals inside `ancestor`, each counted once: a rival that
/// stands inside another (a `<div>` and its one `<p>`) adds nothing. Linear in the rivals times
/// the depth of the tree.
fn candidate_chars(
    nodes: &[Node],
    chars_in: &[u32],
    top: usize,
    rivals: &[usize],
    ancestor: usize,
) -> u32 {
    let inside: std::collections::HashSet<usize> = rivals
        .iter()
        .copied()
        .filter(|&r| is_within(nodes, r, ancestor))
        .collect();
    let nested = |r: usize| {
        let mut at = r;
        for _ in 0..MAX_UP {
            let parent = nodes.get(at).map_or(0, |x| x.parent as usize);
            if parent == 0 || parent == at || parent == ancestor {
                return false;
            }
            if inside.contains(&parent) {
                return true;
            }
            at = parent;
        }
        false
    };
    let rival_chars: u32 = inside
        .iter()
        .filter(|&&r| !nested(r))
        .map(|&r| chars_in.get(r).copied().unwrap_or(0))
        .sum();
    chars_in.get(top).copied().unwrap_or(0) + rival_chars
}

/// How many levels above the top an inline wrapper's loose text may stand.
const LOOSE_LEVELS: u32 = 3;

/// The mean score of the largest run of same-signature children of `top`, when it has at
/// least [`RUN_ITEMS`] of them (the replies of a thread, the items of a list).
fn repeated_item_score(nodes: &[Node], weighted: &[f32], top: usize) -> Option<f32> {
    let mut runs: std::collections::HashMap<u32, (usize, f32)> = std::collections::HashMap::new();
    for (i, node) in nodes.iter().enumerate().skip(1) {
        if node.parent as usize == top && node.sig != 0 {
            let run = runs.entry(node.sig).or_default();
            run.0 += 1;
            run.1 += weighted[i];
        }
    }
    runs.into_values()
        .filter(|run| run.0 >= RUN_ITEMS)
        .max_by_key(|run| run.0)
        .map(|(count, sum)| sum / count as f32)
}

/// The class/id hints of the elements from `node` up to, not including, `ancestor` (0, the
/// document, for all of them).
fn hint_below(nodes: &[Node], node: usize, ancestor: usize) -> i32 {
    let mut sum = 0;
    let mut at = node;
    for _ in 0..MAX_UP {
        if at == ancestor || at == 0 {
            break;
        }
        let Some(here) = nodes.get(at) else { break };
        sum += i32::from(here.hint);
        at = here.parent as usize;
    }
    sum
}

/// Whether `node` is `ancestor` or stands below it (looking up at most [`MAX_UP`] levels).
fn is_within(nodes: &[Node], node: usize, ancestor: usize) -> bool {
    let Some(target) = nodes.get(ancestor) else {
        return false;
    };
    let mut at = node;
    for _ in 0..MAX_UP {
        if at == ancestor {
            return true;
        }
        let Some(here) = nodes.get(at) else {
            return false;
        };
        if here.depth <= target.depth || at == 0 {
            return false;
        }
        at = here.parent as usize;
    }
    false
}

/// The index of the block that is the page's headline: the one that repeats its `<title>`.
///
/// ```
/// use jianbao::html::{headline_block, html_to_blocks};
/// let page = html_to_blocks("<title>某市开展活动 - 某某网</title><div>导航</div><h1>某市开展活动</h1><p>正文。</p>");
/// assert_eq!(headline_block(&page), Some(1));
/// ```
pub fn headline_block(page: &PageText) -> Option<usize> {
    title_block(&page.text, &page.blocks, page.title.as_deref()?)
}

/// The block that repeats the page's `<title>` (its part before " - Site", " | Site", "_Site"):
/// the article's headline, when the page has one. A block equal to the title without its site
/// name wins, then one equal to that part; else the longest block the title contains that is at
/// least half as long (a headline the title splits at a space), never a short word such as the
/// site's name.
fn title_block(text: &str, blocks: &[Block], title: &str) -> Option<usize> {
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    // The longest part, the first of equals: titles put the headline before the site's name.
    // A title spaced out character by character (衞 生 署 呼 籲…, how some Hong Kong and Taiwan
    // sites letter-space their headings) has no part that long: the whole title is its head.
    let head = title
        .split([' ', '|', '｜', '_', '—', '–'])
        .map(squash)
        .filter(|p| p.chars().count() >= 4)
        .rev()
        .max_by_key(|p| p.chars().count())
        .or_else(|| Some(squash(title)).filter(|t| t.chars().count() >= 4))?;
    // The title without its site name, when a hyphen with no spaces sets the name off.
    let short = squash(&super::title::page_title_head(title));
    let head_chars = head.chars().count();
    let whole = squash(title);
    let mut equal_head: Option<usize> = None;
    // The best contained block so far: its index and its rank (length, then being a heading).
    let mut best: Option<(usize, (usize, bool))> = None;
    for (idx, b) in blocks.iter().enumerate() {
        let line = squash(text.get(b.span.range()).unwrap_or(""));
        let n = line.chars().count();
        if n < 4 {
            continue;
        }
        // A link that repeats the title is often a list entry, and a linked logo the site's
        // name; a blog's linked headline is still found below: the title holds it, and it holds
        // the title's longest part.
        let linked = b.link_chars * 2 >= n;
        // The title without the site name beats a copy of the whole title (a share widget's).
        if line == short && !linked {
            return Some(idx);
        }
        if line == head && !linked {
            equal_head = equal_head.or(Some(idx));
        } else if whole.contains(&line)
            && n * 2 >= head_chars
            && (!linked || line.contains(&head))
            && best.is_none_or(|(_, rank)| (n, b.heading > 0) > rank)
        {
            best = Some((idx, (n, b.heading > 0)));
        }
    }
    equal_head.or(best.map(|(idx, _)| idx))
}
