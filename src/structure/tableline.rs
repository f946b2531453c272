//! Lines of a statistics table that reach the structure parser as text: a table's caption and its
//! rows. Neither heads a new article; both stay in the body of the article they stand in.
//!
//! Grammar (each rule names the documents it serves):
//! - caption: `表` or `图` (or `附表`), then an Arabic number, then the title: `表1 2018年年末人口数及其构成`,
//!   `表102018年主要商品出口数量…`, `表3：…`. Statistics communiqués and reports caption every table so.
//! - row: a label, then at least two cells that are numbers, parted by blanks
//!   (`其他用品和服务 1.2 1.2 1.2`, `土地购置费 亿元 9992 65.9`): communiqués whose tables were
//!   dumped as lines, one row a line. A markdown `|` row (`指标 | 单位 | 2010年`) is a row too.

use crate::layout::blocks::is_blank;

/// A table's or a figure's caption: 表 / 图 / 附表 and an Arabic number (表1, 表12, 图３).
pub(crate) fn is_caption(line: &str) -> bool {
    let line = line.trim_start_matches(is_blank);
    let rest = ["附表", "表", "图"]
        .iter()
        .find_map(|p| line.strip_prefix(p));
    rest.and_then(|r| r.chars().next())
        .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

/// A table row: a markdown `|` row, or a label followed by two or more number cells.
pub(crate) fn is_table_row(line: &str) -> bool {
    if line.contains(" | ") || (line.starts_with('|') && line.ends_with('|')) {
        return true;
    }
    let mut cells = line.split(is_blank).filter(|c| !c.is_empty()).rev();
    let mut numbers = 0;
    let mut label = false;
    for c in cells.by_ref() {
        if is_number_cell(c) {
            numbers += 1;
        } else {
            label = true;
            break;
        }
    }
    numbers >= 2 && label
}

/// A cell that is a number as tables print it: 9992, 65.9, -0.1, 1,234, 12.5%.
fn is_number_cell(c: &str) -> bool {
    c.chars().any(|ch| ch.is_ascii_digit())
        && c.chars()
            .all(|ch| ch.is_ascii_digit() || matches!(ch, '.' | '-' | '+' | ',' | '%' | '－'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions() {
        // Real captions of the 2018 communiqué (gov-reports/国家统计局年度统计).
        assert!(is_caption("表1 2018年年末人口数及其构成"));
        assert!(is_caption("表102018年主要商品出口数量、金额及其增长速度"));
        assert!(is_caption("附表2 项目清单"));
        assert!(!is_caption("表彰2015年度先进集体的决定"));
        assert!(!is_caption("图书馆建设情况"));
        assert!(!is_caption("表"));
    }

    #[test]
    fn rows() {
        // Real rows of the 2018 communiqué and the 2010 one.
        assert!(is_table_row("其他用品和服务 1.2 1.2 1.2"));
        assert!(is_table_row("土地购置费 亿元 9992 65.9"));
        assert!(is_table_row("其中：私营企业 10430 49.4"));
        assert!(is_table_row("<br>乡村 | <br>56401 | <br>40.42"));
        assert!(!is_table_row("2015年 3"));
        assert!(!is_table_row("12 34"));
        assert!(!is_table_row("全市安全生产情况通报"));
        assert!(!is_table_row("第 3 期"));
    }
}
