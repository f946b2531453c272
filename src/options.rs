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
    charset_hint: Option<&'static encoding_rs::Encoding>,
}

/// The default input limit: 64 MiB, far above any real page.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 64 << 20;

impl Default for Options {
    fn default() -> Self {
        Options {
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            quantities: true,
            max_section_depth: 4,
            charset_hint: None,
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

    /// A charset declared outside the bytes (an HTTP `Content-Type` header, a WARC record's),
    /// as a label such as `"gb2312"`; unknown labels are ignored. Decoding treats it like a
    /// `<meta charset>` the page lacks: the page's own declaration comes first, and bytes that do
    /// not decode under it still overrule it. A Latin-1 hint (`iso-8859-1`, `windows-1252`, the
    /// default of misconfigured servers) is ignored, since it decodes any bytes and would hide GBK.
    ///
    /// ```
    /// use jianbao::{parse_bytes, Options};
    /// let (big5, _, _) = encoding_rs::BIG5.encode("工作簡報第3期\n標題\n正文。");
    /// let hinted = Options::default().charset_hint(Some("big5"));
    /// assert_eq!(parse_bytes(&big5, &hinted).unwrap().document.encoding, "Big5");
    /// let utf8 = Options::default().charset_hint(Some("gbk"));
    /// assert_eq!(parse_bytes("简报正文。".as_bytes(), &utf8).unwrap().document.encoding, "UTF-8");
    /// assert_eq!(Options::default().charset_hint(Some("latin1")).get_charset_hint(), None);
    /// ```
    pub fn charset_hint(mut self, label: Option<&str>) -> Self {
        self.charset_hint = label
            .and_then(|l| encoding_rs::Encoding::for_label(l.trim().as_bytes()))
            .filter(|e| *e != encoding_rs::WINDOWS_1252);
        self
    }

    /// The charset hint, resolved to an encoding.
    ///
    /// ```
    /// use jianbao::Options;
    /// let o = Options::default().charset_hint(Some("GB2312"));
    /// assert_eq!(o.get_charset_hint(), Some(encoding_rs::GBK));
    /// ```
    pub fn get_charset_hint(&self) -> Option<&'static encoding_rs::Encoding> {
        self.charset_hint
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
