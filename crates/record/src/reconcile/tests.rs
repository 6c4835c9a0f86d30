use super::*;

fn reg(id: i64, party: &str, since: Option<&str>, until: Option<&str>) -> Claim {
    let mut c = Claim::register(id, "term.csv", MembershipKind::Seat, "House of Commons")
        .post("Streatham")
        .on_behalf_of(party);
    c.start = since.and_then(|d| d.parse().ok());
    c.end = until.and_then(|d| d.parse().ok());
    c
}

/// The register's record of the seed's switch: a Labour seat that ends on 17 February 2019 by
/// a change of party, and an Independent one from the day after.
fn labour_then_independent(labour_since: Option<&str>) -> (Claim, Claim) {
    let mut lab = reg(1, "Labour Party", labour_since, Some("2019-02-17"));
    lab.end_reason = Some("changed_party".into());
    (lab, independent_after_labour())
}

/// The register's Independent seat from 18 February 2019, entered by leaving Labour.
fn independent_after_labour() -> Claim {
    let mut ind = reg(2, "Independent", Some("2019-02-18"), None);
    ind.start_reason = Some("changed_party".into());
    ind.from = Some("Labour Party".into());
    ind
}

fn find<'a>(r: &'a Record, kind: MembershipKind, org: &str) -> Vec<&'a Membership> {
    r.memberships
        .iter()
        .filter(|m| m.kind == kind && m.org.as_deref() == Some(org))
        .collect()
}

#[test]
fn article_and_register_disagree_on_the_date_of_a_defection() {
    let (lab, ind) = labour_then_independent(None);
    let art = Claim::event(
        3,
        "seed",
        "2019-02-12",
        EventType::Defect,
        Modality::Asserted,
    )
    .from("Labour Party")
    .to("The Independent Group")
    .date("2019-02-11");
    let r = reconcile(&[lab, ind, art]);
    let labour = find(&r, MembershipKind::Party, "Labour Party");
    assert_eq!(labour.len(), 1);
    assert_eq!(
        labour[0].until.unwrap().to_string(),
        "2019-02-17",
        "register first"
    );
    assert_eq!(labour[0].sources, vec![1, 3]);
    let c = &labour[0].conflicts[0];
    assert_eq!(c.about, "left Labour Party");
    assert_eq!(
        c.claims
            .iter()
            .map(|c| (c.date.clone().unwrap(), c.source.as_str()))
            .collect::<Vec<_>>(),
        vec![
            ("2019-02-11".to_string(), "seed"),
            ("2019-02-18".to_string(), "term.csv")
        ]
    );
    let tig = find(&r, MembershipKind::Party, "The Independent Group");
    assert_eq!(tig[0].since.unwrap().to_string(), "2019-02-11");
    // the register files the group as Independent: its spell is the group's, from its
    // own date, which disagrees with the article's
    let joined = tig[0]
        .conflicts
        .iter()
        .find(|c| c.about == "joined The Independent Group")
        .unwrap_or_else(|| panic!("{:#?}", tig[0]));
    assert_eq!(joined.claims.len(), 2);
    assert!(find(&r, MembershipKind::Party, "Independent").is_empty());
    // the seat is held for Labour, then TIG
    let seats: Vec<String> = r
        .memberships
        .iter()
        .filter(|m| m.kind == MembershipKind::Seat)
        .map(|m| {
            format!(
                "{:?}..{:?} {}",
                m.since.map(|d| d.to_string()),
                m.until.map(|d| d.to_string()),
                m.on_behalf_of.clone().unwrap()
            )
        })
        .collect();
    assert_eq!(
        seats,
        vec![
            "None..Some(\"2019-02-10\") Labour Party",
            "Some(\"2019-02-11\")..Some(\"2019-11-06\") The Independent Group",
        ]
    );
}

#[test]
fn rumours_stay_pending_until_asserted_and_denials_sit_beside_them() {
    let rumour = Claim::event(1, "a", "2019-02-12", EventType::Defect, Modality::Rumoured)
        .from("Conservative Party")
        .to("The Independent Group")
        .date("2019-02-12");
    let denial = Claim::event(2, "b", "2019-02-13", EventType::Defect, Modality::Denied)
        .from("Conservative Party")
        .to("The Independent Group");
    let r = reconcile(&[rumour.clone(), denial.clone()]);
    assert!(find(&r, MembershipKind::Party, "The Independent Group")
        .iter()
        .all(|m| m.status == Status::Pending));
    assert_eq!(r.happenings.len(), 1);
    let h = &r.happenings[0];
    assert_eq!(
        (h.status, h.denials.clone()),
        (HappeningStatus::Pending, vec![2])
    );
    assert_eq!(h.conflicts[0].about, "denied");

    let confirm = Claim::event(3, "c", "2019-02-20", EventType::Defect, Modality::Asserted)
        .from("Conservative Party")
        .to("The Independent Group")
        .date("2019-02-20");
    let r = reconcile(&[rumour, denial, confirm]);
    assert_eq!(r.happenings.len(), 1, "one event, many sources");
    assert_eq!(r.happenings[0].status, HappeningStatus::Confirmed);
    assert_eq!(r.happenings[0].sources, vec![1, 3]);
    let tig = find(&r, MembershipKind::Party, "The Independent Group");
    assert_eq!(tig.len(), 1);
    assert_eq!(tig[0].status, Status::Member);
    assert_eq!(tig[0].since.unwrap().to_string(), "2019-02-20");
}

#[test]
fn the_whip_is_kept_apart_from_the_party() {
    let lab = Claim::event(1, "a", "2005-01-10", EventType::Join, Modality::Asserted)
        .to("Labour Party")
        .date("1990");
    let whip = Claim::event(2, "b", "2008-03-01", EventType::Expel, Modality::Asserted)
        .from("Labour Party")
        .date("2008-03-01")
        .evidence("He had the Labour whip withdrawn on Saturday.");
    let r = reconcile(&[lab, whip]);
    let party = find(&r, MembershipKind::Party, "Labour Party");
    assert_eq!(
        party[0].until, None,
        "losing the whip is not leaving the party"
    );
    let w = find(&r, MembershipKind::Whip, "Labour Party");
    assert_eq!(w[0].end_reason.as_deref(), Some("whip_removed"));
}

#[test]
fn an_open_commons_seat_ends_with_its_parliament_unless_a_later_source_knows_more() {
    let open = |id: i64, src: &str, as_of: &str| {
        let mut c = reg(id, "Labour Party", Some("2005-05-05"), None);
        c.source = src.into();
        c.as_of = as_of.parse().ok();
        c
    };
    let seats = |r: &Record| -> Vec<String> {
        r.memberships
            .iter()
            .filter(|m| m.kind == MembershipKind::Seat)
            .map(|m| {
                format!(
                    "{}..{} {}",
                    m.since.unwrap(),
                    m.until.map(|d| d.to_string()).unwrap_or_default(),
                    m.end_reason.clone().unwrap_or_default()
                )
            })
            .collect()
    };
    let r = reconcile(&[open(1, "a.xml", "2009-02-23")]);
    assert_eq!(seats(&r), ["2005-05-05..2010-04-12 general_election"]);
    // a later register has them die in office: its end wins over the inferred one
    let mut died = reg(2, "Labour Party", Some("2005-05-05"), Some("2009-05-01"));
    died.source = "b.xml".into();
    died.end_reason = Some("died".into());
    let r = reconcile(&[open(1, "a.xml", "2009-02-23"), died]);
    assert_eq!(seats(&r), ["2005-05-05..2009-05-01 died"]);
    // re-elected: a new term from polling day, the dissolution between them is no seat
    let again = reg(3, "Labour Party", Some("2010-05-06"), Some("2015-03-30"));
    let r = reconcile(&[open(1, "a.xml", "2009-02-23"), again]);
    assert_eq!(
        seats(&r),
        [
            "2005-05-05..2010-04-12 general_election",
            "2010-05-06..2015-03-30 "
        ]
    );
    // a seat vacant between a resignation and a by-election was vacant
    let mut gone = reg(
        4,
        "Conservative Party",
        Some("2010-05-06"),
        Some("2014-08-29"),
    );
    gone.end_reason = Some("resigned".into());
    let mut back = reg(
        5,
        "UK Independence Party",
        Some("2014-10-10"),
        Some("2015-03-30"),
    );
    back.start_reason = Some("by_election".into());
    assert_eq!(
        reconcile(&[gone, back])
            .memberships
            .iter()
            .filter(|m| m.kind == MembershipKind::Seat)
            .count(),
        2
    );
}

#[test]
fn a_register_change_and_an_article_report_of_it_are_one_happening() {
    let (lab, ind) = labour_then_independent(Some("2017-06-08"));
    let found = Claim::event(
        3,
        "seed",
        "2019-02-12",
        EventType::Found,
        Modality::Asserted,
    )
    .to("The Independent Group")
    .date("2019-02-11");
    let defect = Claim::event(
        4,
        "seed",
        "2019-02-12",
        EventType::Defect,
        Modality::Asserted,
    )
    .from("Labour Party")
    .to("The Independent Group")
    .date("2019-02-11");
    let r = reconcile(&[lab, ind, found, defect]);
    let moves: Vec<&Happening> = r
        .happenings
        .iter()
        .filter(|h| h.from.as_deref() == Some("Labour Party"))
        .collect();
    assert_eq!(moves.len(), 1, "{:#?}", r.happenings);
    let h = moves[0];
    assert_eq!(h.kind, EventType::Found, "the article's more specific word");
    assert_eq!(h.to.as_deref(), Some("The Independent Group"));
    assert_eq!(
        h.sources,
        vec![3, 4, 2],
        "articles first, then the register"
    );
    assert_eq!(h.reason.as_deref(), Some("changed_party"));
    assert!(h.conflicts.iter().any(|c| c.about == "date of found"));
    assert!(h
        .conflicts
        .iter()
        .any(|c| c.about == "joined Independent or The Independent Group"));
    // a rumour is not confirmed by a register's change to another group
    let rumour = Claim::event(
        5,
        "seed",
        "2019-02-12",
        EventType::Defect,
        Modality::Rumoured,
    )
    .from("Labour Party")
    .to("The Independent Group")
    .date("2019-02-12");
    let r = reconcile(&[independent_after_labour(), rumour]);
    assert_eq!(r.happenings.len(), 2, "{:#?}", r.happenings);
}

#[test]
fn one_source_s_own_consecutive_spells_are_no_conflict() {
    let office = |id: i64, since: &str, until: &str| {
        Claim::register(id, "ministers.json", MembershipKind::Office, "HM Treasury")
            .role("PPS (Team PPS)")
            .since(since)
            .until(until)
    };
    let r = reconcile(&[
        office(1, "2007-06-28", "2007-07-15"),
        office(2, "2007-07-23", "2008-01-01"),
    ]);
    assert!(
        r.memberships.iter().all(|m| m.conflicts.is_empty()),
        "{r:#?}"
    );
    assert!(
        r.happenings.iter().all(|h| h.conflicts.is_empty()),
        "{r:#?}"
    );
}

#[test]
fn two_articles_that_agree_are_one_happening_and_one_spell() {
    let a = Claim::event(1, "a", "2015-05-08", EventType::Elect, Modality::Asserted)
        .post("South Cambridgeshire")
        .date("2015");
    let b = Claim::event(2, "b", "2019-02-12", EventType::Elect, Modality::Asserted)
        .post("South Cambridgeshire")
        .date("2015-05-07");
    let c = Claim::event(3, "b", "2019-02-12", EventType::Reelect, Modality::Asserted)
        .post("South Cambridgeshire")
        .date("2017-06-08");
    let r = reconcile(&[a, b, c]);
    let elect: Vec<_> = r
        .happenings
        .iter()
        .filter(|h| h.kind == EventType::Elect)
        .collect();
    assert_eq!(elect.len(), 1);
    assert_eq!(elect[0].date.unwrap().to_string(), "2015-05-07");
    assert!(elect[0].conflicts.is_empty(), "2015 and 2015-05-07 agree");
    let seats: Vec<_> = r
        .memberships
        .iter()
        .filter(|m| m.kind == MembershipKind::Seat)
        .collect();
    assert_eq!(seats.len(), 1);
    assert_eq!(seats[0].since.unwrap().to_string(), "2015-05-07");
    assert_eq!(seats[0].until, None);
}
