//! Which party fills an event's `from` and `to`.
//!
//! Which party a candidacy, election or selection is for is `candidacy`'s; where a defection
//! goes and where it comes from is `defection`'s; the party a leaving, an expulsion, a
//! deselection or a readmission is about is `leaving`'s; the party joined or founded is
//! `joining`'s; a party read from elsewhere in the story (its headline, an earlier sentence, a
//! description of the person) is `story`'s.

use super::*;

mod candidacy;
mod defection;
mod joining;
mod leaving;
mod story;

#[test]
fn a_leaving_and_a_joining_told_in_neighbouring_sentences_on_one_day_are_one_defection() {
    check(
        "MP quits\n\nTom Reed, the MP for Sandmere, has left the Conservative Party. Mr Reed said: \"I have joined the Liberal Democrats.\"",
        Some("2015-06-12"),
        "defect Tom Reed from=Conservative Party to=Liberal Democrats date=2015-06-12 asserted",
    );
    // (years apart they are two changes)
    check(
        "Profile\n\nAnn Cole left Labour in 2010. In 2015 she joined the Greens.",
        Some("2016-06-12"),
        "leave Ann Cole from=Labour Party to=- date=2010 asserted\njoin Ann Cole from=- to=Green Party date=2015 asserted",
    );
}
