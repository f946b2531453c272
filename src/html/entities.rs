//! HTML character references: numeric ones and the named ones Chinese pages use.

/// Named references, as data.
const NAMED: &[(&str, &str)] = &[
    ("nbsp", " "),
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("middot", "·"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("mdash", "—"),
    ("ndash", "–"),
    ("hellip", "…"),
    ("copy", "©"),
    ("reg", "®"),
    ("times", "×"),
    ("divide", "÷"),
    ("bull", "•"),
    ("emsp", "\u{2003}"),
    ("ensp", "\u{2002}"),
    ("thinsp", "\u{2009}"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("deg", "°"),
    ("plusmn", "±"),
    ("sup2", "²"),
    ("sup3", "³"),
    ("frac12", "½"),
    ("yen", "¥"),
    ("rarr", "→"),
    ("larr", "←"),
    ("trade", "™"),
    ("permil", "‰"),
    ("sect", "§"),
    ("para", "¶"),
    ("shy", "\u{ad}"),
    ("zwsp", "\u{200b}"),
    ("zwj", "\u{200d}"),
    ("zwnj", "\u{200c}"),
    ("lsaquo", "‹"),
    ("rsaquo", "›"),
    ("AMP", "&"),
    ("LT", "<"),
    ("GT", ">"),
    ("QUOT", "\""),
    ("NBSP", " "),
];

/// The character reference at the start of `s` (which starts with `&`): its text and length.
///
/// ```
/// use jianbao::html::entities::decode_at;
/// assert_eq!(decode_at("&#20013;国"), Some(("中".to_string(), 8)));
/// assert_eq!(decode_at("&ldquo;x"), Some(("“".to_string(), 7)));
/// assert_eq!(decode_at("&nbsp"), Some((" ".to_string(), 5)));
/// assert_eq!(decode_at("& x"), None);
/// ```
pub fn decode_at(s: &str) -> Option<(String, usize)> {
    let rest = s.strip_prefix('&')?;
    if let Some(num) = rest.strip_prefix('#') {
        let (hex, digits) = match num.strip_prefix(['x', 'X']) {
            Some(h) => (true, h),
            None => (false, num),
        };
        let len = digits
            .char_indices()
            .find(|(_, c)| {
                !(if hex {
                    c.is_ascii_hexdigit()
                } else {
                    c.is_ascii_digit()
                })
            })
            .map_or(digits.len(), |(i, _)| i);
        if len == 0 || len > 8 {
            return None;
        }
        let v = u32::from_str_radix(&digits[..len], if hex { 16 } else { 10 }).ok()?;
        let c = match v {
            0 => '\u{fffd}',
            0x80..=0x9f => windows_1252(v),
            _ => char::from_u32(v).unwrap_or('\u{fffd}'),
        };
        let mut consumed = 1 + 1 + usize::from(hex) + len;
        if s[consumed..].starts_with(';') {
            consumed += 1;
        }
        return Some((c.to_string(), consumed));
    }
    let len = rest
        .char_indices()
        .find(|(_, c)| !c.is_ascii_alphanumeric())
        .map_or(rest.len(), |(i, _)| i);
    let name = &rest[..len];
    let (_, text) = NAMED.iter().find(|(n, _)| *n == name)?;
    let mut consumed = 1 + len;
    if s[consumed..].starts_with(';') {
        consumed += 1;
    }
    Some((text.to_string(), consumed))
}

/// Numeric references 128–159 name Windows-1252 characters, as browsers read them.
fn windows_1252(v: u32) -> char {
    let byte = [v as u8];
    let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
    text.chars().next().unwrap_or('\u{fffd}')
}
