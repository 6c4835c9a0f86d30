//! Reconciliation: every person marked dirty has their claims read and reconciled, and
//! their derived rows (memberships, the interval index, roster rows, seat counts,
//! happenings) replaced, a chunk of people per transaction; a person nobody speaks of any
//! more is removed.

use floorcross_model::{EventType, Modality};
use floorcross_record::date::PartialDate;
use floorcross_record::reconcile::{reconcile, Claim, MembershipKind, SourceKind, Status, What};
use rusqlite::{params, Transaction};

use crate::seats::{SeatChanges, Spell};
use crate::write::{org_id, OrgCache};
use crate::{day_hi, day_lo, json, roster, Result, Store, StoreError, StoreErrorKind};

impl Store {
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

pub(crate) fn delete_person(
    tx: &Transaction,
    seat_changes: &mut SeatChanges,
    p: i64,
) -> rusqlite::Result<()> {
    drop_memberships(tx, seat_changes, p)?;
    tx.prepare_cached("DELETE FROM dirty WHERE person_id = ?1")?
        .execute(params![p])?;
    tx.prepare_cached("DELETE FROM person WHERE id = ?1")?
        .execute(params![p])?;
    Ok(())
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
