//! Talk of a change, not the change: unnamed sources and hearsay, nearness ("on the brink
//! of", "in line to"), talks and links, changes weighed up, lined up or offered, questions,
//! inclinations and appearances.

use super::*;

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
fn a_trigger_word_modifying_a_noun_of_talk_is_no_change() {
    check(
        "Cole dismisses quit claim report\n\nAnn Cole spoke to reporters.",
        Some("2015-03-12"),
        "resign Ann Cole from=- to=- date=- rumoured",
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
fn a_cue_reads_past_a_manner_adjective_or_a_time_between_its_words() {
    check_bodies(
        Some("2022-09-07"),
        &[
            (
                "Alan Pike is in secret talks to jump ship to Reform UK, we can reveal.",
                "defect Alan Pike from=- to=Reform UK date=- rumoured",
            ),
            (
                "Alan Pike is in advanced talks to defect to Reform UK.",
                "defect Alan Pike from=- to=Reform UK date=- rumoured",
            ),
            (
                "Alan Pike refused on Thursday to rule out following her into Reform UK.",
                "join Alan Pike from=- to=Reform UK date=2022-09-01 rumoured",
            ),
            (
                "Alan Pike declined repeated invitations to join Reform UK.",
                "join Alan Pike from=- to=Reform UK date=- denied",
            ),
            (
                "Alan Pike rejected an invitation to join Reform UK.",
                "join Alan Pike from=- to=Reform UK date=- denied",
            ),
        ],
    );
}

#[test]
fn a_near_miss_a_point_of_change_and_a_report_as_source_are_not_facts() {
    check_bodies(
        Some("2022-09-07"),
        &[
            (
                "Alan Pike was close to quitting the party last year.",
                "leave Alan Pike from=- to=- date=2021 denied",
            ),
            (
                "Alan Pike is close to joining Reform UK.",
                "join Alan Pike from=- to=Reform UK date=- rumoured",
            ),
            (
                "Alan Pike was on the point of resigning.",
                "resign Alan Pike from=- to=- date=- rumoured",
            ),
            (
                "According to one report, Alan Pike has been sacked.",
                "dismiss Alan Pike from=- to=- date=- rumoured",
            ),
            // a named body as the source is no rumour
            (
                "According to the party, Alan Pike has been suspended.",
                "expel Alan Pike from=- to=- date=2022-09-07 asserted",
            ),
        ],
    );
}
