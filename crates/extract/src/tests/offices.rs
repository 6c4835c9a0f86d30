//! Offices: appointments by verb, noun, light verb and list; what is no appointment.

use super::*;

#[test]
fn new_offices_from_become_take_over_and_move_to() {
    let d = Some("2014-07-15");
    check(
        "Headline\n\nAlan Frost became home secretary in 2011.",
        d,
        "appoint Alan Frost from=- to=- date=2011 asserted",
    );
    check(
        "Headline\n\nCarol Webb, who took over as chancellor last year, has kept her job.",
        d,
        "appoint Carol Webb from=- to=- date=2013 asserted",
    );
    check(
        "Headline\n\nIn the reshuffle, Hugh Lyle moves to defence secretary.",
        d,
        // (the simple present tells the day's news)
        "appoint Hugh Lyle from=- to=- date=2014-07-15 asserted",
    );
}

#[test]
fn taking_a_post_or_charge_of_an_office_is_an_appointment() {
    let d = Some("2014-03-05");
    for (sentence, who) in [
        (
            "Ruth Kemble will take the post of transport secretary.",
            "Ruth Kemble",
        ),
        (
            "Mark Denby will take over the position of home secretary.",
            "Mark Denby",
        ),
        (
            "Jane Hollis, the former chief whip, will take charge of the Home Office.",
            "Jane Hollis",
        ),
        (
            "Tom Reed received a cabinet appointment as Northern Ireland secretary.",
            "Tom Reed",
        ),
        (
            "Sara Quint has been awarded with the post of foreign secretary.",
            "Sara Quint",
        ),
    ] {
        assert_event("Reshuffle", sentence, d, "appoint", who);
    }
}

#[test]
fn drafted_in_is_an_appointment_only_to_an_office() {
    check(
        "Headline\n\nMayor Ray Mallow has been drafted in to boost the Yes campaign.",
        Some("2015-03-12"),
        "",
    );
    check(
        "Headline\n\nTom Hale was brought back as chief whip on Monday.",
        Some("2015-03-12"),
        "appoint Tom Hale from=- to=- date=2015-03-09 asserted",
    );
    check(
        "Headline\n\nTom Hale was brought in to run the election campaign.",
        Some("2015-03-12"),
        "appoint Tom Hale from=- to=- date=- asserted",
    );
}

#[test]
fn replacing_someone_as_an_office_is_taking_it() {
    let d = Some("2015-03-12");
    check(
        "Whips\n\nTom Reed is to replace Ann Cole as chief whip.",
        d,
        "appoint Tom Reed from=- to=- date=- expected",
    );
    check(
        "Whips\n\nAnn Cole was replaced as chief whip by Tom Reed.",
        d,
        "appoint Tom Reed from=- to=- date=- asserted",
    );
    check(
        "Challenge\n\nJane Hale began her bid to replace Ann Cole as chief whip.",
        d,
        "",
    );
}

#[test]
fn being_handed_a_named_brief_is_an_appointment() {
    check(
        "Reshuffle\n\nJane Hale was handed the transport brief on Monday. Tom Reed has been handed a brief to review the rules.",
        Some("2015-03-12"),
        "appoint Jane Hale from=- to=- date=2015-03-09 asserted",
    );
}

#[test]
fn a_brief_read_as_an_adjective_before_a_phrase_is_still_the_brief() {
    // (the tagger reads "brief" before "at" as an adjective hung on "prisons")
    check(
        "Reshuffle\n\nJane Hale was handed the prisons brief at the Home Office on Monday.",
        Some("2015-03-12"),
        "appoint Jane Hale from=- to=- date=2015-03-09 asserted",
    );
}

#[test]
fn a_role_before_the_named_object_does_not_hide_the_office_after_it() {
    check_bodies(
        Some("2015-03-12"),
        &[
            (
                "Labour moved quickly, naming Sandmere MSP Ann Cole as its new business manager.",
                "appoint Ann Cole from=- to=- date=- asserted",
            ),
            (
                "The leader named veteran MP Tom Reed as chief whip.",
                "appoint Tom Reed from=- to=- date=- asserted",
            ),
            // (a role before the name and no office after it names nothing taken)
            ("The leader named Labour MP Tom Reed in his speech.", ""),
        ],
    );
}

#[test]
fn a_party_groups_officers_are_offices() {
    check_bodies(
        Some("2015-03-12"),
        &[
            (
                "Ann Cole was named the committee's deputy convener on Monday.",
                "appoint Ann Cole from=- to=- date=2015-03-09 asserted",
            ),
            (
                "Tom Reed has stood down as the party's business manager.",
                "resign Tom Reed from=- to=- date=2015-03-12 asserted",
            ),
        ],
    );
}

#[test]
fn being_co_opted_to_a_body_or_into_a_seat_is_an_appointment() {
    check_bodies(
        Some("2015-03-12"),
        &[
            (
                "Ann Cole has been co-opted to the Assembly to replace a member who died.",
                "appoint Ann Cole from=- to=- date=2015-03-12 asserted",
            ),
            (
                "The party co-opted Ann Cole into the Sandmere seat on Monday.",
                "appoint Ann Cole from=- to=- date=2015-03-09 asserted",
            ),
            // (a co-opted member of the public names no one)
            ("The committee co-opted two members of the public.", ""),
        ],
    );
}

#[test]
fn being_tipped_or_in_line_to_take_over_is_a_rumoured_appointment() {
    check_bodies(
        Some("2015-03-12"),
        &[
            (
                "Tom Reed, who chairs the licensing committee, is tipped to take over.",
                "appoint Tom Reed from=- to=- date=- rumoured",
            ),
            (
                "Whispers in the lobby say that Ann Cole is in line to succeed her.",
                "appoint Ann Cole from=- to=- date=- rumoured",
            ),
        ],
    );
}

#[test]
fn the_office_made_of_someone_follows_their_apposition() {
    check_bodies(
        Some("2016-07-14"),
        &[
            (
                "Prime Minister Tom Reed has made Ann Cole, the former mayor of Sandmere, foreign secretary in his new government.",
                "appoint Ann Cole from=- to=- date=2016-07-14 asserted",
            ),
            // (an apposition with no office after it makes nobody anything)
            (
                "Tom Reed has made Ann Cole, the former mayor of Sandmere, very angry.",
                "",
            ),
        ],
    );
}

#[test]
fn in_a_story_of_appointments_is_an_office_is_the_news() {
    check(
        "May names her cabinet\n\nEx-energy secretary Ann Cole is home secretary. Tom Reed is Deputy Prime Minister. Jim Dale is an MP. Sue Price is Labour MP for Sandmere.",
        Some("2016-07-14"),
        "appoint Ann Cole from=- to=- date=2016-07-14 asserted
         appoint Tom Reed from=- to=- date=2016-07-14 asserted",
    );
    // (outside one, holding an office is a state)
    check(
        "Fox attacks plan\n\nTom Reed is defence secretary.",
        Some("2016-07-14"),
        "",
    );
}

#[test]
fn taking_charge_of_a_department_is_an_appointment() {
    check_bodies(
        Some("2010-05-12"),
        &[
            (
                "Liam Foxe will be in charge of Defence.",
                "appoint Liam Foxe from=- to=- date=- expected",
            ),
            (
                "Ann Cole took charge of the Treasury on Monday.",
                "appoint Ann Cole from=- to=- date=2010-05-10 asserted",
            ),
            // (a task or a campaign is no department)
            ("Ann Cole took charge of the negotiations.", ""),
            ("Ann Cole will be in charge of the campaign.", ""),
        ],
    );
}

#[test]
fn made_her_an_office_with_two_modifiers_is_an_appointment() {
    check(
        "Profile\n\nAnn Cole was elected in 1997. The party leader had made her a shadow health spokeswoman.",
        Some("2014-02-19"),
        "elect Ann Cole from=- to=- date=1997 asserted
         appoint Ann Cole from=- to=- date=- asserted",
    );
}

#[test]
fn an_office_that_goes_to_a_person_is_an_appointment() {
    let d = Some("2014-02-19");
    check(
        "Reshuffle\n\nThe deputy leadership goes to Mr Imran Waheed.",
        d,
        "appoint Imran Waheed from=- to=- date=2014-02-19 asserted",
    );
    check(
        "Reshuffle\n\nThe other changes were: Rufus Hallam moves to Work and Pensions; Transport goes to Deirdre Mbeki, previously the schools minister.",
        d,
        "appoint Rufus Hallam from=- to=- date=2014-02-19 asserted
         appoint Deirdre Mbeki from=- to=- date=2014-02-19 asserted",
    );
    // what goes to someone is no office
    for text in [
        "The money went to Tom Hale.",
        "The prize went to Tom Hale in 2010.",
    ] {
        check(&format!("News\n\n{text}"), d, "");
    }
}

#[test]
fn a_post_filled_by_someone_is_given_to_them() {
    check_bodies(
        Some("2005-01-10"),
        &[
            // (a spaced dash after the name opens an apposition; it joins no second name)
            (
                "Last time the treasurer ran the campaign, but this time the role will be filled by Nadia Pellow - a close ally of the leader.",
                "appoint Nadia Pellow from=- to=- date=- expected",
            ),
            (
                "The vacancy was filled by Gideon Varley, a former whip.",
                "appoint Gideon Varley from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn a_first_day_in_office_as_a_minister_tells_the_appointment() {
    check_bodies(
        Some("2005-01-10"),
        &[(
            "Gideon Varley spoke to the Commons on his first day in office as home secretary.",
            "appoint Gideon Varley from=- to=- date=- asserted",
        )],
    );
}

#[test]
fn a_portfolio_taken_in_a_cabinet_list_is_an_appointment() {
    check(
        "Council leader names her cabinet\n\nThe new leader named her cabinet last night. \
         Councillor Gideon Varley takes finance; Nadia Pellow is responsible for children's services.",
        Some("2016-05-24"),
        "appoint Gideon Varley from=- to=- date=2016-05-23 asserted\n\
         appoint Nadia Pellow from=- to=- date=2016-05-23 asserted",
    );
    // (not outside a story of appointments, nor outside a list)
    check(
        "Budget row\n\nThe council met last night. Gideon Varley takes the view that the budget is wrong; Nadia Pellow is responsible for the delay.",
        Some("2016-05-24"),
        "",
    );
}

#[test]
fn leaving_someone_to_take_over_a_post_is_their_appointment() {
    check_bodies(
        Some("2006-05-05"),
        &[(
            "Transport Secretary Peter Lomax will take over the position of Trade Secretary, leaving Helen Marwick to take over the post of Transport Secretary.",
            "appoint Peter Lomax from=- to=- date=- expected
             appoint Helen Marwick from=- to=- date=- asserted",
        )],
    );
}

#[test]
fn a_portfolio_handed_to_someone_is_their_appointment() {
    check_bodies(
        Some("2016-06-09"),
        &[
            (
                "The council leader reshuffled her cabinet, handing the housing portfolio to Cllr Peter Lomax.",
                "appoint Peter Lomax from=- to=- date=- asserted",
            ),
            // (the giver is not appointed, and a job handed to no named person is no event)
            ("Helen Marwick handed the job to her deputy.", ""),
        ],
    );
}

#[test]
fn moving_to_another_post_as_an_office_is_an_appointment() {
    check_bodies(
        Some("2012-09-04"),
        &[
            (
                "Helen Marwick moved to the Treasury as chief secretary.",
                "appoint Helen Marwick from=- to=- date=- asserted",
            ),
            ("Helen Marwick moved to London in 2005.", ""),
            (
                "Helen Marwick goes to the Home Office as minister of state for policing.",
                "appoint Helen Marwick from=- to=- date=2012-09-04 asserted",
            ),
            (
                "Helen Marwick is back in government as housing minister.",
                "appoint Helen Marwick from=- to=- date=2012-09-04 asserted",
            ),
            ("Helen Marwick went to Oxford as a student.", ""),
        ],
    );
}

#[test]
fn a_title_that_lists_its_brief_before_its_head_noun_is_an_office() {
    check_bodies(
        Some("2014-11-22"),
        &[
            (
                "- Ann Cole becomes shadow culture, media and sport secretary.",
                "appoint Ann Cole from=- to=- date=2014-11-22 asserted",
            ),
            (
                "Tom Reed was appointed environment, food and rural affairs secretary on Monday.",
                "appoint Tom Reed from=- to=- date=2014-11-17 asserted",
            ),
            // (a list that ends in no post's head noun is no title)
            ("Ann Cole becomes tired, hungry and cross.", ""),
        ],
    );
}

#[test]
fn awarded_the_post_of_an_office_is_appointed_to_it() {
    check_bodies(
        Some("2016-07-14"),
        &[
            (
                "Tom Hale has been awarded with the high profile post of foreign secretary.",
                "appoint Tom Hale from=- to=- date=2016-07-14 asserted",
            ),
            (
                "Tom Hale was awarded the post of chief whip.",
                "appoint Tom Hale from=- to=- date=- asserted",
            ),
            // (an honour is no office)
            ("Tom Hale was awarded an OBE.", ""),
        ],
    );
}

#[test]
fn the_new_office_holder_past_a_relative_clause() {
    check(
        "Reshuffle\n\nHelen Varga, who topped Thursday's ballot, is the new shadow chancellor.",
        Some("2016-09-24"),
        "appoint Helen Varga from=- to=- date=2016-09-24 asserted",
    );
}

#[test]
fn as_chair_of_a_body_names_an_office() {
    check_bodies(
        Some("2022-03-03"),
        &[
            (
                "The group removed Tom Hale as chair of the planning committee.",
                "dismiss Tom Hale from=- to=- date=- asserted",
            ),
            (
                "Tom Hale was removed as chair of the finance committee.",
                "dismiss Tom Hale from=- to=- date=- asserted",
            ),
            // (a chair that is furniture is no office)
            ("Tom Hale pulled up a chair of oak.", ""),
        ],
    );
}

#[test]
fn a_replacement_named_after_someone_is_out_as_an_office_is_appointed_to_it() {
    check(
        "Reshuffle: live\n\n11:47 Ann Cole is out as chief whip.\n\n11:58 Her replacement is Siôn \
         Ruddock, who moves across from the housing brief.",
        Some("2017-11-03"),
        "dismiss Ann Cole from=- to=- date=2017-11-03 asserted
         appoint Siôn Ruddock from=- to=- date=2017-11-03 asserted",
    );
    check_bodies(
        Some("2017-11-03"),
        &[
            (
                "Ann Cole quit. Her successor is unclear.",
                "resign Ann Cole from=- to=- date=- asserted",
            ),
            (
                "Tom Reed's successor will be Jo Pike.",
                "appoint Jo Pike from=- to=- date=- expected",
            ),
            // (an office the predicate is with a preposition is not held: "is in the cabinet")
            (
                "Ann Cole is out as chief whip.",
                "dismiss Ann Cole from=- to=- date=2017-11-03 asserted",
            ),
        ],
    );
}

#[test]
fn duties_handed_in_the_passive_and_a_devolved_parliament_entered() {
    check_bodies(
        Some("2017-02-09"),
        &[(
            "Tom Reed lost the whip. His duties as the party's rural affairs spokesman have been \
             handed to Eshaan Dhillon-Reid, a list MSP who entered Holyrood last May.",
            "expel Tom Reed from=- to=- date=- asserted
             appoint Eshaan Dhillon-Reid from=- to=- date=2017-02-09 asserted
             elect Eshaan Dhillon-Reid from=- to=- date=2016-05 asserted",
        )],
    );
}

#[test]
fn a_job_named_by_an_office_lost_is_a_dismissal() {
    check_bodies(
        Some("2014-01-11"),
        &[
            (
                "AXED: Barry Stannard lost his deputy leader job on Friday.",
                "dismiss Barry Stannard from=- to=- date=2014-01-10 asserted",
            ),
            // (a job that is no office, a seat lost at the polls)
            ("Ann Cole lost her job as a teacher.", ""),
        ],
    );
}

#[test]
fn in_a_reshuffle_a_portfolio_after_at_or_to_is_the_office_taken() {
    check(
        "Shadow cabinet reshuffle\n\nAnn Cole takes over at work and pensions. Tom Reed, the \
         former whip, replaces Ms Dalmore at environment. Jo Pike moves to health. Sam Lee \
         takes over from Mr Threlfall as shadow chief secretary.",
        Some("2012-05-15"),
        "appoint Ann Cole from=- to=- date=2012-05-15 asserted
         appoint Tom Reed from=- to=- date=2012-05-15 asserted
         appoint Jo Pike from=- to=- date=2012-05-15 asserted
         appoint Sam Lee from=- to=- date=2012-05-15 asserted",
    );
    // (no portfolio outside a story of appointments, nor a bench)
    check_bodies(
        Some("2012-05-15"),
        &[(
            "Ann Cole moves to health. Tom Reed moves to the back benches.",
            "",
        )],
    );
}

#[test]
fn sources_close_to_a_titled_person_report_that_person() {
    check(
        "Reshuffle\n\nJo Pike has been promoted to Education Secretary. Sources close to Business \
         Secretary Tom Reed said he had turned down the offer of a move to Transport.",
        Some("2012-05-15"),
        "appoint Jo Pike from=- to=- date=2012-05-15 asserted
         appoint Tom Reed from=- to=- date=- denied",
    );
}

#[test]
fn an_active_promotion_to_an_office_is_its_objects() {
    check_bodies(
        Some("2012-05-15"),
        &[
            (
                "Mr Penhaligon promoted Desmond Yeo, the shadow business secretary, to shadow \
                 chancellor.",
                "appoint Desmond Yeo from=- to=- date=- asserted",
            ),
            (
                "Ann Cole moved to the Treasury as chief secretary.",
                "appoint Ann Cole from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn a_councils_cabinet_member_is_an_office() {
    check_bodies(
        Some("2012-05-15"),
        &[(
            "Liberal Democrat Gareth Amboyne was made cabinet member for transport.",
            "appoint Gareth Amboyne from=- to=- date=- asserted",
        )],
    );
}

/// A live blog told "A replaces B as health secretary" and later "A has been handed the health
/// brief": two appointments came out, one of them false.
#[test]
fn a_brief_and_the_office_of_its_subject_on_one_day_are_one_appointment() {
    check(
        "Reshuffle live\n\nHelen Marwick replaces Tom Reed as health secretary.\n\nHelen Marwick has been handed the health brief, the government confirms.",
        Some("2018-06-26"),
        "appoint Helen Marwick from=- to=- date=2018-06-26 asserted",
    );
}

#[test]
fn an_office_given_up_is_resigned_but_an_ambition_to_hold_it_is_not() {
    check_bodies(
        Some("2014-10-04"),
        &[
            (
                "Cllr Ann Cole has also given up her position as deputy leader of the Labour group.",
                "resign Ann Cole from=- to=- date=2014-10-04 asserted",
            ),
            (
                "Tom Reed says he will not stand for the leadership again, having given up his dream of one day being prime minister.",
                "stand Tom Reed from=- to=- date=- denied",
            ),
        ],
    );
}

/// A group that ditches, dumps or deposes someone as its leader removes them from the office.
#[test]
fn ditching_someone_as_leader_is_a_dismissal() {
    check_bodies(
        Some("2016-05-21"),
        &[
            (
                "Brackmoor's Labour group has ditched Brenda Ashworth as its leader.",
                "dismiss Brenda Ashworth from=- to=- date=2016-05-21 asserted",
            ),
            (
                "The Labour group dumped Brenda Ashworth as leader on Monday.",
                "dismiss Brenda Ashworth from=- to=- date=2016-05-16 asserted",
            ),
            // (ditching a party is leaving it)
            (
                "Brenda Ashworth ditched Labour for the Greens.",
                "defect Brenda Ashworth from=Labour Party to=Green Party date=- asserted",
            ),
        ],
    );
}

#[test]
fn a_replacement_at_a_portfolio_and_one_brought_into_the_cabinet_are_appointed() {
    let d = Some("2014-09-11");
    check(
        "Reshuffle\n\nTom Reed is out as health minister. His replacement at health is Ann Cole.",
        d,
        "dismiss Tom Reed from=- to=- date=2014-09-11 asserted
         appoint Ann Cole from=- to=- date=2014-09-11 asserted",
    );
    check(
        "Reshuffle\n\nAnn Cole was brought into the cabinet for the first time as education minister.",
        d,
        "appoint Ann Cole from=- to=- date=- asserted",
    );
}

#[test]
fn an_interim_or_acting_leader_is_appointed_not_elected() {
    let d = Some("2022-02-21");
    check(
        "Party\n\nAnn Cole was named as its interim leader.",
        d,
        "appoint Ann Cole from=- to=- date=- asserted",
    );
    check(
        "Party\n\nAnn Cole became acting leader of the Conservatives.",
        d,
        "appoint Ann Cole from=- to=- date=- asserted",
    );
}

#[test]
fn a_live_blogs_out_goes_a_replacement_in_an_office_and_a_leadership_handed_over() {
    let d = Some("2016-05-06");
    check(
        "Reshuffle\n\nOut goes Gordon Hale at Defra.",
        d,
        "dismiss Gordon Hale from=- to=- date=2016-05-06 asserted",
    );
    check(
        "Reshuffle\n\nAnn Reed is out as deputy chief whip. Her replacement in the whips' office is Ian Moss.",
        d,
        "dismiss Ann Reed from=- to=- date=2016-05-06 asserted
         appoint Ian Moss from=- to=- date=2016-05-06 asserted",
    );
    check(
        "Council\n\nBarry Thorne handed the deputy leadership to Cllr Sharon Pye.",
        d,
        "appoint Sharon Pye from=- to=- date=- asserted",
    );
}
