//! Turns command-line inputs (files, directories, stdin) into [`Document`]s: dated text, JSON
//! lines, web pages (HTML, by [`crate::html`]), RSS and Atom feeds (one document per item) and
//! web archives (`.warc`, `.warc.gz`: one document per HTML response, read record by record).
//!
//! Main types: [`Inputs`] (a streaming iterator over everything named on the command
//! line), [`Unit`] (one input read but not yet converted: the costly HTML step can run on any
//! thread, see [`Inputs::next_unit`]), [`ReadOptions`], [`ReadDoc`] (a document plus what
//! reading noticed) and [`ReadError`] (one bad input, naming the file and what is wrong). A
//! bad input never stops the batch: the iterator yields its error and goes on. Memory is
//! bounded by one input (`max_bytes`: a file, a JSON line, a feed, one archive record) however
//! many documents are read.
//!
//! ```no_run
//! use floorcross_text::read::{Inputs, ReadOptions};
//! for item in Inputs::new(&["articles/".to_string()], ReadOptions::default()) {
//!     match item {
//!         Ok(read) => println!("{} {:?}", read.doc.id, read.doc.date),
//!         Err(e) => eprintln!("error: {e}"),
//!     }
//! }
//! ```

use std::collections::VecDeque;
use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use floorcross_model::{document_date, Date, Diagnostic, Document, Span};

use crate::html;

/// The largest input read by default: 16 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 16 * 1024 * 1024;

/// How to read.
#[derive(Clone, Debug)]
pub struct ReadOptions {
    /// A text file, or a JSON line, larger than this is refused.
    pub max_bytes: u64,
    /// The date given to documents that carry none (`--date`).
    pub date: Option<Date>,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            max_bytes: DEFAULT_MAX_BYTES,
            date: None,
        }
    }
}

/// A document as read, with anything reading repaired along the way.
#[derive(Clone, Debug)]
pub struct ReadDoc {
    pub doc: Document,
    pub diagnostics: Vec<Diagnostic>,
}

/// Why one input could not be read.
#[derive(Debug)]
pub enum ErrorKind {
    Io(std::io::Error),
    /// A NUL byte: this is not text.
    Binary {
        offset: usize,
    },
    TooLarge {
        size: u64,
        limit: u64,
    },
    Empty,
    Json(String),
    MissingField(&'static str),
    BadDate(String),
    /// A web page that could not be read (or held no text).
    Html(String),
    /// An RSS or Atom feed that could not be parsed, or an item without text.
    Feed(String),
    /// A web archive that could not be read on from here.
    Warc(String),
}

/// One input that could not be read: the file (and line, for JSON lines) and what is wrong.
#[derive(Debug)]
pub struct ReadError {
    pub path: String,
    pub line: Option<usize>,
    pub kind: ErrorKind,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        match &self.kind {
            ErrorKind::Io(e) => write!(f, ": cannot read: {e}"),
            ErrorKind::Binary { offset } => {
                write!(f, ": binary file (NUL byte at offset {offset}), not read")
            }
            ErrorKind::TooLarge { size, limit } => write!(
                f,
                ": {size} bytes is over the {limit}-byte limit (raise it with --max-bytes)"
            ),
            ErrorKind::Empty => write!(f, ": empty, nothing to read"),
            ErrorKind::Json(e) => write!(f, ": invalid JSON: {e}"),
            ErrorKind::MissingField(name) => write!(f, ": missing string field \"{name}\""),
            ErrorKind::BadDate(d) => write!(
                f,
                ": unknown date format {d:?} (expected YYYY-MM-DD or an ISO 8601 date-time)"
            ),
            ErrorKind::Html(e) => write!(f, ": web page: {e}"),
            ErrorKind::Feed(e) => write!(f, ": feed: {e}"),
            ErrorKind::Warc(e) => write!(f, ": web archive: {e}"),
        }
    }
}

impl std::error::Error for ReadError {}

enum Pending {
    Path(PathBuf, String),
    Stdin,
}

struct JsonLines {
    path: String,
    stem: String,
    reader: Box<dyn BufRead + Send>,
    line_no: usize,
}

/// What kind of input a file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text, dated by a `date YYYY-MM-DD` first line.
    Text,
    JsonLines,
    Html,
    /// RSS (0.9x, 1.0, 2.0) or Atom.
    Feed,
    Warc,
    /// A gzip-compressed web archive (`.warc.gz`).
    WarcGz,
}

/// The format a file's name gives: `None` where the name does not say (no extension, `.txt`
/// or anything else), and the first bytes decide ([`sniff`]).
pub fn format_of_name(path: &Path) -> Option<Format> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    let ext = name.rsplit_once('.').map(|(_, e)| e)?;
    Some(match ext {
        "jsonl" | "ndjson" => Format::JsonLines,
        "html" | "htm" | "xhtml" => Format::Html,
        "rss" | "atom" | "xml" => Format::Feed,
        "warc" => Format::Warc,
        "gz" if name.ends_with(".warc.gz") => Format::WarcGz,
        _ => return None,
    })
}

/// The format the first bytes of an input suggest: a WARC version line, an HTML page, an RSS,
/// RDF or Atom root element, JSON lines (`{`), else text.
pub fn sniff(bytes: &[u8]) -> Format {
    let b = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let b = &b[start..];
    if b.starts_with(b"WARC/") {
        return Format::Warc;
    }
    if html::looks_like_html(b) {
        return Format::Html;
    }
    if b.starts_with(b"<") {
        let head = &b[..b.len().min(4096)];
        if [&b"<rss"[..], b"<feed", b"<rdf:RDF"]
            .iter()
            .any(|tag| memchr::memmem::find(head, tag).is_some())
        {
            return Format::Feed;
        }
    }
    if b.starts_with(b"{") {
        return Format::JsonLines;
    }
    Format::Text
}

/// One input read but not yet turned into a document. A web page is parsed only in
/// [`Unit::finish`], so a caller may finish units on several threads; everything else is
/// ready already.
pub enum Unit {
    Ready(Result<ReadDoc, ReadError>),
    Html(HtmlUnit),
}

/// A web page waiting to be read.
pub struct HtmlUnit {
    bytes: Vec<u8>,
    id: String,
    shown: String,
    /// Where it was fetched from (a WARC record's target).
    url: Option<String>,
    /// The WARC-Date of the capture, for a page that carries no date of its own.
    crawl_date: Option<Date>,
    default_date: Option<Date>,
    /// The record, in a web archive: shown in messages.
    record: Option<usize>,
}

impl Unit {
    /// The document (or the error) this unit reads as.
    pub fn finish(self) -> Result<ReadDoc, ReadError> {
        match self {
            Unit::Ready(r) => r,
            Unit::Html(h) => h.finish(),
        }
    }
}

impl HtmlUnit {
    fn finish(self) -> Result<ReadDoc, ReadError> {
        let record = self.record;
        let err = |e: String| ReadError {
            path: self.shown.clone(),
            line: None,
            kind: ErrorKind::Html(match record {
                Some(r) => format!("record {r}: {e}"),
                None => e,
            }),
        };
        let (source, mut diagnostics) = decode(self.bytes);
        for d in &mut diagnostics {
            // the offset is into the page's bytes, not the text read from it
            d.offset = None;
            d.message = format!("in the page: {}", d.message);
        }
        let page = html::read_html(&source, self.url.as_deref()).map_err(err)?;
        drop(source);
        let date = match (page.date, self.crawl_date) {
            (Some(d), _) => Some(d),
            (None, Some(crawl)) => {
                diagnostics.push(Diagnostic::note(
                    "date-from-crawl",
                    format!("the page carries no date: dated by its capture (WARC-Date) {crawl}"),
                ));
                Some(crawl)
            }
            (None, None) => self.default_date,
        };
        // A page is known by its canonical URL where it gives one: saved pages are often all
        // called `index.html`, and the same article saved twice is one document.
        let id = match &page.url {
            Some(u) if self.url.as_ref() != Some(u) => u.clone(),
            _ => self.id,
        };
        let doc = Document {
            id,
            path: Some(self.shown.clone()),
            date,
            title: page.title,
            title_span: page.title_span,
            url: page.url,
            byline: page.byline,
            text: page.text,
        };
        Ok(ReadDoc { doc, diagnostics })
    }
}

/// Everything named on a command line, read lazily one document at a time.
///
/// Directories are walked recursively in sorted order (hidden entries skipped; inside a
/// directory only `.txt`, `.jsonl`, `.ndjson`, `.html`, `.htm`, `.xhtml`, `.rss`, `.atom`,
/// `.xml`, `.warc`, `.warc.gz` and extension-less files are read). Files named explicitly are
/// always read; where the name does not give the format the first bytes do ([`sniff`]). `-` is
/// standard input, sniffed the same way.
pub struct Inputs {
    opts: ReadOptions,
    pending: VecDeque<Pending>,
    jsonl: Option<JsonLines>,
    warc: Option<WarcRecords>,
    ready: VecDeque<Unit>,
}

impl Inputs {
    pub fn new(args: &[String], opts: ReadOptions) -> Inputs {
        let pending = args
            .iter()
            .map(|a| {
                if a == "-" {
                    Pending::Stdin
                } else {
                    Pending::Path(PathBuf::from(a), a.clone())
                }
            })
            .collect();
        Inputs {
            opts,
            pending,
            jsonl: None,
            warc: None,
            ready: VecDeque::new(),
        }
    }

    /// The next input, read but (for a web page) not yet parsed: finish it with
    /// [`Unit::finish`], on any thread. The documents come in the same order as from the
    /// iterator.
    pub fn next_unit(&mut self) -> Option<Unit> {
        loop {
            if let Some(u) = self.ready.pop_front() {
                return Some(u);
            }
            if self.jsonl.is_some() {
                if let Some(item) = self.next_json_line() {
                    return Some(Unit::Ready(item));
                }
                continue;
            }
            if let Some(w) = self.warc.as_mut() {
                match w.next_unit(&self.opts) {
                    Some(u) => return Some(u),
                    None => {
                        self.warc = None;
                        continue;
                    }
                }
            }
            match self.pending.pop_front()? {
                Pending::Stdin => {
                    if let Some(u) = self.read_stdin() {
                        return Some(u);
                    }
                }
                Pending::Path(path, shown) => {
                    if let Some(u) = self.read_path(path, shown) {
                        return Some(u);
                    }
                }
            }
        }
    }
}

/// Reads one in-memory input of a known format (`None`: by its first bytes, as for standard
/// input) as every document it holds, finished. The entry point the fuzz targets and their
/// corpus replay share with the file readers.
pub fn read_bytes(
    bytes: Vec<u8>,
    format: Option<Format>,
    opts: ReadOptions,
) -> Vec<Result<ReadDoc, ReadError>> {
    let mut inputs = Inputs::new(&[], opts);
    let format = format.unwrap_or_else(|| sniff(&bytes));
    let first = if bytes.len() as u64 > inputs.opts.max_bytes {
        Some(Unit::Ready(Err(ReadError {
            path: "-".into(),
            line: None,
            kind: ErrorKind::TooLarge {
                size: bytes.len() as u64,
                limit: inputs.opts.max_bytes,
            },
        })))
    } else {
        inputs.whole(bytes, format, "bytes".into(), "-".into())
    };
    first
        .into_iter()
        .chain(std::iter::from_fn(|| inputs.next_unit()))
        .map(Unit::finish)
        .collect()
}

impl Inputs {
    /// Reads one named path: a directory queues its entries, a JSON lines file or web archive
    /// starts streaming, anything else is read whole.
    fn read_path(&mut self, path: PathBuf, shown: String) -> Option<Unit> {
        let io_err = |e| ReadError {
            path: shown.clone(),
            line: None,
            kind: ErrorKind::Io(e),
        };
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => return Some(Unit::Ready(Err(io_err(e)))),
        };
        if meta.is_dir() {
            return self
                .expand_dir(&path, &shown)
                .err()
                .map(|e| Unit::Ready(Err(e)));
        }
        let stem = file_stem(&path);
        let format = format_of_name(&path);
        match format {
            Some(Format::JsonLines) => match File::open(&path) {
                Ok(f) => {
                    self.jsonl = Some(JsonLines {
                        path: shown,
                        stem,
                        reader: Box::new(BufReader::with_capacity(1 << 16, f)),
                        line_no: 0,
                    });
                    return None;
                }
                Err(e) => return Some(Unit::Ready(Err(io_err(e)))),
            },
            Some(f @ (Format::Warc | Format::WarcGz)) => {
                let opened = File::open(&path).map(|file| {
                    let raw = BufReader::with_capacity(1 << 16, file);
                    if f == Format::WarcGz {
                        Box::new(BufReader::with_capacity(
                            1 << 16,
                            flate2::read::MultiGzDecoder::new(raw),
                        )) as Box<dyn BufRead + Send>
                    } else {
                        Box::new(raw) as Box<dyn BufRead + Send>
                    }
                });
                match opened {
                    Ok(reader) => {
                        self.warc =
                            Some(WarcRecords::new(shown, stem, reader, self.opts.max_bytes));
                        return None;
                    }
                    Err(e) => return Some(Unit::Ready(Err(io_err(e)))),
                }
            }
            _ => {}
        }
        if meta.len() > self.opts.max_bytes {
            return Some(Unit::Ready(Err(ReadError {
                path: shown,
                line: None,
                kind: ErrorKind::TooLarge {
                    size: meta.len(),
                    limit: self.opts.max_bytes,
                },
            })));
        }
        let bytes = match read_limited_sized(File::open(&path), self.opts.max_bytes, meta.len()) {
            Ok(b) => b,
            Err(kind) => {
                return Some(Unit::Ready(Err(ReadError {
                    path: shown,
                    line: None,
                    kind,
                })))
            }
        };
        let format = match format {
            Some(f) => f,
            // a .txt file or a file without extension: JSON lines only by name
            None => match sniff(&bytes) {
                Format::JsonLines => Format::Text,
                f => f,
            },
        };
        self.whole(bytes, format, stem, shown)
    }

    /// A whole input in memory, of a known format.
    fn whole(
        &mut self,
        bytes: Vec<u8>,
        format: Format,
        stem: String,
        shown: String,
    ) -> Option<Unit> {
        match format {
            Format::Text => Some(Unit::Ready(text_document(bytes, stem, shown, &self.opts))),
            Format::Html => {
                if bytes.iter().all(|b| b.is_ascii_whitespace()) {
                    return Some(Unit::Ready(Err(ReadError {
                        path: shown,
                        line: None,
                        kind: ErrorKind::Empty,
                    })));
                }
                Some(Unit::Html(HtmlUnit {
                    bytes,
                    id: stem,
                    shown,
                    url: None,
                    crawl_date: None,
                    default_date: self.opts.date,
                    record: None,
                }))
            }
            Format::Feed => {
                self.ready.extend(
                    feed_documents(&bytes, &stem, &shown, self.opts.date)
                        .into_iter()
                        .map(Unit::Ready),
                );
                self.ready.pop_front()
            }
            Format::Warc | Format::WarcGz => {
                let reader: Box<dyn BufRead + Send> = if format == Format::WarcGz {
                    Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(
                        std::io::Cursor::new(bytes),
                    )))
                } else {
                    Box::new(std::io::Cursor::new(bytes))
                };
                self.warc = Some(WarcRecords::new(shown, stem, reader, self.opts.max_bytes));
                None
            }
            Format::JsonLines => {
                self.jsonl = Some(JsonLines {
                    path: shown,
                    stem,
                    reader: Box::new(std::io::Cursor::new(bytes)),
                    line_no: 0,
                });
                None
            }
        }
    }

    fn next_json_line(&mut self) -> Option<Result<ReadDoc, ReadError>> {
        let max = self.opts.max_bytes;
        let date = self.opts.date;
        let jl = self.jsonl.as_mut()?;
        loop {
            jl.line_no += 1;
            let mut buf = Vec::new();
            let read = (&mut jl.reader).take(max + 1).read_until(b'\n', &mut buf);
            let line_no = jl.line_no;
            let err = |kind| ReadError {
                path: jl.path.clone(),
                line: Some(line_no),
                kind,
            };
            match read {
                Err(e) => {
                    let e = err(ErrorKind::Io(e));
                    self.jsonl = None;
                    return Some(Err(e));
                }
                Ok(0) => {
                    self.jsonl = None;
                    return None;
                }
                Ok(_) => {}
            }
            if buf.len() as u64 > max && buf.last() != Some(&b'\n') {
                // Skip the rest of the over-long line, then report it.
                let mut skipped = buf.len() as u64;
                loop {
                    let mut rest = Vec::new();
                    match (&mut jl.reader).take(1 << 20).read_until(b'\n', &mut rest) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => {
                            skipped += n as u64;
                            if rest.last() == Some(&b'\n') {
                                break;
                            }
                        }
                    }
                }
                return Some(Err(err(ErrorKind::TooLarge {
                    size: skipped,
                    limit: max,
                })));
            }
            if buf.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            if let Some(offset) = memchr::memchr(0, &buf) {
                return Some(Err(err(ErrorKind::Binary { offset })));
            }
            let (line, mut diagnostics) = decode(buf);
            let doc = parse_json_doc(&line, &jl.stem, line_no, &jl.path, date);
            return Some(match doc {
                Ok(doc) => {
                    for d in &mut diagnostics {
                        d.message = format!("line {line_no}: {}", d.message);
                    }
                    Ok(ReadDoc { doc, diagnostics })
                }
                Err(kind) => Err(err(kind)),
            });
        }
    }

    fn expand_dir(&mut self, dir: &Path, shown: &str) -> Result<(), ReadError> {
        let entries = std::fs::read_dir(dir).map_err(|e| ReadError {
            path: shown.to_string(),
            line: None,
            kind: ErrorKind::Io(e),
        })?;
        let mut found: Vec<(PathBuf, String)> = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let path = entry.path();
            let is_dir = path.is_dir();
            if !is_dir && !readable_in_dir(&path) {
                continue;
            }
            let shown_child = Path::new(shown).join(&name).to_string_lossy().into_owned();
            found.push((path, shown_child));
        }
        found.sort();
        for (p, s) in found.into_iter().rev() {
            self.pending.push_front(Pending::Path(p, s));
        }
        Ok(())
    }
}

fn readable_in_dir(path: &Path) -> bool {
    match path.extension().and_then(|e| e.to_str()) {
        None => true,
        Some("txt") => true,
        Some(_) => format_of_name(path).is_some(),
    }
}

impl Iterator for Inputs {
    type Item = Result<ReadDoc, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_unit().map(Unit::finish)
    }
}

impl Inputs {
    fn read_stdin(&mut self) -> Option<Unit> {
        let bytes = match read_limited(Ok(std::io::stdin().lock()), self.opts.max_bytes) {
            Ok(b) => b,
            Err(kind) => {
                return Some(Unit::Ready(Err(ReadError {
                    path: "-".into(),
                    line: None,
                    kind,
                })))
            }
        };
        let mut format = sniff(&bytes);
        if format == Format::Text && bytes.starts_with(&[0x1f, 0x8b]) {
            format = Format::WarcGz;
        }
        if format == Format::JsonLines {
            self.jsonl = Some(JsonLines {
                path: "-".into(),
                stem: "stdin".into(),
                reader: Box::new(std::io::Cursor::new(bytes)),
                line_no: 0,
            });
            return match self.next_json_line() {
                Some(r) => Some(Unit::Ready(r)),
                None => Some(Unit::Ready(Err(ReadError {
                    path: "-".into(),
                    line: None,
                    kind: ErrorKind::Empty,
                }))),
            };
        }
        self.whole(bytes, format, "stdin".into(), "-".into())
    }
}

fn read_limited<R: Read>(src: std::io::Result<R>, max: u64) -> Result<Vec<u8>, ErrorKind> {
    read_limited_sized(src, max, 0)
}

/// [`read_limited`] into a buffer sized for `expected` bytes (a file's length), so a large
/// file is not held in a buffer grown to twice its size.
fn read_limited_sized<R: Read>(
    src: std::io::Result<R>,
    max: u64,
    expected: u64,
) -> Result<Vec<u8>, ErrorKind> {
    let src = src.map_err(ErrorKind::Io)?;
    let mut bytes = Vec::with_capacity(expected.min(max) as usize + 1);
    src.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(ErrorKind::Io)?;
    if bytes.len() as u64 > max {
        return Err(ErrorKind::TooLarge {
            size: bytes.len() as u64,
            limit: max,
        });
    }
    Ok(bytes)
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Decodes bytes as UTF-8, replacing invalid sequences and saying where the first was.
fn decode(bytes: Vec<u8>) -> (String, Vec<Diagnostic>) {
    match String::from_utf8(bytes) {
        Ok(s) => (s, Vec::new()),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let s = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let d = Diagnostic::warning(
                "lossy-utf8",
                format!("invalid UTF-8 at byte {at}; decoded with U+FFFD replacement characters"),
            )
            .at(at);
            (s, vec![d])
        }
    }
}

fn text_document(
    bytes: Vec<u8>,
    id: String,
    shown: String,
    opts: &ReadOptions,
) -> Result<ReadDoc, ReadError> {
    let err = |kind| ReadError {
        path: shown.clone(),
        line: None,
        kind,
    };
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err(err(ErrorKind::Binary { offset }));
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(err(ErrorKind::Empty));
    }
    let (text, diagnostics) = decode(bytes);
    let header = parse_header(&text).map_err(err)?;
    let (date, title_span) = match header {
        Some(h) => (Some(h.date), h.title),
        // a page saved as text: its "PUBLISHED: …" stamp
        None => (html::stamp_date(&text), first_line(&text)),
    };
    let title = title_span.map(|s| s.slice(&text).to_string());
    let doc = Document {
        id,
        path: Some(shown.clone()),
        date: date.or(opts.date),
        title,
        title_span,
        url: None,
        byline: None,
        text,
    };
    Ok(ReadDoc { doc, diagnostics })
}

/// The `[spaces]date YYYY-MM-DD[ headline]` first line of a dated text file.
pub struct Header {
    pub date: Date,
    /// Where the date token (`date YYYY-MM-DD`) sits.
    pub date_span: Span,
    /// Where the headline sits, if the line has one.
    pub title: Option<Span>,
}

/// Reads the dated header line, if the text starts with one. A first line that starts with
/// `date ` but does not carry a valid date is an error, not a headline.
pub fn parse_header(text: &str) -> Result<Option<Header>, ErrorKind> {
    let line_end = text.find('\n').unwrap_or(text.len());
    let line = &text[..line_end];
    let lead = line.len() - line.trim_start().len();
    let Some(rest) = line[lead..].strip_prefix("date ") else {
        return Ok(None);
    };
    let token = rest.split_whitespace().next().unwrap_or("");
    let date = document_date(token).ok_or_else(|| ErrorKind::BadDate(token.to_string()))?;
    let token_end = lead + 5 + (rest.len() - rest.trim_start().len()) + token.len();
    let after = &line[token_end..];
    let title_start = token_end + (after.len() - after.trim_start().len());
    let title_end = line.trim_end().len().max(title_start);
    let title = (title_end > title_start).then(|| Span::new(title_start, title_end));
    Ok(Some(Header {
        date,
        date_span: Span::new(lead, token_end),
        title,
    }))
}

fn first_line(text: &str) -> Option<Span> {
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let start = pos + (line.len() - line.trim_start().len());
            return Some(Span::new(start, start + trimmed.len()));
        }
        pos += line.len();
    }
    None
}

fn parse_json_doc(
    line: &str,
    stem: &str,
    line_no: usize,
    path: &str,
    default_date: Option<Date>,
) -> Result<Document, ErrorKind> {
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| ErrorKind::Json(e.to_string()))?;
    let obj = value
        .as_object()
        .ok_or_else(|| ErrorKind::Json("expected an object".into()))?;
    let text = obj
        .get("text")
        .and_then(|v| v.as_str())
        .ok_or(ErrorKind::MissingField("text"))?;
    let id = match obj.get("id") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => format!("{stem}:{line_no}"),
    };
    let date = match obj.get("date") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) if s.trim().is_empty() => None,
        Some(serde_json::Value::String(s)) => {
            Some(document_date(s).ok_or_else(|| ErrorKind::BadDate(s.clone()))?)
        }
        Some(other) => return Err(ErrorKind::BadDate(other.to_string())),
    };
    let str_field = |k: &str| obj.get(k).and_then(|v| v.as_str()).map(str::to_string);
    Ok(Document {
        id,
        path: Some(path.to_string()),
        date: date.or(default_date),
        title: str_field("title"),
        title_span: None,
        url: str_field("url"),
        byline: str_field("byline"),
        text: text.to_string(),
    })
}

/// One document per feed item: the title line, a blank line, then the content (else the
/// description) as text; the item's publication date (else its update date); its link as `url`;
/// its id (the `guid`, else the link) as the document id.
fn feed_documents(
    bytes: &[u8],
    stem: &str,
    shown: &str,
    default_date: Option<Date>,
) -> Vec<Result<ReadDoc, ReadError>> {
    let err = |line: Option<usize>, e: String| ReadError {
        path: shown.to_string(),
        line,
        kind: ErrorKind::Feed(e),
    };
    let parsed = std::panic::catch_unwind(|| feed_rs::parser::parse(bytes));
    let feed = match parsed {
        Ok(Ok(feed)) => feed,
        Ok(Err(e)) => return vec![Err(err(None, e.to_string()))],
        Err(_) => return vec![Err(err(None, "the feed parser failed on this file".into()))],
    };
    if feed.entries.is_empty() {
        return vec![Err(ReadError {
            path: shown.to_string(),
            line: None,
            kind: ErrorKind::Empty,
        })];
    }
    let mut out = Vec::with_capacity(feed.entries.len());
    for (n, entry) in feed.entries.into_iter().enumerate() {
        let item = n + 1;
        let title = entry
            .title
            .map(|t| html::fragment_text(&t.content).replace('\n', " "))
            .filter(|t| !t.trim().is_empty());
        let body = entry
            .content
            .and_then(|c| c.body)
            .filter(|b| !b.trim().is_empty())
            .or_else(|| entry.summary.map(|s| s.content))
            .map(|b| html::fragment_text(&b))
            .unwrap_or_default();
        if title.is_none() && body.trim().is_empty() {
            out.push(Err(err(None, format!("item {item} has no text"))));
            continue;
        }
        let mut text = String::with_capacity(body.len() + 128);
        let mut title_span = None;
        if let Some(t) = &title {
            text.push_str(t);
            title_span = Some(Span::new(0, t.len()));
            text.push_str("\n\n");
        }
        text.push_str(&body);
        text.push('\n');
        let date = entry
            .published
            .or(entry.updated)
            .and_then(|d| document_date(&d.to_rfc3339()));
        let url = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or(entry.links.first())
            .map(|l| l.href.clone());
        let byline = entry
            .authors
            .iter()
            .filter_map(|a| a.name.as_deref().map(str::trim))
            .filter(|a| !a.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        let id = if !entry.id.trim().is_empty() {
            entry.id.trim().to_string()
        } else if let Some(u) = &url {
            u.clone()
        } else {
            format!("{stem}:{item}")
        };
        out.push(Ok(ReadDoc {
            doc: Document {
                id,
                path: Some(shown.to_string()),
                date: date.or(default_date),
                title,
                title_span,
                url,
                byline: (!byline.is_empty()).then_some(byline),
                text,
            },
            diagnostics: Vec::new(),
        }));
    }
    out
}

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
struct WarcRecords {
    path: String,
    stem: String,
    records: warc::RawRecordIter<Budget>,
    used: Arc<AtomicU64>,
    record: usize,
    /// Documents per id so far, to keep ids unique within the archive.
    pages: usize,
}

impl WarcRecords {
    fn new(path: String, stem: String, reader: Box<dyn BufRead + Send>, max: u64) -> WarcRecords {
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
    fn next_unit(&mut self, opts: &ReadOptions) -> Option<Unit> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_gives_date_and_headline_span() {
        let text = " date 2019-02-12 South Cambs MP defects\n\nBody.";
        let h = parse_header(text).unwrap().unwrap();
        assert_eq!(h.date.to_string(), "2019-02-12");
        assert_eq!(h.title.unwrap().slice(text), "South Cambs MP defects");
        assert_eq!(h.date_span.slice(text), "date 2019-02-12");
    }

    #[test]
    fn header_with_bad_date_is_an_error() {
        assert!(
            matches!(parse_header("date 12/02/2019 Headline\n"), Err(ErrorKind::BadDate(d)) if d == "12/02/2019")
        );
    }

    #[test]
    fn a_text_page_without_a_header_is_dated_by_its_stamp() {
        let text = "Tory MP quits\n\nPUBLISHED: 10:22, 14 March 2013 | UPDATED: 11:05, 15 March 2013\n\nBody.";
        let opts = ReadOptions {
            date: document_date("2020-01-01"),
            ..ReadOptions::default()
        };
        let read =
            text_document(text.as_bytes().to_vec(), "p".into(), "p.txt".into(), &opts).unwrap();
        assert_eq!(
            read.doc.date.map(|d| d.to_string()).as_deref(),
            Some("2013-03-14")
        );
        // with neither header nor stamp, the default date
        let read = text_document(
            b"Headline\n\nBody.".to_vec(),
            "p".into(),
            "p.txt".into(),
            &opts,
        )
        .unwrap();
        assert_eq!(
            read.doc.date.map(|d| d.to_string()).as_deref(),
            Some("2020-01-01")
        );
    }

    #[test]
    fn plain_first_line_is_no_header() {
        assert!(parse_header("Conservative MP defects to Labour\n\nText")
            .unwrap()
            .is_none());
    }

    #[test]
    fn iso_datetimes_give_their_london_date() {
        let cases = [
            ("2019-02-12T23:30:00Z", "2019-02-12"),
            // Summer time: half past eleven UTC is already the next day in London.
            ("2019-06-12T23:30:00Z", "2019-06-13"),
            ("2019-06-12T23:30:00+01:00", "2019-06-12"),
            // The clocks went forward at 01:00 UTC on 31 March 2019.
            ("2019-03-30T23:59:00-05:00", "2019-03-31"),
            // No zone: taken as written.
            ("2019-06-12T23:30", "2019-06-12"),
            ("2019-02-12 09:30", "2019-02-12"),
        ];
        for (input, day) in cases {
            assert_eq!(
                document_date(input).map(|d| d.to_string()).as_deref(),
                Some(day),
                "{input}"
            );
        }
        assert!(document_date("Feb 12th").is_none());
    }
}
