//! `roster`: who is in an organisation on a day, read from rows made ready when the record
//! is written.
//!
//! A roster row cites its sources, and telling a source (a register's line, an article's
//! sentence) reads the claim, its source and its organisations: done at query time, that was
//! seven B-tree descents per row and 2 ms for a party of 260, a ceiling of a few hundred
//! answers a second. So reconciliation, which replaces a person's memberships anyway, also
//! writes each one's roster row as the JSON the API and `--json` print (`roster_entry`), with
//! the person's name, status and start beside it to order by. The rows are derived like the
//! memberships: everything they quote either belongs to the membership (and is replaced with
//! it) or marks the person dirty when it changes (a claim moved or removed, a person renamed).
//!
//! The rows are stored by organisation and block of days, as `seat_step`'s runs are: a spell's
//! block is the smallest aligned block of 2^lvl days that holds it, so the spell crosses the
//! block's midpoint. On a day before that midpoint the block's spells that hold the day are
//! exactly those that began by it, a range of the table; on a day after, all of the block's
//! spells began before the day, and those that end in time are kept. So a query reads, per
//! level, one contiguous range of the table: a party's 260 members are a few dozen pages,
//! not 260 scattered ones. (An index by end, to read only the rows that hold a day after the
//! midpoint, cost one more seek per row for each row it found and was no faster.)

use std::collections::BTreeSet;

use floorcross_record::date::PartialDate;
use rusqlite::{params, Connection};

use crate::queries::sources_many;
use crate::seats::{block, OFFSET};
use crate::{json, Result, RosterRow, Store};

/// Writes the roster rows of one person's memberships (every kind but whips), which must
/// have been inserted (and indexed in `membership_span`) already; the old rows went with the
/// old memberships ([`delete_entry`]).
pub(crate) fn write_entries(conn: &Connection, person: i64) -> rusqlite::Result<()> {
    // (membership id, the row but its sources and conflicts, its source list and conflicts
    // as stored, (org, first day, last day))
    type Row = (i64, RosterRow, String, String, (i64, i64, i64));
    let rows: Vec<Row> = conn
        .prepare_cached(
            "SELECT m.id, p.name, m.status, m.since, m.until, m.kind, m.post, m.sources, m.conflicts,
                    coalesce(m.org_id, 0), s.day_lo, s.day_hi
             FROM membership m JOIN person p ON p.id = m.person_id
             JOIN membership_span s ON s.id = m.id
             WHERE m.person_id = ?1 AND m.kind != 'whip'",
        )?
        .query_map(params![person], |r| {
            let row = RosterRow {
                person: r.get(1)?,
                status: r.get(2)?,
                since: r.get(3)?,
                until: r.get(4)?,
                kind: r.get(5)?,
                post: r.get(6)?,
                sources: Vec::new(),
                conflicts: Vec::new(),
            };
            let place = (r.get(9)?, r.get(10)?, r.get(11)?);
            Ok((r.get(0)?, row, r.get(7)?, r.get(8)?, place))
        })?
        .collect::<rusqlite::Result<_>>()?;
    if rows.is_empty() {
        return Ok(());
    }
    let lists: Vec<&str> = rows.iter().map(|r| r.2.as_str()).collect();
    let sources = sources_many(conn, &lists)?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO roster_entry (org, lvl, blk, day_lo, id, day_hi, status, person, since, json)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    let mut level = conn.prepare_cached(
        "INSERT INTO roster_level (org, lvl, max_len) VALUES (?1, ?2, ?3)
         ON CONFLICT (org, lvl) DO UPDATE SET max_len = max(max_len, excluded.max_len)",
    )?;
    for ((id, mut row, _, conflicts, (org, lo, hi)), sources) in rows.into_iter().zip(sources) {
        row.sources = sources;
        row.conflicts = serde_json::from_str(&conflicts).unwrap_or_default();
        let (lvl, blk) = block(lo, hi);
        level.execute(params![org, lvl, hi - lo])?;
        insert.execute(params![
            org,
            lvl,
            blk,
            lo,
            id,
            hi,
            row.status,
            row.person,
            row.since,
            json(&row)
        ])?;
    }
    Ok(())
}

/// Removes one membership's roster row (if it has one): its id, organisation and days.
pub(crate) fn delete_entry(
    conn: &Connection,
    id: i64,
    org: i64,
    lo: i32,
    hi: i32,
) -> rusqlite::Result<()> {
    let (lvl, blk) = block(i64::from(lo), i64::from(hi));
    conn.prepare_cached(
        "DELETE FROM roster_entry WHERE org = ?1 AND lvl = ?2 AND blk = ?3 AND day_lo = ?4 AND id = ?5",
    )?
    .execute(params![org, lvl, blk, lo, id])?;
    Ok(())
}

/// Writes the roster rows of every membership on record (the migration that adds them).
pub(crate) fn write_all(conn: &Connection) -> rusqlite::Result<()> {
    let people: Vec<i64> = conn
        .prepare("SELECT DISTINCT person_id FROM membership ORDER BY 1")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for p in people {
        write_entries(conn, p)?;
    }
    Ok(())
}

/// A roster's rows as read: every text in one buffer, each row a few ranges of it (a party
/// of 260 is one allocation, not a thousand).
#[derive(Default)]
struct Entries {
    text: String,
    /// (status, person, since, membership id, json), as ranges of `text`.
    rows: Vec<(Span, Span, Option<Span>, i64, Span)>,
}

type Span = std::ops::Range<usize>;

impl Entries {
    fn push(&mut self, s: &str) -> Span {
        let start = self.text.len();
        self.text.push_str(s);
        start..self.text.len()
    }

    fn read(&mut self, r: &rusqlite::Row) -> rusqlite::Result<()> {
        let status = self.push(r.get_ref(0)?.as_str()?);
        let person = self.push(r.get_ref(1)?.as_str()?);
        let since = r.get_ref(2)?.as_str_or_null()?.map(|s| self.push(s));
        let id = r.get(3)?;
        let json = self.push(r.get_ref(4)?.as_str()?);
        self.rows.push((status, person, since, id, json));
        Ok(())
    }

    /// The rows in the roster's order (status, name, start; the id settles ties), without a
    /// pending move of someone already a member, which is not news: their JSON.
    fn ordered(&self) -> Vec<&str> {
        let t = |s: &Span| &self.text[s.clone()];
        // (status, person, since, id, json)
        let mut rows: Vec<(&str, &str, Option<&str>, i64, &str)> = self
            .rows
            .iter()
            .map(|r| (t(&r.0), t(&r.1), r.2.as_ref().map(t), r.3, t(&r.4)))
            .collect();
        // SQLite's text order is byte order, as Rust's is; ids are unique, so the JSON never
        // decides
        rows.sort_unstable();
        if rows.iter().any(|r| r.0 == "pending") {
            let members: BTreeSet<&str> = rows
                .iter()
                .filter(|r| r.0 == "member")
                .map(|r| r.1)
                .collect();
            rows.retain(|r| !(r.0 == "pending" && members.contains(r.1)));
        }
        rows.into_iter().map(|r| r.4).collect()
    }
}

impl Store {
    /// Who is in `org` on `on`: members, and people whose move there is only reported
    /// (`pending`), by status, name and start. One row per person and spell; conflicts name
    /// the sources that disagree.
    pub fn roster(&self, org: &str, on: PartialDate) -> Result<Vec<RosterRow>> {
        self.roster_entries(org, on)?
            .ordered()
            .into_iter()
            .map(|j| {
                serde_json::from_str(j).map_err(|e| {
                    self.err("read a roster row")(rusqlite::Error::FromSqlConversionFailure(
                        0,
                        rusqlite::types::Type::Text,
                        Box::new(e),
                    ))
                })
            })
            .collect()
    }

    /// [`Store::roster`] as the JSON array of its rows, exactly as `serde_json` writes them
    /// (the API's answer and `roster --json`), without decoding them.
    pub fn roster_json(&self, org: &str, on: PartialDate) -> Result<String> {
        let entries = self.roster_entries(org, on)?;
        let rows = entries.ordered();
        let mut out = String::with_capacity(2 + rows.iter().map(|r| r.len() + 1).sum::<usize>());
        out.push('[');
        for (i, r) in rows.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(r);
        }
        out.push(']');
        Ok(out)
    }

    /// The roster's rows as stored, in no order, read in one transaction (one snapshot of
    /// the record, however many levels are read, while a writer commits).
    fn roster_entries(&self, org: &str, on: PartialDate) -> Result<Entries> {
        let e = self.err("roster");
        let tx = self.conn.unchecked_transaction().map_err(&e)?;
        let Some(org_id) = self.org_id(org)? else {
            return Ok(Entries::default());
        };
        let day = i64::from(on.first_day());
        // at each level the organisation has rows at, the spells in the day's block that hold
        // the day: before the block's middle, a range of the table by start; after it, the
        // block's spells that end in time (all began before the middle), of which only those
        // that began at most the level's longest spell before the day can. CROSS JOIN keeps
        // the levels outside: the other order reads every row of the organisation.
        let mut st = tx
            .prepare_cached(
                "SELECT r.status, r.person, r.since, r.id, r.json
                 FROM roster_level l CROSS JOIN roster_entry r
                   ON r.org = l.org AND r.lvl = l.lvl AND r.blk = (?2 >> l.lvl)
                  AND r.day_lo >= ?3 - l.max_len AND r.day_lo <= ?3 AND r.day_hi >= ?3
                 WHERE l.org = ?1",
            )
            .map_err(&e)?;
        let mut entries = Entries::default();
        let mut rows = st.query(params![org_id, day + OFFSET, day]).map_err(&e)?;
        while let Some(r) = rows.next().map_err(&e)? {
            entries.read(r).map_err(&e)?;
        }
        drop(rows);
        drop(st);
        tx.commit().map_err(&e)?;
        Ok(entries)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every roster, on days before and after each block's midpoint, is the memberships that
    /// hold the day: spells short and long, open-ended, and one day long.
    #[test]
    fn a_roster_is_every_membership_that_holds_the_day() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("r.db")).unwrap();
        let mut csv = String::from("id,name,group,area,start_date,end_date\n");
        let mut seed: u64 = 7;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        for i in 0..400 {
            let start = PartialDate::ymd(1990, 1, 1).first_day() + next(9000) as i32;
            let len = [0, 1, 30, 400, 3000][next(5) as usize];
            let end = if next(10) == 0 {
                String::new()
            } else {
                PartialDate::from_day(start + len).to_string()
            };
            csv.push_str(&format!(
                "p{i},Person {i},Group {},Area {i},{},{end}\n",
                next(3),
                PartialDate::from_day(start)
            ));
        }
        let reg = floorcross_record::register::read_csv(csv.as_bytes()).unwrap();
        store.import_register("r.csv", "csv", "h", &reg).unwrap();
        store.reconcile_dirty(100, |_| {}).unwrap();
        let all = store.memberships().unwrap();
        let mut checked = 0;
        for day in (PartialDate::ymd(1989, 12, 1).first_day()
            ..PartialDate::ymd(2016, 1, 1).first_day())
            .step_by(37)
        {
            let on = PartialDate::from_day(day);
            for org in ["Group 0", "Group 1", "Group 2"] {
                let mut want: Vec<(String, Option<String>)> = all
                    .iter()
                    .filter(|m| m.kind != "whip" && m.org.as_deref() == Some(org))
                    .filter(|m| {
                        let lo = m
                            .since
                            .as_deref()
                            .map(|s| s.parse::<PartialDate>().unwrap());
                        let hi = m
                            .until
                            .as_deref()
                            .map(|s| s.parse::<PartialDate>().unwrap());
                        lo.is_none_or(|d| d.first_day() <= day)
                            && hi.is_none_or(|d| d.last_day() >= day)
                    })
                    .map(|m| (m.person.clone(), m.since.clone()))
                    .collect();
                want.sort();
                let got: Vec<(String, Option<String>)> = store
                    .roster(org, on)
                    .unwrap()
                    .into_iter()
                    .map(|r| (r.person, r.since))
                    .collect();
                assert_eq!(got, want, "{org} on {on}");
                checked += got.len();
            }
        }
        assert!(checked > 1000, "{checked} rows checked");
    }
}
