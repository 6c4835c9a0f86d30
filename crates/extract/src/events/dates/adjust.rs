//! Adjusting a date the engine resolved against the paper's day: a bare weekday of a change
//! still to come read forwards, one or a yearless month of a change in the simple past read
//! back to the last before the paper, and whether a date lies wholly before the paper's day.

use super::*;

/// A bare weekday the engine put before the paper's day, dating a change still to come ("is
/// expected to quit Labour on Monday"), is the next such day: the spec reads a weekday in a
/// future clause forwards.
pub(super) fn next_weekday_if_planned(
    a: &Analysed,
    si: usize,
    modality: Modality,
    date: String,
) -> String {
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
pub(super) fn last_before_paper_if_past(
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
pub(crate) fn shift_days(date: &str, days: i64) -> Option<String> {
    let d: floorcross_model::Date = date.get(..10)?.parse().ok()?;
    d.checked_add(jiff::Span::new().days(days))
        .ok()
        .map(|d| d.to_string())
}

/// Whether the date `v` (at its own precision) lies wholly before the paper's day `day`: a
/// day before it, or a month or year that ends before it.
pub(super) fn before_paper(v: &str, day: &str) -> bool {
    match v.len() {
        10 => v < day,
        7 => v < &day[..7],
        4 => v < &day[..4],
        _ => false,
    }
}

/// The weekdays, lower case.
pub(super) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// For a day `v` before the paper's, the same weekday after it.
pub(super) fn next_week_if_past(a: &Analysed, v: &str) -> Option<String> {
    let dct = a.dct?;
    let day: floorcross_model::Date = v.get(..10)?.parse().ok()?;
    if v.len() != 10 || day >= dct {
        return None;
    }
    shift_days(v, 7).filter(|next| next.as_str() > dct.to_string().as_str())
}
