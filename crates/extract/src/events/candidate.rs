//! Building one trigger's candidate events: whether its words are used in the sense that
//! tells a change (the sense filters, a generic "those who"), who it happened to, its
//! modality, its `from` and `to` parties, kind, post and role, and one date or one per
//! election it names.

use super::*;

/// The party of a "PARTY defector" description right before the person's name ("Tory
/// defector Gail Ross"), if any.
fn defector_of(a: &Analysed, tok: usize) -> Option<String> {
    let ms = mention_start(a, tok);
    if ms < 2 || !matches!(a.w(ms - 1), "defector" | "turncoat") {
        return None;
    }
    a.m.party_at(ms - 2)
        .map(|p| p.party.clone())
        .filter(|p| p != "Independent")
}

/// A test that a trigger's words are used in another sense, or of something that is no
/// person's change (`events/senses.rs`, and `inanimate_subject`).
type SenseFilter = fn(&Analysed, &Rule, usize, &std::ops::Range<usize>) -> bool;

/// Every sense filter a trigger must pass; the first that fires drops it. Cheap word tests
/// come before the one that may parse the sentence.
const OTHER_SENSES: &[SenseFilter] = &[
    brought_in_to_help,
    fighting_for_something_else,
    founded_thing_not_a_party,
    found_is_find,
    vote_not_an_election,
    nomination_not_election,
    ousted_at_the_polls,
    tenure_not_reelection,
    goes_to_no_office,
    honour_taken_away,
    return_to_something_else,
    verb_read_as_noun,
    quit_a_habit,
    habitual,
    only_in_spirit,
    quit_something_else,
    stands_to_gain_or_lose,
    expelled_from_something_else,
    resigned_to_accept,
    fighting_something_else,
    pushed_out_of_something_else,
    stood_aside_from_something_else,
    replacing_is_no_appointment,
    prenominal_participle,
    inanimate_subject,
];

/// "wished those leaving the front bench every success", "anyone who defects will be
/// expelled": a participle or relative clause on a pronoun for no one in particular tells no
/// named person's change (unless the group's members are named: "Among those who resigned
/// were A and B", "one of those who defected").
fn generic_head(a: &Analysed, si: usize, trigger: &std::ops::Range<usize>) -> bool {
    let s0 = a.seg.sentences[si].tokens.start;
    let mut h = trigger.start;
    // the relative pronoun and auxiliaries of "those who have resigned"
    while h > s0
        && matches!(
            a.w(h - 1),
            "has" | "have" | "had" | "was" | "were" | "been" | "is" | "are" | "will" | "would"
        )
    {
        h -= 1;
    }
    let relative = h > s0 && matches!(a.w(h - 1), "who" | "that");
    if relative {
        h -= 1;
    } else {
        let participle = a.w(trigger.start).ends_with("ing") || a.w(trigger.start).ends_with("ed");
        if !participle || h != trigger.start {
            return false;
        }
    }
    let generic = h > s0
        && matches!(
            a.w(h - 1),
            "those" | "anyone" | "anybody" | "everyone" | "everybody" | "others" | "whoever"
        );
    // ("were earlier among those who resigned": the group has a named member)
    let member = h >= s0 + 2 && matches!(a.w(h - 2), "among" | "amongst" | "of");
    generic
        && !member
        && groups::member_of_group(a, si, trigger.start).is_none()
        && groups::named_after_copula(a, si, trigger.start).is_none_or(|v| v.is_empty())
}

/// Builds the candidate events for one trigger.
pub(super) fn build(
    a: &Analysed,
    rule: &Rule,
    si: usize,
    trigger: std::ops::Range<usize>,
) -> Vec<Cand> {
    // "his resignation letter", "a resignation speech": the noun modifies another noun and
    // reports nothing itself.
    if rule.frame == Frame::Noun
        && matches!(
            a.w(trigger.end),
            "letter" | "letters" | "speech" | "statement" | "honours" | "list" | "lists"
        )
    {
        return Vec::new();
    }
    if OTHER_SENSES.iter().any(|f| f(a, rule, si, &trigger)) {
        return Vec::new();
    }
    if generic_head(a, si, &trigger) {
        return Vec::new();
    }
    let apposed =
        apposed_description_subject(a, si, &trigger).filter(|_| rule.frame == Frame::Subj);
    // ("Two ministers resigned on Monday: A and B": the parse's subject names no one; the list
    // after the colon does)
    let listed = match apposed {
        None if rule.frame == Frame::Subj => listed_after_colon(a, si, &trigger),
        _ => Vec::new(),
    };
    let mut people = match apposed {
        Some(q) => vec![q],
        None if !listed.is_empty() => listed.clone(),
        None => persons(a, rule, si, &trigger),
    };
    let parsed = match apposed {
        Some(_) => None,
        None if !listed.is_empty() => None,
        None => grammatical_people(a, rule, si, &trigger),
    };
    if let Some(parsed) = parsed {
        // The parse names who did it: the subject of the trigger's clause (or, for "sacked
        // X", its object). When the word rules found only other people (a name in an
        // apposition, a by-phrase, a caption's "with"), the parse wins; when they agree on
        // someone, the word rules' list stands (it knows "along with A and B").
        let in_parse = |q: usize| parsed.iter().any(|(r, _)| *r == q);
        if people.iter().any(|(q, _)| in_parse(*q)) {
            // keep who the parse agrees with; drop a name the parse puts inside a modifier
            // of the subject ("Tate, an opponent of leader Hale, left"), keep the rest (lists
            // the parser split, "along with A and B")
            let p = crate::grammar::Parsed::new(a, si);
            people.retain(|&(q, t)| {
                in_parse(q)
                    || !parsed
                        .iter()
                        .any(|&(_, st)| crate::grammar::inside_modifier(&p, st, t))
                        && !crate::grammar::in_fronted_adverbial(&p, trigger.start, t)
            });
            // ... and add whom the parse coordinates with them that the words missed ("Colin
            // Webb and his deputy, Sara Moss, resigned": the words see only the name before
            // the verb)
            let s0 = a.seg.sentences[si].tokens.start;
            for &(q, t) in &parsed {
                let ms = mention_start(a, t);
                // (not across a relative clause's edge: the parser joins "Ann Cole, whose
                // husband Paul Tandy resigned" into one list)
                let closed = (t..trigger.start).any(|j| matches!(a.w(j), "," | "–" | "—"));
                let relative = (t.min(trigger.start)..trigger.start)
                    .any(|j| matches!(a.w(j), "who" | "whose"));
                if !people.iter().any(|&(r, _)| r == q)
                    && !relative
                    && (!closed || whose_clause_subject(a, s0, ms).is_none())
                {
                    people.push((q, t));
                }
            }
        } else {
            people = parsed;
        }
    }
    // ("Tom Hale, not Ann Owen, was elected leader": a name set off by ", not" is the one it
    // did not happen to)
    people.retain(|&(_, t)| {
        let ms = mention_start(a, t);
        !(ms >= 2 && a.w(ms - 1) == "not" && a.w(ms - 2) == ",")
    });
    if people.is_empty() {
        return Vec::new();
    }
    // "He ... became Lord Callaghan of Cardiff": the title names who was ennobled, whatever
    // the pronoun resolved to
    if rule.kind == EventType::Appoint && people.len() == 1 {
        if let Some(pm) = a.m.person_at(trigger.end) {
            let titled = matches!(a.raw(pm.tokens.start), "Lord" | "Baroness" | "Lady");
            let subj_pronoun = matches!(a.w(people[0].1), "he" | "she");
            if titled && subj_pronoun && pm.person != people[0].0 {
                people = vec![(pm.person, trigger.end)];
            }
        }
    }
    let Some(modality) = modality::modality(a, si, &trigger, people.iter().map(|(_, t)| *t).max())
    else {
        return Vec::new(); // a call or demand, not an event
    };
    let (mut from, mut to) = parties(a, rule, si, &trigger);
    // ("is now sitting as an independent after losing the whip": no one is expelled from
    // being independent)
    if matches!(rule.kind, EventType::Expel | EventType::Leave)
        && from.as_deref() == Some("Independent")
    {
        from = None;
    }
    if to.is_none()
        && matches!(
            rule.kind,
            EventType::Stand | EventType::Select | EventType::Elect | EventType::Reelect
        )
    {
        to = candidacy_party(a, si, &trigger);
    }
    let mut kind = rule.kind;
    // ("crossing over from the Conservatives": a trigger ending in "from" names the party left)
    if kind == EventType::Defect && a.w(trigger.end - 1) == "from" {
        let s_end = a.seg.sentences[si].tokens.end;
        if let Some((_, left)) = party_in(a, trigger.end, (trigger.end + 4).min(s_end)) {
            if to.as_deref() == Some(left.as_str()) {
                to = None;
            }
            from = Some(left);
        }
    }
    // ("joined from Labour": a joining that names the party left is a defection)
    if kind == EventType::Join && from.is_some() {
        kind = EventType::Defect;
    }
    let phrase = Span::new(
        a.seg.tokens[trigger.start].start,
        a.seg.tokens[trigger.end - 1].end,
    )
    .slice(&a.lower);
    let role = match rule.kind {
        EventType::Appoint
            if ["peer", "baron", "lords", "ennobled"]
                .iter()
                .any(|w| phrase.contains(w)) =>
        {
            Some("life peer".to_string())
        }
        // "put in charge of education and employment": the charge is the role
        EventType::Appoint
            if phrase.ends_with("charge of") || phrase.ends_with("responsibility for") =>
        {
            let s_end = a.seg.sentences[si].tokens.end;
            let end = (trigger.end..(trigger.end + 5).min(s_end))
                .find(|&k| {
                    !a.is_word(k)
                        || matches!(
                            a.w(k),
                            "where"
                                | "when"
                                | "which"
                                | "in"
                                | "at"
                                | "by"
                                | "after"
                                | "before"
                                | "on"
                        )
                        || a.person_at(k).is_some()
                })
                .unwrap_or((trigger.end + 5).min(s_end));
            (end > trigger.end).then(|| {
                Span::new(a.seg.tokens[trigger.end].start, a.seg.tokens[end - 1].end)
                    .slice(a.text)
                    .to_string()
            })
        }
        EventType::Appoint | EventType::Resign | EventType::Dismiss => {
            role_for(a, si, &trigger, &people)
        }
        _ => None,
    };
    // "resigned the UKIP whip": leaving the party's parliamentary group
    if kind == EventType::Resign
        && role
            .as_deref()
            .is_some_and(|r| r.eq_ignore_ascii_case("whip"))
    {
        kind = EventType::Leave;
        let s_end = a.seg.sentences[si].tokens.end;
        from = party_in(a, trigger.end, (trigger.end + 5).min(s_end)).map(|p| p.1);
    }
    // "lifted the suspension of X", "X's suspension was lifted": a suspension lifted is a
    // readmission
    if kind == EventType::Expel && rule.frame == Frame::Noun {
        let s = &a.seg.sentences[si];
        let lift = |w: &str| matches!(w, "lifted" | "lifts" | "lifting" | "lift" | "overturned");
        let before = trigger.start >= s.tokens.start + 2
            && lift(a.w(trigger.start - 2))
            && matches!(a.w(trigger.start - 1), "the" | "his" | "her" | "their");
        // (past the suspended person's description: "The suspension of Sunderland MP Keith
        // Ord was lifted")
        let after = (trigger.end..(trigger.end + 8).min(s.tokens.end))
            .take_while(|&k| {
                !matches!(
                    a.w(k),
                    "," | ";" | "and" | "but" | "after" | "because" | "when" | "while"
                )
            })
            .any(|k| lift(a.w(k)));
        if before || after {
            kind = EventType::Readmit;
            to = from.take();
        }
    }
    // "the first Tory MP to join the Greens": the count names the party the joiner came from
    if matches!(kind, EventType::Join | EventType::Defect) && from.is_none() {
        if let Some(b) = counted_become(a, si, &trigger) {
            from = party_in(a, b + 1, trigger.start)
                .map(|p| p.1)
                .filter(|p| Some(p) != to.as_ref() && p != "Independent");
            if from.is_some() {
                kind = EventType::Defect;
            }
        }
    }
    // "the third Tory peer to quit in a month": a bare quitting counted among a party's
    // members is leaving that party
    if kind == EventType::Resign
        && role.is_none()
        && matches!(
            a.w(trigger.start),
            "quit" | "quits" | "quitting" | "leave" | "leaves"
        )
    {
        if let Some(b) = counted_become(a, si, &trigger) {
            // (a member counted, not an office-holder: "the second Labour minister to quit"
            // left the government)
            let members = (b + 1..trigger.start).any(|k| {
                matches!(
                    a.w(k),
                    "mp" | "mps"
                        | "peer"
                        | "peers"
                        | "councillor"
                        | "councillors"
                        | "member"
                        | "members"
                        | "msp"
                        | "msps"
                        | "am"
                        | "ms"
                        | "mep"
                        | "meps"
                        | "politician"
                )
            });
            if let Some(p) = party_in(a, b + 1, trigger.start)
                .map(|p| p.1)
                .filter(|p| p != "Independent" && members)
            {
                kind = EventType::Leave;
                from = Some(p);
            }
        }
    }
    // "was stood down by the leader": a stand-down with an agent is a dismissal ("stand
    // down by the end of the year" is a time, not an agent)
    if kind == EventType::Resign
        && matches!(a.w(trigger.start), "stood" | "stepped")
        && a.w(trigger.end) == "by"
        && a.tok_timex
            .get(trigger.end + 1)
            .is_some_and(Option::is_none)
        && !matches!(a.w(trigger.end + 1), "then" | "now" | "default")
    {
        kind = EventType::Dismiss;
    }
    // ("offered his resignation": an offer, which may be refused)
    let offered = trigger.start >= 2
        && matches!(a.w(trigger.start - 1), "his" | "her" | "their")
        && matches!(a.w(trigger.start - 2), "offered" | "offers" | "offering");
    let refused = rule.frame == Frame::Noun && modality::refused_governor(a, &trigger);
    let modality = match modality {
        Modality::Asserted | Modality::Expected if refused => Modality::Denied,
        Modality::Asserted if rule.frame == Frame::Noun && offered => Modality::Expected,
        // ("did not announce his resignation": the verb that takes the noun is negated)
        Modality::Asserted | Modality::Expected
            if rule.frame == Frame::Noun && modality::negated_governor(a, si, &trigger) =>
        {
            Modality::Denied
        }
        // ("Tom Reed's resignation would trigger a contest": the change supposed)
        Modality::Asserted
            if rule.frame == Frame::Noun && modality::conditional_governor(a, si, &trigger) =>
        {
            Modality::Hypothetical
        }
        Modality::Asserted if rule.frame == Frame::Noun => {
            noun_modality(a, trigger.end).unwrap_or(modality)
        }
        _ => modality,
    };
    // ("has been offered the job of chancellor", "was offered a peerage": an offer made, not
    // yet taken; one turned down is denied above)
    let modality = if modality == Modality::Asserted
        && matches!(a.w(trigger.start), "offered" | "offers" | "offering")
    {
        Modality::Rumoured
    } else {
        modality
    };
    // (a phrase that is itself talk stays talk in a plan's tense: "is being lined up as")
    let mut modality = match rule.modality {
        Some(fixed) if modality == Modality::Asserted => fixed,
        Some(Modality::Rumoured) if modality == Modality::Expected => Modality::Rumoured,
        _ => modality,
    };
    // "she stood aside, leaving Tom Reid a clear run at the leadership": standing
    // aside from a race is a candidacy not made (the spec's `stand` denied), not a resignation
    if kind == EventType::Resign && a.w(trigger.end - 1) == "aside" {
        let s_end = a.seg.sentences[si].tokens.end;
        let race = (trigger.end..(trigger.end + 14).min(s_end)).any(|k| {
            matches!(
                a.w(k),
                "leadership" | "race" | "contest" | "nomination" | "run" | "candidacy"
            )
        });
        if race && modality == Modality::Asserted {
            kind = EventType::Stand;
            modality = Modality::Denied;
        }
    }
    // "standing against Labour": the party after "against" is the rival's
    if matches!(
        kind,
        EventType::Stand | EventType::Elect | EventType::Select
    ) {
        let s_end = a.seg.sentences[si].tokens.end;
        let rival = (trigger.end..(trigger.end + 6).min(s_end))
            .find(|&k| a.w(k) == "against")
            .and_then(|k| party_in(a, k + 1, (k + 4).min(s_end)))
            .map(|p| p.1);
        if rival.is_some() && rival == to {
            to = None;
        }
    }
    // "standing as an independent", "elected as an independent": the candidate's own label
    // (whatever party a description before the name says they came from)
    if matches!(
        kind,
        EventType::Stand | EventType::Elect | EventType::Reelect | EventType::Select
    ) {
        let s_end = a.seg.sentences[si].tokens.end;
        // (past a rival: "stand against Labour as an independent")
        let reach = if a.w(trigger.end) == "against" { 9 } else { 4 };
        if (trigger.end..(trigger.end + reach).min(s_end))
            .any(|k| a.w(k) == "independent" && matches!(a.w(k - 1), "an" | "as"))
        {
            to = Some("independent".to_string());
        }
        // "standing against the party's official candidate": against one's own party (the
        // party a description before the name gives is the one stood against)
        if to.as_deref() != Some("independent")
            && a.w(trigger.end) == "against"
            && a.w(trigger.end + 1) == "the"
            && matches!(a.w(trigger.end + 2), "party" | "party's")
        {
            to = Some("independent".to_string());
        }
    }
    // "resigned his Conservative Party membership": a membership resigned is a party left
    if kind == EventType::Resign
        && a.w(trigger.start).starts_with("resign")
        && matches!(a.w(trigger.end), "his" | "her" | "their" | "my")
    {
        if let Some(p) = a.m.party_at(trigger.end + 1) {
            if a.w(p.tokens.end) == "membership" {
                kind = EventType::Leave;
                from = Some(p.party.clone());
                to = None;
            }
        }
    }
    // "joined Labour from the Liberal Democrats", "left the Conservatives for Reform UK":
    // the other party makes the change a defection
    if let Some((k, f, t)) = other_party_of_change(a, si, &trigger, kind, &from, &to) {
        (kind, from, to) = (k, f, t);
    }
    // "quit Plaid Cymru to sit as an independent": where a leaver goes
    if matches!(kind, EventType::Leave | EventType::Defect) && to.is_none() {
        let s_end = a.seg.sentences[si].tokens.end;
        let independent = (trigger.end..(trigger.end + 10).min(s_end)).any(|k| {
            a.w(k) == "independent"
                && matches!(a.w(k.wrapping_sub(1)), "an" | "as")
                && !matches!(a.w(k + 1), "candidate" | "inquiry" | "review" | "report")
        });
        if independent {
            to = Some("independent".to_string());
        }
    }
    let post = post_for(a, si, &trigger);
    let mut dates = vec![event_date(a, si, &trigger, modality)];
    // "re-elected at the 2001 and 2005 general elections": one event per election
    if matches!(
        kind,
        EventType::Elect | EventType::Reelect | EventType::Defeat | EventType::Stand
    ) {
        let more = coordinated_dates(a, si, &trigger);
        if more.len() > 1 {
            dates = more.into_iter().map(Some).collect();
        }
    }
    let sentence = &a.seg.sentences[si];
    let mut out = Vec::new();
    let candidacy = matches!(
        kind,
        EventType::Stand | EventType::Select | EventType::Elect | EventType::Reelect
    );
    for date in dates {
        // "launched a new party to contest the election in May": an infinitive the text
        // dates after the paper's day has not happened yet (a past tense so dated says the
        // paper's date is wrong, and is left alone)
        let modality = if modality == Modality::Asserted
            && trigger.start > 0
            && a.w(trigger.start - 1) == "to"
            && date.as_deref().is_some_and(|d| after_paper_day(a, d))
        {
            Modality::Expected
        } else {
            modality
        };
        // (whether the verb names the party left, for several leavers' own parties below)
        let named_at_verb = party_after(a, si, trigger.end, 4).is_some_and(|p| !p.1.is_empty());
        for (person, tok) in &people {
            // "Labour's Sam Whitlow and the Green Party's Abi Farrant also stood": each
            // candidate's own party
            let own = if candidacy && people.len() > 1 {
                person_party(a, *tok)
            } else {
                None
            };
            // "Tory defector Gail Ross, who is joining the Liberal Democrats": a defector
            // joining a party is one defection, from the party the description names
            // (so is "The Labour MP has now joined the Greens": a description that stands for
            // the person names the party they were in)
            let described_party = || {
                if a.person_at(*tok).is_some() {
                    return None;
                }
                let r = a.m.role_at(*tok)?;
                a.m.party_at(r.tokens.start.checked_sub(1)?)
                    .map(|p| p.party.clone())
                    .filter(|p| p != "Independent")
            };
            let defector_from = (kind == EventType::Join && from.is_none())
                .then(|| defector_of(a, *tok).or_else(described_party))
                .flatten()
                .filter(|p| Some(p) != to.as_ref());
            let (kind, from) = match defector_from {
                Some(p) => (EventType::Defect, Some(p)),
                None => (kind, from.clone()),
            };
            // ("two Conservatives, A and B, and the Liberal Democrat C resigned from their
            // parties"): several leavers each leave the party their own description gives,
            // when the verb names none after it (the one before the verb describes the last)
            let from = (people.len() > 1
                && matches!(kind, EventType::Leave | EventType::Defect)
                && !named_at_verb)
                .then(|| person_party(a, *tok))
                .flatten()
                .filter(|p| Some(p) != to.as_ref())
                .or(from);
            out.push(Cand {
                kind,
                person: *person,
                from,
                to: own.or_else(|| to.clone()),
                post: post.clone(),
                role: role.clone(),
                date: date.clone(),
                modality,
                sentence: si,
                trigger: trigger.clone(),
                evidence: sentence.span,
                headline: a.is_headline(si),
            });
        }
    }
    out
}

/// Whether an ISO date ("2021", "2021-05", "2021-05-06") lies wholly after the paper's day,
/// compared at the date's own precision (a month is after the day only if it is a later
/// month). Weeks and seasons ("2021-W27", "2021-SU") compare by year only.
fn after_paper_day(a: &Analysed, date: &str) -> bool {
    let Some(day) = a.dct.map(|d| d.to_string()) else {
        return false;
    };
    let calendar = |s: &str| s.bytes().all(|b| b.is_ascii_digit() || b == b'-');
    let date = if calendar(date) {
        date
    } else {
        date.get(..4).unwrap_or("")
    };
    date.len() >= 4
        && date.len() <= day.len()
        && date.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && date > &day[..date.len()]
}

/// What follows a noun trigger can make it a plan or a rumour: "his retirement was
/// announced", "her resignation is expected", "his defection could".
fn noun_modality(a: &Analysed, end: usize) -> Option<Modality> {
    let (w1, w2) = (a.w(end), a.w(end + 1));
    match (w1, w2) {
        (
            "was" | "is" | "has",
            "announced" | "expected" | "due" | "planned" | "scheduled" | "been",
        ) => Some(Modality::Expected),
        ("will" | "would", _) => Some(Modality::Expected),
        // "his retirement date", "her resignation plans"
        ("date" | "plans" | "timetable" | "deadline", _) => Some(Modality::Expected),
        ("could" | "may" | "might", _) => Some(Modality::Rumoured),
        // "his resignation was not accepted", "her bid to rejoin was rejected"
        ("was" | "has", "rejected" | "refused" | "blocked") => Some(Modality::Denied),
        ("was", "not") if matches!(a.w(end + 2), "accepted" | "approved") => Some(Modality::Denied),
        ("is" | "was", "rumoured" | "possible" | "likely") => Some(Modality::Rumoured),
        _ => None,
    }
}
