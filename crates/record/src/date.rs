//! Dates at the precision a source gives: a year, a month or a day.
//!
//! Main type: [`PartialDate`]. A partial date stands for the range of days it covers
//! (`2017-01` is 1 to 31 January 2017); two dates agree when their ranges meet.
//!
//! ```
//! use floorcross_record::date::PartialDate;
//! let d: PartialDate = "2017-01".parse().unwrap();
//! assert!(d.agrees(&"2017-01-20".parse().unwrap()));
//! assert_eq!("2019-02-18".parse::<PartialDate>().unwrap().day_before().to_string(), "2019-02-17");
//! ```

use std::fmt;
use std::str::FromStr;

/// A calendar date known to the year, the month or the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

use crate::RecordError;

/// The error for a string that is not a date.
fn bad_date(s: &str) -> RecordError {
    RecordError::new(
        None,
        format!("unknown date format {s:?} (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
    )
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => {
            if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 {
                29
            } else {
                28
            }
        }
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn day_number(year: i32, month: u8, day: u8) -> i32 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = month as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The date of a day number (inverse of [`day_number`]).
pub fn from_day_number(z: i32) -> (i32, u8, u8) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

impl PartialDate {
    pub fn ymd(year: i32, month: u8, day: u8) -> PartialDate {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    pub fn from_day(day: i32) -> PartialDate {
        let (y, m, d) = from_day_number(day);
        PartialDate::ymd(y, m, d)
    }

    /// Reads `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a date-time whose date part is one of those
    /// (`2019-02-12T11:00`, TIMEX3 `2019-02-12TMO`). Anything else is a [`RecordError`].
    pub fn parse_prefix(s: &str) -> Result<PartialDate, RecordError> {
        let s = s.trim();
        let date_part = s.split('T').next().unwrap_or("");
        let bad = || bad_date(s);
        let parts: Vec<&str> = date_part.split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32, RecordError> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        if parts.is_empty() || parts.len() > 3 {
            return Err(bad());
        }
        if s.contains('T') && parts.len() != 3 {
            return Err(bad());
        }
        let year = num(parts[0], 4)? as i32;
        let month = match parts.get(1) {
            Some(p) => {
                let m = num(p, 2)?;
                if !(1..=12).contains(&m) {
                    return Err(bad());
                }
                Some(m as u8)
            }
            None => None,
        };
        let day = match parts.get(2) {
            Some(p) => {
                let d = num(p, 2)?;
                if d == 0 || d > days_in_month(year, month.unwrap_or(1)) as u32 {
                    return Err(bad());
                }
                Some(d as u8)
            }
            None => None,
        };
        Ok(PartialDate { year, month, day })
    }

    /// Like [`PartialDate::parse_prefix`], but `None` for anything that is not a date
    /// (TIMEX3 values such as `PRESENT_REF`, `P3Y`, `XXXX-WXX-1`).
    pub fn from_timex(s: &str) -> Option<PartialDate> {
        PartialDate::parse_prefix(s).ok()
    }

    pub fn is_day(&self) -> bool {
        self.day.is_some()
    }

    /// The first day the date covers, as a day number.
    pub fn first_day(&self) -> i32 {
        day_number(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day the date covers, as a day number.
    pub fn last_day(&self) -> i32 {
        let m = self.month.unwrap_or(12);
        day_number(
            self.year,
            m,
            self.day.unwrap_or_else(|| days_in_month(self.year, m)),
        )
    }

    /// Whether the two dates can name the same day (their ranges meet).
    pub fn agrees(&self, other: &PartialDate) -> bool {
        self.first_day() <= other.last_day() && other.first_day() <= self.last_day()
    }

    /// The day before a full date; a year or month is returned as it is (its last day is
    /// not known to be before the change).
    pub fn day_before(&self) -> PartialDate {
        if self.is_day() {
            PartialDate::from_day(self.first_day() - 1)
        } else {
            *self
        }
    }

    /// The day after a full date; coarser dates are returned as they are.
    pub fn day_after(&self) -> PartialDate {
        if self.is_day() {
            PartialDate::from_day(self.first_day() + 1)
        } else {
            *self
        }
    }

    /// The more precise of two agreeing dates.
    pub fn finer(self, other: PartialDate) -> PartialDate {
        let rank = |d: &PartialDate| d.month.is_some() as u8 + d.day.is_some() as u8;
        if rank(&other) > rank(&self) {
            other
        } else {
            self
        }
    }
}

impl FromStr for PartialDate {
    type Err = RecordError;
    fn from_str(s: &str) -> Result<PartialDate, RecordError> {
        PartialDate::parse_prefix(s)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl serde::Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<PartialDate, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision_and_refuses_the_rest() {
        for (s, out) in [
            ("2015", Some("2015")),
            ("2017-01", Some("2017-01")),
            ("2019-02-11", Some("2019-02-11")),
            ("2019-02-12T11:00", Some("2019-02-12")),
            ("2019-02-12TMO", Some("2019-02-12")),
            ("2019-02-30", None),
            ("2019-13", None),
            ("11/02/2019", None),
            ("PRESENT_REF", None),
            ("XXXX-WXX-1", None),
            ("P3Y", None),
            ("", None),
            ("2019-W07", None),
        ] {
            let got = PartialDate::parse_prefix(s).ok().map(|d| d.to_string());
            assert_eq!(got.as_deref(), out, "{s}");
        }
    }

    #[test]
    fn day_numbers_round_trip() {
        for s in [
            "1970-01-01",
            "2000-02-29",
            "2019-02-18",
            "1800-03-01",
            "2024-12-31",
        ] {
            let d: PartialDate = s.parse().unwrap();
            assert_eq!(PartialDate::from_day(d.first_day()), d);
        }
        assert_eq!(day_number(1970, 1, 1), 0);
    }

    #[test]
    fn ranges_agree_by_prefix() {
        let p = |s: &str| s.parse::<PartialDate>().unwrap();
        assert!(p("2015").agrees(&p("2015-05-07")));
        assert!(!p("2019-02-11").agrees(&p("2019-02-18")));
        assert_eq!(p("2019-03-01").day_before(), p("2019-02-28"));
        assert_eq!(p("2017-01").day_before(), p("2017-01"));
        assert_eq!(p("2015").finer(p("2015-05-07")), p("2015-05-07"));
    }
}
