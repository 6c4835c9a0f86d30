//! Who did it: subjects, objects, lists, names, contests, one event per person and change.
//!
//! Who won and who lost a contest is `contests`'s; lists, counts and groups of people, and
//! people who made the same move, are `lists`'s; which named person a clause's subject or
//! object is is `subjects`'s; what is a name and what names nobody is `names`'s; the office
//! a change is told with, and one event per person and change, are `offices`'s.

use super::*;

mod contests;
mod lists;
mod names;
mod offices;
mod subjects;

#[test]
fn a_participle_opening_an_apposition_is_a_reduced_passive_relative() {
    let d = Some("2010-11-27");
    check(
        "Profile\n\nTom Reed, elected deputy leader earlier this month, entered public life in 2001.",
        d,
        "elect Tom Reed from=- to=- date=2010-11 asserted",
    );
    check(
        "Profile\n\nTom Reed, appointed chief whip last year, said he was proud.",
        d,
        "appoint Tom Reed from=- to=- date=2009 asserted",
    );
    check(
        "Profile\n\nAnn Cole is a dynasty politician.\n\nThe 44-year-old, elected deputy leader earlier this month, entered public life in 2001.",
        d,
        "elect Ann Cole from=- to=- date=2010-11 asserted",
    );
    // (the comma that closes a name's own apposition has the clause's verb after it: the
    // one dropped is not Moss, who is only read as the new leader)
    check(
        "Profile\n\nThe new leader, Ian Moss, dropped her from the cabinet in 2005.",
        d,
        "appoint Ian Moss from=- to=- date=- asserted",
    );
}
