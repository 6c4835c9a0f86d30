//! The office a person's change is told with, and one event per person and change: a
//! headline and its body, a generic office word and the named office, a change told again,
//! a name described as a new office holder, the agent's office, an office left in a
//! "from" phrase, and where a leaver sits.

use super::*;

#[test]
fn headline_and_body_report_one_event_with_body_evidence() {
    let out = extract(
        "Moss resigns as home secretary\n\nHome Secretary Ian Moss resigned on Wednesday.",
        Some("2012-03-07"),
    );
    assert_eq!(out.events.len(), 1, "{:?}", out.events);
    assert_eq!(
        out.events[0].evidence.text,
        "Home Secretary Ian Moss resigned on Wednesday."
    );
}

#[test]
fn a_leaver_who_sits_as_an_independent_goes_to_independent() {
    check(
        "Headline\n\nLord Dewi Price has quit Plaid Cymru to sit as an independent member.",
        Some("2016-10-15"),
        "leave Dewi Price from=Plaid Cymru to=independent date=2016-10-15 asserted",
    );
}

#[test]
fn a_generic_office_word_is_the_same_change_as_the_named_office() {
    // "his cabinet post" and "home secretary" are one sacking
    check(
        "Clarke axed from cabinet post\n\nCharles Clarke has been sacked as home secretary.",
        Some("2006-05-05"),
        "dismiss Charles Clarke from=- to=- date=2006-05-05 asserted",
    );
}

#[test]
fn a_name_described_as_the_new_office_holder_was_appointed() {
    check(
        "Cabinet\n\nRuth Kemble, the new home secretary, and Tom Reed, the new foreign secretary, arrived today.",
        Some("2007-06-28"),
        "appoint Ruth Kemble from=- to=- date=2007-06-28 asserted\nappoint Tom Reed from=- to=- date=2007-06-28 asserted",
    );
}

/// A description in apposition to a name ("Alan Milb, the man put in charge of…") stands for
/// that name, not for the sentence's subject.

#[test]
fn a_resignation_from_the_government_told_again_is_one_event() {
    check(
        "Quits\n\nTom Reed announced his resignation on Monday. \"I have decided to resign from the government,\" he said.",
        Some("2003-03-18"),
        "resign Tom Reed from=- to=- date=2003-03-17 asserted",
    );
}

#[test]
fn a_name_apposed_to_a_newly_appointed_office_was_appointed() {
    check(
        "Health\n\nTom Reed, the newly appointed health secretary, spoke to staff.",
        Some("2015-03-12"),
        "appoint Tom Reed from=- to=- date=2015-03-12 asserted",
    );
}

#[test]
fn an_office_before_the_verb_is_the_agent_s_when_the_person_is_its_object() {
    let out = extract(
        "Headline\n\nThe new prime minister also sacked George Osborne.",
        Some("2016-07-14"),
    );
    let roles: Vec<_> = out.events.iter().map(|e| e.role.as_deref()).collect();
    assert_eq!(roles, [None], "{:?}", out.events);
    let out = extract(
        "Headline\n\nHome Secretary David Blunkett resigned.",
        Some("2016-07-14"),
    );
    let roles: Vec<_> = out.events.iter().map(|e| e.role.as_deref()).collect();
    assert_eq!(roles, [Some("Home Secretary")], "{:?}", out.events);
}

#[test]
fn an_office_left_in_a_from_phrase_is_not_the_one_taken() {
    let roles = |text: &str| -> Vec<Option<String>> {
        extract(&format!("Headline\n\n{text}"), Some("2018-11-16"))
            .events
            .iter()
            .map(|e| e.role.clone())
            .collect()
    };
    assert_eq!(
        roles("Greg Saunt was promoted from the whips' office."),
        [None]
    );
    assert_eq!(
        roles("Greg Saunt was promoted from the whips' office to become chief secretary."),
        [Some("chief secretary".to_string())]
    );
    // the office taken may come after "to be", past an apposition
    assert_eq!(
        roles(
            "Ann Cole was promoted from the shadow work and pensions secretary in opposition \
             to become only the second woman, after Jane Hale, to be Home Secretary."
        ),
        [Some("Home Secretary".to_string())]
    );
}
