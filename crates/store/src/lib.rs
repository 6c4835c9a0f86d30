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
//! This file holds the [`Store`] type, opening and migrating, and the public types; the
//! rest is split by what it decides: `write` (sources written and replaced: articles through
//! `articles`, registers through `registers`), `reconcile` (each dirty person's derived
//! rows), `people` (the name index, relinking, finding people, `who`), `queries` (sources,
//! holders, seats, timeline, changes, pending), `export` (everything out, and the canonical
//! dump), `reads` (the server's pages), `check` (conflicts and flags).
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
mod export;
mod people;
mod queries;
mod reads;
mod reconcile;
mod registers;
mod roster;
pub mod schema;
mod seats;
mod write;

pub use articles::{ArticleParts, PreparedArticle};
pub use check::Flag;
pub use people::find_people_fuzzy;
pub use reads::{DocumentClaim, DocumentRow};
pub use write::ArticleWriter;

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use floorcross_model::Extraction;
use floorcross_record::date::PartialDate;
use floorcross_record::reconcile::Conflict;
use rusqlite::{params, Connection, OptionalExtension};
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
    use floorcross_model::{EventType, Modality};
    use floorcross_record::register::Register;

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
