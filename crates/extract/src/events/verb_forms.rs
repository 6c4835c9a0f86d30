//! How a trigger's verb is framed: whether a participle is passive ("was appointed") and
//! whether a counted infinitive ("the second minister to quit") tells a change.

use super::*;

/// Auxiliaries that make a following participle passive.
const PASSIVE: &[&str] = &[
    "was", "were", "been", "be", "being", "is", "are", "get", "got", "gets", "getting", "am",
];

/// Whether the participle at `start` is passive ("was appointed", "has been sacked").
pub(crate) fn passive(a: &Analysed, si: usize, start: usize) -> bool {
    let s0 = a.seg.sentences[si].tokens.start;
    // "Tom Reed, elected deputy leader earlier this month, entered public life in 2001", "The
    // 44-year-old, appointed chief whip last year, …": a participle opening an apposition to
    // a person or a description is a reduced relative, passive
    // (not the comma that closes a name's own apposition: "the new leader, Graham Royle,
    // dropped me" has its verb there; and only a participle the parse reads as one)
    if start >= s0 + 2 && a.w(start - 1) == "," && {
        let opened = match a.person_at(start - 2) {
            Some(_) => {
                let ms = super::name_lists::mention_start(a, start - 2);
                ms == s0 || a.w(ms - 1) != ","
            }
            None => super::coref::description_before(a, s0, start - 1).is_some(),
        };
        // (a participle the parse reads as one, or a verb whose phrase a comma closes before
        // the clause's own verb: "Tom Reed, appointed chief whip last year, said …")
        let p = a.parse(si);
        let s_end = a.seg.sentences[si].tokens.end;
        let closed_before_verb = || {
            (start + 1..(start + 16).min(s_end)).any(|k| {
                a.w(k) == ","
                    && k + 1 < s_end
                    && matches!(p.upos[k + 1 - s0], "VERB" | "AUX")
                    && !matches!(p.xpos[k + 1 - s0], "VBN" | "VBG")
            })
        };
        opened && (p.xpos[start - s0] == "VBN" || closed_before_verb())
    } {
        return true;
    }
    let mut k = start;
    let mut steps = 0;
    while k > s0 && steps < 4 {
        k -= 1;
        steps += 1;
        let w = a.w(k);
        if PASSIVE.contains(&w) {
            return true;
        }
        // ("was yesterday appointed", "was last night expelled": a time between the
        // auxiliary and the participle)
        let time = matches!(
            w,
            "yesterday" | "today" | "tonight" | "last" | "this" | "night" | "morning" | "evening"
        );
        if !time
            && !matches!(
                w,
                "also"
                    | "now"
                    | "then"
                    | "later"
                    | "subsequently"
                    | "formally"
                    | "officially"
                    | "not"
                    | "never"
                    | "just"
                    | "recently"
                    | "first"
                    | "initially"
                    | "originally"
                    | "narrowly"
                    | "comfortably"
                    | "unanimously"
                    | "quickly"
                    | "finally"
                    | "eventually"
                    | "reportedly"
                    | "effectively"
                    | "duly"
                    | "since"
            )
        {
            break;
        }
    }
    false
}

/// Whether the words from `k` are "the" + an ordinal (or "latest", "last", "only") + a noun
/// phrase + "to" + a verb: "the second minister to quit", "the latest Tory MP to defect".
pub(crate) fn counted_infinitive(a: &Analysed, si: usize, k: usize) -> bool {
    let end = a.seg.sentences[si].tokens.end;
    if a.w(k) != "the" {
        return false;
    }
    let w = a.w(k + 1);
    let ordinal = matches!(
        w,
        "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
            | "latest"
            | "last"
            | "only"
            | "next"
    ) || w.ends_with("th") && w.starts_with(|c: char| c.is_ascii_digit())
        || matches!(w, "1st" | "2nd" | "3rd" | "21st" | "22nd" | "23rd" | "31st")
        // ("12th" written as a number and its suffix)
        || w.chars().all(|c| c.is_ascii_digit())
            && !w.is_empty()
            && matches!(a.w(k + 2), "th" | "st" | "nd" | "rd");
    ordinal
        && (k + 2..(k + 8).min(end)).any(|j| {
            a.w(j) == "to"
                && a.seg
                    .tokens
                    .get(j + 1)
                    .is_some_and(|_| !matches!(a.tag(j + 1), Tag::Party(_) | Tag::Post(_)))
                && a.person_at(j + 1).is_none()
                && a.w(j + 1).chars().all(|c| c.is_ascii_lowercase())
                // ... and that verb reports a change ("to quit", "to defect"), not a
                // distinction ("the first lord chancellor to sit in the Commons")
                && Triggers::get()
                    .matches_at(a.text, Some(&a.lower), &a.seg.tokens, j + 1)
                    .next()
                    .is_some()
        })
}
