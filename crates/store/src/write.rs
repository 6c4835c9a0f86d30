//! Writing sources: extracted articles (through an [`ArticleWriter`], one transaction) and
//! registers, each replacing what the same source said before; and the row helpers both
//! share: organisation ids, a source's row and its claims cleared, people marked dirty.

use std::collections::HashMap;
use std::path::Path;

use floorcross_record::link::Linker;
use floorcross_record::names::canonical_org;
use floorcross_record::register::Register;
use rusqlite::{params, OptionalExtension, Transaction};

use crate::{
    articles, registers, Article, ImportStats, PreparedArticle, Result, Snapshot, Store,
    StoreError, StoreErrorKind, WriteStats,
};

impl Store {
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
pub(crate) type OrgCache = HashMap<String, i64>;

pub(crate) fn org_id(
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

pub(crate) fn mark_dirty(tx: &Transaction, person: i64) -> rusqlite::Result<()> {
    tx.prepare_cached("INSERT OR IGNORE INTO dirty (person_id) VALUES (?1)")?
        .execute(params![person])?;
    Ok(())
}

/// Removes a source's claims (and people only it knew), marking the people it touched.
pub(crate) fn clear_source(tx: &Transaction, source: i64) -> rusqlite::Result<()> {
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

pub(crate) fn upsert_source(
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
