//! Which occurrence a month, weekday or season without a year means: the year or the
//! day chosen by an explicit direction ("last", "next") or else by the clause's tense.

use jiff::civil::Date;

use super::calendar::{add_days, season_of, wd_num, ymd};
use super::Tense;

/// The year a month (and day) without a year refers to.
pub(super) fn infer_year(m: u8, d: Option<u8>, dct: Date, tense: Tense, dir: Option<i8>) -> i32 {
    let y0 = dct.year() as i32;
    let dm = dct.month() as u8;
    match dir {
        Some(-1) => return if m < dm { y0 } else { y0 - 1 },
        Some(1) => return if m > dm { y0 } else { y0 + 1 },
        Some(_) => return y0,
        None => {}
    }
    if let Some(d) = d {
        // Closest of the three candidate years, weighed by tense: a past clause makes a
        // later date four times as far, a future clause an earlier one. Without a cue a
        // later date counts half as far again (news mostly reports what happened: "since
        // the Oct. 23 slaying" in May is last October's).
        let mut best = (i64::MAX, y0);
        for y in [y0 - 1, y0, y0 + 1] {
            if let Some(c) = ymd(y, m, d.clamp(1, 28)) {
                let diff = (c - dct).get_days() as i64;
                let cost = match tense {
                    Tense::Past if diff > 0 => diff * 4,
                    Tense::Future | Tense::Forward if diff < 0 => -diff * 4,
                    Tense::Unknown if diff > 0 => diff * 3 / 2,
                    _ => diff.abs(),
                };
                if cost < best.0 {
                    best = (cost, y);
                }
            }
        }
        return best.1;
    }
    // Months ahead of the document month, counting across the new year (0..=11).
    let ahead = (m as i32 - dm as i32).rem_euclid(12);
    let next = |a: i32| if m >= dm { y0 } else { y0 + a };
    match tense {
        Tense::Future => {
            // Up to two months back stays this year ("will report on the March figures").
            if ahead >= 10 && m < dm {
                y0
            } else {
                next(1)
            }
        }
        Tense::Forward => next(1),
        // A past clause ("lost the whip in March", written in January) means the last such
        // month at or before the document month.
        Tense::Past => {
            if m <= dm {
                y0
            } else {
                y0 - 1
            }
        }
        // News mostly reports what happened: without a cue, look back (allowing the next two
        // months, which reports often announce).
        Tense::Unknown => {
            if ahead == 0 || ahead > 2 {
                if m <= dm {
                    y0
                } else {
                    y0 - 1
                }
            } else {
                next(1)
            }
        }
    }
}

pub(super) fn weekday_date(wd: u8, dct: Date, dir: Option<i8>, tense: Tense) -> Option<Date> {
    let cur = wd_num(dct.weekday()) as i64;
    let wd = wd as i64;
    let back = (cur - wd).rem_euclid(7);
    let fwd = (wd - cur).rem_euclid(7);
    let off = match dir {
        Some(-1) => -(if back == 0 { 7 } else { back }),
        Some(1) => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        Some(_) => wd - cur,
        None => match tense {
            Tense::Future => {
                if fwd == 0 {
                    7
                } else {
                    fwd
                }
            }
            Tense::Forward => fwd,
            _ => -back,
        },
    };
    add_days(dct, off)
}

pub(super) fn season_year(season: u8, dct: Date, dir: Option<i8>, tense: Tense) -> i32 {
    let (cy, cs) = season_of(dct);
    let key = |y: i32, s: u8| y * 4 + s as i32;
    let cur = key(cy, cs);
    let same = key(cy, season);
    let pick_past = |strict: bool| {
        if same < cur || (!strict && same == cur) {
            cy
        } else {
            cy - 1
        }
    };
    let pick_future = |strict: bool| {
        if same > cur || (!strict && same == cur) {
            cy
        } else {
            cy + 1
        }
    };
    match dir {
        Some(-1) => pick_past(true),
        Some(1) => pick_future(true),
        Some(_) => dct.year() as i32,
        None => match tense {
            Tense::Future | Tense::Forward => pick_future(false),
            Tense::Past => pick_past(false),
            Tense::Unknown => cy,
        },
    }
}
