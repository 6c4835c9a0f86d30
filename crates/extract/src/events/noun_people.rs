//! Whose change a noun trigger names: the possessor ("X's resignation", "his defection"), the
//! of-phrase ("the resignation of X"), a relative "whose", or the subject of the verb the noun
//! is the object of ("mounted a challenge", "is weighing up a move to Reform UK").

use super::*;

/// The person of a noun trigger: "X's resignation", "his resignation", "the resignation of
/// X", "the defection to Labour of X", "whose retirement".
pub(crate) fn noun_person(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> Vec<(usize, usize)> {
    let s0 = a.seg.sentences[si].tokens.start;
    let s_end = a.seg.sentences[si].tokens.end;
    // "the loss of her seat": a possessive pronoun inside the trigger phrase owns the change
    if let Some(k) = trigger
        .clone()
        .skip(1)
        .find(|&k| matches!(a.w(k), "his" | "her"))
    {
        return resolve_pronoun(a, k)
            .map(|p| vec![(p, k)])
            .unwrap_or_default();
    }
    // "of X" after: right after the noun, or after a short complement ("to Labour of X");
    // not after a noun with its own verb ("her bid to unseat the leader of the party, X":
    // what follows is that verb's object)
    let verb_phrase = trigger.clone().any(|k| a.w(k) == "to");
    let of_at = if verb_phrase {
        None
    } else if a.w(trigger.end - 1) == "of" {
        Some(trigger.end)
    } else {
        (trigger.end..(trigger.end + 5).min(s_end))
            .take_while(|&k| !matches!(a.w(k), "," | "." | ";" | "by" | "was" | "is"))
            .find(|&k| a.w(k) == "of")
            .map(|k| k + 1)
    };
    if let Some(k) = of_at {
        let first = (k..(k + 8).min(s_end)).find(|&j| a.person_at(j).is_some());
        if let Some(j) = first {
            let lead_in = (k..j)
                .all(|x| matches!(a.w(x), "one" | "of" | "his" | "her" | "its" | "mps"))
                || description(a, k..j);
            if lead_in {
                let p = a.person_at(j).unwrap_or_default();
                return with_list_right(a, si, p, j);
            }
        }
    }
    // possessive before, allowing an adjective or two: "Mr Blunkett's shock resignation"
    let mut k = trigger.start;
    let mut steps = 0;
    while k > s0 && steps < 3 {
        k -= 1;
        steps += 1;
        let w = a.w(k);
        if a.is_possessive_any(k) && k > s0 {
            if let Some(p) = a.person_at(k - 1) {
                return vec![(p, k - 1)];
            }
            // "The 47-year-old's defection": a description's possessive, read as "his"/"her"
            if description_before(a, s0, k).is_some() {
                return resolve_pronoun(a, k - 1)
                    .map(|p| vec![(p, k - 1)])
                    .unwrap_or_default();
            }
            return Vec::new();
        }
        if matches!(w, "his" | "her") {
            return resolve_pronoun(a, k)
                .map(|p| vec![(p, k)])
                .unwrap_or_default();
        }
        // "A, B and C announced their resignations": a plural possessive is the clause's
        // subject, when that names several people
        if w == "their" {
            let who = subject(a, si, k);
            return if who.len() >= 2 { who } else { Vec::new() };
        }
        if w == "whose" {
            // "Mr Smith, 57, whose retirement": past commas, dashes and an age
            let mut j = k;
            while j > s0
                && (matches!(a.w(j - 1), "," | "-" | "–")
                    || a.seg.tokens[j - 1].kind == floorcross_text::TokenKind::Number
                        && a.w(j - 1).len() <= 3)
            {
                j -= 1;
            }
            // ("A and B, whose resignations from Labour …": a plural noun is the list's)
            let plural = a.w(trigger.start).ends_with('s');
            return j
                .checked_sub(1)
                .and_then(|p| {
                    a.person_at(p).map(|q| {
                        if plural {
                            with_list_left(a, si, q, p)
                        } else {
                            vec![(q, p)]
                        }
                    })
                })
                .unwrap_or_default();
        }
        if !a.is_word(k) || matches!(w, "the" | "a" | "an" | "their" | "its") {
            break;
        }
    }
    // "Ann Hale is weighing a bid for the leadership", "mounted a challenge": a candidacy noun
    // that is the object of a verb of launching or weighing is its subject's
    let det = trigger.start.checked_sub(1).filter(|&d| d > s0);
    if let Some(d) = det.filter(|&d| matches!(a.w(d), "a" | "an" | "her" | "his" | "their")) {
        let verb = d - 1;
        if matches!(
            a.w(verb),
            "launched"
                | "launches"
                | "launch"
                | "launching"
                | "mounted"
                | "mount"
                | "mounts"
                | "mounting"
                | "weighing"
                | "considering"
                | "mulling"
                | "announced"
                | "announces"
                | "confirmed"
                | "made"
                | "makes"
                | "make"
                | "making"
        ) && Triggers::get()
            .matches_at(a.text, Some(&a.lower), &a.seg.tokens, trigger.start)
            .any(|(mut rules, _)| rules.any(|r| r.kind == EventType::Stand))
        {
            return subject(a, si, verb);
        }
    }
    // "is considering a defection to Labour", "announced a shock switch to the Greens",
    // "weighing up a move to Reform UK": a change of party named by an indefinite noun (an
    // adjective or two allowed) that is the object of a verb of weighing or telling is its
    // subject's
    let mut d = trigger.start;
    while d > s0 + 1
        && trigger.start - d < 2
        && a.raw(d - 1).chars().next().is_some_and(char::is_lowercase)
        && !matches!(a.w(d - 1), "a" | "an")
        && a.tag(d - 1) == Tag::None
        && a.is_word(d - 1)
    {
        d -= 1;
    }
    if d > s0 + 1 && matches!(a.w(d - 1), "a" | "an") {
        let mut verb = d - 2;
        if verb > s0 && matches!(a.w(verb), "up" | "over") {
            verb -= 1;
        }
        let change_of_party = Triggers::get()
            .matches_at(a.text, Some(&a.lower), &a.seg.tokens, trigger.start)
            .any(|(mut rules, _)| {
                rules.any(|r| matches!(r.kind, EventType::Defect | EventType::Join))
            });
        if !change_of_party {
            return Vec::new();
        }
        // ("refused to rule out a defection to Reform UK", "did not rule out a move"): the
        // subject of the ruling out, whose cue makes it a rumour; ("has been linked with a move
        // to Reform UK") the subject of the linking
        let ruled_out = a.w(verb) == "out"
            && verb > s0
            && matches!(a.w(verb - 1), "rule" | "ruled" | "rules" | "ruling");
        let linked = a.w(verb) == "with" && a.w(verb - 1) == "linked";
        if ruled_out || linked {
            return subject(a, si, verb - 1);
        }
        if matches!(
            a.w(verb),
            "considering"
                | "considered"
                | "considers"
                | "weighing"
                | "weighed"
                | "mulling"
                | "contemplating"
                | "plotting"
                | "planning"
                | "announced"
                | "announces"
                | "confirmed"
                | "confirms"
                | "made"
                | "makes"
                | "completed"
                | "completes"
                | "denied"
                | "denies"
        ) {
            return subject(a, si, verb);
        }
    }
    Vec::new()
}
