//! Writing extracted articles, in two stages. [`PreparedArticle::new`] does everything that
//! needs no database (name keys, canonical party names, dates, the register steps of
//! linking) and can run on many threads at once; [`write`] then only runs cached statements
//! inside the writer's transaction: the source row, a person for each name no register knows,
//! one row per claim, and the people to reconcile.

use std::collections::{HashMap, HashSet};

use floorcross_model::{DocMeta, Extraction};
use floorcross_record::date::PartialDate;
use floorcross_record::link::{Context, Link, Linker};
use floorcross_record::names::{canonical_org, person_key};
use rusqlite::{params, OptionalExtension, Transaction};

use crate::write::clear_source;
use crate::WriteStats;

/// Who a claim is about, as far as the register can tell before the writer runs.
enum Who {
    /// The register's answer: one person, or several that context cannot tell apart.
    Register(Link),
    /// No register person fits: someone met in an article before, or a new person.
    Elsewhere,
    /// Nothing name-like is left of the name.
    Unnamed,
}

/// One claim of an article, ready to insert.
pub(crate) struct PreparedClaim {
    /// The name as written, and its key.
    person: String,
    key: String,
    who: Who,
    /// An event (its person is marked for reconciliation) or a fact.
    event: bool,
    kind: &'static str,
    /// Canonical organisation names: where the person goes (or the fact's organisation),
    /// and where from.
    org: Option<String>,
    from: Option<String>,
    post: Option<String>,
    role: Option<String>,
    date: Option<String>,
    modality: &'static str,
    end_reason: Option<&'static str>,
    /// The evidence's text; none where it is the stored text's `ev_start..ev_end`.
    pub(crate) evidence: Option<String>,
    ev_start: i64,
    ev_end: i64,
}

/// One extracted document made ready for the writer: everything that needs no database is
/// done. Build these on as many threads as there are; write them with
/// [`crate::Store::write_prepared`].
pub struct PreparedArticle {
    key: String,
    hash: String,
    path: Option<String>,
    title: Option<String>,
    date: Option<String>,
    url: Option<String>,
    /// The document's text, stored with it when given ([`PreparedArticle::with_text`]).
    text: Option<String>,
    /// The events' claims, then the facts' (kept apart so that a long document's parts are
    /// added without moving every claim made so far).
    pub(crate) claims: Vec<PreparedClaim>,
    fact_claims: Vec<PreparedClaim>,
}

/// A canonical organisation name, or `None` for a missing or blank one.
fn org(name: Option<&str>) -> (Option<String>, Option<String>) {
    match name {
        None => (None, None),
        Some(n) => {
            let c = canonical_org(n);
            // canonical_org trims, and no canonical name is empty
            let stored = (!c.is_empty()).then(|| c.clone());
            (Some(c), stored)
        }
    }
}

impl PreparedArticle {
    /// Prepares document `key` (content hash `hash`), whose extraction is `x`, linking its
    /// names against the register part of `linker`.
    pub fn new(linker: &Linker, key: String, hash: String, x: Extraction) -> PreparedArticle {
        let mut parts = PreparedArticle::parts(linker, key, hash, &x.doc);
        parts.add(x, None);
        parts.finish()
    }

    /// Prepares document `key` (content hash `hash`, described by `doc`) from its extraction
    /// given part by part ([`ArticleParts::add`]), as `floorcross_extract::extract_parts`
    /// hands a long document's over: the whole document's extraction is never held at once.
    pub fn parts<'l>(
        linker: &'l Linker,
        key: String,
        hash: String,
        doc: &DocMeta,
    ) -> ArticleParts<'l> {
        ArticleParts {
            linker,
            on: doc.date.map(|d| {
                PartialDate::ymd(i32::from(d.year()), d.month() as u8, d.day() as u8).first_day()
            }),
            article: PreparedArticle {
                key,
                hash,
                path: doc.path.clone(),
                title: doc.title.clone(),
                date: doc.date.map(|d| d.to_string()),
                url: doc.url.clone(),
                text: None,
                claims: Vec::new(),
                fact_claims: Vec::new(),
            },
        }
    }

    /// The same article, with its text to store (what evidence offsets point into).
    pub fn with_text(mut self, text: String) -> PreparedArticle {
        self.text = Some(text);
        self
    }

    /// The document's id.
    pub fn key(&self) -> &str {
        &self.key
    }
}

/// An article being prepared from its extraction's parts: claims of events, then of facts,
/// in the order of the parts, as [`PreparedArticle::new`] makes them from the whole.
pub struct ArticleParts<'l> {
    linker: &'l Linker,
    /// The document's day (a day number), for linking.
    on: Option<i32>,
    /// The article, with the claims so far.
    article: PreparedArticle,
}

impl ArticleParts<'_> {
    /// Adds the claims of the next part of the extraction; the rest of it is dropped. `text`
    /// is the document's text where the article will be stored with it
    /// ([`PreparedArticle::with_text`], the same text): evidence quoting it is then kept as
    /// its offsets alone, not a second copy of each sentence.
    pub fn add(&mut self, x: Extraction, text: Option<&str>) {
        let (linker, on) = (self.linker, self.on);
        let quote = |e: floorcross_model::Evidence| {
            let quoted = text.and_then(|t| t.get(e.start..e.end)) == Some(e.text.as_str());
            (!quoted).then_some(e.text)
        };
        let who = |key: &str, ctx: &Context| {
            if key.is_empty() {
                Who::Unnamed
            } else {
                linker
                    .link_register(key, ctx)
                    .map_or(Who::Elsewhere, Who::Register)
            }
        };
        let claims = &mut self.article.claims;
        for ev in x.events {
            let (from_ctx, from) = org(ev.from.as_deref());
            let (to_ctx, to) = org(ev.to.as_deref());
            let ctx = Context {
                orgs: from_ctx.into_iter().chain(to_ctx).collect(),
                post: ev.post.clone(),
                on,
            };
            let key = person_key(&ev.person);
            claims.push(PreparedClaim {
                who: who(&key, &ctx),
                key,
                person: ev.person,
                event: true,
                kind: ev.kind.as_str(),
                org: to,
                from,
                post: ev.post,
                role: ev.role,
                date: ev
                    .date
                    .as_deref()
                    .and_then(PartialDate::from_timex)
                    .map(|d| d.to_string()),
                modality: ev.modality.as_str(),
                end_reason: None,
                ev_start: ev.evidence.start as i64,
                ev_end: ev.evidence.end as i64,
                evidence: quote(ev.evidence),
            });
        }
        for f in x.facts {
            let (ctx_org, stored) = org(f.org.as_deref());
            let ctx = Context {
                orgs: ctx_org.into_iter().collect(),
                post: f.post.clone(),
                on,
            };
            let key = person_key(&f.person);
            self.article.fact_claims.push(PreparedClaim {
                who: who(&key, &ctx),
                key,
                person: f.person,
                event: false,
                kind: f.kind.as_str(),
                org: stored,
                from: None,
                post: f.post,
                role: f.role,
                date: None,
                modality: "asserted",
                end_reason: Some(f.status.as_str()),
                ev_start: f.evidence.start as i64,
                ev_end: f.evidence.end as i64,
                evidence: quote(f.evidence),
            });
        }
    }

    /// The prepared article: every part's event claims, then every part's fact claims.
    pub fn finish(mut self) -> PreparedArticle {
        self.article.claims.shrink_to_fit();
        self.article.fact_claims.shrink_to_fit();
        self.article
    }
}

/// What the writer learns inside one transaction and keeps only once it commits: people
/// first met in this transaction (by name key) and organisations it added (by name).
#[derive(Default)]
pub(crate) struct TxState {
    pub new_people: HashMap<String, i64>,
    pub new_orgs: HashMap<String, i64>,
    pub dirty: HashSet<i64>,
}

/// The id of a canonical organisation name, inserting it if it is new.
pub(crate) fn org_id(
    tx: &Transaction,
    known: &HashMap<String, i64>,
    state: &mut TxState,
    name: Option<&str>,
) -> rusqlite::Result<Option<i64>> {
    let Some(name) = name else {
        return Ok(None);
    };
    if let Some(&id) = known.get(name).or_else(|| state.new_orgs.get(name)) {
        return Ok(Some(id));
    }
    let found: Option<i64> = tx
        .prepare_cached("SELECT id FROM org WHERE name = ?1")?
        .query_row(params![name], |r| r.get(0))
        .optional()?;
    let id = match found {
        Some(id) => id,
        None => {
            tx.prepare_cached("INSERT INTO org (name) VALUES (?1)")?
                .execute(params![name])?;
            tx.last_insert_rowid()
        }
    };
    state.new_orgs.insert(name.to_string(), id);
    Ok(Some(id))
}

/// Marks a person for reconciliation, once per transaction.
pub(crate) fn mark_dirty_once(
    tx: &Transaction,
    state: &mut TxState,
    person: i64,
) -> rusqlite::Result<()> {
    if state.dirty.insert(person) {
        crate::write::mark_dirty(tx, person)?;
    }
    Ok(())
}

/// The person a claim links to, creating a person first met here when nobody fits; `None`
/// (and a diagnostic) when two people fit.
fn link(
    tx: &Transaction,
    linker: &Linker,
    state: &mut TxState,
    c: &PreparedClaim,
    source: i64,
    seq: i64,
) -> rusqlite::Result<(Option<i64>, &'static str)> {
    match &c.who {
        Who::Unnamed => Ok((None, "unnamed")),
        Who::Register(Link::Person { id, how }) => Ok((Some(*id), how.as_str())),
        Who::Register(Link::Ambiguous(ids)) => {
            let names: Vec<String> = ids
                .iter()
                .map(|id| {
                    tx.prepare_cached("SELECT key FROM person WHERE id = ?1")
                        .and_then(|mut st| st.query_row(params![id], |r| r.get::<_, String>(0)))
                        .unwrap_or_default()
                })
                .collect();
            tx.prepare_cached(
                "INSERT OR IGNORE INTO diagnostic (source_id, seq, code, message) VALUES (?1, ?2, 'ambiguous-link', ?3)",
            )?
            .execute(params![
                source,
                seq,
                format!(
                    "{:?} could be any of {}: left unlinked",
                    c.person,
                    names.join(", ")
                )
            ])?;
            Ok((None, "ambiguous"))
        }
        Who::Register(Link::Unknown) | Who::Elsewhere => {
            if let Some(id) = linker
                .known(&c.key)
                .or_else(|| state.new_people.get(&c.key).copied())
            {
                return Ok((Some(id), "known"));
            }
            let pkey = format!("article:{}", c.key);
            let existing: Option<i64> = tx
                .prepare_cached("SELECT id FROM person WHERE key = ?1")?
                .query_row(params![pkey], |r| r.get(0))
                .optional()?;
            let id = match existing {
                Some(id) => id,
                None => {
                    tx.prepare_cached(
                        "INSERT INTO person (key, name, origin) VALUES (?1, ?2, 'article')",
                    )?
                    .execute(params![pkey, c.person])?;
                    tx.last_insert_rowid()
                }
            };
            state.new_people.insert(c.key.clone(), id);
            Ok((Some(id), "new"))
        }
    }
}

/// Claims inserted by one statement (16 values each).
const CLAIMS_PER_INSERT: usize = 32;

/// One claim row waiting for its multi-row insert.
struct ClaimRow<'a> {
    source: i64,
    seq: i64,
    person: Option<i64>,
    how: &'static str,
    org: Option<i64>,
    from: Option<i64>,
    evidence: &'a str,
    c: &'a PreparedClaim,
}

/// Inserts the waiting claim rows, in order, `CLAIMS_PER_INSERT` per statement.
fn flush_claims(tx: &Transaction, rows: &mut Vec<ClaimRow>) -> rusqlite::Result<()> {
    for group in rows.chunks(CLAIMS_PER_INSERT) {
        let mut sql = String::from(
            "INSERT INTO claim (source_id, seq, person_id, person_name, link, kind, org_id, from_org_id,
                                post, role, date, modality, end_reason, evidence, ev_start, ev_end)
             VALUES ",
        );
        for i in 0..group.len() {
            if i > 0 {
                sql.push(',');
            }
            sql.push_str("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        }
        let mut values: Vec<&dyn rusqlite::ToSql> = Vec::with_capacity(16 * group.len());
        for r in group {
            values.extend_from_slice(&[
                &r.source,
                &r.seq,
                &r.person,
                &r.c.person,
                &r.how,
                &r.c.kind,
                &r.org,
                &r.from,
                &r.c.post,
                &r.c.role,
                &r.c.date,
                &r.c.modality,
                &r.c.end_reason,
                &r.evidence,
                &r.c.ev_start,
                &r.c.ev_end,
            ]);
        }
        tx.prepare_cached(&sql)?
            .execute(rusqlite::params_from_iter(values))?;
    }
    rows.clear();
    Ok(())
}

/// Writes prepared articles, in order, inside the writer's transaction: each is skipped when
/// stored with the same hash, its claims replaced when changed.
pub(crate) fn write(
    tx: &Transaction,
    linker: &Linker,
    orgs: &HashMap<String, i64>,
    state: &mut TxState,
    docs: &[PreparedArticle],
    stats: &mut WriteStats,
) -> rusqlite::Result<()> {
    let mut insert_source = tx.prepare_cached(
        "INSERT INTO source (kind, key, path, title, date, url, hash)
         VALUES ('article', ?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (key) DO NOTHING",
    )?;
    let mut rows: Vec<ClaimRow> = Vec::with_capacity(4 * CLAIMS_PER_INSERT);
    for a in docs {
        let inserted =
            insert_source.execute(params![a.key, a.path, a.title, a.date, a.url, a.hash])?;
        let (source, replaced) = if inserted == 1 {
            (tx.last_insert_rowid(), false)
        } else {
            let (id, hash): (i64, String) = tx
                .prepare_cached("SELECT id, hash FROM source WHERE key = ?1")?
                .query_row(params![a.key], |r| Ok((r.get(0)?, r.get(1)?)))?;
            if hash == a.hash {
                // a database from before texts were stored gains the text it lacks
                if let Some(text) = &a.text {
                    tx.prepare_cached(
                        "INSERT OR IGNORE INTO source_text (source_id, text) VALUES (?1, ?2)",
                    )?
                    .execute(params![id, text])?;
                }
                stats.skipped += 1;
                continue;
            }
            // the claims waiting may be this document's earlier version
            flush_claims(tx, &mut rows)?;
            clear_source(tx, id)?;
            tx.prepare_cached(
                "UPDATE source SET kind = 'article', path = ?2, title = ?3, date = ?4, url = ?5,
                                   hash = ?6
                 WHERE id = ?1",
            )?
            .execute(params![id, a.path, a.title, a.date, a.url, a.hash])?;
            (id, true)
        };
        match &a.text {
            Some(text) => tx
                .prepare_cached(
                    "INSERT OR REPLACE INTO source_text (source_id, text) VALUES (?1, ?2)",
                )?
                .execute(params![source, text])?,
            None => tx
                .prepare_cached("DELETE FROM source_text WHERE source_id = ?1")?
                .execute(params![source])?,
        };
        stats.documents += 1;
        stats.replaced += usize::from(replaced);
        for (seq, c) in a.claims.iter().chain(&a.fact_claims).enumerate() {
            let seq = seq as i64;
            let (person, how) = link(tx, linker, state, c, source, seq)?;
            let org = org_id(tx, orgs, state, c.org.as_deref())?;
            let from = org_id(tx, orgs, state, c.from.as_deref())?;
            let evidence = match &c.evidence {
                Some(e) => e.as_str(),
                None => (a.text.as_deref())
                    .and_then(|t| t.get(c.ev_start as usize..c.ev_end as usize))
                    .unwrap_or_default(),
            };
            rows.push(ClaimRow {
                source,
                seq,
                person,
                how,
                org,
                from,
                evidence,
                c,
            });
            if c.event {
                if let Some(p) = person {
                    mark_dirty_once(tx, state, p)?;
                }
                stats.events += 1;
                stats.unlinked += usize::from(person.is_none());
            } else {
                stats.facts += 1;
            }
            if rows.len() >= 3 * CLAIMS_PER_INSERT {
                flush_claims(tx, &mut rows)?;
            }
        }
    }
    flush_claims(tx, &mut rows)
}
