//! Answers kept per generation of the record: a GET under `/api/v1/` whose exact URL was
//! answered since the record last changed is answered again from memory, with an `ETag`
//! (and `304 Not Modified` to a client that sends it back). Any commit to the database (an
//! ingest, an import, a write through the API) moves the generation and so retires every
//! answer kept; a commit by another process is seen within [`crate::readers::WATCH_EVERY`].
//! Memory is bounded: the oldest answers go first.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::Shared;

/// The most bytes of answers kept.
const MAX_BYTES: usize = 64 << 20;
/// The largest single answer kept.
const MAX_ONE: usize = 4 << 20;

#[derive(Default)]
pub struct Answers {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    generation: u64,
    map: HashMap<String, (Bytes, String)>,
    order: VecDeque<String>,
    bytes: usize,
}

impl Answers {
    fn get(&self, generation: u64, key: &str) -> Option<(Bytes, String)> {
        let g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if g.generation != generation {
            return None;
        }
        g.map.get(key).cloned()
    }

    fn put(&self, generation: u64, key: String, body: Bytes, etag: String) {
        let mut g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if generation < g.generation {
            return; // computed before a change another answer has already seen
        }
        if generation > g.generation {
            *g = Inner {
                generation,
                ..Inner::default()
            };
        }
        if g.map.contains_key(&key) {
            return;
        }
        g.bytes += body.len();
        g.order.push_back(key.clone());
        g.map.insert(key, (body, etag));
        while g.bytes > MAX_BYTES {
            let Some(old) = g.order.pop_front() else {
                break;
            };
            if let Some((b, _)) = g.map.remove(&old) {
                g.bytes -= b.len();
            }
        }
    }
}

/// The ETag of an answer: within one generation an URL's answer is always the same, so the
/// process (a server restarted counts its generations afresh), the generation and the URL
/// name it without reading the body.
fn etag_of(generation: u64, key: &str) -> String {
    static PROCESS: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    let process = *PROCESS.get_or_init(|| {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0);
        t ^ u64::from(std::process::id()).rotate_left(32)
    });
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("\"{process:x}-g{generation}-{h:016x}\"")
}

fn answer(body: Bytes, etag: &str, not_modified: bool) -> Response {
    let mut res = if not_modified {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        ([(header::CONTENT_TYPE, "application/json")], body).into_response()
    };
    if let Ok(v) = HeaderValue::from_str(etag) {
        res.headers_mut().insert(header::ETAG, v);
    }
    res
}

/// The middleware: kept answers for GETs under `/api/v1/` (not the OpenAPI document, which
/// never changes, nor errors, which are cheap).
pub async fn layer(State(s): State<Shared>, req: Request, next: Next) -> Response {
    let cacheable = req.method() == Method::GET
        && req.uri().path().starts_with("/api/v1/")
        && req.uri().path() != "/api/v1/openapi.json";
    if !cacheable {
        return next.run(req).await;
    }
    let key = req.uri().to_string();
    let sent_etag = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let generation = s.readers.generation();
    if let Some((body, etag)) = s.answers.get(generation, &key) {
        return answer(body, &etag, sent_etag.as_deref() == Some(etag.as_str()));
    }
    let res = next.run(req).await;
    if res.status() != StatusCode::OK {
        return res;
    }
    let (parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_ONE).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "answer too large").into_response();
    };
    let etag = etag_of(generation, &key);
    if bytes.len() <= MAX_ONE {
        s.answers.put(generation, key, bytes.clone(), etag.clone());
    }
    let mut res = Response::from_parts(parts, Body::from(bytes));
    if let Ok(v) = HeaderValue::from_str(&etag) {
        res.headers_mut().insert(header::ETAG, v);
    }
    if sent_etag.as_deref() == Some(etag.as_str()) {
        let mut nm = StatusCode::NOT_MODIFIED.into_response();
        nm.headers_mut()
            .insert(header::ETAG, res.headers()[header::ETAG].clone());
        return nm;
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_live_for_one_generation_and_memory_is_bounded() {
        let a = Answers::default();
        a.put(1, "/x".into(), Bytes::from_static(b"[1]"), "e".into());
        assert!(a.get(1, "/x").is_some());
        assert!(a.get(2, "/x").is_none(), "a newer generation retires it");
        a.put(2, "/y".into(), Bytes::from_static(b"[2]"), "f".into());
        assert!(a.get(2, "/x").is_none());
        // an answer computed before the change is not kept
        a.put(1, "/z".into(), Bytes::from_static(b"[0]"), "g".into());
        assert!(a.get(2, "/z").is_none());
        let big = Bytes::from(vec![b' '; MAX_ONE]);
        for i in 0..(MAX_BYTES / MAX_ONE + 3) {
            a.put(2, format!("/big{i}"), big.clone(), "h".into());
        }
        let g = a.inner.lock().unwrap();
        assert!(g.bytes <= MAX_BYTES);
        assert!(!g.map.contains_key("/big0"), "the oldest went first");
    }

    #[test]
    fn etags_differ_by_url_and_generation() {
        assert_ne!(etag_of(1, "/a"), etag_of(1, "/b"));
        assert_ne!(etag_of(1, "/a"), etag_of(2, "/a"));
        assert_eq!(etag_of(3, "/a"), etag_of(3, "/a"));
    }
}
