//! The party a description gives a person: the party labelling the words right before one
//! mention ("Labour's Sam Whitlow", "Tory MP Anna Soubry") or a results line's brackets, the
//! one party such descriptions give before all their mentions, and the one party the story
//! puts beside them ("Ann Cole, a Green councillor"), the last guess for a side no rule
//! could fill.

use super::*;

/// The party the document gives a person in a description before any of their mentions
/// ("SNP leader Alex Salmond"), when it gives one only.
pub(crate) fn document_party(a: &Analysed, person: usize) -> Option<String> {
    let mut found: Option<String> = None;
    for pm in a.m.person_mentions.iter().filter(|pm| pm.person == person) {
        if let Some(p) = person_party(a, pm.tokens.start) {
            match &found {
                Some(f) if *f != p => return None,
                _ => found = Some(p),
            }
        }
    }
    found
}

/// The party named in the description right before a person mention ("Labour's Sam
/// Whitlow", "the Green Party's Abi Farrant", "Tory MP Anna Soubry").
pub(crate) fn person_party(a: &Analysed, tok: usize) -> Option<String> {
    // a results line's "Dan Reeve (Con)", "Ann Cole (Labour)": the party in brackets after
    let me = crate::events::name_lists::mention_end(a, tok);
    // (and "Morag Dunleavy (Labour, Glenmorrie and Strathcairn)": the party, then the seat)
    if a.w(me) == "(" {
        if let Some(p) = a.m.party_at(me + 1) {
            if matches!(a.w(p.tokens.end), ")" | ",") {
                return Some(p.party.clone()).filter(|p| p != "Independent");
            }
        }
    }
    let mut ms = mention_start(a, tok);
    let s0 = a.seg.sentences[a.sentence_of(tok)].tokens.start;
    // ("two Conservatives, Ann Cole and Tom Ashby,"): a list apposed to a count of a party's
    // people is that party's, every name in it; back over the names before it
    for _ in 0..6 {
        let before = ms.wrapping_sub(1);
        if ms > s0 + 1 && matches!(a.w(before), "and" | ",") && a.person_at(before - 1).is_some() {
            ms = mention_start(a, before - 1);
        } else {
            break;
        }
    }
    if ms > s0 + 2 && a.w(ms - 1) == "," {
        if let Some(p) = a.m.party_at(ms - 2) {
            if crate::events::counted_people(a, p.tokens.start) {
                return Some(p.party.clone()).filter(|p| p != "Independent");
            }
        }
    }
    let ms = mention_start(a, tok);
    let mut k = ms;
    while k > s0 && k + 5 > ms {
        k -= 1;
        if let Some(p) = a.m.party_at(k) {
            if a.w(p.tokens.start.wrapping_sub(1)) == "former" {
                return None;
            }
            return Some(p.party.clone()).filter(|p| p != "Independent");
        }
        if !(a.is_possessive(k)
            || matches!(a.tag(k), Tag::Role(_))
            || matches!(
                a.w(k),
                "the" | "a" | "mp" | "candidate" | "rival" | "challenger" | "opponent" | "newcomer"
            ))
        {
            return None;
        }
    }
    None
}

/// The one party the story puts beside each person, when it puts one only: a party labelling
/// a role within a few words of one of their mentions, in the same clause, with no one else
/// named between ("was the kind of Labour MP whips dream of", "Ann Cole, a Green councillor"),
/// never one they came from, fought or were beaten by ("defected from Labour", "beaten by
/// the SNP"), nor one another person's name owns ("beat Labour's Tom Reed"). The last guess
/// for a side no rule could fill.
pub(crate) fn described_parties(a: &Analysed) -> std::collections::HashMap<usize, String> {
    let mut seen: std::collections::HashMap<usize, Option<String>> = Default::default();
    for pm in a.m.person_mentions.iter().filter(|pm| !pm.credit) {
        let si = a.sentence_of(pm.tokens.start);
        let s = &a.seg.sentences[si];
        let stop = |k: usize| {
            matches!(
                a.w(k),
                ";" | "." | ":" | "but" | "while" | "whereas" | "although"
            ) || a.person_at(k).is_some_and(|q| q != pm.person)
        };
        let mut near = Vec::new();
        let mut k = pm.tokens.start;
        while k > s.tokens.start && k + 8 > pm.tokens.start {
            k -= 1;
            if stop(k) {
                break;
            }
            near.push(k);
        }
        let mut k = pm.tokens.end;
        while k < s.tokens.end && k < pm.tokens.end + 8 {
            if stop(k) {
                break;
            }
            near.push(k);
            k += 1;
        }
        for k in near {
            let Some(p) = a.m.party_at(k) else { continue };
            if p.tokens.start != k || p.party == "Independent" {
                continue;
            }
            let foreign = governed_party(a, k)
                || word_before_party(a, k) == "for"
                || a.is_possessive_any(p.tokens.end)
                    && (p.tokens.end..(p.tokens.end + 4).min(s.tokens.end))
                        .any(|j| a.person_at(j).is_some_and(|q| q != pm.person));
            // (only a party that labels a role: "Labour MP", "a Green councillor", "Labour's
            // candidate"; not "after Labour's landslide", "quit the SNP")
            let labels_role = (p.tokens.end..(p.tokens.end + 3).min(s.tokens.end))
                .take_while(|&j| a.m.person_at(j).is_none())
                .any(|j| a.m.role_at(j).is_some());
            if foreign || !labels_role {
                continue;
            }
            let entry = seen
                .entry(pm.person)
                .or_insert_with(|| Some(p.party.clone()));
            if entry.as_deref() != Some(p.party.as_str()) {
                *entry = None;
            }
        }
    }
    seen.into_iter()
        .filter_map(|(person, p)| p.map(|p| (person, p)))
        .collect()
}
