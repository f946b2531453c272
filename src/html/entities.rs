//! HTML character references: numeric ones and every named one of the HTML standard.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The named references of the HTML standard (all 2 125 of the WHATWG table, from the
/// `entities` crate), by name without `&` and `;`, built once.
fn named(name: &str) -> Option<&'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            entities::ENTITIES
                .iter()
                .map(|e| {
                    (
                        e.entity.trim_start_matches('&').trim_end_matches(';'),
                        e.characters,
                    )
                })
                .collect()
        })
        .get(name)
        .copied()
}

/// The character reference at the start of `s` (which starts with `&`): its text and length.
///
/// ```
/// use jianbao::html::entities::decode_at;
/// assert_eq!(decode_at("&#20013;国"), Some(("中".to_string(), 8)));
/// assert_eq!(decode_at("&ldquo;x"), Some(("“".to_string(), 7)));
/// assert_eq!(decode_at("&nbsp"), Some((" ".to_string(), 5)));
/// assert_eq!(decode_at("& x"), None);
/// assert_eq!(decode_at("&alefsym;"), Some(("ℵ".to_string(), 9)));
/// assert_eq!(decode_at("&param=1"), None);
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
    // Pages space their layout with &nbsp;: the text reads it as a plain space.
    let text = if name.eq_ignore_ascii_case("nbsp") {
        " "
    } else {
        named(name)?
    };
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
