//! What the server's tests share: the fixtures' record (the invented register and the
//! project's own articles) built once, and a server on 127.0.0.1:0 that stops when dropped.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use floorcross_server::client::{self, Answer};
use floorcross_server::Config;
use floorcross_store::Store;
use floorcross_text::read::{Inputs, ReadOptions};

/// The repository root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo root")
}

/// Imports the EveryPolitician-layout register `csv` (stored under its file name), then
/// ingests `paths` through the one ingest path; returns the documents read.
pub fn import_and_ingest(db: &Path, csv: &Path, paths: &[PathBuf]) -> usize {
    let mut store = Store::open(db).expect("open");
    let bytes = std::fs::read(csv).expect("register");
    let reg = floorcross_record::register::read_csv(&bytes).expect("register parses");
    let hash = floorcross_store::content_hash(&[&bytes]);
    let name = csv.file_name().unwrap().to_string_lossy();
    store
        .import_register(&name, "csv", &hash, &reg)
        .expect("import");
    let paths: Vec<String> = paths
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let opts = ReadOptions {
        max_bytes: 16 << 20,
        date: None,
    };
    let s = floorcross_ingest::ingest_docs(
        &mut store,
        Inputs::new(&paths, opts),
        64,
        |_, _| {},
        &|_| {},
    )
    .expect("ingest");
    store.checkpoint().expect("checkpoint");
    s.read
}

/// Builds the fixtures' record in `db`: the register `fixtures/register/commons-2010.csv`,
/// then `fixtures/record/` and `fixtures/articles/`.
pub fn build_record(db: &Path) {
    let fx = repo().join("fixtures");
    let read = import_and_ingest(
        db,
        &fx.join("register/commons-2010.csv"),
        &[fx.join("record"), fx.join("articles")],
    );
    assert!(read >= 30, "the fixtures were read: {read}");
}

/// The fixtures' record, built once per test binary; tests that write take a copy.
pub fn record() -> &'static Path {
    static DB: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, db) = DB.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("record.db");
        build_record(&db);
        (dir, db)
    });
    db
}

/// A copy of the fixtures' record of one's own (to write to).
pub fn record_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("record.db");
    std::fs::copy(record(), &db).expect("copy the record");
    (dir, db)
}

/// A running server; dropping it shuts it down gracefully and waits.
pub struct Server {
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    pub fn start(config: Config) -> Server {
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                    .await
                    .expect("bind");
                addr_tx.send(listener.local_addr().expect("addr")).unwrap();
                floorcross_server::serve(listener, config, async {
                    let _ = stopped.await;
                })
                .await
                .expect("serve");
            });
        });
        let addr = addr_rx
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect("the server started");
        Server {
            addr,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    /// A read-only server on the fixtures' record.
    pub fn fixtures() -> Server {
        Server::start(Config::new(record().to_path_buf()))
    }

    pub fn get(&self, path: &str) -> Answer {
        client::get(self.addr, path).unwrap_or_else(|e| panic!("GET {path}: {e}"))
    }

    pub fn post(&self, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Answer {
        client::request(self.addr, "POST", path, headers, body)
            .unwrap_or_else(|e| panic!("POST {path}: {e}"))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// `../shared` beside the repository, if it holds `what`; otherwise prints why the caller
/// skips.
pub fn shared(what: &str) -> Option<PathBuf> {
    let p = repo().join("../shared");
    if p.join(what).exists() {
        Some(p)
    } else {
        eprintln!("skipped: ../shared/{what} is not present");
        None
    }
}

/// The seed record: EveryPolitician's 2017–19 term and the founding article (`../shared`),
/// built once; `None` (with a printed reason) where they are absent.
pub fn seed_record() -> Option<&'static Path> {
    static DB: OnceLock<Option<(tempfile::TempDir, PathBuf)>> = OnceLock::new();
    DB.get_or_init(|| {
        let csv_path = "corpora/uk-members/everypolitician/term-57.membership-changes.csv";
        let shared = shared(csv_path)?;
        if !shared.join("seeds").exists() {
            eprintln!("skipped: ../shared/seeds is not present");
            return None;
        }
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("seed.db");
        import_and_ingest(&db, &shared.join(csv_path), &[shared.join("seeds")]);
        Some((dir, db))
    })
    .as_ref()
    .map(|(_, db)| db.as_path())
}
