//! Terms that end: a seat a register leaves open in a body with terms (the Scottish
//! Parliament, the Senedd, the House of Commons) ends at the dissolution after the
//! register's snapshot; a peer's seat never ends that way. Invented registers in the real
//! formats (parlparse's `sp-members.xml`, Popolo), so these always run: the shared registers
//! hold the House of Commons only.

use serde_json::Value;

use crate::util::*;

/// `seats --on DAY --body BODY` as (party, seats).
fn seats(db: &str, on: &str, body: &str) -> Vec<(String, u64)> {
    json(db, &["seats", "--on", on, "--body", body])
        .iter()
        .map(|r| {
            (
                r["org"].as_str().unwrap().to_string(),
                r["seats"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn total(db: &str, on: &str, body: &str) -> u64 {
    seats(db, on, body).iter().map(|(_, n)| n).sum()
}

#[test]
fn devolved_seats_left_open_end_at_the_next_dissolution_and_peers_never_do() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.db").to_string_lossy().into_owned();
    // parlparse's Scottish file: `<member_sp>`, `regional_election` for a general election,
    // `9999-12-31` for "still in office"; its snapshot date from the file name
    let sp = dir.path().join("sp-members.2014-06-01.xml");
    std::fs::write(
        &sp,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<publicwhip>
  <member_sp id="uk.org.publicwhip/member/80901" constituency="Glasgow Kelvinbridge"
      membertype="constituency" party="SNP" firstname="Morag" lastname="Inverkeith" title=""
      fromdate="2011-05-05" fromwhy="regional_election" todate="9999-12-31" towhy="still_in_office"/>
  <member_sp id="uk.org.publicwhip/member/80902" constituency="Lothian"
      membertype="region" party="Lab" firstname="Euan" lastname="Strathmore" title=""
      fromdate="2007-05-03" fromwhy="regional_election" todate="2011-03-23" towhy="regional_election"/>
  <member_sp id="uk.org.publicwhip/member/80903" constituency="Lothian"
      membertype="region" party="Lab" firstname="Euan" lastname="Strathmore" title=""
      fromdate="2011-05-05" fromwhy="regional_election" todate="9999-12-31" towhy="still_in_office"/>
</publicwhip>
"#,
    )
    .unwrap();
    run(&db, &["import", "parlparse", sp.to_str().unwrap()]);
    let sources = json(&db, &["sources"]);
    assert_eq!(sources[0]["as_of"], "2014-06-01", "{sources:#?}");
    let body = "Scottish Parliament";
    // open as of 2014: sitting until Holyrood's dissolution of 24 March 2016, not after
    assert_eq!(
        seats(&db, "2016-03-24", body),
        [
            ("Labour Party".to_string(), 1),
            ("Scottish National Party".to_string(), 1)
        ]
    );
    assert_eq!(total(&db, "2016-03-25", body), 0, "dissolved");
    assert_eq!(
        total(&db, "2016-05-05", body),
        0,
        "no later source re-elects them"
    );
    // the register's own end at the 2011 dissolution; nobody sits until polling day
    assert_eq!(total(&db, "2011-03-23", body), 1);
    assert_eq!(total(&db, "2011-04-20", body), 0);
    assert_eq!(total(&db, "2011-05-05", body), 2);
    let rows = json(
        &db,
        &["holders", "Glasgow Kelvinbridge", "--on", "2015-01-01"],
    );
    assert_eq!(rows.len(), 1, "{rows:#?}");
    assert_eq!(
        (&rows[0]["person"], &rows[0]["until"]),
        (&Value::from("Morag Inverkeith"), &Value::from("2016-03-24"))
    );
    // one person, two terms of one seat: not one spell across the dissolution
    assert_eq!(json(&db, &["who", "Euan Strathmore"]).len(), 1);
    let lothian = |on: &str| people_on(&db, &["holders", "Lothian", "--on", on]);
    assert_eq!(lothian("2010-01-01"), ["Euan Strathmore"]);
    assert!(lothian("2011-04-01").is_empty());
    assert_eq!(lothian("2012-01-01"), ["Euan Strathmore"]);

    // Popolo, the Welsh body under its name before 2020, a peer and an MP, all open as of
    // 2015-01-01: the Assembly Member sits until the 2016 dissolution, the MP until the
    // 2015 one, the peer for life
    let popolo = dir.path().join("wales-and-lords.json");
    std::fs::write(
        &popolo,
        r#"{"persons": [{"id": "am", "name": "Bethan Caerwyn"},
                        {"id": "peer", "name": "Lord Ashgrove of Tintern"},
                        {"id": "mp", "name": "Gareth Penllyn"}],
            "organizations": [{"id": "naw", "name": "National Assembly for Wales", "classification": "legislature"},
                              {"id": "hol", "name": "House of Lords", "classification": "legislature"},
                              {"id": "hoc", "name": "House of Commons", "classification": "legislature"},
                              {"id": "pc", "name": "Plaid Cymru", "classification": "party"},
                              {"id": "lab", "name": "Labour", "classification": "party"}],
            "areas": [{"id": "a1", "name": "Cardiff Bayside"}, {"id": "a2", "name": "Ogmore Vale"}],
            "posts": [{"id": "s1", "label": "AM for Cardiff Bayside", "area_id": "a1", "organization_id": "naw"},
                      {"id": "s2", "label": "MP for Ogmore Vale", "area_id": "a2", "organization_id": "hoc"}],
            "memberships": [
              {"person_id": "am", "post_id": "s1", "on_behalf_of_id": "pc", "start_date": "2011-05-05"},
              {"person_id": "peer", "organization_id": "hol", "on_behalf_of_id": "lab", "start_date": "1999-11-11"},
              {"person_id": "mp", "post_id": "s2", "on_behalf_of_id": "lab", "start_date": "2010-05-06"}
            ]}"#,
    )
    .unwrap();
    run(
        &db,
        &[
            "import",
            "popolo",
            "--as-of",
            "2015-01-01",
            popolo.to_str().unwrap(),
        ],
    );
    // "National Assembly for Wales" is the Senedd, whichever name a register or a question uses
    assert_eq!(total(&db, "2016-04-06", "Senedd"), 1);
    assert_eq!(total(&db, "2016-04-06", "National Assembly for Wales"), 1);
    assert_eq!(total(&db, "2016-04-07", "Senedd"), 0, "dissolved");
    assert_eq!(total(&db, "2015-03-30", "House of Commons"), 1);
    assert_eq!(total(&db, "2015-03-31", "House of Commons"), 0, "dissolved");
    for on in ["2015-01-01", "2016-04-07", "2030-01-01"] {
        assert_eq!(
            seats(&db, on, "House of Lords"),
            [("Labour Party".to_string(), 1)],
            "the House of Lords has no terms ({on})"
        );
    }
}
