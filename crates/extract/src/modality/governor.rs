//! Whether the verb that takes a noun trigger as its object undoes it: a resignation refused
//! or rejected by the body that would accept it, or a negated verb of making or announcing
//! ("did not announce his resignation").

use crate::doc::Analysed;

/// Verbs that make a change or make it known, taking it as their object ("announced his
/// resignation", "tendered her resignation", "declared his candidacy").
const MAKING_VERBS: &[&str] = &[
    "announce",
    "announces",
    "announced",
    "announcing",
    "declare",
    "declares",
    "declared",
    "declaring",
    "confirm",
    "confirms",
    "confirmed",
    "confirming",
    "tender",
    "tenders",
    "tendered",
    "tendering",
    "submit",
    "submits",
    "submitted",
    "submitting",
    "hand",
    "hands",
    "handed",
    "handing",
    "make",
    "makes",
    "made",
    "making",
    "offer",
    "offers",
    "offered",
    "offering",
    "launch",
    "launches",
    "launched",
    "launching",
    "lodge",
    "lodges",
    "lodged",
    "lodging",
    "put",
    "puts",
    "putting",
];

/// Whether a noun trigger is what its accepting body turns down ("The prime minister refused to
/// accept Tom Reed's resignation", "rejected his resignation"): a change that has not taken
/// effect. Read off the words before the noun, past its owner ("his", "Tom Reed's").
pub(crate) fn refused_governor(a: &Analysed, trigger: &std::ops::Range<usize>) -> bool {
    let mut b = trigger.start;
    while b > 0
        && trigger.start - b < 5
        && (matches!(a.w(b - 1), "his" | "her" | "their" | "'s" | "’s" | "the")
            || a.person_at(b - 1).is_some())
    {
        b -= 1;
    }
    b >= 1
        && (matches!(a.w(b - 1), "rejected" | "rejects" | "rejecting")
            || b >= 3
                && a.w(b - 1) == "accept"
                && a.w(b - 2) == "to"
                && matches!(
                    a.w(b - 3),
                    "refused" | "refuses" | "refusing" | "declined" | "declines" | "declining"
                ))
}

/// Whether the verb that takes a noun trigger as its object is negated: "did not announce
/// his resignation", "has never declared her candidacy" (not "did not announce his
/// resignation until Monday", which says when, nor "not only announced").
pub(crate) fn negated_governor(a: &Analysed, si: usize, trigger: &std::ops::Range<usize>) -> bool {
    let s0 = a.seg.sentences[si].tokens.start;
    let p = a.parse(si);
    let node = trigger.end - 1 - s0;
    if p.labels.get(node) != Some(&"obj") {
        return false;
    }
    let Some(h) = p.heads[node] else {
        return false;
    };
    // (a verb that makes the change or makes it known: "did not endorse his appointment"
    // leaves the appointment made)
    if !matches!(p.upos[h], "VERB" | "AUX") || !MAKING_VERBS.contains(&p.lower[h].as_str()) {
        return false;
    }
    let deps: Vec<usize> = (0..p.heads.len())
        .filter(|&j| p.heads[j] == Some(h))
        .collect();
    let negated = deps.iter().any(|&j| {
        matches!(p.lower[j].as_str(), "not" | "n't" | "never")
            && p.lower.get(j + 1).map(String::as_str) != Some("only")
    });
    let s_end = a.seg.sentences[si].tokens.end;
    negated && !(trigger.end..s_end).any(|k| matches!(a.w(k), "until" | "till"))
}

/// Whether a noun trigger is the subject of a verb in the conditional: "Tom Reed's
/// resignation would trigger a contest", "a defection could cost them the council" — a change
/// supposed, not told.
pub(crate) fn conditional_governor(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    let s0 = a.seg.sentences[si].tokens.start;
    let p = a.parse(si);
    let node = trigger.end - 1 - s0;
    if !matches!(p.labels.get(node), Some(&"nsubj") | Some(&"nsubj:pass")) {
        return false;
    }
    let Some(h) = p.heads[node] else {
        return false;
    };
    (0..p.heads.len()).any(|j| {
        p.heads[j] == Some(h)
            && p.labels[j] == "aux"
            && matches!(p.lower[j].as_str(), "would" | "could" | "might")
    })
}
