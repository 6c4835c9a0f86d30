//! Contests: elections won and lost, results lines, candidacies, selections and re-elections.

use super::*;

#[test]
fn a_placing_with_its_verb_left_out_is_a_defeat_too() {
    let out = extract(
        "Leadership contest\n\nIn the leadership election Gail Ross came second with 30.8% and Ian Moss third on 22.3%.",
        Some("2018-12-06"),
    );
    for who in ["Gail Ross", "Ian Moss"] {
        assert!(
            out.events
                .iter()
                .any(|e| e.kind.as_str() == "defeat" && e.person == who),
            "{who}: {:?}",
            out.events
        );
    }
}

#[test]
fn an_appointment_that_merging_makes_an_election_merges_with_the_election() {
    check(
        "Ed wins\n\nEd Moss has beaten his brother David to the Labour leadership.\n\nEd Moss has beaten his older brother David to become the new leader of the Labour party.",
        Some("2010-09-25"),
        "elect Ed Moss from=- to=- date=2010-09-25 asserted",
    );
}

#[test]
fn chosen_as_leader_is_elected_not_selected() {
    check(
        "Leader\n\nTom Reed has been chosen as the new Conservative leader.",
        Some("2005-12-06"),
        // (the party the leader leads is the one the election is for)
        "elect Tom Reed from=- to=Conservative Party date=2005-12-06 asserted",
    );
    check(
        "Candidate\n\nTom Reed has been chosen as the Conservative candidate for Hallam.",
        Some("2005-12-06"),
        "select Tom Reed from=- to=Conservative Party date=2005-12-06 asserted",
    );
}

#[test]
fn fighting_to_do_something_is_not_standing() {
    let d = Some("2005-05-06");
    check(
        "Custody\n\nMary Jones is fighting to keep the boy with her in Leeds.",
        d,
        "",
    );
    check("Minister\n\nTom Reed will fight to clear his name.", d, "");
    assert_event(
        "Seat",
        "Tom Reed is fighting to hold the seat for Labour.",
        d,
        "stand",
        "Tom Reed",
    );
}

#[test]
fn a_selection_to_fight_a_named_place_is_a_selection() {
    let d = Some("2015-03-12");
    check(
        "Candidate\n\nLabour have selected Tom Reed to fight Grantham.",
        d,
        "select Tom Reed from=- to=Labour Party date=2015-03-12 asserted",
    );
    check(
        "Candidate\n\nLabour selected Tom Reed to stand in Grantham.",
        d,
        "select Tom Reed from=- to=Labour Party date=- asserted
         stand Tom Reed from=- to=Labour Party date=- asserted",
    );
}

#[test]
fn becoming_the_twelfth_written_in_figures_to_quit_is_no_election() {
    check(
        "Exodus\n\nShadow minister Tom Reed became the 12th MP to leave the shadow cabinet on Sunday.",
        Some("2016-06-27"),
        "resign Tom Reed from=- to=- date=2016-06-26 asserted",
    );
}

#[test]
fn knocked_out_or_eliminated_is_a_defeat() {
    let d = Some("2010-09-25");
    check(
        "Race\n\nTom Reed was eliminated in the first round. Ann Cole was knocked out of the leadership race. The tax was eliminated in 2009.",
        d,
        "defeat Tom Reed from=- to=- date=- asserted
         defeat Ann Cole from=- to=- date=- asserted",
    );
}

#[test]
fn candidacies_launched_secured_or_apposed() {
    check_bodies(
        Some("2012-05-10"),
        &[
            (
                "Ann Cole launched her campaign for the leadership on Monday.",
                "stand Ann Cole from=- to=- date=2012-05-07 asserted",
            ),
            (
                "Tom Reed launched his bid to become Labour leader yesterday.",
                "stand Tom Reed from=- to=Labour Party date=2012-05-09 asserted",
            ),
            (
                "Ann Cole secured enough nominations to get on the ballot.",
                "stand Ann Cole from=- to=- date=- asserted",
            ),
            (
                "Ann Cole, Labour's candidate in the by-election, said she was confident.",
                "stand Ann Cole from=- to=Labour Party date=- asserted",
            ),
            // (competing to replace someone takes no office)
            (
                "Tom Reed is among five MPs vying to replace Ann Cole as leader.",
                "",
            ),
        ],
    );
}

#[test]
fn a_seat_taken_from_one_and_lost_to_another() {
    check_bodies(
        Some("2017-06-09"),
        &[
            (
                "The deputy leader of the SNP, Tom Reed, was ousted from his Moray seat by the Conservatives' Ann Cole.",
                "defeat Tom Reed from=- to=- date=2017-06-08 asserted
                 elect Ann Cole from=- to=- date=2017-06-08 asserted",
            ),
            // (taking a seat from a rival is a contest; a seat taken in a room is not)
            ("Ann Cole took a seat from the stack by the door.", ""),
        ],
    );
}

#[test]
fn those_knocked_out_next_follow_the_first() {
    check_bodies(
        Some("2010-09-25"),
        &[
            (
                "Ann Cole was first to be knocked out, followed by Tom Reed and then Jim Dale.",
                "defeat Ann Cole from=- to=- date=- asserted
                 defeat Tom Reed from=- to=- date=- asserted
                 defeat Jim Dale from=- to=- date=- asserted",
            ),
            // (following someone out of a seat is losing one too, and wins nothing)
            (
                "Ann Cole lost her seat, followed by Tom Reed.",
                "defeat Ann Cole from=- to=- date=- asserted
                 defeat Tom Reed from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn clinging_on_and_being_voted_out() {
    check_bodies(
        Some("2017-06-09"),
        &[
            (
                "Tom Reed narrowly clung on in Sandmere.",
                "reelect Tom Reed from=- to=- date=2017-06-08 asserted",
            ),
            (
                "Ann Cole was voted out after 20 years as the town's MP.",
                "defeat Ann Cole from=- to=- date=2017-06-08 asserted",
            ),
            ("The proposal was voted out by members.", ""),
        ],
    );
}

#[test]
fn a_prize_lost_to_someone_is_their_win() {
    check_bodies(
        Some("2017-06-09"),
        &[
            (
                "Tom Reed lost the ballot to Jim Dale.",
                "defeat Tom Reed from=- to=- date=- asserted
                 elect Jim Dale from=- to=- date=- asserted",
            ),
            (
                "Tom Reed lost the leadership race to Jim Dale in 2010.",
                "defeat Tom Reed from=- to=- date=2010 asserted
                 elect Jim Dale from=- to=- date=2010 asserted",
            ),
            ("The government lost the vote to the rebels.", ""),
        ],
    );
}

#[test]
fn a_seat_brought_over_by_a_defection_is_not_won() {
    check_bodies(
        Some("2024-01-15"),
        &[
            (
                "Tom Reed has defected to Reform UK, becoming the party's first sitting MP.",
                "defect Tom Reed from=- to=Reform UK date=2024-01-15 asserted",
            ),
            // (a first seat won at an election still is)
            (
                "In 2010 Ann Cole became the first Green MP.",
                "elect Ann Cole from=- to=Green Party date=2010 asserted",
            ),
        ],
    );
}

#[test]
fn challenging_someone_for_the_leadership_is_a_candidacy() {
    check_bodies(
        Some("2020-05-10"),
        &[
            (
                "Tom Reed challenged Ann Cole for the leadership in 2015.",
                "stand Tom Reed from=- to=- date=2015 asserted",
            ),
            (
                "Tom Reed will challenge Ann Cole for the Labour leadership.",
                "stand Tom Reed from=- to=Labour Party date=- expected",
            ),
            (
                "Ann Cole was challenged for the leadership by Tom Reed.",
                "stand Tom Reed from=- to=- date=- asserted",
            ),
            ("Tom Reed challenged the decision in court.", ""),
        ],
    );
}

#[test]
fn a_seat_kept_told_with_its_name() {
    check_bodies(
        Some("2021-05-08"),
        &[
            (
                "Ann Cole held her Glasgow Southside seat with a majority of more than 9,000.",
                "reelect Ann Cole from=- to=- date=- asserted",
            ),
            (
                "Ann Cole kept her seat.",
                "reelect Ann Cole from=- to=- date=- asserted",
            ),
            // (what else one holds is no seat)
            ("Ann Cole held her nerve in the debate.", ""),
        ],
    );
}

#[test]
fn the_defeat_of_someone_at_an_election_is_their_defeat() {
    check_bodies(
        Some("2017-06-09"),
        &[
            (
                "The humiliating defeat of Michael Port in the 1997 general election was a shock.",
                "defeat Michael Port from=- to=- date=1997-05-01 asserted",
            ),
            // (a bill, a motion, or someone's defeat of another is no such defeat)
            ("The defeat of the bill was a blow to Ann Cole.", ""),
            ("The defeat of Ann Cole's motion was expected.", ""),
        ],
    );
}

#[test]
fn results_lines_of_a_name_and_its_votes_after_a_dash() {
    check(
        "Cole wins\n\nAnn Cole has been elected leader of the Liberal Democrats. The result was:\n\nAnn Cole – 20,988 (50.6%)\nTom Hale – 20,477 (49.4%)\n",
        Some("2007-12-18"),
        "elect Ann Cole from=- to=Liberal Democrats date=2007-12-18 asserted
         defeat Tom Hale from=- to=- date=2007-12-18 asserted",
    );
    // (lines of figures in a story about no contest are no result)
    check(
        "Budget\n\nThe figures were:\n\nAnn Cole – 20,988\nTom Hale – 20,477\n",
        Some("2007-12-18"),
        "",
    );
}

#[test]
fn a_participle_s_votes_are_the_subject_s_and_the_loser_s_count_after_to() {
    check(
        "Result\n\nLabour's Ann Cole takes the seat from Conservative candidate Tom Hale, winning \
         24,989 votes to Hale's 20,634. Liberal Democrat Jim Dale secured 1,925 votes.",
        Some("2017-06-09"),
        "elect Ann Cole from=- to=Labour Party date=2017-06-09 asserted
         defeat Tom Hale from=- to=- date=2017-06-09 asserted
         stand Tom Hale from=- to=Conservative Party date=- asserted
         defeat Jim Dale from=- to=- date=2017-06-09 asserted",
    );
}

#[test]
fn a_party_as_the_selecting_agent_makes_a_selection_for_it() {
    let d = Some("2012-05-10");
    check(
        "Seat\n\nTom Ashby was selected by the Conservatives three weeks ago.",
        d,
        "select Tom Ashby from=- to=Conservative Party date=2012-04 asserted",
    );
    check(
        "Seat\n\nTom Ashby has been selected by Labour to fight the seat.",
        d,
        "select Tom Ashby from=- to=Labour Party date=2012-05-10 asserted
         stand Tom Ashby from=- to=Labour Party date=- asserted",
    );
}

#[test]
fn won_the_nomination_is_a_selection_and_appointed_as_is_an_appointment() {
    let d = Some("2012-05-10");
    check(
        "Seat\n\nTom Ashby won the nomination on Saturday.",
        d,
        "select Tom Ashby from=- to=- date=2012-05-05 asserted",
    );
    check(
        "Seat\n\nTom Ashby won the Labour nomination for the seat.",
        d,
        "select Tom Ashby from=- to=Labour Party date=- asserted",
    );
    // the verb says how an office usually elected was filled
    check(
        "Council\n\nThe leader has appointed Cllr Ann Okoro as his deputy leader.",
        d,
        "appoint Ann Okoro from=- to=- date=2012-05-10 asserted",
    );
}

#[test]
fn a_seat_fought_and_lost_is_a_candidacy_and_a_defeat() {
    check(
        "Profile\n\nPatricia Hume, who had been the MP for Corrington for just one parliament, fought the seat again in 2001 and lost a second time.",
        Some("2003-02-11"),
        "stand Patricia Hume from=- to=- date=2001 asserted
         defeat Patricia Hume from=- to=- date=2001 asserted",
    );
    check(
        "Profile\n\nLionel Grebe, the former whip who lost Penmarric South by fewer than 600 votes, runs a vineyard.",
        Some("2003-02-11"),
        "defeat Lionel Grebe from=- to=- date=- asserted",
    );
    // losing after a candidacy elsewhere in the story is not read off "lost" alone
    check(
        "Profile\n\nPatricia Hume argued for the motion and lost.",
        Some("2003-02-11"),
        "",
    );
}

#[test]
fn ousted_in_a_story_about_a_poll_is_a_defeat_not_a_dismissal() {
    check(
        "Labour retakes Castlemere as defector Hywel Danvers-Oakes is ousted\n\nLabour has won back Castlemere in Thursday's by-election, ousting the sitting MP, Hywel Danvers-Oakes.",
        Some("2007-02-16"),
        "defeat Hywel Danvers-Oakes from=- to=- date=2007-02-16 asserted",
    );
    // an office named is an office lost
    check(
        "Row\n\nParty officials have denied reports that the leader, Tom Bexley, is planning to oust Ruth Carver as the party's campaign chief before the election.",
        Some("2005-01-10"),
        "dismiss Ruth Carver from=- to=- date=- denied",
    );
}

#[test]
fn a_seat_held_for_or_since_a_time_is_a_tenure_and_the_loss_of_her_seat_a_defeat() {
    let d = Some("2014-02-19");
    check(
        "Profile\n\nTom Ashby, who had held the seat for a single parliament, later joined Labour.",
        d,
        "join Tom Ashby from=- to=Labour Party date=- asserted",
    );
    check(
        "Profile\n\nTom Ashby held the seat for Labour in 2005.",
        d,
        "reelect Tom Ashby from=- to=Labour Party date=2005 asserted",
    );
    check(
        "Profile\n\nAnn Cole spoke. The loss of her seat in 2005, by 212 votes, hit her hard.",
        d,
        "defeat Ann Cole from=- to=- date=2005 asserted",
    );
}

#[test]
fn a_candidate_named_after_is_or_fielded_by_a_party_stands() {
    let d = Some("2014-02-19");
    check(
        "Seat\n\nThe Liberal Democrat candidate is Mariam Qadir, a pharmacist.",
        d,
        "stand Mariam Qadir from=- to=Liberal Democrats date=- asserted",
    );
    check(
        "Seat\n\nLabour will field Tamsin Yeoh, a local headteacher, as its candidate.",
        d,
        "stand Tamsin Yeoh from=- to=Labour Party date=- expected",
    );
    // the rival a candidate is fielded against does not stand by it
    check(
        "Seat\n\nA pensioners' group will also field a candidate against Transport Minister Gavin Threlfall.",
        d,
        "",
    );
}

#[test]
fn a_bare_withdrawal_in_a_story_about_a_race_is_a_candidacy_denied() {
    let d = Some("2014-02-19");
    check(
        "Race\n\nFour candidates declared for the leadership. Kwame Ashby withdrew in August, urging his supporters to back Crane.",
        d,
        "stand Kwame Ashby from=- to=- date=2013-08 denied",
    );
    // withdrawing something else, or no race in view
    check(
        "Race\n\nFour candidates declared for the leadership race. Tom Ashby withdrew his support for Crane.",
        d,
        "",
    );
    check(
        "Deal\n\nThe company talks ended. Tom Ashby pulled out on Monday.",
        d,
        "",
    );
}

#[test]
fn a_place_or_mayoralty_won_for_a_party_is_an_election_apart_from_an_office_taken() {
    let d = Some("2010-06-10");
    check(
        "Count\n\nDenise Hulloway won the mayoralty for Labour in May 2007.",
        d,
        "elect Denise Hulloway from=- to=Labour Party date=2007-05 asserted",
    );
    check(
        "Count\n\nDenise Hulloway won Hale for Labour in 2007.",
        d,
        "elect Denise Hulloway from=- to=Labour Party date=2007 asserted",
    );
    check(
        "Whips\n\nAnd Ewan Broadfoot, who won Strathcarron from the SNP at the last general election, was named chief whip.",
        d,
        "elect Ewan Broadfoot from=- to=- date=2010-05-06 asserted
         appoint Ewan Broadfoot from=- to=- date=- asserted",
    );
}

#[test]
fn a_selection_in_a_ballot_of_members_is_a_selection_and_its_rival_lost_then() {
    // "in a ballot of party members" is the candidacy a bare "selected" needs
    check(
        "Mayoral pick\n\nRuth Penhale was selected yesterday in a ballot of party members.",
        Some("2016-02-11"),
        "select Ruth Penhale from=- to=- date=2016-02-10 asserted",
    );
    // the participle's winner won the selection, not an election; its loser lost that day
    check(
        "Mayoral pick\n\nRuth Penhale was selected yesterday in a ballot of party members, beating Colm Treharne by 212 votes to 187.",
        Some("2016-02-11"),
        "select Ruth Penhale from=- to=- date=2016-02-10 asserted\n\
         defeat Colm Treharne from=- to=- date=2016-02-10 asserted",
    );
    // (an election's participle still elects)
    check(
        "Leader\n\nRuth Penhale was elected leader yesterday, beating Colm Treharne by 212 votes to 187.",
        Some("2016-02-11"),
        "elect Ruth Penhale from=- to=- date=2016-02-10 asserted\n\
         defeat Colm Treharne from=- to=- date=2016-02-10 asserted",
    );
}

#[test]
fn a_possessors_defeat_at_an_election_is_theirs_but_a_commons_defeat_is_no_contest() {
    check_bodies(
        Some("2005-01-10"),
        &[
            (
                "Nadia Pellow went back to teaching after her defeat at the 1997 election.",
                "defeat Nadia Pellow from=- to=- date=1997 asserted",
            ),
            (
                "Gideon Varley blamed his by-election defeat on the weather.",
                "defeat Gideon Varley from=- to=- date=- asserted",
            ),
            (
                "Gideon Varley suffered his first Commons defeat on the housing bill by a majority of 31.",
                "",
            ),
        ],
    );
}

#[test]
fn a_majority_increased_or_a_seat_held_at_a_later_election_is_a_reelection() {
    check_bodies(
        Some("2020-03-03"),
        &[
            (
                "Gideon Varley first won the seat in 1992 and increased his majority in both 1997 and 2001.",
                "elect Gideon Varley from=- to=- date=1992 asserted\n\
                 reelect Gideon Varley from=- to=- date=1997 asserted\n\
                 reelect Gideon Varley from=- to=- date=2001 asserted",
            ),
            // (a government's majority is no one's seat)
            ("Gideon Varley said the government had increased its majority.", ""),
        ],
    );
}

#[test]
fn a_result_told_in_one_sentence_elects_the_top_and_defeats_the_rest() {
    check(
        "Lib Dems snatch Hallamford East\n\nThe Liberal Democrats won the Hallamford East by-election yesterday.\n\n\
         The full result was: Nadia Pellow (Liberal Democrat) 13,882; Gideon Varley (Labour) 12,117; \
         Helen Marsh (Conservative) 5,904; Amos Fenn (Monster Raving Loony) 311. Turnout 38.2 per cent.",
        Some("2007-07-20"),
        // (the stand of a party no list knows is left out: it would take the story's party)
        "elect Nadia Pellow from=- to=Liberal Democrats date=2007-07-19 asserted\n\
         stand Nadia Pellow from=- to=Liberal Democrats date=2007-07-19 asserted\n\
         defeat Gideon Varley from=- to=- date=2007-07-19 asserted\n\
         stand Gideon Varley from=- to=Labour Party date=2007-07-19 asserted\n\
         defeat Helen Marsh from=- to=- date=2007-07-19 asserted\n\
         stand Helen Marsh from=- to=Conservative Party date=2007-07-19 asserted\n\
         defeat Amos Fenn from=- to=- date=2007-07-19 asserted",
    );
}

#[test]
fn the_names_a_colon_lists_after_candidates_declared_each_stand() {
    check_bodies(
        Some("2011-06-20"),
        &[(
            "Three candidates have come forward: Gideon Varley; Nadia Pellow, a former aide to Mark Dobbs; and Rhian Moss.",
            // (not the name inside an item's apposition)
            "stand Gideon Varley from=- to=- date=2011-06-20 asserted\n\
             stand Nadia Pellow from=- to=- date=2011-06-20 asserted\n\
             stand Rhian Moss from=- to=- date=2011-06-20 asserted",
        )],
    );
}

#[test]
fn against_him_stood_a_b_and_c_names_three_candidacies() {
    check_bodies(
        Some("2014-07-20"),
        &[
            (
                "Against him stood Nadia Pellow, a former councillor; the Yorkshire businessman Gideon Varley; and Rhian Moss, the party's spokesman on home affairs.",
                "stand Nadia Pellow from=- to=- date=- asserted\n\
                 stand Gideon Varley from=- to=- date=- asserted\n\
                 stand Rhian Moss from=- to=- date=- asserted",
            ),
            // (an inversion with no candidacy verb names none)
            ("Against him were ranged the party's grandees, led by Rhian Moss.", ""),
        ],
    );
}

#[test]
fn a_margin_of_votes_and_a_placing_after_the_copula_tell_the_result() {
    check_bodies(
        Some("2003-11-14"),
        &[
            (
                "The Liberal Democrats took the Eastgate ward from Labour in yesterday's by-election, with Helen Kerslake winning by 87 votes.",
                "elect Helen Kerslake from=- to=Liberal Democrats date=2003-11-13 asserted",
            ),
            (
                "Helen Kerslake polled 611. Labour's Oswin Tull, a retired headteacher, was second with 524.",
                "stand Helen Kerslake from=- to=- date=- asserted
                 defeat Oswin Tull from=- to=- date=- asserted",
            ),
            // (past the party: "of UKIP", "(Green)")
            (
                "Labour's Oswin Tull came third with 6,102 votes and Helen Marwick of UKIP was fourth with 2,046.",
                "defeat Oswin Tull from=- to=- date=- asserted
                 defeat Helen Marwick from=- to=- date=- asserted",
            ),
            // (a placing with no count in a sentence about no contest is no result)
            ("Oswin Tull was second with his question.", ""),
        ],
    );
}

#[test]
fn losers_after_a_counted_placing_a_majority_over_and_a_present_tense_finish() {
    check_bodies(
        Some("2021-05-07"),
        &[
            (
                "Helen Marwick polled 611. Labour's Oswin Tull was second with 524, ahead of Conservative Peter Lomax (298) and the Green Party's Ann Cole (71).",
                "stand Helen Marwick from=- to=- date=- asserted
                 defeat Oswin Tull from=- to=- date=- asserted
                 defeat Peter Lomax from=- to=- date=- asserted
                 defeat Ann Cole from=- to=- date=- asserted",
            ),
            (
                "Helen Marwick is re-elected with a majority of 4,211 over the Conservative, Peter Lomax.",
                "reelect Helen Marwick from=- to=- date=- asserted
                 defeat Peter Lomax from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn a_place_behind_a_person_is_a_defeat_without_a_contest_word() {
    check_bodies(
        Some("2012-09-04"),
        &[
            (
                "Harriet Quennell finished second to Mr Halloway in 2005.",
                "defeat Harriet Quennell from=- to=- date=2005 asserted",
            ),
            (
                "Harriet Quennell stood in 2005, finishing a distant second to Brian Halloway.",
                "defeat Harriet Quennell from=- to=- date=2005 asserted",
            ),
            (
                "Harriet Quennell came second to none in her love of cricket.",
                "",
            ),
        ],
    );
}

#[test]
fn a_partys_candidate_who_will_be_named_is_a_candidacy_to_come() {
    check_bodies(
        Some("2014-11-28"),
        &[
            (
                "The Greens' candidate will be Oswin Tull.",
                "stand Oswin Tull from=- to=Green Party date=- expected",
            ),
            (
                "The Greens' candidate is Oswin Tull.",
                "stand Oswin Tull from=- to=Green Party date=- asserted",
            ),
            // (the contest it is for, dated; a description of the person in apposition)
            (
                "Labour's candidate for next year's general election, primary school teacher Oswin Tull, said the town deserved better.",
                "stand Oswin Tull from=- to=Labour Party date=2015-05-07 asserted",
            ),
            (
                "The Labour candidate for the seat, Oswin Tull, spoke.",
                "stand Oswin Tull from=- to=Labour Party date=- asserted",
            ),
            // (a verb between is no apposition)
            ("The Labour candidate said Oswin Tull was wrong.", ""),
        ],
    );
}

#[test]
fn taking_a_seat_or_a_place_from_a_party_is_winning_it() {
    check_bodies(
        Some("2021-09-25"),
        &[
            (
                "Oswin Tull snatched Hallbridge North from Labour in 2017.",
                "elect Oswin Tull from=- to=- date=2017 asserted",
            ),
            (
                "Oswin Tull took Castle ward from the Conservatives with a majority of 212.",
                "elect Oswin Tull from=- to=- date=- asserted",
            ),
            ("Oswin Tull took London by storm.", ""),
        ],
    );
}

#[test]
fn winning_a_party_s_ballot_for_a_candidacy_is_the_selection() {
    check(
        "Mayor\n\nLabour has chosen Ann Cole as its candidate for mayor. Ms Cole was declared the winner of the members' ballot on Saturday, taking 54 per cent.",
        Some("2016-11-21"),
        "select Ann Cole from=- to=Labour Party date=2016-11-21 asserted",
    );
}

#[test]
fn a_seat_won_from_a_party_and_held_is_no_person_and_the_conjunct_shares_the_subject() {
    check_bodies(
        Some("2013-05-22"),
        &[
            (
                "A former union official, Mr Pritchard won Dyffryn Teifi from Labour in 2007 \
                 and held it comfortably four years later.",
                "elect Pritchard from=- to=- date=2007 asserted
                 reelect Pritchard from=- to=- date=2011 asserted",
            ),
            (
                "Morag Lindsay is an MSP. She took Glenmuir and Carse from Labour's Hugh Dunlop \
                 in 2007 and held it comfortably four years later.",
                "elect Morag Lindsay from=- to=- date=2007 asserted
                 reelect Morag Lindsay from=- to=- date=2011 asserted",
            ),
            ("Ann Cole said she held it against him.", ""),
        ],
    );
}

#[test]
fn parties_heading_names_in_a_guide_to_a_race_are_their_candidacies() {
    check(
        "Who is standing\n\nNominations closed yesterday. Here are the candidates.\n\nConservative – \
         Tom Reed. The incumbent is seeking a second term.\n\nLabour – Ann Cole. The former \
         council leader has made fares her theme.",
        Some("2012-03-20"),
        "stand Tom Reed from=- to=Conservative Party date=- asserted
         stand Ann Cole from=- to=Labour Party date=- asserted",
    );
    // (one heading alone, or no race told before, is no list of candidates)
    check(
        "Briefing\n\nLabour – Ann Cole. She spoke at the conference.",
        Some("2012-03-20"),
        "",
    );
}

#[test]
fn whoever_polled_votes_stood_in_the_contest() {
    check_bodies(
        Some("2012-05-04"),
        &[
            (
                "The Liberal Democrat, Ann Cole, polled 1,217 and Ukip's Tom Reed 644; both lost their deposits.",
                "stand Ann Cole from=- to=Liberal Democrats date=- asserted\nstand Tom Reed from=- to=UK Independence Party date=- asserted",
            ),
            (
                "Sam Poole, the shadow chancellor, came third with 7,940.",
                "stand Sam Poole from=- to=- date=- asserted",
            ),
            (
                "Liberal Democrats Ann Cole secured 1,925 votes and Tom Reed for the Green party took 780 votes.",
                "stand Ann Cole from=- to=Liberal Democrats date=- asserted\nstand Tom Reed from=- to=Green Party date=- asserted",
            ),
            // (no count of votes, no person, or a count of something else: no tally)
            ("The motion won 300 votes.", ""),
            ("Ann Cole took 20 minutes to reply.", ""),
            ("Ann Cole took 20 questions from the floor.", ""),
        ],
    );
}

#[test]
fn a_tally_in_a_story_that_elects_someone_else_is_a_defeat() {
    check(
        "Poole wins Sandmere\n\nSam Poole was elected MP for Sandmere on Thursday. Ann Cole took 8,780 votes.",
        Some("2012-05-04"),
        "elect Sam Poole from=- to=- date=2012-05-03 asserted
         stand Ann Cole from=- to=- date=- asserted
         defeat Ann Cole from=- to=- date=2012-05-03 asserted",
    );
    // (a lead told after the count is no loss: the one behind lost)
    check(
        "Poole wins Sandmere\n\nSam Poole was elected MP for Sandmere on Thursday. Ann Cole took 8,780 votes, ahead of Tom Reed.",
        Some("2012-05-04"),
        "elect Sam Poole from=- to=- date=2012-05-03 asserted\nstand Ann Cole from=- to=- date=- asserted\ndefeat Tom Reed from=- to=- date=2012-05-03 asserted",
    );
}

#[test]
fn a_candidacy_become_is_a_selection_and_standing_by_or_leaving_in_third_is_no_change() {
    check_bodies(
        Some("2003-04-11"),
        &[
            (
                "Ann Cole became the Labour candidate in November.",
                "select Ann Cole from=- to=Labour Party date=2002-11 asserted",
            ),
            (
                "Labour's regional director, Ann Cole, stood by her candidate on Monday.",
                "",
            ),
            // (and the party put in a place behind is a rival's, not the winner's)
            (
                "Tom Reed won the by-election, pushing Labour into second place and leaving the Conservatives a distant third.",
                "elect Tom Reed from=- to=- date=- asserted",
            ),
        ],
    );
}

/// A candidacy told with its outcome ("stood unsuccessfully for", "was an unsuccessful
/// candidate") is the defeat.
#[test]
fn standing_unsuccessfully_is_a_defeat() {
    check_bodies(
        Some("2021-09-14"),
        &[
            (
                "Tom Reed stood unsuccessfully for Ardlochan ward in the 2017 council elections.",
                "defeat Tom Reed from=- to=- date=2017 asserted",
            ),
            (
                "Ann Cole, who unsuccessfully contested Marsby for the Tories in 2005, said she \
                 was shocked.",
                "defeat Ann Cole from=- to=Conservative Party date=2005 asserted",
            ),
        ],
    );
}

/// A place in a contest behind a side ("came third behind Labour", "finished second to the
/// Conservatives") is a defeat, wherever the parse hangs the place word; fighting a ward is a
/// candidacy.
#[test]
fn a_place_behind_a_side_is_a_defeat_and_fighting_a_ward_a_candidacy() {
    check_bodies(
        Some("2012-10-05"),
        &[
            (
                "Jenny Asquith, who had represented the ward since 2010, came third behind Labour.",
                "defeat Jenny Asquith from=- to=- date=- asserted",
            ),
            (
                "Tom Reed finished a distant second to the Conservatives in Marsby in 2005.",
                "defeat Tom Reed from=- to=- date=2005 asserted",
            ),
            // (a place in a queue or a poll of popularity behind nobody is no contest)
            ("Tom Reed came second in the queue for tickets.", ""),
            (
                "The Conservatives' Jennifer Tallis, who also fought the ward in 2008, said she \
                 was pleased.",
                "stand Jennifer Tallis from=- to=Conservative Party date=2008 asserted",
            ),
        ],
    );
}

/// A seat still, now or currently held is a state, not a re-election; holding it at a count
/// still is one.
#[test]
fn a_seat_still_held_is_no_reelection() {
    check_bodies(
        Some("2012-11-20"),
        &[
            (
                "Ms Shona Pick, who still holds the seat, said yesterday that he was a fine man.",
                "",
            ),
            (
                "Tom Reed held the seat with a bigger majority in 2010.",
                "reelect Tom Reed from=- to=- date=2010 asserted",
            ),
        ],
    );
}

/// "Beating" a rival after a share of the vote is won by the one who won it, with or without
/// the comma the parse needs to hang the participle on the verb.
#[test]
fn beating_a_rival_after_a_share_won_elects_who_won_it() {
    check_bodies(
        Some("2017-06-09"),
        &[
            (
                "In the 2015 General Election the Conservative David Burr won 49.4% of the vote \
                 beating Labour's Tom Reed by over 5,000 votes.",
                "elect David Burr from=- to=Conservative Party date=2015-05-07 asserted
                 defeat Tom Reed from=- to=- date=2015-05-07 asserted",
            ),
            (
                "David Burr won 49.4% of the vote, beating Tom Reed.",
                "elect David Burr from=- to=- date=2017-06-08 asserted
                 defeat Tom Reed from=- to=- date=2017-06-08 asserted",
            ),
        ],
    );
}

#[test]
fn an_adverb_after_the_auxiliary_keeps_the_phrase() {
    let d = Some("2010-05-03");
    check(
        "Ward\n\nCllr Tom Reed will also fight the Hollowmere division next year.",
        d,
        "stand Tom Reed from=- to=- date=2011 expected",
    );
    check(
        "Count\n\nAnn Cole was eventually knocked out in the third round.",
        d,
        "defeat Ann Cole from=- to=- date=- asserted",
    );
}

#[test]
fn and_inside_a_place_name_does_not_end_the_clause_for_its_time() {
    check(
        "Ward\n\nTom Reed will fight the Hollowmere and Fenby division at next year's elections.",
        Some("2010-05-03"),
        "stand Tom Reed from=- to=- date=2011 expected",
    );
}

#[test]
fn a_named_place_won_held_or_lost_at_a_dated_contest_is_a_result() {
    let d = Some("2022-04-07");
    check(
        "Seat\n\nTom Reed won Hollowmere in 2010.",
        d,
        "elect Tom Reed from=- to=- date=2010 asserted",
    );
    check(
        "Seat\n\nTom Reed held Hollowmere in 2010 by 312 votes, but lost it in 2015.",
        d,
        "reelect Tom Reed from=- to=- date=2010 asserted
         defeat Tom Reed from=- to=- date=2015 asserted",
    );
    check(
        "Seat\n\nTom Reed lost Hollowmere and Fenby at the 2017 election.",
        d,
        "defeat Tom Reed from=- to=- date=2017 asserted",
    );
    // (a tenure, a meeting, a prize: no contest)
    check("Seat\n\nTom Reed has held Hollowmere since 2010.", d, "");
    check("Seat\n\nTom Reed held talks in Hollowmere in 2010.", d, "");
    check(
        "Seat\n\nTom Reed held Hollowmere Council to account.",
        d,
        "",
    );
}

#[test]
fn a_party_picking_someone_to_fight_the_ward_selects_them() {
    check(
        "Selection\n\nLabour picked Ann Cole, a retired nurse, to fight the ward.",
        Some("2016-05-06"),
        "select Ann Cole from=- to=Labour Party date=- asserted
         stand Ann Cole from=- to=Labour Party date=- asserted",
    );
}
