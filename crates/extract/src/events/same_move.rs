//! The same change made again by others: "was joined in the venture by X", followers
//! ("X followed him", "defected, following A and B", "followed by those of"), "followed
//! suit", and gapped conjuncts ("quit as chairman and Tom Hale as treasurer").

use super::*;

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
                            out.push(earlier_follower(a, model, person, si, &trigger));
                        }
                        continue;
                    }
                }
            }
            // "Within hours she had been followed by the shadow health secretary, Tom Hale, and
            // the shadow work and pensions secretary, Jane Smith": those named after the
            // passive's "by" made the subject's move after them
            if a.w(k) == "followed"
                && a.w(k + 1) == "by"
                && k > s.tokens.start
                && matches!(a.w(k - 1), "been" | "was" | "were" | "is")
            {
                let led = subject(a, si, k);
                let Some(model) = led
                    .iter()
                    .find_map(|(p, _)| moves.iter().find(|c| c.person == *p && c.sentence <= si))
                else {
                    continue;
                };
                let trigger = k..k + 2;
                let end = (k + 2..s.tokens.end)
                    .find(|&x| matches!(a.w(x), ";" | "." | "who" | "after" | "because"))
                    .unwrap_or(s.tokens.end);
                let mut x = k + 2;
                while x < end {
                    let Some(person) = a.m.person_at(x).map(|pm| pm.person) else {
                        x += 1;
                        continue;
                    };
                    let e = super::name_lists::mention_end(a, x);
                    let owner = a.is_possessive_any(e - 1) || matches!(a.w(e), "'s" | "’s");
                    if !owner && person != model.person && !has_event(out, person, model.kind) {
                        out.push(earlier_follower(a, model, person, si, &trigger));
                    }
                    x = e.max(x + 1);
                }
                continue;
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

/// "Ann Cole quit Labour on Thursday along with Tom Reed, Bev Lyle and Ron Pask": the people a
/// comitative "along with" or "together with" after the change names, in the change's own
/// clause (before any relative clause, "but" or ";"), made the same move with its subject.
pub(crate) fn along_with(a: &Analysed, out: &mut Vec<Cand>) {
    let mut found = Vec::new();
    for c in out.iter() {
        if !followable(c.kind) && !matches!(c.kind, EventType::Expel | EventType::Dismiss) {
            continue;
        }
        let s_end = a.seg.sentences[c.sentence].tokens.end;
        let Some(w) = (c.trigger.end..s_end)
            .take_while(|&k| {
                !matches!(
                    a.w(k),
                    ";" | "who" | "which" | "but" | "while" | "whereas" | "although" | "after"
                )
            })
            .find(|&k| matches!(a.w(k), "along" | "together") && a.w(k + 1) == "with")
        else {
            continue;
        };
        // the first name right after "with" (past a short description: "fellow councillors")
        let Some(first) = (w + 2..(w + 5).min(s_end))
            .take_while(|&k| !matches!(a.w(k), "," | "." | ";"))
            .find(|&k| a.person_at(k).is_some())
        else {
            continue;
        };
        let Some(p) = a.person_at(first) else {
            continue;
        };
        let mut people = with_list_right(a, c.sentence, p, first);
        // (a lone name: with_list_right keeps the first one only when the list is joined)
        if people.is_empty() {
            people.push((p, first));
        }
        for (q, _) in people {
            if q != c.person {
                found.push(Cand {
                    person: q,
                    ..c.clone()
                });
            }
        }
    }
    for f in found {
        if !out
            .iter()
            .any(|c| c.person == f.person && c.kind == f.kind && c.sentence == f.sentence)
        {
            out.push(f);
        }
    }
}

/// "Ann Cole, Tom Reed and Gail Ross quit Labour on Monday. They will sit as the Independent
/// Group." / "The rebels have launched their own outfit, Stenfield First.": a sentence whose
/// subject is a plural anaphor ("they", "the rebels", "the five") for the people who left a
/// party in it or the two sentences before, saying they formed, launched or will sit as a
/// named group or party, makes each of those departures a defection to it.
pub(crate) fn leavers_new_group(a: &Analysed, out: &mut [Cand]) {
    const ANAPHORS: &[&str] = &[
        "rebels",
        "defectors",
        "group",
        "councillors",
        "mps",
        "msps",
        "members",
        "trio",
        "pair",
        "quartet",
        "five",
        "four",
        "three",
        "two",
        "six",
        "seven",
        "eight",
        "breakaway",
    ];
    for (si, s) in a.seg.sentences.iter().enumerate() {
        if a.is_headline(si) {
            continue;
        }
        let k0 = s.tokens.start;
        let mut k = k0;
        if a.w(k) == "they" {
            k += 1;
        } else if a.w(k) == "the" {
            let n = (k + 1..(k + 3).min(s.tokens.end))
                .take_while(|&j| ANAPHORS.contains(&a.w(j)))
                .count();
            if n == 0 {
                continue;
            }
            k += 1 + n;
        } else {
            continue;
        }
        // the verb of forming or sitting, a few words on ("have launched", "will sit as")
        let Some(v) = (k..(k + 4).min(s.tokens.end)).find(|&j| {
            matches!(
                a.w(j),
                "formed" | "form" | "launched" | "launch" | "founded" | "created" | "set" | "sit"
            )
        }) else {
            continue;
        };
        let end = (v + 10).min(s.tokens.end);
        // the name: a party the text knows (not "Independent"), or the name apposed to a
        // noun of a party ("their own outfit, Stenfield First")
        let known = party_in(a, v + 1, end).filter(|(_, p)| p != "Independent");
        let apposed = || {
            (v + 1..end)
                .find(|&j| PARTY_NOUNS.contains(&a.w(j)) && a.w(j + 1) == ",")
                .and_then(|j| capitalised_name(a, j + 2, s.tokens.end))
        };
        let Some(group) = known.map(|(_, p)| p).or_else(apposed) else {
            continue;
        };
        let leaver = |c: &Cand| {
            c.kind == EventType::Leave
                && c.to.is_none()
                && c.modality == Modality::Asserted
                && c.sentence <= si
                && c.sentence + 2 >= si
                && !c.headline
        };
        if out.iter().filter(|c| leaver(c)).count() < 2 {
            continue;
        }
        for c in out.iter_mut().filter(|c| leaver(c)) {
            c.kind = EventType::Defect;
            c.to = Some(group.clone());
        }
    }
}

/// "crossed the floor yesterday and took his seat on the Liberal Democrat benches": a change of
/// side told with no party to go to, whose own sentence goes on to seat the person on a
/// party's benches, went to that party.
pub(crate) fn benches_taken(a: &Analysed, out: &mut [Cand]) {
    for c in out.iter_mut() {
        if !matches!(c.kind, EventType::Defect | EventType::Leave) || c.to.is_some() {
            continue;
        }
        let s_end = a.seg.sentences[c.sentence].tokens.end;
        let party = (c.trigger.end..s_end)
            .take_while(|&k| !matches!(a.w(k), ";" | "who" | "which" | "but"))
            .find(|&k| a.w(k) == "benches")
            .and_then(|b| party_in(a, b.saturating_sub(4).max(c.trigger.end), b))
            .map(|(_, p)| p)
            .filter(|p| c.from.as_deref() != Some(p.as_str()) && p != "Independent");
        if let Some(p) = party {
            c.kind = EventType::Defect;
            c.to = Some(p);
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

/// "The Labour group has lost two councillors, Ann Cole to the Conservatives and Tom Hale to
/// being an independent": a party that lost members to others, each named with "to" and
/// where they went, is the party each left (a party as the subject of "lost").
pub(crate) fn members_lost_to(a: &Analysed, out: &mut Vec<Cand>) {
    let mut found = Vec::new();
    for (si, s) in a.seg.sentences.iter().enumerate() {
        for k in s.tokens.clone() {
            if a.b0(k) != b'l' || !matches!(a.w(k), "lost" | "loses" | "lose") {
                continue;
            }
            // the losing party: the subject, right before the verb chain ("the Labour group
            // has lost", "Labour lost")
            let mut b = k;
            while b > s.tokens.start
                && matches!(
                    a.w(b - 1),
                    "has" | "have" | "had" | "now" | "also" | "group"
                )
            {
                b -= 1;
            }
            let Some(left) = b
                .checked_sub(1)
                .and_then(|j| a.m.party_at(j))
                .filter(|p| p.party != "Independent")
                .map(|p| p.party.clone())
            else {
                continue;
            };
            let mut j = k + 1;
            while j < s.tokens.end && !matches!(a.w(j), "." | ";" | "but" | "while") {
                let Some(person) = a.person_at(j) else {
                    j += 1;
                    continue;
                };
                let e = mention_end(a, j);
                // "X to the Conservatives", "Y to being an Independent"
                let mut t = e;
                if a.w(t) != "to" {
                    j = e;
                    continue;
                }
                t += 1;
                let independent = matches!(a.w(t), "being" | "sit" | "sitting")
                    && (t + 1..(t + 4).min(s.tokens.end)).any(|x| a.w(x) == "independent")
                    || a.w(t) == "the" && a.w(t + 1) == "independents";
                if a.w(t) == "the" {
                    t += 1;
                }
                let went =
                    a.m.party_at(t)
                        .map(|p| p.party.clone())
                        .filter(|p| *p != left);
                let (kind, to) = match (went, independent) {
                    (Some(p), _) if p != "Independent" => (EventType::Defect, Some(p)),
                    (Some(_), _) | (None, true) => {
                        (EventType::Leave, Some("independent".to_string()))
                    }
                    (None, false) => {
                        j = e;
                        continue;
                    }
                };
                let covered = out.iter().chain(found.iter()).any(|c| {
                    c.person == person && matches!(c.kind, EventType::Defect | EventType::Leave)
                });
                if !covered {
                    if let Some(mut c) = Cand::at(a, kind, person, j, si, k..k + 1) {
                        c.from = Some(left.clone());
                        c.to = to;
                        found.push(c);
                    }
                }
                j = e;
            }
        }
    }
    out.extend(found);
}

/// "He is the third Tory peer to quit in a month, after Baroness Ellison and Lord Penrose":
/// a count of people who made a move, closed by "after" and the names of those counted
/// before, says they made it too (earlier). Only a list that ends the sentence: "resigned
/// after Tom Hale criticised him" is a clause.
pub(crate) fn counted_after(a: &Analysed, out: &mut Vec<Cand>) {
    let mut found = Vec::new();
    for (si, s) in a.seg.sentences.iter().enumerate() {
        for k in s.tokens.clone() {
            if a.w(k) != "after" || k == s.tokens.start || a.w(k - 1) != "," {
                continue;
            }
            let Some(model) = out.iter().find(|c| {
                c.sentence == si
                    && c.trigger.end <= k
                    && followable(c.kind)
                    && super::groups::counted_become(a, si, &c.trigger).is_some()
            }) else {
                continue;
            };
            let mut j = k + 1;
            if a.person_at(j).is_none() {
                if let Some(n) = (j..(j + 4).min(s.tokens.end)).find(|&x| a.person_at(x).is_some())
                {
                    if super::name_lists::description(a, j..n) {
                        j = n;
                    }
                }
            }
            let Some(first) = a.person_at(j) else {
                continue;
            };
            let list = with_list_right(a, si, first, j);
            let last = list.iter().map(|&(_, t)| t).max().unwrap_or(j);
            let end = super::name_lists::mention_end(a, last);
            if end < s.tokens.end && !matches!(a.w(end), "." | ";") {
                continue;
            }
            let trigger = k..k + 1;
            for (person, _) in list {
                if person == model.person
                    || has_event(out, person, model.kind)
                    || found.iter().any(|c: &Cand| c.person == person)
                {
                    continue;
                }
                found.push(earlier_follower(a, model, person, si, &trigger));
            }
        }
    }
    out.extend(found);
}

/// "Boris Johnson has withdrawn the Conservative whip from 21 MPs … Among them are Philip
/// Hammond and Kenneth Clarke", "The rebels, who now sit as independents, include Rory
/// Stewart and David Gauke": a change told of an unnamed group, whose members the next
/// sentence names ("Among them are", "They include", "The rebels include"), is each member's
/// change, with the group's modality, parties and time.
pub(crate) fn group_members_named_next(a: &Analysed, out: &mut Vec<Cand>) {
    let mut found = Vec::new();
    for si in 1..a.seg.sentences.len() {
        // (the two never both hold: one opens with "Among them"/"They include", the other
        // with a name)
        let named = members_named(a, si);
        let counted = named
            .is_none()
            .then(|| counted_members_named(a, si))
            .flatten();
        let Some(first) = named.or_else(|| counted.as_ref().map(|c| c[0].1)) else {
            continue;
        };
        // the group's change: a trigger in the sentence before that names nobody (past
        // another sentence naming members: "Among them are … The rebels also include …")
        let mut prev = si - 1;
        if prev > 0 && members_named(a, prev).is_some() {
            prev -= 1;
        }
        if out.iter().any(|c| c.sentence == prev) {
            continue;
        }
        let Some((rule, trigger)) = group_change(a, prev) else {
            continue;
        };
        let Some(modality) = crate::modality::modality(a, prev, &trigger, None) else {
            continue;
        };
        let (from, to) = parties(a, &rule, prev, &trigger);
        let date = event_date(a, prev, &trigger, modality);
        let person = a.person_at(first).unwrap_or_default();
        let members = counted.unwrap_or_else(|| with_list_right(a, si, person, first));
        for (q, t) in members {
            // (not a name owning a description in the list: "Sir Nicholas Soames, Winston
            // Churchill's grandson")
            let e = super::name_lists::mention_end(a, t);
            let owner = a.is_possessive_any(e - 1) || matches!(a.w(e), "'s" | "’s");
            if owner || has_event(out, q, rule.kind) || found.iter().any(|c: &Cand| c.person == q) {
                continue;
            }
            found.push(Cand {
                kind: rule.kind,
                person: q,
                from: from.clone(),
                to: to.clone(),
                post: None,
                role: None,
                date: date.clone(),
                modality,
                sentence: si,
                trigger: trigger.clone(),
                evidence: a.seg.sentences[si].span,
                headline: a.is_headline(si),
            });
        }
    }
    out.extend(found);
}

/// The first name a sentence lists as a group's members: "Among them are (former
/// chancellors) A and B", "They include A", "The rebels, who …, include A".
fn members_named(a: &Analysed, si: usize) -> Option<usize> {
    let s = &a.seg.sentences[si];
    let s0 = s.tokens.start;
    let verb = if a.w(s0) == "among" && matches!(a.w(s0 + 1), "them" | "those" | "the") {
        (s0 + 2..(s0 + 6).min(s.tokens.end)).find(|&k| matches!(a.w(k), "are" | "were"))?
    } else if matches!(a.w(s0), "they" | "these" | "those") {
        (s0 + 1..(s0 + 3).min(s.tokens.end)).find(|&k| matches!(a.w(k), "include" | "included"))?
    } else if a.w(s0) == "the" && GROUP_WORDS.contains(&a.w(s0 + 1)) {
        // past the group's relative clause in commas
        let mut k = s0 + 2;
        if a.w(k) == "," {
            k = (k + 1..(k + 16).min(s.tokens.end)).find(|&j| a.w(j) == ",")? + 1;
        }
        matches!(a.w(k), "include" | "included" | "includes").then_some(k)?
    } else {
        return None;
    };
    let mut j = verb + 1;
    if a.person_at(j).is_none() {
        let n = (j..(j + 5).min(s.tokens.end)).find(|&x| a.person_at(x).is_some())?;
        if !(super::name_lists::description(a, j..n)
            || super::name_lists::nominal_words(a, si, j..n))
        {
            return None;
        }
        j = n;
    }
    a.person_at(j).map(|_| j)
}

/// "Two Labour MSPs have resigned from the party … Fiona Lauder, a list MSP, and Callum
/// McBride, who represents Kelvinhaugh, announced their departure": a sentence that opens by
/// listing as many people as the sentence before counted in its opening ("Two", "Three", "5")
/// names that group's members.
fn counted_members_named(a: &Analysed, si: usize) -> Option<Vec<(usize, usize)>> {
    let prev = &a.seg.sentences[si.checked_sub(1)?];
    let w = a.w(prev.tokens.start);
    let count = super::groups::count_word(w)
        .or_else(|| w.parse::<usize>().ok().filter(|n| (2..=7).contains(n)))?;
    let s = &a.seg.sentences[si];
    let first = s.tokens.start;
    a.person_at(first)?;
    // the names listed, each maybe with an apposition in commas ("A, a list MSP, and B")
    let mut listed = Vec::new();
    let mut k = first;
    loop {
        let person = a.person_at(k)?;
        listed.push((person, k));
        let mut j = super::name_lists::mention_end(a, k);
        if a.w(j) == "," && a.person_at(j + 1).is_none() {
            let close = (j + 1..(j + 12).min(s.tokens.end))
                .take_while(|&x| a.person_at(x).is_none())
                .find(|&x| a.w(x) == ",")?;
            j = close + 1;
        }
        match a.w(j) {
            "and" | "," if a.person_at(j + 1).is_some() => k = j + 1,
            _ => break,
        }
    }
    (listed.len() == count && count >= 2).then_some(listed)
}

/// Plural nouns for a group whose members a story goes on to name.
const GROUP_WORDS: &[&str] = &[
    "rebels",
    "mps",
    "defectors",
    "councillors",
    "ministers",
    "peers",
    "members",
    "msps",
];

/// A trigger in sentence `si` whose change is told of a group, not of a named person.
fn group_change(a: &Analysed, si: usize) -> Option<(Rule, std::ops::Range<usize>)> {
    let s = &a.seg.sentences[si];
    let whip = s.tokens.clone().any(|k| a.w(k) == "whip");
    let triggers = crate::triggers::Triggers::get();
    // the first trigger whose condition holds, the longest phrase first ("have resigned from
    // the party" is leaving it, not resigning an office)
    s.tokens.clone().find_map(|k| {
        triggers
            .matches_in(a.text, Some(&a.lower), &a.seg.tokens, k, whip)
            .find_map(|(mut rules, n)| {
                rules
                    .find(|rule| {
                        matches!(
                            rule.kind,
                            EventType::Expel
                                | EventType::Resign
                                | EventType::Leave
                                | EventType::Defect
                                | EventType::Dismiss
                                | EventType::Deselect
                                | EventType::Readmit
                        ) && matches!(rule.cond, Cond::None | Cond::Party)
                            && rule.frame != Frame::Noun
                            && (rule.cond == Cond::None
                                || k + n <= s.tokens.end
                                    && cond_ok(a, rule.cond, rule.kind, si, k, k + n))
                    })
                    .map(|r| (r.clone(), k..k + n))
            })
    })
}

/// The same move as `model` made by `person`, told in sentence `si` with no time of its own
/// (a follower's day is not the model's), each resigning from an office of their own.
fn earlier_follower(
    a: &Analysed,
    model: &Cand,
    person: usize,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> Cand {
    let mut c = follower_move(a, model, person, si, trigger, model.modality);
    c.date = None;
    if c.kind == EventType::Resign {
        c.role = None;
        c.post = None;
    }
    c
}
