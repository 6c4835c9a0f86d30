//! The words for a change of party: switching from one party to another, a suspension or a
//! whip lost, lifted or given back, a membership suspended, restored or given up, and a
//! party founded in the passive.

use super::*;

#[test]
fn switching_from_one_party_to_another_is_a_defection() {
    let d = Some("2015-03-12");
    check(
        "Switch\n\nTom Reed has switched from Labour to the Greens.",
        d,
        "defect Tom Reed from=Labour Party to=Green Party date=2015-03-12 asserted",
    );
    check("TV\n\nTom Reed switched off the Labour broadcast.", d, "");
}

#[test]
fn a_suspension_lifted_is_a_readmission() {
    let d = Some("2020-11-18");
    check(
        "Lifted\n\nLabour lifted the suspension of Tom Reed on Tuesday.",
        d,
        "readmit Tom Reed from=- to=Labour Party date=2020-11-17 asserted",
    );
    check(
        "Lifted\n\nTom Reed's suspension was lifted on Tuesday.",
        d,
        "readmit Tom Reed from=- to=- date=2020-11-17 asserted",
    );
}

#[test]
fn a_suspended_membership_a_lost_whip_and_a_gerund_before_the_change() {
    check_bodies(
        Some("2024-05-10"),
        &[
            (
                "The party suspended Ann Cole's membership on Tuesday.",
                "expel Ann Cole from=- to=- date=2024-05-07 asserted",
            ),
            // (what someone owns is not them)
            ("The party suspended Ann Cole's campaign manager on Tuesday.", ""),
            // (what one is suspended from is a party, whatever office the agent holds)
            (
                "Ann Cole was suspended from the Labour Party by the general secretary.",
                "expel Ann Cole from=Labour Party to=- date=- asserted",
            ),
            (
                "Ann Cole was suspended as general secretary.",
                "dismiss Ann Cole from=- to=- date=- asserted",
            ),
            // (no one is expelled from being independent)
            (
                "Tom Reed is now sitting as an independent after losing the whip.",
                "expel Tom Reed from=- to=- date=- asserted",
            ),
            // (what came before a change told in the perfect is not dated by it)
            (
                "Tom Reed has been expelled from the party after standing against an official candidate.",
                "expel Tom Reed from=- to=- date=2024-05-10 asserted
                 stand Tom Reed from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn a_party_founded_in_the_passive_with_words_before_its_by_phrase() {
    check(
        "Launch\n\nEastfield First was launched at the Corn Exchange on Monday evening by Ann Cole, Tom Reed and Gail Ross, who represent the Ashgate ward.",
        Some("2016-07-12"),
        "found Ann Cole from=- to=Eastfield First date=2016-07-11 asserted\n\
         found Tom Reed from=- to=Eastfield First date=2016-07-11 asserted\n\
         found Gail Ross from=- to=Eastfield First date=2016-07-11 asserted",
    );
    // (the "by" phrase the parser hangs on the wrong noun still names the founder)
    check(
        "Launch\n\nThe new party was formed in a pub in 2004 by Ann Cole.",
        Some("2016-07-12"),
        "found Ann Cole from=- to=- date=2004 asserted",
    );
    // a thing that is no party or group founds nothing
    check(
        "Launch\n\nThe bill was launched in the Commons on Monday by Ann Cole.",
        Some("2016-07-12"),
        "",
    );
    // (any name, when the sentence before has just told of a new party)
    check(
        "Launch\n\nTwo councillors have set up a party of their own. Kesworth Together was launched on Saturday by Ann Cole and Tom Reed.",
        Some("2022-03-18"),
        "found Ann Cole from=- to=Kesworth Together date=2022-03-12 asserted\n\
         found Tom Reed from=- to=Kesworth Together date=2022-03-12 asserted",
    );
}

#[test]
fn a_whip_lost_and_had_back_and_a_membership_restored_are_readmissions() {
    check(
        "Whip\n\nTom Reed lost the Conservative whip in 2006 after voting against his own front bench, and had it restored five months later.",
        Some("2010-01-23"),
        "expel Tom Reed from=Conservative Party to=- date=2006 asserted\n\
         readmit Tom Reed from=- to=Conservative Party date=- asserted",
    );
    check(
        "Whip\n\nThe whip was restored to Ann Cole, the Tarrant Conservative who lost it in July after voting against the government.",
        Some("2014-11-20"),
        "readmit Ann Cole from=- to=- date=- asserted\n\
         expel Ann Cole from=- to=- date=2014-07 asserted",
    );
    check(
        "Whip\n\nThe panel said that Ann Cole's membership of the group was restored with immediate effect.",
        Some("2022-06-09"),
        "readmit Ann Cole from=- to=- date=- asserted",
    );
    // (given back in a later sentence, told by "it", to the one who lost it)
    for back in [
        "It was restored to her in February 2007.",
        "She had it restored in February 2007.",
    ] {
        check(
            &format!("Whip\n\nAnn Cole was a Labour MP. In March 2006 she had the whip withdrawn after a row. {back}"),
            Some("2022-06-09"),
            "expel Ann Cole from=Labour Party to=- date=2006-03 asserted\n\
             readmit Ann Cole from=- to=Labour Party date=2007-02 asserted",
        );
    }
    check(
        "Whip\n\nAnn Cole was a Labour MP. In March 2006 she had the whip withdrawn after a row. It was restored to Tom Reed in 2007.",
        Some("2022-06-09"),
        "expel Ann Cole from=Labour Party to=- date=2006-03 asserted",
    );
}

#[test]
fn a_membership_given_up_reads_with_any_owner_and_its_partys_name() {
    // (the table writes "handed back his membership card"; the writer's own and the party's
    // name between them read the same)
    check(
        "Why I quit\n\nBy Ann Cole\n\nLast Thursday I handed back my Labour membership card.",
        Some("2021-10-12"),
        "leave Ann Cole from=Labour Party to=- date=2021-10-07 asserted",
    );
    check_bodies(
        Some("2021-10-12"),
        &[(
            "Tom Reed resigned his Conservative membership in May.",
            "leave Tom Reed from=Conservative Party to=- date=2021-05 asserted",
        )],
    );
}

#[test]
fn a_party_swapped_for_another_is_a_defection_between_them() {
    check_bodies(
        Some("2014-10-04"),
        &[
            (
                "Ann Cole swapped Labour for the Liberal Democrats in 2005.",
                "defect Ann Cole from=Labour Party to=Liberal Democrats date=2005 asserted",
            ),
            (
                "My old ward colleague Tom Reed swapped the Tory benches for Labour's in 2002.",
                "defect Tom Reed from=Conservative Party to=Labour Party date=2002 asserted",
            ),
            // (no person, or no party after "for": no defection)
            (
                "The council swapped Labour for the Conservatives at the election.",
                "",
            ),
            ("Tom Reed swapped his Labour rosette for a Green one.", ""),
        ],
    );
}

#[test]
fn the_next_to_cross_is_a_rumoured_defection() {
    check_bodies(
        Some("2014-10-04"),
        &[
            (
                "Tory MPs said privately that Ann Cole could be the next to cross to the Liberal Democrats.",
                "defect Ann Cole from=Conservative Party to=Liberal Democrats date=- rumoured",
            ),
            (
                "Tom Reed has been tipped for most of the year as the next Conservative to make the same journey.",
                "defect Tom Reed from=- to=- date=- rumoured",
            ),
        ],
    );
}

#[test]
fn a_party_noun_modified_by_a_founding_participle_names_its_founders() {
    check_bodies(
        Some("2014-10-04"),
        &[
            // (a participle with an agent and no auxiliary)
            (
                "Veritas, founded in 2012 by Tom Reed, has three councillors.",
                "found Tom Reed from=- to=Veritas date=2012 asserted",
            ),
            // (a party named as written before the noun it is apposed to; the agent past its
            // description)
            (
                "She crossed over in September to Sandmere First, the breakaway party set up over the summer by the former Ukip donor Tom Reed.",
                "found Tom Reed from=- to=Sandmere First date=2014 asserted",
            ),
            (
                "The Brackenfield Residents' Alliance, the new party set up last month by two former Conservative councillors, Ann Cole and Sam Poole, has asked too.",
                "found Ann Cole from=- to=Brackenfield Residents' Alliance date=2014-09 asserted\nfound Sam Poole from=- to=Brackenfield Residents' Alliance date=2014-09 asserted",
            ),
            // (a participle of something else, or no agent, founds nothing)
            ("The report, published in 2012 by Tom Reed, was ignored.", ""),
            ("The Sandmere Voice party, set up in 2012, has three councillors.", ""),
        ],
    );
}

#[test]
fn following_another_across_is_a_defection_and_a_party_dumped_for_another_too() {
    check_bodies(
        Some("2016-03-10"),
        &[
            (
                "Ann Cole refused to rule out following him to the Liberal Democrats.",
                "defect Ann Cole from=- to=Liberal Democrats date=- rumoured",
            ),
            (
                "Tom Reed laughed off suggestions that he would follow her across the chamber.",
                "defect Tom Reed from=- to=- date=- denied",
            ),
            (
                "Tory councillor Tom Reed has dumped the Conservatives for Reform UK.",
                "defect Tom Reed from=Conservative Party to=Reform UK date=2016-03-10 asserted",
            ),
            ("The council ditched plans for a new Labour club.", ""),
        ],
    );
}
