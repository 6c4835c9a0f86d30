//! floorcross over HTTP: the JSON API under `/api/v1/` (with its OpenAPI 3.1 document at
//! `/api/v1/openapi.json`) and the web pages people read. The only crate that knows HTTP.
//!
//! The server opens the record read-mostly: queries run on a small pool of reading
//! connections ([`readers`]) that never take SQLite's write lock, so an `ingest` running at
//! the same time (the CLI, or `POST /api/v1/documents`) never blocks or breaks them (WAL).
//! Answers are exactly the store's query functions' rows, the same the CLI prints with
//! `--json`. Writes need `Authorization: Bearer TOKEN` with the token from `--token-file`;
//! without one, writes are off.
//!
//! Main items: [`Config`], [`run`] (bind, serve until SIGINT/SIGTERM), [`serve`] (on a
//! listener, until a future resolves: what tests use), [`router`].

pub mod api;
mod cache;
pub mod client;
mod colours;
mod draw;
mod highlight;
mod pages;
pub mod readers;
mod schema;
mod web;
mod write;

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use axum::Router;
use floorcross_store::Store;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use crate::readers::Readers;

/// The largest request body accepted by default: 16 MiB, the same as the reader's limit.
pub const DEFAULT_MAX_BODY: usize = 16 * 1024 * 1024;

/// How to serve.
#[derive(Clone, Debug)]
pub struct Config {
    /// The record database (created and migrated if missing).
    pub db: PathBuf,
    /// The bearer token that allows writes; `None`: writes are off.
    pub token: Option<String>,
    /// The largest request body (and document) accepted, in bytes.
    pub max_body: usize,
    /// Writes allowed at once; another one is answered 429.
    pub max_writes: usize,
    /// Reading connections (queries running at once).
    pub readers: usize,
}

impl Config {
    pub fn new(db: PathBuf) -> Config {
        Config {
            db,
            token: None,
            max_body: DEFAULT_MAX_BODY,
            max_writes: 1,
            readers: 4,
        }
    }
}

/// Why the server could not start.
#[derive(Debug)]
pub enum ServerError {
    Store(floorcross_store::StoreError),
    Io(String, std::io::Error),
    TokenFile(String),
}

impl std::fmt::Display for ServerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ServerError::Store(e) => write!(f, "{e}"),
            ServerError::Io(what, e) => write!(f, "{what}: {e}"),
            ServerError::TokenFile(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for ServerError {}

impl From<floorcross_store::StoreError> for ServerError {
    fn from(e: floorcross_store::StoreError) -> ServerError {
        ServerError::Store(e)
    }
}

/// Reads a token file: its first line, trimmed; an empty one or one shorter than 16
/// characters is refused (a guessable token is no protection).
pub fn read_token_file(path: &std::path::Path) -> Result<String, ServerError> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        ServerError::Io(format!("{}: cannot read the token file", path.display()), e)
    })?;
    let token = text.lines().next().unwrap_or("").trim().to_string();
    if token.chars().count() < 16 {
        return Err(ServerError::TokenFile(format!(
            "{}: the token must be at least 16 characters on the first line",
            path.display()
        )));
    }
    Ok(token)
}

/// What every handler shares.
pub(crate) struct AppState {
    pub config: Config,
    pub readers: Readers,
    pub writes: Semaphore,
    /// API answers kept for the record's current generation.
    pub answers: cache::Answers,
}

pub(crate) type Shared = Arc<AppState>;

/// The whole application: API, OpenAPI document, pages, static files; request logs and
/// security headers on every answer. Opens (creating and migrating) the database first.
pub fn router(config: Config) -> Result<Router, ServerError> {
    // create and migrate once with a writing connection; readers then only read
    drop(Store::open(&config.db)?);
    let readers = Readers::open(&config.db, config.readers.max(1))?;
    let state = Arc::new(AppState {
        writes: Semaphore::new(config.max_writes),
        readers,
        config,
        answers: cache::Answers::default(),
    });
    let (api, _) = api::routes(state.clone());
    let app = Router::new()
        .merge(api)
        .merge(pages::routes(state.clone()))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            cache::layer,
        ))
        .layer(axum::middleware::from_fn(headers))
        .layer(axum::middleware::from_fn(log_requests));
    Ok(app)
}

/// Security headers on every answer: a strict content security policy (scripts and styles
/// only from this server, no inline code, no frames), no MIME sniffing, no referrer.
async fn headers(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        ),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    res
}

/// One structured log line per request: method, path, query, status, microseconds.
async fn log_requests(req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let query = req.uri().query().unwrap_or("").to_string();
    let res = next.run(req).await;
    tracing::info!(
        target: "floorcross_server::http",
        method = %method,
        path = %path,
        query = %query,
        status = res.status().as_u16(),
        micros = start.elapsed().as_micros() as u64,
        "request"
    );
    res
}

/// Serves `config` on `listener` until `shutdown` resolves, then finishes the requests in
/// flight and returns.
pub async fn serve(
    listener: TcpListener,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServerError> {
    let app = router(config)?;
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
        .map_err(|e| ServerError::Io("serve".into(), e))
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!(target: "floorcross_server", "shutting down: finishing requests in flight");
}

/// Logs to stderr, `info` and above unless `RUST_LOG` says otherwise.
pub fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .try_init();
}

/// Binds `addr`, calls `ready` with the address bound (port 0 picks a free one), and serves
/// until SIGINT or SIGTERM. Builds its own runtime.
pub fn run(
    config: Config,
    addr: SocketAddr,
    ready: impl FnOnce(SocketAddr),
) -> Result<(), ServerError> {
    init_logging();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| ServerError::Io("start the runtime".into(), e))?;
    rt.block_on(async move {
        let app = router(config)?;
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|e| ServerError::Io(format!("bind {addr}"), e))?;
        let bound = listener
            .local_addr()
            .map_err(|e| ServerError::Io("bound address".into(), e))?;
        ready(bound);
        tracing::info!(target: "floorcross_server", addr = %bound, "listening");
        axum::serve(listener, app)
            .with_graceful_shutdown(shutdown_signal())
            .await
            .map_err(|e| ServerError::Io("serve".into(), e))
    })
}
