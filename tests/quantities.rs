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

/// One row a form of issue 11: text, quantity text, value (null as ""), unit, kind, date.
type Form = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    Kind,
    Option<&'static str>,
);

#[test]
fn forms_of_statistics_and_congress_reports() {
    use Kind::*;
    let rows: &[Form] = &[
        (
            "2010年12月31日",
            "2010年12月31日",
            "2010",
            Some("日"),
            Date,
            Some("2010-12-31"),
        ),
        (
            "一九九七年七月一日",
            "一九九七年七月一日",
            "1997",
            Some("日"),
            Date,
            Some("1997-07-01"),
        ),
        (
            "二〇一五年",
            "二〇一五年",
            "2015",
            Some("年"),
            Date,
            Some("2015"),
        ),
        (
            "二０一五年",
            "二０一五年",
            "2015",
            Some("年"),
            Date,
            Some("2015"),
        ),
        (
            "2010年3月",
            "2010年3月",
            "2010",
            Some("月"),
            Date,
            Some("2010-03"),
        ),
        (
            "2010年2月31日",
            "2010年2月31日",
            "2010",
            Some("日"),
            Date,
            None,
        ),
        (
            "截至10月31日",
            "10月31日",
            "",
            Some("日"),
            Date,
            Some("--10-31"),
        ),
        (
            "2013－2020年",
            "2013－2020年",
            "",
            Some("年"),
            Date,
            Some("2013/2020"),
        ),
        ("1至9月", "1至9月", "", Some("月"), Date, Some("--01/--09")),
        (
            "一九八一年到一九九○年",
            "一九八一年到一九九○年",
            "",
            Some("年"),
            Date,
            Some("1981/1990"),
        ),
        (
            "1 9 9 9 年1 2 月2 0 日",
            "1 9 9 9 年1 2 月2 0 日",
            "1999",
            Some("日"),
            Date,
            Some("1999-12-20"),
        ),
        (
            "９０年代",
            "９０年代",
            "1990",
            Some("年代"),
            Date,
            Some("199X"),
        ),
        ("党的十九大", "十九大", "19", Some("大"), Ordinal, None),
        ("三中全会", "三中全会", "3", Some("中全会"), Ordinal, None),
        ("第十九次", "第十九次", "19", Some("次"), Ordinal, None),
        ("实施三大战略", "三大", "3", Some("大"), Count, None),
        ("三年来，", "三年来", "3", Some("年"), Duration, None),
        ("两年多的努力", "两年多", "2", Some("年"), Duration, None),
        ("半个月", "半个月", "0.5", Some("个月"), Duration, None),
        ("半数以上", "半数以上", "0.5", None, Fraction, None),
        (
            "不到四分之一世纪",
            "不到四分之一世纪",
            "0.25",
            Some("世纪"),
            Duration,
            None,
        ),
        (
            "金额贰拾叁元伍角",
            "贰拾叁元伍角",
            "23.5",
            Some("元"),
            Money,
            None,
        ),
        ("一二三四点五", "一二三四点五", "1234.5", None, Number, None),
        (
            "粮食产量突破500万吨",
            "突破500万吨",
            "5000000",
            Some("吨"),
            Measure,
            None,
        ),
        (
            "年产值过亿元",
            "过亿元",
            "100000000",
            Some("元"),
            Money,
            None,
        ),
        ("增长5%-5.5%", "5%-5.5%", "", Some("%"), Percent, None),
        (
            "占比60%（含）-80%",
            "60%（含）-80%",
            "",
            Some("%"),
            Percent,
            None,
        ),
        (
            "结构为3.2:40.1:56.7",
            "3.2:40.1:56.7",
            "",
            None,
            Ratio,
            None,
        ),
        (
            "工资1200元/月",
            "1200元/月",
            "1200",
            Some("元/月"),
            Money,
            None,
        ),
        (
            "补助5万元/人",
            "5万元/人",
            "50000",
            Some("元/人"),
            Money,
            None,
        ),
        (
            "产出每亩20.3万元",
            "每亩20.3万元",
            "203000",
            Some("元/亩"),
            Money,
            None,
        ),
        (
            "出生率为10.94‰",
            "10.94‰",
            "1.094",
            Some("‰"),
            Percent,
            None,
        ),
        (
            "提高1.06个百分点",
            "1.06个百分点",
            "1.06",
            Some("个百分点"),
            Percent,
            None,
        ),
        (
            "装机1300万千瓦",
            "1300万千瓦",
            "13000000",
            Some("千瓦"),
            Measure,
            None,
        ),
        (
            "发电45亿千瓦时",
            "45亿千瓦时",
            "4500000000",
            Some("千瓦时"),
            Measure,
            None,
        ),
        ("500千伏线路", "500千伏", "500", Some("千伏"), Measure, None),
        ("锅炉20蒸吨", "20蒸吨", "20", Some("蒸吨"), Measure, None),
        (
            "总值翻2.13番",
            "翻2.13番",
            "2.13",
            Some("番"),
            Multiple,
            None,
        ),
        (
            "病床283 .2万张",
            "283 .2万张",
            "2832000",
            Some("张"),
            Count,
            None,
        ),
    ];
    for (input, text, value, unit, kind, date) in rows {
        let q = one(input);
        let got = q.value.map_or(String::new(), |v| v.to_string());
        assert_eq!(
            (
                q.text.as_str(),
                got.as_str(),
                q.unit.as_deref(),
                q.kind,
                q.date.as_deref()
            ),
            (*text, *value, *unit, *kind, *date),
            "{input}"
        );
    }
}

#[test]
fn ranges_carry_their_bounds() {
    let q = one("增长5%-5.5%");
    assert_eq!(
        (q.min.map(|v| v.to_string()), q.max.map(|v| v.to_string())),
        (Some("5".to_string()), Some("5.5".to_string()))
    );
    let q = one("一九八一年到一九九○年");
    assert_eq!(
        (
            q.min.and_then(|v| v.as_i128()),
            q.max.and_then(|v| v.as_i128())
        ),
        (Some(1981), Some(1990))
    );
}

#[test]
fn changes_have_a_direction_and_a_subject() {
    use jianbao::quantities::Direction::{Down, Up};
    let cases: &[(&str, Option<jianbao::quantities::Direction>, Option<&str>)] = &[
        (
            "全市地区生产总值比上年增长7.2%",
            Some(Up),
            Some("地区生产总值"),
        ),
        (
            "城乡居民人均可支配收入实际增长8.5%",
            Some(Up),
            Some("居民人均可支配收入"),
        ),
        ("能耗比上年下降3.4%", Some(Down), Some("能耗")),
        ("夏粮产量12310万吨，减产0.3%", Some(Down), Some("夏粮产量")),
        (
            "年末职工人数为13190万人，比上年末增加381万人",
            Some(Up),
            Some("职工人数"),
        ),
        (
            "户籍人口城镇化率比上年末提高1.02个百分点",
            Some(Up),
            Some("户籍人口城镇化率"),
        ),
        ("新增就业120万人", None, Some("就业")),
        ("比重比自治区低6.09个百分点", None, Some("比重")),
        ("增长-3.4%", Some(Up), None),
    ];
    for (text, direction, subject) in cases {
        let q = extract(text).pop().unwrap();
        assert_eq!(
            (q.direction, q.subject.as_deref()),
            (*direction, *subject),
            "{text}"
        );
    }
    // A number written negative keeps its sign.
    assert_eq!(
        one("负3.4%").value.map(|v| v.to_string()).as_deref(),
        Some("-3.4")
    );
}

#[test]
fn subjects_are_head_nouns_not_verbs() {
    for (text, subject) in [
        ("粮食产量突破500万吨", Some("粮食产量")),
        ("设立规模50亿元的创业投资引导基金", Some("创业投资引导基金")),
        ("建设两支高素质、专业化的干部队伍", Some("干部队伍")),
        ("全年国内生产总值[2]900309亿元", Some("国内生产总值")),
        ("事故起数和死亡人数分别下降42.86%和60.61%", Some("死亡人数")),
        ("邮电业务总量完成38.9亿元", Some("邮电业务总量")),
        ("第六届全国运动会", Some("全国运动会")),
        ("十九届四中全会", None),
    ] {
        let q = extract(text).pop().unwrap();
        assert_eq!(q.subject.as_deref(), subject, "{text}");
        if let (Some(s), Some(span)) = (&q.subject, q.subject_span) {
            assert_eq!(&text[span.range()], s);
        }
    }
    let qs = extract("事故起数和死亡人数分别下降42.86%和60.61%");
    assert_eq!(qs[0].subject.as_deref(), Some("事故起数"));
}

#[test]
fn articles_determiners_and_names_are_not_counted() {
    // 一 + classifier inside a sentence is the indefinite article (the convention in the README):
    // not a quantity; after 第, 每, 仅 or before 多/来 it counts.
    for text in [
        "这是一个伟大的转折",
        "推出一批重大改革举措",
        "极为重要的一年",
        "向前迈进了一大步",
        "上一次会议",
        "中英两国的友好关系发展到了一个新的阶段",
    ] {
        let texts: Vec<_> = extract(text).into_iter().map(|q| q.text).collect();
        assert!(
            texts.iter().all(|t| !t.starts_with('一')),
            "{text}: {texts:?}"
        );
    }
    assert_eq!(one("仅一个").text, "一个");
    // 次 counts events: 每月召开一次党员会议 holds one meeting a month.
    assert_eq!(one("每月召开一次党员会议").text, "一次");
    assert_eq!(one("一年来，").text, "一年来");
    let session = extract("九届全国人大一次会议");
    assert_eq!(
        session
            .iter()
            .map(|q| (q.text.as_str(), q.kind))
            .collect::<Vec<_>>(),
        [("九届", Kind::Ordinal), ("一次", Kind::Ordinal)]
    );
}
