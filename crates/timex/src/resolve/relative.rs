//! Anchoring relative expressions ("three days later", "a year ago", "the quarter"):
//! counted from the narrative anchor or the document date, never finer than the anchor
//! says.

use jiff::civil::Date;

use super::calendar::{
    add_days, add_months, anchor_of, fmt_day, fmt_week, quarter_of, wd_num, ymd,
};
use super::sem::{Amount, Sem, Unit};
use super::{Anchor, Ctx, Gran};

pub(super) fn relative(s: &Sem, a: Amount, u: Unit, c: &Ctx) -> (String, Option<Anchor>) {
    let Some(v) = a.v else {
        return (
            if s.from_anchor {
                "XXXX".to_string()
            } else {
                "PAST_REF".to_string()
            },
            None,
        );
    };
    // Far beyond any calendar: clamp so the arithmetic below cannot overflow.
    let n = v.round().clamp(-1.0e6, 1.0e6) as i64;
    // Base: the anchor for "later/earlier/that day", else the document date.
    let (base, base_gran) = match (s.from_anchor, c.anchor, c.dct) {
        (true, Some(a), _) => (a.date, a.gran),
        (_, _, Some(d)) => (d, Gran::Day),
        (true, None, None) | (false, _, None) => {
            return (unresolved(u, s.yearend), None);
        }
    };
    if s.yearend {
        // TimeML values "the end of the year" as the year itself (with mod="END").
        return (format!("{:04}", base.year() as i64 + n), None);
    }
    // A year before a quarter is that quarter a year before (TimeBank's "a year earlier").
    // Over a longer period ("the nine months") it is the reported year a year before.
    if s.qctx && u == Unit::Y && c.ytd {
        if let Some((y, _)) = c.quarter {
            return (format!("{:04}", y as i64 + n), None);
        }
    }
    if s.qctx && u == Unit::Y && !c.ytd {
        let q = c.quarter.or_else(|| {
            (s.from_anchor && base_gran == Gran::Quarter)
                .then(|| (base.year() as i32, quarter_of(base)))
        });
        if let Some((y, q)) = q {
            return (format!("{:04}-Q{q}", y as i64 + n), None);
        }
    }
    // An anchor coarser than the unit says nothing about it: count from the document date
    // for "the same day" or when the anchor's period holds that date ("this year … three
    // days later"); a count from an anchor in another period ("That was in October 2004. Ten
    // days later") keeps the narrative there, at the anchor's own precision.
    let holds = |d: Date| match base_gran {
        Gran::Year => d.year() == base.year(),
        Gran::Quarter => d.year() == base.year() && quarter_of(d) == quarter_of(base),
        Gran::Month => d.year() == base.year() && d.month() == base.month(),
        Gran::Week | Gran::Day => true,
    };
    let (base, base_gran) = match (s.from_anchor, c.dct) {
        (true, Some(d))
            if base_gran > Gran::Day
                && matches!(u, Unit::D | Unit::W | Unit::WE | Unit::FN)
                && (n == 0 || holds(d)) =>
        {
            (d, Gran::Day)
        }
        _ => (base, base_gran),
    };
    let gran_floor = |g: Gran| {
        if s.from_anchor && base_gran > g {
            base_gran
        } else {
            g
        }
    };
    match u {
        Unit::D | Unit::H | Unit::Min | Unit::S => {
            let days = if u == Unit::D { n } else { 0 };
            if gran_floor(Gran::Day) != Gran::Day {
                return coarse(base, base_gran);
            }
            match add_days(base, days) {
                Some(d) => (fmt_day(d), anchor_of(d, Gran::Day)),
                None => (unresolved(u, false), None),
            }
        }
        Unit::W | Unit::FN => {
            let k = if u == Unit::FN { 2 * n } else { n };
            if gran_floor(Gran::Week) > Gran::Week {
                return coarse(base, base_gran);
            }
            match add_days(base, 7 * k) {
                Some(d) => (fmt_week(d), anchor_of(d, Gran::Week)),
                None => (unresolved(u, false), None),
            }
        }
        Unit::WE => match add_days(base, 7 * n) {
            Some(d) => {
                // The weekend of that week (Saturday).
                let sat = add_days(d, 6 - wd_num(d.weekday()) as i64).unwrap_or(d);
                (format!("{}-WE", fmt_week(sat)), None)
            }
            None => (unresolved(u, false), None),
        },
        Unit::M => {
            if gran_floor(Gran::Month) > Gran::Month {
                return coarse(base, base_gran);
            }
            match add_months(base, n) {
                Some(d) => (
                    format!("{:04}-{:02}", d.year(), d.month()),
                    anchor_of(d, Gran::Month),
                ),
                None => (unresolved(u, false), None),
            }
        }
        Unit::Q => {
            // "the quarter": the quarter the text is about.
            if n == 0 && s.from_anchor {
                if let Some((y, q)) = c.quarter {
                    return (format!("{y:04}-Q{q}"), None);
                }
                if s.qonly {
                    return (String::new(), None);
                }
                if let Some(d) = c.dct {
                    let idx = d.year() as i64 * 4 + quarter_of(d) as i64 - 1 - 1;
                    return (
                        format!("{:04}-Q{}", idx.div_euclid(4), idx.rem_euclid(4) + 1),
                        None,
                    );
                }
            }
            let idx = base.year() as i64 * 4 + quarter_of(base) as i64 - 1 + n;
            let y = idx.div_euclid(4);
            let q = idx.rem_euclid(4) + 1;
            (
                format!("{y:04}-Q{q}"),
                ymd(y as i32, (q as u8 - 1) * 3 + 1, 1).and_then(|d| anchor_of(d, Gran::Quarter)),
            )
        }
        Unit::Y => {
            let y = base.year() as i64 + n;
            (
                format!("{y:04}"),
                ymd(y as i32, 1, 1).and_then(|d| anchor_of(d, Gran::Year)),
            )
        }
        Unit::E => (
            format!("{:03}", (base.year() as i64).div_euclid(10) + n),
            None,
        ),
        Unit::C => (
            format!("{:02}", (base.year() as i64).div_euclid(100) + n),
            None,
        ),
        Unit::L => (
            format!("{}", (base.year() as i64).div_euclid(1000) + n),
            None,
        ),
        Unit::X => ("XXXX".to_string(), None),
    }
}

fn coarse(base: Date, g: Gran) -> (String, Option<Anchor>) {
    match g {
        Gran::Year => (format!("{:04}", base.year()), None),
        Gran::Quarter => (format!("{:04}-Q{}", base.year(), quarter_of(base)), None),
        Gran::Month => (format!("{:04}-{:02}", base.year(), base.month()), None),
        Gran::Week => (fmt_week(base), None),
        Gran::Day => (fmt_day(base), None),
    }
}

fn unresolved(u: Unit, yearend: bool) -> String {
    if yearend {
        return "XXXX".into();
    }
    match u {
        Unit::D | Unit::H | Unit::Min | Unit::S => "XXXX-XX-XX",
        Unit::W | Unit::FN => "XXXX-WXX",
        Unit::WE => "XXXX-WXX-WE",
        Unit::M => "XXXX-XX",
        Unit::Q => "XXXX-QX",
        Unit::E => "XXX",
        Unit::C => "XX",
        _ => "XXXX",
    }
    .to_string()
}
