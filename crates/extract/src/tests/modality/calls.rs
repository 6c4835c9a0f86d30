//! Calls, demands and persuasion: a change called for, demanded or urged is no event; one
//! persuasion brought about, tried or failed is the change, supposed or denied.

use super::*;

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
fn a_plural_pronoun_object_of_persuasion_names_nobody() {
    check(
        "Headline\n\nAnn Cole tried to persuade them to switch to Labour.",
        Some("2015-03-12"),
        "",
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
fn a_decision_that_a_change_should_be_made_is_the_change() {
    check_bodies(
        Some("2020-11-18"),
        &[
            // the body that decides does what it decides; the decision's day dates it
            (
                "The board decided on Tuesday that Alan Pike should be readmitted to Labour.",
                "readmit Alan Pike from=- to=Labour Party date=2020-11-17 asserted",
            ),
            (
                "The disciplinary panel ruled that Alan Pike must be expelled from the party.",
                "expel Alan Pike from=- to=- date=- asserted",
            ),
            // an opinion that a change should be made is still a call
            ("Most councillors agreed that Alan Pike should resign.", ""),
            ("The chairman said that Alan Pike should be expelled.", ""),
        ],
    );
}
