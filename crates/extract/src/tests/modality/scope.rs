//! Which cue governs a change and how far it reaches: the cue that governs the verb, a clause's
//! edge (a relative clause, a fronted adverbial, an "after" gerund, a conjunct with its own
//! subject, a comment clause), a negation in another clause, conditions and suppositions,
//! a cue in scare quotes.

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
fn as_expected_in_a_comment_clause_is_no_expectation() {
    check(
        "Reshuffle\n\nAs was widely expected, Ruth Kemble has been appointed chancellor.",
        Some("2014-03-04"),
        "appoint Ruth Kemble from=- to=- date=2014-03-04 asserted",
    );
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
fn an_aside_after_the_subject_and_a_first_conjunct_keep_their_cues_but_hearsay_does_not() {
    check_bodies(
        Some("2022-09-07"),
        &[
            // an aside's cue is the aside's
            (
                "Alan Pike, expected to be a candidate, resigned as a councillor on Monday.",
                "resign Alan Pike from=- to=- date=2022-09-05 asserted",
            ),
            (
                "Alan Pike, widely tipped as a future leader, resigned on Monday.",
                "resign Alan Pike from=- to=- date=2022-09-05 asserted",
            ),
            // a first conjunct's cue is its own
            (
                "Alan Pike denied wrongdoing but resigned on Monday.",
                "resign Alan Pike from=- to=- date=2022-09-05 asserted",
            ),
            // ... not one the conjuncts share
            (
                "Alan Pike may resign and join Reform UK.",
                "resign Alan Pike from=- to=- date=- rumoured
                 join Alan Pike from=- to=Reform UK date=- rumoured",
            ),
            // hearsay in the aside is the clause's source
            (
                "Alan Pike, sources say, has quit Labour.",
                "leave Alan Pike from=Labour Party to=- date=- rumoured",
            ),
            (
                "Alan Pike, according to allies, has quit Labour.",
                "leave Alan Pike from=Labour Party to=- date=- rumoured",
            ),
        ],
    );
}
