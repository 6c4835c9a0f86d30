//! Queries over the reconciled record: the sources stored, who holds an office, seats by
//! party, and changes (one person's timeline, changes between two days, claims still
//! pending); and the sources a row cites, read for many rows at once.

use std::collections::HashMap;

use floorcross_record::date::PartialDate;
use floorcross_record::names::canonical_org;
use rusqlite::{params, Connection, OptionalExtension};

use crate::{
    json, seats, HolderRow, MembershipRow, Result, SeatRow, SourceRef, SourceRow, Store,
    TimelineRow,
};

impl Store {
    pub(crate) fn org_id(&self, name: &str) -> Result<Option<i64>> {
        self.conn
            .prepare_cached("SELECT id FROM org WHERE name = ?1")
            .and_then(|mut st| {
                st.query_row(params![canonical_org(name)], |r| r.get(0))
                    .optional()
            })
            .map_err(self.err("look up an organisation"))
    }

    pub(crate) fn sources(&self, ids: &str) -> Result<Vec<SourceRef>> {
        Ok(self.sources_many(&[ids])?.pop().unwrap_or_default())
    }

    /// The sources of many rows at once (one query): each `ids` is a JSON array of claim ids.
    pub(crate) fn sources_many(&self, lists: &[&str]) -> Result<Vec<Vec<SourceRef>>> {
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

    pub(crate) fn happenings(
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
