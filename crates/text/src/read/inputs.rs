//! Which inputs are read and in what order: the paths named (directories walked in sorted
//! order, hidden entries and names of no readable kind skipped) and standard input, each read
//! whole or handed to a streaming reader by its format.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use super::archive::WarcRecords;
use super::bytes::{read_limited, read_limited_sized};
use super::feed::feed_documents;
use super::format::{format_of_name, sniff, Format};
use super::json::JsonLines;
use super::text::text_document;
use super::unit::{HtmlUnit, Unit};
use super::{ErrorKind, ReadDoc, ReadError, ReadOptions};

enum Pending {
    Path(PathBuf, String),
    Stdin,
}

/// Everything named on a command line, read lazily one document at a time.
///
/// Directories are walked recursively in sorted order (hidden entries skipped; inside a
/// directory only `.txt`, `.jsonl`, `.ndjson`, `.html`, `.htm`, `.xhtml`, `.rss`, `.atom`,
/// `.xml`, `.warc`, `.warc.gz` and extension-less files are read). Files named explicitly are
/// always read; where the name does not give the format the first bytes do ([`sniff`]). `-` is
/// standard input, sniffed the same way.
pub struct Inputs {
    pub(super) opts: ReadOptions,
    pending: VecDeque<Pending>,
    pub(super) jsonl: Option<JsonLines>,
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

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}
