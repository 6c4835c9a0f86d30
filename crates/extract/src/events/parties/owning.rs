//! The party the sentence or the story makes a person's own, filling a side of a candidacy, a
//! leaving, an expulsion or a readmission the trigger's words left empty: the organisation
//! an "its"/"their" or a seat names, the member's own party for a bare "the party" they
//! leave, and the one destination a headline names for a defection.

use super::*;

/// "Alliance said that its councillor, Declan Moore, had been suspended", "the residents'
/// group will field Tam Yeoh as its candidate", "The Conservatives will be defending it with
/// Adrian Lusk", "was selected for the safe Labour seat of Brindle East": the organisation
/// the sentence makes the person's own, by an "its"/"their" before or right after the name
/// (the clause's subject party), by "with" after a party subject, or by the party of the
/// seat a candidacy is for. `None` when the sentence names no such party.
pub(crate) fn owning_party(
    a: &Analysed,
    si: usize,
    person: usize,
    trigger: usize,
) -> Option<String> {
    let s = &a.seg.sentences[si];
    // "selected for the safe Labour seat of Brindle East": the seat's party (whoever "she" is)
    let hi = (trigger + 8).min(s.tokens.end);
    let seat_party = (trigger..hi).find_map(|k| {
        let p = a.m.party_at(k)?;
        let seat = matches!(a.w(p.tokens.end), "seat" | "seats")
            && (trigger..p.tokens.start).any(|j| a.w(j) == "for");
        seat.then(|| p.party.clone())
    });
    // (the person's own mentions, not every mention of the document)
    let Some(pm) = a.m.people[person]
        .mentions
        .iter()
        .map(|&m| &a.m.person_mentions[m])
        .find(|pm| s.tokens.contains(&pm.tokens.start))
    else {
        return seat_party;
    };
    let (ms, me) = (pm.tokens.start, pm.tokens.end);
    // (a party named as a rival or an agent is not the subject: "defeated by the
    // Conservatives", "took the seat from Labour")
    let subject_party = |before: usize| {
        a.m.parties
            .iter()
            .filter(|p| p.tokens.start >= s.tokens.start && p.tokens.end <= before)
            .rfind(|p| !governed_party(a, p.tokens.start))
            .map(|p| p.party.clone())
            .filter(|p| p != "Independent")
    };
    let own_word = |k: usize| matches!(a.w(k), "its" | "their");
    let before = (ms.saturating_sub(4).max(s.tokens.start)..ms).find(|&k| own_word(k));
    let after = (me..(me + 4).min(s.tokens.end))
        .find(|&k| own_word(k) && matches!(a.w(k - 1), "as" | "for"));
    if let Some(k) = before.or(after) {
        // ("Labour members met on Saturday. Local members voted to choose Julie Okafor as
        // their candidate": else the party the sentence before names, as a subject would)
        return subject_party(k).or_else(|| {
            let from = a.seg.sentences[si.saturating_sub(1)].tokens.start;
            a.m.parties
                .iter()
                .filter(|p| p.tokens.start >= from && p.tokens.end <= s.tokens.start)
                .rfind(|p| p.party != "Independent" && !governed_party(a, p.tokens.start))
                .map(|p| p.party.clone())
        });
    }
    // "defending it with Adrian Lusk": a party's candidate is who it fights with
    if ms > s.tokens.start && a.w(ms - 1) == "with" {
        let verb = (s.tokens.start..ms).any(|k| {
            matches!(
                a.w(k),
                "defending"
                    | "defend"
                    | "defends"
                    | "contesting"
                    | "contest"
                    | "fighting"
                    | "fight"
            )
        });
        if verb {
            return subject_party(ms);
        }
    }
    seat_party
}

/// Fills the side of a candidacy, a leaving, an expulsion or a readmission that the words
/// left empty with [`owning_party`], before the document-level guesses (the story's party)
/// can.
pub(crate) fn owning_parties(a: &Analysed, out: &mut [Cand]) {
    for c in out.iter_mut() {
        let slot = match c.kind {
            EventType::Leave | EventType::Expel | EventType::Deselect | EventType::Defect => {
                &mut c.from
            }
            EventType::Readmit
            | EventType::Stand
            | EventType::Select
            | EventType::Elect
            | EventType::Reelect => &mut c.to,
            _ => continue,
        };
        if slot.is_some() || c.headline {
            continue;
        }
        if let Some(p) = owning_party(a, c.sentence, c.person, c.trigger.start) {
            *slot = Some(p);
        }
    }
    // "Plaid AM Gwenllian Rees … was leaving the party she has served": the party a member
    // leaves, told as "the party", is their own, not the last one the story named
    for c in out.iter_mut() {
        if !matches!(
            c.kind,
            EventType::Leave | EventType::Expel | EventType::Defect
        ) || c.headline
        {
            continue;
        }
        let end = a.seg.sentences[c.sentence].tokens.end;
        let bare = (c.trigger.end..(c.trigger.end + 3).min(end))
            .any(|k| a.w(k) == "the" && a.w(k + 1) == "party" && a.m.party_at(k + 1).is_none());
        // (a party the sentence itself names before is the antecedent: "was previously a
        // Liberal Democrat member but left the party in 2006", "A UKIP member of the European
        // Parliament has quit the party to found a rival movement")
        let s0 = a.seg.sentences[c.sentence].tokens.start;
        let named_here =
            a.m.parties
                .iter()
                .filter(|p| p.tokens.start >= s0 && p.tokens.end <= c.trigger.start)
                .find(|p| p.party != "Independent" && !governed_party(a, p.tokens.start))
                .map(|p| p.party.clone());
        if !bare {
            continue;
        }
        // ("stood Tom Hale of the Conservatives and the Liberal Democrat Ann Cole, who quit
        // the party": the party the sentence's description of the person gives comes first)
        let described_here = a
            .m
            .person_mentions
            .iter()
            .rfind(|pm| {
                pm.person == c.person && pm.tokens.start >= s0 && pm.tokens.end <= c.trigger.start
            })
            .and_then(|pm| person_party(a, pm.tokens.start));
        if let Some(here) = described_here.or(named_here) {
            if c.to.as_deref() != Some(here.as_str()) {
                c.from = Some(here);
            }
            continue;
        }
        if let Some(own) = document_party(a, c.person) {
            if c.to.as_deref() != Some(own.as_str()) {
                c.from = Some(own);
            }
        }
    }
    // "Ulster Unionist MLA crosses to DUP", "Tory MPs deny Ukip defection talk": a defection
    // whose destination the body leaves unsaid goes to the one party the headline names as a
    // destination (after "to", "for", "joins"; before "defection", "switch", "move"), when the
    // headline names no one else
    let headline = |k: usize| a.headline_sentences.contains(&a.sentence_of(k));
    let destinations: Vec<&str> = {
        let mut d: Vec<&str> =
            a.m.parties
                .iter()
                .filter(|p| headline(p.tokens.start) && p.party != "Independent")
                .filter(|p| {
                    matches!(
                        word_before_party(a, p.tokens.start),
                        "to" | "for" | "into" | "joins" | "join" | "joining" | "joined"
                    ) || matches!(
                        a.w(p.tokens.end),
                        "defection"
                            | "defections"
                            | "switch"
                            | "move"
                            | "defector"
                            | "defectors"
                            | "talks"
                    )
                })
                .map(|p| p.party.as_str())
                .collect();
        d.dedup();
        d
    };
    if let [only] = destinations[..] {
        // the people the headline names, once
        let named: Vec<usize> =
            a.m.person_mentions
                .iter()
                .filter(|pm| headline(pm.tokens.start))
                .map(|pm| pm.person)
                .collect();
        let others_named = |person: usize| named.iter().any(|&q| q != person);
        for c in out.iter_mut() {
            if c.kind != EventType::Defect || c.to.is_some() || c.headline {
                continue;
            }
            if others_named(c.person) || c.from.as_deref() == Some(only) {
                continue;
            }
            c.to = Some(only.to_string());
        }
    }
}
