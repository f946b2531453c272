//! The fatal errors of the byte layer.

use thiserror::Error as ThisError;

/// An input that could not be turned into a document at all.
///
/// Parsing text never fails; only the byte layer (size limits, I/O in the CLI) does.
///
/// ```
/// use jianbao::{parse_bytes, ErrorKind, Options};
/// let err = parse_bytes(&[0u8; 64], &Options::default().max_input_bytes(16)).unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::InputTooLarge { size: 64, limit: 16 }));
/// ```
#[derive(Debug, ThisError)]
#[error(transparent)]
pub struct Error(Box<ErrorKind>);

/// What kind of failure an [`Error`] is.
///
/// ```
/// use jianbao::ErrorKind;
/// let k = ErrorKind::InputTooLarge { size: 10, limit: 5 };
/// assert_eq!(k.to_string(), "input of 10 bytes is larger than the limit of 5 bytes");
/// ```
#[derive(Debug, ThisError)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input exceeds [`crate::Options::max_input_bytes`].
    #[error("input of {size} bytes is larger than the limit of {limit} bytes")]
    InputTooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The configured limit.
        limit: usize,
    },
    /// Reading the input failed.
    #[error("cannot read input: {0}")]
    Io(#[from] std::io::Error),
}

impl Error {
    /// The kind of failure.
    ///
    /// ```
    /// use jianbao::{Error, ErrorKind};
    /// let e = Error::from(ErrorKind::InputTooLarge { size: 2, limit: 1 });
    /// assert!(matches!(e.kind(), ErrorKind::InputTooLarge { .. }));
    /// ```
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    /// The kind, by value.
    ///
    /// ```
    /// use jianbao::{Error, ErrorKind};
    /// let e = Error::from(ErrorKind::InputTooLarge { size: 2, limit: 1 });
    /// assert!(matches!(e.into_kind(), ErrorKind::InputTooLarge { size: 2, .. }));
    /// ```
    pub fn into_kind(self) -> ErrorKind {
        *self.0
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Self {
        Error(Box::new(kind))
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error(Box::new(ErrorKind::Io(e)))
    }
}
