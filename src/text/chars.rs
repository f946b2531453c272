//! The characters of Chinese numerals, as data.

/// The value of a Chinese digit character (零〇 0 … 九玖 9, 两/俩 2, financial and traditional forms).
pub(crate) fn digit_value(c: char) -> Option<u8> {
    Some(match c {
        '零' | '〇' | '○' | 'Ｏ' => 0,
        '一' | '壹' | '弌' | '幺' => 1,
        '二' | '贰' | '貳' | '两' | '兩' | '俩' | '倆' | '弍' => 2,
        '三' | '叁' | '參' | '弎' | '叄' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Whether `c` is a financial (大写) numeral character, which is also a common word character
/// (陆地, 队伍, 收拾) and so needs context before it counts as a number.
pub(crate) fn is_financial(c: char) -> bool {
    matches!(
        c,
        '壹' | '贰'
            | '貳'
            | '叁'
            | '參'
            | '肆'
            | '伍'
            | '陆'
            | '陸'
            | '柒'
            | '捌'
            | '玖'
            | '拾'
            | '佰'
            | '仟'
    )
}

/// The power of ten of a unit below 万 (十 1, 百 2, 千 3) and the digit a compound form implies (廿 = 二十).
pub(crate) fn small_unit(c: char) -> Option<(u32, Option<u8>)> {
    Some(match c {
        '十' | '拾' => (1, None),
        '廿' => (1, Some(2)),
        '卅' => (1, Some(3)),
        '卌' => (1, Some(4)),
        '百' | '佰' => (2, None),
        '千' | '仟' => (3, None),
        _ => return None,
    })
}

/// The power of ten of a large unit: 万 4, 亿 8, 兆 12.
pub(crate) fn big_unit(c: char) -> Option<u32> {
    Some(match c {
        '万' | '萬' => 4,
        '亿' | '億' => 8,
        '兆' => 12,
        _ => return None,
    })
}

/// An ASCII or full-width decimal digit's value.
pub(crate) fn arabic_digit(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '０'..='９' => Some((c as u32 - '０' as u32) as u8),
        _ => None,
    }
}

/// Whether `c` can stand inside a Chinese numeral (a digit or a unit).
pub(crate) fn is_cn_numeral(c: char) -> bool {
    digit_value(c).is_some() || small_unit(c).is_some() || big_unit(c).is_some()
}

/// Whether `c` is a CJK ideograph (the Chinese text around numbers).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

/// A small Chinese numeral, 一 to 九十九 (十, 十二, 二十, 二十三).
pub(crate) fn small_chinese(s: &str) -> Option<u32> {
    // At most three characters, held on the stack (this runs once per candidate date).
    let mut buf = ['\0'; 3];
    let mut count = 0;
    for c in s.chars() {
        *buf.get_mut(count)? = c;
        count += 1;
    }
    let v = &buf[..count];
    if v.is_empty() {
        return None;
    }
    let d = |c: char| {
        digit_value(c)
            .filter(|_| !matches!(c, '两' | '兩' | '俩' | '倆' | '零' | '〇'))
            .map(u32::from)
    };
    let ten = |c: char| small_unit(c).is_some_and(|(p, i)| p == 1 && i.is_none());
    match v {
        [a] if ten(*a) => Some(10),
        [a] => d(*a).filter(|x| *x > 0),
        [t, b] if ten(*t) => d(*b).filter(|x| *x > 0).map(|b| 10 + b),
        [a, t] if ten(*t) => d(*a).filter(|x| *x > 1).map(|a| a * 10),
        [a, t, b] if ten(*t) => Some(d(*a).filter(|x| *x > 1)? * 10 + d(*b).filter(|x| *x > 0)?),
        _ => None,
    }
}

#[cfg(test)]
mod doc_examples {
    #[test]
    fn digit_value() {
        use super::digit_value;
        assert_eq!(digit_value('貳'), Some(2));
        assert_eq!(digit_value('两'), Some(2));
        assert_eq!(digit_value('十'), None);
    }

    #[test]
    fn is_financial() {
        use super::is_financial;
        assert!(is_financial('陆') && !is_financial('六'));
    }

    #[test]
    fn small_unit() {
        use super::small_unit;
        assert_eq!(small_unit('佰'), Some((2, None)));
        assert_eq!(small_unit('廿'), Some((1, Some(2))));
    }

    #[test]
    fn big_unit() {
        use super::big_unit;
        assert_eq!(big_unit('億'), Some(8));
    }

    #[test]
    fn arabic_digit() {
        use super::arabic_digit;
        assert_eq!(arabic_digit('７'), Some(7));
    }

    #[test]
    fn is_cn_numeral() {
        use super::is_cn_numeral;
        assert!(is_cn_numeral('万') && is_cn_numeral('〇') && !is_cn_numeral('点'));
    }

    #[test]
    fn is_han() {
        use super::is_han;
        assert!(is_han('中') && !is_han('，'));
    }

    #[test]
    fn small_chinese() {
        use super::small_chinese;
        assert_eq!(small_chinese("二十三"), Some(23));
        assert_eq!(small_chinese("十"), Some(10));
        assert_eq!(small_chinese("两"), None);
    }
}
