//! Reads for the server's pages and API (the CLI shares what it also asks): a reader that
//! never writes, one document with its text and every claim's evidence offsets, one
//! person's memberships, an organisation's joins and leaves, and the names to suggest from.

use std::path::Path;

use floorcross_record::names::canonical_org;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use crate::{
    schema, MembershipRow, Result, Store, StoreError, StoreErrorKind, TimelineRow, WhoRow,
};

/// One claim of a document, as stored: who, what, and where its evidence is in the text.
#[derive(Clone, Debug, Serialize)]
pub struct DocumentClaim {
    /// The claim's place in the document (0, 1, …).
    pub seq: i64,
    /// The name as written.
    pub person: String,
    /// The person it is linked to (their key), if any.
    pub person_key: Option<String>,
    /// How the name was linked: `exact`, `alias`, `fuzzy`, `new`, `ambiguous`, …
    pub link: String,
    /// An event type (`defect`, `join`, …) or a fact (`membership:party`, …).
    #[serde(rename = "type")]
    pub kind: String,
    pub org: Option<String>,
    pub from: Option<String>,
    pub post: Option<String>,
    pub role: Option<String>,
    pub date: Option<String>,
    pub modality: String,
    pub evidence: Option<String>,
    /// UTF-8 byte offsets of the evidence in `text`, half open.
    pub start: Option<i64>,
    pub end: Option<i64>,
}

/// One stored article: its metadata, its text (when it was stored with one) and its claims.
#[derive(Clone, Debug, Serialize)]
pub struct DocumentRow {
    pub id: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub path: Option<String>,
    /// `None` for an article ingested before texts were stored (ingest it again).
    pub text: Option<String>,
    pub claims: Vec<DocumentClaim>,
    /// Notes on the document, such as `ambiguous-link`: (code, message).
    pub diagnostics: Vec<(String, String)>,
}

impl Store {
    /// Opens an existing record for reading only (`PRAGMA query_only`): it never takes the
    /// write lock, so in WAL mode a writer never blocks it nor it a writer. The database must
    /// exist and have this build's schema (open it once with [`Store::open`] to migrate).
    pub fn open_reader(path: &Path) -> Result<Store> {
        let err = |operation: &str, kind| StoreError {
            db: path.to_path_buf(),
            operation: operation.into(),
            kind,
        };
        if !path.exists() {
            return Err(err(
                "open",
                StoreErrorKind::NotFound("no such database".into()),
            ));
        }
        let conn = Connection::open(path).map_err(|e| err("open", StoreErrorKind::Sqlite(e)))?;
        let setup = |conn: &Connection| -> rusqlite::Result<i64> {
            conn.pragma_update(None, "query_only", "ON")?;
            conn.pragma_update(None, "cache_size", -65536)?;
            // as much of the file as SQLite maps (2 GiB): the roster rows are read at random
            conn.pragma_update(None, "mmap_size", 1i64 << 31)?;
            conn.busy_timeout(std::time::Duration::from_secs(10))?;
            conn.pragma_query_value(None, "user_version", |r| r.get(0))
        };
        let version = setup(&conn).map_err(|e| err("set up", StoreErrorKind::Sqlite(e)))?;
        let known = schema::MIGRATIONS.len() as i64;
        if version > known {
            return Err(err("open", StoreErrorKind::TooNew { version, known }));
        }
        if version < known {
            return Err(err(
                "open",
                StoreErrorKind::NotFound(format!(
                    "schema version {version} is older than this floorcross's ({known}): open it once for writing to migrate"
                )),
            ));
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            org_ids: Default::default(),
        })
    }

    /// A number that changes whenever another connection commits a change to the database
    /// (`PRAGMA data_version`): cached answers read before it changed may be stale.
    pub fn data_version(&self) -> Result<i64> {
        // asked before every query the server runs: a cached statement
        self.conn
            .prepare_cached("PRAGMA data_version")
            .and_then(|mut st| st.query_row([], |r| r.get(0)))
            .map_err(self.err("read the data version"))
    }

    /// The people whose name, alias or key is exactly `name` (no fuzzy matching).
    pub fn find_people_exact(&self, name: &str) -> Result<Vec<i64>> {
        let key = floorcross_record::names::person_key(name);
        self.conn
            .prepare_cached(
                "SELECT DISTINCT n.person_id FROM person_name n WHERE n.name_key = ?1
                 UNION SELECT id FROM person WHERE key = ?2 OR key = ?3 ORDER BY 1",
            )
            .and_then(|mut st| {
                st.query_map(params![key, name, format!("article:{key}")], |r| r.get(0))?
                    .collect()
            })
            .map_err(self.err("find people"))
    }

    /// The person stored under `key` (a register's id, or `article:NAME`).
    pub fn person_by_key(&self, key: &str) -> Result<Option<i64>> {
        self.conn
            .prepare_cached("SELECT id FROM person WHERE key = ?1")
            .and_then(|mut st| st.query_row(params![key], |r| r.get(0)).optional())
            .map_err(self.err("find a person"))
    }

    /// Every name and alias on record with its person: (person id, name), by name.
    pub fn person_names(&self) -> Result<Vec<(i64, String)>> {
        self.conn
            .prepare_cached(
                "SELECT DISTINCT person_id, name FROM person_name
                 UNION SELECT id, name FROM person WHERE origin = 'article' ORDER BY 2, 1",
            )
            .and_then(|mut st| st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
            .map_err(self.err("list names"))
    }

    /// The timelines of several people, one after the other (what `timeline NAME` prints when
    /// the name fits several).
    pub fn timelines(&self, people: &[i64]) -> Result<Vec<TimelineRow>> {
        let mut rows = Vec::new();
        for id in people {
            rows.extend(self.timeline(*id)?);
        }
        Ok(rows)
    }

    /// `who` for several people.
    pub fn whos(&self, people: &[i64]) -> Result<Vec<WhoRow>> {
        people.iter().map(|id| self.who(*id)).collect()
    }

    /// One person's reconciled memberships (parties, seats, offices, whips), oldest first.
    pub fn memberships_of(&self, person: i64) -> Result<Vec<MembershipRow>> {
        let e = self.err("memberships");
        let rows: Vec<(MembershipRow, String, String)> = self
            .conn
            .prepare_cached(
                "SELECT p.key, p.name, m.kind, o.name, m.post, m.role, b.name, m.since, m.until,
                        m.start_reason, m.end_reason, m.status, m.sources, m.conflicts
                 FROM membership m JOIN person p ON p.id = m.person_id
                 LEFT JOIN org o ON o.id = m.org_id LEFT JOIN org b ON b.id = m.on_behalf_of_id
                 LEFT JOIN membership_span s ON s.id = m.id
                 WHERE m.person_id = ?1
                 ORDER BY s.day_lo, m.kind, o.name, m.post, m.role, m.status",
            )
            .and_then(|mut st| {
                st.query_map(params![person], crate::queries::membership_row)?
                    .collect()
            })
            .map_err(&e)?;
        let lists: Vec<&str> = rows.iter().map(|r| r.1.as_str()).collect();
        let sources = self.sources_many(&lists)?;
        Ok(rows
            .into_iter()
            .zip(sources)
            .map(|((mut m, _, c), s)| {
                m.sources = s;
                m.conflicts = serde_json::from_str(&c).unwrap_or_default();
                m
            })
            .collect())
    }

    /// The organisation stored under `name` (or its canonical form), by its stored name.
    pub fn org_named(&self, name: &str) -> Result<Option<String>> {
        self.conn
            .prepare_cached("SELECT name FROM org WHERE name = ?1 OR name = ?2")
            .and_then(|mut st| {
                st.query_row(params![name, canonical_org(name)], |r| r.get(0))
                    .optional()
            })
            .map_err(self.err("look up an organisation"))
    }

    /// Every change into or out of `org` on record (joins, leaves, defections, elections),
    /// oldest first.
    pub fn org_changes(&self, org: &str) -> Result<Vec<TimelineRow>> {
        let Some(id) = self.org_id(org)? else {
            return Ok(Vec::new());
        };
        self.happenings(
            "h.id IN (SELECT id FROM happening WHERE to_org_id = ?1
                      UNION SELECT id FROM happening WHERE from_org_id = ?1)",
            params![id],
            "h.day, p.name, h.kind",
        )
    }

    /// One stored article with its text and claims; `None` if no article has that id.
    pub fn document(&self, key: &str) -> Result<Option<DocumentRow>> {
        let e = self.err("read a document");
        type Meta = (
            i64,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
        );
        let meta: Option<Meta> = self
            .conn
            .prepare_cached(
                "SELECT s.id, s.title, s.date, s.url, s.path, t.text FROM source s
                 LEFT JOIN source_text t ON t.source_id = s.id
                 WHERE s.key = ?1 AND s.kind = 'article'",
            )
            .and_then(|mut st| {
                st.query_row(params![key], |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                    ))
                })
                .optional()
            })
            .map_err(&e)?;
        let Some((id, title, date, url, path, text)) = meta else {
            return Ok(None);
        };
        let claims: Vec<DocumentClaim> = self
            .conn
            .prepare_cached(
                "SELECT c.seq, c.person_name, p.key, c.link, c.kind, o.name, f.name, c.post, c.role,
                        c.date, c.modality, c.evidence, c.ev_start, c.ev_end
                 FROM claim c LEFT JOIN person p ON p.id = c.person_id
                 LEFT JOIN org o ON o.id = c.org_id LEFT JOIN org f ON f.id = c.from_org_id
                 WHERE c.source_id = ?1 ORDER BY c.seq",
            )
            .and_then(|mut st| {
                st.query_map(params![id], |r| {
                    Ok(DocumentClaim {
                        seq: r.get(0)?,
                        person: r.get(1)?,
                        person_key: r.get(2)?,
                        link: r.get(3)?,
                        kind: r.get(4)?,
                        org: r.get(5)?,
                        from: r.get(6)?,
                        post: r.get(7)?,
                        role: r.get(8)?,
                        date: r.get(9)?,
                        modality: r.get(10)?,
                        evidence: r.get(11)?,
                        start: r.get(12)?,
                        end: r.get(13)?,
                    })
                })?
                .collect()
            })
            .map_err(&e)?;
        let diagnostics: Vec<(String, String)> = self
            .conn
            .prepare_cached(
                "SELECT code, message FROM diagnostic WHERE source_id = ?1 ORDER BY seq, code",
            )
            .and_then(|mut st| {
                st.query_map(params![id], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect()
            })
            .map_err(&e)?;
        Ok(Some(DocumentRow {
            id: key.to_string(),
            title,
            date,
            url,
            path,
            text,
            claims,
            diagnostics,
        }))
    }

    /// The first and last day (day numbers) any change on record is dated, if any is.
    pub fn day_range(&self) -> Result<Option<(i32, i32)>> {
        self.conn
            .prepare_cached("SELECT min(day), max(day) FROM happening WHERE day IS NOT NULL")
            .and_then(|mut st| {
                st.query_row([], |r| {
                    Ok(r.get::<_, Option<i32>>(0)?.zip(r.get::<_, Option<i32>>(1)?))
                })
            })
            .map_err(self.err("read the record's days"))
    }
}
