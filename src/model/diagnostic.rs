//! Findings about the input that did not stop the parse.

use crate::Span;
use serde::{Deserialize, Serialize};

/// Something the parser noticed about its input: a missing part, damaged text, a limit reached.
///
/// Parsing content never fails; what went wrong is reported here instead.
///
/// ```
/// use jianbao::{Diagnostic, Span};
/// let d = Diagnostic::new("no_headline", "no headline found").with_span(Span::new(0, 3));
/// assert_eq!(d.code, "no_headline");
/// assert_eq!(d.span, Span::new(0, 3));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Diagnostic {
    /// A stable machine-readable code such as `decode_errors` or `no_bulletin_header`.
    pub code: String,
    /// A human-readable sentence.
    pub message: String,
    /// Where in the decoded text it applies (empty at 0 when it applies to the whole input).
    pub span: Span,
}

impl Diagnostic {
    /// A diagnostic with an empty span at offset 0.
    ///
    /// ```
    /// use jianbao::Diagnostic;
    /// let d = Diagnostic::new("empty_input", "the input is empty");
    /// assert!(d.span.is_empty());
    /// ```
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            code: code.into(),
            message: message.into(),
            span: Span::default(),
        }
    }

    /// The same diagnostic pointing at `span`.
    ///
    /// ```
    /// use jianbao::{Diagnostic, Span};
    /// let d = Diagnostic::new("x", "y").with_span(Span::new(2, 4));
    /// assert_eq!(d.span.len(), 2);
    /// ```
    pub fn with_span(mut self, span: Span) -> Self {
        self.span = span;
        self
    }
}
