//! Calendar arithmetic and TIMEX3 spelling shared by the resolvers: dates from parts,
//! days and months added, ISO weeks, quarters, seasons, and the season and part-of-day
//! codes.

use jiff::civil::{Date, Weekday};

use super::{Anchor, Gran};

pub(super) const SEASONS: [&str; 5] = ["", "SP", "SU", "FA", "WI"];
pub(super) const PODS: [&str; 6] = ["", "MO", "AF", "EV", "NI", "DT"];

pub(super) fn wd_num(w: Weekday) -> i8 {
    w.to_monday_one_offset()
}

pub(super) fn ymd(y: i32, m: u8, d: u8) -> Option<Date> {
    let y = i16::try_from(y).ok()?;
    Date::new(y, m as i8, d as i8).ok()
}

pub(super) fn fmt_day(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

pub(super) fn fmt_week(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

pub(super) fn quarter_of(d: Date) -> u8 {
    ((d.month() - 1) / 3 + 1) as u8
}

pub(super) fn season_of(d: Date) -> (i32, u8) {
    let y = d.year() as i32;
    match d.month() {
        3..=5 => (y, 1),
        6..=8 => (y, 2),
        9..=11 => (y, 3),
        12 => (y, 4),
        _ => (y - 1, 4),
    }
}

pub(super) fn add_days(d: Date, n: i64) -> Option<Date> {
    let span = jiff::Span::new().try_days(n).ok()?;
    d.checked_add(span).ok()
}

pub(super) fn add_months(d: Date, n: i64) -> Option<Date> {
    let span = jiff::Span::new().try_months(n).ok()?;
    d.checked_add(span).ok()
}

pub(super) fn anchor_of(date: Date, gran: Gran) -> Option<Anchor> {
    Some(Anchor { date, gran })
}
