//! When an event happened.

use super::*;

mod elsewhere;

#[test]
fn a_fronted_time_adverbial_dates_the_main_clause_past_another_event() {
    check(
        "Brexit post\n\nOn 3 March 2014, following the resignation of Paul Ellis, Mark Denby was appointed transport secretary.",
        Some("2014-03-05"),
        "resign Paul Ellis from=- to=- date=2014-03-03 asserted\nappoint Mark Denby from=- to=- date=2014-03-03 asserted",
    );
}

#[test]
fn lists_of_candidates_and_of_appointments() {
    check(
        "Mayoral race\n\nThe candidates who handed in their papers yesterday were: Ann Cole (Labour), Tom Reed (Green Party) and Gail Ross (Liberal Democrats).",
        Some("2014-03-05"),
        "stand Ann Cole from=- to=Labour Party date=2014-03-04 asserted\n\
         stand Tom Reed from=- to=Green Party date=2014-03-04 asserted\n\
         stand Gail Ross from=- to=Liberal Democrats date=2014-03-04 asserted",
    );
    check(
        "New team\n\nThe new leader's first appointments are Ann Cole as deputy leader, Tom Reed MEP as party chairman and Gail Ross as chief whip.",
        Some("2014-03-05"),
        "appoint Ann Cole from=- to=- date=- asserted\n\
         appoint Tom Reed from=- to=- date=- asserted\n\
         appoint Gail Ross from=- to=- date=- asserted",
    );
}

#[test]
fn fall_out_is_not_autumn() {
    let out = extract(
        "Sacked\n\nTom Reed has been sacked in the fall-out from the budget.",
        Some("2022-10-14"),
    );
    assert!(out.timexes.is_empty(), "{:?}", out.timexes);
}

#[test]
fn a_report_dated_by_the_papers_day_and_one_dated_days_earlier_are_one_event() {
    // (the merge keeps the first report's day; a time the text gives the same change
    // elsewhere reaches it through `restated_dates` first)
    let text = "Brexit secretary quits\n\nTom Reed has resigned as Brexit secretary. Mr Reed quit on Sunday night.";
    assert_eq!(
        count_of(text, Some("2018-07-09"), "resign"),
        1,
        "{}",
        super::render(text, Some("2018-07-09"))
    );
}

#[test]
fn a_subordinate_clause_keeps_its_own_time() {
    check(
        "Headline\n\nWigley is now held by Labour - despite Ian Wake winning the seat for the \
         Conservatives with a slim majority of 402 in 2010.",
        Some("2015-03-12"),
        "elect Ian Wake from=- to=Conservative Party date=2010 asserted",
    );
}

/// In a contest's figures, everyone with fewer votes than the elected winner lost; a figure
/// left without its verb ("and Ms Morrow 22.3%") counts too.

#[test]
fn what_a_time_phrase_looks_forward_to_has_not_happened() {
    let d = Some("2007-06-26");
    check(
        "Switch\n\nTory MP Tom Reed defected to Labour on the eve of Ian Moss taking over as prime minister.",
        d,
        "defect Tom Reed from=Conservative Party to=Labour Party date=- asserted
         elect Ian Moss from=- to=- date=- expected",
    );
    check(
        "Quits\n\nJane Hale quit as chief whip ahead of the appointment of Ian Moss as leader.",
        d,
        "resign Jane Hale from=- to=- date=- asserted
         appoint Ian Moss from=- to=- date=- expected",
    );
}

#[test]
fn a_week_a_weekend_or_a_season_is_dated_at_calendar_precision() {
    // (2018-03-14 is a Wednesday: last week is 5-11 March, the weekend 10-11 March)
    let d = Some("2018-03-14");
    let cases: &[(&str, &str)] = &[
        ("Dan Reeve resigned last week.", "2018-03"),
        ("Dan Reeve resigned at the weekend.", "2018-03"),
        ("Dan Reeve resigned last spring.", "2017"),
        ("Dan Reeve resigned in the first quarter of 2017.", "2017"),
        ("Dan Reeve resigned on 3 March.", "2018-03-03"),
    ];
    for (text, date) in cases {
        check(
            &format!("Headline\n\n{text}"),
            d,
            &format!("resign Dan Reeve from=- to=- date={date} asserted"),
        );
    }
}

#[test]
fn a_week_across_two_months_is_its_year() {
    // 2018-W05 runs from Monday 29 January to Sunday 4 February
    assert_eq!(crate::events::calendar_precision("2018-W05"), "2018");
    assert_eq!(crate::events::calendar_precision("2018-W02"), "2018-01");
    assert_eq!(crate::events::calendar_precision("2018-W05-WE"), "2018-02");
    assert_eq!(
        crate::events::calendar_precision("2018-03-14"),
        "2018-03-14"
    );
    assert_eq!(crate::events::calendar_precision("2018-03"), "2018-03");
    assert_eq!(crate::events::calendar_precision("2018"), "2018");
}

#[test]
fn a_month_the_story_uses_as_a_surname_is_no_time() {
    check(
        "May unveils cabinet\n\nTheresa May unveiled her cabinet on Wednesday. Amber Rudd was promoted to home secretary in place of May herself. In May, Dan Reeve resigned.",
        Some("2016-07-14"),
        // (the cabinet unveiled on Wednesday frames the promotion told after it)
        "appoint Amber Rudd from=- to=- date=2016-07-13 asserted\n\
         resign Dan Reeve from=- to=- date=2016-05 asserted",
    );
}

#[test]
fn a_change_told_in_the_simple_present_takes_the_papers_day() {
    check(
        "New leader\n\nTributes were paid to Ann Cole, who steps down after nine years as leader of the Green Party.",
        Some("2014-03-05"),
        "resign Ann Cole from=- to=- date=2014-03-05 asserted",
    );
    check(
        "Leader goes\n\nTom Reed quits as Labour leader, ending six years in the post.",
        Some("2014-03-05"),
        "resign Tom Reed from=- to=- date=2014-03-05 asserted",
    );
    // the simple past gives no day
    check(
        "Leader goes\n\nTom Reed quit as Labour leader, ending six years in the post.",
        Some("2014-03-05"),
        "resign Tom Reed from=- to=- date=- asserted",
    );
}

#[test]
fn a_noun_trigger_takes_the_present_perfect_of_its_verb() {
    check(
        "Challenge\n\nGail Ross has formally launched her bid to become leader of the Liberal Democrats.",
        Some("2014-03-05"),
        "stand Gail Ross from=- to=Liberal Democrats date=2014-03-05 asserted",
    );
}

#[test]
fn a_when_clause_takes_the_time_of_its_main_clause_past_an_apposition() {
    check(
        "Blow for leader\n\nThe Green leader was dealt a blow yesterday when Tom Reed, a popular former councillor, quit the party to join Labour.",
        Some("2014-03-05"),
        "defect Tom Reed from=Green Party to=Labour Party date=2014-03-04 asserted",
    );
}

#[test]
fn the_person_announcing_the_move_next_dates_it() {
    for next in [
        "He announced the move on Tuesday.",
        "Reed made the announcement at a meeting last night.",
        "His decision came on Monday.",
    ] {
        let out = extract(
            &format!("Councillor quits\n\nCouncillor Tom Reed quit the Labour Party. {next}"),
            Some("2014-03-05"),
        );
        let dates: Vec<_> = out.events.iter().map(|e| e.date.clone()).collect();
        assert!(dates.len() == 1 && dates[0].is_some(), "{next}: {dates:?}");
    }
    // another person's announcement does not
    check(
        "Councillor quits\n\nCouncillor Tom Reed quit the Labour Party. Ann Cole announced the move on Tuesday.",
        Some("2014-03-05"),
        "leave Tom Reed from=Labour Party to=- date=- asserted",
    );
}

#[test]
fn a_possessive_s_is_no_perfect() {
    check(
        "Treasurer goes\n\nLabour's Tom Reed resigned as treasurer.",
        Some("2014-03-05"),
        "resign Tom Reed from=- to=- date=- asserted",
    );
    // a noun trigger that is the subject of a present-tense verb tells the day's news
    check(
        "Challenge\n\nMs Ross's leadership bid comes after a vote of no confidence in the leader.",
        Some("2014-03-05"),
        "stand Ross from=- to=- date=2014-03-05 asserted",
    );
}

#[test]
fn an_after_clause_is_not_dated_by_its_main_clause() {
    check(
        "Deputy named\n\nTom Reed was appointed deputy on Tuesday, after Ann Cole resigned.",
        Some("2014-03-05"),
        "appoint Tom Reed from=- to=- date=2014-03-04 asserted\nresign Ann Cole from=- to=- date=- asserted",
    );
    // a noun after "after" shares the main clause's time
    check(
        "Deputy named\n\nTom Reed was appointed home secretary in 1996 after the resignation of Ann Cole.",
        Some("2014-03-05"),
        "appoint Tom Reed from=- to=- date=1996 asserted\nresign Ann Cole from=- to=- date=1996 asserted",
    );
}

#[test]
fn the_start_of_a_span_and_a_day_before_an_after_gerund_date_nothing() {
    check(
        "Defection\n\nTom Reed had been the Conservative MP for Bexley since 2010 before defecting.",
        Some("2020-05-10"),
        "defect Tom Reed from=Conservative Party to=- date=- asserted",
    );
    // the main clause's day is not the gerund's, its year is
    check(
        "Quits\n\nTom Reed resigned on Tuesday after losing the ballot.",
        Some("2020-05-10"),
        "resign Tom Reed from=- to=- date=2020-05-05 asserted\ndefeat Tom Reed from=- to=- date=- asserted",
    );
    check(
        "Quits\n\nTom Reed resigned in 2015 after losing his seat.",
        Some("2020-05-10"),
        "resign Tom Reed from=- to=- date=2015 asserted\ndefeat Tom Reed from=- to=- date=2015 asserted",
    );
}

#[test]
fn the_last_election_and_a_general_election_in_a_month_are_polling_days() {
    check(
        "Seat\n\nTom Reed won the seat at the last election.",
        Some("2012-05-10"),
        "elect Tom Reed from=- to=- date=2010-05-06 asserted",
    );
    check(
        "Seat\n\nTom Reed was elected at the general election in May 2010.",
        Some("2012-05-10"),
        "elect Tom Reed from=- to=- date=2010-05-06 asserted",
    );
    // the next one has no date yet
    check(
        "Seat\n\nTom Reed will stand at the next election.",
        Some("2012-05-10"),
        "stand Tom Reed from=- to=- date=- expected",
    );
}

#[test]
fn now_dates_only_what_is_done() {
    check(
        "Quits\n\nTom Reed said he would now leave the party.",
        Some("2012-05-10"),
        "leave Tom Reed from=- to=- date=- expected",
    );
    check(
        "Quits\n\nTom Reed has now left the party.",
        Some("2012-05-10"),
        "leave Tom Reed from=- to=- date=2012-05-10 asserted",
    );
}

#[test]
fn a_list_announcing_their_decision_next_dates_each_change() {
    let out = extract(
        "Three quit\n\nThree Conservative MPs have resigned from the party to join the Northern Party. Anna Blake, Sarah Lowe and Helen Ward announced their decision on Wednesday morning.",
        Some("2019-02-21"),
    );
    let dates: Vec<_> = out.events.iter().map(|e| e.date.as_deref()).collect();
    assert_eq!(dates, vec![Some("2019-02-20"); 3], "{:?}", out.events);
}

#[test]
fn a_defection_set_beside_anothers_takes_the_time_of_its_own_half() {
    check(
        "Defection\n\nHis defection follows that of Sue Price, who quit the party last month.",
        Some("2013-03-14"),
        "defect Sue Price from=- to=- date=2013-02 asserted",
    );
}

#[test]
fn a_list_of_offices_takes_the_time_of_the_colon_sentence_that_opens_it() {
    check(
        "New cabinet\n\nThe prime minister named her top team yesterday - here is who got what:\n\nChancellor – Ann Cole\n\nHome Secretary – Tom Reed\n\nShe also sacked Sue Price.",
        Some("2016-07-14"),
        // (and the team named yesterday frames the sacking told after the list)
        "appoint Ann Cole from=- to=- date=2016-07-13 asserted
         appoint Tom Reed from=- to=- date=2016-07-13 asserted
         dismiss Sue Price from=- to=- date=2016-07-13 asserted",
    );
    // (a list that no dated sentence opens stays undated)
    check(
        "New cabinet\n\nThe prime minister has named her top team.\n\nChancellor – Ann Cole\n\nHome Secretary – Tom Reed",
        Some("2016-07-14"),
        "appoint Ann Cole from=- to=- date=- asserted
         appoint Tom Reed from=- to=- date=- asserted",
    );
}

#[test]
fn a_time_still_to_come_does_not_date_what_happened() {
    // (the expected premiership of tomorrow merges with nothing asserted, and lends its day to
    // none of them; its two readings, election and appointment, are one event, named as the
    // office decides)
    check(
        "Leadership result\n\nAnn Cole beat Tom Reed to become the new leader of the Conservative Party. Tomorrow she will go to the palace, when she will become the new prime minister.",
        Some("2022-09-05"),
        "defeat Tom Reed from=- to=- date=- asserted
         elect Ann Cole from=- to=- date=- asserted
         elect Ann Cole from=- to=- date=2022-09-06 expected",
    );
}

#[test]
fn a_participle_apposed_to_the_change_tells_its_time() {
    check_bodies(
        Some("2012-05-10"),
        &[
            (
                "Tom Reed's defection, announced on Monday, came as a shock.",
                "defect Tom Reed from=- to=- date=2012-05-07 asserted",
            ),
            (
                "Ann Cole's resignation as chairman, confirmed by the party last night, ends a long row.",
                "resign Ann Cole from=- to=- date=2012-05-09 asserted",
            ),
        ],
    );
}

#[test]
fn a_day_counted_from_an_event_is_not_counted_from_the_paper() {
    check_bodies(
        Some("2012-05-10"),
        &[
            (
                "The day after the vote, Ann Cole quit the party.",
                "leave Ann Cole from=- to=- date=- asserted",
            ),
            (
                "The day after losing the vote, Ann Cole quit the party.",
                "leave Ann Cole from=- to=- date=- asserted",
            ),
            (
                "Ann Cole quit the party the day before yesterday.",
                "leave Ann Cole from=- to=- date=2012-05-08 asserted",
            ),
        ],
    );
}

#[test]
fn a_change_hours_earlier_is_the_storys_day() {
    check(
        "Second minister quits\n\nGeoffrey Hale has become the second minister to quit following Ann Cole's resignation hours earlier.",
        Some("1998-12-23"),
        "resign Geoffrey Hale from=- to=- date=1998-12-23 asserted
         resign Ann Cole from=- to=- date=1998-12-23 asserted",
    );
}

#[test]
fn a_subjectless_conjunct_after_but_shares_the_first_clauses_time() {
    check_bodies(
        Some("2006-05-05"),
        &[
            (
                "In 1997 Tom Reed stood for the leadership, but was eliminated in the second round.",
                "stand Tom Reed from=- to=- date=1997 asserted
                 defeat Tom Reed from=- to=- date=1997 asserted",
            ),
            (
                "Tom Reed stood for the leadership in 1997 but was beaten.",
                "stand Tom Reed from=- to=- date=1997 asserted
                 defeat Tom Reed from=- to=- date=1997 asserted",
            ),
            // (a conjunct with its own subject keeps its own time)
            (
                "Tom Reed stood for the leadership in 1997 but Ann Cole was elected.",
                "stand Tom Reed from=- to=- date=1997 asserted
                 elect Ann Cole from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn a_profiles_first_election_does_not_date_a_defeat_told_later() {
    check(
        "Profile: Tom Reed\n\nTom Reed was elected MP for Sandmere in 1987. He worked in the City for ten years. He served on several committees. He wrote two books on economics. He is married with three children. Ann Cole beat Tom Reed in the leadership contest.",
        Some("2006-05-05"),
        "elect Tom Reed from=- to=- date=1987 asserted
         elect Ann Cole from=- to=- date=- asserted
         defeat Tom Reed from=- to=- date=- asserted",
    );
    // (the week's contest dates its loser wherever it is told)
    check(
        "Result\n\nAnn Cole was elected leader yesterday. Tom Reed came second. He worked in the City. He served on committees. He wrote books. Ann Cole beat Tom Reed comfortably.",
        Some("2006-05-05"),
        "elect Ann Cole from=- to=- date=2006-05-04 asserted
         defeat Tom Reed from=- to=- date=2006-05-04 asserted",
    );
}

#[test]
fn now_opens_the_next_clause_not_another_election() {
    check(
        "Group\n\nAnn Cole, elected as a Lib Dem in 2019, now sits with the Greens.",
        Some("2020-05-10"),
        "elect Ann Cole from=- to=Liberal Democrats date=2019 asserted",
    );
    check(
        "Seat\n\nTom Reed was re-elected in 2001 and 2005.",
        Some("2020-05-10"),
        "reelect Tom Reed from=- to=- date=2001 asserted
         reelect Tom Reed from=- to=- date=2005 asserted",
    );
}

#[test]
fn a_fronted_time_before_a_subject_with_an_apposition_dates_the_main_clause() {
    check(
        "Council\n\nIn June the deputy mayor, Cllr Kwabena Fairweather, stood down from the cabinet.",
        Some("2010-06-10"),
        "resign Kwabena Fairweather from=- to=- date=2010-06 asserted",
    );
}

#[test]
fn a_time_that_opens_a_sentence_counting_changes_dates_the_next_ones() {
    check(
        "Walkout\n\nYesterday brought three more departures. Rhodri Gethin quit as shadow Welsh secretary before breakfast.",
        Some("2010-06-10"),
        "resign Rhodri Gethin from=- to=- date=2010-06-09 asserted",
    );
    // a time sentence that names someone is about them, not a frame
    check(
        "Walkout\n\nYesterday Ann Cole announced two departures. Rhodri Gethin quit as shadow Welsh secretary.",
        Some("2010-06-10"),
        "resign Rhodri Gethin from=- to=- date=- asserted",
    );
}

#[test]
fn a_refusal_in_the_present_perfect_and_a_newly_appointed_office_are_the_days_news() {
    check_bodies(
        Some("2020-11-18"),
        &[
            (
                "Helen Marwick has decided not to readmit her predecessor Peter Lomax as a Labour MP.",
                "readmit Peter Lomax from=- to=Labour Party date=2020-11-18 denied",
            ),
            (
                "The newly appointed foreign secretary, Peter Lomax, waves as he leaves.",
                "appoint Peter Lomax from=- to=- date=2020-11-18 asserted",
            ),
        ],
    );
}

#[test]
fn a_clause_shares_the_time_of_the_clause_it_hangs_from() {
    // a "when" clause: the time of the clause it modifies
    check(
        "Split\n\nThe trouble began on Monday, when councillor Ann Cole, who represents Eastfield, announced that she was joining the Greens.",
        Some("2013-03-14"),
        "join Ann Cole from=- to=Green Party date=2013-03-11 asserted",
    );
    check(
        "Vacancy\n\nThe vacancy arose last month when the previous treasurer, Tom Reed, stood down.",
        Some("2013-03-14"),
        "resign Tom Reed from=- to=- date=2013-02 asserted",
    );
    // a participle hanging from the main verb
    check(
        "Cabinet\n\nThe council leader reshuffled her cabinet in January, handing the transport brief to Tom Reed.",
        Some("2013-03-14"),
        "appoint Tom Reed from=- to=- date=2013-01 asserted",
    );
    // a second past verb joined by "and", with no subject of its own
    check(
        "Hustings\n\nParty members held a hustings on Saturday and, after three hours of debate, chose Mark Denby as their candidate for Eastfield.",
        Some("2013-03-14"),
        "select Mark Denby from=- to=- date=2013-03-09 asserted",
    );
    // a time phrase after a coordinator and before the subject
    check(
        "Career\n\nAnn Cole first stood for Labour in 1992. But in 1997, she took Eastfield from the Conservatives.",
        Some("2013-03-14"),
        "stand Ann Cole from=- to=Labour Party date=1992 asserted\nelect Ann Cole from=- to=- date=1997 asserted",
    );
}

#[test]
fn a_time_inside_a_fronted_phrase_dates_the_main_clause() {
    check(
        "Results\n\nAt the county elections on 2 May, Tom Reed won Hillside for the Liberal Democrats.",
        Some("2013-06-14"),
        "elect Tom Reed from=- to=Liberal Democrats date=2013-05-02 asserted",
    );
}

#[test]
fn a_time_that_bounds_a_span_or_describes_someone_is_not_the_change_s() {
    // "since 2010" is where a count starts; the present tense is the paper's day
    check(
        "Housing\n\nTom Reed has been sacked. Ann Cole becomes the tenth housing minister since 2010.",
        Some("2013-03-14"),
        "dismiss Tom Reed from=- to=- date=2013-03-14 asserted\nappoint Ann Cole from=- to=- date=2013-03-14 asserted",
    );
    // a time inside an apposition describes the person
    check(
        "Whips\n\nHe was replaced as chief whip by Tom Reed, another 2010 intake MP.",
        Some("2013-03-14"),
        "appoint Tom Reed from=- to=- date=- asserted",
    );
    // a relative clause's time stays in it, and a second verb in another tense is no
    // conjunct of its
    check(
        "Count\n\nIn Castle ward, the former SNP councillor Tom Reed, who quit the SNP in March to join Alba, finishes fourth with 1,102 votes.",
        Some("2021-05-08"),
        "defect Tom Reed from=Scottish National Party to=Alba Party date=2021-03 asserted\n\
         defeat Tom Reed from=- to=- date=2021-05-08 asserted",
    );
}

#[test]
fn a_clause_of_the_same_moment_tells_the_time_of_the_verb_it_hangs_from() {
    check(
        "Cabinet\n\nTom Reed was appointed chief whip, as the prime minister completed his reshuffle on Tuesday.",
        Some("2010-05-13"),
        "appoint Tom Reed from=- to=- date=2010-05-11 asserted",
    );
    // (not what is still to come: the announcement's time is not the change's)
    check(
        "Stepping down\n\nTom Reed is to stand down at the next election after 26 years as the MP for Eastfield, his local party confirmed last night.",
        Some("2010-05-12"),
        "resign Tom Reed from=- to=- date=- expected",
    );
}

#[test]
fn a_month_named_with_an_anaphoric_that_is_in_the_year_just_told() {
    check(
        "Obituary\n\nTom Reed was first elected in 1979. That October Reed crossed the floor to the SDP.",
        Some("2015-08-21"),
        "elect Tom Reed from=- to=- date=1979 asserted\n\
         defect Tom Reed from=- to=Social Democratic Party date=1979-10 asserted",
    );
    // ("in December that year": the month and its "that year" are one phrase, in the year
    // told before them)
    check(
        "Profile\n\nIn 2005 Ann Cole was elected MP for Eastfield, and in December that year she was appointed a shadow minister.",
        Some("2007-05-02"),
        "elect Ann Cole from=- to=- date=2005 asserted\n\
         appoint Ann Cole from=- to=- date=2005-12 asserted",
    );
    check(
        "Obituary\n\nTom Reed joined the SDP in 1981. Ann Cole followed that year.",
        Some("2015-08-21"),
        "join Tom Reed from=- to=Social Democratic Party date=1981 asserted",
    );
    // (a bare month is the paper's year, as news tells it, even after a year long past)
    check(
        "Quits\n\nTom Reed was first elected in 1979. In June Reed quit the Labour Party.",
        Some("2015-08-21"),
        "elect Tom Reed from=- to=- date=1979 asserted\n\
         leave Tom Reed from=Labour Party to=- date=2015-06 asserted",
    );
}

#[test]
fn text_right_after_a_time_may_hold_wide_characters() {
    // (the look for "that year" after a time once cut a wide dash in two and panicked)
    check(
        "Quits\n\nTom Reed joined Labour in October — — — after a row.",
        Some("2015-11-21"),
        "join Tom Reed from=- to=Labour Party date=2015-10 asserted",
    );
}

#[test]
fn a_present_perfect_takes_no_past_time_told_before_it() {
    // (the time is the subject's participle's: the readmission is the day's news)
    check(
        "Readmitted\n\nA Labour councillor suspended from the group four months ago, Tom Reed, has been readmitted.",
        Some("2022-06-09"),
        "readmit Tom Reed from=- to=- date=2022-06-09 asserted",
    );
}

#[test]
fn a_trailing_reporting_tag_dates_a_present_perfect_news() {
    check(
        "Shortlist\n\nCouncillor Ann Cole has failed to make the final shortlist of three, the party's regional office confirmed on Monday.",
        Some("2015-10-21"),
        "deselect Ann Cole from=- to=- date=2015-10-19 asserted",
    );
}

#[test]
fn a_plan_is_not_dated_by_the_saying_of_it() {
    check(
        "Candidate\n\nTom Reed confirmed today that he will fight Eastfield for UKIP at next year's general election.",
        Some("2014-03-07"),
        "stand Tom Reed from=- to=UK Independence Party date=2015-05-07 expected",
    );
    check(
        "Candidate\n\nTom Reed said on Monday that he will stand down.",
        Some("2014-03-07"),
        "resign Tom Reed from=- to=- date=- expected",
    );
}

#[test]
fn a_time_among_a_clauses_fronted_adverbials_dates_it() {
    // the comma closing "in 1991, after a row …," is inside the second conjunct
    check(
        "Profile\n\nTom Reed returned to the Commons in 1987. By then his views had moved sharply, \
         and in 1991, after a bitter row over the poll tax, he crossed the floor to the Conservatives.",
        Some("2013-02-04"),
        "defect Tom Reed from=- to=Conservative Party date=1991 asserted",
    );
    check(
        "Profile\n\nTom Reed lost his seat in 1987, but on 3 March 1991, after a long row, he crossed the floor to the Conservatives.",
        Some("2013-02-04"),
        "defeat Tom Reed from=- to=- date=1987 asserted\n\
         defect Tom Reed from=- to=Conservative Party date=1991-03-03 asserted",
    );
    // (with no time among them, the earlier conjunct's time stays its own)
    check(
        "Profile\n\nTom Reed resigned as a minister in 1987, and after a row over the poll tax, he crossed the floor to the Conservatives.",
        Some("2013-02-04"),
        "resign Tom Reed from=- to=- date=1987 asserted\n\
         defect Tom Reed from=- to=Conservative Party date=- asserted",
    );
}

#[test]
fn a_fronted_time_reaches_past_a_participle_phrase_and_an_opening_connective() {
    check(
        "Obituary\n\nAnn Hale was an MP for ten years. Instead, in 2012, angered by the closure of the hospital, she left Labour.",
        Some("2021-02-09"),
        "leave Ann Hale from=Labour Party to=- date=2012 asserted",
    );
    check(
        "Obituary\n\nAnn Hale was an MP for ten years. However, in 2014, having lost the vote, she quit the cabinet.",
        Some("2021-02-09"),
        "resign Ann Hale from=- to=- date=2014 asserted",
    );
}

#[test]
fn an_opening_participle_clause_shares_its_time_and_an_infinitive_keeps_its_own() {
    check(
        "Obituary\n\nTom Hale defected in 2004. Standing as a Liberal Democrat in 2005, he lost the seat to Labour's Ann Owen by 412 votes.",
        Some("2021-02-09"),
        "defect Tom Hale from=- to=Liberal Democrats date=2004 asserted\n\
         stand Tom Hale from=- to=Liberal Democrats date=2005 asserted\n\
         defeat Tom Hale from=- to=- date=2005 asserted\n\
         elect Ann Owen from=- to=Labour Party date=2005 asserted",
    );
    // (a perfect participle tells what came before)
    check(
        "Obituary\n\nTom Hale defected in 2004. Having stood as a Liberal Democrat in 2005, he lost the seat in 2010.",
        Some("2021-02-09"),
        "defect Tom Hale from=- to=- date=2004 asserted\n\
         defeat Tom Hale from=- to=- date=2010 asserted",
    );
    // the time of what the selected person is to do is not the selection's
    check(
        "Selection\n\nSinn Fein has selected Tom Hale to contest Eastgate at next year's Assembly election.",
        Some("2006-07-22"),
        "select Tom Hale from=- to=Sinn Féin date=2006-07-22 asserted\n\
         stand Tom Hale from=- to=Sinn Féin date=2007 expected",
    );
}

#[test]
fn a_conjunct_told_as_later_has_a_time_of_its_own() {
    check(
        "Profile\n\nTom Hale was expelled from Labour in 2016 for antisemitism and later joined the Greens.",
        Some("2018-07-18"),
        "expel Tom Hale from=Labour Party to=- date=2016 asserted\n\
         join Tom Hale from=- to=Green Party date=- asserted",
    );
}

#[test]
fn a_time_counted_back_from_the_papers_news() {
    // "N years after" a present perfect's news counts back from the paper's year
    check(
        "Return\n\nTom Hale has rejoined Labour, two years after he was expelled.",
        Some("2018-07-18"),
        "join Tom Hale from=- to=Labour Party date=2018-07-18 asserted\n\
         expel Tom Hale from=Labour Party to=- date=2016 asserted",
    );
    // (a simple past with no time of its own gives nothing to count from)
    check(
        "Return\n\nTom Hale rejoined Labour, two years after he was expelled.",
        Some("2018-07-18"),
        "join Tom Hale from=- to=Labour Party date=- asserted\n\
         expel Tom Hale from=Labour Party to=- date=- asserted",
    );
}

#[test]
fn a_time_later_than_nothing_dated_is_no_time() {
    // "a week later" with no dated event before it would be counted from the paper's day
    check(
        "Sacked\n\nLabour leader Ann Dennison sacked Tom Rourke. He quit the party a week later.",
        Some("2018-07-18"),
        "dismiss Tom Rourke from=- to=- date=- asserted\n\
         leave Tom Rourke from=Labour Party to=- date=- asserted",
    );
}

#[test]
fn a_relative_clause_on_whom_keeps_its_time_and_a_fronted_weekday_before_a_plan_is_next() {
    check(
        "New party\n\nSo on Saturday, together with Tom Hale and Ann Owen, both of whom resigned from the Labour group in January, Gail Ross will launch Wrenfield First.",
        Some("2022-03-03"),
        "leave Tom Hale from=Labour Party to=- date=2022-01 asserted\n\
         leave Ann Owen from=Labour Party to=- date=2022-01 asserted\n\
         found Gail Ross from=- to=Wrenfield First date=2022-03-05 expected\n\
         found Tom Hale from=- to=Wrenfield First date=2022-03-05 expected\n\
         found Ann Owen from=- to=Wrenfield First date=2022-03-05 expected",
    );
    // (told as done, the fronted weekday is the last one)
    check(
        "New party\n\nOn Saturday Gail Ross launched Wrenfield First.",
        Some("2022-03-03"),
        "found Gail Ross from=- to=Wrenfield First date=2022-02-26 asserted",
    );
}

#[test]
fn a_month_without_its_year_in_a_simple_past_is_the_last_one() {
    check(
        "Why I quit\n\nThings changed last autumn. When I spoke out against the plan, the group leader, Councillor Phil Garside, removed Ann Owen as chair of the planning committee in November.",
        Some("2017-03-04"),
        "dismiss Ann Owen from=- to=- date=2016-11 asserted",
    );
    // (a year the text writes is its own, whatever the paper's date)
    check(
        "Candidate\n\nAnn Cole stood for the Scottish Parliament in 2022.",
        Some("2021-03-26"),
        "stand Ann Cole from=- to=- date=2022 asserted",
    );
}

#[test]
fn a_year_that_modifies_a_thing_dates_no_change_beside_it() {
    check_bodies(
        Some("2017-11-03"),
        &[
            (
                "Promotion for one of the 2016 intake: Tom Reed becomes minister for housing.",
                "appoint Tom Reed from=- to=- date=2017-11-03 asserted",
            ),
            // (a contest the year modifies is the change's time)
            (
                "Tom Reed stood in the 2017 snap election.",
                "stand Tom Reed from=- to=- date=2017-06-08 asserted",
            ),
            (
                "Tom Reed won the 2016 election.",
                "elect Tom Reed from=- to=- date=2016 asserted",
            ),
            ("Tom Reed stood in the way of reform at the election.", ""),
        ],
    );
}

/// A demonstrative whose copula's complement is a time ("That was in October 2004.")
/// locates the undated change of the sentence before.
/// The one a successor replaces, told leaving in a relative clause on "succeeding X" or
/// "replacing X", left when the succession was made: the main clause's time is theirs; a
/// relative clause on anyone else keeps its own.
#[test]
fn the_one_succeeded_left_at_the_succession_s_time() {
    check_bodies(
        Some("2016-05-21"),
        &[
            (
                "Brenda Ash became leader in 2010, succeeding Derek Orm, who stood down after \
                 twelve years at the helm.",
                "elect Brenda Ash from=- to=- date=2010 asserted
                 resign Derek Orm from=- to=- date=2010 asserted",
            ),
            (
                "Brenda Ash was appointed chief whip in May 2012, replacing Tom Reed, who \
                 resigned over the expenses row.",
                "appoint Brenda Ash from=- to=- date=2012-05 asserted
                 resign Tom Reed from=- to=- date=2012-05 asserted",
            ),
            (
                "Brenda Ash spoke in May 2012 in praise of Tom Reed, who resigned over the \
                 expenses row.",
                "resign Tom Reed from=- to=- date=- asserted",
            ),
        ],
    );
}

/// A snap or general election named just before a year or a month told relatively ("the snap
/// election earlier this year", "the snap election in June") is that year's polling day.
#[test]
fn a_snap_election_earlier_this_year_is_its_polling_day() {
    check(
        "Reshuffle\n\nAnn Cole was re-elected in the snap election held earlier this year. Tom \
         Reed was elected at the snap election in June.",
        Some("2017-11-02"),
        "reelect Ann Cole from=- to=- date=2017-06-08 asserted
         elect Tom Reed from=- to=- date=2017-06-08 asserted",
    );
}

#[test]
fn what_a_day_is_the_eve_of_happens_the_day_after() {
    check_bodies(
        Some("2007-06-26"),
        &[(
            "Alan Pike joined the Greens this morning, hours before the count and on the eve of \
             Jane Ross becoming council leader.",
            "join Alan Pike from=- to=Green Party date=2007-06-26 asserted
             elect Jane Ross from=- to=- date=2007-06-27 expected",
        )],
    );
}
