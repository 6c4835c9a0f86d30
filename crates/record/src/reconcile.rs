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
use crate::{offices, terms};

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

/// parlparse's reason for a change an event reports.
fn reason_of(c: &Claim, kind: EventType, whip: bool) -> &'static str {
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

/// A change date from one source, used to detect disagreement.
#[derive(Clone, Debug)]
struct Transition {
    /// Start: the first day in. End: the first day out.
    date: PartialDate,
    source: String,
    register: bool,
    /// A departure that is a real change (not the end of a register's term or file).
    hard: bool,
}

/// A spell as one claim gives it, before merging.
#[derive(Clone, Debug)]
struct Raw {
    kind: MembershipKind,
    org: Option<String>,
    post: Option<String>,
    role: Option<String>,
    on_behalf_of: Option<String>,
    since: Option<PartialDate>,
    until: Option<PartialDate>,
    start_reason: Option<String>,
    end_reason: Option<String>,
    claim: i64,
    start: Option<Transition>,
    end: Option<Transition>,
    /// An end not given but inferred from the term a register's open spell is in: the day
    /// the register knew the spell was open (its snapshot, else the spell's start).
    open_as_of: Option<i32>,
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
    fn group_key(&self) -> (MembershipKind, String, String, String) {
        let low = |s: &Option<String>| s.as_deref().unwrap_or("").to_lowercase();
        match self.kind {
            // a seat is known by its post; the body may be missing from an article
            MembershipKind::Seat => (self.kind, String::new(), low(&self.post), String::new()),
            _ => (self.kind, low(&self.org), low(&self.post), low(&self.role)),
        }
    }
    fn lo(&self) -> i32 {
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
fn independents_named(claims: &[Claim]) -> BTreeMap<i64, String> {
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

fn register_raws(c: &Claim, kind: MembershipKind, named: Option<&String>, out: &mut Vec<Raw>) {
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
fn office_of(c: &Claim, held: &[(String, String)]) -> Option<(String, String)> {
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
fn article_raws(c: &Claim, kind: EventType, held: &[(String, String)], out: &mut Vec<Raw>) {
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

/// Merged spell with the transitions each source gave.
struct Merged {
    m: Membership,
    starts: Vec<Transition>,
    ends: Vec<Transition>,
}

fn pick(trs: &[Transition]) -> Option<&Transition> {
    trs.iter()
        .min_by_key(|t| (!t.register, t.date.first_day(), t.source.clone()))
}

/// Transitions near the chosen one, when two sources among them disagree: a conflict, or none.
fn disagreement(trs: &[Transition], about: String) -> Option<Conflict> {
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
fn distant_departures(
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

/// Merges one group's spells (one organisation, seat or office) into continuous spells;
/// `interruptions` are days other spells begin on (another party's, for a party) that keep
/// two spells of the group apart.
fn merge_group(mut raws: Vec<Raw>, interruptions: &[i32]) -> Vec<Merged> {
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

/// A person who joins one party while another source still has them in another: the later
/// spell names the earlier one and both sources.
fn overlap_conflicts(party: &mut [Merged]) {
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

/// Splits seats at changes of party: each part is held for the party of its days.
fn split_seats(seats: Vec<Membership>, party: &[Membership]) -> Vec<Membership> {
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

fn happenings(claims: &[Claim], held: &[(String, String)]) -> Vec<Happening> {
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
mod tests {
    use super::*;

    fn reg(id: i64, party: &str, since: Option<&str>, until: Option<&str>) -> Claim {
        let mut c = Claim::register(id, "term.csv", MembershipKind::Seat, "House of Commons")
            .post("Streatham")
            .on_behalf_of(party);
        c.start = since.and_then(|d| d.parse().ok());
        c.end = until.and_then(|d| d.parse().ok());
        c
    }

    fn find<'a>(r: &'a Record, kind: MembershipKind, org: &str) -> Vec<&'a Membership> {
        r.memberships
            .iter()
            .filter(|m| m.kind == kind && m.org.as_deref() == Some(org))
            .collect()
    }

    #[test]
    fn article_and_register_disagree_on_the_date_of_a_defection() {
        let mut lab = reg(1, "Labour Party", None, Some("2019-02-17"));
        lab.end_reason = Some("changed_party".into());
        let mut ind = reg(2, "Independent", Some("2019-02-18"), None);
        ind.start_reason = Some("changed_party".into());
        ind.from = Some("Labour Party".into());
        let art = Claim::event(
            3,
            "seed",
            "2019-02-12",
            EventType::Defect,
            Modality::Asserted,
        )
        .from("Labour Party")
        .to("The Independent Group")
        .date("2019-02-11");
        let r = reconcile(&[lab, ind, art]);
        let labour = find(&r, MembershipKind::Party, "Labour Party");
        assert_eq!(labour.len(), 1);
        assert_eq!(
            labour[0].until.unwrap().to_string(),
            "2019-02-17",
            "register first"
        );
        assert_eq!(labour[0].sources, vec![1, 3]);
        let c = &labour[0].conflicts[0];
        assert_eq!(c.about, "left Labour Party");
        assert_eq!(
            c.claims
                .iter()
                .map(|c| (c.date.clone().unwrap(), c.source.as_str()))
                .collect::<Vec<_>>(),
            vec![
                ("2019-02-11".to_string(), "seed"),
                ("2019-02-18".to_string(), "term.csv")
            ]
        );
        let tig = find(&r, MembershipKind::Party, "The Independent Group");
        assert_eq!(tig[0].since.unwrap().to_string(), "2019-02-11");
        // the register files the group as Independent: its spell is the group's, from its
        // own date, which disagrees with the article's
        let joined = tig[0]
            .conflicts
            .iter()
            .find(|c| c.about == "joined The Independent Group")
            .unwrap_or_else(|| panic!("{:#?}", tig[0]));
        assert_eq!(joined.claims.len(), 2);
        assert!(find(&r, MembershipKind::Party, "Independent").is_empty());
        // the seat is held for Labour, then TIG
        let seats: Vec<String> = r
            .memberships
            .iter()
            .filter(|m| m.kind == MembershipKind::Seat)
            .map(|m| {
                format!(
                    "{:?}..{:?} {}",
                    m.since.map(|d| d.to_string()),
                    m.until.map(|d| d.to_string()),
                    m.on_behalf_of.clone().unwrap()
                )
            })
            .collect();
        assert_eq!(
            seats,
            vec![
                "None..Some(\"2019-02-10\") Labour Party",
                "Some(\"2019-02-11\")..Some(\"2019-11-06\") The Independent Group",
            ]
        );
    }

    #[test]
    fn rumours_stay_pending_until_asserted_and_denials_sit_beside_them() {
        let rumour = Claim::event(1, "a", "2019-02-12", EventType::Defect, Modality::Rumoured)
            .from("Conservative Party")
            .to("The Independent Group")
            .date("2019-02-12");
        let denial = Claim::event(2, "b", "2019-02-13", EventType::Defect, Modality::Denied)
            .from("Conservative Party")
            .to("The Independent Group");
        let r = reconcile(&[rumour.clone(), denial.clone()]);
        assert!(find(&r, MembershipKind::Party, "The Independent Group")
            .iter()
            .all(|m| m.status == Status::Pending));
        assert_eq!(r.happenings.len(), 1);
        let h = &r.happenings[0];
        assert_eq!(
            (h.status, h.denials.clone()),
            (HappeningStatus::Pending, vec![2])
        );
        assert_eq!(h.conflicts[0].about, "denied");

        let confirm = Claim::event(3, "c", "2019-02-20", EventType::Defect, Modality::Asserted)
            .from("Conservative Party")
            .to("The Independent Group")
            .date("2019-02-20");
        let r = reconcile(&[rumour, denial, confirm]);
        assert_eq!(r.happenings.len(), 1, "one event, many sources");
        assert_eq!(r.happenings[0].status, HappeningStatus::Confirmed);
        assert_eq!(r.happenings[0].sources, vec![1, 3]);
        let tig = find(&r, MembershipKind::Party, "The Independent Group");
        assert_eq!(tig.len(), 1);
        assert_eq!(tig[0].status, Status::Member);
        assert_eq!(tig[0].since.unwrap().to_string(), "2019-02-20");
    }

    #[test]
    fn the_whip_is_kept_apart_from_the_party() {
        let lab = Claim::event(1, "a", "2005-01-10", EventType::Join, Modality::Asserted)
            .to("Labour Party")
            .date("1990");
        let whip = Claim::event(2, "b", "2008-03-01", EventType::Expel, Modality::Asserted)
            .from("Labour Party")
            .date("2008-03-01")
            .evidence("He had the Labour whip withdrawn on Saturday.");
        let r = reconcile(&[lab, whip]);
        let party = find(&r, MembershipKind::Party, "Labour Party");
        assert_eq!(
            party[0].until, None,
            "losing the whip is not leaving the party"
        );
        let w = find(&r, MembershipKind::Whip, "Labour Party");
        assert_eq!(w[0].end_reason.as_deref(), Some("whip_removed"));
    }

    #[test]
    fn an_open_commons_seat_ends_with_its_parliament_unless_a_later_source_knows_more() {
        let open = |id: i64, src: &str, as_of: &str| {
            let mut c = reg(id, "Labour Party", Some("2005-05-05"), None);
            c.source = src.into();
            c.as_of = as_of.parse().ok();
            c
        };
        let seats = |r: &Record| -> Vec<String> {
            r.memberships
                .iter()
                .filter(|m| m.kind == MembershipKind::Seat)
                .map(|m| {
                    format!(
                        "{}..{} {}",
                        m.since.unwrap(),
                        m.until.map(|d| d.to_string()).unwrap_or_default(),
                        m.end_reason.clone().unwrap_or_default()
                    )
                })
                .collect()
        };
        let r = reconcile(&[open(1, "a.xml", "2009-02-23")]);
        assert_eq!(seats(&r), ["2005-05-05..2010-04-12 general_election"]);
        // a later register has them die in office: its end wins over the inferred one
        let mut died = reg(2, "Labour Party", Some("2005-05-05"), Some("2009-05-01"));
        died.source = "b.xml".into();
        died.end_reason = Some("died".into());
        let r = reconcile(&[open(1, "a.xml", "2009-02-23"), died]);
        assert_eq!(seats(&r), ["2005-05-05..2009-05-01 died"]);
        // re-elected: a new term from polling day, the dissolution between them is no seat
        let again = reg(3, "Labour Party", Some("2010-05-06"), Some("2015-03-30"));
        let r = reconcile(&[open(1, "a.xml", "2009-02-23"), again]);
        assert_eq!(
            seats(&r),
            [
                "2005-05-05..2010-04-12 general_election",
                "2010-05-06..2015-03-30 "
            ]
        );
        // a seat vacant between a resignation and a by-election was vacant
        let mut gone = reg(
            4,
            "Conservative Party",
            Some("2010-05-06"),
            Some("2014-08-29"),
        );
        gone.end_reason = Some("resigned".into());
        let mut back = reg(
            5,
            "UK Independence Party",
            Some("2014-10-10"),
            Some("2015-03-30"),
        );
        back.start_reason = Some("by_election".into());
        assert_eq!(
            reconcile(&[gone, back])
                .memberships
                .iter()
                .filter(|m| m.kind == MembershipKind::Seat)
                .count(),
            2
        );
    }

    #[test]
    fn a_register_change_and_an_article_report_of_it_are_one_happening() {
        let mut lab = reg(1, "Labour Party", Some("2017-06-08"), Some("2019-02-17"));
        lab.end_reason = Some("changed_party".into());
        let mut ind = reg(2, "Independent", Some("2019-02-18"), None);
        ind.start_reason = Some("changed_party".into());
        ind.from = Some("Labour Party".into());
        let found = Claim::event(
            3,
            "seed",
            "2019-02-12",
            EventType::Found,
            Modality::Asserted,
        )
        .to("The Independent Group")
        .date("2019-02-11");
        let defect = Claim::event(
            4,
            "seed",
            "2019-02-12",
            EventType::Defect,
            Modality::Asserted,
        )
        .from("Labour Party")
        .to("The Independent Group")
        .date("2019-02-11");
        let r = reconcile(&[lab, ind, found, defect]);
        let moves: Vec<&Happening> = r
            .happenings
            .iter()
            .filter(|h| h.from.as_deref() == Some("Labour Party"))
            .collect();
        assert_eq!(moves.len(), 1, "{:#?}", r.happenings);
        let h = moves[0];
        assert_eq!(h.kind, EventType::Found, "the article's more specific word");
        assert_eq!(h.to.as_deref(), Some("The Independent Group"));
        assert_eq!(
            h.sources,
            vec![3, 4, 2],
            "articles first, then the register"
        );
        assert_eq!(h.reason.as_deref(), Some("changed_party"));
        assert!(h.conflicts.iter().any(|c| c.about == "date of found"));
        assert!(h
            .conflicts
            .iter()
            .any(|c| c.about == "joined Independent or The Independent Group"));
        // a rumour is not confirmed by a register's change to another group
        let rumour = Claim::event(
            5,
            "seed",
            "2019-02-12",
            EventType::Defect,
            Modality::Rumoured,
        )
        .from("Labour Party")
        .to("The Independent Group")
        .date("2019-02-12");
        let mut ind = reg(2, "Independent", Some("2019-02-18"), None);
        ind.start_reason = Some("changed_party".into());
        ind.from = Some("Labour Party".into());
        let r = reconcile(&[ind, rumour]);
        assert_eq!(r.happenings.len(), 2, "{:#?}", r.happenings);
    }

    #[test]
    fn one_source_s_own_consecutive_spells_are_no_conflict() {
        let office = |id: i64, since: &str, until: &str| {
            Claim::register(id, "ministers.json", MembershipKind::Office, "HM Treasury")
                .role("PPS (Team PPS)")
                .since(since)
                .until(until)
        };
        let r = reconcile(&[
            office(1, "2007-06-28", "2007-07-15"),
            office(2, "2007-07-23", "2008-01-01"),
        ]);
        assert!(
            r.memberships.iter().all(|m| m.conflicts.is_empty()),
            "{r:#?}"
        );
        assert!(
            r.happenings.iter().all(|h| h.conflicts.is_empty()),
            "{r:#?}"
        );
    }

    #[test]
    fn two_articles_that_agree_are_one_happening_and_one_spell() {
        let a = Claim::event(1, "a", "2015-05-08", EventType::Elect, Modality::Asserted)
            .post("South Cambridgeshire")
            .date("2015");
        let b = Claim::event(2, "b", "2019-02-12", EventType::Elect, Modality::Asserted)
            .post("South Cambridgeshire")
            .date("2015-05-07");
        let c = Claim::event(3, "b", "2019-02-12", EventType::Reelect, Modality::Asserted)
            .post("South Cambridgeshire")
            .date("2017-06-08");
        let r = reconcile(&[a, b, c]);
        let elect: Vec<_> = r
            .happenings
            .iter()
            .filter(|h| h.kind == EventType::Elect)
            .collect();
        assert_eq!(elect.len(), 1);
        assert_eq!(elect[0].date.unwrap().to_string(), "2015-05-07");
        assert!(elect[0].conflicts.is_empty(), "2015 and 2015-05-07 agree");
        let seats: Vec<_> = r
            .memberships
            .iter()
            .filter(|m| m.kind == MembershipKind::Seat)
            .collect();
        assert_eq!(seats.len(), 1);
        assert_eq!(seats[0].since.unwrap().to_string(), "2015-05-07");
        assert_eq!(seats[0].until, None);
    }
}
