//! Conflicts between sources: the change date each source gives ([`Transition`]), which one
//! a spell or happening shows ([`pick`]: a register first, then the earliest), and where
//! sources disagree, a [`Conflict`] naming each source and its date: on the day a spell
//! begins or ends ([`disagreement`]), on a departure far from a register's end
//! ([`distant_departures`]), or in two parties at once ([`overlap_conflicts`]).

use crate::date::PartialDate;

use super::merge::Merged;
use super::{Conflict, ConflictClaim, SAME_EVENT_DAYS};

/// A change date from one source, used to detect disagreement.
#[derive(Clone, Debug)]
pub(super) struct Transition {
    /// Start: the first day in. End: the first day out.
    pub(super) date: PartialDate,
    pub(super) source: String,
    pub(super) register: bool,
    /// A departure that is a real change (not the end of a register's term or file).
    pub(super) hard: bool,
}

pub(super) fn pick(trs: &[Transition]) -> Option<&Transition> {
    trs.iter()
        .min_by_key(|t| (!t.register, t.date.first_day(), t.source.clone()))
}

/// Transitions near the chosen one, when two sources among them disagree: a conflict, or none.
pub(super) fn disagreement(trs: &[Transition], about: String) -> Option<Conflict> {
    let chosen = pick(trs)?;
    let near: Vec<&Transition> = trs
        .iter()
        .filter(|t| (t.date.first_day() - chosen.date.first_day()).abs() <= SAME_EVENT_DAYS)
        .collect();
    // sources disagree: two of them give dates that cannot be one day (one source's own
    // consecutive spells are its business)
    let disagree = near.iter().enumerate().any(|(i, a)| {
        near[i + 1..]
            .iter()
            .any(|b| a.source != b.source && !a.date.agrees(&b.date))
    });
    if !disagree {
        return None;
    }
    Some(Conflict {
        about,
        claims: conflict_claims(near),
    })
}

/// Each source and the date it gives, once, in order.
fn conflict_claims<'a>(trs: impl IntoIterator<Item = &'a Transition>) -> Vec<ConflictClaim> {
    let mut claims: Vec<ConflictClaim> = trs
        .into_iter()
        .map(|t| ConflictClaim {
            date: Some(t.date.to_string()),
            source: t.source.clone(),
        })
        .collect();
    claims.sort();
    claims.dedup();
    claims
}

/// An article's departure from a spell a register closes on a day far from it (more than
/// [`SAME_EVENT_DAYS`] apart, so [`disagreement`] does not see the two as one change): the
/// register's end and each such article's date, or `None`.
pub(super) fn distant_departures(
    hard: &[Transition],
    until: Option<PartialDate>,
) -> Option<Vec<ConflictClaim>> {
    let out = until?.day_after();
    let register = hard
        .iter()
        .filter(|t| t.register && t.date.agrees(&out))
        .min_by_key(|t| t.source.clone())?;
    let far: Vec<&Transition> = hard
        .iter()
        .filter(|t| !t.register && t.source != register.source)
        .filter(|t| (t.date.first_day() - out.first_day()).abs() > SAME_EVENT_DAYS)
        .collect();
    if far.is_empty() {
        return None;
    }
    Some(conflict_claims(std::iter::once(register).chain(far)))
}

/// A person who joins one party while another source still has them in another: the later
/// spell names the earlier one and both sources.
pub(super) fn overlap_conflicts(party: &mut [Merged]) {
    let n = party.len();
    let mut add: Vec<(usize, Conflict)> = Vec::new();
    for i in 0..n {
        for j in 0..n {
            if i == j || party[i].m.org == party[j].m.org {
                continue;
            }
            // the other spell was still running when this one began
            let Some(start) = party[i].m.since.map(|d| d.first_day()) else {
                continue;
            };
            let other = &party[j].m;
            let (lo, hi) = (
                other.since.map_or(i32::MIN, |d| d.first_day()),
                other.until.map_or(i32::MAX, |d| d.last_day()),
            );
            if !(lo < start && start <= hi) {
                continue;
            }
            // spells that only come from one and the same source are that source's business
            let src = |m: &Merged| {
                let mut s: Vec<String> = m
                    .starts
                    .iter()
                    .chain(&m.ends)
                    .map(|t| t.source.clone())
                    .collect();
                s.sort();
                s.dedup();
                s
            };
            let (si, sj) = (src(&party[i]), src(&party[j]));
            if si == sj {
                continue;
            }
            let mut claims = Vec::new();
            if let Some(t) = pick(&party[i].starts) {
                claims.push(ConflictClaim {
                    date: Some(t.date.to_string()),
                    source: t.source.clone(),
                });
            }
            let other = pick(&party[j].ends).or_else(|| pick(&party[j].starts));
            if let Some(t) = other {
                claims.push(ConflictClaim {
                    date: Some(t.date.to_string()),
                    source: t.source.clone(),
                });
            }
            if claims.len() < 2 || claims[0].source == claims[1].source {
                continue;
            }
            let org = party[j].m.org.clone().unwrap_or_default();
            add.push((
                i,
                Conflict {
                    about: format!("overlaps {org}"),
                    claims,
                },
            ));
        }
    }
    for (i, c) in add {
        if !party[i].m.conflicts.contains(&c) {
            party[i].m.conflicts.push(c);
        }
    }
}
