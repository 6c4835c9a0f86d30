//! Turning candidate events into the events of a document: one per person and change.
//!
//! "Quit UKIP to join Veritas" becomes one `defect`; a Tory MP who "joins" another party
//! defects; the headline and body reporting the same change give one event, with the body
//! sentence as evidence and the most definite modality.

use floorcross_model::{EventType, FactStatus, FactType, Modality};

use crate::events::Cand;
use crate::facts::RawFact;

/// How definite a report is, for choosing among reports of one event.
fn definiteness(m: Modality) -> u8 {
    match m {
        Modality::Asserted => 4,
        Modality::Denied => 3,
        Modality::Expected => 2,
        Modality::Rumoured => 1,
        Modality::Hypothetical => 0,
    }
}

/// The party a person is said to belong to (current facts first).
fn membership(facts: &[RawFact], person: usize) -> Option<&str> {
    let of = |status| {
        facts
            .iter()
            .find(|f| f.kind == FactType::Member && f.person == person && f.status == status)
            .and_then(|f| f.org.as_deref())
            .filter(|o| *o != "Independent")
    };
    of(FactStatus::Current)
}

/// The party a person is said to have belonged to ("former Conservative MP Ann Cole").
fn former_membership(facts: &[RawFact], person: usize) -> Option<&str> {
    facts
        .iter()
        .find(|f| {
            f.kind == FactType::Member && f.person == person && f.status == FactStatus::Former
        })
        .and_then(|f| f.org.as_deref())
        .filter(|o| *o != "Independent")
}

fn compatible(a: &Cand, b: &Cand, paper_day: Option<&str>) -> bool {
    // "became prime minister" read as an election by one rule and an appointment by another
    // is one event when the office agrees
    let office_taken = |k| matches!(k, EventType::Elect | EventType::Appoint);
    // "defects to UKIP" … "joining UKIP was a logical step": the join is the defection's
    // arrival, told again
    let arrival = |x: &Cand, y: &Cand| {
        x.kind == EventType::Defect
            && y.kind == EventType::Join
            && x.to.is_some()
            && x.to == y.to
            && x.modality == y.modality
    };
    // (in one sentence only when the two readings are of one verb: "who won Strathcarron …,
    // was named chief whip" is a seat won and an office taken)
    let one_verb = a.sentence == b.sentence && a.trigger.start.abs_diff(b.trigger.start) <= 3;
    let same_kind = a.kind == b.kind
        || (office_taken(a.kind)
            && office_taken(b.kind)
            && (a.role.is_some() && b.role.is_some() || one_verb))
        || arrival(a, b)
        || arrival(b, a);
    // "Dan Reeve: why I quit" over a body that says which party he is leaving: the headline's
    // bare quitting is the body's leaving, told in fewer words
    // (so is a body's officeless "her resignation" beside the body's leaving of the same day)
    // (and so is an undated "had resigned", naming no office, in a story of the leaving:
    // "Mr Batten responded to the news Nigel had resigned")
    let bare_quit = |x: &Cand, y: &Cand| {
        (x.headline && !y.headline
            || !x.headline && x.date.is_some() && x.date == y.date && x.modality == y.modality
            || !x.headline && x.date.is_none() && x.post.is_none() && x.modality == y.modality)
            && x.kind == EventType::Resign
            && x.role.is_none()
            && matches!(y.kind, EventType::Leave | EventType::Defect)
            // (not a leaving years before: "X, who left Labour in 2010, resigned as minister")
            && !far_apart(x.date.as_deref(), y.date.as_deref())
            && (y.date.is_some() || x.date.is_none())
    };
    if a.person == b.person && (bare_quit(a, b) || bare_quit(b, a)) {
        return true;
    }
    if !same_kind || a.person != b.person {
        return false;
    }
    // What is expected, rumoured or denied is never the same event as what happened: "has
    // been elected leader" and "will become prime minister" stay two.
    let class = |m: Modality| match m {
        Modality::Asserted => 0,
        Modality::Denied => 1,
        _ => 2,
    };
    // "his cabinet post", "the job": a generic word names no particular office
    let generic = |r: &Option<String>| {
        r.as_deref().is_some_and(|r| {
            matches!(
                r.to_ascii_lowercase().as_str(),
                "post"
                    | "job"
                    | "role"
                    | "cabinet"
                    | "government"
                    | "bench"
                    | "front bench"
                    | "frontbench"
                    | "position"
                    | "office"
                    | "shadow cabinet"
            )
        })
    };
    let (a_role, b_role) = (
        if generic(&a.role) {
            None
        } else {
            a.role.clone()
        },
        if generic(&b.role) {
            None
        } else {
            b.role.clone()
        },
    );
    // ("resigned from the government" names no office: it counts as none)
    // The same change told first as expected and then as done ("is expected to quit UKIP …
    // quit UKIP") is one event; an election and an expected appointment are two. (A
    // headline's "to quit" is the body's "has quit", told before it was known.)
    // (a headline names no office: "Speaker announces his resignation" over "is stepping down
    // as Speaker next month" is that one change, as the body tells it)
    // ("Moira Dalgleish is leaving the government. … she says she is standing down": a
    // resignation told again in the next sentence, without its office or its time, is the one
    // told first)
    // ... never what happened long before the paper's day and what is expected now:
    // "who stood for Parliament in 2005, says he will stand for the leadership" tells two
    // candidacies, "resigned as chief whip in 2019. He will stand down as an MP at the next
    // election" two resignations
    let long_past = |x: &Cand| x.modality == Modality::Asserted && before_news(&x.date, paper_day);
    let then_and_to_come =
        class(a.modality) == 2 && long_past(b) || class(b.modality) == 2 && long_past(a);
    let retold = a.kind == b.kind
        && a.kind == EventType::Resign
        && a.sentence.abs_diff(b.sentence) == 1
        && (a.date.is_none() || b.date.is_none())
        && (a_role.is_none() || b_role.is_none())
        && class(a.modality) != 1
        && class(b.modality) != 1
        && !then_and_to_come;
    if retold {
        return true;
    }
    if class(a.modality) != class(b.modality)
        && (a.kind != b.kind || a_role.is_some() != b_role.is_some() && !(a.headline ^ b.headline))
    {
        return false;
    }
    if then_and_to_come {
        return false;
    }
    // ... but what is denied is never what happened: "the suspension was lifted on Tuesday"
    // and "decided not to readmit him as an MP" are two readmissions, one refused
    if class(a.modality) + class(b.modality) == 1 {
        return false;
    }
    // ("handed the health brief" and "as health secretary": a brief or portfolio is named by
    // its subject, the office's first words)
    let subject_of = |r: String| -> String {
        [" brief", " portfolio"]
            .iter()
            .find_map(|suffix| r.strip_suffix(suffix).map(str::to_string))
            .unwrap_or(r)
    };
    let same_or_missing = |x: &Option<String>, y: &Option<String>| match (x, y) {
        (Some(x), Some(y)) => {
            let (x, y) = (
                subject_of(x.to_ascii_lowercase()),
                subject_of(y.to_ascii_lowercase()),
            );
            x.starts_with(&y) || y.starts_with(&x) || x.ends_with(&y) || y.ends_with(&x)
        }
        _ => true,
    };
    // A headline reports the body's event in the present tense ("May becomes Prime
    // Minister"): its date is the paper's, not the event's.
    // A report dated only by the paper's day ("has resigned") and one the text dates a day or
    // two earlier ("quit on Sunday night") are one event: the paper's day was a stand-in.
    let stand_in = |x: &Option<String>, y: &Option<String>| match (x.as_deref(), y.as_deref()) {
        (Some(d), Some(e)) if Some(d) == paper_day => days_before(e, d).is_some_and(|n| n <= 3),
        _ => false,
    };
    let dates_agree = |x: &Cand, y: &Cand| {
        x.headline
            || y.headline
            || same_or_missing(&x.date, &y.date)
            || stand_in(&x.date, &y.date)
            || stand_in(&y.date, &x.date)
    };
    if a.kind != b.kind {
        return same_or_missing(&a_role, &b_role) && dates_agree(a, b);
    }
    match a.kind {
        // two appointments in different years are two events ("entered Downing Street in
        // 1976", "became Lord Callaghan in 1987")
        // (one sentence tells one person's resignation once, whatever offices two rules read
        // into it; "a peer in 1997, a year before he was appointed minister" tells two)
        EventType::Appoint | EventType::Resign | EventType::Dismiss => {
            (a.sentence == b.sentence || same_or_missing(&a_role, &b_role)) && dates_agree(a, b)
        }
        // (a candidacy that was and one still to come, for different parties, are two: "ran
        // as the Conservative candidate for mayor" and "is expected to stand as an
        // independent"; told alike, two parties are more likely one misread)
        EventType::Elect
        | EventType::Reelect
        | EventType::Defeat
        | EventType::Stand
        | EventType::Select => {
            dates_agree(a, b)
                && same_or_missing(&a.post, &b.post)
                // ("won the leadership … will become prime minister": two offices, two events)
                && same_or_missing(&a_role, &b_role)
                && (class(a.modality) == class(b.modality) || same_or_missing(&a.to, &b.to))
        }
        // one founder founds one party in a story: "launched Veritas" and "the launch of his
        // own party" are the same event
        EventType::Found => true,
        // (suspended last month, expelled yesterday: two changes, told with two times)
        EventType::Join | EventType::Readmit => {
            same_or_missing(&a.to, &b.to) && !far_apart(a.date.as_deref(), b.date.as_deref())
        }
        EventType::Leave | EventType::Expel => {
            same_or_missing(&a.from, &b.from) && !far_apart(a.date.as_deref(), b.date.as_deref())
        }
        // ("quit the Conservatives for UKIP in 2013 … has left UKIP to join the Conservative
        // group": two defections, going opposite ways at two times)
        EventType::Defect => {
            let reversed = a.from.is_some() && a.from == b.to && a.to == b.from;
            !(reversed && far_apart(a.date.as_deref(), b.date.as_deref()))
        }
        EventType::Deselect => true,
    }
}

/// `headline_party` is the first party the headline names: the party a story about a
/// suspension or a lost whip is usually about. `described` gives the one party the story puts
/// beside a person (`events::described_parties`), the last guess for an empty side; it is
/// asked only when a side is still empty.
pub fn merge(
    mut cands: Vec<Cand>,
    facts: &[RawFact],
    headline_party: Option<&str>,
    described: &dyn Fn(usize) -> Option<String>,
    paper_day: Option<&str>,
    one_move: &dyn Fn(&Cand, &Cand) -> bool,
) -> Vec<Cand> {
    // leave + join by one person in one sentence: a defection.
    // ("X, who quit the Tories last month, has joined UKIP": two changes)
    // ("quit Labour on Monday and is expected to join the Greens": a leaving made and a joining
    // still to come are two, or the plan would become a fact)
    defect_from_halves(&mut cands, |left, c| {
        let planned = left.modality == Modality::Asserted && c.modality != Modality::Asserted;
        c.sentence == left.sentence
            && !far_apart(c.date.as_deref(), left.date.as_deref())
            && !planned
    });
    // "Tom Reed has left the Conservative Party. Mr Reed said: 'I have joined the Liberal
    // Democrats.'": a leaving and a joining told as done in sentences at most two apart, on
    // one day (or both undated), are one defection
    defect_from_halves(&mut cands, |left, c| {
        left.modality == Modality::Asserted
            && left.from.is_some()
            && c.modality == Modality::Asserted
            && c.to.is_some()
            && c.to != left.from
            && c.sentence != left.sentence
            && c.sentence.abs_diff(left.sentence) <= 2
            && match (c.date.as_deref(), left.date.as_deref()) {
                (None, None) => true,
                (Some(_), Some(_)) => !far_apart(c.date.as_deref(), left.date.as_deref()),
                _ => false,
            }
    });
    // "quit Labour to form the Northern Party": leaving to found a party is defecting to it (the
    // founding stands too, as the spec reads "defected … to form the group")
    for i in 0..cands.len() {
        if cands[i].kind != EventType::Leave || cands[i].to.is_some() {
            continue;
        }
        let founded = cands.iter().find(|f| {
            // ("had resigned from the party and would form the Meridian Group": a founding
            // still to come, told after a leaving made, is where the leaver goes)
            let planned_after = cands[i].modality == Modality::Asserted
                && f.modality == Modality::Expected
                && f.trigger.start > cands[i].trigger.end;
            f.kind == EventType::Found
                && f.person == cands[i].person
                && f.sentence == cands[i].sentence
                && f.to.is_some()
                && f.to != cands[i].from
                && (f.modality == cands[i].modality || planned_after)
                // (a leaving dated on its own is an earlier change: "who both quit Labour in
                // March …, unveiled Northern Voice")
                // (an undated founding a few words after the dated leaving is its purpose: "has
                // quit UKIP to found a rival movement")
                && (cands[i].date.is_none()
                    || cands[i].date == f.date
                    // (but not one that "later" founded: "quit Labour in 2005 and later
                    // founded the Northern Light Party" is two changes)
                    || f.date.is_none()
                        && f.trigger.start > cands[i].trigger.end
                        && f.trigger.start - cands[i].trigger.end <= 5
                        && one_move(&cands[i], f)
                    // ("resigned from the Lib Dems on Wednesday and have set up Moorside First":
                    // a founding told after the leaving, in the perfect, a day or two on)
                    || f.trigger.start > cands[i].trigger.end
                        && f.date.is_some()
                        && !far_apart(cands[i].date.as_deref(), f.date.as_deref())
                    // ("On Tuesday morning I resigned from the Labour Party … and by lunchtime I
                    // was launching the Northern Light group": an undated founding told after a
                    // main clause's dated leaving, with nothing between that moves time on)
                    || f.date.is_none() && one_move(&cands[i], f))
        });
        if let Some(to) = founded.and_then(|f| f.to.clone()) {
            cands[i].kind = EventType::Defect;
            cands[i].to = Some(to);
        }
    }
    // "quit the Conservatives and defected to UKIP": the leaving is the defection's first half
    let mut i = 0;
    while i < cands.len() {
        let c = &cands[i];
        // (and "crossed the floor to join the Conservatives": the joining is its second half)
        let partner = matches!(c.kind, EventType::Leave | EventType::Join)
            .then(|| {
                cands.iter().position(|d| {
                    // (a leaving of the very party the defection went to, in its own
                    // sentence, is the defection misread: "defected to the Lib Dems, the second
                    // to leave the party in a week")
                    let misread = c.kind == EventType::Leave && c.from.is_some() && c.from == d.to;
                    d.kind == EventType::Defect
                        && d.person == c.person
                        && d.sentence == c.sentence
                        && (d.from.is_none() || c.from.is_none() || d.from == c.from || misread)
                        && (d.to.is_none() || c.to.is_none() || d.to == c.to)
                })
            })
            .flatten();
        if let Some(j) = partner {
            if cands[j].from.is_none() {
                cands[j].from = cands[i].from.clone();
            }
            if cands[j].to.is_none() {
                cands[j].to = cands[i].to.clone();
            }
            // ("that of Sue Price, who quit the party last month": the half that is dated)
            if cands[j].date.is_none() {
                cands[j].date = cands[i].date.clone();
            }
            cands.remove(i);
            continue;
        }
        i += 1;
    }
    // "his defection to the Labour party" read with his party now as the origin: a
    // defection's origin is never its destination
    for c in cands.iter_mut() {
        if c.kind == EventType::Defect && c.from.is_some() && c.from == c.to {
            c.from = None;
        }
    }
    // The two halves of one defection told in different sentences ("announced his defection
    // on Saturday … his decision to leave the Conservative party"): a defection missing a side
    // takes it from the same person's leaving or joining, which it then stands for.
    let mut i = 0;
    while i < cands.len() {
        let c = &cands[i];
        let half = matches!(c.kind, EventType::Leave | EventType::Join)
            && c.modality == Modality::Asserted;
        let whole = half
            .then(|| {
                cands.iter().position(|d| {
                    d.kind == EventType::Defect
                        && d.person == c.person
                        && d.modality == Modality::Asserted
                        // (left in March, joined another party in April: two changes)
                        && (c.date.is_none()
                            || d.date.is_some() && !far_apart(c.date.as_deref(), d.date.as_deref()))
                        && match c.kind {
                            EventType::Leave => {
                                d.from.is_none() && c.from.is_some() && c.from != d.to
                            }
                            _ => d.to.is_none() && c.to.is_some() && c.to != d.from,
                        }
                })
            })
            .flatten();
        if let Some(j) = whole {
            if c.kind == EventType::Leave {
                cands[j].from = cands[i].from.clone();
            } else {
                cands[j].to = cands[i].to.clone();
            }
            cands.remove(i);
            continue;
        }
        i += 1;
    }
    // A member of one party joining another is defecting; fill a defection's missing origin.
    for k in 0..cands.len() {
        let c = &cands[k];
        if !matches!(c.kind, EventType::Join | EventType::Defect) || c.from.is_some() {
            continue;
        }
        // the person's own membership as the same sentence states it ("fellow Tory MPs"), else
        // that of the people reported with them; a join whose sentence says nothing of where
        // they came from stays a join
        // (a former membership is not enough: "former UKIP MEP X … had joined the party"
        // may have left UKIP years before)
        let in_sentence = |p: usize| {
            facts
                .iter()
                .find(|f| {
                    f.kind == FactType::Member
                        && f.person == p
                        && f.sentence == c.sentence
                        && f.status == FactStatus::Current
                })
                .and_then(|f| f.org.clone())
                .filter(|o| o != "Independent")
        };
        // (a defection's origin may be a membership the story says is over: "Tom Ashby was
        // a Labour MP … In 1991 he crossed the floor to the Conservatives")
        let own = if c.kind == EventType::Join {
            in_sentence(c.person)
        } else {
            membership(facts, c.person)
                .or_else(|| {
                    former_membership(facts, c.person).filter(|f| c.to.as_deref() != Some(*f))
                })
                .map(str::to_string)
        };
        let group = cands
            .iter()
            .filter(|o| o.sentence == c.sentence && o.trigger == c.trigger && o.person != c.person)
            .find_map(|o| in_sentence(o.person));
        let Some(party) = own.or(group) else { continue };
        if c.to.as_deref() == Some(party.as_str()) {
            continue;
        }
        // ("Ann Owen joined the Liberal Democrats in 2010. Her defection shocked colleagues":
        // the party the story has the person joining is where the defection went, not where
        // it came from)
        let joined_it = cands.iter().any(|o| {
            o.person == c.person
                && matches!(o.kind, EventType::Join | EventType::Defect)
                && o.to.as_deref() == Some(party.as_str())
        });
        if joined_it {
            continue;
        }
        if c.kind == EventType::Join && c.to.is_none() {
            continue;
        }
        cands[k].kind = EventType::Defect;
        cands[k].from = Some(party);
    }
    // "Lib Dem MP Ann Cole, who defected from Labour in 2010": a defection whose destination
    // is not said went to the party the person belongs to now
    for c in cands.iter_mut() {
        if c.kind != EventType::Defect || c.to.is_some() || c.modality != Modality::Asserted {
            continue;
        }
        if let Some(now) = membership(facts, c.person) {
            if c.from.as_deref() != Some(now) {
                c.to = Some(now.to_string());
            }
        }
    }
    // A party left, lost or regained without being named in the sentence is the person's own
    // party; failing that, the party the story is about.
    for k in 0..cands.len() {
        let c = &cands[k];
        let candidacy = matches!(
            c.kind,
            EventType::Stand | EventType::Select | EventType::Elect | EventType::Reelect
        );
        let side_missing = match c.kind {
            EventType::Leave | EventType::Expel | EventType::Deselect => c.from.is_none(),
            // "Dennis Rourke … denied he would defect", in a story about Labour MPs leaving
            EventType::Defect => c.from.is_none(),
            EventType::Readmit => c.to.is_none(),
            EventType::Join => c.to.is_none() && c.modality != Modality::Asserted,
            _ => candidacy && c.to.is_none(),
        };
        if !side_missing {
            continue;
        }
        let earlier = cands[..k]
            .iter()
            .rev()
            .find(|o| {
                !candidacy
                    && o.person == c.person
                    && matches!(o.kind, EventType::Leave | EventType::Expel)
            })
            .and_then(|o| o.from.clone());
        let story_party = match c.kind {
            EventType::Join | EventType::Elect | EventType::Reelect => None,
            _ => headline_party
                .filter(|h| Some(*h) != c.to.as_deref())
                .map(str::to_string),
        };
        // "Former Conservative MP Ann Cole … her defection to Labour": the party she left
        let former = matches!(c.kind, EventType::Leave | EventType::Defect)
            .then(|| former_membership(facts, c.person))
            .flatten()
            .filter(|f| Some(*f) != c.to.as_deref())
            .map(str::to_string);
        // "was elected as a Liberal Democrat in 1999 … his defection" (2004): the party the
        // person was elected, selected or joined for at a time the story dates before the change
        let before = |o: &Cand| match (o.date.as_deref(), c.date.as_deref()) {
            (Some(x), Some(y)) => x.len() >= 4 && y.len() >= 4 && x[..4] < y[..4],
            _ => false,
        };
        let elected_for = matches!(
            c.kind,
            EventType::Leave | EventType::Expel | EventType::Defect
        )
        .then(|| {
            let mut parties = cands.iter().filter(|o| {
                o.person == c.person
                    && matches!(
                        o.kind,
                        EventType::Elect
                            | EventType::Reelect
                            | EventType::Select
                            | EventType::Join
                            | EventType::Defect
                    )
                    && o.modality == Modality::Asserted
                    && before(o)
            });
            // (the latest such change, when the story tells several)
            let last = parties.clone().max_by(|x, y| x.date.cmp(&y.date))?;
            let party = last.to.clone()?;
            parties
                .all(|o| o.date != last.date || o.to.is_none() || o.to.as_ref() == Some(&party))
                .then_some(party)
        })
        .flatten()
        .filter(|p| Some(p.as_str()) != c.to.as_deref());
        // "Ann Hale was a Labour MP. In 2013 she founded the Marsby Independents … She was
        // elected to the council in 2015": a candidacy the story dates after the person's last
        // told change of party is for where that change went (or for none it can name, after
        // a leaving), not for the party the story first gave them
        let changed_before = candidacy
            .then(|| {
                cands
                    .iter()
                    .filter(|o| {
                        o.person == c.person
                            && o.modality == Modality::Asserted
                            && (matches!(
                                o.kind,
                                EventType::Found
                                    | EventType::Join
                                    | EventType::Defect
                                    | EventType::Leave
                                    | EventType::Expel
                            ) && before(o)
                                // ("I have left Labour and founded Bridgewell First … I will
                                // stand in May": a candidacy still to come follows every move
                                // to a party told as done)
                                || c.modality == Modality::Expected
                                    && matches!(
                                        o.kind,
                                        EventType::Found | EventType::Join | EventType::Defect
                                    )
                                    && o.to.is_some())
                    })
                    .max_by(|x, y| x.date.cmp(&y.date))
            })
            .flatten();
        if let Some(o) = changed_before {
            if let (EventType::Found | EventType::Join | EventType::Defect, Some(to)) =
                (o.kind, o.to.clone())
            {
                cands[k].to = Some(to);
            }
            continue;
        }
        let party = earlier
            .or(elected_for)
            .or_else(|| membership(facts, c.person).map(str::to_string))
            .or(former)
            .or(story_party)
            // (last, the one party the story puts beside the person)
            .or_else(|| described(c.person));
        let Some(party) = party else { continue };
        match cands[k].kind {
            EventType::Leave | EventType::Expel | EventType::Defect | EventType::Deselect => {
                if cands[k].to.as_deref() != Some(party.as_str()) {
                    cands[k].from = Some(party);
                }
            }
            _ => cands[k].to = Some(party),
        }
    }
    // "… his defection. He said he would stand for the Conservatives in Fernleigh": a
    // defection whose destination is not said went to the one party the person is to stand
    // or be selected for afterwards
    for k in 0..cands.len() {
        let c = &cands[k];
        if c.kind != EventType::Defect || c.to.is_some() || c.modality != Modality::Asserted {
            continue;
        }
        let after = |o: &Cand| match (o.date.as_deref(), c.date.as_deref()) {
            (Some(x), Some(y)) => x >= y,
            (None, _) => o.modality == Modality::Expected,
            _ => false,
        };
        let mut next = cands.iter().filter(|o| {
            o.person == c.person
                && matches!(o.kind, EventType::Stand | EventType::Select)
                && matches!(o.modality, Modality::Asserted | Modality::Expected)
                && after(o)
                && o.to.is_some()
                && o.to != c.from
        });
        let Some(first) = next.next() else { continue };
        let party = first.to.clone();
        if next.all(|o| o.to == party) {
            cands[k].to = party;
        }
    }
    // "The Liberal Democrats have already selected Councillor Amrit Sohal, a former mayor, to
    // fight the seat": the race a selection is for is stood for the selecting party
    for k in 0..cands.len() {
        let c = &cands[k];
        if c.kind != EventType::Stand {
            continue;
        }
        let selected_for = cands
            .iter()
            .find(|o| {
                o.kind == EventType::Select
                    && o.person == c.person
                    && o.sentence == c.sentence
                    && o.trigger.end <= c.trigger.start
            })
            .and_then(|o| o.to.clone());
        if let Some(party) = selected_for {
            cands[k].to = Some(party);
        }
    }
    // One event per person and change. A merge can change what an event is (an appointment
    // to "leader" becomes an election), so fold again until nothing more merges.
    let fold = |cands: Vec<Cand>| {
        let mut out: Vec<Cand> = Vec::new();
        for c in cands {
            match out.iter_mut().find(|o| compatible(o, &c, paper_day)) {
                Some(o) => absorb(o, c, paper_day),
                None => out.push(c),
            }
        }
        out
    };
    let mut out = fold(cands);
    for _ in 0..3 {
        let n = out.len();
        out = fold(out);
        if out.len() == n {
            break;
        }
    }
    // (two reports folded into one may leave a defection going from a party to itself: the
    // origin is then unknown)
    for c in out.iter_mut() {
        if c.kind == EventType::Defect && c.from.is_some() && c.from == c.to {
            c.from = None;
        }
    }
    // "I have not left the Conservative Party - it has left me", said by one who did leave it:
    // a denial of a leaving the story asserts is rhetoric, not news
    let left: Vec<(usize, Option<String>)> = out
        .iter()
        .filter(|c| {
            matches!(c.kind, EventType::Leave | EventType::Defect)
                && c.modality == Modality::Asserted
        })
        .map(|c| (c.person, c.from.clone()))
        .collect();
    out.retain(|c| {
        !(matches!(c.kind, EventType::Leave | EventType::Defect)
            && c.modality == Modality::Denied
            && left
                .iter()
                .any(|(p, f)| *p == c.person && (c.from.is_none() || f.is_none() || *f == c.from)))
    });
    // A loser whose defeat carries no date lost the contest the story reports: the date of
    // the win in the same sentence, else of the story's one dated election.
    let elections: Vec<(usize, Option<String>, bool, EventType)> = out
        .iter()
        // (a selection is a contest too, told in the same sentence: "was selected yesterday,
        // beating X")
        .filter(|c| {
            matches!(c.kind, EventType::Elect | EventType::Select)
                && c.modality == Modality::Asserted
        })
        .map(|c| (c.sentence, c.date.clone(), c.headline, c.kind))
        .collect();
    let dated: Vec<&String> = elections
        .iter()
        .filter(|e| e.3 == EventType::Elect)
        .filter_map(|(_, d, _, _)| d.as_ref())
        .collect();
    for c in out.iter_mut() {
        if c.kind != EventType::Defeat || c.date.is_some() || c.modality != Modality::Asserted {
            continue;
        }
        let same = elections
            .iter()
            .find(|(s, d, _, _)| *s == c.sentence && d.is_some())
            .and_then(|(_, d, _, _)| d.clone());
        // (the one dated election, when it is the week's news or is told near the defeat: a
        // profile's first election is not the contest of a leadership bid told paragraphs
        // later)
        let news = |d: &str| paper_day.is_some_and(|p| days_before(d, p).is_some_and(|n| n <= 7));
        let near = elections.iter().any(|(s, d, h, _)| {
            d.as_deref()
                .is_some_and(|d| *h || news(d) || s.abs_diff(c.sentence) <= 3)
        });
        // (else the one election the story reports as the week's news, told within three
        // sentences: "was declared the winner at 2.40am. … The full result was: …", in a
        // story that also tells the winner's first election years before)
        let the_news = || {
            let mut news_near = elections.iter().filter(|(s, d, _, k)| {
                *k == EventType::Elect
                    && s.abs_diff(c.sentence) <= 3
                    && d.as_deref().is_some_and(news)
            });
            match (news_near.next(), news_near.next()) {
                (Some(e), None) => e.1.clone(),
                _ => None,
            }
        };
        c.date = same
            .or_else(|| (dated.len() == 1 && near).then(|| dated[0].clone()))
            .or_else(the_news);
    }
    // "Lib Dem councillor Ann Owen has joined the Greens. She will stand again at the next
    // election": a candidacy still to come is not for the party the story has the person
    // leaving; it is for the one they went to, when the story says
    let moves: Vec<(usize, String, Option<String>)> = out
        .iter()
        .filter(|o| {
            matches!(o.kind, EventType::Defect | EventType::Leave)
                && o.modality == Modality::Asserted
        })
        .filter_map(|o| o.from.clone().map(|f| (o.person, f, o.to.clone())))
        .collect();
    for c in out.iter_mut() {
        // (not one denied: "will not stand for Labour again" may well name the party left)
        if !matches!(c.kind, EventType::Stand | EventType::Select)
            || matches!(c.modality, Modality::Asserted | Modality::Denied)
        {
            continue;
        }
        if let Some((_, _, to)) = moves
            .iter()
            .find(|(p, f, _)| *p == c.person && c.to.as_deref() == Some(f.as_str()))
        {
            c.to = to
                .clone()
                .filter(|t| !t.eq_ignore_ascii_case("independent"));
        }
    }
    out.sort_by_key(|c| (c.evidence.start, c.trigger.start));
    out
}

/// Merges a second report of the same event into `o`.
fn absorb(o: &mut Cand, c: Cand, paper_day: Option<&str>) {
    // An election and an appointment to one office: the office decides which it was.
    let kinds_differ = o.kind != c.kind;
    let c_kind = c.kind;
    // (a bare quitting merged into a leaving is that leaving, whichever told more)
    let leaving = [o.kind, c.kind]
        .into_iter()
        .find(|k| matches!(k, EventType::Leave | EventType::Defect))
        .filter(|_| o.kind == EventType::Resign || c.kind == EventType::Resign);
    let better = (o.headline && !c.headline)
        || (o.headline == c.headline && definiteness(c.modality) > definiteness(o.modality));
    let fill = |x: &mut Option<String>, y: &Option<String>| {
        if x.is_none() {
            x.clone_from(y);
        }
    };
    // a calendar date ("2008-07") says more than a season or a week ("2008-SU", "2008-W27")
    let calendar = |d: &Option<String>| {
        d.as_deref().is_some_and(|d| {
            d.len() >= 7 && d.as_bytes()[5].is_ascii_digit() && d.as_bytes()[4] == b'-'
        })
    };
    if !calendar(&o.date)
        && calendar(&c.date)
        && o.date.as_deref().map(|d| &d[..4]) == c.date.as_deref().map(|d| &d[..4])
    {
        o.date.clone_from(&c.date);
    }
    // (the time of a report still to come is not the time of one that happened: "will become
    // prime minister tomorrow" dates no election won today)
    let happened = |m: Modality| m == Modality::Asserted;
    let to_come = |d: &Option<String>| {
        paper_day.is_some_and(|p| {
            d.as_deref()
                .is_some_and(|d| days_before(p, d).is_some_and(|n| n > 0))
        })
    };
    let same_footing =
        happened(o.modality) == happened(c.modality) || !to_come(&o.date) && !to_come(&c.date);
    // (one change told "next month" and "on Sunday June 21": the day inside the month is the
    // finer telling of the same time)
    let finer = match (&o.date, &c.date) {
        (Some(x), Some(y)) if y.len() > x.len() && y.starts_with(x.as_str()) => Some(y.clone()),
        (Some(x), Some(y)) if x.len() > y.len() && x.starts_with(y.as_str()) => Some(x.clone()),
        _ => None,
    };
    if better {
        let old = std::mem::replace(o, c);
        fill(&mut o.from, &old.from);
        fill(&mut o.to, &old.to);
        fill(&mut o.post, &old.post);
        fill(&mut o.role, &old.role);
        if same_footing {
            fill(&mut o.date, &old.date);
        }
    } else {
        fill(&mut o.from, &c.from);
        fill(&mut o.to, &c.to);
        fill(&mut o.post, &c.post);
        fill(&mut o.role, &c.role);
        if same_footing {
            fill(&mut o.date, &c.date);
        }
    }
    if let Some(f) = finer.filter(|_| same_footing) {
        o.date = Some(f);
    }
    if let (true, Some(k)) = (kinds_differ, leaving) {
        o.kind = k;
    } else if kinds_differ {
        if matches!(o.kind, EventType::Join | EventType::Defect)
            && matches!(c_kind, EventType::Join | EventType::Defect)
        {
            o.kind = EventType::Defect;
        } else if let Some(role) = &o.role {
            o.kind = crate::grammar::kind_for(role);
        }
    }
}

/// Whether a date ends more than a month before the paper's day ("2005", "2009-03" or
/// "2009-04-20" in a paper of 2009-06-08): a time the news looks back to.
fn before_news(date: &Option<String>, paper_day: Option<&str>) -> bool {
    let (Some(d), Some(p)) = (date.as_deref(), paper_day) else {
        return false;
    };
    // the last day of the date's period (a month's 28th is near enough at a month's margin)
    let end = match d.len() {
        4 if d.bytes().all(|b| b.is_ascii_digit()) => format!("{d}-12-31"),
        7 if d.as_bytes()[4] == b'-' && d[5..].bytes().all(|b| b.is_ascii_digit()) => {
            format!("{d}-28")
        }
        _ => d.to_string(),
    };
    days_before(&end, p).is_some_and(|n| n > 31)
}

/// Makes each leaving a defection to the party of the first joining by the same person that
/// `halves(leaving, joining)` pairs it with, and drops that joining.
fn defect_from_halves(cands: &mut Vec<Cand>, halves: impl Fn(&Cand, &Cand) -> bool) {
    let mut i = 0;
    while i < cands.len() {
        if cands[i].kind == EventType::Leave {
            let left = &cands[i];
            let partner = cands.iter().position(|c| {
                c.kind == EventType::Join && c.person == left.person && halves(left, c)
            });
            if let Some(j) = partner {
                cands[i].kind = EventType::Defect;
                cands[i].to = cands[j].to.clone();
                if cands[i].date.is_none() {
                    cands[i].date = cands[j].date.clone();
                }
                cands.remove(j);
                if j < i {
                    i -= 1;
                }
            }
        }
        i += 1;
    }
}

/// Whether two dates name different times: neither is a prefix of the other ("2015" and
/// "2015-05-07" agree) and, as days, they are more than three apart.
fn far_apart(a: Option<&str>, b: Option<&str>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return false;
    };
    if a.starts_with(b) || b.starts_with(a) {
        return false;
    }
    match days_before(a, b).or_else(|| days_before(b, a)) {
        Some(n) => n > 3,
        None => true,
    }
}

/// Days from `earlier` to `later` (day-precision dates; a time of day is ignored), when
/// `later` is not before `earlier`.
pub(crate) fn days_before(earlier: &str, later: &str) -> Option<i64> {
    let e: floorcross_model::Date = earlier.get(..10)?.parse().ok()?;
    let l: floorcross_model::Date = later.get(..10)?.parse().ok()?;
    let n = (l - e).get_days() as i64;
    (n >= 0).then_some(n)
}
