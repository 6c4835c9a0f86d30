//! The party a leaving, an expulsion, a deselection or a readmission is about: a whip or a
//! membership given up, lost or given back, a suspension's capacity, a bare quit beside a
//! party leaving, and where a leaver goes next.

use super::*;

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
fn suspended_as_a_party_member_names_the_party() {
    check(
        "Suspended\n\nTom Reed has been suspended as Tory MP after signing up for a TV show. Ann Cole was suspended as a Labour councillor.",
        Some("2022-11-01"),
        "expel Tom Reed from=Conservative Party to=- date=2022-11-01 asserted
         expel Ann Cole from=Labour Party to=- date=- asserted",
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
fn her_resignation_beside_her_leaving_is_that_leaving_and_what_was_opposed_is_no_office() {
    check(
        "Labour MP quits party\n\nLabour MP Rachel Byrne has resigned from the party. Her resignation comes weeks after she was suspended for voting against the government.",
        Some("2024-03-13"),
        "leave Rachel Byrne from=Labour Party to=- date=2024-03-13 asserted\n\
         expel Rachel Byrne from=Labour Party to=- date=- asserted",
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

/// Several leavers told in a list each leave the party their own description gives, when the
/// verb names none after it: a list apposed to a count of a party's people ("two
/// Conservatives, A and B,") is that party's; "their parties" is each one's own; and "them"
/// joined after such a count is no party the count names.
#[test]
fn leavers_in_a_list_each_leave_their_own_described_party() {
    check(
        "Split\n\nThree Labour MPs quit on Monday to announce the Meridian Group. The same \
         morning two Conservatives, Ann Cole and Tom Ashby, resigned from their parties.",
        Some("2013-11-07"),
        "leave Ann Cole from=Conservative Party to=- date=- asserted
         leave Tom Ashby from=Conservative Party to=- date=- asserted",
    );
}

/// Announcing founds only a group no list knows ("stood up to announce the Meridian Group"),
/// never a known party's plans.
#[test]
fn announcing_founds_only_a_new_group() {
    check(
        "Launch\n\nAnn Cole quit Labour on Monday and stood up to announce the Meridian Group. \
         Tom Ashby announced Labour's new policy on Tuesday.",
        Some("2013-11-07"),
        "defect Ann Cole from=Labour Party to=Meridian Group date=2013-11-04 asserted
         found Ann Cole from=- to=Meridian Group date=2013-11-04 asserted",
    );
}

#[test]
fn a_departure_or_exit_from_a_party_is_leaving_it() {
    check_bodies(
        Some("2020-04-07"),
        &[
            (
                "Alan Pike announced his departure from the Conservatives on Monday.",
                "leave Alan Pike from=Conservative Party to=- date=2020-04-06 asserted",
            ),
            (
                "Alan Pike confirmed his exit from the Conservative Party.",
                "leave Alan Pike from=Conservative Party to=- date=- asserted",
            ),
            // a departure from a party's policy is no leaving
            (
                "Alan Pike said the plan was a departure from Labour's policy on housing.",
                "",
            ),
            // a seat not held is lost
            (
                "Alan Pike failed to hold on to his seat in Harrowfield.",
                "defeat Alan Pike from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn the_party_a_described_member_quits_is_the_one_the_description_gives() {
    check_bodies(
        Some("2020-04-07"),
        &[
            (
                "Beside them stood Tom Hale of the Conservatives and the Liberal Democrat Alan \
                 Pike, who quit the party on Monday.",
                "leave Alan Pike from=Liberal Democrats to=- date=2020-04-06 asserted",
            ),
            (
                "With them were two Conservatives, Tom Hale and Jane Ross, and the Liberal \
                 Democrat Alan Pike, whose departure from the party was announced on Monday.",
                "leave Alan Pike from=Liberal Democrats to=- date=2020-04-06 asserted",
            ),
        ],
    );
}
