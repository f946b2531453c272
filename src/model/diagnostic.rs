//! Findings about the input that did not stop the parse.

use crate::Span;
#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};
use std::fmt;

/// What a [`Diagnostic`] reports: a stable code, serialised in snake case (`"decode_errors"`).
///
/// ```
/// use jianbao::DiagnosticCode;
/// assert_eq!(DiagnosticCode::NoHeadline.as_str(), "no_headline");
/// assert_eq!(DiagnosticCode::NoHeadline, "no_headline");
/// assert_eq!(serde_json::to_string(&DiagnosticCode::LostCharacters).unwrap(), "\"lost_characters\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DiagnosticCode {
    /// Some bytes did not decode in the chosen encoding (replaced by U+FFFD).
    DecodeErrors,
    /// The input holds no text.
    EmptyInput,
    /// Most characters are control characters: not text.
    BinaryInput,
    /// No document text was found.
    NoContent,
    /// An article starts without a headline.
    NoHeadline,
    /// No bulletin header was found.
    NoBulletinHeader,
    /// Text decoded with the wrong encoding.
    Mojibake,
    /// A pinyin reading left in brackets by a botched conversion.
    PinyinAnnotation,
    /// Characters lost to `?` when bytes were converted.
    LostCharacters,
    /// U+FFFD replacement characters in the text.
    ReplacementCharacters,
    /// A random string appended by an anti-scraping script.
    ScraperJunk,
}

impl DiagnosticCode {
    /// The code as it is serialised.
    ///
    /// ```
    /// use jianbao::DiagnosticCode;
    /// assert_eq!(DiagnosticCode::ScraperJunk.as_str(), "scraper_junk");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            DiagnosticCode::DecodeErrors => "decode_errors",
            DiagnosticCode::EmptyInput => "empty_input",
            DiagnosticCode::BinaryInput => "binary_input",
            DiagnosticCode::NoContent => "no_content",
            DiagnosticCode::NoHeadline => "no_headline",
            DiagnosticCode::NoBulletinHeader => "no_bulletin_header",
            DiagnosticCode::Mojibake => "mojibake",
            DiagnosticCode::PinyinAnnotation => "pinyin_annotation",
            DiagnosticCode::LostCharacters => "lost_characters",
            DiagnosticCode::ReplacementCharacters => "replacement_characters",
            DiagnosticCode::ScraperJunk => "scraper_junk",
        }
    }
}

impl fmt::Display for DiagnosticCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for DiagnosticCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for DiagnosticCode {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

/// Something the parser noticed about its input: a missing part, damaged text, a limit reached.
///
/// Parsing content never fails; what went wrong is reported here instead.
///
/// ```
/// use jianbao::{Diagnostic, DiagnosticCode, Span};
/// let d = Diagnostic::new(DiagnosticCode::NoHeadline, "no headline found").with_span(Span::new(0, 3));
/// assert_eq!(d.code, "no_headline");
/// assert_eq!(d.span, Span::new(0, 3));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Diagnostic {
    /// A stable machine-readable code such as `decode_errors` or `no_bulletin_header`.
    pub code: DiagnosticCode,
    /// A human-readable sentence.
    pub message: String,
    /// Where in the decoded text it applies (empty at 0 when it applies to the whole input).
    pub span: Span,
}

impl Diagnostic {
    /// A diagnostic with an empty span at offset 0.
    ///
    /// ```
    /// use jianbao::{Diagnostic, DiagnosticCode};
    /// let d = Diagnostic::new(DiagnosticCode::EmptyInput, "the input is empty");
    /// assert!(d.span.is_empty());
    /// ```
    pub fn new(code: DiagnosticCode, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            message: message.into(),
            span: Span::default(),
        }
    }

    /// The same diagnostic pointing at `span`.
    ///
    /// ```
    /// use jianbao::{Diagnostic, DiagnosticCode, Span};
    /// let d = Diagnostic::new(DiagnosticCode::NoContent, "y").with_span(Span::new(2, 4));
    /// assert_eq!(d.span.len(), 2);
    /// ```
    pub fn with_span(mut self, span: Span) -> Self {
        self.span = span;
        self
    }
}
