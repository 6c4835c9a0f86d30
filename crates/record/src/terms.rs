//! Terms of elected bodies: a seat in the House of Commons, the Scottish Parliament or the
//! Senedd cannot outlive its Parliament.
//!
//! The dates come from the shared election table ([`floorcross_model::elections`], one data
//! file the timex engine reads too). A term ends on the day its Parliament is dissolved
//! (parlparse's `todate` for members whose term ended at a general election); where a body
//! was not dissolved before an election (the Welsh Assembly before 2011), the day before
//! polling day. The House of Lords has no terms.
//!
//! ```
//! use floorcross_record::{date::PartialDate, terms::term_end};
//! let in_2009 = "2009-02-23".parse::<PartialDate>().unwrap().first_day();
//! assert_eq!(term_end("House of Commons", in_2009).unwrap().to_string(), "2010-04-12");
//! assert_eq!(term_end("House of Lords", in_2009), None);
//! ```

use std::collections::HashMap;
use std::sync::OnceLock;

use floorcross_model::elections::elections;

use crate::date::{day_number, PartialDate};

/// The last days of every body's terms (day numbers, oldest first), built once.
fn all_term_ends() -> &'static HashMap<&'static str, Vec<i32>> {
    static ENDS: OnceLock<HashMap<&'static str, Vec<i32>>> = OnceLock::new();
    ENDS.get_or_init(|| {
        let mut out: HashMap<&'static str, Vec<i32>> = HashMap::new();
        for e in elections() {
            let first = !out.contains_key(e.body);
            let ends = out.entry(e.body).or_default();
            match e.dissolution {
                Some((y, m, d)) => ends.push(day_number(y, m, d)),
                // the first election to a body ends no term of it
                None if first => {}
                None => ends.push(day_number(e.polling.0, e.polling.1, e.polling.2) - 1),
            }
        }
        out
    })
}

fn term_ends(body: &str) -> &'static [i32] {
    all_term_ends().get(body).map_or(&[], Vec::as_slice)
}

/// Whether members of `body` sit for terms the election table knows.
pub fn has_terms(body: &str) -> bool {
    !term_ends(body).is_empty()
}

/// The last day of the term that is running on `day` (a day number) in `body`: the first
/// dissolution on or after it. `None` for a body without terms, or when no later election is
/// known (the term is still running).
pub fn term_end(body: &str, day: i32) -> Option<PartialDate> {
    let ends = term_ends(body);
    let i = ends.partition_point(|&e| e < day);
    ends.get(i).copied().map(PartialDate::from_day)
}

/// Whether a term of `body` ends on a day in `from..to` (day numbers; `from` included): a
/// seat held before and after such a gap is two terms, not one spell.
pub fn term_ends_within(body: &str, from: i32, to: i32) -> bool {
    let ends = term_ends(body);
    from < to
        && ends
            .get(ends.partition_point(|&e| e < from))
            .is_some_and(|&e| e < to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commons_terms_end_at_dissolutions() {
        let d = |s: &str| s.parse::<PartialDate>().unwrap().first_day();
        assert_eq!(
            term_end("House of Commons", d("2005-05-05"))
                .unwrap()
                .to_string(),
            "2010-04-12"
        );
        assert_eq!(
            term_end("House of Commons", d("2010-04-12"))
                .unwrap()
                .to_string(),
            "2010-04-12",
            "the dissolution day is the last day"
        );
        assert_eq!(term_end("House of Commons", d("2024-07-04")), None);
        assert!(term_ends_within(
            "House of Commons",
            d("2010-04-12"),
            d("2010-05-06")
        ));
        assert!(!term_ends_within(
            "House of Commons",
            d("2007-06-25"),
            d("2007-06-26")
        ));
        // the devolved bodies: Holyrood's terms end at its dissolutions; the Welsh Assembly's
        // ran to the eve of the poll until 2007 (it was never dissolved), then to its dissolution
        let end = |body: &str, on: &str| term_end(body, d(on)).map(|e| e.to_string());
        assert_eq!(
            end("Scottish Parliament", "2012-01-01").as_deref(),
            Some("2016-03-24")
        );
        assert_eq!(
            end("Scottish Parliament", "1999-05-06").as_deref(),
            Some("2003-03-31")
        );
        assert_eq!(end("Senedd", "2004-01-01").as_deref(), Some("2007-05-02"));
        assert_eq!(end("Senedd", "2007-05-03").as_deref(), Some("2011-04-01"));
        assert_eq!(end("Senedd", "2019-01-01").as_deref(), Some("2021-04-29"));
        assert_eq!(end("Senedd", "2021-05-06"), None, "still running");
        assert!(term_ends_within("Senedd", d("2011-04-01"), d("2011-05-05")));
        // the House of Lords has no terms: nothing ends a peer's seat
        assert!(!has_terms("House of Lords"));
        assert_eq!(end("House of Lords", "1999-01-01"), None);
        assert!(!term_ends_within(
            "House of Lords",
            d("1999-01-01"),
            d("2030-01-01")
        ));
    }
}
