//! Merging one organisation's, seat's or office's spells from every source into continuous
//! spells ([`merge_group`]): where each begins and ends (the earliest start, the latest end;
//! a seat across a dissolution is two terms), with the transitions each source gave, so
//! their disagreements become conflicts.

use crate::date::PartialDate;
use crate::terms;

use super::conflicts::{disagreement, distant_departures, Transition};
use super::spells::Raw;
use super::{Conflict, Membership, MembershipKind, Status, CONTINUOUS_DAYS, SAME_EVENT_DAYS};

/// Merged spell with the transitions each source gave.
pub(super) struct Merged {
    pub(super) m: Membership,
    pub(super) starts: Vec<Transition>,
    pub(super) ends: Vec<Transition>,
}

/// Merges one group's spells (one organisation, seat or office) into continuous spells;
/// `interruptions` are days other spells begin on (another party's, for a party) that keep
/// two spells of the group apart.
pub(super) fn merge_group(mut raws: Vec<Raw>, interruptions: &[i32]) -> Vec<Merged> {
    raws.sort_by_key(|r| (r.lo(), r.claim));
    let mut out: Vec<(Vec<Raw>, i32)> = Vec::new();
    for r in raws {
        let near = out.last().is_some_and(|(rs, hi)| {
            // a seat held before and after a dissolution is two terms
            let body = r
                .org
                .as_deref()
                .or_else(|| rs.iter().find_map(|x| x.org.as_deref()));
            let new_term = r.kind == MembershipKind::Seat
                && r.lo() > *hi
                && body.is_some_and(|b| terms::term_ends_within(b, *hi, r.lo()));
            let interrupted = r.lo() > *hi && interruptions.iter().any(|&d| *hi < d && d < r.lo());
            // a seat vacant between days a source gives (a resignation, then a by-election)
            // was vacant: only spells that touch are one
            let gap = if r.kind == MembershipKind::Seat && r.since.is_some_and(|d| d.is_day()) {
                1
            } else {
                CONTINUOUS_DAYS
            };
            r.since.is_none()
                || *hi == i32::MAX
                || (r.lo() <= hi.saturating_add(gap) && !new_term && !interrupted)
        });
        let hi = r.until.map_or(i32::MAX, |d| d.last_day());
        if near {
            let last = out.last_mut().expect("near implies a group");
            last.1 = last.1.max(hi);
            last.0.push(r);
        } else {
            out.push((vec![r], hi));
        }
    }
    out.into_iter().map(|(rs, _)| merge_spell(rs)).collect()
}

fn merge_spell(rs: Vec<Raw>) -> Merged {
    let first = &rs[0];
    let starts: Vec<Transition> = rs.iter().filter_map(|r| r.start.clone()).collect();
    let ends: Vec<Transition> = rs.iter().filter_map(|r| r.end.clone()).collect();
    // since: the earliest start any source gives, unless a spell of unknown start ends
    // before it (then the start is unknown); a coarse date is refined by a finer one that agrees
    let earliest = rs
        .iter()
        .filter_map(|r| r.since)
        .min_by_key(|d| d.first_day());
    let since = earliest.and_then(|e| {
        let unknown_before = rs
            .iter()
            .any(|r| r.since.is_none() && r.until.is_none_or(|u| u.last_day() < e.first_day()));
        (!unknown_before).then(|| {
            rs.iter()
                .filter_map(|r| r.since)
                .filter(|d| d.agrees(&e))
                .fold(e, |acc, d| acc.finer(d))
        })
    });
    let start_reason = rs
        .iter()
        .filter(|r| {
            r.since.is_some() && since.is_some_and(|s| r.since.is_some_and(|x| x.agrees(&s)))
        })
        .find_map(|r| r.start_reason.clone());
    // until: the latest end any source gives, unless a spell starting after every end is
    // still open (then the spell is open); an end inferred from a term gives way to an end a
    // source gives that knows more (one dated on or after the day the spell was known open)
    let given: Vec<i32> = rs
        .iter()
        .filter(|r| r.open_as_of.is_none())
        .filter_map(|r| r.until.map(|d| d.last_day()))
        .collect();
    // a register that closes the spell knows it closed: an article's departure alone (no
    // start of its own) dated well after that cannot stretch the spell over the days between
    // (it stays a conflict)
    let register_end = rs
        .iter()
        .filter(|r| r.end.as_ref().is_some_and(|t| t.register && t.hard))
        .filter_map(|r| r.until.map(|d| d.last_day()))
        .max();
    let stretches = |r: &Raw| {
        r.since.is_none()
            && r.end.as_ref().is_some_and(|t| !t.register)
            && register_end.is_some_and(|e| {
                r.until
                    .is_some_and(|u| u.last_day() > e.saturating_add(SAME_EVENT_DAYS))
            })
    };
    let latest = rs
        .iter()
        .filter(|r| {
            r.open_as_of
                .is_none_or(|known| !given.iter().any(|&g| g >= known))
        })
        .filter(|r| !stretches(r))
        .filter_map(|r| r.until)
        .max_by_key(|d| d.last_day());
    let until = latest.and_then(|l| {
        let open_after = rs
            .iter()
            .any(|r| r.until.is_none() && r.since.is_some_and(|s| s.first_day() > l.last_day()));
        (!open_after).then_some(l)
    });
    let hard: Vec<Transition> = ends.iter().filter(|t| t.hard).cloned().collect();
    let end_reason = until.and_then(|u| {
        rs.iter()
            .filter(|r| r.until.is_some_and(|x| x.agrees(&u)))
            .find_map(|r| r.end_reason.clone())
    });
    let org = rs.iter().find_map(|r| r.org.clone());
    let mut sources: Vec<i64> = rs.iter().map(|r| r.claim).collect();
    sources.sort_unstable();
    sources.dedup();
    let role = rs.iter().find_map(|r| r.role.clone());
    let name = match (&org, &role) {
        (Some(o), Some(r)) if first.kind == MembershipKind::Office => format!("{r}, {o}"),
        _ => org
            .clone()
            .or_else(|| first.post.clone())
            .or_else(|| role.clone())
            .unwrap_or_default(),
    };
    let mut conflicts = Vec::new();
    let near = |trs: &[Transition], at: Option<PartialDate>| -> Vec<Transition> {
        at.map(|a| {
            trs.iter()
                .filter(|t| (t.date.first_day() - a.first_day()).abs() <= SAME_EVENT_DAYS)
                .cloned()
                .collect()
        })
        .unwrap_or_default()
    };
    if let Some(c) = disagreement(&near(&starts, since), format!("joined {name}")) {
        conflicts.push(c);
    }
    if let Some(c) = disagreement(
        &near(&hard, until.map(|u| u.day_after())),
        format!("left {name}"),
    ) {
        conflicts.push(c);
    } else if let Some(c) = distant_departures(&hard, until) {
        conflicts.push(Conflict {
            about: format!("left {name}"),
            claims: c,
        });
    }
    Merged {
        m: Membership {
            kind: first.kind,
            org,
            post: rs.iter().find_map(|r| r.post.clone()),
            role,
            on_behalf_of: rs.iter().find_map(|r| r.on_behalf_of.clone()),
            since,
            until,
            start_reason,
            end_reason,
            status: Status::Member,
            sources,
            conflicts,
        },
        starts,
        ends,
    }
}
