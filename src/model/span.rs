//! Byte ranges into the decoded text.

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};
use std::fmt;

/// A half-open byte range `start..end` into the decoded text of an input.
///
/// Every extracted item carries one, so that `&text[span.range()]` is exactly the
/// item's source text.
///
/// ```
/// use jianbao::Span;
/// let text = "抽调1347名机关干部";
/// let span = Span::new(6, 13);
/// assert_eq!(&text[span.range()], "1347名");
/// assert_eq!(format!("{span:?}"), "6..13");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Span {
    /// First byte of the item.
    pub start: usize,
    /// One past the last byte of the item.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; an inverted pair is clamped to an empty span at `start`.
    ///
    /// ```
    /// use jianbao::Span;
    /// assert_eq!(Span::new(3, 1), Span::new(3, 3));
    /// ```
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// The span as a `Range<usize>`, for slicing.
    ///
    /// ```
    /// use jianbao::Span;
    /// assert_eq!(&"abc"[Span::new(1, 3).range()], "bc");
    /// ```
    pub fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    ///
    /// ```
    /// use jianbao::Span;
    /// assert_eq!(Span::new(2, 5).len(), 3);
    /// ```
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    ///
    /// ```
    /// use jianbao::Span;
    /// assert!(Span::new(4, 4).is_empty());
    /// ```
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The same span moved `by` bytes to the right.
    ///
    /// ```
    /// use jianbao::Span;
    /// assert_eq!(Span::new(1, 2).shift(10), Span::new(11, 12));
    /// ```
    pub fn shift(self, by: usize) -> Self {
        Span::new(self.start + by, self.end + by)
    }

    /// The smallest span covering both.
    ///
    /// ```
    /// use jianbao::Span;
    /// assert_eq!(Span::new(1, 2).cover(Span::new(5, 9)), Span::new(1, 9));
    /// ```
    pub fn cover(self, other: Span) -> Self {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The 1-based line and column (counted in chars, not bytes) of `start` in `text`.
    ///
    /// ```
    /// use jianbao::Span;
    /// assert_eq!(Span::new(10, 11).line_col("一\n二三x"), (2, 3));
    /// ```
    pub fn line_col(self, text: &str) -> (usize, usize) {
        let mut at = self.start.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let before = &text[..at];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count() + 1)
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}
