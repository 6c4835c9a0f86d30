//! Where a defection goes and where it comes from: the parties after "from", "to" and
//! "for", a party that gains or loses the defector, the label worn now, the benches sat on,
//! a defector's old party, and never a defection from a party to itself.

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
fn a_defection_goes_to_the_party_the_person_belongs_to_now() {
    check(
        "Headline\n\nLib Dem MP Ann Cole, who defected from Labour in 2010, will stand again in Eastwick.",
        Some("2015-03-12"),
        "defect Ann Cole from=Labour Party to=Liberal Democrats date=2010 asserted\n\
         stand Ann Cole from=- to=Liberal Democrats date=- expected",
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
fn a_party_losing_a_member_named_in_apposition_to_another_party() {
    check(
        "Switch\n\nThe Conservatives lost their only councillor, Tom Reed, to the Greens.",
        Some("2015-03-12"),
        "defect Tom Reed from=Conservative Party to=Green Party date=- asserted",
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
fn a_possessor_before_the_party_does_not_hide_it() {
    check(
        "Defection\n\nTom Reed has defected to Alex Salmond's new Alba Party.",
        Some("2021-03-29"),
        "defect Tom Reed from=- to=Alba Party date=2021-03-29 asserted",
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
fn resignations_from_a_party_owned_by_a_list_are_each_persons_leaving() {
    check(
        "Council\n\nTwo colleagues, Dev Ramasamy and Rhiannon Pugh, whose resignations from Labour were announced on Monday, joined the Greens.",
        Some("2012-05-10"),
        "defect Dev Ramasamy from=Labour Party to=Green Party date=2012-05-07 asserted
         defect Rhiannon Pugh from=Labour Party to=Green Party date=2012-05-07 asserted",
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
fn a_group_joined_is_never_the_party_left_in_the_same_sentence() {
    check_bodies(
        Some("2018-03-02"),
        &[
            // (the new group is not named: no `to`, never the party quit)
            (
                "Tom Reed has quit the Labour Party to join the new group.",
                "defect Tom Reed from=Labour Party to=- date=2018-03-02 asserted",
            ),
            (
                "Ann Cole has left the Conservatives to join the breakaway group.",
                "defect Ann Cole from=Conservative Party to=- date=2018-03-02 asserted",
            ),
            // (a group named in an earlier sentence still is)
            (
                "Seven MPs launched the Independent Group on Monday. On Wednesday Tom Reed quit \
                 Labour to join the new group.",
                "defect Tom Reed from=Labour Party to=The Independent Group date=2018-02-28 asserted",
            ),
        ],
    );
}

/// Crossing a chamber is a defection only toward a party, and the side one crosses to sit
/// with is the party joined.
#[test]
fn crossing_the_chamber_to_sit_with_a_party_is_a_defection() {
    check_bodies(
        Some("2011-06-09"),
        &[
            (
                "Piers Hale crossed the chamber to sit with the Greens.",
                "defect Piers Hale from=- to=Green Party date=- asserted",
            ),
            // (crossing it to greet someone is no change)
            (
                "Piers Hale crossed the chamber to shake hands with the Speaker.",
                "",
            ),
        ],
    );
}

/// Leaving a party and, in the same sentence, setting up a new one is a defection to it, also
/// when the founding is told in the perfect a day or two after the dated leaving; handing in
/// a membership is leaving the party named on it.
#[test]
fn quitting_a_party_and_setting_up_a_new_one_is_a_defection_to_it() {
    check_bodies(
        Some("2010-01-15"),
        &[
            (
                "Councillor Helen Tolliday resigned from the Liberal Democrats on Wednesday and \
                 has set up Moorside First.",
                "defect Helen Tolliday from=Liberal Democrats to=Moorside First date=2010-01-13 asserted
                 found Helen Tolliday from=- to=Moorside First date=2010-01-15 asserted",
            ),
            (
                "Raj Mistry handed in his Liberal Democrat membership on Thursday.",
                "leave Raj Mistry from=Liberal Democrats to=- date=2010-01-14 asserted",
            ),
        ],
    );
}

/// A leaver who goes on to sit as another party's members ("would sit on the council as
/// Meridian councillors", "will sit as a Green councillor") defects to it; one who sits as an
/// independent only leaves; becoming "a founding member of" a group joins it.
#[test]
fn a_leaver_sitting_as_another_partys_member_or_founding_a_group_defects_to_it() {
    check(
        "Split\n\nSix MPs launched the new Meridian Group on Monday. Two councillors, Ann Cole \
         and Tom Ashby, announced that they were leaving the party and would sit on the council \
         as Meridian councillors.",
        Some("2013-11-07"),
        "defect Ann Cole from=- to=Meridian Group date=- asserted
         defect Tom Ashby from=- to=Meridian Group date=- asserted",
    );
    check(
        "Split\n\nAnn Cole quit Labour and will sit as a Green councillor. Tom Ashby quit the \
         Conservatives to sit as an independent.",
        Some("2013-11-07"),
        "defect Ann Cole from=Labour Party to=Green Party date=- asserted
         leave Tom Ashby from=Conservative Party to=independent date=- asserted",
    );
    check(
        "Split\n\nTom Ashby quit the Liberal Democrats on Monday to become a founding member of \
         the new Meridian Group.",
        Some("2013-11-07"),
        "defect Tom Ashby from=Liberal Democrats to=Meridian Group date=2013-11-04 asserted",
    );
}

/// A leaving made and a founding told right after it in the same sentence are one move to the
/// new group: a founding still to come ("had resigned from Labour and would form the Meridian
/// Group"), or an undated one told on from a main clause's dated leaving ("resigned … and by
/// lunchtime I was … launching the Northern Light group"). The founding stands beside it.
#[test]
fn a_leaving_and_a_founding_told_on_from_it_are_a_defection_to_the_new_group() {
    check(
        "Launch\n\nAnn Cole told a press conference that she had resigned from Labour and would \
         form the Meridian Group.",
        Some("2013-11-04"),
        "defect Ann Cole from=Labour Party to=Meridian Group date=- asserted
         found Ann Cole from=- to=Meridian Group date=- expected",
    );
    check(
        "Why I left\n\nBy Ann Cole\n\nOn Tuesday morning I resigned from the Labour Party, which \
         I joined as a teenager in 1998, and by lunchtime I was standing in the Garden Lobby \
         launching the Northern Light group with two colleagues.",
        Some("2017-09-16"),
        "defect Ann Cole from=Labour Party to=Northern Light date=2017-09-12 asserted
         found Ann Cole from=- to=Northern Light date=- asserted",
    );
}

/// Leavers who "will sit … as a new group, X" defect to X (the name in apposition, or else the
/// new group the story named); "All four" two sentences after the list of four, with a
/// sentence between that names only one of them, is that list; "(Labour, Glenmorrie)" gives
/// the party before the seat.
#[test]
fn leavers_who_sit_as_a_new_group_named_in_apposition_defect_to_it() {
    check(
        "Live\n\nFour MSPs have just walked in: Morag Dunleavy (Labour, Glenmorrie), Callum \
         Rennick (SNP, Lowmarch), Ishbel Carrow (Liberal Democrat, Inverbrora) and Euan \
         Sillars (Conservative, Kintyre). Ms Dunleavy reads a joint statement. All four \
         have resigned from their parties and will sit in the chamber from today as a new \
         group, Northern Compass.",
        Some("2009-11-18"),
        "defect Morag Dunleavy from=Labour Party to=Northern Compass date=2009-11-18 asserted
         defect Callum Rennick from=Scottish National Party to=Northern Compass date=2009-11-18 asserted
         defect Ishbel Carrow from=Liberal Democrats to=Northern Compass date=2009-11-18 asserted
         defect Euan Sillars from=Conservative Party to=Northern Compass date=2009-11-18 asserted",
    );
}

/// Leavers who sit together as a new group named right after "as" ("would sit together as
/// Castlebeck First, an independent group") or "with" it ("will sit with the Meridian Group")
/// defect to it; sitting with a known party is told by other rules.
#[test]
fn leavers_who_sit_as_or_with_a_new_group_defect_to_it() {
    check(
        "Split\n\nFive councillors set up Castlebeck First on Monday. Ann Cole and Tom Ashby \
         announced on Tuesday that they had resigned from the Labour Party and would sit \
         together as Castlebeck First, an independent group.",
        Some("2014-10-16"),
        "defect Ann Cole from=Labour Party to=Castlebeck First date=2014-10-14 asserted
         defect Tom Ashby from=Labour Party to=Castlebeck First date=2014-10-14 asserted",
    );
    check(
        "Launch\n\nSix MPs launched the Meridian Group today. Jane Hale confirmed that she has \
         left the Conservative Party and will sit with the Meridian Group.",
        Some("2021-10-13"),
        "defect Jane Hale from=Conservative Party to=Meridian Group date=2021-10-13 asserted",
    );
}

/// A founding a few words after a dated leaving is its purpose only when nothing between moves
/// time on: "quit Labour in 2005 and later founded …" is two changes; "has quit UKIP to found
/// a rival movement" one.
#[test]
fn a_leaving_and_a_later_founding_are_two_changes() {
    check(
        "Profile\n\nAnn Cole quit Labour in 2005 and later founded the Northern Light Party.",
        Some("2013-11-07"),
        "leave Ann Cole from=Labour Party to=- date=2005 asserted
         found Ann Cole from=- to=Northern Light Party date=- asserted",
    );
}

#[test]
fn a_party_no_list_knows_is_where_a_leaver_goes_or_what_a_party_noun_names() {
    check_bodies(
        Some("2022-09-07"),
        &[
            (
                "Alan Pike has quit the Conservatives to join Restore Albion.",
                "defect Alan Pike from=Conservative Party to=Restore Albion date=2022-09-07 asserted",
            ),
            (
                "Jane Ross has joined the Your Voice party.",
                "join Jane Ross from=- to=Your Voice date=2022-09-07 asserted",
            ),
            (
                "Restore Albion has gained its first MP after Alan Pike defected from the \
                 Conservatives.",
                "defect Alan Pike from=Conservative Party to=Restore Albion date=- asserted",
            ),
            (
                "Jane Ross has joined Your Voice, the party set up by Alan Pike last month.",
                "join Jane Ross from=- to=Your Voice date=2022-09-07 asserted
                 found Alan Pike from=- to=Your Voice date=2022-08 asserted",
            ),
        ],
    );
}

#[test]
fn a_new_party_named_in_the_next_sentence_is_the_one_founded() {
    check_bodies(
        Some("2022-09-07"),
        &[(
            "Alan Pike has launched a new party. It will be called Your Voice.",
            "found Alan Pike from=- to=Your Voice date=2022-09-07 asserted",
        )],
    );
}
