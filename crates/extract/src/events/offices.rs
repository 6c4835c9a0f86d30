//! Which office or seat a change concerns: the role after the trigger ("as home
//! secretary", "made Ann Cole, the former mayor, foreign secretary"), the office before the
//! person ("Home Secretary David Blunkett resigned"), and the seat or named post nearby.

use super::*;

/// Roles that are seats or candidacies, not offices one is appointed to or resigns from.
pub(crate) const SEAT_ROLES: &[&str] = &[
    "MP",
    "MPs",
    "MEP",
    "MEPs",
    "MSP",
    "MSPs",
    "AM",
    "MLA",
    "candidate",
    "candidates",
    "councillor",
    "councillors",
];

/// A role or office within a few words after `end` ("as home secretary", "the cabinet").
/// A named office wins over a generic word ("the position of home secretary").
/// The title at `k` when it lists its brief with commas and "and" before its head noun
/// ("shadow culture, media and sport secretary", "environment, food and rural affairs
/// minister"): lower-case words only, a comma or "and" among them, a head noun of a post.
fn listed_brief_title(a: &Analysed, k: usize, s_end: usize) -> Option<String> {
    let lower_word = |j: usize| {
        a.raw(j).chars().all(|c| c.is_ascii_lowercase() || c == '-') && !a.w(j).is_empty()
    };
    if !lower_word(k) || matches!(a.w(k), "the" | "a" | "an" | "and" | "his" | "her") {
        return None;
    }
    let mut listed = false;
    for j in k + 1..(k + 9).min(s_end) {
        let w = a.w(j);
        if matches!(
            w,
            "secretary" | "minister" | "spokesman" | "spokeswoman" | "spokesperson"
        ) {
            if !listed {
                return None;
            }
            let span = Span::new(a.seg.tokens[k].start, a.seg.tokens[j].end);
            return Some(a.phrase(span));
        }
        if matches!(w, "," | "and" | "&") {
            listed = true;
        } else if !lower_word(j) || a.person_at(j).is_some() || a.m.party_at(j).is_some() {
            return None;
        }
    }
    None
}

pub(crate) fn office_after(a: &Analysed, si: usize, end: usize) -> Option<(usize, String)> {
    office_after_with(a, si, end, false)
}

/// [`office_after`], past an agent's office when `skip_agent` ("sacked by the prime
/// minister": the office is the agent's, not the one lost; it still says the sentence is about
/// offices).
pub(crate) fn office_after_with(
    a: &Analysed,
    si: usize,
    end: usize,
    skip_agent: bool,
) -> Option<(usize, String)> {
    let s_end = a.seg.sentences[si].tokens.end;
    // "made home secretary", "given the job": the office follows closely (past a pronoun
    // object and two modifiers: "made her a shadow health spokeswoman")
    let verb = a.w(end.saturating_sub(1));
    let window = if matches!(
        verb,
        "made" | "makes" | "making" | "given" | "handed" | "offered"
    ) {
        if matches!(a.w(end), "him" | "her" | "them") {
            5
        } else {
            4
        }
    } else {
        7
    };
    // "will be in charge of Defence", "took charge of the Treasury": a department named
    // with a capital is the office taken
    if verb == "of" && a.w(end.wrapping_sub(2)) == "charge" {
        let k = if a.w(end) == "the" { end + 1 } else { end };
        let department = k < s_end
            && a.raw(k).starts_with(|c: char| c.is_uppercase())
            && a.person_at(k).is_none()
            && a.m.party_at(k).is_none();
        if department {
            let mut e = k + 1;
            while e < s_end
                && (a.raw(e).starts_with(|c: char| c.is_uppercase())
                    || matches!(a.w(e), "of" | "for" | "and")
                        && e + 1 < s_end
                        && a.raw(e + 1).starts_with(|c: char| c.is_uppercase()))
                && a.person_at(e).is_none()
            {
                e += 1;
            }
            let span = Span::new(a.seg.tokens[k].start, a.seg.tokens[e - 1].end);
            return Some((k, a.phrase(span)));
        }
    }
    // ("Morwenna Cadogan takes over at work and pensions", "replaces Ms Dalmore at
    // environment", "Eleri Vaughan moves to health"): in a story of appointments, a portfolio
    // named after "at" or "to" is the office taken
    if crate::events::appointments_story(a) {
        let hi = (end + window).min(s_end);
        // (the trigger's own "to": "moves to health")
        for k in end.saturating_sub(1)..hi {
            if matches!(a.w(k), "," | ";" | "." | "as") {
                break;
            }
            if !matches!(a.w(k), "at" | "to") {
                continue;
            }
            if let Some(n) = portfolio_at(a, k + 1, s_end) {
                let span = Span::new(a.seg.tokens[k + 1].start, a.seg.tokens[k + n].end);
                return Some((k + 1, a.phrase(span)));
            }
        }
    }
    let mut lim = (end + window).min(s_end);
    let mut generic = None;
    // "promoted from the whips' office to become housing minister": the office left is in the
    // "from" phrase, the one taken after "to"
    let moved = matches!(
        verb,
        "promoted" | "moved" | "moves" | "shifted" | "switched"
    );
    let mut k = end;
    while k < lim {
        if moved && a.w(k) == "from" {
            let to = (k + 1..(k + 12).min(s_end))
                .find(|&j| matches!(a.w(j), "to" | "," | ";" | "." | "who" | "which"));
            // "… to become only the second woman, after Jacqui Smith, to be Home Secretary":
            // the office taken may come later in the sentence, after "to be"
            let to_be = (k + 1..s_end)
                .filter(|&j| a.w(j) == "to" && matches!(a.w(j + 1), "be" | "become"))
                .find_map(|j| {
                    (j + 2..(j + 5).min(s_end))
                        .find_map(|r| a.m.role_at(r))
                        .filter(|r| !SEAT_ROLES.contains(&r.role))
                        .map(|r| (r.tokens.start, role_phrase(a, r.tokens.clone())))
                });
            match to {
                _ if to_be.is_some() => return to_be,
                Some(j) if a.w(j) == "to" => {
                    k = j + 1;
                    lim = (k + window).min(s_end);
                    continue;
                }
                _ => return None,
            }
        }
        // "made Ann Cole, the former mayor of Bristol, foreign secretary": past the object's
        // apposition to its complement
        if window == 4 && a.w(k) == "," && k > end && (end..k).all(|j| a.person_at(j).is_some()) {
            if let Some(close) = (k + 1..(k + 14).min(s_end)).find(|&j| a.w(j) == ",") {
                k = close + 1;
                lim = (k + 4).min(s_end);
                continue;
            }
        }
        // "became Lord Callaghan of Cardiff": a peerage
        if k == end
            && a.m
                .person_at(k)
                .is_some_and(|pm| matches!(a.raw(pm.tokens.start), "Lord" | "Baroness" | "Lady"))
        {
            return Some((k, "life peer".to_string()));
        }
        // "sacked by the prime minister": the agent's office is not the one lost or taken
        if skip_agent && a.w(k) == "by" {
            let mut j = k + 1;
            while matches!(a.w(j), "the" | "his" | "her" | "then" | "new" | "party") {
                j += 1;
            }
            if let Some(r) = a.m.role_at(j) {
                k = r.tokens.end;
                continue;
            }
        }
        if let Some(r) = a.m.role_at(k) {
            // "named Clydeview MSP Morag Tennant as its business manager": a role before a
            // name describes the object; the office taken comes after the name
            if let Some(pm) = a.m.person_at(r.tokens.end) {
                k = pm.tokens.end;
                lim = (k + window).min(s_end);
                continue;
            }
            if SEAT_ROLES.contains(&r.role) {
                return None;
            }
            // "ahead of Prime Minister's Questions", "named as the chancellor's deputy": an
            // office that owns the next noun is someone else's
            if a.is_possessive(r.tokens.end) || matches!(a.w(r.tokens.end), "'s" | "’s") {
                k = r.tokens.end + 1;
                continue;
            }
            // "given up his PM ambition", "given up his dream of one day being prime minister": a
            // hope, not the office
            let hope = |w: &str| {
                matches!(
                    w,
                    "ambition" | "ambitions" | "hopes" | "dream" | "dreams" | "aspirations"
                )
            };
            if hope(a.w(r.tokens.end)) || (end..k).any(|j| hope(a.w(j))) {
                return None;
            }
            return Some((k, role_phrase(a, r.tokens.clone())));
        }
        // "removed me as chair of the planning committee": "chair" is no listed role (a
        // chair is furniture too), but "as (the) chair of" a body names an office
        if a.w(k) == "chair"
            && a.w(k + 1) == "of"
            && (a.w(k.wrapping_sub(1)) == "as"
                || a.w(k.wrapping_sub(1)) == "the" && a.w(k.wrapping_sub(2)) == "as")
        {
            let body_end = (k + 2..(k + 8).min(s_end)).find(|&j| {
                matches!(
                    a.w(j),
                    "committee" | "council" | "group" | "board" | "party" | "association" | "panel"
                )
            });
            if let Some(e) = body_end {
                let span = Span::new(a.seg.tokens[k].start, a.seg.tokens[e].end);
                return Some((k, a.phrase(span)));
            }
        }
        // "becomes shadow culture, media and sport secretary": a brief of several words,
        // listed with commas and "and", before the title's head noun
        if k <= end + 1 {
            if let Some(t) = listed_brief_title(a, k, s_end) {
                return Some((k, t));
            }
        }
        let w = a.w(k);
        if generic.is_none()
            && window > 4
            && matches!(
                w,
                "cabinet"
                    | "government"
                    | "post"
                    | "job"
                    | "office"
                    | "brief"
                    | "portfolio"
                    | "chairmanship"
                    | "leadership"
                    | "frontbench"
                    | "reshuffle"
                    | "bench"
                    | "lords"
                    | "board"
                    | "role"
                    | "position"
            )
        {
            generic = Some((k, w.to_string()));
        }
        if matches!(
            w,
            "." | ";"
                | "but"
                | "and"
                | "who"
                | "which"
                | "because"
                | "after"
                | "over"
                | "longest-serving"
                | ","
                // "joined calls for the minister to quit": the office is not what was joined
                | "calls"
                | "call"
                | "demands"
                | "chorus"
                // "suspended for voting against the government": what was opposed
                | "against"
        ) {
            break;
        }
        // "stood down in February to become chief executive of a charity": the next job
        if w == "to"
            && matches!(
                a.w(k + 1),
                "become" | "take" | "join" | "run" | "lead" | "head" | "focus" | "spend" | "work"
            )
            && k > end
        {
            break;
        }
        k += 1;
    }
    generic
}

/// The role phrase as written, with a qualifying party or department before it
/// ("Labour leader", "Home Office minister").
pub(crate) fn role_phrase(a: &Analysed, toks: std::ops::Range<usize>) -> String {
    a.phrase(Span::new(
        a.seg.tokens[toks.start].start,
        a.seg.tokens[toks.end - 1].end,
    ))
}

/// The office an appointment, resignation or dismissal concerns.
pub(crate) fn role_for(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
    people: &[(usize, usize)],
) -> Option<String> {
    // ("sacked in the reshuffle" says when, not which office)
    if let Some((_, r)) =
        office_after_with(a, si, trigger.end, true).filter(|(_, r)| r != "reshuffle")
    {
        return Some(r);
    }
    // "Home Secretary David Blunkett resigned": an office right before the person
    // (not before the verb of someone acting on the person: "the prime minister sacked X")
    if !people.is_empty() && people.iter().all(|&(_, t)| t > trigger.start) {
        return None;
    }
    let s0 = a.seg.sentences[si].tokens.start;
    let lo = trigger.start.saturating_sub(8).max(s0);
    // (not an office that is some other verb's object: "has angered his chancellor by going
    // back on a promise to stand aside")
    (lo..trigger.start).rev().find_map(|k| {
        a.m.role_at(k)
            .filter(|r| r.kind == RoleKind::Office)
            .filter(|r| {
                // (the office of the event's own person, not of another name: "told the
                // BBC's political editor John Pike his resignation was")
                match a.person_at(r.tokens.end) {
                    Some(q) => people.iter().any(|&(p, _)| p == q),
                    None => (r.tokens.end..trigger.start)
                        .all(|j| AUX.contains(&a.w(j)) || a.w(j).ends_with("ly") || a.w(j) == "to"),
                }
            })
            .map(|r| role_phrase(a, r.tokens.clone()))
    })
}

/// The seat or named office for the trigger: the nearest post mention in the sentence,
/// preferring one after the trigger.
pub(crate) fn post_for(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> Option<String> {
    let s = &a.seg.sentences[si];
    let after = (trigger.end..s.tokens.end).find_map(|k| a.m.post_at(k).map(|p| p.name.clone()));
    after.or_else(|| {
        (s.tokens.start..trigger.start)
            .rev()
            .find_map(|k| a.m.post_at(k).map(|p| p.name.clone()))
    })
}

/// Portfolios a reshuffle moves people to or between, named by their subject.
const PORTFOLIOS: &[&[&str]] = &[
    &["health"],
    &["education"],
    &["transport"],
    &["environment"],
    &["defence"],
    &["justice"],
    &["the", "treasury"],
    &["business"],
    &["housing"],
    &["culture"],
    &["trade"],
    &["energy"],
    &["agriculture"],
    &["communities"],
    &["finance"],
    &["leisure"],
    &["planning"],
    &["regeneration"],
    &["work", "and", "pensions"],
    &["the", "home", "office"],
    &["the", "foreign", "office"],
    &["the", "cabinet", "office"],
    &["the", "whips'", "office"],
    &["children's", "services"],
];

/// How many tokens the portfolio named at token `k` takes, if one is ("health", "work and
/// pensions", "the Home Office") before the sentence's end `s_end`, not followed by a noun it
/// modifies ("health service").
fn portfolio_at(a: &Analysed, k: usize, s_end: usize) -> Option<usize> {
    PORTFOLIOS.iter().find_map(|p| {
        let fits = k + p.len() <= s_end && p.iter().enumerate().all(|(j, w)| a.w(k + j) == *w);
        let next = a.w(k + p.len());
        let ends = matches!(
            next,
            "," | "." | ";" | "and" | "from" | "in" | "on" | "with" | ""
        ) || !a.is_word(k + p.len());
        (fits && ends).then_some(p.len())
    })
}
