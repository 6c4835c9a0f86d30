//! Finds time expressions in news text and normalises them to TimeML TIMEX3 values.
//!
//! The rules are data: `data/lexicon.txt` (word forms and their senses), `data/rules.txt`
//! (token patterns and the TIMEX3 fields they produce), `data/modifiers.txt` (words such as
//! "early" or "more than" that TimeML keeps inside an extent) and `data/blocklist.txt` (names
//! such as "Sunday Times"). [`Tagger::new`] compiles them once: every word form into a packed
//! lookup table (with a one-pass trigger scan over it), every rule into a pattern indexed by
//! the tokens it can start on. Tagging tokenizes the text around triggers, tries only the rules
//! indexed under a token near a trigger, keeps the longest match, and resolves each match
//! against the document date, the clause's tense and the narrative anchor (see `DESIGN.md`).
//!
//! Main types: [`Tagger`] (compiled rules; `Send + Sync`, share one via [`Tagger::global`])
//! and the output [`floorcross_model::Timex`].
//!
//! ```
//! use floorcross_timex::Tagger;
//! let dct = "2019-02-12".parse().ok();
//! let t = Tagger::global().tag("The group split on Monday and met at 11am today.", dct);
//! let v: Vec<_> = t.iter().map(|x| (x.text.as_str(), x.value.as_str())).collect();
//! assert_eq!(v, [("Monday", "2019-02-11"), ("11am today", "2019-02-12T11:00")]);
//! ```

mod compile;
mod lexicon;
mod narrative;
mod resolve;
mod rules;
mod scan;
mod tense;
mod token;

use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;
use floorcross_model::{Date, Timex};

use compile::Modifier;
use lexicon::Lexicon;
use rules::RuleSet;
use tense::TenseWords;

pub use resolve::UK_GENERAL_ELECTIONS;

/// The compiled rules. Build once, share across threads.
#[derive(Debug)]
pub struct Tagger {
    lex: Lexicon,
    rules: RuleSet,
    mods: Vec<Modifier>,
    block: AhoCorasick,
    w_be: u32,
    w_on: u32,
    w_at: u32,
    w_of: u32,
    w_to: u32,
    w_for: u32,
    /// Common time words that are lowercase in running text ("today", "noon"); capitalised
    /// mid-sentence they belong to a title (see [`Tagger::is_title`]).
    w_common: Vec<u32>,
    /// Words of the tense heuristics (see [`Tagger::tense`]).
    tw: TenseWords,
}

impl Default for Tagger {
    fn default() -> Tagger {
        Tagger::new()
    }
}

/// Byte offset just past a leading `[spaces]date YYYY-MM-DD` header token (or a date-time
/// token such as `2019-06-12T23:30:00Z`), if any.
pub fn header_end(text: &str) -> Option<usize> {
    let t = text.trim_start_matches([' ', '\t']);
    let lead = text.len() - t.len();
    let rest = t.strip_prefix("date")?;
    let r2 = rest.trim_start_matches([' ', '\t']);
    if r2.len() == rest.len() {
        return None;
    }
    let b = r2.as_bytes();
    if !(b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit))
    {
        return None;
    }
    // A date-time token ("2019-06-12T23:30:00Z", "…T09:30+01:00") belongs to the header.
    let mut len = 10;
    if b.get(10) == Some(&b'T') {
        len = 11
            + b[11..]
                .iter()
                .take_while(|c| c.is_ascii_digit() || matches!(c, b':' | b'.' | b'+' | b'-' | b'Z'))
                .count();
    }
    if b.get(len).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    Some(lead + 4 + (rest.len() - r2.len()) + len)
}

/// The date of a leading `[spaces]date YYYY-MM-DD` header (or a date-time, see
/// [`floorcross_model::document_date`]), if the text has one.
pub fn header_date(text: &str) -> Option<Date> {
    let end = header_end(text)?;
    let token = text.get(..end)?.split_whitespace().last()?;
    floorcross_model::document_date(token)
}

impl Tagger {
    /// Compiles the built-in rule data. The data is part of the crate and checked by its
    /// tests, so this does not fail at run time.
    pub fn new() -> Tagger {
        Tagger::try_new().expect("built-in timex rule data must compile")
    }

    /// One shared tagger, compiled on first use.
    pub fn global() -> &'static Tagger {
        static G: OnceLock<Tagger> = OnceLock::new();
        G.get_or_init(Tagger::new)
    }

    /// Every time expression in `text`, in order, resolved against `dct` (the document
    /// date) when given. Byte offsets index `text`. A leading `date YYYY-MM-DD` header token
    /// (the plain-text input format) is skipped; the rest of that line, the headline, is
    /// tagged like the body.
    pub fn tag(&self, text: &str, dct: Option<Date>) -> Vec<Timex> {
        let start = header_end(text).unwrap_or(0);
        self.tag_range(text, start..text.len(), dct)
    }

    /// Like [`Tagger::tag`] but only inside `range` (byte offsets into `text`; clamped and
    /// moved to char boundaries). Offsets in the result still index `text`.
    pub fn tag_range(&self, text: &str, range: Range<usize>, dct: Option<Date>) -> Vec<Timex> {
        let mut s = range.start.min(text.len());
        let mut e = range.end.min(text.len());
        while s < text.len() && !text.is_char_boundary(s) {
            s += 1;
        }
        while e > s && !text.is_char_boundary(e) {
            e -= 1;
        }
        if s >= e {
            return Vec::new();
        }
        let items = self.scan(text, s, e);
        self.finish(text, items, dct)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_compiles() {
        let t = Tagger::try_new();
        assert!(t.is_ok(), "{:?}", t.err());
    }

    #[test]
    fn header_is_found() {
        assert_eq!(header_end(" date 2019-02-12 South Cambs"), Some(16));
        assert_eq!(header_end("date 2019-02-12\nBody"), Some(15));
        assert_eq!(header_end("dated 2019-02-12"), None);
        assert_eq!(header_end("Body"), None);
        assert_eq!(header_end("date 2019-06-12T23:30:00Z MP quits"), Some(25));
        assert_eq!(
            header_date("date 2019-06-12T23:30:00Z MP quits")
                .unwrap()
                .to_string(),
            "2019-06-13"
        );
        assert_eq!(header_end("date 2019-06-12Tuesday"), None);
    }

    #[test]
    fn tagger_is_send_sync() {
        fn f<T: Send + Sync>() {}
        f::<Tagger>();
    }
}
