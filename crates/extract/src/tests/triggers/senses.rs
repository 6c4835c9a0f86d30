//! Other senses and idioms: a trigger word that reports no change (a resignation letter,
//! "quit following", "found" as the past of "find", a habit, a task, a motion, a call), and
//! idioms of a change refused, weighed, threatened, applied for or talked of.

use super::*;

/// Frames read from the parse (`grammar`): the winner is the subject, the loser the object.

#[test]
fn a_resignation_letter_is_no_second_resignation() {
    check(
        "Headline\n\nIn her resignation letter, Ann Cole attacked the leader.",
        Some("2018-07-10"),
        "",
    );
}

#[test]
fn talks_weighing_up_facing_and_not_ruling_out_are_no_facts() {
    let d = Some("2014-03-05");
    for text in [
        "Tom Reed is in talks to join UKIP.",
        "Tom Reed refused to rule out defecting to UKIP.",
        "Tom Reed is weighing up a switch to UKIP.",
        "Tom Reed faces being suspended from the party.",
    ] {
        let out = extract(&format!("News\n\n{text}"), d);
        assert!(!out.events.is_empty(), "{text}");
        assert!(
            out.events.iter().all(|e| e.modality.as_str() == "rumoured"),
            "{text}: {:?}",
            out.events
        );
    }
}

#[test]
fn a_threat_or_an_application_is_not_yet_a_change() {
    check(
        "News\n\nTom Reed has threatened to quit the Labour Party.",
        Some("2014-03-05"),
        "leave Tom Reed from=Labour Party to=- date=- hypothetical",
    );
    check(
        "News\n\nTom Reed has applied to rejoin the Labour Party.",
        Some("2014-03-05"),
        "join Tom Reed from=- to=Labour Party date=- expected",
    );
}

#[test]
fn an_offer_turned_down_is_no_appointment() {
    check(
        "News\n\nTom Reed was offered the post of chancellor but turned it down.",
        Some("2014-03-05"),
        "appoint Tom Reed from=- to=- date=- denied",
    );
}

#[test]
fn a_task_a_motion_or_a_call_is_no_change() {
    check_bodies(
        Some("2012-05-10"),
        &[
            ("Ann Cole joined calls for the minister to resign.", ""),
            ("Tom Reed was appointed to review the policy.", ""),
            (
                "Tom Reed was brought in to advise ministers on the economy.",
                "",
            ),
            ("Ann Cole won the argument but lost the vote.", ""),
            // (a vote lost to a rival, or in a contest the sentence names, is a defeat)
            (
                "Ann Cole lost the vote to Tom Reed.",
                "defeat Ann Cole from=- to=- date=- asserted
                 elect Tom Reed from=- to=- date=- asserted",
            ),
            (
                "Ann Cole stood for the leadership but lost the vote.",
                "stand Ann Cole from=- to=- date=- asserted
                 defeat Ann Cole from=- to=- date=- asserted",
            ),
            (
                "Tom Reed was appointed to the cabinet in 2010.",
                "appoint Tom Reed from=- to=- date=2010 asserted",
            ),
        ],
    );
}

#[test]
fn quit_following_is_a_preposition_not_a_habit() {
    check_bodies(
        Some("1998-12-23"),
        &[
            (
                "Geoffrey Hale quit following Ann Cole's resignation.",
                "resign Geoffrey Hale from=- to=- date=- asserted
                 resign Ann Cole from=- to=- date=- asserted",
            ),
            ("Geoffrey Hale quit smoking in 2010.", ""),
        ],
    );
}

#[test]
fn idioms_of_a_change_refused_weighed_or_threatened() {
    let d = Some("2012-05-10");
    check(
        "Race\n\nTom Ashby has ruled himself out of the race.",
        d,
        "stand Tom Ashby from=- to=- date=- denied",
    );
    check(
        "Cabinet\n\nOttilie Benbow is understood to be considering her position.",
        d,
        "resign Ottilie Benbow from=- to=- date=- rumoured",
    );
    check(
        "Cabinet\n\nTom Ingleby is understood to be facing the sack.",
        d,
        "dismiss Tom Ingleby from=- to=- date=- rumoured",
    );
    check(
        "Cabinet\n\nAnn Cole is already being tipped for the cabinet.",
        d,
        "appoint Ann Cole from=- to=- date=- rumoured",
    );
}

#[test]
fn idioms_of_lost_jobs_torn_up_cards_refused_readoptions_and_failed_shortlists() {
    check_bodies(
        Some("2013-05-12"),
        &[
            (
                "The local party voted not to readopt Gideon Varley.",
                "deselect Gideon Varley from=- to=- date=- asserted",
            ),
            (
                "Gideon Varley lost his job in the reshuffle.",
                "dismiss Gideon Varley from=- to=- date=- asserted",
            ),
            (
                "A member for fifteen years, Nadia Pellow tore up her card in 2003.",
                "leave Nadia Pellow from=- to=- date=2003 asserted",
            ),
            (
                "Nadia Pellow failed to make the final two.",
                "deselect Nadia Pellow from=- to=- date=- asserted",
            ),
            (
                "Gideon Varley is on the brink of jumping ship to UKIP.",
                "defect Gideon Varley from=- to=UK Independence Party date=- rumoured",
            ),
        ],
    );
}

#[test]
fn found_as_the_past_of_find_founds_nothing() {
    check_bodies(
        Some("2016-05-07"),
        &[
            (
                "In July 2008 Tom Hale joined the Liberal Democrats, explaining that he had finally found a party that argues with itself.",
                "join Tom Hale from=- to=Liberal Democrats date=2008-07 asserted",
            ),
            ("Tom Hale found a new home in the Liberal Democrats.", ""),
            // (to found a party is still founding one)
            (
                "Tom Hale will found a new party next month.",
                "found Tom Hale from=- to=- date=2016-06 expected",
            ),
        ],
    );
}

#[test]
fn a_change_kept_up_as_a_habit_is_no_change() {
    check_bodies(
        Some("2021-03-17"),
        &[
            ("Ann Cole is the councillor who keeps changing sides.", ""),
            (
                "Tom Reed kept defecting. He joined the Greens in 2019.",
                "join Tom Reed from=- to=Green Party date=2019 asserted",
            ),
        ],
    );
}
