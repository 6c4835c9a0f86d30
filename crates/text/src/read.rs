//! Turns command-line inputs (files, directories, JSON lines, stdin) into [`Document`]s.
//!
//! Main types: [`Inputs`] (a streaming iterator over everything named on the command
//! line), [`ReadOptions`], [`ReadDoc`] (a document plus what reading noticed) and
//! [`ReadError`] (one bad input, naming the file and what is wrong). A bad input never stops
//! the batch: the iterator yields its error and goes on.
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

use floorcross_model::{document_date, Date, Diagnostic, Document, Span};

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

/// Everything named on a command line, read lazily one document at a time.
///
/// Directories are walked recursively in sorted order (hidden entries skipped; inside a
/// directory only `.txt`, `.jsonl`, `.ndjson` and extension-less files are read). Files named
/// explicitly are always read. `-` is standard input (JSON lines if it starts with `{`).
pub struct Inputs {
    opts: ReadOptions,
    pending: VecDeque<Pending>,
    jsonl: Option<JsonLines>,
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
        Some(ext) => matches!(ext, "txt" | "jsonl" | "ndjson"),
    }
}

fn is_jsonl(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("jsonl" | "ndjson")
    )
}

impl Iterator for Inputs {
    type Item = Result<ReadDoc, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.jsonl.is_some() {
                if let Some(item) = self.next_json_line() {
                    return Some(item);
                }
                continue;
            }
            match self.pending.pop_front()? {
                Pending::Stdin => return Some(self.read_stdin()),
                Pending::Path(path, shown) => {
                    let io_err = |e| ReadError {
                        path: shown.clone(),
                        line: None,
                        kind: ErrorKind::Io(e),
                    };
                    let meta = match std::fs::metadata(&path) {
                        Ok(m) => m,
                        Err(e) => return Some(Err(io_err(e))),
                    };
                    if meta.is_dir() {
                        if let Err(e) = self.expand_dir(&path, &shown) {
                            return Some(Err(e));
                        }
                        continue;
                    }
                    let stem = file_stem(&path);
                    if is_jsonl(&path) {
                        match File::open(&path) {
                            Ok(f) => {
                                self.jsonl = Some(JsonLines {
                                    path: shown,
                                    stem,
                                    reader: Box::new(BufReader::with_capacity(1 << 16, f)),
                                    line_no: 0,
                                });
                                continue;
                            }
                            Err(e) => return Some(Err(io_err(e))),
                        }
                    }
                    if meta.len() > self.opts.max_bytes {
                        return Some(Err(ReadError {
                            path: shown,
                            line: None,
                            kind: ErrorKind::TooLarge {
                                size: meta.len(),
                                limit: self.opts.max_bytes,
                            },
                        }));
                    }
                    let bytes = match read_limited(File::open(&path), self.opts.max_bytes) {
                        Ok(b) => b,
                        Err(kind) => {
                            return Some(Err(ReadError {
                                path: shown,
                                line: None,
                                kind,
                            }))
                        }
                    };
                    return Some(text_document(bytes, stem, shown, &self.opts));
                }
            }
        }
    }
}

impl Inputs {
    fn read_stdin(&mut self) -> Result<ReadDoc, ReadError> {
        let bytes =
            read_limited(Ok(std::io::stdin().lock()), self.opts.max_bytes).map_err(|kind| {
                ReadError {
                    path: "-".into(),
                    line: None,
                    kind,
                }
            })?;
        let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
        if first == Some(&b'{') {
            self.jsonl = Some(JsonLines {
                path: "-".into(),
                stem: "stdin".into(),
                reader: Box::new(std::io::Cursor::new(bytes)),
                line_no: 0,
            });
            return match self.next_json_line() {
                Some(r) => r,
                None => Err(ReadError {
                    path: "-".into(),
                    line: None,
                    kind: ErrorKind::Empty,
                }),
            };
        }
        text_document(bytes, "stdin".into(), "-".into(), &self.opts)
    }
}

fn read_limited<R: Read>(src: std::io::Result<R>, max: u64) -> Result<Vec<u8>, ErrorKind> {
    let src = src.map_err(ErrorKind::Io)?;
    let mut bytes = Vec::new();
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
        None => (None, first_line(&text)),
    };
    let title = title_span.map(|s| s.slice(&text).to_string());
    let doc = Document {
        id,
        path: Some(shown.clone()),
        date: date.or(opts.date),
        title,
        title_span,
        url: None,
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
        text: text.to_string(),
    })
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
