//! The record's embedded database: one SQLite file holding every source's claims, the
//! people they are about, and the memberships reconciled from them. The only crate that
//! knows SQL; every statement is parameterised.
//!
//! Main types: [`Store`] (an open database: WAL mode, migrations from [`schema::MIGRATIONS`]
//! applied on open), [`Article`] (one extracted document to write), [`StoreError`] (what
//! failed, with the database path and the operation), and the query rows [`RosterRow`],
//! [`SeatRow`], [`TimelineRow`], [`WhoRow`]. Writes go through [`Store::write_articles`] and
//! [`Store::import_register`], each in one transaction; articles can also be made ready on
//! many threads ([`PreparedArticle`]) and written by one [`ArticleWriter`] that only runs
//! statements. Reconciliation of the people they touched ([`Store::reconcile_dirty`]) runs in
//! transactions of its own and resumes after a crash, because the set of people still to do
//! (`dirty`) is itself stored; it also keeps the seat counts (`seats.rs`) that `seats` reads
//! and each membership's roster row (`roster.rs`) that `roster` reads.
//!
//! ```
//! use floorcross_store::Store;
//! let dir = tempfile::tempdir().unwrap();
//! let mut store = Store::open(&dir.path().join("x.db")).unwrap();
//! let reg = floorcross_record::register::read_csv(
//!     b"id,name,group,area,start_date,end_date\np1,Ann Example,Labour,Eastwick,2010-05-06,\n").unwrap();
//! store.import_register("ex.csv", "csv", "h1", &reg).unwrap();
//! store.reconcile_dirty(100, |_| {}).unwrap();
//! let rows = store.roster("Labour", "2015-01-01".parse().unwrap()).unwrap();
//! assert_eq!(rows[0].person, "Ann Example");
//! ```

mod articles;
mod check;
mod reads;
mod registers;
mod roster;
pub mod schema;
mod seats;

pub use articles::{ArticleParts, PreparedArticle};
pub use check::Flag;
pub use reads::{DocumentClaim, DocumentRow};

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use floorcross_model::{EventType, Extraction, Modality};
use floorcross_record::date::PartialDate;
use floorcross_record::link::{Context, How, Link, Linker, LinkerBuilder, RegisterPerson};
use floorcross_record::names::canonical_org;
use floorcross_record::reconcile::{
    reconcile, Claim, Conflict, MembershipKind, SourceKind, Status, What,
};
use floorcross_record::register::Register;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use seats::{SeatChanges, Spell};
use serde::{Deserialize, Serialize};

/// What went wrong in the store: the database, the operation, and the cause.
#[derive(Debug)]
pub struct StoreError {
    pub db: PathBuf,
    pub operation: String,
    pub kind: StoreErrorKind,
}

#[derive(Debug)]
pub enum StoreErrorKind {
    Sqlite(rusqlite::Error),
    /// The database was written by a newer floorcross.
    TooNew {
        version: i64,
        known: i64,
    },
    NotFound(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: ", self.db.display(), self.operation)?;
        match &self.kind {
            StoreErrorKind::Sqlite(e) => write!(f, "{e}"),
            StoreErrorKind::TooNew { version, known } => write!(
                f,
                "schema version {version} is newer than this floorcross knows ({known})"
            ),
            StoreErrorKind::NotFound(what) => write!(f, "{what}"),
        }
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            StoreErrorKind::Sqlite(e) => Some(e),
            _ => None,
        }
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// An open record database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Organisation ids by canonical name, as committed (organisations are never removed).
    org_ids: HashMap<String, i64>,
}

/// One document to write: its identity, content hash and what extraction found.
pub struct Article<'a> {
    pub key: &'a str,
    pub hash: String,
    pub extraction: &'a Extraction,
}

/// What a write did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WriteStats {
    pub documents: usize,
    pub skipped: usize,
    pub replaced: usize,
    pub events: usize,
    pub facts: usize,
    pub unlinked: usize,
}

/// What an import did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportStats {
    pub skipped: bool,
    pub persons: usize,
    /// People a people file identifies (they group spells; they make nobody by themselves).
    pub identified: usize,
    pub new_persons: usize,
    pub memberships: usize,
    pub relinked: usize,
}

/// Where a register's snapshot date comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SnapshotFrom {
    /// Given on the command line (`--as-of`).
    Option,
    /// A date in the file's name (`all-members.2009-02-23.xml`).
    Name,
    /// The latest date the file records: it was written no earlier.
    Contents,
}

impl SnapshotFrom {
    pub fn as_str(self) -> &'static str {
        match self {
            SnapshotFrom::Option => "option",
            SnapshotFrom::Name => "name",
            SnapshotFrom::Contents => "contents",
        }
    }
}

/// The day a register was written: a spell it leaves open is open as of that day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Snapshot {
    pub date: PartialDate,
    pub from: SnapshotFrom,
}

/// A source cited by a row: the document (or register file) and its sentence (or line).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct SourceRef {
    pub doc: String,
    pub evidence: String,
}

/// One row of `roster`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RosterRow {
    pub person: String,
    pub status: String,
    pub since: Option<String>,
    pub until: Option<String>,
    pub kind: String,
    pub post: Option<String>,
    pub sources: Vec<SourceRef>,
    pub conflicts: Vec<Conflict>,
}

/// One row of `sources`: a register (with its snapshot date and where that date comes from)
/// or an article.
#[derive(Clone, Debug, Serialize)]
pub struct SourceRow {
    pub key: String,
    pub kind: String,
    /// A register's format; an article's path.
    pub format: Option<String>,
    /// An article's date.
    pub date: Option<String>,
    /// A register's snapshot date: what it leaves open is open as of this day.
    pub as_of: Option<String>,
    /// `option` (`--as-of`), `name` (a date in the file name) or `contents` (the latest date
    /// the file records).
    pub as_of_from: Option<String>,
    pub claims: i64,
    /// People a people file identifies.
    pub identities: i64,
}

/// One row of `holders`: who held an office (or a seat) on a day.
#[derive(Clone, Debug, Serialize)]
pub struct HolderRow {
    pub person: String,
    pub role: Option<String>,
    pub org: Option<String>,
    pub post: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub sources: Vec<SourceRef>,
    pub conflicts: Vec<Conflict>,
}

/// One row of `seats`.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct SeatRow {
    pub org: String,
    pub seats: u64,
}

/// One row of `timeline`, `changes` and `pending`.
#[derive(Clone, Debug, Serialize)]
pub struct TimelineRow {
    pub person: String,
    pub date: Option<String>,
    #[serde(rename = "type")]
    pub kind: String,
    pub org: Option<String>,
    pub from: Option<String>,
    pub post: Option<String>,
    pub role: Option<String>,
    pub modality: String,
    pub status: String,
    pub reason: Option<String>,
    pub sources: Vec<SourceRef>,
    pub denials: Vec<SourceRef>,
    pub conflicts: Vec<Conflict>,
}

/// One mention of a person in an article, as linked.
#[derive(Clone, Debug, Serialize)]
pub struct LinkRow {
    pub doc: String,
    pub written: String,
    pub how: String,
}

/// One row of `who`.
#[derive(Clone, Debug, Serialize)]
pub struct WhoRow {
    pub key: String,
    pub name: String,
    pub origin: String,
    pub aliases: Vec<String>,
    pub identifiers: Vec<(String, String)>,
    pub links: Vec<LinkRow>,
}

/// One reconciled membership, for exports.
#[derive(Clone, Debug, Serialize)]
pub struct MembershipRow {
    pub person_key: String,
    pub person: String,
    pub kind: String,
    pub org: Option<String>,
    pub post: Option<String>,
    pub role: Option<String>,
    pub on_behalf_of: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub start_reason: Option<String>,
    pub end_reason: Option<String>,
    pub status: String,
    pub sources: Vec<SourceRef>,
    pub conflicts: Vec<Conflict>,
}

/// A register person for exports: key, name, other names, identifiers.
pub type PersonRow = (String, String, Vec<String>, Vec<(String, String)>);

/// Day numbers for open ends in the interval index.
const OPEN_LO: i32 = -100_000_000;
const OPEN_HI: i32 = 100_000_000;

fn day_lo(d: Option<PartialDate>) -> i32 {
    d.map_or(OPEN_LO, |d| d.first_day())
}
fn day_hi(d: Option<PartialDate>) -> i32 {
    d.map_or(OPEN_HI, |d| d.last_day())
}

fn json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "[]".into())
}

/// The page cache each connection opens with, in KiB.
pub const CACHE_KIB: i64 = 64 * 1024;

impl Store {
    /// Opens (creating if needed) the database at `path`, in WAL mode, and migrates it.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open(path).map_err(|e| StoreError {
            db: path.to_path_buf(),
            operation: "open".into(),
            kind: StoreErrorKind::Sqlite(e),
        })?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            org_ids: HashMap::new(),
        };
        store.setup()?;
        Ok(store)
    }

    fn err(&self, operation: &str) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        let op = operation.to_string();
        move |e| StoreError {
            db: self.path.clone(),
            operation: op.clone(),
            kind: StoreErrorKind::Sqlite(e),
        }
    }

    fn setup(&mut self) -> Result<()> {
        let e = self.err("set up");
        self.conn
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(&e)?;
        self.conn
            .pragma_update(None, "synchronous", "NORMAL")
            .map_err(&e)?;
        self.conn
            .pragma_update(None, "foreign_keys", "ON")
            .map_err(&e)?;
        // a 64 MiB page cache and memory-mapped reads: the interval index stays in memory
        self.conn
            .pragma_update(None, "cache_size", -CACHE_KIB)
            .map_err(&e)?;
        self.conn
            .pragma_update(None, "mmap_size", 1i64 << 30)
            .map_err(&e)?;
        self.conn
            .busy_timeout(std::time::Duration::from_secs(10))
            .map_err(&e)?;
        drop(e);
        self.migrate()
    }

    /// Applies the migrations this database has not had yet, each in its own transaction.
    fn migrate(&mut self) -> Result<()> {
        let version: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(self.err("read the schema version"))?;
        let known = schema::MIGRATIONS.len() as i64;
        if version > known {
            return Err(StoreError {
                db: self.path.clone(),
                operation: "open".into(),
                kind: StoreErrorKind::TooNew { version, known },
            });
        }
        for (i, sql) in schema::MIGRATIONS.iter().enumerate().skip(version as usize) {
            let path = self.path.clone();
            let err = move |e| StoreError {
                db: path.clone(),
                operation: format!("migrate to schema version {}", i + 1),
                kind: StoreErrorKind::Sqlite(e),
            };
            let tx = self.conn.transaction().map_err(&err)?;
            tx.execute_batch(sql).map_err(&err)?;
            if i as i64 + 1 == schema::ROSTER_ENTRIES {
                roster::write_all(&tx).map_err(&err)?;
            }
            if i as i64 + 1 == schema::SEATS_EVERY_BODY {
                seats::write_every_body(&tx).map_err(&err)?;
            }
            tx.pragma_update(None, "user_version", (i + 1) as i64)
                .map_err(&err)?;
            tx.commit().map_err(&err)?;
        }
        Ok(())
    }

    /// The schema version (`PRAGMA user_version`).
    pub fn schema_version(&self) -> Result<i64> {
        self.conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(self.err("read the schema version"))
    }

    /// The stored hash of a source, if it is stored.
    pub fn source_hash(&self, key: &str) -> Result<Option<String>> {
        self.conn
            .prepare_cached("SELECT hash FROM source WHERE key = ?1")
            .and_then(|mut st| st.query_row(params![key], |r| r.get(0)).optional())
            .map_err(self.err("look up a source"))
    }

    /// The stored hashes of many sources at once (one query), by key; keys not stored are
    /// absent.
    pub fn source_hashes(&self, keys: &[&str]) -> Result<HashMap<String, String>> {
        if keys.is_empty() {
            return Ok(HashMap::new());
        }
        self.conn
            .prepare_cached(
                "SELECT s.key, s.hash FROM json_each(?1) j JOIN source s ON s.key = j.value",
            )
            .and_then(|mut st| {
                st.query_map(params![json(&keys)], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect()
            })
            .map_err(self.err("look up sources"))
    }

    /// The name index over every register person, plus people met in articles.
    pub fn linker(&self) -> Result<Linker> {
        let e = self.err("build the name index");
        let mut people: HashMap<i64, RegisterPerson> = HashMap::new();
        let mut st = self
            .conn
            .prepare(
                "SELECT p.id, n.name FROM person p JOIN person_name n ON n.person_id = p.id
                 WHERE p.origin = 'register' ORDER BY p.id, n.name",
            )
            .map_err(&e)?;
        let rows = st
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
            .map_err(&e)?;
        for row in rows {
            let (id, name) = row.map_err(&e)?;
            let p = people.entry(id).or_insert_with(|| RegisterPerson {
                id,
                ..RegisterPerson::default()
            });
            p.names.push(name);
        }
        let mut st = self
            .conn
            .prepare(
                "SELECT DISTINCT c.person_id, o.name, c.post, c.start_date, c.end_date, b.name, s.as_of
                 FROM claim c
                 JOIN source s ON s.id = c.source_id AND s.kind = 'register'
                 LEFT JOIN org o ON o.id = coalesce(c.on_behalf_of_id, c.org_id)
                 LEFT JOIN org b ON b.id = c.org_id
                 WHERE c.person_id IS NOT NULL",
            )
            .map_err(&e)?;
        let rows = st
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, Option<String>>(6)?,
                ))
            })
            .map_err(&e)?;
        let day = |s: Option<String>| s.and_then(|s| PartialDate::parse_prefix(&s).ok());
        for row in rows {
            let (id, org, post, start, end, body, as_of) = row.map_err(&e)?;
            if let Some(p) = people.get_mut(&id) {
                // a seat left open ends with its term
                let span = registers::spell_days(
                    body.as_deref().unwrap_or(""),
                    day(start),
                    day(end),
                    day(as_of),
                );
                if !p.active.contains(&span) {
                    p.active.push(span);
                }
                if let Some(o) = org {
                    if !p.orgs.contains(&o) {
                        p.orgs.push(o);
                    }
                }
                if let Some(x) = post {
                    if !p.posts.contains(&x) {
                        p.posts.push(x);
                    }
                }
            }
        }
        let mut b = LinkerBuilder::default();
        let mut ids: Vec<i64> = people.keys().copied().collect();
        ids.sort_unstable();
        for id in ids {
            b.add(people.remove(&id).expect("listed"));
        }
        let mut st = self
            .conn
            .prepare("SELECT id, key FROM person WHERE origin = 'article'")
            .map_err(&e)?;
        let rows = st
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
            .map_err(&e)?;
        for row in rows {
            let (id, key) = row.map_err(&e)?;
            if let Some(k) = key.strip_prefix("article:") {
                b.add_known(k.to_string(), id);
            }
        }
        Ok(b.build())
    }

    /// Writes a batch of extracted articles in one transaction: a document stored with the
    /// same hash is skipped, a changed one has its claims replaced. Every person mentioned is
    /// linked (or created) and marked for reconciliation.
    pub fn write_articles(&mut self, linker: &Linker, docs: &[Article]) -> Result<WriteStats> {
        let prepared: Vec<PreparedArticle> = docs
            .iter()
            .map(|a| {
                PreparedArticle::new(
                    linker,
                    a.key.to_string(),
                    a.hash.clone(),
                    a.extraction.clone(),
                )
            })
            .collect();
        self.write_prepared(linker, &prepared)
    }

    /// [`Store::write_articles`] for articles already prepared (on any thread) against the
    /// same `linker`: one transaction that only runs cached statements. People first met
    /// here are remembered by `linker` once the transaction commits.
    pub fn write_prepared(
        &mut self,
        linker: &Linker,
        docs: &[PreparedArticle],
    ) -> Result<WriteStats> {
        let mut w = self.article_writer()?;
        let stats = w.write(linker, docs)?;
        w.commit(linker)?;
        Ok(stats)
    }

    /// Opens one write transaction for prepared articles, to be filled by several
    /// [`ArticleWriter::write`] calls and ended by [`ArticleWriter::commit`]; dropped
    /// without committing, it rolls back.
    pub fn article_writer(&mut self) -> Result<ArticleWriter<'_>> {
        let Store {
            conn,
            path,
            org_ids,
        } = self;
        let tx = conn.transaction().map_err(|e| StoreError {
            db: path.clone(),
            operation: "write articles".into(),
            kind: StoreErrorKind::Sqlite(e),
        })?;
        Ok(ArticleWriter {
            tx,
            path,
            org_ids,
            state: articles::TxState::default(),
        })
    }

    /// The number of people whose record is still to be reconciled.
    pub fn dirty_count(&self) -> Result<usize> {
        self.conn
            .query_row("SELECT count(*) FROM dirty", [], |r| r.get::<_, i64>(0))
            .map(|n| n as usize)
            .map_err(self.err("count people to reconcile"))
    }

    /// Reconciles every person marked dirty, `chunk` people per transaction; `progress` is
    /// told how many were done after each chunk. Returns how many were reconciled.
    pub fn reconcile_dirty(
        &mut self,
        chunk: usize,
        mut progress: impl FnMut(usize),
    ) -> Result<usize> {
        let path = self.path.clone();
        let err = |e| StoreError {
            db: path.clone(),
            operation: "reconcile".into(),
            kind: StoreErrorKind::Sqlite(e),
        };
        let mut done = 0;
        loop {
            let tx = self.conn.transaction().map_err(err)?;
            let ids: Vec<i64> = {
                let mut st = tx
                    .prepare_cached("SELECT person_id FROM dirty ORDER BY person_id LIMIT ?1")
                    .map_err(err)?;
                let rows = st
                    .query_map(params![chunk.max(1) as i64], |r| r.get(0))
                    .map_err(err)?;
                rows.collect::<rusqlite::Result<_>>().map_err(err)?
            };
            if ids.is_empty() {
                break;
            }
            let mut orgs = OrgCache::new();
            let mut seat_changes = SeatChanges::default();
            for &id in &ids {
                reconcile_person(&tx, &mut orgs, &mut seat_changes, id).map_err(err)?;
                tx.prepare_cached("DELETE FROM dirty WHERE person_id = ?1")
                    .and_then(|mut st| st.execute(params![id]))
                    .map_err(err)?;
            }
            seat_changes.apply(&tx).map_err(err)?;
            tx.commit().map_err(err)?;
            done += ids.len();
            progress(done);
        }
        Ok(done)
    }

    /// Imports one register file in one transaction. The same file (by hash) is skipped; a
    /// changed one replaces that register's claims. People are matched to those already
    /// stored (the same name and seat in another register, or a person met in articles).
    pub fn import_register(
        &mut self,
        name: &str,
        format: &str,
        hash: &str,
        reg: &Register,
    ) -> Result<ImportStats> {
        self.import_register_at(name, format, hash, reg, None)
    }

    /// [`Store::import_register`] with the register's snapshot date, stored with the source
    /// (spells it leaves open are open as of that day).
    pub fn import_register_at(
        &mut self,
        name: &str,
        format: &str,
        hash: &str,
        reg: &Register,
        snapshot: Option<Snapshot>,
    ) -> Result<ImportStats> {
        let path = self.path.clone();
        let err = |e| StoreError {
            db: path.clone(),
            operation: format!("import {name}"),
            kind: StoreErrorKind::Sqlite(e),
        };
        if self.source_hash(name)?.as_deref() == Some(hash) {
            return Ok(ImportStats {
                skipped: true,
                ..ImportStats::default()
            });
        }
        let tx = self.conn.transaction().map_err(err)?;
        let stats =
            registers::import(&tx, name, format, hash, reg, snapshot.as_ref()).map_err(err)?;
        tx.commit().map_err(err)?;
        // people first met in articles may now be found in the register
        let relinked = self.relink_article_people()?;
        Ok(ImportStats { relinked, ..stats })
    }

    /// Links people first met in articles to register people, where the name index now finds
    /// one; their claims move to that person.
    fn relink_article_people(&mut self) -> Result<usize> {
        let linker = self.linker()?;
        let path = self.path.clone();
        let err = |e| StoreError {
            db: path.clone(),
            operation: "relink people".into(),
            kind: StoreErrorKind::Sqlite(e),
        };
        let tx = self.conn.transaction().map_err(err)?;
        let people: Vec<(i64, String)> = {
            let mut st = tx
                .prepare("SELECT id, name FROM person WHERE origin = 'article' ORDER BY id")
                .map_err(err)?;
            let rows = st
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .map_err(err)?;
            rows.collect::<rusqlite::Result<_>>().map_err(err)?
        };
        let mut moved = 0;
        let mut seat_changes = SeatChanges::default();
        for (id, name) in people {
            let ctx = person_context(&tx, id).map_err(err)?;
            if let Link::Person { id: to, how } = linker.link(&name, &ctx) {
                if how == How::Known || to == id {
                    continue;
                }
                tx.execute(
                    "UPDATE claim SET person_id = ?1, link = ?2 WHERE person_id = ?3",
                    params![to, how.as_str(), id],
                )
                .map_err(err)?;
                delete_person(&tx, &mut seat_changes, id).map_err(err)?;
                tx.execute("INSERT OR IGNORE INTO dirty VALUES (?1)", params![to])
                    .map_err(err)?;
                moved += 1;
            }
        }
        seat_changes.apply(&tx).map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(moved)
    }

    fn org_id(&self, name: &str) -> Result<Option<i64>> {
        self.conn
            .prepare_cached("SELECT id FROM org WHERE name = ?1")
            .and_then(|mut st| {
                st.query_row(params![canonical_org(name)], |r| r.get(0))
                    .optional()
            })
            .map_err(self.err("look up an organisation"))
    }

    fn sources(&self, ids: &str) -> Result<Vec<SourceRef>> {
        Ok(self.sources_many(&[ids])?.pop().unwrap_or_default())
    }

    /// The sources of many rows at once (one query): each `ids` is a JSON array of claim ids.
    fn sources_many(&self, lists: &[&str]) -> Result<Vec<Vec<SourceRef>>> {
        sources_many(&self.conn, lists).map_err(self.err("read sources"))
    }

    /// The registers stored (and the articles, with `articles`), registers first.
    pub fn source_list(&self, articles: bool) -> Result<Vec<SourceRow>> {
        self.conn
            .prepare_cached(
                "SELECT s.key, s.kind, s.path, s.date, s.as_of, s.as_of_from,
                        (SELECT count(*) FROM claim c WHERE c.source_id = s.id),
                        (SELECT count(*) FROM identity i WHERE i.source_id = s.id AND i.scheme = 'parlparse')
                 FROM source s WHERE s.kind = 'register' OR ?1 ORDER BY s.kind DESC, s.key",
            )
            .and_then(|mut st| {
                st.query_map(params![articles], |r| {
                    Ok(SourceRow {
                        key: r.get(0)?,
                        kind: r.get(1)?,
                        format: r.get(2)?,
                        date: r.get(3)?,
                        as_of: r.get(4)?,
                        as_of_from: r.get(5)?,
                        claims: r.get(6)?,
                        identities: r.get(7)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()
            })
            .map_err(self.err("sources"))
    }

    /// Who held an office on `on`: `what` is an office's common name the office table knows
    /// ("Home Secretary": its organisations and roles), an organisation (`Home Office`, with
    /// `role` to narrow it), or a post (a seat) held by that name.
    pub fn holders(
        &self,
        what: &str,
        on: PartialDate,
        role: Option<&str>,
    ) -> Result<Vec<HolderRow>> {
        let role_fits = |r: &Option<String>, want: &str| {
            r.as_deref().is_some_and(|r| {
                floorcross_record::offices::fold(r) == floorcross_record::offices::fold(want)
            })
        };
        // (org id, role wanted)
        let mut places: Vec<(i64, Option<String>)> = Vec::new();
        for (org, r) in floorcross_record::offices::office(what) {
            if role.is_some_and(|want| !role_fits(&Some(r.to_string()), want)) {
                continue;
            }
            if let Some(id) = self.org_id(org)? {
                places.push((id, Some(r.to_string())));
            }
        }
        if places.is_empty() {
            if let Some(id) = self.org_id(what)? {
                places.push((id, role.map(str::to_string)));
            }
        }
        let day = on.first_day();
        type Row = (
            String,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            String,
            String,
        );
        let mut rows: Vec<Row> = Vec::new();
        let read = |r: &rusqlite::Row| -> rusqlite::Result<Row> {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ))
        };
        if places.is_empty() {
            // a post by name: the seat or office itself
            let mut st = self
                .conn
                .prepare_cached(
                    "SELECT p.name, m.role, o.name, m.post, m.since, m.until, m.sources, m.conflicts
                     FROM membership m JOIN membership_span s ON s.id = m.id
                     JOIN person p ON p.id = m.person_id LEFT JOIN org o ON o.id = m.org_id
                     WHERE m.post = ?1 COLLATE NOCASE AND m.status = 'member'
                       AND m.kind IN ('seat', 'office') AND s.day_lo <= ?2 AND s.day_hi >= ?2
                     ORDER BY m.since, p.name",
                )
                .map_err(self.err("holders"))?;
            rows = st
                .query_map(params![what.trim(), day], read)
                .and_then(|r| r.collect())
                .map_err(self.err("holders"))?;
            if let Some(want) = role {
                rows.retain(|r| role_fits(&r.1, want));
            }
        }
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT p.name, m.role, o.name, m.post, m.since, m.until, m.sources, m.conflicts
                 FROM membership_span s JOIN membership m ON m.id = s.id
                 JOIN person p ON p.id = m.person_id LEFT JOIN org o ON o.id = m.org_id
                 WHERE s.org_lo <= ?1 AND s.org_hi >= ?1 AND s.day_lo <= ?2 AND s.day_hi >= ?2
                   AND m.kind = 'office' AND m.status = 'member'
                 ORDER BY m.since, p.name",
            )
            .map_err(self.err("holders"))?;
        for (org, want) in &places {
            let found: Vec<Row> = st
                .query_map(params![org, day], read)
                .and_then(|r| r.collect())
                .map_err(self.err("holders"))?;
            rows.extend(
                found
                    .into_iter()
                    .filter(|r| want.as_deref().is_none_or(|w| role_fits(&r.1, w))),
            );
        }
        let lists: Vec<&str> = rows.iter().map(|r| r.6.as_str()).collect();
        let sources = self.sources_many(&lists)?;
        Ok(rows
            .into_iter()
            .zip(sources)
            .map(
                |((person, role, org, post, since, until, _, conflicts), sources)| HolderRow {
                    person,
                    role,
                    org,
                    post,
                    since,
                    until,
                    sources,
                    conflicts: serde_json::from_str(&conflicts).unwrap_or_default(),
                },
            )
            .collect())
    }

    /// Seats held on `on`, by the party they are held for; within one body if named.
    pub fn seats(&self, on: PartialDate, body: Option<&str>) -> Result<Vec<SeatRow>> {
        let body_id = match body {
            Some(b) => match self.org_id(b)? {
                Some(id) => Some(id),
                None => return Ok(Vec::new()),
            },
            None => None,
        };
        let tally = seats::count(&self.conn, on.first_day(), body_id).map_err(self.err("seats"))?;
        let counts: Vec<(i64, i64)> = tally.into_iter().collect();
        let mut name = self
            .conn
            .prepare_cached("SELECT name FROM org WHERE id = ?1")
            .map_err(self.err("seats"))?;
        let mut rows = Vec::with_capacity(counts.len());
        for (party, n) in counts {
            let org = match party {
                0 => "(none)".to_string(),
                id => name
                    .query_row(params![id], |r| r.get(0))
                    .map_err(self.err("seats"))?,
            };
            rows.push(SeatRow {
                org,
                seats: n as u64,
            });
        }
        rows.sort_by(|a, b| b.seats.cmp(&a.seats).then_with(|| a.org.cmp(&b.org)));
        Ok(rows)
    }

    /// The people whose name or alias matches `name` (best first: exact, then by the linker).
    pub fn find_people(&self, name: &str) -> Result<Vec<i64>> {
        let ids = self.find_people_exact(name)?;
        if !ids.is_empty() {
            return Ok(ids);
        }
        Ok(find_people_fuzzy(&self.linker()?, name))
    }

    /// Every change on record for one person, oldest first.
    pub fn timeline(&self, person: i64) -> Result<Vec<TimelineRow>> {
        self.happenings("h.person_id = ?1", params![person], "h.day, h.kind")
    }

    /// Changes of membership dated within `from..=to`.
    pub fn changes(&self, from: PartialDate, to: PartialDate) -> Result<Vec<TimelineRow>> {
        self.happenings(
            "h.day >= ?1 AND h.day <= ?2 AND h.kind IN ('defect','join','leave','found','expel','readmit','elect','reelect','defeat','appoint','resign','dismiss')",
            params![from.first_day(), to.last_day()],
            "h.day, p.name, h.kind",
        )
    }

    /// Claims still unconfirmed: rumoured, expected or hypothetical, with their evidence.
    pub fn pending(&self) -> Result<Vec<TimelineRow>> {
        self.happenings("h.status = 'pending'", params![], "h.day, p.name, h.kind")
    }

    fn happenings(
        &self,
        cond: &str,
        args: &[&dyn rusqlite::ToSql],
        order: &str,
    ) -> Result<Vec<TimelineRow>> {
        // `cond` and `order` are fixed strings from this file; values are parameters
        let sql = format!(
            "SELECT p.name, h.date, h.kind, t.name, f.name, h.post, h.role, h.modality, h.status,
                    h.reason, h.sources, h.denials, h.conflicts
             FROM happening h JOIN person p ON p.id = h.person_id
             LEFT JOIN org t ON t.id = h.to_org_id LEFT JOIN org f ON f.id = h.from_org_id
             WHERE {cond} ORDER BY {order}"
        );
        let mut st = self
            .conn
            .prepare_cached(&sql)
            .map_err(self.err("timeline"))?;
        type Raw = (
            String,
            Option<String>,
            String,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            String,
            String,
            Option<String>,
            String,
            String,
            String,
        );
        let rows: Vec<Raw> = st
            .query_map(args, |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                    r.get(8)?,
                    r.get(9)?,
                    r.get(10)?,
                    r.get(11)?,
                    r.get(12)?,
                ))
            })
            .and_then(|rows| rows.collect())
            .map_err(self.err("timeline"))?;
        let mut out = Vec::with_capacity(rows.len());
        for (person, date, kind, to, from, post, role, modality, status, reason, s, d, c) in rows {
            out.push(TimelineRow {
                person,
                date,
                kind,
                org: to.clone().or_else(|| from.clone()),
                from,
                post,
                role,
                modality,
                status,
                reason,
                sources: self.sources(&s)?,
                denials: self.sources(&d)?,
                conflicts: serde_json::from_str(&c).unwrap_or_default(),
            });
        }
        Ok(out)
    }

    /// One person for `who`: names, identifiers and the article mentions linked to them.
    pub fn who(&self, person: i64) -> Result<WhoRow> {
        let e = self.err("who");
        let (key, name, origin): (String, String, String) = self
            .conn
            .query_row(
                "SELECT key, name, origin FROM person WHERE id = ?1",
                params![person],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .map_err(&e)?;
        let aliases: Vec<String> = self
            .conn
            .prepare_cached(
                "SELECT DISTINCT name FROM person_name WHERE person_id = ?1 ORDER BY name",
            )
            .and_then(|mut st| {
                st.query_map(params![person], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(&e)?;
        let identifiers: Vec<(String, String)> = self
            .conn
            .prepare_cached(
                "SELECT scheme, identifier FROM person_identifier WHERE person_id = ?1
                 UNION SELECT ident_scheme, ident FROM claim
                 WHERE person_id = ?1 AND ident_scheme = 'parlparse_member'
                 ORDER BY 1, 2",
            )
            .and_then(|mut st| {
                st.query_map(params![person], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(&e)?;
        let links: Vec<LinkRow> = self
            .conn
            .prepare_cached(
                "SELECT DISTINCT s.key, c.person_name, c.link FROM claim c
                 JOIN source s ON s.id = c.source_id
                 WHERE c.person_id = ?1 AND s.kind = 'article' ORDER BY s.key, c.person_name",
            )
            .and_then(|mut st| {
                st.query_map(params![person], |r| {
                    Ok(LinkRow {
                        doc: r.get(0)?,
                        written: r.get(1)?,
                        how: r.get(2)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()
            })
            .map_err(&e)?;
        Ok(WhoRow {
            key,
            name,
            origin,
            aliases,
            identifiers,
            links,
        })
    }

    /// Ambiguous links and other notes, as (source, code, message).
    pub fn diagnostics(&self) -> Result<Vec<(String, String, String)>> {
        self.conn
            .prepare(
                "SELECT s.key, d.code, d.message FROM diagnostic d JOIN source s ON s.id = d.source_id
                 ORDER BY s.key, d.seq, d.code",
            )
            .and_then(|mut st| {
                st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(self.err("diagnostics"))
    }

    /// Every person with their names and identifiers, by key.
    pub fn persons(&self) -> Result<Vec<PersonRow>> {
        let e = self.err("export people");
        let people: Vec<(i64, String, String)> = self
            .conn
            .prepare("SELECT id, key, name FROM person ORDER BY key")
            .and_then(|mut st| {
                st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(&e)?;
        let mut out = Vec::with_capacity(people.len());
        for (id, key, name) in people {
            let w = self.who(id)?;
            let other: Vec<String> = w.aliases.into_iter().filter(|a| *a != name).collect();
            out.push((key, name, other, w.identifiers));
        }
        Ok(out)
    }

    /// Every organisation's name.
    pub fn orgs(&self) -> Result<Vec<String>> {
        self.conn
            .prepare("SELECT name FROM org ORDER BY name")
            .and_then(|mut st| {
                st.query_map([], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(self.err("export organisations"))
    }

    /// Every reconciled membership, by person key.
    pub fn memberships(&self) -> Result<Vec<MembershipRow>> {
        let mut st = self
            .conn
            .prepare(
                "SELECT p.key, p.name, m.kind, o.name, m.post, m.role, b.name, m.since, m.until,
                        m.start_reason, m.end_reason, m.status, m.sources, m.conflicts
                 FROM membership m JOIN person p ON p.id = m.person_id
                 LEFT JOIN org o ON o.id = m.org_id LEFT JOIN org b ON b.id = m.on_behalf_of_id
                 ORDER BY p.key, m.kind, m.since, o.name, m.post, m.role, m.status",
            )
            .map_err(self.err("export memberships"))?;
        let rows: Vec<(MembershipRow, String, String)> = st
            .query_map([], membership_row)
            .and_then(|rows| rows.collect())
            .map_err(self.err("export memberships"))?;
        let mut out = Vec::with_capacity(rows.len());
        for (mut m, s, c) in rows {
            m.sources = self.sources(&s)?;
            m.conflicts = serde_json::from_str(&c).unwrap_or_default();
            out.push(m);
        }
        Ok(out)
    }

    /// Counts of what is stored: (articles, registers, persons, claims, memberships).
    pub fn counts(&self) -> Result<[i64; 5]> {
        let mut out = [0; 5];
        for (i, sql) in [
            "SELECT count(*) FROM source WHERE kind = 'article'",
            "SELECT count(*) FROM source WHERE kind = 'register'",
            "SELECT count(*) FROM person",
            "SELECT count(*) FROM claim",
            "SELECT count(*) FROM membership",
        ]
        .iter()
        .enumerate()
        {
            out[i] = self
                .conn
                .query_row(sql, [], |r| r.get(0))
                .map_err(self.err("count"))?;
        }
        Ok(out)
    }

    /// A canonical text dump of everything stored, ordered and free of row ids: two databases
    /// with the same content give the same dump.
    pub fn dump(&self) -> Result<String> {
        let queries: &[(&str, &str)] = &[
            (
                "source",
                "SELECT kind, key, path, title, date, url, hash, as_of, as_of_from FROM source ORDER BY key",
            ),
            ("person", "SELECT key, name, origin FROM person ORDER BY key"),
            (
                "person_name",
                "SELECT p.key, n.name, n.name_key, s.key FROM person_name n JOIN person p ON p.id = n.person_id
                 JOIN source s ON s.id = n.source_id ORDER BY 1, 2, 4",
            ),
            (
                "person_identifier",
                "SELECT p.key, i.scheme, i.identifier, s.key FROM person_identifier i
                 JOIN person p ON p.id = i.person_id JOIN source s ON s.id = i.source_id ORDER BY 1, 2, 3, 4",
            ),
            (
                "identity",
                "SELECT s.key, i.scheme, i.identifier, i.person_key, i.name FROM identity i
                 JOIN source s ON s.id = i.source_id",
            ),
            ("org", "SELECT name FROM org ORDER BY name"),
            (
                "claim",
                "SELECT s.key, c.seq, p.key, c.person_name, c.link, c.kind, o.name, f.name, b.name, c.post,
                        c.role, c.start_date, c.end_date, c.start_reason, c.end_reason, c.date, c.modality,
                        c.evidence, c.ev_start, c.ev_end, c.ident_scheme, c.ident
                 FROM claim c JOIN source s ON s.id = c.source_id LEFT JOIN person p ON p.id = c.person_id
                 LEFT JOIN org o ON o.id = c.org_id LEFT JOIN org f ON f.id = c.from_org_id
                 LEFT JOIN org b ON b.id = c.on_behalf_of_id ORDER BY 1, 2",
            ),
            (
                "diagnostic",
                "SELECT s.key, d.seq, d.code, d.message FROM diagnostic d JOIN source s ON s.id = d.source_id ORDER BY 1, 2, 3",
            ),
            ("dirty", "SELECT p.key FROM dirty d JOIN person p ON p.id = d.person_id ORDER BY 1"),
            (
                "membership",
                "SELECT p.key, m.kind, o.name, m.post, m.role, b.name, m.since, m.until, m.start_reason,
                        m.end_reason, m.status, m.sources, m.conflicts, s.day_lo, s.day_hi
                 FROM membership m JOIN person p ON p.id = m.person_id
                 LEFT JOIN org o ON o.id = m.org_id LEFT JOIN org b ON b.id = m.on_behalf_of_id
                 LEFT JOIN membership_span s ON s.id = m.id",
            ),
            (
                "seat_step",
                "SELECT CASE s.body WHEN -1 THEN '(every body)' ELSE o.name END, b.name,
                        s.day_from, s.day_to, s.n FROM seat_step s
                 LEFT JOIN org o ON o.id = s.body LEFT JOIN org b ON b.id = s.party",
            ),
            (
                "seat_pair",
                "SELECT CASE s.body WHEN -1 THEN '(every body)' ELSE o.name END, b.name FROM seat_pair s
                 LEFT JOIN org o ON o.id = s.body LEFT JOIN org b ON b.id = s.party",
            ),
            (
                "happening",
                "SELECT p.key, h.kind, f.name, t.name, h.post, h.role, h.date, h.day, h.reason, h.status,
                        h.modality, h.sources, h.denials, h.conflicts
                 FROM happening h JOIN person p ON p.id = h.person_id
                 LEFT JOIN org f ON f.id = h.from_org_id LEFT JOIN org t ON t.id = h.to_org_id",
            ),
        ];
        // claim ids inside derived rows are replaced by "source#seq"
        let claim_refs: HashMap<i64, String> = self
            .conn
            .prepare("SELECT c.id, s.key || '#' || c.seq FROM claim c JOIN source s ON s.id = c.source_id")
            .and_then(|mut st| {
                st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(self.err("dump"))?;
        let map_ids = |s: &str| -> String {
            match serde_json::from_str::<Vec<i64>>(s) {
                Ok(ids) => {
                    let mut refs: Vec<&str> = ids
                        .iter()
                        .map(|i| claim_refs.get(i).map_or("?", String::as_str))
                        .collect();
                    refs.sort_unstable();
                    refs.join(",")
                }
                Err(_) => s.to_string(),
            }
        };
        let mut out = String::new();
        for (table, sql) in queries {
            let mut st = self.conn.prepare(sql).map_err(self.err("dump"))?;
            let n = st.column_count();
            let names: Vec<String> = st.column_names().iter().map(|s| s.to_string()).collect();
            let mut lines: Vec<String> = st
                .query_map([], |r| {
                    let mut cells = Vec::with_capacity(n);
                    for i in 0..n {
                        let v: rusqlite::types::Value = r.get(i)?;
                        let s = match v {
                            rusqlite::types::Value::Null => "∅".to_string(),
                            rusqlite::types::Value::Integer(i) => i.to_string(),
                            rusqlite::types::Value::Real(f) => f.to_string(),
                            rusqlite::types::Value::Text(t) => t,
                            rusqlite::types::Value::Blob(b) => format!("{b:?}"),
                        };
                        cells.push(s);
                    }
                    Ok(cells)
                })
                .and_then(|rows| rows.collect::<rusqlite::Result<Vec<Vec<String>>>>())
                .map_err(self.err("dump"))?
                .into_iter()
                .map(|mut cells| {
                    for (i, name) in names.iter().enumerate() {
                        if matches!(name.as_str(), "sources" | "denials") {
                            cells[i] = map_ids(&cells[i]);
                        }
                    }
                    cells.join("\t")
                })
                .collect();
            lines.sort();
            out.push_str(&format!("## {table} ({})\n", lines.len()));
            for l in lines {
                out.push_str(&l);
                out.push('\n');
            }
        }
        Ok(out)
    }

    /// Bytes the database file (and its WAL) take on disk after a checkpoint.
    pub fn checkpoint(&self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .map_err(self.err("checkpoint"))
    }

    /// Bounds this connection's page cache to `kib` KiB ([`CACHE_KIB`] is what it opens
    /// with). Reads are memory-mapped, so what the cache holds while writing is mostly the
    /// pages a transaction changed: without a bound below the default, one transaction that
    /// writes a long document's text and claims keeps every page of them in memory.
    pub fn set_cache_kib(&self, kib: i64) -> Result<()> {
        self.conn
            .pragma_update(None, "cache_size", -kib.max(1))
            .map_err(self.err("set the page cache"))
    }

    /// The database file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// One open write transaction for prepared articles (see [`Store::article_writer`]).
pub struct ArticleWriter<'s> {
    tx: Transaction<'s>,
    path: &'s Path,
    org_ids: &'s mut HashMap<String, i64>,
    state: articles::TxState,
}

impl ArticleWriter<'_> {
    fn err(&self) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        move |e| StoreError {
            db: self.path.to_path_buf(),
            operation: "write articles".into(),
            kind: StoreErrorKind::Sqlite(e),
        }
    }

    /// Writes prepared articles in order: a document stored with the same hash is skipped,
    /// a changed one has its claims replaced; every person an event names is marked for
    /// reconciliation.
    pub fn write(&mut self, linker: &Linker, docs: &[PreparedArticle]) -> Result<WriteStats> {
        let mut stats = WriteStats::default();
        articles::write(
            &self.tx,
            linker,
            self.org_ids,
            &mut self.state,
            docs,
            &mut stats,
        )
        .map_err(self.err())?;
        Ok(stats)
    }

    /// Commits; only then does `linker` learn the people first met in this transaction.
    pub fn commit(self, linker: &Linker) -> Result<()> {
        let err = StoreError {
            db: self.path.to_path_buf(),
            operation: "write articles".into(),
            kind: StoreErrorKind::NotFound(String::new()),
        };
        self.tx.commit().map_err(|e| StoreError {
            kind: StoreErrorKind::Sqlite(e),
            ..err
        })?;
        for (key, id) in self.state.new_people {
            linker.remember(key, id);
        }
        self.org_ids.extend(self.state.new_orgs);
        Ok(())
    }
}

/// Organisation ids by name as given, for one transaction (a rolled-back insert must not
/// outlive it).
type OrgCache = HashMap<String, i64>;

fn org_id(
    tx: &Transaction,
    cache: &mut OrgCache,
    name: Option<&str>,
) -> rusqlite::Result<Option<i64>> {
    let Some(given) = name.map(str::trim).filter(|n| !n.is_empty()) else {
        return Ok(None);
    };
    if let Some(&id) = cache.get(given) {
        return Ok(Some(id));
    }
    let id = org_id_uncached(tx, given)?;
    cache.insert(given.to_string(), id);
    Ok(Some(id))
}

fn org_id_uncached(tx: &Transaction, given: &str) -> rusqlite::Result<i64> {
    let name = canonical_org(given);
    let mut st = tx.prepare_cached("SELECT id FROM org WHERE name = ?1")?;
    if let Some(id) = st.query_row(params![name], |r| r.get(0)).optional()? {
        return Ok(id);
    }
    tx.prepare_cached("INSERT INTO org (name) VALUES (?1)")?
        .execute(params![name])?;
    Ok(tx.last_insert_rowid())
}

fn mark_dirty(tx: &Transaction, person: i64) -> rusqlite::Result<()> {
    tx.prepare_cached("INSERT OR IGNORE INTO dirty (person_id) VALUES (?1)")?
        .execute(params![person])?;
    Ok(())
}

/// Removes a source's claims (and people only it knew), marking the people it touched.
fn clear_source(tx: &Transaction, source: i64) -> rusqlite::Result<()> {
    let people: Vec<i64> = tx
        .prepare_cached(
            "SELECT DISTINCT person_id FROM claim WHERE source_id = ?1 AND person_id IS NOT NULL",
        )?
        .query_map(params![source], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    tx.prepare_cached("DELETE FROM claim WHERE source_id = ?1")?
        .execute(params![source])?;
    tx.prepare_cached("DELETE FROM diagnostic WHERE source_id = ?1")?
        .execute(params![source])?;
    tx.prepare_cached("DELETE FROM person_name WHERE source_id = ?1")?
        .execute(params![source])?;
    tx.prepare_cached("DELETE FROM person_identifier WHERE source_id = ?1")?
        .execute(params![source])?;
    tx.prepare_cached("DELETE FROM identity WHERE source_id = ?1")?
        .execute(params![source])?;
    // people left with nothing are removed when reconciled (a linker may still know them
    // until the end of this batch)
    for p in people {
        mark_dirty(tx, p)?;
    }
    Ok(())
}

/// Removes a person's memberships from the interval index, their roster rows, and their
/// seats from the counts (the membership rows themselves are left to the caller or to the
/// cascade).
fn drop_memberships(
    tx: &Transaction,
    seat_changes: &mut SeatChanges,
    p: i64,
) -> rusqlite::Result<()> {
    // (membership id, its org, its days if indexed, whether a seat counted)
    type Old = (i64, i64, Option<(i32, i32)>, Option<Spell>);
    let old: Vec<Old> = tx
        .prepare_cached(
            "SELECT m.id, m.kind = 'seat' AND m.status = 'member', m.org_id, m.on_behalf_of_id,
                    s.day_lo, s.day_hi
             FROM membership m LEFT JOIN membership_span s ON s.id = m.id WHERE m.person_id = ?1",
        )?
        .query_map(params![p], |r| {
            let seat = r.get::<_, bool>(1)?;
            let org = r.get::<_, Option<i64>>(2)?.unwrap_or(0);
            let days = r.get::<_, Option<i32>>(4)?.zip(r.get::<_, Option<i32>>(5)?);
            let spell = match (seat, days) {
                (true, Some((lo, hi))) => {
                    Some((org, r.get::<_, Option<i64>>(3)?.unwrap_or(0), lo, hi))
                }
                _ => None,
            };
            Ok((r.get(0)?, org, days, spell))
        })?
        .collect::<rusqlite::Result<_>>()?;
    for (id, org, days, spell) in old {
        tx.prepare_cached("DELETE FROM membership_span WHERE id = ?1")?
            .execute(params![id])?;
        if let Some((lo, hi)) = days {
            roster::delete_entry(tx, id, org, lo, hi)?;
        }
        if let Some(spell) = spell {
            seat_changes.add(spell, -1);
        }
    }
    Ok(())
}

fn delete_person(tx: &Transaction, seat_changes: &mut SeatChanges, p: i64) -> rusqlite::Result<()> {
    drop_memberships(tx, seat_changes, p)?;
    tx.prepare_cached("DELETE FROM dirty WHERE person_id = ?1")?
        .execute(params![p])?;
    tx.prepare_cached("DELETE FROM person WHERE id = ?1")?
        .execute(params![p])?;
    Ok(())
}

fn upsert_source(
    tx: &Transaction,
    kind: &str,
    key: &str,
    meta: [Option<&str>; 4],
    hash: &str,
) -> rusqlite::Result<(i64, bool)> {
    let existing: Option<i64> = tx
        .prepare_cached("SELECT id FROM source WHERE key = ?1")?
        .query_row(params![key], |r| r.get(0))
        .optional()?;
    match existing {
        Some(id) => {
            clear_source(tx, id)?;
            tx.prepare_cached(
                "UPDATE source SET kind = ?2, path = ?3, title = ?4, date = ?5, url = ?6, hash = ?7 WHERE id = ?1",
            )?
            .execute(params![id, kind, meta[0], meta[1], meta[2], meta[3], hash])?;
            Ok((id, true))
        }
        None => {
            tx.prepare_cached(
                "INSERT INTO source (kind, key, path, title, date, url, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![kind, key, meta[0], meta[1], meta[2], meta[3], hash])?;
            Ok((tx.last_insert_rowid(), false))
        }
    }
}

/// The parties and seats a person's claims name: context for linking.
fn person_context(tx: &Transaction, person: i64) -> rusqlite::Result<Context> {
    let mut ctx = Context::default();
    let mut st = tx.prepare_cached(
        "SELECT o.name, f.name, c.post FROM claim c LEFT JOIN org o ON o.id = c.org_id
         LEFT JOIN org f ON f.id = c.from_org_id WHERE c.person_id = ?1",
    )?;
    let rows = st.query_map(params![person], |r| {
        Ok((
            r.get::<_, Option<String>>(0)?,
            r.get::<_, Option<String>>(1)?,
            r.get::<_, Option<String>>(2)?,
        ))
    })?;
    for row in rows {
        let (a, b, post) = row?;
        for o in [a, b].into_iter().flatten() {
            if !ctx.orgs.contains(&o) {
                ctx.orgs.push(o);
            }
        }
        if ctx.post.is_none() {
            ctx.post = post;
        }
    }
    Ok(ctx)
}

/// Reads every claim about one person, reconciles them, and replaces their derived rows;
/// the seats they gain and lose go to `seat_changes`.
fn reconcile_person(
    tx: &Transaction,
    orgs: &mut OrgCache,
    seat_changes: &mut SeatChanges,
    person: i64,
) -> rusqlite::Result<()> {
    let left: i64 = tx
        .prepare_cached(
            "SELECT (SELECT count(*) FROM claim WHERE person_id = ?1)
                  + (SELECT count(*) FROM person_name WHERE person_id = ?1)",
        )?
        .query_row(params![person], |r| r.get(0))?;
    if left == 0 {
        // nobody says anything about them any more
        return delete_person(tx, seat_changes, person);
    }
    let mut st = tx.prepare_cached(
        "SELECT c.id, s.key, s.kind, s.date, c.kind, o.name, f.name, b.name, c.post, c.role,
                c.start_date, c.end_date, c.start_reason, c.end_reason, c.date, c.modality, c.evidence,
                s.as_of
         FROM claim c JOIN source s ON s.id = c.source_id
         LEFT JOIN org o ON o.id = c.org_id LEFT JOIN org f ON f.id = c.from_org_id
         LEFT JOIN org b ON b.id = c.on_behalf_of_id
         WHERE c.person_id = ?1 ORDER BY c.id",
    )?;
    let date = |s: Option<String>| s.and_then(|s| PartialDate::parse_prefix(&s).ok());
    let claims: Vec<Claim> = st
        .query_map(params![person], |r| {
            let kind: String = r.get(4)?;
            let what = if let Some(k) = kind.strip_prefix("membership:") {
                MembershipKind::parse(k).map(What::Membership)
            } else {
                EventType::parse(&kind).map(What::Event)
            };
            let source_kind = if r.get::<_, String>(2)? == "register" {
                SourceKind::Register
            } else {
                SourceKind::Article
            };
            Ok(what.map(|what| Claim {
                id: r.get(0).unwrap_or(0),
                source: r.get(1).unwrap_or_default(),
                source_kind,
                source_date: date(r.get(3).ok().flatten()),
                as_of: date(r.get(17).ok().flatten()),
                what,
                org: r.get(5).ok().flatten(),
                from: r.get(6).ok().flatten(),
                on_behalf_of: r.get(7).ok().flatten(),
                post: r.get(8).ok().flatten(),
                role: r.get(9).ok().flatten(),
                start: date(r.get(10).ok().flatten()),
                end: date(r.get(11).ok().flatten()),
                start_reason: r.get(12).ok().flatten(),
                end_reason: r.get(13).ok().flatten(),
                date: date(r.get(14).ok().flatten()),
                modality: Modality::parse(&r.get::<_, String>(15).unwrap_or_default())
                    .unwrap_or(Modality::Asserted),
                evidence: r.get(16).ok().flatten(),
            }))
        })?
        .filter_map(|r| r.transpose())
        .collect::<rusqlite::Result<_>>()?;
    let record = reconcile(&claims);
    // replace the derived rows
    drop_memberships(tx, seat_changes, person)?;
    tx.prepare_cached("DELETE FROM membership WHERE person_id = ?1")?
        .execute(params![person])?;
    tx.prepare_cached("DELETE FROM happening WHERE person_id = ?1")?
        .execute(params![person])?;
    for m in &record.memberships {
        let org = org_id(tx, orgs, m.org.as_deref())?;
        let obo = org_id(tx, orgs, m.on_behalf_of.as_deref())?;
        tx.prepare_cached(
            "INSERT INTO membership (person_id, kind, org_id, post, role, on_behalf_of_id, since, until,
                                     start_reason, end_reason, status, sources, conflicts)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        )?
        .execute(params![
            person,
            m.kind.as_str(),
            org,
            m.post,
            m.role,
            obo,
            m.since.map(|d| d.to_string()),
            m.until.map(|d| d.to_string()),
            m.start_reason,
            m.end_reason,
            match m.status {
                Status::Member => "member",
                Status::Pending => "pending",
            },
            json(&m.sources),
            json(&m.conflicts)
        ])?;
        let id = tx.last_insert_rowid();
        let o = org.unwrap_or(0);
        tx.prepare_cached(
            "INSERT INTO membership_span (id, org_lo, org_hi, day_lo, day_hi) VALUES (?1, ?2, ?2, ?3, ?4)",
        )?
        .execute(params![id, o, day_lo(m.since), day_hi(m.until)])?;
        if m.kind == MembershipKind::Seat && m.status == Status::Member {
            seat_changes.add((o, obo.unwrap_or(0), day_lo(m.since), day_hi(m.until)), 1);
        }
    }
    roster::write_entries(tx, person)?;
    for h in &record.happenings {
        let from = org_id(tx, orgs, h.from.as_deref())?;
        let to = org_id(tx, orgs, h.to.as_deref())?;
        tx.prepare_cached(
            "INSERT INTO happening (person_id, kind, from_org_id, to_org_id, post, role, date, day, reason,
                                    status, modality, sources, denials, conflicts)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        )?
        .execute(params![
            person,
            h.kind.as_str(),
            from,
            to,
            h.post,
            h.role,
            h.date.map(|d| d.to_string()),
            h.date.map(|d| d.first_day()),
            h.reason,
            h.status.as_str(),
            h.modality.as_str(),
            json(&h.sources),
            json(&h.denials),
            json(&h.conflicts)
        ])?;
    }
    Ok(())
}

/// The sources of many rows at once (one query): each `ids` is a JSON array of claim ids;
/// a register's line is told from its claim (name, organisations, post, role, dates).
pub(crate) fn sources_many(
    conn: &Connection,
    lists: &[&str],
) -> rusqlite::Result<Vec<Vec<SourceRef>>> {
    let parsed: Vec<Vec<i64>> = lists
        .iter()
        .map(|l| serde_json::from_str(l).unwrap_or_default())
        .collect();
    let mut all: Vec<i64> = parsed.iter().flatten().copied().collect();
    all.sort_unstable();
    all.dedup();
    if all.is_empty() {
        return Ok(vec![Vec::new(); lists.len()]);
    }
    let ids = json(&all);
    let mut st = conn.prepare_cached(
        "SELECT c.id, s.key, s.kind, c.evidence,
                coalesce(nullif(c.person_name, ''), (SELECT name FROM person WHERE id = c.person_id)),
                o.name, b.name, c.post, c.start_date, c.end_date, c.role
         FROM json_each(?1) j JOIN claim c ON c.id = j.value
         JOIN source s ON s.id = c.source_id
         LEFT JOIN org o ON o.id = c.org_id LEFT JOIN org b ON b.id = c.on_behalf_of_id",
    )?;
    let found: HashMap<i64, SourceRef> = st
        .query_map(params![ids], |r| {
            let key: String = r.get(1)?;
            let kind: String = r.get(2)?;
            let evidence: Option<String> = r.get(3)?;
            let evidence = if kind == "register" {
                let parts: Vec<String> = [4, 5, 6, 7, 10]
                    .iter()
                    .filter_map(|&i| r.get::<_, Option<String>>(i).ok().flatten())
                    .collect();
                let since: Option<String> = r.get(8)?;
                let until: Option<String> = r.get(9)?;
                format!(
                    "{} ({} to {})",
                    parts.join(", "),
                    since.as_deref().unwrap_or("?"),
                    until.as_deref().unwrap_or("")
                )
            } else {
                evidence.unwrap_or_default()
            };
            Ok((r.get(0)?, SourceRef { doc: key, evidence }))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(parsed
        .iter()
        .map(|wanted| {
            let mut out: Vec<SourceRef> = Vec::with_capacity(wanted.len());
            for id in wanted {
                if let Some(r) = found.get(id) {
                    if !out.contains(r) {
                        out.push(r.clone());
                    }
                }
            }
            out
        })
        .collect())
}

/// A membership row from the columns `p.key, p.name, m.kind, o.name, m.post, m.role, b.name,
/// m.since, m.until, m.start_reason, m.end_reason, m.status, m.sources, m.conflicts`, with its
/// source list and conflicts still as stored (to decode).
pub(crate) fn membership_row(
    r: &rusqlite::Row,
) -> rusqlite::Result<(MembershipRow, String, String)> {
    Ok((
        MembershipRow {
            person_key: r.get(0)?,
            person: r.get(1)?,
            kind: r.get(2)?,
            org: r.get(3)?,
            post: r.get(4)?,
            role: r.get(5)?,
            on_behalf_of: r.get(6)?,
            since: r.get(7)?,
            until: r.get(8)?,
            start_reason: r.get(9)?,
            end_reason: r.get(10)?,
            status: r.get(11)?,
            sources: Vec::new(),
            conflicts: Vec::new(),
        },
        r.get(12)?,
        r.get(13)?,
    ))
}

/// The people the name index finds for `name` when no name on record is exactly it: the
/// linker's choice (edit distance ≤ 2, context-free), else every name that contains it.
pub fn find_people_fuzzy(linker: &Linker, name: &str) -> Vec<i64> {
    match linker.link(name, &Context::default()) {
        Link::Person { id, .. } => vec![id],
        Link::Ambiguous(c) => c,
        Link::Unknown => linker.search(name),
    }
}

/// A content hash for idempotent ingest: SHA-256 of the bytes, hex.
pub fn content_hash(parts: &[&[u8]]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(64);
    for b in h.finalize() {
        out.push(HEX[usize::from(b >> 4)] as char);
        out.push(HEX[usize::from(b & 15)] as char);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use floorcross_model::{DocMeta, Event, Evidence};

    fn article(id: &str, date: &str, person: &str, to: &str, modality: Modality) -> Extraction {
        Extraction {
            doc: DocMeta {
                id: id.into(),
                date: date.parse().ok(),
                ..DocMeta::default()
            },
            events: vec![Event {
                kind: EventType::Join,
                person: person.into(),
                person_id: None,
                from: None,
                to: Some(to.into()),
                post: None,
                role: None,
                date: Some(date.into()),
                modality,
                evidence: Evidence {
                    start: 0,
                    end: 4,
                    text: format!("{person} joins {to}."),
                },
            }],
            ..Extraction::default()
        }
    }

    #[test]
    fn an_article_prepared_part_by_part_with_its_text_stores_what_the_whole_does() {
        let text = "Ann Lee joins Labour. Bob Ray joins Reform.";
        let mut first = article("a", "2019-02-18", "Ann Lee", "Labour", Modality::Asserted);
        first.events[0].evidence = Evidence {
            start: 0,
            end: 21,
            text: text[0..21].into(),
        };
        let mut second = article("a", "2019-02-18", "Bob Ray", "Reform", Modality::Asserted);
        // evidence that does not quote the text is kept as written
        second.events[0].evidence = Evidence {
            start: 22,
            end: 43,
            text: "Bob Ray joins Reform UK.".into(),
        };
        let mut whole = first.clone();
        whole.events.extend(second.events.clone());
        let dumps: Vec<String> = (0..2)
            .map(|way| {
                let dir = tempfile::tempdir().unwrap();
                let mut store = Store::open(&dir.path().join("x.db")).unwrap();
                let linker = store.linker().unwrap();
                let prepared = if way == 0 {
                    PreparedArticle::new(&linker, "a".into(), "h".into(), whole.clone())
                } else {
                    let mut parts =
                        PreparedArticle::parts(&linker, "a".into(), "h".into(), &first.doc);
                    parts.add(first.clone(), Some(text));
                    parts.add(second.clone(), Some(text));
                    let a = parts.finish();
                    let owned = a.claims.iter().filter(|c| c.evidence.is_some()).count();
                    assert_eq!(owned, 1, "only the evidence not quoting the text is a copy");
                    a
                };
                store
                    .write_prepared(&linker, &[prepared.with_text(text.into())])
                    .unwrap();
                store.dump().unwrap()
            })
            .collect();
        assert!(dumps[0].contains("Bob Ray joins Reform UK."));
        assert!(dumps[0].contains("Ann Lee joins Labour."));
        assert_eq!(dumps[0], dumps[1]);
    }

    #[test]
    fn migrations_run_once_and_a_newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.db");
        let store = Store::open(&path).unwrap();
        assert_eq!(
            store.schema_version().unwrap(),
            schema::MIGRATIONS.len() as i64
        );
        drop(store);
        let store = Store::open(&path).unwrap();
        assert_eq!(
            store.schema_version().unwrap(),
            schema::MIGRATIONS.len() as i64
        );
        store.conn.pragma_update(None, "user_version", 99).unwrap();
        drop(store);
        let e = Store::open(&path).err().expect("too new");
        assert!(e.to_string().contains("schema version 99"), "{e}");
    }

    /// A register of seats: people with spells in two bodies, for two parties.
    fn seats_register() -> Register {
        let mut csv = String::from("id,name,group,area,start_date,end_date\n");
        for i in 0..40 {
            let (y0, y1) = (1990 + i % 17, 1995 + (i * 7) % 23);
            let end = if i % 5 == 0 {
                String::new()
            } else {
                format!("{}-0{}-1{}", y0.max(y1), 1 + i % 9, i % 10)
            };
            csv.push_str(&format!(
                "p{i},Person {i},{},Seat {},{}-0{}-0{},{end}\n",
                if i % 3 == 0 { "Labour" } else { "Conservative" },
                i % 7,
                y0.min(y1),
                1 + i % 9,
                1 + i % 9
            ));
        }
        floorcross_record::register::read_csv(csv.as_bytes()).unwrap()
    }

    #[test]
    fn seat_counts_match_the_memberships_and_the_migration_that_builds_them() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.db");
        let mut store = Store::open(&path).unwrap();
        store
            .import_register("a.csv", "csv", "h1", &seats_register())
            .unwrap();
        store.reconcile_dirty(7, |_| {}).unwrap();
        // counted day by day from the memberships
        for year in 1985..2030 {
            let day: PartialDate = format!("{year}-06-01").parse().unwrap();
            let want: HashMap<String, u64> = store
                .memberships()
                .unwrap()
                .into_iter()
                .filter(|m| m.kind == "seat" && m.status == "member")
                .filter(|m| {
                    let d = |s: &Option<String>| {
                        s.as_deref().map(|s| PartialDate::parse_prefix(s).unwrap())
                    };
                    day_lo(d(&m.since)) <= day.first_day() && day.first_day() <= day_hi(d(&m.until))
                })
                .fold(HashMap::new(), |mut acc, m| {
                    *acc.entry(m.on_behalf_of.unwrap_or_else(|| "(none)".into()))
                        .or_insert(0) += 1;
                    acc
                });
            let got: HashMap<String, u64> = store
                .seats(day, None)
                .unwrap()
                .into_iter()
                .map(|r| (r.org, r.seats))
                .collect();
            assert_eq!(got, want, "{year}");
        }
        // the same register once more, changed: counts move, and stay canonical
        let before = store.dump().unwrap();
        let mut reg = seats_register();
        reg.memberships.truncate(25);
        store.import_register("a.csv", "csv", "h2", &reg).unwrap();
        store.reconcile_dirty(7, |_| {}).unwrap();
        store
            .import_register("a.csv", "csv", "h1", &seats_register())
            .unwrap();
        store.reconcile_dirty(100, |_| {}).unwrap();
        assert_eq!(store.dump().unwrap(), before);
        // every organisation's roster on a few days, as the roster rows written by
        // reconciliation answer it
        let rosters = |store: &Store| -> Vec<String> {
            let mut all = Vec::new();
            for org in store.orgs().unwrap() {
                for year in [2004, 2006, 2012, 2016] {
                    let day = PartialDate::ymd(year, 6, 1);
                    all.push(store.roster_json(&org, day).unwrap());
                }
            }
            all
        };
        let before_rosters = rosters(&store);
        assert!(
            before_rosters.iter().any(|r| r.len() > 2),
            "some roster has rows"
        );
        // a database of schema version 2 (per-membership seat_span, no roster rows) is migrated
        // to the same runs and the same roster rows
        store
            .conn
            .execute_batch(&format!(
                "DROP TABLE roster_entry; DROP TABLE roster_level; DROP TABLE seat_step; DROP TABLE seat_pair; {}
                 DROP INDEX membership_by_post; DROP INDEX claim_by_ident; DROP TABLE identity;
                 ALTER TABLE claim DROP COLUMN ident; ALTER TABLE claim DROP COLUMN ident_scheme;
                 ALTER TABLE source DROP COLUMN as_of; ALTER TABLE source DROP COLUMN as_of_from;",
                schema::MIGRATIONS[1]
            ))
            .unwrap();
        store.conn.pragma_update(None, "user_version", 2).unwrap();
        drop(store);
        let store = Store::open(&path).unwrap();
        assert_eq!(store.dump().unwrap(), before);
        assert_eq!(rosters(&store), before_rosters);
    }

    #[test]
    fn the_same_article_twice_is_one_write_and_a_changed_one_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("x.db")).unwrap();
        let linker = store.linker().unwrap();
        let a = article(
            "a",
            "2011-10-19",
            "Ann Example",
            "Green Party",
            Modality::Rumoured,
        );
        fn art<'a>(x: &'a Extraction, h: &str) -> Article<'a> {
            Article {
                key: "a",
                hash: h.into(),
                extraction: x,
            }
        }
        let s = store.write_articles(&linker, &[art(&a, "h1")]).unwrap();
        assert_eq!((s.documents, s.events), (1, 1));
        store.reconcile_dirty(10, |_| {}).unwrap();
        let before = store.dump().unwrap();
        let s = store.write_articles(&linker, &[art(&a, "h1")]).unwrap();
        assert_eq!(s.skipped, 1);
        assert_eq!(store.dump().unwrap(), before);
        assert_eq!(store.pending().unwrap().len(), 1);
        // the same event asserted in a changed version: confirmed, no longer pending
        let b = article(
            "a",
            "2011-10-19",
            "Ann Example",
            "Green Party",
            Modality::Asserted,
        );
        let s = store.write_articles(&linker, &[art(&b, "h2")]).unwrap();
        assert_eq!(s.replaced, 1);
        store.reconcile_dirty(10, |_| {}).unwrap();
        assert!(store.pending().unwrap().is_empty());
        let roster = store
            .roster("Greens", "2011-10-20".parse().unwrap())
            .unwrap();
        assert_eq!(roster.len(), 1);
        assert_eq!(roster[0].status, "member");
        assert_eq!(
            roster[0].sources[0].evidence,
            "Ann Example joins Green Party."
        );
    }
}
