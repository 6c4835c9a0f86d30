//! Trigger conditions: what must surround a trigger for it to count (a party after "quit",
//! an office after "became", a seat or an election near "won", a candidacy near "stand").

use super::*;

/// Verbs of taking a seat, read as winning it: "snatched Hallbridge North from Labour", "took
/// Castle ward from the Conservatives".
const TAKING: &[&str] = &[
    "snatched", "snatches", "seized", "seizes", "captured", "captures", "grabbed", "took", "takes",
];

/// Whether the words from `k` are a named place told with its contest's time or margin:
/// a capitalised run (no person, no party; "and" may join its parts) followed by "in" or "at"
/// and a time or an election, by a margin of votes, or by "with a majority" ("held Ravensmere
/// in 2010", "lost Bassetlaw at the 2017 election", "took Alderbrook by 312 votes").
pub(crate) fn place_at_contest(a: &Analysed, si: usize, k: usize) -> bool {
    let s_end = a.seg.sentences[si].tokens.end;
    let capital = |j: usize| {
        j < s_end
            && a.is_word(j)
            && a.raw(j).starts_with(|c: char| c.is_uppercase())
            && a.person_at(j).is_none()
            && a.m.party_at(j).is_none()
            && a.point_timex(j).is_none()
            && a.tok_timex[j].is_none()
    };
    if !capital(k) {
        return false;
    }
    let mut end = k + 1;
    while end < (k + 6).min(s_end) {
        if capital(end) {
            end += 1;
        } else if matches!(a.w(end), "and" | "-") && capital(end + 1) {
            end += 2;
        } else {
            break;
        }
    }
    // ("holds Glen Tarrach for the SNP with a majority of 4,312": past the side it is held for)
    if a.w(end) == "for" {
        let p = if a.w(end + 1) == "the" {
            end + 2
        } else {
            end + 1
        };
        if let Some(party) = a.m.party_at(p) {
            end = party.tokens.end;
        }
    }
    let mut window = end + 1..(end + 6).min(s_end);
    match a.w(end) {
        "in" | "at" => {
            a.tok_timex.get(end + 1).is_some_and(Option::is_some)
                || window
                    .any(|j| matches!(a.w(j), "election" | "by-election" | "elections" | "poll"))
        }
        "by" => window.any(|j| matches!(a.w(j), "votes" | "vote" | "majority")),
        "with" => window.any(|j| a.w(j) == "majority"),
        _ => false,
    }
}

/// A seat, an election or a parliament near the trigger ("won the seat", "lost in Dover").
pub(crate) fn seat_near(a: &Analysed, si: usize, start: usize, end: usize) -> bool {
    let s = &a.seg.sentences[si];
    let lo = start.saturating_sub(3).max(s.tokens.start);
    let hi = (end + 8).min(s.tokens.end);
    // "fought the seat again in 2001 and lost", "stood for Labour in 1992 but lost": a lost
    // candidacy the conjunct before names
    let s0 = s.tokens.start;
    let lost_candidacy = a.w(start).starts_with("los")
        && start > s0
        && matches!(a.w(start - 1), "and" | "but")
        && (start.saturating_sub(12).max(s0)..start)
            .any(|k| matches!(a.w(k), "fought" | "stood" | "contested" | "ran"));
    // ("won Dyffryn Teifi from Labour in 2007 and held it four years later": "it" is what the
    // clause before won)
    let won_before = (a.w(end - 1) == "it" || a.w(end) == "it")
        && (s0..start).any(|k| {
            matches!(
                a.w(k),
                "won"
                    | "took"
                    | "gained"
                    | "captured"
                    | "snatched"
                    | "seized"
                    | "held"
                    | "retained"
            )
        });
    lost_candidacy
        || won_before
        || (lo..hi).any(|k| {
            matches!(a.tag(k), Tag::Post(_))
            || a.m.role_at(k).is_some_and(|r| {
                matches!(r.role, "MP" | "MEP" | "MSP" | "AM" | "MLA" | "councillor")
            })
            || matches!(
                a.w(k),
                "seat"
                    | "by-election"
                    | "election"
                    | "constituency"
                    | "parliament"
                    | "commons"
                    | "westminster"
                    | "ward"
                    | "majority"
                    | "mp"
            )
            // "won it by just 412 votes"
            // ("lost Penmarric South by fewer than 600 votes")
            || a.w(k) == "votes" && (2..=4).any(|d| a.w(k.wrapping_sub(d)) == "by")
        })
}

/// A candidacy near the trigger ("as a candidate", "to fight the seat").
pub(crate) fn cand_near(a: &Analysed, si: usize, start: usize, end: usize) -> bool {
    let s = &a.seg.sentences[si];
    // "Ashby-Trott withdrew in August, urging his supporters to back Crane": a withdrawal in a
    // story about a race, this sentence or the one before
    if matches!(a.w(start), "withdrew" | "withdraws" | "pulled" | "pulls") {
        // (withdrawing with no object: "withdrew his support" withdraws something else)
        let bare = matches!(
            a.w(end),
            "." | ","
                | ";"
                | "in"
                | "on"
                | "at"
                | "from"
                | "before"
                | "after"
                | "and"
                | "yesterday"
                | "today"
                | "last"
                | "earlier"
                | "later"
        ) || a.point_timex(end).is_some();
        let from = a.seg.sentences[si.saturating_sub(1)].tokens.start;
        return bare
            && (from..s.tokens.end).any(|k| {
                matches!(
                    a.w(k),
                    "race"
                        | "contest"
                        | "candidate"
                        | "candidates"
                        | "nomination"
                        | "leadership"
                        | "ballot"
                        | "by-election"
                )
            });
    }
    // ("the Conservatives say they will field local businessman Ajay Kapoor", after a
    // by-election is told): a party fields its candidates, in a story of a race
    if matches!(a.w(start), "field" | "fields" | "fielded" | "fielding") {
        let from = a.seg.sentences[si.saturating_sub(1)].tokens.start;
        if (from..s.tokens.end).any(|k| {
            matches!(
                a.w(k),
                "by-election" | "election" | "elections" | "seat" | "ward" | "candidate" | "poll"
            )
        }) {
            return true;
        }
    }
    // "Labour's Sam Whitlow also stood.": a bare "stood" at the end of a clause in a story
    // about an election
    if matches!(a.w(end), "." | "," | "again" | "unsuccessfully") {
        let from = a.seg.sentences[si.saturating_sub(1)].tokens.start;
        if (from..s.tokens.end).any(|k| {
            matches!(
                a.w(k),
                "by-election" | "election" | "candidate" | "candidates" | "poll" | "ballot"
            )
        }) {
            return true;
        }
    }
    // a selection names its object first: "selected Ann Mowbray, the former commissioner, as
    // the party's candidate"
    let selecting = matches!(
        a.w(start),
        "selected"
            | "select"
            | "selects"
            | "chosen"
            | "chose"
            | "choose"
            | "picked"
            | "adopted"
            | "shortlisted"
            | "endorsed"
            | "field"
            | "fields"
            | "fielded"
            | "fielding"
    );
    let hi = (end + if selecting { 16 } else { 8 }).min(s.tokens.end);
    let lo = start.saturating_sub(4).max(s.tokens.start);
    if (lo..hi).any(|k| {
        matches!(a.tag(k), Tag::Post(_))
            || a.m.role_at(k).is_some_and(|r| r.role.contains("candidate"))
            || matches!(
                a.w(k),
                "candidate"
                    | "candidates"
                    | "by-election"
                    | "seat"
                    | "constituency"
                    | "ticket"
                    // "stood under the Ukip banner in 2015"
                    | "banner"
            )
            || selecting
                && matches!(
                    a.w(k),
                    "replacement"
                        | "successor"
                        | "shortlist"
                        | "nomination"
                        | "hustings"
                        // "held an open primary and picked X"
                        | "primary"
                        // "was selected in a ballot of party members"
                        | "ballot"
                        | "members"
                )
    }) {
        return true;
    }
    // "selected Ann Mowbray to fight Grantham": a selection for a place the lists may not know
    if selecting
        && (end..hi).any(|k| {
            let place = if matches!(a.w(k + 2), "in" | "for") {
                k + 3
            } else {
                k + 2
            };
            // ("picked X to fight the ward": a contest named by its kind)
            let contest = a.w(k + 2) == "the"
                && matches!(
                    a.w(k + 3),
                    "ward" | "division" | "seat" | "constituency" | "by-election" | "mayoralty"
                );
            a.w(k) == "to"
                && matches!(a.w(k + 1), "fight" | "contest" | "stand")
                && (contest
                    || a.seg
                        .tokens
                        .get(place)
                        .is_some_and(|t| t.is_capitalised(a.text)))
        })
    {
        return true;
    }
    // "was selected by the local party", "chosen by members"
    if selecting && a.w(end) == "by" {
        let by = (end + 1..(end + 4).min(s.tokens.end))
            .map(|k| a.w(k))
            .collect::<Vec<_>>();
        // ... or by a party itself: "was selected by the Conservatives"
        let by_party =
            (end + 1..(end + 3).min(s.tokens.end)).any(|k| matches!(a.tag(k), Tag::Party(_)));
        if by_party
            || by.iter().any(|w| {
                matches!(
                    *w,
                    "party" | "members" | "association" | "activists" | "members'"
                )
            })
        {
            return true;
        }
    }
    // "stand for parliament", "stood for the role of", "run for mayor", "stand against X",
    // "stand at the election", "stand in X", "run for the leadership"
    let next = a.w(end);
    let next2 = a.w(end + 1);
    (matches!(next, "for" | "against" | "as") && !matches!(next2, "the" | "a")
        || next == "for" && next2 == "the")
        && !matches!(next2, "down" | "up" | "by")
        || next == "in"
            && a.seg
                .tokens
                .get(end + 1)
                .is_some_and(|t| t.is_capitalised(a.text))
        // ("stood in the 2017 snap election": past a year and a word or two)
        || next == "in"
            && next2 == "the"
            && (end + 2..(end + 5).min(s.tokens.end)).any(|j| {
                matches!(
                    a.w(j),
                    "by-election" | "election" | "seat" | "constituency" | "contest" | "ward" | "poll"
                )
            })
        || next == "at" && matches!(next2, "the" | "next")
        || matches!(next, "again" | "election")
        // "stand as a Conservative", "stood as the Green": a party's member in the race
        || next == "as"
            && matches!(next2, "a" | "an" | "the")
            && matches!(a.tag(end + 2), Tag::Party(_))
        // "will be standing as a Conservative at the general election": the election it is
        // at, past the side stood for (not "stood in the way of reform at the election")
        || matches!(next, "as" | "for" | "again" | "at" | "under")
            && (end..hi).any(|k| {
                a.w(k) == "at"
                    && matches!(a.w(k + 1), "the" | "next")
                    && (a.w(k + 2) == "election" || a.w(k + 3) == "election")
            })
}

/// "joined Salmond's party", "quit Farage's new party": a party named by a person's
/// possessive right at `k`; the person whose party it is.
pub(crate) fn leaders_party_at(a: &Analysed, k: usize) -> Option<usize> {
    let p = a.person_at(k)?;
    let e = super::name_lists::mention_end(a, k);
    if !a.is_possessive_any(e) && !matches!(a.w(e), "'s" | "’s") {
        return None;
    }
    let n = if matches!(a.w(e + 1), "new" | "own") {
        e + 2
    } else {
        e + 1
    };
    (a.w(n) == "party").then_some(p)
}

/// "has defected to Reform UK, becoming the party's first sitting MP": a rank ("first",
/// "only") after "become", in a sentence that tells a change of party, counts a seat brought
/// over, not one won.
pub(crate) fn ranked_by_a_move(a: &Analysed, si: usize, end: usize) -> bool {
    let s = &a.seg.sentences[si];
    let ranked = (end..(end + 4).min(s.tokens.end))
        .any(|k| matches!(a.w(k), "first" | "second" | "third" | "only" | "sole"));
    ranked
        && s.tokens.clone().any(|k| {
            matches!(
                a.w(k),
                "defected"
                    | "defecting"
                    | "defects"
                    | "joined"
                    | "joining"
                    | "joins"
                    | "switched"
                    | "switching"
                    | "crossed"
                    | "crossing"
            )
        })
}

/// Whether the rule's condition holds around the trigger at `start..end`.
pub(crate) fn cond_ok(
    a: &Analysed,
    cond: Cond,
    kind: EventType,
    si: usize,
    start: usize,
    end: usize,
) -> bool {
    // "was appointed to review the policy", "brought in to advise ministers": a task, not an
    // office ("appointed to lead the party", "named to replace her" take one up)
    if kind == EventType::Appoint
        && a.w(end) == "to"
        && a.w(end + 1) != "the"
        && a.m.role_at(end + 1).is_none()
        && !matches!(
            a.w(end + 1),
            "lead"
                | "head"
                | "replace"
                | "succeed"
                | "run"
                | "chair"
                | "serve"
                | "take"
                | "become"
                | "fill"
                | "be"
                | "his"
                | "her"
                | "a"
                | "an"
                | "cabinet"
                | "government"
                | "office"
                | "shadow"
                | "frontbench"
                | "front"
                | "lords"
                | "board"
                | "post"
                | "role"
        )
        && !a.w(end + 1).starts_with(|c: char| c.is_ascii_digit())
        && a.person_at(end + 1).is_none()
        && a.m.party_at(end + 1).is_none()
        && !a
            .seg
            .tokens
            .get(end + 1)
            .is_some_and(|t| t.is_capitalised(a.text))
    {
        return false;
    }
    // "selected to run for MP": the candidacy is the selection's purpose, not a second event
    if kind == EventType::Stand
        && a.w(start.wrapping_sub(1)) == "to"
        && matches!(
            a.w(start.wrapping_sub(2)),
            "selected" | "chosen" | "picked" | "adopted" | "elected"
        )
    {
        return false;
    }
    // "quit Plaid Cymru to become an independent AM": a new label for a seat already held,
    // no election
    if kind == EventType::Elect
        && matches!(a.w(start), "became" | "become" | "becomes" | "becoming")
        && matches!(a.w(end), "an" | "a")
        && a.w(end + 1) == "independent"
    {
        return false;
    }
    // "became the second minister to quit", "the 12th MP to leave the front bench": a count
    // of people who did what the infinitive says; that verb is the event, not "became"
    if matches!(kind, EventType::Appoint | EventType::Elect)
        && matches!(a.w(start), "became" | "become" | "becomes" | "becoming")
        && (counted_infinitive(a, si, end) || ranked_by_a_move(a, si, end))
    {
        return false;
    }
    match cond {
        Cond::None => true,
        Cond::Party => {
            let window = if kind == EventType::Found { 6 } else { 5 };
            // ("took the Liberal Democrat whip"): a whip taken is the party's named inside it
            if kind == EventType::Join && a.w(end - 1) == "whip" {
                return party_in(a, start, end).is_some();
            }
            // ("stood up to announce the Meridian Group", never "announced Labour's plans"):
            // announcing founds only a group no list knows, right after the verb
            if kind == EventType::Found && a.w(start).starts_with("announc") {
                let lex = floorcross_mention::Lexicon::get();
                let j = if a.w(end) == "the" { end + 1 } else { end };
                return a.m.party_at(j).is_some_and(|p| {
                    lex.party_name(&p.party).is_none() && p.party != "Independent"
                });
            }
            // "quit as UKIP leader" is not leaving UKIP
            if a.w(end) == "as" {
                return false;
            }
            // "won the by-election, leaving the Conservatives a distant third": a party left
            // in a place is a result, not a party left
            if kind == EventType::Leave {
                if let Some((p, _)) = party_after(a, si, end, window) {
                    if placed_behind(a, a.m.party_at(p).map_or(p + 1, |m| m.tokens.end)) {
                        return false;
                    }
                }
            }
            party_after(a, si, end, window).is_some()
                || matches!(kind, EventType::Join | EventType::Leave | EventType::Defect)
                    && leaders_party_at(a, end).is_some()
        }
        // ("suspended from the Labour Party by the general secretary": what one is suspended
        // from is a party, not an office, whatever office the agent holds)
        Cond::Office => {
            let from_party = a.w(end) == "from"
                && (a.m.party_at(end + 1).is_some()
                    || a.w(end + 1) == "the" && a.m.party_at(end + 2).is_some());
            !from_party && office_after(a, si, end).is_some()
        }
        // "Mrs Pym lost Alderbrook to Labour": a named place lost to a party
        Cond::Seat
            if a.w(start).starts_with("los")
                && a.seg
                    .tokens
                    .get(end)
                    .is_some_and(|t| t.is_capitalised(a.text))
                && (end..(end + 4).min(a.seg.sentences[si].tokens.end))
                    .any(|k| a.w(k) == "to" && a.m.party_at(k + 1).is_some()) =>
        {
            true
        }
        // "won the seat" but not "win over critics" or "win support": winning needs a seat
        // ("won it" takes its seat from the sentence, as `seat_near` does)
        // ("the seat was won by X" has its seat before it)
        // ("took a seat from the stack by the door": an indefinite seat is furniture)
        // ("took his seat on the Liberal Democrat benches", "took her seat in the Commons":
        // sitting down in a seat of one's own is sitting with a side, or being sworn in)
        Cond::Seat
            if TAKING.contains(&a.w(start))
                && end - start == 1
                && (matches!(a.w(end), "a" | "an" | "their" | "your")
                    || matches!(a.w(end), "his" | "her")
                        && matches!(a.w(end + 1), "seat" | "place")
                        && matches!(
                            a.w(end + 2),
                            "on" | "in" | "at" | "as" | "among" | "alongside" | "with" | "behind"
                        )) =>
        {
            false
        }
        Cond::Seat
            if (a.w(start).starts_with("w") || TAKING.contains(&a.w(start)))
                && !matches!(a.w(end - 1), "it" | "by") =>
        {
            let s = &a.seg.sentences[si];
            let hi = (end + 8).min(s.tokens.end);
            // ("won Strathcarron from the SNP", "won Hale for Labour": a place taken from or for
            // a party)
            let place_for_party = a
                .seg
                .tokens
                .get(end)
                .is_some_and(|t| t.is_capitalised(a.text))
                && a.m.party_at(end).is_none()
                && a.person_at(end).is_none()
                && (end + 1..(end + 4).min(s.tokens.end)).any(|k| {
                    matches!(a.w(k), "for" | "from")
                        && (a.m.party_at(k + 1).is_some()
                            || a.w(k + 1) == "the" && a.m.party_at(k + 2).is_some())
                });
            // ("with Ann Cole winning by 87 votes": a margin of votes is a contest's)
            let margin = a.w(end) == "by"
                && (end + 1..(end + 5).min(s.tokens.end))
                    .any(|k| matches!(a.w(k), "votes" | "vote" | "majority"));
            a.w(end) != "over"
                && (place_for_party
                    || margin
                    || place_at_contest(a, si, end)
                    || (end..hi).any(|k| {
                        matches!(a.tag(k), Tag::Post(_))
                            || matches!(
                                a.w(k),
                                "seat"
                                    | "seats"
                                    | "by-election"
                                    | "constituency"
                                    | "ward"
                                    | "re-election"
                                    | "mayoralty"
                            )
                    }))
        }
        // "lost Bassetlaw in 2017": a named place lost at a dated contest
        Cond::Seat if a.w(start).starts_with("los") && place_at_contest(a, si, end) => true,
        Cond::Seat => seat_near(a, si, start, end),
        Cond::PlaceContest => place_at_contest(a, si, end),
        // "a clear run at the leadership" is a noun
        // "became the eighth to walk away", "the third minister to go this week" (not "the
        // first MP to go to prison")
        Cond::Counted => {
            super::groups::counted_become(a, si, &(start..end)).is_some()
                && !matches!(
                    a.w(end),
                    "to" | "into" | "on" | "through" | "back" | "ahead" | "further" | "for"
                )
        }
        // "held her Glasgow Southside seat": the seat, past its name
        Cond::OwnSeat => {
            let s_end = a.seg.sentences[si].tokens.end;
            let mut k = end;
            while k < s_end.min(end + 5)
                && (matches!(a.tag(k), Tag::Post(_))
                    || a.raw(k).starts_with(|c: char| c.is_uppercase()) && a.person_at(k).is_none()
                    || matches!(a.w(k), "&" | "and" | "-"))
            {
                k += 1;
            }
            matches!(a.w(k), "seat" | "seats")
        }
        // ("stood by her candidate": standing by someone is backing them)
        Cond::Cand
            if a.w(end) == "by"
                && matches!(a.w(start), "stood" | "stand" | "stands" | "standing") =>
        {
            false
        }
        Cond::Cand => {
            // "chosen as the new Conservative leader": chosen for an office the choosing
            // fills is an election, not a candidacy (the office rules read it)
            let office_filled = kind == EventType::Select
                && a.w(end) == "as"
                && office_after(a, si, end).is_some_and(|(_, r)| {
                    crate::grammar::kind_for(&r) == EventType::Elect
                        && !r.to_ascii_lowercase().contains("candidate")
                });
            !office_filled
                && !matches!(
                    a.w(start.wrapping_sub(1)),
                    "a" | "the" | "clear" | "free" | "long" | "good" | "strong" | "dry"
                )
                && cand_near(a, si, start, end)
        }
    }
}
