//! Named days: holidays (fixed dates, the n-th weekday of a month, Easter and the days
//! around it) and UK general elections ("the 2017 election", "the last election").

use jiff::civil::Date;

use super::calendar::{add_days, fmt_day, wd_num, ymd};
use super::sem::Elect;
use super::{Anchor, Ctx, Gran};

/// UK general elections since 1945 (polling day), from the shared election table
/// (`floorcross_model::elections`). 1974 had two and stays a year.
pub static UK_GENERAL_ELECTIONS: std::sync::LazyLock<Vec<(i32, u8, u8)>> =
    std::sync::LazyLock::new(|| {
        floorcross_model::elections::of_body(floorcross_model::elections::HOUSE_OF_COMMONS)
            .map(|e| e.polling)
            .collect()
    });

fn easter(y: i32) -> Option<Date> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(y, month as u8, day as u8)
}

/// The n-th (1-based) weekday `wd` of a month.
fn nth_weekday(y: i32, m: u8, wd: i8, n: i64) -> Option<Date> {
    let first = ymd(y, m, 1)?;
    let off = (wd - wd_num(first.weekday()) + 7) % 7;
    add_days(first, off as i64 + 7 * (n - 1))
}

pub(super) fn holiday(name: &str, y: i32) -> Option<Date> {
    match name {
        "xmas" => ymd(y, 12, 25),
        "xmaseve" => ymd(y, 12, 24),
        "boxing" => ymd(y, 12, 26),
        "newyear" => ymd(y, 1, 1),
        "newyeareve" => ymd(y, 12, 31),
        "valentine" => ymd(y, 2, 14),
        "halloween" => ymd(y, 10, 31),
        "bonfire" => ymd(y, 11, 5),
        "armistice" => ymd(y, 11, 11),
        "july4" => ymd(y, 7, 4),
        "thanksgiving" => nth_weekday(y, 11, 4, 4),
        "remembrance" => nth_weekday(y, 11, 7, 2),
        "uselection" => nth_weekday(y, 11, 1, 1).and_then(|d| add_days(d, 1)),
        "easter" => easter(y),
        "goodfriday" => easter(y).and_then(|d| add_days(d, -2)),
        "eastermonday" => easter(y).and_then(|d| add_days(d, 1)),
        _ => None,
    }
}

pub(super) fn elect(e: Elect, c: &Ctx) -> (String, Option<Anchor>) {
    let day = match e {
        Elect::Year(y) => {
            let hits: Vec<_> = UK_GENERAL_ELECTIONS.iter().filter(|x| x.0 == y).collect();
            if hits.len() == 1 {
                ymd(hits[0].0, hits[0].1, hits[0].2)
            } else {
                return (
                    format!("{y:04}"),
                    ymd(y, 1, 1).map(|date| Anchor {
                        date,
                        gran: Gran::Year,
                    }),
                );
            }
        }
        Elect::Last => match c.dct {
            Some(dct) => UK_GENERAL_ELECTIONS
                .iter()
                .rev()
                .filter_map(|x| ymd(x.0, x.1, x.2))
                .find(|d| *d < dct),
            None => None,
        },
    };
    match day {
        Some(d) => (
            fmt_day(d),
            Some(Anchor {
                date: d,
                gran: Gran::Day,
            }),
        ),
        None => ("PAST_REF".to_string(), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_dates() {
        assert_eq!(easter(2019).map(fmt_day).as_deref(), Some("2019-04-21"));
        assert_eq!(easter(2000).map(fmt_day).as_deref(), Some("2000-04-23"));
    }
}
