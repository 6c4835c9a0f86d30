//! Broad checks: every event type from plain news sentences, no panic on odd or random text,
//! the issue's constructions, and its nominalisations, light verbs and passives.

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
