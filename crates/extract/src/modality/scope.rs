//! Finding the cue that sets an event's modality: the cue lists matched word by word in a
//! scope (past scare quotes, not inside names, dates, idioms or a concessive "if"), the
//! strongest cue winning, and whether a governing cue reaches the event's verb chain across
//! the words between.

use floorcross_model::Modality;

use super::cues::{Cue, GOVERNING, LOCAL};
use crate::doc::Analysed;

pub(super) fn matches_at(a: &Analysed, k: usize, words: &[&str]) -> bool {
    words.iter().enumerate().all(|(j, w)| {
        let t = a.w(k + j);
        t == *w || (*w == "not" && t.ends_with("n't"))
    })
}

/// [`matches_at`] past what may stand between a cue's words without changing it: quotation
/// marks (a cue in scare quotes, "to be \"on the verge\" of switching sides"), one adjective
/// of manner or number before a noun ("in secret talks", "declined repeated invitations") and
/// a time ("refused on Thursday to rule out"). Where the cue ends, if it matches.
fn matches_quoted(a: &Analysed, k: usize, words: &[&str], end: usize) -> Option<usize> {
    let quote = |t: usize| matches!(a.w(t), "\"" | "“" | "”" | "'" | "‘" | "’");
    let mut t = k;
    for (j, w) in words.iter().enumerate() {
        while j > 0 && t < end && quote(t) {
            t += 1;
        }
        if j > 0 && t < end && !matches_at(a, t, &[w]) {
            if CUE_MODIFIERS.contains(&a.w(t)) {
                t += 1;
            } else if a.tok_timex[t].is_some()
                || matches!(a.w(t), "on" | "at")
                    && a.tok_timex.get(t + 1).is_some_and(|x| x.is_some())
            {
                // (the time's own words, and its preposition)
                t += 1;
                while t < end && a.tok_timex[t].is_some() {
                    t += 1;
                }
            }
        }
        if t >= end || !matches_at(a, t, &[w]) {
            return None;
        }
        t += 1;
    }
    Some(t)
}

/// Adjectives that may stand inside a cue before its noun: "in secret talks", "in advanced
/// discussions", "declined repeated invitations". None is a cue's word.
const CUE_MODIFIERS: &[&str] = &[
    "secret",
    "private",
    "informal",
    "formal",
    "early",
    "advanced",
    "preliminary",
    "exploratory",
    "serious",
    "detailed",
    "fresh",
    "further",
    "repeated",
    "several",
    "last-ditch",
    "behind-the-scenes",
    "high-level",
    "tentative",
];

/// The cues of a list grouped by their first word, in list order.
type CueIndex = rustc_hash::FxHashMap<&'static str, Vec<&'static Cue>>;

fn index(cues: &'static [Cue], cell: &'static std::sync::OnceLock<CueIndex>) -> &'static CueIndex {
    cell.get_or_init(|| {
        let mut map = CueIndex::default();
        for cue in cues {
            map.entry(cue.words[0]).or_default().push(cue);
        }
        map
    })
}

/// Whether the "if" at `k` joins two adjectives ("a fluent if abrasive speaker", "a brief if
/// eventful spell"): a concession, read off the tagger.
pub(super) fn concessive_if(a: &Analysed, k: usize) -> bool {
    let si = a.sentence_of(k);
    let s0 = a.seg.sentences[si].tokens.start;
    if k == s0 || k + 1 >= a.seg.sentences[si].tokens.end {
        return false;
    }
    // (no parse for the common "if he", "if the", ", if": no adjective on one side)
    let closed = |t: usize| {
        !a.is_word(t)
            || matches!(
                a.w(t),
                "he" | "she"
                    | "it"
                    | "they"
                    | "we"
                    | "i"
                    | "you"
                    | "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "this"
                    | "that"
                    | "there"
                    | "and"
                    | "or"
                    | "but"
                    | "as"
                    | "even"
                    | "only"
            )
    };
    if closed(k - 1) || closed(k + 1) {
        return false;
    }
    let p = a.parse(si);
    let tag = |t: usize| p.upos.get(t - s0).copied().unwrap_or("");
    tag(k - 1) == "ADJ" && tag(k + 1) == "ADJ"
}

pub(super) fn find_cue(
    a: &Analysed,
    range: std::ops::Range<usize>,
    cues: &'static [Cue],
) -> Option<(Modality, usize)> {
    static LOCAL_INDEX: std::sync::OnceLock<CueIndex> = std::sync::OnceLock::new();
    static GOVERNING_INDEX: std::sync::OnceLock<CueIndex> = std::sync::OnceLock::new();
    // (by address: `LOCAL` and `GOVERNING` are statics, as a const has no one address and a
    // list passed from another module compared unequal here)
    let idx = if std::ptr::eq(cues, LOCAL) {
        index(LOCAL, &LOCAL_INDEX)
    } else {
        index(GOVERNING, &GOVERNING_INDEX)
    };
    let mut best: Option<(Modality, usize)> = None;
    let mut skip_to = range.start;
    for k in range.clone() {
        if k < skip_to {
            continue;
        }
        // names and dates are not cues: "Theresa May", "on 6 May" are not "may"
        if !matches!(a.tag(k), floorcross_mention::Tag::None) || a.tok_timex[k].is_some() {
            continue;
        }
        let w = a.w(k);
        // "A fluent if abrasive speaker": "if" between two adjectives concedes, it does not
        // suppose
        if w == "if" && concessive_if(a, k) {
            continue;
        }
        // "If anything, …", "if only": idioms, not conditions
        if w == "if" && matches!(a.w(k + 1), "anything" | "only") && a.w(k + 2) == "," {
            continue;
        }
        // "May fired George Osborne": a capitalised "May" inside a sentence, or before a
        // past-tense verb, is the name the recogniser missed, not the modal
        if w == "may" && a.raw(k) == "May" {
            let first = k == a.seg.sentences[a.sentence_of(k)].tokens.start;
            let next = a.w(k + 1);
            if !first || next.ends_with("ed") || next.ends_with("'s") || next == "has" {
                continue;
            }
        }
        // "n't" endings are negations
        let key = if w.ends_with("n't") { "not" } else { w };
        // ("Tom Hale, not Ann Owen, was elected": the negation is of the aside's name)
        if key == "not" && k > range.start && a.w(k - 1) == "," && a.person_at(k + 1).is_some() {
            continue;
        }
        // "does not rule out a return": a double negative leaves it open
        if key == "not"
            && [["rule", "out"], ["ruled", "out"], ["ruling", "out"]]
                .iter()
                .any(|c| matches_at(a, k + 1, c))
        {
            if best.is_none_or(|(m, _)| rank(Modality::Rumoured) > rank(m)) {
                best = Some((Modality::Rumoured, k));
            }
            skip_to = k + 3;
            continue;
        }
        // "As was widely expected, Darling has been appointed": a comment clause opened by
        // "as" says the change happened as foreseen, not that it is foreseen
        if as_comment_clause(a, k, range.start) {
            continue;
        }
        // "The changes announced yesterday were: …": a participle after the noun of the
        // changes tells they were made known, not that they are to come
        if w == "announced"
            && k > range.start
            && matches!(
                a.w(k - 1),
                "changes" | "appointments" | "moves" | "reshuffle" | "promotions" | "line-up"
            )
        {
            continue;
        }
        // "spoke out against the plan": a plan named by a determiner is a thing, not a
        // verb of planning ("plans to quit")
        if matches!(w, "plan" | "plans")
            && k > range.start
            && matches!(
                a.w(k - 1),
                "the" | "a" | "an" | "this" | "that" | "his" | "her" | "their" | "its" | "our"
            )
            && a.w(k + 1) != "to"
        {
            continue;
        }
        // "accepted an offer to join the cabinet": "offer" after a determiner is a noun, and
        // what it offers is read from the verb that takes it
        if w == "offer"
            && k > range.start
            && matches!(
                a.w(k - 1),
                "an" | "the" | "a" | "his" | "her" | "their" | "this" | "that" | "any" | "no"
            )
        {
            continue;
        }
        let Some(list) = idx.get(key) else { continue };
        for cue in list {
            let matched = (k + cue.words.len() <= range.end)
                .then(|| matches_quoted(a, k, cue.words, range.end))
                .flatten();
            if let Some(cue_end) = matched {
                if best.is_none_or(|(m, _)| rank(cue.modality) > rank(m)) {
                    best = Some((cue.modality, k));
                }
                // (the words of a cue are not cues of their own: "neither confirm nor deny")
                skip_to = cue_end;
                break;
            }
        }
    }
    best
}

/// Whether token `k` is the participle of a comment clause opened by "as" ("as expected",
/// "as was widely predicted", "as had been announced"), looking back no further than `from`.
fn as_comment_clause(a: &Analysed, k: usize, from: usize) -> bool {
    if !matches!(
        a.w(k),
        "expected"
            | "predicted"
            | "forecast"
            | "anticipated"
            | "announced"
            | "planned"
            | "promised"
    ) {
        return false;
    }
    let mut j = k;
    while j > from {
        j -= 1;
        match a.w(j) {
            "as" => return true,
            "was" | "were" | "had" | "has" | "been" | "is" | "widely" | "largely" | "long"
            | "much" | "generally" | "universally" => continue,
            _ => return false,
        }
    }
    false
}

/// Which modality wins when several cues apply.
pub(super) fn rank(m: Modality) -> u8 {
    match m {
        Modality::Asserted => 0,
        Modality::Expected => 1,
        Modality::Rumoured => 2,
        Modality::Hypothetical => 3,
        Modality::Denied => 4,
    }
}

/// Whether a governing cue at `k` reaches the chain starting at `chain_start`: there must be
/// a clause link ("that", "to", "if", a comma-free stretch) and no full clause break between.
pub(super) fn governs(a: &Analysed, k: usize, chain_start: usize) -> bool {
    let between = k + 1..chain_start;
    // "has denied that X was sacked, insisting that he resigned": a reporting participle
    // after a comma opens a claim of its own
    if between.clone().any(|j| {
        matches!(a.w(j), ";" | "but" | "while" | "whereas" | "although")
            // ("Ann Owen could be next, after Tom Hale quit": a clause opened by "after",
            // "since" or "because" with its own subject tells what happened)
            || matches!(a.w(j), "after" | "since" | "because")
                && (a.person_at(j + 1).is_some()
                    || matches!(a.w(j + 1), "he" | "she" | "they" | "it"))
            || a.w(j) == ","
                && matches!(
                    a.w(j + 1),
                    "insisting" | "saying" | "adding" | "arguing" | "claiming" | "explaining"
                )
    }) {
        return false;
    }
    if matches!(a.w(k), "if" | "unless" | "whether") {
        return true;
    }
    // A conjunct opened by its own subject, a pronoun or a possessed noun ("… and he joined
    // Labour", "… and his defeat was …"), is governed as the first conjunct is when the cue
    // reports that one ("Sources say Ann Cole has quit and she has joined Labour"), and not at
    // all when the cue is the first conjunct's own verb ("Ann Cole denied the claims and she
    // resigned", "was expected to contest the seat and his defeat …").
    let conjunct = (k + 1..chain_start).rev().find(|&j| {
        a.w(j) == "and" && matches!(a.w(j + 1), "he" | "she" | "they" | "his" | "her" | "their")
    });
    if let Some(and) = conjunct {
        let Some(p) = (k + 1..and).find(|&j| a.person_at(j).is_some()) else {
            return false;
        };
        let mut e = p;
        while e < and && a.person_at(e).is_some() {
            e += 1;
        }
        return governs(a, k, e);
    }
    // (the subject's name and the comma before its relative clause are not counted: "Sources
    // say Ann Cole, who joined in 2010, has quit"; nor is a description standing for the
    // subject: "would not rule out the MP being deselected")
    let description =
        |j: usize| a.m.role_at(j).is_some() || a.w(j) == "the" && a.m.role_at(j + 1).is_some();
    between
        .clone()
        .filter(|&j| a.person_at(j).is_none() && !description(j) && a.w(j) != ",")
        .count()
        <= 3
        || between
            .clone()
            .any(|j| matches!(a.w(j), "that" | "to" | "about" | "of"))
}
