//! The head of an official document as a web page prints it above the first paragraph: the lines
//! a reader copies with the text, which the page tidying must not take for template furniture.

use super::parts::{doc_number_line, order_mark, order_number};

/// Whether a line belongs to a 公文's printed head: its 发文字号 on a line of its own
/// (京建法〔2014〕15号, （国函〔2016〕5号）), or a 令's mark and number (北京市人民政府令（2011）第230号,
/// 第 626 号, 第　1　号), which the frame reads as the 令's and the structure then never takes for
/// a subheadline. Serves www.gov.cn, ministry and bjjs.gov.cn pages that print the document's
/// number under the page's headline; player controls, counters, bylines and dates are none of
/// these. (The title's own lines are left out: they compete with the headline the page's
/// `<title>` anchors.)
///
/// ```
/// use jianbao::structure::frame::is_head_line;
/// assert!(is_head_line("京建法〔2014〕15号"));
/// assert!(is_head_line("第 626 号"));
/// assert!(is_head_line("北京市人民政府令（2011）第230号"));
/// assert!(!is_head_line("第一条"));
/// assert!(!is_head_line("工业和信息化部关于废止《税控收款机"));
/// assert!(!is_head_line("正有 0 人评论 我来说两句"));
/// assert!(!is_head_line("来源：新华社"));
/// assert!(!is_head_line("姚明和大熊猫"));
/// ```
pub fn is_head_line(line: &str) -> bool {
    doc_number_line(line).is_some() || order_number(line) || order_mark(line).is_some()
}
