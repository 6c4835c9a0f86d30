//! Terms of elected bodies: a seat in the House of Commons cannot outlive its Parliament.
//!
//! The dates come from the shared election table ([`floorcross_model::elections`], one data
//! file the timex engine reads too). A term ends on the day its Parliament is dissolved
//! (parlparse's `todate` for members whose term ended at a general election); where the
//! table does not record a body's dissolutions, at the latest the day before the next
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
        assert_eq!(
            term_end("Scottish Parliament", d("2012-01-01"))
                .unwrap()
                .to_string(),
            "2016-05-04",
            "no dissolution recorded: the day before polling"
        );
    }
}
