//! What the bytes of a legacy Chinese encoding look like, read without decoding them: the evidence
//! that overrules a declared charset which cannot be the page's.
//!
//! Scraped Chinese pages declare wrongly in three common ways: a site template's Western
//! default (iso-8859-1, windows-1252) over GBK or Big5 text, a Big5 declaration over GBK text (a
//! mirror or a converted template), and a GBK declaration over Big5 text. None of them shows as
//! a decoding error: single-byte decoders accept every byte, and GBK's and Big5's byte ranges
//! overlap. The two encodings' own punctuation tells them apart: GBK writes ，。、 as A3AC, A1A3,
//! A1A2, trail bytes a Big5 text rarely uses for four in ten of its characters; Big5 writes them as
//! A141, A143, A142, which GBK reserves for user-defined characters that real text never holds.

use encoding_rs::Encoding;

/// Counts over the non-ASCII units of `bytes`, paired as GBK and Big5 both pair them (a lead byte
/// 0x81..=0xFE and a trail byte 0x40..=0xFE other than 0x7F make one unit; any other non-ASCII
/// byte is a unit of its own). One pass.
#[derive(Default)]
struct Units {
    /// All non-ASCII units.
    all: usize,
    /// Pairs in GB2312's punctuation and hanzi rows (lead 0xA1..=0xF7, trail 0xA1 or above).
    gb2312: usize,
    /// GBK's 、 。 ，.
    gbk_marks: usize,
    /// Pairs that are Big5 characters (lead 0xA1..=0xF9, trail 0x40..=0x7E or 0xA1..=0xFE).
    big5: usize,
    /// Big5's ， 、 。.
    big5_marks: usize,
}

fn units(bytes: &[u8]) -> Units {
    let mut u = Units::default();
    let mut i = 0;
    while let Some(at) = bytes[i..].iter().position(|&b| b >= 0x80) {
        let lead = bytes[i + at];
        let trail = bytes.get(i + at + 1).copied().unwrap_or(0);
        u.all += 1;
        if (0x81..=0xFE).contains(&lead) && (0x40..=0xFE).contains(&trail) && trail != 0x7F {
            if (0xA1..=0xF7).contains(&lead) && trail >= 0xA1 {
                u.gb2312 += 1;
            }
            if (0xA1..=0xF9).contains(&lead) && (trail <= 0x7E || trail >= 0xA1) {
                u.big5 += 1;
            }
            u.gbk_marks += usize::from(matches!((lead, trail), (0xA1, 0xA2 | 0xA3) | (0xA3, 0xAC)));
            u.big5_marks += usize::from(matches!((lead, trail), (0xA1, 0x41..=0x43)));
            i += at + 2;
        } else {
            i += at + 1;
        }
    }
    u
}

impl Units {
    /// See [`reads_as_gbk`].
    fn gbk(&self) -> bool {
        self.gb2312 >= 20 && self.gbk_marks >= 1 && self.gb2312 * 10 >= self.all * 9
    }

    /// See [`reads_as_big5`].
    fn big5(&self) -> bool {
        self.big5 >= 20 && self.big5_marks >= 1 && self.big5 * 10 >= self.all * 9 && !self.gbk()
    }
}

/// Whether the non-ASCII bytes of `bytes` read as Chinese text in GBK: at least 20 two-byte
/// characters of GB2312's punctuation and hanzi rows (lead and trail byte 0xA1 or above), nine in
/// ten of all non-ASCII units, and one Chinese comma or full stop among them. Big5 text fails
/// the share (four in ten of its trail bytes are below 0xA1, its marks too), Western text the
/// count (its accented letters stand alone). One pass over the bytes.
///
/// ```
/// use jianbao::decode::reads_as_gbk;
/// let (gbk, _, _) = encoding_rs::GBK.encode("今年以来，某市坚持把群众满意作为工作的出发点和落脚点。");
/// assert!(reads_as_gbk(&gbk));
/// let (big5, _, _) = encoding_rs::BIG5.encode("今年以來，某市堅持把群眾滿意作為工作的出發點和落腳點。");
/// assert!(!reads_as_gbk(&big5));
/// assert!(!reads_as_gbk("café résumé naïve".as_bytes()));
/// ```
pub fn reads_as_gbk(bytes: &[u8]) -> bool {
    units(bytes).gbk()
}

/// Whether the non-ASCII bytes of `bytes` read as Chinese text in Big5: at least 20 Big5
/// characters, nine in ten of all non-ASCII units, one of Big5's ，、。 (A141..A143, which GBK
/// keeps for user-defined characters) among them, and not GBK by [`reads_as_gbk`]. One pass.
///
/// ```
/// use jianbao::decode::reads_as_big5;
/// let (big5, _, _) = encoding_rs::BIG5.encode("今年以來，某市堅持把群眾滿意作為工作的出發點和落腳點。");
/// assert!(reads_as_big5(&big5));
/// let (gbk, _, _) = encoding_rs::GBK.encode("今年以来，某市坚持把群众满意作为工作的出发点和落脚点。");
/// assert!(!reads_as_big5(&gbk));
/// assert!(!reads_as_big5("café résumé naïve".as_bytes()));
/// ```
pub fn reads_as_big5(bytes: &[u8]) -> bool {
    units(bytes).big5()
}

/// GBK or Big5 when the bytes read as text in it ([`reads_as_gbk`], [`reads_as_big5`]).
pub(super) fn evident(bytes: &[u8]) -> Option<&'static Encoding> {
    let u = units(bytes);
    if u.gbk() {
        Some(encoding_rs::GBK)
    } else if u.big5() {
        Some(encoding_rs::BIG5)
    } else {
        None
    }
}

/// The encoding that `bytes` prove to be theirs when `declared` cannot be: GBK or Big5 text under
/// a single-byte declaration, GBK text declared Big5, Big5 text declared GBK or GB18030. `None`
/// when the declaration stands (or the bytes prove nothing).
pub(super) fn overruled(declared: &'static Encoding, bytes: &[u8]) -> Option<&'static Encoding> {
    use encoding_rs::{BIG5, GB18030, GBK};
    let single = declared.is_single_byte();
    if !(single || declared == BIG5 || declared == GBK || declared == GB18030) {
        return None;
    }
    let u = units(bytes);
    if (single || declared == BIG5) && u.gbk() {
        Some(GBK)
    } else if declared != BIG5 && u.big5() {
        Some(BIG5)
    } else {
        None
    }
}
