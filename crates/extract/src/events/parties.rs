//! Which party an event is about: the party after the trigger ("defected to Labour"), a
//! group named earlier ("the group"), a candidate's own party, never a rival's. The words that
//! name a party are read in `party_phrases`.

use super::*;

/// The party the document gives a person in a description before any of their mentions
/// ("SNP leader Alex Salmond"), when it gives one only.
pub(crate) fn document_party(a: &Analysed, person: usize) -> Option<String> {
    let mut found: Option<String> = None;
    for pm in a.m.person_mentions.iter().filter(|pm| pm.person == person) {
        if let Some(p) = person_party(a, pm.tokens.start) {
            match &found {
                Some(f) if *f != p => return None,
                _ => found = Some(p),
            }
        }
    }
    found
}

/// The party named in the description right before a person mention ("Labour's Sam
/// Whitlow", "the Green Party's Abi Farrant", "Tory MP Anna Soubry").
pub(crate) fn person_party(a: &Analysed, tok: usize) -> Option<String> {
    // a results line's "Dan Reeve (Con)", "Ann Cole (Labour)": the party in brackets after
    let me = super::name_lists::mention_end(a, tok);
    if a.w(me) == "(" && a.w(me + 2) == ")" {
        if let Some(p) = a.m.party_at(me + 1) {
            return Some(p.party.clone()).filter(|p| p != "Independent");
        }
    }
    let ms = mention_start(a, tok);
    let s0 = a.seg.sentences[a.sentence_of(tok)].tokens.start;
    let mut k = ms;
    while k > s0 && k + 5 > ms {
        k -= 1;
        if let Some(p) = a.m.party_at(k) {
            if a.w(p.tokens.start.wrapping_sub(1)) == "former" {
                return None;
            }
            return Some(p.party.clone()).filter(|p| p != "Independent");
        }
        if !(a.is_possessive(k)
            || matches!(a.tag(k), Tag::Role(_))
            || matches!(
                a.w(k),
                "the" | "a" | "mp" | "candidate" | "rival" | "challenger" | "opponent" | "newcomer"
            ))
        {
            return None;
        }
    }
    None
}

/// The party a candidacy or election is for, when the sentence names one near the trigger
/// and not as a rival ("from Labour", "against the Tories").
pub(crate) fn candidacy_party(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> Option<String> {
    let s = &a.seg.sentences[si];
    let lo = trigger.start.saturating_sub(10).max(s.tokens.start);
    // (not past the clause: "elected as a Lib Dem in 2019, now sits with the Greens")
    let hi = (trigger.end..(trigger.end + 10).min(s.tokens.end))
        .find(|&k| {
            a.w(k) == ","
                && matches!(
                    a.w(k + 1),
                    "now" | "but" | "and" | "who" | "which" | "while" | "whereas" | "although"
                )
        })
        .unwrap_or((trigger.end + 10).min(s.tokens.end));
    let rival = |p: &floorcross_mention::PartyMention| {
        // ("beating the Conservatives, Labour and the Greens": a party listed after a rival is
        // one too; the list is read from its first party)
        let mut first = p.tokens.start;
        loop {
            let mut b = first.wrapping_sub(1);
            if a.w(b) == "the" {
                b = b.wrapping_sub(1);
            }
            match a.m.party_at(b.wrapping_sub(1)) {
                Some(q) if matches!(a.w(b), "," | "and" | "or") && q.tokens.end == b => {
                    first = q.tokens.start;
                }
                _ => break,
            }
        }
        // ("snatched the seat from the Tories": past the article)
        let mut b = first.wrapping_sub(1);
        // (nor a party left before the candidacy is told: "Ann Cole, who quit the SNP in 2018,
        // will stand"; one left after it may be the one she stood for: "Ann Hale – first
        // elected in 2010 – has quit the Labour Party")
        const LEFT: &[&str] = &["quit", "quits", "quitting", "left", "leaving", "leaves"];
        let left_before = |w: &str| LEFT.contains(&w) && p.tokens.start < trigger.start;
        // ("beat the Tory candidate by 1,231 votes": the rival's party)
        if a.w(b) == "the"
            && (matches!(
                a.w(b.wrapping_sub(1)),
                "from"
                    | "against"
                    | "over"
                    | "than"
                    | "beat"
                    | "beating"
                    | "defeated"
                    | "defeating"
            ) || left_before(a.w(b.wrapping_sub(1))))
        {
            b = b.wrapping_sub(1);
        }
        let before = a.w(b);
        // ("The Liberal Democrat, Morag Lindqvist, polled 1,217 and Ukip's Terence Bowditch
        // 644": a party owning a name after the trigger is that other person's)
        let owns_later_name = p.tokens.start > trigger.start && {
            let mut n = p.tokens.end;
            if a.is_possessive(n) || matches!(a.w(n), "'s" | "’s") {
                n += 1;
            }
            n > p.tokens.end && a.person_at(n).is_some()
        };
        owns_later_name
            || matches!(
                before,
                "from"
                    | "against"
                    | "over"
                    | "beat"
                    | "beating"
                    | "defeated"
                    | "defeating"
                    | "than"
                    | "to"
                    | "of"
                    | "by"
            )
            || left_before(before)
            || matches!(
            a.w(p.tokens.end),
            "government" | "majority" | "seat" | "gain" | "held"
        )
            // "after Labour's landslide", "the Labour victory": the party owns the result, not
            // the candidacy ("Labour's candidate" still names it)
            || {
                let mut n = p.tokens.end;
                if a.is_possessive(n) || matches!(a.w(n), "'s" | "’s" | "'" | "’") {
                    n += 1;
                }
                matches!(
                    a.w(n),
                    "landslide"
                        | "victory"
                        | "win"
                        | "defeat"
                        | "wipeout"
                        | "collapse"
                        | "triumph"
                        | "rout"
                        | "heartland"
                        | "heartlands"
                        | "stronghold"
                )
            }
    };
    let near =
        a.m.parties
            .iter()
            .filter(|p| {
                p.tokens.start >= lo && p.tokens.end <= hi && !rival(p) && p.party != "Independent"
            })
            .min_by_key(|p| p.tokens.start.abs_diff(trigger.start))
            .map(|p| p.party.clone());
    // ("was first elected to Glanmorfa County Borough Council in 2008, as the Labour
    // councillor for Cwm Eithin": "as" and a party's member further on, in the same clause)
    near.or_else(|| {
        let far = (trigger.end + 20).min(s.tokens.end);
        let mut k = trigger.end;
        while k < far {
            if matches!(a.w(k), ";" | "but" | "and" | "who" | "which" | "while") {
                return None;
            }
            if a.w(k) == "as" {
                let mut j = k + 1;
                if matches!(a.w(j), "a" | "an" | "the") {
                    j += 1;
                }
                return a
                    .m
                    .party_at(j)
                    .filter(|p| p.tokens.start == j && p.party != "Independent")
                    .map(|p| p.party.clone());
            }
            k += 1;
        }
        None
    })
}

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
            // "had the Labour whip restored": the party inside the phrase
            if to.is_none() && rule.kind == EventType::Readmit {
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
                                    .and_then(|t| super::dates::date_value(a, t, k))
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

/// The defection a joining or a leaving is when the sentence names the other party right
/// after the party joined or left: "joined Labour from the Liberal Democrats", "left the
/// Conservatives for Reform UK". The new kind, `from` and `to`; `None` when it names none.
pub(crate) fn other_party_of_change(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
    kind: EventType,
    from: &Option<String>,
    to: &Option<String>,
) -> Option<(EventType, Option<String>, Option<String>)> {
    // "quits party for Lib Dems": the party after "for", past an unnamed "party", is where
    // the leaver went, not the party left
    // ("ditched the party for UKIP": the one after "for" is where they went; the party left
    // is their own, named before or found by the later passes)
    if kind == EventType::Leave && to.is_none() {
        let mut k = trigger.end;
        if matches!(a.w(k), "the" | "his" | "her" | "their") {
            k += 1;
        }
        if a.w(k) == "party" && a.w(k + 1) == "for" {
            let j = if a.w(k + 2) == "the" { k + 3 } else { k + 2 };
            let dest = a.m.party_at(j).map(|p| &p.party);
            if from.is_some() && dest == from.as_ref() {
                return Some((EventType::Defect, None, from.clone()));
            }
            if dest.is_some_and(|d| d != "Independent") {
                return Some((EventType::Defect, from.clone(), dest.cloned()));
            }
        }
    }
    // "joined the party from Labour": the party joined is the story's, told before; the one
    // after "from" is where the joiner came from
    if kind == EventType::Join && from.is_none() {
        let k = trigger.end;
        let s_end = a.seg.sentences[si].tokens.end;
        if a.w(k) == "the" && matches!(a.w(k + 1), "party" | "group") && a.w(k + 2) == "from" {
            let j = if a.w(k + 3) == "the" { k + 4 } else { k + 3 };
            let src =
                a.m.party_at(j)
                    .filter(|_| j < s_end)
                    .map(|p| p.party.clone())
                    .filter(|p| p != "Independent" && Some(p) != to.as_ref())?;
            return Some((EventType::Defect, Some(src), to.clone()));
        }
    }
    match kind {
        EventType::Join if to.is_some() && from.is_none() => {
            let src = party_past(a, si, trigger, "from").filter(|p| Some(p) != to.as_ref())?;
            Some((EventType::Defect, Some(src), to.clone()))
        }
        EventType::Leave if to.is_none() && from.is_some() => {
            let dest = party_past(a, si, trigger, "for").filter(|p| Some(p) != from.as_ref())?;
            Some((EventType::Defect, from.clone(), Some(dest)))
        }
        _ => None,
    }
}

/// The party named after `prep` right after the party that is the trigger's object ("joined
/// Labour *from* the Liberal Democrats"); never "Independent".
fn party_past(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
    prep: &str,
) -> Option<String> {
    let s_end = a.seg.sentences[si].tokens.end;
    let object =
        a.m.parties
            .iter()
            .find(|p| p.tokens.start >= trigger.end && p.tokens.start <= trigger.end + 1)?;
    let k = object.tokens.end;
    if a.w(k) != prep || k + 1 >= s_end {
        return None;
    }
    let k = if a.w(k + 1) == "the" { k + 2 } else { k + 1 };
    a.m.parties
        .iter()
        .find(|p| p.tokens.start == k && p.party != "Independent")
        .map(|p| p.party.clone())
}

/// "Alliance said that its councillor, Declan Moore, had been suspended", "the residents'
/// group will field Tam Yeoh as its candidate", "The Conservatives will be defending it with
/// Adrian Lusk", "was selected for the safe Labour seat of Brindle East": the organisation
/// the sentence makes the person's own, by an "its"/"their" before or right after the name
/// (the clause's subject party), by "with" after a party subject, or by the party of the
/// seat a candidacy is for. `None` when the sentence names no such party.
pub(crate) fn owning_party(
    a: &Analysed,
    si: usize,
    person: usize,
    trigger: usize,
) -> Option<String> {
    let s = &a.seg.sentences[si];
    // "selected for the safe Labour seat of Brindle East": the seat's party (whoever "she" is)
    let hi = (trigger + 8).min(s.tokens.end);
    let seat_party = (trigger..hi).find_map(|k| {
        let p = a.m.party_at(k)?;
        let seat = matches!(a.w(p.tokens.end), "seat" | "seats")
            && (trigger..p.tokens.start).any(|j| a.w(j) == "for");
        seat.then(|| p.party.clone())
    });
    // (the person's own mentions, not every mention of the document)
    let Some(pm) = a.m.people[person]
        .mentions
        .iter()
        .map(|&m| &a.m.person_mentions[m])
        .find(|pm| s.tokens.contains(&pm.tokens.start))
    else {
        return seat_party;
    };
    let (ms, me) = (pm.tokens.start, pm.tokens.end);
    // (a party named as a rival or an agent is not the subject: "defeated by the
    // Conservatives", "took the seat from Labour")
    let subject_party = |before: usize| {
        a.m.parties
            .iter()
            .filter(|p| p.tokens.start >= s.tokens.start && p.tokens.end <= before)
            .rfind(|p| !governed_party(a, p.tokens.start))
            .map(|p| p.party.clone())
            .filter(|p| p != "Independent")
    };
    let own_word = |k: usize| matches!(a.w(k), "its" | "their");
    let before = (ms.saturating_sub(4).max(s.tokens.start)..ms).find(|&k| own_word(k));
    let after = (me..(me + 4).min(s.tokens.end))
        .find(|&k| own_word(k) && matches!(a.w(k - 1), "as" | "for"));
    if let Some(k) = before.or(after) {
        // ("Labour members met on Saturday. Local members voted to choose Julie Okafor as
        // their candidate": else the party the sentence before names, as a subject would)
        return subject_party(k).or_else(|| {
            let from = a.seg.sentences[si.saturating_sub(1)].tokens.start;
            a.m.parties
                .iter()
                .filter(|p| p.tokens.start >= from && p.tokens.end <= s.tokens.start)
                .rfind(|p| p.party != "Independent" && !governed_party(a, p.tokens.start))
                .map(|p| p.party.clone())
        });
    }
    // "defending it with Adrian Lusk": a party's candidate is who it fights with
    if ms > s.tokens.start && a.w(ms - 1) == "with" {
        let verb = (s.tokens.start..ms).any(|k| {
            matches!(
                a.w(k),
                "defending"
                    | "defend"
                    | "defends"
                    | "contesting"
                    | "contest"
                    | "fighting"
                    | "fight"
            )
        });
        if verb {
            return subject_party(ms);
        }
    }
    seat_party
}

/// Fills the side of a candidacy, a leaving, an expulsion or a readmission that the words
/// left empty with [`owning_party`], before the document-level guesses (the story's party)
/// can.
pub(crate) fn owning_parties(a: &Analysed, out: &mut [Cand]) {
    for c in out.iter_mut() {
        let slot = match c.kind {
            EventType::Leave | EventType::Expel | EventType::Deselect | EventType::Defect => {
                &mut c.from
            }
            EventType::Readmit
            | EventType::Stand
            | EventType::Select
            | EventType::Elect
            | EventType::Reelect => &mut c.to,
            _ => continue,
        };
        if slot.is_some() || c.headline {
            continue;
        }
        if let Some(p) = owning_party(a, c.sentence, c.person, c.trigger.start) {
            *slot = Some(p);
        }
    }
    // "Plaid AM Gwenllian Rees … was leaving the party she has served": the party a member
    // leaves, told as "the party", is their own, not the last one the story named
    for c in out.iter_mut() {
        if !matches!(
            c.kind,
            EventType::Leave | EventType::Expel | EventType::Defect
        ) || c.headline
        {
            continue;
        }
        let end = a.seg.sentences[c.sentence].tokens.end;
        let bare = (c.trigger.end..(c.trigger.end + 3).min(end))
            .any(|k| a.w(k) == "the" && a.w(k + 1) == "party" && a.m.party_at(k + 1).is_none());
        // (a party the sentence itself names before is the antecedent: "was previously a
        // Liberal Democrat member but left the party in 2006", "A UKIP member of the European
        // Parliament has quit the party to found a rival movement")
        let s0 = a.seg.sentences[c.sentence].tokens.start;
        let named_here =
            a.m.parties
                .iter()
                .filter(|p| p.tokens.start >= s0 && p.tokens.end <= c.trigger.start)
                .find(|p| p.party != "Independent" && !governed_party(a, p.tokens.start))
                .map(|p| p.party.clone());
        if !bare {
            continue;
        }
        if let Some(here) = named_here {
            if c.to.as_deref() != Some(here.as_str()) {
                c.from = Some(here);
            }
            continue;
        }
        if let Some(own) = document_party(a, c.person) {
            if c.to.as_deref() != Some(own.as_str()) {
                c.from = Some(own);
            }
        }
    }
    // "Ulster Unionist MLA crosses to DUP", "Tory MPs deny Ukip defection talk": a defection
    // whose destination the body leaves unsaid goes to the one party the headline names as a
    // destination (after "to", "for", "joins"; before "defection", "switch", "move"), when the
    // headline names no one else
    let headline = |k: usize| a.headline_sentences.contains(&a.sentence_of(k));
    let destinations: Vec<&str> = {
        let mut d: Vec<&str> =
            a.m.parties
                .iter()
                .filter(|p| headline(p.tokens.start) && p.party != "Independent")
                .filter(|p| {
                    matches!(
                        word_before_party(a, p.tokens.start),
                        "to" | "for" | "into" | "joins" | "join" | "joining" | "joined"
                    ) || matches!(
                        a.w(p.tokens.end),
                        "defection"
                            | "defections"
                            | "switch"
                            | "move"
                            | "defector"
                            | "defectors"
                            | "talks"
                    )
                })
                .map(|p| p.party.as_str())
                .collect();
        d.dedup();
        d
    };
    if let [only] = destinations[..] {
        // the people the headline names, once
        let named: Vec<usize> =
            a.m.person_mentions
                .iter()
                .filter(|pm| headline(pm.tokens.start))
                .map(|pm| pm.person)
                .collect();
        let others_named = |person: usize| named.iter().any(|&q| q != person);
        for c in out.iter_mut() {
            if c.kind != EventType::Defect || c.to.is_some() || c.headline {
                continue;
            }
            if others_named(c.person) || c.from.as_deref() == Some(only) {
                continue;
            }
            c.to = Some(only.to_string());
        }
    }
}

/// The one party the story puts beside each person, when it puts one only: a party labelling
/// a role within a few words of one of their mentions, in the same clause, with no one else
/// named between ("was the kind of Labour MP whips dream of", "Ann Cole, a Green councillor"),
/// never one they came from, fought or were beaten by ("defected from Labour", "beaten by
/// the SNP"), nor one another person's name owns ("beat Labour's Tom Reed"). The last guess
/// for a side no rule could fill.
pub(crate) fn described_parties(a: &Analysed) -> std::collections::HashMap<usize, String> {
    let mut seen: std::collections::HashMap<usize, Option<String>> = Default::default();
    for pm in a.m.person_mentions.iter().filter(|pm| !pm.credit) {
        let si = a.sentence_of(pm.tokens.start);
        let s = &a.seg.sentences[si];
        let stop = |k: usize| {
            matches!(
                a.w(k),
                ";" | "." | ":" | "but" | "while" | "whereas" | "although"
            ) || a.person_at(k).is_some_and(|q| q != pm.person)
        };
        let mut near = Vec::new();
        let mut k = pm.tokens.start;
        while k > s.tokens.start && k + 8 > pm.tokens.start {
            k -= 1;
            if stop(k) {
                break;
            }
            near.push(k);
        }
        let mut k = pm.tokens.end;
        while k < s.tokens.end && k < pm.tokens.end + 8 {
            if stop(k) {
                break;
            }
            near.push(k);
            k += 1;
        }
        for k in near {
            let Some(p) = a.m.party_at(k) else { continue };
            if p.tokens.start != k || p.party == "Independent" {
                continue;
            }
            let foreign = governed_party(a, k)
                || word_before_party(a, k) == "for"
                || a.is_possessive_any(p.tokens.end)
                    && (p.tokens.end..(p.tokens.end + 4).min(s.tokens.end))
                        .any(|j| a.person_at(j).is_some_and(|q| q != pm.person));
            // (only a party that labels a role: "Labour MP", "a Green councillor", "Labour's
            // candidate"; not "after Labour's landslide", "quit the SNP")
            let labels_role = (p.tokens.end..(p.tokens.end + 3).min(s.tokens.end))
                .take_while(|&j| a.m.person_at(j).is_none())
                .any(|j| a.m.role_at(j).is_some());
            if foreign || !labels_role {
                continue;
            }
            let entry = seen
                .entry(pm.person)
                .or_insert_with(|| Some(p.party.clone()));
            if entry.as_deref() != Some(p.party.as_str()) {
                *entry = None;
            }
        }
    }
    seen.into_iter()
        .filter_map(|(person, p)| p.map(|p| (person, p)))
        .collect()
}

/// The word that governs the party mention starting at `start`, past an article ("defeated
/// *by* the Conservatives", "crosses *to* DUP").
fn word_before_party<'a>(a: &'a Analysed<'a>, start: usize) -> &'a str {
    let mut b = start.wrapping_sub(1);
    if a.w(b) == "the" {
        b = b.wrapping_sub(1);
    }
    a.w(b)
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

/// Whether the party mention starting at `start` is another verb's agent, a rival or a
/// destination rather than a subject or a label ("by the Conservatives", "against Labour",
/// "from Plaid", "to the Greens", "with Labour").
fn governed_party(a: &Analysed, start: usize) -> bool {
    matches!(
        word_before_party(a, start),
        "from" | "against" | "by" | "over" | "than" | "to" | "with" | "into"
    )
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
