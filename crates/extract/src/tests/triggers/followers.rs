//! A change carried to others: followers of a resignation, those a mover follows, ellipsis
//! ("as did", "so did"), lines under an intro that tells the change, members counted
//! before, and a group's or a count's members named in the next sentence.

use super::*;

/// A pronoun opening a sentence goes to the earlier sentence's subject, not to the last person
/// named there as an object or a prepositional object, nor to a definite office held by one.

#[test]
fn followers_of_a_resignation_resign_too() {
    check(
        "Headline\n\nTom Hale was the first minister to resign over the war on Monday. Within \
         a day junior minister Lord Hunt and Home Office minister Jim Reed swiftly \
         followed suit.",
        Some("2015-03-12"),
        "resign Tom Hale from=- to=- date=2015-03-09 asserted
         resign Hunt from=- to=- date=- asserted
         resign Jim Reed from=- to=- date=- asserted",
    );
    check(
        "Headline\n\nAnn Cole resigned from the shadow cabinet at 5pm, followed by Lord Fane \
         an hour later.",
        Some("2015-03-12"),
        "resign Ann Cole from=- to=- date=2015-03-12 asserted
         resign Fane from=- to=- date=2015-03-12 asserted",
    );
}

#[test]
fn those_a_mover_is_following_moved_before() {
    check_bodies(
        Some("2016-03-02"),
        &[
            (
                "Ann Cole defected to Ukip, following Tom Reed and Jim Dale.",
                "defect Ann Cole from=- to=UK Independence Party date=- asserted
                 defect Tom Reed from=- to=UK Independence Party date=- asserted
                 defect Jim Dale from=- to=UK Independence Party date=- asserted",
            ),
            (
                "Ann Cole defected to Ukip, following in the footsteps of Tom Reed.",
                "defect Ann Cole from=- to=UK Independence Party date=- asserted
                 defect Tom Reed from=- to=UK Independence Party date=- asserted",
            ),
            // (following an event is not following a person)
            (
                "Ann Cole defected to Ukip, following the resignation of Tom Reed.",
                "defect Ann Cole from=- to=UK Independence Party date=- asserted
                 resign Tom Reed from=- to=- date=- asserted",
            ),
            // a resignation is followed too, past descriptions before the names, each from
            // an office of their own
            (
                "Ms Cole became the fourth minister to quit in 24 hours, following Brexit \
                 Secretary Tom Reed, junior minister Kate Dunn and Northern Ireland minister \
                 Alan Pike.",
                "resign Cole from=- to=- date=- asserted
                 resign Tom Reed from=- to=- date=- asserted
                 resign Kate Dunn from=- to=- date=- asserted
                 resign Alan Pike from=- to=- date=- asserted",
            ),
            // (a name owning what is followed moved nowhere)
            (
                "Ann Cole resigned, following Tom Reed's call for a new leader.",
                "resign Ann Cole from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn ellipsis_copies_the_change_to_another() {
    check_bodies(
        Some("2017-06-09"),
        &[
            (
                "Ann Cole quit as chairman and Tom Reed as treasurer.",
                "resign Ann Cole from=- to=- date=- asserted
                 resign Tom Reed from=- to=- date=- asserted",
            ),
            (
                "Ann Cole resigned from the cabinet, as did Tom Reed.",
                "resign Ann Cole from=- to=- date=- asserted
                 resign Tom Reed from=- to=- date=- asserted",
            ),
            (
                "Ann Cole defected to the Greens on Monday. Tom Reed did the same a day later.",
                "defect Ann Cole from=- to=Green Party date=2017-06-05 asserted
                 defect Tom Reed from=- to=Green Party date=- asserted",
            ),
            (
                "Ann Cole left the party in March. So did Tom Reed.",
                "leave Ann Cole from=- to=- date=2017-03 asserted
                 leave Tom Reed from=- to=- date=- asserted",
            ),
            (
                "Ann Cole has resigned as health secretary, and so has her deputy Tom Reed.",
                "resign Ann Cole from=- to=- date=2017-06-09 asserted
                 resign Tom Reed from=- to=- date=2017-06-09 asserted",
            ),
            // (a second clause with its own verb is its own)
            (
                "Ann Cole resigned as chairman and Tom Reed spoke as treasurer.",
                "resign Ann Cole from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn lines_that_open_with_a_name_under_an_intro_that_tells_the_change() {
    // numbered lines under "have resigned:", each resigned from the office it names; a note
    // on the line says what happened to that one
    check(
        "The full list\n\nThe following members of the shadow cabinet have resigned:\n\n1.\nHilary Bent, shadow foreign secretary (sacked)\n2.\nHeidi Alder, shadow health secretary\n3.\nIan Murr, shadow Scotland secretary\n",
        Some("2016-06-27"),
        "dismiss Hilary Bent from=- to=- date=- asserted
         resign Heidi Alder from=- to=- date=2016-06-27 asserted
         resign Ian Murr from=- to=- date=2016-06-27 asserted",
    );
    // "Name - Office" lines under a heading "IN"
    check(
        "Reshuffle\n\nThe prime minister has reshuffled his cabinet.\n\nIN\nPhilip Hamm - Foreign Secretary\nMichael Fall - Defence Secretary\n",
        Some("2014-07-15"),
        "appoint Philip Hamm from=- to=- date=- asserted
         appoint Michael Fall from=- to=- date=- asserted",
    );
    // (one line is no list; sentences with their own verbs are not lines)
    check(
        "Resignations\n\nThe following have resigned:\n\nHeidi Alder, shadow health secretary\n",
        Some("2016-06-27"),
        "",
    );
}

#[test]
fn a_count_of_members_who_quit_and_those_counted_before() {
    check_bodies(
        Some("2019-10-08"),
        &[
            // a member counted among a party's who quit left the party, as did those named
            // after "after"
            (
                "Lord Hale is the third Tory peer to quit in a month, after Baroness Ellis and \
                 Lord Penn.",
                "leave Hale from=Conservative Party to=- date=- asserted
                 leave Ellis from=Conservative Party to=- date=- asserted
                 leave Penn from=Conservative Party to=- date=- asserted",
            ),
            // (a minister counted left the government, not the party)
            (
                "Ann Cole became the second Labour minister to quit.",
                "resign Ann Cole from=- to=- date=- asserted",
            ),
            // (an "after" clause is no list)
            (
                "Ann Cole became the third minister to resign, after Tom Hale criticised her.",
                "resign Ann Cole from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn a_group_s_change_is_each_member_s_when_the_next_sentence_names_them() {
    check(
        "Rebels lose whip\n\nThe prime minister has withdrawn the Conservative whip from 21 MPs. \
         Among them are former chancellors Philip Hamm and Ken Clark, and Sir Nicholas Soam, \
         Winston Churchill's grandson. The rebels, who now sit as independents, include Rory \
         Stew and David Gauk.",
        Some("2019-09-04"),
        "expel Philip Hamm from=Conservative Party to=- date=2019-09-04 asserted
         expel Ken Clark from=Conservative Party to=- date=2019-09-04 asserted
         expel Nicholas Soam from=Conservative Party to=- date=2019-09-04 asserted
         expel Rory Stew from=Conservative Party to=- date=2019-09-04 asserted
         expel David Gauk from=Conservative Party to=- date=2019-09-04 asserted",
    );
    // (a sentence of members after a sentence that names its own people adds nobody)
    check(
        "Rebels\n\nAnn Cole met the rebels. Among them are Tom Reed and Jim Dale.",
        Some("2019-09-04"),
        "",
    );
}

#[test]
fn a_counted_object_is_named_by_the_next_sentences_list() {
    check(
        "Whip\n\nLabour last night suspended two of its MPs pending an investigation. The two MPs are Conrad Pellingham and Aisling Rao.",
        Some("2012-05-10"),
        "expel Conrad Pellingham from=Labour Party to=- date=2012-05-09 asserted
         expel Aisling Rao from=Labour Party to=- date=2012-05-09 asserted",
    );
    // members that carry clauses of their own
    check(
        "Whip\n\nLabour last night suspended two of its MPs. The two MPs are Conrad Pellingham, who represents Dunmore West, and Aisling Rao, the member for Kettlebridge.",
        Some("2012-05-10"),
        "expel Conrad Pellingham from=Labour Party to=- date=2012-05-09 asserted
         expel Aisling Rao from=Labour Party to=- date=2012-05-09 asserted",
    );
    // a list of another size names someone else
    check(
        "Whip\n\nLabour last night suspended two of its MPs. The MPs are Conrad Pellingham, Aisling Rao and Tom Reed.",
        Some("2012-05-10"),
        "",
    );
}

#[test]
fn those_named_after_a_passive_followed_by_made_the_same_move() {
    check(
        "Walkout\n\nThe shadow chancellor, Nadia Pellow, resigned on Wednesday morning. \
         Within hours she had been followed by the shadow health secretary, Gideon Varley, \
         and the shadow work and pensions secretary, Rhian Moss.",
        Some("2012-06-15"),
        // ("within hours" of the day just told)
        "resign Nadia Pellow from=- to=- date=2012-06-13 asserted\n\
         resign Gideon Varley from=- to=- date=2012-06-13 asserted\n\
         resign Rhian Moss from=- to=- date=2012-06-13 asserted",
    );
}
