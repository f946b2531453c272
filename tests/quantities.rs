//! The forms of numbers in official text, one table row each: text, value, unit, approx, kind.

use jianbao::quantities::{Approx, Kind, extract};

fn one(text: &str) -> jianbao::quantities::Quantity {
    let qs = extract(text);
    assert_eq!(
        qs.len(),
        1,
        "{text}: {:?}",
        qs.iter().map(|q| &q.text).collect::<Vec<_>>()
    );
    qs.into_iter().next().unwrap()
}

/// Text, value, unit, approximation, kind.
type Row = (
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<Approx>,
    Kind,
);

#[test]
fn values_units_approximations() {
    let rows: &[Row] = &[
        ("抽调1347名", "1347", Some("名"), None, Kind::Count),
        ("共1,347名", "1347", Some("名"), None, Kind::Count),
        ("共1，347名", "1347", Some("名"), None, Kind::Count),
        ("共１３４７名", "1347", Some("名"), None, Kind::Count),
        ("增长7.5%", "7.5", Some("%"), None, Kind::Percent),
        ("增长７．５％", "7.5", Some("%"), None, Kind::Percent),
        ("投入3.5万元", "35000", Some("元"), None, Kind::Money),
        ("投入1.2亿元", "120000000", Some("元"), None, Kind::Money),
        ("占百分之八十", "80", Some("%"), None, Kind::Percent),
        ("百分之一点五七", "1.57", Some("%"), None, Kind::Percent),
        (
            "近两成",
            "20",
            Some("%"),
            Some(Approx::Nearly),
            Kind::Percent,
        ),
        ("打七五折", "75", Some("%"), None, Kind::Percent),
        ("提高2个百分点", "2", Some("个百分点"), None, Kind::Percent),
        (
            "十余万人",
            "100000",
            Some("人"),
            Some(Approx::MoreThan),
            Kind::Count,
        ),
        ("第一百七十三期", "173", Some("期"), None, Kind::Ordinal),
        ("第173期", "173", Some("期"), None, Kind::Ordinal),
        ("一千零十二个", "1012", Some("个"), None, Kind::Count),
        ("25万6千人", "256000", Some("人"), None, Kind::Count),
        ("九万四", "94000", None, None, Kind::Number),
        ("廿五人", "25", Some("人"), None, Kind::Count),
        ("贰仟零伍拾元", "2050", Some("元"), None, Kind::Money),
        ("兩萬人", "20000", Some("人"), None, Kind::Count),
        ("零点五", "0.5", None, None, Kind::Number),
        ("二〇一〇年", "2010", Some("年"), None, Kind::Date),
        ("2010年", "2010", Some("年"), None, Kind::Date),
        ("负5度", "-5", Some("度"), None, Kind::Measure),
        (
            "约300人",
            "300",
            Some("人"),
            Some(Approx::About),
            Kind::Count,
        ),
        (
            "50人左右",
            "50",
            Some("人"),
            Some(Approx::About),
            Kind::Count,
        ),
        (
            "超过300家",
            "300",
            Some("家"),
            Some(Approx::Above),
            Kind::Count,
        ),
        (
            "不到10%",
            "10",
            Some("%"),
            Some(Approx::Below),
            Kind::Percent,
        ),
        (
            "至少5次",
            "5",
            Some("次"),
            Some(Approx::AtLeast),
            Kind::Count,
        ),
        (
            "最多5次",
            "5",
            Some("次"),
            Some(Approx::AtMost),
            Kind::Count,
        ),
        (
            "60岁以上",
            "60",
            Some("岁"),
            Some(Approx::AtLeast),
            Kind::Age,
        ),
        ("增长3倍", "3", Some("倍"), None, Kind::Multiple),
        ("三分之一", "0.3333333333333333", None, None, Kind::Fraction),
        ("1/4", "0.25", None, None, Kind::Fraction),
        (
            "十几个",
            "10",
            Some("个"),
            Some(Approx::MoreThan),
            Kind::Count,
        ),
        ("十分钟", "10", Some("分钟"), None, Kind::Duration),
        (
            "有几十年的时间",
            "10",
            Some("年"),
            Some(Approx::MoreThan),
            Kind::Duration,
        ),
        (
            "几万人参加",
            "10000",
            Some("人"),
            Some(Approx::MoreThan),
            Kind::Count,
        ),
        (
            "增长百分之八十左右",
            "80",
            Some("%"),
            Some(Approx::About),
            Kind::Percent,
        ),
        (
            "五十七亿五千万吨海里",
            "5750000000",
            Some("吨海里"),
            None,
            Kind::Measure,
        ),
        ("成立75周年", "75", Some("周年"), None, Kind::Duration),
    ];
    for (text, value, unit, approx, kind) in rows {
        let q = one(text);
        assert_eq!(
            q.value.map(|v| v.to_string()).as_deref(),
            Some(*value),
            "{text}"
        );
        assert_eq!(q.unit.as_deref(), *unit, "{text}");
        assert_eq!(q.approx, *approx, "{text}");
        assert_eq!(q.kind, *kind, "{text}");
    }
}

#[test]
fn ranges_carry_min_and_max() {
    for (text, lo, hi, unit) in [
        ("3至5个", 3, 5, "个"),
        ("3-5名", 3, 5, "名"),
        ("三五个", 3, 5, "个"),
        ("一两次", 1, 2, "次"),
        ("20~100人", 20, 100, "人"),
    ] {
        let q = one(text);
        assert_eq!(q.value, None, "{text}");
        assert_eq!(
            (
                q.min.and_then(|v| v.as_i128()),
                q.max.and_then(|v| v.as_i128())
            ),
            (Some(lo), Some(hi)),
            "{text}"
        );
        assert_eq!(q.unit.as_deref(), Some(unit));
    }
}

#[test]
fn words_with_numerals_are_not_quantities() {
    for text in [
        "深入一线",
        "争创一流",
        "一切为了群众",
        "一起参加",
        "统一部署",
        "进一步加强",
        "以防万一",
        "一看就懂",
        "四川省",
        "一是加强领导",
        "二是完善制度",
        "第一，加强领导",
        "千方百计",
        "老百姓",
        "十分重要",
        "“一报两台”",
        "“两代表一委员”",
        "队伍建设",
        "陆地",
        "一次性给足",
        "长三角一体化",
        "一国两制",
        "“三个代表”",
        "七国集团",
        "新一轮改革",
        "这一时期",
        "第一产业增加值",
        "国内生产总值[2]",
        "见表3",
        "PM2.5浓度",
        "推出一批改革举措",
        "迈出了一大步",
        "一个伟大的转折",
        "“8890工程”",
        "是一回事",
        "几乎",
    ] {
        let qs = extract(text);
        assert!(
            qs.is_empty(),
            "{text}: {:?}",
            qs.iter().map(|q| &q.text).collect::<Vec<_>>()
        );
    }
    // The markers of a list at the start of a line are not quantities either.
    assert!(extract("一、加强领导").is_empty());
    assert!(extract("（二）完善制度").is_empty());
    assert!(extract("3. 落实责任").is_empty());
}

#[test]
fn exact_values_in_json() {
    let q = one("百分之一点五七");
    assert_eq!(
        serde_json::to_value(q.value).unwrap(),
        serde_json::json!(1.57)
    );
    let big = one("四千五百六十九万八千三百一十一亿四千八百七十二万五千三百八十二");
    assert_eq!(
        serde_json::to_string(&big.value).unwrap(),
        "4569831148725382"
    );
}

#[test]
fn subjects_after_the_unit_or_before_the_number() {
    let q = one("抽调1347名机关干部，");
    assert_eq!(q.subject.as_deref(), Some("机关干部"));
    let q = one("共评选出基层党组织10个、");
    assert_eq!(q.subject.as_deref(), Some("基层党组织"));
    let q = one("收集到意见建议达260多条。");
    assert_eq!(q.subject.as_deref(), Some("意见建议"));
}
