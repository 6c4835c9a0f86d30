//! The calendar value a time expression gives an event: its date at the precision the text
//! gives, a general election's polling day for its year, the year of an anaphoric "that year",
//! and nothing for a vague, relative or unresolved value or a year that dates a thing.

use super::*;

/// An event date from a timex value: the calendar part, or the document date for
/// `PRESENT_REF`; nothing for unresolved or vague values. A bare year that names a general
/// election ("the 2001 and 2005 general elections", "the 1997 landslide") becomes its
/// polling day.
pub(crate) fn date_value(a: &Analysed, t: &floorcross_model::Timex, k: usize) -> Option<String> {
    let value = t.value.as_str();
    if year_modifies_a_thing(a, t) {
        return None;
    }
    if value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit()) {
        let s_end = a.seg.sentences[a.sentence_of(k)].tokens.end;
        let after = a.seg.tokens.partition_point(|tok| tok.end <= t.end);
        let names_election = (after..(after + 5).min(s_end))
            .take_while(|&j| !matches!(a.w(j), "," | "." | ";"))
            .any(|j| matches!(a.w(j), "election" | "elections" | "landslide" | "poll"))
            && (after..(after + 5).min(s_end))
                .any(|j| matches!(a.w(j), "general" | "landslide" | "snap"));
        // ("re-elected in the snap election held earlier this year", "the general election in
        // 2017"): a
        // general election named just before the year
        let first = a.seg.tokens.partition_point(|tok| tok.end <= t.start);
        let s0 = a.seg.sentences[a.sentence_of(k)].tokens.start;
        let named_before = (first.saturating_sub(4).max(s0)..first)
            .any(|j| a.w(j) == "election" && matches!(a.w(j.wrapping_sub(1)), "general" | "snap"));
        if names_election || named_before {
            if let Some(day) = crate::polling_day(value) {
                return Some(day);
            }
        }
    }
    // "the general election in May 2010": the polling day, when the month is right
    if value.len() == 7 && value.as_bytes()[4] == b'-' {
        let first = a.seg.tokens.partition_point(|tok| tok.end <= t.start);
        let s0 = a.seg.sentences[a.sentence_of(k)].tokens.start;
        let named = (first.saturating_sub(4).max(s0)..first)
            .any(|j| a.w(j) == "election" && matches!(a.w(j.wrapping_sub(1)), "general" | "snap"));
        if named {
            if let Some(day) = crate::polling_day(&value[..4]).filter(|d| d.starts_with(value)) {
                return Some(day);
            }
        }
    }
    if value == "PRESENT_REF" {
        return a.dct.map(|d| d.to_string());
    }
    // "the third to switch in the past year": the twelve months to the paper's day, not the
    // calendar year before it ("last year" is that year)
    let lower = t.text.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "the past year" | "the last year" | "the past 12 months" | "the last 12 months"
    ) {
        return None;
    }
    if value.starts_with('X') || value.ends_with("_REF") || value.starts_with('P') {
        return None;
    }
    // ("quit the party a week later", with no time told before: counted from nothing the text
    // dates, the engine counts from the paper's day, which a time "later" cannot follow)
    if lower.ends_with(" later") {
        if let Some(d) = a.dct.map(|d| d.to_string()) {
            let v = value.split('T').next().unwrap_or(value);
            let week_after = v.contains("-W") && {
                let today = a.dct.map(|d| d.iso_week_date().week()).unwrap_or(0);
                v.get(..4) == d.get(..4)
                    && v.get(6..8)
                        .and_then(|w| w.parse::<i8>().ok())
                        .is_some_and(|w| w > today)
            };
            if week_after || v.len() >= 7 && !v.contains('W') && v > &d[..v.len().min(10)] {
                return None;
            }
        }
    }
    let v = value.split('T').next().unwrap_or(value);
    if !(v.len() >= 4 && v.as_bytes()[..4].iter().all(u8::is_ascii_digit)) {
        return None;
    }
    if let Some(year) = narrative_year(a, t, k) {
        // ("in December that year": the month told right before "that year" is its month)
        let month = a
            .timexes
            .iter()
            .rev()
            .find(|x| x.end <= t.start)
            .filter(|x| {
                a.text
                    .get(x.end..t.start)
                    .is_some_and(|g| g.trim().is_empty())
            })
            .map(|x| x.value.as_str())
            .filter(|m| m.len() == 7 && m.as_bytes()[4] == b'-' && v.len() == 4);
        if let Some(m) = month {
            return Some(format!("{year}{}", &m[4..]));
        }
        return Some(calendar_precision(&format!("{year}{}", &v[4..])));
    }
    Some(calendar_precision(v))
}

/// "one of the 2016 intake", "his 2015 manifesto": a bare year between a determiner and a
/// noun that is no contest dates that thing (its members, its document), not a change told
/// beside it ("the 2015 general election", "the 2017 snap poll" do date one).
fn year_modifies_a_thing(a: &Analysed, t: &floorcross_model::Timex) -> bool {
    if !(t.value.len() == 4 && t.text.len() == 4 && t.value.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    let first = a.seg.tokens.partition_point(|tok| tok.end <= t.start);
    let after = a.seg.tokens.partition_point(|tok| tok.end <= t.end);
    let determiner = first > 0
        && (matches!(
            a.w(first - 1),
            "the" | "his" | "her" | "their" | "its" | "our" | "my"
        ) || matches!(a.w(first - 1), "'s" | "’s"));
    let lower_noun = |j: usize| a.is_word(j) && a.raw(j).chars().all(|c| c.is_ascii_lowercase());
    let contest = (after..after + 3).take_while(|&j| lower_noun(j)).any(|j| {
        matches!(
            a.w(j),
            "election"
                | "elections"
                | "by-election"
                | "poll"
                | "polls"
                | "vote"
                | "contest"
                | "race"
                | "campaign"
                | "referendum"
                | "reshuffle"
                | "leadership"
                | "ballot"
                | "count"
                | "selection"
                | "defection"
                | "defections"
                | "split"
                | "landslide"
                | "victory"
                | "defeat"
                | "win"
        )
    });
    // ("the 2001 and 2005 general elections": a year coordinated with the next, which the
    // noun after both is judged by)
    let coordinated = matches!(a.w(after), "and" | "or")
        && a.seg
            .tokens
            .get(after + 1)
            .is_some_and(|t| t.kind == floorcross_text::TokenKind::Number);
    determiner && lower_noun(after) && !coordinated && !contest
}

/// The year of a month named with an anaphoric "that" ("That October he crossed the floor",
/// "in June that year", "that year"): the year a time of the two sentences before it (or
/// earlier in its own) names outright, when that year is before the paper's. A bare month ("in May", "on 29 July")
/// is the paper's year, as news tells it, even after a time years back: a rule that read those
/// in the story's last named year made 23 of 26 changed dates wrong on the tuning sets.
fn narrative_year<'a>(a: &'a Analysed, t: &floorcross_model::Timex, k: usize) -> Option<&'a str> {
    let dct = a.dct?;
    let lower = t.text.to_ascii_lowercase();
    let first = a.seg.tokens.partition_point(|tok| tok.end <= t.start);
    let after = a.text.get(t.end..).unwrap_or("");
    let anaphoric = matches!(
        lower.as_str(),
        "that year" | "the same year" | "that same year"
    ) || first > 0 && a.w(first - 1) == "that"
        || after
            .get(..10)
            .is_some_and(|x| x.eq_ignore_ascii_case(" that year"));
    let value = t.value.as_str();
    if !anaphoric || !matches!(value.len(), 4 | 7 | 10) {
        return None;
    }
    let si = a.sentence_of(k);
    let from = a.seg.sentences[si.saturating_sub(2)].span.start;
    // the latest time told before this one, back to two sentences before
    let before = a
        .timexes
        .iter()
        .rev()
        .filter(|x| x.end <= t.start && x.start >= from)
        // ("in December that year": the month is part of this phrase, not the time before it)
        .filter(|x| {
            !a.text
                .get(x.end..t.start)
                .is_some_and(|g| g.trim().is_empty())
        })
        .find(|x| {
            matches!(
                x.kind,
                floorcross_model::TimexType::Date | floorcross_model::TimexType::Time
            )
        })?;
    let named = before
        .text
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 4)?;
    let year = before.value.get(..4).filter(|y| *y == named)?;
    (year < &dct.to_string()[..4] && year != &value[..4]).then_some(year)
}

/// An event's date is a calendar date at the precision the text gives (`YYYY`, `YYYY-MM`,
/// `YYYY-MM-DD`): a week ("last week", `2018-W10`) or weekend (`2018-W10-WE`) is the month it
/// lies in, or the year when it straddles two months; a season, quarter or half (`2017-SP`,
/// `2018-Q1`) is its year.
pub(crate) fn calendar_precision(v: &str) -> String {
    let year = &v[..4];
    let Some(rest) = v.get(5..) else {
        return v.to_string();
    };
    if let Some(week) = rest.strip_prefix('W') {
        let (num, weekend) = match week.split_once('-') {
            Some((n, "WE")) => (n, true),
            Some(_) => return year.to_string(),
            None => (week, false),
        };
        let days = (|| {
            let y: i16 = year.parse().ok()?;
            let w: i8 = num.parse().ok()?;
            let first = if weekend {
                jiff::civil::Weekday::Saturday
            } else {
                jiff::civil::Weekday::Monday
            };
            let start = jiff::civil::ISOWeekDate::new(y, w, first).ok()?.date();
            let end = jiff::civil::ISOWeekDate::new(y, w, jiff::civil::Weekday::Sunday)
                .ok()?
                .date();
            Some((start, end))
        })();
        return match days {
            Some((s, e)) if s.year() == e.year() && s.month() == e.month() => {
                format!("{:04}-{:02}", s.year(), s.month())
            }
            Some((s, e)) if s.year() == e.year() => format!("{:04}", s.year()),
            _ => year.to_string(),
        };
    }
    // a month or a day keeps its value; anything else after the year is coarser than a month
    let month_like = rest.len() >= 2 && rest.as_bytes()[..2].iter().all(u8::is_ascii_digit);
    if month_like {
        v.to_string()
    } else {
        year.to_string()
    }
}
