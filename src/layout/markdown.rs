//! Markdown input: the markup characters stripped by choosing spans, never by copying, so every
//! block still indexes the original text.
//!
//! Serves documents published as markdown (government work reports, plans and statistical
//! communiqués converted from their web pages): a front-matter block with `title:` and `source:`,
//! a bold title line, `#` headings, `**一、…**` bold section titles (also run in before their
//! paragraph), `>` quotes, `<details>` tables of contents, `|` tables, lists and footnotes.
//!
//! The block rules, one line at a time (a markdown paragraph of these documents is one line):
//! - `## 一、综合` is a block after `## ` with `heading` 2; `**一、总体要求**` is the text inside
//!   the stars; `**一、总体要求。**正文…` (a run-in bold title) is two blocks, the bold part and
//!   the rest, so the section's title is the bold part;
//! - `> 2006年3月14日…批准` is a block after the `>` marks; `- 项目` after the bullet (an ordered
//!   `1. ` stays: it is a section marker of the document);
//! - a `|` table row is one block from its first cell to its last (the inner `|` stay inside, so
//!   the block is one slice); the `|---|` rule row is dropped;
//! - the lines of a `<details>` block are the table of contents, not body: its list items are
//!   returned as `contents`; other tag lines, comments and images are dropped;
//! - the front matter is no body either: its `title:` value is returned as `title`.

use super::blocks::{Block, is_blank};
use crate::Span;

/// A markdown document as blocks of its original text.
///
/// ```
/// use jianbao::layout::markdown::parse;
/// let text = "---\ntitle: 某市政府工作报告\n---\n\n**一、总体要求。**做好今年工作。\n";
/// let md = parse(text);
/// assert_eq!(&text[md.title.unwrap().range()], "某市政府工作报告");
/// let blocks: Vec<&str> = md.blocks.iter().map(|b| &text[b.span.range()]).collect();
/// assert_eq!(blocks, ["一、总体要求。", "做好今年工作。"]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Markdown {
    /// The body blocks, in order; `heading` is the `#` level, or 7 for a whole-line bold block.
    pub blocks: Vec<Block>,
    /// The front matter's `title:` value.
    pub title: Option<Span>,
    /// The entries of a `<details>` table of contents.
    pub contents: Vec<Span>,
}

/// The `heading` value of a block that was a whole bold line (`**…**`): above the six `<h>` levels.
///
/// ```
/// use jianbao::layout::markdown::{parse, BOLD_LINE};
/// assert_eq!(parse("**政府工作报告**\n").blocks[0].heading, BOLD_LINE);
/// ```
pub const BOLD_LINE: u8 = 7;

/// Whether `text` is markdown: a front matter with `title:` or `source:`, or at least two lines of
/// markdown structure (`#` headings, whole bold lines, `|` table rows, `<details>`), or a first
/// line that is a bold or `#` title.
///
/// ```
/// use jianbao::layout::markdown::looks_like_markdown;
/// assert!(looks_like_markdown("---\ntitle: 报告\n---\n正文。"));
/// assert!(looks_like_markdown("## 一、综合\n\n正文。\n\n**二、工业**\n"));
/// assert!(!looks_like_markdown("工作简报\n****\n一、做法。\n"));
/// ```
pub fn looks_like_markdown(text: &str) -> bool {
    if front_matter(text).is_some() {
        return true;
    }
    let mut marks = 0;
    let mut first = true;
    for line in text.lines().take(400) {
        let l = line.trim_matches(is_blank);
        if l.is_empty() {
            continue;
        }
        // A text never opens on a bold or `#` title line: one is enough.
        if std::mem::take(&mut first) && (bold_line(l).is_some() || heading_level(l).is_some()) {
            return true;
        }
        let heading = l.starts_with('#') && heading_level(l).is_some();
        let bold = bold_line(l).is_some();
        let table = l.len() > 2 && l.starts_with('|') && l.ends_with('|');
        if heading || bold || table || l.starts_with("<details") {
            marks += 1;
            if marks >= 2 {
                return true;
            }
        }
    }
    false
}

/// The front matter: its end (after the closing `---` line) and the span of its `title:` value.
fn front_matter(text: &str) -> Option<(usize, Option<Span>)> {
    let body = text.trim_start_matches('\u{feff}');
    let mut at = text.len() - body.len();
    let mut lines = body.split_inclusive('\n');
    let first = lines.next()?;
    if first.trim_end() != "---" {
        return None;
    }
    at += first.len();
    let mut title = None;
    let mut keys = false;
    for line in lines.take(40) {
        let start = at;
        at += line.len();
        let l = line.trim_end();
        if l == "---" {
            return keys.then_some((at, title));
        }
        let (key, value) = l.split_once(':')?;
        keys |= matches!(key.trim(), "title" | "source" | "date" | "author");
        if key.trim() == "title" {
            let v = value.trim_matches(|c: char| is_blank(c) || c == '"' || c == '\'');
            if !v.is_empty() {
                let off = start + key.len() + 1 + value.find(v).unwrap_or(0);
                title = Some(Span::new(off, off + v.len()));
            }
        }
    }
    None
}

/// The blocks of `md` with the front matter's title first when the body has no title line of
/// its own (a first bold line or `#` heading that is not a numbered section): the document's
/// headline either way is the first block, see [`title_block`].
///
/// ```
/// use jianbao::layout::markdown::{parse, title_block, with_title};
/// let text = "---\ntitle: 某市政府工作报告\n---\n\n——在某会议上\n";
/// let blocks = with_title(text, &parse(text));
/// assert_eq!(title_block(text, &blocks), Some(0));
/// assert_eq!(&text[blocks[0].span.range()], "某市政府工作报告");
/// let text = "---\ntitle: 2025年某市政府工作报告\n---\n政府工作报告\n——在某会议上\n";
/// let blocks = with_title(text, &parse(text));
/// assert_eq!(&text[blocks[title_block(text, &blocks).unwrap()].span.range()], "政府工作报告");
/// ```
pub fn with_title(text: &str, md: &Markdown) -> Vec<Block> {
    let mut blocks = md.blocks.clone();
    // A plain first line that the front matter's title holds (政府工作报告 under
    // title: 2025年自治区政府工作报告) is the document's own title line.
    if let (Some(t), Some(first)) = (md.title, blocks.first_mut()) {
        let line = &text[first.span.range()];
        if first.heading == 0 && text[t.range()].contains(line) {
            first.heading = 1;
        }
    }
    let own = blocks.first().is_some_and(|b| is_title(text, b));
    match md.title {
        Some(span) if !own => std::iter::once(Block {
            span,
            heading: 1,
            ..Block::default()
        })
        .chain(blocks)
        .collect(),
        _ => blocks,
    }
}

/// The index of the title block among `blocks` (from [`with_title`]): the first, when it is a
/// heading or bold line that reads as a title.
///
/// Without a title first, a title heading among the first three blocks (under a quoted note,
/// as in a collection of decisions) is the title.
///
/// ```
/// use jianbao::layout::markdown::{parse, title_block};
/// let text = "> 1982年机构改革后…\n\n## 关于国务院机构改革问题的决议\n\n正文。\n";
/// let md = parse(text);
/// assert_eq!(title_block(text, &md.blocks), Some(1));
/// ```
pub fn title_block(text: &str, blocks: &[Block]) -> Option<usize> {
    if blocks.first().is_some_and(|b| is_title(text, b)) {
        return Some(0);
    }
    blocks
        .iter()
        .take(3)
        .position(|b| is_title(text, b) && b.heading <= 6)
}

/// A title line: a heading or whole bold line, short, not a numbered section, not a sentence.
fn is_title(text: &str, b: &Block) -> bool {
    let line = &text[b.span.range()];
    b.heading > 0
        && line.chars().nth(80).is_none()
        && crate::text::markers::section_marker(line).is_none()
        && !line.ends_with(['。', '：', ':', '；'])
        && !line.starts_with(['—', '―', '-', '（', '('])
}

/// `## 标题` → the level (1 to 6) when `#`s are followed by a space.
fn heading_level(l: &str) -> Option<u8> {
    let n = l.bytes().take_while(|&b| b == b'#').count();
    ((1..=6).contains(&n) && l[n..].starts_with([' ', '\t'])).then_some(n as u8)
}

/// A whole line in bold, `**…**`: the byte range of the inside.
fn bold_line(l: &str) -> Option<(usize, usize)> {
    let inner = l.strip_prefix("**")?.strip_suffix("**")?;
    // ***粗斜体*** and a stray * inside the stars are emphasis marks too.
    let core = inner.trim_matches('*');
    let start = 2 + inner.len() - inner.trim_start_matches('*').len();
    // A title's footnote mark (**2010年国民经济和社会发展统计公报[1]**, as communiqués cite their
    // notes) is no part of the title: the block ends before it.
    let core = without_footnote_mark(core);
    (!core.is_empty() && !core.contains("**") && !core.trim().is_empty())
        .then_some((start, start + core.len()))
}

/// `text` without a trailing footnote mark `[1]` (digits in brackets), when text precedes it.
fn without_footnote_mark(text: &str) -> &str {
    let Some(body) = text.strip_suffix(']') else {
        return text;
    };
    match body.rfind('[') {
        Some(open)
            if open > 0
                && body.len() > open + 1
                && body[open + 1..].bytes().all(|b| b.is_ascii_digit()) =>
        {
            text[..open].trim_end()
        }
        _ => text,
    }
}

/// Parses markdown into body blocks, the front-matter title and the table of contents.
///
/// ```
/// use jianbao::layout::markdown::parse;
/// let text = "## 一、综合\n\n| 指标 | 单位 |\n| --- | --- |\n> 注：初步数。\n";
/// let md = parse(text);
/// let blocks: Vec<&str> = md.blocks.iter().map(|b| &text[b.span.range()]).collect();
/// assert_eq!(blocks, ["一、综合", "指标 | 单位", "注：初步数。"]);
/// ```
pub fn parse(text: &str) -> Markdown {
    let mut md = Markdown::default();
    let mut at = 0;
    if let Some((end, title)) = front_matter(text) {
        at = end;
        md.title = title;
    }
    let mut in_details = false;
    let mut in_comment = false;
    for line in text[at..].split_inclusive('\n') {
        let start = at;
        at += line.len();
        let body = line.trim_start_matches(is_blank);
        let lead = start + line.len() - body.len();
        let l = body.trim_end_matches(is_blank);
        if in_comment {
            in_comment = !l.contains("-->");
            continue;
        }
        if l.starts_with("<!--") {
            in_comment = !l.contains("-->");
            continue;
        }
        if l.starts_with("<details") {
            in_details = !l.contains("</details>");
            continue;
        }
        if in_details {
            if l.starts_with("</details>") {
                in_details = false;
            } else if let Some(s) = list_item(l) {
                md.contents.push(Span::new(lead + s, lead + l.len()));
            }
            continue;
        }
        if l.is_empty() || (l.starts_with('<') && l.ends_with('>')) || l.starts_with("![") {
            continue;
        }
        push_line(&mut md.blocks, l, lead);
    }
    md
}

/// Marks that end a clause or a run-in title: 。：；，！？、 and their brackets.
const CLAUSE_END: [char; 9] = ['。', '：', '；', '，', '！', '？', '、', '）', '”'];

/// `- 项目`, `* 项目`, `+ 项目`: where the item's text starts.
fn list_item(l: &str) -> Option<usize> {
    let rest = l.strip_prefix(['-', '*', '+'])?;
    let body = rest.trim_start_matches([' ', '\t']);
    (body.len() < rest.len() && !body.is_empty()).then_some(l.len() - body.len())
}

/// The blocks of one trimmed line `l` that starts at byte `at` of the text.
fn push_line(out: &mut Vec<Block>, l: &str, at: usize) {
    let mut push = |s: usize, e: usize, heading: u8| {
        let inner = &l[s..e];
        let t = inner.trim_start_matches(is_blank);
        let s = s + inner.len() - t.len();
        let e = s + t.trim_end_matches(is_blank).len();
        if e > s {
            out.push(Block {
                span: Span::new(at + s, at + e),
                heading,
                ..Block::default()
            });
        }
    };
    // Quotes: every `>` and the blanks after it.
    let unquoted = l.trim_start_matches(|c: char| c == '>' || is_blank(c));
    if unquoted.len() < l.len() && l.starts_with('>') {
        if !unquoted.is_empty() {
            let off = l.len() - unquoted.len();
            push_line(out, unquoted, at + off);
        }
        return;
    }
    if let Some(level) = heading_level(l) {
        let n = usize::from(level);
        let inner = l[n..].trim_end_matches('#');
        let t = inner.trim_matches(is_blank);
        let s = n + inner.find(t).unwrap_or(0);
        match bold_line(t) {
            Some((a, b)) => push(s + a, s + b, level),
            None => push(s, s + t.len(), level),
        }
        return;
    }
    if l.starts_with('|') {
        if l.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t')) {
            return;
        }
        let cells = l.trim_matches(|c: char| c == '|' || is_blank(c));
        let s = l.find(cells).unwrap_or(0);
        push(s, s + cells.len(), 0);
        return;
    }
    if let Some(s) = list_item(l)
        && !l.starts_with("**")
    {
        push_line(out, &l[s..], at + s);
        return;
    }
    if let Some((a, b)) = bold_line(l) {
        push(a, b, BOLD_LINE);
        return;
    }
    // A run-in bold title: **一、总体要求。**正文… is the title, then the paragraph, when the
    // bold part ends a clause or a blank or mark follows it; a bold cut inside a word
    // (**三、加强自身建**设) is one block after the opening stars.
    if let Some(rest) = l.strip_prefix("**")
        && !rest.chars().all(|c| c == '*')
    {
        if let Some(close) = rest.find("**")
            && close > 0
        {
            let bold = &rest[..close];
            let after = rest[close + 2..].chars().next();
            if bold.ends_with(|c: char| c.is_ascii_punctuation() || CLAUSE_END.contains(&c))
                || after.is_some_and(|c| is_blank(c) || CLAUSE_END.contains(&c))
            {
                push(2, 2 + close, BOLD_LINE);
                push(2 + close + 2, l.len(), 0);
                return;
            }
        }
        push(2, l.len(), 0);
        return;
    }
    push(0, l.len(), 0);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        parse(text)
            .blocks
            .iter()
            .map(|b| &text[b.span.range()])
            .collect()
    }

    #[test]
    fn headings_quotes_tables_and_contents() {
        let text = "**某某纲要**\n\n> 2006年3月14日批准\n\n<details>\n<summary>目录</summary>\n\n- 第一篇　原则\n  - 第一章　时期\n</details>\n\n## 第一篇　原则\n\n| 指标 | 单位 |\n| --- | --- |\n| 发电 | 万千瓦 |\n\n![](a.jpg)\n<!-- 注释 -->\n- 项目一\n1. 甲。\n";
        assert_eq!(
            texts(text),
            [
                "某某纲要",
                "2006年3月14日批准",
                "第一篇　原则",
                "指标 | 单位",
                "发电 | 万千瓦",
                "项目一",
                "1. 甲。"
            ]
        );
        let md = parse(text);
        let toc: Vec<&str> = md.contents.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(toc, ["第一篇　原则", "第一章　时期"]);
        assert_eq!(md.blocks[0].heading, BOLD_LINE);
        assert_eq!(md.blocks[2].heading, 2);
    }

    #[test]
    fn broken_bold_stays_one_block() {
        assert_eq!(texts("**未闭合的粗体\n"), ["未闭合的粗体"]);
        assert_eq!(texts("**三、加强建**设\n"), ["三、加强建**设"]);
        assert_eq!(
            texts("**一、跨越发展** 结构调整\n"),
            ["一、跨越发展", "结构调整"]
        );
        assert_eq!(texts("正文**强调**。\n"), ["正文**强调**。"]);
        assert_eq!(texts("****\n"), ["****"]);
        assert_eq!(texts("***政府工作报告**\n"), ["政府工作报告"]);
    }

    proptest::proptest! {
        #[test]
        fn any_mix_of_markup_parses(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "---\r\n", "title: 报告\n", "---\n", "**", "*", "#", "## ", "> ", "|", " | ",
                "<details>", "</details>", "- ", "一、", "（一）", "。", "\n", "\r\n", "正文",
                "编者按：", "目录", "<!--", "-->", "![](a)", "　",
            ]), 0..40)) {
            let text: String = parts.concat();
            let md = parse(&text);
            for b in with_title(&text, &md) {
                proptest::prop_assert!(text.get(b.span.range()).is_some());
            }
            let _ = crate::parse_str(&text, &crate::Options::default());
        }
    }

    #[test]
    fn front_matter_needs_keys() {
        assert!(front_matter("---\n正文\n---\n").is_none());
        let text = "\u{feff}---\r\nsource: x\ntitle: \"报告\"\n---\n";
        let (end, title) = front_matter(text).unwrap();
        assert_eq!((end, &text[title.unwrap().range()]), (text.len(), "报告"));
    }
}
