//! Bytes to text: BOM, `<meta charset>`, UTF-8 validation and detection.
//!
//! The order follows what scraped Chinese pages need, not the browser's: a BOM wins; then valid UTF-8
//! with non-ASCII bytes (pages that declare gb2312 yet are UTF-8 are common); then a declared charset
//! that decodes without a single error (gb2312 and gbk read as GBK, whose encoding_rs decoder is the
//! GB18030 decoder, so GBK-only and four-byte characters decode) unless its bytes prove it wrong
//! (`legacy`: GBK or Big5 text under a Western, Big5 or GBK declaration); then chardetng's guess;
//! and the decode is always reported, lossy bytes included.

mod legacy;
mod sniff;
pub use legacy::{reads_as_big5, reads_as_gbk};
pub use sniff::{input_diagnostics, looks_like_html};

use encoding_rs::{Encoding, UTF_8};

/// How the encoding was chosen.
///
/// ```
/// use jianbao::decode::{decode, EncodingSource};
/// assert_eq!(decode("中文".as_bytes()).source, EncodingSource::Utf8);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EncodingSource {
    /// A byte order mark.
    Bom,
    /// The bytes are valid UTF-8.
    Utf8,
    /// A `<meta charset>` or `http-equiv` declaration that decoded cleanly.
    Declared,
    /// chardetng's guess.
    Detected,
}

/// The decoded text of an input and how it was decoded.
///
/// ```
/// use jianbao::decode::decode;
/// let (gbk, _, _) = encoding_rs::GBK.encode("慈溪市");
/// let d = decode(&gbk);
/// assert_eq!(d.text, "慈溪市");
/// assert!(!d.had_errors);
/// ```
#[derive(Clone, Debug)]
pub struct Decoded {
    /// The text, BOM removed.
    pub text: String,
    /// The encoding used.
    pub encoding: &'static Encoding,
    /// Whether some bytes were malformed and replaced by U+FFFD.
    pub had_errors: bool,
    /// How the encoding was chosen.
    pub source: EncodingSource,
    /// The charset the input declared, when it declared one (even if it was not used).
    pub declared: Option<&'static Encoding>,
}

/// How far into the input to look for a `<meta charset>`.
const PRESCAN_BYTES: usize = 4096;
/// How much of the input chardetng sees (a prefix, fed with `last = false` when there is more).
const DETECT_BYTES: usize = 64 << 10;

/// Decodes `bytes` to text; never fails, never panics.
///
/// ```
/// use jianbao::decode::decode;
/// let mut bytes = b"<meta charset=gb2312>".to_vec();
/// bytes.extend_from_slice(&encoding_rs::GBK.encode("简报").0);
/// let d = decode(&bytes);
/// assert_eq!(d.encoding, encoding_rs::GBK);
/// assert!(d.text.ends_with("简报"));
/// ```
pub fn decode(bytes: &[u8]) -> Decoded {
    decode_with_hint(bytes, None)
}

/// Decodes `bytes` as [`decode`] does, with `hint` (a charset declared outside the bytes, such as
/// an HTTP header's) standing in for a `<meta charset>` the page lacks; bytes can still overrule it.
///
/// ```
/// use jianbao::decode::{decode_with_hint, EncodingSource};
/// let (big5, _, _) = encoding_rs::BIG5.encode("工作簡報");
/// let d = decode_with_hint(&big5, Some(encoding_rs::BIG5));
/// assert_eq!((d.text.as_str(), d.source), ("工作簡報", EncodingSource::Declared));
/// ```
pub fn decode_with_hint(bytes: &[u8], hint: Option<&'static Encoding>) -> Decoded {
    let declared = declared_charset(&bytes[..bytes.len().min(PRESCAN_BYTES)]).or(hint);
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Decoded {
            text: text.into_owned(),
            encoding: enc,
            had_errors,
            source: EncodingSource::Bom,
            declared,
        };
    }
    // encoding_rs's validator: the same answer as `std::str::from_utf8`, at about a tenth of its
    // instructions on CJK text (cachegrind, the 72 work reports), the one validation of the bytes.
    if let Some(text) = UTF_8.decode_without_bom_handling_and_without_replacement(bytes) {
        let text: &str = &text;
        let declared_clean = declared.filter(|d| *d != UTF_8 && text.is_ascii());
        if let Some(enc) = declared_clean {
            return Decoded {
                text: text.to_owned(),
                encoding: enc,
                had_errors: false,
                source: EncodingSource::Declared,
                declared,
            };
        }
        return Decoded {
            text: text.to_owned(),
            encoding: UTF_8,
            had_errors: false,
            source: EncodingSource::Utf8,
            declared,
        };
    }
    // A declaration the bytes prove wrong (a template's windows-1252, a Big5 site's template over
    // GBK text, a mirror that re-declared): the bytes' own encoding, reported as detected.
    if let Some(enc) = declared.and_then(|d| legacy::overruled(d, bytes)) {
        return lossy(bytes, enc, declared);
    }
    if let Some(enc) = declared.filter(|d| *d != UTF_8) {
        // A declaration that decodes with a few bad bytes is still the page's encoding: damaged
        // pages are common, and a guess over damaged bytes garbles everything else.
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        let bad = text.matches('\u{fffd}').count();
        if !had_errors || bad * 100 <= text.chars().count() {
            return Decoded {
                text: text.into_owned(),
                encoding: enc,
                had_errors,
                source: EncodingSource::Declared,
                declared,
            };
        }
    }
    if let Some(d) = mostly_utf8(bytes, declared) {
        return d;
    }
    if let Some(text) = only_gbk(bytes) {
        return Decoded {
            text,
            encoding: encoding_rs::GBK,
            had_errors: false,
            source: EncodingSource::Detected,
            declared,
        };
    }
    // Undeclared GBK with a damaged byte or two, or GBK or Big5 whose first 64 KiB (all chardetng
    // sees) are script and markup: the punctuation of the whole page decides.
    if let Some(enc) = legacy::evident(bytes) {
        return lossy(bytes, enc, declared);
    }
    lossy(bytes, detect(bytes), declared)
}

/// `bytes` decoded with `enc`, bad bytes replaced, as a detection.
fn lossy(bytes: &[u8], enc: &'static Encoding, declared: Option<&'static Encoding>) -> Decoded {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: enc,
        had_errors,
        source: EncodingSource::Detected,
        declared,
    }
}

/// Undeclared bytes that decode cleanly as GBK (GB18030) but not as Big5 or Shift_JIS are GBK:
/// the common case of scraped mainland pages, settled without running chardetng. Bytes that
/// several CJK encodings accept go to chardetng.
fn only_gbk(bytes: &[u8]) -> Option<String> {
    let prefix = whole_prefix(bytes, DETECT_BYTES);
    let text = encoding_rs::GBK.decode_without_bom_handling_and_without_replacement(bytes)?;
    let rivals = [
        encoding_rs::BIG5,
        encoding_rs::SHIFT_JIS,
        encoding_rs::EUC_KR,
    ];
    if rivals.iter().any(|e| {
        e.decode_without_bom_handling_and_without_replacement(prefix)
            .is_some()
    }) {
        return None;
    }
    Some(text.into_owned())
}

/// The first `limit` bytes or fewer, cut after a byte below 0x40 (ASCII controls, space, digits,
/// `<`, `>`, punctuation): no multi-byte character of GBK, Big5, Shift_JIS or EUC-KR holds one
/// after its lead byte, so the cut never splits a character and a clean prefix decodes cleanly.
fn whole_prefix(bytes: &[u8], limit: usize) -> &[u8] {
    if bytes.len() <= limit {
        return bytes;
    }
    let head = &bytes[..limit];
    head.iter()
        .rposition(|&b| b < 0x40)
        .map_or(head, |at| &head[..=at])
}

/// UTF-8 with a few bad bytes (a damaged page, a truncated download) stays UTF-8: a guess over
/// it would garble every character to save a handful.
fn mostly_utf8(bytes: &[u8], declared: Option<&'static Encoding>) -> Option<Decoded> {
    // Counted on the chunks, without building the text: most such inputs are GBK and fail here.
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        let replaced = valid.matches('\u{fffd}').count();
        good += valid.chars().filter(|c| !c.is_ascii()).count() - replaced;
        bad += replaced + usize::from(!chunk.invalid().is_empty());
    }
    (good >= 10 && bad * 5 <= good).then(|| Decoded {
        text: String::from_utf8_lossy(bytes).into_owned(),
        encoding: UTF_8,
        had_errors: true,
        source: EncodingSource::Utf8,
        declared,
    })
}

/// chardetng's guess over the first 64 KiB, without a TLD hint.
fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    let prefix = &bytes[..bytes.len().min(DETECT_BYTES)];
    det.feed(prefix, prefix.len() == bytes.len());
    det.guess(None, chardetng::Utf8Detection::Allow)
}

/// The charset named by a `<meta charset=…>` or `<meta http-equiv content="…; charset=…">` in `head`.
///
/// ```
/// use jianbao::decode::declared_charset;
/// let head = br#"<META http-equiv="Content-Type" content="text/html; charset=GB2312">"#;
/// assert_eq!(declared_charset(head), Some(encoding_rs::GBK));
/// assert_eq!(declared_charset(b"<p>charset=gbk</p>"), None);
/// ```
pub fn declared_charset(head: &[u8]) -> Option<&'static Encoding> {
    let mut at = 0;
    while let Some(i) = find_ci(&head[at..], b"<meta") {
        let tag_start = at + i;
        let tag_end = head[tag_start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(head.len(), |e| tag_start + e);
        let tag = &head[tag_start..tag_end];
        if let Some(c) = find_ci(tag, b"charset") {
            let rest = &tag[c + 7..];
            let rest = skip(rest, |b| b.is_ascii_whitespace());
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = skip(rest, |b| b.is_ascii_whitespace() || b == b'"' || b == b'\'');
                let len = rest
                    .iter()
                    .position(|&b| !(b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
                    .unwrap_or(rest.len());
                if let Some(enc) = Encoding::for_label(&rest[..len]) {
                    return Some(enc);
                }
            }
        }
        at = tag_end;
    }
    None
}

fn skip(bytes: &[u8], pred: impl Fn(u8) -> bool) -> &[u8] {
    let n = bytes.iter().position(|&b| !pred(b)).unwrap_or(bytes.len());
    &bytes[n..]
}

/// ASCII case-insensitive search of `needle` (lowercase) in `hay`.
fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    let Some(&first) = needle.first() else {
        return Some(0);
    };
    // Jumps from one place of the needle's first byte (either case) to the next: a text or a
    // page's head without a `<meta` costs one memchr pass, not a comparison at every byte.
    let last = hay.len() - needle.len();
    let mut at = 0;
    while at <= last {
        let i = at + memchr::memchr2(first, first.to_ascii_uppercase(), &hay[at..=last])?;
        if hay[i..i + needle.len()].eq_ignore_ascii_case(needle) {
            return Some(i);
        }
        at = i + 1;
    }
    None
}
