#![forbid(unsafe_code)]
#![deny(missing_docs)]
//! jianbao (简报): Chinese government work bulletins (工作简报, 情况通报, 信息专报) and the pages
//! around them, as typed, serde-serialisable structs.
//!
//! The pipeline, one module a stage, each usable alone:
//! [`decode`] (bytes → text) → [`html`] (HTML → blocks, main container) → [`layout`] (chrome vs document,
//! damage) → [`structure`] (header, headlines, sections, points) → [`quantities`] (numbers with units).
//! Every extracted item carries a [`Span`] of byte offsets into the decoded text.
//!
//! ```
//! use jianbao::{parse_bytes, Options};
//! let page = "2010工作简报第5期\n\n某市构建群众参与机制\n\n一、畅通“三种渠道”。一是走下去。二是请上来。三是点对点，抽调1347名机关干部。\n";
//! let parsed = parse_bytes(page.as_bytes(), &Options::default()).unwrap();
//! let doc = &parsed.document;
//! assert_eq!(doc.bulletin.as_ref().unwrap().issue, Some(5));
//! let section = &doc.articles[0].sections[0];
//! assert_eq!((section.declared_count, section.points.len()), (Some(3), 3));
//! let q = doc.articles[0].quantities.iter().find(|q| q.unit.as_deref() == Some("名")).unwrap();
//! assert_eq!(&parsed.text[q.span.range()], "1347名");
//! ```

pub mod decode;
mod error;
pub mod html;
pub mod layout;
pub mod model;
mod options;
pub mod pipeline;
pub mod quantities;
pub mod structure;
mod text;
#[cfg(feature = "view")]
pub mod view;

pub use error::{Error, ErrorKind};
pub use model::*;
pub use options::{DEFAULT_MAX_INPUT_BYTES, Options};

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// A parsed input: the decoded text the spans index, and the document.
///
/// ```
/// use jianbao::{parse_bytes, Options};
/// let p = parse_bytes("\u{feff}标题\n正文。".as_bytes(), &Options::default()).unwrap();
/// assert_eq!(p.text, "标题\n正文。");
/// assert_eq!(p.document.encoding, "UTF-8");
/// ```
#[derive(Clone, Debug)]
pub struct Parsed {
    /// The decoded input, BOM removed: spans are byte offsets into it.
    pub text: String,
    /// The document.
    pub document: Document,
}

/// Parses raw bytes in any encoding (HTML or text) into a document.
///
/// # Errors
/// [`ErrorKind::InputTooLarge`] when the input is larger than [`Options::max_input_bytes`]. Any
/// other trouble (bad bytes, no bulletin, no text) is reported in `document.diagnostics`.
///
/// ```
/// use jianbao::{parse_bytes, Options};
/// let (gbk, _, _) = encoding_rs::GBK.encode("情况通报第3期\n标题\n正文。");
/// let p = parse_bytes(&gbk, &Options::default()).unwrap();
/// assert_eq!(p.document.encoding, "GBK");
/// assert_eq!(p.document.bulletin.unwrap().issue, Some(3));
/// ```
pub fn parse_bytes(bytes: &[u8], options: &Options) -> Result<Parsed, Error> {
    if bytes.len() > options.get_max_input_bytes() {
        return Err(ErrorKind::InputTooLarge {
            size: bytes.len(),
            limit: options.get_max_input_bytes(),
        }
        .into());
    }
    let decoded = decode::decode_with_hint(bytes, options.get_charset_hint());
    let mut document = pipeline::document(&decoded.text, options);
    document.encoding = decoded.encoding.name().to_string();
    document.had_errors = decoded.had_errors;
    if decoded.had_errors {
        let at = decoded.text.find('\u{fffd}').unwrap_or(0);
        document.diagnostics.insert(
            0,
            Diagnostic::new(
                DiagnosticCode::DecodeErrors,
                format!(
                    "some bytes are not valid {}; they were replaced by U+FFFD",
                    decoded.encoding.name()
                ),
            )
            .with_span(Span::new(
                at,
                at + if at < decoded.text.len() { 3 } else { 0 },
            )),
        );
    }
    Ok(Parsed {
        text: decoded.text,
        document,
    })
}

/// Parses text (a text dump or an HTML page already decoded) into a document whose spans index `text`.
///
/// Never fails and never panics; what was missing or damaged is in `diagnostics`.
///
/// ```
/// use jianbao::{parse_str, Options};
/// let doc = parse_str("", &Options::default());
/// assert_eq!(doc.diagnostics[0].code, "empty_input");
/// ```
pub fn parse_str(text: &str, options: &Options) -> Document {
    pipeline::document(text, options)
}

/// Reads and parses a file (raw bytes, HTML or text, any encoding).
///
/// # Errors
/// [`ErrorKind::Io`] when the file cannot be read, [`ErrorKind::InputTooLarge`] when it is larger
/// than [`Options::max_input_bytes`] (checked before reading it).
///
/// ```
/// use jianbao::{parse_file, Options};
/// let p = parse_file("examples/data/bulletin.txt", &Options::default()).unwrap();
/// assert_eq!(p.document.bulletin.unwrap().issue, Some(42));
/// assert!(parse_file("no/such/file", &Options::default()).is_err());
/// ```
pub fn parse_file(path: impl AsRef<std::path::Path>, options: &Options) -> Result<Parsed, Error> {
    let path = path.as_ref();
    let size = std::fs::metadata(path)?.len();
    let limit = options.get_max_input_bytes();
    if size > limit as u64 {
        return Err(ErrorKind::InputTooLarge {
            size: usize::try_from(size).unwrap_or(usize::MAX),
            limit,
        }
        .into());
    }
    parse_bytes(&std::fs::read(path)?, options)
}
