//! What kind of input a file holds: by its name where the name says, else by its first bytes.

use std::path::Path;

use crate::html;

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
