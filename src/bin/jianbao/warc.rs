//! A small streaming WARC reader: the records of a `.warc` file, or of a `.warc.gz` (one gzip
//! member a record, or one member for the whole file, read through flate2's `MultiGzDecoder`).
//!
//! Written here rather than taken from the `warc` crate because a corpus tool must stay bounded on
//! hostile files: a record's `Content-Length` is never trusted for an allocation (bodies are read
//! through `take`, oversized ones skipped without being held), header lines and header blocks have
//! caps, and every malformation is an error value, never a panic.

use flate2::bufread::MultiGzDecoder;
use std::io::{self, BufRead, BufReader, Read};

/// Longest header line accepted (WARC or HTTP).
const MAX_LINE: u64 = 64 << 10;
/// Most header lines in one block.
const MAX_HEADERS: usize = 512;

/// One WARC record: its named headers and its block (for a response, the HTTP message).
#[derive(Debug)]
pub(crate) struct Record {
    /// The WARC headers, names as written.
    pub headers: Vec<(String, String)>,
    /// The record block.
    pub block: Vec<u8>,
}

impl Record {
    /// The first header named `name` (ASCII case-insensitive).
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        header(&self.headers, name)
    }
}

/// One item of the stream: a record, or a record too large to hold (its headers only).
#[derive(Debug)]
pub(crate) enum Item {
    /// A record whose block fits the limit.
    Record(Record),
    /// A record whose block is larger than the limit: skipped, its headers kept for the error line.
    TooLarge(Vec<(String, String)>, u64),
}

/// Reads the records of a WARC stream one at a time.
pub(crate) struct WarcReader<R> {
    input: R,
    max_block: u64,
    /// Uncompressed bytes consumed, for error messages.
    offset: u64,
    done: bool,
}

/// Opens `reader` as a WARC stream, gunzipping it when it starts with the gzip magic.
pub(crate) fn open(
    mut reader: impl BufRead + Send + 'static,
    max_block: u64,
) -> io::Result<WarcReader<Box<dyn BufRead + Send>>> {
    let gz = reader.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    let input: Box<dyn BufRead + Send> = if gz {
        Box::new(BufReader::with_capacity(
            1 << 16,
            MultiGzDecoder::new(reader),
        ))
    } else {
        Box::new(reader)
    };
    Ok(WarcReader::new(input, max_block))
}

impl<R: BufRead> WarcReader<R> {
    /// A reader over an uncompressed WARC stream; blocks above `max_block` bytes are skipped.
    pub(crate) fn new(input: R, max_block: u64) -> Self {
        WarcReader {
            input,
            max_block,
            offset: 0,
            done: false,
        }
    }

    fn line(&mut self, buf: &mut Vec<u8>) -> io::Result<usize> {
        buf.clear();
        let n = (&mut self.input).take(MAX_LINE).read_until(b'\n', buf)?;
        self.offset += n as u64;
        if n as u64 == MAX_LINE && buf.last() != Some(&b'\n') {
            return Err(invalid(format!(
                "a header line longer than {MAX_LINE} bytes at byte {}",
                self.offset
            )));
        }
        Ok(n)
    }

    fn next_item(&mut self) -> io::Result<Option<Item>> {
        let mut buf = Vec::new();
        // Records are separated by blank lines; the stream may end after them.
        loop {
            if self.line(&mut buf)? == 0 {
                return Ok(None);
            }
            if !buf.trim_ascii().is_empty() {
                break;
            }
        }
        if !buf.trim_ascii_end().starts_with(b"WARC/") {
            return Err(invalid(format!(
                "not a WARC record at byte {} (no WARC/1.x version line)",
                self.offset - buf.len() as u64
            )));
        }
        let headers = self.header_block(&mut buf)?;
        let len = header(&headers, "Content-Length")
            .and_then(|v| v.trim().parse::<u64>().ok())
            .ok_or_else(|| {
                invalid(format!(
                    "a WARC record without a valid Content-Length before byte {}",
                    self.offset
                ))
            })?;
        if len > self.max_block {
            let skipped = io::copy(&mut (&mut self.input).take(len), &mut io::sink())?;
            self.offset += skipped;
            if skipped < len {
                return Err(truncated(self.offset));
            }
            return Ok(Some(Item::TooLarge(headers, len)));
        }
        let mut block = Vec::new();
        let n = (&mut self.input).take(len).read_to_end(&mut block)?;
        self.offset += n as u64;
        if (n as u64) < len {
            return Err(truncated(self.offset));
        }
        Ok(Some(Item::Record(Record { headers, block })))
    }

    /// `Name: value` lines up to the blank line that ends the block.
    fn header_block(&mut self, buf: &mut Vec<u8>) -> io::Result<Vec<(String, String)>> {
        let mut headers: Vec<(String, String)> = Vec::new();
        loop {
            if self.line(buf)? == 0 {
                return Err(truncated(self.offset));
            }
            let line = buf.trim_ascii_end();
            if line.is_empty() {
                return Ok(headers);
            }
            if headers.len() == MAX_HEADERS {
                return Err(invalid(format!(
                    "more than {MAX_HEADERS} header lines before byte {}",
                    self.offset
                )));
            }
            let line = String::from_utf8_lossy(line);
            if line.starts_with([' ', '\t']) {
                // A folded continuation line.
                if let Some((_, v)) = headers.last_mut() {
                    v.push(' ');
                    v.push_str(line.trim());
                }
            } else if let Some((name, value)) = line.split_once(':') {
                headers.push((name.trim().to_string(), value.trim().to_string()));
            }
        }
    }
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = io::Result<Item>;

    /// The next record; after an error (bad or truncated input) the stream ends.
    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let next = self.next_item();
        if !matches!(next, Ok(Some(_))) {
            self.done = true;
        }
        next.transpose()
    }
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

fn invalid(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, message)
}

fn truncated(offset: u64) -> io::Error {
    io::Error::new(
        io::ErrorKind::UnexpectedEof,
        format!("the WARC stream ends inside a record at byte {offset}"),
    )
}

/// The HTML page an HTTP response carries: its payload (de-chunked, gunzipped) and the charset
/// its `Content-Type` names. `None` when the response is not HTML.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct HtmlResponse {
    /// The payload bytes.
    pub body: Vec<u8>,
    /// The `charset=` parameter of the HTTP `Content-Type`.
    pub charset: Option<String>,
}

/// Reads the HTTP response in a `response` record's block; `Ok(None)` when it is not HTML.
pub(crate) fn html_response(block: &[u8], max_body: u64) -> Result<Option<HtmlResponse>, String> {
    let Some(end) = memchr::memmem::find(block, b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| memchr::memmem::find(block, b"\n\n").map(|i| (i, i + 2)))
    else {
        return Err("the HTTP response has no end of headers".into());
    };
    let head = String::from_utf8_lossy(&block[..end.0]);
    let mut lines = head.lines();
    if !lines.next().is_some_and(|l| l.starts_with("HTTP/")) {
        return Err("the record holds no HTTP status line".into());
    }
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    let content_type = header(&headers, "Content-Type")
        .unwrap_or("")
        .to_ascii_lowercase();
    let mime = content_type.split(';').next().unwrap_or("").trim();
    if mime != "text/html" && mime != "application/xhtml+xml" {
        return Ok(None);
    }
    let charset = content_type
        .split(';')
        .filter_map(|p| p.trim().strip_prefix("charset="))
        .map(|c| c.trim_matches(['"', '\'', ' ']).to_string())
        .find(|c| !c.is_empty());
    let mut body = block[end.1..].to_vec();
    let chunked = header(&headers, "Transfer-Encoding")
        .is_some_and(|v| v.to_ascii_lowercase().contains("chunked"));
    if chunked {
        body = dechunk(&body);
    }
    match header(&headers, "Content-Encoding")
        .map(|v| v.trim().to_ascii_lowercase())
        .as_deref()
    {
        Some("gzip" | "x-gzip") => {
            body = inflate(flate2::read::MultiGzDecoder::new(&body[..]), max_body)?
        }
        Some("deflate") => body = inflate(flate2::read::ZlibDecoder::new(&body[..]), max_body)?,
        _ => {}
    }
    Ok(Some(HtmlResponse { body, charset }))
}

fn inflate(reader: impl Read, max: u64) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    reader
        .take(max.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| format!("the gzipped HTTP payload does not inflate: {e}"))?;
    if out.len() as u64 > max {
        return Err(format!(
            "the HTTP payload inflates to more than {max} bytes"
        ));
    }
    Ok(out)
}

/// The payload of a chunked transfer; a damaged chunk stream keeps what was read before it.
fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    while let Some(eol) = memchr::memchr(b'\n', body) {
        let size_text = String::from_utf8_lossy(&body[..eol]);
        let size_text = size_text.split(';').next().unwrap_or("").trim();
        let Ok(size) = usize::from_str_radix(size_text, 16) else {
            break;
        };
        body = &body[eol + 1..];
        if size == 0 {
            break;
        }
        let take = size.min(body.len());
        out.extend_from_slice(&body[..take]);
        body = &body[take..];
        body = body
            .strip_prefix(b"\r\n")
            .or_else(|| body.strip_prefix(b"\n"))
            .unwrap_or(body);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn record(kind: &str, id: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Target-URI: http://x.cn/{id}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn read_all(bytes: Vec<u8>, max: u64) -> Vec<Result<String, String>> {
        let reader = open(io::Cursor::new(bytes), max).unwrap();
        reader
            .map(|item| match item {
                Ok(Item::Record(r)) => Ok(r.header("warc-record-id").unwrap_or("").to_string()),
                Ok(Item::TooLarge(_, n)) => Err(format!("too large {n}")),
                Err(e) => Err(e.to_string()),
            })
            .collect()
    }

    const PAGE: &[u8] = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=GBK\r\n\r\n<p>hi</p>";

    #[test]
    fn plain_and_gzipped_members() {
        let mut plain = record("warcinfo", "0", b"software: test\r\n");
        plain.extend(record("response", "1", PAGE));
        let expected = vec![
            Ok("<urn:uuid:0>".to_string()),
            Ok("<urn:uuid:1>".to_string()),
        ];
        assert_eq!(read_all(plain.clone(), 1 << 20), expected);
        let mut gz = Vec::new();
        for r in [
            record("warcinfo", "0", b"software: test\r\n"),
            record("response", "1", PAGE),
        ] {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(&r).unwrap();
            gz.extend(e.finish().unwrap());
        }
        assert_eq!(read_all(gz, 1 << 20), expected);
        assert_eq!(
            read_all(plain, 20),
            vec![
                Ok("<urn:uuid:0>".to_string()),
                Err(format!("too large {}", PAGE.len()))
            ]
        );
    }

    #[test]
    fn truncated_and_garbage_inputs_end_in_one_error() {
        let whole = record("response", "1", PAGE);
        for cut in [10, 60, whole.len() - 8] {
            let got = read_all(whole[..cut].to_vec(), 1 << 20);
            assert_eq!(got.len(), 1, "cut at {cut}: {got:?}");
            assert!(
                got[0]
                    .as_ref()
                    .unwrap_err()
                    .contains("ends inside a record"),
                "{got:?}"
            );
        }
        let got = read_all(b"\x89PNG\r\n\x1a\n garbage".to_vec(), 1 << 20);
        assert_eq!(
            got,
            vec![Err(
                "not a WARC record at byte 0 (no WARC/1.x version line)".to_string()
            )]
        );
        let got = read_all(
            b"WARC/1.0\r\nContent-Length: 99999999999999999999\r\n\r\nx".to_vec(),
            1 << 20,
        );
        assert!(
            got[0]
                .as_ref()
                .unwrap_err()
                .contains("without a valid Content-Length")
        );
        let mut bad_gz = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3];
        bad_gz.extend_from_slice(b"not deflate at all");
        let got = read_all(bad_gz, 1 << 20);
        assert_eq!(got.len(), 1);
        assert!(got[0].is_err());
        assert_eq!(read_all(Vec::new(), 1 << 20), vec![]);
    }

    #[test]
    fn http_payloads() {
        let r = html_response(PAGE, 1 << 20).unwrap().unwrap();
        assert_eq!(
            (r.body.as_slice(), r.charset.as_deref()),
            (&b"<p>hi</p>"[..], Some("gbk"))
        );
        let chunked = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n<p>h\r\n5\r\ni</p>\r\n0\r\n\r\n";
        let r = html_response(chunked, 1 << 20).unwrap().unwrap();
        assert_eq!((r.body.as_slice(), r.charset), (&b"<p>hi</p>"[..], None));
        let image = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG";
        assert_eq!(html_response(image, 1 << 20), Ok(None));
        assert!(html_response(b"garbage", 1 << 20).is_err());
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(&[b'a'; 5000]).unwrap();
        let mut gz =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"
                .to_vec();
        gz.extend(e.finish().unwrap());
        assert_eq!(
            html_response(&gz, 1 << 20).unwrap().unwrap().body.len(),
            5000
        );
        assert!(
            html_response(&gz, 100)
                .unwrap_err()
                .contains("more than 100 bytes")
        );
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_end_without_panic(bytes: Vec<u8>, cut in 0usize..600, flip in 0usize..600, to: u8) {
            // Arbitrary bytes, and a valid plain and gzipped WARC cut and damaged anywhere.
            let _ = read_all(bytes.clone(), 1 << 16);
            let _ = html_response(&bytes, 1 << 16);
            let mut whole = record("response", "1", PAGE);
            whole.extend(record("response", "2", PAGE));
            if let Some(b) = whole.get_mut(flip) {
                *b = to;
            }
            whole.truncate(cut.min(whole.len()));
            let got = read_all(whole.clone(), 1 << 16);
            // At most the two records, and an error only as the last item.
            let oks = got.iter().filter(|r| r.is_ok()).count();
            proptest::prop_assert!(oks <= 2);
            proptest::prop_assert!(got.iter().rev().skip(1).all(|r| r.is_ok()));
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(&whole).unwrap();
            let mut gz = e.finish().unwrap();
            let at = flip % gz.len().max(1);
            if let Some(b) = gz.get_mut(at) {
                *b ^= to;
            }
            let _ = read_all(gz, 1 << 16);
        }
    }
}
