//! `check`: every conflict and flag in the record, each once.
//!
//! - `conflict`: sources that disagree (a membership's or a change's), one per person and
//!   set of disagreeing sources and dates (a departure and the overlap it makes are one); and
//!   an article's appointment to an office with one holder (`data/offices.txt` names it) on
//!   a day a register has someone else holding it ([`floorcross_record::check::held_by_another`]);
//! - `suspect-document-date`: an article whose claims dated from its header are all off from
//!   the register by the same number of days ([`floorcross_record::check`]);
//! - `claim-after-death`: an article's asserted change dated after the register has the
//!   person die;
//! - `claim-outside-career`: an article's asserted move between parties dated ten years or
//!   more from any membership the registers give the person;
//! - `ambiguous-identity`: two register people of one name that no identifier or overlapping
//!   seat tells apart or joins ([`floorcross_record::identity`]);
//! - `ambiguous-link`: a name in an article that fits two register people.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use floorcross_record::check::{
    after_death, held_by_another, outside_career, suspect_document_dates, Appointment, Observation,
    Tenure,
};
use floorcross_record::date::PartialDate;
use floorcross_record::identity::{compare, Verdict};
use floorcross_record::offices::is_named;
use floorcross_record::reconcile::{Conflict, ConflictClaim};
use rusqlite::params;
use serde::Serialize;

use crate::registers::{spell_days, stored_facts};
use crate::{Result, Store};

/// One line of `check`.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Flag {
    /// `conflict`, `suspect-document-date`, `claim-after-death`, `claim-outside-career`,
    /// `ambiguous-identity` or `ambiguous-link`.
    pub flag: String,
    pub person: Option<String>,
    pub doc: Option<String>,
    pub about: String,
    /// `suspect-document-date`: the register's dates minus the document's, in days.
    pub offset_days: Option<i32>,
    /// The people a flag rests on (`suspect-document-date`, `ambiguous-identity`).
    pub people: Vec<String>,
    /// Each source and the date it gives.
    pub claims: Vec<ConflictClaim>,
}

impl Flag {
    fn new(flag: &str, about: String) -> Flag {
        Flag {
            flag: flag.into(),
            person: None,
            doc: None,
            about,
            offset_days: None,
            people: Vec::new(),
            claims: Vec::new(),
        }
    }

    /// A flag on one person's one article claim dated `when`.
    fn on_claim(flag: &str, about: String, person: &str, doc: String, when: PartialDate) -> Flag {
        let mut f = Flag::new(flag, about);
        f.person = Some(person.to_string());
        f.doc = Some(doc.clone());
        f.claims = vec![ConflictClaim {
            date: Some(when.to_string()),
            source: doc,
        }];
        f
    }
}

/// Kinds of change whose claim is checked against a death or a career.
const CHANGES: &str = "('join','defect','found','readmit','elect','reelect','appoint')";

fn date(s: Option<String>) -> Option<PartialDate> {
    s.and_then(|s| PartialDate::parse_prefix(&s).ok())
}

impl Store {
    /// Articles' appointments to an office with one holder at a time (one the office table
    /// names) on a day a register has someone else holding it: a conflict on the appointee,
    /// naming the article's date and the register's spell.
    fn offices_held_by_another(&self) -> Result<Vec<Flag>> {
        let e = self.err("check offices");
        // (organisation, role, person, source, start or claim date, end, source kind)
        type Row = (
            String,
            String,
            String,
            String,
            Option<String>,
            Option<String>,
            String,
        );
        let rows: Vec<Row> = self
            .conn
            .prepare(
                "SELECT o.name, m.role, p.name, s.key,
                        CASE s.kind WHEN 'register' THEN c.start_date ELSE coalesce(c.date, s.date) END,
                        c.end_date, s.kind
                 FROM membership m JOIN person p ON p.id = m.person_id JOIN org o ON o.id = m.org_id
                 JOIN json_each(m.sources) j JOIN claim c ON c.id = j.value
                 JOIN source s ON s.id = c.source_id
                 WHERE m.kind = 'office' AND m.status = 'member' AND m.role IS NOT NULL
                   AND (s.kind = 'register' OR (c.kind = 'appoint' AND c.modality = 'asserted'))
                 ORDER BY o.name, m.role, p.name, s.key, c.seq",
            )
            .and_then(|mut st| {
                st.query_map([], |r| Row::try_from(r))?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(&e)?;
        type Office = (Vec<Appointment>, Vec<Tenure>);
        let mut offices: BTreeMap<(String, String), Office> = BTreeMap::new();
        for (org, role, person, source, start, end, kind) in rows {
            if !is_named(&org, &role) {
                continue;
            }
            let o = offices.entry((org, role)).or_default();
            if kind == "register" {
                o.1.push(Tenure {
                    person,
                    source,
                    since: date(start),
                    until: date(end),
                });
            } else if let Some(when) = date(start) {
                o.0.push(Appointment {
                    person,
                    doc: source,
                    date: when,
                });
            }
        }
        let mut out = Vec::new();
        for ((org, role), (appointments, tenures)) in &offices {
            for (a, t) in held_by_another(appointments, tenures) {
                let day = |d: Option<PartialDate>| d.map_or("…".to_string(), |d| d.to_string());
                let mut f = Flag::on_claim(
                    "conflict",
                    format!(
                        "appointed {role}, {org} on {}, which {} has {} holding ({} to {})",
                        a.date,
                        t.source,
                        t.person,
                        day(t.since),
                        day(t.until)
                    ),
                    &a.person,
                    a.doc.clone(),
                    a.date,
                );
                f.claims.push(ConflictClaim {
                    date: t.since.map(|d| d.to_string()),
                    source: t.source.clone(),
                });
                f.people = vec![a.person.clone(), t.person.clone()];
                out.push(f);
            }
        }
        Ok(out)
    }

    /// Every conflict and flag in the record (see the module notes), in a fixed order.
    pub fn check(&self) -> Result<Vec<Flag>> {
        let e = self.err("check");
        let mut out = Vec::new();

        // conflicts, once per person and disagreement
        let rows: Vec<(String, String, String)> = self
            .conn
            .prepare(
                "SELECT p.key, p.name, m.conflicts FROM membership m JOIN person p ON p.id = m.person_id
                 WHERE m.conflicts != '[]'
                 UNION ALL
                 SELECT p.key, p.name, h.conflicts FROM happening h JOIN person p ON p.id = h.person_id
                 WHERE h.conflicts != '[]'",
            )
            .and_then(|mut st| {
                st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(&e)?;
        let mut seen: BTreeMap<(String, Vec<ConflictClaim>), Flag> = BTreeMap::new();
        for (key, name, conflicts) in rows {
            let cs: Vec<Conflict> = serde_json::from_str(&conflicts).unwrap_or_default();
            for c in cs {
                let mut claims = c.claims.clone();
                claims.sort();
                claims.dedup();
                let entry = seen
                    .entry((key.clone(), claims.clone()))
                    .or_insert_with(|| {
                        let mut f = Flag::new("conflict", c.about.clone());
                        f.person = Some(name.clone());
                        f.claims = claims;
                        f
                    });
                // the plainest description of the one disagreement
                if c.about < entry.about {
                    entry.about = c.about.clone();
                }
            }
        }
        let mut conflicts: Vec<Flag> = seen.into_values().collect();
        conflicts.extend(self.offices_held_by_another()?);
        conflicts.sort_by(|a, b| (&a.person, &a.about).cmp(&(&b.person, &b.about)));

        // documents whose date is suspect: each confirmed change reported by an article and a
        // register, with the register's date for it
        type Src = (String, String, Option<String>, Option<String>, String);
        let rows: Vec<(i64, String, Option<String>, String, Src)> = self
            .conn
            .prepare(
                "SELECT h.id, p.name, h.date, h.conflicts, s.key, s.kind, s.date, c.date, c.modality
                 FROM happening h JOIN person p ON p.id = h.person_id
                 JOIN json_each(h.sources) j JOIN claim c ON c.id = j.value
                 JOIN source s ON s.id = c.source_id
                 WHERE h.status = 'confirmed' ORDER BY h.id",
            )
            .and_then(|mut st| {
                st.query_map([], |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        (r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?),
                    ))
                })?
                .collect::<rusqlite::Result<_>>()
            })
            .map_err(&e)?;
        // per change: (person, its date, its conflicts, one source)
        type Reported = (String, Option<String>, String, Src);
        let mut by_happening: BTreeMap<i64, Vec<Reported>> = BTreeMap::new();
        for (id, person, hdate, conflicts, src) in rows {
            by_happening
                .entry(id)
                .or_default()
                .push((person, hdate, conflicts, src));
        }
        let mut observations = Vec::new();
        for rows in by_happening.values() {
            let registers: BTreeSet<&str> = rows
                .iter()
                .filter(|r| r.3 .1 == "register")
                .map(|r| r.3 .0.as_str())
                .collect();
            if registers.is_empty() {
                continue;
            }
            let (person, hdate, conflicts, _) = &rows[0];
            let cs: Vec<Conflict> = serde_json::from_str(conflicts).unwrap_or_default();
            // the register's date: the one it gives in a disagreement, else the change's
            let register_date = cs
                .iter()
                .filter(|c| c.about.starts_with("date of "))
                .flat_map(|c| &c.claims)
                .find(|x| registers.contains(x.source.as_str()))
                .and_then(|x| date(x.date.clone()))
                .or_else(|| date(hdate.clone()));
            let Some(register_date) = register_date else {
                continue;
            };
            for (_, _, _, (doc, kind, doc_date, claim_date, modality)) in rows {
                if kind != "article" || modality != "asserted" {
                    continue;
                }
                if let (Some(doc_date), Some(article_date)) =
                    (date(doc_date.clone()), date(claim_date.clone()))
                {
                    observations.push(Observation {
                        doc: doc.clone(),
                        doc_date,
                        person: person.clone(),
                        article_date,
                        register_date,
                    });
                }
            }
        }
        for s in suspect_document_dates(&observations) {
            let mut f = Flag::new(
                "suspect-document-date",
                format!(
                    "dated {}, but the register dates the {} change{} it reports {} day{} {}",
                    s.doc_date,
                    s.people.len(),
                    if s.people.len() == 1 { "" } else { "s" },
                    s.offset_days.abs(),
                    if s.offset_days.abs() == 1 { "" } else { "s" },
                    if s.offset_days > 0 {
                        "later"
                    } else {
                        "earlier"
                    }
                ),
            );
            f.doc = Some(s.doc);
            f.offset_days = Some(s.offset_days);
            f.people = s.people;
            out.push(f);
        }
        out.extend(conflicts);

        // claims after a death, and outside any career the registers know
        let deaths: Vec<(i64, String, Option<String>)> = self
            .conn
            .prepare(
                "SELECT c.person_id, p.name, max(c.end_date) FROM claim c
                 JOIN source s ON s.id = c.source_id AND s.kind = 'register'
                 JOIN person p ON p.id = c.person_id
                 WHERE c.end_reason = 'died' GROUP BY c.person_id ORDER BY p.name",
            )
            .and_then(|mut st| {
                st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(&e)?;
        let article_claims =
            |person: i64| -> rusqlite::Result<Vec<(String, String, Option<String>)>> {
                self.conn
                    .prepare_cached(&format!(
                        "SELECT s.key, c.kind, coalesce(c.date, s.date) FROM claim c
                     JOIN source s ON s.id = c.source_id AND s.kind = 'article'
                     WHERE c.person_id = ?1 AND c.modality = 'asserted' AND c.kind IN {CHANGES}
                     ORDER BY s.key, c.seq"
                    ))?
                    .query_map(params![person], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                    .collect()
            };
        for (person, name, died) in deaths {
            let Some(died) = date(died) else { continue };
            for (doc, kind, when) in article_claims(person).map_err(&e)? {
                let Some(when) = date(when) else { continue };
                if after_death(died, when) {
                    out.push(Flag::on_claim(
                        "claim-after-death",
                        format!("{kind} dated {when}, after the register's death on {died}"),
                        &name,
                        doc,
                        when,
                    ));
                }
            }
        }
        let people: Vec<(i64, String)> = self
            .conn
            .prepare(
                "SELECT DISTINCT c.person_id, p.name FROM claim c
                 JOIN source s ON s.id = c.source_id AND s.kind = 'article'
                 JOIN person p ON p.id = c.person_id
                 WHERE c.modality = 'asserted' AND c.kind IN ('join','defect','found')
                   AND EXISTS (SELECT 1 FROM claim r JOIN source t ON t.id = r.source_id
                               WHERE r.person_id = c.person_id AND t.kind = 'register')
                 ORDER BY p.name",
            )
            .and_then(|mut st| {
                st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(&e)?;
        for (person, name) in people {
            let spells: Vec<(i32, i32)> = self
                .conn
                .prepare_cached(
                    "SELECT coalesce(o.name, ''), c.start_date, c.end_date, s.as_of FROM claim c
                     JOIN source s ON s.id = c.source_id AND s.kind = 'register'
                     LEFT JOIN org o ON o.id = c.org_id WHERE c.person_id = ?1",
                )
                .and_then(|mut st| {
                    st.query_map(params![person], |r| {
                        let body: String = r.get(0)?;
                        Ok(spell_days(
                            &body,
                            date(r.get(1)?),
                            date(r.get(2)?),
                            date(r.get(3)?),
                        ))
                    })?
                    .collect::<rusqlite::Result<_>>()
                })
                .map_err(&e)?;
            for (doc, kind, when) in article_claims(person).map_err(&e)? {
                if !matches!(kind.as_str(), "join" | "defect" | "found") {
                    continue;
                }
                let Some(when) = date(when) else { continue };
                if outside_career(&spells, when) {
                    out.push(Flag::on_claim(
                        "claim-outside-career",
                        format!(
                            "{kind} dated {when}, ten years or more from any membership on record"
                        ),
                        &name,
                        doc,
                        when,
                    ));
                }
            }
        }

        // register people of one name that nothing tells apart
        let names: Vec<(String, i64)> = self
            .conn
            .prepare(
                "SELECT DISTINCT n.name_key, n.person_id FROM person_name n
                 JOIN person p ON p.id = n.person_id WHERE p.origin = 'register'
                 ORDER BY 1, 2",
            )
            .and_then(|mut st| {
                st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(&e)?;
        let mut groups: BTreeMap<String, Vec<i64>> = BTreeMap::new();
        for (k, p) in names {
            groups.entry(k).or_default().push(p);
        }
        let mut facts = HashMap::new();
        let mut pairs: BTreeSet<(i64, i64)> = BTreeSet::new();
        for ids in groups.values().filter(|g| g.len() > 1) {
            for (i, &a) in ids.iter().enumerate() {
                for &b in &ids[i + 1..] {
                    if pairs.contains(&(a, b)) {
                        continue;
                    }
                    for id in [a, b] {
                        if let std::collections::hash_map::Entry::Vacant(v) = facts.entry(id) {
                            v.insert(stored_facts(&self.conn, id).map_err(&e)?);
                        }
                    }
                    if compare(&facts[&a], &facts[&b]) != Verdict::Different {
                        pairs.insert((a, b));
                    }
                }
            }
        }
        for (a, b) in pairs {
            let who = |id: i64| -> rusqlite::Result<(String, String)> {
                self.conn
                    .prepare_cached("SELECT name, key FROM person WHERE id = ?1")?
                    .query_row(params![id], |r| Ok((r.get(0)?, r.get(1)?)))
            };
            let (na, ka) = who(a).map_err(&e)?;
            let (nb, kb) = who(b).map_err(&e)?;
            let mut f = Flag::new(
                "ambiguous-identity",
                format!(
                    "{na} and {nb}: one name, and no identifier or seat held on the same days to say one person or two"
                ),
            );
            f.person = Some(na);
            f.people = vec![ka, kb];
            out.push(f);
        }

        // names in articles that fit two register people
        let links: Vec<(String, String)> = self
            .conn
            .prepare(
                "SELECT s.key, d.message FROM diagnostic d JOIN source s ON s.id = d.source_id
                 WHERE d.code = 'ambiguous-link' ORDER BY s.key, d.seq",
            )
            .and_then(|mut st| {
                st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(&e)?;
        for (doc, message) in links {
            let mut f = Flag::new("ambiguous-link", message);
            f.doc = Some(doc);
            out.push(f);
        }
        Ok(out)
    }
}
