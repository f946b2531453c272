//! Fast character lookups for the scanner: a bitset over the Basic Multilingual Plane and a hash map
//! keyed by `char` with rustc-hash's Fx hasher (the default SipHash dominates lookups of single chars).

use rustc_hash::FxBuildHasher;
use std::collections::HashMap;

/// A set of characters, one bit per BMP code point; characters beyond the BMP are never in it.
pub(crate) struct CharSet {
    bits: Vec<u64>,
}

impl CharSet {
    /// The set of BMP characters for which `f` holds.
    pub(crate) fn from_fn(f: impl Fn(char) -> bool) -> Self {
        let mut bits = vec![0u64; 1024];
        for cp in 0..0x1_0000u32 {
            if char::from_u32(cp).is_some_and(&f) {
                bits[(cp >> 6) as usize] |= 1 << (cp & 63);
            }
        }
        CharSet { bits }
    }

    /// Whether the code point `cp` is in the set.
    #[inline]
    pub(crate) fn contains_cp(&self, cp: u32) -> bool {
        cp < 0x1_0000 && self.bits[(cp >> 6) as usize] & (1 << (cp & 63)) != 0
    }
}

/// The code point at byte `i` of valid UTF-8 `bytes`, and its length.
#[inline]
pub(crate) fn code_point_at(bytes: &[u8], i: usize) -> (u32, usize) {
    let b = bytes[i];
    let more = |k: usize| u32::from(bytes.get(i + k).copied().unwrap_or(0x80) & 0x3F);
    match b {
        0x00..=0x7F => (u32::from(b), 1),
        0xC0..=0xDF => ((u32::from(b & 0x1F) << 6) | more(1), 2),
        0xE0..=0xEF => ((u32::from(b & 0x0F) << 12) | (more(1) << 6) | more(2), 3),
        _ => (
            (u32::from(b & 0x07) << 18) | (more(1) << 12) | (more(2) << 6) | more(3),
            4,
        ),
    }
}

/// A map keyed by `char`.
pub(crate) type CharMap<V> = HashMap<char, V, FxBuildHasher>;

/// A map keyed by a pair of `char`s.
pub(crate) type PairMap<V> = HashMap<(char, char), V, FxBuildHasher>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_like_chars() {
        let s = "a中𠀀é";
        let mut i = 0;
        for c in s.chars() {
            let (cp, len) = code_point_at(s.as_bytes(), i);
            assert_eq!((cp, len), (c as u32, c.len_utf8()));
            i += len;
        }
        let set = CharSet::from_fn(|c| c == '中');
        assert!(
            set.contains_cp('中' as u32)
                && !set.contains_cp('a' as u32)
                && !set.contains_cp('𠀀' as u32)
        );
    }
}
