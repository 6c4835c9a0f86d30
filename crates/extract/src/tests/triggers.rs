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

/// Regressions, each named after the bug it pins down.

#[test]
fn regressions() {
    let d = Some("2016-07-14");
    let cases: &[(&str, &str, &str)] = &[
        (
            "theresa_may_is_not_the_modal_may",
            "Theresa May has appointed Boris Johnson as foreign secretary.",
            "appoint Boris Johnson from=- to=- date=2016-07-14 asserted",
        ),
        (
            "voters_who_switched_are_no_person",
            "He said voters who switched to Labour in 1997 stayed.",
            "",
        ),
        (
            "dash_before_who_finds_the_antecedent",
            "Peter Marlow - who has resigned as transport secretary - spoke.",
            "resign Peter Marlow from=- to=- date=2016-07-14 asserted",
        ),
        (
            "quoted_i_is_the_speaker",
            "Anne Corrie said: \"When I was first elected in 1992, things were calmer.\"",
            "elect Anne Corrie from=- to=- date=1992 asserted",
        ),
        (
            "a_clear_run_is_not_running",
            "He gave Tony Blair a clear run at the leadership.",
            "",
        ),
        (
            "winning_support_is_not_winning_a_seat",
            "Mr Clarke hopes to win over critics and win support.",
            "",
        ),
        (
            "month_in_a_past_clause_is_last_year",
            "Tory MP Giles Brant lost the whip in March.",
            "expel Giles Brant from=Conservative Party to=- date=2016-03 asserted",
        ),
        (
            "invited_to_form_a_government_is_an_appointment",
            "The King invited Tom Hale to form a new minority government.",
            "appoint Tom Hale from=- to=- date=- asserted",
        ),
        (
            "willing_to_form_a_government_is_no_fact",
            "Ian Moss seemed willing to form a new government.",
            "appoint Ian Moss from=- to=- date=- rumoured",
        ),
        (
            "swept_into_power_needs_no_seat_nearby",
            "Tory leader Ruth Dane was swept into power on a huge swing.",
            "elect Ruth Dane from=- to=Conservative Party date=- asserted",
        ),
        (
            "a_party_word_before_a_noun_is_no_party_founded",
            "Michael Howard unveiled the Tory election manifesto.",
            "",
        ),
        (
            "finding_a_party_s_policies_is_not_founding_it",
            "Michael Howard said he found BNP's policies abhorrent.",
            "",
        ),
        (
            "a_coalition_with_a_party_is_not_a_new_party",
            "Charles Kennedy ruled out forming a coalition with Labour.",
            "",
        ),
        (
            "launching_a_named_party_is_still_found",
            "Robert Kilroy-Silk launched Veritas in London.",
            "found Robert Kilroy-Silk from=- to=Veritas date=- asserted",
        ),
        (
            "a_name_then_a_comma_is_no_list",
            "Looking back on the re-election of Sam Price, Mrs Hart said the city had changed.",
            "reelect Sam Price from=- to=- date=- asserted",
        ),
        (
            "a_person_s_budget_is_not_the_person_dismissed",
            "Ann Lowe has dismissed Tom Reid's budget as a gimmick.",
            "",
        ),
        (
            "an_adjunct_ends_the_object",
            "Jo Pike promoted the scheme in Leeds, Wales Secretary Tom Ellis in Swansea.",
            "",
        ),
        (
            "lists_joined_by_and_are_still_lists",
            "The row led to the resignations of party chairman Alan Pike, treasurer Susan Lind and spokesman David Shah.",
            "resign Alan Pike from=- to=- date=- asserted\nresign Susan Lind from=- to=- date=- asserted\nresign David Shah from=- to=- date=- asserted",
        ),
        (
            "a_present_tense_headline_verb_is_not_a_passive",
            "Howard dismisses Tory tax fears\n\nMichael Howard spoke in Leeds.",
            "",
        ),
        (
            "giving_up_an_ambition_is_no_appointment",
            "Hague 'given up' his PM ambition\n\nWilliam Hague spoke in York.",
            "",
        ),
        (
            "a_passive_left_is_no_departure",
            "Robert Vane said UKIP had changed. He was left in the position of explaining its mistakes.",
            "",
        ),
        (
            "he_after_told_x_is_the_teller",
            "Jo Pike met Tom Reid for lunch. Ms Pike told Mr Reid that she would stand down before the election.",
            "resign Jo Pike from=- to=- date=- expected",
        ),
        (
            "not_ruling_out_is_no_denial",
            "Mr Hague has not ruled out standing for the leadership.",
            "stand Hague from=- to=- date=- rumoured",
        ),
        (
            "workers_retiring_is_not_the_minister_retiring",
            "Nick Raynsford said the plan would stop workers retiring early.",
            "",
        ),
        (
            "no_one_is_a_subject_too",
            "Tom Reid said no-one from a working family could become premier.",
            "",
        ),
        (
            "who_the_office_put_in_charge_is_the_antecedent",
            "Tom Reid praised Gary Hines, whom the prime minister put in charge of strategy, at the rally.",
            "appoint Gary Hines from=- to=- date=- asserted",
        ),
        (
            "a_singular_apposition_is_about_the_last_name",
            "Tom Reid arrived with Ann Lowe and Gary Hines, the man put in charge of strategy by Jo Pike.",
            "appoint Gary Hines from=- to=- date=- asserted",
        ),
        (
            "a_whip_phrase_may_name_the_party",
            "Former minister Derek Awdry was stripped of the Tory whip after a lobbying row.",
            "expel Derek Awdry from=Conservative Party to=- date=- asserted",
        ),
        (
            "have_since_been_is_no_clause_break",
            "Two rebels, Jason Rudd and Amy Collier, have since been suspended from the Labour Party pending an inquiry.",
            "expel Jason Rudd from=Labour Party to=- date=2016-07-14 asserted\nexpel Amy Collier from=Labour Party to=- date=2016-07-14 asserted",
        ),
        (
            "following_him_means_the_one_who_moved",
            "Labour MP Peter Garside has defected to the Liberal Democrats. Party leader Charles Kennedy welcomed him. Whips are trying to stop Susan Marr from following him.",
            "defect Peter Garside from=Labour Party to=Liberal Democrats date=2016-07-14 asserted\ndefect Susan Marr from=Labour Party to=Liberal Democrats date=- rumoured",
        ),
        (
            "who_after_an_apposition_is_the_named_person",
            "Esther Malby, a former teacher who was selected by her local party in March, spoke.",
            "select Esther Malby from=- to=- date=2016-03 asserted",
        ),
        (
            "who_after_a_role_apposition_is_the_named_person",
            "Tom Hale, a former minister who was sacked in 2019, spoke.",
            "dismiss Tom Hale from=- to=- date=2019 asserted",
        ),
        (
            "beating_someone_into_second_place_is_a_result",
            "Green candidate Esther Malby took 12,406 votes, beating Labour's Gareth Pryor into second place.",
            "elect Esther Malby from=- to=Green Party date=- asserted\ndefeat Gareth Pryor from=- to=- date=- asserted",
        ),
        (
            "beating_someone_in_a_debate_is_no_result",
            "Tony Blair beat Michael Howard in the debate.",
            "",
        ),
        (
            "green_is_a_party_only_before_a_role",
            "Green candidate Amy Holt spoke about the Green belt.",
            "stand Amy Holt from=- to=Green Party date=- asserted",
        ),
        (
            "a_year_before_he_was_appointed_counts_forward",
            "Lord Pellow was made a life peer in 1999, a year before he was appointed as trade minister.",
            "appoint Pellow from=- to=- date=1999 asserted\nappoint Pellow from=- to=- date=2000 asserted",
        ),
        (
            "standing_aside_from_a_race_is_a_denied_candidacy",
            "In 1994 Gordon Brown stood aside, giving Tony Blair a clear run at the leadership.",
            "stand Gordon Brown from=- to=- date=1994 denied",
        ),
        (
            "standing_aside_from_a_post_is_a_resignation",
            "Ken Clarke stood aside as chairman in 2004.",
            "resign Ken Clarke from=- to=- date=2004 asserted",
        ),
        (
            "another_verb_s_object_is_not_the_office_left",
            "Tom Reid has angered his chancellor by going back on a promise to stand aside. Mr Reid told Jo Pike he would stand down as prime minister.",
            "resign Tom Reid from=- to=- date=- expected",
        ),
        (
            "followed_by_those_of_a_list",
            "Jane Clark QC resigned from the panel. Her resignation is due to be followed by those of three colleagues - Anna Green QC, Peter Holt QC and Tom de la Mare.",
            "resign Jane Clark from=- to=- date=- asserted\nresign Anna Green from=- to=- date=- expected\nresign Peter Holt from=- to=- date=- expected\nresign Tom de la Mare from=- to=- date=- expected",
        ),
        (
            "appointments_in_different_years_are_two_events",
            "Jim Hale entered Downing Street in 1976. He became Lord Hale of Swansea in 1987.",
            "appoint Jim Hale from=- to=- date=1976 asserted\nappoint Jim Hale from=- to=- date=1987 asserted",
        ),
        (
            "since_a_year_is_no_event_date",
            "Nadia Kerslake becomes the 15th housing minister since 2010.",
            "appoint Nadia Kerslake from=- to=- date=- asserted",
        ),
        (
            "insisting_opens_a_claim_of_its_own",
            "Downing Street has denied that Luke Ferrand was sacked, insisting that he resigned after voting against the bill on Wednesday.",
            "dismiss Luke Ferrand from=- to=- date=- denied\nresign Luke Ferrand from=- to=- date=- asserted",
        ),
        (
            "the_winner_won_for_the_party_that_won",
            "The Liberal Democrats have won the Hollingbury by-election. Frances Oduya was declared the winner with 14,322 votes.",
            "elect Frances Oduya from=- to=Liberal Democrats date=- asserted",
        ),
        (
            "a_denied_defection_comes_from_the_story_s_party",
            "Labour MPs quit to form new group\n\nLabour MP Jo Hart has defected. But Dennis Rourke, the Hartside MP, denied he would defect.",
            "defect Jo Hart from=Labour Party to=- date=2016-07-14 asserted\ndefect Dennis Rourke from=Labour Party to=- date=- denied",
        ),
        (
            "the_party_he_quit_is_no_resignation",
            "Former Labour MP Martin Oxley said he would consider standing again if he were to rejoin the party he quit.",
            "stand Martin Oxley from=- to=Labour Party date=- rumoured\njoin Martin Oxley from=- to=Labour Party date=- hypothetical",
        ),
        (
            "a_relative_clause_s_time_is_not_the_event_s",
            "Former Labour MP Martin Oxley said he would consider it if he were to rejoin the party he quit three years ago.",
            "join Martin Oxley from=- to=Labour Party date=- hypothetical",
        ),
        (
            "he_in_what_a_who_clause_said_is_its_subject",
            "Mark Drakeford will succeed Carwyn Jones, who announced in April that he would step down.",
            "resign Carwyn Jones from=- to=- date=2016-04 expected",
        ),
        (
            "alba_mid_sentence_is_the_party",
            "Former SNP councillor Iain Baxter has joined Alba.",
            "join Iain Baxter from=- to=Alba Party date=2016-07-14 asserted",
        ),
        (
            "beating_rivals_in_a_ballot_is_a_result",
            "Mark Drakeford beat Jane Hutt in a ballot of party members.",
            "elect Mark Drakeford from=- to=- date=- asserted\ndefeat Jane Hutt from=- to=- date=- asserted",
        ),
        (
            "beaten_by_x_elects_x",
            "Mr Gethin was beaten in Corve Valley by the Conservative Leanne Pask.",
            "defeat Gethin from=- to=- date=- asserted\nelect Leanne Pask from=- to=Conservative Party date=- asserted",
        ),
        (
            "won_it_is_the_seat_the_sentence_names",
            "The seat is held by Labour's Gareth Lloyd-Pugh, who won it in 2016 by just 412 votes.",
            "elect Gareth Lloyd-Pugh from=- to=Labour Party date=2016 asserted",
        ),
        (
            "a_longer_apposition_before_who",
            "Derek Quarrell, a former taxi firm owner who was selected as the party's candidate in November, spoke.",
            "select Derek Quarrell from=- to=- date=2015-11 asserted",
        ),
        (
            "a_retired_diplomat_is_an_adjective",
            "Headline\n\nThe deal was struck by Kofi Annan, who sent a retired Indian diplomat to Baghdad.",
            "",
        ),
        (
            "a_sniper_fired_is_no_sacking",
            "Headline\n\nJames Kopp was seen near where the sniper fired, police said.",
            "",
        ),
        (
            "the_favourite_to_become_is_rumoured",
            "Headline\n\nLawrence Perlman, the odds-on favourite to become chief executive, spoke.",
            "appoint Lawrence Perlman from=- to=- date=- rumoured",
        ),
        (
            "a_headline_verb_with_an_object_is_not_passive",
            "Kofi Annan appointed a diplomat",
            "",
        ),
        (
            "an_object_pronoun_is_not_its_clause_s_subject",
            "Headline\n\nTony Blair met David Blunkett on Monday. Mr Blair later sacked him.",
            "",
        ),
        (
            "coalition_partners_are_not_appointed",
            "Jeremy Thorpe agreed to form a coalition government.",
            "",
        ),
        (
            "stripped_of_an_unnamed_brief_is_a_dismissal",
            "Colin Marsh has been stripped of his departmental brief.",
            "dismiss Colin Marsh from=- to=- date=2016-07-14 asserted",
        ),
        (
            "stripped_of_a_title_is_no_dismissal",
            "Colin Marsh has been stripped of his knighthood.",
            "",
        ),
        (
            "the_contest_as_a_noun_is_no_candidacy",
            "Ms Hale, who backed Lane in the leadership contest, spoke about the contest.",
            "",
        ),
        (
            "the_left_of_a_party_is_no_leaving",
            "Ann Hale is on the left of the Labour party.",
            "",
        ),
        (
            "maternity_leave_from_a_group_is_no_leaving",
            "Ann Hale is on maternity leave from the Labour group.",
            "",
        ),
        (
            "joining_calls_for_a_party_to_act_is_no_joining",
            "Ann Hale joined calls for Labour to apologise, and joined forces with the Greens.",
            "",
        ),
        (
            "quitting_a_habit_is_no_resignation",
            "Ann Hale quit smoking in 2010.",
            "",
        ),
        (
            "expelled_from_school_is_no_party_expulsion",
            "Ann Hale was expelled from school in 1985 and suspended from the Commons in 2001.",
            "",
        ),
        (
            "resigned_to_defeat_is_acceptance",
            "Ann Hale seemed resigned to defeat.",
            "",
        ),
        (
            "fighting_the_cuts_or_for_justice_is_no_candidacy",
            "Ann Hale will fight the cuts and fight for justice.",
            "",
        ),
        (
            "a_trigger_phrase_that_carries_will_is_expected",
            "Ann Hale will fight the seat for Labour.",
            "stand Ann Hale from=- to=Labour Party date=- expected",
        ),
        (
            "contest_as_a_verb_is_a_candidacy",
            "Ann Hale contested Hull North in 2015.",
            "stand Ann Hale from=- to=- date=2015 asserted",
        ),
        (
            "a_confidence_vote_lost_is_no_election_defeat",
            "Mr Marsh later lost a confidence vote among the party's MPs by 172 votes to 40.",
            "",
        ),
        (
            "a_vote_on_a_motion_lost_is_no_election_defeat",
            "Colin Marsh lost the vote on the budget by ten votes.",
            "",
        ),
        (
            "a_ballot_lost_is_still_a_defeat",
            "Colin Marsh lost the leadership ballot to Ann Rudd.",
            "defeat Colin Marsh from=- to=- date=- asserted",
        ),
        (
            "joining_a_party_s_benches_is_joining_the_party",
            "Ann Rudd joins Labour benches ahead of Prime Minister's Questions.",
            "join Ann Rudd from=- to=Labour Party date=- asserted",
        ),
        (
            "an_office_that_owns_the_next_noun_is_no_appointment",
            "Ann Rudd arrived early for Prime Minister's Questions.",
            "",
        ),
        (
            "a_bid_to_unseat_is_the_bidder_s_candidacy_not_the_target_s",
            "Ann Rudd has launched her bid to unseat the leader of the Labour Party, Colin Marsh.",
            "stand Ann Rudd from=- to=Labour Party date=2016-07-14 asserted",
        ),
        (
            "a_group_that_loses_a_list_of_members_names_each_one_s_new_party",
            "In Leeds the Labour group has lost two councillors, Colin Marsh to the Conservatives and Ann Rudd to being an Independent.",
            "defect Colin Marsh from=Labour Party to=Conservative Party date=2016-07-14 asserted\nleave Ann Rudd from=Labour Party to=independent date=2016-07-14 asserted",
        ),
    ];
    for (name, text, want) in cases {
        assert_eq!(render(text, d).trim_end(), *want, "{name}");
    }
    let january = Some("2015-01-11");
    assert_eq!(
        render("Tory MP Giles Brant lost the whip in March.", january).trim_end(),
        "expel Giles Brant from=Conservative Party to=- date=2014-03 asserted",
        "month_in_a_past_clause_is_last_year (January article)"
    );
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
fn new_offices_from_become_take_over_and_move_to() {
    let d = Some("2014-07-15");
    check(
        "Headline\n\nAlan Frost became home secretary in 2011.",
        d,
        "appoint Alan Frost from=- to=- date=2011 asserted",
    );
    check(
        "Headline\n\nCarol Webb, who took over as chancellor last year, has kept her job.",
        d,
        "appoint Carol Webb from=- to=- date=2013 asserted",
    );
    check(
        "Headline\n\nIn the reshuffle, Hugh Lyle moves to defence secretary.",
        d,
        "appoint Hugh Lyle from=- to=- date=- asserted",
    );
}

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
            "defeat Tom Rourke from=- to=- date=- asserted\nresign Tom Rourke from=- to=- date=1997 asserted",
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
fn taking_a_post_or_charge_of_an_office_is_an_appointment() {
    let d = Some("2014-03-05");
    for (sentence, who) in [
        (
            "Ruth Kemble will take the post of transport secretary.",
            "Ruth Kemble",
        ),
        (
            "Mark Denby will take over the position of home secretary.",
            "Mark Denby",
        ),
        (
            "Jane Hollis, the former chief whip, will take charge of the Home Office.",
            "Jane Hollis",
        ),
        (
            "Tom Reed received a cabinet appointment as Northern Ireland secretary.",
            "Tom Reed",
        ),
        (
            "Sara Quint has been awarded with the post of foreign secretary.",
            "Sara Quint",
        ),
    ] {
        assert_event("Reshuffle", sentence, d, "appoint", who);
    }
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
fn a_placing_with_its_verb_left_out_is_a_defeat_too() {
    let out = extract(
        "Leadership contest\n\nIn the leadership election Gail Ross came second with 30.8% and Ian Moss third on 22.3%.",
        Some("2018-12-06"),
    );
    for who in ["Gail Ross", "Ian Moss"] {
        assert!(
            out.events
                .iter()
                .any(|e| e.kind.as_str() == "defeat" && e.person == who),
            "{who}: {:?}",
            out.events
        );
    }
}

#[test]
fn an_appointment_that_merging_makes_an_election_merges_with_the_election() {
    check(
        "Ed wins\n\nEd Moss has beaten his brother David to the Labour leadership.\n\nEd Moss has beaten his older brother David to become the new leader of the Labour party.",
        Some("2010-09-25"),
        "elect Ed Moss from=- to=- date=2010-09-25 asserted",
    );
}

#[test]
fn chosen_as_leader_is_elected_not_selected() {
    check(
        "Leader\n\nTom Reed has been chosen as the new Conservative leader.",
        Some("2005-12-06"),
        "elect Tom Reed from=- to=- date=2005-12-06 asserted",
    );
    check(
        "Candidate\n\nTom Reed has been chosen as the Conservative candidate for Hallam.",
        Some("2005-12-06"),
        "select Tom Reed from=- to=Conservative Party date=2005-12-06 asserted",
    );
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
fn drafted_in_is_an_appointment_only_to_an_office() {
    check(
        "Headline\n\nMayor Ray Mallow has been drafted in to boost the Yes campaign.",
        Some("2015-03-12"),
        "",
    );
    check(
        "Headline\n\nTom Hale was brought back as chief whip on Monday.",
        Some("2015-03-12"),
        "appoint Tom Hale from=- to=- date=2015-03-09 asserted",
    );
    check(
        "Headline\n\nTom Hale was brought in to run the election campaign.",
        Some("2015-03-12"),
        "appoint Tom Hale from=- to=- date=- asserted",
    );
}

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
fn fighting_to_do_something_is_not_standing() {
    let d = Some("2005-05-06");
    check(
        "Custody\n\nMary Jones is fighting to keep the boy with her in Leeds.",
        d,
        "",
    );
    check("Minister\n\nTom Reed will fight to clear his name.", d, "");
    assert_event(
        "Seat",
        "Tom Reed is fighting to hold the seat for Labour.",
        d,
        "stand",
        "Tom Reed",
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
fn replacing_someone_as_an_office_is_taking_it() {
    let d = Some("2015-03-12");
    check(
        "Whips\n\nTom Reed is to replace Ann Cole as chief whip.",
        d,
        "appoint Tom Reed from=- to=- date=- expected",
    );
    check(
        "Whips\n\nAnn Cole was replaced as chief whip by Tom Reed.",
        d,
        "appoint Tom Reed from=- to=- date=- asserted",
    );
    check(
        "Challenge\n\nJane Hale began her bid to replace Ann Cole as chief whip.",
        d,
        "",
    );
}

#[test]
fn being_handed_a_named_brief_is_an_appointment() {
    check(
        "Reshuffle\n\nJane Hale was handed the transport brief on Monday. Tom Reed has been handed a brief to review the rules.",
        Some("2015-03-12"),
        "appoint Jane Hale from=- to=- date=2015-03-09 asserted",
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
fn a_selection_to_fight_a_named_place_is_a_selection() {
    let d = Some("2015-03-12");
    check(
        "Candidate\n\nLabour have selected Tom Reed to fight Grantham.",
        d,
        "select Tom Reed from=- to=Labour Party date=2015-03-12 asserted",
    );
    check(
        "Candidate\n\nLabour selected Tom Reed to stand in Grantham.",
        d,
        "select Tom Reed from=- to=Labour Party date=- asserted
         stand Tom Reed from=- to=Labour Party date=- asserted",
    );
}

#[test]
fn becoming_the_twelfth_written_in_figures_to_quit_is_no_election() {
    check(
        "Exodus\n\nShadow minister Tom Reed became the 12th MP to leave the shadow cabinet on Sunday.",
        Some("2016-06-27"),
        "resign Tom Reed from=- to=- date=2016-06-26 asserted",
    );
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
fn knocked_out_or_eliminated_is_a_defeat() {
    let d = Some("2010-09-25");
    check(
        "Race\n\nTom Reed was eliminated in the first round. Ann Cole was knocked out of the leadership race. The tax was eliminated in 2009.",
        d,
        "defeat Tom Reed from=- to=- date=- asserted
         defeat Ann Cole from=- to=- date=- asserted",
    );
}
