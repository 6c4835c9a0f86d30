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
            // the thing founded: a party the text names, or a group noun, as the subject; or
            // the noun a participle modifies ("Veritas, founded in 2012 by Tom Reed", "the
            // breakaway party set up over the summer by …"), read up to the participle
            // (a participle with an agent and no auxiliary is a passive too: "Veritas, founded
            // in 2012 by Tom Reed, has …")
            let agent = tree.children_with(v, &["obl:agent"]).next().is_some();
            let (lo, hi) = match tree.children_with(v, &["nsubj"]).next() {
                Some(n) if tree.is_passive(v) || agent => tree.subtree_span(n),
                None if floorcross_syntax::tree::base(tree.label(v)) == "acl" => {
                    let Some(h) = tree.head(v) else { continue };
                    (tree.subtree_span(h).0, v)
                }
                // (read from the words where the parser took the participle for a noun: "the
                // breakaway party set up over the summer by …")
                _ => match group_noun_before(a, k) {
                    Some(back) if v >= back => (v - back, v),
                    _ => continue,
                },
            };
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
            let to = party
                .or_else(|| apposed_name(a, p.tok(lo)))
                .or_else(|| events::group_antecedent(a, p.tok(lo)));
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
            // (past a description: "by the former Ukip donor Clive Hale", and to the names
            // apposed to it: "by two former Conservative councillors, Dev Sandhu and Ann Pick")
            let near = (by + 1..(by + 7).min(s_end))
                .take_while(|&j| !matches!(a.w(j), "," | "." | ";"))
                .find(|&j| a.person_at(j).is_some());
            let apposed = || {
                let comma = (by + 2..(by + 7).min(s_end)).find(|&j| a.w(j) == ",")?;
                let description = (by + 1..comma).all(|j| a.person_at(j).is_none())
                    && (by + 1..comma).any(|j| {
                        matches!(
                            a.w(j),
                            "councillors" | "members" | "mps" | "activists" | "colleagues"
                        )
                    });
                (description && a.person_at(comma + 1).is_some()).then_some(comma + 1)
            };
            let Some(first) = near.or_else(apposed) else {
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

/// How many tokens back from the participle at `k` a group noun's phrase starts, when the
/// participle follows a group noun straight after its determiner and modifiers ("the
/// breakaway party set up …").
fn group_noun_before(a: &Analysed, k: usize) -> Option<usize> {
    if !events::PARTY_NOUNS.contains(&a.w(k.checked_sub(1)?)) {
        return None;
    }
    (2..=4).find(|&back| k >= back && matches!(a.w(k - back), "the" | "a" | "its" | "their"))
}

/// The capitalised name a group noun's phrase starting at `lo` is set off after ("Sovereign
/// Britain, the breakaway party set up …", "The Brackenfield Residents' Alliance, the new
/// party …"): the party the phrase describes, named as written.
fn apposed_name(a: &Analysed, lo: usize) -> Option<String> {
    let comma = lo.checked_sub(1).filter(|&c| a.w(c) == ",")?;
    let s0 = a.seg.sentences[a.sentence_of(lo)].tokens.start;
    let mut start = comma;
    while start > s0
        && comma - start < 6
        && (a.raw(start - 1).starts_with(|c: char| c.is_uppercase())
            || matches!(a.raw(start - 1), "'" | "’" | "of" | "and"))
    {
        start -= 1;
    }
    if start == comma || (start..comma).any(|j| a.person_at(j).is_some()) {
        return None;
    }
    if a.raw(start) == "The" {
        start += 1;
    }
    let span = floorcross_model::Span::new(a.seg.tokens[start].start, a.seg.tokens[comma - 1].end);
    Some(a.phrase(span)).filter(|n| !n.is_empty())
}
