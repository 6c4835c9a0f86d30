//! Changes told in a conjunct that leaves out what the first conjunct gave: "quit Labour in
//! 2016 but rejoined in 2018" (what is rejoined is the party left), "…, rejoined in 2018 and
//! quit again in 2021" (quitting again is leaving that party again), "was appointed chief whip
//! in 2015 and housing minister in 2018" (a second office, its verb left out, at its own
//! time).

use super::*;

/// Verbs of rejoining told bare.
const REJOINING: &[&str] = &["rejoined", "rejoin", "rejoins", "rejoining"];

/// Verbs of quitting that, told bare after a party was left, leave it again.
const QUITTING: &[&str] = &["quit", "quits", "quitting", "left", "leaves", "leaving"];

/// Adds the rejoining and turns the bare quitting of the conjuncts after a leaving of a party
/// into changes of that party, for the same person: the conjunct opens with "and", "but" or a
/// comma (and "then" or "later" may follow it), no one else is named or referred to on the way
/// and no clause of another kind opens.
pub(crate) fn gapped_party_moves(a: &Analysed, out: &mut Vec<Cand>) {
    let mut found: Vec<Cand> = Vec::new();
    let mut quits: Vec<(usize, String)> = Vec::new();
    for c in out.iter() {
        let left = matches!(
            c.kind,
            EventType::Leave | EventType::Defect | EventType::Expel
        );
        let Some(party) = c.from.clone().filter(|_| left && !c.headline) else {
            continue;
        };
        let s = &a.seg.sentences[c.sentence];
        let Some(person_tok) = (s.tokens.start..c.trigger.start).rev().find(|&t| {
            a.person_at(t) == Some(c.person)
                || matches!(a.w(t), "he" | "she") && resolve_pronoun(a, t) == Some(c.person)
        }) else {
            continue;
        };
        let mut k = c.trigger.end;
        while k < s.tokens.end {
            let w = a.w(k);
            let someone_else = a.person_at(k).is_some_and(|p| p != c.person);
            let new_clause = matches!(
                w,
                "he" | "she"
                    | "they"
                    | "who"
                    | "which"
                    | "when"
                    | "because"
                    | "after"
                    | "before"
                    | "that"
                    | "since"
                    | "while"
                    | ";"
                    | ":"
            );
            if someone_else || new_clause {
                break;
            }
            let mut open = k;
            while open > c.trigger.end && matches!(a.w(open - 1), "then" | "later" | "soon") {
                open -= 1;
            }
            let conjunct = open > c.trigger.end && matches!(a.w(open - 1), "and" | "but" | ",");
            let party_after = (k + 1..(k + 4).min(s.tokens.end)).any(|j| {
                a.m.party_at(j).is_some()
                    || matches!(a.w(j), "party" | "group" | "them" | "it" | "labour")
            });
            if conjunct && !party_after && REJOINING.contains(&w) {
                if let Some(mut n) = Cand::at(
                    a,
                    EventType::Join,
                    c.person,
                    person_tok,
                    c.sentence,
                    k..k + 1,
                ) {
                    n.to = Some(party.clone());
                    found.push(n);
                }
            }
            if conjunct && !party_after && QUITTING.contains(&w) {
                quits.push((k, party.clone()));
            }
            k += 1;
        }
    }
    // (the bare quitting was read as a resignation from no office)
    for (k, party) in quits {
        for r in out.iter_mut() {
            if r.kind == EventType::Resign && r.role.is_none() && r.trigger.start == k {
                r.kind = EventType::Leave;
                r.from = Some(party.clone());
            }
        }
    }
    for n in found {
        let told = out
            .iter()
            .any(|c| c.person == n.person && c.kind == n.kind && c.to == n.to && c.date == n.date);
        if !told {
            out.push(n);
        }
    }
}

/// "was appointed chief whip in 2015 and housing minister in 2018": after an appointment or
/// election to an office with its time, "and" and another office with a time of its own is the
/// same change to that office, then.
pub(crate) fn gapped_office_times(a: &Analysed, out: &mut Vec<Cand>) {
    let mut found = Vec::new();
    for c in out.iter() {
        if !matches!(c.kind, EventType::Appoint | EventType::Elect) || c.role.is_none() {
            continue;
        }
        let s = &a.seg.sentences[c.sentence];
        let mut k = c.trigger.end;
        if a.w(k) == "as" {
            k += 1;
        }
        // the first office, then its time
        let Some(r) = a.m.role_at(k) else { continue };
        let mut j = r.tokens.end;
        let timed = |t: usize| a.tok_timex.get(t).copied().flatten();
        let Some(first_time) = (j..(j + 2).min(s.tokens.end)).find(|&t| timed(t).is_some()) else {
            continue;
        };
        j = first_time;
        while j < s.tokens.end && timed(j) == timed(first_time) {
            j += 1;
        }
        if a.w(j) != "and" {
            continue;
        }
        let mut q = j + 1;
        if matches!(a.w(q), "as" | "a" | "the") {
            q += 1;
        }
        // (a portfolio's words may stand before the role: "housing minister")
        let Some(r2) = (q..(q + 3).min(s.tokens.end))
            .take_while(|&t| a.is_word(t) && a.person_at(t).is_none())
            .find_map(|t| a.m.role_at(t))
        else {
            continue;
        };
        let e = r2.tokens.end;
        let Some(date) = (e..(e + 2).min(s.tokens.end))
            .find_map(|t| a.point_timex(t))
            .map(|t| t.value.clone())
        else {
            continue;
        };
        found.push(Cand {
            role: Some(super::offices::role_phrase(a, q..e)),
            date: Some(date),
            trigger: q..q + 1,
            ..c.clone()
        });
    }
    out.extend(found);
}
