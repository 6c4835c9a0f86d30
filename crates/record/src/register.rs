//! Reference registers: who sat where for whom, as a published source records it.
//!
//! Main types: [`Register`] (people and their spells of membership, read from one file),
//! [`RegisterPerson`], [`RegisterMembership`]; errors are [`RecordError`]s (what is wrong,
//! and on which line). Three readers, each pure (bytes in, a register out): [`read_popolo`]
//! (Popolo JSON), [`read_parlparse`] (parlparse's `all-members` XML) and [`read_csv`]
//! (EveryPolitician's term CSV). Party names come out canonical ([`crate::names::canonical_org`]).
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
use crate::names::{canonical_org, is_party, person_key};
use crate::reconcile::MembershipKind;
use crate::RecordError;

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
    Ok(Register {
        persons,
        memberships: ms,
        ..Register::default()
    })
}

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
    Ok(Register {
        persons,
        memberships: ms,
        ..Register::default()
    })
}

#[derive(Deserialize)]
struct Ministers {
    memberships: Vec<MinisterMembership>,
    #[serde(default)]
    organizations: Vec<POrg>,
}

#[derive(Deserialize)]
struct MinisterMembership {
    #[serde(default)]
    id: Option<String>,
    person_id: String,
    organization_id: String,
    #[serde(default)]
    role: Option<String>,
    #[serde(default, deserialize_with = "popolo_date")]
    start_date: Option<PartialDate>,
    #[serde(default, deserialize_with = "popolo_date")]
    end_date: Option<PartialDate>,
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
        let org = orgs.get(m.organization_id.as_str()).ok_or_else(|| {
            err(
                None,
                format!(
                    "memberships[{i}] names unknown organization {:?}",
                    m.organization_id
                ),
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
    Ok(Register {
        persons,
        memberships: ms,
        ..Register::default()
    })
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
    Ok(Register {
        persons,
        memberships: ms,
        ..Register::default()
    })
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
