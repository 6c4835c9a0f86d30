//! Which words report which change, and which senses of them do not.

use super::*;

#[test]
fn every_event_type_from_plain_news_sentences() {
    let d = Some("2012-03-07"); // a Wednesday
    let cases: &[(&str, &str)] = &[
        (
            "Tory MP Jane Hollis has crossed the floor to Labour.",
            "defect Jane Hollis from=Conservative Party to=Labour Party date=2012-03-07 asserted",
        ),
        (
            "Councillor Mark Tovey joined UKIP on Monday.",
            "join Mark Tovey from=- to=UK Independence Party date=2012-03-05 asserted",
        ),
        (
            "Peter Ansell quit the Liberal Democrats last night.",
            "leave Peter Ansell from=Liberal Democrats to=- date=2012-03-06 asserted",
        ),
        (
            "Robert Vane launched a new party called Forward Britain yesterday.",
            "found Robert Vane from=- to=Forward Britain date=2012-03-06 asserted",
        ),
        (
            "Labour expelled councillor Ann Price on Tuesday.",
            "expel Ann Price from=Labour Party to=- date=2012-03-06 asserted",
        ),
        (
            "The Conservative whip was restored to Tom Reade on Monday.",
            "readmit Tom Reade from=- to=Conservative Party date=2012-03-05 asserted",
        ),
        (
            "Sally Dean was elected MP for Wantage in 2005.",
            "elect Sally Dean from=- to=- date=2005 asserted",
        ),
        (
            "Sally Dean was re-elected at the 2010 general election.",
            "reelect Sally Dean from=- to=- date=2010-05-06 asserted",
        ),
        (
            "Lib Dem Owen Price lost his seat in 2015.",
            "defeat Owen Price from=- to=- date=2015 asserted",
        ),
        (
            "Joan Marsh will contest Erewash for Veritas.",
            "stand Joan Marsh from=- to=Veritas date=- expected",
        ),
        (
            "Labour selected Priya Shah as its candidate for Leyton on Saturday.",
            "select Priya Shah from=- to=Labour Party date=2012-03-03 asserted",
        ),
        (
            "Local Tories refused to readopt Colin Hart.",
            "deselect Colin Hart from=Conservative Party to=- date=- asserted",
        ),
        (
            "Harriet Cole has been appointed children's minister.",
            "appoint Harriet Cole from=- to=- date=2012-03-07 asserted",
        ),
        (
            "Home Secretary Ian Moss resigned on Wednesday.",
            "resign Ian Moss from=- to=- date=2012-03-07 asserted",
        ),
        (
            "The prime minister sacked his deputy chairman, Roger Lamb, this morning.",
            "dismiss Roger Lamb from=- to=- date=2012-03-07 asserted",
        ),
    ];
    for (text, want) in cases {
        let got = render(text, d);
        assert_eq!(got.trim_end(), *want, "on {text:?}");
    }
}

#[test]
fn extraction_never_panics_on_odd_text() {
    for text in [
        "",
        "\n\n\n",
        "date 2019-02-12",
        "’’’ — … ",
        "Mr",
        "Mr.",
        "MPs ,,, and",
        "\u{FFFD}\u{0}x",
        "A\u{301}",
        "(((((",
        "Labour's's",
    ] {
        let _ = extract(text, None);
    }
}

/// Pieces of political news, times and wide characters, joined at random into articles: no
/// arrangement of them may panic extraction (one once did, cutting a wide dash after a time).
#[test]
fn extraction_never_panics_on_random_news_pieces() {
    const PIECES: &[&str] = &[
        "Tom Reed",
        "Ann Cole",
        "Mr Reed",
        "she",
        "he",
        "the former minister",
        "Labour",
        "the Conservatives",
        "the Lib Dems",
        "UKIP",
        "joined",
        "quit",
        "has defected to",
        "resigned as",
        "was elected",
        "was sacked",
        "will stand for",
        "denied",
        "is expected to",
        "in October",
        "that year",
        "That October",
        "on Monday",
        "last month",
        "in 1997",
        "yesterday's by-election",
        "when",
        "after",
        "and",
        "but",
        ",",
        ".",
        ";",
        ":",
        "—",
        "–",
        "’",
        "“",
        "”",
        "\"",
        "(",
        ")",
        "é",
        "ß",
        "\u{1F600}",
        "MP",
        "councillor",
        "leader",
        "the whip",
        "party",
        "\n\n",
        "\n",
        "1,204",
        "votes",
    ];
    let mut st = 0x2545_f491_4f6c_dd1du64;
    let mut next = || {
        st ^= st << 13;
        st ^= st >> 7;
        st ^= st << 17;
        st
    };
    for _ in 0..1000 {
        let len = (next() % 40) as usize;
        let mut s = String::from("Headline\n\n");
        for _ in 0..len {
            s.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
            if next() & 3 != 0 {
                s.push(' ');
            }
        }
        let _ = extract(&s, Some("2015-08-21"));
    }
}

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

/// Frames read from the parse (`grammar`): the winner is the subject, the loser the object.

#[test]
fn a_resignation_letter_is_no_second_resignation() {
    check(
        "Headline\n\nIn her resignation letter, Ann Cole attacked the leader.",
        Some("2018-07-10"),
        "",
    );
}

#[test]
fn issue_9_constructions() {
    let d = Some("2015-03-12"); // a Thursday
    let cases: &[(&str, &str)] = &[
        // a subject pronoun goes to the subject before it, not the prepositional object
        (
            "Tom Rourke lost the ballot to Alan Dennison. He retired in 1997.",
            "defeat Tom Rourke from=- to=- date=- asserted\nelect Alan Dennison from=- to=- date=- asserted\nresign Tom Rourke from=- to=- date=1997 asserted",
        ),
        // a name in the subject's apposition does not leave
        (
            "Mary Tate, an opponent of leader Ben Hale, left Labour on Monday.",
            "leave Mary Tate from=Labour Party to=- date=2015-03-09 asserted",
        ),
        // a party as subject loses a member to another party
        (
            "The Conservatives lost their only councillor, Jim Wade, to the Greens.",
            "defect Jim Wade from=Conservative Party to=Green Party date=- asserted",
        ),
        // quitting one party and joining another in one sentence is one defection
        (
            "Lara Finch quit the Conservatives and defected to UKIP.",
            "defect Lara Finch from=Conservative Party to=UK Independence Party date=- asserted",
        ),
        // a demonym is no part of the name
        ("Canadian Mark Dobbs was elected to the council.", "elect Mark Dobbs from=- to=- date=- asserted"),
        // a school is not a person
        ("Pupils at Dennis Boys' High School staged a protest.", ""),
        // laughing off a suggestion denies it; not confirming leaves it a rumour
        (
            "Peter Mole laughed off suggestions that he would defect to UKIP.",
            "defect Peter Mole from=- to=UK Independence Party date=- denied",
        ),
        (
            "Peter Mole would not confirm that he would defect to UKIP.",
            "defect Peter Mole from=- to=UK Independence Party date=- rumoured",
        ),
        // the time of "the decision" in the next sentence dates the event
        (
            "Ann Cole resigned as minister. The decision was taken on Tuesday evening.",
            "resign Ann Cole from=- to=- date=2015-03-10 asserted",
        ),
        // a group of unnamed councillors gives no event for the named source
        ("The meeting came as Tory councillors weighed up defecting, according to Ann Lowe.", ""),
    ];
    for (text, want) in cases {
        let got = render(&format!("Headline\n\n{text}"), d);
        let want: String = want.lines().map(|l| format!("{l}\n")).collect();
        assert_eq!(got, want, "on {text:?}");
    }
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

#[test]
fn nominalisations_light_verbs_and_passives_of_the_issue() {
    let d = Some("2014-03-05");
    for (text, kind, who) in [
        (
            "The suspension of Tom Reed was confirmed by the party on Monday.",
            "expel",
            "Tom Reed",
        ),
        (
            "Ann Cole celebrated her return to the Labour Party.",
            "readmit",
            "Ann Cole",
        ),
        (
            "Ian Moss mounted a leadership challenge against the Labour leader.",
            "stand",
            "Ian Moss",
        ),
        (
            "Sara Owen was struck off the approved list of candidates.",
            "deselect",
            "Sara Owen",
        ),
        (
            "The Reform Party was founded by Nigel Hart in 2010.",
            "found",
            "Nigel Hart",
        ),
        (
            "Kate Lowe shaking hands with chairman Ed Finch after her switch.",
            "defect",
            "Kate Lowe",
        ),
        (
            "A day after launching his party, Jack Moore appeared on television.",
            "found",
            "Jack Moore",
        ),
    ] {
        let out = extract(&format!("News\n\n{text}"), d);
        let evs: Vec<_> = out
            .events
            .iter()
            .map(|e| (e.kind.as_str(), e.person.as_str(), e.modality.as_str()))
            .collect();
        assert!(
            evs.iter()
                .any(|&(k, p, m)| k == kind && p == who && m == "asserted"),
            "{text}: {evs:?}"
        );
        // the chairman beside a caption's subject, or the party's officer, does nothing here
        assert!(evs.iter().all(|&(_, p, _)| p == who), "{text}: {evs:?}");
    }
}

#[test]
fn talks_weighing_up_facing_and_not_ruling_out_are_no_facts() {
    let d = Some("2014-03-05");
    for text in [
        "Tom Reed is in talks to join UKIP.",
        "Tom Reed refused to rule out defecting to UKIP.",
        "Tom Reed is weighing up a switch to UKIP.",
        "Tom Reed faces being suspended from the party.",
    ] {
        let out = extract(&format!("News\n\n{text}"), d);
        assert!(!out.events.is_empty(), "{text}");
        assert!(
            out.events.iter().all(|e| e.modality.as_str() == "rumoured"),
            "{text}: {:?}",
            out.events
        );
    }
}

#[test]
fn a_threat_or_an_application_is_not_yet_a_change() {
    check(
        "News\n\nTom Reed has threatened to quit the Labour Party.",
        Some("2014-03-05"),
        "leave Tom Reed from=Labour Party to=- date=- hypothetical",
    );
    check(
        "News\n\nTom Reed has applied to rejoin the Labour Party.",
        Some("2014-03-05"),
        "join Tom Reed from=- to=Labour Party date=- expected",
    );
}

#[test]
fn an_offer_turned_down_is_no_appointment() {
    check(
        "News\n\nTom Reed was offered the post of chancellor but turned it down.",
        Some("2014-03-05"),
        "appoint Tom Reed from=- to=- date=- denied",
    );
}

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
fn a_task_a_motion_or_a_call_is_no_change() {
    check_bodies(
        Some("2012-05-10"),
        &[
            ("Ann Cole joined calls for the minister to resign.", ""),
            ("Tom Reed was appointed to review the policy.", ""),
            (
                "Tom Reed was brought in to advise ministers on the economy.",
                "",
            ),
            ("Ann Cole won the argument but lost the vote.", ""),
            // (a vote lost to a rival, or in a contest the sentence names, is a defeat)
            (
                "Ann Cole lost the vote to Tom Reed.",
                "defeat Ann Cole from=- to=- date=- asserted
                 elect Tom Reed from=- to=- date=- asserted",
            ),
            (
                "Ann Cole stood for the leadership but lost the vote.",
                "defeat Ann Cole from=- to=- date=- asserted",
            ),
            (
                "Tom Reed was appointed to the cabinet in 2010.",
                "appoint Tom Reed from=- to=- date=2010 asserted",
            ),
        ],
    );
}

#[test]
fn quit_following_is_a_preposition_not_a_habit() {
    check_bodies(
        Some("1998-12-23"),
        &[
            (
                "Geoffrey Hale quit following Ann Cole's resignation.",
                "resign Geoffrey Hale from=- to=- date=- asserted
                 resign Ann Cole from=- to=- date=- asserted",
            ),
            ("Geoffrey Hale quit smoking in 2010.", ""),
        ],
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
fn idioms_of_a_change_refused_weighed_or_threatened() {
    let d = Some("2012-05-10");
    check(
        "Race\n\nTom Ashby has ruled himself out of the race.",
        d,
        "stand Tom Ashby from=- to=- date=- denied",
    );
    check(
        "Cabinet\n\nOttilie Benbow is understood to be considering her position.",
        d,
        "resign Ottilie Benbow from=- to=- date=- rumoured",
    );
    check(
        "Cabinet\n\nTom Ingleby is understood to be facing the sack.",
        d,
        "dismiss Tom Ingleby from=- to=- date=- rumoured",
    );
    check(
        "Cabinet\n\nAnn Cole is already being tipped for the cabinet.",
        d,
        "appoint Ann Cole from=- to=- date=- rumoured",
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
fn idioms_of_lost_jobs_torn_up_cards_refused_readoptions_and_failed_shortlists() {
    check_bodies(
        Some("2013-05-12"),
        &[
            (
                "The local party voted not to readopt Gideon Varley.",
                "deselect Gideon Varley from=- to=- date=- asserted",
            ),
            (
                "Gideon Varley lost his job in the reshuffle.",
                "dismiss Gideon Varley from=- to=- date=- asserted",
            ),
            (
                "A member for fifteen years, Nadia Pellow tore up her card in 2003.",
                "leave Nadia Pellow from=- to=- date=2003 asserted",
            ),
            (
                "Nadia Pellow failed to make the final two.",
                "deselect Nadia Pellow from=- to=- date=- asserted",
            ),
            (
                "Gideon Varley is on the brink of jumping ship to UKIP.",
                "defect Gideon Varley from=- to=UK Independence Party date=- rumoured",
            ),
        ],
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
fn found_as_the_past_of_find_founds_nothing() {
    check_bodies(
        Some("2016-05-07"),
        &[
            (
                "In July 2008 Tom Hale joined the Liberal Democrats, explaining that he had finally found a party that argues with itself.",
                "join Tom Hale from=- to=Liberal Democrats date=2008-07 asserted",
            ),
            ("Tom Hale found a new home in the Liberal Democrats.", ""),
            // (to found a party is still founding one)
            (
                "Tom Hale will found a new party next month.",
                "found Tom Hale from=- to=- date=2016-06 expected",
            ),
        ],
    );
}

#[test]
fn a_change_kept_up_as_a_habit_is_no_change() {
    check_bodies(
        Some("2021-03-17"),
        &[
            ("Ann Cole is the councillor who keeps changing sides.", ""),
            (
                "Tom Reed kept defecting. He joined the Greens in 2019.",
                "join Tom Reed from=- to=Green Party date=2019 asserted",
            ),
        ],
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
