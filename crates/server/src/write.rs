//! Writes: `POST /api/v1/documents` behind the bearer token (compared in constant time),
//! with a body limit (413) and a limit on writes at once (429). The body is read by the same
//! reader as `floorcross ingest` (JSON, JSON lines, a web page, a feed, a web archive, a text)
//! and stored through the same ingest path; the answer lists the events and facts stored.

use std::sync::{Arc, Mutex};

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use floorcross_ingest::Note;
use floorcross_store::{DocumentClaim, Store};
use floorcross_text::read::{read_bytes, sniff, Format, ReadOptions};
use serde::Serialize;
use subtle::ConstantTimeEq;
use utoipa::ToSchema;

use crate::api::{ApiError, DocumentClaimDoc, ErrorBody};
use crate::Shared;

/// What one posted document stored.
#[derive(Serialize, ToSchema)]
pub struct StoredDoc {
    pub id: String,
    #[schema(value_type = Vec<DocumentClaimDoc>)]
    pub events: Vec<DocumentClaim>,
    #[schema(value_type = Vec<DocumentClaimDoc>)]
    pub facts: Vec<DocumentClaim>,
}

/// What a write did: the same counts `floorcross ingest` prints, every input's error or
/// warning, and each document's stored events and facts.
#[derive(Serialize, ToSchema)]
pub struct IngestAnswer {
    pub read: usize,
    pub documents: usize,
    pub skipped: usize,
    pub replaced: usize,
    pub events: usize,
    pub facts: usize,
    pub unlinked: usize,
    pub reconciled: usize,
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
    pub stored: Vec<StoredDoc>,
}

/// Checks the bearer token (in constant time) against the one writes need.
fn authorise(s: &Shared, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(want) = &s.config.token else {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "writes-off",
            "writes are off: start the server with --token-file FILE to allow them",
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    let Some(given) = given else {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "writes need the header Authorization: Bearer TOKEN",
        ));
    };
    if bool::from(given.as_bytes().ct_eq(want.as_bytes())) {
        Ok(())
    } else {
        Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "the bearer token is not the one this server was given",
        ))
    }
}

/// The reader's format for a body of this content type: `None` for JSON (one document or an
/// array, made JSON lines first) and for a type that does not say (the first bytes decide).
fn format_of(content_type: &str) -> Option<Format> {
    let t = content_type.split(';').next().unwrap_or("").trim();
    Some(match t {
        "application/x-ndjson"
        | "application/jsonl"
        | "application/jsonlines"
        | "application/json-lines" => Format::JsonLines,
        "text/html" | "application/xhtml+xml" => Format::Html,
        "application/rss+xml" | "application/atom+xml" | "application/xml" | "text/xml" => {
            Format::Feed
        }
        "application/warc" => Format::Warc,
        "text/plain" => Format::Text,
        _ => return None,
    })
}

/// The body as JSON lines: one JSON document (made one line), an array (one line each), or
/// JSON lines as they are.
fn as_json_lines(body: &[u8], content_type: &str) -> Result<Vec<u8>, ApiError> {
    let text = std::str::from_utf8(body)
        .map_err(|e| ApiError::bad("bad-request", format!("the body is not UTF-8: {e}")))?;
    {
        // one JSON document (perhaps spread over lines), or an array of them
        match serde_json::from_str::<serde_json::Value>(text) {
            Ok(serde_json::Value::Array(items)) => {
                let mut out = Vec::new();
                for item in items {
                    serde_json::to_writer(&mut out, &item)
                        .map_err(|e| ApiError::bad("bad-request", e.to_string()))?;
                    out.push(b'\n');
                }
                return Ok(out);
            }
            Ok(v) => {
                let mut out = serde_json::to_vec(&v)
                    .map_err(|e| ApiError::bad("bad-request", e.to_string()))?;
                out.push(b'\n');
                return Ok(out);
            }
            Err(e) if content_type.starts_with("application/json") && !text.contains('\n') => {
                return Err(ApiError::bad(
                    "bad-request",
                    format!("the body is not JSON: {e}"),
                ))
            }
            Err(_) => {}
        }
    }
    if text.trim().is_empty() {
        return Err(ApiError::bad("bad-request", "the body is empty"));
    }
    Ok(body.to_vec())
}

/// Stores documents, read as `floorcross ingest` reads files: one JSON document
/// `{"id","date","title","text"}` (`url` too) or an array of them (`application/json`), JSON
/// lines (`application/x-ndjson`), a web page (`text/html`, with `?id=`), a feed
/// (`application/rss+xml`, `application/atom+xml`), a web archive (`application/warc`) or a
/// text with its `date YYYY-MM-DD headline` first line (`text/plain`, with `?id=`). They go
/// through the same ingest path (read, extract, write, reconcile); the answer says what was
/// stored. Needs `Authorization: Bearer TOKEN`.
#[utoipa::path(post, path = "/api/v1/documents", tag = "write",
    params(("id" = Option<String>, Query, description = "The id to store a web page or a text under")),
    request_body(content = String, description = "JSON, JSON lines, HTML, RSS/Atom, WARC or text, by Content-Type", content_type = "application/json"),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Stored (errors lists any document that could not be read)", body = IngestAnswer),
        (status = 400, description = "Nothing could be read", body = ErrorBody),
        (status = 401, description = "No bearer token, or the wrong one", body = ErrorBody),
        (status = 403, description = "Writes are off (no --token-file)", body = ErrorBody),
        (status = 413, description = "The body is over the limit", body = ErrorBody),
        (status = 429, description = "Too many writes at once", body = ErrorBody),
    ))]
pub(crate) async fn post_documents(
    State(s): State<Shared>,
    req: Request,
) -> Result<Response, ApiError> {
    authorise(&s, req.headers())?;
    let limit = s.config.max_body;
    let too_large = || {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too-large",
            format!("the body is over the {limit}-byte limit"),
        )
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    let _permit = s.writes.try_acquire().map_err(|_| {
        ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "too-many-writes",
            format!(
                "{} write(s) already running; try again shortly",
                s.config.max_writes
            ),
        )
    })?;
    let req_query = req.uri().query().map(str::to_string);
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let body = axum::body::to_bytes(req.into_body(), limit)
        .await
        .map_err(|_| too_large())?;
    let format = format_of(&content_type);
    let (bytes, format) = match format {
        None if content_type.is_empty()
            && body.first().is_some_and(|b| *b != b'{' && *b != b'[') =>
        {
            (body.to_vec(), None)
        }
        None => (
            as_json_lines(&body, &content_type)?,
            Some(Format::JsonLines),
        ),
        Some(f) => (body.to_vec(), Some(f)),
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ApiError::bad("bad-request", "the body is empty"));
    }
    // a page or a text has no id of its own: the caller names it
    let id = query_id(req_query.as_deref())?;
    let format = Some(format.unwrap_or_else(|| sniff(&bytes)));
    if matches!(format, Some(Format::Html | Format::Text)) && id.is_none() {
        return Err(ApiError::bad(
            "missing-parameter",
            "a web page or a text needs ?id=ID (the id the document is stored under)",
        ));
    }
    let db = s.config.db.clone();
    let answer = tokio::task::spawn_blocking(move || ingest_body(&db, bytes, format, id, limit))
        .await
        .map_err(|_| {
            ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "the write failed",
            )
        });
    // whatever was stored, answers kept from before it are stale now
    s.readers.changed();
    let answer = answer??;
    Ok(Json(answer).into_response())
}

/// The `id` query parameter, if given.
fn query_id(query: Option<&str>) -> Result<Option<String>, ApiError> {
    for pair in query.unwrap_or("").split('&') {
        if let Some(v) = pair.strip_prefix("id=") {
            let v = crate::api::percent_decode(v).map_err(|e| ApiError::bad("bad-request", e))?;
            if !v.trim().is_empty() {
                return Ok(Some(v.trim().to_string()));
            }
        }
    }
    Ok(None)
}

/// Reads the body with the reader `floorcross ingest` uses ([`read_bytes`]: JSON lines, a web
/// page, a feed, a web archive, a text) and ingests what it holds through
/// [`floorcross_ingest::ingest_docs`]; `id` names a page's or a text's document.
fn ingest_body(
    db: &std::path::Path,
    bytes: Vec<u8>,
    format: Option<Format>,
    id: Option<String>,
    limit: usize,
) -> Result<IngestAnswer, ApiError> {
    let internal = |what: &str| {
        tracing::error!(target: "floorcross_server", what, "write failed");
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            format!("the write failed: {what}"),
        )
    };
    let opts = ReadOptions {
        max_bytes: limit as u64,
        date: None,
    };
    let single = matches!(format, Some(Format::Html | Format::Text));
    let ids: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let docs = read_bytes(bytes, format, opts).into_iter().map(|r| {
        r.map(|mut d| {
            if let (true, Some(id)) = (single || d.doc.id == "bytes", &id) {
                d.doc.id = id.clone();
            }
            // a posted document has no file: its path is the API's, the same each time
            d.doc.path = Some("(api)".into());
            ids.lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(d.doc.id.clone());
            d
        })
        .map_err(|mut e| {
            e.path = "body".into();
            e
        })
    });
    let notes: Arc<Mutex<(Vec<String>, Vec<String>)>> = Arc::default();
    let sink = notes.clone();
    let note = move |n: Note| {
        let mut g = sink.lock().unwrap_or_else(|e| e.into_inner());
        match n {
            Note::Warning(w) => g.1.push(w),
            Note::Error(e) => g.0.push(e.to_string()),
        }
    };
    let mut store = Store::open(db).map_err(|e| internal(&e.to_string()))?;
    let summary = floorcross_ingest::ingest_docs(&mut store, docs, 2048, |_, _| {}, &note)
        .map_err(|e| internal(&e.to_string()))?;
    let (errors, warnings) = std::mem::take(&mut *notes.lock().unwrap_or_else(|e| e.into_inner()));
    let ids = ids.into_inner().unwrap_or_else(|e| e.into_inner());
    if summary.read == 0 {
        return Err(ApiError::bad(
            "bad-document",
            if errors.is_empty() {
                "no document in the body".to_string()
            } else {
                errors.join("; ")
            },
        ));
    }
    let mut stored = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for id in ids {
        if !seen.insert(id.clone()) {
            continue;
        }
        if let Some(doc) = store.document(&id).map_err(|e| internal(&e.to_string()))? {
            let (events, facts): (Vec<DocumentClaim>, Vec<DocumentClaim>) = doc
                .claims
                .into_iter()
                .partition(|c| floorcross_model::EventType::parse(&c.kind).is_some());
            stored.push(StoredDoc { id, events, facts });
        }
    }
    let st = &summary.stats;
    Ok(IngestAnswer {
        read: summary.read,
        documents: st.documents,
        skipped: st.skipped,
        replaced: st.replaced,
        events: st.events,
        facts: st.facts,
        unlinked: st.unlinked,
        reconciled: summary.reconciled,
        errors,
        warnings,
        stored,
    })
}
