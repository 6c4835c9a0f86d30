//! A candidate's tally: whoever polled votes in a contest stood in it. "Fiona Mackay took
//! 15,806 votes", "The Liberal Democrat, Morag Lind, polled 1,217", "came third with 7,940",
//! "finished last with 29", and a gapped conjunct after a tally, "and Ukip's Terry Bow 644".

use super::*;

/// Verbs whose object is a count of votes won ("took 15,806 votes").
const TALLY_VERBS: &[&str] = &[
    "took",
    "takes",
    "won",
    "wins",
    "received",
    "receives",
    "secured",
    "secures",
    "got",
    "gets",
    "gained",
    "gains",
    "attracted",
    "attracts",
    "collected",
    "amassed",
    "polled",
    "polls",
];

static TALLY_VERB_SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| TALLY_VERBS.iter().copied().collect());

/// Places a candidate finishes in ("came third with 7,940").
const PLACES: &[&str] = &[
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "last", "bottom",
];

/// Words that may stand between a tally verb and its count ("took just over 4,000 votes").
const COUNT_MODIFIERS: &[&str] = &[
    "just", "only", "some", "nearly", "almost", "more", "than", "over", "under", "around", "about",
    "a", "mere", "total", "of", "fewer", "barely",
];

/// Adds a candidacy for the subject of every tally, and for a name given a count of its own
/// after "and" in the same clause.
pub(crate) fn tallies(a: &Analysed, out: &mut Vec<Cand>) {
    for (si, s) in a.seg.sentences.iter().enumerate() {
        let end = s.tokens.end;
        for k in s.tokens.clone() {
            let Some(count) = tally_count(a, k, end) else {
                continue;
            };
            // (who polled, the modality, the party and the date as for any trigger)
            let rule = Rule {
                kind: EventType::Stand,
                frame: Frame::Subj,
                cond: Cond::None,
                modality: None,
            };
            let mut found = build(a, &rule, si, k..k + 1);
            // (a tally told in the past is a result, not a plan; one whose result the story
            // tells already implies the candidacy)
            found.retain(|c| c.modality == Modality::Asserted && !told_before(out, c.person));
            // (the party is the one the text gives the name: "Liberal Democrats Pippa Morgan
            // secured 1,925 votes", "Ukip's Terry Bow"; the result, told elsewhere, dates the
            // contest, and a candidacy that the result implies is dropped when merging)
            for c in found.iter_mut() {
                c.to = (a.seg.sentences[si].tokens.start..k)
                    .rev()
                    .find(|&t| a.person_at(t) == Some(c.person))
                    .and_then(|t| named_party(a, t));
                c.date = None;
            }
            let told: Vec<usize> = found.iter().map(|c| c.person).collect();
            out.extend(found);
            let trigger = k..k + 1;
            for (p, t) in gapped_tallies(a, count, end) {
                if told.contains(&p) || told_before(out, p) {
                    continue;
                }
                let to = named_party(a, t);
                push_result(
                    a,
                    out,
                    si,
                    &trigger,
                    Modality::Asserted,
                    EventType::Stand,
                    p,
                    to,
                );
            }
        }
    }
}

/// The count's token when the verb at `k` tells a tally: a tally verb, then a number of votes
/// ("polled" needs no "votes": "polled 1,217", "polled 12%"), or a place with a count ("came
/// third with 7,940", "finished a distant second with 58").
fn tally_count(a: &Analysed, k: usize, end: usize) -> Option<usize> {
    let w = a.w(k);
    let number = |j: usize| {
        j < end
            && a.seg
                .tokens
                .get(j)
                .is_some_and(|t| t.kind == floorcross_text::TokenKind::Number)
    };
    // (asked of every word of every sentence: a hashed set, as the frame verbs are)
    if TALLY_VERB_SET.contains(w) {
        let mut j = k + 1;
        while j < end && j < k + 4 && COUNT_MODIFIERS.contains(&a.w(j)) {
            j += 1;
        }
        if !number(j) {
            return None;
        }
        let after = a.w(j + 1);
        let votes = matches!(after, "votes" | "vote" | "first-preference" | "first")
            || matches!(w, "polled" | "polls")
                && (matches!(after, "%" | "per" | "," | ";" | "." | "and") || j + 1 >= end);
        return votes.then_some(j);
    }
    if matches!(w, "came" | "finished" | "was" | "ended" | "trailed") {
        let mut j = k + 1;
        while j < end && j < k + 4 && matches!(a.w(j), "a" | "distant" | "close" | "poor" | "in") {
            j += 1;
        }
        if !PLACES.contains(&a.w(j)) || a.w(j + 1) != "with" || !number(j + 2) {
            return None;
        }
        return Some(j + 2);
    }
    None
}

/// "polled 1,217 and Ukip's Terry Bow 644": a person after "and" (or a comma) with a count of
/// their own and no verb of their own, in the tally's clause.
fn gapped_tallies(a: &Analysed, count: usize, end: usize) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut k = count + 1;
    while k < end && matches!(a.w(k), "votes" | "vote" | "%" | "per" | "cent") {
        k += 1;
    }
    if !matches!(a.w(k), "and" | ",") {
        return found;
    }
    let hi = (k + 8).min(end);
    for j in k + 1..hi {
        if matches!(a.w(j), ";" | "." | ":") {
            break;
        }
        let Some(pm) = a.m.person_at(j) else {
            continue;
        };
        let after = pm.tokens.end;
        let counted = a
            .seg
            .tokens
            .get(after)
            .is_some_and(|t| t.kind == floorcross_text::TokenKind::Number)
            && after < end;
        if counted {
            if let Some(p) = a.person_at(j) {
                found.push((p, j));
            }
        }
        break;
    }
    found
}

/// Whether the story already tells a candidacy or a result for `person`.
fn told_before(out: &[Cand], person: usize) -> bool {
    [
        EventType::Stand,
        EventType::Elect,
        EventType::Reelect,
        EventType::Defeat,
    ]
    .into_iter()
    .any(|kind| has_event(out, person, kind))
}

/// The party written right before a name ("Liberal Democrats Pippa Morgan", "Ukip's Terry
/// Bow", "The Liberal Democrat, Morag Lind,"), if any.
fn named_party(a: &Analysed, tok: usize) -> Option<String> {
    let ms = mention_start(a, tok);
    let mut k = ms;
    // (past a possessive and the comma of an apposition)
    while k > 0 && ms - k < 3 && matches!(a.w(k - 1), "'s" | "’s" | "," | "the") {
        k -= 1;
    }
    let before = k.checked_sub(1).and_then(|j| a.m.party_at(j));
    // ("David Flint for the Green party took 780 votes": the party after "for")
    let me = crate::events::name_lists::mention_end(a, tok);
    let after = (a.w(me) == "for")
        .then(|| a.m.party_at(me + 1).or_else(|| a.m.party_at(me + 2)))
        .flatten();
    let p = before.or(after)?;
    Some(p.party.clone()).filter(|p| p != "Independent")
}

/// "Mr Flint took 780 votes" in a story that elects someone else: whoever polled and was not
/// elected lost the contest (the candidacy the defeat implies goes when merging).
pub(crate) fn tallies_lost(a: &Analysed, out: &mut Vec<Cand>) {
    let elected = |c: &Cand| {
        matches!(c.kind, EventType::Elect | EventType::Reelect) && c.modality == Modality::Asserted
    };
    let losers: Vec<Cand> = out
        .iter()
        .filter(|c| {
            c.kind == EventType::Stand
                && c.modality == Modality::Asserted
                && c.trigger.len() == 1
                && tally_count(a, c.trigger.start, a.seg.sentences[c.sentence].tokens.end).is_some()
                && !led(a, c)
                && !out
                    .iter()
                    .any(|o| o.person == c.person && (elected(o) || o.kind == EventType::Defeat))
                && out.iter().any(|o| o.person != c.person && elected(o))
        })
        .cloned()
        .collect();
    for mut c in losers {
        c.kind = EventType::Defeat;
        c.to = None;
        out.push(c);
    }
}

/// Whether a tally tells its subject ahead: votes "won", or a lead over others after the
/// count ("took 812 votes, ahead of the Conservative", "2,431 more than Labour's X").
fn led(a: &Analysed, c: &Cand) -> bool {
    let k = c.trigger.start;
    let end = a.seg.sentences[c.sentence].tokens.end;
    matches!(a.w(k), "won" | "wins")
        || (k + 1..end).any(|j| {
            matches!(a.w(j), "ahead" | "beating" | "defeating" | "majority")
                || a.w(j) == "more" && a.w(j + 1) == "than"
        })
}
