//! How a web archive (WARC) reads: record by record, no record beyond the byte limit; each
//! HTTP 2xx response holding HTML is a page; where a broken or truncated archive stops.

use std::io::{BufRead, Read};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use super::bytes::read_limited;
use super::unit::{HtmlUnit, Unit};
use super::{ErrorKind, ReadError, ReadOptions};
use crate::html;

/// A reader that refuses to go on once `used` passes `limit`: no archive record (nor a
/// malformed header without end) is read into memory beyond the limit.
struct Budget {
    inner: Box<dyn BufRead + Send>,
    used: Arc<AtomicU64>,
    limit: u64,
}

impl Budget {
    fn check(&self) -> std::io::Result<()> {
        if self.used.load(Ordering::Relaxed) > self.limit {
            Err(std::io::Error::other(format!(
                "a record is over the {}-byte limit (raise it with --max-bytes)",
                self.limit
            )))
        } else {
            Ok(())
        }
    }
}

impl Read for Budget {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.check()?;
        let n = self.inner.read(buf)?;
        self.used.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

impl BufRead for Budget {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.check()?;
        self.inner.fill_buf()
    }
    fn consume(&mut self, amt: usize) {
        self.used.fetch_add(amt as u64, Ordering::Relaxed);
        self.inner.consume(amt);
    }
}

/// A web archive read record by record: each HTTP response whose body is HTML is a page.
pub(super) struct WarcRecords {
    path: String,
    stem: String,
    records: warc::RawRecordIter<Budget>,
    used: Arc<AtomicU64>,
    record: usize,
    /// Documents per id so far, to keep ids unique within the archive.
    pages: usize,
}

impl WarcRecords {
    pub(super) fn new(
        path: String,
        stem: String,
        reader: Box<dyn BufRead + Send>,
        max: u64,
    ) -> WarcRecords {
        let used = Arc::new(AtomicU64::new(0));
        let budget = Budget {
            inner: reader,
            used: used.clone(),
            // the record's WARC and HTTP headers come on top of the page
            limit: max.saturating_add(1 << 16),
        };
        WarcRecords {
            path,
            stem,
            records: warc::WarcReader::new(budget).iter_raw_records(),
            used,
            record: 0,
            pages: 0,
        }
    }

    /// The next HTML page; `None` at the end of the archive or after an error it cannot read past.
    pub(super) fn next_unit(&mut self, opts: &ReadOptions) -> Option<Unit> {
        loop {
            self.used.store(0, Ordering::Relaxed);
            self.record += 1;
            let record = self.record;
            let next =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.records.next()));
            let err = |e: String| {
                Some(Unit::Ready(Err(ReadError {
                    path: self.path.clone(),
                    line: None,
                    kind: ErrorKind::Warc(format!("record {record}: {e}")),
                })))
            };
            let rec = match next {
                Err(_) => {
                    self.records = warc::WarcReader::new(Budget {
                        inner: Box::new(std::io::empty()),
                        used: self.used.clone(),
                        limit: 0,
                    })
                    .iter_raw_records();
                    return err("the archive reader failed; the rest of the file is skipped".into());
                }
                Ok(None) => {
                    if self.used.load(Ordering::Relaxed) > 0 {
                        return err("the file ends inside this record (truncated?)".into());
                    }
                    if record == 1 {
                        return Some(Unit::Ready(Err(ReadError {
                            path: self.path.clone(),
                            line: None,
                            kind: ErrorKind::Empty,
                        })));
                    }
                    return None;
                }
                Ok(Some(Ok(r))) => r,
                Ok(Some(Err(e))) => {
                    let msg = match &e {
                        warc::Error::ReadData(io) => io.to_string(),
                        other => other.to_string().trim_end_matches('.').to_string(),
                    };
                    // the stream's position is lost: nothing after this can be read
                    self.records = warc::WarcReader::new(Budget {
                        inner: Box::new(std::io::empty()),
                        used: self.used.clone(),
                        limit: 0,
                    })
                    .iter_raw_records();
                    return err(format!("{msg}; the rest of the file is skipped"));
                }
            };
            // Raw headers, read here: the crate's typed accessors panic on a header value
            // that is not UTF-8 (found by fuzzing).
            let (head, body) = rec;
            let field = |h: warc::WarcHeader| {
                head.headers
                    .get(&h)
                    .map(|v| String::from_utf8_lossy(v).trim().to_string())
            };
            if !field(warc::WarcHeader::WarcType)
                .is_some_and(|t| t.eq_ignore_ascii_case("response"))
            {
                continue;
            }
            let target = field(warc::WarcHeader::TargetURI)
                .map(|t| t.trim_matches(['<', '>']).to_string())
                .filter(|t| !t.is_empty());
            let crawl_date = field(warc::WarcHeader::Date).and_then(|d| html::parse_date(&d));
            let Some(body) = http_html_body(&body, opts.max_bytes) else {
                continue;
            };
            self.pages += 1;
            let id = target
                .clone()
                .unwrap_or_else(|| format!("{}:{}", self.stem, self.pages));
            return Some(Unit::Html(HtmlUnit {
                bytes: body,
                id,
                shown: self.path.clone(),
                url: target,
                crawl_date,
                default_date: opts.date,
                record: Some(record),
            }));
        }
    }
}

/// The body of an HTTP response that holds a web page: status 2xx, an HTML content type (or,
/// without one, a body that starts like HTML), chunked transfer and gzip or deflate encoding
/// undone (each bounded by `max`). `None` for anything else.
fn http_html_body(payload: &[u8], max: u64) -> Option<Vec<u8>> {
    let head_end = memchr::memmem::find(payload, b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| memchr::memmem::find(payload, b"\n\n").map(|i| (i, i + 2)))?;
    let head = String::from_utf8_lossy(&payload[..head_end.0]);
    let mut lines = head.lines();
    let status = lines.next()?;
    let mut parts = status.split_whitespace();
    if !parts.next()?.starts_with("HTTP/") {
        return None;
    }
    if !parts.next()?.starts_with('2') {
        return None;
    }
    let (mut content_type, mut chunked, mut encoding) = (None, false, None);
    for line in lines {
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        let v = v.trim().to_ascii_lowercase();
        match k.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = Some(v),
            "transfer-encoding" => chunked = v.contains("chunked"),
            "content-encoding" => encoding = Some(v),
            _ => {}
        }
    }
    let mut body = payload[head_end.1..].to_vec();
    if chunked {
        body = dechunk(&body)?;
    }
    match encoding.as_deref() {
        Some("gzip" | "x-gzip") => {
            body = read_limited(Ok(flate2::read::MultiGzDecoder::new(&body[..])), max).ok()?
        }
        Some("deflate") => {
            body = read_limited(Ok(flate2::read::ZlibDecoder::new(&body[..])), max).ok()?
        }
        Some("identity") | None => {}
        Some(_) => return None,
    }
    let is_html = match &content_type {
        Some(t) => t.contains("html"),
        None => html::looks_like_html(&body),
    };
    is_html.then_some(body)
}

/// Undoes HTTP chunked transfer encoding; `None` where the chunks do not add up.
fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    loop {
        let eol = memchr::memmem::find(b, b"\r\n")?;
        let size_text = std::str::from_utf8(&b[..eol]).ok()?;
        let size_text = size_text.split(';').next()?.trim();
        let size = usize::from_str_radix(size_text, 16).ok()?;
        b = &b[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(b.get(..size)?);
        b = b.get(size..)?;
        b = b.strip_prefix(b"\r\n").unwrap_or(b);
    }
}
