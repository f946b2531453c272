//! The word tables: units and classifiers with the kind they make, approximation words before and
//! after a number, direction words and change adverbs: data, not code.

use crate::model::{Approx, Direction, Kind};

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
    // 20万株苗木 (forestry in work reports)
    ("株", Kind::Count),
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
    ("国", Kind::Count),
    ("國", Kind::Count),
    ("款", Kind::Count),
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
    // 10万吨级码头: the tonnage class of a berth or a ship (port and shipping plans)
    ("吨级", Kind::Measure),
    // 669万标箱: twenty-foot container units of a port's throughput
    ("标箱", Kind::Measure),
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
    // temperatures (weather, disaster and energy reports)
    ("摄氏度", Kind::Measure),
    ("攝氏度", Kind::Measure),
    ("℃", Kind::Measure),
    ("°C", Kind::Measure),
    ("华氏度", Kind::Measure),
    ("℉", Kind::Measure),
    ("兆瓦", Kind::Measure),
    ("伏", Kind::Measure),
    ("千伏", Kind::Measure),
    ("千伏安", Kind::Measure),
    ("蒸吨", Kind::Measure),
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
    ("世纪", Kind::Duration),
    ("年代", Kind::Duration),
    ("年度", Kind::Duration),
    ("个工作日", Kind::Duration),
    ("工作日", Kind::Duration),
    ("个小时", Kind::Duration),
    ("个星期", Kind::Duration),
    ("晚", Kind::Duration),
    // multiples, scores, percents
    ("倍", Kind::Multiple),
    ("番", Kind::Multiple),
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
    ("突破", Approx::Above),
    ("超", Approx::Above),
    ("大于", Approx::Above),
    ("不得低于", Approx::AtLeast),
    ("不得少于", Approx::AtLeast),
    ("不得超过", Approx::AtMost),
    ("过", Approx::Above),
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

/// Verbs of change written right before the number they quantify (增长7.2%, 下降3.4%), in statistics
/// communiqués and work reports. Verbs ending in 至/到 (增至, 降到) give a level, not a change, and
/// are not here.
pub const DIRECTION_WORDS: &[(&str, Direction)] = &[
    ("增长", Direction::Up),
    ("增加", Direction::Up),
    ("提高", Direction::Up),
    ("上升", Direction::Up),
    ("上涨", Direction::Up),
    ("提升", Direction::Up),
    ("扩大", Direction::Up),
    ("增多", Direction::Up),
    ("攀升", Direction::Up),
    ("回升", Direction::Up),
    ("加快", Direction::Up),
    ("增产", Direction::Up),
    ("增收", Direction::Up),
    ("增幅", Direction::Up),
    ("涨幅", Direction::Up),
    ("增", Direction::Up),
    ("翻", Direction::Up),
    ("涨", Direction::Up),
    ("多", Direction::Up),
    ("下降", Direction::Down),
    ("减少", Direction::Down),
    ("降低", Direction::Down),
    ("下跌", Direction::Down),
    ("回落", Direction::Down),
    ("缩小", Direction::Down),
    ("下滑", Direction::Down),
    ("收窄", Direction::Down),
    ("缩减", Direction::Down),
    ("压减", Direction::Down),
    ("削减", Direction::Down),
    ("减产", Direction::Down),
    ("减收", Direction::Down),
    ("降幅", Direction::Down),
    ("减", Direction::Down),
    ("降", Direction::Down),
    ("跌", Direction::Down),
    ("少", Direction::Down),
];

/// Adverbs between a subject and its verb of change (收入实际增长, 分别增长, 同比下降).
pub const CHANGE_ADVERBS: &[&str] = &[
    "同比",
    "环比",
    "分别",
    "实际",
    "名义",
    "平均",
    "年均",
    "年平均",
    "均",
    "都",
    "也",
    "又",
    "再",
    "将",
    "已",
    "累计",
    "大幅",
    "持续",
    "稳步",
    "小幅",
    "明显",
    "显著",
    "较快",
    "快速",
    "共",
    "净",
    "则",
    "仍",
    "还",
    "了",
    "一律",
    "逐年",
    "每年",
    "比例",
    "按可比价格计算",
    "扣除价格因素",
];

/// The characters of a comparison base after 比/较 (比上年, 较上年末, 比2017年, 比上年同期).
pub fn is_comparison_base(c: char) -> bool {
    matches!(
        c,
        '上' | '去'
            | '前'
            | '今'
            | '本'
            | '年'
            | '末'
            | '初'
            | '底'
            | '同'
            | '期'
            | '度'
            | '季'
            | '月'
            | '日'
            | '周'
            | '半'
            | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '〇'
            | '零'
            | '个'
            | '时'
    ) || c.is_ascii_digit()
}

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
    ("之内", Approx::AtMost),
];

/// Characters after a lone Chinese digit that leave it a number (这是五那是四, 前三的品牌).
pub const AFTER_LONE_DIGIT: &[char] = &[
    '这', '那', '不', '而', '却', '和', '与', '或', '及', '的', '了', '也', '就', '都', '还', '比',
    '到', '至', '加', '减', '乘', '除', '等', '在', '大', '小', '号',
];
