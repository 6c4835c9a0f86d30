//! Flags beyond one source disagreeing with another on one date: a document whose date is
//! suspect (several of its claims off from the register by the same number of days), a
//! claim about someone the register has dead, a claim about someone with no membership
//! anywhere near its date, an appointment to an office a register has someone else holding.
//!
//! ```
//! use floorcross_record::check::{suspect_document_dates, Observation};
//! let d = |s: &str| s.parse().unwrap();
//! let obs = |person: &str, art: &str, reg: &str| Observation {
//!     doc: "seed".into(), doc_date: d("2019-02-12"), person: person.into(),
//!     article_date: d(art), register_date: d(reg),
//! };
//! let s = suspect_document_dates(&[obs("A", "2019-02-11", "2019-02-18"), obs("B", "2019-02-12", "2019-02-19")]);
//! assert_eq!((s[0].offset_days, s[0].people.len()), (7, 2));
//! ```

use std::collections::BTreeMap;

use crate::date::PartialDate;
use crate::reconcile::SAME_EVENT_DAYS;

/// Claims dated this many days or fewer from their document's date were dated from it
/// ("on Monday", "this morning"): a wrong document date moves them all alike.
pub const RELATIVE_DAYS: i32 = 7;
/// A suspect document date is off by at most this many days (further is another change).
pub const MAX_OFFSET_DAYS: i32 = 45;
/// No membership anywhere within this many days of a claim: not yet (or no longer) in politics.
pub const CAREER_DAYS: i32 = 3653;

/// One article claim and the register's date for the same change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Observation {
    pub doc: String,
    pub doc_date: PartialDate,
    pub person: String,
    pub article_date: PartialDate,
    pub register_date: PartialDate,
}

/// A document whose claims are all off from the register by the same number of days.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SuspectDate {
    pub doc: String,
    pub doc_date: PartialDate,
    /// Register date minus the article's date, in days.
    pub offset_days: i32,
    /// The people whose claims it rests on.
    pub people: Vec<String>,
}

/// The documents whose dated-from-the-header claims (at least two people's) are all off from
/// the register by one and the same non-zero number of days.
pub fn suspect_document_dates(obs: &[Observation]) -> Vec<SuspectDate> {
    let mut by_doc: BTreeMap<&str, Vec<&Observation>> = BTreeMap::new();
    for o in obs {
        let relative = (o.article_date.first_day() - o.doc_date.first_day()).abs() <= RELATIVE_DAYS;
        if o.article_date.is_day() && o.register_date.is_day() && o.doc_date.is_day() && relative {
            by_doc.entry(o.doc.as_str()).or_default().push(o);
        }
    }
    let mut out = Vec::new();
    for (doc, os) in by_doc {
        let offset = |o: &Observation| o.register_date.first_day() - o.article_date.first_day();
        let first = offset(os[0]);
        let mut people: Vec<String> = os.iter().map(|o| o.person.clone()).collect();
        people.sort();
        people.dedup();
        if first != 0
            && first.abs() <= MAX_OFFSET_DAYS
            && people.len() >= 2
            && os.iter().all(|o| offset(o) == first)
        {
            out.push(SuspectDate {
                doc: doc.to_string(),
                doc_date: os[0].doc_date,
                offset_days: first,
                people,
            });
        }
    }
    out
}

/// Whether a claim dated `day` comes after the person's death.
pub fn after_death(death: PartialDate, day: PartialDate) -> bool {
    day.first_day() > death.last_day()
}

/// Whether no membership (`spells`: first and last day) comes within [`CAREER_DAYS`] of `day`.
pub fn outside_career(spells: &[(i32, i32)], day: PartialDate) -> bool {
    let (lo, hi) = (day.first_day(), day.last_day());
    !spells.is_empty()
        && spells
            .iter()
            .all(|&(a, b)| a.saturating_sub(CAREER_DAYS) > hi || b.saturating_add(CAREER_DAYS) < lo)
}

/// A register's spell in an office that has one holder at a time (one named in
/// `data/offices.txt`: "Home Secretary" is one person, "Minister of State" many).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tenure {
    pub person: String,
    /// The register and the days it gives (an end left open: still held).
    pub source: String,
    pub since: Option<PartialDate>,
    pub until: Option<PartialDate>,
}

/// An article's asserted appointment of `person` to the same office on `date`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Appointment {
    pub person: String,
    pub doc: String,
    pub date: PartialDate,
}

/// The appointments made on a day a register has someone else holding the office, and not
/// leaving it within [`SAME_EVENT_DAYS`] (a handover the article reports is no conflict), each
/// with that holder's spell. An appointee the register itself has in the office that day is
/// the register's business, not the article's.
pub fn held_by_another<'a>(
    appointments: &'a [Appointment],
    tenures: &'a [Tenure],
) -> Vec<(&'a Appointment, &'a Tenure)> {
    let covers = |t: &Tenure, day: i32| {
        t.since.is_none_or(|s| s.first_day() <= day) && t.until.is_none_or(|u| day <= u.last_day())
    };
    let mut out = Vec::new();
    for a in appointments {
        let day = a.date.first_day();
        if tenures
            .iter()
            .any(|t| t.person == a.person && covers(t, day))
        {
            continue;
        }
        let other = tenures.iter().find(|t| {
            t.person != a.person
                && covers(t, day)
                && t.until
                    .is_none_or(|u| u.last_day() - a.date.last_day() > SAME_EVENT_DAYS)
        });
        if let Some(t) = other {
            out.push((a, t));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        s.parse().unwrap()
    }

    fn obs(doc: &str, person: &str, art: &str, reg: &str) -> Observation {
        Observation {
            doc: doc.into(),
            doc_date: d("2019-02-12"),
            person: person.into(),
            article_date: d(art),
            register_date: d(reg),
        }
    }

    #[test]
    fn a_document_is_suspect_only_when_every_claim_is_off_alike() {
        let all = [
            obs("a", "X", "2019-02-11", "2019-02-18"),
            obs("a", "Y", "2019-02-11", "2019-02-18"),
            obs("a", "Z", "2019-02-12", "2019-02-19"),
            // dated absolutely, far from the header: not moved by it
            obs("a", "Z", "2017-06-08", "2017-06-08"),
            obs("b", "X", "2019-02-11", "2019-02-18"),
            obs("b", "Y", "2019-02-11", "2019-02-11"),
            obs("c", "X", "2019-02-11", "2019-02-18"),
        ];
        let s = suspect_document_dates(&all);
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!((s[0].doc.as_str(), s[0].offset_days), ("a", 7));
        assert_eq!(s[0].people, ["X", "Y", "Z"]);
    }

    #[test]
    fn an_appointment_conflicts_with_another_holder_unless_they_leave_then() {
        let t = |person: &str, since: &str, until: Option<&str>| Tenure {
            person: person.into(),
            source: "reg".into(),
            since: Some(d(since)),
            until: until.map(d),
        };
        let tenures = [
            t("A", "2004-12-16", Some("2006-05-05")),
            t("B", "2006-05-05", Some("2007-06-28")),
        ];
        let a = |person: &str, date: &str| Appointment {
            person: person.into(),
            doc: "art".into(),
            date: d(date),
        };
        let apps = [
            a("B", "2006-05-05"), // the register agrees
            a("C", "2006-05-06"), // B has just begun, and stays: a conflict
            a("C", "2007-06-20"), // B leaves within days: a handover
            a("C", "2008-01-01"), // nobody holds it on record
            a("A", "2006-09-01"), // A had left; B holds it
        ];
        let found: Vec<(&str, &str, &str)> = held_by_another(&apps, &tenures)
            .iter()
            .map(|(a, t)| (a.person.as_str(), a.doc.as_str(), t.person.as_str()))
            .collect();
        assert_eq!(found, [("C", "art", "B"), ("A", "art", "B")]);
    }

    #[test]
    fn death_and_career() {
        assert!(after_death(d("2009-05-01"), d("2010-01-01")));
        assert!(!after_death(d("2009-05"), d("2009-05-20")));
        let spells = [(d("2005-05-05").first_day(), d("2010-04-12").last_day())];
        assert!(outside_career(&spells, d("1980-01-01")));
        assert!(!outside_career(&spells, d("1996-01-01")));
        assert!(
            !outside_career(&[], d("1980-01-01")),
            "nothing known: no flag"
        );
    }
}
