//! Who a pronoun, a description or a quotation's "he" means.

use super::*;

#[test]
fn facts_from_modifiers_and_appositions() {
    let out = extract(
        "Headline\n\nFormer Labour MP Ann Lowe met Tory councillor Bob Hale and Ian Moss, the Liberal Democrat MP for Wantage. Ex-Home Secretary Jo Pike agreed. Anne Robinson, a friend of the Tory leader, laughed.",
        Some("2012-03-07"),
    );
    let facts: Vec<String> = out
        .facts
        .iter()
        .map(|f| {
            format!(
                "{} {} {} {} {}",
                f.kind,
                f.person,
                f.role.as_deref().or(f.org.as_deref()).unwrap_or("-"),
                f.post.as_deref().unwrap_or("-"),
                f.status
            )
        })
        .collect();
    for want in [
        "member Ann Lowe Labour Party - former",
        "holds Ann Lowe MP - former",
        "member Bob Hale Conservative Party - current",
        "holds Bob Hale councillor - current",
        "member Ian Moss Liberal Democrats - current",
        "holds Ian Moss MP Wantage current",
        "holds Jo Pike home secretary - former",
    ] {
        assert!(
            facts.iter().any(|f| f == want),
            "missing {want:?} in {facts:#?}"
        );
    }
    // "a friend of the Tory leader" says nothing of Anne Robinson's own party
    assert!(
        !facts.iter().any(|f| f.contains("Anne Robinson")),
        "{facts:#?}"
    );
}

#[test]
fn a_possessive_pronoun_is_bound_by_its_clause_subject() {
    // "his" is the subject's (Hale), not the nearer name's (Reid).
    check(
        "Headline\n\nDan Hale quit the cabinet on Monday. He told the reporter Tom Reid his resignation had been coming for months.",
        Some("2018-07-10"),
        "resign Dan Hale from=- to=- date=2018-07-09 asserted",
    );
}

#[test]
fn the_first_person_in_a_quote_is_its_speaker() {
    let d = Some("2015-03-12");
    let cases: &[(&str, &str)] = &[
        (
            "\"I have decided to stand down as leader,\" said Ann Cole.",
            "resign Ann Cole from=- to=- date=- expected",
        ),
        (
            "\"Today I am leaving the Labour Party,\" Dan Hill told reporters.",
            "leave Dan Hill from=Labour Party to=- date=2015-03-12 asserted",
        ),
        // "quit the party": a party not named here is still a party
        (
            "Mr Hill, 54, quit the party after 30 years.",
            "leave Hill from=- to=- date=- asserted",
        ),
    ];
    for (text, want) in cases {
        let got = render(&format!("Headline\n\n{text}"), d);
        assert_eq!(got, format!("{want}\n"), "on {text:?}");
    }
}

#[test]
fn a_name_apposed_to_a_prepositional_object_is_not_the_subject() {
    check(
        "Talks\n\nTory MP Ann Cole had held two meetings with the Prime Minister, Tom Reed, about defecting.",
        Some("2014-03-05"),
        "defect Ann Cole from=Conservative Party to=- date=- rumoured",
    );
}

#[test]
fn a_time_in_an_after_clause_or_an_apposition_is_not_the_events() {
    let d = Some("2017-11-02");
    check(
        "Defence\n\nGail Ross was today named as the new defence secretary after Tom Reed quit the government last night.",
        d,
        "appoint Gail Ross from=- to=- date=2017-11-02 asserted\nresign Tom Reed from=- to=- date=2017-11-01 asserted",
    );
    check(
        "Whips\n\nHe has been replaced as chief whip by Ian Moss, another 2010 intake MP.",
        d,
        "appoint Ian Moss from=- to=- date=2017-11-02 asserted",
    );
}

#[test]
fn a_drop_capital_first_name_is_still_a_name_and_quoted_as_printed() {
    let text = "Leader\n\nWILLIAM Hale became the youngest Tory leader for 200 years yesterday.";
    let out = extract(text, Some("1997-06-20"));
    let ev = out
        .events
        .iter()
        .find(|e| e.person == "William Hale")
        .expect("elect");
    assert_eq!(ev.kind.as_str(), "elect");
    assert!(ev.evidence.text.starts_with("WILLIAM Hale became"));
    let p = out
        .entities
        .iter()
        .find(|e| e.name == "William Hale")
        .unwrap();
    assert_eq!(p.mentions[0].text, "WILLIAM Hale");
    // an acronym opening a paragraph is left alone
    assert!(floorcross_mention::undo_drop_caps("BBC Radio said so.").is_none());
}

#[test]
fn descriptions_and_parenthesised_lists_name_the_subject() {
    check(
        "Defection\n\nLabour councillor Gail Ross spoke at the meeting. The 50-year-old councillor has defected to the Greens.",
        Some("2014-03-05"),
        "defect Gail Ross from=Labour Party to=Green Party date=2014-03-05 asserted",
    );
    check(
        "Defection\n\nBoth defectors – Ian Hale and Sara Owen – have joined Reform UK.",
        Some("2014-03-05"),
        "join Ian Hale from=- to=Reform UK date=2014-03-05 asserted\njoin Sara Owen from=- to=Reform UK date=2014-03-05 asserted",
    );
}

#[test]
fn a_pronoun_prefers_the_subject_over_a_later_object_or_office() {
    let d = Some("2015-03-12");
    // the last name is the object of an infinitive
    check(
        "Headline\n\nAt the hustings Ray Dunmore praised the prime minister and attacked \
         those who wanted to topple Gordon Bright. He resigned as chief whip on Monday.",
        d,
        "resign Ray Dunmore from=- to=- date=2015-03-09 asserted",
    );
    // a definite office inside a prepositional phrase ("talks with the Prime Minister")
    check(
        "Headline\n\nGordon Bright is Prime Minister. Colin Pask had lunch with the Prime \
         Minister. He was sacked from the front bench on Monday.",
        d,
        "dismiss Colin Pask from=- to=- date=2015-03-09 asserted",
    );
    // a description opening the sentence before is its subject ("The MP" is Dan Reeve), and
    // a name after "alongside" is a prepositional object
    check(
        "Headline\n\nConservative MP Dan Reeve has defected to Reform UK. The MP, who was first \
         elected in 2005, announced the move alongside party leader Nigel Farr. He said he would \
         resign his seat.",
        d,
        "defect Dan Reeve from=Conservative Party to=Reform UK date=2015-03-12 asserted
         elect Dan Reeve from=- to=Conservative Party date=2005 asserted
         resign Dan Reeve from=- to=- date=- expected",
    );
    // the person the sentence before refers to by a pronoun goes on being the topic; and an
    // object pronoun is never its own clause's subject
    check(
        "Headline\n\nIn 2007 Quentin Palk crossed the floor to Labour. Gordon Bright later made \
         him a minister for defence equipment. He stood down at the 2010 election.",
        d,
        "defect Quentin Palk from=- to=Labour Party date=2007 asserted
         appoint Quentin Palk from=- to=- date=- asserted
         resign Quentin Palk from=- to=- date=2010 asserted",
    );
}

/// "His resignation" after a sentence that gave a resignation its person is that person's,
/// even when the sentence's subject is someone else.

#[test]
fn a_possessive_on_a_change_noun_takes_the_person_that_noun_had_before() {
    check(
        "Headline\n\nThe Attorney General Lord Lane will receive a letter of resignation from \
         Mr Moss on Monday. His resignation is expected to be followed by two others.",
        Some("2015-03-12"),
        "resign Moss from=- to=- date=- expected",
    );
}

/// The time of a main clause stays out of a clause opened by "despite" (or "although",
/// "because"), and "with a majority of…" is part of the winning clause, not a new one.

#[test]
fn what_is_told_or_asked_belongs_to_the_teller_or_is_no_event() {
    check(
        "Headline\n\nFrank Gale resigned as chief whip on Thursday. He told the BBC's deputy \
         political editor John Pike his resignation was a cry of despair.",
        Some("2015-03-12"),
        "resign Frank Gale from=- to=- date=2015-03-12 asserted",
    );
    check(
        "Headline\n\nJim Purl quit the cabinet on Thursday, asking Gordon Bright to stand \
         aside.",
        Some("2015-03-12"),
        "resign Jim Purl from=- to=- date=2015-03-12 asserted",
    );
}

/// Those who "followed suit", or who come after ", followed by", made the move told before.

#[test]
fn a_description_in_apposition_stands_for_its_name() {
    check(
        "Headline\n\nMr Bright was joined at the launch by John Press and Alan Milb, the man \
         controversially put in charge of election planning by Mr Blake.",
        Some("2015-03-12"),
        "appoint Alan Milb from=- to=- date=- asserted",
    );
}

/// Being drafted in to help a campaign is no appointment; being brought back as an office
/// holder, or brought in to run something, is.

#[test]
fn a_subject_pronoun_anywhere_in_the_sentence_before_continues_the_chain() {
    check(
        "Defector\n\nTory MP Tom Reed has joined Labour. It emerged yesterday that he had held talks with the Prime Minister, Ian Moss, for weeks. The first came soon after he was sacked from the front bench.",
        Some("1999-12-19"),
        "defect Tom Reed from=Conservative Party to=Labour Party date=1999-12-19 asserted
         dismiss Tom Reed from=- to=- date=- asserted",
    );
}

#[test]
fn he_inside_a_quotation_is_never_its_speaker() {
    let d = Some("2018-12-04");
    check(
        "Quits\n\nNigel Farage has quit UKIP over its direction under leader Tom Reed. Reed said: \"However, I feel that he left UKIP in spirit years ago.\"",
        d,
        "leave Nigel Farage from=UK Independence Party to=- date=2018-12-04 asserted",
    );
    // the quotation goes on in a paragraph of its own
    check(
        "Quits\n\nNigel Farage has quit UKIP over its direction under leader Tom Reed.\n\n\"I have always given him credit for his work,\" Reed wrote.\n\n\"However, I feel that he left UKIP in spirit years ago.\"",
        d,
        "leave Nigel Farage from=UK Independence Party to=- date=2018-12-04 asserted",
    );
}

#[test]
fn an_unlisted_party_named_in_apposition_is_the_party_founded() {
    let d = Some("2016-10-25");
    check(
        "Launch\n\nJane Hale launched a new party, Forward Wessex.",
        d,
        "found Jane Hale from=- to=Forward Wessex date=- asserted",
    );
    check(
        "Split\n\nIan Moss set up a breakaway group called Alliance for Unity.",
        d,
        "found Ian Moss from=- to=Alliance for Unity date=- asserted",
    );
    check(
        "Launch\n\nTom Reed launched a new party, with Jane Hale.",
        d,
        "found Tom Reed from=- to=- date=- asserted",
    );
    // a name with "of" in it, after "called"
    check(
        "Launch\n\nAnn Cole has formed a new party called Voice of Kent.",
        d,
        "found Ann Cole from=- to=Voice of Kent date=2016-10-25 asserted",
    );
    // the passive subject of a founding verb: capitalised words before "party"
    check(
        "Launch\n\nThe Bexley Independents party was founded by Ann Cole in 2019.",
        d,
        "found Ann Cole from=- to=Bexley Independents date=2019 asserted",
    );
    // (one capitalised word before "party" may be an adjective: no name)
    check(
        "Launch\n\nThe Scottish party was founded by Ann Cole in 2019.",
        d,
        "found Ann Cole from=- to=- date=2019 asserted",
    );
}

#[test]
fn a_first_person_piece_s_i_is_its_author() {
    let d = Some("2018-03-14");
    // the headline names the author after "by"
    check(
        "Why I am leaving Labour, by Dan Reeve\n\nI joined the Labour Party in 1985. Last week I resigned as a minister.",
        d,
        "leave Dan Reeve from=Labour Party to=- date=2018-03-14 asserted\n\
         join Dan Reeve from=- to=Labour Party date=1985 asserted\n\
         resign Dan Reeve from=- to=- date=2018-03 asserted",
    );
    // ... or before a colon
    check(
        "Dan Reeve: why I quit\n\nToday I am resigning my membership of the Conservative Party.",
        d,
        // (a change in progress today is the day's act)
        "leave Dan Reeve from=Conservative Party to=- date=2018-03-14 asserted",
    );
    // ... or in a byline
    check(
        "Comment\n\nBy Dan Reeve\n\nI was elected as the MP for Hull North in 2010.",
        d,
        "elect Dan Reeve from=- to=- date=2010 asserted",
    );
    // a story with no author: "I" outside quotation marks is nobody we know
    check(
        "Reeve speaks\n\nDan Reeve spoke at the rally. I was elected in 2010.",
        d,
        "",
    );
}

#[test]
fn a_headline_s_bare_quitting_is_the_body_s_leaving_but_not_an_old_one() {
    let d = Some("2018-03-14");
    check(
        "Dan Reeve quits\n\nDan Reeve, who left Labour in 2010, has resigned as a minister.",
        d,
        "leave Dan Reeve from=Labour Party to=- date=2010 asserted\n\
         resign Dan Reeve from=- to=- date=2018-03-14 asserted",
    );
}

#[test]
fn the_pair_or_the_two_stand_for_the_two_named_before() {
    check_bodies(
        Some("2018-03-14"),
        &[
            (
                "Ann Cole met Paul Tandy. The pair have defected to Labour.",
                "defect Ann Cole from=- to=Labour Party date=2018-03-14 asserted\n\
                 defect Paul Tandy from=- to=Labour Party date=2018-03-14 asserted",
            ),
            // three named before: "the two" is not them
            (
                "Ann Cole met Paul Tandy and Tom Hale. The two MPs later quit the party.",
                "",
            ),
        ],
    );
}

#[test]
fn a_description_by_seat_or_former_office_names_whom_the_story_ties_to_it() {
    // the seat's MP, named so earlier, not the latest subject
    check(
        "MP suspended\n\nBexley MP Tom Rourke was criticised. Ann Cole said she was angry. The Bexley MP was suspended from Labour last month.",
        Some("2020-11-18"),
        "expel Tom Rourke from=Labour Party to=- date=2020-10 asserted",
    );
    // a former office the story gives nobody names nobody
    check(
        "MP defects\n\nTom Rourke has defected to Labour. The former minister was elected in 2005.",
        Some("2012-05-10"),
        "defect Tom Rourke from=- to=Labour Party date=2012-05-10 asserted",
    );
    // one it gives somebody names them
    check(
        "New party\n\nAnn Cole praised former chancellor Tom Rourke. Ann Cole spoke. The former chancellor was elected in 2005.",
        Some("2012-05-10"),
        "elect Tom Rourke from=- to=- date=2005 asserted",
    );
}

#[test]
fn an_indefinite_counted_subject_is_the_person_the_next_sentence_names() {
    check(
        "Councillor defects\n\nA Conservative councillor in Bexley has become the second in a week to defect to Reform UK. Cllr Mark Denby, who represents Northend ward, announced his decision on Monday evening.",
        Some("2024-03-13"),
        "defect Mark Denby from=Conservative Party to=Reform UK date=2024-03-11 asserted",
    );
    // with no name next, nobody
    check(
        "Councillor defects\n\nA Conservative councillor has become the second to defect to Reform UK. The party welcomed the news.",
        Some("2024-03-13"),
        "",
    );
}

#[test]
fn an_age_standing_for_a_person_is_the_person_the_story_is_about() {
    check(
        "Defection\n\nTom Hale has joined Reform UK. The 50-year-old was sacked as a minister in 2019.",
        Some("2023-05-05"),
        "join Tom Hale from=- to=Reform UK date=2023-05-05 asserted\n\
         dismiss Tom Hale from=- to=- date=2019 asserted",
    );
}

#[test]
fn a_seat_description_the_story_ties_to_nobody_is_nobody() {
    check(
        "Whip\n\nAnn Cole has blocked the return of the whip. The Sandmere North MP was suspended from Labour last month.",
        Some("2020-11-18"),
        "",
    );
    // (one the story ties to a name is that name)
    check(
        "Whip\n\nTom Reed, the MP for Sandmere North, is angry. The Sandmere North MP was suspended from Labour last month.",
        Some("2020-11-18"),
        "expel Tom Reed from=Labour Party to=- date=2020-10 asserted",
    );
}

#[test]
fn who_after_an_age_refers_to_the_name_before_it() {
    check(
        "Profile\n\nTom Reed, 54, who defected to Labour in 2019, is now standing for mayor.",
        Some("2020-05-10"),
        "defect Tom Reed from=- to=Labour Party date=2019 asserted
         stand Tom Reed from=- to=Labour Party date=2020-05-10 asserted",
    );
}

#[test]
fn a_party_description_standing_for_the_joiner_names_the_party_left() {
    check(
        "Switch\n\nTom Reed was elected in 2015. The Labour MP has now joined the Greens.",
        Some("2020-05-10"),
        "elect Tom Reed from=- to=- date=2015 asserted
         defect Tom Reed from=Labour Party to=Green Party date=2020-05-10 asserted",
    );
}

#[test]
fn a_long_chain_of_he_stays_with_its_person_past_a_name_after_a_preposition() {
    check(
        "Obituary\n\nPeter Hollis was elected Labour MP for Leeds North in 1964. He served as a \
         junior minister under Harold Wills. In 1981 he left Labour. He lost his seat in 1983. \
         He later joined the Liberal Democrats.",
        Some("2012-03-01"),
        "elect Peter Hollis from=- to=Labour Party date=1964 asserted
         leave Peter Hollis from=Labour Party to=- date=1981 asserted
         defeat Peter Hollis from=- to=- date=1983 asserted
         join Peter Hollis from=- to=Liberal Democrats date=- asserted",
    );
}

#[test]
fn a_definite_description_of_the_storys_person_is_read_as_a_pronoun() {
    let d = Some("2012-05-10");
    // as a subject, shared by a conjunct with no subject of its own
    check(
        "Profile\n\nAnn Okoro is a mother-of-three. The mother-of-three was first elected in 2005 and was re-elected in 2010.",
        d,
        "elect Ann Okoro from=- to=- date=2005 asserted
         reelect Ann Okoro from=- to=- date=2010 asserted",
    );
    // as the antecedent of "who"
    check(
        "Profile\n\nAnn Okoro spoke out on Monday. The 69-year-old, who was appointed a junior minister in 1995, said she was sad.",
        d,
        "appoint Ann Okoro from=- to=- date=1995 asserted",
    );
    // as a possessor
    check(
        "Switch\n\nTom Ashby spoke out. The 47-year-old's defection to the Conservatives was confirmed on Monday.",
        d,
        "defect Tom Ashby from=- to=Conservative Party date=2012-05-07 asserted",
    );
    // a relational noun describes someone else
    check(
        "Switch\n\nTom Ashby resigned as leader on Monday. The successor was appointed on Tuesday.",
        d,
        "resign Tom Ashby from=- to=- date=2012-05-07 asserted",
    );
}

#[test]
fn i_in_a_quote_tagged_with_a_pronoun_after_it_is_the_speaker_the_pronoun_finds() {
    check(
        "Interview\n\nEilidh Rourke does not do nostalgia, she insists.\n\n\"I joined the SNP when I was sixteen,\" she says.",
        Some("2011-06-20"),
        "join Eilidh Rourke from=- to=Scottish National Party date=- asserted",
    );
    // a pronoun tag before the quote is not read this way (its "he" may be anyone named)
    let out = extract(
        "Profile\n\nTom Ashby spoke about Harold Wilson. In 1968 he said: \"I am not going to resign.\"",
        Some("2011-06-20"),
    );
    assert!(
        out.events.iter().all(|e| e.person != "Harold Wilson"),
        "{:?}",
        out.events
    );
}

#[test]
fn i_in_a_quotation_that_goes_on_past_its_tag_is_still_the_speaker() {
    check(
        "Interview\n\nEilidh Rourke does not do nostalgia, she insists.\n\n\"I joined the SNP when I was sixteen,\" she says. \"I stood for Angus South in 1987 and lost. I stood again in 1992 and lost again.\"",
        Some("2011-06-20"),
        "join Eilidh Rourke from=- to=Scottish National Party date=- asserted
         stand Eilidh Rourke from=- to=- date=1987 asserted
         defeat Eilidh Rourke from=- to=- date=1987 asserted
         stand Eilidh Rourke from=- to=- date=1992 asserted
         defeat Eilidh Rourke from=- to=- date=1992 asserted",
    );
}

#[test]
fn a_pronoun_in_a_fronted_adjunct_is_bound_by_the_subject_after_the_comma() {
    check(
        "Profile\n\nNadia Pellow chaired the committee. After his resignation as minister in 1997, Gideon Varley left politics.",
        Some("2005-01-10"),
        "resign Gideon Varley from=- to=- date=1997 asserted",
    );
}

#[test]
fn one_of_a_coordinated_pair_is_no_antecedent_for_a_later_singular_pronoun() {
    check(
        "MEP quits\n\nMs Nadia Pellow spoke in Strasbourg on Tuesday. \
         Two councillors, Gideon Varley and Ms Rhian Moss, are understood to be wavering. \
         She was elected to the European Parliament in 2009.",
        Some("2013-06-04"),
        "elect Nadia Pellow from=- to=- date=2009 asserted",
    );
}

#[test]
fn what_a_persons_circle_says_he_will_do_is_that_persons() {
    check_bodies(
        Some("2013-02-11"),
        &[
            (
                "Piers Ockendon was sacked on Monday. Daniel Feltwell was promoted to the cabinet. He was elected only last year. Friends of Mr Ockendon said he was weighing whether to stand down.",
                "dismiss Piers Ockendon from=- to=- date=2013-02-11 asserted
                 appoint Daniel Feltwell from=- to=- date=- asserted
                 elect Daniel Feltwell from=- to=- date=2012 asserted
                 resign Piers Ockendon from=- to=- date=- hypothetical",
            ),
            (
                "Daniel Feltwell spoke first. Those close to Piers Ockendon believe he will quit the Tories.",
                "leave Piers Ockendon from=Conservative Party to=- date=- rumoured",
            ),
        ],
    );
}

#[test]
fn a_standfirst_that_hands_over_to_the_piece_names_its_author() {
    check(
        "Why I walked away\n\nCouncillor Edith Marlow quit Labour last year. Here she explains why.\n\nI joined the Liberal Democrats in 2009.",
        Some("2018-05-08"),
        "leave Edith Marlow from=Labour Party to=- date=2017 asserted
         join Edith Marlow from=- to=Liberal Democrats date=2009 asserted",
    );
}

#[test]
fn an_age_before_a_describing_noun_keeps_the_description() {
    check(
        "Profile\n\nSunita Kalsi also has reason to celebrate. The 58-year-old veteran becomes shadow transport secretary.",
        Some("2013-10-08"),
        "appoint Sunita Kalsi from=- to=- date=2013-10-08 asserted",
    );
}

#[test]
fn a_definite_description_opening_a_sentence_is_the_person_the_story_is_about() {
    check_bodies(
        Some("2013-10-07"),
        &[
            (
                "Sunita Kalsi also has reason to celebrate. The MP was handed the transport brief.",
                "appoint Sunita Kalsi from=- to=- date=- asserted",
            ),
            (
                "Sunita Kalsi also has reason to celebrate. The Leeds-born MP, previously a junior spokeswoman, was handed the transport brief.",
                "appoint Sunita Kalsi from=- to=- date=- asserted",
            ),
            (
                "Tom Reed met Ann Cole on Monday. The former GP was appointed health secretary.",
                "appoint Tom Reed from=- to=- date=- asserted",
            ),
            (
                "The biggest winner was Ann Cole. The former GP, who entered the Commons in 2010, becomes shadow health secretary.",
                "elect Ann Cole from=- to=- date=2010 asserted\n\
                 appoint Ann Cole from=- to=- date=2013-10-07 asserted",
            ),
            // (a seat in the description names its own member, not the story's person)
            (
                "Tom Reed said he was sorry. The Eastfield MP was suspended from Labour last month.",
                "",
            ),
        ],
    );
}

#[test]
fn a_plural_pronoun_is_the_list_of_names_just_told() {
    check_bodies(
        Some("2016-05-07"),
        &[
            (
                "Both defectors - Tom Hale and Ann Owen - said they had left Labour with regret.",
                "leave Tom Hale from=Labour Party to=- date=- asserted\n\
                 leave Ann Owen from=Labour Party to=- date=- asserted",
            ),
            (
                "Tom Hale and Ann Owen met on Monday. They quit Labour the next day.",
                "leave Tom Hale from=Labour Party to=- date=2016-05-03 asserted\n\
                 leave Ann Owen from=Labour Party to=- date=2016-05-03 asserted",
            ),
            // (a plural between the list and the pronoun is whom it stands for)
            (
                "Tom Hale and Ann Owen met Labour officials. They quit the party the next day.",
                "",
            ),
            // (and an object pronoun a verb of persuading controls names no one)
            (
                "Ann Owen tried to persuade them to switch to the Greens.",
                "",
            ),
        ],
    );
}

#[test]
fn a_quotation_that_runs_on_is_spoken_by_whom_its_close_names() {
    // the speaker of a quotation is not "he" in it, even when the speech tag comes a
    // sentence later
    check(
        "Defection\n\nTom Hale has joined the Conservatives. UKIP's leader Eleri Vaughan was furious. \
         \"He was elected as UKIP, not as a Tory. He should resign,\" she said.",
        Some("2016-05-07"),
        "join Tom Hale from=- to=Conservative Party date=2016-05-07 asserted\n\
         elect Tom Hale from=- to=UK Independence Party date=- asserted",
    );
}

#[test]
fn a_first_name_alone_is_the_one_person_the_story_names_in_full_with_it() {
    check_bodies(
        Some("2018-02-17"),
        &[
            (
                "The final straw was the treatment of my friend Raj Bhattacharya. Raj quit the party in December.",
                "leave Raj Bhattacharya from=- to=- date=2017-12 asserted",
            ),
            (
                "The final straw was the treatment of my friend Tom Hale. Tom quit the party in December.",
                "leave Tom Hale from=- to=- date=2017-12 asserted",
            ),
            // (two people with that first name: no telling which)
            (
                "Tom Hale and Tom Reed were both unhappy. Tom quit the party in December.",
                "",
            ),
        ],
    );
}

#[test]
fn the_three_of_us_is_the_writer_and_the_people_named_last() {
    check(
        "Why I walked away from Labour\n\nBy Ann Owen, councillor for Priory ward\n\n\
         Last month I resigned from the Labour Party. My colleague Raj Bhattacharya quit the party the same week, and so did Dot Ferris.\n\n\
         On Thursday the three of us, joined by former Liberal Democrat Philip Ince, launched the Wexcombe Independents at a packed meeting.",
        Some("2018-02-17"),
        "leave Ann Owen from=Labour Party to=- date=2018-01 asserted\n\
         leave Raj Bhattacharya from=Labour Party to=- date=2018-02 asserted\n\
         leave Dot Ferris from=Labour Party to=- date=2018-02 asserted\n\
         found Ann Owen from=- to=Wexcombe Independents date=2018-02-15 asserted\n\
         found Dot Ferris from=- to=Wexcombe Independents date=2018-02-15 asserted\n\
         found Raj Bhattacharya from=- to=Wexcombe Independents date=2018-02-15 asserted\n\
         found Philip Ince from=- to=Wexcombe Independents date=2018-02-15 asserted",
    );
}

#[test]
fn a_byline_names_who_wrote_the_piece_not_whom_it_is_about() {
    // (a reporter's byline: no pronoun is hers, and the piece's "I" is no one's but a speaker's)
    check(
        "date 2014-03-07 Labour leader ousted\n\nBy Helen Marsh, Political Editor\n\nFour years after she took charge of the council, Janet Quarrie was ousted as leader on Tuesday.\n",
        Some("2014-03-07"),
        "dismiss Janet Quarrie from=- to=- date=2014-03-04 asserted",
    );
    // (a plain byline over a piece in the first person is its author)
    check(
        "date 2014-03-07 Why I quit\n\nBy Janet Quarrie\n\nToday I resigned from the Labour Party.\n",
        Some("2014-03-07"),
        "leave Janet Quarrie from=Labour Party to=- date=2014-03-07 asserted",
    );
}

#[test]
fn a_line_linking_to_another_story_is_not_read() {
    check(
        "date 2014-03-07 Labour councillor quits\n\nAnn Owen quit Labour on Monday.\n\nRead more: Tory MP Tom Hale defects to Reform UK\n\nShe will sit as an independent.\n",
        Some("2014-03-07"),
        "leave Ann Owen from=Labour Party to=independent date=2014-03-03 asserted",
    );
}

#[test]
fn a_profiles_chain_of_she_is_followed_past_three_links() {
    // (every other sentence names no one: the last "she" is four links from the name)
    check(
        "Profile\n\nMaud Pellow is a former MP. Her career began by accident. In 1998 she \
         won a council seat. Westminster took longer. In 2005 she took Fenby. Promotion came \
         quickly. In 2009 she resigned as a minister. The voters were less kind. In 2010 she \
         lost her seat. What followed surprised her friends. In 2016 she quit Labour.",
        Some("2018-04-21"),
        "elect Maud Pellow from=- to=- date=1998 asserted
         resign Maud Pellow from=- to=- date=2009 asserted
         defeat Maud Pellow from=- to=- date=2010 asserted
         leave Maud Pellow from=Labour Party to=- date=2016 asserted",
    );
}

#[test]
fn a_first_person_pieces_we_is_its_writer_and_with_together_the_colleague_named_before() {
    check(
        "Why I left Labour\n\nBy Cllr Ann Cole\n\nI handed back my card last week. My ward \
         colleague Tom Reed resigned from Labour in March.\n\nToday, together, we are launching \
         Tarrowby First, a new party.",
        Some("2021-10-12"),
        "leave Ann Cole from=Labour Party to=- date=2021-10-12 asserted
         leave Tom Reed from=Labour Party to=- date=2021-03 asserted
         found Ann Cole from=- to=Tarrowby First date=2021-10-12 asserted
         found Tom Reed from=- to=Tarrowby First date=2021-10-12 asserted",
    );
    // (a "we" in a quotation is its speaker's side, not the writer)
    check(
        "Campaign\n\nMr Davey said: \"We are going to be winning more seats.\"",
        Some("2005-03-01"),
        "",
    );
}

#[test]
fn a_described_role_opening_a_clause_is_the_one_person_the_story_titles_so() {
    check(
        "Shamed Tory\n\nDISGRACED Tory MP Gavin Threlfall was last night kicked out of the \
         parliamentary party. His local party chairman, Derek Amory, quit in disgust this \
         morning. Last night the disgraced MP refused to step down as an MP.",
        Some("2008-03-14"),
        "expel Gavin Threlfall from=Conservative Party to=- date=2008-03-13 asserted
         resign Derek Amory from=- to=- date=2008-03-14 asserted
         resign Gavin Threlfall from=- to=- date=2008-03-13 denied",
    );
}

#[test]
fn they_before_a_stance_on_a_gerund_stands_for_the_list_just_named() {
    check_bodies(
        Some("2014-10-08"),
        &[(
            "Jo Hale and Sam Owen said they had no regrets about leaving Labour.",
            "leave Jo Hale from=Labour Party to=- date=- asserted\nleave Sam Owen from=Labour Party to=- date=- asserted",
        )],
    );
}

#[test]
fn an_object_pronoun_is_never_its_own_clauses_subject() {
    // (an object "her" is no possessive bound by the subject, and the subject who beat her is
    // not who was beaten)
    for second in [
        "In 2007 Elin Morgan beat her by 400 votes.",
        "Elin Morgan, who beat her in 2007 to win the seat back, remembers the night well.",
    ] {
        check(
            &format!("Obituary\n\nNerys Pryce won Aerwen for Labour in 2003. {second}"),
            Some("2015-06-12"),
            "elect Nerys Pryce from=- to=Labour Party date=2003 asserted\n\
             defeat Nerys Pryce from=- to=- date=2007 asserted\n\
             elect Elin Morgan from=- to=- date=2007 asserted",
        );
    }
}

/// An obituary's subject stays the topic past a friend named by a possessive on him ("His
/// friend Tom Reed … shared many of his doubts"): the "his" bound by that sentence's own
/// subject continues no topic, and a pronoun means one person however deep the chain that
/// reaches it (a football club is no person either).
#[test]
fn an_obituary_s_subject_stays_the_topic_past_a_friend_named_on_him() {
    check(
        "Alan Hale obituary\n\nAlan Hale, who has died aged 71, was a Labour MP.\n\nHe was \
         elected for Eastfield in 1997. Ten days later he joined the Green Party.\n\nHis friend \
         and fellow rebel Tom Reed, the member for Westfield, shared many of his doubts but \
         stayed in the party.\n\nThe voters proved less forgiving than his new colleagues. At \
         the general election he came a poor third, and the seat returned to Labour.\n\nHe was \
         back within two years. In 2007 he was elected to the Assembly, and later that year he \
         was appointed deputy minister for skills.\n\nHe resigned from the government in 2009. \
         He was a lifelong supporter of Westfield Town.",
        Some("2020-08-14"),
        "elect Alan Hale from=- to=- date=1997 asserted
         join Alan Hale from=- to=Green Party date=1997 asserted
         defeat Alan Hale from=- to=- date=- asserted
         elect Alan Hale from=- to=Green Party date=2007 asserted
         appoint Alan Hale from=- to=- date=2007 asserted
         resign Alan Hale from=- to=- date=2009 asserted",
    );
}

/// A quotation of several sentences between a name and a pronoun outside it does not use up
/// the pronoun's window: the quoted sentences hold none of the narrator's people.
#[test]
fn a_long_quote_does_not_push_the_person_out_of_a_pronoun_s_reach() {
    check(
        "Rebel quits\n\nAnn Tredwell, the Labour MP for Eastfield, quit the party on Tuesday \
         night.\n\nMs Tredwell said: \"I did not leave Labour lightly. I joined it at sixteen. \
         But the party I joined believed in good local schools. On Tuesday I concluded that I \
         could not stay.\"\n\nA former headteacher, she took Eastfield from the Conservatives in \
         1997.",
        Some("2006-03-16"),
        "leave Ann Tredwell from=Labour Party to=- date=2006-03-14 asserted
         elect Ann Tredwell from=- to=Labour Party date=1997 asserted",
    );
}

/// A sentence that is all quotation, opened with its own mark after a tagged one, counts no
/// more than one inside a quotation: "He" after the quote and a woman's two sentences still
/// reaches the man who was speaking.
#[test]
fn a_sentence_of_quotation_alone_does_not_use_up_a_pronoun_s_window() {
    check(
        "Profile\n\nTom Ashby is canvassing outside a shop.\n\n\"I'm the same man I was,\" he \
         tells a woman. \"Same views, same face. Just a different rosette.\" She takes a leaflet. \
         Whether she reads it is another matter.\n\nHe won Eastfield for the Conservatives in \
         2001.",
        Some("2014-02-01"),
        "elect Tom Ashby from=- to=Conservative Party date=2001 asserted",
    );
}

/// A person in a prepositional phrase that opens a sentence and closes with a comma ("For
/// Cllr Sallis, …", "As for Mrs Dunn, …") is the frame the sentence is about: a pronoun in the
/// next sentence goes to them, not to the subject of the sentence before.
#[test]
fn a_person_in_a_fronted_frame_is_the_topic_of_the_next_pronoun() {
    check(
        "Split\n\n\"We will win the seat,\" said the chairman, Dennis Oakes.\n\nFor Cllr Mark \
         Sallis, the move is a return to independent politics. He joined the Green Party in \
         1999.\n\nGeorge Pell spoke next. As for Mrs Ann Dunn, the decision was a long time \
         coming. She quit the Labour Party in 2004.",
        Some("2010-01-15"),
        "join Mark Sallis from=- to=Green Party date=1999 asserted
         leave Ann Dunn from=Labour Party to=- date=2004 asserted",
    );
}

/// A name apposed to a prepositional object ("a majority over the Conservative candidate,
/// Nigel Strand") is as weak an antecedent as the object it names: a later "he" goes to the
/// person the next sentences are about.
#[test]
fn a_name_apposed_to_a_prepositional_object_is_no_strong_antecedent() {
    check(
        "By-election\n\nDervla Mount took 11,482 votes, a majority of 5,906 over the Conservative \
         candidate, Nigel Strand. Turnout was 24.1 per cent.\n\nThe by-election was called after \
         the resignation of Gerald Pock, who had represented the constituency for Labour since \
         1997. He stood down in September to become chief executive of the Northern Housing \
         Federation.",
        Some("2012-11-20"),
        "stand Dervla Mount from=- to=- date=- asserted
         defeat Nigel Strand from=- to=- date=- asserted
         stand Nigel Strand from=- to=Conservative Party date=- asserted
         resign Gerald Pock from=- to=- date=2012-09 asserted
         appoint Gerald Pock from=- to=- date=2012-09 asserted",
    );
}

/// A description of no gender takes one from its relative clause ("The 44-year-old, who held
/// his seat, …" is a man), so it passes over a woman named nearer.
#[test]
fn a_description_takes_its_gender_from_its_relative_clause() {
    check(
        "Leader ousted\n\nBrenda Ashworth was ousted as leader on Monday. Councillors chose \
         Tariq Hollins instead.\n\nThe 44-year-old, who held his Brookvale seat comfortably on \
         May 5, will be formally installed as leader of the council on Wednesday.",
        Some("2016-05-21"),
        "dismiss Brenda Ashworth from=- to=- date=2016-05-16 asserted
         reelect Tariq Hollins from=- to=- date=2016-05-05 asserted
         appoint Tariq Hollins from=- to=- date=2016-05-25 expected",
    );
}

#[test]
fn a_former_standing_with_a_noun_before_its_head_is_a_description() {
    check(
        "Whip\n\nTom Reed lost the whip on Monday.\n\nThe former Unite organiser won the seat in 2005.",
        Some("2008-11-21"),
        "expel Tom Reed from=- to=- date=2008-11-17 asserted
         elect Tom Reed from=- to=- date=2005 asserted",
    );
}

#[test]
fn the_subject_of_a_whom_clause_is_not_its_antecedent() {
    check(
        "Obituary\n\nTom Reed resigned in 2008.\n\nHe lost the seat in 2015 to the Conservatives' Ian Moss, whom he congratulated with unusual warmth.\n\nIn 2016 he left Labour.",
        Some("2022-04-07"),
        "resign Tom Reed from=- to=- date=2008 asserted
         defeat Tom Reed from=- to=- date=2015 asserted
         elect Ian Moss from=- to=- date=2015 asserted
         leave Tom Reed from=Labour Party to=- date=2016 asserted",
    );
}

#[test]
fn a_name_after_a_partys_possessive_in_apposition_to_the_subject_stays_salient() {
    check(
        "Stormont\n\nAnn Cole has joined the Alliance Party.\n\nHer Mid Lagan colleague, the UUP's Roy Gill, laughed off suggestions that he would follow her.",
        Some("2016-05-20"),
        "join Ann Cole from=- to=Alliance Party date=2016-05-20 asserted
         defect Roy Gill from=Ulster Unionist Party to=Alliance Party date=- denied",
    );
}

#[test]
fn an_office_with_its_holder_named_in_apposition_is_that_name_not_the_offices_other_holder() {
    check(
        "Whip\n\nThe SNP has suspended Tom Reed. The decision was taken by the chief whip, Ann Tulloch. He said he had no intention of resigning his seat. Tory chief whip Ian Lock said Mr Reed should go.",
        Some("2017-03-09"),
        "expel Tom Reed from=Scottish National Party to=- date=2017-03-09 asserted
         resign Tom Reed from=- to=- date=- denied",
    );
}
