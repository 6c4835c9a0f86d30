//! Fact, plan, rumour, denial or supposition.

use super::*;

#[test]
fn modality_follows_the_cue_that_governs_the_verb() {
    let d = Some("2012-03-07");
    let cases: &[(&str, &str)] = &[
        (
            "Tory MP Jane Hollis is expected to defect to UKIP.",
            "expected",
        ),
        (
            "Tory MP Jane Hollis could defect to UKIP, sources say.",
            "rumoured",
        ),
        (
            "There are strong rumours that Tory MP Jane Hollis will defect to UKIP.",
            "rumoured",
        ),
        (
            "Tory MP Jane Hollis denied she would defect to UKIP.",
            "denied",
        ),
        ("Tory MP Jane Hollis did not defect to UKIP.", "denied"),
        (
            "Tory MP Jane Hollis would be welcomed by UKIP should she defect.",
            "hypothetical",
        ),
        (
            "If Tory MP Jane Hollis were to defect to UKIP, the party would lose its majority.",
            "hypothetical",
        ),
        (
            "Tory MP Jane Hollis defected to UKIP on Monday.",
            "asserted",
        ),
    ];
    for (text, want) in cases {
        let got = render(text, d);
        let modality = got.split_whitespace().last().unwrap_or("(no event)");
        assert_eq!(modality, *want, "on {text:?}: {got}");
    }
}

#[test]
fn calls_and_demands_are_not_events() {
    let d = Some("2012-03-07");
    for text in [
        "Labour MPs called on Ian Moss to resign.",
        "The chairman said Ian Moss should resign his seat.",
        "Critics demanded the resignation of Ian Moss.",
    ] {
        assert_eq!(render(text, d), "", "on {text:?}");
    }
}

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
fn as_expected_in_a_comment_clause_is_no_expectation() {
    check(
        "Reshuffle\n\nAs was widely expected, Ruth Kemble has been appointed chancellor.",
        Some("2014-03-04"),
        "appoint Ruth Kemble from=- to=- date=2014-03-04 asserted",
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
fn an_offer_rejected_and_speculation_dismissed_are_denials() {
    let d = Some("2015-03-12");
    check(
        "Minister\n\nTom Reed offered his resignation, but it was rejected.",
        d,
        "resign Tom Reed from=- to=- date=- denied",
    );
    check(
        "Minister\n\nTom Reed dismissed speculation he would quit the cabinet.",
        d,
        "resign Tom Reed from=- to=- date=- denied",
    );
}

#[test]
fn what_one_is_barred_from_does_not_happen_and_a_refusal_stays_apart_from_a_fact() {
    let d = Some("2020-11-18");
    check(
        "Barred\n\nTom Reed has been barred from standing as a Labour candidate.",
        d,
        "stand Tom Reed from=- to=Labour Party date=- denied",
    );
    // the membership restored and the whip refused are two readmissions (the refusal, in the
    // present perfect, the paper's day)
    check(
        "Whip\n\nA Labour panel lifted the suspension of Tom Reed on Tuesday. But the leader has decided not to readmit Tom Reed to the Labour Party as an MP.",
        d,
        "readmit Tom Reed from=- to=Labour Party date=2020-11-17 asserted
         readmit Tom Reed from=- to=Labour Party date=2020-11-18 denied",
    );
}

#[test]
fn nearness_and_links_are_rumour_not_fact() {
    let d = Some("2018-03-14");
    let cases: &[(&str, &str)] = &[
        (
            "Dan Reeve is on the brink of quitting the Conservative party.",
            "leave Dan Reeve from=Conservative Party to=- date=- rumoured",
        ),
        (
            "Dan Reeve is in line to replace Sara Moss as chief whip.",
            "appoint Dan Reeve from=- to=- date=- rumoured",
        ),
        // a closed-class word after the party leaves it the verb's object
        (
            "Dan Reeve will join Labour within days.",
            "join Dan Reeve from=- to=Labour Party date=- expected",
        ),
        (
            "Dan Reeve will defect to Labour within days.",
            "defect Dan Reeve from=- to=Labour Party date=- expected",
        ),
        // a gerund after "after" tells what already happened, whatever the main clause asks
        (
            "Dan Reeve has been urged to stand down as an MP after leaving the Tories to join Labour.",
            "defect Dan Reeve from=Conservative Party to=Labour Party date=- asserted",
        ),
        (
            "Dan Reeve will address supporters after quitting the Tories.",
            "leave Dan Reeve from=Conservative Party to=- date=- asserted",
        ),
        // an appointment still to be made is proposed, even where the lead names appointments
        (
            "Dan Reeve will be formally appointed chief whip on 1 April.",
            "appoint Dan Reeve from=- to=- date=2018-04-01 expected",
        ),
        // an owning party after "to" is no destination
        (
            "Dan Reeve announced his defection, saying he objected to the Conservatives' policies.",
            "defect Dan Reeve from=- to=- date=- asserted",
        ),
    ];
    check_bodies(d, cases);
}

#[test]
fn unnamed_sources_inversions_and_changed_minds() {
    let d = Some("2018-01-10");
    let cases: &[(&str, &str)] = &[
        (
            "Sources said Dan Reeve had quit the party.",
            "leave Dan Reeve from=- to=- date=- rumoured",
        ),
        (
            "Dan Reeve is said to have resigned.",
            "resign Dan Reeve from=- to=- date=- rumoured",
        ),
        (
            "Dan Reeve has defected to Labour, according to sources.",
            "defect Dan Reeve from=- to=Labour Party date=- rumoured",
        ),
        (
            "Dan Reeve has resigned, the BBC understands.",
            "resign Dan Reeve from=- to=- date=- rumoured",
        ),
        (
            "Dan Reeve has resigned, the Guardian has learned.",
            "resign Dan Reeve from=- to=- date=- rumoured",
        ),
        // a named source confirms
        (
            "Dan Reeve has resigned, his office said.",
            "resign Dan Reeve from=- to=- date=2018-01-10 asserted",
        ),
        (
            "Were Dan Reeve to quit, a by-election would follow.",
            "resign Dan Reeve from=- to=- date=- hypothetical",
        ),
        (
            "Dan Reeve had planned to defect but changed his mind.",
            "defect Dan Reeve from=- to=- date=- denied",
        ),
        (
            "Dan Reeve was expected to resign but stayed on.",
            "resign Dan Reeve from=- to=- date=- denied",
        ),
    ];
    check_bodies(d, cases);
}

#[test]
fn a_closed_relative_clause_keeps_its_modal_and_its_cues() {
    // the relative clause's plan is its own; the main clause reports the act
    check(
        "Headline\n\nAnn Cole, who said she would never quit, has quit.",
        Some("2015-03-12"),
        "resign Ann Cole from=- to=- date=- denied\nresign Ann Cole from=- to=- date=2015-03-12 asserted",
    );
    // a source before the subject still governs the main clause past the relative clause
    check(
        "Headline\n\nSources say Ann Cole, who joined in 2010, has quit.",
        Some("2015-03-12"),
        "resign Ann Cole from=- to=- date=- rumoured",
    );
}

#[test]
fn a_trigger_word_modifying_a_noun_of_talk_is_no_change() {
    check(
        "Cole dismisses quit claim report\n\nAnn Cole spoke to reporters.",
        Some("2015-03-12"),
        "resign Ann Cole from=- to=- date=- rumoured",
    );
}

#[test]
fn a_plural_pronoun_object_of_persuasion_names_nobody() {
    check(
        "Headline\n\nAnn Cole tried to persuade them to switch to Labour.",
        Some("2015-03-12"),
        "",
    );
}

#[test]
fn an_offer_refused_and_a_forecast_are_not_facts() {
    let d = Some("2020-05-10");
    check(
        "Headline\n\nTom Hale offered to resign but the prime minister refused.",
        d,
        "resign Tom Hale from=- to=- date=- denied",
    );
    check(
        "Headline\n\nTom Hale offered to resign.",
        d,
        "resign Tom Hale from=- to=- date=- hypothetical",
    );
    check(
        "Headline\n\nTom Hale is on course to win the seat.",
        d,
        "elect Tom Hale from=- to=- date=- expected",
    );
    // a refusal of something else, or to comment, leaves the act
    check(
        "Headline\n\nTom Hale resigned, but Labour rejected the claims.",
        d,
        "resign Tom Hale from=- to=- date=- asserted",
    );
    check(
        "Headline\n\nTom Hale resigned but the prime minister refused to comment.",
        d,
        "resign Tom Hale from=- to=- date=- asserted",
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
fn denying_a_leaving_the_story_asserts_is_rhetoric() {
    check(
        "Breakaway\n\nAnn Cole has resigned from the Conservative Party to join the Northern Party. Ms Cole said: \"I have not left the Conservative Party - it has left me.\"",
        Some("2019-02-21"),
        "defect Ann Cole from=Conservative Party to=Northern Party date=2019-02-21 asserted",
    );
    // (a denial by one who did not leave stands)
    check(
        "Breakaway\n\nAnn Cole said: \"I have not left the Conservative Party.\"",
        Some("2019-02-21"),
        "leave Ann Cole from=Conservative Party to=- date=- denied",
    );
}

#[test]
fn no_plans_to_resign_reported_by_another_is_still_hers() {
    check_bodies(
        Some("2016-03-11"),
        &[
            (
                "A spokesman for Ann Cole said she had no plans to resign.",
                "resign Ann Cole from=- to=- date=- denied",
            ),
            (
                "Ann Cole said she has no plans to quit.",
                "resign Ann Cole from=- to=- date=- denied",
            ),
            // (a plural of people as the subject still names nobody)
            (
                "As Tory councillors weighed up defecting, Ann Cole spoke.",
                "",
            ),
        ],
    );
}

#[test]
fn a_subject_negated_with_neither_nor_denies_the_change() {
    check(
        "Seat\n\nNeither Ann Cole nor Tom Reed will stand again.",
        Some("2017-06-09"),
        "stand Tom Reed from=- to=- date=- denied
         stand Ann Cole from=- to=- date=- denied",
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
fn no_choice_but_to_is_done_in_the_past_and_owed_in_the_present() {
    // "but" before "to" is a preposition ("no choice but"), not a new clause: the subject
    // reaches the change
    check_bodies(
        Some("2021-03-05"),
        &[
            (
                "Ann Cole said she had no choice but to quit Labour.",
                "leave Ann Cole from=Labour Party to=- date=- asserted",
            ),
            (
                "Ann Cole felt she had no option but to leave the Labour Party.",
                "leave Ann Cole from=Labour Party to=- date=- asserted",
            ),
            (
                "Critics say Ann Cole has no choice but to resign.",
                "resign Ann Cole from=- to=- date=- expected",
            ),
            (
                "Ann Cole insisted she had no choice but to stay in the Labour Party.",
                "",
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
fn persuading_done_tried_or_asked_for() {
    check_bodies(
        Some("2008-05-16"),
        &[
            // persuading that succeeded is the change; "them" is the subject party, not a
            // party in a relative clause about the person
            (
                "The Liberal Democrat group managed to persuade Nadia Stone, who had been sitting \
                 as an Independent councillor after being elected as Labour, to join them.",
                "elect Nadia Stone from=- to=Labour Party date=- asserted
                 join Nadia Stone from=- to=Liberal Democrats date=- asserted",
            ),
            (
                "Labour tried to persuade Nadia Stone to join the party.",
                "join Nadia Stone from=- to=Labour Party date=- hypothetical",
            ),
            (
                "Labour failed to persuade Nadia Stone to join the party.",
                "join Nadia Stone from=- to=Labour Party date=- denied",
            ),
            // asking or inviting is a call, no change
            ("Labour invited Nadia Stone to join the party.", ""),
            ("Labour urged Nadia Stone to join the party.", ""),
        ],
    );
}

#[test]
fn a_change_called_for_is_no_change() {
    check_bodies(
        Some("2021-03-05"),
        &[
            ("Ann Cole rejected calls to resign.", ""),
            ("Ann Cole faces calls to resign.", ""),
            ("Ann Cole ignored demands for her to quit the party.", ""),
            // (what was done after the calls still is)
            (
                "Ann Cole resigned after weeks of calls to go.",
                "resign Ann Cole from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn a_call_in_a_clause_an_adverbial_leaves_behind_does_not_reach_the_change() {
    check_bodies(
        Some("2018-08-30"),
        &[
            (
                "Tom Hale said Labour must change, following his decision to quit the party's \
                 group in Parliament.",
                // ("the party" is the one the sentence names: Labour)
                "leave Tom Hale from=Labour Party to=- date=- asserted",
            ),
            // (a call on the person still is one)
            ("Labour must expel Tom Hale, his critics said.", ""),
            ("Critics said Tom Hale must quit the party.", ""),
        ],
    );
}

#[test]
fn a_change_weighed_up_is_no_change_made() {
    check_bodies(
        Some("2017-06-09"),
        &[
            (
                "Tom Hale met with Ann Cole to discuss joining the Greens.",
                "join Tom Hale from=- to=Green Party date=- rumoured",
            ),
            (
                "Tom Hale discussed defecting with Reform UK officials.",
                "defect Tom Hale from=- to=- date=- rumoured",
            ),
        ],
    );
}

#[test]
fn a_near_miss_did_not_happen_and_a_change_toyed_with_is_talk() {
    check_bodies(
        Some("2017-06-09"),
        &[
            (
                "Tom Hale almost quit the party in 2015.",
                "leave Tom Hale from=- to=- date=2015 denied",
            ),
            (
                "Tom Hale nearly defected to UKIP.",
                "defect Tom Hale from=- to=UK Independence Party date=- denied",
            ),
            (
                "Tom Hale came close to resigning.",
                "resign Tom Hale from=- to=- date=- denied",
            ),
            (
                "Tom Hale stopped short of quitting the party.",
                "leave Tom Hale from=- to=- date=- denied",
            ),
            (
                "Tom Hale flirted with joining UKIP last year.",
                "join Tom Hale from=- to=UK Independence Party date=2016 rumoured",
            ),
            // (a figure's "nearly" is no near miss)
            (
                "Tom Hale quit the party after nearly 20 years.",
                "leave Tom Hale from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn a_change_refused_talked_out_of_or_lined_up_did_not_happen() {
    check_bodies(
        Some("2017-06-09"),
        &[
            (
                "Tom Hale's resignation was not accepted.",
                "resign Tom Hale from=- to=- date=- denied",
            ),
            (
                "Tom Hale was talked out of resigning.",
                "resign Tom Hale from=- to=- date=- denied",
            ),
            (
                "There is no question of Tom Hale resigning.",
                "resign Tom Hale from=- to=- date=- denied",
            ),
            (
                "It is not true that Tom Hale has defected, his office said.",
                "defect Tom Hale from=- to=- date=- denied",
            ),
            (
                "Tom Hale was tempted to quit the party.",
                "leave Tom Hale from=- to=- date=- rumoured",
            ),
            (
                "Tom Hale is being lined up to replace Ann Cole as chief whip.",
                "appoint Tom Hale from=- to=- date=- rumoured",
            ),
        ],
    );
}

#[test]
fn what_unnamed_allies_say_and_a_change_being_prepared_are_not_facts() {
    check_bodies(
        Some("2017-06-09"),
        &[
            (
                "Allies of Tom Hale say he is preparing to quit the Conservatives.",
                "leave Tom Hale from=Conservative Party to=- date=- rumoured",
            ),
            (
                "Tom Hale is preparing to quit the Conservatives.",
                "leave Tom Hale from=Conservative Party to=- date=- expected",
            ),
            (
                "Tom Hale is on the cusp of joining Reform UK.",
                "join Tom Hale from=- to=Reform UK date=- rumoured",
            ),
            // (a name put forward is a candidacy; the office it aims at is not won)
            (
                "Tom Hale has put his name forward to replace Ann Cole as leader.",
                "stand Tom Hale from=- to=- date=2017-06-09 asserted
                 elect Tom Hale from=- to=- date=- hypothetical",
            ),
            (
                "Tom Hale is set for a return to the cabinet.",
                "appoint Tom Hale from=- to=- date=- expected",
            ),
            (
                "Tom Hale has been sacked, it was claimed.",
                "dismiss Tom Hale from=- to=- date=- rumoured",
            ),
        ],
    );
}

#[test]
fn an_offer_refused_an_agreement_to_go_and_encouragement_are_not_facts() {
    check_bodies(
        Some("2017-06-09"),
        &[
            (
                "Tom Hale turned down an offer to join the cabinet.",
                "appoint Tom Hale from=- to=- date=- denied",
            ),
            (
                "Tom Hale rejected an offer to defect to Reform UK.",
                "defect Tom Hale from=- to=Reform UK date=- denied",
            ),
            (
                "Tom Hale has agreed to stand down.",
                "resign Tom Hale from=- to=- date=- expected",
            ),
            (
                "Tom Hale has been encouraged to stand for the leadership.",
                "",
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
fn an_if_between_two_adjectives_concedes_and_supposes_nothing() {
    check(
        "Profile\n\nA fluent if abrasive speaker, Tom Ashby was appointed a junior minister in 1967.",
        Some("2014-05-10"),
        "appoint Tom Ashby from=- to=- date=1967 asserted",
    );
    check(
        "Profile\n\nIf Tom Ashby is appointed a minister, he will resign his seat.",
        Some("2014-05-10"),
        "appoint Tom Ashby from=- to=- date=- hypothetical
         resign Tom Ashby from=- to=- date=- hypothetical",
    );
}

#[test]
fn a_fronted_adverbial_clause_keeps_its_cues_to_itself() {
    let d = Some("2014-02-19");
    for (text, expect) in [
        (
            "When the result was announced on Monday, Tom Ashby was elected leader.",
            "elect Tom Ashby from=- to=- date=2014-02-17 asserted",
        ),
        (
            "After rumours swirled for weeks, Tom Ashby quit Labour on Monday.",
            "leave Tom Ashby from=Labour Party to=- date=2014-02-17 asserted",
        ),
        (
            "Although he had denied it, Tom Ashby defected to UKIP on Monday.",
            "defect Tom Ashby from=- to=UK Independence Party date=2014-02-17 asserted",
        ),
    ] {
        check(&format!("News\n\n{text}"), d, expect);
    }
    // a fronted "if" is the supposition itself
    check(
        "News\n\nIf Tom Ashby is appointed a minister, he will resign his seat.",
        d,
        "appoint Tom Ashby from=- to=- date=- hypothetical
         resign Tom Ashby from=- to=- date=- hypothetical",
    );
}

#[test]
fn what_an_after_gerund_adjunct_tells_is_done_whatever_the_main_clause_plans() {
    let d = Some("2014-02-19");
    check(
        "News\n\nTom Ashby is expected to speak today after leaving the Labour Party last week.",
        d,
        "leave Tom Ashby from=Labour Party to=- date=2014-02 asserted",
    );
    check(
        "News\n\nLachlan Birtwhistle is understood to be considering his position after being sacked as a shadow Treasury minister in the summer.",
        d,
        "resign Lachlan Birtwhistle from=- to=- date=- rumoured
         dismiss Lachlan Birtwhistle from=- to=- date=2013 asserted",
    );
}

#[test]
fn what_officials_expect_what_one_can_do_and_what_is_said_to_be_are_not_facts() {
    check_bodies(
        Some("2012-05-14"),
        &[
            (
                "Green officials privately expect one of them, the Harnby MP Gideon Varley, to defect in the new year.",
                "defect Gideon Varley from=- to=- date=- expected",
            ),
            (
                "Nadia Pellow, the party chairman, has stepped down from the role so that she can run for leader.",
                "resign Nadia Pellow from=- to=- date=2012-05-14 asserted\n\
                 stand Nadia Pellow from=- to=- date=- expected",
            ),
            (
                "Gideon Varley is said to have quit the party.",
                "leave Gideon Varley from=- to=- date=- rumoured",
            ),
        ],
    );
}

#[test]
fn a_candidate_being_lined_up_and_talks_with_a_party_are_rumours_of_moves_to_it() {
    check_bodies(
        Some("2014-03-10"),
        &[
            (
                "Gideon Varley is being lined up to fight the seat for Labour.",
                "stand Gideon Varley from=- to=Labour Party date=- rumoured",
            ),
            (
                "Gideon Varley is in talks with UKIP about defecting.",
                "defect Gideon Varley from=- to=UK Independence Party date=- rumoured",
            ),
            // (a party that "would welcome" someone is where they would go)
            (
                "Labour would welcome Gideon Varley should he defect.",
                "defect Gideon Varley from=- to=Labour Party date=- hypothetical",
            ),
        ],
    );
}

#[test]
fn a_conjunct_with_its_own_subject_is_governed_only_through_a_reported_first_conjunct() {
    check_bodies(
        Some("2016-09-20"),
        &[
            // the cue's infinitive ends where "and his defeat" opens a clause of its own
            (
                "Rowan Petch had been expected to contest the leadership and his defeat in the general election stunned the party.",
                "stand Rowan Petch from=- to=- date=- expected
                 defeat Rowan Petch from=- to=- date=- asserted",
            ),
            // a verb of denial with its own object does not reach the next clause
            (
                "Rowan Petch denied the claims and he resigned as chairman.",
                "resign Rowan Petch from=- to=- date=- asserted",
            ),
            // what sources report runs on into the second conjunct they report
            (
                "Sources say Rowan Petch has quit Labour and he has joined the Greens.",
                "defect Rowan Petch from=Labour Party to=Green Party date=- rumoured",
            ),
        ],
    );
}

#[test]
fn a_candidate_others_line_up_is_talk_and_one_they_urge_no_event() {
    check_bodies(
        Some("2010-07-15"),
        &[
            (
                "Tory strategists are lining up Anna Pellow, a former newsreader, to fight the seat for the Conservatives.",
                "stand Anna Pellow from=- to=Conservative Party date=- rumoured",
            ),
            (
                "The Tories urged Anna Pellow to fight the seat.",
                "",
            ),
        ],
    );
}

#[test]
fn were_and_a_subject_before_to_is_a_supposition_wherever_its_clause_opens() {
    check_bodies(
        Some("2000-04-04"),
        &[(
            "Tom Reed told the radio that it would be hard: \"Were Kenneth Lyle to become mayor he would have to work with us.\"",
            "elect Kenneth Lyle from=- to=- date=- hypothetical",
        )],
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
fn hearsay_adverbs_and_parenthetical_attributions_leave_a_change_unconfirmed() {
    check_bodies(
        Some("2016-05-07"),
        &[
            (
                "Tom Hale allegedly quit the Labour Party last month.",
                "leave Tom Hale from=Labour Party to=- date=2016-04 rumoured",
            ),
            (
                "Tom Hale, it is claimed, has joined UKIP.",
                "join Tom Hale from=- to=UK Independence Party date=- rumoured",
            ),
            (
                "Tom Hale, it is understood, has joined UKIP.",
                "join Tom Hale from=- to=UK Independence Party date=- rumoured",
            ),
            // (what emerged is known)
            (
                "Tom Hale, it emerged, has joined UKIP.",
                "join Tom Hale from=- to=UK Independence Party date=2016-05-07 asserted",
            ),
        ],
    );
}

#[test]
fn conditions_negated_pairs_and_cold_water() {
    check_bodies(
        Some("2016-05-07"),
        &[
            // what would or could happen on a condition told after it is supposed
            (
                "Tom Hale said he would quit if the party backed the deal.",
                "resign Tom Hale from=- to=- date=- hypothetical",
            ),
            (
                "Labour could expel Tom Hale if he refuses to apologise.",
                "expel Tom Hale from=Labour Party to=- date=- hypothetical",
            ),
            // (a plan with no condition stays a plan)
            (
                "Tom Hale would stand for the leadership, friends said.",
                "stand Tom Hale from=- to=- date=- expected",
            ),
            // both halves of a negated pair are denied
            (
                "Tom Hale was neither sacked nor did he resign.",
                "dismiss Tom Hale from=- to=- date=- denied\n\
                 resign Tom Hale from=- to=- date=- denied",
            ),
            (
                "Tom Hale poured cold water on claims he would defect to UKIP.",
                "defect Tom Hale from=- to=UK Independence Party date=- denied",
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
fn a_sentence_opened_by_nor_denies_its_change() {
    check(
        "Why I am leaving Labour\n\nBy Ann Owen\n\nI have left the Labour Party after 30 years. Nor, whatever you may have read on Facebook, have I joined the Greens.",
        Some("2016-05-07"),
        "leave Ann Owen from=Labour Party to=- date=2016-05-07 asserted\n\
         join Ann Owen from=- to=Green Party date=- denied",
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
fn a_negation_in_an_earlier_clause_does_not_reach_an_object_frames_change() {
    check_bodies(
        Some("2017-03-04"),
        &[
            (
                "Although Ann Owen could not attend, the party expelled Tom Hale on Monday.",
                "expel Tom Hale from=- to=- date=2017-02-27 asserted",
            ),
            (
                "Ann Owen did not comment, but the party expelled Tom Hale on Monday.",
                "expel Tom Hale from=- to=- date=2017-02-27 asserted",
            ),
            // (one in the trigger's own clause still does)
            (
                "The party did not expel Tom Hale.",
                "expel Tom Hale from=- to=- date=- denied",
            ),
            (
                "Labour said it would not expel Tom Hale.",
                "expel Tom Hale from=Labour Party to=- date=- denied",
            ),
        ],
    );
}

#[test]
fn a_clause_of_what_happened_and_if_anything_are_not_governed_by_a_modal() {
    check_bodies(
        Some("2017-03-04"),
        &[
            (
                "Ann Owen could be next, after Tom Hale quit the Labour Party on Monday.",
                "leave Tom Hale from=Labour Party to=- date=2017-02-27 asserted",
            ),
            (
                "If anything, Tom Hale's defection to UKIP on Monday was overdue.",
                "defect Tom Hale from=- to=UK Independence Party date=2017-02-27 asserted",
            ),
            // (a phrase after "after" is no clause: the hearsay still governs)
            (
                "Sources say that after weeks of talks Tom Hale has quit the party.",
                "leave Tom Hale from=- to=- date=- rumoured",
            ),
            (
                "If Tom Hale quits, Labour will lose its majority.",
                "leave Tom Hale from=Labour Party to=- date=- hypothetical",
            ),
        ],
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
fn a_negated_verb_that_makes_a_noun_trigger_denies_it() {
    check_bodies(
        Some("2012-03-07"),
        &[
            (
                "Tom Hale did not announce his resignation.",
                "resign Tom Hale from=- to=- date=- denied",
            ),
            (
                "Ann Owen has never declared her candidacy.",
                "stand Ann Owen from=- to=- date=- denied",
            ),
            (
                "Tom Hale has not handed in his resignation.",
                "resign Tom Hale from=- to=- date=- denied",
            ),
            // (a verb that does not make the change leaves it made)
            (
                "The party did not endorse Tom Hale's appointment.",
                "appoint Tom Hale from=- to=- date=- asserted",
            ),
            // ("until" says when it was made)
            (
                "Tom Hale did not announce his resignation until Monday.",
                "resign Tom Hale from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn too_and_an_adjective_rule_out_the_infinitive() {
    check_bodies(
        Some("2012-03-07"),
        &[
            (
                "Tom Hale said he was too young to retire.",
                "resign Tom Hale from=- to=- date=- denied",
            ),
            (
                "Tom Hale, 48, says he is too young to stand down.",
                "resign Tom Hale from=- to=- date=- denied",
            ),
            // (the degree of another clause leaves the change told)
            (
                "Tom Hale retired at 60, too early to draw his pension.",
                "resign Tom Hale from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn a_suggestion_or_an_offer_is_not_the_change() {
    check_bodies(
        Some("2012-03-07"),
        &[
            (
                "The message was meant as a suggestion that Tom Hale offer to resign.",
                "resign Tom Hale from=- to=- date=- hypothetical",
            ),
            (
                "Amid a suggestion that Tom Hale will resign, the party was silent.",
                "resign Tom Hale from=- to=- date=- rumoured",
            ),
            (
                "Ann Owen has the potential to replace Tom Hale as leader.",
                "appoint Ann Owen from=- to=- date=- rumoured",
            ),
            // ("an offer", a noun: what the verb that takes it says)
            (
                "Tom Hale accepted an offer to join the cabinet.",
                "appoint Tom Hale from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn the_alternative_set_aside_is_not_done() {
    check_bodies(
        Some("2012-03-07"),
        &[
            (
                "Ann Owen chose to sit as an independent rather than join the Conservatives.",
                "join Ann Owen from=- to=Conservative Party date=- denied",
            ),
            (
                "Tom Hale stayed in Labour instead of joining the Greens.",
                "join Tom Hale from=- to=Green Party date=- denied",
            ),
            (
                "Tom Hale resigned rather than face the sack.",
                "resign Tom Hale from=- to=- date=- asserted\n\
                 dismiss Tom Hale from=- to=- date=- denied",
            ),
        ],
    );
}

#[test]
fn a_cue_in_scare_quotes_is_the_cue_and_an_agents_party_is_not_the_subjects() {
    check_bodies(
        Some("2013-01-18"),
        &[(
            "Aled Pritchard, who represents Dyffryn Teifi, was said by several Labour \
             backbenchers to be \"on the verge\" of switching sides.",
            "defect Aled Pritchard from=- to=- date=- rumoured",
        )],
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

#[test]
fn a_change_asked_about_in_a_yes_no_question_is_not_asserted() {
    for (headline, want) in [
        (
            "Will Tom Reed defect to Reform UK?",
            "defect Tom Reed from=- to=Reform UK date=- rumoured",
        ),
        (
            "Has Tom Reed quit the Tories?",
            "leave Tom Reed from=Conservative Party to=- date=- rumoured",
        ),
        (
            "Tom Reed quits? Not yet, say friends",
            "resign Tom Reed from=- to=- date=- rumoured",
        ),
        // (a wh-question presupposes the change)
        (
            "Why did Tom Reed quit the Tories?",
            "leave Tom Reed from=Conservative Party to=- date=2015-06-23 asserted",
        ),
    ] {
        check(
            &format!("{headline}\n\nThe story goes on without a name."),
            Some("2015-06-23"),
            want,
        );
    }
}

#[test]
fn a_change_of_party_not_ruled_out_is_a_rumour() {
    check_bodies(
        Some("2015-06-23"),
        &[
            (
                "Tom Reed refused to rule out a defection to Reform UK.",
                "defect Tom Reed from=- to=Reform UK date=- rumoured",
            ),
            (
                "Tom Reed ruled out a defection to Reform UK.",
                "defect Tom Reed from=- to=Reform UK date=- denied",
            ),
        ],
    );
}

#[test]
fn talk_of_a_change_a_link_with_a_move_and_neither_confirming_nor_denying_leave_it_open() {
    check_bodies(
        Some("2015-06-23"),
        &[
            (
                "Talk of Tom Reed's defection to Reform UK grew.",
                "defect Tom Reed from=- to=Reform UK date=- rumoured",
            ),
            (
                "Tom Reed has been linked with a move to Reform UK.",
                "defect Tom Reed from=- to=Reform UK date=- rumoured",
            ),
            (
                "Tom Reed would neither confirm nor deny that he had quit.",
                "resign Tom Reed from=- to=- date=- rumoured",
            ),
            (
                "Tom Reed denied that he had quit.",
                "resign Tom Reed from=- to=- date=- denied",
            ),
        ],
    );
}

#[test]
fn a_contender_and_an_invitation_are_not_the_change() {
    check_bodies(
        Some("2015-06-23"),
        &[
            (
                "Tom Reed is in the running to become leader.",
                "elect Tom Reed from=- to=- date=- rumoured",
            ),
            (
                "Tom Reed was invited to join Reform UK.",
                "join Tom Reed from=- to=Reform UK date=- rumoured",
            ),
            (
                "Tom Reed is in pole position to succeed Ann Cole as leader.",
                "elect Tom Reed from=- to=- date=- rumoured",
            ),
        ],
    );
}

#[test]
fn an_office_offered_is_not_yet_taken() {
    check_bodies(
        Some("2015-06-23"),
        &[
            (
                "Tom Reed has been offered the job of chancellor.",
                "appoint Tom Reed from=- to=- date=- rumoured",
            ),
            (
                "Tom Reed was offered the job of chancellor but turned it down.",
                "appoint Tom Reed from=- to=- date=- denied",
            ),
        ],
    );
}

#[test]
fn a_change_noun_subject_of_a_conditional_is_supposed() {
    check_bodies(
        Some("2015-06-23"),
        &[
            (
                "Tom Reed's resignation as chairman would trigger a contest.",
                "resign Tom Reed from=- to=- date=- hypothetical",
            ),
            // (what a change told as done goes on to cause is still told as done)
            (
                "Tom Reed's resignation as chairman triggered a contest.",
                "resign Tom Reed from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn an_inclination_an_appearance_and_a_near_certainty_are_not_the_change() {
    check_bodies(
        Some("2015-06-23"),
        &[
            (
                "Tom Reed is minded to resign.",
                "resign Tom Reed from=- to=- date=- rumoured",
            ),
            (
                "Tom Reed is thinking of quitting.",
                "resign Tom Reed from=- to=- date=- rumoured",
            ),
            (
                "Tom Reed seems to have quit.",
                "resign Tom Reed from=- to=- date=- rumoured",
            ),
            (
                "Tom Reed seems certain to be sacked.",
                "dismiss Tom Reed from=- to=- date=- expected",
            ),
            (
                "Tom Reed is almost certain to quit.",
                "resign Tom Reed from=- to=- date=- expected",
            ),
            // (a near miss stays a near miss)
            (
                "Tom Reed almost quit.",
                "resign Tom Reed from=- to=- date=- denied",
            ),
        ],
    );
}

#[test]
fn a_resignation_refused_or_an_announcement_to_come_is_not_asserted() {
    check_bodies(
        Some("2015-06-23"),
        &[
            (
                "The prime minister refused to accept Tom Reed's resignation.",
                "resign Tom Reed from=- to=- date=- denied",
            ),
            (
                "The prime minister accepted Tom Reed's resignation.",
                "resign Tom Reed from=- to=- date=- asserted",
            ),
            (
                "Tom Reed will announce his resignation on Friday.",
                "resign Tom Reed from=- to=- date=2015-06-26 expected",
            ),
            (
                "Tom Reed announced his resignation on Friday.",
                "resign Tom Reed from=- to=- date=2015-06-19 asserted",
            ),
        ],
    );
}

/// A rumour its subject denies in the next sentences is denied: the denial's subject is the
/// person (by name, by pronoun, or "his spokesman"), its object the talk itself.
#[test]
fn talk_of_a_change_denied_by_its_subject_next_is_denied() {
    let d = Some("2017-09-13");
    for denial in [
        "His spokesman dismissed the suggestion out of hand last night.",
        "Mr Rennick denied the claims last night.",
        "He has ruled it out.",
        "But Mr Rennick was quick to dismiss the talk when contacted.",
    ] {
        check(
            &format!(
                "Holyrood\n\nThere has been speculation that Tom Rennick could join the Scottish Greens. {denial}"
            ),
            d,
            "join Tom Rennick from=- to=Scottish Green Party date=- denied",
        );
    }
    // someone else's denial, or a denial of something else, leaves the talk as talk
    for other in [
        "Ann Cole denied the claims last night.",
        "He denied that he had been drinking.",
    ] {
        check(
            &format!(
                "Holyrood\n\nThere has been speculation that Tom Rennick could join the Scottish Greens. {other}"
            ),
            d,
            "join Tom Rennick from=- to=Scottish Green Party date=- rumoured",
        );
    }
}
