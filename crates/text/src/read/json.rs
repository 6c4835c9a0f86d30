//! How a JSON lines input reads: one document per line that is not blank (`text` required;
//! `id`, `date`, `title`, `url`, `byline` optional), one error per bad line, an over-long line
//! skipped to its end.

use std::io::{BufRead, Read};

use floorcross_model::{document_date, Date, Document};

use super::bytes::decode;
use super::inputs::Inputs;
use super::{ErrorKind, ReadDoc, ReadError};

pub(super) struct JsonLines {
    pub(super) path: String,
    pub(super) stem: String,
    pub(super) reader: Box<dyn BufRead + Send>,
    pub(super) line_no: usize,
}

impl Inputs {
    pub(super) fn next_json_line(&mut self) -> Option<Result<ReadDoc, ReadError>> {
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
                Ok(mut doc) => {
                    if let Some((text, note)) = super::entities::decode_references(&doc.text) {
                        doc.text = text;
                        diagnostics.push(note);
                    }
                    for d in &mut diagnostics {
                        d.message = format!("line {line_no}: {}", d.message);
                    }
                    Ok(ReadDoc { doc, diagnostics })
                }
                Err(kind) => Err(err(kind)),
            });
        }
    }
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
