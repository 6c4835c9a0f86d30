//! A small pool of reading connections. Each query borrows one on a blocking thread (SQLite
//! calls block), so the async workers never wait on the database.
//!
//! The pool also keeps a generation number that moves whenever the database changed under
//! it (another connection committed: an ingest, an import, a write through the API): each
//! connection compares `PRAGMA data_version` with what it saw last, and a change bumps the
//! generation. The fuzzy name index, the one thing cached, is rebuilt for a new generation
//! (at most every ten seconds).

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use floorcross_record::link::Linker;
use floorcross_store::{Store, StoreError};
use tokio::sync::Semaphore;

/// One pooled connection and the data version it saw last.
struct Conn {
    store: Store,
    seen: i64,
}

/// What a query gets: the connection, and the generation its answers belong to.
pub struct Reader<'a> {
    pub store: &'a Store,
    pub generation: u64,
    linker: &'a LinkerCache,
}

impl Reader<'_> {
    /// The name index for fuzzy look-ups, rebuilt when the record has changed (at most every
    /// ten seconds: building it reads every register person).
    pub fn linker(&self) -> Result<Arc<Linker>, StoreError> {
        self.linker.get(self.store, self.generation)
    }
}

#[derive(Default)]
struct LinkerCache(Mutex<Option<(u64, Instant, Arc<Linker>)>>);

impl LinkerCache {
    fn get(&self, store: &Store, generation: u64) -> Result<Arc<Linker>, StoreError> {
        let mut slot = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((g, built, l)) = slot.as_ref() {
            if *g == generation || built.elapsed() < Duration::from_secs(10) {
                return Ok(l.clone());
            }
        }
        let l = Arc::new(store.linker()?);
        *slot = Some((generation, Instant::now(), l.clone()));
        Ok(l)
    }
}

/// How often the watcher looks for other connections' commits.
pub const WATCH_EVERY: Duration = Duration::from_millis(100);

/// Watches the database on a connection of its own (a thread that ends with the pool): each
/// commit by another connection (`PRAGMA data_version` moves) bumps the generation.
fn watch(store: Store, generation: std::sync::Weak<AtomicU64>) {
    let mut seen = store.data_version().unwrap_or(0);
    std::thread::spawn(move || loop {
        std::thread::sleep(WATCH_EVERY);
        let Some(g) = generation.upgrade() else {
            return;
        };
        match store.data_version() {
            Ok(now) if now != seen => {
                seen = now;
                g.fetch_add(1, Ordering::SeqCst);
            }
            Ok(_) => {}
            // a database that cannot be read: every answer is fresh until it can
            Err(_) => {
                g.fetch_add(1, Ordering::SeqCst);
            }
        }
    });
}

/// Why a query could not run.
#[derive(Debug)]
pub enum ReadError<E> {
    /// The query's own error.
    Query(E),
    /// The blocking task died (a panic in a query).
    Died,
}

pub struct Readers {
    pool: Arc<Mutex<Vec<Conn>>>,
    permits: Semaphore,
    generation: Arc<AtomicU64>,
    linker: Arc<LinkerCache>,
}

impl Readers {
    /// Opens `n` reading connections to an existing, migrated database.
    pub fn open(path: &Path, n: usize) -> Result<Readers, StoreError> {
        let mut pool = Vec::with_capacity(n);
        for _ in 0..n {
            let store = Store::open_reader(path)?;
            let seen = store.data_version()?;
            pool.push(Conn { store, seen });
        }
        let generation = Arc::new(AtomicU64::new(0));
        watch(Store::open_reader(path)?, Arc::downgrade(&generation));
        Ok(Readers {
            pool: Arc::new(Mutex::new(pool)),
            permits: Semaphore::new(n),
            generation,
            linker: Arc::new(LinkerCache::default()),
        })
    }

    /// The record's generation now: it moves within [`WATCH_EVERY`] of another connection's
    /// commit (at once for a query that notices one, and for [`Readers::changed`]).
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// Says the record has changed (a write through the API has just committed).
    pub fn changed(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    /// Runs `f` on a pooled connection, on a blocking thread.
    pub async fn run<T, E>(
        &self,
        f: impl FnOnce(&Reader) -> Result<T, E> + Send + 'static,
    ) -> Result<T, ReadError<E>>
    where
        T: Send + 'static,
        E: Send + 'static + From<StoreError>,
    {
        let _permit = self.permits.acquire().await.map_err(|_| ReadError::Died)?;
        let conn = self
            .pool
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .pop()
            .ok_or(ReadError::Died)?;
        let pool = self.pool.clone();
        let generation = self.generation.clone();
        let linker = self.linker.clone();
        let out = tokio::task::spawn_blocking(move || {
            let mut conn = conn;
            let result = match conn.store.data_version() {
                Err(e) => Err(ReadError::Query(E::from(e))),
                Ok(now) => {
                    if now != conn.seen {
                        conn.seen = now;
                        generation.fetch_add(1, Ordering::SeqCst);
                    }
                    let reader = Reader {
                        store: &conn.store,
                        generation: generation.load(Ordering::SeqCst),
                        linker: &linker,
                    };
                    // a panicking query must not take its connection with it
                    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(&reader))) {
                        Ok(Ok(v)) => Ok(v),
                        Ok(Err(e)) => Err(ReadError::Query(e)),
                        Err(_) => Err(ReadError::Died),
                    }
                }
            };
            pool.lock().unwrap_or_else(|e| e.into_inner()).push(conn);
            result
        })
        .await;
        out.unwrap_or(Err(ReadError::Died))
    }
}
