//! Reconciliation: every claim about one person, from articles and registers, into
//! memberships (who was in what, from when to when) and happenings (what changed when).
//!
//! Main types: [`Claim`] (one statement by one source), [`Membership`] (a Popolo-style
//! spell: organisation, post, on_behalf_of, since, until, with parlparse's start and end
//! reasons), [`Happening`] (one event with all the sources that report it), [`Conflict`]
//! (sources that disagree, each named) and [`reconcile`].
//!
//! The rules:
//! - Party membership ([`MembershipKind::Party`]) and the whip ([`MembershipKind::Whip`])
//!   are kept apart: only an article that says "whip" ends or restores a whip.
//! - Only asserted reports change memberships. Rumoured, expected and hypothetical reports
//!   stay [`Status::Pending`] until an asserted report of the same event confirms them;
//!   denials are kept beside them.
//! - Reports of one event (same person, type, parties, seat or role, dates within
//!   [`SAME_EVENT_DAYS`]) are one [`Happening`] with many sources.
//! - Sources that disagree on a date are a [`Conflict`] naming each source; the value shown
//!   covers every day some source gives (the earliest start, the latest end), and the
//!   conflict names each source and its date: never a silent choice. A person in two parties at once from two sources is a conflict too.
//!
//! This module holds the types and [`reconcile`], which runs the steps; each step is a
//! submodule by what it decides: `spells` (the spells each claim gives, before merging),
//! `merge` (one organisation's, seat's or office's spells into continuous spells), `seats`
//! (which party each part of a seat is held for), `conflicts` (where sources disagree) and
//! `happenings` (reports clustered into what changed when). Pending moves into a party
//! become [`Status::Pending`] memberships in [`reconcile`] itself.
//!
//! ```
//! use floorcross_record::reconcile::*;
//! use floorcross_model::{EventType, Modality};
//! let reg = Claim::register(1, "register.csv", MembershipKind::Seat, "House of Commons")
//!     .post("Streatham").on_behalf_of("Labour Party").until("2019-02-17");
//! let art = Claim::event(2, "article-1", "2019-02-12", EventType::Defect, Modality::Asserted)
//!     .from("Labour Party").to("The Independent Group").date("2019-02-11");
//! let rec = reconcile(&[reg, art]);
//! let tig = rec.memberships.iter().find(|m| m.org.as_deref() == Some("The Independent Group")).unwrap();
//! assert_eq!(tig.since.unwrap().to_string(), "2019-02-11");
//! assert!(!tig.conflicts.is_empty()); // the register still has him in Labour until 17 February
//! ```

use std::collections::BTreeMap;

use floorcross_model::{EventType, Modality};
use serde::{Deserialize, Serialize};

use crate::date::PartialDate;

mod conflicts;
mod happenings;
mod merge;
mod seats;
mod spells;

use conflicts::overlap_conflicts;
use happenings::happenings;
use merge::{merge_group, Merged};
use seats::split_seats;
use spells::{article_raws, independents_named, register_raws, Raw};

/// Reports of one kind of change this many days apart or closer are one event.
pub const SAME_EVENT_DAYS: i32 = 45;
/// Spells of the same membership this many days apart or closer are one spell (a gap over
/// a dissolution is not a change of party).
pub const CONTINUOUS_DAYS: i32 = 62;

/// What a source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    Article,
    Register,
}

/// The kinds of membership the record keeps apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MembershipKind {
    /// Membership of a party or parliamentary group.
    Party,
    /// Holding a party's whip.
    Whip,
    /// A seat in a body (a constituency in the House of Commons).
    Seat,
    /// An office or role.
    Office,
}

impl MembershipKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MembershipKind::Party => "party",
            MembershipKind::Whip => "whip",
            MembershipKind::Seat => "seat",
            MembershipKind::Office => "office",
        }
    }
    pub fn parse(s: &str) -> Option<MembershipKind> {
        Some(match s {
            "party" => MembershipKind::Party,
            "whip" => MembershipKind::Whip,
            "seat" => MembershipKind::Seat,
            "office" => MembershipKind::Office,
            _ => return None,
        })
    }
}

/// What a claim states.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum What {
    /// An article reports a change.
    Event(EventType),
    /// A register records a spell of membership.
    Membership(MembershipKind),
}

/// One statement by one source about one person.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// The store's id for the claim: how memberships cite their sources.
    pub id: i64,
    /// The source's key: a document id or a register file name.
    pub source: String,
    pub source_kind: SourceKind,
    /// The article's date (registers have none).
    pub source_date: Option<PartialDate>,
    /// A register's snapshot date: a spell it leaves open is open as of this day.
    pub as_of: Option<PartialDate>,
    pub what: What,
    /// Events: the party joined (`to`). Register spells: the organisation (a party, or the
    /// body a seat is in).
    pub org: Option<String>,
    /// Events: the party left. Register spells: the group before a change of party.
    pub from: Option<String>,
    pub on_behalf_of: Option<String>,
    pub post: Option<String>,
    pub role: Option<String>,
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
    pub start_reason: Option<String>,
    pub end_reason: Option<String>,
    /// Events: the date the article gives.
    pub date: Option<PartialDate>,
    pub modality: Modality,
    /// Events: the sentence that says so.
    pub evidence: Option<String>,
}

impl Claim {
    /// A register spell (builder style; see the module example).
    pub fn register(id: i64, source: &str, kind: MembershipKind, org: &str) -> Claim {
        Claim {
            id,
            source: source.to_string(),
            source_kind: SourceKind::Register,
            source_date: None,
            as_of: None,
            what: What::Membership(kind),
            org: Some(org.to_string()),
            from: None,
            on_behalf_of: None,
            post: None,
            role: None,
            start: None,
            end: None,
            start_reason: None,
            end_reason: None,
            date: None,
            modality: Modality::Asserted,
            evidence: None,
        }
    }

    /// An event reported by an article dated `doc_date`.
    pub fn event(id: i64, doc: &str, doc_date: &str, kind: EventType, modality: Modality) -> Claim {
        Claim {
            source_kind: SourceKind::Article,
            source_date: doc_date.parse().ok(),
            what: What::Event(kind),
            org: None,
            modality,
            ..Claim::register(id, doc, MembershipKind::Party, "")
        }
    }
    pub fn to(mut self, org: &str) -> Claim {
        self.org = Some(org.into());
        self
    }
    pub fn from(mut self, org: &str) -> Claim {
        self.from = Some(org.into());
        self
    }
    pub fn post(mut self, post: &str) -> Claim {
        self.post = Some(post.into());
        self
    }
    pub fn role(mut self, role: &str) -> Claim {
        self.role = Some(role.into());
        self
    }
    pub fn on_behalf_of(mut self, org: &str) -> Claim {
        self.on_behalf_of = Some(org.into());
        self
    }
    pub fn since(mut self, d: &str) -> Claim {
        self.start = d.parse().ok();
        self
    }
    pub fn until(mut self, d: &str) -> Claim {
        self.end = d.parse().ok();
        self
    }
    pub fn date(mut self, d: &str) -> Claim {
        self.date = d.parse().ok();
        self
    }
    pub fn evidence(mut self, s: &str) -> Claim {
        self.evidence = Some(s.into());
        self
    }

    fn is_register(&self) -> bool {
        self.source_kind == SourceKind::Register
    }

    /// The date an event happened, or failing that the article's date.
    fn when(&self) -> Option<PartialDate> {
        self.date.or(self.source_date)
    }

    fn says_whip(&self) -> bool {
        self.evidence
            .as_deref()
            .is_some_and(|e| e.to_lowercase().contains("whip"))
    }
}

/// Whether a membership holds or is only reported as coming.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Member,
    Pending,
}

/// Whether a happening is confirmed, still pending, or only denied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HappeningStatus {
    Confirmed,
    Pending,
    Denied,
}

impl HappeningStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            HappeningStatus::Confirmed => "confirmed",
            HappeningStatus::Pending => "pending",
            HappeningStatus::Denied => "denied",
        }
    }
}

/// One source's value in a [`Conflict`].
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ConflictClaim {
    /// The date this source gives (for a departure: the first day out).
    pub date: Option<String>,
    /// The source's key.
    pub source: String,
}

/// Sources that disagree: what about, and each source with its value.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Conflict {
    /// E.g. `left Labour Party`, `joined The Independent Group`, `overlaps Labour Party`, `denied`.
    pub about: String,
    pub claims: Vec<ConflictClaim>,
}

/// A spell of membership, reconciled from every source about one person.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Membership {
    pub kind: MembershipKind,
    pub org: Option<String>,
    pub post: Option<String>,
    pub role: Option<String>,
    pub on_behalf_of: Option<String>,
    pub since: Option<PartialDate>,
    pub until: Option<PartialDate>,
    pub start_reason: Option<String>,
    pub end_reason: Option<String>,
    pub status: Status,
    /// Claim ids.
    pub sources: Vec<i64>,
    pub conflicts: Vec<Conflict>,
}

/// One change, with every source that reports it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Happening {
    pub kind: EventType,
    pub from: Option<String>,
    pub to: Option<String>,
    pub post: Option<String>,
    pub role: Option<String>,
    pub date: Option<PartialDate>,
    /// A register's reason, where a register says so (`changed_party`, `general_election`).
    pub reason: Option<String>,
    pub status: HappeningStatus,
    /// `asserted` when confirmed, else the strongest uncertain modality reported.
    pub modality: Modality,
    /// Claim ids of the reports (denials excluded).
    pub sources: Vec<i64>,
    /// Claim ids of the denials.
    pub denials: Vec<i64>,
    pub conflicts: Vec<Conflict>,
}

/// Everything reconciled about one person.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Record {
    pub memberships: Vec<Membership>,
    pub happenings: Vec<Happening>,
}

/// Reconciles every claim about one person into memberships and happenings.
pub fn reconcile(claims: &[Claim]) -> Record {
    // the offices registers have this person in: (organisation, role)
    let held: Vec<(String, String)> = claims
        .iter()
        .filter(|c| c.what == What::Membership(MembershipKind::Office))
        .filter_map(|c| Some((c.org.clone()?, c.role.clone()?)))
        .collect();
    let named = independents_named(claims);
    let mut raws = Vec::new();
    for c in claims {
        match c.what {
            What::Membership(kind) => register_raws(c, kind, named.get(&c.id), &mut raws),
            What::Event(kind) if c.modality == Modality::Asserted => {
                article_raws(c, kind, &held, &mut raws)
            }
            What::Event(_) => {}
        }
    }
    // seats named only by an article take their body from a register spell of the same seat
    let bodies: Vec<(String, String)> = raws
        .iter()
        .filter(|r| r.kind == MembershipKind::Seat)
        .filter_map(|r| Some((r.post.clone()?.to_lowercase(), r.org.clone()?)))
        .collect();
    for r in raws
        .iter_mut()
        .filter(|r| r.kind == MembershipKind::Seat && r.org.is_none())
    {
        let post = r.post.as_deref().unwrap_or("").to_lowercase();
        r.org = bodies
            .iter()
            .find(|(p, _)| *p == post)
            .map(|(_, b)| b.clone());
    }
    let mut groups: BTreeMap<(MembershipKind, String, String, String), Vec<Raw>> = BTreeMap::new();
    for r in raws {
        groups.entry(r.group_key()).or_default().push(r);
    }
    // where each party spell begins: a gap in one party's spells in which another begins is
    // a change of party, not a pause
    let party_starts: Vec<(String, i32)> = groups
        .iter()
        .filter(|((kind, ..), _)| *kind == MembershipKind::Party)
        .flat_map(|((_, org, ..), rs)| {
            rs.iter()
                .filter(|r| r.since.is_some())
                .map(move |r| (org.clone(), r.lo()))
        })
        .collect();
    let mut party: Vec<Merged> = Vec::new();
    let mut rest: Vec<Merged> = Vec::new();
    for ((kind, org, ..), rs) in groups {
        let others: Vec<i32> = if kind == MembershipKind::Party {
            party_starts
                .iter()
                .filter(|(o, _)| *o != org)
                .map(|&(_, d)| d)
                .collect()
        } else {
            Vec::new()
        };
        for m in merge_group(rs, &others) {
            if kind == MembershipKind::Party {
                party.push(m);
            } else {
                rest.push(m);
            }
        }
    }
    overlap_conflicts(&mut party);
    let party: Vec<Membership> = party.into_iter().map(|m| m.m).collect();
    let (seats, other): (Vec<Membership>, Vec<Membership>) = rest
        .into_iter()
        .map(|m| m.m)
        .partition(|m| m.kind == MembershipKind::Seat);
    let mut memberships = party.clone();
    memberships.extend(split_seats(seats, &party));
    memberships.extend(other);

    let happenings = happenings(claims, &held);
    // pending moves into a party: shown beside the members, never as members
    for h in &happenings {
        if h.status != HappeningStatus::Pending {
            continue;
        }
        if !matches!(
            h.kind,
            EventType::Defect | EventType::Join | EventType::Found | EventType::Readmit
        ) {
            continue;
        }
        let Some(to) = &h.to else { continue };
        memberships.push(Membership {
            kind: MembershipKind::Party,
            org: Some(to.clone()),
            post: None,
            role: None,
            on_behalf_of: None,
            since: h.date,
            until: None,
            start_reason: Some("changed_party".into()),
            end_reason: None,
            status: Status::Pending,
            sources: h.sources.clone(),
            conflicts: h.conflicts.clone(),
        });
    }
    memberships.sort_by(|a, b| {
        (
            a.kind,
            a.since.map_or(i32::MIN, |d| d.first_day()),
            &a.org,
            &a.post,
            &a.role,
        )
            .cmp(&(
                b.kind,
                b.since.map_or(i32::MIN, |d| d.first_day()),
                &b.org,
                &b.post,
                &b.role,
            ))
            .then_with(|| a.sources.cmp(&b.sources))
    });
    Record {
        memberships,
        happenings,
    }
}

#[cfg(test)]
mod tests;
