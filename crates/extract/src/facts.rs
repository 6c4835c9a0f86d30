//! Facts: standing states a text reports in passing — party membership ("Labour's Thangam
//! Debbonaire", "Tory MP Anna Soubry") and holding a role or post ("South Cambridgeshire MP
//! Heidi Allen", "BBC Newsnight's political editor Nicholas Watt").
//!
//! Each person mention is read with the modifiers right before it and an apposition right
//! after it (", the Labour MP for Wantage,").

use floorcross_mention::{RoleKind, Tag};
use floorcross_model::{FactStatus, FactType, Span};

use crate::doc::Analysed;

/// A fact before it is given its output form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawFact {
    pub kind: FactType,
    pub person: usize,
    pub role: Option<String>,
    pub post: Option<String>,
    pub org: Option<String>,
    pub status: FactStatus,
    pub sentence: usize,
}

/// Singular form of a role for facts ("MPs" → "MP").
fn singular(role: &str) -> String {
    match role {
        "MPs" => "MP".into(),
        "MEPs" => "MEP".into(),
        "MSPs" => "MSP".into(),
        "councillors" => "councillor".into(),
        "candidates" => "candidate".into(),
        other => other.to_string(),
    }
}

/// Reads the modifiers of the pre-name phrase ending at token `end` (exclusive), right to
/// left: role, post or organisation, party, and "former".
struct Modifiers {
    party: Option<String>,
    role: Option<(String, RoleKind)>,
    post: Option<String>,
    org: Option<String>,
    former: bool,
    /// A bare place before a council role ("St Albans district councillor").
    place: Option<String>,
}

fn modifiers(a: &Analysed, start_limit: usize, end: usize) -> Modifiers {
    let mut md = Modifiers {
        party: None,
        role: None,
        post: None,
        org: None,
        former: false,
        place: None,
    };
    let mut k = end;
    let mut steps = 0;
    while k > start_limit && steps < 10 {
        steps += 1;
        let j = k - 1;
        match a.tag(j) {
            Tag::Role(r) => {
                let r = &a.m.roles[r as usize];
                if md.role.is_none() {
                    md.role = Some((singular(r.role), r.kind));
                }
                // "Ex-Home Secretary": the prefix is glued to the role's first word
                md.former |= a.w(r.tokens.start).starts_with("ex-");
                k = r.tokens.start;
                continue;
            }
            Tag::Party(p) => {
                let p = &a.m.parties[p as usize];
                md.party.get_or_insert_with(|| p.party.clone());
                k = p.tokens.start;
                continue;
            }
            Tag::Post(p) => {
                let p = &a.m.posts[p as usize];
                md.post.get_or_insert_with(|| p.name.clone());
                k = p.tokens.start;
                continue;
            }
            Tag::Org(o) => {
                let o = &a.m.orgs[o as usize];
                md.org.get_or_insert_with(|| o.name.clone());
                k = o.tokens.start;
                continue;
            }
            Tag::Person(_) => break,
            Tag::None => {}
        }
        let w = a.w(j);
        if a.is_possessive(j) {
            k = j;
            continue;
        }
        match w {
            "former" | "ex" | "-" => {
                md.former |= w != "-";
                k = j;
                continue;
            }
            "fellow" | "veteran" | "senior" | "the" | "rebel" | "backbench" | "local"
            | "district" | "county" | "city" | "borough" | "town" | "new" | "newly" | "elected"
            | "sitting" => {
                k = j;
                continue;
            }
            _ => {}
        }
        // A capitalised place before a council role: "St Albans district councillor".
        if md
            .role
            .as_ref()
            .is_some_and(|(r, _)| r.contains("councillor"))
            && md.place.is_none()
        {
            let mut s = j + 1;
            while s > start_limit
                && a.seg.tokens[s - 1].is_capitalised(a.text)
                && a.tag(s - 1) == Tag::None
            {
                s -= 1;
            }
            if s <= j {
                let span = Span::new(a.seg.tokens[s].start, a.seg.tokens[j].end);
                let raw = span.slice(a.text);
                if raw.split_whitespace().any(|w| w == "Former") {
                    md.former = true;
                }
                let words: Vec<&str> = raw
                    .split_whitespace()
                    .filter(|w| !matches!(*w, "Former" | "The" | "Ex"))
                    .collect();
                if !words.is_empty() {
                    md.place = Some(words.join(" "));
                }
                k = s;
                continue;
            }
        }
        break;
    }
    // "Former" capitalised at the start of the phrase
    if k > start_limit && a.w(k - 1) == "former" {
        md.former = true;
    }
    md
}

pub fn find_facts(a: &Analysed) -> Vec<RawFact> {
    let mut out: Vec<RawFact> = Vec::new();
    for pm in &a.m.person_mentions {
        if pm.credit {
            continue;
        }
        let si = a.sentence_of(pm.tokens.start);
        let s = &a.seg.sentences[si];
        let md = modifiers(a, s.tokens.start, pm.tokens.start);
        push_facts(&mut out, pm.person, si, &md);
        // the description before, set off by a comma: "The sitting Tory MP, Graham Lowry,"
        if pm.tokens.start > s.tokens.start && a.w(pm.tokens.start - 1) == "," {
            let md = modifiers(a, s.tokens.start, pm.tokens.start - 1);
            let described = md.role.is_some() || md.party.is_some();
            let starts_np = (s.tokens.start..pm.tokens.start - 1)
                .rev()
                .take(7)
                .any(|j| matches!(a.w(j), "the" | "a" | "its" | "their" | "his" | "her"))
                || a.is_possessive(pm.tokens.start.saturating_sub(3));
            if described && starts_np {
                push_facts(&mut out, pm.person, si, &md);
            }
        }
        // a predicate: "Tom Ashby was a Labour MP for twenty years", "Ann Cole is the Green
        // councillor for Hale" (a past copula says the membership is over)
        // ("Tom Ashby, who has died aged 84, was a Labour MP": past an apposition or a
        // relative clause closed by a comma)
        let copula = if a.w(pm.tokens.end) == "," {
            (pm.tokens.end + 1..(pm.tokens.end + 16).min(s.tokens.end))
                .take_while(|&j| a.person_at(j).is_none() && !matches!(a.w(j), "." | ";"))
                .find(|&j| a.w(j) == ",")
                .map_or(pm.tokens.end, |j| j + 1)
        } else {
            pm.tokens.end
        };
        let past = match (a.w(copula), a.w(copula + 1)) {
            ("was" | "had", _) => Some(true),
            ("is" | "has", _) => Some(false),
            _ => None,
        };
        let article = match a.w(copula) {
            "had" | "has" if a.w(copula + 1) == "been" => copula + 2,
            "had" | "has" => usize::MAX,
            _ => copula + 1,
        };
        if let Some(past) =
            past.filter(|_| article < s.tokens.end && matches!(a.w(article), "a" | "an" | "the"))
        {
            let k = article + 1;
            let mut e = k;
            while e < s.tokens.end
                && e < k + 6
                && !matches!(
                    a.w(e),
                    "," | "." | ";" | "who" | "whose" | "and" | "of" | "but"
                )
                && a.person_at(e).is_none()
            {
                e += 1;
            }
            let role_at = (k..e).find(|&j| matches!(a.tag(j), Tag::Role(_)));
            let party = (k..e).find_map(|j| a.m.party_at(j).map(|p| p.party.clone()));
            if let (Some(r), Some(party)) = (role_at.and_then(|j| a.m.role_at(j)), party) {
                let md = Modifiers {
                    party: Some(party),
                    role: Some((singular(r.role), r.kind)),
                    post: (k..e).find_map(|j| a.m.post_at(j).map(|p| p.name.clone())),
                    org: None,
                    former: past
                        || (k..e).any(|j| {
                            matches!(a.w(j), "former" | "ex") || a.w(j).starts_with("ex-")
                        }),
                    place: None,
                };
                push_facts(&mut out, pm.person, si, &md);
            }
        }
        // "Ken Dobbs now sits with the Conservatives", "sits as a Liberal Democrat", "sits on
        // the Labour benches": where the person sits now is their party
        let mut k = pm.tokens.end;
        if a.w(k) == "now" {
            k += 1;
        }
        if a.w(k) == "sits" && matches!(a.w(k + 1), "with" | "as" | "on" | "alongside") {
            let party = (k + 2..(k + 5).min(s.tokens.end)).find_map(|j| a.m.party_at(j));
            if let Some(p) = party.filter(|p| p.party != "Independent") {
                let md = Modifiers {
                    party: Some(p.party.clone()),
                    role: None,
                    post: None,
                    org: None,
                    former: false,
                    place: None,
                };
                push_facts(&mut out, pm.person, si, &md);
            }
        }
        // apposition: "Robert Jackson, 58, the Labour MP for Wantage,"
        let mut k = pm.tokens.end;
        if a.w(k) == "," {
            k += 1;
            if a.seg
                .tokens
                .get(k)
                .is_some_and(|t| t.kind == floorcross_text::TokenKind::Number)
                && a.w(k + 1) == ","
            {
                k += 2;
            }
            let mut e = k;
            // (a "whose" clause or another name describes someone else: "Ann Cole, whose
            // father Paul Tandy was a Labour MP,")
            while e < s.tokens.end
                && e < k + 10
                && !matches!(a.w(e), "," | "." | ";" | "who" | "whose" | "said")
                && a.person_at(e).is_none()
            {
                e += 1;
            }
            // "Ms Robinson, a friend of the Tory leader": a head noun that is no role makes
            // the role after "of" someone else's ("leader of the Liberal Democrats" is fine)
            if let Some(of) = (k..e).find(|&j| a.w(j) == "of") {
                if !(k..of).any(|j| matches!(a.tag(j), Tag::Role(_))) {
                    e = k;
                }
            }
            if e > k && (k..e).any(|j| matches!(a.tag(j), Tag::Role(_))) {
                // the description reads left to right: "the former Labour MP for Wantage"
                let role_at = (k..e).find(|&j| matches!(a.tag(j), Tag::Role(_)));
                let md2 = Modifiers {
                    party: (k..e).find_map(|j| a.m.party_at(j).map(|p| p.party.clone())),
                    role: role_at
                        .and_then(|j| a.m.role_at(j))
                        .map(|r| (singular(r.role), r.kind)),
                    post: (k..e).find_map(|j| a.m.post_at(j).map(|p| p.name.clone())),
                    org: (k..e).find_map(|j| match a.tag(j) {
                        Tag::Org(o) => Some(a.m.orgs[o as usize].name.clone()),
                        _ => None,
                    }),
                    former: (k..e)
                        .any(|j| matches!(a.w(j), "former" | "ex") || a.w(j).starts_with("ex-")),
                    place: None,
                };
                push_facts(&mut out, pm.person, si, &md2);
            }
        }
    }
    // The same fact from several mentions is reported once.
    let mut seen = std::collections::HashSet::new();
    out.retain(|f| {
        seen.insert((
            f.kind,
            f.person,
            f.role.clone(),
            f.org.clone(),
            f.post.clone(),
            f.status,
        ))
    });
    out
}

fn push_facts(out: &mut Vec<RawFact>, person: usize, sentence: usize, md: &Modifiers) {
    let status = if md.former {
        FactStatus::Former
    } else {
        FactStatus::Current
    };
    if let Some(party) = &md.party {
        if party != "Independent" || md.role.is_some() {
            out.push(RawFact {
                kind: FactType::Member,
                person,
                role: None,
                post: None,
                org: Some(party.clone()),
                status,
                sentence,
            });
        }
    }
    if let Some((role, _)) = &md.role {
        let org = match (&md.place, role.as_str()) {
            (Some(place), r) if r.contains("councillor") => {
                let body = if r.starts_with("district") {
                    "District Council"
                } else {
                    "Council"
                };
                Some(format!("{place} {body}"))
            }
            _ => md.org.clone(),
        };
        out.push(RawFact {
            kind: FactType::Holds,
            person,
            role: Some(role.clone()),
            post: md.post.clone(),
            org,
            status,
            sentence,
        });
    }
}
