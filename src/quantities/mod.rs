//! Quantities: numbers in every Chinese and Arabic form, with approximation, unit, counted subject
//! and spans.
//!
//! ```
//! use jianbao::quantities::{extract, Approx, Kind};
//! let qs = extract("全市累计走访干部群众55000多户，满意率低于80%。");
//! assert_eq!(qs[0].text, "55000多户");
//! assert_eq!(qs[0].value.unwrap().as_i128(), Some(55000));
//! assert_eq!(qs[0].approx, Some(Approx::MoreThan));
//! assert_eq!(qs[0].subject.as_deref(), Some("干部群众"));
//! assert_eq!(qs[1].kind, Kind::Percent);
//! assert_eq!(qs[1].approx, Some(Approx::Below));
//! ```

mod extract;
pub mod format;
pub mod numeral;
mod subject;
pub mod units;
mod value;

pub use extract::extract;
pub use value::Value;

use crate::Span;
#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// A number with what surrounds it: "55000多户" of 干部群众.
///
/// ```
/// use jianbao::quantities::extract;
/// let q = &extract("抽调1347名机关干部")[0];
/// assert_eq!((q.unit.as_deref(), q.subject.as_deref()), (Some("名"), Some("机关干部")));
/// assert_eq!(q.number.text, "1347");
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Quantity {
    /// The quantity as written, from an approximation word or 第 to the unit or trailing 以上.
    pub text: String,
    /// Where it stands.
    pub span: Span,
    /// Its value (percentages in percent: 八成 is 80); null for a range.
    pub value: Option<Value>,
    /// A range's lower bound (3至5个 → 3).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub min: Option<Value>,
    /// A range's upper bound (3至5个 → 5).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub max: Option<Value>,
    /// How the text qualifies the number.
    pub approx: Option<Approx>,
    /// The unit or classifier (名, 万元, %), as written.
    pub unit: Option<String>,
    /// The counted noun, after the unit (1347名机关干部) or before the number (基层党组织10个).
    pub subject: Option<String>,
    /// Where the subject stands.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub subject_span: Option<Span>,
    /// What sort of quantity it is.
    pub kind: Kind,
    /// The numeral alone.
    pub number: NumberPart,
}

/// The numeral inside a quantity: "55000多" of "55000多户".
///
/// For 成 and 折 (八成, 七五折) and for fractions (三分之一, 千分之五) the numeral is the whole form and
/// its value is the quantity's value.
///
/// ```
/// use jianbao::quantities::extract;
/// let q = &extract("百分之八十")[0];
/// assert_eq!(q.number.text, "八十");
/// assert_eq!(q.number.value.as_i128(), Some(80));
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct NumberPart {
    /// The numeral as written.
    pub text: String,
    /// Where it stands.
    pub span: Span,
    /// Its value.
    pub value: Value,
}

/// How a number is qualified. JSON words in parentheses.
///
/// ```
/// use jianbao::quantities::Approx;
/// assert_eq!(serde_json::to_string(&Approx::MoreThan).unwrap(), "\"more_than\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Approx {
    /// 约, 大约, 大概, 左右, 上下, 来 (`about`).
    About,
    /// 多, 余, 几, 有余: a little more than the number (`more_than`).
    MoreThan,
    /// 近, 将近, 接近: a little less (`nearly`).
    Nearly,
    /// 超过, 高于, 多于, 逾: strictly more (`above`).
    Above,
    /// 以上, 不少于, 不低于, 至少, 多达: the number or more (`at_least`).
    AtLeast,
    /// 低于, 不到, 不足, 少于: strictly less (`below`).
    Below,
    /// 以下, 以内, 最多, 不超过: the number or less (`at_most`).
    AtMost,
}

/// What sort of quantity a number makes. JSON words in parentheses.
///
/// ```
/// use jianbao::quantities::Kind;
/// assert_eq!(serde_json::to_string(&Kind::Count).unwrap(), "\"count\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Kind {
    /// With a classifier: 名, 个, 户, 次 (`count`).
    Count,
    /// %, 百分之, 成, 折, 个百分点, 千分之 (`percent`); the value is in percent units.
    Percent,
    /// 元, 万元, 美元 (`money`).
    Money,
    /// 第N (`ordinal`).
    Ordinal,
    /// 公里, 吨, 亩 (`measure`).
    Measure,
    /// 岁, 周岁 (`age`).
    Age,
    /// 年, 月, 天, 小时 of a length of time (`duration`).
    Duration,
    /// A year (2010年, 二〇一〇年) (`date`).
    Date,
    /// 倍 (`multiple`).
    Multiple,
    /// 分 as marks (`score`).
    Score,
    /// A fraction (三分之一) (`fraction`).
    Fraction,
    /// A bare number (`number`).
    Number,
}
