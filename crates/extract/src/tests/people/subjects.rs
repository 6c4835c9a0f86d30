//! Which named person a clause's subject or object is: past appositions, fronted phrases,
//! gerunds, participles, "with" and "whose" clauses, conjuncts after "but", verbs of
//! seeing or causing, a name set off by "not", and an indefinite subject the next sentence
//! names.

use super::*;

#[test]
fn a_name_in_a_fronted_adverbial_is_not_the_actor() {
    check(
        "Transport post\n\nFollowing the death of Paul Ellis, Mark Denby was appointed transport secretary.",
        Some("2014-03-05"),
        "appoint Mark Denby from=- to=- date=- asserted",
    );
    // "along with" lists who acts, fronted or not
    check(
        "Defections\n\nAlong with Paul Ellis, Mark Denby has defected to Labour.",
        Some("2014-03-05"),
        "defect Paul Ellis from=- to=Labour Party date=2014-03-05 asserted\ndefect Mark Denby from=- to=Labour Party date=2014-03-05 asserted",
    );
}

#[test]
fn a_name_before_a_gerund_is_its_subject_and_the_election_of_a_name() {
    let d = Some("2007-06-26");
    assert_event(
        "Defection",
        "Tory MP Ann Cole defected to Labour today on the eve of Tom Reed taking over as prime minister.",
        d,
        "appoint",
        "Tom Reed",
    );
    assert_event(
        "Deputy",
        "Also announced on 4 April was the election of Gail Ross as the party's new deputy leader.",
        d,
        "elect",
        "Gail Ross",
    );
}

#[test]
fn a_name_inside_an_apposition_is_not_the_subject() {
    let d = Some("2015-03-12");
    // the subject is a surname no list knows, made a person by the noun its apposition
    // has ("an opponent"): never the name inside the apposition
    check(
        "Split\n\nTate, an opponent of leader Hale, left Labour.",
        d,
        "leave Tate from=Labour Party to=- date=- asserted",
    );
    check(
        "Split\n\nTom Tate, an opponent of Labour leader Ann Hale, left Labour.",
        d,
        "leave Tom Tate from=Labour Party to=- date=- asserted",
    );
}

#[test]
fn a_name_that_is_another_verbs_object_takes_no_office_from_as() {
    let d = Some("2015-03-12");
    check(
        "Challenge\n\nJane Hale announced her challenge to replace Ann Cole as party leader.",
        d,
        "",
    );
    check(
        "Cabinet\n\nThe prime minister announced Ann Cole as health secretary and Ben Hart as education secretary.",
        d,
        "appoint Ann Cole from=- to=- date=- asserted
         appoint Ben Hart from=- to=- date=- asserted",
    );
}

#[test]
fn a_count_in_apposition_to_a_name_counts_that_person() {
    check(
        "Speech\n\nTom Reed, the first cabinet minister to resign over the war, spoke in the Commons.",
        Some("2003-03-18"),
        "resign Tom Reed from=- to=- date=- asserted",
    );
}

#[test]
fn a_name_after_with_whose_verb_chain_leads_to_the_trigger_is_its_subject() {
    let d = Some("2005-12-06");
    check(
        "Landscape\n\nThe landscape is changing, with Mr Tom Reed set to stand down before the next election.",
        d,
        "resign Tom Reed from=- to=- date=- expected",
    );
    check(
        "Turmoil\n\nLabour is in turmoil, with Ann Cole having quit the party on Monday.",
        d,
        "leave Ann Cole from=Labour Party to=- date=2005-12-05 asserted",
    );
}

#[test]
fn a_whose_clause_keeps_its_subject_and_its_description() {
    let d = Some("2018-03-14");
    let cases: &[(&str, &str)] = &[
        // the father's party is not the joiner's, nor is the father the joiner
        (
            "Ann Cole, whose father Paul Tandy was a Labour MP, has joined the Tories.",
            "join Ann Cole from=- to=Conservative Party date=2018-03-14 asserted",
        ),
        // a trigger inside the clause is its subject's
        (
            "Ann Cole, whose husband Paul Tandy resigned last year, has joined the Tories.",
            "resign Paul Tandy from=- to=- date=2017 asserted\n\
             join Ann Cole from=- to=Conservative Party date=2018-03-14 asserted",
        ),
    ];
    check_bodies(d, cases);
}

#[test]
fn as_before_a_name_opens_a_clause_not_an_object() {
    check(
        "Hale sacked as Cole promoted\n\nMark Denby has sacked his chancellor, Tom Hale. Ann Cole, the home secretary, replaces him.",
        Some("2012-05-10"),
        "appoint Ann Cole from=- to=- date=2012-05-10 asserted\n\
         dismiss Tom Hale from=- to=- date=2012-05-10 asserted",
    );
}

#[test]
fn a_participle_after_a_comma_is_about_the_clauses_subject() {
    check(
        "Profile\n\nTom Reed was born in 1951. In 1995 he resigned to challenge John Major for the leadership, losing by 218 votes to 89.",
        Some("2006-05-05"),
        // (the challenge and its loss share the resignation's year now: a participle and an
        // infinitive take the time of the verb they hang from; a dated candidacy stays beside
        // its result, as the gold reads them)
        "resign Tom Reed from=- to=- date=1995 asserted
         stand Tom Reed from=- to=- date=1995 asserted
         defeat Tom Reed from=- to=- date=1995 asserted",
    );
}

#[test]
fn an_apposition_with_an_of_phrase_before_the_verb_leaves_the_name_its_subject() {
    let d = Some("2014-03-05");
    for apposition in [
        "a former chairman of the council",
        "the chairman of the council",
        "a former member of the planning committee",
    ] {
        check(
            &format!("Split\n\nTom Ashby, {apposition}, quit Labour."),
            d,
            "leave Tom Ashby from=Labour Party to=- date=- asserted",
        );
    }
    // ... and a modal-looking word inside the apposition ("planning") is not the verb's
    check(
        "Count\n\nMr Tom Ashby, a former chairman of the planning committee, was elected in 1999.",
        d,
        "elect Tom Ashby from=- to=- date=1999 asserted",
    );
    // an officer of another body with no name before it is still nobody we know
    check(
        "Split\n\nTom Ashby spoke. The chairman of the constituency association resigned.",
        d,
        "",
    );
}

#[test]
fn an_indefinite_member_subject_is_named_at_the_start_of_the_next_sentence() {
    check(
        "Split\n\nA UKIP member of the European Parliament has quit the party. Ann Cole, who represents the North East, spoke on Tuesday.",
        Some("2014-02-19"),
        "leave Ann Cole from=UK Independence Party to=- date=2014-02-19 asserted",
    );
}

#[test]
fn a_verb_right_after_but_shares_the_subject_of_the_clause_before() {
    check_bodies(
        Some("2013-01-22"),
        &[
            (
                "Gideon Varley was a Labour councillor but left the party in 2006.",
                "leave Gideon Varley from=Labour Party to=- date=2006 asserted",
            ),
            // (a "but" clause with a subject of its own keeps it)
            (
                "Nadia Pellow backed the plan, but Gideon Varley resigned as minister.",
                "resign Gideon Varley from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn a_participle_coordinated_with_a_passive_and_followed_by_its_office_shares_its_subject() {
    check_bodies(
        Some("2013-05-12"),
        &[(
            "Nadia Pellow was elected in 2005 and appointed minister for rural affairs in 2010.",
            "elect Nadia Pellow from=- to=- date=2005 asserted\n\
             appoint Nadia Pellow from=- to=- date=2010 asserted",
        )],
    );
}

#[test]
fn an_indefinite_lede_subject_is_the_person_the_next_sentence_names_past_a_description() {
    check(
        "Tory MP defects\n\nA Conservative MP has defected to Labour.\n\n\
         Backbencher Gideon Varley, 56, said he could no longer support the government.",
        Some("2014-03-10"),
        "defect Gideon Varley from=Conservative Party to=Labour Party date=2014-03-10 asserted",
    );
    // (not a name the next sentence gives after its verb)
    check(
        "Tory MP defects\n\nA Conservative MP has defected to Labour.\n\n\
         The news was welcomed by Gideon Varley, the Labour chairman.",
        Some("2014-03-10"),
        "",
    );
}

#[test]
fn her_before_a_role_named_in_apposition_is_its_possessor_not_the_object() {
    check(
        "Council coup\n\nNadia Pellow was removed last night. Before the evening was out the group had installed her deputy, Gideon Varley, in her place.",
        Some("2014-09-19"),
        "appoint Gideon Varley from=- to=- date=- asserted",
    );
    // ("appointed her chief whip": "her" is the object)
    check(
        "Career\n\nNadia Pellow was elected in 2001. The leader appointed her chief whip in 2005.",
        Some("2014-09-19"),
        "elect Nadia Pellow from=- to=- date=2001 asserted\n\
         appoint Nadia Pellow from=- to=- date=2005 asserted",
    );
}

#[test]
fn a_participle_on_a_predicate_noun_and_a_fronted_phrases_name_give_the_subject_not_the_nearest_name(
) {
    check_bodies(
        Some("2021-04-12"),
        &[(
            "During her career, Helen Marwick was a minister under Peter Lomax, and later became the first SDP member elected in a by-election in 1981.",
            "elect Helen Marwick from=- to=Social Democratic Party date=1981 asserted",
        )],
    );
}

#[test]
fn the_object_of_a_verb_of_seeing_or_causing_is_the_bare_infinitives_subject() {
    check_bodies(
        Some("2007-06-28"),
        &[
            (
                "Hilda Roane took charge of the Home Office in a reshuffle that saw seven members of the Blair cabinet leave government.",
                "appoint Hilda Roane from=- to=- date=- asserted",
            ),
            // (a conjunct is no bare infinitive: the subject is shared)
            (
                "Hilda Roane made a speech and resigned.",
                "resign Hilda Roane from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn a_name_set_off_by_not_is_the_one_it_did_not_happen_to() {
    check_bodies(
        Some("2017-03-04"),
        &[
            (
                "Tom Hale, not Ann Owen, was elected leader.",
                "elect Tom Hale from=- to=- date=- asserted",
            ),
            (
                "Tom Hale was not elected.",
                "elect Tom Hale from=- to=- date=- denied",
            ),
            // ("not until Monday" in a simple past is the last Monday)
            (
                "It was not until Monday that Tom Hale quit the Labour Party.",
                "leave Tom Hale from=Labour Party to=- date=2017-02-27 asserted",
            ),
        ],
    );
}

#[test]
fn a_described_mp_for_a_seat_opening_a_clause_is_the_storys_person() {
    check_bodies(
        Some("2014-10-18"),
        &[(
            "The rumours come after fellow Conservative Tom Reed stunned Downing Street. On \
             Tuesday the veteran MP for Colnebrook quit the party and joined Ukip.",
            "defect Tom Reed from=Conservative Party to=UK Independence Party date=2014-10-14 asserted",
        )],
    );
}

/// A description the parse makes the trigger's subject inside a clause another person
/// governs ("Pask said the MP was deselected", "would not rule out the MP being deselected")
/// is the person the story gives that standing, never the governing clause's subject; and the
/// description is no distance between a governing cue and the clause it governs.
#[test]
fn a_description_subject_of_a_governed_clause_is_the_story_s_person_not_the_governor() {
    let lead = "Tom Reed, the MP for Eastfield, lost the whip last week.";
    check_bodies(
        Some("2013-02-23"),
        &[
            (
                &format!("{lead} Ann Pask said the MP was deselected on Monday."),
                "expel Tom Reed from=- to=- date=2013-02 asserted
                 deselect Tom Reed from=- to=- date=2013-02-18 asserted",
            ),
            (
                &format!("{lead} Ann Pask would not rule out the MP being deselected."),
                "expel Tom Reed from=- to=- date=2013-02 asserted
                 deselect Tom Reed from=- to=- date=- rumoured",
            ),
        ],
    );
}

/// A member disciplined or removed, told as an indefinite object ("suspended a councillor",
/// "one of its newest MSPs"), is the person the next sentence opens with as subject and names
/// for the first time; a person already named, or one named only as a speaker, is not.
#[test]
fn an_indefinite_member_disciplined_is_the_next_sentence_s_new_subject() {
    check_bodies(
        Some("2021-09-14"),
        &[
            (
                "The SNP suspended one of its newest MSPs on Tuesday pending an investigation.\n\n\
                 Callum Dryden, who won the seat in May, will sit as an independent.",
                "expel Callum Dryden from=Scottish National Party to=- date=2021-09-14 asserted
                 elect Callum Dryden from=- to=- date=2021-05 asserted",
            ),
            (
                "Labour has suspended a councillor over comments on social media.\n\nCllr Ann \
                 Reed, who represents Moorside ward, said she was shocked.",
                "expel Ann Reed from=Labour Party to=- date=2021-09-14 asserted",
            ),
            (
                "Tom Hale spoke first. Labour has suspended a councillor over comments on social \
                 media.\n\nTom Hale said the party had acted quickly.",
                "",
            ),
        ],
    );
}

/// The person after "of" or "by" that controls a noun of deciding or trying is the subject of
/// its infinitive ("the decision of X to stand down", "a bid by X to quit"); and "who" after a
/// name's apposition ("X, the member for Y, who …") is the name's.
#[test]
fn a_noun_s_controller_and_a_relative_after_an_apposition_are_the_subject() {
    check_bodies(
        Some("2016-05-21"),
        &[
            (
                "The contest was triggered by the decision of Eluned Pryce to stand down at next \
                 May's Senedd election.",
                "resign Eluned Pryce from=- to=- date=2017-05 expected",
            ),
            (
                "The decision by Tom Reed to quit Labour shocked the party.",
                "leave Tom Reed from=Labour Party to=- date=- asserted",
            ),
            // (a noun that controls nothing: the person is the object of a preposition)
            (
                "The speech of Tom Reed to the conference was applauded.",
                "",
            ),
            (
                "His post goes to Priya Castle, the member for Holm Edge, who has been appointed \
                 an assistant government whip.",
                "appoint Priya Castle from=- to=- date=2016-05-21 asserted",
            ),
        ],
    );
}

#[test]
fn a_fronted_passive_participle_clause_is_about_the_main_clauses_subject() {
    check_bodies(
        Some("2020-04-07"),
        &[
            (
                "Before being elected to the Commons in 2015, Alan Pike worked as a solicitor.",
                "elect Alan Pike from=- to=- date=2015 asserted",
            ),
            (
                "Prior to being elected in 2015, Alan Pike worked as a solicitor.",
                "elect Alan Pike from=- to=- date=2015 asserted",
            ),
            (
                "Having been elected in 2015, Alan Pike joined the transport committee.",
                "elect Alan Pike from=- to=- date=2015 asserted",
            ),
            (
                "Since being elected in 2015, Alan Pike has campaigned on housing.",
                "elect Alan Pike from=- to=- date=2015 asserted",
            ),
            // no name after the clause's comma: nobody
            (
                "Before being elected in 2015, she worked as a solicitor.",
                "",
            ),
        ],
    );
}
