//! Damaged text: mojibake from a wrong decoding, pinyin left by a botched conversion, characters
//! lost to `?` or U+FFFD, and junk that anti-scraping scripts append to lines. Each is reported
//! with its span so that it can be checked, and kept out of the document's content and numbers.

use crate::text::chars::is_han;
use crate::{Diagnostic, DiagnosticCode, Span};
use std::borrow::Cow;

/// A kind of damage.
///
/// ```
/// use jianbao::layout::damage::{find_damage, Damage};
/// let text = "区(qū)域发展。";
/// let found = find_damage(text);
/// assert_eq!(found[0].kind, Damage::PinyinAnnotation);
/// assert_eq!(&text[found[0].span.range()], "(qū)");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Damage {
    /// UTF-8 (or GBK) bytes read as Latin-1/Windows-1252: `å·¥ä½œ`, `Ã¤Â¸`.
    Mojibake,
    /// A pinyin reading in brackets after a character: `區(qū)`.
    PinyinAnnotation,
    /// Characters replaced by `?` when bytes were lost: `???`.
    LostCharacters,
    /// U+FFFD replacement characters.
    Replacement,
    /// A random ASCII string appended to a line by anti-scraping scripts.
    ScraperJunk,
}

impl Damage {
    /// The diagnostic code.
    ///
    /// ```
    /// use jianbao::{layout::Damage, DiagnosticCode};
    /// assert_eq!(Damage::Mojibake.code(), DiagnosticCode::Mojibake);
    /// ```
    pub fn code(self) -> DiagnosticCode {
        match self {
            Damage::Mojibake => DiagnosticCode::Mojibake,
            Damage::PinyinAnnotation => DiagnosticCode::PinyinAnnotation,
            Damage::LostCharacters => DiagnosticCode::LostCharacters,
            Damage::Replacement => DiagnosticCode::ReplacementCharacters,
            Damage::ScraperJunk => DiagnosticCode::ScraperJunk,
        }
    }

    fn message(self) -> &'static str {
        match self {
            Damage::Mojibake => "text decoded with the wrong encoding (mojibake)",
            Damage::PinyinAnnotation => "a pinyin annotation left by a botched conversion",
            Damage::LostCharacters => "characters lost to '?' when the bytes were converted",
            Damage::Replacement => "U+FFFD: bytes that did not decode",
            Damage::ScraperJunk => "a random string appended by an anti-scraping script",
        }
    }

    /// The diagnostic for a damaged `span`.
    ///
    /// ```
    /// use jianbao::{layout::Damage, Span};
    /// let d = Damage::LostCharacters.diagnostic(Span::new(3, 6));
    /// assert_eq!((d.code.as_str(), d.span), ("lost_characters", Span::new(3, 6)));
    /// ```
    pub fn diagnostic(self, span: Span) -> Diagnostic {
        Diagnostic::new(self.code(), self.message()).with_span(span)
    }
}

/// One damaged stretch of text: its kind and where it stands.
///
/// ```
/// use jianbao::{layout::damage::{find_damage, Damage, Damaged}, Span};
/// assert_eq!(find_damage("会议???召开"), [Damaged { kind: Damage::LostCharacters, span: Span::new(6, 9) }]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Damaged {
    /// What is wrong.
    pub kind: Damage,
    /// Where: byte offsets into the text that was searched.
    pub span: Span,
}

/// How many stretches of one kind are reported one by one; the rest are counted in one more.
pub const MAX_REPORTED: usize = 64;

/// Characters that Latin-1 and Windows-1252 give to UTF-8 or GBK bytes above 0x7F.
fn is_mojibake_char(c: char) -> bool {
    matches!(c, '\u{80}'..='\u{ff}')
        || matches!(
            c,
            '€' | '‚'
                | 'ƒ'
                | '„'
                | '…'
                | '†'
                | '‡'
                | 'ˆ'
                | '‰'
                | 'Š'
                | '‹'
                | 'Œ'
                | 'Ž'
                | '‘'
                | '’'
                | '“'
                | '”'
                | '•'
                | '–'
                | '—'
                | '˜'
                | '™'
                | 'š'
                | '›'
                | 'œ'
                | 'ž'
                | 'Ÿ'
        )
}

fn is_tone_vowel(c: char) -> bool {
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".contains(c)
}

/// The bytes that can start damage (see [`find_damage`]) as a table: a lookup per byte is
/// cheaper than five comparisons in the scan over a whole text.
const DAMAGE_LEAD: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    let leads = [0xC2, 0xC3, b'?', b'(', 0xEF];
    while k < leads.len() {
        t[leads[k] as usize] = true;
        k += 1;
    }
    t
};

/// Every damaged stretch of `text`, in order and without overlaps (so [`overlapping`] can search it).
///
/// ```
/// use jianbao::layout::damage::{find_damage, Damage};
/// let kinds: Vec<Damage> = find_damage("å·¥ä½œç®€æŠ¥ 会议???召开\u{fffd}").into_iter().map(|d| d.kind).collect();
/// assert_eq!(kinds, [Damage::Mojibake, Damage::LostCharacters, Damage::Replacement]);
/// ```
pub fn find_damage(text: &str) -> Vec<Damaged> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    // Only a few bytes can start damage: Latin-1 leads (0xC2, 0xC3), '?', '(', and 0xEF for
    // U+FFFD and '（'; the scan skips everything else, which is nearly all of a clean text.
    while let Some(p) = bytes[at..]
        .iter()
        .position(|&b| DAMAGE_LEAD[usize::from(b)])
    {
        let i = at + p;
        // Of the 0xEF characters (all full-width punctuation) only U+FFFD (EF BF BD) and '（'
        // (EF BC 88) can start damage.
        if bytes[i] == 0xEF
            && !matches!(
                (bytes.get(i + 1), bytes.get(i + 2)),
                (Some(0xBF), Some(0xBD)) | (Some(0xBC), Some(0x88))
            )
        {
            at = i + 3;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        at = i + c.len_utf8();
        if matches!(c, '\u{a0}'..='\u{ff}') {
            // A run of Latin-1 and Windows-1252 characters with at least two UTF-8 or GBK lead
            // bytes in it.
            let mut end = at;
            let mut leads = usize::from(matches!(c, '\u{c0}'..='\u{ef}'));
            let mut len = 1;
            for (j, d) in text[at..].char_indices() {
                if !(is_mojibake_char(d) || d == ' ') {
                    break;
                }
                leads += usize::from(matches!(d, '\u{c0}'..='\u{ef}'));
                len += 1;
                end = at + j + d.len_utf8();
            }
            let run = text[i..end].trim_end();
            if len >= 4 && leads >= 2 {
                out.push(Damaged {
                    kind: Damage::Mojibake,
                    span: Span::new(i, i + run.len()),
                });
            }
            at = end;
        } else if c == '\u{fffd}' {
            let end = at + text[at..].len() - text[at..].trim_start_matches('\u{fffd}').len();
            out.push(Damaged {
                kind: Damage::Replacement,
                span: Span::new(i, end),
            });
            at = end;
        } else if c == '?' {
            // Encoders write ASCII '?' for what they cannot map; a full-width ？？？ is emphasis.
            let end = at + text[at..].len() - text[at..].trim_start_matches('?').len();
            let n = text[i..end].chars().count();
            let before = text[..i].chars().next_back();
            let after = text[end..].chars().next();
            // ??? inside Chinese text, or ?? between two Chinese characters.
            let in_han = before.is_some_and(is_han) || after.is_some_and(is_han);
            if in_han
                && (n >= 3 || (n == 2 && before.is_some_and(is_han) && after.is_some_and(is_han)))
            {
                out.push(Damaged {
                    kind: Damage::LostCharacters,
                    span: Span::new(i, end),
                });
            }
            at = end;
        } else if (c == '(' || c == '（') && text[..i].chars().next_back().is_some_and(is_han) {
            let body: String = text[at..]
                .chars()
                .take_while(|d| d.is_ascii_lowercase() || is_tone_vowel(*d))
                .take(8)
                .collect();
            let close = at + body.len();
            let closing = text[close..].chars().next();
            if !body.is_empty()
                && body.chars().any(is_tone_vowel)
                && matches!(closing, Some(')' | '）'))
            {
                let end = close + closing.map_or(0, char::len_utf8);
                out.push(Damaged {
                    kind: Damage::PinyinAnnotation,
                    span: Span::new(i, end),
                });
                at = end;
            }
        }
    }
    out.extend(scraper_junk(text));
    out.sort_by_key(|d| d.span);
    // Stretches never overlap (each scan resumes after what it found, and junk is ASCII letters and
    // digits that no other kind holds); keeping only the first of any that did keeps the order of
    // ends equal to the order of starts, which `overlapping` relies on.
    let mut end = 0;
    out.retain(|d| {
        let keep = d.span.start >= end;
        if keep {
            end = d.span.end;
        }
        keep
    });
    out
}

/// The stretches of `found` (as [`find_damage`] returns them: sorted, no overlaps) that overlap
/// `span`: two binary searches, so filtering every block or quantity of a text costs
/// O((blocks + damage) · log damage), not blocks × damage.
///
/// ```
/// use jianbao::{layout::damage::{find_damage, overlapping}, Span};
/// let text = "甲???乙。丙???丁。";
/// let found = find_damage(text);
/// assert_eq!(overlapping(&found, Span::new(0, 12)).len(), 1);
/// assert_eq!(overlapping(&found, Span::new(0, text.len())).len(), 2);
/// assert!(overlapping(&found, Span::new(3, 3)).is_empty());
/// ```
pub fn overlapping(found: &[Damaged], span: Span) -> &[Damaged] {
    let from = found.partition_point(|d| d.span.end <= span.start);
    let to = found.partition_point(|d| d.span.start < span.end);
    &found[from..to.max(from)]
}

/// Random ASCII strings (letters and digits mixed, 6 to 40 long) at the end of a line of Chinese
/// text, right after its closing punctuation.
fn scraper_junk(text: &str) -> Vec<Damaged> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end();
        let tail_len = body
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        let tail_at = body.len() - tail_len;
        let tail = &body[tail_at..];
        let before = body[..tail_at].chars().next_back();
        let mixed = || {
            tail.chars().any(|c| c.is_ascii_digit())
                && tail.chars().any(|c| c.is_ascii_lowercase())
                && tail.chars().any(|c| c.is_ascii_uppercase())
        };
        // The line count comes last: it is the only check that reads the whole line.
        let han_line = || body.chars().filter(|c| is_han(*c)).count() >= 10;
        if (6..=40).contains(&tail_len)
            && before.is_some_and(|c| matches!(c, '。' | '！' | '？' | '”' | '；'))
            && mixed()
            && han_line()
        {
            out.push(Damaged {
                kind: Damage::ScraperJunk,
                span: Span::new(start + tail_at, start + body.len()),
            });
        }
        start += line.len();
    }
    out
}

/// Diagnostics for the damage in `text`, at most [`MAX_REPORTED`] of each kind and then a count.
pub(crate) fn diagnostics(found: &[Damaged]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let kinds = [
        Damage::Mojibake,
        Damage::PinyinAnnotation,
        Damage::LostCharacters,
        Damage::Replacement,
        Damage::ScraperJunk,
    ];
    for kind in kinds {
        let of_kind: Vec<Span> = found
            .iter()
            .filter(|d| d.kind == kind)
            .map(|d| d.span)
            .collect();
        out.extend(
            of_kind
                .iter()
                .take(MAX_REPORTED)
                .map(|s| kind.diagnostic(*s)),
        );
        if of_kind.len() > MAX_REPORTED {
            let last = of_kind[of_kind.len() - 1];
            out.push(
                Diagnostic::new(
                    kind.code(),
                    format!(
                        "{} more stretches of this damage",
                        of_kind.len() - MAX_REPORTED
                    ),
                )
                .with_span(Span::new(of_kind[MAX_REPORTED].start, last.end)),
            );
        }
    }
    out
}

/// Whether mojibake covers at least half of `block`: such a block is damage, not content.
pub(crate) fn mostly_garbled(found: &[Damaged], block: Span) -> bool {
    let garbled: usize = overlapping(found, block)
        .iter()
        .filter(|d| d.kind == Damage::Mojibake)
        .map(|d| d.span.end.min(block.end) - d.span.start.max(block.start))
        .sum();
    garbled * 2 >= block.len()
}

/// A block's text without the pinyin annotations and scraper junk inside it (both are noise
/// added to a sentence; lost characters stay, marked by the diagnostic, since the sentence needs
/// the gap).
pub(crate) fn without_cut_damage<'t>(
    text: &'t str,
    block: Span,
    found: &[Damaged],
) -> Cow<'t, str> {
    let mut cut = overlapping(found, block)
        .iter()
        .filter(|d| {
            matches!(d.kind, Damage::PinyinAnnotation | Damage::ScraperJunk)
                && d.span.start >= block.start
                && d.span.end <= block.end
        })
        .map(|d| d.span)
        .peekable();
    if cut.peek().is_none() {
        return Cow::Borrowed(&text[block.range()]);
    }
    let mut out = String::with_capacity(block.len());
    let mut at = block.start;
    for c in cut {
        out.push_str(&text[at..c.start]);
        at = c.end;
    }
    out.push_str(&text[at..block.end]);
    Cow::Owned(out)
}
