//! Tests of the numeral reader: the fast path and the class table against the full reader.

use super::fast::classify;
use super::fold::fold_in;
use super::*;
use proptest::prelude::*;

fn first_is_digit_pair(s: &str) -> bool {
    let mut cs = s.chars().map(|c| class_of(c as u32));
    matches!(
        (cs.next(), cs.next()),
        (
            Some(Class::Digit(_) | Class::Zero),
            Some(Class::Digit(_) | Class::Zero)
        )
    )
}

#[test]
fn fast_path_examples() {
    let v = |s: &str| fast(s).map(|n| n.map(|n| (n.value.as_i128(), n.len)));
    assert_eq!(v("三千零一十二万两千"), Some(Some((Some(30_122_000), 27))));
    assert_eq!(v("九万四"), Some(Some((Some(94_000), 9))));
    assert_eq!(v("1347名"), Some(Some((Some(1347), 4))));
    assert_eq!(v("1,347名"), None);
    assert_eq!(v("7.25%"), Some(Some((None, 4))));
    assert_eq!(v("2.2.2"), None);
    assert_eq!(v("十余万"), None);
    assert_eq!(v("三五个"), None);
}

#[test]
fn several_and_capital_pairs() {
    let v = |s: &str| numeral(s).map(|n| (n.value.as_i128(), n.approx, n.len, n.digit_string));
    assert_eq!(
        v("数百人"),
        Some((Some(100), Some(Approx::MoreThan), 6, false))
    );
    assert_eq!(
        v("數萬"),
        Some((Some(10_000), Some(Approx::MoreThan), 6, false))
    );
    assert_eq!(v("数据"), None);
    assert_eq!(v("壹壹"), Some((Some(11), None, 6, true)));
    assert_eq!(v("一一"), None);
    let r = |s: &str| {
        numeral(s)
            .and_then(|n| n.range)
            .map(|(a, b)| (a.as_i128(), b.as_i128()))
    };
    assert_eq!(r("三四百万人"), Some((Some(3_000_000), Some(4_000_000))));
    assert_eq!(
        r("二三十亿"),
        Some((Some(2_000_000_000), Some(3_000_000_000)))
    );
    assert_eq!(r("五六十个"), Some((Some(50), Some(60))));
    assert_eq!(r("十七八岁"), Some((Some(17), Some(18))));
    assert_eq!(r("二十五六个"), Some((Some(25), Some(26))));
    assert_eq!(r("二十五七个"), None);
    assert_eq!(r("十四五规划"), None);
}

#[test]
fn the_class_table_agrees_with_classify() {
    for cp in 0..0x1_0000u32 {
        if let Some(c) = char::from_u32(cp) {
            assert!(class_of(cp) == classify(c), "{c:?}");
        }
    }
}

proptest! {
    /// The fast path and the full reader agree wherever the fast path answers.
    #[test]
    fn fast_path_agrees_with_the_reader(s in "[零〇一二两三四五六七八九十百千万亿兆廿余多几点 0-9a-z，,.]{1,14}") {
        if let Some(fast) = fast(&s) {
            let slow = match first_is_digit_pair(&s) {
                true => None,
                false => fold(&s),
            };
            prop_assert_eq!(fast, slow, "{}", s);
        }
    }

    /// The integer fold and the general fold agree wherever the integer one answers.
    #[test]
    fn integer_fold_agrees_with_value_fold(s in "[零〇一二两三四五六七八九十百千万亿兆廿余多几点 0-9]{1,12}") {
        if let Ok(fast) = fold_in::<i128>(&s) {
            let slow = fold_in::<Value>(&s).unwrap_or(None);
            prop_assert_eq!(fast, slow);
        }
    }
}
