//! Whether the parse puts the trigger's verb in a tense in which news reports the day's change
//! (the present perfect, the simple present), so that the paper's day dates it; a noun
//! trigger takes the tense of the verb it hangs from.

use super::*;

/// Whether the parse puts the trigger's verb in the present perfect: a "has"/"have" auxiliary
/// on it, or on the verb whose participle clause it heads ("has been sworn in, becoming the new
/// Brexit secretary"; "has emerged victorious, beating off a challenge"), or on the verb it is
/// coordinated with as a past participle.
pub(super) fn perfect_by_parse(a: &Analysed, si: usize, trigger: &std::ops::Range<usize>) -> bool {
    let s = &a.seg.sentences[si];
    if trigger.start < s.tokens.start || trigger.end > s.tokens.end {
        return false;
    }
    // (no auxiliary "has" in the sentence, no perfect: spare the parse)
    if !s
        .tokens
        .clone()
        .any(|k| matches!(a.w(k), "has" | "have" | "'s" | "'ve"))
    {
        return false;
    }
    let p = a.parse(si);
    let base = s.tokens.start;
    let has_perfect_aux = |v: usize| {
        p.children(v).any(|c| {
            floorcross_syntax::tree::base(p.label(c)) == "aux"
                && matches!(p.lower[c].as_str(), "has" | "have" | "'s" | "'ve")
        })
    };
    trigger.clone().any(|t| {
        // "has officially launched her bid", "has withstood a challenge from Smith": a noun
        // trigger takes the tense of the verb it is the object of
        let mut v = governing_verb(&p, t - base);
        for _ in 0..3 {
            if has_perfect_aux(v) {
                return true;
            }
            let climbs = match floorcross_syntax::tree::base(p.label(v)) {
                "advcl" | "xcomp" => p.xpos[v] == "VBG",
                "conj" => p.xpos[v] == "VBN",
                _ => false,
            };
            match p.head(v) {
                Some(h) if climbs => v = h,
                _ => return false,
            }
        }
        false
    })
}

/// The verb a noun trigger hangs from as its object or subject, or as a phrase inside its
/// object ("launched her bid", "withstood a challenge from Smith", "her bid comes after"); a
/// verb trigger is its own.
pub(super) fn governing_verb(p: &floorcross_syntax::tree::Parse, mut v: usize) -> usize {
    for _ in 0..2 {
        if !p.upos[v].starts_with("NOUN") {
            break;
        }
        match (floorcross_syntax::tree::base(p.label(v)), p.head(v)) {
            // ("Eagle's leadership bid comes after …": a noun subject of the main verb)
            ("obj" | "nmod" | "compound", Some(h)) => v = h,
            // (not a verb that sets it beside another's: "his defection follows that of Price")
            ("nsubj", Some(h))
                if !matches!(
                    p.lower[h].as_str(),
                    "follows" | "follow" | "mirrors" | "echoes" | "repeats" | "matches"
                ) =>
            {
                v = h
            }
            _ => break,
        }
    }
    v
}

/// Whether the parse puts the trigger's verb in the simple present ("Blair quits as leader",
/// "Ashdown, who steps down after 11 years"): news reports the day's change in that tense.
pub(super) fn present_by_parse(a: &Analysed, si: usize, trigger: &std::ops::Range<usize>) -> bool {
    let s = &a.seg.sentences[si];
    if trigger.start < s.tokens.start || trigger.end > s.tokens.end {
        return false;
    }
    // ("X is the new MP for Bexley": a copular trigger in the present)
    if matches!(a.w(trigger.start), "is" | "are" | "becomes") {
        return true;
    }
    // a verb trigger in the past tense is no present: spare the parse
    let w = a.w(trigger.start);
    if w.ends_with("ed")
        || matches!(
            w,
            "left"
                | "won"
                | "lost"
                | "stood"
                | "ran"
                | "became"
                | "took"
                | "made"
                | "beat"
                | "held"
                | "went"
                | "gave"
                | "threw"
                | "thrown"
                | "chosen"
                | "chose"
                | "given"
        )
    {
        return false;
    }
    let p = a.parse(si);
    let base = s.tokens.start;
    trigger.clone().any(|t| {
        let v = governing_verb(&p, t - base);
        matches!(p.xpos[v], "VBZ" | "VBP")
            && p.upos[v] == "VERB"
            && !p.children(v).any(|c| {
                matches!(
                    floorcross_syntax::tree::base(p.label(c)),
                    "aux" | "aux:pass"
                )
            })
    })
}
