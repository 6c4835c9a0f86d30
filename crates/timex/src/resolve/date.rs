//! The date part of a value: a quarter, half, season, holiday, weekday, month or year
//! (its year inferred when the text gives none), a relative expression, or the day a bare
//! clock time falls on.

use super::calendar::{add_months, anchor_of, fmt_day, fmt_week, quarter_of, wd_num, ymd, SEASONS};
use super::named::holiday;
use super::occurrence::{infer_year, season_year, weekday_date};
use super::relative::relative;
use super::sem::{Sem, Unit};
use super::{Anchor, Ctx, Gran, Tense};

pub(super) fn date_part(s: &Sem, c: &Ctx) -> (String, Option<Anchor>) {
    let dct = c.dct;
    // Year from an explicit year or a relative year ("this year's third quarter").
    // ("in March the following year": counted from the narrative's year when it has one)
    let rel_year = || -> Option<i32> {
        if s.unit == Some(Unit::Y) {
            let n = s.rel?.v? as i32;
            let base = match narrative_anchor(s, c) {
                Some(a) => a.date.year() as i32,
                None => dct?.year() as i32,
            };
            Some(base + n)
        } else {
            None
        }
    };
    if let Some(q) = s.q {
        let y = s.y.or_else(rel_year).or_else(|| {
            let d = dct?;
            let cq = quarter_of(d);
            let y = d.year() as i32;
            // A quarter not yet begun, in a past clause, is last year's ("announced a drop
            // in profits for the fourth quarter" in January).
            Some(if q > cq && c.tense == Tense::Past {
                y - 1
            } else {
                y
            })
        });
        return match y {
            Some(y) => (
                format!("{y:04}-Q{q}"),
                ymd(y, (q - 1) * 3 + 1, 1).and_then(|d| anchor_of(d, Gran::Quarter)),
            ),
            None => (format!("XXXX-Q{q}"), None),
        };
    }
    if let Some(h) = s.half {
        let y = s.y.or_else(|| dct.map(|d| d.year() as i32));
        return match y {
            Some(y) => (format!("{y:04}-H{h}"), None),
            None => (format!("XXXX-H{h}"), None),
        };
    }
    if let Some(se) = s.season {
        let code = SEASONS[se as usize];
        // "the following spring", "that autumn": counted from the period the narrative is
        // on, when it is on one.
        let anchored = anchored_year(s, c, |d, dir| season_year(se, d, dir, c.tense));
        let y =
            s.y.or_else(rel_year)
                .or(anchored)
                .or_else(|| dct.map(|d| season_year(se, d, unanchored_dir(s), c.tense)));
        // A season of a year told ("the summer of 1999", "last spring") puts the narrative in
        // that year.
        let told = s.y.is_some() || !s.from_anchor && s.dir.is_some();
        let anchor = y
            .filter(|_| told)
            .and_then(|y| ymd(y, 1, 1))
            .and_then(|d| anchor_of(d, Gran::Year));
        return match y {
            Some(y) => (format!("{y:04}-{code}"), anchor),
            None => (format!("XXXX-{code}"), None),
        };
    }
    if let Some(h) = &s.hol {
        let y = match (s.y, dct) {
            (Some(y), _) => Some(y),
            (None, Some(d)) => {
                // Nearest occurrence, leaning on tense.
                let mut best: Option<(i64, i32)> = None;
                for y in [d.year() as i32 - 1, d.year() as i32, d.year() as i32 + 1] {
                    if let Some(h) = holiday(h, y) {
                        let diff = (h - d).get_days() as i64;
                        let cost = match c.tense {
                            Tense::Past if diff > 0 => diff + 10_000,
                            Tense::Future | Tense::Forward if diff < 0 => -diff + 10_000,
                            _ => diff.abs(),
                        };
                        if best.is_none_or(|b| cost < b.0) {
                            best = Some((cost, y));
                        }
                    }
                }
                best.map(|b| b.1)
            }
            _ => None,
        };
        return match y.and_then(|y| holiday(h, y)) {
            Some(d) => (fmt_day(d), anchor_of(d, Gran::Day)),
            None => ("XXXX-XX-XX".to_string(), None),
        };
    }
    if let Some(wd) = s.wd {
        if let Some(d) = s.d {
            // "Monday the 12th": the nearest month where the 12th is a Monday.
            if let Some(dct) = dct {
                for off in [0i64, -1, 1, -2, 2] {
                    if let Some(base) = add_months(dct, off) {
                        if let Some(x) = ymd(base.year() as i32, base.month() as u8, d) {
                            if wd_num(x.weekday()) as u8 == wd {
                                return (fmt_day(x), anchor_of(x, Gran::Day));
                            }
                        }
                    }
                }
                let y = infer_year(dct.month() as u8, Some(d), dct, c.tense, None);
                if let Some(x) = ymd(y, dct.month() as u8, d) {
                    return (fmt_day(x), anchor_of(x, Gran::Day));
                }
            }
            return (format!("XXXX-XX-{d:02}"), None);
        }
        let Some(dct) = dct else {
            return if s.unit == Some(Unit::WE) {
                ("XXXX-WXX-WE".to_string(), None)
            } else {
                (format!("XXXX-WXX-{wd}"), None)
            };
        };
        // "the previous Friday": the Friday before the day the narrative is on.
        let base = match c.anchor {
            Some(a) if s.from_anchor && a.gran == Gran::Day => a.date,
            _ => dct,
        };
        let date = match weekday_date(wd, base, s.dir, c.tense) {
            Some(d) => d,
            None => return (format!("XXXX-WXX-{wd}"), None),
        };
        if s.unit == Some(Unit::WE) {
            return (format!("{}-WE", fmt_week(date)), None);
        }
        return (fmt_day(date), anchor_of(date, Gran::Day));
    }
    if let Some(m) = s.m {
        // "the following March": the first March after the period the narrative is on.
        let anchored = anchored_year(s, c, |d, dir| infer_year(m, s.d, d, c.tense, dir));
        let y =
            s.y.or_else(rel_year)
                .or(anchored)
                .or_else(|| dct.map(|d| infer_year(m, s.d, d, c.tense, unanchored_dir(s))));
        return match (y, s.d) {
            (Some(y), Some(d)) => match ymd(y, m, d) {
                Some(x) => (fmt_day(x), anchor_of(x, Gran::Day)),
                None => (format!("{y:04}-{m:02}"), None),
            },
            (Some(y), None) => (
                format!("{y:04}-{m:02}"),
                ymd(y, m, 1).and_then(|d| anchor_of(d, Gran::Month)),
            ),
            (None, Some(d)) => (format!("XXXX-{m:02}-{d:02}"), None),
            (None, None) => (format!("XXXX-{m:02}"), None),
        };
    }
    if let Some(y) = s.y {
        if s.qof {
            return match c.quarter {
                Some((_, q)) if !c.ytd => (format!("{y:04}-Q{q}"), None),
                _ => (format!("{y:04}"), None),
            };
        }
        if s.yearend {
            return (format!("{y:04}"), None);
        }
        return (
            format!("{y:04}"),
            ymd(y, 1, 1).and_then(|d| anchor_of(d, Gran::Year)),
        );
    }
    if let (Some(a), Some(u)) = (s.rel, s.unit) {
        return relative(s, a, u, c);
    }
    if s.clock.is_some() || s.pod.is_some() {
        // A bare clock time in a past clause, when the narrative is on another day: that
        // day ("He was shot on Oct. 23 ... at 10 p.m."). Otherwise the document date.
        if let Some(a) = c.anchor {
            if s.clock.is_some() && c.tense == Tense::Past && a.gran == Gran::Day {
                return (fmt_day(a.date), None);
            }
        }
        return match dct {
            Some(d) => (fmt_day(d), None),
            None => (String::new(), None),
        };
    }
    ("XXXX".to_string(), None)
}

/// The anchor a rule counting from the narrative ("the following March", "that autumn")
/// counts from, when the text has set one.
fn narrative_anchor(s: &Sem, c: &Ctx) -> Option<Anchor> {
    if s.from_anchor {
        c.anchor
    } else {
        None
    }
}

/// The year of a month or season counted from the narrative's anchor: a year told is the one
/// before, of or after it by the rule's direction; a finer anchor is the day the month's or
/// season's own reckoning (`within`) counts from, in that direction ("this" when none).
fn anchored_year(
    s: &Sem,
    c: &Ctx,
    within: impl Fn(floorcross_model::Date, Option<i8>) -> i32,
) -> Option<i32> {
    narrative_anchor(s, c).map(|a| match a.gran {
        Gran::Year => a.date.year() as i32 + i32::from(s.dir.unwrap_or(0)),
        _ => within(a.date, s.dir.or(Some(0))),
    })
}

/// The direction a rule counting from the narrative takes from the paper's day when the text
/// has set no anchor: "that March" with nothing told before is read by its tense alone.
fn unanchored_dir(s: &Sem) -> Option<i8> {
    if s.from_anchor && s.dir == Some(0) {
        None
    } else {
        s.dir
    }
}
