//! When and how a web page becomes a document: parsed only in [`Unit::finish`] (on any
//! thread), dated by the page, else by its capture, else by the default date, and known by its
//! canonical URL where it gives one.

use floorcross_model::{Date, Diagnostic, Document};

use super::bytes::decode;
use super::{ErrorKind, ReadDoc, ReadError};
use crate::html;

/// One input read but not yet turned into a document. A web page is parsed only in
/// [`Unit::finish`], so a caller may finish units on several threads; everything else is
/// ready already.
pub enum Unit {
    Ready(Result<ReadDoc, ReadError>),
    Html(HtmlUnit),
}

/// A web page waiting to be read.
pub struct HtmlUnit {
    pub(super) bytes: Vec<u8>,
    pub(super) id: String,
    pub(super) shown: String,
    /// Where it was fetched from (a WARC record's target).
    pub(super) url: Option<String>,
    /// The WARC-Date of the capture, for a page that carries no date of its own.
    pub(super) crawl_date: Option<Date>,
    pub(super) default_date: Option<Date>,
    /// The record, in a web archive: shown in messages.
    pub(super) record: Option<usize>,
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
