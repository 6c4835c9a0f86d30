//! Whether two register people are one person, when no register says so.
//!
//! A shared identifier (a parlparse person id, an EveryPolitician id, a Wikidata item, a
//! data.parliament id) makes one person; two different identifiers of one scheme make two.
//! Without identifiers, the same name is never enough: the two must hold a membership of the
//! same body on overlapping days with a compatible seat ([`Verdict::Same`]). The same body on
//! overlapping days with different seats is two people (nobody holds two Commons seats at
//! once). Anything else is [`Verdict::Uncertain`]: two people, and an `ambiguous-identity`
//! diagnostic.
//!
//! ```
//! use floorcross_record::identity::{compare, Facts, Spell, Verdict};
//! let spell = |post: &str, lo, hi| Spell { body: "House of Commons".into(), post: Some(post.into()), lo, hi };
//! let a = Facts { identifiers: vec![], spells: vec![spell("Streatham", 100, 200)] };
//! let b = Facts { identifiers: vec![], spells: vec![spell("Streatham", 150, 300)] };
//! let c = Facts { identifiers: vec![], spells: vec![spell("Streatham", 400, 500)] };
//! assert_eq!(compare(&a, &b), Verdict::Same);
//! assert_eq!(compare(&a, &c), Verdict::Uncertain);
//! ```

use crate::names::person_key;

/// Identifier schemes that name one person each (two values of one scheme are two people).
pub const PERSON_SCHEMES: &[&str] = &["parlparse", "everypolitician", "wikidata", "datadotparl_id"];

/// A spell of membership of a body, as days (`i32::MIN`/`i32::MAX` when open).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spell {
    pub body: String,
    pub post: Option<String>,
    pub lo: i32,
    pub hi: i32,
}

/// What the registers say about one person: identifiers and spells in bodies.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    pub identifiers: Vec<(String, String)>,
    pub spells: Vec<Spell>,
}

/// The answer of [`compare`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Same,
    Different,
    Uncertain,
}

/// A seat's matching key: case, accents, punctuation and `&`/`and` folded
/// ("Hackney North &amp; Stoke Newington" and "Hackney North and Stoke Newington" agree).
pub fn seat_key(post: &str) -> String {
    person_key(&post.replace('&', " and "))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether two people of the same name are one person (see the module notes).
pub fn compare(a: &Facts, b: &Facts) -> Verdict {
    let strong = |f: &Facts| -> Vec<(String, String)> {
        f.identifiers
            .iter()
            .filter(|(s, _)| PERSON_SCHEMES.contains(&s.as_str()))
            .cloned()
            .collect()
    };
    let (ia, ib) = (strong(a), strong(b));
    if ia.iter().any(|x| ib.contains(x)) {
        return Verdict::Same;
    }
    if ia.iter().any(|(s, _)| ib.iter().any(|(t, _)| s == t)) {
        return Verdict::Different;
    }
    let mut same = false;
    for x in &a.spells {
        for y in &b.spells {
            if x.body != y.body || x.lo > y.hi || y.lo > x.hi {
                continue;
            }
            match (&x.post, &y.post) {
                (Some(p), Some(q)) if seat_key(p) != seat_key(q) => return Verdict::Different,
                _ => same = true,
            }
        }
    }
    if same {
        Verdict::Same
    } else {
        Verdict::Uncertain
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(ids: &[(&str, &str)], spells: &[(&str, i32, i32)]) -> Facts {
        Facts {
            identifiers: ids
                .iter()
                .map(|(s, i)| (s.to_string(), i.to_string()))
                .collect(),
            spells: spells
                .iter()
                .map(|(p, lo, hi)| Spell {
                    body: "House of Commons".into(),
                    post: Some(p.to_string()),
                    lo: *lo,
                    hi: *hi,
                })
                .collect(),
        }
    }

    #[test]
    fn identifiers_decide_then_overlapping_seats() {
        let a = facts(&[("parlparse", "p/1")], &[("Basildon", 0, 10)]);
        let b = facts(&[("parlparse", "p/1")], &[("Penistone", 0, 10)]);
        assert_eq!(compare(&a, &b), Verdict::Same, "a shared id wins");
        let c = facts(&[("parlparse", "p/2")], &[("Basildon", 0, 10)]);
        assert_eq!(compare(&a, &c), Verdict::Different);
        let d = facts(&[], &[("Penistone", 5, 20)]);
        assert_eq!(compare(&a, &d), Verdict::Different, "two seats at once");
        let e = facts(&[("everypolitician", "x")], &[("basildon", 5, 20)]);
        assert_eq!(compare(&a, &e), Verdict::Same);
        let f = facts(&[], &[("Basildon", 50, 60)]);
        assert_eq!(compare(&a, &f), Verdict::Uncertain, "never by name alone");
        assert_eq!(
            seat_key(
                "Hackney North &amp; Stoke Newington"
                    .replace("&amp;", "&")
                    .as_str()
            ),
            seat_key("Hackney North and Stoke Newington")
        );
    }
}
