//! A change that did not happen: denied, refused or rejected, a negated verb or subject,
//! a near miss, an alternative set aside, a rumour its subject denies next, and a denial
//! the story's own facts make rhetoric.

use super::*;

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
fn a_sentence_opened_by_nor_denies_its_change() {
    check(
        "Why I am leaving Labour\n\nBy Ann Owen\n\nI have left the Labour Party after 30 years. Nor, whatever you may have read on Facebook, have I joined the Greens.",
        Some("2016-05-07"),
        "leave Ann Owen from=Labour Party to=- date=2016-05-07 asserted\n\
         join Ann Owen from=- to=Green Party date=- denied",
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
