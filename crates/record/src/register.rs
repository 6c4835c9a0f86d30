//! Reference registers: who sat where for whom, as a published source records it.
//!
//! Main types: [`Register`] (people and their spells of membership, read from one file),
//! [`RegisterPerson`], [`RegisterMembership`]; errors are [`RecordError`]s (what is wrong,
//! and on which line). Three readers, each pure (bytes in, a register out): [`read_popolo`]
//! (Popolo JSON), [`read_parlparse`] (parlparse's members, people and ministers files, in
//! `register/parlparse.rs`) and [`read_csv`] (EveryPolitician's term CSV). Party names come out canonical ([`crate::names::canonical_org`]).
//!
//! ```
//! let csv = "id,name,group,area,chamber,start_date,end_date\n\
//!            p1,Ann Example,Labour,Eastwick,House of Commons,,2019-02-17\n\
//!            p1,Ann Example,Independent,Eastwick,House of Commons,2019-02-18,\n";
//! let reg = floorcross_record::register::read_csv(csv.as_bytes()).unwrap();
//! assert_eq!(reg.persons.len(), 1);
//! let m = &reg.memberships[1];
//! assert_eq!((m.on_behalf_of.as_deref(), m.start_reason.as_deref()), (Some("Independent"), Some("changed_party")));
//! assert_eq!(m.from.as_deref(), Some("Labour Party"));
//! ```

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;

use crate::date::PartialDate;
use crate::names::{canonical_org, is_party};
use crate::reconcile::MembershipKind;
use crate::RecordError;

mod parlparse;
pub use parlparse::{parlparse_person_key, read_ministers, read_parlparse};

/// One person as a register records them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RegisterPerson {
    /// The register's own id, prefixed by the kind of register (`everypolitician:…`).
    pub key: String,
    pub name: String,
    pub other_names: Vec<String>,
    /// (scheme, identifier) pairs: `wikidata`, `twitter`, `parlparse`…
    pub identifiers: Vec<(String, String)>,
}

/// One spell of membership as a register records it.
#[derive(Clone, Debug, PartialEq)]
pub struct RegisterMembership {
    /// The [`RegisterPerson::key`].
    pub person: String,
    pub kind: MembershipKind,
    /// The organisation: a party, or the body a seat is in (`House of Commons`).
    pub org: String,
    pub post: Option<String>,
    pub role: Option<String>,
    pub on_behalf_of: Option<String>,
    /// The group before a change of party, where the register shows one.
    pub from: Option<String>,
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
    pub start_reason: Option<String>,
    pub end_reason: Option<String>,
    /// The register's own id for this spell, with its scheme (`parlparse_member`,
    /// `uk.org.publicwhip/member/994`): a people file says whose spells these are.
    pub ident: Option<(String, String)>,
    /// Where in the file (1-based line), for messages.
    pub line: Option<usize>,
}

/// Everything one register file says.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Register {
    pub persons: Vec<RegisterPerson>,
    pub memberships: Vec<RegisterMembership>,
    /// People a register only identifies (a parlparse people file): each with every
    /// identifier that is them (`parlparse` person id, `parlparse_member` ids,
    /// `datadotparl_id`). They group other registers' spells into one person; by themselves
    /// they make nobody.
    pub directory: Vec<RegisterPerson>,
}

impl Register {
    /// A register of these people and spells (no people-file directory).
    pub fn of(persons: Vec<RegisterPerson>, memberships: Vec<RegisterMembership>) -> Register {
        Register {
            persons,
            memberships,
            ..Register::default()
        }
    }

    /// The latest date the register records (a start or an end): it was written no earlier.
    pub fn latest_date(&self) -> Option<PartialDate> {
        self.memberships
            .iter()
            .flat_map(|m| [m.start, m.end])
            .flatten()
            .max_by_key(|d| d.last_day())
    }
}

fn err(line: Option<usize>, message: impl Into<String>) -> RecordError {
    RecordError::new(line, message)
}

fn date(s: Option<&str>, line: Option<usize>) -> Result<Option<PartialDate>, RecordError> {
    match s.map(str::trim) {
        None | Some("") => Ok(None),
        Some(d) => d
            .parse()
            .map(Some)
            .map_err(|e: RecordError| err(line, e.message)),
    }
}

fn nonempty(s: Option<&str>) -> Option<String> {
    s.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// Marks changes of group between one person's consecutive spells (a register that gives
/// dates but no reasons): the earlier ends `changed_party`, the later starts so, `from` the earlier.
fn infer_changes(ms: &mut [RegisterMembership]) {
    let mut by_person: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, m) in ms.iter().enumerate() {
        by_person.entry(m.person.clone()).or_default().push(i);
    }
    for idx in by_person.values() {
        let mut idx = idx.clone();
        idx.sort_by_key(|&i| (ms[i].start.map_or(i32::MIN, |d| d.first_day()), i));
        for w in idx.windows(2) {
            let (a, b) = (w[0], w[1]);
            let (Some(end), Some(start)) = (ms[a].end, ms[b].start) else {
                continue;
            };
            let group = |m: &RegisterMembership| m.on_behalf_of.clone().unwrap_or(m.org.clone());
            if end.day_after() == start && group(&ms[a]) != group(&ms[b]) {
                if ms[a].end_reason.is_none() {
                    ms[a].end_reason = Some("changed_party".into());
                }
                if ms[b].start_reason.is_none() {
                    ms[b].start_reason = Some("changed_party".into());
                }
                if ms[b].start_reason.as_deref() == Some("changed_party") {
                    ms[b].from = Some(group(&ms[a]));
                }
            }
        }
    }
}

/// Polling day of a UK House of Commons term, as EveryPolitician numbers them.
fn commons_term_start(term: u32) -> Option<PartialDate> {
    let (y, m, d) = match term {
        52 => (1997, 5, 1),
        53 => (2001, 6, 7),
        54 => (2005, 5, 5),
        55 => (2010, 5, 6),
        56 => (2015, 5, 7),
        57 => (2017, 6, 8),
        58 => (2019, 12, 12),
        59 => (2024, 7, 4),
        _ => return None,
    };
    Some(PartialDate::ymd(y, m, d))
}

/// Reads EveryPolitician's term CSV (`id,name,…,group,…,area,chamber,…,start_date,end_date,…`):
/// one row per member, seat and group spell.
pub fn read_csv(bytes: &[u8]) -> Result<Register, RecordError> {
    let mut rdr = csv::ReaderBuilder::new().flexible(false).from_reader(bytes);
    let headers = rdr
        .headers()
        .map_err(|e| err(Some(1), format!("invalid CSV header: {e}")))?
        .clone();
    let col = |name: &str| headers.iter().position(|h| h.trim() == name);
    let need = |name: &str| col(name).ok_or_else(|| err(Some(1), format!("no {name:?} column")));
    let (c_id, c_name, c_group) = (need("id")?, need("name")?, need("group")?);
    let (c_start, c_end) = (need("start_date")?, need("end_date")?);
    let (c_area, c_chamber) = (col("area"), col("chamber"));
    let (c_wd, c_tw) = (col("wikidata"), col("twitter"));
    let c_term = col("term");
    let mut persons: BTreeMap<String, RegisterPerson> = BTreeMap::new();
    let mut order = Vec::new();
    let mut ms = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| {
            err(
                e.position().map(|p| p.line() as usize),
                format!("invalid CSV: {e}"),
            )
        })?;
        let line = rec.position().map(|p| p.line() as usize);
        let get = |c: Option<usize>| c.and_then(|c| rec.get(c)).map(str::trim);
        let id = get(Some(c_id)).unwrap_or("");
        let name = get(Some(c_name)).unwrap_or("");
        if id.is_empty() || name.is_empty() {
            return Err(err(line, "a row without an id or a name"));
        }
        let key = format!("everypolitician:{id}");
        if !persons.contains_key(&key) {
            let mut identifiers = vec![("everypolitician".to_string(), id.to_string())];
            for (scheme, c) in [("wikidata", c_wd), ("twitter", c_tw)] {
                if let Some(v) = nonempty(get(c)) {
                    identifiers.push((scheme.to_string(), v));
                }
            }
            order.push(key.clone());
            persons.insert(
                key.clone(),
                RegisterPerson {
                    key: key.clone(),
                    name: name.to_string(),
                    other_names: Vec::new(),
                    identifiers,
                },
            );
        }
        let group = get(Some(c_group)).unwrap_or("");
        let chamber = nonempty(get(c_chamber))
            .map_or_else(|| "House of Commons".into(), |c| canonical_org(&c));
        // a spell without a start date runs from the start of its term
        let term_start = get(c_term)
            .and_then(|t| t.parse::<u32>().ok())
            .filter(|_| chamber == "House of Commons")
            .and_then(commons_term_start);
        ms.push(RegisterMembership {
            person: key,
            kind: MembershipKind::Seat,
            org: chamber,
            post: nonempty(get(c_area)),
            role: None,
            on_behalf_of: (!group.is_empty()).then(|| canonical_org(group)),
            from: None,
            start: date(get(Some(c_start)), line)?.or(term_start),
            end: date(get(Some(c_end)), line)?,
            start_reason: term_start
                .filter(|_| get(Some(c_start)).unwrap_or("").is_empty())
                .map(|_| "general_election".to_string()),
            end_reason: None,
            ident: None,
            line,
        });
    }
    infer_changes(&mut ms);
    let persons = order
        .into_iter()
        .filter_map(|k| persons.remove(&k))
        .collect();
    Ok(Register::of(persons, ms))
}

/// Fills `from` on spells that start `changed_party` right after another spell of the person.
fn infer_from(ms: &mut [RegisterMembership]) {
    let mut by_person: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, m) in ms.iter().enumerate() {
        by_person.entry(m.person.clone()).or_default().push(i);
    }
    for idx in by_person.values() {
        for &b in idx {
            if ms[b].start_reason.as_deref() != Some("changed_party") {
                continue;
            }
            let Some(start) = ms[b].start else { continue };
            let prev = idx
                .iter()
                .copied()
                .find(|&a| a != b && ms[a].end.is_some_and(|e| e.day_after() == start));
            if let Some(a) = prev {
                ms[b].from = ms[a].on_behalf_of.clone();
            }
        }
    }
}

#[derive(Deserialize)]
struct Popolo {
    #[serde(default)]
    persons: Vec<PPerson>,
    #[serde(default)]
    organizations: Vec<POrg>,
    #[serde(default)]
    memberships: Vec<PMembership>,
    #[serde(default)]
    posts: Vec<PPost>,
    #[serde(default)]
    areas: Vec<PArea>,
}

#[derive(Deserialize)]
struct PPerson {
    id: String,
    name: String,
    #[serde(default)]
    other_names: Vec<PName>,
    #[serde(default)]
    identifiers: Vec<PIdent>,
}

#[derive(Deserialize)]
struct PName {
    name: String,
}

#[derive(Deserialize)]
struct PIdent {
    scheme: String,
    identifier: String,
}

#[derive(Deserialize)]
struct POrg {
    id: String,
    name: String,
    #[serde(default)]
    classification: Option<String>,
}

#[derive(Deserialize)]
struct PPost {
    id: String,
    #[serde(default)]
    label: Option<String>,
    #[serde(default)]
    area_id: Option<String>,
    #[serde(default)]
    organization_id: Option<String>,
}

#[derive(Deserialize)]
struct PArea {
    id: String,
    name: String,
}

/// Popolo dates are ISO prefixes; anything else is refused where it stands (with its line).
#[derive(Deserialize)]
struct PMembership {
    /// The membership's own id (parlparse's office id in `ministers.json`).
    #[serde(default)]
    id: Option<String>,
    person_id: String,
    #[serde(default)]
    organization_id: Option<String>,
    #[serde(default)]
    on_behalf_of_id: Option<String>,
    #[serde(default)]
    post_id: Option<String>,
    #[serde(default)]
    role: Option<String>,
    #[serde(default, deserialize_with = "popolo_date")]
    start_date: Option<PartialDate>,
    #[serde(default, deserialize_with = "popolo_date")]
    end_date: Option<PartialDate>,
    #[serde(default)]
    start_reason: Option<String>,
    #[serde(default)]
    end_reason: Option<String>,
}

fn popolo_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<PartialDate>, D::Error> {
    let s: Option<String> = Option::deserialize(d)?;
    match s.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => s.parse().map(Some).map_err(serde::de::Error::custom),
    }
}

/// Reads Popolo JSON: `persons` (with `other_names`), `organizations`, `memberships`
/// (`start_date`, `end_date`, `on_behalf_of_id`, `post_id`), `posts` and `areas`.
pub fn read_popolo(bytes: &[u8]) -> Result<Register, RecordError> {
    let p: Popolo = serde_json::from_slice(bytes)
        .map_err(|e| err(Some(e.line()), format!("invalid Popolo JSON: {e}")))?;
    let orgs: HashMap<&str, &POrg> = p.organizations.iter().map(|o| (o.id.as_str(), o)).collect();
    let areas: HashMap<&str, &str> = p
        .areas
        .iter()
        .map(|a| (a.id.as_str(), a.name.as_str()))
        .collect();
    let posts: HashMap<&str, &PPost> = p.posts.iter().map(|x| (x.id.as_str(), x)).collect();
    let known: std::collections::HashSet<&str> = p.persons.iter().map(|x| x.id.as_str()).collect();
    let persons = p
        .persons
        .iter()
        .map(|x| RegisterPerson {
            key: format!("popolo:{}", x.id),
            name: x.name.clone(),
            other_names: x.other_names.iter().map(|n| n.name.clone()).collect(),
            identifiers: std::iter::once(("popolo".to_string(), x.id.clone()))
                .chain(
                    x.identifiers
                        .iter()
                        .map(|i| (i.scheme.clone(), i.identifier.clone())),
                )
                .collect(),
        })
        .collect();
    let org_name = |id: &str| -> Result<(String, Option<String>), RecordError> {
        let o = orgs.get(id).ok_or_else(|| {
            err(
                None,
                format!("membership names unknown organization {id:?}"),
            )
        })?;
        Ok((canonical_org(&o.name), o.classification.clone()))
    };
    let mut ms = Vec::new();
    for (i, m) in p.memberships.iter().enumerate() {
        if !known.contains(m.person_id.as_str()) {
            return Err(err(
                None,
                format!("memberships[{i}] names unknown person {:?}", m.person_id),
            ));
        }
        let post = m.post_id.as_deref().and_then(|id| posts.get(id));
        let post_name = post.and_then(|x| {
            x.area_id
                .as_deref()
                .and_then(|a| areas.get(a).map(|s| s.to_string()))
                .or_else(|| x.label.clone())
        });
        let org_id = m
            .organization_id
            .clone()
            .or_else(|| post.and_then(|x| x.organization_id.clone()));
        let Some(org_id) = org_id else {
            return Err(err(
                None,
                format!("memberships[{i}] has no organization_id"),
            ));
        };
        let (org, class) = org_name(&org_id)?;
        let on_behalf_of = match m.on_behalf_of_id.as_deref() {
            Some(id) => Some(org_name(id)?.0),
            None => None,
        };
        let kind = if m.role.as_deref() == Some("whip") {
            MembershipKind::Whip
        } else if class.as_deref() == Some("party")
            || (post_name.is_none() && m.role.is_none() && is_party(&org))
        {
            MembershipKind::Party
        } else if post_name.is_some() || on_behalf_of.is_some() {
            MembershipKind::Seat
        } else {
            MembershipKind::Office
        };
        ms.push(RegisterMembership {
            person: format!("popolo:{}", m.person_id),
            kind,
            org,
            post: post_name,
            role: m.role.clone().filter(|r| r != "whip"),
            on_behalf_of,
            from: None,
            start: m.start_date,
            end: m.end_date,
            start_reason: m.start_reason.clone(),
            end_reason: m.end_reason.clone(),
            ident: None,
            line: None,
        });
    }
    infer_from(&mut ms);
    Ok(Register::of(persons, ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_inputs_name_the_line() {
        let bad_date = "id,name,group,start_date,end_date\np1,A B,Labour,19/02/2019,\n";
        let e = read_csv(bad_date.as_bytes()).unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.message.contains("19/02/2019"), "{e}");
        let e = read_csv(b"id,name\n").unwrap_err();
        assert!(e.message.contains("group"), "{e}");
        let e = read_popolo(b"{\"persons\": [\n{\"id\": 1}]}").unwrap_err();
        assert_eq!(e.line, Some(2));
        let e = read_popolo(
            b"{\"persons\":[{\"id\":\"a\",\"name\":\"A\"}],\"organizations\":[{\"id\":\"o\",\"name\":\"Labour\"}],\n\"memberships\":[{\"person_id\":\"a\",\"organization_id\":\"o\",\n\"start_date\":\"Feb 2019\"}]}",
        )
        .unwrap_err();
        assert_eq!(e.line, Some(3), "{e}");
        assert!(read_parlparse(
            b"<publicwhip><member id=\"x\" lastname=\"A\" fromdate=\"soon\"/></publicwhip>"
        )
        .is_err());
        assert!(read_parlparse(b"not xml at all").is_err());
    }

    #[test]
    fn popolo_memberships_take_kinds_from_organizations() {
        let json = br#"{
          "persons": [{"id": "p1", "name": "Ann Example", "other_names": [{"name": "Annie Example"}]}],
          "organizations": [{"id": "lab", "name": "Labour", "classification": "party"},
                            {"id": "hoc", "name": "House of Commons", "classification": "legislature"}],
          "areas": [{"id": "a1", "name": "Eastwick"}],
          "posts": [{"id": "s1", "label": "MP for Eastwick", "area_id": "a1", "organization_id": "hoc"}],
          "memberships": [
            {"person_id": "p1", "organization_id": "lab", "start_date": "2001"},
            {"person_id": "p1", "post_id": "s1", "on_behalf_of_id": "lab", "start_date": "2005-05-05", "start_reason": "general_election"}
          ]}"#;
        let r = read_popolo(json).unwrap();
        assert_eq!(r.persons[0].other_names, vec!["Annie Example".to_string()]);
        assert_eq!(r.memberships[0].kind, MembershipKind::Party);
        assert_eq!(r.memberships[0].org, "Labour Party");
        let seat = &r.memberships[1];
        assert_eq!(
            (
                seat.kind,
                seat.org.as_str(),
                seat.post.as_deref(),
                seat.on_behalf_of.as_deref()
            ),
            (
                MembershipKind::Seat,
                "House of Commons",
                Some("Eastwick"),
                Some("Labour Party")
            )
        );
    }
}
