//! From a rule's fields to a TIMEX3 value: building the semantic record ([`Sem`]) and
//! resolving it against the document date, the narrative anchor and the clause's tense.
//! This module holds the resolution context and the entry point; the parts of a value are
//! decided in `sem` (the record), `date` (named periods), `occurrence` (which year or week
//! a bare month, weekday or season is), `relative` (counted from an anchor), `named`
//! (holidays and elections) and `duration`, on the arithmetic `calendar` shares.

mod calendar;
mod date;
mod duration;
mod named;
mod occurrence;
mod relative;
mod sem;

use jiff::civil::Date;

use calendar::PODS;
use date::date_part;
use duration::duration;
use named::elect;

pub use named::UK_GENERAL_ELECTIONS;
pub use sem::{build, Sem, Unit};

/// The tense of the clause around an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Unknown,
    /// After a deadline word ("until Tuesday", "as soon as Monday", "by February"): the
    /// first such day or month on or after the document date.
    Forward,
}

/// Granularity of an anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Gran {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

/// The narrative anchor: the last absolute date the text mentioned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Anchor {
    pub date: Date,
    pub gran: Gran,
}

/// Resolution context.
#[derive(Clone, Copy, Debug)]
pub struct Ctx {
    pub dct: Option<Date>,
    pub anchor: Option<Anchor>,
    /// The last quarter the text named (year, quarter), for "the quarter", "a year earlier".
    pub quarter: Option<(i32, u8)>,
    /// The report has moved from the quarter to a longer period ("For the nine months, net
    /// was ... a year earlier"): "a year earlier", "the 1988 period" are years again.
    pub ytd: bool,
    pub tense: Tense,
}

/// Resolves `s`; returns the value and, when it names a definite period, the new anchor.
pub fn resolve(s: &Sem, c: &Ctx) -> (String, Option<Anchor>) {
    if let Some(l) = &s.lit {
        return (l.clone(), None);
    }
    if let Some(a) = s.dur {
        let u = s.unit.unwrap_or(Unit::X);
        return (duration(a, u, s.plushalf, s.dur2), None);
    }
    if let Some(e) = s.elect {
        return elect(e, c);
    }
    if s.qonly && c.quarter.is_none() {
        return (String::new(), None);
    }
    if let Some(dec) = s.decade {
        return (format!("{dec:03}"), None);
    }
    if let Some(cent) = s.century {
        return (format!("{cent:02}"), None);
    }
    if let Some(fy) = s.fy {
        return (format!("FY{fy:04}"), None);
    }
    let time_part = if let Some((h, m)) = s.clock {
        format!("T{h:02}:{m:02}")
    } else if let Some(p) = s.pod {
        format!("T{}", PODS.get(p as usize).unwrap_or(&"XX"))
    } else {
        String::new()
    };
    let (date, anchor) = date_part(s, c);
    if time_part.is_empty() {
        return (date, anchor);
    }
    // A time needs a day; at coarser granularity keep the date part alone.
    let day_like = date.len() == 10 && date.as_bytes().get(4) == Some(&b'-');
    if day_like {
        (format!("{date}{time_part}"), anchor)
    } else if date.is_empty() {
        (format!("XXXX-XX-XX{time_part}"), None)
    } else {
        (date, anchor)
    }
}
