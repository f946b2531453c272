//! Units, classifiers, approximation words and non-numeric words with numerals: data, not code.

use super::{Approx, Kind};
use crate::text::charset::{CharMap, PairMap};
use std::sync::OnceLock;

/// Units and classifiers that follow a number, with the kind of quantity they make.
///
/// Longer entries win over their prefixes (万元 over 万, 平方公里 over 平方): the lookup is longest-first.
pub const UNITS: &[(&str, Kind)] = &[
    // counts: classifiers
    ("个", Kind::Count),
    ("名", Kind::Count),
    ("户", Kind::Count),
    ("次", Kind::Count),
    ("条", Kind::Count),
    ("块", Kind::Count),
    ("項", Kind::Count),
    ("项", Kind::Count),
    ("件", Kind::Count),
    ("种", Kind::Count),
    ("家", Kind::Count),
    ("所", Kind::Count),
    ("座", Kind::Count),
    ("人", Kind::Count),
    ("位", Kind::Count),
    ("批", Kind::Count),
    ("期", Kind::Count),
    ("届", Kind::Count),
    ("支", Kind::Count),
    ("只", Kind::Count),
    ("套", Kind::Count),
    ("台", Kind::Count),
    ("辆", Kind::Count),
    ("部", Kind::Count),
    ("本", Kind::Count),
    ("篇", Kind::Count),
    ("份", Kind::Count),
    ("张", Kind::Count),
    ("处", Kind::Count),
    ("场", Kind::Count),
    ("轮", Kind::Count),
    ("类", Kind::Count),
    ("组", Kind::Count),
    ("支队", Kind::Count),
    ("级", Kind::Count),
    ("对", Kind::Count),
    ("双", Kind::Count),
    ("片", Kind::Count),
    ("间", Kind::Count),
    ("栋", Kind::Count),
    ("幢", Kind::Count),
    ("层", Kind::Count),
    ("起", Kind::Count),
    ("宗", Kind::Count),
    ("例", Kind::Count),
    ("遍", Kind::Count),
    ("回", Kind::Count),
    ("章", Kind::Count),
    ("节", Kind::Count),
    ("段", Kind::Count),
    ("句", Kind::Count),
    ("封", Kind::Count),
    ("根", Kind::Count),
    ("棵", Kind::Count),
    ("头", Kind::Count),
    ("匹", Kind::Count),
    ("艘", Kind::Count),
    ("架", Kind::Count),
    ("门", Kind::Count),
    ("堂", Kind::Count),
    ("课", Kind::Count),
    ("枚", Kind::Count),
    ("颗", Kind::Count),
    ("盏", Kind::Count),
    ("面", Kind::Count),
    ("幅", Kind::Count),
    ("副", Kind::Count),
    ("扇", Kind::Count),
    ("口", Kind::Count),
    ("股", Kind::Count),
    ("笔", Kind::Count),
    ("桩", Kind::Count),
    ("点", Kind::Count),
    ("步", Kind::Count),
    ("阶段", Kind::Count),
    ("方面", Kind::Count),
    ("环节", Kind::Count),
    ("人次", Kind::Count),
    ("户次", Kind::Count),
    ("家次", Kind::Count),
    ("塊", Kind::Count),
    ("個", Kind::Count),
    ("對", Kind::Count),
    ("雙", Kind::Count),
    ("打", Kind::Count),
    ("队", Kind::Count),
    ("班", Kind::Count),
    ("届次", Kind::Count),
    // ages
    ("周岁", Kind::Age),
    ("岁", Kind::Age),
    ("歲", Kind::Age),
    // money
    ("元", Kind::Money),
    ("块钱", Kind::Money),
    ("美元", Kind::Money),
    ("欧元", Kind::Money),
    ("日元", Kind::Money),
    ("港元", Kind::Money),
    ("英镑", Kind::Money),
    ("角", Kind::Money),
    ("人民币", Kind::Money),
    ("美金", Kind::Money),
    ("圆", Kind::Money),
    // measures
    ("公里", Kind::Measure),
    ("千米", Kind::Measure),
    ("米", Kind::Measure),
    ("厘米", Kind::Measure),
    ("毫米", Kind::Measure),
    ("平方米", Kind::Measure),
    ("平方公里", Kind::Measure),
    ("平方千米", Kind::Measure),
    ("立方米", Kind::Measure),
    ("吨公里", Kind::Measure),
    ("吨海里", Kind::Measure),
    ("人公里", Kind::Measure),
    ("公尺", Kind::Measure),
    ("立方公尺", Kind::Measure),
    ("平方公尺", Kind::Measure),
    ("千瓦小时", Kind::Measure),
    ("立方", Kind::Measure),
    ("公顷", Kind::Measure),
    ("亩", Kind::Measure),
    ("吨", Kind::Measure),
    ("公斤", Kind::Measure),
    ("千克", Kind::Measure),
    ("克", Kind::Measure),
    ("斤", Kind::Measure),
    ("升", Kind::Measure),
    ("毫升", Kind::Measure),
    ("千瓦", Kind::Measure),
    ("千瓦时", Kind::Measure),
    ("瓦", Kind::Measure),
    ("度", Kind::Measure),
    ("兆瓦", Kind::Measure),
    ("标准箱", Kind::Measure),
    ("吨标准煤", Kind::Measure),
    ("平方英尺", Kind::Measure),
    ("英里", Kind::Measure),
    ("里", Kind::Measure),
    ("床", Kind::Measure),
    ("床位", Kind::Measure),
    ("册", Kind::Count),
    ("字", Kind::Count),
    // durations and dates
    ("年", Kind::Duration),
    ("个月", Kind::Duration),
    ("月", Kind::Duration),
    ("天", Kind::Duration),
    ("日", Kind::Duration),
    ("周", Kind::Duration),
    ("周年", Kind::Duration),
    ("星期", Kind::Duration),
    ("小时", Kind::Duration),
    ("分钟", Kind::Duration),
    ("秒", Kind::Duration),
    ("秒钟", Kind::Duration),
    ("季度", Kind::Duration),
    ("年度", Kind::Duration),
    ("个工作日", Kind::Duration),
    ("工作日", Kind::Duration),
    ("个小时", Kind::Duration),
    ("个星期", Kind::Duration),
    ("晚", Kind::Duration),
    // multiples, scores, percents
    ("倍", Kind::Multiple),
    ("分", Kind::Score),
    ("%", Kind::Percent),
    ("％", Kind::Percent),
    ("个百分点", Kind::Percent),
    ("個百分點", Kind::Percent),
    ("百分点", Kind::Percent),
    ("‰", Kind::Percent),
];

/// Approximation words written before the number, longest first where they share a start.
pub const APPROX_BEFORE: &[(&str, Approx)] = &[
    ("大约", Approx::About),
    ("大概", Approx::About),
    ("约", Approx::About),
    ("左右", Approx::About),
    ("将近", Approx::Nearly),
    ("接近", Approx::Nearly),
    ("近", Approx::Nearly),
    ("超过", Approx::Above),
    ("高于", Approx::Above),
    ("多于", Approx::Above),
    ("逾", Approx::Above),
    ("多达", Approx::AtLeast),
    ("不少于", Approx::AtLeast),
    ("不低于", Approx::AtLeast),
    ("至少", Approx::AtLeast),
    ("最少", Approx::AtLeast),
    ("不到", Approx::Below),
    ("不足", Approx::Below),
    ("低于", Approx::Below),
    ("少于", Approx::Below),
    ("最多", Approx::AtMost),
    ("不超过", Approx::AtMost),
    ("不高于", Approx::AtMost),
];

/// Approximation words written after the number (多 and 余 also stand between number and unit).
pub const APPROX_AFTER: &[(&str, Approx)] = &[
    ("多", Approx::MoreThan),
    ("余", Approx::MoreThan),
    ("有余", Approx::MoreThan),
    ("左右", Approx::About),
    ("上下", Approx::About),
    ("来", Approx::About),
    ("以上", Approx::AtLeast),
    ("以下", Approx::AtMost),
    ("以内", Approx::AtMost),
];

/// Words holding a numeral character that are not quantities. A numeral starting inside one of
/// these is skipped, unless a unit after it reaches past the word's end (十分钟 is ten minutes,
/// 十分重要 is not).
pub const NOT_QUANTITIES: &[&str] = &[
    "一切",
    "一起",
    "一线",
    "一流",
    "统一",
    "进一步",
    "万一",
    "一看",
    "一下",
    "一些",
    "一般",
    "一样",
    "一直",
    "一定",
    "一旦",
    "一致",
    "一律",
    "一同",
    "一体",
    "一道",
    "一带",
    "一贯",
    "一举",
    "一度",
    "一味",
    "一心",
    "一手",
    "一再",
    "一向",
    "一番",
    "一系列",
    "一方面",
    "唯一",
    "同一",
    "逐一",
    "一一",
    "不一",
    "专一",
    "划一",
    "一时",
    "一齐",
    "一概",
    "一共",
    "一边",
    "一面",
    "一来",
    "一把手",
    "一站式",
    "一条龙",
    "一揽子",
    "一次性",
    "一回事",
    "二十大",
    "十九大",
    "十八大",
    "十七大",
    "十六大",
    "十五大",
    "一中全会",
    "二中全会",
    "三中全会",
    "四中全会",
    "五中全会",
    "六中全会",
    "七中全会",
    "一票否决",
    "一岗双责",
    "一刀切",
    "一如既往",
    "一丝不苟",
    "一鼓作气",
    "一马当先",
    "一往无前",
    "一以贯之",
    "一脉相承",
    "一盘棋",
    "一目了然",
    "一视同仁",
    "第一时间",
    "之一",
    "一成不变",
    "一网打尽",
    "一窝蜂",
    "一帆风顺",
    "一意孤行",
    "一事一议",
    "一村一品",
    "一户一档",
    "一人一档",
    "一对一",
    "千方百计",
    "千家万户",
    "万众一心",
    "千辛万苦",
    "百花齐放",
    "百姓",
    "百货",
    "千万不",
    "千万别",
    "千万要",
    "万万不",
    "十分",
    "十足",
    "十全十美",
    "三番五次",
    "三心二意",
    "七上八下",
    "五湖四海",
    "四面八方",
    "四川",
    "四处",
    "四周",
    "九州",
    "万物",
    "万象",
    "百般",
    "两两",
    "两岸",
    "两会",
    "两委",
    "两新",
    "两学一做",
    "三严三实",
    "三农",
    "三公",
    "四风",
    "五四",
    "八荣八耻",
    "一带一路",
    "十一五",
    "十二五",
    "十三五",
    "十四五",
    "十五五",
    "陆地",
    "陆续",
    "着陆",
    "登陆",
    "大陆",
    "海陆",
    "陆军",
    "队伍",
    "入伍",
    "退伍",
    "伍仁",
    "收拾",
    "拾取",
    "拾起",
    "拾到",
    "朝花夕拾",
    "放肆",
    "肆意",
    "肆无忌惮",
    "肆虐",
    "七折八扣",
    "折腾",
    "一点点",
    "一点儿",
    "有点",
    "点评",
    "五金",
    "九九归一",
    "一把",
    "一起",
    "一生",
    "一行",
    "一贯制",
    "两手抓",
    "二手",
    "一手抓",
    "三令五申",
    "一言一行",
    "千百万",
    "百万雄师",
    "半边天",
    "一月一",
    "一季一",
    "一年一",
    "一周一",
    "美味十足",
];

/// Characters after a lone Chinese digit that leave it a number (这是五那是四, 前三的品牌).
pub const AFTER_LONE_DIGIT: &[char] = &[
    '这', '那', '不', '而', '却', '和', '与', '或', '及', '的', '了', '也', '就', '都', '还', '比',
    '到', '至', '加', '减', '乘', '除', '等', '在', '大', '小', '号',
];

/// The kind of a unit, longest match at the start of `text`.
///
/// ```
/// use jianbao::quantities::{units::unit_at, Kind};
/// assert_eq!(unit_at("平方公里的"), Some(("平方公里", Kind::Measure)));
/// assert_eq!(unit_at("名机关干部"), Some(("名", Kind::Count)));
/// assert_eq!(unit_at("机关"), None);
/// ```
pub fn unit_at(text: &str) -> Option<(&'static str, Kind)> {
    longest(unit_index(), text)
}

/// The approximation word ending exactly at the end of `before`, longest first.
///
/// ```
/// use jianbao::quantities::{units::approx_before, Approx};
/// assert_eq!(approx_before("满意率低于"), Some(("低于", Approx::Below)));
/// ```
pub fn approx_before(before: &str) -> Option<(&'static str, Approx)> {
    // The last characters of the words above: most numbers have none of them before.
    let last = before.chars().next_back()?;
    if !matches!(
        last,
        '约' | '概' | '右' | '近' | '过' | '于' | '逾' | '达' | '少' | '到' | '足' | '多'
    ) {
        return None;
    }
    APPROX_BEFORE
        .iter()
        .filter(|(w, _)| before.ends_with(w))
        .max_by_key(|(w, _)| w.len())
        .copied()
}

/// The approximation word at the start of `after`, longest first.
///
/// ```
/// use jianbao::quantities::{units::approx_after, Approx};
/// assert_eq!(approx_after("以上团员"), Some(("以上", Approx::AtLeast)));
/// ```
pub fn approx_after(after: &str) -> Option<(&'static str, Approx)> {
    APPROX_AFTER
        .iter()
        .filter(|(w, _)| after.starts_with(w))
        .max_by_key(|(w, _)| w.len())
        .copied()
}

/// The end (byte offset in `text`) of a non-quantity word that covers the character at `at`, if any.
///
/// ```
/// use jianbao::quantities::units::blocking_word_end;
/// let t = "创一流";
/// assert_eq!(blocking_word_end(t, 3), Some(9));
/// assert_eq!(blocking_word_end("三个", 0), None);
/// ```
pub fn blocking_word_end(text: &str, at: usize) -> Option<usize> {
    let mut chars = text.get(at..)?.chars();
    let c = chars.next()?;
    let next = chars.next().unwrap_or('\0');
    let index = stop_index();
    let mut best = None;
    // Words where `c` is followed by `next`, and words that end with `c`.
    for key in [(c, next), (c, '\0')] {
        for (w, off) in index.get(&key).into_iter().flatten() {
            if *off <= at && text.get(at - off..).is_some_and(|t| t.starts_with(*w)) {
                best = best.max(Some(at - off + w.len()));
            }
        }
    }
    best
}

type Index<T> = CharMap<Vec<(&'static str, T)>>;

fn unit_index() -> &'static Index<Kind> {
    static I: OnceLock<Index<Kind>> = OnceLock::new();
    I.get_or_init(|| {
        let mut m: Index<Kind> = CharMap::default();
        for (w, k) in UNITS {
            if let Some(c) = w.chars().next() {
                m.entry(c).or_default().push((w, *k));
            }
        }
        for v in m.values_mut() {
            v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        m
    })
}

fn longest<T: Copy>(index: &Index<T>, text: &str) -> Option<(&'static str, T)> {
    let c = text.chars().next()?;
    index
        .get(&c)?
        .iter()
        .find(|(w, _)| text.starts_with(*w))
        .copied()
}

/// For each character of each non-quantity word: the words it stands in, with its byte offset there.
/// Keyed by the character and the one after it in the word (`'\0'` at the word's end).
fn stop_index() -> &'static PairMap<Vec<(&'static str, usize)>> {
    static I: OnceLock<PairMap<Vec<(&'static str, usize)>>> = OnceLock::new();
    I.get_or_init(|| {
        let mut m: PairMap<Vec<(&'static str, usize)>> = PairMap::default();
        for w in NOT_QUANTITIES {
            for (off, c) in w.char_indices() {
                let next = w[off + c.len_utf8()..].chars().next().unwrap_or('\0');
                m.entry((c, next)).or_default().push((w, off));
            }
        }
        m
    })
}
