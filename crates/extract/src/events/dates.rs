//! When an event happened: the time expression of its own clause (not a relative
//! clause's, not another verb's), the paper's day for the present perfect and headlines.
//! A time the document tells elsewhere (the next sentence, a reshuffle's lede, a polling
//! day) is `elsewhere`'s.

use super::*;
use crate::merge::days_before;

mod elsewhere;
pub(crate) use elsewhere::*;

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

/// Auxiliaries and adverbs that can sit between a coordinating "and" and its verb.
pub(crate) const VERB_LINK: &[&str] = &[
    "also",
    "then",
    "later",
    "subsequently",
    "was",
    "were",
    "has",
    "have",
    "had",
    "is",
    "be",
    "been",
    "later",
    "eventually",
    "finally",
    "promptly",
    "immediately",
    "soon",
    "after",
    "afterwards",
    "he",
    "she",
    "they",
];

/// Words that end the stretch after a trigger in which its time expression may sit.
pub(crate) const DATE_STOPS: &[&str] = &[
    ",", ";", ":", "but", "while", "whereas", "who", "which", "with", "and", "if", "unless",
    "until", // a new clause's subject: "rejoin the party he quit three years ago"
    "he", "she", "they",
];

/// The event's date: the time expression in its clause (after the trigger first, then before
/// it back to the sentence start), else the document date for a present-perfect or headline
/// report.
pub(crate) fn event_date(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
    modality: Modality,
) -> Option<String> {
    let date = clause_or_document_date(a, si, trigger, modality)?;
    let date = next_weekday_if_planned(a, si, modality, date);
    Some(last_before_paper_if_past(a, si, trigger, modality, date))
}

/// A bare weekday the engine put before the paper's day, dating a change still to come ("is
/// expected to quit Labour on Monday"), is the next such day: the spec reads a weekday in a
/// future clause forwards.
fn next_weekday_if_planned(a: &Analysed, si: usize, modality: Modality, date: String) -> String {
    if modality != Modality::Expected || date.len() != 10 {
        return date;
    }
    if !names_weekday(a, si, &date, |t| t.text.split_whitespace().count() <= 2) {
        return date;
    }
    next_week_if_past(a, &date).unwrap_or(date)
}

/// A month or day the text names without its year ("removed me as chair in November", in a
/// paper of March) is the last one before the paper when the trigger's verb is in the simple
/// past: the engine that resolved it went by the nearest such month, not by the tense; so is
/// a weekday it read forwards ("It was not until Monday that he quit").
fn last_before_paper_if_past(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
    modality: Modality,
    date: String,
) -> String {
    let Some(day) = a.dct.map(|d| d.to_string()) else {
        return date;
    };
    let after_day = date.len() == 10 && date > day;
    let after_month = date.len() >= 7 && date[..7] > day[..7];
    if modality != Modality::Asserted || !(after_day || after_month) {
        return date;
    }
    let s = &a.seg.sentences[si];
    let past = a.parse(si).xpos.get(trigger.start - s.tokens.start) == Some(&"VBD");
    if !past {
        return date;
    }
    if after_day && names_weekday(a, si, &date, |_| true) {
        if let Some(back) = shift_days(&date, -7) {
            return back;
        }
    }
    // (the year written out anywhere in the sentence is the text's own)
    let year_written = s.tokens.clone().any(|k| a.w(k) == &date[..4]);
    if !after_month || year_written {
        return date;
    }
    match date[..4].parse::<i32>() {
        Ok(y) => format!("{:04}{}", y - 1, &date[4..]),
        Err(_) => date,
    }
}

/// Whether sentence `si` names a weekday whose time is the day `date` and passes `ok`.
fn names_weekday(
    a: &Analysed,
    si: usize,
    date: &str,
    ok: impl Fn(&floorcross_model::Timex) -> bool,
) -> bool {
    a.seg.sentences[si].tokens.clone().any(|k| {
        WEEKDAYS.contains(&a.w(k)) && a.point_timex(k).is_some_and(|t| t.value == date && ok(t))
    })
}

/// The day `days` days after (or before) the day `date`.
fn shift_days(date: &str, days: i64) -> Option<String> {
    let d: floorcross_model::Date = date.get(..10)?.parse().ok()?;
    d.checked_add(jiff::Span::new().days(days))
        .ok()
        .map(|d| d.to_string())
}

fn clause_or_document_date(
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
                let ms = super::name_lists::mention_start(a, k - 1);
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
        if DATE_STOPS.contains(&w)
            && a.tok_timex[k].is_none()
            && !in_list
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
            || super::groups::counted_become(a, si, trigger)
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

/// Prepositions whose time bounds a span or names another occasion ("since 2010", "until
/// May", "by 2015", "after the 2010 election", "the candidate for next May's election"): not
/// the time of the verb they hang from.
const NOT_WHEN: &[&str] = &[
    "since", "until", "till", "by", "before", "after", "from", "between", "within", "through",
    "for",
];

/// The time the parse attaches to the trigger's clause, when the words around the trigger
/// did not show one: a time phrase hanging from the trigger's verb ("and in 1991, after a row
/// over the poll tax, he crossed the floor"; "took the ward in yesterday's by-election"), or
/// from the verb of the clause it shares its time with: the clause a "when", "as" or "while"
/// clause modifies ("The first blow came on Monday, when X announced she was joining"), the
/// clause a participle or an absolute "with" clause hangs from ("reshuffled her cabinet in
/// February, handing the brief to X"; "took the ward last night, with X winning by 87 votes"),
/// the first of two past verbs joined by "and" that share one subject, the verb an infinitive
/// completes, an announcement of what is under way or done. A relative clause, any other
/// complement clause or a clause opened by another subordinator ("after", "because") has its
/// own time and is never climbed out of.
fn attached_date(
    a: &Analysed,
    si: usize,
    trigger: &std::ops::Range<usize>,
    modality: Modality,
) -> Option<String> {
    let s = &a.seg.sentences[si];
    if trigger.start < s.tokens.start || trigger.end > s.tokens.end {
        return None;
    }
    // (no time in the sentence: spare the parse)
    if !s.tokens.clone().any(|k| a.point_timex(k).is_some()) {
        return None;
    }
    let p = a.parse(si);
    let base = s.tokens.start;
    // (the sentence's time words, found once)
    let times: Vec<usize> = (0..p.len())
        .filter(|&t| a.point_timex(base + t).is_some())
        .collect();
    let mut v = governing_verb(&p, trigger.start - base);
    for _ in 0..4 {
        if let Some(d) = time_phrase_of(a, &p, base, &times, v, modality) {
            return Some(d);
        }
        // ("was appointed to the post as Mr Cameron shaped his cabinet this morning": a
        // clause of the same moment, opened by "as", "when" or "while", hanging from the verb
        // tells its time; the parser may call it a parataxis after a comma)
        // (of a change that happened: what "is to" happen is not dated by the clause telling
        // of its announcement)
        let same_moment = (modality == Modality::Asserted)
            .then(|| {
                p.children_with(v, &["advcl", "parataxis"]).find_map(|c| {
                    p.children_with(c, &["mark", "advmod"])
                        .any(|m| matches!(p.lower[m].as_str(), "as" | "when" | "while"))
                        .then(|| time_phrase_of(a, &p, base, &times, c, modality))
                        .flatten()
                })
            })
            .flatten();
        if same_moment.is_some() {
            return same_moment;
        }
        let marked = |words: &[&str]| {
            p.children(v).any(|c| {
                matches!(floorcross_syntax::tree::base(p.label(c)), "mark" | "advmod")
                    && words.contains(&p.lower[c].as_str())
            })
        };
        let own_subject = p
            .children_with(v, &["nsubj", "csubj", "expl"])
            .next()
            .is_some();
        let climbs = match floorcross_syntax::tree::base(p.label(v)) {
            "advcl" => {
                marked(&["when", "as", "while", "with"])
                    || (matches!(p.xpos[v], "VBG" | "VBN")
                        && !marked(NOT_WHEN)
                        && !marked(&["if", "unless", "because", "though", "although"]))
            }
            // ("held an open primary on Saturday and picked X", "survived the ballot on
            // Saturday and was reselected": a conjunct joined by a coordinator, with no subject
            // of its own, both in the past, of a change that happened; not "was elected in 2005
            // and was not expected to stand")
            "conj" => {
                let past = |u: usize| {
                    p.xpos[u] == "VBD"
                        || p.children_with(u, &["aux"])
                            .any(|x| matches!(p.lower[x].as_str(), "was" | "were"))
                };
                // (the "and" looked for in the words: the parser may hang it elsewhere)
                // (not "and later joined the Greens": an adverb of a later time gives the
                // second verb a time of its own)
                let later = p.children_with(v, &["advmod"]).any(|x| {
                    matches!(
                        p.lower[x].as_str(),
                        "later" | "subsequently" | "afterwards" | "eventually" | "since"
                    )
                });
                modality == Modality::Asserted
                    && !own_subject
                    && !later
                    && p.head(v)
                        .is_some_and(|h| past(h) && (h + 1..v).any(|j| p.lower[j] == "and"))
                    && past(v)
            }
            "xcomp" => true,
            // ("announced on Monday that she was joining the Greens", "confirmed yesterday
            // that he had quit": what an announcement makes known in a progressive or a
            // perfect is dated by the announcement)
            "ccomp" => {
                modality == Modality::Asserted
                    && p.head(v).is_some_and(|h| {
                        matches!(
                            p.lower[h].as_str(),
                            "announced" | "confirmed" | "revealed" | "declared"
                        )
                    })
                    && p.children_with(v, &["aux"]).any(|x| {
                        matches!(p.lower[x].as_str(), "was" | "were" | "is" | "are" | "had")
                            && (p.xpos[v] == "VBG" || p.lower[x] == "had")
                    })
            }
            _ => false,
        };
        match p.head(v) {
            Some(h) if climbs => v = h,
            _ => return None,
        }
    }
    None
}

/// The date of a time phrase among `v`'s dependents (an oblique, a bare time noun or
/// adverb), found inside that phrase but not inside a clause of its own; `times` are the
/// sentence's time words.
fn time_phrase_of(
    a: &Analysed,
    p: &floorcross_syntax::tree::Parse,
    base: usize,
    times: &[usize],
    v: usize,
    modality: Modality,
) -> Option<String> {
    for c in p.children(v) {
        if !matches!(
            floorcross_syntax::tree::base(p.label(c)),
            "obl" | "advmod" | "nmod" | "npadvmod"
        ) {
            continue;
        }
        for &t in times {
            let Some(tx) = a.point_timex(base + t) else {
                continue;
            };
            // the path up to the phrase stays inside nouns and their modifiers
            let mut u = t;
            let mut inside = false;
            for _ in 0..p.len() {
                let bounded = p
                    .children(u)
                    .any(|d| p.label(d) == "case" && NOT_WHEN.contains(&p.lower[d].as_str()));
                if bounded {
                    break;
                }
                if u == c {
                    inside = true;
                    break;
                }
                let l = floorcross_syntax::tree::base(p.label(u));
                // (nor inside an apposition: "replaced by X, another 2010 intake MP")
                if matches!(
                    l,
                    "acl" | "advcl" | "ccomp" | "xcomp" | "parataxis" | "csubj" | "appos"
                ) {
                    break;
                }
                match p.head(u) {
                    Some(h) => u = h,
                    None => break,
                }
            }
            if inside {
                if let Some(d) = clause_date_value(a, tx, base + t, modality) {
                    return Some(d);
                }
            }
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

/// Whether the date `v` (at its own precision) lies wholly before the paper's day `day`: a
/// day before it, or a month or year that ends before it.
fn before_paper(v: &str, day: &str) -> bool {
    match v.len() {
        10 => v < day,
        7 => v < &day[..7],
        4 => v < &day[..4],
        _ => false,
    }
}

/// Where the apposition closed by the comma at `k` opens, when a comma right after a person's
/// name opens it ("Woodward, a talented former minister, quit") and the stretch between holds
/// no verb.
pub(crate) fn apposition_opened_at(a: &Analysed, si: usize, k: usize) -> Option<usize> {
    let s0 = a.seg.sentences[si].tokens.start;
    let open = (s0..k).rev().take(12).find(|&j| a.w(j) == ",")?;
    let ok = open > s0
        && a.person_at(open - 1).is_some()
        && (open + 1..k).all(|j| {
            a.person_at(j).is_none() && !matches!(a.w(j), "who" | "which" | "and" | "but")
        })
        && {
            let p = a.parse(si);
            (open + 1..k).all(|j| p.upos[j - s0] != "VERB" && p.upos[j - s0] != "AUX")
        };
    ok.then_some(open)
}

/// Whether the comma at `k` closes a run of adverbials that opens its clause and holds a time:
/// from the clause's opening ("and", "but", a semicolon or the sentence start) to the comma
/// the words are prepositional phrases and times, set off by commas, with no verb, relative
/// word or name ("…, and in 1991, after a row over the poll tax, he crossed the floor"). A
/// participle opening its own comma-set phrase is an adjunct of the clause, not a clause of its
/// own ("in 2012, angered by the closure of the hospital, she left Labour"), and a connective
/// adverb may open the run ("Instead, in 2012, …").
fn closes_fronted_time(a: &Analysed, si: usize, k: usize) -> bool {
    let s0 = a.seg.sentences[si].tokens.start;
    let p = a.parse(si);
    let mut j = k;
    let mut has_time = false;
    while j > s0 {
        let w = a.w(j - 1);
        if matches!(w, "and" | "but" | ";" | "then") {
            break;
        }
        j -= 1;
        // ("having lost the vote": its auxiliary and participle)
        let participle_adjunct = j > s0
            && (a.w(j - 1) == "," || a.w(j - 1) == "having" && a.w(j.saturating_sub(2)) == ",")
            && matches!(p.xpos[j - s0], "VBN" | "VBG");
        if k - j > 20
            || matches!(p.upos[j - s0], "VERB" | "AUX") && !participle_adjunct
            || matches!(
                w,
                "who" | "which" | "that" | "when" | "whose" | "as" | "while"
            )
            || a.person_at(j).is_some()
        {
            return false;
        }
        has_time |= a.point_timex(j).is_some();
    }
    // ("Instead, in 2012, …": the connective set off at the start)
    if j == s0 && p.upos[j - s0] == "ADV" && a.w(j + 1) == "," && j + 2 < k {
        j += 2;
    }
    // the run opens with a preposition right after the opening ("in 1991", "on Monday")
    has_time && j < k && p.upos[j - s0] == "ADP" && (j == s0 || a.w(j - 1) != "," || j == s0 + 2)
}

/// [`date_value`] for a time in the event's own clause: "now" dates only what is reported as
/// done ("has now quit"), not what "would now" happen.
fn clause_date_value(
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

/// The time of a fronted adverbial that opens the sentence and is closed by a comma ("On 9
/// July 2018, following the resignation of David Davis, Dominic Raab was appointed"): it scopes
/// over the whole main clause, whatever lies between it and the verb. A coordinator may open
/// the sentence ("But in 1983, he took Dunfermline East"), and the time may sit inside the
/// fronted phrase ("In the borough elections on 1 May, X took Castle ward").
fn fronted_date(a: &Analysed, si: usize) -> Option<String> {
    let s = &a.seg.sentences[si];
    let mut k = s.tokens.start;
    if matches!(a.w(k), "but" | "and" | "then" | "yet" | "so") {
        k += 1;
    }
    // "Standing as a Liberal Democrat in 2005, he lost the seat": a participle clause that
    // opens the sentence shares the main clause's time (not "Having stood in 2005, …", which
    // is before it)
    if a.w(k).ends_with("ing") && a.w(k) != "having" && a.raw(k).starts_with(char::is_uppercase) {
        if let Some(v) = time_in_opening_participle(a, si, k) {
            return Some(v);
        }
    }
    let prep = a.w(k);
    if matches!(
        prep,
        "on" | "in" | "at" | "during" | "by" | "earlier" | "later"
    ) {
        k += 1;
    }
    if a.w(k) == "the" && a.point_timex(k).is_none() {
        k += 1;
    }
    let Some(t) = a.point_timex(k) else {
        return (matches!(prep, "in" | "at" | "during"))
            .then(|| time_inside_fronted_phrase(a, si, k))
            .flatten();
    };
    let mut j = k;
    while j < s.tokens.end && a.seg.tokens[j].start < t.end {
        j += 1;
    }
    // ("In June, the deputy mayor …"; or with no comma when the subject follows at once: "In
    // June the deputy mayor, Cllr X, stood down")
    if a.w(j) != "," && !(matches!(a.w(j), "the" | "a" | "an") || a.person_at(j).is_some()) {
        return None;
    }
    date_value(a, t, k)
}

/// The weekdays, lower case.
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// For a day `v` before the paper's, the same weekday after it.
fn next_week_if_past(a: &Analysed, v: &str) -> Option<String> {
    let dct = a.dct?;
    let day: floorcross_model::Date = v.get(..10)?.parse().ok()?;
    if v.len() != 10 || day >= dct {
        return None;
    }
    shift_days(v, 7).filter(|next| next.as_str() > dct.to_string().as_str())
}

/// The one time of a participle clause opening at `k` and closed by a comma, with no other
/// verb, name or time-bounding word in it ("Standing as a Liberal Democrat in 2005,").
fn time_in_opening_participle(a: &Analysed, si: usize, k: usize) -> Option<String> {
    let p = a.parse(si);
    let s0 = a.seg.sentences[si].tokens.start;
    if p.xpos.get(k - s0) != Some(&"VBG") {
        return None;
    }
    time_before_comma(a, si, k + 1, 11, true, |j, w| {
        matches!(
            w,
            "who" | "which" | "that" | "when" | "while" | "and" | "but"
        ) || matches!(p.upos[j - s0], "VERB" | "AUX")
    })
}

/// The time inside a fronted prepositional phrase that runs from `k` to a comma with no
/// name, clause or other time-bounding word in it ("[In] the borough elections on 1 May,").
fn time_inside_fronted_phrase(a: &Analysed, si: usize, k: usize) -> Option<String> {
    time_before_comma(a, si, k, 10, false, |_, w| {
        matches!(
            w,
            "who" | "which" | "that" | "when" | "following" | "as" | "while" | "than"
        )
    })
}

/// The time in the words from `from` to the comma that closes them within `reach` words, when
/// no name, time-bounding word ([`NOT_WHEN`]) or word that `stops` lies between; the first
/// time told, or with `only_one` none when two different times are.
fn time_before_comma(
    a: &Analysed,
    si: usize,
    from: usize,
    reach: usize,
    only_one: bool,
    stops: impl Fn(usize, &str) -> bool,
) -> Option<String> {
    let end = (from + reach).min(a.seg.sentences[si].tokens.end);
    let mut found: Option<(&floorcross_model::Timex, usize)> = None;
    for j in from..end {
        let w = a.w(j);
        if w == "," {
            let (t, at) = found?;
            return date_value(a, t, at);
        }
        if a.person_at(j).is_some() || NOT_WHEN.contains(&w) || stops(j, w) {
            return None;
        }
        if let Some(t) = a.point_timex(j) {
            match found {
                None => found = Some((t, j)),
                Some((f, _)) if only_one && !std::ptr::eq(f, t) => return None,
                Some(_) => {}
            }
        }
    }
    None
}

/// Whether the parse puts the trigger's verb in the present perfect: a "has"/"have" auxiliary
/// on it, or on the verb whose participle clause it heads ("has been sworn in, becoming the new
/// Brexit secretary"; "has emerged victorious, beating off a challenge"), or on the verb it is
/// coordinated with as a past participle.
fn perfect_by_parse(a: &Analysed, si: usize, trigger: &std::ops::Range<usize>) -> bool {
    let s = &a.seg.sentences[si];
    if trigger.start < s.tokens.start || trigger.end > s.tokens.end {
        return false;
    }
    // (no auxiliary "has" in the sentence, no perfect: spare the parse)
    if !s
        .tokens
        .clone()
        .any(|k| matches!(a.w(k), "has" | "have" | "'s" | "'ve"))
    {
        return false;
    }
    let p = a.parse(si);
    let base = s.tokens.start;
    let has_perfect_aux = |v: usize| {
        p.children(v).any(|c| {
            floorcross_syntax::tree::base(p.label(c)) == "aux"
                && matches!(p.lower[c].as_str(), "has" | "have" | "'s" | "'ve")
        })
    };
    trigger.clone().any(|t| {
        // "has officially launched her bid", "has withstood a challenge from Smith": a noun
        // trigger takes the tense of the verb it is the object of
        let mut v = governing_verb(&p, t - base);
        for _ in 0..3 {
            if has_perfect_aux(v) {
                return true;
            }
            let climbs = match floorcross_syntax::tree::base(p.label(v)) {
                "advcl" | "xcomp" => p.xpos[v] == "VBG",
                "conj" => p.xpos[v] == "VBN",
                _ => false,
            };
            match p.head(v) {
                Some(h) if climbs => v = h,
                _ => return false,
            }
        }
        false
    })
}

/// The verb a noun trigger hangs from as its object or subject, or as a phrase inside its
/// object ("launched her bid", "withstood a challenge from Smith", "her bid comes after"); a
/// verb trigger is its own.
fn governing_verb(p: &floorcross_syntax::tree::Parse, mut v: usize) -> usize {
    for _ in 0..2 {
        if !p.upos[v].starts_with("NOUN") {
            break;
        }
        match (floorcross_syntax::tree::base(p.label(v)), p.head(v)) {
            // ("Eagle's leadership bid comes after …": a noun subject of the main verb)
            ("obj" | "nmod" | "compound", Some(h)) => v = h,
            // (not a verb that sets it beside another's: "his defection follows that of Price")
            ("nsubj", Some(h))
                if !matches!(
                    p.lower[h].as_str(),
                    "follows" | "follow" | "mirrors" | "echoes" | "repeats" | "matches"
                ) =>
            {
                v = h
            }
            _ => break,
        }
    }
    v
}

/// Whether the parse puts the trigger's verb in the simple present ("Blair quits as leader",
/// "Ashdown, who steps down after 11 years"): news reports the day's change in that tense.
fn present_by_parse(a: &Analysed, si: usize, trigger: &std::ops::Range<usize>) -> bool {
    let s = &a.seg.sentences[si];
    if trigger.start < s.tokens.start || trigger.end > s.tokens.end {
        return false;
    }
    // ("X is the new MP for Bexley": a copular trigger in the present)
    if matches!(a.w(trigger.start), "is" | "are" | "becomes") {
        return true;
    }
    // a verb trigger in the past tense is no present: spare the parse
    let w = a.w(trigger.start);
    if w.ends_with("ed")
        || matches!(
            w,
            "left"
                | "won"
                | "lost"
                | "stood"
                | "ran"
                | "became"
                | "took"
                | "made"
                | "beat"
                | "held"
                | "went"
                | "gave"
                | "threw"
                | "thrown"
                | "chosen"
                | "chose"
                | "given"
        )
    {
        return false;
    }
    let p = a.parse(si);
    let base = s.tokens.start;
    trigger.clone().any(|t| {
        let v = governing_verb(&p, t - base);
        matches!(p.xpos[v], "VBZ" | "VBP")
            && p.upos[v] == "VERB"
            && !p.children(v).any(|c| {
                matches!(
                    floorcross_syntax::tree::base(p.label(c)),
                    "aux" | "aux:pass"
                )
            })
    })
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

/// An event date from a timex value: the calendar part, or the document date for
/// `PRESENT_REF`; nothing for unresolved or vague values. A bare year that names a general
/// election ("the 2001 and 2005 general elections", "the 1997 landslide") becomes its
/// polling day.
pub(crate) fn date_value(a: &Analysed, t: &floorcross_model::Timex, k: usize) -> Option<String> {
    let value = t.value.as_str();
    if year_modifies_a_thing(a, t) {
        return None;
    }
    if value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit()) {
        let s_end = a.seg.sentences[a.sentence_of(k)].tokens.end;
        let after = a.seg.tokens.partition_point(|tok| tok.end <= t.end);
        let names_election = (after..(after + 5).min(s_end))
            .take_while(|&j| !matches!(a.w(j), "," | "." | ";"))
            .any(|j| matches!(a.w(j), "election" | "elections" | "landslide" | "poll"))
            && (after..(after + 5).min(s_end)).any(|j| matches!(a.w(j), "general" | "landslide"));
        if names_election {
            if let Some(day) = crate::polling_day(value) {
                return Some(day);
            }
        }
    }
    // "the general election in May 2010": the polling day, when the month is right
    if value.len() == 7 && value.as_bytes()[4] == b'-' {
        let first = a.seg.tokens.partition_point(|tok| tok.end <= t.start);
        let s0 = a.seg.sentences[a.sentence_of(k)].tokens.start;
        let named = (first.saturating_sub(4).max(s0)..first)
            .any(|j| a.w(j) == "election" && a.w(j.wrapping_sub(1)) == "general");
        if named {
            if let Some(day) = crate::polling_day(&value[..4]).filter(|d| d.starts_with(value)) {
                return Some(day);
            }
        }
    }
    if value == "PRESENT_REF" {
        return a.dct.map(|d| d.to_string());
    }
    // "the third to switch in the past year": the twelve months to the paper's day, not the
    // calendar year before it ("last year" is that year)
    let lower = t.text.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "the past year" | "the last year" | "the past 12 months" | "the last 12 months"
    ) {
        return None;
    }
    if value.starts_with('X') || value.ends_with("_REF") || value.starts_with('P') {
        return None;
    }
    // ("quit the party a week later", with no time told before: counted from nothing the text
    // dates, the engine counts from the paper's day, which a time "later" cannot follow)
    if lower.ends_with(" later") {
        if let Some(d) = a.dct.map(|d| d.to_string()) {
            let v = value.split('T').next().unwrap_or(value);
            let week_after = v.contains("-W") && {
                let today = a.dct.map(|d| d.iso_week_date().week()).unwrap_or(0);
                v.get(..4) == d.get(..4)
                    && v.get(6..8)
                        .and_then(|w| w.parse::<i8>().ok())
                        .is_some_and(|w| w > today)
            };
            if week_after || v.len() >= 7 && !v.contains('W') && v > &d[..v.len().min(10)] {
                return None;
            }
        }
    }
    let v = value.split('T').next().unwrap_or(value);
    if !(v.len() >= 4 && v.as_bytes()[..4].iter().all(u8::is_ascii_digit)) {
        return None;
    }
    if let Some(year) = narrative_year(a, t, k) {
        // ("in December that year": the month told right before "that year" is its month)
        let month = a
            .timexes
            .iter()
            .rev()
            .find(|x| x.end <= t.start)
            .filter(|x| {
                a.text
                    .get(x.end..t.start)
                    .is_some_and(|g| g.trim().is_empty())
            })
            .map(|x| x.value.as_str())
            .filter(|m| m.len() == 7 && m.as_bytes()[4] == b'-' && v.len() == 4);
        if let Some(m) = month {
            return Some(format!("{year}{}", &m[4..]));
        }
        return Some(calendar_precision(&format!("{year}{}", &v[4..])));
    }
    Some(calendar_precision(v))
}

/// "one of the 2016 intake", "his 2015 manifesto": a bare year between a determiner and a
/// noun that is no contest dates that thing (its members, its document), not a change told
/// beside it ("the 2015 general election", "the 2017 snap poll" do date one).
fn year_modifies_a_thing(a: &Analysed, t: &floorcross_model::Timex) -> bool {
    if !(t.value.len() == 4 && t.text.len() == 4 && t.value.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    let first = a.seg.tokens.partition_point(|tok| tok.end <= t.start);
    let after = a.seg.tokens.partition_point(|tok| tok.end <= t.end);
    let determiner = first > 0
        && (matches!(
            a.w(first - 1),
            "the" | "his" | "her" | "their" | "its" | "our" | "my"
        ) || matches!(a.w(first - 1), "'s" | "’s"));
    let lower_noun = |j: usize| a.is_word(j) && a.raw(j).chars().all(|c| c.is_ascii_lowercase());
    let contest = (after..after + 3).take_while(|&j| lower_noun(j)).any(|j| {
        matches!(
            a.w(j),
            "election"
                | "elections"
                | "by-election"
                | "poll"
                | "polls"
                | "vote"
                | "contest"
                | "race"
                | "campaign"
                | "referendum"
                | "reshuffle"
                | "leadership"
                | "ballot"
                | "count"
                | "selection"
                | "defection"
                | "defections"
                | "split"
                | "landslide"
                | "victory"
                | "defeat"
                | "win"
        )
    });
    // ("the 2001 and 2005 general elections": a year coordinated with the next, which the
    // noun after both is judged by)
    let coordinated = matches!(a.w(after), "and" | "or")
        && a.seg
            .tokens
            .get(after + 1)
            .is_some_and(|t| t.kind == floorcross_text::TokenKind::Number);
    determiner && lower_noun(after) && !coordinated && !contest
}

/// The year of a month named with an anaphoric "that" ("That October he crossed the floor",
/// "in June that year", "that year"): the year a time of the two sentences before it (or
/// earlier in its own) names outright, when that year is before the paper's. A bare month ("in May", "on 29 July")
/// is the paper's year, as news tells it, even after a time years back: a rule that read those
/// in the story's last named year made 23 of 26 changed dates wrong on the tuning sets.
fn narrative_year<'a>(a: &'a Analysed, t: &floorcross_model::Timex, k: usize) -> Option<&'a str> {
    let dct = a.dct?;
    let lower = t.text.to_ascii_lowercase();
    let first = a.seg.tokens.partition_point(|tok| tok.end <= t.start);
    let after = a.text.get(t.end..).unwrap_or("");
    let anaphoric = matches!(
        lower.as_str(),
        "that year" | "the same year" | "that same year"
    ) || first > 0 && a.w(first - 1) == "that"
        || after
            .get(..10)
            .is_some_and(|x| x.eq_ignore_ascii_case(" that year"));
    let value = t.value.as_str();
    if !anaphoric || !matches!(value.len(), 4 | 7 | 10) {
        return None;
    }
    let si = a.sentence_of(k);
    let from = a.seg.sentences[si.saturating_sub(2)].span.start;
    // the latest time told before this one, back to two sentences before
    let before = a
        .timexes
        .iter()
        .rev()
        .filter(|x| x.end <= t.start && x.start >= from)
        // ("in December that year": the month is part of this phrase, not the time before it)
        .filter(|x| {
            !a.text
                .get(x.end..t.start)
                .is_some_and(|g| g.trim().is_empty())
        })
        .find(|x| {
            matches!(
                x.kind,
                floorcross_model::TimexType::Date | floorcross_model::TimexType::Time
            )
        })?;
    let named = before
        .text
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 4)?;
    let year = before.value.get(..4).filter(|y| *y == named)?;
    (year < &dct.to_string()[..4] && year != &value[..4]).then_some(year)
}

/// An event's date is a calendar date at the precision the text gives (`YYYY`, `YYYY-MM`,
/// `YYYY-MM-DD`): a week ("last week", `2018-W10`) or weekend (`2018-W10-WE`) is the month it
/// lies in, or the year when it straddles two months; a season, quarter or half (`2017-SP`,
/// `2018-Q1`) is its year.
pub(crate) fn calendar_precision(v: &str) -> String {
    let year = &v[..4];
    let Some(rest) = v.get(5..) else {
        return v.to_string();
    };
    if let Some(week) = rest.strip_prefix('W') {
        let (num, weekend) = match week.split_once('-') {
            Some((n, "WE")) => (n, true),
            Some(_) => return year.to_string(),
            None => (week, false),
        };
        let days = (|| {
            let y: i16 = year.parse().ok()?;
            let w: i8 = num.parse().ok()?;
            let first = if weekend {
                jiff::civil::Weekday::Saturday
            } else {
                jiff::civil::Weekday::Monday
            };
            let start = jiff::civil::ISOWeekDate::new(y, w, first).ok()?.date();
            let end = jiff::civil::ISOWeekDate::new(y, w, jiff::civil::Weekday::Sunday)
                .ok()?
                .date();
            Some((start, end))
        })();
        return match days {
            Some((s, e)) if s.year() == e.year() && s.month() == e.month() => {
                format!("{:04}-{:02}", s.year(), s.month())
            }
            Some((s, e)) if s.year() == e.year() => format!("{:04}", s.year()),
            _ => year.to_string(),
        };
    }
    // a month or a day keeps its value; anything else after the year is coarser than a month
    let month_like = rest.len() >= 2 && rest.as_bytes()[..2].iter().all(u8::is_ascii_digit);
    if month_like {
        v.to_string()
    } else {
        year.to_string()
    }
}
