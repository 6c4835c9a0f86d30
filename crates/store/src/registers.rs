//! Writing a register: its people (matched to those already stored), its spells as claims,
//! and the identities a people file gives (which spells are whose).
//!
//! Matching, in order: the same register key; an identifier a stored people file maps to a
//! person (`parlparse_member` → `uk.org.publicwhip/person/N`); then one stored person of the
//! same name whom the registers make the same ([`floorcross_record::identity::compare`]:
//! a shared identifier, or a seat in the same body on overlapping days), never the name
//! alone. After every import, [`apply_identity`] puts each spell whose own id a people file
//! names with that person, whichever file came first: people made by name are merged or
//! split, and renamed to the people file's key and latest name.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use floorcross_record::date::PartialDate;
use floorcross_record::identity::{compare, Facts, Spell, Verdict};
use floorcross_record::names::person_key;
use floorcross_record::reconcile::MembershipKind;
use floorcross_record::register::{Register, RegisterMembership, RegisterPerson};
use floorcross_record::terms::term_end;
use rusqlite::{params, OptionalExtension, Transaction};

use crate::write::{mark_dirty, org_id, upsert_source, OrgCache};
use crate::{ImportStats, Snapshot};

/// Identifier schemes a people file gives that belong on the person (member ids stay on the
/// spells they name).
const PERSON_LEVEL: &[&str] = &["parlparse", "datadotparl_id", "parlparse_lord"];

/// The days a spell covers; a spell a register leaves open in a body with terms ends with
/// the term running at the snapshot (or at its start, when the snapshot is unknown).
pub(crate) fn spell_days(
    body: &str,
    start: Option<PartialDate>,
    end: Option<PartialDate>,
    as_of: Option<PartialDate>,
) -> (i32, i32) {
    let lo = start.map_or(i32::MIN, |d| d.first_day());
    let hi = match end {
        Some(e) => e.last_day(),
        None => as_of
            .or(start)
            .and_then(|r| term_end(body, r.first_day()))
            .map_or(i32::MAX, |d| d.last_day()),
    };
    (lo, hi)
}

fn facts_of(p: &RegisterPerson, ms: &[&RegisterMembership], as_of: Option<PartialDate>) -> Facts {
    Facts {
        identifiers: p.identifiers.clone(),
        spells: ms
            .iter()
            .filter(|m| m.kind == MembershipKind::Seat)
            .map(|m| {
                let (lo, hi) = spell_days(&m.org, m.start, m.end, as_of);
                Spell {
                    body: m.org.clone(),
                    post: m.post.clone(),
                    lo,
                    hi,
                }
            })
            .collect(),
    }
}

/// What the stored registers say about a person: identifiers (their own and their spells')
/// and seats.
pub(crate) fn stored_facts(tx: &rusqlite::Connection, person: i64) -> rusqlite::Result<Facts> {
    let mut identifiers: Vec<(String, String)> = tx
        .prepare_cached(
            "SELECT DISTINCT scheme, identifier FROM person_identifier WHERE person_id = ?1",
        )?
        .query_map(params![person], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    identifiers.sort();
    let date = |s: Option<String>| s.and_then(|s| PartialDate::parse_prefix(&s).ok());
    let spells = tx
        .prepare_cached(
            "SELECT o.name, c.post, c.start_date, c.end_date, s.as_of FROM claim c
             JOIN source s ON s.id = c.source_id AND s.kind = 'register'
             JOIN org o ON o.id = c.org_id
             WHERE c.person_id = ?1 AND c.kind = 'membership:seat'",
        )?
        .query_map(params![person], |r| {
            let body: String = r.get(0)?;
            let (lo, hi) = spell_days(&body, date(r.get(2)?), date(r.get(3)?), date(r.get(4)?));
            Ok(Spell {
                body,
                post: r.get(1)?,
                lo,
                hi,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Facts {
        identifiers,
        spells,
    })
}

/// The person a people file says an identifier is: (key, latest name).
fn identity_of(
    tx: &Transaction,
    scheme: &str,
    identifier: &str,
) -> rusqlite::Result<Option<(String, String)>> {
    tx.prepare_cached(
        "SELECT person_key, name FROM identity WHERE scheme = ?1 AND identifier = ?2
         ORDER BY source_id LIMIT 1",
    )?
    .query_row(params![scheme, identifier], |r| Ok((r.get(0)?, r.get(1)?)))
    .optional()
}

fn person_by_key(tx: &Transaction, key: &str) -> rusqlite::Result<Option<i64>> {
    tx.prepare_cached("SELECT id FROM person WHERE key = ?1")?
        .query_row(params![key], |r| r.get(0))
        .optional()
}

fn new_person(tx: &Transaction, key: &str, name: &str) -> rusqlite::Result<i64> {
    let shown = if name.trim().is_empty() {
        key.strip_prefix("parlparse:").unwrap_or(key)
    } else {
        name
    };
    tx.prepare_cached("INSERT INTO person (key, name, origin) VALUES (?1, ?2, 'register')")?
        .execute(params![key, shown])?;
    Ok(tx.last_insert_rowid())
}

/// The stored person a register person is (see the module notes); a new one if nobody fits.
fn resolve(
    tx: &Transaction,
    p: &RegisterPerson,
    ms: &[&RegisterMembership],
    as_of: Option<PartialDate>,
    this_import: &BTreeSet<i64>,
    stats: &mut ImportStats,
) -> rusqlite::Result<i64> {
    if let Some(id) = person_by_key(tx, &p.key)? {
        return Ok(id);
    }
    let idents = p
        .identifiers
        .iter()
        .chain(ms.iter().filter_map(|m| m.ident.as_ref()));
    for (scheme, ident) in idents {
        if let Some((key, name)) = identity_of(tx, scheme, ident)? {
            if let Some(id) = person_by_key(tx, &key)? {
                return Ok(id);
            }
            stats.new_persons += 1;
            return new_person(tx, &key, if name.is_empty() { &p.name } else { &name });
        }
    }
    let key = person_key(&p.name);
    if !key.is_empty() {
        let cands: Vec<i64> = tx
            .prepare_cached(
                "SELECT DISTINCT n.person_id FROM person_name n JOIN person q ON q.id = n.person_id
                 WHERE n.name_key = ?1 AND q.origin = 'register' ORDER BY 1",
            )?
            .query_map(params![key], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mine = facts_of(p, ms, as_of);
        let mut same = Vec::new();
        // two people of one name in one register are two people
        for c in cands.into_iter().filter(|c| !this_import.contains(c)) {
            if compare(&mine, &stored_facts(tx, c)?) == Verdict::Same {
                same.push(c);
            }
        }
        if same.len() == 1 {
            return Ok(same[0]);
        }
    }
    stats.new_persons += 1;
    new_person(tx, &p.key, &p.name)
}

/// Writes one register's people, spells and identities (the caller holds the transaction).
pub(crate) fn import(
    tx: &Transaction,
    name: &str,
    format: &str,
    hash: &str,
    reg: &Register,
    snapshot: Option<&Snapshot>,
) -> rusqlite::Result<ImportStats> {
    let (source, _) = upsert_source(tx, "register", name, [Some(format), None, None, None], hash)?;
    tx.prepare_cached("UPDATE source SET as_of = ?2, as_of_from = ?3 WHERE id = ?1")?
        .execute(params![
            source,
            snapshot.map(|s| s.date.to_string()),
            snapshot.map(|s| s.from.as_str())
        ])?;
    let as_of = snapshot.map(|s| s.date);
    let mut stats = ImportStats::default();
    // a people file: who every identifier is
    for p in &reg.directory {
        for (scheme, ident) in &p.identifiers {
            tx.prepare_cached(
                "INSERT OR IGNORE INTO identity (source_id, scheme, identifier, person_key, name)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![source, scheme, ident, p.key, p.name])?;
        }
    }
    let mut spells_of: HashMap<&str, Vec<&RegisterMembership>> = HashMap::new();
    for m in &reg.memberships {
        spells_of.entry(m.person.as_str()).or_default().push(m);
    }
    let mut ids: HashMap<&str, i64> = HashMap::new();
    let mut created: BTreeSet<i64> = BTreeSet::new();
    for p in &reg.persons {
        let ms = spells_of
            .get(p.key.as_str())
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let id = resolve(tx, p, ms, as_of, &created, &mut stats)?;
        created.insert(id);
        ids.insert(p.key.as_str(), id);
        for n in std::iter::once(&p.name).chain(&p.other_names) {
            let k = person_key(n);
            if k.is_empty() {
                continue;
            }
            tx.prepare_cached(
                "INSERT OR IGNORE INTO person_name (person_id, name, name_key, source_id) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![id, n, k, source])?;
        }
        for (scheme, ident) in &p.identifiers {
            tx.prepare_cached(
                "INSERT OR IGNORE INTO person_identifier (person_id, scheme, identifier, source_id) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![id, scheme, ident, source])?;
        }
        mark_dirty(tx, id)?;
        stats.persons += 1;
    }
    let names: HashMap<&str, &str> = reg
        .persons
        .iter()
        .map(|p| (p.key.as_str(), p.name.as_str()))
        .collect();
    let mut orgs = OrgCache::new();
    let mut org = |tx: &Transaction, n: Option<&str>| org_id(tx, &mut orgs, n);
    for (seq, m) in reg.memberships.iter().enumerate() {
        let Some(&person) = ids.get(m.person.as_str()) else {
            continue;
        };
        let name = names.get(m.person.as_str()).copied().unwrap_or("");
        let o = org(tx, Some(&m.org))?;
        let f = org(tx, m.from.as_deref())?;
        let b = org(tx, m.on_behalf_of.as_deref())?;
        tx.prepare_cached(
            "INSERT INTO claim (source_id, seq, person_id, person_name, link, kind, org_id, from_org_id,
                                on_behalf_of_id, post, role, start_date, end_date, start_reason, end_reason,
                                modality, ev_start, ident_scheme, ident)
             VALUES (?1, ?2, ?3, ?4, 'register', ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 'asserted', ?15, ?16, ?17)",
        )?
        .execute(params![
            source,
            seq as i64,
            person,
            name,
            format!("membership:{}", m.kind.as_str()),
            o,
            f,
            b,
            m.post,
            m.role,
            m.start.map(|d| d.to_string()),
            m.end.map(|d| d.to_string()),
            m.start_reason,
            m.end_reason,
            m.line.map(|l| l as i64),
            m.ident.as_ref().map(|(s, _)| s.as_str()),
            m.ident.as_ref().map(|(_, i)| i.as_str()),
        ])?;
        stats.memberships += 1;
    }
    stats.identified = reg.directory.len();
    apply_identity(tx)?;
    Ok(stats)
}

/// Moves every spell whose own id a stored people file names to the person it names (made
/// from the spells' people, or new), with the names and identifiers that came with it; then
/// gives every such person the people file's latest name and person-level identifiers.
pub(crate) fn apply_identity(tx: &Transaction) -> rusqlite::Result<()> {
    // (claim, its person, its source, the name it was written under, the person it is, their name)
    type Row = (i64, Option<i64>, i64, String, String, String);
    let rows: Vec<Row> = tx
        .prepare_cached(
            "SELECT c.id, c.person_id, c.source_id, c.person_name, i.person_key, i.name
             FROM claim c JOIN identity i ON i.scheme = c.ident_scheme AND i.identifier = c.ident
             LEFT JOIN person p ON p.id = c.person_id
             WHERE c.ident IS NOT NULL AND p.key IS NOT i.person_key
             ORDER BY i.person_key, c.id, i.source_id",
        )?
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut by_key: BTreeMap<String, Vec<Row>> = BTreeMap::new();
    let mut seen: BTreeSet<i64> = BTreeSet::new();
    for r in rows {
        if seen.insert(r.0) {
            by_key.entry(r.4.clone()).or_default().push(r);
        }
    }
    // (from person, source, to person) -> names the moved spells were written under
    let mut moves: BTreeMap<(i64, i64, i64), BTreeSet<String>> = BTreeMap::new();
    for (key, rows) in &by_key {
        let name = rows[0].5.clone();
        let target = match person_by_key(tx, key)? {
            Some(id) => id,
            None => {
                // the person made from most of these spells, unless a people file names them
                let mut count: BTreeMap<i64, usize> = BTreeMap::new();
                for r in rows {
                    if let Some(p) = r.1 {
                        *count.entry(p).or_default() += 1;
                    }
                }
                let mut cands: Vec<(usize, i64)> = count.into_iter().map(|(p, n)| (n, p)).collect();
                cands.sort_by_key(|&(n, p)| (std::cmp::Reverse(n), p));
                let mut chosen = None;
                for (_, p) in cands {
                    let named: bool = tx
                        .prepare_cached(
                            "SELECT EXISTS (SELECT 1 FROM person q JOIN identity i ON i.person_key = q.key
                                            WHERE q.id = ?1)",
                        )?
                        .query_row(params![p], |r| r.get(0))?;
                    if !named {
                        chosen = Some(p);
                        break;
                    }
                }
                match chosen {
                    Some(p) => {
                        let shown = if name.is_empty() { None } else { Some(&name) };
                        tx.prepare_cached(
                            "UPDATE person SET key = ?2, name = coalesce(?3, name) WHERE id = ?1",
                        )?
                        .execute(params![p, key, shown])?;
                        p
                    }
                    None => new_person(tx, key, &name)?,
                }
            }
        };
        mark_dirty(tx, target)?;
        for r in rows {
            if r.1 == Some(target) {
                continue;
            }
            tx.prepare_cached("UPDATE claim SET person_id = ?2 WHERE id = ?1")?
                .execute(params![r.0, target])?;
            if let Some(from) = r.1 {
                mark_dirty(tx, from)?;
                moves
                    .entry((from, r.2, target))
                    .or_default()
                    .insert(r.3.clone());
            }
        }
    }
    // names and identifiers follow the spells
    let mut emptied: BTreeMap<i64, i64> = BTreeMap::new();
    for ((from, source, to), written) in &moves {
        let left: i64 = tx
            .prepare_cached("SELECT count(*) FROM claim WHERE person_id = ?1 AND source_id = ?2")?
            .query_row(params![from, source], |r| r.get(0))?;
        if left == 0 {
            move_source_rows(tx, *from, Some(*source), *to)?;
        } else {
            for n in written {
                let k = person_key(n);
                if !k.is_empty() {
                    tx.prepare_cached(
                        "INSERT OR IGNORE INTO person_name (person_id, name, name_key, source_id) VALUES (?1, ?2, ?3, ?4)",
                    )?
                    .execute(params![to, n, k, source])?;
                }
            }
        }
        emptied.entry(*from).or_insert(*to);
    }
    // a person left with no register spell was only ever a guess: what else they have goes too
    for (from, to) in emptied {
        let registers: i64 = tx
            .prepare_cached(
                "SELECT count(*) FROM claim c JOIN source s ON s.id = c.source_id
                 WHERE c.person_id = ?1 AND s.kind = 'register'",
            )?
            .query_row(params![from], |r| r.get(0))?;
        if registers == 0 {
            tx.prepare_cached("UPDATE claim SET person_id = ?2 WHERE person_id = ?1")?
                .execute(params![from, to])?;
            move_source_rows(tx, from, None, to)?;
        }
    }
    // the people files' names and person-level identifiers
    let named: Vec<(i64, String, String, i64)> = tx
        .prepare_cached(
            "SELECT p.id, p.name, i.name, i.source_id FROM identity i JOIN person p ON p.key = i.person_key
             WHERE i.scheme = 'parlparse' ORDER BY i.source_id",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, shown, name, source) in named {
        let k = person_key(&name);
        if k.is_empty() {
            continue;
        }
        if shown != name {
            tx.prepare_cached("UPDATE person SET name = ?2 WHERE id = ?1")?
                .execute(params![id, name])?;
            // their roster rows quote the name
            mark_dirty(tx, id)?;
        }
        tx.prepare_cached(
            "INSERT OR IGNORE INTO person_name (person_id, name, name_key, source_id) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![id, name, k, source])?;
    }
    for scheme in PERSON_LEVEL {
        tx.prepare_cached(
            "INSERT OR IGNORE INTO person_identifier (person_id, scheme, identifier, source_id)
             SELECT p.id, i.scheme, i.identifier, i.source_id FROM identity i
             JOIN person p ON p.key = i.person_key WHERE i.scheme = ?1",
        )?
        .execute(params![scheme])?;
    }
    Ok(())
}

/// Moves a person's names and identifiers (from one source, or all) to another person.
fn move_source_rows(
    tx: &Transaction,
    from: i64,
    source: Option<i64>,
    to: i64,
) -> rusqlite::Result<()> {
    for table in ["person_name", "person_identifier"] {
        let cols = if table == "person_name" {
            "name, name_key, source_id"
        } else {
            "scheme, identifier, source_id"
        };
        // `table` and `cols` are fixed strings from this function; values are parameters
        tx.prepare_cached(&format!(
            "INSERT OR IGNORE INTO {table} (person_id, {cols})
             SELECT ?2, {cols} FROM {table} WHERE person_id = ?1 AND (?3 IS NULL OR source_id = ?3)"
        ))?
        .execute(params![from, to, source])?;
        tx.prepare_cached(&format!(
            "DELETE FROM {table} WHERE person_id = ?1 AND (?2 IS NULL OR source_id = ?2)"
        ))?
        .execute(params![from, source])?;
    }
    Ok(())
}
