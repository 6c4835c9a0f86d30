//! Document-level passes over the candidates: results and who won them, declared
//! candidates, new office holders, appointments made in a reshuffle story (the same change
//! made again by others is `same_move`).

use super::*;

/// In a story that reports appointments being made (a reshuffle, a new cabinet, posts
/// announced), "X will become home secretary" reports an appointment made that takes effect
/// later: asserted (the spec's reading). Only a plain future ("will", "is to") is read this
/// way; expectations and rumours keep their cue.
pub(crate) fn made_appointments(a: &Analysed, out: &mut [Cand]) {
    if !appointments_story(a) {
        return;
    }
    made_appointments_in(a, out);
}

/// "handing the housing portfolio to Cllr Raj Bhamra", "gave the transport brief to Ann
/// Cole": a portfolio, brief or post given to a person is their appointment (the giver is not
/// the one appointed).
pub(crate) fn portfolios_handed_to(a: &Analysed, out: &mut Vec<Cand>) {
    for (si, s) in a.seg.sentences.iter().enumerate() {
        for k in s.tokens.clone() {
            if !matches!(
                a.w(k),
                "handed" | "handing" | "hands" | "hand" | "gave" | "given" | "giving" | "gives"
            ) {
                continue;
            }
            // the thing given: a determiner, a few words, then the portfolio word
            let hi = (k + 7).min(s.tokens.end);
            let Some(thing) = (k + 1..hi).find(|&j| {
                matches!(
                    a.w(j),
                    "portfolio" | "brief" | "post" | "job" | "role" | "leadership" | "chairmanship"
                )
            }) else {
                continue;
            };
            let words_only = (k + 1..thing).all(|j| a.is_word(j) && a.person_at(j).is_none());
            if !words_only || a.w(thing + 1) != "to" {
                continue;
            }
            let Some((person, t)) = recipient(a, thing + 2, s.tokens.end) else {
                continue;
            };
            let Some(mut c) = Cand::at(a, EventType::Appoint, person, t, si, k..thing + 1) else {
                continue;
            };
            let first = if matches!(a.w(k + 1), "the" | "a" | "his" | "her" | "their") {
                k + 2
            } else {
                k + 1
            };
            if first < thing {
                c.role = Some(a.phrase(Span::new(
                    a.seg.tokens[first].start,
                    a.seg.tokens[thing].end,
                )));
            }
            out.push(c);
        }
    }
}

/// "Barry Stannard lost his deputy leader job", "lost her shadow cabinet post": a job, post or
/// role named by an office, lost, is an office taken away (the table's "lost his cabinet job"
/// for any office before the noun).
pub(crate) fn lost_office_jobs(a: &Analysed, out: &mut Vec<Cand>) {
    for (si, s) in a.seg.sentences.iter().enumerate() {
        for k in s.tokens.clone() {
            if !matches!(a.w(k), "lost" | "loses" | "losing" | "lose")
                || !matches!(a.w(k + 1), "his" | "her" | "their")
            {
                continue;
            }
            let hi = (k + 7).min(s.tokens.end);
            let Some(noun) =
                (k + 3..hi).find(|&j| matches!(a.w(j), "job" | "post" | "role" | "position"))
            else {
                continue;
            };
            let role = (k + 2..noun).find_map(|j| a.m.role_at(j));
            let words = (k + 2..noun).all(|j| a.is_word(j) && a.person_at(j).is_none());
            let Some(r) = role.filter(|r| r.tokens.end == noun && words) else {
                continue;
            };
            let role = a.phrase(r.span).to_ascii_lowercase();
            for (person, tok) in subject(a, si, k) {
                if has_event(out, person, EventType::Dismiss) {
                    continue;
                }
                if let Some(mut c) = Cand::at(a, EventType::Dismiss, person, tok, si, k..noun + 1) {
                    c.role = Some(role.clone());
                    out.push(c);
                }
            }
        }
    }
}

/// The person a thing is given to, named at token `from` past a title ("to Cllr Raj Bhamra",
/// "to fellow Tory Ann Cole"), and their token.
fn recipient(a: &Analysed, from: usize, s_end: usize) -> Option<(usize, usize)> {
    let mut t = from;
    while t < s_end && t < from + 3 && a.person_at(t).is_none() {
        if !matches!(a.tag(t), Tag::Role(_) | Tag::Party(_)) && a.w(t) != "fellow" {
            break;
        }
        t += 1;
    }
    a.person_at(t).map(|p| (p, t))
}

/// "His duties as the party's rural affairs spokesman have been handed to Eshaan Dhillon-Reid",
/// "the brief was given to Ann Cole": a portfolio, brief or duties the subject names, given in
/// the passive to a person, are their appointment (to the role the subject names, if any).
pub(crate) fn passive_portfolios_handed_to(a: &Analysed, out: &mut Vec<Cand>) {
    for (si, s) in a.seg.sentences.iter().enumerate() {
        for k in s.tokens.start + 1..s.tokens.end {
            if !matches!(a.w(k), "handed" | "given" | "passed")
                || !matches!(a.w(k - 1), "been" | "was" | "were" | "is" | "are")
                || a.w(k + 1) != "to"
            {
                continue;
            }
            let Some(thing) = (s.tokens.start..k).find(|&j| {
                matches!(
                    a.w(j),
                    "portfolio" | "brief" | "duties" | "responsibilities" | "job" | "role" | "post"
                )
            }) else {
                continue;
            };
            let Some((person, t)) = recipient(a, k + 2, s.tokens.end) else {
                continue;
            };
            let Some(mut c) = Cand::at(a, EventType::Appoint, person, t, si, k..k + 1) else {
                continue;
            };
            c.role = (thing..k)
                .find_map(|j| a.m.role_at(j))
                .map(|r| a.phrase(r.span).to_ascii_lowercase());
            out.push(c);
        }
    }
}

/// "Councillor Tom Hale takes finance; Mark Dobbs is responsible for children's services":
/// in a story of appointments, a name that opens a clause of a list (the sentence's start or
/// right after ";") followed by a light verb of portfolios is given one. Never outside such a
/// story ("takes the view", "is responsible for the delay").
pub(crate) fn portfolio_light_verbs(a: &Analysed, out: &mut Vec<Cand>) {
    if !appointments_story(a) {
        return;
    }
    for (si, s) in a.seg.sentences.iter().enumerate() {
        // a list: at least one ";" joins its clauses
        if a.is_headline(si) || !s.tokens.clone().any(|k| a.w(k) == ";") {
            continue;
        }
        for pm in
            a.m.person_mentions
                .iter()
                .filter(|pm| s.tokens.contains(&pm.tokens.start))
        {
            let mut b = pm.tokens.start;
            while b > s.tokens.start && matches!(a.tag(b - 1), Tag::Role(_)) {
                b -= 1;
            }
            let opens = b == s.tokens.start
                || matches!(a.w(b - 1), ";")
                || a.w(b - 1) == "and" && b >= 2 && a.w(b - 2) == ";";
            if !opens {
                continue;
            }
            let e = super::name_lists::mention_end(a, pm.tokens.start);
            let light = match (a.w(e), a.w(e + 1), a.w(e + 2)) {
                ("takes" | "gets" | "keeps" | "retains" | "handles", w, _) => {
                    !matches!(w, "the" | "a" | "over" | "up" | "on" | "part" | "charge")
                        && a.is_word(e + 1)
                }
                ("is" | "becomes", "responsible", "for") => true,
                ("will", "be", "responsible") => true,
                _ => false,
            };
            if !light {
                continue;
            }
            out.extend(Cand::at(
                a,
                EventType::Appoint,
                pm.person,
                pm.tokens.start,
                si,
                e..e + 1,
            ));
        }
    }
}

/// Whether the headline or the first two sentences report appointments being made (a
/// reshuffle, a new cabinet, posts announced).
pub(crate) fn appointments_story(a: &Analysed) -> bool {
    *a.appointments.get_or_init(|| appointments_in_lead(a))
}

fn appointments_in_lead(a: &Analysed) -> bool {
    let lead = a.headline_sentences.end + 2;
    a.seg.sentences[..lead.min(a.seg.sentences.len())]
        .iter()
        .any(|s| {
            s.tokens.clone().any(|k| {
                matches!(
                    a.w(k),
                    "reshuffle"
                        | "cabinet"
                        | "appointed"
                        | "appoints"
                        | "unveils"
                        | "unveiled"
                        | "unveil"
                        | "named"
                        | "names"
                        | "announced"
                        | "announces"
                        | "sacked"
                        | "axed"
                        | "shake-up"
                        | "promoted"
                        | "purge"
                )
            })
        })
}

fn made_appointments_in(a: &Analysed, out: &mut [Cand]) {
    for c in out.iter_mut() {
        if c.kind != EventType::Appoint || c.modality != Modality::Expected {
            continue;
        }
        let s = &a.seg.sentences[c.sentence];
        let lo = c.trigger.start.saturating_sub(4).max(s.tokens.start);
        let chain: Vec<&str> = (lo..c.trigger.start).map(|k| a.w(k)).collect();
        let plain_future = chain.iter().any(|w| matches!(*w, "will" | "'ll"))
            || chain
                .windows(2)
                .any(|w| w == ["is", "to"] || w == ["are", "to"]);
        let hedged = (s.tokens.start..c.trigger.start).any(|k| {
            matches!(
                a.w(k),
                "expected"
                    | "likely"
                    | "tipped"
                    | "rumoured"
                    | "could"
                    | "may"
                    | "might"
                    | "suggestions"
                    | "speculation"
                    | "if"
                    | "would"
            )
        });
        // ("will be appointed on 1 April", "is to be named": the appointing itself is still to
        // come, only proposed; "will become", "will take over as" take up a post given)
        let mut b = c.trigger.start;
        while b > s.tokens.start + 1 && a.w(b - 1).ends_with("ly") {
            b -= 1;
        }
        let act_to_come = b > s.tokens.start
            && a.w(b - 1) == "be"
            && matches!(
                a.w(c.trigger.start),
                "appointed"
                    | "named"
                    | "promoted"
                    | "made"
                    | "given"
                    | "handed"
                    | "installed"
                    | "chosen"
                    | "confirmed"
                    | "elevated"
                    | "ennobled"
            );
        if plain_future && !hedged && !act_to_come {
            c.modality = Modality::Asserted;
        }
    }
}

/// "Labour candidate Priya Kholi said…", "UKIP's candidate in Sandmere, Derek Quarrell,": a
/// declared candidate is a `stand`, asserted (the spec's reading of "UKIP candidate X").
pub(crate) fn declared_candidates(a: &Analysed, out: &mut Vec<Cand>) {
    for r in &a.m.roles {
        if !matches!(
            r.role,
            "candidate" | "parliamentary candidate" | "prospective parliamentary candidate"
        ) {
            continue;
        }
        // the candidate's party right before the role ("Labour candidate", "UKIP's candidate")
        let mut b = r.tokens.start;
        while b > 0 && (a.is_possessive_any(b - 1) || matches!(a.w(b - 1), "official" | "the")) {
            b -= 1;
        }
        let Some(party) = b
            .checked_sub(1)
            .and_then(|k| a.m.party_at(k))
            .map(|p| p.party.clone())
        else {
            continue;
        };
        // the name right after, or after "in <Place>," / ","; or the subject of "is" before
        // the description ("Tom Reed is Labour's candidate in Grantham")
        let si = a.sentence_of(r.tokens.start);
        let s0 = a.seg.sentences[si].tokens.start;
        let s_end = a.seg.sentences[si].tokens.end;
        let mut p0 = b.saturating_sub(1);
        while p0 > s0 && (a.m.party_at(p0 - 1).is_some() || matches!(a.w(p0 - 1), "the" | "a")) {
            p0 -= 1;
        }
        let predicate =
            p0 >= s0 + 2 && matches!(a.w(p0 - 1), "is" | "was") && a.person_at(p0 - 2).is_some();
        let after = (r.tokens.end..(r.tokens.end + 14).min(s_end))
            .find(|&k| a.person_at(k).is_some())
            .filter(|&k| {
                // ("The Liberal Democrat candidate is Mariam Qadir"; "The Greens' candidate
                // will be Tom Wren", a candidacy to come)
                // ("Labour's candidate for next year's general election, primary school teacher
                // Aisha Marwood": the contest the candidacy is for, and after the comma a
                // description of the person, nouns and adjectives only)
                let mut apposition = false;
                (r.tokens.end..k).all(|j| {
                    let w = a.w(j);
                    if w == "," {
                        apposition = true;
                        return true;
                    }
                    let contest = !apposition
                        && (a.tok_timex[j].is_some()
                            || matches!(
                                w,
                                "the"
                                    | "at"
                                    | "'s"
                                    | "’s"
                                    | "general"
                                    | "local"
                                    | "mayoral"
                                    | "election"
                                    | "by-election"
                                    | "elections"
                                    | "seat"
                                    | "ward"
                                    | "constituency"
                                    | "contest"
                                    | "poll"
                            ));
                    let described = apposition && {
                        let p = a.parse(si);
                        let tag = p.xpos.get(j - s0).copied().unwrap_or("");
                        w.chars().all(|c| c.is_lowercase() || c == '-')
                            && (tag.starts_with("NN") || tag.starts_with("JJ"))
                    };
                    matches!(w, "in" | "for" | "is" | "was" | "will" | "be")
                        || matches!(a.tag(j), Tag::Post(_))
                        || a.seg.tokens[j].is_capitalised(a.text)
                        || contest
                        || described
                })
            });
        // ... or the name the description is apposed to ("Ann Cole, Labour's candidate in the
        // by-election, said")
        let apposed = p0 >= s0 + 2 && a.w(p0 - 1) == "," && a.person_at(p0 - 2).is_some();
        let Some(k) = after
            .or(predicate.then(|| p0 - 2))
            .or(apposed.then(|| p0 - 2))
        else {
            continue;
        };
        let Some(person) = a.person_at(k) else {
            continue;
        };
        let had = out.iter().any(|c| {
            c.person == person
                && matches!(
                    c.kind,
                    EventType::Stand | EventType::Select | EventType::Elect | EventType::Defeat
                )
        });
        if had {
            continue;
        }
        let to_come = (r.tokens.end..k).any(|j| a.w(j) == "will");
        // ("Labour's candidate for next year's general election, X": the contest's time)
        let date = (r.tokens.end..k)
            .take_while(|&j| a.w(j) != ",")
            .find_map(|j| a.point_timex(j).and_then(|t| date_value(a, t, j)));
        out.push(Cand {
            kind: EventType::Stand,
            person,
            from: None,
            to: Some(party),
            post: post_for(a, si, &(r.tokens.clone())),
            role: None,
            date,
            modality: if to_come {
                Modality::Expected
            } else {
                Modality::Asserted
            },
            sentence: si,
            trigger: r.tokens.clone(),
            evidence: a.seg.sentences[si].span,
            headline: a.is_headline(si),
        });
    }
}

/// "The new chancellor, Philip Hammond, said…", "New Home Secretary Charles Clarke": a title
/// marked new reports an appointment.
pub(crate) fn new_office_holders(a: &Analysed, out: &mut Vec<Cand>) {
    for r in &a.m.roles {
        // ("The newly appointed foreign secretary, Boris Johnson, …")
        let before = r.tokens.start.wrapping_sub(1);
        let newly = matches!(a.w(before), "appointed" | "named" | "elected" | "installed")
            && a.w(before.wrapping_sub(1)) == "newly";
        if r.kind != floorcross_mention::RoleKind::Office || !(a.w(before) == "new" || newly) {
            continue;
        }
        let mut k = r.tokens.end;
        if a.w(k) == "," {
            k += 1;
        }
        let Some(person) = a.person_at(k) else {
            continue;
        };
        let si = a.sentence_of(k);
        // (a heading's "calling for new leader" and the next line's name are two units)
        if a.sentence_of(r.tokens.start) != si {
            continue;
        }
        if out
            .iter()
            .any(|c| c.person == person && c.kind == EventType::Appoint)
        {
            continue;
        }
        let trigger = r.tokens.start - 1..r.tokens.end;
        out.push(Cand {
            kind: EventType::Appoint,
            person,
            from: None,
            to: None,
            post: None,
            role: Some(role_phrase(a, r.tokens.clone())),
            // ("newly appointed" is the day's news)
            date: if newly {
                a.dct.map(|d| d.to_string())
            } else {
                None
            },
            modality: Modality::Asserted,
            sentence: si,
            trigger,
            evidence: a.seg.sentences[si].span,
            headline: a.is_headline(si),
        });
    }
}

/// "the second SNP MSP to leave the party this year, after Gary Pike quit in March": a bare
/// "quit" or "resigned" with no office in a sentence about leaving a party is leaving that party.
pub(crate) fn bare_quits_of_a_party(a: &Analysed, out: &mut [Cand]) {
    let leavings: Vec<(usize, usize, String)> = out
        .iter()
        .filter(|c| matches!(c.kind, EventType::Leave | EventType::Defect))
        .filter_map(|c| c.from.clone().map(|f| (c.sentence, c.person, f)))
        .collect();
    for c in out.iter_mut() {
        if c.kind != EventType::Resign || c.role.is_some() || c.trigger.len() != 1 {
            continue;
        }
        if !matches!(a.w(c.trigger.start), "quit" | "quits" | "resigned") {
            continue;
        }
        // bare: the clause ends, or a time follows
        let next = c.trigger.end;
        let bare = matches!(a.w(next), "." | "," | ";" | "")
            || a.tok_timex.get(next).is_some_and(Option::is_some)
            || matches!(a.w(next), "in" | "on" | "last" | "earlier")
                && a.tok_timex.get(next + 1).is_some_and(Option::is_some);
        if !bare {
            continue;
        }
        if let Some((_, _, from)) = leavings
            .iter()
            .find(|(s, p, _)| *s == c.sentence && *p != c.person)
        {
            c.kind = EventType::Leave;
            c.from = Some(from.clone());
        }
    }
}

/// "Ann Reid has quit the SNP. She will sit as an independent.": the next sentence, about the
/// same person, says where a leaver goes.
pub(crate) fn sits_as_independent(a: &Analysed, out: &mut [Cand]) {
    for c in out.iter_mut() {
        if c.kind != EventType::Leave || c.to.is_some() {
            continue;
        }
        let Some(next) = a.seg.sentences.get(c.sentence + 1) else {
            continue;
        };
        let t0 = next.tokens.start;
        let same = a.person_at(t0) == Some(c.person)
            || matches!(a.w(t0), "he" | "she") && resolve_pronoun(a, t0) == Some(c.person);
        if !same {
            continue;
        }
        let mut k = super::name_lists::mention_end(a, t0).max(t0 + 1);
        while matches!(
            a.w(k),
            "will" | "would" | "now" | "is" | "to" | "continue" | "instead"
        ) {
            k += 1;
        }
        if matches!(a.w(k), "sit" | "sits" | "sitting")
            && a.w(k + 1) == "as"
            && matches!(a.w(k + 2), "an" | "a")
            && a.w(k + 3) == "independent"
        {
            c.to = Some("independent".to_string());
        }
    }
}

/// "Kenny Ross has joined Salmond's party", with "Alex Salmond launched Alba" told in the
/// story: a party named by its founder's possessive is the party the story says that person
/// founded. One the story gives no founding for names no party, and the change is dropped.
pub(crate) fn leaders_parties(a: &Analysed, out: &mut Vec<Cand>) {
    let founded: Vec<(usize, String)> = out
        .iter()
        .filter(|c| c.kind == EventType::Found && c.modality == Modality::Asserted)
        .filter_map(|c| c.to.clone().map(|t| (c.person, t)))
        .collect();
    out.retain_mut(|c| {
        let joining = matches!(c.kind, EventType::Join | EventType::Defect) && c.to.is_none();
        let leaving = c.kind == EventType::Leave && c.from.is_none();
        if !joining && !leaving {
            return true;
        }
        let Some(leader) = super::conditions::leaders_party_at(a, c.trigger.end) else {
            return true;
        };
        let Some((_, party)) = founded.iter().find(|(p, _)| *p == leader) else {
            return false;
        };
        if joining {
            c.to = Some(party.clone());
        } else {
            c.from = Some(party.clone());
        }
        true
    });
}

/// The one party the story says won an election or seat ("The Liberal Democrats have won the
/// Hollingbury by-election"), if it names exactly one.
pub(crate) fn winning_party<'a>(a: &'a Analysed<'a>) -> Option<&'a str> {
    let mut winners: Vec<&str> = Vec::new();
    {
        for p in &a.m.parties {
            let s = &a.seg.sentences[a.sentence_of(p.tokens.start)];
            let mut k = p.tokens.end;
            if matches!(a.w(k), "have" | "has" | "had") {
                k += 1;
            }
            let won = matches!(
                a.w(k),
                "won"
                    | "win"
                    | "wins"
                    | "seized"
                    | "seize"
                    | "seizes"
                    | "snatched"
                    | "snatch"
                    | "snatches"
                    | "gained"
                    | "gains"
                    | "took"
                    | "takes"
                    // ("Labour has held Sandmere in yesterday's by-election")
                    | "held"
                    | "holds"
                    | "retained"
                    | "retains"
                    // ("Labour retakes Castlemere", "has won back the seat in Thursday's
                    // by-election")
                    | "retakes"
                    | "retook"
                    | "regained"
                    | "regains"
                    | "recaptured"
                    | "recaptures"
                    | "captured"
                    | "captures"
            );
            let contest = (k + 1..(k + 8).min(s.tokens.end)).any(|j| {
                matches!(
                    a.w(j),
                    "by-election" | "election" | "seat" | "contest" | "ward" | "constituency"
                )
            });
            if won && contest && !p.possessive && !winners.contains(&p.party.as_str()) {
                winners.push(&p.party);
            }
        }
    }
    let [party] = winners[..] else { return None };
    Some(party)
}

/// "The Green Party has won the by-election. Green candidate Sam Poole took 1,204 votes": with
/// nobody said to be elected, the winning party's one candidate is the winner.
pub(crate) fn winning_candidate(winner: Option<&str>, out: &mut [Cand]) {
    let Some(party) = winner else {
        return;
    };
    let no_winner = !out
        .iter()
        .any(|c| c.kind == EventType::Elect && c.modality == Modality::Asserted);
    let theirs: Vec<usize> = out
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            c.kind == EventType::Stand
                && c.modality == Modality::Asserted
                && c.to.as_deref() == Some(party)
        })
        .map(|(i, _)| i)
        .collect();
    if let [i] = theirs[..] {
        if no_winner {
            out[i].kind = EventType::Elect;
        }
    }
}

/// "Labour has chosen Ann Cole as its candidate for mayor. Ms Cole was declared the winner of
/// the members' ballot": a win with no office, told in a sentence about a party's own ballot,
/// of someone the story says was selected as a candidate, is that selection.
pub(crate) fn selection_ballots(a: &Analysed, out: &mut [Cand]) {
    let selected: Vec<usize> = out
        .iter()
        .filter(|c| c.kind == EventType::Select && c.modality == Modality::Asserted)
        .map(|c| c.person)
        .collect();
    for c in out.iter_mut() {
        if c.kind != EventType::Elect || c.role.is_some() || !selected.contains(&c.person) {
            continue;
        }
        let party_ballot = a.seg.sentences[c.sentence].tokens.clone().any(|k| {
            matches!(
                a.w(k),
                "ballot" | "selection" | "hustings" | "shortlist" | "primary" | "nomination"
            )
        });
        if party_ballot {
            c.kind = EventType::Select;
        }
    }
}

/// "The Liberal Democrats have won the Hollingbury by-election. Frances Oduya was declared
/// the winner": when the story says one party won an election or seat, a winner it names
/// with no party of their own won for that party.
pub(crate) fn winners_party(a: &Analysed, winner: Option<&str>, out: &mut [Cand]) {
    let Some(party) = winner else {
        return;
    };
    for c in out.iter_mut() {
        if c.kind != EventType::Elect || c.to.is_some() || c.modality != Modality::Asserted {
            continue;
        }
        // a winner named with a party of their own keeps it
        let own = a.m.people[c.person]
            .mentions
            .iter()
            .any(|&m| person_party(a, a.m.person_mentions[m].tokens.start).is_some());
        let winner_word = (c.trigger.start..c.trigger.end.saturating_add(3)).any(|k| {
            matches!(
                a.w(k),
                "winner" | "won" | "beating" | "beat" | "beats" | "winning"
            )
        });
        if !own && winner_word {
            c.to = Some(party.to_string());
        }
    }
}

/// Election results: "Esther Malby took 12,406 votes, beating Gareth Pryor into second
/// place" elects the subject and defeats the person beaten. Only with a placing ("into second
/// place") or a margin ("by 1,100 votes"), so that a debate or a vote in the Commons is not a
/// result.
pub(crate) fn results(a: &Analysed, out: &mut Vec<Cand>) {
    for (si, s) in a.seg.sentences.iter().enumerate() {
        for k in s.tokens.clone() {
            // beat, beaten, defeated, unseated, ousted
            if !matches!(a.b0(k), b'b' | b'd' | b'u' | b'o') {
                continue;
            }
            // "Mr Gethin was beaten in Corve Valley by the Conservative Leanne Pask": the one
            // who beat a defeated candidate was elected
            if matches!(a.w(k), "beaten" | "defeated" | "unseated" | "ousted")
                && matches!(a.w(k.wrapping_sub(1)), "was" | "were" | "been")
            {
                let hi = (k + 6).min(s.tokens.end);
                if let Some(by) = (k + 1..hi).find(|&j| a.w(j) == "by") {
                    let trigger = k..k + 1;
                    let Some(modality) = crate::modality::modality(a, si, &trigger, None) else {
                        continue;
                    };
                    // (the agent's own phrase: "defeated by the Conservatives, Tom Hale …" names
                    // no winner)
                    let comma = (by + 1..hi.max(by + 1) + 4)
                        .find(|&j| matches!(a.w(j), "," | ";" | "."))
                        .unwrap_or(usize::MAX);
                    for (p, t) in object(a, si, by + 1) {
                        if t > comma {
                            continue;
                        }
                        let to = person_party(a, t);
                        push_result(a, out, si, &trigger, modality, EventType::Elect, p, to);
                    }
                }
                continue;
            }
            if !matches!(
                a.w(k),
                "beat" | "beats" | "beating" | "defeating" | "defeated"
            ) {
                continue;
            }
            let hi = (k + 12).min(s.tokens.end);
            let placed = (k + 1..hi).any(|j| {
                matches!(a.w(j), "second" | "third" | "fourth") && matches!(a.w(j + 1), "place")
                    // "beat X and Y in a ballot of party members"
                    || matches!(a.w(j), "in" | "at")
                        && (j + 1..(j + 4).min(hi)).any(|x| {
                            matches!(
                                a.w(x),
                                "ballot" | "contest" | "race" | "election" | "by-election" | "poll"
                            )
                        })
                    || a.w(j) == "by"
                        && a.seg
                            .tokens
                            .get(j + 1)
                            .is_some_and(|t| t.kind == floorcross_text::TokenKind::Number)
                        && matches!(a.w(j + 2), "votes" | "vote")
            });
            if !placed || a.w(k.wrapping_sub(1)) == "was" {
                continue;
            }
            let trigger = k..k + 1;
            let Some(modality) = crate::modality::modality(a, si, &trigger, None) else {
                continue;
            };
            let beaten = object(a, si, k + 1);
            // "was selected in a ballot of members, beating X by 1,412 votes to 988": the
            // contest won is the selection the clause before the participle tells
            let selection = a.w(k) == "beating"
                && (s.tokens.start..k)
                    .any(|j| crate::grammar::SELECTION_PARTICIPLES.contains(&a.w(j)));
            let kind = if selection {
                EventType::Select
            } else {
                EventType::Elect
            };
            for (p, t) in subject(a, si, k) {
                let to = person_party(a, t);
                push_result(a, out, si, &trigger, modality, kind, p, to);
            }
            for (p, _) in beaten {
                push_result(a, out, si, &trigger, modality, EventType::Defeat, p, None);
            }
        }
    }
}

/// Whether `out` already has an event of `kind` for `person`.
pub(crate) fn has_event(out: &[Cand], person: usize, kind: EventType) -> bool {
    out.iter().any(|c| c.person == person && c.kind == kind)
}

/// Adds an election result found at `trigger`, unless the person already has that event.
#[allow(clippy::too_many_arguments)]
pub(crate) fn push_result(
    a: &Analysed,
    out: &mut Vec<Cand>,
    si: usize,
    trigger: &std::ops::Range<usize>,
    modality: Modality,
    kind: EventType,
    person: usize,
    to: Option<String>,
) {
    if has_event(out, person, kind) {
        return;
    }
    out.push(Cand {
        kind,
        person,
        from: None,
        to,
        post: post_for(a, si, trigger),
        role: None,
        date: event_date(a, si, trigger, modality),
        modality,
        sentence: si,
        trigger: trigger.clone(),
        evidence: a.seg.sentences[si].span,
        headline: a.is_headline(si),
    });
}

/// "Party bosses kicked Ann Hale out", "threw him out of the party": a phrasal verb whose
/// object stands between the verb and its particle is an expulsion of that object, from the
/// party after "of" or the party that does it.
pub(crate) fn split_particle_expulsions(a: &Analysed, out: &mut Vec<Cand>) {
    for (si, s) in a.seg.sentences.iter().enumerate() {
        for k in s.tokens.clone() {
            if !matches!(
                a.w(k),
                "kicked"
                    | "kick"
                    | "kicks"
                    | "kicking"
                    | "threw"
                    | "throw"
                    | "throws"
                    | "throwing"
                    | "booted"
                    | "boot"
                    | "boots"
                    | "booting"
            ) {
                continue;
            }
            let Some(pm) = a.m.person_at(k + 1) else {
                continue;
            };
            if pm.tokens.start != k + 1 || a.w(pm.tokens.end) != "out" {
                continue;
            }
            let out_tok = pm.tokens.end;
            let subject_party = party_in(a, s.tokens.start, k).map(|p| p.1);
            // out of what: a party, named or not ("out of the party"); nothing else ("out of
            // the meeting"); with no "of", the sentence must be about a party
            let from = if a.w(out_tok + 1) == "of" {
                let lim = (out_tok + 5).min(s.tokens.end);
                let named = party_in(a, out_tok + 2, lim).map(|p| p.1);
                let party_word =
                    (out_tok + 2..lim).any(|j| matches!(a.w(j), "party" | "group" | "whip"));
                match (named, party_word) {
                    (Some(p), _) => Some(p),
                    (None, true) => subject_party,
                    (None, false) => continue,
                }
            } else {
                let about_party = subject_party.is_some()
                    || s.tokens.clone().any(|j| matches!(a.w(j), "party" | "whip"));
                if !about_party {
                    continue;
                }
                subject_party
            };
            let trigger = k..k + 1;
            if let Some(mut c) = Cand::at(a, EventType::Expel, pm.person, k + 1, si, trigger) {
                c.from = from.filter(|p| p != "Independent");
                out.push(c);
            }
        }
    }
}
