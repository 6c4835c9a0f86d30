//! Talk of a change that the next sentences deny: "There has been speculation that Tom Reed
//! could join the Greens. His spokesman dismissed the suggestion out of hand last night." The
//! denial's subject is the person (by name, by a pronoun that finds them, or as "his
//! spokesman"), its verb one of denying, and its object the talk itself ("the suggestion",
//! "the claims", "it"), so the change talked of is denied, not left as a rumour.

use super::*;

/// Verbs of denying talk, with the particle some of them take ("ruled it out", "laughed off").
const DENYING: &[&str] = &[
    "denied",
    "denies",
    "deny",
    "dismissed",
    "dismisses",
    "dismiss",
    "rejected",
    "rejects",
    "reject",
    "ruled",
    "rules",
    "rule",
    "laughed",
    "brushed",
];

/// What a denial's object calls the talk.
const TALK: &[&str] = &[
    "suggestion",
    "suggestions",
    "claim",
    "claims",
    "report",
    "reports",
    "speculation",
    "rumour",
    "rumours",
    "story",
    "stories",
    "talk",
    "idea",
];

/// Words that may stand between the denial's subject and its verb ("has", "last night",
/// "was quick to", "flatly").
const BETWEEN: &[&str] = &[
    "has",
    "had",
    "have",
    "was",
    "quick",
    "quickly",
    "swift",
    "swiftly",
    "to",
    "firmly",
    "flatly",
    "strongly",
    "immediately",
    "publicly",
    "repeatedly",
    "angrily",
    "also",
    "later",
    "last",
    "night",
    "yesterday",
    "today",
    "moved",
];

/// Who may deny for a person: "his spokesman", "her office".
const FOR_PERSON: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "office",
    "aides",
    "team",
    "camp",
    "lawyer",
    "solicitor",
    "agent",
];

/// Marks talk of a change (rumoured or expected) denied by its subject in one of the two
/// sentences after it.
pub(crate) fn denials_after(a: &Analysed, out: &mut [Cand]) {
    let n = a.seg.sentences.len();
    for c in out.iter_mut() {
        if !matches!(c.modality, Modality::Rumoured | Modality::Expected) || c.headline {
            continue;
        }
        if (c.sentence + 1..(c.sentence + 3).min(n)).any(|s| denies(a, s, c.person)) {
            c.modality = Modality::Denied;
        }
    }
}

/// Whether sentence `si` opens with `person` (or one speaking for them) denying the talk.
fn denies(a: &Analysed, si: usize, person: usize) -> bool {
    let s = &a.seg.sentences[si];
    let mut k = s.tokens.start;
    while k < s.tokens.end && matches!(a.w(k), "but" | "however" | "and" | "," | "yet") {
        k += 1;
    }
    let subject_start = k;
    let Some(verb) = (k..(k + 12).min(s.tokens.end)).find(|&j| DENYING.contains(&a.w(j))) else {
        return false;
    };
    // the subject: what stands before the verb, less the words allowed between
    let mut subject_end = verb;
    while subject_end > subject_start && BETWEEN.contains(&a.w(subject_end - 1)) {
        subject_end -= 1;
    }
    if subject_end == subject_start || !is_person(a, subject_start..subject_end, person) {
        return false;
    }
    // the object: the talk, after a particle
    let mut o = verb + 1;
    if matches!(a.w(o), "off" | "out" | "aside") {
        o += 1;
    }
    let object = if matches!(a.w(o), "it" | "them") {
        true
    } else {
        if matches!(
            a.w(o),
            "the" | "such" | "this" | "these" | "those" | "any" | "all"
        ) {
            o += 1;
        }
        TALK.contains(&a.w(o))
    };
    // ("ruled it out", "laughed it off": the particle after the pronoun)
    let particle_needed = matches!(
        a.w(verb),
        "ruled" | "rules" | "rule" | "laughed" | "brushed"
    );
    object
        && (!particle_needed
            || matches!(a.w(verb + 1), "off" | "out" | "aside")
            || matches!(a.w(verb + 2), "off" | "out" | "aside"))
}

/// Whether the words `span` name `person`: their name (with a title or description before it),
/// a pronoun that finds them, or "his spokesman" and the like.
fn is_person(a: &Analysed, span: std::ops::Range<usize>, person: usize) -> bool {
    let last = span.end - 1;
    if span.len() == 1 && matches!(a.w(last), "he" | "she") {
        return resolve_pronoun(a, last) == Some(person);
    }
    if span.len() == 2
        && matches!(a.w(span.start), "his" | "her")
        && FOR_PERSON.contains(&a.w(last))
    {
        return resolve_pronoun(a, span.start) == Some(person);
    }
    // "Mr Reed", "Cllr Tom Reed", "A spokesman for Mr Reed"
    if a.person_at(last) != Some(person) {
        return false;
    }
    let ms = mention_start(a, last);
    (span.start..ms).all(|j| {
        matches!(a.tag(j), Tag::Role(_) | Tag::Party(_))
            || matches!(a.w(j), "a" | "the" | "for" | "of")
            || FOR_PERSON.contains(&a.w(j))
    })
}
