//! The event trigger rules (`data/triggers.txt`), compiled once into a phrase matcher.
//!
//! Main types: [`Triggers`] (all rules; [`Triggers::get`] builds them on first use),
//! [`Rule`], [`Frame`] and [`Cond`]. A rule says which event type a phrase signals, where
//! the person is relative to it, and what must surround it for it to count.
//!
//! ```
//! use floorcross_extract::triggers::Triggers;
//! let text = "She crossed the floor.";
//! let seg = floorcross_text::segment(text, 0);
//! let (mut rules, len) = Triggers::get().matches_at(text, None, &seg.tokens, 1).next().unwrap();
//! assert_eq!((rules.next().unwrap().kind.as_str(), len), ("defect", 3));
//! ```

use std::collections::HashMap;
use std::sync::OnceLock;

use floorcross_mention::lexicon::PhraseSet;
use floorcross_model::{EventType, Modality};
use floorcross_text::Token;

const TRIGGERS: &str = include_str!("../data/triggers.txt");

/// Where the person of an event stands relative to its trigger.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame {
    /// Before it: "X defected", "X was appointed".
    Subj,
    /// After an active verb: "Blair appointed X" (passive forms fall back to `Subj`).
    Obj,
    /// A noun: "X's resignation", "the resignation of X".
    Noun,
}

/// What must surround a trigger for it to count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cond {
    None,
    /// A party or group follows.
    Party,
    /// An office or role follows.
    Office,
    /// A seat, an election or parliament is near.
    Seat,
    /// Candidacy is near.
    Cand,
    /// The trigger is the infinitive of a count of people ("became the eighth to walk
    /// away"): a departure verb that is a resignation only there.
    Counted,
    /// The trigger's possessive is on a seat, past the seat's name ("held her Glasgow
    /// Southside seat").
    OwnSeat,
    /// The trigger's object is a named place told with its contest's time or margin ("held
    /// Ravensmere in 2010", "kept Alderbrook by 312 votes").
    PlaceContest,
}

/// One line of the trigger table.
#[derive(Clone, Debug)]
pub struct Rule {
    pub kind: EventType,
    pub frame: Frame,
    pub cond: Cond,
    /// The modality the phrase itself carries, if any ("withdrew from the race": denied).
    pub modality: Option<Modality>,
}

/// All trigger rules.
#[derive(Debug)]
pub struct Triggers {
    rules: Vec<Rule>,
    phrases: PhraseSet<Vec<u16>>,
    /// "lost the Tory whip": whip phrases with a party between "the" and "whip", kept apart
    /// so that only sentences about a whip pay for them.
    whip_phrases: PhraseSet<Vec<u16>>,
}

/// Words that may stand between "the" and "whip" in a whip phrase ("stripped of the Tory
/// whip", "had the Labour party whip withdrawn").
const WHIP_QUALIFIERS: &[&str] = &[
    "tory",
    "conservative",
    "conservative party",
    "labour",
    "labour party",
    "lib dem",
    "liberal democrat",
    "snp",
    "ukip",
    "dup",
    "plaid",
    "green",
    "party",
    "parliamentary",
    "commons",
];

/// Auxiliaries a table phrase may open with ("will fight", "was defeated", "had the whip
/// removed").
const AUXILIARIES: &[&str] = &[
    "will", "would", "is", "was", "are", "were", "has", "had", "have",
];

/// Adverbs of time and addition that may stand between a phrase's opening auxiliary and the
/// rest of it ("will also fight", "was later sworn in", "were eventually knocked out"); none
/// of them negates or hedges, so the phrase's reading is unchanged.
const AUX_ADVERBS: &[&str] = &[
    "also",
    "again",
    "now",
    "then",
    "later",
    "subsequently",
    "eventually",
    "finally",
    "duly",
    "soon",
];

impl Triggers {
    pub fn get() -> &'static Triggers {
        static T: OnceLock<Triggers> = OnceLock::new();
        T.get_or_init(|| {
            Triggers::parse(TRIGGERS).unwrap_or_else(|e| panic!("data/triggers.txt: {e}"))
        })
    }

    /// Parses the rule table; an error names the bad line.
    pub fn parse(data: &str) -> Result<Triggers, String> {
        let mut rules = Vec::new();
        let mut by_phrase: HashMap<String, Vec<u16>> = HashMap::new();
        let mut order: Vec<String> = Vec::new();
        let mut whip_by_phrase: HashMap<String, Vec<u16>> = HashMap::new();
        let mut whip_order: Vec<String> = Vec::new();
        let lower_data = data.to_ascii_lowercase();
        for (n, line) in data.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.splitn(5, '|').map(str::trim).collect();
            let (kind, frame, cond, phrases, modality) = match cols[..] {
                [k, f, c, p] => (k, f, c, p, None),
                [k, f, c, p, m] => {
                    let m = Modality::parse(m)
                        .ok_or_else(|| format!("line {}: unknown modality {m:?}", n + 1))?;
                    (k, f, c, p, Some(m))
                }
                _ => return Err(format!("line {}: expected 4 or 5 columns", n + 1)),
            };
            let kind = EventType::parse(kind)
                .ok_or_else(|| format!("line {}: unknown type {kind:?}", n + 1))?;
            let frame = match frame {
                "subj" => Frame::Subj,
                "obj" => Frame::Obj,
                "noun" => Frame::Noun,
                other => return Err(format!("line {}: unknown frame {other:?}", n + 1)),
            };
            let cond = match cond {
                "-" => Cond::None,
                "party" => Cond::Party,
                "office" => Cond::Office,
                "seat" => Cond::Seat,
                "cand" => Cond::Cand,
                "counted" => Cond::Counted,
                "ownseat" => Cond::OwnSeat,
                "placecontest" => Cond::PlaceContest,
                other => return Err(format!("line {}: unknown condition {other:?}", n + 1)),
            };
            let id = rules.len() as u16;
            rules.push(Rule {
                kind,
                frame,
                cond,
                modality,
            });
            for phrase in phrases.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                let key = phrase.to_ascii_lowercase();
                let mut variants: Vec<String> = Vec::new();
                // "lost the whip" also reads "lost the Tory whip", "the Labour party whip"
                // "resigned his membership" also reads "resigned his Labour membership"
                if key.contains("party membership") {
                    for q in WHIP_QUALIFIERS.iter().filter(|q| !q.contains("party")) {
                        variants.push(key.replace("party membership", &format!("{q} membership")));
                    }
                }
                // "handed back his membership card" also reads "handed back my Labour
                // membership card": a first-person piece's own (unless the table gives that
                // phrase a rule of its own), and the party's name before "membership"
                let mine = key.split(' ').any(|w| w == "his").then(|| {
                    key.split(' ')
                        .map(|w| if w == "his" { "my" } else { w })
                        .collect::<Vec<_>>()
                        .join(" ")
                });
                let mine = mine.filter(|m| !lower_data.contains(m.as_str()));
                for own in std::iter::once(key.clone()).chain(mine) {
                    for p in ["his ", "her ", "my ", "their "] {
                        let at = format!("{p}membership");
                        if own.contains(&at) {
                            for q in WHIP_QUALIFIERS.iter().filter(|q| !q.contains("party")) {
                                variants.push(own.replace(&at, &format!("{p}{q} membership")));
                            }
                        }
                    }
                    if own != key {
                        variants.push(own);
                    }
                }
                if let Some((aux, rest)) = key.split_once(' ') {
                    if AUXILIARIES.contains(&aux) {
                        for adv in AUX_ADVERBS {
                            let variant = format!("{aux} {adv} {rest}");
                            if !lower_data.contains(variant.as_str()) {
                                variants.push(variant);
                            }
                        }
                    }
                }
                for variant in variants {
                    let ids = by_phrase.entry(variant.clone()).or_default();
                    if ids.is_empty() {
                        order.push(variant);
                    }
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
                if key.contains("the whip") {
                    for q in WHIP_QUALIFIERS {
                        let variant = key.replace("the whip", &format!("the {q} whip"));
                        if !whip_by_phrase.contains_key(&variant) {
                            whip_order.push(variant.clone());
                        }
                        whip_by_phrase.entry(variant).or_default().push(id);
                    }
                }
                if !by_phrase.contains_key(&key) {
                    order.push(key.clone());
                }
                by_phrase.entry(key).or_default().push(id);
            }
        }
        let build = |order: Vec<String>, mut by: HashMap<String, Vec<u16>>| {
            let mut set = PhraseSet::default();
            for phrase in order {
                let ids = by.remove(&phrase).unwrap_or_default();
                set.insert_folded(&phrase, ids);
            }
            set
        };
        Ok(Triggers {
            rules,
            phrases: build(order, by_phrase),
            whip_phrases: build(whip_order, whip_by_phrase),
        })
    }

    /// The rules of every phrase starting at token `i`, longest phrase first, with its length.
    pub fn matches_at<'s>(
        &'s self,
        text: &'s str,
        lower: Option<&'s str>,
        tokens: &'s [Token],
        i: usize,
    ) -> impl Iterator<Item = (impl Iterator<Item = &'s Rule> + 's, usize)> + 's {
        self.matches_in(text, lower, tokens, i, false)
    }

    /// [`Triggers::matches_at`], also trying the whip phrases with a party in them when
    /// `whip` says the sentence mentions a whip.
    pub fn matches_in<'s>(
        &'s self,
        text: &'s str,
        lower: Option<&'s str>,
        tokens: &'s [Token],
        i: usize,
        whip: bool,
    ) -> impl Iterator<Item = (impl Iterator<Item = &'s Rule> + 's, usize)> + 's {
        // only sentences about a whip pay for merging the two sets, longest first
        let found = if whip {
            let base = self.phrases.matches_at(text, lower, tokens, i);
            let mut v: Vec<(&'s Vec<u16>, usize)> = base.collect();
            v.extend(self.whip_phrases.matches_at(text, lower, tokens, i));
            v.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
            Either::Right(v.into_iter())
        } else {
            Either::Left(self.phrases.matches_at(text, lower, tokens, i))
        };
        found.map(move |(ids, n)| (ids.iter().map(move |&id| &self.rules[id as usize]), n))
    }
}

/// One of two iterators of the same items.
enum Either<L, R> {
    Left(L),
    Right(R),
}

impl<T, L: Iterator<Item = T>, R: Iterator<Item = T>> Iterator for Either<L, R> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match self {
            Either::Left(l) => l.next(),
            Either::Right(r) => r.next(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_parses_and_covers_every_event_type() {
        let t = Triggers::get();
        for kind in EventType::ALL {
            assert!(
                t.rules.iter().any(|r| r.kind == *kind),
                "no trigger for {kind}"
            );
        }
    }

    #[test]
    fn bad_lines_are_reported_with_their_number() {
        let err =
            Triggers::parse("# c\ndefect | subj | - | defected\nbogus | subj | - | x").unwrap_err();
        assert_eq!(err, "line 3: unknown type \"bogus\"");
    }

    #[test]
    fn one_phrase_can_carry_several_rules_in_table_order() {
        let text = "He became MP";
        let seg = floorcross_text::segment(text, 0);
        let (rules, _) = Triggers::get()
            .matches_at(text, None, &seg.tokens, 1)
            .next()
            .unwrap();
        let kinds: Vec<&str> = rules.map(|r| r.kind.as_str()).collect();
        assert_eq!(kinds, ["appoint", "elect"]);
    }
}
