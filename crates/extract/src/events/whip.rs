//! A whip lost and given back, the second told by "it": "He lost the Conservative whip in
//! 2006 and had it restored five months later"; "She had the whip withdrawn. It was restored to
//! her in February 2007."

use super::*;

/// "He lost the Conservative whip in 2006 …, and had it restored five months later": a whip
/// lost, then given back in a conjunct that refers to it by "it", is a readmission of the
/// same person to the same party; a whip given back to one "who lost it in July" was
/// withdrawn then.
pub(crate) fn whip_given_back(a: &Analysed, out: &mut Vec<Cand>) {
    let mut found = Vec::new();
    // "the whip was restored to Deborah Almond, the Conservative who lost it in July": a whip
    // given back to someone who, the sentence goes on, "lost it" was first withdrawn
    for c in out.iter() {
        if c.kind != EventType::Readmit || c.modality != Modality::Asserted {
            continue;
        }
        let s = &a.seg.sentences[c.sentence];
        if !s.tokens.clone().any(|k| a.w(k) == "whip") {
            continue;
        }
        let Some(lost) = (c.trigger.end..s.tokens.end.saturating_sub(1)).find(|&k| {
            a.w(k) == "lost" && a.w(k + 1) == "it"
                || a.w(k) == "had"
                    && a.w(k + 1) == "it"
                    && matches!(a.w(k + 2), "withdrawn" | "removed" | "suspended")
        }) else {
            continue;
        };
        let n = if a.w(lost) == "lost" { 2 } else { 3 };
        let trigger = lost..lost + n;
        found.push(Cand {
            kind: EventType::Expel,
            from: c.to.clone(),
            to: None,
            date: event_date(a, c.sentence, &trigger, Modality::Asserted),
            trigger,
            ..c.clone()
        });
    }
    for c in out.iter() {
        if c.kind != EventType::Expel || c.modality != Modality::Asserted {
            continue;
        }
        let s = &a.seg.sentences[c.sentence];
        // (the whip is what was lost: "lost the whip", "had the whip withdrawn", "the whip
        // was suspended")
        let subject_whip = c.trigger.start >= s.tokens.start + 2
            && a.w(c.trigger.start - 2) == "whip"
            && matches!(a.w(c.trigger.start - 1), "was" | "is");
        if !(c.trigger.clone()).any(|k| a.w(k) == "whip") && !subject_whip {
            continue;
        }
        // ("The whip was suspended in March 2006, but restored a week later": a passive's
        // gapped conjunct shares its subject, the whip)
        let passive_loss =
            subject_whip || c.trigger.clone().any(|k| matches!(a.w(k), "was" | "been"));
        let gapped = passive_loss
            .then(|| {
                (c.trigger.end..s.tokens.end.saturating_sub(1)).find(|&k| {
                    matches!(a.w(k), "but" | "and")
                        && matches!(a.w(k + 1), "restored" | "returned" | "reinstated")
                })
            })
            .flatten();
        if let Some(k) = gapped {
            found.push(readmission(a, c, c.sentence, k + 1..k + 2));
            continue;
        }
        let Some(back) =
            (c.trigger.end..s.tokens.end.saturating_sub(2)).find(|&k| had_it_back(a, k))
        else {
            if let Some(back) = given_back_later(a, c) {
                found.push(back);
            }
            continue;
        };
        found.push(readmission(a, c, c.sentence, back..back + 3));
    }
    out.extend(found);
}

/// "had it restored", "has it returned", "got it back" at `k`.
fn had_it_back(a: &Analysed, k: usize) -> bool {
    matches!(a.w(k), "had" | "has" | "got")
        && a.w(k + 1) == "it"
        && matches!(a.w(k + 2), "restored" | "returned" | "reinstated" | "back")
}

/// The whip lost in `c` given back at `trigger` of sentence `si`: a readmission to the party
/// it was lost from, dated by its clause unless counted "later" from a time the text leaves
/// open ("had it restored five months later").
fn readmission(a: &Analysed, c: &Cand, si: usize, trigger: std::ops::Range<usize>) -> Cand {
    let s_end = a.seg.sentences[si].tokens.end;
    let later = (trigger.end..(trigger.start + 8).min(s_end)).find(|&k| a.w(k) == "later");
    Cand {
        kind: EventType::Readmit,
        from: None,
        to: c.from.clone(),
        date: match later {
            None => event_date(a, si, &trigger, Modality::Asserted),
            Some(l) => days_later(a, trigger.end..l, c.date.as_deref()),
        },
        trigger,
        ..c.clone()
    }
}

/// "In March 2006 she had the whip withdrawn … It was restored to her in February 2007", "She
/// had it restored in 2007": a whip given back in one of the next two sentences, told by "it",
/// to the person who lost it (by name or by a pronoun that finds them).
fn given_back_later(a: &Analysed, c: &Cand) -> Option<Cand> {
    let n = a.seg.sentences.len();
    for si in c.sentence + 1..(c.sentence + 3).min(n) {
        let s = &a.seg.sentences[si];
        let is_person = |k: usize| {
            a.person_at(k) == Some(c.person)
                || matches!(a.w(k), "he" | "him" | "she" | "her")
                    && resolve_pronoun(a, k) == Some(c.person)
        };
        for k in s.tokens.clone() {
            // "She had it restored", "He got it back"
            let had_it = had_it_back(a, k) && k > s.tokens.start && is_person(k - 1);
            // "It was restored to her"
            let it_was = a.w(k) == "it" && matches!(a.w(k + 1), "was" | "has") && {
                let v = if a.w(k + 2) == "been" { k + 3 } else { k + 2 };
                matches!(a.w(v), "restored" | "returned" | "reinstated")
                    && a.w(v + 1) == "to"
                    && is_person(v + 2)
            };
            if !(had_it || it_was) {
                continue;
            }
            return Some(Cand {
                sentence: si,
                evidence: s.span,
                headline: a.is_headline(si),
                ..readmission(a, c, si, k..k + 3)
            });
        }
    }
    None
}

/// The date a few days or weeks after the whip was lost, told as a count before "later" ("a
/// week later", "ten days later", "a fortnight later"): that many days on from a day; the same
/// month from a month when the count is under three weeks (a loss "in March" given back "a
/// week later" is most often given back in March). A longer count, or a loss with no day or
/// month, leaves it undated.
fn days_later(a: &Analysed, count: std::ops::Range<usize>, lost: Option<&str>) -> Option<String> {
    let lost = lost?;
    let words: Vec<&str> = count.map(|k| a.w(k)).collect();
    let (n, unit) = match words.as_slice() {
        ["a" | "one", unit] => (1, *unit),
        ["a", "few", unit] => (3, *unit),
        [n, unit] => (
            match *n {
                "two" => 2,
                "three" => 3,
                "four" => 4,
                "five" => 5,
                "six" => 6,
                "ten" => 10,
                n => n.parse().ok()?,
            },
            *unit,
        ),
        _ => return None,
    };
    let days = match unit {
        "day" | "days" => n,
        "week" | "weeks" => 7 * n,
        "fortnight" => 14 * n,
        _ => return None,
    };
    match lost.len() {
        10 => super::dates::adjust::shift_days(lost, days),
        7 if days < 21 => Some(lost.to_string()),
        _ => None,
    }
}
