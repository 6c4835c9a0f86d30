//! Offices: an article's appointment, resignation or dismissal and a register's spell of the
//! same office are one record. Agreement corroborates the register's spell; disagreement is
//! a `conflicts` entry in `check`; a resignation or dismissal ends the spell. Invented
//! people and articles, real office names, a register in Popolo as parlparse's
//! `ministers.json` gives offices (an organisation and a role), so this always runs.

use std::path::Path;

use serde_json::Value;

use crate::util::*;

const MINISTERS: &str = r#"{
  "persons": [{"id": "hvm", "name": "Harriet Vane-Morley"},
              {"id": "ga", "name": "Gideon Ashcombe"},
              {"id": "rp", "name": "Rosalind Pryce"},
              {"id": "tw", "name": "Tobias Wrenfield"}],
  "organizations": [{"id": "home-office", "name": "Home Office"},
                    {"id": "mod", "name": "Ministry of Defence"},
                    {"id": "hmt", "name": "HM Treasury"}],
  "memberships": [
    {"person_id": "ga", "organization_id": "home-office", "role": "Secretary of State",
     "start_date": "2004-12-16", "end_date": "2006-05-05"},
    {"person_id": "hvm", "organization_id": "home-office", "role": "Secretary of State",
     "start_date": "2006-05-05", "end_date": "2007-06-28"},
    {"person_id": "rp", "organization_id": "mod", "role": "Secretary of State",
     "start_date": "2005-05-06"},
    {"person_id": "tw", "organization_id": "hmt", "role": "Minister of State",
     "start_date": "2005-05-06", "end_date": "2008-02-19"}
  ]}"#;

/// (file stem, text): each article one claim.
const ARTICLES: [(&str, &str); 6] = [
    // agrees with the register: Vane-Morley from 5 May 2006
    (
        "agree",
        " date 2006-05-06 Reshuffle at the Home Office\n\nHarriet Vane-Morley was appointed Home Secretary yesterday, replacing Gideon Ashcombe.\n",
    ),
    // the register has Vane-Morley in the post that day, and for a year after
    (
        "other-holder",
        " date 2006-09-12 New Home Secretary\n\nRosalind Pryce was appointed Home Secretary on Monday.\n",
    ),
    // the register has Ashcombe leave eight months earlier
    (
        "late-resignation",
        " date 2007-01-15 Minister quits\n\nGideon Ashcombe resigned as Home Secretary yesterday.\n",
    ),
    // the register leaves Pryce's spell open: the article ends it
    (
        "resign",
        " date 2006-11-08 Defence Secretary quits\n\nRosalind Pryce resigned as Defence Secretary on Tuesday.\n",
    ),
    // an office the register does not give him: the articles start and end it
    (
        "appoint",
        " date 2008-02-20 Treasury appointment\n\nTobias Wrenfield was appointed Chief Secretary to the Treasury yesterday.\n",
    ),
    (
        "dismiss",
        " date 2008-09-03 Treasury minister sacked\n\nTobias Wrenfield was sacked as Chief Secretary to the Treasury on Tuesday.\n",
    ),
];

fn record(dir: &Path) -> String {
    let db = dir.join("x.db").to_string_lossy().into_owned();
    let reg = dir.join("ministers.json");
    std::fs::write(&reg, MINISTERS).unwrap();
    run(&db, &["import", "popolo", reg.to_str().unwrap()]);
    let arts = dir.join("articles");
    std::fs::create_dir(&arts).unwrap();
    for (stem, text) in ARTICLES {
        std::fs::write(arts.join(format!("{stem}.txt")), text).unwrap();
    }
    run(&db, &["ingest", arts.to_str().unwrap()]);
    db
}

#[test]
fn articles_and_a_register_agree_on_an_office_or_say_where_not() {
    let dir = tempfile::tempdir().unwrap();
    let db = record(dir.path());

    // (a) agreement: one spell, the register's dates, both sources, no conflict
    let rows = json(&db, &["holders", "Home Secretary", "--on", "2006-05-06"]);
    assert_eq!(rows.len(), 1, "{rows:#?}");
    let r = &rows[0];
    assert_eq!(
        (
            &r["person"],
            &r["org"],
            &r["role"],
            &r["since"],
            &r["until"]
        ),
        (
            &Value::from("Harriet Vane-Morley"),
            &Value::from("Home Office"),
            &Value::from("Secretary of State"),
            &Value::from("2006-05-05"),
            &Value::from("2007-06-28")
        )
    );
    assert_eq!(docs(r), set(&["agree", "ministers.json"]));
    assert_eq!(r["conflicts"], Value::Array(vec![]));
    let tl = json(&db, &["timeline", "Harriet Vane-Morley"]);
    let appointed: Vec<&Value> = tl.iter().filter(|x| x["type"] == "appoint").collect();
    assert_eq!(appointed.len(), 1, "one happening, two sources: {tl:#?}");
    assert_eq!(
        docs(appointed[0]),
        set(&["agree", "ministers.json"]),
        "{tl:#?}"
    );

    // (b) disagreement: each a conflict in `check`, naming both sources and their dates
    let flags = json(&db, &["check"]);
    let conflicts: Vec<&Value> = flags.iter().filter(|f| f["flag"] == "conflict").collect();
    let of = |person: &str| -> Vec<&Value> {
        conflicts
            .iter()
            .copied()
            .filter(|f| f["person"] == person)
            .collect()
    };
    // appointed to a post the register gives to someone else that day
    let pryce = of("Rosalind Pryce");
    assert_eq!(pryce.len(), 1, "{flags:#?}");
    assert_eq!(pryce[0]["doc"], "other-holder");
    assert!(
        pryce[0]["about"]
            .as_str()
            .unwrap()
            .contains("Harriet Vane-Morley"),
        "{:#}",
        pryce[0]
    );
    assert_eq!(
        claim_dates(pryce[0]),
        pairs(&[
            ("2006-09-11", "other-holder"),
            ("2006-05-05", "ministers.json")
        ])
    );
    // a resignation dated far from the register's end: a conflict, and the register's end
    // stands (the article alone does not keep him in office over his successor's months)
    let ashcombe = of("Gideon Ashcombe");
    assert_eq!(ashcombe.len(), 1, "{flags:#?}");
    assert_eq!(
        claim_dates(ashcombe[0]),
        pairs(&[
            ("2006-05-06", "ministers.json"),
            ("2007-01-14", "late-resignation")
        ])
    );
    assert!(
        people_on(&db, &["holders", "Home Secretary", "--on", "2006-09-01"])
            .iter()
            .all(|p| p != "Gideon Ashcombe")
    );
    // the agreeing article and the register make no conflict; nor does the handover
    assert!(of("Harriet Vane-Morley").is_empty(), "{flags:#?}");
    assert_eq!(conflicts.len(), 2, "{flags:#?}");

    // (c) a resignation ends the register's open spell; an appointment and a dismissal
    // reported by articles alone start and end one
    let defence = |on: &str| json(&db, &["holders", "Defence Secretary", "--on", on]);
    let d = defence("2006-11-01");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(
        (&d[0]["person"], &d[0]["until"]),
        (&Value::from("Rosalind Pryce"), &Value::from("2006-11-06"))
    );
    assert_eq!(docs(&d[0]), set(&["ministers.json", "resign"]));
    assert!(defence("2006-12-01").is_empty());
    let chief = |on: &str| {
        json(
            &db,
            &[
                "holders",
                "HM Treasury",
                "--role",
                "Chief Secretary",
                "--on",
                on,
            ],
        )
    };
    let c = chief("2008-05-01");
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(
        (&c[0]["person"], &c[0]["since"], &c[0]["until"]),
        (
            &Value::from("Tobias Wrenfield"),
            &Value::from("2008-02-19"),
            &Value::from("2008-09-01")
        )
    );
    assert_eq!(docs(&c[0]), set(&["appoint", "dismiss"]));
    assert!(chief("2008-10-01").is_empty());
    // his register office (Minister of State) is another office, ended by the register
    assert!(people_on(
        &db,
        &[
            "holders",
            "HM Treasury",
            "--role",
            "Minister of State",
            "--on",
            "2008-05-01"
        ]
    )
    .is_empty());
}
