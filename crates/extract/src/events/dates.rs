//! When an event happened: the time expression of its own clause (not a relative
//! clause's, not another verb's), the paper's day for the present perfect and headlines.
//! A time the document tells elsewhere (the next sentence, a reshuffle's lede, a polling
//! day) is `elsewhere`'s.
//!
//! [`event_date`] chooses the time and then adjusts it. Which time in the clause dates the
//! event is `clause`'s, helped by `fronted` (a time that opens the sentence), `attached` (a
//! time the parse hangs from the trigger's verb) and `tense` (a present perfect or present
//! that the paper's day dates); where the clause ends is `boundary`'s; what calendar value a
//! time expression gives is `value`'s; moving a weekday or month the engine resolved on the
//! wrong side of the paper's day is `adjust`'s.

use super::*;
use crate::merge::days_before;

pub(crate) mod adjust;
mod attached;
mod boundary;
mod clause;
mod elsewhere;
mod fronted;
mod tense;
mod value;

use adjust::*;
use attached::*;
pub(crate) use boundary::*;
pub(crate) use clause::*;
pub(crate) use elsewhere::*;
use fronted::*;
use tense::*;
pub(crate) use value::*;

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
    let date = last_before_paper_if_past(a, si, trigger, modality, date);
    Some(eve_of(a, si, trigger, &date).unwrap_or(date))
}

/// "crossed the floor on Monday, on the eve of the vote that made X leader": what the eve is of
/// happens the day after the eve, a day the sentence tells before "the eve of". The change's
/// date when its trigger sits in that "eve of" phrase and was given the eve's own day.
fn eve_of(a: &Analysed, si: usize, trigger: &std::ops::Range<usize>, date: &str) -> Option<String> {
    let s0 = a.seg.sentences[si].tokens.start;
    let eve = (trigger.start.saturating_sub(8).max(s0)..trigger.start)
        .find(|&k| a.w(k) == "eve" && a.w(k + 1) == "of")?;
    if (eve..trigger.start).any(|k| matches!(a.w(k), "," | ";" | "and" | "but")) {
        return None;
    }
    // (a part of a day, "this morning", is its day)
    let told = (s0..eve)
        .filter_map(|k| a.point_timex(k))
        .filter_map(|t| t.value.get(..10))
        .find(|v| v.as_bytes().get(4) == Some(&b'-') && v.as_bytes().get(7) == Some(&b'-'))?;
    (date.get(..10) == Some(told))
        .then(|| adjust::shift_days(told, 1))
        .flatten()
}
