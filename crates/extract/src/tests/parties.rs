//! Which party fills an event's `from` and `to`.

use super::*;

#[test]
fn defection_with_both_parties_and_present_perfect_date() {
    check(
        "Headline\n\nTory MP Robert Jackson has defected to Labour.",
        Some("2005-01-16"),
        "defect Robert Jackson from=Conservative Party to=Labour Party date=2005-01-16 asserted",
    );
}

#[test]
fn whips_roles_reselection_and_stepping_down() {
    let d = Some("2015-03-12");
    let cases: &[(&str, &str)] = &[
        (
            "The SNP stripped Ann Cole of the party whip on Tuesday.",
            "expel Ann Cole from=Scottish National Party to=- date=2015-03-10 asserted",
        ),
        (
            "Ann Cole was stripped of her role as party chair.",
            "dismiss Ann Cole from=- to=- date=- asserted",
        ),
        (
            "Ann Cole failed to win reselection in her constituency.",
            "deselect Ann Cole from=- to=- date=- asserted",
        ),
        // stepping down in progress has not happened yet
        (
            "Ann Cole is standing down at the next election.",
            "resign Ann Cole from=- to=- date=- expected",
        ),
        // a selection is no appointment
        (
            "Dan Hill was chosen as the Labour candidate for Eastwick.",
            "select Dan Hill from=- to=Labour Party date=- asserted",
        ),
        // crossing the floor to join a party is one defection
        (
            "Ann Cole crossed the floor to join the Conservatives.",
            "defect Ann Cole from=- to=Conservative Party date=- asserted",
        ),
    ];
    for (text, want) in cases {
        let got = render(&format!("Headline\n\n{text}"), d);
        assert_eq!(got, format!("{want}\n"), "on {text:?}");
    }
}

#[test]
fn a_defection_goes_to_the_party_the_person_belongs_to_now() {
    check(
        "Headline\n\nLib Dem MP Ann Cole, who defected from Labour in 2010, will stand again in Eastwick.",
        Some("2015-03-12"),
        "defect Ann Cole from=Labour Party to=Liberal Democrats date=2010 asserted\n\
         stand Ann Cole from=- to=Liberal Democrats date=- expected",
    );
}

#[test]
fn a_rival_party_is_no_candidate_s_party() {
    check(
        "Headline\n\nAnn Cole will stand against Labour in Eastwick.",
        Some("2015-03-12"),
        "stand Ann Cole from=- to=- date=- expected",
    );
    check(
        "Headline\n\nDan Hill was expelled for standing as an independent in the mayoral race.",
        Some("2015-03-12"),
        "expel Dan Hill from=- to=- date=- asserted\nstand Dan Hill from=- to=independent date=- asserted",
    );
    // (nor is a party left, in a relative clause before the candidacy)
    check(
        "Headline\n\nAnn Cole, who quit the SNP in 2018, will stand as a candidate in the North \
         East region.",
        Some("2021-03-26"),
        "leave Ann Cole from=Scottish National Party to=- date=2018 asserted
         stand Ann Cole from=- to=- date=- expected",
    );
}

#[test]
fn a_decision_departure_or_defection_belongs_to_its_possessor() {
    let d = Some("2014-03-05");
    for (text, kind, who) in [
        (
            "The contest follows Tom Reed's decision to step down after 18 days in the job.",
            "resign",
            "Tom Reed",
        ),
        (
            "Quentin Harris spoke today. How significant is Harris' defection?",
            "defect",
            "Quentin Harris",
        ),
        (
            "Gail Ross announced her departure as shadow attorney general at 7pm.",
            "resign",
            "Gail Ross",
        ),
    ] {
        assert_event("News", text, d, kind, who);
    }
}

#[test]
fn a_winner_described_as_a_partys_rival_won_for_that_party() {
    let out = extract(
        "Seats\n\nLib Dem leader Tom Reed lost his Hallam seat to Labour rival Ian Moss.",
        Some("2017-06-09"),
    );
    let ev = out
        .events
        .iter()
        .find(|e| e.kind.as_str() == "elect" && e.person == "Ian Moss");
    assert_eq!(
        ev.and_then(|e| e.to.as_deref()),
        Some("Labour Party"),
        "{:?}",
        out.events
    );
}

#[test]
fn a_defector_joining_and_a_former_member_defecting_have_their_old_party() {
    let d = Some("2014-03-05");
    check(
        "Defection\n\nTory defector Gail Ross, who is joining the Liberal Democrats, spoke on Monday.",
        d,
        "defect Gail Ross from=Conservative Party to=Liberal Democrats date=- expected",
    );
    check(
        "Defection\n\nFormer Conservative MP Ann Cole spoke yesterday. Her defection to Labour was announced on Monday.",
        d,
        "defect Ann Cole from=Conservative Party to=Labour Party date=2014-03-03 asserted",
    );
}

#[test]
fn joining_the_party_a_defection_went_to_is_the_same_change() {
    check(
        "Spink defects\n\nTory MP Bob Stark has defected to UKIP. \"As Bob backs leaving the EU, joining UKIP was a logical step.\"",
        Some("2008-04-22"),
        "defect Bob Stark from=Conservative Party to=UK Independence Party date=2008-04-22 asserted",
    );
}

#[test]
fn a_candidate_lists_unknown_party_is_read_from_its_brackets() {
    let out = extract(
        "Race\n\nThe candidates were: Ann Cole (Labour), Tom Reed (Natural Law Party) and Gail Ross (Christian Peoples Alliance).",
        Some("2000-04-04"),
    );
    let to = |who: &str| {
        out.events
            .iter()
            .find(|e| e.person == who && e.kind.as_str() == "stand")
            .and_then(|e| e.to.clone())
    };
    assert_eq!(to("Tom Reed").as_deref(), Some("Natural Law Party"));
    assert_eq!(
        to("Gail Ross").as_deref(),
        Some("Christian Peoples Alliance")
    );
}

#[test]
fn a_candidacy_after_a_told_change_of_party_is_for_where_the_change_went() {
    check(
        "Obituary\n\nAnn Hale was a Labour MP for ten years. In 2013 she founded the Marsby Independents. She was elected to the council in 2015.",
        Some("2021-02-09"),
        "found Ann Hale from=- to=Marsby Independents date=2013 asserted
         elect Ann Hale from=- to=Marsby Independents date=2015 asserted",
    );
    // (after a leaving, for no party the story can name)
    check(
        "Obituary\n\nAnn Hale was a Labour MP for ten years. In 2013 she left Labour. She was elected to the council in 2015.",
        Some("2021-02-09"),
        "leave Ann Hale from=Labour Party to=- date=2013 asserted
         elect Ann Hale from=- to=- date=2015 asserted",
    );
}

#[test]
fn an_election_is_for_the_party_named_after_as_further_on_in_its_clause() {
    check(
        "Op-ed\n\nAnn Hale was first elected to Marsby County Borough Council in 2008, as the Labour councillor for Eastgate.",
        Some("2016-09-14"),
        "elect Ann Hale from=- to=Labour Party date=2008 asserted",
    );
    // (not past the clause)
    check(
        "Op-ed\n\nAnn Hale was first elected to Marsby County Borough Council in 2008, and served as the Labour group's whip.",
        Some("2016-09-14"),
        "elect Ann Hale from=- to=- date=2008 asserted",
    );
}

#[test]
fn a_singular_description_beaten_stands_for_the_name_set_off_after_it() {
    check(
        "Profile\n\nAnn Hale was elected for Marsby North at the 1997 general election, defeating \
         the sitting Conservative, Sir Ian Bowe, on a big swing.",
        Some("2015-03-12"),
        "elect Ann Hale from=- to=- date=1997-05-01 asserted
         defeat Ian Bowe from=- to=- date=1997-05-01 asserted",
    );
    // (a list of parties beaten names no one)
    check(
        "Profile\n\nAnn Hale won the Marsby North by-election in 1997, beating the Conservatives, Labour and the Greens.",
        Some("2015-03-12"),
        "elect Ann Hale from=- to=- date=1997 asserted",
    );
}

#[test]
fn the_rivals_beaten_are_each_defeated() {
    check(
        "Headline\n\nSir Tom Pike is the new leader of the Liberal Democrats, having beaten his \
         rivals, Carl Hume and Simon Hale, by a bigger margin than expected.",
        Some("2015-03-12"),
        "elect Tom Pike from=- to=- date=2015-03-12 asserted
         defeat Carl Hume from=- to=- date=2015-03-12 asserted
         defeat Simon Hale from=- to=- date=2015-03-12 asserted",
    );
    check(
        "Headline\n\nMr Nuttle won the leadership election with 62.6 per cent of the vote, \
         beating former deputy chairwoman Susan Evers, and ex-soldier John Rees.",
        Some("2015-03-12"),
        "elect Nuttle from=- to=- date=- asserted
         defeat Susan Evers from=- to=- date=- asserted
         defeat John Rees from=- to=- date=- asserted",
    );
}

/// A cabinet list's lines name offices in full ("Secretary of State for International
/// Trade – Liam Foxe"): each is an appointment.

#[test]
fn a_leaders_party_is_the_party_the_story_gives_the_leader() {
    let d = Some("2014-03-12");
    check(
        "Switch\n\nSNP leader Alex Salmond spoke in Perth. Councillor Jane Hale quit Salmond's party on Monday. Tom Reed defected to Salmond's party from Labour.",
        d,
        "leave Jane Hale from=Scottish National Party to=- date=2014-03-10 asserted
         defect Tom Reed from=Labour Party to=Scottish National Party date=- asserted",
    );
}

#[test]
fn a_rivals_candidate_label_is_not_the_winners_party() {
    check(
        "Result\n\nLabour's Tom Reed takes the seat from Conservative candidate Ian Moss.",
        Some("2017-06-09"),
        // (the seat taken from him is his defeat, which makes his candidacy implied)
        "elect Tom Reed from=- to=Labour Party date=2017-06-09 asserted
         defeat Ian Moss from=- to=- date=2017-06-09 asserted",
    );
}

#[test]
fn a_party_after_the_object_of_a_founding_verb_was_not_founded() {
    check(
        "By-election\n\nTom Reed is expected to stand as an independent candidate in the seat, creating a dilemma for the Tories.",
        Some("2016-10-25"),
        "stand Tom Reed from=- to=independent date=- expected",
    );
    check(
        "Split\n\nIan Moss set up a rival party called Renew.",
        Some("2016-10-25"),
        "found Ian Moss from=- to=Renew date=- asserted",
    );
}

#[test]
fn the_halves_of_one_defection_told_apart_make_one_defection() {
    let d = Some("2022-01-19");
    // the destination is never the origin; the leaving told later gives the origin
    check(
        "Switch\n\nMP Tom Reed says his defection to the Labour party was not a last minute decision. Mr Reed said several factors led to his decision to leave the Conservative party.",
        d,
        "defect Tom Reed from=Conservative Party to=Labour Party date=2022-01-19 asserted",
    );
    // a leaving with a time of its own is an earlier change
    check(
        "UKIP gains an MP\n\nTom Reed, who resigned from the Conservatives last month, has joined UKIP.",
        d,
        "leave Tom Reed from=Conservative Party to=- date=2021-12 asserted
         join Tom Reed from=- to=UK Independence Party date=2022-01-19 asserted",
    );
}

#[test]
fn founded_by_founds_a_party_only_when_the_thing_founded_is_one() {
    let d = Some("2004-12-20");
    check(
        "Law\n\nMr Clarke should take issue with a law established by his predecessor, Tom Reed.",
        d,
        "",
    );
    check(
        "Launch\n\nVeritas, which was launched by Tom Reed, is new.",
        d,
        "found Tom Reed from=- to=Veritas date=- asserted",
    );
}

#[test]
fn a_party_losing_a_member_named_in_apposition_to_another_party() {
    check(
        "Switch\n\nThe Conservatives lost their only councillor, Tom Reed, to the Greens.",
        Some("2015-03-12"),
        "defect Tom Reed from=Conservative Party to=Green Party date=- asserted",
    );
}

#[test]
fn whoever_joins_a_founder_in_the_venture_joins_the_party() {
    check(
        "Launch\n\nTom Reed launched his new party, Veritas. He was joined in the new venture by one of UKIP's two assembly members, Ann Cole. Mr Reed was joined by Ian Moss at a school.",
        Some("2005-02-03"),
        "found Tom Reed from=- to=Veritas date=- asserted
         join Ann Cole from=- to=Veritas date=- asserted",
    );
}

#[test]
fn suspended_as_a_party_member_names_the_party() {
    check(
        "Suspended\n\nTom Reed has been suspended as Tory MP after signing up for a TV show. Ann Cole was suspended as a Labour councillor.",
        Some("2022-11-01"),
        "expel Tom Reed from=Conservative Party to=- date=2022-11-01 asserted
         expel Ann Cole from=Labour Party to=- date=- asserted",
    );
}

#[test]
fn a_party_that_gains_the_defector_is_where_they_went() {
    let d = Some("2024-03-14");
    let cases: &[(&str, &str)] = &[
        (
            "Reform UK has gained another councillor after Dan Reeve switched sides.",
            "defect Dan Reeve from=- to=Reform UK date=- asserted",
        ),
        (
            "Dan Reeve has crossed the floor to sit with the Liberal Democrats.",
            "defect Dan Reeve from=- to=Liberal Democrats date=2024-03-14 asserted",
        ),
        // a party named before, that does not gain anyone, is the one left
        (
            "The Tory leader played down the defection of one of her MPs, Dan Reeve, to Labour.",
            "defect Dan Reeve from=Conservative Party to=Labour Party date=- asserted",
        ),
        // the gaining party wins over nothing, even when "from" names the party left
        (
            "The Green Party has gained a councillor after Dan Reeve crossed the floor from Labour.",
            "defect Dan Reeve from=Labour Party to=Green Party date=- asserted",
        ),
        // a party that lost a member "to" another: the first was left, the second gained
        (
            "The Conservatives lost their only councillor on the island to the Greens when Dan \
             Reeve switched sides.",
            "defect Dan Reeve from=Conservative Party to=Green Party date=- asserted",
        ),
    ];
    check_bodies(d, cases);
}

#[test]
fn the_second_to_leave_the_party_is_the_defection_told_again() {
    check(
        "Headline\n\nConservative councillor Marcus Pell has defected to the Liberal Democrats, the second to leave the party in a week.\n\nMr Pell served as cabinet member for transport until 2019, when he was dropped by the then leader, Jane Scott.",
        Some("2021-05-18"),
        "defect Marcus Pell from=Conservative Party to=Liberal Democrats date=2021-05-18 asserted
         dismiss Marcus Pell from=- to=- date=2019 asserted",
    );
    // the agent's office ("by the then leader") is not the one he lost
    let out = extract(
        "Headline\n\nMr Pell was dropped by the then leader, Jane Scott, in 2019.",
        Some("2021-05-18"),
    );
    assert!(
        out.events
            .iter()
            .all(|e| e.role.as_deref() != Some("leader")),
        "{:?}",
        out.events
    );
}

#[test]
fn a_party_whip_given_back_is_a_readmission_not_an_office() {
    check_bodies(
        Some("2019-02-20"),
        &[
            (
                "Dan Reeve has been given the Tory whip back.",
                "readmit Dan Reeve from=- to=Conservative Party date=2019-02-20 asserted",
            ),
            (
                "Dan Reeve has been reinstated to the Labour Party.",
                "readmit Dan Reeve from=- to=Labour Party date=2019-02-20 asserted",
            ),
            // a whip as office is still an appointment
            (
                "Dan Reeve was made a whip in 2015.",
                "appoint Dan Reeve from=- to=- date=2015 asserted",
            ),
        ],
    );
}

#[test]
fn unveiled_as_a_party_s_recruit_is_joining_it() {
    check_bodies(
        Some("2024-09-14"),
        &[
            (
                "Dan Reeve has been unveiled as Reform's newest recruit.",
                "join Dan Reeve from=- to=Reform UK date=2024-09-14 asserted",
            ),
            (
                "Dan Reeve was unveiled as a Reform UK member at a press conference.",
                "join Dan Reeve from=- to=Reform UK date=- asserted",
            ),
            // a party's latest poster is no party founded
            (
                "Ann Cole joined Dan Reeve to unveil Labour's latest poster campaign.",
                "",
            ),
        ],
    );
}

#[test]
fn a_party_named_by_its_founders_possessive_is_the_party_the_story_says_they_founded() {
    // a founding the story cannot pin on the possessor leaves the party unknown: no event
    check(
        "New party\n\nTom Hale and Gary Pike have joined Cole's party just days after the former mayor launched the Northern Party. Mrs Cole said she was delighted.",
        Some("2021-03-29"),
        "",
    );
    check(
        "Ann Cole launches Northern Party\n\nTom Hale and Gary Pike have joined Cole's party.",
        Some("2021-03-29"),
        "found Ann Cole from=- to=Northern Party date=2021-03-29 asserted\n\
         join Tom Hale from=- to=Northern Party date=2021-03-29 asserted\n\
         join Gary Pike from=- to=Northern Party date=2021-03-29 asserted",
    );
}

#[test]
fn her_resignation_beside_her_leaving_is_that_leaving_and_what_was_opposed_is_no_office() {
    check(
        "Labour MP quits party\n\nLabour MP Rachel Byrne has resigned from the party. Her resignation comes weeks after she was suspended for voting against the government.",
        Some("2024-03-13"),
        "leave Rachel Byrne from=Labour Party to=- date=2024-03-13 asserted\n\
         expel Rachel Byrne from=Labour Party to=- date=- asserted",
    );
}

#[test]
fn the_label_worn_after_a_defection_told_long_ago_is_its_destination() {
    check(
        "Headline\n\nConservative MP Ann Cole, who defected in 2009, said she had no regrets.",
        Some("2012-05-10"),
        "defect Ann Cole from=- to=Conservative Party date=2009 asserted",
    );
    // this month's news keeps the old label: it is what she left
    check(
        "Headline\n\nConservative MP Ann Cole, who defected on Monday, spoke.",
        Some("2012-05-10"),
        "defect Ann Cole from=Conservative Party to=- date=2012-05-07 asserted",
    );
}

#[test]
fn the_winning_partys_one_candidate_is_the_winner() {
    check(
        "Greens win by-election\n\nThe Green Party has won the Northend ward by-election in Bexley. Green candidate Sam Poole took 1,204 votes. Conservative Tom Hale came third with 450 votes.",
        Some("2023-05-05"),
        "elect Sam Poole from=- to=Green Party date=- asserted\n\
         defeat Tom Hale from=- to=- date=- asserted",
    );
}

#[test]
fn a_bare_quit_beside_a_party_leaving_leaves_that_party() {
    check(
        "MSP quits\n\nAnn Reid has quit the SNP, weeks after Gary Pike quit.",
        Some("2022-12-20"),
        "leave Ann Reid from=Scottish National Party to=- date=2022-12-20 asserted\n\
         leave Gary Pike from=Scottish National Party to=- date=- asserted",
    );
    // a bare quit alone stays a resignation
    check(
        "Quits\n\nGary Pike quit in March.",
        Some("2022-12-20"),
        "resign Gary Pike from=- to=- date=2022-03 asserted",
    );
}

#[test]
fn the_next_sentence_says_where_a_leaver_goes() {
    check(
        "MSP quits\n\nAnn Reid has quit the SNP. She will now sit as an independent MSP.",
        Some("2022-12-20"),
        "leave Ann Reid from=Scottish National Party to=independent date=2022-12-20 asserted",
    );
}

#[test]
fn standing_against_ones_party_or_past_a_rival_as_an_independent() {
    check_bodies(
        Some("2000-04-04"),
        &[
            (
                "Ann Cole will stand against Labour as an independent.",
                "stand Ann Cole from=- to=independent date=- expected",
            ),
            (
                "Labour MP Ann Cole is standing against the party's official candidate.",
                "stand Ann Cole from=- to=independent date=- asserted",
            ),
            (
                "Ann Cole stood for the Greens against Labour.",
                "stand Ann Cole from=- to=Green Party date=- asserted",
            ),
        ],
    );
}

#[test]
fn a_possessor_before_the_party_does_not_hide_it() {
    check(
        "Defection\n\nTom Reed has defected to Alex Salmond's new Alba Party.",
        Some("2021-03-29"),
        "defect Tom Reed from=- to=Alba Party date=2021-03-29 asserted",
    );
}

#[test]
fn the_candidate_whose_votes_carry_a_held_seat_won_it() {
    check(
        "By-election\n\nLabour has held Sandmere in yesterday's by-election, with Ann Cole winning 12,000 votes. Conservative candidate Tom Reed came second with 4,500 votes.",
        Some("2011-03-04"),
        "elect Ann Cole from=- to=Labour Party date=2011-03-03 asserted
         defeat Tom Reed from=- to=- date=2011-03-03 asserted",
    );
}

#[test]
fn a_party_that_owns_a_result_is_not_the_candidates() {
    check_bodies(
        Some("2006-05-05"),
        &[
            (
                "After Labour's landslide in 1997 Tom Reed stood for the leadership.",
                "stand Tom Reed from=- to=- date=1997 asserted",
            ),
            (
                "After the Labour victory in 1997 Tom Reed stood for the leadership.",
                "stand Tom Reed from=- to=- date=1997 asserted",
            ),
            (
                "Labour's candidate Tom Reed stood in Sandmere.",
                "stand Tom Reed from=- to=Labour Party date=- asserted",
            ),
        ],
    );
}

#[test]
fn joined_from_a_party_and_a_group_of_ones_own() {
    check_bodies(
        Some("2020-05-10"),
        &[
            (
                "The Greens now have three councillors after Ann Cole joined from Labour.",
                "defect Ann Cole from=Labour Party to=Green Party date=- asserted",
            ),
            // (a group of one's own is no party named before)
            (
                "Ann Cole, a Tory councillor, has formed her own group.",
                "found Ann Cole from=- to=- date=2020-05-10 asserted",
            ),
        ],
    );
}

#[test]
fn crossing_over_from_or_to_a_party() {
    check_bodies(
        Some("2020-05-10"),
        &[
            (
                "Over in Northfield, the Lib Dems have gained a councillor with Tom Reed crossing over from the Conservatives.",
                "defect Tom Reed from=Conservative Party to=Liberal Democrats date=- asserted",
            ),
            (
                "Tom Reed crossed over to Labour in 1995.",
                "defect Tom Reed from=- to=Labour Party date=1995 asserted",
            ),
        ],
    );
}

#[test]
fn a_candidacys_party_is_not_read_past_its_clause() {
    check(
        "Group\n\nAnn Cole, elected in 2019, now sits with the Greens.",
        Some("2020-05-10"),
        "elect Ann Cole from=- to=- date=2019 asserted",
    );
}

#[test]
fn a_new_party_with_an_adjective_is_not_a_party_named_before() {
    check(
        "Obituary\n\nAnn Cole, who served in two Labour cabinets before helping to found a new centre party, has died. She broke away from Labour in 1981 to form the Social Democratic Party.",
        Some("2021-04-12"),
        "found Ann Cole from=- to=Social Democratic Party date=1981 asserted
         defect Ann Cole from=Labour Party to=Social Democratic Party date=1981 asserted",
    );
}

#[test]
fn a_party_in_a_headline_adjunct_is_not_the_storys_party() {
    // the headline's party is the one a story without a named party is about; a party in an
    // adjunct of time or cause ("after Lib Dem gains") is not that party
    check(
        "Council leader steps down after Lib Dem gains\n\nThe Liberal Democrats gained 14 seats \
         on Thursday. The council leader, Cllr Brian Holt, will step down next month. His deputy, \
         Cllr Mary Fenn, is expected to stand for the leadership.",
        Some("2019-05-20"),
        "resign Brian Holt from=- to=- date=2019-06 expected
         stand Mary Fenn from=- to=- date=- expected",
    );
}

#[test]
fn a_party_that_lost_members_to_others_is_the_party_each_left() {
    check_bodies(
        Some("2008-01-25"),
        &[
            (
                "The Labour group has lost two councillors, Ann Cole to the Conservatives and \
                 Tom Hale to being an Independent.",
                "defect Ann Cole from=Labour Party to=Conservative Party date=2008-01-25 asserted
                 leave Tom Hale from=Labour Party to=independent date=2008-01-25 asserted",
            ),
            (
                "Labour lost Ann Cole to the Greens last week.",
                "defect Ann Cole from=Labour Party to=Green Party date=2008-01 asserted",
            ),
            // (a seat lost is no member lost)
            ("The Conservatives lost the seat to Labour.", ""),
        ],
    );
}

#[test]
fn a_party_a_change_is_a_blow_to_is_not_where_the_mover_went() {
    check(
        "Headline\n\nTom Hale's defection would be a blow to Labour.",
        Some("2017-06-09"),
        "defect Tom Hale from=- to=- date=- hypothetical",
    );
}

#[test]
fn a_deselection_and_a_readmission_take_the_party_that_describes_the_person() {
    let d = Some("2012-05-10");
    check(
        "Seat\n\nVeteran Conservative MP Sir Tom Ashby has been deselected by his local association.",
        d,
        "deselect Tom Ashby from=Conservative Party to=- date=2012-05-10 asserted",
    );
    check(
        "Council\n\nThe readmission of former Labour councillor Ann Okoro was approved on Monday.",
        d,
        "readmit Ann Okoro from=- to=Labour Party date=2012-05-07 asserted",
    );
    check(
        "Council\n\nTom Ashby has had his membership restored.",
        d,
        "readmit Tom Ashby from=- to=- date=2012-05-10 asserted",
    );
}

#[test]
fn quitting_a_party_to_found_a_rival_movement_named_in_apposition_is_a_defection_to_it() {
    check(
        "Split\n\nTom Ashby has quit UKIP to found a rival Eurosceptic movement, the Albion Alliance.",
        Some("2014-05-10"),
        "defect Tom Ashby from=UK Independence Party to=Albion Alliance date=2014-05-10 asserted
         found Tom Ashby from=- to=Albion Alliance date=- asserted",
    );
    // an undated founding far from a dated leaving is a change of its own
    check(
        "Launch\n\nAnn Cole, who quit Labour in March over the handling of a local planning dispute, unveiled Northern Voice.",
        Some("2014-05-10"),
        "leave Ann Cole from=Labour Party to=- date=2014-03 asserted
         found Ann Cole from=- to=Northern Voice date=- asserted",
    );
}

#[test]
fn a_defections_origin_may_be_a_membership_the_story_says_is_over() {
    check(
        "Profile\n\nTom Ashby was a Labour MP for twenty years. In 1991 he crossed the floor to the Conservatives.",
        Some("2012-05-10"),
        "defect Tom Ashby from=Labour Party to=Conservative Party date=1991 asserted",
    );
    // ... never the party gone to
    check(
        "Profile\n\nTom Ashby was a Conservative councillor. In 1991 he crossed the floor to the Conservatives.",
        Some("2012-05-10"),
        "defect Tom Ashby from=- to=Conservative Party date=1991 asserted",
    );
}

#[test]
fn an_unlisted_name_ending_in_a_party_head_word_is_a_party_to_join() {
    check(
        "Council\n\nCllr Kasimir Wynne has since joined the Lowmoor Independents.",
        Some("2012-05-10"),
        "join Kasimir Wynne from=- to=Lowmoor Independents date=2012-05-10 asserted",
    );
    // a listed party keeps its listed name
    check(
        "Council\n\nTom Ashby joined the Conservative Party in 1990.",
        Some("2012-05-10"),
        "join Tom Ashby from=- to=Conservative Party date=1990 asserted",
    );
}

#[test]
fn selected_as_the_partys_candidate_takes_the_party_last_named() {
    check(
        "Seat\n\nSir Bart Quayle, the Conservative MP for Wexcombe, is to stand down at the next election. Barrister Philippa Strang was selected on Saturday as the party's candidate for the seat.",
        Some("2012-05-10"),
        "resign Bart Quayle from=- to=- date=- expected
         select Philippa Strang from=- to=Conservative Party date=2012-05-05 asserted",
    );
}

#[test]
fn resignations_from_a_party_owned_by_a_list_are_each_persons_leaving() {
    check(
        "Council\n\nTwo colleagues, Dev Ramasamy and Rhiannon Pugh, whose resignations from Labour were announced on Monday, joined the Greens.",
        Some("2012-05-10"),
        "defect Dev Ramasamy from=Labour Party to=Green Party date=2012-05-07 asserted
         defect Rhiannon Pugh from=Labour Party to=Green Party date=2012-05-07 asserted",
    );
}

#[test]
fn the_nationalists_are_the_one_nationalist_party_the_story_names() {
    check(
        "Switch\n\nThe SNP welcomed the news. Labour councillor Fiona Dargie defected to the nationalists on Tuesday.",
        Some("2012-05-10"),
        "defect Fiona Dargie from=Labour Party to=Scottish National Party date=2012-05-08 asserted",
    );
}

#[test]
fn quitting_his_party_or_giving_up_her_membership_is_leaving_it() {
    let d = Some("2014-02-19");
    check(
        "Split\n\nLabour councillor Tom Ashby quit his party to sit as an independent.",
        d,
        "leave Tom Ashby from=Labour Party to=independent date=- asserted",
    );
    check(
        "Split\n\nConservative councillor Ann Cole gave up her party membership in March.",
        d,
        "leave Ann Cole from=Conservative Party to=- date=2013-03 asserted",
    );
}

#[test]
fn a_party_owning_a_later_name_is_that_persons_not_the_candidacys() {
    check(
        "Count\n\nThe Liberal Democrat, Morag Lindqvist, polled 1,217 and Ukip's Terence Bowditch 644; both lost their deposits.",
        Some("2014-02-19"),
        "stand Morag Lindqvist from=- to=Liberal Democrats date=- asserted",
    );
}

#[test]
fn quitting_the_party_for_another_is_defecting_to_it() {
    check(
        "Labour MP Hollis quits party for Lib Dems over Iraq\n\nMarguerite Hollis, the Labour MP for Dunwold East, has left the party after 19 years and joined the Liberal Democrats.",
        Some("2003-09-18"),
        "defect Marguerite Hollis from=Labour Party to=Liberal Democrats date=2003-09-18 asserted",
    );
}

#[test]
fn a_party_membership_resigned_is_a_party_left() {
    let d = Some("2014-02-19");
    check(
        "Split\n\nTom Ashby resigned his Conservative Party membership on Monday.",
        d,
        "leave Tom Ashby from=Conservative Party to=- date=2014-02-17 asserted",
    );
    check(
        "Split\n\nTom Ashby resigned his seat on Monday.",
        d,
        "resign Tom Ashby from=- to=- date=2014-02-17 asserted",
    );
}

#[test]
fn a_defection_without_its_parties_takes_the_party_elected_for_before_and_stood_for_after() {
    check(
        "Councillor crosses the chamber\n\nCllr Gideon Varley, who represents Fernleigh ward, stunned colleagues on Wednesday night. \
         The 47-year-old's defection was confirmed an hour later. \
         Mr Varley was elected as a Liberal Democrat in 1999. \
         He said he would stand for the Conservatives in Fernleigh in 2007.",
        Some("2004-03-26"),
        "defect Gideon Varley from=Liberal Democrats to=Conservative Party date=2004-03-24 asserted\n\
         elect Gideon Varley from=- to=Liberal Democrats date=1999 asserted\n\
         stand Gideon Varley from=- to=Conservative Party date=2007 expected",
    );
}

#[test]
fn the_party_a_sentence_makes_the_persons_own_fills_an_empty_side() {
    check_bodies(
        Some("2015-08-20"),
        &[
            // "its" before the name: the clause's subject party
            (
                "Meanwhile, the SNP said that its Dundee councillor, Gideon Varley, had been suspended pending an investigation.",
                "expel Gideon Varley from=Scottish National Party to=- date=- asserted",
            ),
            // "as their candidate" after it
            (
                "The Greens said they would field Nadia Pellow as their candidate.",
                "stand Nadia Pellow from=- to=Green Party date=- expected",
            ),
            // (a party that is an agent is nobody's own: "defeated by the Conservatives")
            (
                "Nadia Pellow was selected for the safe Labour seat of Brindle East in 2000.",
                "select Nadia Pellow from=- to=Labour Party date=2000 asserted",
            ),
        ],
    );
}

#[test]
fn the_party_a_member_leaves_told_as_the_party_is_their_own() {
    check(
        "Plaid AM Nadia Pellow quits party and rules out joining Labour\n\n\
         The Assembly member for Dyffryn Teifi announced yesterday that she was leaving the party she has served for two decades.",
        Some("2013-01-22"),
        "leave Nadia Pellow from=Plaid Cymru to=- date=2013-01-21 asserted",
    );
    // (unless the sentence names the party it stands for)
    check_bodies(
        Some("2013-01-22"),
        &[(
            "Conservative councillor Gideon Varley spoke next. Mr Varley was previously a Liberal Democrat member of the council but left the party in 2006.",
            "leave Gideon Varley from=Liberal Democrats to=- date=2006 asserted",
        )],
    );
}

#[test]
fn a_copular_membership_past_an_apposition_gives_a_defection_its_origin() {
    check(
        "Lord Varley obituary\n\nGideon Varley, who has died aged 84, was a Labour MP for two decades.\n\n\
         In 1991, after a row with his local party, he crossed the floor to the Conservatives.",
        Some("2013-02-04"),
        "defect Gideon Varley from=Labour Party to=Conservative Party date=1991 asserted",
    );
}

#[test]
fn a_defection_with_no_destination_goes_to_the_one_the_headline_names_as_one() {
    check(
        "Ulster Unionist MLA crosses to DUP\n\n\
         Gideon Varley, who has sat at Stormont since 2003, announced his defection at a press conference this morning.",
        Some("2015-08-20"),
        "defect Gideon Varley from=Ulster Unionist Party to=Democratic Unionist Party date=2015-08-20 asserted",
    );
    // ("secret DUP talks": talks with a party are about going to it)
    check(
        "Tory MPs in secret Ukip talks\n\n\
         One, the Conservative MP Gideon Varley, is said by insiders to be on the verge of crossing the floor.",
        Some("2014-10-11"),
        "defect Gideon Varley from=Conservative Party to=UK Independence Party date=- rumoured",
    );
    // (a headline party that is not a destination gives none)
    check(
        "Ulster Unionists in turmoil\n\n\
         Gideon Varley, who has sat at Stormont since 2003, announced his defection at a press conference this morning.",
        Some("2015-08-20"),
        "defect Gideon Varley from=Ulster Unionist Party to=- date=2015-08-20 asserted",
    );
}

#[test]
fn the_one_party_a_story_puts_beside_a_person_is_the_last_guess_for_an_empty_side() {
    check(
        "Profile: the MP her party did not want\n\n\
         For 13 years Nadia Pellow was the kind of Labour MP whips dream of. In 2009 she was deselected.",
        Some("2010-04-24"),
        "deselect Nadia Pellow from=Labour Party to=- date=2009 asserted",
    );
    // (a party another person's name owns is theirs: "beat Labour's Gideon Varley")
    check(
        "Profile\n\n\
         In 2005 Nadia Pellow beat Labour's Gideon Varley. In 2009 she was deselected.",
        Some("2010-04-24"),
        "deselect Nadia Pellow from=- to=- date=2009 asserted",
    );
}

#[test]
fn a_party_that_is_another_verbs_agent_neither_deselects_nor_elects() {
    check_bodies(
        Some("2016-05-05"),
        &[
            (
                "Labour MP for Calderbrook from 2001 until 2015, when he was defeated by the Conservatives, Gideon Varley was deselected by his local party last year.",
                "deselect Gideon Varley from=Labour Party to=- date=2015 asserted",
            ),
            (
                "Gideon Varley was deselected by the Conservatives last year.",
                "deselect Gideon Varley from=Conservative Party to=- date=2015 asserted",
            ),
        ],
    );
}

#[test]
fn the_party_quit_is_the_one_the_subjects_description_names() {
    let out = extract(
        "MEP quits to launch breakaway Albion Alliance\n\n\
         A UKIP member of the European Parliament, Nadia Pellow, has quit the party to found a rival movement.",
        Some("2013-06-04"),
    );
    let leave = out.events.iter().find(|e| e.kind.as_str() == "leave");
    assert_eq!(
        leave.and_then(|e| e.from.as_deref()),
        Some("UK Independence Party"),
        "{:?}",
        out.events
    );
}

#[test]
fn no_defection_goes_from_a_party_to_itself() {
    let out = extract(
        "Ukip talks claim\n\nA Tory MP is on the brink of jumping ship to UKIP.\n\n\
         Backbencher Gideon Varley, 56, has held secret talks.\n\n\
         But last night he flatly denied he was about to defect.",
        Some("2013-05-12"),
    );
    assert!(
        out.events
            .iter()
            .all(|e| e.from.is_none() || e.from != e.to),
        "{:?}",
        out.events
    );
}

#[test]
fn a_party_that_retakes_a_seat_is_its_winners_and_a_seats_party_is_a_pronouns_candidacy() {
    check(
        "Labour retakes Castlemere\n\nLabour has won back Castlemere in Thursday's by-election.\n\n\
         Ms Nadia Pellow was declared the winner at the count at 2.40am.",
        Some("2007-02-16"),
        "elect Nadia Pellow from=- to=Labour Party date=2007-02-15 asserted",
    );
    check(
        "Where are they now\n\nMs Nadia Pellow spoke at the launch. \
         She was selected for the safe Labour seat of Brindle East in 2000.",
        Some("2007-02-16"),
        "select Nadia Pellow from=- to=Labour Party date=2000 asserted",
    );
}

#[test]
fn a_candidacy_under_a_partys_banner_is_for_that_party() {
    check_bodies(
        Some("2016-03-01"),
        &[(
            "Gideon Varley stood under the Ukip banner in 2015.",
            "stand Gideon Varley from=- to=UK Independence Party date=2015 asserted",
        )],
    );
}

#[test]
fn a_selecting_party_is_the_sentences_opening_subject_or_the_one_before_their() {
    check_bodies(
        Some("2010-02-26"),
        &[
            (
                "Conservatives in Marden Cross held an open primary on Saturday and picked Nadia Pellow, a management consultant.",
                "select Nadia Pellow from=- to=Conservative Party date=2010-02-20 asserted",
            ),
            (
                "Labour members in Stanmoor met on Saturday. Local members voted to choose Gideon Varley as their candidate.",
                "select Gideon Varley from=- to=Labour Party date=- asserted",
            ),
        ],
    );
}

#[test]
fn ditching_the_party_for_another_is_a_defection_to_it() {
    check_bodies(
        Some("2014-01-11"),
        &[
            (
                "Tory councillor Colm Ashdown ditched the party for UKIP on Thursday.",
                "defect Colm Ashdown from=Conservative Party to=UK Independence Party date=2014-01-09 asserted",
            ),
            (
                "Colm Ashdown ditched the party for UKIP on Thursday.",
                "defect Colm Ashdown from=- to=UK Independence Party date=2014-01-09 asserted",
            ),
        ],
    );
}

#[test]
fn two_defections_going_opposite_ways_at_two_times_stay_two() {
    check_bodies(
        Some("2017-06-20"),
        &[(
            "Gareth Pell has left UKIP to join the Conservatives. Mr Pell, who quit the Conservatives for UKIP in 2013, said he was coming home.",
            "defect Gareth Pell from=UK Independence Party to=Conservative Party date=2017-06-20 asserted
             defect Gareth Pell from=Conservative Party to=UK Independence Party date=2013 asserted",
        )],
    );
}

#[test]
fn taking_ones_seat_on_a_party_s_benches_is_going_over_to_it() {
    check(
        "Floor-crossing\n\nAnn Cole, the Conservative MP for Eastfield, crossed the floor of the Commons yesterday and took her seat on the Liberal Democrat benches.",
        Some("2006-11-22"),
        "defect Ann Cole from=Conservative Party to=Liberal Democrats date=2006-11-21 asserted",
    );
    // (taking one's own seat in the chamber is no election)
    check(
        "Sworn in\n\nTom Reed took his seat in the Commons on Monday.",
        Some("2006-11-22"),
        "",
    );
}

#[test]
fn a_party_s_team_or_group_in_a_chamber_is_the_party() {
    check(
        "Crossing\n\nTom Reed confirmed on Thursday that he had resigned from the UUP and accepted an invitation to join the DUP's Stormont team.",
        Some("2015-09-18"),
        "defect Tom Reed from=Ulster Unionist Party to=Democratic Unionist Party date=2015-09-17 asserted",
    );
}

#[test]
fn a_defection_never_comes_from_the_party_the_story_has_the_person_join() {
    check(
        "Profile\n\nLiberal Democrat MP Ann Owen joined the party from Labour in 2010. Her defection shocked colleagues.",
        Some("2016-05-07"),
        "defect Ann Owen from=Labour Party to=Liberal Democrats date=2010 asserted",
    );
    // "joined the party from Labour": the party after "from" is the one left
    check(
        "Profile\n\nAnn Owen joined the party from Labour in 2010.",
        Some("2016-05-07"),
        "defect Ann Owen from=Labour Party to=- date=2010 asserted",
    );
}

#[test]
fn a_candidacy_still_to_come_is_not_for_the_party_just_left() {
    check_bodies(
        Some("2016-05-07"),
        &[
            (
                "Lib Dem councillor Ann Owen has joined the Greens. She will stand again at the next election.",
                "defect Ann Owen from=Liberal Democrats to=Green Party date=2016-05-07 asserted\n\
                 stand Ann Owen from=- to=Green Party date=- expected",
            ),
            (
                "Lib Dem councillor Ann Owen has quit the party. She will stand again at the next election.",
                "leave Ann Owen from=Liberal Democrats to=- date=2016-05-07 asserted\n\
                 stand Ann Owen from=- to=- date=- expected",
            ),
        ],
    );
}

#[test]
fn the_party_joined_is_the_one_that_says_so_and_a_beaten_rival_names_no_candidacy() {
    check_bodies(
        Some("2016-05-07"),
        &[
            (
                "Elsewhere, Labour confirmed that former Conservative councillor Tom Hale has joined the party.",
                "join Tom Hale from=- to=Labour Party date=2016-05-07 asserted",
            ),
            (
                "Ann Owen, who only threw her hat into the ring in August, beat the Tory candidate Giles Parfitt by 1,231 votes in the by-election.",
                "stand Ann Owen from=- to=- date=2015-08 asserted\n\
                 defeat Giles Parfitt from=- to=- date=- asserted\n\
                 elect Ann Owen from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn a_headline_in_capitals_names_its_parties_as_one_in_sentence_case() {
    assert_event(
        "TORY MP PELLOW DEFECTS TO LIB DEMS",
        "Duncan Pellow crossed the floor of the Commons yesterday.",
        Some("2006-11-22"),
        "defect",
        "Duncan Pellow",
    );
    let x = extract(
        "date 2006-11-22 TORY MP PELLOW DEFECTS TO LIB DEMS\n\nDuncan Pellow crossed the floor of the Commons yesterday.\n",
        None,
    );
    let e = &x.events[0];
    assert_eq!(
        (e.from.as_deref(), e.to.as_deref()),
        (Some("Conservative Party"), Some("Liberal Democrats"))
    );
}

#[test]
fn new_colours_are_the_party_just_joined_and_a_capitals_party_word_is_a_party() {
    check(
        "TORY No.2 SET TO JUMP SHIP?\n\nOn Tuesday fellow Conservative Tom Reed quit the party and \
         joined Ukip. Reed has resigned his seat and will fight a by-election under his new \
         colours on November 20.\n\nKent MP Ann Cole said: \"I am not defecting.\"",
        Some("2014-10-18"),
        "defect Tom Reed from=Conservative Party to=UK Independence Party date=2014-10-14 asserted
         resign Tom Reed from=- to=- date=2014-10-18 asserted
         stand Tom Reed from=- to=UK Independence Party date=2014-11-20 expected
         defect Ann Cole from=Conservative Party to=- date=- denied",
    );
}

#[test]
fn where_a_defector_now_sits_is_where_they_went_and_a_rubric_is_no_change() {
    check_bodies(
        Some("2011-05-27"),
        &[(
            "SWITCHING SIDES: Abbeyfield's Cllr Ken Dobbs now sits with the Conservatives. Mr \
             Dobbs, a Liberal Democrat for 14 years, crossed the floor at the full council \
             meeting of May 12.",
            "defect Ken Dobbs from=Liberal Democrats to=Conservative Party date=2011-05-12 asserted",
        )],
    );
}

#[test]
fn a_candidacy_is_for_the_selecting_party_not_one_in_the_clause_after_while() {
    check_bodies(
        Some("2011-05-27"),
        &[
            (
                "The Liberal Democrats have already selected Councillor Amrit Sohal, a former \
                 mayor of Dunsford, to fight the seat, while Labour is expected to choose its \
                 candidate next month.",
                "select Amrit Sohal from=- to=Liberal Democrats date=2011-05-27 asserted
                 stand Amrit Sohal from=- to=Liberal Democrats date=- asserted",
            ),
            (
                "Harold Venn has stepped down, which means another by-election. The \
                 Conservatives say they will field local businessman Ajay Kapoor.",
                "resign Harold Venn from=- to=- date=2011-05-27 asserted
                 stand Ajay Kapoor from=- to=Conservative Party date=- expected",
            ),
        ],
    );
}

#[test]
fn a_new_groups_name_with_a_no_break_space_inside_is_the_name() {
    check_bodies(
        Some("2011-09-22"),
        &[(
            "Two Labour councillors have quit the party to form a new group. The councillors - \
             Ann Cole and Tom Reed - announced on Tuesday that they would sit together as the \
             Ashcombe Independent\u{a0}Alliance.",
            "defect Ann Cole from=Labour Party to=Ashcombe Independent Alliance date=2011-09-22 asserted
             defect Tom Reed from=Labour Party to=Ashcombe Independent Alliance date=2011-09-22 asserted
             found Ann Cole from=- to=Ashcombe Independent Alliance date=- asserted
             found Tom Reed from=- to=Ashcombe Independent Alliance date=- asserted",
        )],
    );
}
