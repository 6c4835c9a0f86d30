//! Seats and the party they are held for: a seat is split at each change of party, each
//! part held for the party of its days ([`split_seats`]).

use crate::date::PartialDate;

use super::Membership;

/// Splits seats at changes of party: each part is held for the party of its days.
pub(super) fn split_seats(seats: Vec<Membership>, party: &[Membership]) -> Vec<Membership> {
    let mut out = Vec::new();
    for seat in seats {
        let (lo, hi) = (
            seat.since.map_or(i32::MIN, |d| d.first_day()),
            seat.until.map_or(i32::MAX, |d| d.last_day()),
        );
        let mut cuts: Vec<PartialDate> = party
            .iter()
            .filter_map(|p| p.since)
            .filter(|d| d.is_day() && d.first_day() > lo && d.first_day() <= hi)
            .collect();
        cuts.sort();
        cuts.dedup();
        let party_on = |day: i32| -> Option<String> {
            party
                .iter()
                .filter(|p| {
                    p.since.map_or(i32::MIN, |d| d.first_day()) <= day
                        && day <= p.until.map_or(i32::MAX, |d| d.last_day())
                })
                .max_by_key(|p| p.since.map_or(i32::MIN, |d| d.first_day()))
                .and_then(|p| p.org.clone())
        };
        if cuts.is_empty() {
            let mut s = seat;
            if let Some(p) = party_on(lo.max(hi.min(lo))).or_else(|| s.on_behalf_of.clone()) {
                s.on_behalf_of = Some(p);
            }
            out.push(s);
            continue;
        }
        let mut from = seat.since;
        for (k, cut) in cuts.iter().enumerate() {
            let mut part = seat.clone();
            part.since = from;
            part.until = Some(cut.day_before());
            if k > 0 {
                part.start_reason = Some("changed_party".into());
            }
            part.end_reason = Some("changed_party".into());
            let day = from.map_or(cut.first_day() - 1, |d| d.first_day());
            part.on_behalf_of = party_on(day).or_else(|| seat.on_behalf_of.clone());
            out.push(part);
            from = Some(*cut);
        }
        let mut last = seat.clone();
        last.since = from;
        last.start_reason = Some("changed_party".into());
        last.on_behalf_of = from
            .and_then(|d| party_on(d.first_day()))
            .or_else(|| seat.on_behalf_of.clone());
        out.push(last);
    }
    // neighbouring parts held for the same party are one part
    let mut merged: Vec<Membership> = Vec::new();
    for m in out {
        if let Some(prev) = merged.last_mut() {
            if prev.post == m.post
                && prev.org == m.org
                && prev.on_behalf_of == m.on_behalf_of
                && prev.sources == m.sources
                && prev
                    .until
                    .zip(m.since)
                    .is_some_and(|(u, s)| u.day_after() == s)
            {
                prev.until = m.until;
                prev.end_reason = m.end_reason;
                continue;
            }
        }
        merged.push(m);
    }
    merged
}
