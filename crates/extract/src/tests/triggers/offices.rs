//! The words for taking, leaving and losing an office or a seat: becoming the nth to go,
//! walking away, standing down or aside, being stood down or pushed out, assuming or
//! stepping into a role, being named a successor, being returned; the next job is not the
//! office left, and one sentence tells one resignation.

use super::*;

#[test]
fn the_next_job_is_not_the_office_left() {
    let out = extract(
        "The sitting MP, Alan Dorrity, stood down in February to become chief executive \
               of a housing charity.",
        Some("2024-05-03"),
    );
    let roles: Vec<String> = out
        .events
        .iter()
        .map(|e| format!("{} {}", e.kind, e.role.as_deref().unwrap_or("-")))
        .collect();
    assert_eq!(roles, ["resign -", "appoint chief executive"]);
}

#[test]
fn a_participle_clause_shares_the_present_perfect_of_its_verb() {
    check(
        "Reshuffle\n\nMark Denby has been sworn in as Ellis's successor, becoming the new transport secretary.",
        Some("2014-03-04"),
        "appoint Mark Denby from=- to=- date=2014-03-04 asserted",
    );
}

#[test]
fn becoming_the_nth_to_do_something_is_doing_it() {
    check(
        "Cabinet\n\nHousing minister Ruth Kemble has become the second minister to quit the government.",
        Some("2014-03-05"),
        "resign Ruth Kemble from=- to=- date=2014-03-05 asserted",
    );
    // without a count, "became leader" is still the news
    check(
        "Leader\n\nRuth Kemble became leader of the Labour Party in 1998.",
        Some("2014-03-05"),
        "elect Ruth Kemble from=- to=- date=1998 asserted",
    );
}

#[test]
fn becoming_the_first_to_hold_a_distinction_is_still_the_appointment() {
    check(
        "Justice\n\nRuth Kemble has become the first lord chancellor to sit in the Commons.",
        Some("2014-03-05"),
        "appoint Ruth Kemble from=- to=- date=2014-03-05 asserted",
    );
}

#[test]
fn one_sentence_tells_one_resignation_whatever_offices_the_rules_read() {
    let text = "Resigns\n\nForeign Secretary Tom Reed resigned on Monday over the plans, the second resignation in a day leaving the British leader weakened.";
    assert_eq!(
        count_of(text, Some("2018-07-10"), "resign"),
        1,
        "{}",
        super::render(text, Some("2018-07-10"))
    );
}

/// A change whose subject is a thing, not a person ("rights were suspended", "a crackdown
/// was launched by the minister", "a law established by his predecessor") is no event of
/// anyone named nearby; an appeal to others to win is a call, not an event.

#[test]
fn the_one_replaced_and_a_body_appointed_are_not_appointees() {
    let d = Some("2005-05-06");
    // "replaced with" names the successor in its phrase; without one, nobody is appointed
    check(
        "Prosecutors\n\nTom Reed was replaced with two special prosecutors.",
        d,
        "",
    );
    check(
        "Whips\n\nTom Reed was replaced with Ian Moss as chief whip.",
        d,
        "appoint Ian Moss from=- to=- date=- asserted",
    );
    // a participle right after a body modifies the body
    check(
        "Inquiry\n\nJane Hale, a spokeswoman for the panel appointed last May, said no.",
        d,
        "",
    );
    // (a headline's bare participle after a name is still that person's)
    check(
        "Jane Hale appointed to the board\n\nThe move was announced today.",
        d,
        "appoint Jane Hale from=- to=- date=2005-05-06 asserted",
    );
}

#[test]
fn walking_away_from_an_office_is_resigning_it() {
    let d = Some("2016-06-27");
    check(
        "Exodus\n\nJane Hale walked away from the shadow cabinet on Sunday. Tom Reed walked away from the talks.",
        d,
        "resign Jane Hale from=- to=- date=2016-06-26 asserted",
    );
}

#[test]
fn a_stand_down_with_an_agent_is_a_dismissal() {
    check(
        "Sacked\n\nJane Hale was stood down by Tom Reed on Monday. Ian Moss will stand down by the end of the year.",
        Some("2020-07-10"),
        "dismiss Jane Hale from=- to=- date=2020-07-06 asserted
         resign Ian Moss from=- to=- date=2020 expected",
    );
}

#[test]
fn pushed_out_of_talks_is_no_dismissal() {
    check(
        "Talks\n\nTom Reed was pushed out of the talks in February. Ian Moss was forced out of his job as chief whip.",
        Some("1998-03-22"),
        "dismiss Ian Moss from=- to=- date=- asserted",
    );
}

#[test]
fn a_departure_counted_among_others_is_a_resignation() {
    check_bodies(
        Some("2016-06-27"),
        &[
            (
                "Ann Cole became the third minister to walk away.",
                "resign Ann Cole from=- to=- date=- asserted",
            ),
            (
                "Ann Cole is the only minister to go.",
                "resign Ann Cole from=- to=- date=- asserted",
            ),
            // (and the count is no appointment: "became the eighth" names no office taken)
            (
                "Tom Reed then became the eighth to walk out, followed by Jane Hale.",
                "resign Tom Reed from=- to=- date=- asserted
                 resign Jane Hale from=- to=- date=- asserted",
            ),
            // (going somewhere is not going)
            ("Tom Reed became the first MP to go to prison.", ""),
            ("Ann Cole was the last to go on holiday.", ""),
        ],
    );
}

#[test]
fn a_time_between_auxiliary_and_participle_keeps_the_passive() {
    let d = Some("2012-05-10");
    check(
        "Reshuffle\n\nTom Ashby was yesterday appointed health secretary.",
        d,
        "appoint Tom Ashby from=- to=- date=2012-05-09 asserted",
    );
    check(
        "Council\n\nTom Ashby was today elected leader of the council.",
        d,
        "elect Tom Ashby from=- to=- date=2012-05-10 asserted",
    );
}

#[test]
fn a_conjunct_after_but_with_no_subject_shares_the_first_ones() {
    check(
        "Career\n\nTom Ashby was appointed a junior minister in 1967 but was sacked two years later.",
        Some("2012-05-10"),
        "appoint Tom Ashby from=- to=- date=1967 asserted
         dismiss Tom Ashby from=- to=- date=1969 asserted",
    );
    // a "but" with its own subject is a new clause
    check(
        "Career\n\nTom Ashby was appointed a junior minister in 1967 but he said nothing.",
        Some("2012-05-10"),
        "appoint Tom Ashby from=- to=- date=1967 asserted",
    );
}

#[test]
fn standing_aside_from_anything_but_a_post_or_a_race_is_no_resignation() {
    check_bodies(
        Some("2000-04-04"),
        &[
            (
                "Peter Lomax said: \"I entirely stood aside from this.\"",
                "",
            ),
            (
                "Ann Cole stepped down from frontline politics.",
                "resign Ann Cole from=- to=- date=- asserted",
            ),
            (
                "Ann Cole stepped down from her role as chair.",
                "resign Ann Cole from=- to=- date=- asserted",
            ),
            (
                "Ann Cole stood aside from the leadership race.",
                "stand Ann Cole from=- to=- date=- denied",
            ),
        ],
    );
}

#[test]
fn assuming_the_role_of_an_office_is_taking_it() {
    check_bodies(
        Some("2020-04-07"),
        &[
            (
                "Ann Cole assumed the role of chief whip on Monday.",
                "appoint Ann Cole from=- to=- date=2020-04-06 asserted",
            ),
            ("Ann Cole assumed the role of peacemaker.", ""),
        ],
    );
}

#[test]
fn stepping_into_a_role_taking_over_a_leadership_and_being_lined_up_for_an_office() {
    check_bodies(
        Some("2012-09-04"),
        &[
            (
                "Finance chief Helen Marwick will step into the role, the leader confirmed.",
                "appoint Helen Marwick from=- to=- date=- expected",
            ),
            (
                "Peter Lomax took over the leadership last month after a vote.",
                "appoint Peter Lomax from=- to=- date=2012-08 asserted",
            ),
            (
                "Peter Lomax is being lined up as the party's new chief whip.",
                "appoint Peter Lomax from=- to=- date=- rumoured",
            ),
            (
                "Labour moved quickly, naming Helen Marwick as its new chief whip.",
                "appoint Helen Marwick from=- to=- date=- asserted",
            ),
        ],
    );
}

#[test]
fn returned_to_a_legislature_is_elected_to_it() {
    check_bodies(
        Some("2009-06-10"),
        &[
            (
                "Ann Cole was returned to Holyrood in 2016.",
                "elect Ann Cole from=- to=- date=2016 asserted",
            ),
            ("Ann Cole returned to the council chamber after lunch.", ""),
        ],
    );
}

#[test]
fn named_as_someone_s_replacement_or_successor_is_an_appointment() {
    check_bodies(
        Some("2018-02-12"),
        &[
            (
                "A spokesman said Tom Reed had been named as her replacement.",
                "appoint Tom Reed from=- to=- date=- asserted",
            ),
            (
                "Ann Cole was chosen as his successor on Monday.",
                "appoint Ann Cole from=- to=- date=2018-02-12 asserted",
            ),
        ],
    );
}

#[test]
fn a_title_case_headline_s_verb_is_no_part_of_the_name_before_it() {
    check(
        "Tom Reed Re-Elected Labour Leader\n\nThe result was announced at the conference.",
        Some("2016-09-24"),
        "reelect Tom Reed from=- to=Labour Party date=2016-09-24 asserted",
    );
    check(
        "Ann Cole Ousted As Council Leader\n\nThe vote was close.",
        Some("2016-09-24"),
        "dismiss Ann Cole from=- to=- date=2016-09-24 asserted",
    );
}

#[test]
fn an_office_taken_up_voted_into_or_put_in_charge_of_is_an_appointment_or_election() {
    check_bodies(
        Some("2022-09-07"),
        &[
            (
                "Alan Pike took office as mayor on Monday.",
                "appoint Alan Pike from=- to=- date=2022-09-05 asserted",
            ),
            (
                "Alan Pike was voted in as mayor in May.",
                "elect Alan Pike from=- to=- date=2022-05 asserted",
            ),
            (
                "Alan Pike was put in charge of the Home Office in 2019.",
                "appoint Alan Pike from=- to=- date=2019 asserted",
            ),
            // taking on a rival is a contest, no office
            (
                "Alan Pike will take on the Conservative group leader, Jane Ross, in May.",
                "",
            ),
        ],
    );
}

#[test]
fn a_second_office_with_its_own_time_after_and_is_a_second_appointment() {
    check_bodies(
        Some("2022-09-07"),
        &[
            (
                "Alan Pike was appointed chief whip in 2015 and housing minister in 2018.",
                "appoint Alan Pike from=- to=- date=2015 asserted
                 appoint Alan Pike from=- to=- date=2018 asserted",
            ),
            // (a verb of its own is its own change)
            (
                "Alan Pike was appointed chief whip in 2015 and sacked in 2018.",
                "appoint Alan Pike from=- to=- date=2015 asserted
                 dismiss Alan Pike from=- to=- date=2018 asserted",
            ),
        ],
    );
}

#[test]
fn whom_someone_is_replaced_with_takes_the_office_or_the_candidacy() {
    check_bodies(
        Some("2022-09-07"),
        &[
            (
                "Tom Hale sacked Alan Pike as chief whip and replaced him with Jane Ross.",
                "dismiss Alan Pike from=- to=- date=- asserted
                 appoint Jane Ross from=- to=- date=- asserted",
            ),
            (
                "Alan Pike lost his job as chief whip to Jane Ross.",
                "dismiss Alan Pike from=- to=- date=- asserted
                 appoint Jane Ross from=- to=- date=- asserted",
            ),
            (
                "The Green candidate, Alan Pike, withdrew last month. The party replaced him with \
                 Jane Ross.",
                "stand Alan Pike from=- to=Green Party date=2022-08 denied
                 select Jane Ross from=- to=Green Party date=- asserted",
            ),
        ],
    );
}
