//! Which time in the event's own clause dates it: the time expression after the trigger,
//! then before it back to the clause's start (not a relative clause's, not another verb's,
//! not a span's start), a fronted or parse-attached time, a count from an earlier year ("a
//! year before he was appointed"), and otherwise the paper's day for a change reported in the
//! present perfect, the present or a headline.

use super::*;

/// The dates of "at the 2001 and 2005 general elections": timexes right after the trigger's
/// clause joined only by "and" or commas.
pub(crate) fn coordinated_dates(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> Vec<String> {
    let s_end = a.seg.sentences[si].tokens.end;
    let mut out = Vec::new();
    let mut k = trigger.end;
    let mut last_timex: Option<u32> = None;
    while k < s_end && k < trigger.end + 14 {
        match a.tok_timex[k] {
            Some(t) if Some(t) != last_timex => {
                // ("elected in 2019, now sits with the Greens": "now" opens the next clause)
                let deictic = a
                    .point_timex(k)
                    .is_some_and(|tx| tx.value.ends_with("_REF"));
                if deictic && !out.is_empty() {
                    break;
                }
                if let Some(v) = a.point_timex(k).and_then(|tx| date_value(a, tx, k)) {
                    out.push(v);
                }
                last_timex = Some(t);
            }
            Some(_) => {}
            None => {
                let w = a.w(k);
                if !out.is_empty()
                    && !matches!(w, "and" | "," | "general" | "elections" | "election")
                {
                    break;
                }
                if out.is_empty() && DATE_STOPS.contains(&w) {
                    break;
                }
            }
        }
        k += 1;
    }
    out
}

pub(super) fn clause_or_document_date(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
    modality: Modality,
) -> Option<String> {
    let s = &a.seg.sentences[si];
    if let Some(d) = counted_from_earlier_date(a, si, trigger) {
        return Some(d);
    }
    // "following Ann Cole's resignation hours earlier": within hours of the story's day
    if modality == Modality::Asserted
        && matches!(a.w(trigger.end), "hours" | "minutes")
        && matches!(a.w(trigger.end + 1), "earlier" | "before")
    {
        if let Some(d) = a.dct {
            return Some(d.to_string());
        }
    }
    let mut k = trigger.end;
    while k < s.tokens.end {
        // "the 15th housing minister since 2010": the start of a span, not the event's time;
        // "resigned after voting against the bill on Wednesday": the vote's time
        // "named defence secretary after Fallon quit last night": a clause opened by "after"
        // or "before" has its own time
        if a.w(k) == "since" && a.point_timex(k + 1).is_some()
            || matches!(a.w(k), "after" | "before")
                && (a.w(k + 1).ends_with("ing")
                    || a.person_at(k + 1).is_some()
                    || matches!(
                        a.w(k + 1),
                        "he" | "she" | "they" | "mr" | "mrs" | "ms" | "sir"
                    ))
        {
            break;
        }
        if let Some(t) = a.point_timex(k) {
            if let Some(v) = clause_date_value(a, t, k, modality) {
                return Some(v);
            }
        }
        let w = a.w(k);
        // "elected along with three other MPs - A, B and C - in 1987": a list of names
        // does not end the clause
        // ("Julian Smith, another 2010 intake MP": a comma after a name opens an apposition,
        // whose time is not the event's; one after a name in apposition closes it: "sacked
        // his deputy, Roger Lamb, this morning")
        let after_name = a.person_at(k.wrapping_sub(1)).is_some()
            && (w != "," || {
                let ms = super::super::name_lists::mention_start(a, k - 1);
                ms > 0 && a.w(ms - 1) == ","
            });
        let in_list = matches!(w, "," | "and" | "with" | "-" | "–")
            && (a.person_at(k + 1).is_some() || after_name || a.w(k.wrapping_sub(1)) == "along");
        // "won the seat with a majority of 402 in 2010": a phrase of the result, not a clause
        let result_with = w == "with"
            && (matches!(a.w(k + 1), "a" | "an" | "majority" | "votes")
                || a.w(k + 1).starts_with(|c: char| c.is_ascii_digit()));
        // "Tom Hale's defection, announced on Monday, came as a shock": a participle
        // apposed to the trigger's noun tells when
        let told_when = w == ","
            && k < trigger.end + 5
            && matches!(a.w(k + 1), "announced" | "confirmed" | "revealed")
            && ["ion", "ure", "al", "ment"]
                .iter()
                .any(|x| a.w(trigger.end - 1).ends_with(x));
        if told_when {
            k += 2;
            continue;
        }
        // "will fight the Saltmarsh and Fenby division at next year's elections": an "and"
        // between two capitalised words that are neither people nor parties joins the parts
        // of a place's name, not two clauses
        let capital_plain = |j: usize| {
            j > s.tokens.start
                && a.is_word(j)
                && a.raw(j).starts_with(|c: char| c.is_uppercase())
                && matches!(a.tag(j), Tag::None | Tag::Post(_))
        };
        let place_and = w == "and" && capital_plain(k - 1) && capital_plain(k + 1);
        if DATE_STOPS.contains(&w)
            && a.tok_timex[k].is_none()
            && !in_list
            && !place_and
            && !result_with
            && a.tag(k) == Tag::None
        {
            break;
        }
        // "has selected X to contest the seat at next year's election": an infinitive after
        // the trigger's object has its own time
        if w == "to" && k > trigger.end && a.person_at(k - 1).is_some() && {
            let p = a.parse(si);
            p.xpos.get(k + 1 - s.tokens.start) == Some(&"VB")
        } {
            break;
        }
        k += 1;
    }
    let triggers = Triggers::get();
    // "resigned on Tuesday after losing the vote": a gerund opened by "before" or "after" is
    // its own clause; the main clause's day is not its (its year is: "resigned in 2015 after
    // losing his seat")
    let gerund_clause = trigger.start > s.tokens.start
        && matches!(a.w(trigger.start - 1), "before" | "after")
        && a.w(trigger.start).ends_with("ing");
    let mut shared_conjunct = false;
    let present_perfect = trigger.start >= s.tokens.start + 2
        && (trigger.start.saturating_sub(3).max(s.tokens.start)..trigger.start)
            .any(|j| matches!(a.w(j), "has" | "have"))
        && (trigger.start.saturating_sub(3).max(s.tokens.start)..trigger.start)
            .all(|j| !matches!(a.w(j), "," | "who" | "which" | "and"));
    let mut k = trigger.start;
    while k > s.tokens.start {
        k -= 1;
        // "the MP since 2010": the start of a span is no event's time
        if let Some(t) = a.tok_timex[k] {
            let mut first = k;
            while first > s.tokens.start && a.tok_timex[first - 1] == Some(t) {
                first -= 1;
            }
            if first > s.tokens.start && a.w(first - 1) == "since" {
                k = first - 1;
                continue;
            }
        }
        // another event's trigger: its time is not this event's (unless this clause is its
        // subjectless conjunct)
        if !shared_conjunct
            && a.tok_timex[k].is_none()
            && triggers
                .matches_at(a.text, Some(&a.lower), &a.seg.tokens, k)
                // (a phrase that runs into this trigger is this event's own: "was beaten")
                .any(|(mut rules, n)| {
                    k + n <= trigger.start
                        && rules.any(|r| {
                            k + n <= s.tokens.end && cond_ok(a, r.cond, r.kind, si, k, k + n)
                        })
                })
        {
            break;
        }
        if let Some(t) = a.point_timex(k) {
            if let Some(v) = clause_date_value(a, t, k, modality) {
                if gerund_clause && v.len() > 4 {
                    break;
                }
                // ("A Member suspended from the group four months ago has been readmitted": a
                // present perfect takes no time before the paper's day; one before the verb is
                // another clause's, the subject's participle here)
                if present_perfect && a.dct.is_some_and(|d| before_paper(&v, &d.to_string())) {
                    break;
                }
                return Some(v);
            }
        }
        // "is now represented by Labour despite Wake winning the seat in 2010": a clause opened
        // by a subordinator keeps the main clause's time out
        // ("was appointed on Tuesday, after Ann Cole resigned": what came before the main
        // clause's time is not dated by it; "in 1976 after the resignation of Harold Wilson"
        // shares it)
        // ("stood for the leadership in 1997, but was eliminated in the second round": a
        // conjunct with no subject of its own, only auxiliaries, shares the first one's time)
        let aux = |j: usize| matches!(a.w(j), "was" | "were" | "had" | "been");
        let shared_but = a.w(k) == "but"
            && (k + 1 < trigger.start || aux(trigger.start))
            && (k + 1..trigger.start).all(aux);
        shared_conjunct |= shared_but;
        // ("became leader in 2010, succeeding Derek Ormsby, who stood down": the one a
        // successor replaces left when the succession was made; the main clause's time is
        // theirs)
        let succeeded = (a.w(k) == "who"
            && k >= s.tokens.start + 3
            && a.w(k - 1) == ","
            && a.person_at(k - 2).is_some())
        .then(|| super::super::mention_start(a, k - 2))
        .filter(|&ms| {
            ms > s.tokens.start
                && matches!(
                    a.w(ms - 1),
                    "succeeding" | "replacing" | "succeeded" | "replaced"
                )
        });
        if let Some(ms) = succeeded {
            k = ms;
            continue;
        }
        if !shared_but
            && matches!(
                a.w(k),
                ";" | "who"
                    | "which"
                    | "but"
                    | "despite"
                    | "although"
                    | "though"
                    | "because"
                    | "whereas"
            )
            || matches!(a.w(k), "after" | "until")
                && (a.person_at(k + 1).is_some() || matches!(a.w(k + 1), "he" | "she" | "they"))
        {
            break;
        }
        // ("He confirmed today that he will fight the seat": what is still to come is not dated
        // by the saying of it)
        if modality != Modality::Asserted
            && a.w(k) == "that"
            && (k.saturating_sub(4).max(s.tokens.start)..k).any(|j| {
                matches!(
                    a.w(j),
                    "said"
                        | "says"
                        | "confirmed"
                        | "confirms"
                        | "announced"
                        | "announces"
                        | "told"
                        | "insisted"
                        | "insists"
                        | "added"
                        | "claimed"
                        | "revealed"
                )
            })
        {
            break;
        }
        // "Ann Cole, who defected in 2010, will stand": leaving a relative clause, its time
        // stays behind
        if matches!(a.w(k), "," | "–" | "—" | "-")
            && (s.tokens.start..k).any(|j| matches!(a.w(j), "who" | "whom" | "which" | "whose"))
        {
            break;
        }
        // "became MP in 2015 and also stood for mayor": the year belongs to the first verb
        // ("quit UKIP last night and launched a party" shares its time: a bare "and" does)
        // ("was dealt a blow yesterday when Woodward, a former minister, quit": a comma that
        // closes an apposition to the subject is no coordination; the apposition's own time,
        // "a councillor since 2010", is skipped with it)
        if a.w(k) == "," && k + 1 == trigger.start {
            if let Some(open) = apposition_opened_at(a, si, k) {
                k = open;
                continue;
            }
        }
        // ("and in 1991, after a row over the poll tax, he crossed the floor": a comma that
        // closes the clause's fronted adverbials is inside the clause)
        if matches!(a.w(k), "and" | ",")
            && (k + 1..trigger.start).all(|j| VERB_LINK.contains(&a.w(j)))
            && (a.w(k) == "," || k + 1 < trigger.start)
            && !(a.w(k) == "," && closes_fronted_time(a, si, k))
        {
            break;
        }
        // ("quit Labour on Monday and is expected to join the Greens": a second verb with no
        // subject of its own that plans takes no time from the one that reports)
        if a.w(k) == "and"
            && modality != Modality::Asserted
            && matches!(
                a.w(k + 1),
                "is" | "are"
                    | "may"
                    | "might"
                    | "could"
                    | "will"
                    | "would"
                    | "plans"
                    | "hopes"
                    | "wants"
                    | "intends"
            )
        {
            break;
        }
    }
    if let Some(v) = fronted_date(a, si) {
        // ("So on Saturday, … I will launch Wrenfield First": a bare weekday fronted before a
        // change still to come is the next such day, not the last)
        let weekday = a.seg.sentences[si]
            .tokens
            .clone()
            .any(|k| WEEKDAYS.contains(&a.w(k)));
        if modality != Modality::Asserted && weekday {
            if let Some(next) = next_week_if_past(a, &v) {
                return Some(next);
            }
        }
        return Some(v);
    }
    if let Some(v) = attached_date(a, si, trigger, modality) {
        return Some(v);
    }
    // ("has been expelled after standing against an official candidate": what came before
    // the main clause's change is not dated by its perfect)
    if gerund_clause {
        return None;
    }
    // "Keir Starmer has decided not to readmit Jeremy Corbyn": a refusal in the present
    // perfect is the day's news, as a change in it is
    let t = trigger.start;
    // ("the newly appointed foreign secretary, Boris Johnson": the day's appointment)
    if modality == Modality::Asserted && t > s.tokens.start && a.w(t - 1) == "newly" {
        return a.dct.map(|d| d.to_string());
    }
    if modality == Modality::Denied && t >= s.tokens.start + 3 && a.w(t - 1) == "to" {
        let lo = t.saturating_sub(6).max(s.tokens.start);
        let decided = (lo..t - 1).any(|k| {
            matches!(a.w(k), "has" | "have")
                && matches!(
                    a.w(k + 1),
                    "decided" | "refused" | "chosen" | "declined" | "opted" | "voted"
                )
        });
        if decided {
            return a.dct.map(|d| d.to_string());
        }
    }
    if modality == Modality::Asserted {
        // ("he's quit" is a perfect; "Labour's Tom Hale resigned" a possessive)
        let has_aux = |k: usize| {
            matches!(a.w(k), "has" | "have")
                || a.w(k) == "'s"
                    && k > s.tokens.start
                    && matches!(a.w(k - 1), "he" | "she" | "it" | "who" | "that")
        };
        let chain_has_aux =
            (trigger.start.saturating_sub(3).max(s.tokens.start)..trigger.start).any(has_aux);
        // "has resigned from the post and quit the party": the auxiliary serves both verbs
        let shared = (trigger.start.saturating_sub(12).max(s.tokens.start)..trigger.start)
            .any(|k| matches!(a.w(k), "has" | "have"))
            && a.w(trigger.start.wrapping_sub(1)) == "and"
            || (trigger.start.saturating_sub(12).max(s.tokens.start)..trigger.start).any(|k| {
                matches!(a.w(k), "has" | "have") && (k..trigger.start).any(|j| a.w(j) == "and")
            });
        let perfect = chain_has_aux
            || shared
            || perfect_by_parse(a, si, trigger)
            || super::super::groups::counted_become(a, si, trigger)
                .is_some_and(|b| (b.saturating_sub(3).max(s.tokens.start)..b).any(has_aux));
        // A headline reports the day's news: "Farage quits UKIP", "Clarke axed".
        let present_headline = a.is_headline(si);
        // ("is leaving the Labour Party": a change asserted in progress is the day's)
        // (not a candidacy, which is a state: "is standing for Labour in Sandmere")
        let progressive = a.w(trigger.start).ends_with("ing")
            && !matches!(
                a.w(trigger.start),
                "standing" | "running" | "contesting" | "fighting" | "seeking"
            )
            && trigger.start > s.tokens.start
            && matches!(a.w(trigger.start - 1), "is" | "are" | "am" | "'s" | "’s");
        if perfect || present_headline || progressive || present_by_parse(a, si, trigger) {
            // ("has failed to make the shortlist, the party's regional office confirmed on
            // Monday": the report's tag tells the day the news broke)
            if let Some(d) = reporting_tag_date(a, si, trigger) {
                return Some(d);
            }
            return a.dct.map(|d| d.to_string());
        }
    }
    None
}

/// The day a trailing reporting tag gives the news ("…, the party's regional office confirmed
/// on Monday", "…, a spokesman said last night"): a comma after the trigger, a short
/// subject with no person's name, a verb of reporting, then a day in the week up to the
/// paper's.
fn reporting_tag_date(a: &Analysed, si: usize, trigger: &std::ops::Range<usize>) -> Option<String> {
    let s = &a.seg.sentences[si];
    let day = a.dct?.to_string();
    let comma = (trigger.end..s.tokens.end).rev().find(|&k| a.w(k) == ",")?;
    let verb = (comma + 1..(comma + 9).min(s.tokens.end)).find(|&k| {
        matches!(
            a.w(k),
            "said" | "confirmed" | "announced" | "revealed" | "told" | "disclosed"
        )
    })?;
    if (comma + 1..verb).any(|k| a.person_at(k).is_some() || a.point_timex(k).is_some()) {
        return None;
    }
    (verb + 1..(verb + 4).min(s.tokens.end))
        .find_map(|k| a.point_timex(k).and_then(|t| date_value(a, t, k)))
        .filter(|d| d.len() == 10 && in_week_before(d, &day))
}

/// [`date_value`] for a time in the event's own clause: "now" dates only what is reported as
/// done ("has now quit"), not what "would now" happen.
pub(super) fn clause_date_value(
    a: &Analysed,
    t: &floorcross_model::Timex,
    k: usize,
    modality: Modality,
) -> Option<String> {
    if t.value == "PRESENT_REF" && modality != Modality::Asserted {
        return None;
    }
    date_value(a, t, k)
}

/// "made a peer in 1999, a year before he was appointed": an event in a clause
/// opened by "N years before/after" is dated from the year named before it (2000 here).
pub(crate) fn counted_from_earlier_date(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
) -> Option<String> {
    let s0 = a.seg.sentences[si].tokens.start;
    // "before|after" + subject + auxiliaries, right before the trigger
    let lo = trigger.start.saturating_sub(6).max(s0);
    let conj = (lo..trigger.start)
        .rev()
        .find(|&k| matches!(a.w(k), "before" | "after"))?;
    let subject_ok = (conj + 1..trigger.start).all(|k| {
        a.person_at(k).is_some()
            || matches!(
                a.w(k),
                "he" | "she"
                    | "they"
                    | "was"
                    | "were"
                    | "had"
                    | "been"
                    | "being"
                    | "is"
                    | "finally"
            )
    });
    if !subject_ok || conj == s0 {
        return None;
    }
    let dur = &a.timexes[a.tok_timex[conj - 1]? as usize];
    let years: i32 = dur
        .value
        .strip_prefix('P')?
        .strip_suffix('Y')?
        .parse()
        .ok()?;
    let sign = if a.w(conj) == "before" { 1 } else { -1 };
    // the year named before the duration
    let dur_start = a.seg.tokens.partition_point(|t| t.end <= dur.start);
    let named = (s0..dur_start).rev().find_map(|k| {
        let t = a.point_timex(k)?;
        let v = t.value.get(..4)?;
        (t.value.len() == 4 || t.value.as_bytes().get(4) == Some(&b'-'))
            .then(|| v.parse::<i32>().ok())
            .flatten()
    });
    // ("has rejoined Labour, two years after he was expelled": with no time before it, a
    // main clause in the present perfect is the paper's news, and counts from its year)
    let year = match named {
        Some(y) => y,
        None => {
            let perfect = (s0..dur_start).any(|k| matches!(a.w(k), "has" | "have"))
                && (s0..dur_start).all(|k| a.tok_timex[k].is_none());
            if !perfect {
                return None;
            }
            a.dct?.year() as i32
        }
    };
    Some(format!("{:04}", year + sign * years))
}
