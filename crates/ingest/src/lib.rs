//! The one ingest path: documents are read (by `floorcross_text::read`), hashed, extracted
//! and prepared in parallel, and written by one writer in batched transactions; then the
//! people they touched are reconciled. `floorcross ingest`, `floorcross demo` and the
//! server's `POST /api/v1/documents` all call [`ingest_docs`].
//!
//! Main types: [`IngestSummary`] (what a run did), [`Note`] (a warning or an error about
//! one input, handed to the caller as it happens), [`IngestError`] (what stopped the run).

use std::fmt;
use std::sync::mpsc;

use floorcross_model::Document;
use floorcross_store::{content_hash, PreparedArticle, Store, StoreError, WriteStats};
use floorcross_text::read::{ReadDoc, ReadError};
use rayon::prelude::*;

/// How an ingest went.
#[derive(Debug, Default)]
pub struct IngestSummary {
    pub read: usize,
    pub errors: usize,
    pub stats: WriteStats,
    pub reconciled: usize,
    /// Time the writer spent in write transactions, and in reconciliation.
    pub write_time: std::time::Duration,
    pub reconcile_time: std::time::Duration,
    /// CPU time of the writer's thread while writing (Linux only).
    pub writer_cpu: Option<std::time::Duration>,
}

/// Something said about one input while ingesting: the batch goes on.
#[derive(Debug)]
pub enum Note {
    /// A repaired input, or a document id read twice (the later replaces the earlier).
    Warning(String),
    /// An input that could not be read.
    Error(ReadError),
}

/// What stopped an ingest.
#[derive(Debug)]
pub enum IngestError {
    Store(StoreError),
    /// The reading thread panicked.
    ReaderPanicked,
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IngestError::Store(e) => write!(f, "{e}"),
            IngestError::ReaderPanicked => write!(f, "the reading thread panicked"),
        }
    }
}

impl std::error::Error for IngestError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            IngestError::Store(e) => Some(e),
            IngestError::ReaderPanicked => None,
        }
    }
}

impl From<StoreError> for IngestError {
    fn from(e: StoreError) -> IngestError {
        IngestError::Store(e)
    }
}

/// CPU seconds (user, system) from a `/proc/.../stat` file; `None` where there is none.
pub fn cpu_seconds(stat: &str) -> Option<(f64, f64)> {
    let stat = std::fs::read_to_string(stat).ok()?;
    // the fields after the command name (which may hold spaces) start with the state
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = 100.0; // USER_HZ on Linux
    Some((
        f.get(11)?.parse::<f64>().ok()? / ticks,
        f.get(12)?.parse::<f64>().ok()? / ticks,
    ))
}

/// CPU time of the calling thread so far.
fn thread_cpu() -> Option<std::time::Duration> {
    cpu_seconds("/proc/thread-self/stat").map(|(u, s)| std::time::Duration::from_secs_f64(u + s))
}

/// Hands the pages the allocator holds free back to the kernel (glibc on Linux; elsewhere
/// nothing). Extraction runs on rayon's threads, each allocating from an arena of its own, and
/// a long document's analysis leaves its arena holding free pages: without this the writer's
/// memory (SQLite's, on this thread) comes on top of extraction's peak instead of reusing it.
/// Called once per chunk of documents: it walks the free lists, microseconds beside extraction.
fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases pages of free chunks; it has no preconditions.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Hash of everything that makes a document's claims what they are.
pub fn doc_hash(d: &Document) -> String {
    let date = d.date.map(|x| x.to_string()).unwrap_or_default();
    content_hash(&[
        d.text.as_bytes(),
        date.as_bytes(),
        d.title.as_deref().unwrap_or("").as_bytes(),
        d.path.as_deref().unwrap_or("").as_bytes(),
    ])
}

/// The writer's page cache while ingesting, in KiB: pages a transaction changes spill to the
/// write-ahead log beyond it, so a long document's transaction does not hold all of them.
/// Ingesting bbc-politics takes as long with it as with the default 64 MiB (see DESIGN.md).
const WRITE_CACHE_KIB: i64 = 8 * 1024;

/// Documents extracted together and sent to the writer at once; a transaction holds one or
/// more of these chunks.
const CHUNK: usize = 256;

/// Reads, extracts (in parallel) and writes (one writer, batched transactions) every
/// document `docs` yields, then reconciles the people touched. The parallel stage hashes,
/// extracts and prepares each document (name keys, canonical parties, the register steps of
/// linking); the writer only runs statements. Each document's text is stored with it.
/// `on_batch` hears how many documents were committed after each transaction; `note` hears
/// every warning and error about one input as it happens (the batch goes on).
pub fn ingest_docs(
    store: &mut Store,
    docs: impl Iterator<Item = Result<ReadDoc, ReadError>> + Send,
    batch_size: usize,
    mut on_batch: impl FnMut(usize, &WriteStats),
    note: &(dyn Fn(Note) + Sync),
) -> Result<IngestSummary, IngestError> {
    store.set_cache_kib(WRITE_CACHE_KIB)?;
    let result = ingest_with(store, docs, batch_size, &mut on_batch, note);
    store.set_cache_kib(floorcross_store::CACHE_KIB)?;
    result
}

/// [`ingest_docs`] with the writer's cache bounded.
fn ingest_with(
    store: &mut Store,
    docs: impl Iterator<Item = Result<ReadDoc, ReadError>> + Send,
    batch_size: usize,
    on_batch: &mut impl FnMut(usize, &WriteStats),
    note: &(dyn Fn(Note) + Sync),
) -> Result<IngestSummary, IngestError> {
    let linker = store.linker()?;
    let linker = &linker;
    let reader = Store::open(store.path())?;
    let batch_size = batch_size.max(1);
    let mut summary = IngestSummary::default();
    let (tx, rx) = mpsc::sync_channel::<Vec<PreparedArticle>>(2);
    let (errors_tx, errors_rx) = mpsc::channel::<usize>();
    std::thread::scope(|scope| -> Result<(), IngestError> {
        let producer = scope.spawn(move || -> Result<(), IngestError> {
            let mut batch: Vec<ReadDoc> = Vec::with_capacity(CHUNK);
            // documents sent so far: chunks end where transactions do
            let mut sent = 0usize;
            let mut errors = 0;
            let flush = |batch: &mut Vec<ReadDoc>| -> Result<bool, IngestError> {
                let hashed: Vec<(Document, String)> = std::mem::take(batch)
                    .into_par_iter()
                    .map(|r| {
                        let h = doc_hash(&r.doc);
                        (r.doc, h)
                    })
                    .collect();
                // skip unchanged documents before paying for extraction
                let keys: Vec<&str> = hashed.iter().map(|(d, _)| d.id.as_str()).collect();
                let stored = reader.source_hashes(&keys)?;
                let out: Vec<PreparedArticle> = hashed
                    .into_par_iter()
                    .with_max_len(1)
                    .map(|(mut doc, h)| {
                        let meta = doc.meta();
                        let mut article =
                            PreparedArticle::parts(linker, doc.id.clone(), h.clone(), &meta);
                        if stored.get(&doc.id) != Some(&h) {
                            // part by part: a long document's entities and time expressions
                            // are dropped section by section, never held whole
                            floorcross_extract::extract_parts(&doc, |x| {
                                article.add(x, Some(&doc.text))
                            });
                        }
                        let text = std::mem::take(&mut doc.text);
                        article.finish().with_text(text)
                    })
                    .collect();
                release_free_memory();
                Ok(tx.send(out).is_ok())
            };
            // a document is known by its id: a second file with the same id replaces the first
            let mut seen: std::collections::HashMap<String, Option<String>> =
                std::collections::HashMap::new();
            for item in docs {
                match item {
                    Ok(r) => {
                        if let Some(other) = seen.insert(r.doc.id.clone(), r.doc.path.clone()) {
                            if other != r.doc.path {
                                note(Note::Warning(format!(
                                    "{}: document id {:?} was also read from {}; the later replaces the earlier",
                                    r.doc.path.as_deref().unwrap_or("-"),
                                    r.doc.id,
                                    other.as_deref().unwrap_or("-")
                                )));
                            }
                        }
                        for d in r
                            .diagnostics
                            .iter()
                            .filter(|d| d.severity == floorcross_model::Severity::Warning)
                        {
                            note(Note::Warning(format!(
                                "{}: {}",
                                r.doc.path.as_deref().unwrap_or(&r.doc.id),
                                d.message
                            )));
                        }
                        batch.push(r);
                        if batch.len() >= CHUNK.min(batch_size - sent % batch_size) {
                            sent += batch.len();
                            if !flush(&mut batch)? {
                                return Ok(());
                            }
                        }
                    }
                    Err(e) => {
                        errors += 1;
                        note(Note::Error(e));
                    }
                }
            }
            if !batch.is_empty() {
                flush(&mut batch)?;
            }
            let _ = errors_tx.send(errors);
            Ok(())
        });
        // one transaction holds `batch_size` documents, written as their chunks arrive
        let cpu0 = thread_cpu();
        let mut chunks = rx.into_iter().peekable();
        while chunks.peek().is_some() {
            let t = std::time::Instant::now();
            let mut w = store.article_writer()?;
            summary.write_time += t.elapsed();
            let mut in_tx = 0;
            while in_tx < batch_size {
                let Some(chunk) = chunks.next() else { break };
                let t = std::time::Instant::now();
                let s = w.write(linker, &chunk)?;
                summary.read += chunk.len();
                in_tx += chunk.len();
                drop(chunk);
                summary.write_time += t.elapsed();
                summary.stats.documents += s.documents;
                summary.stats.skipped += s.skipped;
                summary.stats.replaced += s.replaced;
                summary.stats.events += s.events;
                summary.stats.facts += s.facts;
                summary.stats.unlinked += s.unlinked;
            }
            let t = std::time::Instant::now();
            w.commit(linker)?;
            summary.write_time += t.elapsed();
            on_batch(summary.read, &summary.stats);
        }
        summary.writer_cpu = cpu0.zip(thread_cpu()).map(|(a, b)| b.saturating_sub(a));
        producer.join().map_err(|_| IngestError::ReaderPanicked)??;
        Ok(())
    })?;
    summary.errors = errors_rx.try_recv().unwrap_or(0);
    let t = std::time::Instant::now();
    summary.reconciled = store.reconcile_dirty(500, |_| {})?;
    summary.reconcile_time = t.elapsed();
    Ok(summary)
}
