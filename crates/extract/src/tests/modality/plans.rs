//! A plan against a change made: announcements of what was done or will be, a change in
//! progress today, a present tense with a later time, a day to come, a change another body
//! must still approve, and a headline's change told as the body tells it.

use super::*;

#[test]
fn announcing_a_change_already_made_reports_it() {
    let d = Some("2007-06-26");
    check(
        "Headline\n\nThe MP for Marlbury, Jane Hollis, has today announced she has crossed the floor from the Tories to Gordon Brown's Labour.",
        d,
        "defect Jane Hollis from=Conservative Party to=Labour Party date=2007-06-26 asserted",
    );
    // announcing what will happen is still an expectation
    check(
        "Headline\n\nJane Hollis announced she will stand down at the election.",
        d,
        "resign Jane Hollis from=- to=- date=- expected",
    );
}

#[test]
fn appointments_announced_in_a_reshuffle_are_made() {
    let d = Some("2006-05-05");
    check(
        "Reshuffle: Blair axes Fenwick\n\nDan Hill will take the post of trade secretary. Mrs Kelly has been replaced in her post by Alan Frost.",
        d,
        "appoint Dan Hill from=- to=- date=- asserted\n\
         appoint Alan Frost from=- to=- date=2006-05-05 asserted",
    );
    // without a reshuffle in the story, "will" is still an expectation
    check(
        "Headline\n\nDan Hill will take the post of trade secretary next month.",
        d,
        "appoint Dan Hill from=- to=- date=2006-06 expected",
    );
}

#[test]
fn announcing_one_is_quitting_reports_the_act_but_an_arrangement_stays_expected() {
    let d = Some("2009-06-04");
    check(
        "Quits\n\nJane Hale announced last night that she was quitting the cabinet. Ian Moss has announced he is stepping down as Speaker next month.",
        d,
        "resign Jane Hale from=- to=- date=2009-06-03 asserted
         resign Ian Moss from=- to=- date=2009-07 expected",
    );
}

#[test]
fn a_headline_change_is_the_bodys_as_the_body_tells_it() {
    // the headline's bare resignation is the body's planned one, not a second, done one
    check(
        "Ann Cole announces her resignation\n\nAnn Cole has announced she is stepping down as leader next month.",
        Some("2020-05-10"),
        "resign Ann Cole from=- to=- date=2020-06 expected",
    );
    // an attempt is not the act
    check(
        "Headline\n\nThe local party tried to deselect Tom Hale.",
        Some("2020-05-10"),
        "deselect Tom Hale from=- to=- date=- rumoured",
    );
}

#[test]
fn a_change_in_progress_today_is_the_days_act() {
    check(
        "MP quits\n\nTom Hale said: \"Today I am leaving the Conservative Party.\"",
        Some("2019-02-20"),
        "leave Tom Hale from=Conservative Party to=- date=2019-02-20 asserted",
    );
    check(
        "MP quits\n\nTom Hale is leaving the Conservative Party at the end of the month.",
        Some("2019-02-20"),
        "leave Tom Hale from=Conservative Party to=- date=- expected",
    );
}

#[test]
fn running_for_an_office_is_a_candidacy_held_not_planned() {
    check(
        "Race\n\nTom Hale is running for mayor of London.",
        Some("2012-05-10"),
        "stand Tom Hale from=- to=- date=- asserted",
    );
}

#[test]
fn a_change_of_party_in_progress_is_the_days_act() {
    check_bodies(
        Some("1998-12-23"),
        &[
            (
                "Ann Cole has told the BBC that she is resigning from the Conservative Party.",
                "leave Ann Cole from=Conservative Party to=- date=1998-12-23 asserted",
            ),
            (
                "Ann Cole is defecting to UKIP, the party said.",
                "defect Ann Cole from=- to=UK Independence Party date=1998-12-23 asserted",
            ),
            (
                "Tom Reed is quitting as chairman with immediate effect.",
                "resign Tom Reed from=- to=- date=1998-12-23 asserted",
            ),
            // (a later time, or an office left at the next election, is still to come)
            (
                "Ann Cole is leaving the Labour Party next month.",
                "leave Ann Cole from=Labour Party to=- date=1999-01 expected",
            ),
            (
                "Tom Reed is standing down as an MP at the next election.",
                "resign Tom Reed from=- to=- date=- expected",
            ),
        ],
    );
}

#[test]
fn regrets_about_a_change_are_about_one_made() {
    check_bodies(
        Some("2020-05-10"),
        &[
            (
                "Ann Cole said she had no regrets about leaving Labour.",
                "leave Ann Cole from=Labour Party to=- date=- asserted",
            ),
            (
                "Ann Cole held talks about leaving Labour.",
                "leave Ann Cole from=Labour Party to=- date=- rumoured",
            ),
        ],
    );
}

#[test]
fn a_present_tense_with_a_later_time_is_an_arrangement() {
    check_bodies(
        Some("2020-05-10"),
        &[
            (
                "Tom Reed takes up the role of chief executive next month.",
                "appoint Tom Reed from=- to=- date=2020-06 expected",
            ),
            (
                "Ann Cole steps down as council leader after 12 years.",
                "resign Ann Cole from=- to=- date=2020-05-10 asserted",
            ),
            (
                "Ann Cole was handed a seat in the Lords.",
                "appoint Ann Cole from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn what_the_text_dates_after_the_papers_day_has_not_happened() {
    check_bodies(
        Some("2021-03-26"),
        &[
            (
                "Ann Cole has launched a new party, Alba, to contest the Scottish Parliament \
                 election on 6 May 2021.",
                "found Ann Cole from=- to=Alba Party date=2021-03-26 asserted
                 stand Ann Cole from=- to=Alba Party date=2021-05-06 expected",
            ),
            // (a month told in a past clause is the last one, and happened; a past tense
            // dated after the paper says the paper's date is wrong, not that it is to come)
            (
                "Ann Cole stood for the Scottish Parliament in May.",
                "stand Ann Cole from=- to=- date=2020-05 asserted",
            ),
            (
                "Ann Cole stood for the Scottish Parliament in 2022.",
                "stand Ann Cole from=- to=- date=2022 asserted",
            ),
        ],
    );
}

#[test]
fn an_offer_to_go_is_not_going_and_will_past_an_adverb_looks_forward() {
    check_bodies(
        Some("2017-06-09"),
        &[
            (
                "Tom Hale offered his resignation.",
                "resign Tom Hale from=- to=- date=- expected",
            ),
            (
                "Tom Hale offered to resign.",
                "resign Tom Hale from=- to=- date=- hypothetical",
            ),
            // ("will formally quit on Monday" is the next Monday, not the last)
            (
                "Tom Hale will formally quit on Monday.",
                "resign Tom Hale from=- to=- date=2017-06-12 expected",
            ),
        ],
    );
}

#[test]
fn changes_announced_are_made_not_planned() {
    check(
        "Reshuffle\n\nThe changes announced yesterday were: Transport goes to Ann Cole.",
        Some("2012-09-05"),
        "appoint Ann Cole from=- to=- date=2012-09-04 asserted",
    );
    // (announcing what one will do is still a plan)
    check(
        "Stepping down\n\nTom Reed announced that he will stand down as leader.",
        Some("2012-09-05"),
        "resign Tom Reed from=- to=- date=- expected",
    );
}

#[test]
fn a_change_another_body_must_still_approve_is_not_yet_made() {
    check_bodies(
        Some("2016-05-07"),
        &[
            (
                "The party's regional board has voted to readmit Tom Hale as a member two weeks before the national party makes its decision.",
                "readmit Tom Hale from=- to=- date=- expected",
            ),
            (
                "Labour has readmitted Tom Hale, subject to the approval of the national executive.",
                "readmit Tom Hale from=- to=Labour Party date=- expected",
            ),
            (
                "Tom Hale has been selected as the candidate, though the choice has yet to be ratified.",
                "select Tom Hale from=- to=- date=- expected",
            ),
            // (a suspension pending an investigation is made; the investigation is why)
            (
                "Labour has suspended Tom Hale pending an investigation.",
                "expel Tom Hale from=Labour Party to=- date=2016-05-07 asserted",
            ),
        ],
    );
}

#[test]
fn announcing_a_change_of_party_in_progress_reports_it() {
    check_bodies(
        Some("2018-07-18"),
        &[
            (
                "Tom Hale, the MP for Eastfield, has announced he is leaving the Labour Party after 30 years.",
                "leave Tom Hale from=Labour Party to=- date=2018-07-18 asserted",
            ),
            // (with a later time it is an arrangement)
            (
                "Tom Hale has announced he is leaving the Labour Party next month.",
                "leave Tom Hale from=Labour Party to=- date=2018-08 expected",
            ),
            // (and stepping down from an office is no change of party)
            (
                "Tom Hale announced he is stepping down as leader.",
                "resign Tom Hale from=- to=- date=- expected",
            ),
        ],
    );
}

#[test]
fn a_plan_named_as_a_thing_is_no_plan_to_change() {
    check(
        "Why I quit\n\nWhen I spoke out against the plan, the group leader removed Ann Owen as chair of the committee.",
        Some("2017-03-04"),
        "dismiss Ann Owen from=- to=- date=- asserted",
    );
    // (a plan to do it still is)
    check(
        "Plans\n\nTom Hale plans to stand down at the next election.",
        Some("2017-03-04"),
        "resign Tom Hale from=- to=- date=- expected",
    );
}

#[test]
fn a_leaving_made_and_a_joining_still_to_come_are_two() {
    check_bodies(
        Some("2017-03-04"),
        &[
            (
                "Tom Hale quit the Labour Party on Monday and is expected to join the Greens.",
                "leave Tom Hale from=Labour Party to=- date=2017-02-27 asserted\n\
                 join Tom Hale from=- to=Green Party date=- expected",
            ),
            // (leaving to join is one defection)
            (
                "Tom Hale quit the Labour Party on Monday to join the Greens.",
                "defect Tom Hale from=Labour Party to=Green Party date=2017-02-27 asserted",
            ),
            // (a bare weekday in a plan is the next one)
            (
                "Tom Hale is expected to quit Labour on Monday and join the Greens.",
                "defect Tom Hale from=Labour Party to=Green Party date=2017-03-06 expected",
            ),
            (
                "Tom Hale will stand down on Friday.",
                "resign Tom Hale from=- to=- date=2017-03-10 expected",
            ),
        ],
    );
}

#[test]
fn leaving_the_government_in_progress_is_the_days_act_and_its_retelling_is_one_change() {
    check(
        "Reshuffle live\n\nHealth Secretary Moira Dalgleish is leaving the government. In a \
         letter she says she is standing down to spend more time with her family.",
        Some("2018-06-26"),
        "resign Moira Dalgleish from=- to=- date=2018-06-26 asserted",
    );
    check_bodies(
        Some("2018-06-26"),
        &[(
            "Health Secretary Moira Dalgleish is leaving the government next month.",
            "resign Moira Dalgleish from=- to=- date=2018-07 expected",
        )],
    );
}

#[test]
fn a_change_that_takes_effect_on_a_day_to_come_is_expected() {
    check_bodies(
        Some("2015-06-23"),
        &[
            (
                "Ann Cole confirmed she would leave politics. Her resignation from the Assembly \
                 takes effect on Friday.",
                "resign Ann Cole from=- to=- date=2015-06-26 expected",
            ),
            (
                "Ann Cole's resignation takes effect immediately.",
                "resign Ann Cole from=- to=- date=2015-06-23 asserted",
            ),
        ],
    );
}
