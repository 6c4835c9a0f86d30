//! The party joined or founded: the party a founding verb takes (and not one after its
//! object), one named by its founder's possessive or in apposition, a new group's name, a
//! recruit unveiled, and the party that says it was joined.

use super::*;

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
fn whoever_joins_a_founder_in_the_venture_joins_the_party() {
    check(
        "Launch\n\nTom Reed launched his new party, Veritas. He was joined in the new venture by one of UKIP's two assembly members, Ann Cole. Mr Reed was joined by Ian Moss at a school.",
        Some("2005-02-03"),
        "found Tom Reed from=- to=Veritas date=- asserted
         join Ann Cole from=- to=Veritas date=- asserted",
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
fn a_new_party_with_an_adjective_is_not_a_party_named_before() {
    check(
        "Obituary\n\nAnn Cole, who served in two Labour cabinets before helping to found a new centre party, has died. She broke away from Labour in 1981 to form the Social Democratic Party.",
        Some("2021-04-12"),
        "found Ann Cole from=- to=Social Democratic Party date=1981 asserted
         defect Ann Cole from=Labour Party to=Social Democratic Party date=1981 asserted",
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

/// "the group" someone joins is a group the story named (a new party, a "Group", a party's
/// group on the council), never a party named bare: with none, the joining names no party.
#[test]
fn the_group_joined_is_never_a_party_named_bare() {
    check(
        "Split\n\nTom Ashby quit Labour in 2010 to sit as an independent. Ann Cole joined the \
         group on Friday.",
        Some("2014-02-01"),
        "leave Tom Ashby from=Labour Party to=independent date=2010 asserted",
    );
    check(
        "Split\n\nTom Ashby was elected leader of the Labour group on the council in 2010. Ann \
         Cole joined the group on Friday.",
        Some("2014-02-01"),
        "elect Tom Ashby from=- to=Labour Party date=2010 asserted
         join Ann Cole from=- to=Labour Party date=2014-01-31 asserted",
    );
    // (a new group named before is the one joined, also by its name without "Group")
    check(
        "Split\n\nThree Labour MPs quit on Monday to announce the Meridian Group. Ann Cole joined \
         the group on Friday. Tom Ashby has defected to Meridian.",
        Some("2014-02-01"),
        "join Ann Cole from=- to=Meridian Group date=2014-01-31 asserted
         defect Tom Ashby from=- to=Meridian Group date=2014-02-01 asserted",
    );
}

/// Taking a party's whip is joining it; taking a whip that names no party is not.
#[test]
fn taking_a_partys_whip_is_joining_it() {
    check(
        "Merger\n\nHarriet Castlebrook took the Liberal Democrat whip at a short ceremony on \
         Thursday. Tom Ashby took the whip from his pocket.",
        Some("2013-03-21"),
        "join Harriet Castlebrook from=- to=Liberal Democrats date=2013-03-21 asserted",
    );
}

#[test]
fn a_bare_rejoining_or_quitting_again_in_a_conjunct_is_of_the_party_left() {
    check_bodies(
        Some("2022-09-07"),
        &[
            (
                "Alan Pike quit Labour in 2016 but rejoined in 2018.",
                "leave Alan Pike from=Labour Party to=- date=2016 asserted
                 join Alan Pike from=- to=Labour Party date=2018 asserted",
            ),
            (
                "Alan Pike quit Labour in 2016, rejoined in 2018 and quit again in 2021.",
                "leave Alan Pike from=Labour Party to=- date=2016 asserted
                 join Alan Pike from=- to=Labour Party date=2018 asserted
                 leave Alan Pike from=Labour Party to=- date=2021 asserted",
            ),
            // (another's rejoining is not the leaver's)
            (
                "Alan Pike quit Labour in 2016 and Jane Ross rejoined in 2018.",
                "leave Alan Pike from=Labour Party to=- date=2016 asserted",
            ),
        ],
    );
}
