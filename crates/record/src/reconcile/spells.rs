//! Spells as each claim gives them, before merging ([`Raw`]): a register's spell (a seat
//! left open ends with its term; a seat held for a party is also a spell in that party,
//! under the group an article names where the register files it as `Independent`) and the
//! spells an asserted article's change starts or ends (an office it names as the office
//! table knows it), each with parlparse's reason ([`reason_of`]).

use std::collections::BTreeMap;

use floorcross_model::{EventType, Modality};

use crate::date::PartialDate;
use crate::{offices, terms};

use super::conflicts::Transition;
use super::{Claim, MembershipKind, What, SAME_EVENT_DAYS};

/// parlparse's reason for a change an event reports.
pub(super) fn reason_of(c: &Claim, kind: EventType, whip: bool) -> &'static str {
    let ev = c.evidence.as_deref().unwrap_or("").to_lowercase();
    match kind {
        EventType::Defect | EventType::Join | EventType::Leave | EventType::Found => {
            "changed_party"
        }
        EventType::Expel if whip => "whip_removed",
        EventType::Expel => "expelled",
        EventType::Readmit if whip => "whip_restored",
        EventType::Readmit => "readmitted",
        EventType::Elect | EventType::Reelect | EventType::Defeat => {
            if ev.contains("by-election") || ev.contains("by election") {
                "by_election"
            } else {
                "general_election"
            }
        }
        EventType::Appoint => "appointed",
        EventType::Resign => "resigned",
        EventType::Dismiss => "dismissed",
        _ => "reported",
    }
}

/// A spell as one claim gives it, before merging.
#[derive(Clone, Debug)]
pub(super) struct Raw {
    pub(super) kind: MembershipKind,
    pub(super) org: Option<String>,
    pub(super) post: Option<String>,
    pub(super) role: Option<String>,
    pub(super) on_behalf_of: Option<String>,
    pub(super) since: Option<PartialDate>,
    pub(super) until: Option<PartialDate>,
    pub(super) start_reason: Option<String>,
    pub(super) end_reason: Option<String>,
    pub(super) claim: i64,
    pub(super) start: Option<Transition>,
    pub(super) end: Option<Transition>,
    /// An end not given but inferred from the term a register's open spell is in: the day
    /// the register knew the spell was open (its snapshot, else the spell's start).
    pub(super) open_as_of: Option<i32>,
}

impl Raw {
    fn new(kind: MembershipKind, claim: &Claim) -> Raw {
        Raw {
            kind,
            org: None,
            post: None,
            role: None,
            on_behalf_of: None,
            since: None,
            until: None,
            start_reason: None,
            end_reason: None,
            claim: claim.id,
            start: None,
            end: None,
            open_as_of: None,
        }
    }
    pub(super) fn group_key(&self) -> (MembershipKind, String, String, String) {
        let low = |s: &Option<String>| s.as_deref().unwrap_or("").to_lowercase();
        match self.kind {
            // a seat is known by its post; the body may be missing from an article
            MembershipKind::Seat => (self.kind, String::new(), low(&self.post), String::new()),
            _ => (self.kind, low(&self.org), low(&self.post), low(&self.role)),
        }
    }
    pub(super) fn lo(&self) -> i32 {
        self.since.map_or(i32::MIN, |d| d.first_day())
    }
}

fn soft_end(reason: Option<&str>) -> bool {
    matches!(
        reason,
        Some(
            "general_election"
                | "general_election_standing"
                | "general_election_not_standing"
                | "still_in_office"
                | "dissolution"
        )
    )
}

/// The group a register's move to `Independent` is, where an article reports the same move
/// (confirmed, out of the same party or an unnamed one, within [`SAME_EVENT_DAYS`]) into a
/// named group: registers file a new group's members as independents (EveryPolitician's TIG).
/// By register claim id; the change's row keeps a conflict naming both.
pub(super) fn independents_named(claims: &[Claim]) -> BTreeMap<i64, String> {
    let moves: Vec<&Claim> = claims
        .iter()
        .filter(|c| {
            !c.is_register()
                && c.modality == Modality::Asserted
                && matches!(
                    c.what,
                    What::Event(EventType::Join | EventType::Defect | EventType::Found)
                )
                && c.date.is_some()
                && c.org.as_deref().is_some_and(|o| o != "Independent")
        })
        .collect();
    let mut out = BTreeMap::new();
    for r in claims.iter().filter(|c| c.is_register()) {
        let (Some(start), Some("Independent")) =
            (r.start, r.on_behalf_of.as_deref().or(r.org.as_deref()))
        else {
            continue;
        };
        if r.start_reason.as_deref() != Some("changed_party") {
            continue;
        }
        let near = moves
            .iter()
            .filter(|a| {
                let d = a.date.map_or(i32::MAX, |d| d.first_day());
                (d - start.first_day()).abs() <= SAME_EVENT_DAYS
                    && (a.from.is_none() || a.from == r.from)
            })
            .min_by_key(|a| {
                (
                    (a.date.map_or(i32::MAX, |d| d.first_day()) - start.first_day()).abs(),
                    a.id,
                )
            });
        if let Some(a) = near.and_then(|a| a.org.clone()) {
            out.insert(r.id, a);
        }
    }
    out
}

pub(super) fn register_raws(
    c: &Claim,
    kind: MembershipKind,
    named: Option<&String>,
    out: &mut Vec<Raw>,
) {
    let start = c.start.map(|d| Transition {
        date: d,
        source: c.source.clone(),
        register: true,
        hard: true,
    });
    // a seat a register leaves open is open as of its snapshot: it cannot outlive the term
    // running then (or, with no snapshot, the term it began in)
    let mut c = std::borrow::Cow::Borrowed(c);
    let mut open_as_of = None;
    if kind == MembershipKind::Seat && c.end.is_none() {
        let reference = c.as_of.or(c.start);
        let body = c.org.as_deref().unwrap_or("");
        if let Some(end) = reference.and_then(|r| terms::term_end(body, r.first_day())) {
            open_as_of = reference.map(|r| r.first_day());
            let c = c.to_mut();
            c.end = Some(end);
            c.end_reason = Some("general_election".into());
        }
    }
    let c = c.as_ref();
    let seat_changes_party =
        kind == MembershipKind::Seat && c.end_reason.as_deref() == Some("changed_party");
    let hard = !(soft_end(c.end_reason.as_deref()) || seat_changes_party);
    let end = c.end.map(|d| Transition {
        date: d.day_after(),
        source: c.source.clone(),
        register: true,
        hard,
    });
    let mut r = Raw::new(kind, c);
    r.org = c.org.clone();
    r.post = c.post.clone();
    r.role = c.role.clone();
    r.on_behalf_of = c.on_behalf_of.clone();
    r.since = c.start;
    r.until = c.end;
    r.start_reason = c.start_reason.clone();
    r.end_reason = c.end_reason.clone();
    r.start = start.clone();
    r.end = end.clone();
    r.open_as_of = open_as_of;
    out.push(r.clone());
    // a seat held for a party is also a spell in that party (as the register sees it)
    if kind == MembershipKind::Seat {
        if let Some(p) = &c.on_behalf_of {
            let mut party = Raw::new(MembershipKind::Party, c);
            party.org = Some(named.unwrap_or(p).clone());
            party.since = c.start;
            party.until = c.end;
            party.start_reason = c.start_reason.clone();
            party.end_reason = c.end_reason.clone();
            party.start = start;
            party.open_as_of = open_as_of;
            party.end = c.end.map(|d| Transition {
                date: d.day_after(),
                source: c.source.clone(),
                register: true,
                hard: !soft_end(c.end_reason.as_deref()),
            });
            out.push(party);
        }
    }
}

/// The organisation and role a register holds an office in, for an article's appointment,
/// resignation or dismissal naming an office the office table knows ("Home Secretary" →
/// Home Office, Secretary of State); where several fit, the one this person's register
/// spells use (`held`).
pub(super) fn office_of(c: &Claim, held: &[(String, String)]) -> Option<(String, String)> {
    if c.is_register() {
        return None;
    }
    let targets: Vec<&(&str, &str)> = [c.role.as_deref(), c.post.as_deref()]
        .into_iter()
        .flatten()
        .flat_map(offices::office)
        .collect();
    let first = targets.first()?;
    let chosen = targets
        .iter()
        .find(|(o, r)| {
            held.iter()
                .any(|(ho, hr)| ho.eq_ignore_ascii_case(o) && hr.eq_ignore_ascii_case(r))
        })
        .unwrap_or(first);
    Some((chosen.0.to_string(), chosen.1.to_string()))
}

/// Spells an asserted article claim starts or ends.
pub(super) fn article_raws(
    c: &Claim,
    kind: EventType,
    held: &[(String, String)],
    out: &mut Vec<Raw>,
) {
    let office = matches!(
        kind,
        EventType::Appoint | EventType::Resign | EventType::Dismiss
    )
    .then(|| office_of(c, held))
    .flatten();
    let Some(when) = c.when() else { return };
    let inferred = c.date.is_none();
    let tr = |hard: bool| {
        (!inferred).then(|| Transition {
            date: when,
            source: c.source.clone(),
            register: false,
            hard,
        })
    };
    let whip = c.says_whip();
    let reason = reason_of(c, kind, whip).to_string();
    let mut start = |k: MembershipKind, org: Option<&String>, post: Option<&String>, role| {
        let mut r = Raw::new(k, c);
        r.org = org.cloned();
        r.post = post.cloned();
        r.role = role;
        r.since = Some(when);
        r.start_reason = Some(reason.clone());
        r.start = tr(true);
        if k == MembershipKind::Seat {
            r.on_behalf_of = c.org.clone();
            r.org = None;
        }
        out.push(r);
    };
    match kind {
        EventType::Defect | EventType::Join | EventType::Found => {
            start(MembershipKind::Party, c.org.as_ref(), None, None)
        }
        EventType::Readmit => start(
            if whip {
                MembershipKind::Whip
            } else {
                MembershipKind::Party
            },
            c.org.as_ref().or(c.from.as_ref()),
            None,
            None,
        ),
        EventType::Elect | EventType::Reelect if c.post.is_some() => {
            start(MembershipKind::Seat, None, c.post.as_ref(), None)
        }
        EventType::Appoint if office.is_some() => {
            let (org, role) = office.clone().expect("guarded");
            start(MembershipKind::Office, Some(&org), None, Some(role))
        }
        EventType::Appoint if c.role.is_some() || c.post.is_some() => start(
            MembershipKind::Office,
            None,
            c.post.as_ref(),
            c.role.clone(),
        ),
        _ => {}
    }
    let mut end = |k: MembershipKind, org: Option<&String>, post: Option<&String>, role| {
        let mut r = Raw::new(k, c);
        r.org = org.cloned();
        r.post = post.cloned();
        r.role = role;
        if k == MembershipKind::Party && c.org.is_some() && c.org.as_ref() == org {
            return; // "from X to X" says nothing about leaving
        }
        r.until = Some(when.day_before());
        r.end_reason = Some(reason.clone());
        r.end = tr(true);
        out.push(r);
    };
    match kind {
        EventType::Defect | EventType::Leave if c.from.is_some() => {
            end(MembershipKind::Party, c.from.as_ref(), None, None)
        }
        EventType::Expel if c.from.is_some() || c.org.is_some() => end(
            if whip {
                MembershipKind::Whip
            } else {
                MembershipKind::Party
            },
            c.from.as_ref().or(c.org.as_ref()),
            None,
            None,
        ),
        EventType::Defeat if c.post.is_some() => {
            end(MembershipKind::Seat, None, c.post.as_ref(), None)
        }
        EventType::Resign | EventType::Dismiss if office.is_some() => {
            let (org, role) = office.clone().expect("guarded");
            end(MembershipKind::Office, Some(&org), None, Some(role))
        }
        EventType::Resign | EventType::Dismiss if c.role.is_some() => end(
            MembershipKind::Office,
            None,
            c.post.as_ref(),
            c.role.clone(),
        ),
        _ => {}
    }
}
