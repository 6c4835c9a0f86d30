//! The shared vocabulary of floorcross: documents in, extraction records out.
//!
//! Every other crate speaks in these types. They serialise to exactly the JSON the
//! extraction spec (`docs/extraction-spec.md` in the shared folder) fixes: field names and
//! type names here are a contract, so adding is fine and renaming is not.
//!
//! Main types: [`Document`] (what a reader produces), [`Extraction`] (what extraction
//! produces for one document: [`Entity`], [`Timex`], [`Event`], [`Fact`] and
//! [`Diagnostic`]), and the small enums [`EventType`], [`Modality`], [`TimexType`].
//!
//! ```
//! use floorcross_model::{EventType, Modality};
//! assert_eq!(EventType::parse("defect"), Some(EventType::Defect));
//! assert_eq!(Modality::Rumoured.as_str(), "rumoured");
//! assert_eq!(serde_json::to_string(&EventType::Reelect).unwrap(), "\"reelect\"");
//! ```

use serde::{Deserialize, Serialize};

pub use jiff::civil::Date;

pub mod elections;

/// The calendar date a document is dated by, from an ISO date or date-time
/// (`2019-02-12`, `2019-02-12T09:30:00Z`, `2019-02-12T09:30`). An instant (with `Z` or an
/// offset) is dated by the London calendar, where "today" in a UK article is:
/// `2019-06-12T23:30:00Z` is 13 June (BST). A date-time without a zone is taken as written.
///
/// ```
/// use floorcross_model::document_date;
/// assert_eq!(document_date("2019-06-12T23:30:00Z").unwrap().to_string(), "2019-06-13");
/// assert_eq!(document_date("2019-02-12").unwrap().to_string(), "2019-02-12");
/// assert!(document_date("12/02/2019").is_none());
/// ```
pub fn document_date(s: &str) -> Option<Date> {
    let s = s.trim();
    // An instant first: jiff would read "2019-03-30T23:59:00-05:00" as a civil date too,
    // dropping the offset.
    if let Ok(ts) = s.parse::<jiff::Timestamp>() {
        return Some(ts.to_zoned(london()).date());
    }
    if let Ok(d) = s.parse::<Date>() {
        return Some(d);
    }
    if let Ok(dt) = s.parse::<jiff::civil::DateTime>() {
        return Some(dt.date());
    }
    None
}

/// Europe/London, from the tz database compiled into the binary (jiff's
/// `tzdb-bundle-always`), so it cannot be missing at run time.
fn london() -> jiff::tz::TimeZone {
    static LONDON: std::sync::OnceLock<jiff::tz::TimeZone> = std::sync::OnceLock::new();
    LONDON
        .get_or_init(|| {
            jiff::tz::TimeZone::get("Europe/London")
                .expect("Europe/London is in the bundled tz database")
        })
        .clone()
}

/// A half-open byte range `start..end` into a document's text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end} runs backwards");
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The text this span covers. Out-of-range or non-boundary spans give `""` rather than
    /// panicking: extraction never panics on its own output.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// One article as read: identity, date, title and the full text that offsets refer to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    /// Where it was read from (a path, `-` for stdin), if anywhere.
    pub path: Option<String>,
    /// The publication date: the anchor for "on Monday" and "today".
    pub date: Option<Date>,
    pub title: Option<String>,
    /// Where the title sits in `text`, when it is part of it (the header line of a text file).
    #[serde(skip)]
    pub title_span: Option<Span>,
    pub url: Option<String>,
    /// Who wrote it, as the page says (web pages and feed items).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    pub text: String,
}

/// The `doc` object of the output: a [`Document`] without its text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocMeta {
    pub id: String,
    pub path: Option<String>,
    pub date: Option<Date>,
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
}

impl Document {
    pub fn meta(&self) -> DocMeta {
        DocMeta {
            id: self.id.clone(),
            path: self.path.clone(),
            date: self.date,
            title: self.title.clone(),
            url: self.url.clone(),
            byline: self.byline.clone(),
        }
    }
}

/// What kind of thing an [`Entity`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    /// Political parties and parliamentary groups.
    Party,
    /// Any other organisation: newspapers, councils, parliaments, campaigns.
    Org,
    /// A seat, constituency or office.
    Post,
    Place,
}

/// One occurrence of an entity in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Mention {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A person, party, organisation, post or place, with every mention of it in one document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    pub kind: EntityKind,
    /// The canonical name: the fullest form of a person's name in the document, the
    /// canonical name of a party.
    pub name: String,
    /// The id of the linked record in a reference register, if one is loaded.
    #[serde(rename = "ref")]
    pub reference: Option<String>,
    pub mentions: Vec<Mention>,
}

/// TimeML's TIMEX3 types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// A time expression with its TIMEX3 value (`2019-02-11`, `2019-02-12T11:00`, `P3Y`,
/// `PRESENT_REF`, `XXXX-WXX-1`…).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timex {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: TimexType,
    pub value: String,
}

impl Timex {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

macro_rules! string_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name { $(#[serde(rename = $s)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $s),+ }
            }
            pub fn parse(s: &str) -> Option<$name> {
                match s { $($s => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

string_enum! {
    /// The fifteen kinds of change the spec defines.
    EventType {
        Defect = "defect",
        Join = "join",
        Leave = "leave",
        Found = "found",
        Expel = "expel",
        Readmit = "readmit",
        Elect = "elect",
        Reelect = "reelect",
        Defeat = "defeat",
        Stand = "stand",
        Select = "select",
        Deselect = "deselect",
        Appoint = "appoint",
        Resign = "resign",
        Dismiss = "dismiss",
    }
}

string_enum! {
    /// How the text presents an event: as fact, plan, rumour, denial or supposition.
    Modality {
        Asserted = "asserted",
        Expected = "expected",
        Rumoured = "rumoured",
        Denied = "denied",
        Hypothetical = "hypothetical",
    }
}

impl Modality {
    /// The gold format's three-way factuality: `asserted`, `uncertain` or `denied`.
    pub fn factuality(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Denied => "denied",
            Modality::Expected | Modality::Rumoured | Modality::Hypothetical => "uncertain",
        }
    }
}

string_enum! {
    /// The kinds of standing state a [`Fact`] records.
    FactType {
        Member = "member",
        Holds = "holds",
    }
}

string_enum! {
    /// Whether a fact holds at the document date or held before it.
    FactStatus {
        Current = "current",
        Former = "former",
    }
}

/// The sentence (or clause) that supports an event or fact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Evidence {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A change the text reports: one event per person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    #[serde(rename = "type")]
    pub kind: EventType,
    pub person: String,
    pub person_id: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub post: Option<String>,
    pub role: Option<String>,
    /// ISO value of the attached time expression, at the precision the text gives.
    pub date: Option<String>,
    pub modality: Modality,
    pub evidence: Evidence,
}

/// A state the text reports: party membership or holding a role/post.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    #[serde(rename = "type")]
    pub kind: FactType,
    pub person: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_id: Option<String>,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub post: Option<String>,
    #[serde(default)]
    pub org: Option<String>,
    pub status: FactStatus,
    pub evidence: Evidence,
}

/// How serious a [`Diagnostic`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; the output is complete.
    Note,
    /// Something was repaired or guessed (lossy decoding, an ambiguous name).
    Warning,
}

/// Something extraction or reading noticed but did not let stop it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A short stable code, e.g. `lossy-utf8`, `ambiguous-link`.
    pub code: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<usize>,
}

impl Diagnostic {
    pub fn warning(code: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            code: code.to_string(),
            message: message.into(),
            offset: None,
        }
    }
    pub fn note(code: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Note,
            code: code.to_string(),
            message: message.into(),
            offset: None,
        }
    }
    pub fn at(mut self, offset: usize) -> Diagnostic {
        self.offset = Some(offset);
        self
    }
}

/// Everything extraction found in one document: the output object of `floorcross extract`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extraction {
    pub doc: DocMeta,
    pub entities: Vec<Entity>,
    pub timexes: Vec<Timex>,
    pub events: Vec<Event>,
    pub facts: Vec<Fact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<Diagnostic>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_serialises_with_spec_field_names() {
        let ev = Event {
            kind: EventType::Defect,
            person: "Robert Jackson".into(),
            person_id: Some("p1".into()),
            from: Some("Conservative Party".into()),
            to: Some("Labour Party".into()),
            post: None,
            role: None,
            date: None,
            modality: Modality::Asserted,
            evidence: Evidence {
                start: 0,
                end: 3,
                text: "abc".into(),
            },
        };
        let v: serde_json::Value = serde_json::to_value(&ev).unwrap();
        assert_eq!(v["type"], "defect");
        assert_eq!(v["modality"], "asserted");
        assert_eq!(v["from"], "Conservative Party");
        assert!(v["date"].is_null());
    }

    #[test]
    fn span_slice_out_of_range_is_empty_not_a_panic() {
        assert_eq!(Span::new(2, 10).slice("abc"), "");
        assert_eq!(Span::new(1, 2).slice("é"), "");
    }

    #[test]
    fn factuality_folds_three_uncertain_modalities() {
        assert_eq!(Modality::Rumoured.factuality(), "uncertain");
        assert_eq!(Modality::Hypothetical.factuality(), "uncertain");
        assert_eq!(Modality::Denied.factuality(), "denied");
    }
}
