//! The `from` and `to` parties the words around one trigger give, by the event's kind: the
//! party after "from", "to", "for", "as" or a banner, the party a joining or readmission
//! takes, the party a leaving or an expulsion is from, where a defection goes and which side
//! an earlier party is (gaining, losing, talked with), the selecting or deselecting party.

use super::*;

/// `from` and `to` parties for the trigger.
pub(crate) fn parties(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> (Option<String>, Option<String>) {
    let s = &a.seg.sentences[si];
    let hi = (trigger.end + 12).min(s.tokens.end);
    let named = |p: (usize, String)| Some(p.1).filter(|n| !n.is_empty());
    let mut from = None;
    let mut to = None;
    // "swapped the Tory benches for Labour's", "swapped Labour for the Lib Dems": the party
    // before "for" is left, the one after it joined
    if rule.kind == EventType::Defect
        && ["swap", "dump", "ditch"]
            .iter()
            .any(|w| a.w(trigger.start).starts_with(w))
    {
        if let Some(f) = (trigger.end..hi).find(|&j| a.w(j) == "for") {
            from = party_in(a, trigger.end, f).map(|p| p.1);
            // ("for Labour's": a possessive party owns the benches it names)
            to = party_in(a, f + 1, (f + 4).min(hi)).map(|p| p.1);
            return (from, to);
        }
    }
    // explicit "from X" / "to X" / "for X" after the trigger
    let mut k = trigger.end;
    while k < hi {
        let w = a.w(k);
        if matches!(w, "." | ";") || (w == "," && k > trigger.end + 1) {
            break;
        }
        if w == "from" && from.is_none() {
            from = party_after(a, si, k + 1, 4).and_then(named);
            // "defected from the party ... to form the Reform Alliance": the party left is a
            // known one, not the group being formed
            if from
                .as_deref()
                .is_some_and(|f| floorcross_mention::Lexicon::get().party_name(f).is_none())
            {
                let k0 = k;
                from =
                    a.m.parties
                        .iter()
                        .rev()
                        .filter(|p| p.tokens.end <= k0)
                        .map(|p| p.party.clone())
                        .find(|p| {
                            floorcross_mention::Lexicon::get().party_name(p).is_some()
                                && p != "Independent"
                        });
            }
        }
        if matches!(w, "to" | "for" | "into") && to.is_none() && !hurt_party(a, k) {
            // "defected to Labour", "to join the Tories", "to form the group", "for Veritas"
            let mut j = k + 1;
            if matches!(
                a.w(j),
                "join" | "form" | "found" | "launch" | "set" | "rejoin" | "stand" | "fight"
            ) {
                j += 1;
                if a.w(j) == "up" {
                    j += 1;
                }
            } else if a.w(j) == "sit" && matches!(a.w(j + 1), "with" | "alongside") {
                // "crossed the floor to sit with the Liberal Democrats"
                j += 2;
            }
            to = party_after(a, si, j, 4).and_then(named);
        }
        // "was selected by Labour to fight the seat": the selecting party is the one stood for
        if w == "by" && to.is_none() && rule.kind == EventType::Select && k == trigger.end {
            to = party_after(a, si, k + 1, 3).and_then(named);
        }
        // "will stand under the new party's banner", "stood under the Ukip banner", "on the
        // Labour ticket": the party whose banner or ticket it is
        if matches!(w, "under" | "on")
            && to.is_none()
            && matches!(
                rule.kind,
                EventType::Stand | EventType::Select | EventType::Elect | EventType::Reelect
            )
            && (k + 1..(k + 7).min(s.tokens.end))
                .any(|j| matches!(a.w(j), "banner" | "colours" | "ticket" | "flag"))
        {
            let end = (k + 6).min(s.tokens.end);
            to = (k + 1..end)
                .find_map(|j| a.m.party_at(j).map(|p| p.party.clone()))
                .filter(|p| p != "Independent")
                .or_else(|| {
                    // ("the new party's banner": the party the story just introduced)
                    (k + 1..end)
                        .find(|&j| matches!(a.w(j), "party" | "group"))
                        .and_then(|j| group_antecedent(a, j))
                })
                .or_else(|| {
                    // ("will fight a by-election under his new colours": the party the story
                    // has just had someone join)
                    (k + 1..end)
                        .any(|j| a.w(j) == "new")
                        .then(|| last_destination(a, si, k))
                        .flatten()
                });
        }
        // "stand as a Liberal Democrat", "elected as the Labour candidate"
        if w == "as"
            && to.is_none()
            && matches!(
                rule.kind,
                EventType::Stand | EventType::Select | EventType::Elect | EventType::Reelect
            )
        {
            let j = if matches!(a.w(k + 1), "a" | "an" | "the" | "its" | "their") {
                k + 2
            } else {
                k + 1
            };
            to =
                a.m.party_at(j)
                    .map(|p| p.party.clone())
                    .filter(|p| p != "Independent");
        }
        k += 1;
    }
    match rule.kind {
        // "The Greens now have three councillors after Ann Cole joined from Labour": the party
        // after "from" was left; the one joined is the main clause's subject
        EventType::Join if a.w(trigger.end) == "from" => {
            let left =
                party_in(a, trigger.end + 1, (trigger.end + 4).min(s.tokens.end)).map(|p| p.1);
            let s0 = s.tokens.start;
            let mut b = s0;
            if a.w(b) == "the" {
                b += 1;
            }
            let joined =
                a.m.party_at(b)
                    .map(|p| p.party.clone())
                    .filter(|p| Some(p) != left.as_ref());
            (left, joined)
        }
        EventType::Join | EventType::Found | EventType::Readmit => {
            // "join Ukip in 2014 and returned to the Tories": the party the verb takes, not a
            // later clause's "to"
            if let Some(object) = party_after(a, si, trigger.end, 2).and_then(named) {
                to = Some(object);
            }
            // ("Alliance confirmed that former Ulster Unionist councillor X has joined the
            // party": the party joined is the one that says so, not the last one named)
            if a.w(trigger.end) == "the" && matches!(a.w(trigger.end + 1), "party" | "group") {
                if let Some(p) = reporting_party(a, si, trigger.start) {
                    to = Some(p);
                }
            }
            // "had the Labour whip restored", "took the Liberal Democrat whip": the party
            // inside the phrase
            if to.is_none() && matches!(rule.kind, EventType::Readmit | EventType::Join) {
                to = party_in(a, trigger.start, trigger.end).map(|p| p.1);
            }
            // "Veritas, which was launched by X": the party founded stands before
            if to.is_none() && rule.kind == EventType::Found && a.w(trigger.end - 1) == "by" {
                let lo = trigger.start.saturating_sub(6).max(s.tokens.start);
                to = (lo..trigger.start)
                    .rev()
                    .find_map(|k| a.m.party_at(k).map(|p| p.party.clone()))
                    .or_else(|| named_before_party_noun(a, lo, trigger.start));
            }
            if to.is_none() {
                to = party_after(a, si, trigger.end, 6).and_then(named);
            }
            // ("has launched a new party. It will be called Your Voice.": a new party the
            // trigger itself names is the first one no list knows named after it, in this
            // sentence or the next)
            if to.is_none()
                && rule.kind == EventType::Found
                && matches!(a.w(trigger.end - 1), "party" | "group" | "movement")
            {
                let horizon = a
                    .seg
                    .sentences
                    .get(si + 1)
                    .map_or(s.tokens.end, |x| x.tokens.end);
                to =
                    a.m.parties
                        .iter()
                        .find(|p| {
                            p.tokens.start >= trigger.end
                                && p.tokens.end <= horizon
                                && floorcross_mention::Lexicon::get()
                                    .party_name(&p.party)
                                    .is_none()
                        })
                        .map(|p| p.party.clone());
            }
            // "the readmission of former Labour councillor X": the party that describes the
            // one readmitted is the one they return to
            if to.is_none() && rule.kind == EventType::Readmit && rule.frame == Frame::Noun {
                let lim = (trigger.end + 6).min(s.tokens.end);
                if let Some(name) = (trigger.end..lim).find(|&k| a.person_at(k).is_some()) {
                    to = party_in(a, trigger.end, name).map(|p| p.1);
                }
            }
            // "the Conservative whip was restored to X"
            if to.is_none() && rule.kind == EventType::Readmit {
                let lo = trigger.start.saturating_sub(5).max(s.tokens.start);
                to = party_in(a, lo, trigger.start).map(|p| p.1);
            }
            (None, to)
        }
        EventType::Leave | EventType::Expel => {
            // "stripped of the Tory whip": the party inside the phrase
            if from.is_none() {
                from = party_in(a, trigger.start, trigger.end).map(|p| p.1);
            }
            // "suspended as Tory MP", "suspended as a Labour councillor": the party of the
            // capacity suspended
            if from.is_none() && rule.kind == EventType::Expel && a.w(trigger.end) == "as" {
                from = party_in(a, trigger.end + 1, (trigger.end + 4).min(s.tokens.end))
                    .map(|p| p.1)
                    .filter(|p| p != "Independent");
            }
            if from.is_none() {
                from = party_after(a, si, trigger.end, 5).and_then(named);
            }
            if from.is_none() {
                // the expelling party as agent: "UKIP suspended X", "UKIP said it had
                // suspended X"
                let lo = if rule.kind == EventType::Expel {
                    s.tokens.start
                } else {
                    trigger.start.saturating_sub(4).max(s.tokens.start)
                };
                // (not a party some earlier verb went to: "defected to the Liberal Democrats,
                // the second to leave the party")
                from = party_in(a, lo, trigger.start)
                    .filter(|(k, _)| {
                        let ps = a.m.party_at(*k).map_or(*k, |p| p.tokens.start);
                        let before = if a.w(ps.wrapping_sub(1)) == "the" {
                            ps.wrapping_sub(2)
                        } else {
                            ps.wrapping_sub(1)
                        };
                        !matches!(a.w(before), "to" | "into")
                    })
                    .map(|p| p.1);
            }
            (from, None)
        }
        EventType::Defect => {
            // "switched to Labour", "went over to the Tories": the trigger ends in its "to"
            if to.is_none() && a.w(trigger.end - 1) == "to" {
                to = party_after(a, si, trigger.end, 4).and_then(named);
            }
            // "the defection of one of her MPs, Tom Ellis, an ex-minister, to Labour"
            if to.is_none() && rule.frame == Frame::Noun {
                let far = (trigger.end + 20).min(s.tokens.end);
                to = (trigger.end..far)
                    .take_while(|&k| !matches!(a.w(k), "." | ";"))
                    .find_map(|k| {
                        if !matches!(a.w(k), "to" | "for") {
                            return None;
                        }
                        if hurt_party(a, k) {
                            return None;
                        }
                        // ("her switch to the Tories")
                        let j = if a.w(k + 1) == "the" { k + 2 } else { k + 1 };
                        // ("objected to the Conservatives' policies": an owner, no destination)
                        a.m.party_at(j)
                            .filter(|p| !a.is_possessive_any(p.tokens.end))
                            .map(|p| p.party.clone())
                    });
            }
            // the party a defector's own side is named by earlier in the sentence: "The Tory
            // leader played down the defection of one of her MPs"
            // ... unless that party gains the defector: "Reform UK has gained another councillor
            // after X switched sides", "the Lib Dems welcomed X, who defected"
            // ("The Greens have gained a councillor after X crossed the floor from Labour":
            // the gaining party is where X went, whatever "from" says)
            if from.is_none() || to.is_none() {
                let earlier = (s.tokens.start..trigger.start).find_map(|k| {
                    a.m.party_at(k)
                        .filter(|p| {
                            p.tokens.start == k
                                && Some(&p.party) != to.as_ref()
                                && p.party != "Independent"
                                && !agents_label(a, p.tokens.clone())
                        })
                        .map(|p| (p.tokens.end, p.party.clone()))
                });
                // "in talks with UKIP about defecting", "held talks with the Tories over a
                // switch": the party talked with is where the move would go
                let talked_with = earlier.as_ref().is_some_and(|(end, _)| {
                    let start =
                        a.m.parties
                            .iter()
                            .find(|p| p.tokens.end == *end)
                            .map_or(*end, |p| p.tokens.start);
                    word_before_party(a, start) == "with"
                        && (s.tokens.start..start)
                            .any(|k| matches!(a.w(k), "talks" | "discussions" | "negotiations"))
                });
                if talked_with {
                    if to.is_none() {
                        to = earlier.map(|(_, p)| p);
                    }
                } else if let Some((end, party)) = earlier {
                    let mut j = end;
                    while matches!(
                        a.w(j),
                        "has" | "have" | "had" | "now" | "also" | "would" | "will"
                    ) {
                        j += 1;
                    }
                    let gains = matches!(
                        a.w(j),
                        "gained"
                            | "gains"
                            | "welcomed"
                            | "welcomes"
                            | "welcome"
                            | "recruited"
                            | "recruits"
                            | "secured"
                            | "poached"
                    );
                    // ("Conservative MP Ann Cole, who defected in 2019": the label she wears
                    // now, past a dated defection told in a relative clause, is where she went)
                    // (long enough ago for the label to be the new one: not this month's
                    // news, when papers keep the old label)
                    let s0 = s.tokens.start;
                    let month = a.dct.map(|d| d.to_string()[..7].to_string());
                    let before_this_month = |v: &str| {
                        month
                            .as_deref()
                            .is_some_and(|m| !m.starts_with(&v[..v.len().min(7)]))
                    };
                    let relative_dated = (trigger.start.saturating_sub(3).max(s0)..trigger.start)
                        .any(|k| a.w(k) == "who")
                        && (trigger.end..(trigger.end + 6).min(s.tokens.end))
                            .take_while(|&k| !matches!(a.w(k), "," | ";"))
                            .any(|k| {
                                a.point_timex(k)
                                    .and_then(|t| crate::events::dates::date_value(a, t, k))
                                    .is_some_and(|v| before_this_month(&v))
                            });
                    // "The Conservatives lost their only councillor to the Greens when X
                    // switched sides": the losing party was left, the one after "to" gained
                    let loses = matches!(a.w(j), "lost" | "loses" | "lose");
                    let lost_to = || {
                        (j + 1..trigger.start)
                            .take_while(|&k| !matches!(a.w(k), "," | ";" | "." | "and"))
                            .find(|&k| a.w(k) == "to")
                            .and_then(|k| {
                                let n = if a.w(k + 1) == "the" { k + 2 } else { k + 1 };
                                a.m.party_at(n).map(|p| p.party.clone())
                            })
                            .filter(|p| *p != party && p != "Independent")
                    };
                    if gains {
                        to = to.or(Some(party));
                    } else if from.is_none() {
                        if loses {
                            to = to.or_else(lost_to);
                            from = Some(party);
                        } else if relative_dated && to.is_none() {
                            to = Some(party);
                        } else {
                            from = Some(party);
                        }
                    }
                }
            }
            (from, to)
        }
        EventType::Select if to.is_none() => {
            // "The Lib Dems selected X": the selecting party before the verb
            let lo = trigger.start.saturating_sub(3).max(s.tokens.start);
            // ... or "selected as the party's candidate": the party last named, in this
            // sentence or the two before
            let the_party = || {
                let hi = (trigger.end + 6).min(s.tokens.end);
                let k = (trigger.end..hi).find(|&k| {
                    a.w(k) == "the" && a.w(k + 1) == "party" && matches!(a.w(k + 2), "'s" | "’s")
                })?;
                let from = a.seg.sentences[si.saturating_sub(2)].tokens.start;
                a.m.parties
                    .iter()
                    .rev()
                    .find(|p| {
                        p.tokens.end <= k && p.tokens.start >= from && p.party != "Independent"
                    })
                    .map(|p| p.party.clone())
            };
            // ... or "Conservatives in Marden Cross held a primary and picked X": the party
            // that opens the sentence as its subject, when no other party comes between
            let opening = || {
                let mut k = s.tokens.start;
                if matches!(a.w(k), "the" | "local") {
                    k += 1;
                }
                let p = a.m.party_at(k).filter(|p| p.tokens.start == k)?;
                let alone = a
                    .m
                    .parties
                    .iter()
                    .filter(|q| q.tokens.start > p.tokens.start && q.tokens.end <= trigger.start)
                    .all(|q| q.party == p.party);
                (alone && p.party != "Independent").then(|| p.party.clone())
            };
            (
                None,
                party_in(a, lo, trigger.start)
                    .map(|p| p.1)
                    .or_else(the_party)
                    .or_else(opening),
            )
        }
        EventType::Elect
        | EventType::Stand
        | EventType::Select
        | EventType::Reelect
        | EventType::Defeat => {
            // "as Labour candidate", "Labour's candidate", "the Tory candidate"
            if to.is_none() {
                let lo = trigger.start.saturating_sub(6).max(s.tokens.start);
                // (not a rival's label: "takes the seat from Conservative candidate X")
                let rival_before = |k: usize| {
                    let mut b = k;
                    while b > s.tokens.start && matches!(a.w(b - 1), "the" | "a" | "its" | "their")
                    {
                        b -= 1;
                    }
                    b > s.tokens.start
                        && matches!(
                            a.w(b - 1),
                            "from"
                                | "against"
                                | "beat"
                                | "beating"
                                | "defeated"
                                | "defeating"
                                | "over"
                                | "to"
                                | "ousting"
                                | "ousted"
                                | "unseating"
                                | "unseated"
                        )
                };
                let near_cand = (lo..hi)
                    .filter(|&k| a.m.role_at(k).is_some_and(|r| r.role.contains("candidate")))
                    .find_map(|c| {
                        let from_c = c.saturating_sub(3).max(s.tokens.start);
                        party_in(a, from_c, c).filter(|(k, _)| !rival_before(*k))
                    });
                if let Some((_, party)) = near_cand {
                    to = Some(party);
                }
            }
            (None, to)
        }
        // ("Veteran Conservative MP Sir Tom Ashby has been deselected": the party that names
        // the person, anywhere before the verb in its clause, as for an expulsion)
        // ("defeated by the Conservatives, he was deselected by his local party": a party some
        // other verb's agent or rival is not the one that deselects)
        EventType::Deselect => {
            let own = |k: usize| !governed_party(a, k) || k + 1 >= trigger.start;
            let in_range = |lo: usize, hi: usize| {
                (lo..hi).find_map(|k| {
                    a.m.party_at(k)
                        .filter(|p| p.tokens.start == k && own(k))
                        .map(|p| p.party.clone())
                })
            };
            (
                in_range(trigger.start.saturating_sub(5).max(s.tokens.start), hi)
                    .or_else(|| in_range(s.tokens.start, trigger.start)),
                None,
            )
        }
        _ => (None, None),
    }
}

/// Whether the party mention at `party` labels the noun of an agent's by-phrase ("was said by
/// several Labour backbenchers to be …"): the agents' side, not the subject's.
fn agents_label(a: &Analysed, party: std::ops::Range<usize>) -> bool {
    let mut b = party.start;
    while b > 0
        && matches!(
            a.w(b - 1),
            "the"
                | "a"
                | "several"
                | "some"
                | "many"
                | "two"
                | "three"
                | "senior"
                | "other"
                | "fellow"
                | "few"
                | "leading"
                | "local"
        )
    {
        b -= 1;
    }
    b > 0
        && a.w(b - 1) == "by"
        && a.is_word(party.end)
        && a.raw(party.end).chars().all(|c| c.is_ascii_lowercase())
}

/// The party that reports the clause before `end` in sentence `si`: a party right before a
/// verb of saying ("Alliance confirmed that …", "Labour has said …").
fn reporting_party(a: &Analysed, si: usize, end: usize) -> Option<String> {
    let s0 = a.seg.sentences[si].tokens.start;
    a.m.parties
        .iter()
        .filter(|p| p.tokens.start >= s0 && p.tokens.end < end)
        .find(|p| {
            let mut k = p.tokens.end;
            if matches!(a.w(k), "has" | "have" | "had") {
                k += 1;
            }
            matches!(
                a.w(k),
                "confirmed" | "said" | "says" | "announced" | "revealed" | "confirms" | "announces"
            )
        })
        .map(|p| p.party.clone())
        .filter(|p| p != "Independent")
}

/// The party last named as where someone went, in sentence `si` before token `k` or the two
/// sentences before it: the object of "joined", or of "to"/"into" after a change of side
/// ("quit the party and joined Ukip", "defected to the Greens").
fn last_destination(a: &Analysed, si: usize, k: usize) -> Option<String> {
    let lo = a.seg.sentences[si.saturating_sub(2)].tokens.start;
    (lo..k).rev().find_map(|j| {
        let p = a.m.party_at(j)?;
        let start = p.tokens.start;
        if j + 1 != p.tokens.end {
            return None;
        }
        let b = if start > 0 && a.w(start - 1) == "the" {
            start - 1
        } else {
            start
        };
        let before = a.w(b.wrapping_sub(1));
        let went = matches!(
            before,
            "joined" | "join" | "joins" | "joining" | "rejoined" | "into"
        ) || before == "to"
            && matches!(
                a.w(b.wrapping_sub(2)),
                "defected" | "defects" | "defecting" | "switched" | "over" | "defection"
            );
        (went && p.party != "Independent").then(|| p.party.clone())
    })
}
