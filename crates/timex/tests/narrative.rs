//! A month or season counted from the period the narrative is on ("the following March",
//! "that autumn"), not from the paper's day. Sentences written for this test.

use floorcross_timex::Tagger;

/// Tags `text` against `dct` and compares every expression as `text => value`.
fn check(text: &str, dct: &str, want: &[&str]) {
    let got: Vec<String> = Tagger::global()
        .tag(text, Some(dct.parse().expect("test date")))
        .iter()
        .map(|x| format!("{} => {}", x.text, x.value))
        .collect();
    assert_eq!(got, want, "{text:?} [{dct}]");
}

#[test]
fn the_following_month_is_the_first_after_the_year_told() {
    check(
        "He was elected in 1997. He was sacked the following March.",
        "2015-08-21",
        &["1997 => 1997", "the following March => 1998-03"],
    );
}

#[test]
fn the_following_month_after_a_month_told_may_be_in_the_same_year() {
    check(
        "She joined in January 2004 and left the following May.",
        "2015-08-21",
        &["January 2004 => 2004-01", "the following May => 2004-05"],
    );
    check(
        "She joined in June 2004 and left the following May.",
        "2015-08-21",
        &["June 2004 => 2004-06", "the following May => 2005-05"],
    );
}

#[test]
fn the_previous_month_is_the_last_before() {
    check(
        "He quit in June 2004, having lost the whip the previous March.",
        "2015-08-21",
        &["June 2004 => 2004-06", "the previous March => 2004-03"],
    );
}

#[test]
fn that_month_is_in_the_year_told() {
    check(
        "The party split in 1981. That October he crossed the floor.",
        "2015-08-21",
        &["1981 => 1981", "That October => 1981-10"],
    );
}

#[test]
fn the_following_season_and_that_season_count_from_the_narrative() {
    check(
        "He won the seat in 2001. The following spring he joined the Greens. That autumn he quit.",
        "2015-08-21",
        &[
            "2001 => 2001",
            "The following spring => 2002-SP",
            "That autumn => 2001-FA",
        ],
    );
}

#[test]
fn a_season_of_a_year_told_sets_the_narrative_year() {
    check(
        "In the summer of 1999 she left. Later that year she joined the Greens.",
        "2015-08-21",
        &["the summer of 1999 => 1999-SU", "that year => 1999"],
    );
}

#[test]
fn with_nothing_told_before_the_papers_day_counts() {
    check(
        "They will meet the following March.",
        "2015-08-21",
        &["the following March => 2016-03"],
    );
    check(
        "He resigned that March.",
        "2015-08-21",
        &["that March => 2015-03"],
    );
}

#[test]
fn a_month_or_season_of_that_year_or_the_next_is_in_the_narratives_year() {
    check(
        "He was elected in 2004. In the March of that year he quit.",
        "2015-08-21",
        &["2004 => 2004", "the March of that year => 2004-03"],
    );
    check(
        "He was elected in 2004. In March the following year he joined.",
        "2015-08-21",
        &["2004 => 2004", "March the following year => 2005-03"],
    );
    check(
        "She left in 2004, having lost the whip in June of the previous year.",
        "2015-08-21",
        &["2004 => 2004", "June of the previous year => 2003-06"],
    );
    check(
        "She won in 1997. In the autumn of that year she was promoted.",
        "2015-08-21",
        &["1997 => 1997", "the autumn of that year => 1997-FA"],
    );
}

/// Days counted from a narrative anchor in another period than the paper's ("That was in
/// October 2004. Ten days later …") stay in that period, at the anchor's precision; counted
/// from an anchor that holds the paper's day, or "the same day", they are the paper's days.
#[test]
fn days_later_than_a_coarse_anchor_in_another_period_stay_in_it() {
    check(
        "That was in October 2004. Ten days later he joined. At the election the following May \
         he lost.",
        "2020-08-14",
        &[
            "October 2004 => 2004-10",
            "Ten days later => 2004-10",
            "the following May => 2005-05",
        ],
    );
    check(
        "Last month she quit. Two days later she joined the Greens.",
        "2018-05-11",
        &["Last month => 2018-04", "Two days later => 2018-04"],
    );
    check(
        "She was promoted in August. Three days later she quit.",
        "2020-08-14",
        &["August => 2020-08", "Three days later => 2020-08-17"],
    );
}

/// A season told with "last", "this" or "next" puts the narrative in its year, as a season
/// with its year does.
#[test]
fn a_season_told_relative_to_the_paper_anchors_the_narrative_year() {
    check(
        "In 2012 she took on housing. None of that counted last spring. She resigned the next \
         morning.",
        "2018-05-11",
        &[
            "2012 => 2012",
            "last spring => 2017-SP",
            "the next morning => 2017",
        ],
    );
}
