//! What is a name, and subjects that name nobody: a contracted "I", a capitalised "May", a
//! bare first name, a hyphenated surname; a thing, a body, a party, another body's officer or
//! a noun a pronoun owns as subject; a name inside a phrase of the subject.

use super::*;

#[test]
fn contracted_i_is_no_name() {
    check(
        "Speaker says I'll quit\n\nThe Speaker spoke.",
        Some("2009-05-19"),
        "",
    );
}

#[test]
fn a_capitalised_may_before_a_past_verb_is_a_name_not_the_modal() {
    check(
        "Reshuffle\n\nMay sacked Paul Ellis as transport secretary on Monday.",
        Some("2014-03-05"),
        "dismiss Paul Ellis from=- to=- date=2014-03-03 asserted",
    );
    check(
        "Reshuffle\n\nPaul Ellis may resign as transport secretary.",
        Some("2014-03-05"),
        "resign Paul Ellis from=- to=- date=- rumoured",
    );
}

#[test]
fn a_bare_first_name_and_a_counted_participle() {
    let d = Some("2018-12-04");
    let out = extract(
        "Farage\n\nNigel Farage has quit UKIP. Mr Batten later responded to the news Nigel had resigned.",
        d,
    );
    assert!(
        out.events.iter().all(|e| e.person != "Batten"),
        "{:?}",
        out.events
    );
    check(
        "Revolt\n\nShadow cabinet resignations: 11 quit and one sacked as Jeremy Corbyn faces a revolt.",
        d,
        "",
    );
}

/// "He told <a described person> his resignation was…": the possessive is the teller's; and
/// asking someone to stand aside is a demand, not an event.

#[test]
fn a_thing_as_subject_gives_no_event() {
    for text in [
        "Mr Forde said basic rights were suspended then as now.",
        // (a name-like thing: "Human Rights" is an organisation word, not a person)
        "Mr Forde said basic Human Rights were suspended then as now.",
        // (the parser takes the noun for the object of "forgets"; the passive is left
        // without a subject, and the noun before its auxiliary is it)
        "Mr Forde spoke. He also forgets basic Human Rights were suspended then as now.",
        "The Greens say a fresh crackdown on truants has been launched by Education \
         Secretary Ruth Kell.",
        "The Greens say Mr Clark should take issue with a law established by his \
         predecessor, David Blunt.",
        "Gordon Bright finished with an appeal to party activists to go out and win the next \
         election.",
    ] {
        check(&format!("Headline\n\n{text}"), Some("2015-03-12"), "");
    }
    // a description or a group as subject still names who
    check(
        "Headline\n\nLabour councillor Gail Ross spoke at the meeting. The 50-year-old \
         councillor has defected to the Greens.",
        Some("2015-03-12"),
        "defect Gail Ross from=Labour Party to=Green Party date=2015-03-12 asserted",
    );
}

#[test]
fn a_noun_a_pronoun_owns_is_a_subject_that_names_nobody() {
    let d = Some("2018-03-14");
    let cases: &[(&str, &str)] = &[
        ("Ann Cole said her deputy had resigned.", ""),
        ("Ann Cole said her own deputy had resigned.", ""),
        // ... unless it is coordinated with a name
        (
            "Ann Cole and her husband have joined the Greens.",
            "join Ann Cole from=- to=Green Party date=2018-03-14 asserted",
        ),
    ];
    check_bodies(d, cases);
}

#[test]
fn a_body_as_the_subject_names_nobody() {
    check(
        "Council news\n\nJean Fyfe said she was disappointed. She added that the party would contest the seat at the next election.",
        Some("2015-03-12"),
        "",
    );
    // (an infinitive's subject is not the noun before it)
    check(
        "Defects\n\nTom Reed has left the party to join Labour.",
        Some("2015-03-12"),
        "defect Tom Reed from=- to=Labour Party date=2015-03-12 asserted",
    );
}

#[test]
fn a_hyphenated_surname_is_a_name_to_the_parser() {
    // (the tagger alone reads "Temple-Morris" as a verb, and the subject is lost to the name
    // in the prepositional phrase)
    check(
        "Talks\n\nIt emerged recently that Mr Temple-Morris, an MP for 24 years, had held two meetings with the Prime Minister, Tom Reed, about defecting.",
        Some("1997-11-21"),
        "defect Temple-Morris from=- to=- date=- rumoured",
    );
}

#[test]
fn a_party_right_before_the_verb_is_its_subject_and_names_nobody() {
    check_bodies(
        Some("2022-07-07"),
        &[
            ("Brian Holt said the Conservatives lost their majority.", ""),
            // (a party a person is "of" is no subject)
            (
                "Ann Cole of the Green Party has resigned.",
                "resign Ann Cole from=- to=- date=2022-07-07 asserted",
            ),
            (
                "Ann Cole from the Labour Party resigned as leader.",
                "resign Ann Cole from=- to=- date=- asserted",
            ),
            (
                "Brian Holt stood down after the Conservatives lost their majority in May.",
                "resign Brian Holt from=- to=- date=2022-05 asserted",
            ),
            // (a new label for a seat already held is no election)
            (
                "Ann Cole has quit Plaid Cymru to become an independent AM.",
                "leave Ann Cole from=Plaid Cymru to=independent date=2022-07-07 asserted",
            ),
        ],
    );
}

#[test]
fn another_bodys_officer_is_nobody_the_story_names() {
    check(
        "Headline\n\nAnn Cole was deselected on Friday. The chairman of the constituency \
         association resigned immediately after the vote.",
        Some("2021-03-05"),
        "deselect Ann Cole from=- to=- date=2021-03-05 asserted",
    );
}

#[test]
fn a_name_in_a_phrase_of_the_subject_or_after_a_modifying_participle_did_nothing() {
    check_bodies(
        Some("2011-12-07"),
        &[
            // (the suit was dismissed, not the columnist)
            (
                "A suit against the newspaper and columnist Tom Hale was dismissed in November.",
                "",
            ),
            ("The case of Tom Hale was dismissed.", ""),
            (
                "A suit against the Daily Courier and columnist Tom Hale was dismissed.",
                "",
            ),
            // (the chairman retires, not the subject who thanks him)
            ("Tom Hale thanked the retiring chairman.", ""),
            (
                "The prime minister nominated two people to replace retiring judges.",
                "",
            ),
            // (the subject's own change stays)
            (
                "Tom Hale is retiring at the election.",
                "resign Tom Hale from=- to=- date=- expected",
            ),
            (
                "Ann Owen and the wife of Tom Hale resigned.",
                "resign Ann Owen from=- to=- date=- asserted",
            ),
        ],
    );
}

/// What a member is "for" is a seat, even when a relative clause follows it as it would a
/// person ("the Labour MP for Stour Vale, who also rebelled"): the seat is never the person a
/// later pronoun means.
#[test]
fn the_seat_a_member_is_for_is_no_person_before_a_relative_clause() {
    check_bodies(
        Some("2006-03-16"),
        &[(
            "Lena Hale, the Labour MP for Stour Vale, who also rebelled at second reading, \
             laughed off suggestions that she too was preparing to join the Liberal Democrats.",
            "defect Lena Hale from=Labour Party to=Liberal Democrats date=- denied",
        )],
    );
}

/// Two words opening a sentence whose second is a surname the story gives an honorific, and
/// whose first the tagger reads as a proper noun even in lower case, are a name no list knows
/// ("Reidail Corbyn … Mr Corbyn"); a common noun in that place is not ("Campaigner Pryce").
#[test]
fn an_unknown_first_name_opening_a_sentence_before_an_honorific_surname_is_a_name() {
    check_bodies(
        Some("2016-09-24"),
        &[
            (
                "Elidir Hale has never been an easy man to pin down. He was elected in 2001. Mr \
                 Hale said he was delighted.",
                "elect Elidir Hale from=- to=- date=2001 asserted",
            ),
            ("Campaigner Pryce joins the Greens. Mr Pryce said so.", ""),
        ],
    );
}
