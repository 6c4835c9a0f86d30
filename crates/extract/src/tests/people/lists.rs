//! Lists, counts and groups of people: one event per person listed, office lines, plural
//! possessives, a count named by the list after it or in the next sentence, co-agents after
//! "with" and "along with", a group's members named after a relative clause, and a change
//! told of "those" or "anyone", which names no one.

use super::*;

#[test]
fn one_event_per_person_in_a_list() {
    check(
        "Headline\n\nLabour MPs Ann Lowe, Mike Dent and Sara Kaur defected to the Greens on Monday.",
        Some("2012-03-07"),
        "defect Ann Lowe from=Labour Party to=Green Party date=2012-03-05 asserted
         defect Mike Dent from=Labour Party to=Green Party date=2012-03-05 asserted
         defect Sara Kaur from=Labour Party to=Green Party date=2012-03-05 asserted",
    );
}

#[test]
fn a_list_of_offices_and_names_is_a_list_of_appointments() {
    check(
        "Headline\n\nThe new cabinet:\n\nHome Secretary – Alan Frost\n\nForeign Secretary – Carol Webb\n",
        Some("2016-07-14"),
        "appoint Alan Frost from=- to=- date=- asserted\n\
         appoint Carol Webb from=- to=- date=- asserted",
    );
    // one such line is a caption, not a list
    check(
        "Headline\n\nHome Secretary – Alan Frost\n\nHe spoke at the conference.",
        Some("2016-07-14"),
        "",
    );
}

#[test]
fn as_phrases_name_the_office_of_each_appointee() {
    check(
        "Headline\n\nThe prime minister confirmed Ann Cole as health secretary and Ben Fry as education secretary.",
        Some("2010-05-12"),
        "appoint Ann Cole from=- to=- date=- asserted\n\
         appoint Ben Fry from=- to=- date=- asserted",
    );
}

/// The rivals a winner beat are named in apposition to "his rivals", or listed past a short
/// description ("and ex-soldier John Rees").

#[test]
fn a_cabinet_list_line_may_name_its_office_in_full() {
    check(
        "Headline\n\nThe cabinet in full:\n\nChancellor of the Exchequer – Philip Hamm\n\n\
         Secretary of State for International Trade – Liam Foxe\n\n\
         Secretary of State for Exiting the EU – David Davy\n",
        Some("2015-03-12"),
        "appoint Philip Hamm from=- to=- date=- asserted
         appoint Liam Foxe from=- to=- date=- asserted
         appoint David Davy from=- to=- date=- asserted",
    );
}

#[test]
fn a_plural_possessive_is_the_clause_s_subject_list() {
    check_bodies(
        Some("2019-02-20"),
        &[
            (
                "Heidi Allen and Anna Soubry confirmed their defections to the Independent Group.",
                "defect Heidi Allen from=- to=The Independent Group date=- asserted\n\
                 defect Anna Soubry from=- to=The Independent Group date=- asserted",
            ),
            // one name is no plural's antecedent
            ("Heidi Allen welcomed their defection.", ""),
        ],
    );
}

#[test]
fn a_line_that_ends_in_a_function_word_is_a_hard_wrap() {
    check(
        "Three Tory MPs quit\n\nThree Conservative MPs have quit the party to join the\nIndependent Group of former Labour MPs.\n\nHeidi Allen, Anna Soubry and Sarah Wollaston announced\ntheir decision this morning.",
        Some("2019-02-20"),
        "defect Heidi Allen from=Conservative Party to=The Independent Group date=2019-02-20 asserted
         defect Anna Soubry from=Conservative Party to=The Independent Group date=2019-02-20 asserted
         defect Sarah Wollaston from=Conservative Party to=The Independent Group date=2019-02-20 asserted",
    );
}

#[test]
fn a_photo_note_after_a_name_does_not_break_a_list() {
    check_bodies(
        Some("2019-02-20"),
        &[
            (
                "Former minister Dan Reeve (left) and Sara Moss (right) have both quit the Labour Party.",
                "leave Dan Reeve from=Labour Party to=- date=2019-02-20 asserted\n\
                 leave Sara Moss from=Labour Party to=- date=2019-02-20 asserted",
            ),
            (
                "Sara Moss praised Dan Reeve (left), who quit the Labour Party last week.",
                "leave Dan Reeve from=Labour Party to=- date=2019-02 asserted",
            ),
        ],
    );
}

#[test]
fn a_comitative_with_after_the_verbs_complements_names_co_agents() {
    let d = Some("2014-03-05");
    check(
        "Split\n\nAnna Price quit Labour on Monday with Tom Reed and Sue Whitby.",
        d,
        "leave Anna Price from=Labour Party to=- date=2014-03-03 asserted
         leave Tom Reed from=Labour Party to=- date=2014-03-03 asserted
         leave Sue Whitby from=Labour Party to=- date=2014-03-03 asserted",
    );
    check(
        "Split\n\nAnna Price defected to the Liberal Democrats with fellow MP Tom Reed.",
        d,
        "defect Anna Price from=- to=Liberal Democrats date=- asserted
         defect Tom Reed from=- to=Liberal Democrats date=- asserted",
    );
    // (the companions described before their names in apposition)
    check(
        "Party\n\nAnna Price founded the Marsby Independents in 2013 with two former Labour councillors, Tom Reed and Sue Whitby.",
        d,
        "found Anna Price from=- to=Marsby Independents date=2013 asserted
         found Tom Reed from=- to=Marsby Independents date=2013 asserted
         found Sue Whitby from=- to=Marsby Independents date=2013 asserted",
    );
    // a "with" that is a noun's, a possessor's or gives a role names no co-agent
    for text in [
        "Anna Price quit Labour in a row with leader Tom Hale.",
        "Anna Price quit Labour with Tom Hale's blessing.",
        "Anna Price quit Labour with immediate effect.",
    ] {
        check(
            &format!("Split\n\n{text}"),
            d,
            "leave Anna Price from=Labour Party to=- date=- asserted",
        );
    }
    check(
        "Count\n\nAnna Price was elected with Tom Hale as her agent.",
        d,
        "elect Anna Price from=- to=- date=- asserted",
    );
}

#[test]
fn a_counted_group_is_named_by_a_list_after_its_restatement_in_the_next_sentence() {
    let d = Some("2014-05-10");
    check(
        "Split\n\nThree Labour councillors have quit the party to form a new independent group. The councillors - Ann Cole, Tom Reed and Sue Whitby - said they would sit together as the Ashcombe Independent Alliance.",
        d,
        "defect Ann Cole from=Labour Party to=Ashcombe Independent Alliance date=2014-05-10 asserted
         defect Tom Reed from=Labour Party to=Ashcombe Independent Alliance date=2014-05-10 asserted
         defect Sue Whitby from=Labour Party to=Ashcombe Independent Alliance date=2014-05-10 asserted
         found Ann Cole from=- to=Ashcombe Independent Alliance date=- asserted
         found Tom Reed from=- to=Ashcombe Independent Alliance date=- asserted
         found Sue Whitby from=- to=Ashcombe Independent Alliance date=- asserted",
    );
    check(
        "Split\n\nTHREE Labour councillors have quit the party. They are Ann Cole, Tom Reed and Sue Whitby.",
        d,
        "leave Ann Cole from=Labour Party to=- date=2014-05-10 asserted
         leave Tom Reed from=Labour Party to=- date=2014-05-10 asserted
         leave Sue Whitby from=Labour Party to=- date=2014-05-10 asserted",
    );
    // a list of another size is someone else
    check(
        "Split\n\nFive Labour councillors have quit the party. They are Ann Cole, Tom Reed and Sue Whitby.",
        d,
        "",
    );
}

#[test]
fn a_bare_count_before_the_verb_is_its_subject_and_names_nobody() {
    check(
        "Penhaligon fills gaps after six walk out of shadow cabinet\n\nThe Labour leader, Callum Penhaligon, completed a reshuffle last night.",
        Some("2012-06-15"),
        "",
    );
    // a floating "both" leaves the subject before it; an age is no count
    check(
        "Split\n\nAnn Cole and Tom Reed, who both quit Labour in March, spoke. Tom Hale, 54, resigned from Labour.",
        Some("2012-06-15"),
        "leave Ann Cole from=Labour Party to=- date=2012-03 asserted
         leave Tom Reed from=Labour Party to=- date=2012-03 asserted
         leave Tom Hale from=Labour Party to=- date=- asserted",
    );
}

#[test]
fn a_change_told_of_those_or_anyone_names_no_one() {
    check_bodies(
        Some("2013-02-11"),
        &[
            (
                "Piers Ockendon was promoted. The leader wished those leaving the front bench every success.",
                "appoint Piers Ockendon from=- to=- date=- asserted",
            ),
            ("Piers Ockendon warned that anyone who defects to UKIP will be expelled.", ""),
            // (a named member of the group still has the change)
            (
                "Piers Ockendon was earlier among those who resigned from the cabinet.",
                "resign Piers Ockendon from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn a_bracketed_ward_after_each_name_keeps_the_list_and_a_name_after_the_is_no_member() {
    check_bodies(
        Some("2003-11-14"),
        &[
            (
                "Gwen Ashby (Castle) and Martin Futter (Riverside) have quit Labour.",
                "leave Gwen Ashby from=Labour Party to=- date=2003-11-14 asserted
                 leave Martin Futter from=Labour Party to=- date=2003-11-14 asserted",
            ),
            (
                "In protest at the closure of the Victoria Baths, Gwen Ashby and Martin Futter have quit Labour.",
                "leave Gwen Ashby from=Labour Party to=- date=2003-11-14 asserted
                 leave Martin Futter from=Labour Party to=- date=2003-11-14 asserted",
            ),
        ],
    );
}

#[test]
fn a_plural_antecedents_members_named_after_its_relative_clause_did_it() {
    check_bodies(
        Some("2003-11-14"),
        &[
            (
                "Two councillors who left Labour in July, Helen Marwick and Peter Lomax, have formed a new group.",
                "leave Helen Marwick from=Labour Party to=- date=2003-07 asserted
                 leave Peter Lomax from=Labour Party to=- date=2003-07 asserted
                 found Helen Marwick from=- to=- date=2003-11-14 asserted
                 found Peter Lomax from=- to=- date=2003-11-14 asserted",
            ),
            // (no apposition, no one named)
            ("Voters who switched to Labour were angry, Helen Marwick said.", ""),
        ],
    );
}

#[test]
fn people_named_along_with_the_subject_made_the_same_move() {
    check(
        "Walk-out\n\nAnn Cole quit Labour on Thursday along with Tom Reed, Bev Lyle and Ron Pask.",
        Some("2011-07-09"),
        "leave Ann Cole from=Labour Party to=- date=2011-07-07 asserted\n\
         leave Tom Reed from=Labour Party to=- date=2011-07-07 asserted\n\
         leave Bev Lyle from=Labour Party to=- date=2011-07-07 asserted\n\
         leave Ron Pask from=Labour Party to=- date=2011-07-07 asserted",
    );
    // (not from inside a relative clause: the joining is not the quitting)
    check(
        "Walk-out\n\nAnn Cole, who joined Labour along with Tom Reed, quit the party on Thursday.",
        Some("2011-07-09"),
        "leave Ann Cole from=Labour Party to=- date=2011-07-07 asserted",
    );
}

#[test]
fn leavers_who_then_form_or_sit_as_a_named_group_defected_to_it() {
    check(
        "Walk-out\n\nAnn Cole, Tom Reed and Gail Ross quit Labour on Monday. They will sit in the Commons as the Independent Group.",
        Some("2011-07-09"),
        "defect Ann Cole from=Labour Party to=The Independent Group date=2011-07-04 asserted\n\
         defect Tom Reed from=Labour Party to=The Independent Group date=2011-07-04 asserted\n\
         defect Gail Ross from=Labour Party to=The Independent Group date=2011-07-04 asserted",
    );
    check(
        "Walk-out\n\nAnn Cole, Tom Reed and Gail Ross quit Labour on Monday. The rebels have launched their own outfit, Stenfield First.",
        Some("2011-07-09"),
        "defect Ann Cole from=Labour Party to=Stenfield First date=2011-07-04 asserted\n\
         defect Tom Reed from=Labour Party to=Stenfield First date=2011-07-04 asserted\n\
         defect Gail Ross from=Labour Party to=Stenfield First date=2011-07-04 asserted",
    );
    // (sitting as independents names no group)
    check(
        "Walk-out\n\nAnn Cole and Tom Reed quit Labour on Monday. They will sit as independents.",
        Some("2011-07-09"),
        "leave Ann Cole from=Labour Party to=- date=2011-07-04 asserted\n\
         leave Tom Reed from=Labour Party to=- date=2011-07-04 asserted",
    );
}

#[test]
fn a_counted_group_then_as_many_names_listed_are_its_members() {
    check(
        "Two quit\n\nTwo Labour MSPs have resigned from the party. Fiona Lauder, a list MSP for Central Scotland, and Callum McBride, who represents Kelvinhaugh, announced their departure in a joint statement.",
        Some("2013-02-20"),
        "leave Fiona Lauder from=Labour Party to=- date=2013-02-20 asserted\n\
         leave Callum McBride from=Labour Party to=- date=2013-02-20 asserted",
    );
    // (a count that does not match the names listed names no members)
    check(
        "Three quit\n\nThree Labour MSPs have resigned from the party. Fiona Lauder, a list MSP, and Callum McBride, who represents Kelvinhaugh, spoke to reporters.",
        Some("2013-02-20"),
        "",
    );
}

#[test]
fn a_counted_group_is_the_people_named_as_its_number() {
    check_bodies(
        Some("2016-07-12"),
        &[
            // "All three", "The four": a count standing for the people the sentence before
            // names, when it names that many
            (
                "Eastfield First was launched on Monday by Tom Hale, Ann Owen and Gail Ross. \
                 All three resigned their Labour membership in June.",
                "found Tom Hale from=- to=Eastfield First date=2016-07-11 asserted\n\
                 found Ann Owen from=- to=Eastfield First date=2016-07-11 asserted\n\
                 found Gail Ross from=- to=Eastfield First date=2016-07-11 asserted\n\
                 leave Tom Hale from=Labour Party to=- date=2016-06 asserted\n\
                 leave Ann Owen from=Labour Party to=- date=2016-06 asserted\n\
                 leave Gail Ross from=Labour Party to=- date=2016-06 asserted",
            ),
            // a group that left in a relative clause and then made a party: the makers the
            // next sentence names in its "by" list
            (
                "Two councillors who quit Labour last month have formed their own party. \
                 Eastfield First was launched on Monday by Tom Hale and Ann Owen.",
                "leave Tom Hale from=Labour Party to=- date=2016-06 asserted\n\
                 leave Ann Owen from=Labour Party to=- date=2016-06 asserted\n\
                 found Tom Hale from=- to=Eastfield First date=2016-07-11 asserted\n\
                 found Ann Owen from=- to=Eastfield First date=2016-07-11 asserted",
            ),
            // (a "by" list of another kind of act names other people)
            (
                "Two councillors who quit Labour last month have been criticised. \
                 The decision was attacked on Monday by Tom Hale and Ann Owen.",
                "",
            ),
        ],
    );
}

#[test]
fn a_counted_subject_named_by_a_list_after_its_clauses_colon() {
    check_bodies(
        Some("2016-05-07"),
        &[
            (
                "Two councillors defected to the Greens: Tom Hale and Ann Owen.",
                "defect Tom Hale from=- to=Green Party date=- asserted\n\
                 defect Ann Owen from=- to=Green Party date=- asserted",
            ),
            (
                "Three ministers resigned on Monday: Tom Hale; Ann Owen; and Gail Ross.",
                "resign Tom Hale from=- to=- date=2016-05-02 asserted\n\
                 resign Ann Owen from=- to=- date=2016-05-02 asserted\n\
                 resign Gail Ross from=- to=- date=2016-05-02 asserted",
            ),
            (
                "Two ministers quit the government on Monday: Tom Hale, the transport minister, and Ann Owen.",
                "resign Tom Hale from=- to=- date=2016-05-02 asserted\n\
                 resign Ann Owen from=- to=- date=2016-05-02 asserted",
            ),
            // (as many names as the count, or none: "two" over three names is no list of them)
            (
                "Two ministers resigned on Monday: Tom Hale, Ann Owen and Gail Ross.",
                "",
            ),
        ],
    );
}

/// An office line may open with a capitalised word of its title the role lists do not know
/// ("Shadow health secretary: X") and close with a bracketed aside; an aside saying the holder
/// is kept on makes the line no change.
#[test]
fn an_office_line_may_open_with_shadow_and_close_with_an_aside() {
    check(
        "Reshuffle live\n\nHere is the shadow cabinet as it now stands:\n\nShadow health \
         secretary: Terence Hale (was shadow transport)\nShadow transport secretary: Nadia Pike \
         (new to shadow cabinet)\nChief whip: Aled Moss (unchanged)\n",
        Some("2012-10-10"),
        "appoint Terence Hale from=- to=- date=2012-10-10 asserted
         appoint Nadia Pike from=- to=- date=2012-10-10 asserted",
    );
}

/// A counted subject's change with "They are:" after it and the names one to a line: each
/// named line is one of them, when exactly as many follow.
#[test]
fn they_are_and_one_name_to_a_line_names_a_counted_group() {
    check(
        "Live\n\nThree Labour MPs have resigned from the party to form the Meridian Group. They \
         are:\n\nAnn Cole (Brentmoor)\nTom Ashby (Selcombe North)\nJane Hale (Wyckham)",
        Some("2021-10-13"),
        "defect Ann Cole from=Labour Party to=Meridian Group date=2021-10-13 asserted
         defect Tom Ashby from=Labour Party to=Meridian Group date=2021-10-13 asserted
         defect Jane Hale from=Labour Party to=Meridian Group date=2021-10-13 asserted
         found Ann Cole from=- to=Meridian Group date=- asserted
         found Tom Ashby from=- to=Meridian Group date=- asserted
         found Jane Hale from=- to=Meridian Group date=- asserted",
    );
}
