//! The shapes of the API's rows as the OpenAPI document shows them. The rows themselves are
//! the store's (`floorcross_store`), which knows nothing of HTTP or OpenAPI; these types
//! only describe them, field for field (the API tests check every documented GET answers).

#![allow(dead_code)]

use utoipa::ToSchema;

/// A source cited by a row: the document (or register file) and its sentence (or line).
#[derive(ToSchema)]
pub struct SourceRef {
    doc: String,
    evidence: String,
}

/// One source in a disagreement, with the date it gives.
#[derive(ToSchema)]
pub struct ConflictClaim {
    date: Option<String>,
    source: String,
}

/// Sources that disagree.
#[derive(ToSchema)]
pub struct Conflict {
    about: String,
    claims: Vec<ConflictClaim>,
}

/// One row of `roster`.
#[derive(ToSchema)]
pub struct RosterRow {
    person: String,
    /// `member` or `pending`.
    status: String,
    since: Option<String>,
    until: Option<String>,
    /// `party`, `seat`, `office`, `whip`, …
    kind: String,
    post: Option<String>,
    sources: Vec<SourceRef>,
    conflicts: Vec<Conflict>,
}

/// One row of `seats`.
#[derive(ToSchema)]
pub struct SeatRow {
    org: String,
    seats: u64,
}

/// One row of `timeline`, `changes` and `pending`.
#[derive(ToSchema)]
pub struct TimelineRow {
    person: String,
    date: Option<String>,
    #[schema(rename = "type")]
    kind: String,
    org: Option<String>,
    from: Option<String>,
    post: Option<String>,
    role: Option<String>,
    modality: String,
    status: String,
    reason: Option<String>,
    sources: Vec<SourceRef>,
    denials: Vec<SourceRef>,
    conflicts: Vec<Conflict>,
}

/// One row of `holders`.
#[derive(ToSchema)]
pub struct HolderRow {
    person: String,
    role: Option<String>,
    org: Option<String>,
    post: Option<String>,
    since: Option<String>,
    until: Option<String>,
    sources: Vec<SourceRef>,
    conflicts: Vec<Conflict>,
}

/// One mention of a person in an article, as linked.
#[derive(ToSchema)]
pub struct LinkRow {
    doc: String,
    written: String,
    how: String,
}

/// One row of `who`.
#[derive(ToSchema)]
pub struct WhoRow {
    key: String,
    name: String,
    origin: String,
    aliases: Vec<String>,
    /// `[scheme, identifier]` pairs.
    #[schema(value_type = Vec<Vec<String>>)]
    identifiers: Vec<(String, String)>,
    links: Vec<LinkRow>,
}

/// One line of `check`.
#[derive(ToSchema)]
pub struct Flag {
    flag: String,
    person: Option<String>,
    doc: Option<String>,
    about: String,
    offset_days: Option<i32>,
    people: Vec<String>,
    claims: Vec<ConflictClaim>,
}

/// One claim of a document, with its evidence offsets (UTF-8 bytes into `text`, half open).
#[derive(ToSchema)]
pub struct DocumentClaimDoc {
    seq: i64,
    person: String,
    person_key: Option<String>,
    link: String,
    #[schema(rename = "type")]
    kind: String,
    org: Option<String>,
    from: Option<String>,
    post: Option<String>,
    role: Option<String>,
    date: Option<String>,
    modality: String,
    evidence: Option<String>,
    start: Option<i64>,
    end: Option<i64>,
}

/// One stored article: text, date, title, url and every claim with its evidence offsets.
#[derive(ToSchema)]
pub struct DocumentRow {
    id: String,
    title: Option<String>,
    date: Option<String>,
    url: Option<String>,
    path: Option<String>,
    text: Option<String>,
    claims: Vec<DocumentClaimDoc>,
    /// `[code, message]` pairs.
    #[schema(value_type = Vec<Vec<String>>)]
    diagnostics: Vec<(String, String)>,
}

/// One row of `sources`.
#[derive(ToSchema)]
pub struct SourceRow {
    key: String,
    kind: String,
    format: Option<String>,
    date: Option<String>,
    as_of: Option<String>,
    as_of_from: Option<String>,
    claims: i64,
    identities: i64,
}
