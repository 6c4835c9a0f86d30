//! parlparse's files: `all-members` XML (and the Scottish Parliament's `sp-members.xml`),
//! `people.xml` (which member ids are one person) and `ministers.json` (offices).

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;

use super::{
    date, err, infer_from, nonempty, PMembership, POrg, Register, RegisterMembership,
    RegisterPerson,
};
use crate::names::{canonical_org, person_key};
use crate::reconcile::MembershipKind;
use crate::RecordError;

/// Decodes a file that declares ISO-8859-1 (or is not UTF-8) as Latin-1.
fn decode(bytes: &[u8]) -> String {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(200)]).to_lowercase();
    let latin1 = head.contains("iso-8859-1") || head.contains("latin");
    match std::str::from_utf8(bytes) {
        Ok(s) if !latin1 => s.to_string(),
        _ => bytes.iter().map(|&b| b as char).collect(),
    }
}

/// Counts lines up to byte offsets that only grow (so a large file is scanned once).
struct Lines<'t> {
    text: &'t str,
    pos: usize,
    line: usize,
}

impl Lines<'_> {
    fn at(&mut self, pos: usize) -> Option<usize> {
        let pos = pos.min(self.text.len());
        if pos < self.pos {
            self.pos = 0;
            self.line = 1;
        }
        self.line += self.text.as_bytes()[self.pos..pos]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.pos = pos;
        Some(self.line)
    }
}

fn xml_attrs(
    e: &quick_xml::events::BytesStart,
    line: Option<usize>,
) -> Result<BTreeMap<String, String>, RecordError> {
    let mut attrs = BTreeMap::new();
    for a in e.attributes() {
        let a = a.map_err(|x| err(line, format!("invalid XML attribute: {x}")))?;
        let v = a
            .unescape_value()
            .map_err(|x| err(line, format!("invalid XML attribute: {x}")))?;
        attrs.insert(
            String::from_utf8_lossy(a.key.as_ref()).into_owned(),
            v.into_owned(),
        );
    }
    Ok(attrs)
}

/// The key of a person parlparse identifies (`uk.org.publicwhip/person/N`).
pub fn parlparse_person_key(id: &str) -> String {
    format!("parlparse:{id}")
}

/// Reads a parlparse file, whichever of three it is:
/// - `all-members` XML (and the Scottish Parliament's `sp-members.xml`, whose `<member_sp>`
///   elements are read the same way): one `<member>` per MP, seat and party spell, with `fromdate`,
///   `todate`, `fromwhy` and `towhy`; each spell keeps its member id
///   ([`RegisterMembership::ident`], scheme `parlparse_member`). The file has no person ids:
///   spells under one name are one person unless they overlap in time (then a second person
///   of that name, the one whose last seat was the same first); a people file groups them
///   properly (see [`Register::directory`]).
/// - `people.xml`: `<person id latestname>` with the `<office id>`s (member ids, lord ids,
///   ministerial offices) that are that person: read into [`Register::directory`].
/// - `ministers.json`: Popolo memberships of ministerial, shadow and committee posts whose
///   `person_id` is a parlparse person id (see [`read_ministers`]).
pub fn read_parlparse(bytes: &[u8]) -> Result<Register, RecordError> {
    use quick_xml::events::Event;
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') {
        return read_ministers(bytes);
    }
    let text = decode(bytes);
    let mut lines = Lines {
        text: &text,
        pos: 0,
        line: 1,
    };
    let mut reader = quick_xml::Reader::from_str(&text);
    let mut rows: Vec<(BTreeMap<String, String>, Option<usize>)> = Vec::new();
    // people.xml: (person id, latest name, office ids, line)
    let mut people: Vec<(String, String, Vec<String>, Option<usize>)> = Vec::new();
    let mut in_person = false;
    let mut saw_root = false;
    loop {
        let pos = reader.buffer_position() as usize;
        match reader.read_event() {
            Err(e) => {
                let at = reader.error_position() as usize;
                return Err(err(lines.at(at), format!("invalid XML: {e}")));
            }
            Ok(Event::Eof) => break,
            Ok(Event::End(e)) => {
                if e.name().as_ref() == b"person" {
                    in_person = false;
                }
            }
            Ok(ev @ (Event::Start(_) | Event::Empty(_))) => {
                saw_root = true;
                let (e, empty) = match &ev {
                    Event::Start(e) => (e, false),
                    Event::Empty(e) => (e, true),
                    _ => continue,
                };
                match e.name().as_ref() {
                    b"member" => {
                        let line = lines.at(pos);
                        rows.push((xml_attrs(e, line)?, line));
                    }
                    // the Scottish Parliament's file (`sp-members.xml`): the element names the body
                    b"member_sp" => {
                        let line = lines.at(pos);
                        let mut a = xml_attrs(e, line)?;
                        a.entry("house".into()).or_insert_with(|| "scotland".into());
                        rows.push((a, line));
                    }
                    b"person" => {
                        let line = lines.at(pos);
                        let a = xml_attrs(e, line)?;
                        let id = a.get("id").map(|s| s.trim()).unwrap_or("");
                        if id.is_empty() {
                            return Err(err(line, "a <person> without an id"));
                        }
                        let name = a.get("latestname").map(|s| s.trim()).unwrap_or("");
                        people.push((id.to_string(), name.to_string(), Vec::new(), line));
                        in_person = !empty;
                    }
                    b"office" if in_person => {
                        let line = lines.at(pos);
                        let a = xml_attrs(e, line)?;
                        if let (Some(id), Some(p)) = (a.get("id"), people.last_mut()) {
                            p.2.push(id.trim().to_string());
                        }
                    }
                    _ => {}
                }
            }
            Ok(_) => {}
        }
    }
    if !saw_root {
        return Err(err(
            None,
            "no XML elements: not a parlparse members or people file",
        ));
    }
    if rows.is_empty() && people.is_empty() {
        return Err(err(
            None,
            "no <member>, <member_sp> or <person> elements: not a parlparse members or people file",
        ));
    }
    let directory = people_directory(&people);
    let mut reg = members(rows, &directory)?;
    reg.directory = directory;
    Ok(reg)
}

/// The people a parlparse people file names, each with every identifier it gives them.
fn people_directory(
    people: &[(String, String, Vec<String>, Option<usize>)],
) -> Vec<RegisterPerson> {
    people
        .iter()
        .map(|(id, name, offices, _)| {
            let mut identifiers = vec![("parlparse".to_string(), id.clone())];
            let mut datadotparl: Vec<String> = Vec::new();
            for o in offices {
                if o.contains("/member/") {
                    identifiers.push(("parlparse_member".into(), o.clone()));
                } else if o.contains("/lord/") {
                    identifiers.push(("parlparse_lord".into(), o.clone()));
                } else if let Some(rest) = o.strip_prefix("uk.parliament.data/Member/") {
                    let n = rest.split('/').next().unwrap_or("");
                    if !n.is_empty() && !datadotparl.iter().any(|d| d == n) {
                        datadotparl.push(n.to_string());
                    }
                }
            }
            identifiers.extend(
                datadotparl
                    .into_iter()
                    .map(|n| ("datadotparl_id".into(), n)),
            );
            RegisterPerson {
                key: parlparse_person_key(id),
                name: name.clone(),
                other_names: Vec::new(),
                identifiers,
            }
        })
        .collect()
}

/// A parlparse reason in the vocabulary of its Commons files: the Scottish file calls a
/// general election `regional_election`.
fn parlparse_reason(why: String) -> String {
    match why.as_str() {
        "regional_election" => "general_election".into(),
        _ => why,
    }
}

/// The members of an all-members file as people and spells: grouped by the file's own
/// people where it has them, else by name.
fn members(
    rows: Vec<(BTreeMap<String, String>, Option<usize>)>,
    directory: &[RegisterPerson],
) -> Result<Register, RecordError> {
    struct Row {
        first: String,
        last: String,
        title: String,
        datadotparl: Option<String>,
        m: RegisterMembership,
    }
    let mut parsed = Vec::new();
    for (a, line) in rows {
        let get = |k: &str| a.get(k).map(String::as_str);
        let first = get("firstname").unwrap_or("").trim().to_string();
        let last = get("lastname").unwrap_or("").trim().to_string();
        if last.is_empty() {
            return Err(err(line, "a <member> without a lastname"));
        }
        let house = match get("house") {
            Some("lords") => "House of Lords",
            Some("scotland") => "Scottish Parliament",
            Some("wales") | Some("senedd") => "Senedd",
            Some("ni") => "Northern Ireland Assembly",
            _ => "House of Commons",
        };
        let party = nonempty(get("party")).map(|p| canonical_org(&p));
        let id = get("id").unwrap_or("").trim().to_string();
        parsed.push(Row {
            title: get("title").unwrap_or("").to_string(),
            datadotparl: nonempty(get("datadotparl_id")),
            m: RegisterMembership {
                person: String::new(),
                kind: MembershipKind::Seat,
                org: house.to_string(),
                post: nonempty(get("constituency")),
                role: None,
                on_behalf_of: party,
                from: None,
                start: date(get("fromdate"), line)?,
                // parlparse writes 9999-12-31 for "still in office"
                end: date(get("todate"), line)?.filter(|d| d.year < 9999),
                start_reason: nonempty(get("fromwhy")).map(parlparse_reason),
                end_reason: nonempty(get("towhy")).map(parlparse_reason),
                ident: (!id.is_empty()).then(|| ("parlparse_member".to_string(), id)),
                line,
            },
            first,
            last,
        });
    }
    // the file's own people, by member id
    let owner: HashMap<&str, &RegisterPerson> = directory
        .iter()
        .flat_map(|p| {
            p.identifiers
                .iter()
                .filter(|(s, _)| s == "parlparse_member")
                .map(move |(_, id)| (id.as_str(), p))
        })
        .collect();
    // people by name: spells that do not overlap, a seat kept where it can be
    let mut by_name: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, r) in parsed.iter().enumerate() {
        by_name
            .entry(person_key(&format!("{} {}", r.first, r.last)))
            .or_default()
            .push(i);
    }
    let mut persons: Vec<RegisterPerson> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut ms = Vec::new();
    for (name_key, mut idx) in by_name {
        idx.sort_by_key(|&i| (parsed[i].m.start.map_or(i32::MIN, |d| d.first_day()), i));
        // each person of this name: (key, last day covered, last seat)
        let mut slots: Vec<(String, i32, Option<String>)> = Vec::new();
        for i in idx {
            let r = &parsed[i];
            let lo = r.m.start.map_or(i32::MIN, |d| d.first_day());
            let hi = r.m.end.map_or(i32::MAX, |d| d.last_day());
            let name = format!("{} {}", r.first, r.last).trim().to_string();
            let key = if let Some(p) =
                r.m.ident
                    .as_ref()
                    .and_then(|(_, id)| owner.get(id.as_str()))
            {
                p.key.clone()
            } else {
                let free = |s: &(String, i32, Option<String>)| s.1 < lo;
                let slot = slots
                    .iter()
                    .position(|s| free(s) && s.2 == r.m.post)
                    .or_else(|| slots.iter().position(free));
                match slot {
                    Some(s) => {
                        slots[s].1 = hi;
                        slots[s].2 = r.m.post.clone();
                        slots[s].0.clone()
                    }
                    None => {
                        let n = slots.len() + 1;
                        // the file has no person ids: name and first seat make a key that
                        // stays the same when the same file is read again
                        let slug = name_key.replace(' ', "-");
                        let seat = person_key(r.m.post.as_deref().unwrap_or("")).replace(' ', "-");
                        let key = if n == 1 {
                            format!("parlparse:{slug}@{seat}")
                        } else {
                            format!("parlparse:{slug}@{seat}#{n}")
                        };
                        slots.push((key.clone(), hi, r.m.post.clone()));
                        key
                    }
                }
            };
            let at = *index.entry(key.clone()).or_insert_with(|| {
                persons.push(RegisterPerson {
                    key: key.clone(),
                    name: name.clone(),
                    other_names: Vec::new(),
                    identifiers: Vec::new(),
                });
                persons.len() - 1
            });
            let p = &mut persons[at];
            for n in [
                (!r.title.is_empty()).then(|| format!("{} {name}", r.title)),
                (p.name != name).then(|| name.clone()),
            ]
            .into_iter()
            .flatten()
            {
                if !p.other_names.contains(&n) {
                    p.other_names.push(n);
                }
            }
            if let Some(d) = &r.datadotparl {
                let id = ("datadotparl_id".to_string(), d.clone());
                if !p.identifiers.contains(&id) {
                    p.identifiers.push(id);
                }
            }
            let mut m = r.m.clone();
            m.person = key;
            ms.push(m);
        }
    }
    // the group before a change of party
    infer_from(&mut ms);
    Ok(Register::of(persons, ms))
}

/// `ministers.json` is Popolo: its memberships read as Popolo's (each with an `id`).
#[derive(Deserialize)]
struct Ministers {
    memberships: Vec<PMembership>,
    #[serde(default)]
    organizations: Vec<POrg>,
}

/// Reads parlparse's `ministers.json`: Popolo memberships of ministerial, shadow, whip and
/// committee posts, each an office held in an organisation (`Home Office`, role `Secretary
/// of State`), by a person known only by their parlparse person id (their name comes from a
/// people file). Each spell keeps its office id (scheme `parlparse_moffice`).
pub fn read_ministers(bytes: &[u8]) -> Result<Register, RecordError> {
    let p: Ministers = serde_json::from_slice(bytes)
        .map_err(|e| err(Some(e.line()), format!("invalid ministers JSON: {e}")))?;
    let orgs: HashMap<&str, &str> = p
        .organizations
        .iter()
        .map(|o| (o.id.as_str(), o.name.as_str()))
        .collect();
    let mut persons: Vec<RegisterPerson> = Vec::new();
    let mut seen: HashMap<String, ()> = HashMap::new();
    let mut ms = Vec::new();
    for (i, m) in p.memberships.iter().enumerate() {
        let pid = m.person_id.trim();
        if pid.is_empty() {
            return Err(err(None, format!("memberships[{i}] has no person_id")));
        }
        let org_id = m.organization_id.as_deref().unwrap_or("");
        let org = orgs.get(org_id).ok_or_else(|| {
            err(
                None,
                format!("memberships[{i}] names unknown organization {org_id:?}"),
            )
        })?;
        let key = parlparse_person_key(pid);
        if seen.insert(key.clone(), ()).is_none() {
            persons.push(RegisterPerson {
                key: key.clone(),
                name: String::new(),
                other_names: Vec::new(),
                identifiers: vec![("parlparse".into(), pid.to_string())],
            });
        }
        ms.push(RegisterMembership {
            person: key,
            kind: MembershipKind::Office,
            org: canonical_org(org),
            post: None,
            role: m
                .role
                .as_deref()
                .map(|r| r.trim().trim_start_matches("- ").trim().to_string())
                .filter(|r| !r.is_empty()),
            on_behalf_of: None,
            from: None,
            start: m.start_date,
            end: m.end_date,
            start_reason: None,
            end_reason: None,
            ident: m
                .id
                .clone()
                .filter(|x| !x.is_empty())
                .map(|x| ("parlparse_moffice".to_string(), x)),
            line: None,
        });
    }
    Ok(Register::of(persons, ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parlparse_members_group_into_people() {
        let xml = br#"<?xml version="1.0" encoding="ISO-8859-1"?>
<publicwhip>
<member id="uk.org.publicwhip/member/994" house="commons" title="" firstname="Robert" lastname="Jackson"
    constituency="Wantage" party="Con" fromdate="2001-06-07" todate="2005-01-15" fromwhy="general_election" towhy="changed_party"/>
<member id="uk.org.publicwhip/member/1364" house="commons" title="" firstname="Robert" lastname="Jackson"
    constituency="Wantage" party="Lab" fromdate="2005-01-16" todate="2005-04-11" fromwhy="changed_party" towhy="general_election_not_standing"/>
<member id="uk.org.publicwhip/member/1" house="commons" title="" firstname="Angela" lastname="Smith"
    constituency="Basildon" party="Lab" fromdate="1997-05-01" todate="2010-04-12" fromwhy="general_election" towhy="general_election_not_standing"/>
<member id="uk.org.publicwhip/member/2" house="commons" title="" firstname="Angela" lastname="Smith"
    constituency="Sheffield, Hillsborough" party="Lab" fromdate="2005-05-05" todate="2010-04-12" fromwhy="general_election" towhy="general_election"/>
</publicwhip>"#;
        let r = read_parlparse(xml).unwrap();
        assert_eq!(
            r.persons.len(),
            3,
            "two Angela Smiths: their spells overlap"
        );
        let lab = r
            .memberships
            .iter()
            .find(|m| {
                m.on_behalf_of.as_deref() == Some("Labour Party")
                    && m.post.as_deref() == Some("Wantage")
            })
            .unwrap();
        assert_eq!(lab.from.as_deref(), Some("Conservative Party"));
        assert_eq!(lab.line, Some(5), "the line the element starts on");
        assert_eq!(
            lab.ident,
            Some((
                "parlparse_member".into(),
                "uk.org.publicwhip/member/1364".into()
            ))
        );
        assert_eq!(r.latest_date().unwrap().to_string(), "2010-04-12");
    }

    #[test]
    fn a_people_file_groups_members_and_ministers_name_their_person() {
        let people = br#"<?xml version="1.0" encoding="ISO-8859-1"?>
<publicwhip><person id="uk.org.publicwhip/person/10218" latestname="George Galloway">
    <office id="uk.org.publicwhip/member/218"/>
    <office id="uk.org.publicwhip/member/40690"/>
    <office id="uk.parliament.data/Member/609/Committee/1"/>
</person>
<person id="uk.org.publicwhip/person/1" latestname="Lord Nobody">
    <office id="uk.org.publicwhip/lord/100001" current="yes"/>
</person></publicwhip>"#;
        let r = read_parlparse(people).unwrap();
        assert!(r.persons.is_empty() && r.memberships.is_empty());
        assert_eq!(r.directory.len(), 2);
        let g = &r.directory[0];
        assert_eq!(g.key, "parlparse:uk.org.publicwhip/person/10218");
        for id in [
            ("parlparse_member", "uk.org.publicwhip/member/40690"),
            ("datadotparl_id", "609"),
            ("parlparse", "uk.org.publicwhip/person/10218"),
        ] {
            assert!(
                g.identifiers.contains(&(id.0.into(), id.1.into())),
                "{id:?}"
            );
        }
        let ministers = br#"{"memberships": [
            {"id": "uk.org.publicwhip/moffice/1144", "organization_id": "home-office",
             "person_id": "uk.org.publicwhip/person/10113", "role": "Secretary of State",
             "start_date": "2004-12-16", "end_date": "2006-05-08"}],
          "organizations": [{"id": "home-office", "name": "Home Office"}]}"#;
        let r = read_parlparse(ministers).unwrap();
        assert_eq!(r.persons[0].key, "parlparse:uk.org.publicwhip/person/10113");
        let m = &r.memberships[0];
        assert_eq!(
            (m.kind, m.org.as_str(), m.role.as_deref()),
            (
                MembershipKind::Office,
                "Home Office",
                Some("Secretary of State")
            )
        );
        assert_eq!(m.ident.as_ref().unwrap().0, "parlparse_moffice");
        let e = read_parlparse(
            b"{\"memberships\": [{\"person_id\": \"p\", \"organization_id\": \"x\"}]}",
        )
        .unwrap_err();
        assert!(e.message.contains("unknown organization"), "{e}");
    }
}
