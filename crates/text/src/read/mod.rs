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
//!
//! Split by what each part decides: `format` (what an input holds, by name or first bytes),
//! `inputs` (which inputs are read, in what order, each whole or streamed by its format),
//! `bytes` (how much is read and how bytes become text), `text` (the dated text file and
//! its header), `json` (JSON lines), `feed` (RSS and Atom), `archive` (web archives),
//! `unit` (a web page finished into a document, on any thread).

mod archive;
mod bytes;
mod entities;
mod feed;
mod format;
mod inputs;
mod json;
mod text;
mod unit;

use std::fmt;

use floorcross_model::{Date, Diagnostic, Document};

pub use format::{format_of_name, sniff, Format};
pub use inputs::{read_bytes, Inputs};
pub use text::{parse_header, Header};
pub use unit::{HtmlUnit, Unit};

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
