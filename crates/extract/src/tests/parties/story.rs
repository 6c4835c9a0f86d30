//! A party read from elsewhere in the story when the trigger's words name none: the party
//! the story gives a person or a leader, a membership the story says is over, the party a
//! sentence makes the person's own, the one destination a headline names, the one party put
//! beside a person; and whose change a possessed noun is.

use super::*;

#[test]
fn a_decision_departure_or_defection_belongs_to_its_possessor() {
    let d = Some("2014-03-05");
    for (text, kind, who) in [
        (
            "The contest follows Tom Reed's decision to step down after 18 days in the job.",
            "resign",
            "Tom Reed",
        ),
        (
            "Quentin Harris spoke today. How significant is Harris' defection?",
            "defect",
            "Quentin Harris",
        ),
        (
            "Gail Ross announced her departure as shadow attorney general at 7pm.",
            "resign",
            "Gail Ross",
        ),
    ] {
        assert_event("News", text, d, kind, who);
    }
}

/// A cabinet list's lines name offices in full ("Secretary of State for International
/// Trade – Liam Foxe"): each is an appointment.

#[test]
fn a_leaders_party_is_the_party_the_story_gives_the_leader() {
    let d = Some("2014-03-12");
    check(
        "Switch\n\nSNP leader Alex Salmond spoke in Perth. Councillor Jane Hale quit Salmond's party on Monday. Tom Reed defected to Salmond's party from Labour.",
        d,
        "leave Jane Hale from=Scottish National Party to=- date=2014-03-10 asserted
         defect Tom Reed from=Labour Party to=Scottish National Party date=- asserted",
    );
}

#[test]
fn a_party_in_a_headline_adjunct_is_not_the_storys_party() {
    // the headline's party is the one a story without a named party is about; a party in an
    // adjunct of time or cause ("after Lib Dem gains") is not that party
    check(
        "Council leader steps down after Lib Dem gains\n\nThe Liberal Democrats gained 14 seats \
         on Thursday. The council leader, Cllr Brian Holt, will step down next month. His deputy, \
         Cllr Mary Fenn, is expected to stand for the leadership.",
        Some("2019-05-20"),
        "resign Brian Holt from=- to=- date=2019-06 expected
         stand Mary Fenn from=- to=- date=- expected",
    );
}

#[test]
fn a_defections_origin_may_be_a_membership_the_story_says_is_over() {
    check(
        "Profile\n\nTom Ashby was a Labour MP for twenty years. In 1991 he crossed the floor to the Conservatives.",
        Some("2012-05-10"),
        "defect Tom Ashby from=Labour Party to=Conservative Party date=1991 asserted",
    );
    // ... never the party gone to
    check(
        "Profile\n\nTom Ashby was a Conservative councillor. In 1991 he crossed the floor to the Conservatives.",
        Some("2012-05-10"),
        "defect Tom Ashby from=- to=Conservative Party date=1991 asserted",
    );
}

#[test]
fn the_nationalists_are_the_one_nationalist_party_the_story_names() {
    check(
        "Switch\n\nThe SNP welcomed the news. Labour councillor Fiona Dargie defected to the nationalists on Tuesday.",
        Some("2012-05-10"),
        "defect Fiona Dargie from=Labour Party to=Scottish National Party date=2012-05-08 asserted",
    );
}

#[test]
fn a_defection_without_its_parties_takes_the_party_elected_for_before_and_stood_for_after() {
    check(
        "Councillor crosses the chamber\n\nCllr Gideon Varley, who represents Fernleigh ward, stunned colleagues on Wednesday night. \
         The 47-year-old's defection was confirmed an hour later. \
         Mr Varley was elected as a Liberal Democrat in 1999. \
         He said he would stand for the Conservatives in Fernleigh in 2007.",
        Some("2004-03-26"),
        "defect Gideon Varley from=Liberal Democrats to=Conservative Party date=2004-03-24 asserted\n\
         elect Gideon Varley from=- to=Liberal Democrats date=1999 asserted\n\
         stand Gideon Varley from=- to=Conservative Party date=2007 expected",
    );
}

#[test]
fn the_party_a_sentence_makes_the_persons_own_fills_an_empty_side() {
    check_bodies(
        Some("2015-08-20"),
        &[
            // "its" before the name: the clause's subject party
            (
                "Meanwhile, the SNP said that its Dundee councillor, Gideon Varley, had been suspended pending an investigation.",
                "expel Gideon Varley from=Scottish National Party to=- date=- asserted",
            ),
            // "as their candidate" after it
            (
                "The Greens said they would field Nadia Pellow as their candidate.",
                "stand Nadia Pellow from=- to=Green Party date=- expected",
            ),
            // (a party that is an agent is nobody's own: "defeated by the Conservatives")
            (
                "Nadia Pellow was selected for the safe Labour seat of Brindle East in 2000.",
                "select Nadia Pellow from=- to=Labour Party date=2000 asserted",
            ),
        ],
    );
}

#[test]
fn the_party_a_member_leaves_told_as_the_party_is_their_own() {
    check(
        "Plaid AM Nadia Pellow quits party and rules out joining Labour\n\n\
         The Assembly member for Dyffryn Teifi announced yesterday that she was leaving the party she has served for two decades.",
        Some("2013-01-22"),
        "leave Nadia Pellow from=Plaid Cymru to=- date=2013-01-21 asserted",
    );
    // (unless the sentence names the party it stands for)
    check_bodies(
        Some("2013-01-22"),
        &[(
            "Conservative councillor Gideon Varley spoke next. Mr Varley was previously a Liberal Democrat member of the council but left the party in 2006.",
            "leave Gideon Varley from=Liberal Democrats to=- date=2006 asserted",
        )],
    );
}

#[test]
fn a_copular_membership_past_an_apposition_gives_a_defection_its_origin() {
    check(
        "Lord Varley obituary\n\nGideon Varley, who has died aged 84, was a Labour MP for two decades.\n\n\
         In 1991, after a row with his local party, he crossed the floor to the Conservatives.",
        Some("2013-02-04"),
        "defect Gideon Varley from=Labour Party to=Conservative Party date=1991 asserted",
    );
}

#[test]
fn a_defection_with_no_destination_goes_to_the_one_the_headline_names_as_one() {
    check(
        "Ulster Unionist MLA crosses to DUP\n\n\
         Gideon Varley, who has sat at Stormont since 2003, announced his defection at a press conference this morning.",
        Some("2015-08-20"),
        "defect Gideon Varley from=Ulster Unionist Party to=Democratic Unionist Party date=2015-08-20 asserted",
    );
    // ("secret DUP talks": talks with a party are about going to it)
    check(
        "Tory MPs in secret Ukip talks\n\n\
         One, the Conservative MP Gideon Varley, is said by insiders to be on the verge of crossing the floor.",
        Some("2014-10-11"),
        "defect Gideon Varley from=Conservative Party to=UK Independence Party date=- rumoured",
    );
    // (a headline party that is not a destination gives none)
    check(
        "Ulster Unionists in turmoil\n\n\
         Gideon Varley, who has sat at Stormont since 2003, announced his defection at a press conference this morning.",
        Some("2015-08-20"),
        "defect Gideon Varley from=Ulster Unionist Party to=- date=2015-08-20 asserted",
    );
}

#[test]
fn the_one_party_a_story_puts_beside_a_person_is_the_last_guess_for_an_empty_side() {
    check(
        "Profile: the MP her party did not want\n\n\
         For 13 years Nadia Pellow was the kind of Labour MP whips dream of. In 2009 she was deselected.",
        Some("2010-04-24"),
        "deselect Nadia Pellow from=Labour Party to=- date=2009 asserted",
    );
    // (a party another person's name owns is theirs: "beat Labour's Gideon Varley")
    check(
        "Profile\n\n\
         In 2005 Nadia Pellow beat Labour's Gideon Varley. In 2009 she was deselected.",
        Some("2010-04-24"),
        "deselect Nadia Pellow from=- to=- date=2009 asserted",
    );
}

#[test]
fn a_defection_never_comes_from_the_party_the_story_has_the_person_join() {
    check(
        "Profile\n\nLiberal Democrat MP Ann Owen joined the party from Labour in 2010. Her defection shocked colleagues.",
        Some("2016-05-07"),
        "defect Ann Owen from=Labour Party to=Liberal Democrats date=2010 asserted",
    );
    // "joined the party from Labour": the party after "from" is the one left
    check(
        "Profile\n\nAnn Owen joined the party from Labour in 2010.",
        Some("2016-05-07"),
        "defect Ann Owen from=Labour Party to=- date=2010 asserted",
    );
}

#[test]
fn a_headline_in_capitals_names_its_parties_as_one_in_sentence_case() {
    assert_event(
        "TORY MP PELLOW DEFECTS TO LIB DEMS",
        "Duncan Pellow crossed the floor of the Commons yesterday.",
        Some("2006-11-22"),
        "defect",
        "Duncan Pellow",
    );
    let x = extract(
        "date 2006-11-22 TORY MP PELLOW DEFECTS TO LIB DEMS\n\nDuncan Pellow crossed the floor of the Commons yesterday.\n",
        None,
    );
    let e = &x.events[0];
    assert_eq!(
        (e.from.as_deref(), e.to.as_deref()),
        (Some("Conservative Party"), Some("Liberal Democrats"))
    );
}

#[test]
fn new_colours_are_the_party_just_joined_and_a_capitals_party_word_is_a_party() {
    check(
        "TORY No.2 SET TO JUMP SHIP?\n\nOn Tuesday fellow Conservative Tom Reed quit the party and \
         joined Ukip. Reed has resigned his seat and will fight a by-election under his new \
         colours on November 20.\n\nKent MP Ann Cole said: \"I am not defecting.\"",
        Some("2014-10-18"),
        "defect Tom Reed from=Conservative Party to=UK Independence Party date=2014-10-14 asserted
         resign Tom Reed from=- to=- date=2014-10-18 asserted
         stand Tom Reed from=- to=UK Independence Party date=2014-11-20 expected
         defect Ann Cole from=Conservative Party to=- date=- denied",
    );
}
