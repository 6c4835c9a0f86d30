//! Frames that set a modality from the words around the trigger rather than from a cue:
//! object control ("urged her to join", "tried to persuade him to defect"), "too … to", a
//! change still awaiting another body's approval, and an attribution to unnamed sources.

use floorcross_model::Modality;

use super::scope::matches_at;
use crate::doc::Analysed;

/// Whether the trigger at `t` is the infinitive after "too" and an adjective ("too young to
/// retire", "too ill to be moved", "too early to have resigned"), sentence from `s0`.
pub(super) fn too_adjective_to(a: &Analysed, s0: usize, t: usize) -> bool {
    let mut k = t;
    if k > s0 && matches!(a.w(k - 1), "be" | "have") {
        k -= 1;
    }
    k >= s0 + 3
        && a.w(k - 1) == "to"
        && a.w(k - 3) == "too"
        && a.is_word(k - 2)
        && a.m.party_at(k - 2).is_none()
        && a.person_at(k - 2).is_none()
}

/// Whether the words after the trigger say the change still awaits another decision:
/// "subject to (the) approval / ratification / endorsement / a ballot", "(has) yet to be
/// approved", "must be ratified", "pending approval", "before the national party makes its
/// decision" ("pending an investigation" is no such thing: it is why a suspension was made).
pub(super) fn awaits_approval(a: &Analysed, si: usize, from: usize) -> bool {
    const APPROVAL: &[&str] = &[
        "approval",
        "ratification",
        "endorsement",
        "confirmation",
        "ballot",
        "vote",
        "decision",
    ];
    const APPROVED: &[&str] = &[
        "approved",
        "ratified",
        "endorsed",
        "confirmed",
        "rubber-stamped",
    ];
    let end = a.seg.sentences[si].tokens.end;
    let skip_det = |k: usize| {
        let mut k = k;
        while k < end && matches!(a.w(k), "the" | "a" | "its" | "their" | "final" | "formal") {
            k += 1;
        }
        k
    };
    (from..end).any(|k| match a.w(k) {
        "subject" if a.w(k + 1) == "to" => APPROVAL.contains(&a.w(skip_det(k + 2))),
        "pending" | "awaiting" => APPROVAL.contains(&a.w(skip_det(k + 1))),
        "yet" if a.w(k + 1) == "to" => {
            let j = if a.w(k + 2) == "be" { k + 3 } else { k + 2 };
            APPROVED.contains(&a.w(j))
                || matches!(a.w(k + 2), "approve" | "ratify" | "endorse" | "decide")
        }
        "must" | "needs" => {
            let mut j = k + 1;
            if matches!(a.w(j), "still" | "to") {
                j += 1;
            }
            a.w(j) == "be" && APPROVED.contains(&a.w(j + 1))
        }
        "before" => (k + 1..(k + 8).min(end)).any(|j| {
            matches!(a.w(j), "decides" | "rules")
                || a.w(j) == "decision" && matches!(a.w(j - 1), "its" | "their" | "a" | "final")
        }),
        _ => false,
    })
}

/// "Labour urged Ann Cole to join the party", "tried to persuade her to defect": an
/// infinitive whose subject is the object of a verb of asking or persuading. Asking, urging
/// or inviting is a call, no event (`Some(None)`); persuading that was only tried or hoped
/// for is hypothetical, and one that failed denied. `None` when the frame is not there.
pub(super) fn object_control(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
    person_tok: Option<usize>,
) -> Option<Option<Modality>> {
    let s0 = a.seg.sentences[si].tokens.start;
    let p = person_tok?;
    // (the "to" is the trigger's own in "to fight the seat")
    if trigger.start < s0 + 3 || p >= trigger.start {
        return None;
    }
    if a.w(trigger.start) != "to" && a.w(trigger.start - 1) != "to" {
        return None;
    }
    // the verb right before the object (past its determiner or title)
    let v = (p.saturating_sub(3).max(s0)..p).rev().find(|&k| {
        a.person_at(k).is_none()
            && a.is_word(k)
            && !matches!(a.tag(k), floorcross_mention::Tag::Role(_))
    })?;
    let w = a.w(v);
    // (verbs of asking: the module's CALLS are phrases read in the chain)
    const ASKING: &[&str] = &[
        "urge",
        "urged",
        "urges",
        "urging",
        "invite",
        "invited",
        "invites",
        "inviting",
        "ask",
        "asked",
        "asks",
        "asking",
        "encourage",
        "encouraged",
        "encourages",
        "encouraging",
        "begged",
        "pressed",
        "pressured",
        "lobbied",
        "challenged",
        "dared",
    ];
    const PERSUADE: &[&str] = &[
        "persuade",
        "persuaded",
        "persuades",
        "persuading",
        "convince",
        "convinced",
        "convinces",
        "convincing",
    ];
    // ("the Queen asked Harold Wilson to form a government": the sovereign's invitation is
    // the appointment)
    let forms_government = (trigger.start..trigger.end).any(|k| a.w(k) == "form");
    if ASKING.contains(&w) && !forms_government {
        return Some(None);
    }
    // "are lining up X to fight the seat", "has earmarked her to succeed him": a candidate
    // others have in mind is talk of a change
    let lined_up =
        w == "up" && v > s0 && matches!(a.w(v - 1), "lining" | "lined" | "lines" | "line");
    if lined_up || matches!(w, "earmarked" | "earmarking" | "grooming" | "groomed") {
        return Some(Some(Modality::Rumoured));
    }
    if !PERSUADE.contains(&w) {
        return None;
    }
    // what comes before "to persuade": an attempt, a hope or a failure
    if v >= s0 + 2 && a.w(v - 1) == "to" {
        let how = a.w(v - 2);
        if matches!(how, "failed" | "fails" | "unable") {
            return Some(Some(Modality::Denied));
        }
        if matches!(
            how,
            "tried"
                | "tries"
                | "trying"
                | "try"
                | "hopes"
                | "hope"
                | "hoping"
                | "hoped"
                | "attempt"
                | "attempted"
                | "attempting"
                | "bid"
                | "seeks"
                | "seeking"
                | "sought"
                | "want"
                | "wants"
                | "wanted"
                | "plans"
                | "planning"
                | "efforts"
                | "effort"
        ) {
            return Some(Some(Modality::Hypothetical));
        }
    }
    None
}

/// Whether the sentence, after token `from`, attributes its claim to unnamed sources: "…,
/// according to sources", "…, sources said", "…, the BBC understands", "…, it is understood".
pub(super) fn attributed_after(a: &Analysed, si: usize, from: usize) -> bool {
    let s_end = a.seg.sentences[si].tokens.end;
    let unnamed = |w: &str| matches!(w, "sources" | "source" | "insiders" | "reports");
    (from..s_end).any(|k| {
        if a.w(k) != "," {
            return false;
        }
        let (n1, n2) = (a.w(k + 1), a.w(k + 2));
        (n1 == "according" && n2 == "to" && (k + 3..(k + 6).min(s_end)).any(|j| unnamed(a.w(j))))
            || unnamed(n1)
                && matches!(
                    n2,
                    "say" | "said" | "says" | "claim" | "claimed" | "suggest"
                )
            || matches_at(a, k + 1, &["it", "is", "understood"])
            || matches_at(a, k + 1, &["it", "was", "understood"])
            // "…, it was claimed", "…, it is thought", "…, it was reported"
            || n1 == "it"
                && matches!(n2, "is" | "was" | "has")
                && (k + 3..(k + 5).min(s_end)).any(|j| {
                    matches!(
                        a.w(j),
                        "claimed" | "thought" | "believed" | "reported" | "alleged" | "rumoured"
                    )
                })
            || (k + 1..(k + 5).min(s_end)).any(|j| {
                (a.w(j) == "understands"
                    || matches!(a.w(j), "learned" | "learnt") && a.w(j - 1) == "has")
                    && (k + 1..j).all(|x| a.is_word(x))
            })
    })
}
