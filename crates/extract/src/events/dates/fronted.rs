//! The time of a fronted adverbial that opens the sentence and scopes over its main clause:
//! a time closed by a comma, one inside a fronted prepositional phrase, or the one time of an
//! opening participle clause.

use super::*;

/// The time of a fronted adverbial that opens the sentence and is closed by a comma ("On 9
/// July 2018, following the resignation of David Davis, Dominic Raab was appointed"): it scopes
/// over the whole main clause, whatever lies between it and the verb. A coordinator may open
/// the sentence ("But in 1983, he took Dunfermline East"), and the time may sit inside the
/// fronted phrase ("In the borough elections on 1 May, X took Castle ward").
pub(super) fn fronted_date(a: &Analysed, si: usize) -> Option<String> {
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
