//! The whole record out: diagnostics, every person, organisation and membership, counts,
//! and a canonical dump (ordered, free of row ids) that two databases of the same content
//! share.

use std::collections::HashMap;

use crate::queries::membership_row;
use crate::{MembershipRow, PersonRow, Result, Store};

impl Store {
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
}
