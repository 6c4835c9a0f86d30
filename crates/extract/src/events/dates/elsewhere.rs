//! A change's time told elsewhere in the document: "the decision was taken on Tuesday" in
//! the next sentence, a lede that frames the day's departures or a reshuffle, the same
//! change told again with its time, "again in 2006", "within hours" of the last dated
//! change, a seat won the days after a polling day.

use super::*;

/// "Ann Cole resigned as minister. The decision was taken on Tuesday evening.": a sentence
/// about "the decision" (or "the move", "the announcement") with a time dates the undated
/// events of the sentence before it.
pub(crate) fn decision_dates(a: &Analysed, out: &mut [Cand]) {
    let day = a.dct.map(|d| d.to_string());
    for c in out.iter_mut() {
        // (a present perfect dated by the paper's day stands in for the time given next)
        let stand_in = c.date.is_some() && c.date == day;
        if c.date.is_some() && !stand_in || c.modality != Modality::Asserted {
            continue;
        }
        let Some(next) = a.seg.sentences.get(c.sentence + 1) else {
            continue;
        };
        let t0 = next.tokens.start;
        let is_anaphor = |k: usize| {
            matches!(a.w(k), "the" | "his" | "her" | "their")
                && matches!(
                    a.w(k + 1),
                    "decision"
                        | "move"
                        | "announcement"
                        | "resignation"
                        | "defection"
                        | "sacking"
                        | "departure"
                        | "appointment"
                        | "switch"
                )
        };
        // the sentence's subject is the anaphor ("The decision was taken on Tuesday"), or the
        // person told it ("He announced the move on Tuesday", "She made the announcement last
        // night")
        let told = || {
            // (or one of a list that opens it: "A, B and C announced their decision")
            let mut k = t0;
            let mut in_list = false;
            while k < next.tokens.end
                && (a.person_at(k).is_some()
                    || matches!(a.w(k), "," | "and") && a.person_at(k + 1).is_some())
            {
                in_list |= a.person_at(k) == Some(c.person);
                k += 1;
            }
            let subject = in_list
                || matches!(a.w(t0), "he" | "she") && resolve_pronoun(a, t0) == Some(c.person);
            if k == t0 {
                k = t0 + 1;
            }
            // ("Cllr Mark Denby, who represents Northend ward, announced his decision")
            if a.w(k) == "," && matches!(a.w(k + 1), "who" | "whose") {
                if let Some(close) = (k + 2..next.tokens.end.min(k + 16)).find(|&j| a.w(j) == ",") {
                    k = close + 1;
                }
            }
            subject
                && matches!(
                    a.w(k),
                    "announced" | "confirmed" | "made" | "revealed" | "disclosed" | "took"
                )
                && is_anaphor(k + 1)
        };
        // ... or a report of it opens the sentence: "The party said the decision was taken on
        // Wednesday evening"
        let reported = || {
            (t0 + 1..(t0 + 8).min(next.tokens.end)).any(|k| {
                matches!(a.w(k), "said" | "says" | "confirmed" | "added")
                    && (is_anaphor(k + 1) || a.w(k + 1) == "that" && is_anaphor(k + 2))
            })
        };
        // ... or a demonstrative whose copula's complement is a time locates it: "That was in
        // October 2004.", "This was on Tuesday."
        let located = || {
            let at = if matches!(a.w(t0 + 2), "in" | "on" | "at") {
                t0 + 3
            } else {
                t0 + 2
            };
            matches!(a.w(t0), "that" | "this" | "it")
                && matches!(a.w(t0 + 1), "was" | "happened")
                && a.point_timex(at).is_some()
        };
        // ... or someone deciding it is the next sentence's news: "The Chief Whip made the
        // call on Thursday evening", "Party officials took the decision last night"
        let decided = || {
            (t0 + 1..(t0 + 8).min(next.tokens.end)).any(|k| {
                matches!(a.w(k), "made" | "took")
                    && a.w(k + 1) == "the"
                    && matches!(a.w(k + 2), "call" | "decision")
                    && !matches!(a.w(k + 3), "to" | "for" | "that")
            })
        };
        if !is_anaphor(t0) && !told() && !reported() && !located() && !decided() {
            continue;
        }
        // the time told with the anaphor, not one in a relative clause before it ("Mark
        // Denby, who has represented the ward since 2007, announced his decision on Thursday")
        let anaphor = (t0..next.tokens.end).find(|&k| is_anaphor(k)).unwrap_or(t0);
        let time_from = |lo: usize| {
            (lo..next.tokens.end).find_map(|k| {
                let t = a.point_timex(k)?;
                date_value(a, t, k)
            })
        };
        let date = time_from(anaphor).or_else(|| time_from(t0));
        if date
            .as_ref()
            .is_some_and(|d| !stand_in || day.as_deref().is_some_and(|day| in_week_before(d, day)))
        {
            c.date = date;
        }
    }
}

/// "was re-elected in 2002 and again in 2006", "held the seat in 1997 and again in 2001": a
/// second time joined to the event's own by "and (again) (in)" is the same change made again,
/// then.
pub(crate) fn repeated_dates(a: &Analysed, out: &mut Vec<Cand>) {
    let mut more = Vec::new();
    for c in out.iter() {
        let Some(d) = c.date.as_deref() else { continue };
        let s = &a.seg.sentences[c.sentence];
        // the event's own time, after its trigger, in its sentence
        let Some(k) = (c.trigger.end..s.tokens.end).find(|&k| {
            a.point_timex(k)
                .is_some_and(|t| date_value(a, t, k).as_deref() == Some(d))
        }) else {
            continue;
        };
        // the last token of the time expression covering `t`
        let timex_end = |t: usize| {
            let mut e = t;
            while e < s.tokens.end && a.tok_timex.get(e + 1).copied().flatten() == a.tok_timex[t] {
                e += 1;
            }
            e
        };
        // ("and again in 2011 and 2016", "in 2011, 2016 and 2021": each time of the chain)
        let mut n = timex_end(k) + 1;
        let mut times = Vec::new();
        loop {
            if !matches!(a.w(n), "and" | ",") {
                break;
            }
            let mut m = n + 1;
            if a.w(m) == "again" {
                m += 1;
            }
            if a.w(m) == "in" {
                m += 1;
            }
            let Some(t2) = a.point_timex(m) else { break };
            times.push((m, t2));
            n = timex_end(m) + 1;
        }
        // (only times that end the clause: "and again in 2006", not "and in 2006 quit")
        if times.is_empty() || !matches!(a.w(n), "." | "," | ";" | "") && n < s.tokens.end {
            continue;
        }
        let mut seen = vec![d.to_string()];
        for (m, t2) in times {
            let Some(d2) = date_value(a, t2, m) else {
                continue;
            };
            if seen.contains(&d2) {
                continue;
            }
            seen.push(d2.clone());
            let mut c2 = c.clone();
            c2.date = Some(d2);
            more.push(c2);
        }
    }
    out.extend(more);
}

/// "Yesterday brought three more departures. Rhodri Gethin quit as shadow Welsh secretary
/// before breakfast.": a sentence that opens with a time and counts changes without naming
/// anyone frames the undated asserted changes of the two sentences after it.
pub(crate) fn framed_dates(a: &Analysed, out: &mut [Cand]) {
    const CHANGES: &[&str] = &[
        "departures",
        "departure",
        "resignations",
        "resignation",
        "defections",
        "defection",
        "walkouts",
        "changes",
        "sackings",
        "casualties",
    ];
    let frame = |si: usize| -> Option<String> {
        let s = a.seg.sentences.get(si)?;
        let mut k = s.tokens.start;
        if matches!(a.w(k), "on" | "in" | "by") {
            k += 1;
        }
        let t = a.point_timex(k)?;
        let names_no_one = s.tokens.clone().all(|j| a.person_at(j).is_none());
        let counts = s.tokens.clone().any(|j| CHANGES.contains(&a.w(j)));
        (names_no_one && counts)
            .then(|| date_value(a, t, k))
            .flatten()
    };
    for c in out.iter_mut() {
        if c.date.is_some() || c.modality != Modality::Asserted || c.headline {
            continue;
        }
        let date = (1..=2)
            .filter_map(|d| c.sentence.checked_sub(d))
            .find_map(&frame);
        if date.is_some() {
            c.date = date;
        }
    }
}

/// "The prime minister completed his reshuffle last night. … Hale becomes business
/// secretary.": a sentence that dates a reshuffle (or the changes, the appointments, the new
/// line-up) to a day in the week up to the paper's frames the appointments, dismissals and
/// resignations of the eight sentences after it that the text dates only by the paper's day
/// (a present tense) or not at all, and whose own sentence tells no time.
pub(crate) fn reshuffle_dates(a: &Analysed, out: &mut [Cand]) {
    const RESHUFFLES: &[&str] = &[
        "reshuffle",
        "reshuffled",
        "shake-up",
        "changes",
        "appointments",
        "line-up",
        "replacements",
        // "named her cabinet last night", "unveiled his team on Tuesday"
        "cabinet",
        "team",
    ];
    let Some(paper) = a.dct.map(|d| d.to_string()) else {
        return;
    };
    // (only a story with an appointment, a dismissal or a resignation is scanned)
    if !out.iter().any(|c| {
        matches!(
            c.kind,
            EventType::Appoint | EventType::Dismiss | EventType::Resign
        )
    }) {
        return;
    }
    let frame = |si: usize| -> Option<String> {
        let s = a.seg.sentences.get(si)?;
        if a.is_headline(si) || !s.tokens.clone().any(|k| RESHUFFLES.contains(&a.w(k))) {
            return None;
        }
        s.tokens.clone().find_map(|k| {
            a.point_timex(k)
                .and_then(|t| date_value(a, t, k))
                .filter(|d| {
                    d.len() == 10 && crate::merge::days_before(d, &paper).is_some_and(|n| n <= 7)
                })
        })
    };
    let frames: Vec<Option<String>> = (0..a.seg.sentences.len()).map(frame).collect();
    for c in out.iter_mut() {
        let stand_in = dated_only_by_paper(c, &paper);
        if !stand_in
            || c.modality != Modality::Asserted
            || c.headline
            || !matches!(
                c.kind,
                EventType::Appoint | EventType::Dismiss | EventType::Resign
            )
        {
            continue;
        }
        // ("The other changes announced yesterday were: A moves to …; B leaves the
        // government": a frame before a colon dates the list after it)
        let s = &a.seg.sentences[c.sentence];
        let colon = (s.tokens.start..c.trigger.start)
            .rev()
            .find(|&k| a.w(k) == ":");
        if let Some(colon) = colon {
            let framed = (s.tokens.start..colon).any(|k| RESHUFFLES.contains(&a.w(k)));
            let day = (s.tokens.start..colon).find_map(|k| {
                a.point_timex(k)
                    .and_then(|t| date_value(a, t, k))
                    .filter(|d| d.len() == 10 && in_week_before(d, &paper))
            });
            if let (true, Some(d)) = (framed, day) {
                c.date = Some(d);
                continue;
            }
        }
        let own_time = s.tokens.clone().any(|k| a.point_timex(k).is_some());
        if own_time {
            continue;
        }
        let date = (1..=8)
            .filter_map(|d| c.sentence.checked_sub(d))
            .find_map(|x| frames[x].clone());
        if date.is_some() {
            c.date = date;
        }
    }
}

/// "Tom Reed has resigned as Brexit secretary. … Mr Reed, who backed the plan on Friday,
/// quit late on Sunday night.": another sentence that tells the same change again, with the
/// person before a verb of that change and a time after the verb, dates an event the text
/// dated only by the paper's day (or not at all), when that time is within the week before
/// the paper's day.
pub(crate) fn restated_dates(a: &Analysed, out: &mut [Cand]) {
    let Some(dct) = a.dct else { return };
    let day = dct.to_string();
    for c in out.iter_mut() {
        if c.modality != Modality::Asserted
            || !(c.date.is_none() || c.date.as_deref() == Some(&day))
        {
            continue;
        }
        let verbs: &[&str] = match c.kind {
            EventType::Resign => &["quit", "resigned", "stepped", "stood"],
            EventType::Defect => &["defected", "switched", "crossed"],
            EventType::Leave => &["quit", "left"],
            EventType::Dismiss => &["sacked", "fired", "axed", "dismissed"],
            EventType::Expel => &["suspended", "expelled"],
            _ => continue,
        };
        let lo = c.sentence.saturating_sub(2);
        let hi = (c.sentence + 7).min(a.seg.sentences.len());
        let found = (lo..hi).filter(|&s| s != c.sentence).find_map(|s| {
            let sent = &a.seg.sentences[s];
            let k = sent.tokens.clone().find(|&k| {
                a.person_at(k) == Some(c.person)
                    || matches!(a.w(k), "he" | "she") && resolve_pronoun(a, k) == Some(c.person)
            })?;
            let v = (k + 1..(k + 25).min(sent.tokens.end))
                .take_while(|&j| a.w(j) != ";")
                .find(|&j| verbs.contains(&a.w(j)))?;
            // the verb is the person's own ("Mr Reed ... quit"), not an object's
            if (k + 1..v).any(|j| a.person_at(j).is_some_and(|q| q != c.person)) {
                return None;
            }
            let t = (v + 1..(v + 7).min(sent.tokens.end))
                .take_while(|&j| !matches!(a.w(j), "," | "." | ";" | "and" | "but"))
                .find_map(|j| a.point_timex(j).and_then(|t| date_value(a, t, j)))?;
            in_week_before(&t, &day).then_some(t)
        });
        if let Some(date) = found {
            c.date = Some(date);
        }
    }
}

/// Whether the text dates change `c` only by the paper's `day` (a present perfect standing
/// in for the day) or not at all: a time told elsewhere may date it.
fn dated_only_by_paper(c: &Cand, day: &str) -> bool {
    c.date.as_deref().is_none_or(|d| d == day)
}

/// Whether `date` falls in the week up to and including the paper's `day`: a time that can
/// stand for a change the paper reports as news.
pub(crate) fn in_week_before(date: &str, day: &str) -> bool {
    days_before(date, day).is_some_and(|n| n <= 7)
}

/// A seat won or lost with no time, in a paper of the two days after a general election's
/// polling day, was won or lost at that election ("James Brokenshire (Conservative) 29,338"
/// on the morning of the count). Not a party's own contest ("lost the ballot to", "the
/// leadership race"), nor an election to an office.
pub(crate) fn polling_day_dates(a: &Analysed, out: &mut [Cand]) {
    use floorcross_model::elections::{elections, HOUSE_OF_COMMONS};
    let Some(day) = a.dct.map(|d| d.to_string()) else {
        return;
    };
    // (a devolved body's election only in a story that names the body)
    let names_body = |body: &str| {
        let words: &[&str] = match body {
            "Scottish Parliament" => &["holyrood", "msp", "msps"],
            "Senedd" => &["senedd", "assembly", "ms", "mss", "am", "ams"],
            _ => &[],
        };
        (0..a.seg.tokens.len()).any(|k| words.contains(&a.w(k))) || a.text.contains(body)
    };
    // (the story is looked at only when the paper's day is right after a polling day; only
    // that year's elections, or the year before's, are written out to compare)
    let year: i32 = day[..4].parse().unwrap_or(0);
    let Some(polling) = elections()
        .iter()
        .filter(|e| e.polling.0 == year || e.polling.0 == year - 1)
        .map(|e| {
            (
                e,
                format!("{:04}-{:02}-{:02}", e.polling.0, e.polling.1, e.polling.2),
            )
        })
        .filter(|(_, p)| days_before(p, &day).is_some_and(|n| n <= 2))
        .find(|(e, _)| e.body == HOUSE_OF_COMMONS || names_body(e.body))
        .map(|(_, p)| p)
    else {
        return;
    };
    for c in out.iter_mut() {
        if matches!(
            c.kind,
            EventType::Elect | EventType::Reelect | EventType::Defeat
        ) && c.modality == Modality::Asserted
            && c.date.is_none()
            && c.role.as_deref().is_none_or(|r| r == "MP")
            && !party_contest(a, c.sentence)
        {
            c.date = Some(polling.clone());
        }
    }
}

/// Phrases whose time is the one the story has just told: "was replaced within hours",
/// "was chosen at the same meeting", "takes over with immediate effect".
const SAME_OCCASION: &[&[&str]] = &[
    &["within", "hours"],
    &["within", "minutes"],
    &["within", "the", "hour"],
    &["within", "an", "hour"],
    &["hours", "later"],
    &["minutes", "later"],
    &["an", "hour", "later"],
    &["moments", "later"],
    &["shortly", "afterwards"],
    &["the", "same", "day"],
    &["the", "same", "night"],
    &["the", "same", "evening"],
    &["the", "same", "morning"],
    &["the", "same", "meeting"],
    &["later", "that", "day"],
    &["later", "that", "evening"],
    &["later", "that", "night"],
    &["with", "immediate", "effect"],
];

/// "Ann Cole resigned on Wednesday and was replaced within hours by Tom Reed": an asserted
/// change whose clause ties its time to the occasion just told (a phrase of
/// [`SAME_OCCASION`] near the trigger) happened on the day of the last change the text dated
/// to a day before it, within the two sentences before. A change the text dates itself keeps
/// its date, except the paper's day a present tense stands in with.
pub(crate) fn same_occasion_dates(a: &Analysed, out: &mut [Cand]) {
    let paper_day = a.dct.map(|d| d.to_string());
    let day = |d: &Option<String>| d.as_deref().is_some_and(|d| d.len() == 10);
    for i in 0..out.len() {
        let c = &out[i];
        let stand_in = c.date.is_some() && c.date == paper_day;
        if !(c.date.is_none() || stand_in) || c.modality != Modality::Asserted || c.headline {
            continue;
        }
        let s = &a.seg.sentences[c.sentence];
        let lo = c.trigger.start.saturating_sub(8).max(s.tokens.start);
        let hi = (c.trigger.end + 10).min(s.tokens.end);
        let cue = (lo..hi).any(|k| {
            SAME_OCCASION
                .iter()
                .any(|p| k + p.len() <= hi && p.iter().enumerate().all(|(j, w)| a.w(k + j) == *w))
        });
        if !cue {
            continue;
        }
        let at = (c.sentence, c.trigger.start);
        let reference = out
            .iter()
            .filter(|o| {
                o.modality == Modality::Asserted
                    && !o.headline
                    && day(&o.date)
                    && (o.sentence, o.trigger.start) < at
                    && o.sentence + 2 >= c.sentence
            })
            .max_by_key(|o| (o.sentence, o.trigger.start))
            .and_then(|o| o.date.clone());
        if let Some(d) = reference {
            out[i].date = Some(d);
        }
    }
}

/// "The Liberal Democrats won yesterday's Ashcombe and Marley by-election. … Helen Strachan
/// took the seat by 1,335 votes. … Rob Tennant (Labour) 12,877": a story that names one contest
/// with its day (its polling day, not the count's), a by-election, election or poll with a
/// possessive time before it
/// ("yesterday's", "Thursday's Ashcombe by-election") or a day after it ("the by-election on
/// Thursday", "the elections held on 1 May"), in the week up to the paper's day, dates the wins
/// and losses it tells in sentences with no time of their own (with no date, or only the paper's
/// day a present perfect stands in with); not those of a party's own contest.
pub(crate) fn contest_day_dates(a: &Analysed, out: &mut [Cand]) {
    let Some(paper) = a.dct.map(|d| d.to_string()) else {
        return;
    };
    if !out.iter().any(|c| {
        matches!(
            c.kind,
            EventType::Elect | EventType::Reelect | EventType::Defeat
        )
    }) {
        return;
    }
    let day_at = |k: usize| {
        a.point_timex(k)
            .and_then(|t| date_value(a, t, k))
            .filter(|d| d.len() == 10 && days_before(d, &paper).is_some_and(|n| n <= 7))
    };
    let mut days: Vec<String> = Vec::new();
    for k in 0..a.seg.tokens.len() {
        if !matches!(a.w(k), "by-election" | "election" | "elections" | "poll") {
            continue;
        }
        let s0 = a.seg.sentences[a.sentence_of(k)].tokens.start;
        // a possessive time before, past the contest's own name ("yesterday's Ashcombe and
        // Marley by-election")
        let mut j = k;
        let mut before = None;
        while j > s0 && j + 8 > k {
            j -= 1;
            let w = a.w(j);
            if matches!(w, "'s" | "’s") {
                before = j.checked_sub(1).and_then(day_at);
                break;
            }
            let name_word = a.raw(j).starts_with(|c: char| c.is_uppercase())
                || matches!(
                    w,
                    "and" | "-" | "parliamentary" | "council" | "local" | "mayoral"
                );
            if !name_word {
                break;
            }
        }
        // or a day after it ("the by-election on Thursday", "held on 15 October")
        let mut n = k + 1;
        if a.w(n) == "held" {
            n += 1;
        }
        let after = (a.w(n) == "on").then(|| day_at(n + 1)).flatten();
        for d in before.into_iter().chain(after) {
            if !days.contains(&d) {
                days.push(d);
            }
        }
    }
    // ("The Greens have secured a comfortable win in the Eastfield by-election."): a
    // by-election the lede tells as won in the present perfect is the day's news, its
    // results the paper's day's
    if days.is_empty() {
        let body: Vec<usize> = (0..a.seg.sentences.len())
            .filter(|&si| !a.is_headline(si) && !a.is_byline(si))
            .take(3)
            .collect();
        let won_now = body.iter().any(|&si| {
            let toks = a.seg.sentences[si].tokens.clone();
            toks.clone().any(|k| a.w(k) == "by-election")
                && toks.clone().any(|k| {
                    matches!(a.w(k), "won" | "secured" | "taken" | "gained" | "snatched")
                        && matches!(a.w(k.wrapping_sub(1)), "have" | "has")
                })
        });
        if won_now {
            days.push(paper.clone());
        }
    }
    let [day] = days.as_slice() else {
        return;
    };
    for c in out.iter_mut() {
        let stand_in = dated_only_by_paper(c, &paper);
        // (not a change whose own sentence tells a time, "declared the winner at 3am"; nor a
        // party's own contest told beside it, "declared her candidacy for the leadership")
        let sentence = a.seg.sentences[c.sentence].tokens.clone();
        let own_time = sentence.clone().any(|k| a.point_timex(k).is_some());
        let party_contest = sentence.clone().any(|k| {
            matches!(
                a.w(k),
                "ballot" | "leadership" | "nomination" | "selection" | "hustings" | "candidacy"
            )
        });
        if stand_in
            && !own_time
            && !party_contest
            && c.modality == Modality::Asserted
            && matches!(
                c.kind,
                EventType::Elect | EventType::Reelect | EventType::Defeat
            )
        {
            c.date = Some(day.clone());
        }
    }
}

/// "Dunsford Conservatives have refused to readopt their MP, Colin Brayfield. At a packed
/// meeting of the association on Thursday night, members voted …": a sentence that opens by
/// placing an occasion (a meeting, ballot, hustings, vote) at a time in the week up to the
/// paper's day, or that tells a decision with such a time ("Members voted … on Monday night",
/// "She announced on Wednesday that …"), dates the asserted changes of the sentence before it
/// that the text dates only by the paper's day (a present perfect) or not at all.
pub(crate) fn occasion_dates(a: &Analysed, out: &mut [Cand]) {
    let Some(paper) = a.dct.map(|d| d.to_string()) else {
        return;
    };
    // ("Members voted by 112 to 87 on Monday night not to readopt …", "She announced on
    // Wednesday that she was resigning …", "was welcomed back at a meeting … on Monday
    // night": a decision told with its time)
    // (told by the person, or by a body, never by someone else: "Ann Cole announced the move
    // on Tuesday" dates no change of Tom Reed's)
    let decided_day = |si: usize, person: usize| -> Option<String> {
        let s = a.seg.sentences.get(si)?;
        let v = s.tokens.clone().find(|&k| {
            matches!(
                a.w(k),
                "voted" | "announced" | "decided" | "agreed" | "welcomed"
            )
        })?;
        let someone_else = (s.tokens.start..v).any(|k| {
            a.person_at(k).is_some_and(|p| p != person)
                || matches!(a.w(k), "he" | "she")
                    && resolve_pronoun(a, k).is_some_and(|p| p != person)
        });
        if someone_else {
            return None;
        }
        (v + 1..(v + 13).min(s.tokens.end))
            .take_while(|&k| !matches!(a.w(k), ";" | "." | "but" | "who" | "which"))
            .find_map(|k| a.point_timex(k).and_then(|t| date_value(a, t, k)))
            .filter(|d| d.len() == 10 && in_week_before(d, &paper))
    };
    let occasion_day = |si: usize, person: usize| -> Option<String> {
        let s = a.seg.sentences.get(si)?;
        let t0 = s.tokens.start;
        if !matches!(a.w(t0), "at" | "in" | "during") {
            return decided_day(si, person);
        }
        let comma = (t0 + 1..(t0 + 20).min(s.tokens.end)).find(|&k| a.w(k) == ",")?;
        let occasion = (t0 + 1..comma).any(|k| {
            matches!(
                a.w(k),
                "meeting" | "ballot" | "hustings" | "vote" | "selection" | "count"
            )
        });
        if !occasion {
            return None;
        }
        (t0 + 1..comma)
            .find_map(|k| a.point_timex(k).and_then(|t| date_value(a, t, k)))
            .filter(|d| d.len() == 10 && in_week_before(d, &paper))
    };
    for c in out.iter_mut() {
        let stand_in = dated_only_by_paper(c, &paper);
        if !stand_in || c.modality != Modality::Asserted || c.headline {
            continue;
        }
        if let Some(d) = occasion_day(c.sentence + 1, c.person) {
            c.date = Some(d);
        }
    }
}

/// "The group met behind closed doors on Wednesday evening … At that meeting Tom Reed was
/// stripped of the whip": a change placed at "that meeting" (or "the meeting", "that
/// session") happened on the day of the meeting the two sentences before tell with its time
/// (a verb of meeting, "met", "gathered", "convened", or the noun, with a day in the week up to
/// the paper's). A change the text dates itself keeps its date, except the paper's day.
pub(crate) fn anaphoric_occasion_dates(a: &Analysed, out: &mut [Cand]) {
    let Some(paper) = a.dct.map(|d| d.to_string()) else {
        return;
    };
    let met_on = |si: usize| -> Option<String> {
        let s = a.seg.sentences.get(si)?;
        let v = s.tokens.clone().find(|&k| {
            matches!(
                a.w(k),
                "met" | "gathered" | "convened" | "meeting" | "session" | "hustings"
            )
        })?;
        (v + 1..(v + 14).min(s.tokens.end))
            .find_map(|k| a.point_timex(k).and_then(|t| date_value(a, t, k)))
            .filter(|d| d.len() == 10 && in_week_before(d, &paper))
    };
    for c in out.iter_mut() {
        if !dated_only_by_paper(c, &paper) || c.modality != Modality::Asserted || c.headline {
            continue;
        }
        let s = &a.seg.sentences[c.sentence];
        let lo = c.trigger.start.saturating_sub(14).max(s.tokens.start);
        let hi = (c.trigger.end + 8).min(s.tokens.end);
        let cue = (lo..hi).any(|k| {
            matches!(a.w(k), "that" | "the")
                && matches!(a.w(k + 1), "meeting" | "session" | "hustings")
                && k > s.tokens.start
                && matches!(a.w(k - 1), "at" | "during")
        });
        if !cue {
            continue;
        }
        if let Some(d) = (c.sentence.saturating_sub(2)..c.sentence)
            .rev()
            .find_map(met_on)
        {
            c.date = Some(d);
        }
    }
}

/// "… against her opponent, the Green candidate, Ann Cole, at the 2015 general election. Tom
/// Reed held on by 87 votes.": a candidacy, win or loss with no time,
/// told in the sentence that names one general election by its year (its polling day known)
/// or in the sentence right after it, was at that election (not one named in a relative clause
/// about someone). Not a party's own contest, nor an office's election.
pub(crate) fn named_election_dates(a: &Analysed, out: &mut [Cand]) {
    let polling_in = |si: usize| -> Vec<String> {
        let mut days: Vec<String> = Vec::new();
        for k in a.seg.sentences[si].tokens.clone() {
            if a.w(k) != "election" || !matches!(a.w(k.wrapping_sub(1)), "general" | "snap") {
                continue;
            }
            let s0 = a.seg.sentences[si].tokens.start;
            // (not one told in a relative clause that describes someone: "a solicitor who came
            // third in the seat at the 2001 general election, won by 1,242 votes")
            if (s0..k).any(|j| matches!(a.w(j), "who" | "which" | "whose")) {
                continue;
            }
            for j in k.saturating_sub(5).max(s0)..k {
                let day = a
                    .point_timex(j)
                    .and_then(|t| date_value(a, t, j))
                    .filter(|d| d.len() == 10 && crate::polling_day(&d[..4]).as_deref() == Some(d));
                if let Some(d) = day {
                    if !days.contains(&d) {
                        days.push(d);
                    }
                }
            }
        }
        days
    };
    for c in out.iter_mut() {
        if !matches!(
            c.kind,
            EventType::Elect | EventType::Reelect | EventType::Defeat | EventType::Stand
        ) || c.modality != Modality::Asserted
            || c.date.is_some()
            || c.role.as_deref().is_some_and(|r| r != "MP")
            || party_contest(a, c.sentence)
        {
            continue;
        }
        let mut days = polling_in(c.sentence);
        if days.is_empty() && c.sentence > 0 {
            days = polling_in(c.sentence - 1);
        }
        if let [day] = days.as_slice() {
            c.date = Some(day.clone());
        }
    }
}

/// Whether sentence `si` talks of a party's own contest (a ballot, the leadership, a
/// nomination, a selection, hustings) rather than a public election.
fn party_contest(a: &Analysed, si: usize) -> bool {
    a.seg.sentences[si].tokens.clone().any(|k| {
        matches!(
            a.w(k),
            "ballot" | "leadership" | "nomination" | "selection" | "hustings"
        )
    })
}
