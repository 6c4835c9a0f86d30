//! How an RSS or Atom feed reads: one document per item (its title line, then its content, else
//! its description; published, else updated; its link; its id, else its link), an item
//! without text an error.

use floorcross_model::{document_date, Date, Document, Span};

use super::{ErrorKind, ReadDoc, ReadError};
use crate::html;

/// One document per feed item: the title line, a blank line, then the content (else the
/// description) as text; the item's publication date (else its update date); its link as `url`;
/// its id (the `guid`, else the link) as the document id.
pub(super) fn feed_documents(
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
