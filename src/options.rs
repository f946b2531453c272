//! Parser options.

/// Options for [`crate::parse_bytes`] and [`crate::parse_str`], a `Default` struct with chained setters.
///
/// ```
/// use jianbao::Options;
/// let o = Options::default().max_input_bytes(1 << 20).quantities(false);
/// assert_eq!(o.get_max_input_bytes(), 1 << 20);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    max_input_bytes: usize,
    quantities: bool,
    max_section_depth: usize,
}

/// The default input limit: 64 MiB, far above any real page.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 64 << 20;

impl Default for Options {
    fn default() -> Self {
        Options {
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            quantities: true,
            max_section_depth: 4,
        }
    }
}

impl Options {
    /// Inputs larger than this many bytes are refused with [`crate::ErrorKind::InputTooLarge`].
    ///
    /// ```
    /// use jianbao::Options;
    /// assert_eq!(Options::default().max_input_bytes(10).get_max_input_bytes(), 10);
    /// ```
    pub fn max_input_bytes(mut self, limit: usize) -> Self {
        self.max_input_bytes = limit;
        self
    }

    /// Whether to extract quantities (on by default).
    ///
    /// ```
    /// use jianbao::{parse_str, Options};
    /// let doc = parse_str("抽调1347名干部。", &Options::default().quantities(false));
    /// assert!(doc.articles.iter().all(|a| a.quantities.is_empty()));
    /// ```
    pub fn quantities(mut self, on: bool) -> Self {
        self.quantities = on;
        self
    }

    /// How many section levels to nest (1 to 4, default 4); deeper markers stay in the text.
    ///
    /// ```
    /// use jianbao::Options;
    /// assert_eq!(Options::default().max_section_depth(2).get_max_section_depth(), 2);
    /// ```
    pub fn max_section_depth(mut self, depth: usize) -> Self {
        self.max_section_depth = depth.clamp(1, 4);
        self
    }

    /// The input limit in bytes.
    ///
    /// ```
    /// use jianbao::Options;
    /// assert_eq!(Options::default().get_max_input_bytes(), jianbao::DEFAULT_MAX_INPUT_BYTES);
    /// ```
    pub fn get_max_input_bytes(&self) -> usize {
        self.max_input_bytes
    }

    /// Whether quantities are extracted.
    ///
    /// ```
    /// use jianbao::Options;
    /// assert!(Options::default().get_quantities());
    /// ```
    pub fn get_quantities(&self) -> bool {
        self.quantities
    }

    /// The deepest section level nested.
    ///
    /// ```
    /// use jianbao::Options;
    /// assert_eq!(Options::default().get_max_section_depth(), 4);
    /// ```
    pub fn get_max_section_depth(&self) -> usize {
        self.max_section_depth
    }
}
