//! A time the document tells elsewhere: the same change told again, a decision "taken on
//! Tuesday", a lede that dates a reshuffle, "again in 2006", "within hours", "at that meeting",
//! a contest's polling day for its results, "That was in October 2004.", a whip given back
//! "a week later".

use super::*;

#[test]
fn a_time_told_with_the_same_change_elsewhere_dates_a_present_perfect() {
    let d = Some("2018-07-09");
    check(
        "Quits\n\nTom Reed has resigned as Brexit secretary. The decision was taken on Sunday evening.",
        d,
        "resign Tom Reed from=- to=- date=2018-07-08 asserted",
    );
    check(
        "Quits\n\nTom Reed has resigned as Brexit secretary. But Mr Reed, who backed the plan on Friday, suddenly quit late on Sunday night.",
        d,
        "resign Tom Reed from=- to=- date=2018-07-08 asserted",
    );
    // a time long before the paper's day is another change ("he quit in 2003 too")
    check(
        "Quits\n\nTom Reed has resigned as Brexit secretary. Mr Reed also quit in 2003 over Iraq.",
        d,
        "resign Tom Reed from=- to=- date=2018-07-09 asserted
         resign Tom Reed from=- to=- date=2003 asserted",
    );
}

#[test]
fn a_report_that_the_decision_was_taken_then_dates_the_change() {
    check(
        "Suspended\n\nConservative MP Tom Reed has had the whip suspended. The party said the decision was taken on Wednesday evening.",
        Some("2021-06-10"),
        "expel Tom Reed from=Conservative Party to=- date=2021-06-09 asserted",
    );
    // the time told with the decision, not one in a relative clause before it
    check(
        "Councillor quits\n\nA Conservative councillor has quit the party and joined the Liberal \
         Democrats.\n\nPeter Morland, who has represented the Hillside ward since 2007, \
         announced his decision at a council meeting on Thursday evening.",
        Some("2021-06-14"),
        "defect Peter Morland from=Conservative Party to=Liberal Democrats date=2021-06-10 asserted",
    );
}

#[test]
fn a_seat_won_or_lost_the_morning_after_a_general_election_was_won_at_it() {
    // the paper of the count's morning: polling day was the day before (2017-06-08)
    check(
        "Result: Bexley\n\nConservative hold\n\nJames Broke (Conservative) 29,338\nStephen Borell (Labour) 20,251\nChris Attar (Liberal Democrat) 1,749\n",
        Some("2017-06-09"),
        "elect James Broke from=- to=Conservative Party date=2017-06-08 asserted
         defeat Stephen Borell from=- to=- date=2017-06-08 asserted
         defeat Chris Attar from=- to=- date=2017-06-08 asserted",
    );
    // (a week later, or in a year without a general election, no day is guessed)
    check(
        "Result: Bexley\n\nConservative hold\n\nJames Broke (Conservative) 29,338\nStephen Borell (Labour) 20,251\nChris Attar (Liberal Democrat) 1,749\n",
        Some("2017-06-16"),
        "elect James Broke from=- to=Conservative Party date=- asserted
         defeat Stephen Borell from=- to=- date=- asserted
         defeat Chris Attar from=- to=- date=- asserted",
    );
}

#[test]
fn a_seat_won_after_a_devolved_election_in_a_story_that_names_the_body() {
    check(
        "Holyrood election\n\nAnn Cole held her Glasgow Southside seat at Holyrood.",
        Some("2021-05-08"),
        "reelect Ann Cole from=- to=- date=2021-05-06 asserted",
    );
    // (not in a story that names no devolved body: the local elections that day are not in
    // the table)
    check(
        "Council\n\nAnn Cole held her Hillside seat on the council.",
        Some("2021-05-08"),
        "reelect Ann Cole from=- to=- date=- asserted",
    );
}

#[test]
fn a_second_time_joined_by_and_again_is_the_change_made_again() {
    let d = Some("2014-02-19");
    check(
        "Profile\n\nTom Ashby was re-elected in 2002 and again in 2006.",
        d,
        "reelect Tom Ashby from=- to=- date=2002 asserted
         reelect Tom Ashby from=- to=- date=2006 asserted",
    );
    // a time that opens another clause is that clause's
    check(
        "Profile\n\nTom Ashby was elected in 2001 and re-elected in 2005.",
        d,
        "elect Tom Ashby from=- to=- date=2001 asserted
         reelect Tom Ashby from=- to=- date=2005 asserted",
    );
}

#[test]
fn a_change_made_within_hours_or_at_the_same_meeting_takes_the_day_just_told() {
    check(
        "Reshuffle\n\nNadia Pellow resigned as transport minister on Wednesday and was replaced within hours by Gideon Varley.",
        Some("2011-11-10"),
        "resign Nadia Pellow from=- to=- date=2011-11-09 asserted\n\
         appoint Gideon Varley from=- to=- date=2011-11-09 asserted",
    );
    check(
        "Candidate dropped\n\nGideon Varley was deselected as candidate on Tuesday night. His successor as candidate, Nadia Pellow, was chosen at the same meeting.",
        Some("2003-02-10"),
        "deselect Gideon Varley from=- to=- date=2003-02-04 asserted\n\
         select Nadia Pellow from=- to=- date=2003-02-04 asserted",
    );
    // (the present tense's stand-in day gives way too)
    check(
        "Leader quits\n\nNadia Pellow resigned as leader on Friday. Her deputy, Gideon Varley, takes over as acting leader with immediate effect.",
        Some("2016-05-07"),
        "resign Nadia Pellow from=- to=- date=2016-05-06 asserted\n\
         appoint Gideon Varley from=- to=- date=2016-05-06 asserted",
    );
}

#[test]
fn a_reshuffle_dated_in_the_lede_dates_the_appointments_listed_after_it() {
    check(
        "Reshuffle: who goes where\n\nThe prime minister completed his reshuffle last night.\n\n\
         Nadia Pellow moves to the Home Office. Defence goes to Gideon Varley, previously the schools minister.",
        Some("2012-09-05"),
        "appoint Nadia Pellow from=- to=- date=2012-09-04 asserted\n\
         appoint Gideon Varley from=- to=- date=2012-09-04 asserted",
    );
    // (a frame before a colon dates the list after it, in its own sentence)
    check(
        "Reshuffle\n\nThe other changes announced yesterday were: Transport goes to Ann Cole, previously the schools minister; and Gideon Varley, the housing minister, leaves the government.",
        Some("2012-09-05"),
        "appoint Ann Cole from=- to=- date=2012-09-04 asserted\n\
         resign Gideon Varley from=- to=- date=2012-09-04 asserted",
    );
    // (a reshuffle on the paper's own day frames the changes the list tells with no time)
    check(
        "Reshuffle\n\nLabour reshuffled its front bench on Friday.\n\n\
         Other changes:\n\n- Alan Frew was removed as deputy chief whip and returns to the back benches.",
        Some("2011-10-07"),
        "dismiss Alan Frew from=- to=- date=2011-10-07 asserted",
    );
}

#[test]
fn a_result_list_takes_the_day_of_the_election_the_story_reports() {
    // (the winner's first election, years before, is a second dated election: the week's
    // one, told near the list, is the contest the list reports)
    check(
        "Lib Dems win Eastfield\n\nThe Liberal Democrats have won the Eastfield by-election. Ann Cole, a former nurse, was declared the winner at 2am. The result was: Ann Cole (Liberal Democrat) 13,882; Tom Reed (Labour) 12,117; Gail Ross (Green) 904. Ms Cole first won a seat on the city council in 2004.",
        Some("2007-07-20"),
        "elect Ann Cole from=- to=Liberal Democrats date=2007-07-20 asserted
         stand Ann Cole from=- to=Liberal Democrats date=- asserted
         defeat Tom Reed from=- to=- date=2007-07-20 asserted
         stand Tom Reed from=- to=Labour Party date=- asserted
         defeat Gail Ross from=- to=- date=2007-07-20 asserted
         elect Ann Cole from=- to=- date=2004 asserted",
    );
}

#[test]
fn a_contest_told_with_its_day_dates_the_results_told_without_one() {
    check(
        "Greens seize Eastfield\n\nThe Greens overturned a Labour majority of 9,000 to win yesterday's Eastfield and Marley by-election.\n\n\
         Ann Cole, a 39-year-old headteacher, took the seat for the Greens by 1,335 votes.\n\n\
         EASTFIELD AND MARLEY BY-ELECTION RESULT\n\nAnn Cole (Green) 14,212\n\n\
         Tom Reed (Labour) 12,877\n\nGail Ross (Conservative) 6,430",
        Some("2009-10-16"),
        "elect Ann Cole from=- to=Green Party date=2009-10-15 asserted\n\
         defeat Tom Reed from=- to=- date=2009-10-15 asserted\n\
         defeat Gail Ross from=- to=- date=2009-10-15 asserted",
    );
}

#[test]
fn an_occasion_or_a_decision_told_next_with_its_time_dates_the_change_before_it() {
    check(
        "Deselected\n\nEastfield Conservatives have refused to readopt their MP, Tom Reed.\n\n\
         At a packed meeting of the association on Thursday night, members voted by 212 to 149 against him.",
        Some("2010-01-23"),
        "deselect Tom Reed from=Conservative Party to=- date=2010-01-21 asserted",
    );
    // (or a decision told with its time: "Members voted … on Monday night")
    check(
        "Deselected\n\nConservative MP Tom Reed has been deselected by his local association.\n\n\
         Members voted by 112 to 87 on Monday night not to readopt him.",
        Some("2014-11-28"),
        "deselect Tom Reed from=Conservative Party to=- date=2014-11-24 asserted",
    );
}

#[test]
fn a_chain_of_times_after_again_and_a_change_at_that_meeting() {
    check_bodies(
        Some("2017-02-09"),
        &[
            (
                "Tom Reed sits as an independent. First elected in 2003, he was re-elected in \
                 2007 and again in 2011 and 2016.",
                "elect Tom Reed from=- to=- date=2003 asserted
                 reelect Tom Reed from=- to=- date=2007 asserted
                 reelect Tom Reed from=- to=- date=2011 asserted
                 reelect Tom Reed from=- to=- date=2016 asserted",
            ),
            (
                "The Labour group met behind closed doors on Wednesday evening. At that meeting \
                 Tom Reed, the MSP for Glenrath, was stripped of the party whip.",
                "expel Tom Reed from=- to=- date=2017-02-08 asserted",
            ),
        ],
    );
}

#[test]
fn that_was_with_a_time_dates_the_change_before_it() {
    check_bodies(
        Some("2020-08-14"),
        &[
            (
                "Tom Hale told a packed meeting that he was quitting the Labour Party. That was \
                 in October 2004.",
                "leave Tom Hale from=Labour Party to=- date=2004-10 asserted",
            ),
            (
                "Tom Hale resigned as leader. That was on 3 May.",
                "resign Tom Hale from=- to=- date=2020-05-03 asserted",
            ),
            // (not a time inside some other predicate)
            (
                "Tom Hale resigned as leader. It was a hard year for him in 2004.",
                "resign Tom Hale from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn someone_making_the_call_next_dates_the_change_and_keeps_it_apart_from_an_old_one() {
    check(
        "Axed\n\nTom Reed was stripped of the whip after bosses saw the footage. The Chief Whip made the call on Thursday evening.\n\nThe whip was suspended in March 2006, but restored a week later.",
        Some("2008-11-22"),
        "expel Tom Reed from=- to=- date=2008-11-20 asserted
         expel Tom Reed from=- to=- date=2006-03 asserted
         readmit Tom Reed from=- to=- date=2006-03 asserted",
    );
}

#[test]
fn a_whip_given_back_days_or_weeks_later_is_dated_from_its_loss() {
    let d = Some("2008-11-22");
    check(
        "Whip\n\nTom Reed had the whip withdrawn on 3 March 2006 and had it restored ten days later.",
        d,
        "expel Tom Reed from=- to=- date=2006-03-03 asserted
         readmit Tom Reed from=- to=- date=2006-03-13 asserted",
    );
    // (months later from a month: no day or month can be told)
    check(
        "Whip\n\nTom Reed lost the Labour whip in October 2005 and had it restored five months later.",
        d,
        "expel Tom Reed from=Labour Party to=- date=2005-10 asserted
         readmit Tom Reed from=- to=Labour Party date=- asserted",
    );
}

/// A candidacy, win or loss with no time, told in the sentence that names one general election
/// by its year or in the sentence right after it, was at that election; not one named in a
/// relative clause about someone.
#[test]
fn a_result_told_beside_a_general_election_named_by_its_year_is_at_it() {
    check(
        "Ruling\n\nThe court ruled on the campaign against his rival, the Lib Dem candidate, Ann \
         Cole, in the 2010 general election. Tom Reed won the seat by just 103 votes.",
        Some("2010-12-03"),
        "stand Ann Cole from=- to=Liberal Democrats date=2010-05-06 asserted
         elect Tom Reed from=- to=- date=2010-05-06 asserted",
    );
    check(
        "Result\n\nMs Cole, a solicitor who came third in the seat at the 2001 general election, \
         won by 1,242 votes.",
        Some("2004-07-16"),
        "defeat Cole from=- to=- date=2001-06-07 asserted
         elect Cole from=- to=- date=- asserted",
    );
}

/// A by-election the lede tells as won in the present perfect is the day's news: the results
/// the story tells without a time take the paper's day.
#[test]
fn results_of_a_by_election_the_lede_reports_won_take_the_papers_day() {
    check(
        "Result\n\nThe Conservatives have secured a comfortable win in the Eastfield \
         by-election. Ann Cole beat Labour's Tom Reed by 6,940 votes.",
        Some("2021-05-07"),
        "defeat Tom Reed from=- to=- date=2021-05-07 asserted
         elect Ann Cole from=- to=- date=2021-05-07 asserted",
    );
}
