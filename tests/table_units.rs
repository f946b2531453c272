//! Statistics tables on real documents: the unit a caption or header states, given to the bare
//! numbers of the cells (`src/quantities/table.rs`).

mod common;

use jianbao::{Options, Parsed, Quantity, parse_file};

fn parsed(rel: &str) -> Option<Parsed> {
    let path = common::shared(rel)?;
    Some(parse_file(&path, &Options::default()).expect("a corpus file parses"))
}

/// The quantities that took their unit from a table, with the unit's text as the table writes it.
fn from_tables(p: &Parsed) -> Vec<(&Quantity, &str)> {
    p.document
        .articles
        .iter()
        .flat_map(|a| &a.quantities)
        .filter_map(|q| Some((q, &p.text[q.unit_span?.range()])))
        .collect()
}

/// The line of `text` that holds byte `at`.
fn line_at(text: &str, at: usize) -> &str {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    &text[start..end]
}

#[test]
fn communique_tables_in_markdown() {
    let Some(p) = parsed("corpus/gov-reports/国家统计局年度统计/2010.md") else {
        return;
    };
    let found = from_tables(&p);
    // Every one stands in a table row: a `|` row or a list line of cells parted by spaces.
    for (q, _) in &found {
        let line = line_at(&p.text, q.span.start);
        assert!(
            line.starts_with('|') || line.starts_with("- "),
            "{} on {line}",
            q.text
        );
    }
    let row = |label: &str| -> Vec<(String, Option<String>, String)> {
        let at = p.text.find(label).expect("the row is in the file");
        let line = line_at(&p.text, at);
        let span = at..at + line.len();
        found
            .iter()
            .filter(|(q, _)| span.contains(&q.span.start))
            .map(|(q, u)| (q.text.clone(), q.unit.clone(), u.to_string()))
            .collect()
    };
    let s = |x: &str| x.to_string();
    let u = |x: &str| Some(x.to_string());
    // 表3: 单位：亿元 over 指标 利润总额 比上年同期增长%.
    assert_eq!(
        row("- 规模以上工业 38828"),
        [
            (s("38828"), u("元"), s("亿元")),
            (s("49.4"), u("%"), s("%"))
        ]
    );
    // 表2: a caption of % over a two-row header (全国 / 城市 农村); a negative cell stays negative.
    assert_eq!(
        row("- 其中：家庭设备用品及维修服务"),
        [
            (s("0.0"), u("%"), s("%")),
            (s("-0.1"), u("%"), s("%")),
            (s("0.1"), u("%"), s("%"))
        ]
    );
    // 产品名称 单位 产量 比上年增长%: the row's 单位 cell, then the header's %.
    assert_eq!(
        row("- 纱 万吨"),
        [
            (s("2717.0"), u("吨"), s("万吨")),
            (s("13.5"), u("%"), s("%"))
        ]
    );
    // 表13: a `|` row longer than its header: the cell past it gets no unit.
    assert_eq!(row("| 旅客运输总量"), [(s("328.0"), u("人"), s("亿人"))]);
    let q = found
        .iter()
        .find(|(q, _)| q.text == "38828")
        .expect("38828");
    assert_eq!(q.0.value.and_then(|v| v.as_i128()), Some(3_882_800_000_000));
    assert_eq!(found.len(), 484, "table quantities in the 2010 communiqué");
}

#[test]
fn header_cell_unit_on_a_page() {
    let Some(p) = parsed("corpus/gov-pages/html/beijing-206.html") else {
        return;
    };
    let found = from_tables(&p);
    let got: Vec<(&str, Option<&str>, &str)> = found
        .iter()
        .map(|(q, u)| (q.text.as_str(), q.unit.as_deref(), *u))
        .collect();
    // The permit list's 工程规模(平方米) column, all 15 of its rows: the cells of a data table are
    // content (before, the thin cells above the first paragraph were trimmed and 10 rows lost).
    let m2 = Some("平方米");
    assert_eq!(
        got,
        [
            ("42688.63", m2, "平方米"),
            ("52446.87", m2, "平方米"),
            ("342.56", m2, "平方米"),
            ("135382", m2, "平方米"),
            ("60544.79", m2, "平方米"),
            ("32780", m2, "平方米"),
            ("2770.43", m2, "平方米"),
            ("3882.6", m2, "平方米"),
            ("2474.6", m2, "平方米"),
            ("27245", m2, "平方米"),
            ("28194.94", m2, "平方米"),
            ("28865", m2, "平方米"),
            ("12000", m2, "平方米"),
            ("74232.77", m2, "平方米"),
            ("19501.2", m2, "平方米")
        ]
    );
}
