//! People and their identity: the name index ([`Store::linker`]) over register people and
//! people met in articles, moving an article's person to the register person the index now
//! finds (after each register import), finding people by name, and one person for `who`.

use std::collections::HashMap;

use floorcross_record::date::PartialDate;
use floorcross_record::link::{Context, How, Link, Linker, LinkerBuilder, RegisterPerson};
use rusqlite::{params, Transaction};

use crate::reconcile::delete_person;
use crate::seats::SeatChanges;
use crate::{registers, LinkRow, Result, Store, StoreError, StoreErrorKind, WhoRow};

impl Store {
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

    /// Links people first met in articles to register people, where the name index now finds
    /// one; their claims move to that person.
    pub(crate) fn relink_article_people(&mut self) -> Result<usize> {
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

    /// The people whose name or alias matches `name` (best first: exact, then by the linker).
    pub fn find_people(&self, name: &str) -> Result<Vec<i64>> {
        let ids = self.find_people_exact(name)?;
        if !ids.is_empty() {
            return Ok(ids);
        }
        Ok(find_people_fuzzy(&self.linker()?, name))
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

/// The people the name index finds for `name` when no name on record is exactly it: the
/// linker's choice (edit distance ≤ 2, context-free), else every name that contains it.
pub fn find_people_fuzzy(linker: &Linker, name: &str) -> Vec<i64> {
    match linker.link(name, &Context::default()) {
        Link::Person { id, .. } => vec![id],
        Link::Ambiguous(c) => c,
        Link::Unknown => linker.search(name),
    }
}
