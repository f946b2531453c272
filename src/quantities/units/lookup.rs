//! The lookups over the word tables: the unit at a position, the approximation word before or
//! after a number, the non-quantity word covering a character, and the indexes they use.

use super::{APPROX_AFTER, APPROX_BEFORE, NOT_QUANTITIES, UNITS};
use crate::model::{Approx, Kind};
use crate::text::charset::{CharMap, PairMap};
use std::sync::OnceLock;

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
        '约' | '概'
            | '右'
            | '近'
            | '过'
            | '于'
            | '逾'
            | '达'
            | '少'
            | '到'
            | '足'
            | '多'
            | '破'
            | '超'
    ) {
        return None;
    }
    APPROX_BEFORE
        .iter()
        .filter(|(w, _)| before.ends_with(w) && !(*w == "过" && verb_guo(before)))
        .max_by_key(|(w, _)| w.len())
        .copied()
}

/// 过 as the end of a verb (通过, 经过, 不过, 度过, 走过) rather than "above" (年产值过亿).
fn verb_guo(before: &str) -> bool {
    let head = &before[..before.len() - '过'.len_utf8()];
    head.chars().next_back().is_some_and(|c| {
        matches!(
            c,
            '通' | '经'
                | '不'
                | '度'
                | '跨'
                | '越'
                | '错'
                | '走'
                | '看'
                | '做'
                | '来'
                | '去'
                | '有'
                | '办'
                | '见'
                | '听'
                | '说'
                | '想'
                | '受'
                | '闯'
                | '挺'
                | '渡'
                | '熬'
                | '穿'
                | '路'
                | '放'
                | '胜'
                | '超'
                | '难'
                | '改'
                | '悔'
                | '记'
                | '罪'
                | '太'
                | '过'
                | '用'
        )
    })
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
