//! How a plain text file reads: dated by a `date YYYY-MM-DD[ headline]` first line, else by a
//! saved page's "PUBLISHED:" stamp, else by the default date; titled by the header's headline,
//! else by its first line.

use floorcross_model::{document_date, Date, Document, Span};

use super::bytes::decode;
use super::{ErrorKind, ReadDoc, ReadError, ReadOptions};
use crate::html;

pub(super) fn text_document(
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
    let (text, mut diagnostics) = decode(bytes);
    // ("Labour&#8217;s": a text escaped for the web once too often)
    let text = match super::entities::decode_references(&text) {
        Some((decoded, note)) => {
            diagnostics.push(note);
            decoded
        }
        None => text,
    };
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
