//! Sense filters: a trigger's words used in another sense ("brought in to help", "fighting
//! to keep", "a law established by", "pushed out of the talks") report no change.

use super::*;

/// "Drafted in to boost the Yes campaign": bringing someone in is an appointment only to an
/// office ("brought back as chief whip") or to lead something ("brought in to run the
/// election campaign"), not to help.
pub(crate) fn brought_in_to_help(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    if rule.kind != EventType::Appoint || rule.cond != Cond::None {
        return false;
    }
    let bringing = match trigger.len() {
        1 => a.w(trigger.start) == "recalled",
        2 => {
            matches!(
                a.w(trigger.start),
                "drafted" | "brought" | "bring" | "brings"
            ) && matches!(a.w(trigger.start + 1), "in" | "back")
        }
        _ => false,
    };
    if !bringing || office_after(a, si, trigger.end).is_some() {
        return false;
    }
    let s_end = a.seg.sentences[si].tokens.end;
    let leads = (trigger.end..s_end).any(|k| {
        a.w(k) == "to"
            && matches!(
                a.w(k + 1),
                "run" | "lead" | "head" | "chair" | "manage" | "oversee" | "mastermind" | "direct"
            )
    });
    !leads
}

/// "She is fighting to keep her children", "will fight to clear his name": a fight whose
/// goal is an infinitive clause is a struggle, not a candidacy, unless that clause is about a
/// seat or an election ("fighting to hold the seat").
pub(crate) fn fighting_for_something_else(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    if rule.kind != EventType::Stand
        || !matches!(a.w(trigger.end - 1), "fight" | "fighting")
        || a.w(trigger.end) != "to"
    {
        return false;
    }
    let s_end = a.seg.sentences[si].tokens.end;
    let contest = (trigger.end + 1..s_end.min(trigger.end + 6)).any(|k| {
        matches!(
            a.w(k),
            "seat"
                | "seats"
                | "election"
                | "by-election"
                | "byelection"
                | "leadership"
                | "nomination"
                | "constituency"
                | "ward"
                | "mayoralty"
        )
    });
    !contest
}

/// "a law established by his predecessor": what a passive "founded by" / "set up by" says
/// was founded must be a party or group (named, or "the party", "a group", "it"), else the
/// founding is of something else.
pub(crate) fn founded_thing_not_a_party(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    if rule.kind != EventType::Found || a.w(trigger.end - 1) != "by" {
        return false;
    }
    let s0 = a.seg.sentences[si].tokens.start;
    let mut b = trigger.start;
    while b > s0
        && (matches!(
            a.w(b - 1),
            "was" | "were" | "is" | "are" | "been" | "be" | "being" | "," | "originally" | "first"
        ) || a.w(b - 1).ends_with("ly"))
    {
        b -= 1;
    }
    if b == s0 {
        return false;
    }
    let k = b - 1;
    let party_like = a.m.party_at(k).is_some()
        || matches!(
            a.w(k),
            "party"
                | "parties"
                | "group"
                | "groups"
                | "movement"
                | "alliance"
                | "it"
                | "which"
                | "that"
                | "organisation"
                | "organization"
                | "faction"
        );
    !party_like
}

/// "had finally found a party that argues with itself", "found a new home in the Lib Dems":
/// "found" after a perfect auxiliary or an adverb of finding is the past of *find*, and so is
/// one whose object a relative clause or "in" describes; founding is "founded".
pub(crate) fn found_is_find(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    if rule.kind != EventType::Found || a.w(trigger.start) != "found" || trigger.len() != 1 {
        return false;
    }
    let s0 = a.seg.sentences[si].tokens.start;
    let t = trigger.start;
    let before = if t > s0 { a.w(t - 1) } else { "" };
    if matches!(
        before,
        "has" | "have" | "had" | "'ve" | "finally" | "eventually" | "just" | "never" | "soon"
    ) {
        return true;
    }
    // ("found a party that …", "found a home in …"): what was found is described
    let s_end = a.seg.sentences[si].tokens.end;
    (t + 1..(t + 5).min(s_end)).any(|k| {
        matches!(a.w(k), "that" | "which" | "where" | "in" | "among" | "with")
            && (t + 1..k).all(|j| a.is_word(j) && a.m.party_at(j).is_none())
    })
}

/// "pushed out of the talks", "forced out of his home": being pushed out of something that
/// is no office, post or party is no dismissal.
pub(crate) fn pushed_out_of_something_else(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    if rule.kind != EventType::Dismiss || a.w(trigger.end - 1) != "out" || a.w(trigger.end) != "of"
    {
        return false;
    }
    !names_a_position(a, si, trigger.end + 1)
}

/// "I entirely stood aside from this", "stepped aside from the inquiry": standing aside from
/// anything but a post, a seat, a body or a race is no resignation.
pub(crate) fn stood_aside_from_something_else(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    let race = (trigger.end + 1..trigger.end + 4)
        .any(|k| matches!(a.w(k), "race" | "contest" | "election" | "ballot"));
    rule.kind == EventType::Resign
        && matches!(a.w(trigger.end - 1), "aside" | "down")
        && a.w(trigger.end) == "from"
        && !race
        && !names_a_position(a, si, trigger.end + 1)
}

/// Whether the few words from `from` name a post, a party, a seat or a body one holds a place
/// in ("the cabinet", "his role", "the Labour whip").
fn names_a_position(a: &Analysed, si: usize, from: usize) -> bool {
    let s_end = a.seg.sentences[si].tokens.end;
    (from..(from + 4).min(s_end))
        .take_while(|&k| a.is_word(k))
        .any(|k| {
            a.m.role_at(k).is_some()
                || a.m.party_at(k).is_some()
                || matches!(a.tag(k), floorcross_mention::Tag::Post(_))
                || matches!(
                    a.w(k),
                    "job"
                        | "post"
                        | "role"
                        | "office"
                        | "government"
                        | "cabinet"
                        | "leadership"
                        | "party"
                        | "council"
                        | "parliament"
                        | "commons"
                        | "seat"
                        | "position"
                        | "presidency"
                        | "chairmanship"
                        | "board"
                        | "bench"
                        | "frontbench"
                        | "whip"
                        | "politics"
                        | "mayoralty"
                        | "assembly"
                        | "lords"
                        | "executive"
                        | "committee"
                        | "group"
                )
        })
}

/// "X will replace Y as chief whip" names the successor; in the passive ("X was replaced as
/// chief whip by Y") the subject is the one replaced, and after a noun of attempt ("her
/// challenge to replace Y as leader") the replacing is a contest, not an office taken.
pub(crate) fn replacing_is_no_appointment(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    rule.kind == EventType::Appoint
        && rule.frame == Frame::Subj
        && trigger.len() == 1
        && matches!(
            a.w(trigger.start),
            "replaced" | "succeeded" | "replace" | "succeed" | "replacing" | "succeeding"
        )
        && (passive(a, si, trigger.start) || attempt_to(a, si, trigger.start))
}

/// "her challenge to replace Corbyn as leader", "a bid to succeed him": an infinitive that
/// completes a noun of attempt (or a verb of competing: "vying to replace her") is a contest
/// entered, not an office taken.
pub(crate) fn attempt_to(a: &Analysed, si: usize, k: usize) -> bool {
    let s0 = a.seg.sentences[si].tokens.start;
    k >= s0 + 2
        && a.w(k - 1) == "to"
        && matches!(
            a.w(k - 2),
            "bid"
                | "challenge"
                | "attempt"
                | "campaign"
                | "race"
                | "fight"
                | "battle"
                | "contest"
                | "run"
                | "quest"
                | "effort"
                // "among five candidates vying to replace her as leader"
                | "vying"
                | "competing"
                | "jostling"
                | "bidding"
        )
}

/// "Labour retakes Castlemere as X is ousted", "won the by-election, ousting the sitting MP":
/// ousted in a story about a contest is defeated at the polls (the defeat rules read it), not
/// removed from an office.
pub(crate) fn ousted_at_the_polls(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    rule.kind == EventType::Dismiss
        && a.w(trigger.start).starts_with("oust")
        // (not "oust Ruth Carver as campaign chief": an office named is an office lost)
        && !(trigger.end..(trigger.end + 6).min(a.seg.sentences[si].tokens.end))
            .any(|k| a.w(k) == "as")
        && (a.seg.sentences[si.saturating_sub(1)].tokens.start
            ..a.seg.sentences[(si + 1).min(a.seg.sentences.len() - 1)].tokens.end)
            .chain(a.headline_sentences.clone().flat_map(|h| a.seg.sentences[h].tokens.clone()))
            .any(|k| matches!(a.w(k), "by-election" | "election" | "poll" | "polls" | "count"))
}

/// "Mr Pennywhistle, who had held the seat for a single parliament", "had held the seat for
/// Labour since 1997", "who still holds the seat": a seat held for a time, since a time, or
/// still, is a tenure, a state, not a re-election.
pub(crate) fn tenure_not_reelection(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    if rule.kind != EventType::Reelect || !matches!(a.w(trigger.start), "held" | "holds") {
        return false;
    }
    // ("Ms Pickersgill, who still holds the seat", "which she now holds": a seat still or now
    // held is a state)
    let s0 = a.seg.sentences[si].tokens.start;
    if trigger.start > s0
        && matches!(
            a.w(trigger.start - 1),
            "still" | "now" | "currently" | "continues"
        )
    {
        return true;
    }
    let s_end = a.seg.sentences[si].tokens.end;
    let mut k = trigger.end;
    // past the party it is held for ("for Labour")
    if a.w(k) == "for" && a.m.party_at(k + 1).is_some() {
        k = a.m.party_at(k + 1).map_or(k + 2, |p| p.tokens.end);
    }
    k < s_end
        && (a.w(k) == "since"
            || a.w(k) == "for"
                && (matches!(
                    a.w(k + 1),
                    "a" | "more"
                        | "over"
                        | "almost"
                        | "nearly"
                        | "just"
                        | "only"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "ten"
                        | "twenty"
                        | "decades"
                        | "years"
                ) || a
                    .seg
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.kind == floorcross_text::TokenKind::Number)))
}

/// "The deputy leadership goes to Mr Waheed", "Transport goes to Deirdre Mbeki": what "goes
/// to" a person is an office only when the clause's subject is one (an office word, a role, or
/// a capitalised department), and no one is named before it ("the money went to Tom Hale").
pub(crate) fn goes_to_no_office(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    // (a person who goes to a department as a minister is the subject's own move: read by
    // the subject frame's office condition)
    if rule.kind != EventType::Appoint
        || rule.frame == Frame::Subj
        || !matches!(a.w(trigger.start), "goes" | "went" | "passes" | "passed")
        || a.w(trigger.start + 1) != "to"
    {
        return false;
    }
    let s0 = a.seg.sentences[si].tokens.start;
    // the subject: back to the clause's start (a semicolon or comma before a list item)
    let mut b = trigger.start;
    while b > s0 && !matches!(a.w(b - 1), ";" | ":" | ",") {
        b -= 1;
    }
    let subject = b..trigger.start;
    let office = subject.clone().any(|k| {
        matches!(a.tag(k), Tag::Role(_))
            || matches!(
                a.w(k),
                "leadership" | "job" | "post" | "brief" | "portfolio" | "chairmanship" | "role"
            )
    }) || subject.len() <= 2
        && subject.clone().all(|k| {
            a.raw(k).starts_with(|c: char| c.is_uppercase())
                && a.m.party_at(k).is_none()
                && !matches!(a.w(k), "the" | "a" | "it" | "he" | "she" | "this" | "that")
        });
    let named = subject.clone().any(|k| a.person_at(k).is_some());
    !office || named
}

/// "won the Labour nomination for the seat": what is won is a party's nomination or selection,
/// its candidacy (read as a selection from the parse), not the seat.
pub(crate) fn nomination_not_election(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    if rule.kind != EventType::Elect
        || !matches!(a.w(trigger.start), "won" | "win" | "wins" | "winning")
    {
        return false;
    }
    let s_end = a.seg.sentences[si].tokens.end;
    let mut k = trigger.end;
    while k < s_end.min(trigger.end + 5)
        && (matches!(
            a.w(k),
            "the" | "a" | "its" | "their" | "party" | "'s" | "’s"
        ) || matches!(a.tag(k), Tag::Party(_)))
    {
        k += 1;
    }
    matches!(a.w(k), "nomination" | "selection")
}

/// "lost a confidence vote among MPs", "lost the vote on the budget": a vote of confidence
/// or on a motion is no election, so losing it is no defeat. The object is read from the
/// words after the trigger up to the clause's end.
pub(crate) fn vote_not_an_election(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    if rule.kind != EventType::Defeat {
        return false;
    }
    // "his first Commons defeat on the terror bill": a defeat in a division of the House is
    // no contest lost (the noun with a chamber, a bill or a motion around it)
    if rule.frame == Frame::Noun && a.w(trigger.end - 1) == "defeat" {
        let s = &a.seg.sentences[si];
        let lo = trigger.start.saturating_sub(3).max(s.tokens.start);
        let hi = (trigger.end + 6).min(s.tokens.end);
        return (lo..hi).any(|k| {
            matches!(
                a.w(k),
                "commons"
                    | "lords"
                    | "bill"
                    | "motion"
                    | "amendment"
                    | "division"
                    | "vote"
                    | "government's"
                    | "government"
            )
        });
    }
    if !matches!(a.w(trigger.end - 1), "lost" | "loses" | "lose" | "losing") {
        return false;
    }
    lost_a_vote(a, si, trigger.end)
}

/// Whether the object after a "lost" (from token `after`) is a vote of confidence or on a
/// motion ("a confidence vote", "the vote on the budget").
pub(crate) fn lost_a_vote(a: &Analysed, si: usize, after: usize) -> bool {
    let s_end = a.seg.sentences[si].tokens.end;
    let stop = (after..s_end)
        .find(|&k| matches!(a.w(k), "," | ";" | "and" | "but" | "after" | "to" | "by"))
        .unwrap_or(s_end);
    let object = after..stop.min(after + 6);
    let vote = object
        .clone()
        .find(|&k| matches!(a.w(k), "vote" | "motion" | "votes"));
    let Some(vote) = vote else { return false };
    object.clone().any(|k| {
        matches!(
            a.w(k),
            "confidence" | "no-confidence" | "non-confidence" | "commons" | "parliamentary"
        )
    }) || matches!(a.w(vote + 1), "on" | "over")
}

/// "stripped of his knighthood", "renounced her peerage": an honour or post taken away or
/// given up is no appointment (the noun's verb says which way it goes).
pub(crate) fn honour_taken_away(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    if rule.kind != EventType::Appoint || rule.frame != Frame::Noun {
        return false;
    }
    let s0 = a.seg.sentences[si].tokens.start;
    (trigger.start.saturating_sub(4).max(s0)..trigger.start).any(|k| {
        matches!(
            a.w(k),
            "stripped"
                | "strip"
                | "strips"
                | "stripping"
                | "renounced"
                | "renounce"
                | "forfeited"
                | "forfeit"
                | "revoked"
                | "revoke"
                | "rescinded"
                | "declined"
                | "refused"
                | "turned"
        )
    })
}

/// "is returning to advise Labour", "went back to work": a return whose "to" starts an
/// infinitive or names anything but a party is no return to a party. The party must follow
/// the "to" (after "the" at most): "returned to the Tory fold", "went back to Labour".
pub(crate) fn return_to_something_else(
    a: &Analysed,
    rule: &Rule,
    _si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    if rule.kind != EventType::Readmit
        || rule.frame != Frame::Subj
        || a.w(trigger.end - 1) != "to"
        || !matches!(
            a.w(trigger.start),
            "returned" | "returns" | "returning" | "return" | "went" | "goes" | "gone"
        )
    {
        return false;
    }
    let k = if a.w(trigger.end) == "the" {
        trigger.end + 1
    } else {
        trigger.end
    };
    a.m.party_at(k).is_none()
}

/// "spoke about the contest", "on the left of the party", "the run of defeats": a verb
/// trigger's word after a determiner or a modifier is the noun (the race, the wing, the
/// sequence), and no one did anything.
pub(crate) fn verb_read_as_noun(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    if rule.frame == Frame::Noun
        || trigger.len() != 1
        || !matches!(
            a.w(trigger.start),
            "contest" | "contests" | "left" | "run" | "fight" | "leave"
        )
        || trigger.start == a.seg.sentences[si].tokens.start
    {
        return false;
    }
    let before = a.w(trigger.start - 1);
    matches!(
        before,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "its"
            | "his"
            | "her"
            | "their"
            | "leadership"
            | "mayoral"
            | "selection"
            | "deputy"
            | "close"
            | "bitter"
            | "'s"
            | "’s"
            | "next"
            | "last"
            | "first"
            | "second"
            | "hard"
            | "far"
            | "soft"
            | "maternity"
            | "sick"
            | "paternity"
    ) || a.is_possessive_any(trigger.start - 1)
}

/// "stands to lose her seat", "stand to gain": likely to, not a candidacy.
pub(crate) fn stands_to_gain_or_lose(
    a: &Analysed,
    rule: &Rule,
    _si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    rule.kind == EventType::Stand
        && matches!(
            a.w(trigger.end - 1),
            "stand" | "stands" | "stood" | "standing"
        )
        && a.w(trigger.end) == "to"
        && matches!(
            a.w(trigger.end + 1),
            "lose"
                | "gain"
                | "benefit"
                | "make"
                | "win"
                | "inherit"
                | "receive"
                | "earn"
                | "profit"
                | "suffer"
        )
}

/// "he left UKIP in spirit", "a Tory in all but name": a change said only figuratively.
pub(crate) fn only_in_spirit(
    a: &Analysed,
    _rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    let s_end = a.seg.sentences[si].tokens.end;
    (trigger.end..(trigger.end + 6).min(s_end))
        .take_while(|&k| !matches!(a.w(k), "," | ";" | "." | "and" | "but"))
        .any(|k| {
            a.w(k) == "in"
                && (a.w(k + 1) == "spirit"
                    || a.w(k + 1) == "all" && a.w(k + 2) == "but" && a.w(k + 3) == "name")
        })
}

/// "the peer who keeps changing sides", "kept defecting": a change in the gerund after
/// "keep" is a habit, no one change.
pub(crate) fn habitual(
    a: &Analysed,
    _rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    let t = trigger.start;
    t > a.seg.sentences[si].tokens.start
        && a.w(t).ends_with("ing")
        && matches!(
            a.w(t - 1).to_ascii_lowercase().as_str(),
            "keeps" | "kept" | "keep" | "keeping"
        )
}

/// "quit smoking in 2010", "gave up drinking": what is quit is a habit, told by a gerund.
pub(crate) fn quit_a_habit(
    a: &Analysed,
    rule: &Rule,
    _si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    matches!(rule.kind, EventType::Resign | EventType::Leave)
        && matches!(
            a.w(trigger.end - 1),
            "quit" | "quits" | "quitting" | "up" | "stopped"
        )
        && a.w(trigger.end).ends_with("ing")
        && a.w(trigger.end).len() > 5
        && a.m.party_at(trigger.end).is_none()
        // ("quit following her resignation": a preposition, not a habit)
        && !matches!(
            a.w(trigger.end),
            "following" | "during" | "pending" | "regarding" | "concerning" | "including"
        )
}

/// "quit Twitter", "quit his BBC show": a bare "quit" whose object is a named thing or a
/// possessed noun that is no office, seat, party or place of power is no resignation.
pub(crate) fn quit_something_else(
    a: &Analysed,
    rule: &Rule,
    _si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    if rule.kind != EventType::Resign
        || trigger.len() != 1
        || !matches!(a.w(trigger.start), "quit" | "quits" | "quitting")
    {
        return false;
    }
    let k = trigger.end;
    let politics = |j: usize| {
        !matches!(a.tag(j), floorcross_mention::Tag::None)
            || matches!(
                a.w(j),
                "downing"
                    | "number"
                    | "no"
                    | "parliament"
                    | "westminster"
                    | "holyrood"
                    | "politics"
                    | "post"
                    | "job"
                    | "role"
                    | "seat"
                    | "office"
                    | "position"
                    | "cabinet"
                    | "government"
                    | "frontbench"
                    | "front"
                    | "party"
                    | "leadership"
                    | "council"
            )
    };
    let named = a.raw(k).chars().next().is_some_and(char::is_uppercase) && !politics(k);
    let possessed = matches!(a.w(k), "his" | "her" | "their")
        && (k + 1..(k + 4).min(a.seg.tokens.len()))
            .take_while(|&j| a.is_word(j))
            .all(|j| !politics(j));
    named || possessed
}

/// "expelled from school", "suspended from the Commons for ten days": expulsion is from a party
/// or its group only; "from" followed by no party, party word or whip is something else.
pub(crate) fn expelled_from_something_else(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    if rule.kind != EventType::Expel || a.w(trigger.end) != "from" {
        return false;
    }
    let s_end = a.seg.sentences[si].tokens.end;
    let phrase = (trigger.end + 1..(trigger.end + 7).min(s_end)).take_while(|&k| {
        !matches!(
            a.w(k),
            "," | "." | ";" | "after" | "for" | "over" | "pending"
        )
    });
    let party_like = phrase.clone().any(|k| {
        a.m.party_at(k).is_some()
            || matches!(
                a.w(k),
                "party" | "group" | "whip" | "membership" | "plp" | "ranks" | "caucus"
            )
    });
    // (an office is a dismissal's business, not this one's)
    let office = phrase.clone().any(|k| a.m.role_at(k).is_some());
    !party_like && !office
}

/// "seemed resigned to defeat", "is resigned to losing": resigned as an adjective of
/// acceptance, before a noun phrase or a gerund ("resigned to spend more time with his family"
/// is a resignation: an infinitive follows).
pub(crate) fn resigned_to_accept(
    a: &Analysed,
    rule: &Rule,
    _si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    // ("resigned himself to defeat")
    let reflexive = matches!(a.w(trigger.end), "himself" | "herself" | "themselves");
    let to = if reflexive {
        trigger.end + 1
    } else {
        trigger.end
    };
    if rule.kind != EventType::Resign || a.w(trigger.end - 1) != "resigned" || a.w(to) != "to" {
        return false;
    }
    let next = a.w(to + 1);
    matches!(
        next,
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "it" | "that" | "defeat" | "being"
    ) || next.ends_with("ing")
}

/// "will fight the cuts", "fought the plan": a fight whose object is no seat, election or place
/// is a campaign against something, not a candidacy.
pub(crate) fn fighting_something_else(
    a: &Analysed,
    rule: &Rule,
    _si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    if rule.kind != EventType::Stand
        || !matches!(
            a.w(trigger.end - 1),
            "fight" | "fights" | "fighting" | "fought"
        )
    {
        return false;
    }
    let skip_det = |mut k: usize| {
        while matches!(
            a.w(k),
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "this" | "next"
        ) {
            k += 1;
        }
        k
    };
    let mut k = skip_det(trigger.end);
    // ("fighting to hold the seat", "fight on", "fight as a Green": other filters' business or
    // a candidacy; "fight for justice", "fight against the cuts": what follows decides)
    if matches!(a.w(k), "to" | "on" | "in" | "as" | "at" | "off") {
        return false;
    }
    if matches!(a.w(k), "for" | "against") {
        k = skip_det(k + 1);
    }
    let w = a.raw(k);
    let lower = w.chars().next().is_some_and(char::is_lowercase);
    lower
        && !matches!(
            a.w(k),
            "seat"
                | "election"
                | "by-election"
                | "byelection"
                | "constituency"
                | "ward"
                | "leadership"
                | "nomination"
                | "mayoralty"
                | "contest"
                | "race"
                | "poll"
                | "general"
                | "local"
                | "european"
                | "mayoral"
                | "council"
                | "county"
                | "safe"
                | "marginal"
                | "new"
                | "same"
        )
        && a.m.post_at(k).is_none()
        && a.m.party_at(k).is_none()
        && a.m.role_at(k).is_none()
        && a.is_word(k)
}

/// "thanked the retiring chairman", "replace retiring judges", "the departing minister": a
/// participle between a determiner (or nothing) and the noun it modifies tells that noun's
/// change, not the clause subject's (a name after the noun, "the retiring chairman Tom Hale",
/// is a description, which may be reported and is never required: the word rules do not).
pub(crate) fn prenominal_participle(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> bool {
    let s = &a.seg.sentences[si];
    let t = trigger.start;
    if rule.frame != Frame::Subj || trigger.len() != 1 || t == s.tokens.start {
        return false;
    }
    let w = a.w(t);
    if !(w.ends_with("ing") || w.ends_with("ed")) || t + 1 >= s.tokens.end {
        return false;
    }
    let determiner = matches!(
        a.w(t - 1),
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "two" | "three" | "several" | "many"
    ) || a.w(t - 1).ends_with("'s")
        || a.w(t - 1).ends_with("’s");
    // ("to replace retiring jurists": after another verb, before a plural noun)
    let before_plural = a.raw(t - 1).chars().all(|c| c.is_ascii_lowercase())
        && !matches!(
            a.w(t - 1),
            "is" | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "am"
                | "to"
                | "and"
                | "or"
                | "but"
                | "not"
                | "now"
                | "also"
                | "then"
                | "after"
                | "before"
                | "since"
                | "by"
                | "of"
                | "about"
                | "over"
                | "from"
                | "without"
        )
        && a.w(t + 1).len() > 3
        && a.w(t + 1).ends_with('s');
    // the noun after it: a lower-case word that is no preposition or particle
    let noun = a.raw(t + 1).chars().all(|c| c.is_ascii_lowercase())
        && !matches!(
            a.w(t + 1),
            "down"
                | "up"
                | "out"
                | "off"
                | "over"
                | "aside"
                | "as"
                | "from"
                | "to"
                | "for"
                | "in"
                | "on"
                | "at"
                | "by"
                | "with"
                | "and"
                | "or"
                | "but"
                | "the"
                | "a"
                | "his"
                | "her"
                | "their"
                | "its"
                | "this"
                | "that"
                | "after"
                | "before"
                | "because"
                | "since"
                | "last"
                | "these"
                | "next"
                | "yesterday"
                | "today"
                | "earlier"
                | "later"
        );
    (determiner || before_plural) && noun && a.m.role_at(t).is_none()
}
