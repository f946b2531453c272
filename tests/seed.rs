//! The one real bulletin we hold, read from ../shared/seed (skipped, saying so, when absent).

mod common;

use common::{check_spans, full_width, half_width, shared};
use jianbao::quantities::{Approx, Kind};
use jianbao::{Document, Options, Parsed, parse_bytes};

fn seed() -> Option<String> {
    let path = shared("seed/zjol-2010-173.txt")?;
    Some(std::fs::read_to_string(path).expect("the seed is UTF-8"))
}

fn parse(bytes: &[u8]) -> Parsed {
    parse_bytes(bytes, &Options::default()).expect("the seed is far below the size limit")
}

fn assert_seed_document(doc: &Document) {
    let b = doc.bulletin.as_ref().expect("a bulletin header");
    assert_eq!(b.series.as_deref(), Some("创先争优活动简报"));
    assert_eq!(b.year, Some(2010));
    assert_eq!(b.issue, Some(173));
    assert_eq!(b.total_issue, None);
    assert_eq!(
        doc.page.breadcrumb,
        ["浙江在线", "浙江新闻", "之江先锋", "工作简报"]
    );
    let groups: Vec<_> = doc.page.related.iter().map(|g| g.group.as_str()).collect();
    assert_eq!(groups, ["全省动态", "系统传真", "地市行动"]);
    assert_eq!(
        doc.page
            .related
            .iter()
            .map(|g| g.items.len())
            .sum::<usize>(),
        24
    );
    assert!(half_width(&doc.page.related[0].items[0]).starts_with("浙江省2013年第二季度"));

    assert_eq!(doc.articles.len(), 1);
    let a = &doc.articles[0];
    assert_eq!(a.headline, "慈溪市构建群众参与机制");
    assert_eq!(
        a.subheadline.as_deref(),
        Some("着力提高创先争优活动群众满意度")
    );
    assert_eq!(doc.title.as_deref(), Some("慈溪市构建群众参与机制"));
    let lead = half_width(a.lead.as_deref().expect("a lead"));
    assert!(
        lead.starts_with("创先争优活动中,慈溪市着力构建群众全程参与的工作机制"),
        "{lead}"
    );
    assert!(lead.ends_with("努力使创先争优活动成为群众满意工程。"));

    assert_eq!(a.sections.len(), 3);
    let titles: Vec<String> = a.sections.iter().map(|s| half_width(&s.title)).collect();
    assert_eq!(
        titles,
        [
            "畅通群众诉求“三种渠道”,让群众成为活动的“建言人”",
            "保障群众互动“三大权利”,让群众成为活动的“参与者”",
            "突出群众评议“三个重点”,让群众成为活动的“评判员”",
        ]
    );
    let points = [
        ["“走下去”征求意见", "“请上来”听取意见", "“点对点”收集意见"],
        ["保障群众知情权利", "保障群众践行权利", "保障群众监督权利"],
        [
            "承诺兑现实不实由群众评判",
            "先进典型算不算由群众评判",
            "活动效果好不好由群众评判",
        ],
    ];
    for (k, s) in a.sections.iter().enumerate() {
        assert_eq!(
            (s.marker.as_str(), s.level, s.ordinal),
            (["一、", "二、", "三、"][k], 1, k as u32 + 1)
        );
        assert_eq!(s.declared_count, Some(3));
        assert!(s.sections.is_empty());
        let got: Vec<_> = s
            .points
            .iter()
            .map(|p| (p.marker.as_str(), p.ordinal, p.title.as_str()))
            .collect();
        let want: Vec<_> = ["一是", "二是", "三是"]
            .iter()
            .zip(1..)
            .zip(points[k])
            .map(|((m, o), t)| (*m, o, t))
            .collect();
        assert_eq!(got, want);
    }

    for chrome in [
        "404 Not Found",
        "ZJOL/1.24.96",
        "点击下载",
        "请您文明上网",
        "我要注册",
        "复制本文标题地址",
        "相关稿件",
        "更多...",
        "·浙江省",
        "全省动态",
        "您当前的位置",
    ] {
        assert!(!doc.text.contains(chrome), "text holds chrome {chrome:?}");
    }
    assert!(doc.text.contains("慈溪市构建群众参与机制"));
    assert!(half_width(&doc.text).contains("取消创先争优活动先进集体评选资格。"));

    let q = |text: &str| {
        a.quantities
            .iter()
            .find(|q| half_width(&q.text) == text)
            .unwrap_or_else(|| {
                panic!(
                    "no quantity {text:?} among {:?}",
                    a.quantities.iter().map(|q| &q.text).collect::<Vec<_>>()
                )
            })
    };
    let v = |text: &str| q(text).value.and_then(|v| v.as_i128());
    assert_eq!(v("1347名"), Some(1347));
    assert_eq!(
        (q("1347名").unit.as_deref(), q("1347名").subject.as_deref()),
        (Some("名"), Some("机关干部"))
    );
    assert_eq!(q("1347名").kind, Kind::Count);
    let households = q("55000多户");
    assert_eq!(
        (
            v("55000多户"),
            households.approx,
            households.subject.as_deref()
        ),
        (Some(55000), Some(Approx::MoreThan), Some("干部群众"))
    );
    assert!(
        households.subject_span.unwrap().end <= households.span.start,
        "subject before the number"
    );
    assert_eq!(
        (v("10个"), q("10个").subject.as_deref()),
        (Some(10), Some("基层党组织"))
    );
    assert_eq!(
        (
            v("20多名"),
            q("20多名").approx,
            q("20多名").subject.as_deref()
        ),
        (Some(20), Some(Approx::MoreThan), Some("机关干部"))
    );
    let rate = q("低于80%");
    assert_eq!(
        (
            rate.value.and_then(|v| v.as_i128()),
            rate.unit.as_deref(),
            rate.approx,
            rate.kind
        ),
        (Some(80), Some("%"), Some(Approx::Below), Kind::Percent)
    );
    assert_eq!(rate.subject.as_deref(), Some("满意率"));
    assert_eq!(
        (v("千条"), q("千条").subject.as_deref()),
        (Some(1000), Some("宣传标语"))
    );
    assert_eq!(
        (v("百块"), q("百块").subject.as_deref()),
        (Some(100), Some("宣传牌"))
    );
    assert_eq!(
        (v("三种"), q("三种").subject.as_deref()),
        (Some(3), Some("渠道"))
    );
    assert_eq!(
        (v("三个"), q("三个").subject.as_deref()),
        (Some(3), Some("重点"))
    );
    assert_eq!(v("两次"), Some(2));
    assert_eq!(
        (v("260多条"), q("260多条").approx),
        (Some(260), Some(Approx::MoreThan))
    );
    assert_eq!(
        (
            v("18周岁以上"),
            q("18周岁以上").kind,
            q("18周岁以上").approx
        ),
        (Some(18), Kind::Age, Some(Approx::AtLeast))
    );
    assert_eq!(
        (v("低于60分"), q("低于60分").approx),
        (Some(60), Some(Approx::Below))
    );
    for (text, value) in [
        ("345个", 345),
        ("297个", 297),
        ("48个", 48),
        ("623个", 623),
        ("57个", 57),
        ("5次", 5),
        ("247个", 247),
        ("12次", 12),
        ("6次", 6),
        ("4个", 4),
        ("4次", 4),
        ("30名", 30),
        ("一次", 1),
    ] {
        assert_eq!(v(text), Some(value), "{text}");
    }
    for not_a_quantity in ["一线", "一流", "一是", "二是", "三是", "一报", "一委员"]
    {
        assert!(
            !a.quantities.iter().any(|q| q.text.contains(not_a_quantity)),
            "{not_a_quantity} taken as a quantity"
        );
    }
    assert!(
        a.quantities.len() >= 25,
        "{} quantities",
        a.quantities.len()
    );
}

#[test]
fn seed_parses_into_the_bulletin() {
    let Some(seed) = seed() else { return };
    let parsed = parse(seed.as_bytes());
    assert_eq!(parsed.document.encoding, "UTF-8");
    assert!(!parsed.document.had_errors);
    assert_seed_document(&parsed.document);
    check_spans(&parsed.document, &parsed.text);
}

#[test]
fn seed_with_crlf_bom_full_width_and_gbk_gives_the_same_bulletin() {
    let Some(seed) = seed() else { return };
    let crlf = seed.replace('\n', "\r\n");
    let bom = format!("\u{feff}{seed}");
    let full = full_width(&seed);
    // GBK has no no-break space; a GBK page writes a plain one.
    let seed_gbk = seed.replace('\u{a0}', " ");
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(&seed_gbk);
    assert!(!unmappable);
    for (name, bytes) in [
        ("crlf", crlf.into_bytes()),
        ("bom", bom.into_bytes()),
        ("full-width", full.into_bytes()),
        ("gbk", gbk.into_owned()),
    ] {
        let parsed = parse(&bytes);
        eprintln!("variant {name}");
        assert_seed_document(&parsed.document);
        check_spans(&parsed.document, &parsed.text);
    }
    assert_eq!(
        parse(&encoding_rs::GBK.encode(&seed_gbk).0)
            .document
            .encoding,
        "GBK"
    );
}

#[test]
fn seed_json_round_trips() {
    let Some(seed) = seed() else { return };
    let doc = parse(seed.as_bytes()).document;
    let json = serde_json::to_string(&doc).unwrap();
    let back: Document = serde_json::from_str(&json).unwrap();
    assert_eq!(back, doc);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["bulletin"]["issue"], 173);
    assert_eq!(
        v["articles"][0]["sections"][0]["points"][0]["marker"],
        "一是"
    );
    assert_eq!(v["articles"][0]["sections"][0]["declared_count"], 3);
}
