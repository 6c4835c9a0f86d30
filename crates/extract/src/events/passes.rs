//! Document-level passes over the candidates: results and who won them, followers ("X
//! followed him"), declared candidates, new office holders, appointments made in a
//! reshuffle story.

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
        while b > 0 && (a.is_possessive(b - 1) || matches!(a.w(b - 1), "official" | "the")) {
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
        let after = (r.tokens.end..(r.tokens.end + 6).min(s_end))
            .find(|&k| a.person_at(k).is_some())
            .filter(|&k| {
                (r.tokens.end..k).all(|j| {
                    matches!(a.w(j), "," | "in" | "for")
                        || matches!(a.tag(j), Tag::Post(_))
                        || a.seg.tokens[j].is_capitalised(a.text)
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
        out.push(Cand {
            kind: EventType::Stand,
            person,
            from: None,
            to: Some(party),
            post: post_for(a, si, &(r.tokens.clone())),
            role: None,
            date: None,
            modality: Modality::Asserted,
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
        if r.kind != floorcross_mention::RoleKind::Office
            || a.w(r.tokens.start.wrapping_sub(1)) != "new"
        {
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
            date: None,
            modality: Modality::Asserted,
            sentence: si,
            trigger,
            evidence: a.seg.sentences[si].span,
            headline: a.is_headline(si),
        });
    }
}

/// "He was joined in the new venture by Damien Hockney": whoever joins a person in their
/// party (a passive "joined in <the party or venture> by", its subject someone the story has
/// found, join or move to a party) joins that party.
pub(crate) fn joined_by(a: &Analysed, out: &mut Vec<Cand>) {
    let mut found = Vec::new();
    for (si, s) in a.seg.sentences.iter().enumerate() {
        for k in s.tokens.clone() {
            if a.b0(k) != b'j'
                || a.w(k) != "joined"
                || k < s.tokens.start + 2
                || !matches!(a.w(k - 1), "was" | "were" | "been" | "is" | "are")
            {
                continue;
            }
            let Some(by) = (k + 1..(k + 8).min(s.tokens.end)).find(|&j| a.w(j) == "by") else {
                continue;
            };
            // joined in what: a party or a venture ("in the new party", "in Veritas"), not
            // on a visit ("was joined by Tony Blair at a school")
            let in_party = a.w(k + 1) == "in"
                && (k + 2..by).any(|j| {
                    a.m.party_at(j).is_some()
                        || matches!(
                            a.w(j),
                            "party" | "group" | "venture" | "movement" | "breakaway" | "defection"
                        )
                });
            if !in_party {
                continue;
            }
            // the joiner: the first name after "by" (past a description: "one of UKIP's two
            // London Assembly members, Damien Hockney")
            let Some(j) = (by + 1..(by + 12).min(s.tokens.end))
                .take_while(|&j| !matches!(a.w(j), "." | ";" | "who" | "which"))
                .find(|&j| a.person_at(j).is_some())
            else {
                continue;
            };
            let Some(joiner) = a.person_at(j) else {
                continue;
            };
            // the subject: the person (or pronoun) before the auxiliary
            let subj = subject(a, si, k - 1);
            let Some(&(host, _)) = subj.first() else {
                continue;
            };
            let party = out
                .iter()
                .filter(|c| c.person == host && c.sentence <= si)
                .filter(|c| {
                    matches!(
                        c.kind,
                        EventType::Found | EventType::Join | EventType::Defect
                    )
                })
                .find_map(|c| c.to.clone());
            let Some(party) = party else { continue };
            if out
                .iter()
                .any(|c| c.person == joiner && c.to.as_deref() == Some(&party))
            {
                continue;
            }
            if let Some(mut c) = Cand::at(a, EventType::Join, joiner, j, si, k..k + 1) {
                c.to = Some(party);
                found.push(c);
            }
        }
    }
    out.extend(found);
}

/// "Mark Rendell denied he was poised to follow Mr Harker": following someone who defected
/// (or joined, or left) is the same move, with its own modality.
pub(crate) fn followers(a: &Analysed, out: &mut Vec<Cand>) {
    let moves: Vec<Cand> = out
        .iter()
        .filter(|c| {
            matches!(
                c.kind,
                EventType::Defect | EventType::Join | EventType::Leave | EventType::Resign
            )
        })
        .cloned()
        .collect();
    if moves.is_empty() {
        return;
    }
    for (si, s) in a.seg.sentences.iter().enumerate() {
        for k in s.tokens.clone() {
            if a.b0(k) != b'f' || !matches!(a.w(k), "follow" | "follows" | "followed" | "following")
            {
                continue;
            }
            // whom they follow: a name, or him/her
            let j = k + 1;
            let leader = if matches!(a.w(j), "him" | "her") {
                // one can only follow someone who moved: the pronoun's referent if they did,
                // else the last person before it, of its gender, who did
                resolve_pronoun(a, j)
                    .filter(|p| moves.iter().any(|c| c.person == *p))
                    .or_else(|| {
                        let gender = if a.w(j) == "him" {
                            floorcross_mention::Gender::Male
                        } else {
                            floorcross_mention::Gender::Female
                        };
                        moves
                            .iter()
                            .filter(|c| a.gender(c.person).agrees(gender))
                            .filter_map(|c| {
                                let last = a.m.people[c.person]
                                    .mentions
                                    .iter()
                                    .map(|&m| a.m.person_mentions[m].tokens.start)
                                    .filter(|&t| t < k)
                                    .max()?;
                                Some((last, c.person))
                            })
                            .max()
                            .map(|(_, p)| p)
                    })
            } else {
                a.person_at(j)
            };
            // "Ann Cole defected to Ukip, following Tom Hale and Jim Dale": those followed made
            // the same move before her
            if a.w(k) == "following" && k > s.tokens.start && a.w(k - 1) == "," {
                let mut j = k + 1;
                if a.w(j) == "in"
                    && a.w(j + 1) == "the"
                    && a.w(j + 2) == "footsteps"
                    && a.w(j + 3) == "of"
                {
                    j += 4;
                }
                // "following Brexit Secretary Tom Ravell, junior minister Kate Dunmore and
                // ...": a short description before the first name
                if a.person_at(j).is_none() {
                    if let Some(n) =
                        (j..(j + 4).min(s.tokens.end)).find(|&x| a.person_at(x).is_some())
                    {
                        if super::name_lists::description(a, j..n) {
                            j = n;
                        }
                    }
                }
                // (not a name owning what is followed: "following Tom Hale's call")
                let owner = a.person_at(j).is_some_and(|_| {
                    let e = super::name_lists::mention_end(a, j);
                    a.is_possessive_any(e - 1) || matches!(a.w(e), "'s" | "’s")
                });
                if let Some(first) = a.person_at(j).filter(|_| !owner) {
                    if let Some(model) = moves
                        .iter()
                        .find(|c| c.sentence == si && c.trigger.end <= k)
                    {
                        let trigger = k..k + 1;
                        for (person, _) in with_list_right(a, si, first, j) {
                            if person == model.person || has_event(out, person, model.kind) {
                                continue;
                            }
                            let mut c =
                                follower_move(a, model, person, si, &trigger, model.modality);
                            c.date = None;
                            // (each resigned from an office of their own)
                            if c.kind == EventType::Resign {
                                c.role = None;
                                c.post = None;
                            }
                            out.push(c);
                        }
                        continue;
                    }
                }
            }
            let Some(leader) = leader else { continue };
            let Some(model) = moves.iter().find(|c| c.person == leader) else {
                continue;
            };
            let trigger = k..j + 1;
            let people = subject(a, si, k);
            let Some(modality) =
                crate::modality::modality(a, si, &trigger, people.iter().map(|(_, t)| *t).max())
            else {
                continue;
            };
            for (person, _) in people {
                if person == leader || has_event(out, person, model.kind) {
                    continue;
                }
                out.push(follower_move(a, model, person, si, &trigger, modality));
            }
        }
    }
}

/// "Her resignation should be followed by those of three colleagues - A, B and
/// C": the same change for the people listed, with the sentence's modality.
pub(crate) fn followed_by_those_of(a: &Analysed, out: &mut Vec<Cand>) {
    for (si, s) in a.seg.sentences.iter().enumerate() {
        for k in s.tokens.clone() {
            if !(a.b0(k) == b'f'
                && a.w(k) == "followed"
                && a.w(k + 1) == "by"
                && matches!(a.w(k + 2), "those" | "that")
                && a.w(k + 3) == "of")
            {
                continue;
            }
            let Some(model) = out
                .iter()
                .find(|c| c.sentence == si && c.trigger.start < k)
                .cloned()
            else {
                continue;
            };
            let hi = (k + 16).min(s.tokens.end);
            let Some(first) = (k + 4..hi).find(|&j| a.person_at(j).is_some()) else {
                continue;
            };
            let p = a.person_at(first).unwrap_or_default();
            let trigger = k..k + 2;
            let Some(modality) = crate::modality::modality(a, si, &trigger, None) else {
                continue;
            };
            for (person, _) in with_list_right(a, si, p, first) {
                if has_event(out, person, model.kind) {
                    continue;
                }
                out.push(Cand {
                    person,
                    modality,
                    trigger: trigger.clone(),
                    date: None,
                    ..model.clone()
                });
            }
        }
    }
}

/// The move `model` made again by `person`, told at `trigger` of sentence `si`.
fn follower_move(
    a: &Analysed,
    model: &Cand,
    person: usize,
    si: usize,
    trigger: &std::ops::Range<usize>,
    modality: Modality,
) -> Cand {
    Cand {
        person,
        modality,
        sentence: si,
        trigger: trigger.clone(),
        date: event_date(a, si, trigger, modality),
        evidence: a.seg.sentences[si].span,
        headline: a.is_headline(si),
        ..model.clone()
    }
}

/// Moves one can follow someone in: resigning, defecting, leaving, joining.
fn followable(kind: EventType) -> bool {
    matches!(
        kind,
        EventType::Resign
            | EventType::Defect
            | EventType::Leave
            | EventType::Join
            // "was first to be knocked out, followed by Burnham": the next one out
            | EventType::Defeat
    )
}

/// "A was the first minister to resign, but B and C swiftly followed suit"; "A walked out on
/// Sunday, followed by B an hour later": the people who followed made the same move as the
/// last one told before them (in the sentence, or the one before for "followed suit").
/// "Ann Cole quit as chairman and Tom Hale as treasurer": a gapped conjunct (a name and
/// "as" + an office, the verb left out) makes the same change in its own office.
pub(crate) fn gapped_offices(a: &Analysed, out: &mut Vec<Cand>) {
    let mut found = Vec::new();
    for c in out.iter() {
        if !matches!(
            c.kind,
            EventType::Resign | EventType::Appoint | EventType::Dismiss
        ) {
            continue;
        }
        let s = &a.seg.sentences[c.sentence];
        if a.w(c.trigger.end) != "as" {
            continue;
        }
        // past the first office: "as chairman"
        let Some(and) = (c.trigger.end + 1..(c.trigger.end + 6).min(s.tokens.end))
            .take_while(|&k| a.w(k) != ",")
            .find(|&k| a.w(k) == "and")
        else {
            continue;
        };
        let Some(person) = a.person_at(and + 1) else {
            continue;
        };
        let e = mention_end(a, and + 1);
        if a.w(e) != "as" {
            continue;
        }
        let Some(r) = a.m.role_at(e + 1).or_else(|| a.m.role_at(e + 2)) else {
            continue;
        };
        found.push(Cand {
            person,
            role: Some(role_phrase(a, r.tokens.clone())),
            trigger: e..e + 1,
            ..c.clone()
        });
    }
    for c in found {
        if !has_event(out, c.person, c.kind) {
            out.push(c);
        }
    }
}

pub(crate) fn followed_suit(a: &Analysed, out: &mut Vec<Cand>) {
    for (si, s) in a.seg.sentences.iter().enumerate() {
        for k in s.tokens.clone() {
            // "Tom Hale did the same", "has done likewise": the one before the verb copies
            // ("So did Tom Hale", ", as did Tom Hale": the one after it)
            let same = matches!(a.w(k), "did" | "done" | "does" | "do")
                && (a.w(k + 1) == "likewise" || a.w(k + 1) == "the" && a.w(k + 2) == "same");
            // (past a description: "and so has her deputy Tom Hale")
            let copier = (matches!(a.w(k), "did" | "has" | "have" | "had")
                && k > s.tokens.start
                && matches!(a.w(k - 1), "as" | "so"))
            .then(|| {
                (k + 1..(k + 5).min(s.tokens.end))
                    .find(|&j| a.person_at(j).is_some())
                    .filter(|&j| j == k + 1 || description(a, k + 1..j))
            })
            .flatten();
            let inverted = copier.is_some();
            if !(same || inverted)
                && (a.b0(k) != b'f' || !matches!(a.w(k), "followed" | "follow" | "follows"))
            {
                continue;
            }
            let suit = a.w(k + 1) == "suit" || same;
            let by = inverted
                || a.w(k) == "followed"
                    && a.w(k + 1) == "by"
                    && k > s.tokens.start
                    && a.w(k - 1) == ",";
            if !suit && !by {
                continue;
            }
            // ("So did Tom Hale." opens a sentence of its own: the move is the sentence
            // before's)
            let lo_inverted = inverted && k <= s.tokens.start + 1;
            // the move followed: the last asserted one told before, in this sentence (or, for
            // "followed suit", the sentence before)
            let lo = if suit || lo_inverted {
                si.saturating_sub(1)
            } else {
                si
            };
            let Some(model) = out
                .iter()
                .filter(|c| {
                    followable(c.kind)
                        && c.modality == Modality::Asserted
                        && (lo..=si).contains(&c.sentence)
                        && (c.sentence < si || c.trigger.start < k)
                })
                .max_by_key(|c| (c.sentence, c.trigger.start))
                .cloned()
            else {
                continue;
            };
            let followers: Vec<(usize, usize)> = if suit {
                let mut v = subject(a, si, k);
                if let [(p, t)] = v[..] {
                    v = with_list_left(a, si, p, t);
                }
                v
            } else {
                let at = if inverted {
                    copier.unwrap_or(k + 1)
                } else {
                    k + 2
                };
                match a.person_at(at) {
                    Some(p) => with_list_right(a, si, p, at),
                    None => Vec::new(),
                }
            };
            let trigger = k..k + 2;
            let Some(modality) =
                crate::modality::modality(a, si, &trigger, followers.iter().map(|f| f.1).max())
            else {
                continue;
            };
            for (person, _) in followers {
                if person == model.person || has_event(out, person, model.kind) {
                    continue;
                }
                out.push(Cand {
                    role: None,
                    ..follower_move(a, &model, person, si, &trigger, modality)
                });
            }
        }
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
            );
            let contest = (k + 1..(k + 6).min(s.tokens.end))
                .any(|j| matches!(a.w(j), "by-election" | "election" | "seat" | "contest"));
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
                    for (p, t) in object(a, si, by + 1) {
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
            for (p, t) in subject(a, si, k) {
                let to = person_party(a, t);
                push_result(a, out, si, &trigger, modality, EventType::Elect, p, to);
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
