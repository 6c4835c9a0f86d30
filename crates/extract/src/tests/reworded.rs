//! The issue's constructions reworded: triggers, parties, people and offices in words no
//! development article used.

use super::*;

/// The issue's constructions again, in other words: a rule that holds only for the wording
/// it was written from fails here.
#[test]
fn issue_9_constructions_reworded() {
    let d = Some("2015-03-12");
    let cases: &[(&str, &str)] = &[
        // a list in dashes shares the infinitive's subject
        (
            "Two councillors – Rita Vance and Gordon Pike – quit the Conservatives to join Reform UK.",
            "defect Rita Vance from=Conservative Party to=Reform UK date=- asserted\n\
             defect Gordon Pike from=Conservative Party to=Reform UK date=- asserted",
        ),
        // a trigger that ends in its own "to" takes the party after it
        (
            "Maria Lopez switched to Labour last year.",
            "defect Maria Lopez from=- to=Labour Party date=2014 asserted",
        ),
        (
            "Maria Lopez spoke to reporters after her switch to the Tories.",
            "defect Maria Lopez from=- to=Conservative Party date=- asserted",
        ),
        // the suspended person's description stands between the noun and "was lifted"
        (
            "The suspension of Sunderland MP Keith Ord was lifted on Tuesday.",
            "readmit Keith Ord from=- to=- date=2015-03-10 asserted",
        ),
        (
            "Kevin Lusk was struck off the party's approved list of candidates.",
            "deselect Kevin Lusk from=- to=- date=- asserted",
        ),
        // the label a candidate is elected under, not the party a description names
        (
            "Former Tory minister Guy Ferris has been elected as an independent.",
            "elect Guy Ferris from=- to=independent date=2015-03-12 asserted",
        ),
        (
            "Ray Dunn spoke at length. His return to the Labour party was confirmed by the general secretary.",
            "readmit Ray Dunn from=- to=Labour Party date=- asserted",
        ),
        // a name coordinated with the subject through an apposition acts too
        (
            "Colin Webb and his deputy, Sara Moss, resigned on Monday.",
            "resign Sara Moss from=- to=- date=2015-03-09 asserted\n\
             resign Colin Webb from=- to=- date=2015-03-09 asserted",
        ),
        (
            "Sara Moss congratulated Colin Webb on his election as leader.",
            "elect Colin Webb from=- to=- date=- asserted",
        ),
        // a count after a copula, as after "became"
        (
            "Dan Reeve was the first Tory MP to join the Greens.",
            "defect Dan Reeve from=Conservative Party to=Green Party date=- asserted",
        ),
        // the party a verb takes, not the "to" of a later clause; a return to a party
        (
            "Dan Reeve left the Conservatives to join Ukip in 2014 and returned to the Tory fold in 2017.",
            "defect Dan Reeve from=Conservative Party to=UK Independence Party date=2014 asserted\n\
             readmit Dan Reeve from=- to=Conservative Party date=2017 asserted",
        ),
        // returning to do something is no return to a party
        (
            "Alastair Pike is also returning to advise Labour on media strategy.",
            "",
        ),
        // the office and "new" in the subject, the name in the predicate
        (
            "The new chief whip is Dan Reeve.",
            "appoint Dan Reeve from=- to=- date=2015-03-12 asserted",
        ),
        (
            "The new MP is Dan Reeve.",
            "elect Dan Reeve from=- to=- date=2015-03-12 asserted",
        ),
        (
            "Dan Reeve will not seek re-election.",
            "stand Dan Reeve from=- to=- date=- denied",
        ),
        (
            "Ann Hale was chosen to lead the party in Wales.",
            "elect Ann Hale from=- to=- date=- asserted",
        ),
        (
            "Ann Hale was confirmed as the party's candidate. Tom Reed was confirmed as home secretary.",
            "select Ann Hale from=- to=- date=- asserted\nappoint Tom Reed from=- to=- date=- asserted",
        ),
        (
            "Dan Reeve narrowly held on to his seat.",
            "reelect Dan Reeve from=- to=- date=- asserted",
        ),
        // a party's nomination won is a selection
        (
            "Dan Reeve won the Labour nomination for mayor.",
            "select Dan Reeve from=- to=Labour Party date=- asserted",
        ),
        // a results line: each name's party in brackets after it
        (
            "In Hull North, Dan Reeve (Con) beat Sara Moss (Lab) by 1,200 votes.",
            "defeat Sara Moss from=- to=- date=- asserted\n\
             elect Dan Reeve from=- to=Conservative Party date=- asserted",
        ),
    ];
    for (text, want) in cases {
        let got = render(&format!("Headline\n\n{text}"), d);
        let want: String = want.lines().map(|l| format!("{}\n", l.trim())).collect();
        assert_eq!(got, want, "on {text:?}");
    }
}

/// Seats, races, memberships and peerages told in other words than the development articles'.
#[test]
fn changes_in_other_words() {
    let d = Some("2015-03-12");
    let cases: &[(&str, &str)] = &[
        // a by-agent wins a seat named before it
        (
            "The seat was won by Liberal Democrat Ann Cole.",
            "elect Ann Cole from=- to=Liberal Democrats date=- asserted",
        ),
        // "won by" a margin names nobody
        ("The vote was won by 300 votes.", ""),
        // the party the seat is taken from is the rival's, not the winner's
        (
            "Ann Cole snatched the seat from the Tories.",
            "elect Ann Cole from=- to=- date=- asserted",
        ),
        (
            "The whip was withdrawn from Tom Hale.",
            "expel Tom Hale from=- to=- date=- asserted",
        ),
        (
            "Tom Hale became a member of the Green Party last year.",
            "join Tom Hale from=- to=Green Party date=2014 asserted",
        ),
        (
            "Tom Hale tore up his party card.",
            "leave Tom Hale from=- to=- date=- asserted",
        ),
        (
            "Tom Hale was crowned leader of the party unopposed.",
            "elect Tom Hale from=- to=- date=- asserted",
        ),
        (
            "Tom Hale entered the race to succeed Ann Cole.",
            "stand Tom Hale from=- to=- date=- asserted",
        ),
        // deciding against a change denies it
        (
            "Tom Hale has decided against entering the contest.",
            "stand Tom Hale from=- to=- date=- denied",
        ),
        (
            "Tom Hale has been nominated as the party's candidate for mayor.",
            "select Tom Hale from=- to=- date=2015-03-12 asserted",
        ),
        (
            "Tom Hale was handed a peerage.",
            "appoint Tom Hale from=- to=- date=- asserted",
        ),
        // leaving one party for another is a defection
        (
            "Tom Hale left the Conservatives for Reform UK.",
            "defect Tom Hale from=Conservative Party to=Reform UK date=- asserted",
        ),
        (
            "Tom Hale ditched Labour to join the Greens.",
            "defect Tom Hale from=Labour Party to=Green Party date=- asserted",
        ),
        (
            "Tom Hale left Labour for good.",
            "leave Tom Hale from=Labour Party to=- date=- asserted",
        ),
        // a policy abandoned is no party left
        ("Tom Hale abandoned the Labour Party's policy.", ""),
        (
            "Tom Hale said he had resigned his Labour membership.",
            "leave Tom Hale from=Labour Party to=- date=- asserted",
        ),
        // a change told of a group the subject belongs to
        (
            "Tom Hale was one of 21 Tory MPs stripped of the whip in September.",
            "expel Tom Hale from=Conservative Party to=- date=2014-09 asserted",
        ),
        (
            "Tom Hale and Ann Cole were among the MPs who defected.",
            "defect Tom Hale from=- to=- date=- asserted\ndefect Ann Cole from=- to=- date=- asserted",
        ),
        // named after the copula that follows the group's relative clause
        (
            "Among those who resigned were Tom Hale and Ann Cole.",
            "resign Tom Hale from=- to=- date=- asserted\nresign Ann Cole from=- to=- date=- asserted",
        ),
        // ... or after a counted infinitive, past a description before the first name
        (
            "Among the latest to resign were Northern Ireland Secretary Tom Hale and Treasury \
             minister Ann Cole.",
            "resign Tom Hale from=- to=- date=- asserted\nresign Ann Cole from=- to=- date=- asserted",
        ),
        (
            "The first minister to quit was Tom Hale.",
            "resign Tom Hale from=- to=- date=- asserted",
        ),
        // ... or after "include", whatever plural noun the relative clause is on
        (
            "The MPs who defected include Tom Hale and Ann Cole.",
            "defect Tom Hale from=- to=- date=- asserted\ndefect Ann Cole from=- to=- date=- asserted",
        ),
        (
            "Others who have quit junior roles include Tom Hale and Ann Cole.",
            "resign Tom Hale from=- to=- date=2015-03-12 asserted\nresign Ann Cole from=- to=- date=2015-03-12 asserted",
        ),
        (
            "Tom Hale and Ann Cole announced their resignations on Monday.",
            "resign Tom Hale from=- to=- date=2015-03-09 asserted\nresign Ann Cole from=- to=- date=2015-03-09 asserted",
        ),
        // a threatened change has not happened
        (
            "Tom Hale faces expulsion from the party.",
            "expel Tom Hale from=- to=- date=- rumoured",
        ),
        // a copular "new" seat, and an elected office named with its place
        (
            "Tom Hale is the new MP for Bexley.",
            "elect Tom Hale from=- to=- date=2015-03-12 asserted",
        ),
        (
            "Tom Hale is the new mayor of Bexley.",
            "elect Tom Hale from=- to=- date=2015-03-12 asserted",
        ),
        // reshuffles in other words
        (
            "Tom Hale lost his job as health secretary.",
            "dismiss Tom Hale from=- to=- date=- asserted",
        ),
        (
            "Tom Hale was reshuffled out of the cabinet.",
            "dismiss Tom Hale from=- to=- date=- asserted",
        ),
        (
            "Tom Hale makes a comeback as business secretary.",
            "appoint Tom Hale from=- to=- date=2015-03-12 asserted",
        ),
        // changing sides in other words
        (
            "Tom Hale switched parties in 2005.",
            "defect Tom Hale from=- to=- date=2005 asserted",
        ),
        ("Tom Hale jumped to conclusions.", ""),
        (
            "Tom Hale has thrown in his lot with Reform UK.",
            "join Tom Hale from=- to=Reform UK date=2015-03-12 asserted",
        ),
        (
            "Tom Hale, who joined Labour from the Liberal Democrats in 2010, spoke.",
            "defect Tom Hale from=Liberal Democrats to=Labour Party date=2010 asserted",
        ),
        // an indefinite change-of-party noun, object of a verb of weighing or telling
        (
            "Tom Hale is weighing up a move to Reform UK.",
            "defect Tom Hale from=- to=Reform UK date=- rumoured",
        ),
        (
            "Tom Hale announced a shock defection to Labour.",
            "defect Tom Hale from=- to=Labour Party date=- asserted",
        ),
        ("Tom Hale criticised a defection to Labour.", ""),
        ("The move to the backbenches suited Tom Hale.", ""),
        // what was avoided did not happen
        (
            "Tom Hale narrowly avoided being deselected.",
            "deselect Tom Hale from=- to=- date=- denied",
        ),
        // a role after the name ("Tom Hale MP") is the name's: the name is the subject
        (
            "Tom Hale MP has been suspended by Labour.",
            "expel Tom Hale from=Labour Party to=- date=2015-03-12 asserted",
        ),
        (
            "Dr Ann Cole AM has joined Plaid Cymru.",
            "join Ann Cole from=- to=Plaid Cymru date=2015-03-12 asserted",
        ),
        // candidacies lost and memberships given back, in other words
        (
            "Tom Hale was ousted as the party's candidate.",
            "deselect Tom Hale from=- to=- date=- asserted",
        ),
        (
            "Tom Hale has been allowed back into the Labour Party.",
            "readmit Tom Hale from=- to=Labour Party date=2015-03-12 asserted",
        ),
        ("Tom Hale topped the poll in Bexley.", "elect Tom Hale from=- to=- date=- asserted"),
        // a name coordinated with an unnamed remainder is among those who did it
        (
            "Tom Hale and six other Labour MPs quit the party to form the Northern Group.",
            "defect Tom Hale from=Labour Party to=Northern Group date=- asserted\n\
             found Tom Hale from=- to=Northern Group date=- asserted",
        ),
        // quitting something other than an office, seat or party
        ("Tom Hale quit Twitter after the abuse.", ""),
        ("Tom Hale quit his television show.", ""),
        ("Tom Hale resigned himself to defeat.", ""),
        ("Tom Hale quit his job.", "resign Tom Hale from=- to=- date=- asserted"),
        (
            "Tom Hale's return to the front bench was confirmed.",
            "appoint Tom Hale from=- to=- date=- asserted",
        ),
        // a return to the back benches follows a lost office; it is no change of its own
        ("Tom Hale returned to the backbenches after the reshuffle.", ""),
        // a job that goes to someone: the new holder, not the one who had it
        (
            "Ms Cole's old job goes to Sam Poole.",
            "appoint Sam Poole from=- to=- date=2015-03-12 asserted",
        ),
        // keeping a job is no change
        ("Tom Hale keeps his job as chancellor.", ""),
        // a group that includes nobody named gives nothing
        ("Tom Hale praised the MPs who defected.", ""),
        (
            "Tom Hale gave up the Conservative whip.",
            "leave Tom Hale from=Conservative Party to=- date=- asserted",
        ),
    ];
    check_bodies(d, cases);
}
