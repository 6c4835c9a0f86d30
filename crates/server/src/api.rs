//! The JSON API under `/api/v1/`: the store's query rows, the very ones the CLI prints with
//! `--json`; errors as `{"error","detail"}` (and `suggestions` for a name not on record) with
//! the right status; the OpenAPI 3.1 document generated from these handlers at
//! `/api/v1/openapi.json`; writes (`POST /api/v1/documents`) behind the bearer token.

use std::sync::OnceLock;

use axum::extract::{FromRequestParts, Path, Request, State};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use floorcross_record::date::PartialDate;
use floorcross_store::{Store, StoreError};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::readers::{ReadError, Reader};
use crate::Shared;

/// An answer that is not the one asked for: status, a short code, what is wrong, and (for a
/// name not on record) the close names that are.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub error: &'static str,
    pub detail: String,
    pub suggestions: Vec<String>,
}

/// The body of every error.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ErrorBody {
    /// A short code: `bad-request`, `bad-date`, `missing-parameter`, `not-found`,
    /// `unauthorized`, `writes-off`, `too-large`, `too-many-writes`, `internal`.
    pub error: String,
    /// What is wrong, for a person to read.
    pub detail: String,
    /// Close names that are on record (for a name that is not).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<String>,
}

impl ApiError {
    pub fn new(status: StatusCode, error: &'static str, detail: impl Into<String>) -> ApiError {
        ApiError {
            status,
            error,
            detail: detail.into(),
            suggestions: Vec::new(),
        }
    }

    pub fn bad(error: &'static str, detail: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, error, detail)
    }

    pub fn not_found(detail: impl Into<String>, suggestions: Vec<String>) -> ApiError {
        ApiError {
            suggestions,
            ..ApiError::new(StatusCode::NOT_FOUND, "not-found", detail)
        }
    }

    pub fn body(&self) -> ErrorBody {
        ErrorBody {
            error: self.error.into(),
            detail: self.detail.clone(),
            suggestions: self.suggestions.clone(),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        tracing::error!(target: "floorcross_server", error = %e, "store error");
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "the record could not be read",
        )
    }
}

impl From<ReadError<ApiError>> for ApiError {
    fn from(e: ReadError<ApiError>) -> ApiError {
        match e {
            ReadError::Query(e) => e,
            ReadError::Died => ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "the query failed",
            ),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut res = (self.status, Json(self.body())).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            res.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer"),
            );
        }
        if self.status == StatusCode::TOO_MANY_REQUESTS {
            res.headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from_static("1"));
        }
        res
    }
}

/// Query parameters, whose rejection is a JSON 400 like every other error.
pub struct Q<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Q<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query().unwrap_or("");
        serde_urlencoded_like(query)
            .and_then(|v| serde_json::from_value(v).map_err(|e| e.to_string()))
            .map(Q)
            .map_err(|e| ApiError::bad("bad-request", format!("bad query string: {e}")))
    }
}

/// Decodes `a=1&b=x%20y` into a JSON object of strings (a repeated key keeps the last).
fn serde_urlencoded_like(query: &str) -> Result<serde_json::Value, String> {
    let mut map = serde_json::Map::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        map.insert(
            percent_decode(k)?,
            serde_json::Value::String(percent_decode(v)?),
        );
    }
    Ok(serde_json::Value::Object(map))
}

/// `%XX` and `+` decoding; the result must be UTF-8.
pub fn percent_decode(s: &str) -> Result<String, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = b
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                    .ok_or_else(|| format!("bad percent escape in {s:?}"))?;
                out.push(hex);
                i += 2;
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| format!("{s:?} is not UTF-8 once decoded"))
}

/// A required parameter.
fn required<'a>(name: &str, v: &'a Option<String>) -> Result<&'a str, ApiError> {
    match v.as_deref().map(str::trim) {
        Some(s) if !s.is_empty() => Ok(s),
        _ => Err(ApiError::bad(
            "missing-parameter",
            format!("the query parameter {name:?} is required"),
        )),
    }
}

/// A date parameter: `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`), a real day of the calendar.
pub fn parse_date(name: &str, s: &str) -> Result<PartialDate, ApiError> {
    let shape = matches!(s.len(), 4 | 7 | 10)
        && s.bytes().enumerate().all(|(i, c)| match i {
            4 | 7 => c == b'-',
            _ => c.is_ascii_digit(),
        });
    let bad = || {
        ApiError::bad(
            "bad-date",
            format!("{name}={s:?} is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)"),
        )
    };
    if !shape {
        return Err(bad());
    }
    PartialDate::parse_prefix(s).map_err(|_| bad())
}

fn date_param(name: &str, v: &Option<String>) -> Result<PartialDate, ApiError> {
    parse_date(name, required(name, v)?)
}

/// Up to five names close to `query`: within a few edits of the whole name, or sharing
/// words with it (each within one edit: "Reform Aliance" → Reform Alliance); the most words
/// shared first, then the fewest edits.
pub fn suggest<'a>(query: &str, names: impl Iterator<Item = &'a str>) -> Vec<String> {
    use floorcross_record::names::{edit_distance, person_key};
    let key = |s: &str| {
        let k = person_key(s);
        if k.is_empty() {
            s.trim().to_lowercase()
        } else {
            k
        }
    };
    let q = key(query);
    let q_words: Vec<&str> = q
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .collect();
    let limit = (q.chars().count() / 3).max(2);
    let mut scored: Vec<(std::cmp::Reverse<usize>, usize, String)> = Vec::new();
    for n in names {
        let k = key(n);
        let d = edit_distance(&k, &q);
        let shared = k
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3)
            .filter(|w| {
                q_words
                    .iter()
                    .any(|q| edit_distance(w, q) <= usize::from(w.chars().count() > 4))
            })
            .count();
        if d <= limit || shared > 0 || k.contains(&q) {
            scored.push((std::cmp::Reverse(shared), d, n.to_string()));
        }
    }
    scored.sort();
    let mut out: Vec<String> = Vec::new();
    for (_, _, n) in scored {
        if !out.contains(&n) {
            out.push(n);
        }
        if out.len() == 5 {
            break;
        }
    }
    out
}

/// The people a name finds: exactly, else the name index (cached per generation).
pub fn find_people(r: &Reader, name: &str) -> Result<Vec<i64>, ApiError> {
    let ids = r.store.find_people_exact(name)?;
    if !ids.is_empty() {
        return Ok(ids);
    }
    let linker = r.linker()?;
    Ok(floorcross_store::find_people_fuzzy(&linker, name))
}

/// The people a name finds, or a 404 with the close names on record.
pub fn people_named(r: &Reader, name: &str) -> Result<Vec<i64>, ApiError> {
    let ids = find_people(r, name)?;
    if ids.is_empty() {
        return Err(unknown_person(r, name)?);
    }
    Ok(ids)
}

/// A 404 for a name nobody on record has, with the close names that are.
pub fn unknown_person(r: &Reader, name: &str) -> Result<ApiError, ApiError> {
    let names = r.store.person_names()?;
    Ok(ApiError::not_found(
        format!("nobody on record is called {name:?}"),
        suggest(name, names.iter().map(|(_, n)| n.as_str())),
    ))
}

/// A 404 for an organisation not on record, with close names.
pub fn unknown_org(store: &Store, name: &str) -> Result<ApiError, ApiError> {
    let orgs = store.orgs()?;
    Ok(ApiError::not_found(
        format!("no organisation on record is called {name:?}"),
        suggest(name, orgs.iter().map(String::as_str)),
    ))
}

pub use crate::schema::*;

struct BearerScheme;

impl Modify for BearerScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "floorcross",
        description = "A time-aware, cited record of party memberships and offices. Every answer is the rows the CLI prints with --json."
    ),
    modifiers(&BearerScheme),
    components(schemas(ErrorBody))
)]
struct ApiDoc;

static OPENAPI: OnceLock<String> = OnceLock::new();

/// The API's routes and the OpenAPI document made from them.
pub(crate) fn routes(state: Shared) -> (Router, utoipa::openapi::OpenApi) {
    let (router, api) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(roster))
        .routes(routes!(seats))
        .routes(routes!(timeline))
        .routes(routes!(changes))
        .routes(routes!(pending))
        .routes(routes!(who))
        .routes(routes!(holders))
        .routes(routes!(document))
        .routes(routes!(check))
        .routes(routes!(sources))
        .routes(routes!(crate::write::post_documents))
        .routes(routes!(openapi))
        .split_for_parts();
    let _ = OPENAPI.get_or_init(|| api.to_pretty_json().unwrap_or_else(|_| "{}".into()));
    let router = router
        .route("/api/v1/{*rest}", axum::routing::any(no_such_endpoint))
        .with_state(state);
    (router, api)
}

async fn no_such_endpoint(req: Request) -> ApiError {
    ApiError::not_found(
        format!(
            "no endpoint {} {}; see /api/v1/openapi.json",
            req.method(),
            req.uri().path()
        ),
        Vec::new(),
    )
}

/// The OpenAPI 3.1 document of this API.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "meta",
    responses((status = 200, description = "The OpenAPI document", content_type = "application/json")))]
async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        OPENAPI.get().cloned().unwrap_or_default(),
    )
        .into_response()
}

async fn read<T: Send + 'static>(
    s: &Shared,
    f: impl FnOnce(&Reader) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    Ok(s.readers.run(f).await?)
}

#[derive(Deserialize)]
pub struct RosterQuery {
    org: Option<String>,
    on: Option<String>,
}

/// Who is in a party, group or body on a day: members, and people whose move there is only
/// reported (`pending`). The rows of `floorcross roster ORG --on DATE --json`.
#[utoipa::path(get, path = "/api/v1/roster", tag = "record",
    params(
        ("org" = String, Query, description = "A party, group or body", example = "Reform Alliance"),
        ("on" = String, Query, description = "The day, YYYY-MM-DD", example = "2011-11-05"),
    ),
    responses(
        (status = 200, body = Vec<RosterRow>),
        (status = 400, description = "A missing parameter or a bad date", body = ErrorBody),
        (status = 404, description = "No organisation of that name (close names suggested)", body = ErrorBody),
    ))]
async fn roster(State(s): State<Shared>, Q(q): Q<RosterQuery>) -> Result<Response, ApiError> {
    let org = required("org", &q.org)?.to_string();
    let on = date_param("on", &q.on)?;
    let rows = read(&s, move |r| {
        if r.store.org_named(&org)?.is_none() {
            return Err(unknown_org(r.store, &org)?);
        }
        Ok(r.store.roster_json(&org, on)?)
    })
    .await?;
    Ok(([(header::CONTENT_TYPE, "application/json")], rows).into_response())
}

#[derive(Deserialize)]
pub struct SeatsQuery {
    on: Option<String>,
    body: Option<String>,
}

/// Seats held on a day, by the party they are held for; within one body if named. The rows
/// of `floorcross seats --on DATE [--body NAME] --json`.
#[utoipa::path(get, path = "/api/v1/seats", tag = "record",
    params(
        ("on" = String, Query, description = "The day, YYYY-MM-DD", example = "2011-11-05"),
        ("body" = Option<String>, Query, description = "Only seats in this body", example = "House of Commons"),
    ),
    responses(
        (status = 200, body = Vec<SeatRow>),
        (status = 400, body = ErrorBody),
        (status = 404, description = "No body of that name", body = ErrorBody),
    ))]
async fn seats(State(s): State<Shared>, Q(q): Q<SeatsQuery>) -> Result<Response, ApiError> {
    let on = date_param("on", &q.on)?;
    let body = q.body.filter(|b| !b.trim().is_empty());
    let rows = read(&s, move |r| {
        if let Some(b) = &body {
            if r.store.org_named(b)?.is_none() {
                return Err(unknown_org(r.store, b)?);
            }
        }
        Ok(r.store.seats(on, body.as_deref())?)
    })
    .await?;
    Ok(Json(rows).into_response())
}

#[derive(Deserialize)]
pub struct PersonQuery {
    person: Option<String>,
}

/// Everything on record that changed for one person, with evidence: the rows of
/// `floorcross timeline PERSON --json` (several people when the name fits several).
#[utoipa::path(get, path = "/api/v1/timeline", tag = "record",
    params(("person" = String, Query, description = "A name as written; aliases and small misspellings are found too", example = "Helen Dacre-Ward")),
    responses(
        (status = 200, body = Vec<TimelineRow>),
        (status = 400, body = ErrorBody),
        (status = 404, description = "Nobody of that name (close names suggested)", body = ErrorBody),
    ))]
async fn timeline(State(s): State<Shared>, Q(q): Q<PersonQuery>) -> Result<Response, ApiError> {
    let name = required("person", &q.person)?.to_string();
    let rows = read(&s, move |r| {
        let ids = people_named(r, &name)?;
        Ok(r.store.timelines(&ids)?)
    })
    .await?;
    Ok(Json(rows).into_response())
}

#[derive(Deserialize)]
pub struct ChangesQuery {
    from: Option<String>,
    to: Option<String>,
}

/// Membership changes dated within a window: `floorcross changes --from D --to D --json`.
#[utoipa::path(get, path = "/api/v1/changes", tag = "record",
    params(
        ("from" = String, Query, description = "First day, YYYY-MM-DD", example = "2011-10-01"),
        ("to" = String, Query, description = "Last day, YYYY-MM-DD", example = "2011-12-31"),
    ),
    responses((status = 200, body = Vec<TimelineRow>), (status = 400, body = ErrorBody)))]
async fn changes(State(s): State<Shared>, Q(q): Q<ChangesQuery>) -> Result<Response, ApiError> {
    let from = date_param("from", &q.from)?;
    let to = date_param("to", &q.to)?;
    if from.first_day() > to.last_day() {
        return Err(ApiError::bad(
            "bad-request",
            format!("from={from} is after to={to}"),
        ));
    }
    let rows = read(&s, move |r| Ok(r.store.changes(from, to)?)).await?;
    Ok(Json(rows).into_response())
}

/// Rumoured, expected and hypothetical claims not yet confirmed, with their evidence and
/// denials: `floorcross pending --json`.
#[utoipa::path(get, path = "/api/v1/pending", tag = "record",
    responses((status = 200, body = Vec<TimelineRow>)))]
async fn pending(State(s): State<Shared>) -> Result<Response, ApiError> {
    let rows = read(&s, move |r| Ok(r.store.pending()?)).await?;
    Ok(Json(rows).into_response())
}

#[derive(Deserialize)]
pub struct WhoQuery {
    name: Option<String>,
}

/// The people a name finds, with aliases, identifiers and linked mentions:
/// `floorcross who NAME --json`.
#[utoipa::path(get, path = "/api/v1/who", tag = "record",
    params(("name" = String, Query, description = "A name as written", example = "Helen Dacre-Wad")),
    responses(
        (status = 200, body = Vec<WhoRow>),
        (status = 400, body = ErrorBody),
        (status = 404, description = "Nobody of that name (close names suggested)", body = ErrorBody),
    ))]
async fn who(State(s): State<Shared>, Q(q): Q<WhoQuery>) -> Result<Response, ApiError> {
    let name = required("name", &q.name)?.to_string();
    let rows = read(&s, move |r| {
        let ids = people_named(r, &name)?;
        Ok(r.store.whos(&ids)?)
    })
    .await?;
    Ok(Json(rows).into_response())
}

#[derive(Deserialize)]
pub struct HoldersQuery {
    what: Option<String>,
    on: Option<String>,
    role: Option<String>,
}

/// Who held an office (`Home Secretary`; an organisation with `role`) or a seat on a day:
/// `floorcross holders WHAT --on DATE [--role ROLE] --json`.
#[utoipa::path(get, path = "/api/v1/holders", tag = "record",
    params(
        ("what" = String, Query, description = "An office's common name, an organisation or a post (a seat)", example = "Eastwick North"),
        ("on" = String, Query, description = "The day, YYYY-MM-DD", example = "2011-11-05"),
        ("role" = Option<String>, Query, description = "Only this role in the organisation"),
    ),
    responses((status = 200, body = Vec<HolderRow>), (status = 400, body = ErrorBody)))]
async fn holders(State(s): State<Shared>, Q(q): Q<HoldersQuery>) -> Result<Response, ApiError> {
    let what = required("what", &q.what)?.to_string();
    let on = date_param("on", &q.on)?;
    let role = q.role.filter(|r| !r.trim().is_empty());
    let rows = read(&s, move |r| {
        Ok(r.store.holders(&what, on, role.as_deref())?)
    })
    .await?;
    Ok(Json(rows).into_response())
}

/// One stored article: its text, date, title, url, and every claim with its evidence
/// offsets (UTF-8 bytes into `text`, half open).
#[utoipa::path(get, path = "/api/v1/documents/{id}", tag = "record",
    params(("id" = String, Path, description = "The document's id (its file stem, or its JSON line's id)")),
    responses((status = 200, body = DocumentRow), (status = 404, body = ErrorBody)))]
async fn document(State(s): State<Shared>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let row = read(&s, move |r| {
        r.store
            .document(&id)?
            .ok_or_else(|| ApiError::not_found(format!("no document {id:?}"), Vec::new()))
    })
    .await?;
    Ok(Json(row).into_response())
}

/// Every conflict and flag in the record, each once: `floorcross check --json`.
#[utoipa::path(get, path = "/api/v1/check", tag = "record",
    responses((status = 200, body = Vec<Flag>)))]
async fn check(State(s): State<Shared>) -> Result<Response, ApiError> {
    let rows = read(&s, move |r| Ok(r.store.check()?)).await?;
    Ok(Json(rows).into_response())
}

#[derive(Deserialize)]
pub struct SourcesQuery {
    all: Option<String>,
}

/// The registers stored (and the articles, with `all=true`): `floorcross sources --json`.
#[utoipa::path(get, path = "/api/v1/sources", tag = "record",
    params(("all" = Option<bool>, Query, description = "List the articles too")),
    responses((status = 200, body = Vec<SourceRow>), (status = 400, body = ErrorBody)))]
async fn sources(State(s): State<Shared>, Q(q): Q<SourcesQuery>) -> Result<Response, ApiError> {
    let all = match q.all.as_deref() {
        None | Some("false") | Some("0") => false,
        Some("true") | Some("1") | Some("") => true,
        Some(other) => {
            return Err(ApiError::bad(
                "bad-request",
                format!("all={other:?}: expected true or false"),
            ))
        }
    };
    let rows = read(&s, move |r| Ok(r.store.source_list(all)?)).await?;
    Ok(Json(rows).into_response())
}
