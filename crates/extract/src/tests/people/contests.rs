//! Who won and who lost a contest: the winner the subject and the loser the object, losers
//! from challenges, eliminations, vote counts, results lists and smaller shares, a party's
//! candidate standing; and ousting from an office, which is no contest.

use super::*;

#[test]
fn contest_winner_is_the_subject_and_the_loser_the_object() {
    check(
        "Headline\n\nMaria Olsen beat Tom Reddy in the leadership contest on Saturday.",
        Some("2015-09-14"),
        "elect Maria Olsen from=- to=- date=2015-09-12 asserted\n\
         defeat Tom Reddy from=- to=- date=2015-09-12 asserted",
    );
    // passive: the subject lost, the by-agent won
    check(
        "Headline\n\nTom Reddy was beaten by Maria Olsen in the leadership ballot.",
        Some("2015-09-14"),
        "defeat Tom Reddy from=- to=- date=- asserted\n\
         elect Maria Olsen from=- to=- date=- asserted",
    );
    // no contest in sight: a match, not an election
    check(
        "Headline\n\nMaria Olsen beat Tom Reddy at chess on Saturday.",
        Some("2015-09-14"),
        "",
    );
}

#[test]
fn the_controller_of_to_become_is_the_subject_unless_the_verb_persuades() {
    check(
        "Headline\n\nGreta Lund beat Owen Price to become the new leader of the party.",
        Some("2019-07-23"),
        "defeat Owen Price from=- to=- date=- asserted\n\
         elect Greta Lund from=- to=- date=- asserted",
    );
}

#[test]
fn contest_losers_from_challenges_eliminations_and_vote_counts() {
    let d = Some("2016-09-24");
    check(
        "Headline\n\nMaria Olsen won the leadership contest, beating off a challenge from Tom Reddy.",
        d,
        "elect Maria Olsen from=- to=- date=- asserted\n\
         defeat Tom Reddy from=- to=- date=- asserted",
    );
    check(
        "Headline\n\nIn the leadership ballot, Dan Hill was the first to be eliminated.",
        d,
        "defeat Dan Hill from=- to=- date=- asserted",
    );
}

/// The invented examples of issue 9, one per construction (in our own words).

#[test]
fn a_results_list_elects_the_top_and_defeats_the_rest() {
    check(
        "Headline\n\nThe result:\nAnn Cole (Labour) - 15,529\nDr Ben Fry (Conservatives) - 8,589\nCarl Hay (Green Party) - 368\n",
        Some("2021-05-07"),
        "elect Ann Cole from=- to=Labour Party date=- asserted\n\
         defeat Ben Fry from=- to=- date=- asserted\n\
         defeat Carl Hay from=- to=- date=- asserted",
    );
    // comment bylines carry dates, not votes
    check(
        "Headline\n\nAnn Cole 18th Dec '07 - 2:49pm\nBen Fry 18th Dec '07 - 2:52pm\nCarl Hay 18th Dec '07 - 3:01pm\n",
        Some("2007-12-18"),
        "",
    );
}

#[test]
fn a_contest_phrase_names_the_loser_whatever_the_verb() {
    let d = Some("2014-03-05");
    for (sentence, loser) in [
        ("Sara Quint became the youngest Tory leader after a 22-vote victory over Dan Price in the final round of the leadership contest.", "Dan Price"),
        ("Ann Cole won the leadership election with 8,451 votes, ahead of Lucy Dunn on 4,591.", "Lucy Dunn"),
        ("Ben Ward has withstood the leadership challenge from Owen Pike.", "Owen Pike"),
        ("In the leadership ballot Ms Grey secured 81,326 votes compared to Tim Hale's 60,399.", "Tim Hale"),
    ] {
        let out = extract(&format!("Contest\n\n{sentence}"), d);
        assert!(
            out.events.iter().any(|e| e.kind.as_str() == "defeat" && e.person == loser),
            "{sentence}: {:?}",
            out.events.iter().map(|e| (e.kind.as_str(), &e.person)).collect::<Vec<_>>()
        );
    }
    // not a contest: no defeat
    let out = extract(
        "Talks\n\nAnn Cole was ahead of Lucy Dunn on 4 March at the talks.",
        d,
    );
    assert!(out.events.iter().all(|e| e.kind.as_str() != "defeat"));
}

#[test]
fn a_smaller_share_of_an_elected_winners_contest_is_a_defeat() {
    check(
        "Headline\n\nMark Drake was elected leader of Welsh Labour. Mr Drake won 46.9% of the \
         votes, while Mr Geth won 30.8% and Ms Morrow 22.3%.",
        Some("2015-03-12"),
        "elect Mark Drake from=- to=- date=- asserted
         defeat Geth from=- to=- date=- asserted
         defeat Morrow from=- to=- date=- asserted",
    );
    check(
        "Headline\n\nLabour's Bob Charles was elected MP for Wigley with 24,989 votes. \
         Liberal Democrat Pippa Morland secured 1,925 votes and Dave Flinn for the Green party \
         took 780 votes.",
        Some("2015-03-12"),
        "elect Bob Charles from=- to=Labour Party date=- asserted
         defeat Pippa Morland from=- to=- date=- asserted
         defeat Dave Flinn from=- to=- date=- asserted",
    );
    // no elected winner in the story: figures alone name no loser
    check(
        "Headline\n\nIn the poll, Mr Geth had 30.8% and Ms Morrow 22.3%.",
        Some("2015-03-12"),
        "",
    );
}

/// Ousting someone *as* an office holder removes them from the office: no contest was won.

#[test]
fn ousting_from_an_office_is_no_contest() {
    check(
        "Headline\n\nThe government has denied reports that Gordon Bright is preparing to oust \
         Alan Milb as Labour's election supremo.",
        Some("2015-03-12"),
        "dismiss Alan Milb from=- to=- date=- denied",
    );
}

#[test]
fn a_person_who_is_a_partys_candidate_stands() {
    let d = Some("2015-03-12");
    check(
        "Seat\n\nTom Reed is Labour's candidate in Grantham.",
        d,
        "stand Tom Reed from=- to=Labour Party date=- asserted",
    );
    check(
        "Seat\n\nTom Reed was the Green Party candidate in 2010.",
        d,
        "stand Tom Reed from=- to=Green Party date=- asserted",
    );
}

#[test]
fn standing_as_a_partys_member_at_an_election_is_a_candidacy() {
    check_bodies(
        Some("2014-10-18"),
        &[
            (
                "Ann Cole will be standing as a Conservative at the general election.",
                "stand Ann Cole from=- to=Conservative Party date=- expected",
            ),
            (
                "Ann Cole will stand firm. Tom Reed stood as a matter of principle.",
                "",
            ),
        ],
    );
}
