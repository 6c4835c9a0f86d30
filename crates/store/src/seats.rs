//! Seat counts kept as step functions, so that `seats` reads one row per body and party.
//!
//! For every (body, party) pair, `seat_step` holds the days on which some seats of that body
//! are held for that party, as maximal runs `day_from..=day_to` of one count `n` (no row
//! where the count is 0; two neighbouring rows never have the same count where they touch).
//! That form is canonical: it depends only on the memberships, not on the order they were
//! reconciled in. `seat_pair` lists the pairs that have rows. Counts only change where a
//! seat membership begins or ends, so a day query needs one run per pair: the last run of
//! each pair that begins by the day (one seek each). The counts over every body are kept the
//! same way, per party under the body [`EVERY_BODY`], so the House on a day is one seek per
//! party too, not one run per body and party. Reconciliation adds and removes seat
//! memberships as [`SeatChanges`]; they are netted per transaction (a membership removed and
//! put back is no change) and then applied run by run, to their body and to every body.

use std::collections::{BTreeMap, HashMap};

use rusqlite::{params, Transaction};

/// One seat membership's contribution: (body, party, first day, last day), ids 0 for none.
pub(crate) type Spell = (i64, i64, i32, i32);

/// The body id under which `seat_step` keeps the counts over every body (org ids are
/// positive; 0 is "no body").
pub(crate) const EVERY_BODY: i64 = -1;

/// Seat memberships added (+1) and removed (-1) within one transaction, netted.
#[derive(Default)]
pub(crate) struct SeatChanges(HashMap<Spell, i64>);

impl SeatChanges {
    pub fn add(&mut self, spell: Spell, delta: i64) {
        *self.0.entry(spell).or_insert(0) += delta;
    }

    /// Applies the net changes to `seat_step` and `seat_pair`, in a fixed order.
    pub fn apply(self, tx: &Transaction) -> rusqlite::Result<()> {
        // (body, party) -> (first day, last day, change)
        type Pairs = BTreeMap<(i64, i64), Vec<(i32, i32, i64)>>;
        let mut by_pair = Pairs::new();
        // (party, first day, last day) -> change over every body
        let mut every: HashMap<(i64, i32, i32), i64> = HashMap::new();
        for ((body, party, lo, hi), delta) in self.0 {
            if delta != 0 {
                by_pair
                    .entry((body, party))
                    .or_default()
                    .push((lo, hi, delta));
                *every.entry((party, lo, hi)).or_insert(0) += delta;
            }
        }
        for ((party, lo, hi), delta) in every {
            if delta != 0 {
                by_pair
                    .entry((EVERY_BODY, party))
                    .or_default()
                    .push((lo, hi, delta));
            }
        }
        for ((body, party), mut changes) in by_pair {
            changes.sort_unstable();
            for (lo, hi, delta) in changes {
                apply_one(tx, body, party, i64::from(lo), i64::from(hi), delta)?;
            }
            let any: bool = tx
                .prepare_cached(
                    "SELECT EXISTS (SELECT 1 FROM seat_step WHERE body = ?1 AND party = ?2)",
                )?
                .query_row(params![body, party], |r| r.get(0))?;
            if any {
                tx.prepare_cached("INSERT OR IGNORE INTO seat_pair (body, party) VALUES (?1, ?2)")?
                    .execute(params![body, party])?;
            } else {
                tx.prepare_cached("DELETE FROM seat_pair WHERE body = ?1 AND party = ?2")?
                    .execute(params![body, party])?;
            }
        }
        Ok(())
    }
}

/// A run of one count: (first day, last day, count).
type Run = (i64, i64, i64);

/// Days are offset by this to be positive (they lie within ±10^8, see `OPEN_LO`).
pub(crate) const OFFSET: i64 = 1 << 27;

/// The level and block of a run: the smallest aligned block of 2^level (offset) days that
/// holds it whole.
pub(crate) fn block(from: i64, to: i64) -> (i64, i64) {
    let (f, t) = (from + OFFSET, to + OFFSET);
    let level = i64::from(64 - ((f ^ t) as u64).leading_zeros());
    (level, f >> level)
}

/// The runs `old` (sorted, disjoint) become when `delta` seats are added on `lo..=hi`:
/// canonical again (no zero counts, equal neighbours merged).
fn add_range(old: &[Run], lo: i64, hi: i64, delta: i64) -> Vec<Run> {
    let mut cuts: Vec<i64> = Vec::with_capacity(2 * old.len() + 2);
    for &(f, t, _) in old {
        cuts.push(f);
        cuts.push(t + 1);
    }
    cuts.push(lo);
    cuts.push(hi + 1);
    cuts.sort_unstable();
    cuts.dedup();
    let mut out: Vec<Run> = Vec::with_capacity(cuts.len());
    let mut i = 0;
    for w in cuts.windows(2) {
        let (from, to) = (w[0], w[1] - 1);
        while i < old.len() && old[i].1 < from {
            i += 1;
        }
        let mut n = match old.get(i) {
            Some(&(f, t, n)) if f <= from && to <= t => n,
            _ => 0,
        };
        if lo <= from && to <= hi {
            n += delta;
        }
        debug_assert!(n >= 0, "a seat count below zero");
        if n == 0 {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.2 == n && last.1 + 1 == from => last.1 = to,
            _ => out.push((from, to, n)),
        }
    }
    out
}

fn apply_one(
    tx: &Transaction,
    body: i64,
    party: i64,
    lo: i64,
    hi: i64,
    delta: i64,
) -> rusqlite::Result<()> {
    // the runs that touch lo - 1 ..= hi + 1 (touching runs may merge with new ones)
    let start: Option<i64> = tx
        .prepare_cached(
            "SELECT max(day_from) FROM seat_step WHERE body = ?1 AND party = ?2 AND day_from <= ?3",
        )?
        .query_row(params![body, party, lo - 1], |r| r.get(0))?;
    let old: Vec<Run> = tx
        .prepare_cached(
            "SELECT day_from, day_to, n FROM seat_step
             WHERE body = ?1 AND party = ?2 AND day_from >= ?3 AND day_from <= ?4
             ORDER BY day_from",
        )?
        .query_map(params![body, party, start.unwrap_or(lo - 1), hi + 1], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let new = add_range(&old, lo, hi, delta);
    let kept: HashMap<i64, Run> = new.iter().map(|r| (r.0, *r)).collect();
    for r in &old {
        if !kept.contains_key(&r.0) {
            tx.prepare_cached(
                "DELETE FROM seat_step WHERE body = ?1 AND party = ?2 AND day_from = ?3",
            )?
            .execute(params![body, party, r.0])?;
        }
    }
    let was: HashMap<i64, Run> = old.iter().map(|r| (r.0, *r)).collect();
    // the runs that keep their days and take another count: those inside lo..=hi, each
    // `delta` more. Over every body they are many (the sum changes every few days), so they
    // are recounted by one statement over their range, when nothing else kept lies there.
    let recount: Vec<&Run> = new
        .iter()
        .filter(|r| was.get(&r.0).is_some_and(|w| w != *r && w.1 == r.1))
        .collect();
    let by_delta = recount.iter().all(|r| was[&r.0].2 + delta == r.2);
    let range = recount.first().zip(recount.last()).map(|(a, b)| (a.0, b.0));
    let alone = range.is_some_and(|(a, b)| {
        old.iter()
            .filter(|r| a <= r.0 && r.0 <= b && kept.contains_key(&r.0))
            .count()
            == recount.len()
    });
    if let (true, true, Some((a, b))) = (by_delta, alone, range) {
        tx.prepare_cached(
            "UPDATE seat_step SET n = n + ?5
             WHERE body = ?1 AND party = ?2 AND day_from >= ?3 AND day_from <= ?4",
        )?
        .execute(params![body, party, a, b, delta])?;
    } else {
        for r in &recount {
            tx.prepare_cached(
                "UPDATE seat_step SET n = ?4 WHERE body = ?1 AND party = ?2 AND day_from = ?3",
            )?
            .execute(params![body, party, r.0, r.2])?;
        }
    }
    for r in &new {
        match was.get(&r.0) {
            // unchanged, or recounted above
            Some(w) if w == r || w.1 == r.1 => continue,
            _ => {
                let (level, blk) = block(r.0, r.1);
                tx.prepare_cached(
                    "INSERT OR REPLACE INTO seat_step (body, party, day_from, day_to, n, lvl, blk)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                )?
                .execute(params![body, party, r.0, r.1, r.2, level, blk])?;
            }
        }
    }
    Ok(())
}

/// Seats held on `day` by party id (0 for none), over every body or within one: one seek
/// per party seated there, for the last run that begins by the day.
pub(crate) fn count(
    conn: &rusqlite::Connection,
    day: i32,
    body: Option<i64>,
) -> rusqlite::Result<HashMap<i64, i64>> {
    let mut tally: HashMap<i64, i64> = HashMap::new();
    let mut st = conn.prepare_cached(
        "SELECT p.party,
                (SELECT s.n * (s.day_to >= ?1) FROM seat_step s
                 WHERE s.body = p.body AND s.party = p.party AND s.day_from <= ?1
                 ORDER BY s.day_from DESC LIMIT 1)
         FROM seat_pair p WHERE p.body = ?2",
    )?;
    let mut rows = st.query(params![day, body.unwrap_or(EVERY_BODY)])?;
    while let Some(r) = rows.next()? {
        let party: i64 = r.get(0)?;
        let n: Option<i64> = r.get(1)?;
        if let Some(n) = n.filter(|&n| n > 0) {
            *tally.entry(party).or_insert(0) += n;
        }
    }
    Ok(tally)
}

/// Writes the counts over every body from the counts per body (the migration that adds
/// them): per party, the sum of its runs in every body, as canonical runs.
pub(crate) fn write_every_body(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    // (party, day) -> change in the count from that day on
    let mut edges: BTreeMap<(i64, i64), i64> = BTreeMap::new();
    {
        let mut st =
            conn.prepare("SELECT party, day_from, day_to, n FROM seat_step WHERE body != ?1")?;
        let mut rows = st.query(params![EVERY_BODY])?;
        while let Some(r) = rows.next()? {
            let (party, from, to, n): (i64, i64, i64, i64) =
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
            *edges.entry((party, from)).or_insert(0) += n;
            *edges.entry((party, to + 1)).or_insert(0) -= n;
        }
    }
    edges.retain(|_, d| *d != 0);
    let mut insert = conn.prepare(
        "INSERT INTO seat_step (body, party, day_from, day_to, n, lvl, blk)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut pair = conn.prepare("INSERT OR IGNORE INTO seat_pair (body, party) VALUES (?1, ?2)")?;
    let mut n = 0;
    let mut it = edges.into_iter().peekable();
    while let Some(((party, day), d)) = it.next() {
        n += d;
        // every edge changes the count, so neighbouring runs differ: canonical
        if n > 0 {
            if let Some(&((p, next), _)) = it.peek() {
                if p == party {
                    let (lvl, blk) = block(day, next - 1);
                    insert.execute(params![EVERY_BODY, party, day, next - 1, n, lvl, blk])?;
                    pair.execute(params![EVERY_BODY, party])?;
                }
            }
        }
        if it.peek().is_none_or(|&((p, _), _)| p != party) {
            debug_assert_eq!(n, 0, "a party's counts end at 0");
            n = 0;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The runs of a multiset of spells, counted day by day (the reference).
    fn reference(spells: &[(i64, i64)]) -> Vec<Run> {
        let mut out: Vec<Run> = Vec::new();
        let (lo, hi) = (
            spells.iter().map(|s| s.0).min().unwrap_or(0),
            spells.iter().map(|s| s.1).max().unwrap_or(-1),
        );
        for d in lo..=hi {
            let n = spells.iter().filter(|s| s.0 <= d && d <= s.1).count() as i64;
            if n == 0 {
                continue;
            }
            match out.last_mut() {
                Some(last) if last.2 == n && last.1 + 1 == d => last.1 = d,
                _ => out.push((d, d, n)),
            }
        }
        out
    }

    #[test]
    fn a_run_s_block_is_the_smallest_aligned_one_that_holds_it() {
        for (from, to) in [
            (0, 0),
            (5, 5),
            (-1, 0),
            (10, 11),
            (1000, 5000),
            (-100_000_000, 100_000_000),
            (-719_000, 20_000),
        ] {
            let (level, blk) = block(from, to);
            let (f, t) = (from + OFFSET, to + OFFSET);
            assert_eq!(f >> level, blk);
            assert_eq!(t >> level, blk, "{from}..{to} fits in its block");
            if level > 0 {
                assert_ne!(
                    f >> (level - 1),
                    t >> (level - 1),
                    "{from}..{to}: no smaller"
                );
            }
            assert!((0..=28).contains(&level));
        }
    }

    #[test]
    fn adding_and_removing_spells_keeps_runs_canonical() {
        let spells: Vec<(i64, i64)> = vec![
            (10, 20),
            (15, 30),
            (21, 25),
            (31, 40),
            (5, 9),
            (15, 30),
            (50, 50),
            (0, 100),
        ];
        let mut runs: Vec<Run> = Vec::new();
        for (i, &(lo, hi)) in spells.iter().enumerate() {
            // the real writer only reads the runs near the change; whole lists are the same
            runs = add_range(&runs, lo, hi, 1);
            assert_eq!(runs, reference(&spells[..=i]), "after adding {i}");
        }
        for i in (0..spells.len()).rev() {
            let (lo, hi) = spells[i];
            runs = add_range(&runs, lo, hi, -1);
            assert_eq!(runs, reference(&spells[..i]), "after removing {i}");
        }
        assert!(runs.is_empty());
    }
}
