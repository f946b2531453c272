//! A quantity as the document reports it: the number, its approximation, unit, kind, direction,
//! the subject it counts, and spans. [`crate::quantities`] finds them.

use super::{Span, Value};
#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// A number with what surrounds it: "55000多户" of 干部群众.
///
/// Not every numeral is one: 一 + classifier used as an indefinite article inside a sentence
/// (一个伟大的转折, 推出一批举措, 重要的一年) is not extracted, nor are numerals inside names and
/// formulas (一国两制, 第一产业), determiners (新一轮, 这一), footnotes (`[2]`) and list labels.
///
/// ```
/// use jianbao::quantities::extract;
/// assert!(extract("这是一个伟大的转折").is_empty());
/// let q = &extract("2010年12月31日")[0];
/// assert_eq!((q.date.as_deref(), q.unit.as_deref()), (Some("2010-12-31"), Some("日")));
/// ```
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
    /// The counted noun, after the unit (1347名机关干部) or before the number (基层党组织10个); for a
    /// rate or change what changed (地区生产总值比上年增长7.2% → 地区生产总值); null rather than a guess.
    pub subject: Option<String>,
    /// Where the subject stands (null with `subject`).
    #[cfg_attr(feature = "serde", serde(default))]
    pub subject_span: Option<Span>,
    /// Where the unit was read when the table states it away from the number: the caption
    /// (单位：万元) or header cell (比上年增长%, 产量（万吨）) of a statistics table, or the cell of
    /// the row's 单位 column. Absent when the unit is written beside the number. See
    /// [`crate::quantities::table`].
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub unit_span: Option<Span>,
    /// Which way a change went: 增长7.2% is up, 下降3.4% is down; null for a level or a count.
    #[cfg_attr(feature = "serde", serde(default))]
    pub direction: Option<Direction>,
    /// The ISO form of a date (2010年12月31日 → "2010-12-31", 2010年3月 → "2010-03", 2010年 →
    /// "2010"); null when the quantity is not a date or the day does not exist (2010年2月31日).
    #[cfg_attr(feature = "serde", serde(default))]
    pub date: Option<String>,
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
    /// 约, 大约, 大概, 左右, 上下, 来 between number and unit (`about`).
    About,
    /// 多, 余, 几, 有余: a little more than the number (`more_than`).
    MoreThan,
    /// 近, 将近, 接近: a little less (`nearly`).
    Nearly,
    /// 超过, 超, 突破, 过, 逾, 高于, 大于, 多于: strictly more (`above`).
    Above,
    /// 以上, 不少于, 不低于, 不得低于, 至少, 多达: the number or more (`at_least`).
    AtLeast,
    /// 低于, 不到, 不足, 少于: strictly less (`below`).
    Below,
    /// 以下, 以内, 之内, 最多, 不超过: the number or less (`at_most`).
    AtMost,
}

impl Approx {
    /// The word the JSON uses for it.
    ///
    /// ```
    /// use jianbao::quantities::Approx;
    /// assert_eq!(Approx::MoreThan.as_str(), "more_than");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Approx::About => "about",
            Approx::MoreThan => "more_than",
            Approx::Nearly => "nearly",
            Approx::Above => "above",
            Approx::AtLeast => "at_least",
            Approx::Below => "below",
            Approx::AtMost => "at_most",
        }
    }
}

/// Which way a change went. JSON words in parentheses.
///
/// ```
/// use jianbao::quantities::{extract, Direction};
/// let qs = extract("地区生产总值比上年增长7.2%，能耗下降3.4%");
/// assert_eq!(qs[0].direction, Some(Direction::Up));
/// assert_eq!(qs[1].direction, Some(Direction::Down));
/// assert_eq!(serde_json::to_string(&Direction::Down).unwrap(), "\"down\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Direction {
    /// 增长, 增加, 提高, 上升, 上涨 … before the number (`up`).
    Up,
    /// 下降, 减少, 降低, 下跌, 回落 … before the number (`down`).
    Down,
}

impl Direction {
    /// The word the JSON uses for it.
    ///
    /// ```
    /// use jianbao::quantities::Direction;
    /// assert_eq!(Direction::Down.as_str(), "down");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
        }
    }
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
    /// %, 百分之, 成, 折, 个百分点, 千分之, ‰ (`percent`); the value is in percent units whatever
    /// the unit (10.94‰ is 1.094 with unit "‰"; 1.06个百分点 is 1.06 with unit "个百分点").
    Percent,
    /// 元, 万元, 美元 (`money`).
    Money,
    /// 第N, and 十九大, 十一届, 三中全会 without 第 (`ordinal`).
    Ordinal,
    /// 公里, 吨, 亩 (`measure`).
    Measure,
    /// 岁, 周岁 (`age`).
    Age,
    /// 年, 月, 天, 小时 of a length of time (`duration`).
    Duration,
    /// A date, merged into one quantity (2010年, 二〇一〇年, 2010年12月31日, 10月31日) (`date`); the
    /// value is the year (null without one) and [`Quantity::date`] its ISO form.
    Date,
    /// 倍 (`multiple`).
    Multiple,
    /// 分 as marks (`score`).
    Score,
    /// A fraction (三分之一) (`fraction`).
    Fraction,
    /// A ratio of two or more numbers (3.2:40.1:56.7) (`ratio`); its value is null.
    Ratio,
    /// A bare number (`number`).
    Number,
}

impl Kind {
    /// The word the JSON uses for it.
    ///
    /// ```
    /// use jianbao::quantities::Kind;
    /// assert_eq!(Kind::Percent.as_str(), "percent");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Percent => "percent",
            Kind::Money => "money",
            Kind::Ordinal => "ordinal",
            Kind::Measure => "measure",
            Kind::Age => "age",
            Kind::Duration => "duration",
            Kind::Date => "date",
            Kind::Multiple => "multiple",
            Kind::Score => "score",
            Kind::Fraction => "fraction",
            Kind::Ratio => "ratio",
            Kind::Number => "number",
        }
    }
}
