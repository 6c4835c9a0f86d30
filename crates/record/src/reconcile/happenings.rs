//! Happenings: what changed when, with every source that reports it. Every report (and a
//! register's reasons, as events) is grouped by the change it reports ([`family_key`]) and
//! clustered within [`SAME_EVENT_DAYS`]; an article's cluster joins a register's that records
//! the same change in other words ([`same_change`]); each cluster is one [`Happening`]:
//! confirmed, pending or denied, its date, and the conflicts among its sources.

use std::collections::BTreeMap;

use floorcross_model::{EventType, Modality};

use crate::date::PartialDate;

use super::conflicts::{disagreement, pick, Transition};
use super::spells::{office_of, reason_of};
use super::{
    Claim, Conflict, ConflictClaim, Happening, HappeningStatus, MembershipKind, What,
    SAME_EVENT_DAYS,
};

/// Reports of one event share this key: a move into a party is one event whether a report
/// calls it joining or defecting, and whether or not it names the party left.
fn family_key(c: &Claim, kind: EventType) -> (EventType, String, String, String, String) {
    let low = |s: &Option<String>| s.as_deref().unwrap_or("").to_lowercase();
    match kind {
        // founding a group is also joining it
        EventType::Join | EventType::Defect | EventType::Found if c.org.is_some() => (
            EventType::Join,
            String::new(),
            low(&c.org),
            String::new(),
            String::new(),
        ),
        // an election to a seat, whichever party the report names and whether it says "re-"
        EventType::Elect | EventType::Reelect if c.post.is_some() => (
            EventType::Elect,
            String::new(),
            String::new(),
            crate::identity::seat_key(c.post.as_deref().unwrap_or("")),
            String::new(),
        ),
        _ => (kind, low(&c.from), low(&c.org), low(&c.post), low(&c.role)),
    }
}

fn strength(m: Modality) -> u8 {
    match m {
        Modality::Asserted => 4,
        Modality::Expected => 3,
        Modality::Rumoured => 2,
        Modality::Hypothetical => 1,
        Modality::Denied => 0,
    }
}

/// A register's reasons as events, for the timeline.
fn register_events(c: &Claim) -> Vec<Claim> {
    let mut out = Vec::new();
    let to = c.on_behalf_of.clone().or_else(|| c.org.clone());
    let ev = |kind: EventType, date: Option<PartialDate>, reason: &str| {
        let mut e = c.clone();
        e.what = What::Event(kind);
        e.date = date;
        e.start_reason = Some(reason.to_string());
        e
    };
    match c.start_reason.as_deref() {
        Some("changed_party") => {
            let kind = if c.from.is_some() {
                EventType::Defect
            } else {
                EventType::Join
            };
            let mut e = ev(kind, c.start, "changed_party");
            e.org = to.clone();
            e.post = None;
            out.push(e);
        }
        Some(r @ ("general_election" | "by_election")) => {
            let mut e = ev(EventType::Elect, c.start, r);
            e.org = to.clone();
            e.from = None;
            out.push(e);
        }
        Some(r @ ("whip_restored" | "reinstated")) => {
            let mut e = ev(EventType::Readmit, c.start, r);
            e.org = to.clone();
            e.from = None;
            e.post = None;
            out.push(e);
        }
        _ => {}
    }
    // a register's office spell: an appointment
    if c.what == What::Membership(MembershipKind::Office) && c.start.is_some() {
        let mut e = ev(EventType::Appoint, c.start, "appointed");
        e.from = None;
        out.push(e);
    }
    match c.end_reason.as_deref() {
        Some("resigned") => {
            let mut e = ev(EventType::Resign, c.end.map(|d| d.day_after()), "resigned");
            e.org = None;
            e.from = None;
            e.role = e.role.or(Some("MP".into()));
            out.push(e);
        }
        Some("whip_removed") => {
            let mut e = ev(
                EventType::Expel,
                c.end.map(|d| d.day_after()),
                "whip_removed",
            );
            e.from = to;
            e.org = None;
            e.post = None;
            out.push(e);
        }
        _ => {}
    }
    out
}

pub(super) fn happenings(claims: &[Claim], held: &[(String, String)]) -> Vec<Happening> {
    // every report as an event claim, registers' reasons included; an office the table knows
    // as the register names it
    let mut evs: Vec<Claim> = Vec::new();
    for c in claims {
        match c.what {
            What::Event(kind) => {
                let mut e = c.clone();
                if matches!(
                    kind,
                    EventType::Appoint | EventType::Resign | EventType::Dismiss
                ) {
                    if let Some((org, role)) = office_of(c, held) {
                        e.org = Some(org);
                        e.role = Some(role);
                        e.post = None;
                    }
                }
                evs.push(e);
            }
            What::Membership(_) => evs.extend(register_events(c)),
        }
    }
    let mut groups: BTreeMap<(EventType, String, String, String, String), Vec<&Claim>> =
        BTreeMap::new();
    for c in &evs {
        if let What::Event(kind) = c.what {
            groups.entry(family_key(c, kind)).or_default().push(c);
        }
    }
    let mut out = Vec::new();
    let mut all: Vec<(EventType, Vec<&Claim>)> = Vec::new();
    for ((kind, ..), mut cs) in groups {
        cs.sort_by_key(|c| (c.when().map_or(i32::MIN, |d| d.first_day()), c.id));
        let mut clusters: Vec<Vec<&Claim>> = Vec::new();
        for c in cs {
            let joins = clusters
                .last()
                .is_some_and(|cl| match (cl[0].when(), c.when()) {
                    (Some(a), Some(b)) => {
                        a.agrees(&b) || (b.first_day() - a.last_day()).abs() <= SAME_EVENT_DAYS
                    }
                    (None, None) => true,
                    _ => false,
                });
            if joins {
                clusters
                    .last_mut()
                    .expect("joins implies a cluster")
                    .push(c);
            } else {
                clusters.push(vec![c]);
            }
        }
        all.extend(clusters.into_iter().map(|cl| (kind, cl)));
    }
    for (kind, cl) in same_change(all) {
        out.push(happening(kind, &cl));
    }
    out.sort_by(|a, b| {
        (a.date.map_or(i32::MIN, |d| d.first_day()), a.kind)
            .cmp(&(b.date.map_or(i32::MIN, |d| d.first_day()), b.kind))
            .then_with(|| a.sources.cmp(&b.sources))
    });
    out
}

/// What kind of change a cluster of reports is, for [`same_change`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Change {
    /// Into or out of a party or group.
    Move,
    /// Winning a seat.
    Election,
    Other,
}

fn change_of(kind: EventType) -> Change {
    match kind {
        EventType::Join | EventType::Defect | EventType::Found | EventType::Leave => Change::Move,
        EventType::Elect | EventType::Reelect => Change::Election,
        _ => Change::Other,
    }
}

/// Joins an article's cluster of reports to a register's cluster that records the same change
/// in other words: a confirmed move out of the same party (or out of a party the article does
/// not name) within [`SAME_EVENT_DAYS`], whatever group each says it went to (a register may
/// file a new group as `Independent`); a confirmed election the article gives no seat for, at
/// a date that agrees. Each article cluster joins at most one register cluster, the nearest.
fn same_change(clusters: Vec<(EventType, Vec<&Claim>)>) -> Vec<(EventType, Vec<&Claim>)> {
    let day = |cl: &[&Claim]| -> Option<PartialDate> {
        cl.iter()
            .filter(|c| c.modality == Modality::Asserted)
            .filter_map(|c| c.when())
            .min_by_key(|d| d.first_day())
    };
    let confirmed = |cl: &[&Claim]| cl.iter().any(|c| c.modality == Modality::Asserted);
    let from = |cl: &[&Claim]| -> Option<String> {
        cl.iter()
            .filter(|c| c.modality == Modality::Asserted)
            .find_map(|c| c.from.as_deref().map(str::to_lowercase))
    };
    let registered = |cl: &[&Claim]| cl.iter().any(|c| c.is_register());
    let mut clusters: Vec<Option<(EventType, Vec<&Claim>)>> =
        clusters.into_iter().map(Some).collect();
    let n = clusters.len();
    for a in 0..n {
        let Some((ka, ca)) = &clusters[a] else {
            continue;
        };
        if registered(ca) || !confirmed(ca) || change_of(*ka) == Change::Other {
            continue;
        }
        let Some(da) = day(ca) else { continue };
        let mut best: Option<(i32, usize)> = None;
        for (r, other) in clusters.iter().enumerate() {
            let Some((kr, cr)) = other else { continue };
            if r == a || !registered(cr) || !confirmed(cr) || change_of(*kr) != change_of(*ka) {
                continue;
            }
            let Some(dr) = day(cr) else { continue };
            let apart = (dr.first_day() - da.first_day()).abs();
            let fits = match change_of(*ka) {
                Change::Move => {
                    apart <= SAME_EVENT_DAYS
                        && match (from(ca), from(cr)) {
                            (Some(x), Some(y)) => x == y,
                            (None, _) => true,
                            (Some(_), None) => false,
                        }
                }
                Change::Election => {
                    ca.iter().all(|c| c.post.is_none()) && (da.agrees(&dr) || apart == 0)
                }
                Change::Other => false,
            };
            if fits && best.is_none_or(|(d, _)| apart < d) {
                best = Some((apart, r));
            }
        }
        if let Some((_, r)) = best {
            let (_, moved) = clusters[a].take().expect("checked above");
            if let Some((_, cr)) = clusters[r].as_mut() {
                cr.extend(moved);
            }
        }
    }
    clusters.into_iter().flatten().collect()
}

/// How specific a word for a change is: founding a group is joining it, a defection is a
/// move from a named party, a re-election is an election.
fn specificity(kind: EventType) -> u8 {
    match kind {
        EventType::Found => 3,
        EventType::Defect | EventType::Reelect => 2,
        _ => 1,
    }
}

fn happening(kind: EventType, cl: &[&Claim]) -> Happening {
    let asserted: Vec<&&Claim> = cl
        .iter()
        .filter(|c| c.modality == Modality::Asserted)
        .collect();
    let uncertain: Vec<&&Claim> = cl
        .iter()
        .filter(|c| {
            matches!(
                c.modality,
                Modality::Expected | Modality::Rumoured | Modality::Hypothetical
            )
        })
        .collect();
    let denials: Vec<i64> = cl
        .iter()
        .filter(|c| c.modality == Modality::Denied)
        .map(|c| c.id)
        .collect();
    let status = if !asserted.is_empty() {
        HappeningStatus::Confirmed
    } else if !uncertain.is_empty() {
        HappeningStatus::Pending
    } else {
        HappeningStatus::Denied
    };
    let modality = cl
        .iter()
        .map(|c| c.modality)
        .max_by_key(|m| strength(*m))
        .unwrap_or(Modality::Asserted);
    // the date: the first asserted source by precedence gives it; others that disagree are a conflict
    let dated: Vec<Transition> = asserted
        .iter()
        .filter(|c| c.date.is_some())
        .map(|c| Transition {
            date: c.date.expect("filtered"),
            source: c.source.clone(),
            register: c.is_register(),
            hard: true,
        })
        .collect();
    let mut conflicts = Vec::new();
    let date = if let Some(t) = pick(&dated) {
        if let Some(c) = disagreement(&dated, format!("date of {kind}")) {
            conflicts.push(c);
        }
        // a coarser date that agrees can be refined by a finer one
        Some(
            dated
                .iter()
                .filter(|d| d.date.agrees(&t.date))
                .fold(t.date, |acc, d| acc.finer(d.date)),
        )
    } else {
        cl.iter()
            .filter(|c| c.modality != Modality::Denied)
            .find_map(|c| c.date.or(c.source_date))
            .or_else(|| cl.iter().find_map(|c| c.date.or(c.source_date)))
    };
    if !denials.is_empty() && status != HappeningStatus::Denied {
        conflicts.push(Conflict {
            about: "denied".into(),
            claims: cl
                .iter()
                .filter(|c| c.modality == Modality::Denied)
                .map(|c| ConflictClaim {
                    date: c.date.or(c.source_date).map(|d| d.to_string()),
                    source: c.source.clone(),
                })
                .collect(),
        });
    }
    // the words of the most definite report; of those, an article's (a register files a new
    // group as `Independent`), and the most specific
    let spec = |c: &Claim| match c.what {
        What::Event(k) => specificity(k),
        What::Membership(_) => 0,
    };
    let first = cl
        .iter()
        .max_by_key(|c| {
            (
                strength(c.modality),
                !c.is_register(),
                spec(c),
                c.from.is_some(),
                std::cmp::Reverse(c.id),
            )
        })
        .expect("a cluster is never empty");
    let family = kind;
    let kind = match first.what {
        What::Event(k) => k,
        What::Membership(_) => kind,
    };
    if kind != family {
        for c in conflicts.iter_mut() {
            if c.about == format!("date of {family}") {
                c.about = format!("date of {kind}");
            }
        }
    }
    // reports that name different groups joined: a conflict naming each
    if change_of(kind) == Change::Move {
        let mut tos: Vec<(String, ConflictClaim)> = asserted
            .iter()
            .filter_map(|c| {
                Some((
                    c.org.clone()?,
                    ConflictClaim {
                        date: c.when().map(|d| d.to_string()),
                        source: c.source.clone(),
                    },
                ))
            })
            .collect();
        tos.sort_by(|a, b| {
            a.0.to_lowercase()
                .cmp(&b.0.to_lowercase())
                .then(a.1.cmp(&b.1))
        });
        let mut groups: Vec<String> = tos.iter().map(|(t, _)| t.clone()).collect();
        groups.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
        if groups.len() > 1 {
            let mut claims: Vec<ConflictClaim> = tos.into_iter().map(|(_, c)| c).collect();
            claims.sort();
            claims.dedup();
            conflicts.push(Conflict {
                about: format!("joined {}", groups.join(" or ")),
                claims,
            });
        }
    }
    let from = first.from.clone().or_else(|| {
        asserted
            .iter()
            .map(|c| **c)
            .chain(cl.iter().copied())
            .find_map(|c| c.from.clone())
    });
    // the more specific word wins: a re-election reported as an election is a re-election
    let kind = if kind == EventType::Elect
        && cl.iter().any(|c| c.what == What::Event(EventType::Reelect))
    {
        EventType::Reelect
    } else {
        kind
    };
    // articles first (their sentence is the evidence a reader wants), then registers
    let mut sources: Vec<(bool, i64)> = cl
        .iter()
        .filter(|c| c.modality != Modality::Denied)
        .map(|c| (c.is_register(), c.id))
        .collect();
    if sources.is_empty() {
        sources = cl.iter().map(|c| (c.is_register(), c.id)).collect();
    }
    sources.sort_unstable();
    sources.dedup();
    let sources: Vec<i64> = sources.into_iter().map(|(_, id)| id).collect();
    // parlparse's words for why: the register's, else the article's change read as one
    let reason = cl
        .iter()
        .find(|c| c.is_register())
        .and_then(|c| c.start_reason.clone())
        .or_else(|| {
            let k = match first.what {
                What::Event(k) => k,
                What::Membership(_) => return None,
            };
            let r = reason_of(first, k, first.says_whip());
            (r != "reported").then(|| r.to_string())
        });
    Happening {
        kind,
        from,
        to: first.org.clone(),
        post: first
            .post
            .clone()
            .or_else(|| cl.iter().find_map(|c| c.post.clone())),
        role: first.role.clone(),
        date,
        reason,
        status,
        modality,
        sources,
        denials: if status == HappeningStatus::Denied {
            Vec::new()
        } else {
            denials
        },
        conflicts,
    }
}
