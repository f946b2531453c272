//! Attachments as real pages print them (issue 10), on small pages written here
//! (tests/data/attachments/, never copies of real ones): download links at the end of a notice or
//! 公示 under a 附件下载 heading or in an element after the article's, and an attachment title
//! that the page prints over two table cells. Each failed before its rule.

use jianbao::{Document, Options, Role, parse_file};

fn parse(name: &str) -> Document {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/attachments")
        .join(name);
    parse_file(&path, &Options::default())
        .expect("a fixture parses")
        .document
}

/// (ordinal, title) of the frame's attachments.
fn attachments(doc: &Document) -> Vec<(Option<u32>, String)> {
    doc.frame.as_ref().map_or(Vec::new(), |f| {
        f.attachments
            .iter()
            .map(|a| (a.ordinal, a.title.clone()))
            .collect()
    })
}

/// A 公示 whose 附件下载 heading stands over numbered .xls links: each is an attachment titled by
/// its link text without the extension; the notice's own scanned copy, an image link, the
/// sidebar's and the navigation's .doc links, 打印本页 and 关闭窗口 are none.
#[test]
fn download_links_under_a_heading_are_the_attachments() {
    let doc = parse("download-links.html");
    assert_eq!(
        attachments(&doc),
        [
            (Some(1), "一般家庭摇号结果".to_string()),
            (Some(2), "优先家庭摇号结果".to_string()),
        ]
    );
    // The links are text of the notice, as the page prints them; the chrome is not.
    assert!(doc.text.ends_with(
        "附件下载：\n1.一般家庭摇号结果.xls\n2.优先家庭摇号结果\n\
         关于公布某某区保障性住房摇号结果的公示（红头扫描件）"
    ));
    for chrome in ["续期", "注册申请表", "打印本页", "关闭窗口", "相关链接"] {
        assert!(!doc.text.contains(chrome), "{chrome} in the text");
    }
    // No attachment article starts at the heading or at a link.
    let roles: Vec<Role> = doc.articles.iter().map(|a| a.role).collect();
    assert_eq!(roles, [Role::Body]);
}

/// A TRS-built notice prints its attachments as bare links (no 附件 label, no extension in the
/// link text) in an element after the article's: they follow the text, so they are its
/// attachments.
#[test]
fn bare_links_after_the_article_are_its_attachments() {
    let doc = parse("trs-attachments.html");
    assert_eq!(
        attachments(&doc),
        [
            (None, "建筑施工企业安全生产检查申请表".to_string()),
            (None, "建筑施工企业安全生产检查汇总表".to_string()),
        ]
    );
    assert!(
        doc.text.ends_with(
            "2015年3月5日\n建筑施工企业安全生产检查申请表\n建筑施工企业安全生产检查汇总表"
        )
    );
    let sig = doc.frame.as_ref().and_then(|f| f.signature.as_ref());
    assert_eq!(sig.and_then(|s| s.date.as_deref()), Some("2015-03-05"));
}

/// 附件： in one table cell and the attachment's title over the next two (…生产经营场所 /
/// 现场专家审查意见表): the second cell is a short fragment that gives the title its form's
/// ending, so it joins; the cells of the form below do not.
#[test]
fn an_attachment_title_over_two_cells_is_joined() {
    let doc = parse("two-cell-title.html");
    let title = "预拌商品混凝土企业生产经营场所现场专家审查意见表";
    assert_eq!(attachments(&doc), [(Some(1), title.to_string())]);
    let attached: Vec<&str> = doc
        .articles
        .iter()
        .filter(|a| a.role == Role::Attachment)
        .map(|a| a.headline.as_str())
        .collect();
    assert_eq!(attached, [title]);
}

/// The same two-line title in a text dump: the rule is the same for lines and for blocks.
#[test]
fn an_attachment_title_over_two_lines_of_text_is_joined() {
    let text = "关于某某搅拌站生产现场专家审查意见的公示\n\
                专家组对某某搅拌站的生产现场进行了审查，现将审查意见予以公示。\n\
                2014年10月11日\n附件：\n预拌商品混凝土企业生产经营场所\n现场专家审查意见表\n\
                站点名称\n某某搅拌站\n";
    let doc = jianbao::parse_str(text, &Options::default());
    assert_eq!(
        attachments(&doc),
        [(
            Some(1),
            "预拌商品混凝土企业生产经营场所现场专家审查意见表".to_string()
        )]
    );
}
