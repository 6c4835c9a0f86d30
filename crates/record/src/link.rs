//! Linking a name written in an article to one person of the register.
//!
//! Main types: [`Linker`] (built once from the register's people with [`LinkerBuilder`]),
//! [`Context`] (what the article says about the person: parties, seat) and [`Link`] (the
//! answer). The order is: the exact name or a recorded alias; then the surname with
//! context (a party or seat that fits); then a fuzzy match (edit distance ≤ 2 over the name
//! index, an `fst` map searched with a Levenshtein automaton); then people first met in
//! earlier articles. Two plausible candidates give [`Link::Ambiguous`]: never a guess.
//!
//! ```
//! use floorcross_record::link::{Context, Link, LinkerBuilder, How, RegisterPerson};
//! let mut b = LinkerBuilder::default();
//! b.add(RegisterPerson { id: 7, names: vec!["Sarah Wollaston".into()],
//!                        orgs: vec!["Conservative Party".into()], posts: vec!["Totnes".into()],
//!                        active: vec![] });
//! let linker = b.build();
//! assert_eq!(linker.link("Sarah Woolaston", &Context::default()), Link::Person { id: 7, how: How::Fuzzy });
//! assert_eq!(linker.link("Dr Wollaston", &Context { orgs: vec!["Conservative Party".into()], post: None, on: None }),
//!            Link::Person { id: 7, how: How::Surname });
//! ```

use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, RwLock};

use fst::{IntoStreamer, Streamer};

use crate::names::{edit_distance, given_names_fit, person_key, surname};

/// One register person as the linker sees them: every name they are recorded under, and
/// the parties and seats the register gives them (for context).
#[derive(Clone, Debug, Default)]
pub struct RegisterPerson {
    pub id: i64,
    pub names: Vec<String>,
    /// Canonical party and organisation names.
    pub orgs: Vec<String>,
    /// Seats and posts (constituency names).
    pub posts: Vec<String>,
    /// The days (first, last; day numbers, `i32::MIN`/`i32::MAX` when open) of the
    /// register's spells for them.
    pub active: Vec<(i32, i32)>,
}

/// What the article says about the person beside their name.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// Canonical names of the parties or groups the claim involves.
    pub orgs: Vec<String>,
    /// The seat or post the claim names.
    pub post: Option<String>,
    /// The day the article speaks of (its date), as a day number.
    pub on: Option<i32>,
}

/// How a link was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum How {
    /// The exact name or a recorded alias.
    Exact,
    /// The surname, with a party or seat that fits.
    Surname,
    /// Within edit distance 2 of a recorded name.
    Fuzzy,
    /// A person first met in an earlier article (not in any register).
    Known,
}

impl How {
    pub fn as_str(self) -> &'static str {
        match self {
            How::Exact => "exact",
            How::Surname => "surname",
            How::Fuzzy => "fuzzy",
            How::Known => "known",
        }
    }
}

/// The linker's answer for one name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Link {
    Person {
        id: i64,
        how: How,
    },
    /// More than one plausible person: left unlinked.
    Ambiguous(Vec<i64>),
    /// Nobody fits: a new person.
    Unknown,
}

/// Collects register people and builds a [`Linker`].
#[derive(Default)]
pub struct LinkerBuilder {
    people: Vec<RegisterPerson>,
    known: HashMap<String, i64>,
}

impl LinkerBuilder {
    pub fn add(&mut self, person: RegisterPerson) {
        self.people.push(person);
    }

    /// A person met in an earlier article: found only by the exact name.
    pub fn add_known(&mut self, name_key: String, id: i64) {
        self.known.insert(name_key, id);
    }

    pub fn build(self) -> Linker {
        let mut by_key: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut surnames: HashMap<String, Vec<usize>> = HashMap::new();
        let name_keys: Vec<Vec<String>> = self
            .people
            .iter()
            .map(|p| p.names.iter().map(|n| person_key(n)).collect())
            .collect();
        for (i, keys) in name_keys.iter().enumerate() {
            for k in keys {
                if k.is_empty() {
                    continue;
                }
                let e = by_key.entry(k.clone()).or_default();
                if !e.contains(&i) {
                    e.push(i);
                }
                let s = surnames.entry(surname(k).to_string()).or_default();
                if !s.contains(&i) {
                    s.push(i);
                }
            }
        }
        let mut keys = Vec::with_capacity(by_key.len());
        let mut owners = Vec::with_capacity(by_key.len());
        for (k, v) in by_key {
            keys.push(k);
            owners.push(v);
        }
        let fst = fst::Map::from_iter(keys.iter().enumerate().map(|(i, k)| (k.as_str(), i as u64)))
            .expect("keys are sorted and unique");
        let exact = keys.iter().cloned().zip(0..).collect();
        Linker {
            people: self.people,
            name_keys,
            keys,
            owners,
            exact,
            surnames,
            fst,
            known: RwLock::new(self.known),
            fuzzy_cache: Mutex::new(HashMap::new()),
        }
    }
}

/// The name index over a register, ready to link names. It is `Sync`: the register part
/// ([`Linker::link_register`]) can run on many threads while one writer records the people
/// it meets ([`Linker::remember`]).
pub struct Linker {
    people: Vec<RegisterPerson>,
    /// The name keys of each person's names, in `people` order.
    name_keys: Vec<Vec<String>>,
    keys: Vec<String>,
    owners: Vec<Vec<usize>>,
    exact: HashMap<String, usize>,
    surnames: HashMap<String, Vec<usize>>,
    fst: fst::Map<Vec<u8>>,
    known: RwLock<HashMap<String, i64>>,
    /// Fuzzy candidates by name key: building a Levenshtein automaton costs far more than a
    /// lookup, and news repeats names.
    fuzzy_cache: Mutex<HashMap<String, Vec<usize>>>,
}

impl Linker {
    /// The number of register people indexed.
    pub fn len(&self) -> usize {
        self.people.len()
    }

    pub fn is_empty(&self) -> bool {
        self.people.is_empty()
    }

    /// Records a person first met in an article, so later mentions of the same name find them.
    pub fn remember(&self, name_key: String, id: i64) {
        self.known
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .insert(name_key, id);
    }

    /// The person first met in an article under this name key, if any.
    pub fn known(&self, name_key: &str) -> Option<i64> {
        self.known
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(name_key)
            .copied()
    }

    /// How well a candidate fits the context: 4 for the seat, 2 for a party, 1 for being in
    /// the register around the article's date (a year either side); 0 for nothing.
    fn fit(&self, i: usize, ctx: &Context) -> u8 {
        let p = &self.people[i];
        let seat = ctx
            .post
            .as_ref()
            .is_some_and(|post| p.posts.iter().any(|pp| pp.eq_ignore_ascii_case(post)));
        let party = ctx.orgs.iter().any(|o| p.orgs.iter().any(|po| po == o));
        // a spell still open in an old register is taken to last one parliament (five years)
        let active = ctx.on.is_some_and(|d| {
            p.active.iter().any(|&(lo, hi)| {
                let hi = if hi == i32::MAX && lo != i32::MIN {
                    lo.saturating_add(5 * 366)
                } else {
                    hi
                };
                lo.saturating_sub(366) <= d && d <= hi.saturating_add(366)
            })
        });
        4 * u8::from(seat) + 2 * u8::from(party) + u8::from(active)
    }

    /// A party or seat that fits (what the surname step needs).
    fn fits(&self, i: usize, ctx: &Context) -> bool {
        self.fit(i, ctx) >= 2
    }

    /// One person, several only if context cannot tell them apart, or none.
    fn choose(&self, cands: &[usize], ctx: &Context, how: How) -> Option<Link> {
        let mut ids: Vec<i64> = cands.iter().map(|&i| self.people[i].id).collect();
        ids.sort_unstable();
        ids.dedup();
        match ids.len() {
            0 => None,
            1 => Some(Link::Person { id: ids[0], how }),
            _ => {
                let best = cands.iter().map(|&i| self.fit(i, ctx)).max().unwrap_or(0);
                let mut fit: Vec<i64> = cands
                    .iter()
                    .filter(|&&i| best > 0 && self.fit(i, ctx) == best)
                    .map(|&i| self.people[i].id)
                    .collect();
                fit.sort_unstable();
                fit.dedup();
                if fit.len() == 1 {
                    Some(Link::Person { id: fit[0], how })
                } else {
                    Some(Link::Ambiguous(ids))
                }
            }
        }
    }

    /// Links one name, as written, in its context.
    pub fn link(&self, name: &str, ctx: &Context) -> Link {
        let key = person_key(name);
        if key.is_empty() {
            return Link::Unknown;
        }
        if let Some(l) = self.link_register(&key, ctx) {
            return l;
        }
        // 4. someone met before in an article
        match self.known(&key) {
            Some(id) => Link::Person {
                id,
                how: How::Known,
            },
            None => Link::Unknown,
        }
    }

    /// The register steps of [`Linker::link`] for a name key ([`person_key`], not empty):
    /// `None` when no register person fits, and only then do people met in articles count.
    /// It reads nothing [`Linker::remember`] writes, so it can run before (and apart from)
    /// the writer that remembers.
    pub fn link_register(&self, key: &str, ctx: &Context) -> Option<Link> {
        // 1. the exact name or an alias
        if let Some(&k) = self.exact.get(key) {
            if let Some(l) = self.choose(&self.owners[k], ctx, How::Exact) {
                return Some(l);
            }
        }
        // 2. the surname, with context that fits
        let sur = surname(key);
        let given = key.split(' ').next().unwrap_or("");
        let single = !key.contains(' ');
        if let Some(cands) = self.surnames.get(sur) {
            let fitting: Vec<usize> = cands
                .iter()
                .copied()
                .filter(|&i| self.fits(i, ctx))
                .filter(|&i| {
                    single
                        || self.name_keys[i].iter().any(|nk| {
                            surname(nk) == sur
                                && given_names_fit(nk.split(' ').next().unwrap_or(""), given)
                        })
                })
                .collect();
            if let Some(l) = self.choose_strict(&fitting, How::Surname) {
                return Some(l);
            }
        }
        // 3. fuzzy: the given name as written and a close surname, or the surname as written
        if !single && key.chars().count() >= 6 {
            if let Some(l) = self.fuzzy(key, given, sur, ctx) {
                return Some(l);
            }
        }
        None
    }

    /// Candidates that are all already filtered: one, several, or none.
    fn choose_strict(&self, cands: &[usize], how: How) -> Option<Link> {
        let mut ids: Vec<i64> = cands.iter().map(|&i| self.people[i].id).collect();
        ids.sort_unstable();
        ids.dedup();
        match ids.len() {
            0 => None,
            1 => Some(Link::Person { id: ids[0], how }),
            _ => Some(Link::Ambiguous(ids)),
        }
    }

    fn fuzzy(&self, key: &str, given: &str, sur: &str, ctx: &Context) -> Option<Link> {
        if self.keys.is_empty() {
            return None;
        }
        if let Some(cands) = self
            .fuzzy_cache
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(key)
        {
            return self.choose(cands, ctx, How::Fuzzy);
        }
        let max = if key.chars().count() >= 10 { 2 } else { 1 };
        let mut cands = Vec::new();
        if let Ok(lev) = fst::automaton::Levenshtein::new(key, max) {
            let mut stream = self.fst.search(lev).into_stream();
            while let Some((k, v)) = stream.next() {
                let k = std::str::from_utf8(k).unwrap_or("");
                let (kg, ks) = (k.split(' ').next().unwrap_or(""), surname(k));
                let plausible = kg == given
                    || (ks == sur
                        && edit_distance(kg, given) <= 1
                        && kg.len() >= 5
                        && given.len() >= 5);
                if plausible {
                    cands.extend(self.owners[v as usize].iter().copied());
                }
            }
        }
        let link = self.choose(&cands, ctx, How::Fuzzy);
        self.fuzzy_cache
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key.to_string(), cands);
        link
    }

    /// For a search box, forgiving spelling: the people [`Linker::search`] finds (distance
    /// 0), then those whose name is within two edits of the query (one for a short query),
    /// or, for a one-word query, whose surname is ("Woolaston" finds Sarah Wollaston). Each
    /// with its distance, closest first.
    pub fn search_fuzzy(&self, query: &str) -> Vec<(i64, usize)> {
        let q = person_key(query);
        if q.is_empty() {
            return Vec::new();
        }
        let len = q.chars().count();
        let max = match len {
            0..=3 => 0,
            4..=7 => 1,
            _ => 2,
        };
        let mut found: Vec<(usize, i64)> =
            self.search(query).into_iter().map(|id| (0, id)).collect();
        if max > 0 {
            if let Ok(lev) = fst::automaton::Levenshtein::new(&q, max) {
                let mut stream = self.fst.search(lev).into_stream();
                while let Some((k, v)) = stream.next() {
                    let d = edit_distance(std::str::from_utf8(k).unwrap_or(""), &q);
                    found.extend(
                        self.owners[v as usize]
                            .iter()
                            .map(|&i| (d, self.people[i].id)),
                    );
                }
            }
            // the query against the same number of words at the end of each name: a
            // surname alone, or a double-barrelled one, spelt a little differently
            let words = q.split(' ').count();
            for (k, owners) in self.keys.iter().zip(&self.owners) {
                let tail = match k.rmatch_indices(' ').nth(words - 1) {
                    Some((i, _)) => &k[i + 1..],
                    None => k.as_str(),
                };
                let d = edit_distance(tail, &q);
                if d <= max as usize {
                    found.extend(owners.iter().map(|&i| (d, self.people[i].id)));
                }
            }
        }
        found.sort_unstable();
        let mut seen = std::collections::HashSet::new();
        found
            .into_iter()
            .filter(|(_, id)| seen.insert(*id))
            .map(|(d, id)| (id, d))
            .collect()
    }

    /// All register people whose name or alias key contains `query`'s key, or has its
    /// surname and a given name that fits ("Ed Balls" finds Edward Balls; for `who`).
    pub fn search(&self, query: &str) -> Vec<i64> {
        let q = person_key(query);
        let (q_given, q_sur) = (q.split(' ').next().unwrap_or(""), surname(&q));
        // "Ed Balls" finds Edward Balls: the surname, and a given name that fits
        let fits = |k: &str| {
            q.contains(' ')
                && surname(k) == q_sur
                && given_names_fit(k.split(' ').next().unwrap_or(""), q_given)
        };
        let mut ids: Vec<i64> = self
            .keys
            .iter()
            .zip(&self.owners)
            .filter(|(k, _)| k.contains(&q) || fits(k))
            .flat_map(|(_, o)| o.iter().map(|&i| self.people[i].id))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(id: i64, name: &str, org: &str, post: &str) -> RegisterPerson {
        RegisterPerson {
            id,
            names: vec![name.into()],
            orgs: vec![org.into()],
            posts: vec![post.into()],
            active: Vec::new(),
        }
    }

    #[test]
    fn a_search_box_forgives_spelling() {
        let l = linker();
        assert_eq!(l.search_fuzzy("Woolaston").first(), Some(&(1, 1)));
        assert_eq!(l.search_fuzzy("Sarah Woolaston").first(), Some(&(1, 1)));
        assert_eq!(l.search_fuzzy("Wollaston").first(), Some(&(1, 0)));
        assert!(l.search_fuzzy("Qwertyuiop").is_empty());
        // two words at the end of a name
        assert_eq!(l.search_fuzzy("Heidi Alen").first(), Some(&(6, 1)));
        assert!(l.search_fuzzy("").is_empty());
    }

    fn linker() -> Linker {
        let mut b = LinkerBuilder::default();
        b.add(person(1, "Sarah Wollaston", "Conservative Party", "Totnes"));
        b.add(person(
            2,
            "Angela Smith",
            "Labour Party",
            "Penistone and Stocksbridge",
        ));
        b.add(person(3, "Angela Smith", "Labour Party", "Basildon"));
        b.add(person(
            4,
            "Christopher Leslie",
            "Labour Party",
            "Nottingham East",
        ));
        b.add(person(5, "John Smith", "Labour Party", "Monklands East"));
        b.add(person(
            6,
            "Heidi Allen",
            "Conservative Party",
            "South Cambridgeshire",
        ));
        b.add(person(
            7,
            "Graham Allen",
            "Labour Party",
            "Nottingham North",
        ));
        b.build()
    }

    fn ctx(org: &str, post: Option<&str>) -> Context {
        Context {
            orgs: vec![org.into()],
            post: post.map(String::from),
            on: None,
        }
    }

    #[test]
    fn table() {
        let l = linker();
        let none = Context::default();
        let cases: Vec<(&str, Context, Link)> = vec![
            (
                "Sarah Wollaston",
                none.clone(),
                Link::Person {
                    id: 1,
                    how: How::Exact,
                },
            ),
            (
                "Sarah Woolaston",
                none.clone(),
                Link::Person {
                    id: 1,
                    how: How::Fuzzy,
                },
            ),
            ("Angela Smith", none.clone(), Link::Ambiguous(vec![2, 3])),
            (
                "Angela Smith",
                ctx("Labour Party", Some("Basildon")),
                Link::Person {
                    id: 3,
                    how: How::Exact,
                },
            ),
            (
                "Chris Leslie",
                ctx("Labour Party", None),
                Link::Person {
                    id: 4,
                    how: How::Surname,
                },
            ),
            ("Joan Smith", none.clone(), Link::Unknown),
            (
                "Mrs Allen",
                ctx("Conservative Party", None),
                Link::Person {
                    id: 6,
                    how: How::Surname,
                },
            ),
            ("Mrs Allen", none.clone(), Link::Unknown),
            ("Allen", ctx("Green Party", None), Link::Unknown),
            ("Nobody Atall", none, Link::Unknown),
        ];
        for (name, c, want) in cases {
            assert_eq!(l.link(name, &c), want, "{name} {c:?}");
        }
    }

    #[test]
    fn the_article_s_date_tells_namesakes_apart() {
        let mut b = LinkerBuilder::default();
        let day = |y| crate::date::PartialDate::ymd(y, 1, 1).first_day();
        let mut old = person(1, "Angela Smith", "Labour Party", "Basildon");
        old.active = vec![(day(1997), day(2010))];
        let mut new = person(
            2,
            "Angela Smith",
            "Labour Party",
            "Penistone and Stocksbridge",
        );
        new.active = vec![(day(2010), day(2019))];
        b.add(old);
        b.add(new);
        let l = b.build();
        let mut c = ctx("Labour Party", None);
        c.on = Some(day(2019) + 40);
        assert_eq!(
            l.link("Angela Smith", &c),
            Link::Person {
                id: 2,
                how: How::Exact
            }
        );
        c.on = Some(day(2010));
        assert_eq!(
            l.link("Angela Smith", &c),
            Link::Ambiguous(vec![1, 2]),
            "both sat then"
        );
    }

    #[test]
    fn remembered_people_are_found_by_exact_name_only() {
        let l = linker();
        l.remember("amrit sandhu".into(), 99);
        assert_eq!(
            l.link("Amrit Sandhu", &Context::default()),
            Link::Person {
                id: 99,
                how: How::Known
            }
        );
        assert_eq!(l.link("Amrit Sandu", &Context::default()), Link::Unknown);
    }
}
