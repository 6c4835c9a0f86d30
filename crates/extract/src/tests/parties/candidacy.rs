//! Which party a candidacy, an election or a selection is for: the party named near the
//! trigger or after "as", a banner, a selecting party, a results line's brackets; never a
//! rival's, a party that owns a result or another name, nor one past the clause.

use super::*;

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

#[test]
fn a_rivals_candidate_label_is_not_the_winners_party() {
    check(
        "Result\n\nLabour's Tom Reed takes the seat from Conservative candidate Ian Moss.",
        Some("2017-06-09"),
        // (the seat taken from him is his defeat; his candidacy, with its party, is told too)
        "elect Tom Reed from=- to=Labour Party date=2017-06-09 asserted
         defeat Ian Moss from=- to=- date=2017-06-09 asserted
         stand Ian Moss from=- to=Conservative Party date=- asserted",
    );
}

#[test]
fn the_winning_partys_one_candidate_is_the_winner() {
    check(
        "Greens win by-election\n\nThe Green Party has won the Northend ward by-election in Bexley. Green candidate Sam Poole took 1,204 votes. Conservative Tom Hale came third with 450 votes.",
        Some("2023-05-05"),
        "elect Sam Poole from=- to=Green Party date=2023-05-05 asserted\n\
         defeat Tom Hale from=- to=- date=2023-05-05 asserted",
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
fn the_candidate_whose_votes_carry_a_held_seat_won_it() {
    check(
        "By-election\n\nLabour has held Sandmere in yesterday's by-election, with Ann Cole winning 12,000 votes. Conservative candidate Tom Reed came second with 4,500 votes.",
        Some("2011-03-04"),
        "elect Ann Cole from=- to=Labour Party date=2011-03-03 asserted
         stand Tom Reed from=- to=Conservative Party date=- asserted
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
fn a_candidacys_party_is_not_read_past_its_clause() {
    check(
        "Group\n\nAnn Cole, elected in 2019, now sits with the Greens.",
        Some("2020-05-10"),
        "elect Ann Cole from=- to=- date=2019 asserted",
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
fn a_party_owning_a_later_name_is_that_persons_not_the_candidacys() {
    check(
        "Count\n\nThe Liberal Democrat, Morag Lindqvist, polled 1,217 and Ukip's Terence Bowditch 644; both lost their deposits.",
        Some("2014-02-19"),
        "stand Morag Lindqvist from=- to=Liberal Democrats date=- asserted\n\
         stand Terence Bowditch from=- to=UK Independence Party date=- asserted",
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
fn a_candidacy_still_to_come_is_for_the_party_the_story_has_the_person_move_to() {
    check(
        "Why I left\n\nAnn Cole, a former Labour councillor, founded Sandmere First with two colleagues. She will stand for the council again.",
        Some("2016-09-14"),
        "found Ann Cole from=- to=Sandmere First date=- asserted\n\
         stand Ann Cole from=- to=Sandmere First date=- expected",
    );
    // (a whip lost names no party to stand for: the candidacy stays the person's own party's)
    check(
        "Whip row\n\nConservative MP Ann Cole had the whip suspended on Monday. She will stand again at the next general election.",
        Some("2017-10-25"),
        "expel Ann Cole from=Conservative Party to=- date=2017-10-23 asserted\n\
         stand Ann Cole from=- to=Conservative Party date=- expected",
    );
}
