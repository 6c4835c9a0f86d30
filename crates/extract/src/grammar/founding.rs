//! Who founded a party told in the passive with words between the verb and its agent:
//! "Tollbridge First was launched at the Corn Exchange on Monday evening by Sharon Dyce,
//! Martin Okonjo and Lesley Farrant". The phrase list reads "launched by" only when the two
//! words meet; the parse finds the agent wherever the "by" phrase sits.

use floorcross_model::EventType;

use super::Parsed;
use crate::doc::Analysed;
use crate::events::{self, Cand};

/// Verbs of founding a party, as their passive participles (and "set" of "set up").
const FOUNDING: &[&str] = &[
    "launched",
    "founded",
    "formed",
    "established",
    "created",
    "set",
];

/// A founding verb in the passive whose subject is a party or group and whose "by" phrase
/// names people: each of them founded it.
pub(super) fn founded_by(a: &Analysed, out: &mut Vec<Cand>) {
    for si in 0..a.seg.sentences.len() {
        let s = &a.seg.sentences[si];
        // (parse only a sentence with a founding verb, a "by" after it and a person after that)
        let Some(v0) = s.tokens.clone().find(|&k| FOUNDING.contains(&a.w(k))) else {
            continue;
        };
        let Some(by) = (v0 + 1..s.tokens.end).find(|&k| a.w(k) == "by") else {
            continue;
        };
        if !(by + 1..s.tokens.end).any(|k| a.person_at(k).is_some()) {
            continue;
        }
        let p = Parsed::new(a, si);
        let tree = &p.parse;
        for v in 0..tree.len() {
            let k = p.tok(v);
            if !FOUNDING.contains(&a.w(k)) || (a.w(k) == "set" && a.w(k + 1) != "up") {
                continue;
            }
            if !tree.is_passive(v) {
                continue;
            }
            // the thing founded: a party the text names, or a group noun, as the subject
            let Some(subj) = tree.children_with(v, &["nsubj"]).next() else {
                continue;
            };
            let (lo, hi) = tree.subtree_span(subj);
            let party = events::party_in(a, p.tok(lo), p.tok(hi))
                .map(|(_, name)| name)
                .filter(|name| name != "Independent");
            let group_noun = (lo..hi).any(|j| events::PARTY_NOUNS.contains(&a.w(p.tok(j))));
            // ... or a capitalised name that reads as a party's ("the Lowmoor Independents",
            // "Eastfield First")
            let named = || {
                events::capitalised_name(a, p.tok(lo), p.tok(hi)).filter(|n| {
                    events::party_like_name(n) || n.contains(' ') && n.ends_with(" First")
                })
            };
            // ... or any capitalised name, when the sentence before has just told of a new
            // party ("have set up a party of their own. Kesworth Together was launched by …")
            let announced = || {
                si > 0 && {
                    let prev = &a.seg.sentences[si - 1];
                    prev.tokens
                        .clone()
                        .any(|j| events::PARTY_NOUNS.contains(&a.w(j)))
                        && prev
                            .tokens
                            .clone()
                            .any(|j| matches!(a.w(j), "new" | "own" | "set" | "launch" | "form"))
                }
            };
            let any_name = || {
                events::capitalised_name(a, p.tok(lo), p.tok(hi))
                    .filter(|_| a.person_at(p.tok(lo)).is_none() && announced())
            };
            let party = party.or_else(named).or_else(any_name);
            if party.is_none() && !group_noun {
                continue;
            }
            let to = party.or_else(|| events::group_antecedent(a, p.tok(lo)));
            // the agents: the names right after the first "by" past the verb in its clause
            // (read from the words: the parser often hangs a late "by" phrase on the wrong
            // noun, and splits a list of names into appositions)
            let s_end = s.tokens.end;
            let Some(by) = (k + 1..s_end)
                .take_while(|&j| !matches!(a.w(j), "who" | "which" | ";" | "but"))
                .find(|&j| a.w(j) == "by")
            else {
                continue;
            };
            let Some(first) = (by + 1..(by + 4).min(s_end))
                .take_while(|&j| !matches!(a.w(j), "," | "."))
                .find(|&j| a.person_at(j).is_some())
            else {
                continue;
            };
            let Some(person) = a.person_at(first) else {
                continue;
            };
            let mut agents = events::with_list_right(a, si, person, first);
            if agents.is_empty() {
                agents.push((person, first));
            }
            for (person, tok) in agents {
                if let Some(mut c) = Cand::at(a, EventType::Found, person, tok, si, k..k + 1) {
                    c.to.clone_from(&to);
                    out.push(c);
                }
            }
        }
    }
}
