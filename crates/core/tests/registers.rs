//! Real registers (../shared/corpora/uk-members): one person per politician whatever the
//! import order, parliaments that end, offices held. Each test skips with a message when the
//! files are absent.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::util::*;

/// The parlparse folder, or `None` (with a message) when ../shared is absent.
fn parlparse() -> Option<PathBuf> {
    let shared = shared("corpora/uk-members/parlparse/people.2015-03-31.xml")?;
    Some(shared.join("corpora/uk-members/parlparse"))
}

fn file(dir: &Path, name: &str) -> String {
    dir.join(name).to_string_lossy().into_owned()
}

const SNAPSHOTS: [&str; 2] = ["all-members.2009-02-23.xml", "all-members-2010.2015.xml"];
const PEOPLE: &str = "people.2015-03-31.xml";

/// A database with both snapshots and the people file, imported in the given order.
fn imported(dir: &Path, db: &str, order: &[&str]) -> String {
    let db = dir.join(db).to_string_lossy().into_owned();
    let Some(p) = parlparse() else {
        return db;
    };
    for f in order {
        run(&db, &["import", "parlparse", &file(&p, f)]);
    }
    db
}

#[test]
fn a_people_file_makes_one_person_per_politician_in_any_order() {
    let Some(_) = parlparse() else { return };
    let dir = tempfile::tempdir().unwrap();
    let after = imported(
        dir.path(),
        "after.db",
        &[SNAPSHOTS[0], SNAPSHOTS[1], PEOPLE],
    );
    let before = imported(
        dir.path(),
        "before.db",
        &[PEOPLE, SNAPSHOTS[1], SNAPSHOTS[0]],
    );
    assert_eq!(
        run(&after, &["dump"]),
        run(&before, &["dump"]),
        "the order of imports changes nothing"
    );
    for name in ["George Galloway", "Ed Balls", "Quentin Davies"] {
        let who = json(&after, &["who", name]);
        assert_eq!(who.len(), 1, "{name}: {who:#?}");
        let ids = who[0]["identifiers"].as_array().unwrap();
        assert!(
            ids.iter().any(|i| i[0] == "parlparse"
                && i[1]
                    .as_str()
                    .unwrap()
                    .starts_with("uk.org.publicwhip/person/")),
            "{name}: {ids:?}"
        );
    }
    // Galloway's three seats are one person's
    let tl = json(&after, &["timeline", "George Galloway"]);
    let seats: BTreeSet<&str> = tl.iter().filter_map(|r| r["post"].as_str()).collect();
    for seat in ["Glasgow, Kelvin", "Bethnal Green & Bow", "Bradford West"] {
        assert!(seats.contains(seat), "{seat} missing from {seats:?}");
    }
    // the 2010-2015 file's data.parliament ids are kept
    let balls = json(&after, &["who", "Ed Balls"]);
    assert!(balls[0]["identifiers"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i[0] == "datadotparl_id"));
    // no two people share a parlparse person id
    let popolo: Value = serde_json::from_str(&run(&after, &["export", "popolo"])).unwrap();
    let mut owners: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for p in popolo["persons"].as_array().unwrap() {
        for i in p["identifiers"].as_array().unwrap() {
            if i["scheme"] == "parlparse" {
                owners
                    .entry(i["identifier"].as_str().unwrap().to_string())
                    .or_default()
                    .push(p["id"].as_str().unwrap().to_string());
            }
        }
    }
    assert!(
        owners.len() > 1000,
        "{} people with a parlparse id",
        owners.len()
    );
    let shared: Vec<_> = owners.iter().filter(|(_, v)| v.len() > 1).collect();
    assert!(shared.is_empty(), "{shared:?}");
}

/// `<member .../>` elements of an all-members file as attribute maps (a plain scan: the
/// test reads the file its own way, not through floorcross).
fn members_of(xml: &str) -> Vec<BTreeMap<String, String>> {
    xml.split("<member")
        .skip(1)
        .map(|chunk| {
            let body = &chunk[..chunk.find("/>").unwrap_or(chunk.len())];
            let mut attrs = BTreeMap::new();
            let mut rest = body;
            while let Some(eq) = rest.find("=\"") {
                let key = rest[..eq]
                    .split_whitespace()
                    .last()
                    .unwrap_or("")
                    .to_string();
                let after = &rest[eq + 2..];
                let end = after.find('"').unwrap_or(after.len());
                attrs.insert(key, after[..end].to_string());
                rest = &after[(end + 1).min(after.len())..];
            }
            attrs
        })
        .collect()
}

/// The party a parlparse code is counted under (Labour/Co-operative counts as Labour; the
/// Speaker and the deputies, who sit for no party, under their own names).
fn party(code: &str) -> &'static str {
    match code {
        "Lab" | "Lab/Co-op" => "Labour Party",
        "Con" => "Conservative Party",
        "LDem" => "Liberal Democrats",
        "SNP" => "Scottish National Party",
        "PC" => "Plaid Cymru",
        "DUP" => "Democratic Unionist Party",
        "UUP" => "Ulster Unionist Party",
        "SF" => "Sinn Féin",
        "SDLP" => "Social Democratic and Labour Party",
        "UKIP" => "UK Independence Party",
        "Green" => "Green Party",
        "Res" => "Respect",
        "Alliance" => "Alliance Party",
        "UKUP" => "UK Unionist Party",
        "Ind" => "Independent",
        "Ind Con" => "Independent Conservative",
        "Ind Lab" => "Independent Labour",
        "Ind UU" => "Independent Ulster Unionist",
        "SPK" => "Speaker",
        "CWM" => "Chairman of Ways and Means",
        "DCWM" => "Deputy Chairman of Ways and Means",
        other => panic!("party code {other:?} unknown to the test"),
    }
}

#[test]
fn commons_seats_match_the_snapshots_on_every_day_tested() {
    let Some(p) = parlparse() else { return };
    let dir = tempfile::tempdir().unwrap();
    let db = imported(dir.path(), "x.db", &[SNAPSHOTS[0], SNAPSHOTS[1], PEOPLE]);
    // the 2009 snapshot's open terms ("9999-12-31": still sitting on 2009-02-23) end at the
    // dissolution of 12 April 2010 (parliament.uk); the test knows that date itself
    let mut terms: Vec<(String, String, &'static str)> = Vec::new();
    for f in SNAPSHOTS {
        let xml: String = std::fs::read(p.join(f))
            .unwrap()
            .iter()
            .map(|&b| b as char)
            .collect();
        for m in members_of(&xml) {
            let to = match m["todate"].as_str() {
                "9999-12-31" => "2010-04-12".to_string(),
                d => d.to_string(),
            };
            terms.push((m["fromdate"].clone(), to, party(&m["party"])));
        }
    }
    assert_eq!(terms.len(), 2037 + 672);
    let days = [
        // 1997 Parliament
        "1997-05-01",
        "1999-07-01",
        "2000-11-01",
        "2001-05-14",
        // dissolved, then the 2001 Parliament
        "2001-05-15",
        "2001-06-07",
        "2003-10-24",
        "2005-01-16",
        "2005-04-11",
        // dissolved, then the 2005 Parliament (the 2009 snapshot's open terms)
        "2005-04-12",
        "2005-05-05",
        "2007-06-26",
        "2008-11-25",
        "2009-02-23",
        "2009-12-31",
        "2010-04-12",
        // dissolved, then the 2010 Parliament (the second file)
        "2010-04-13",
        "2010-05-05",
        "2010-05-06",
        "2012-03-30",
        "2012-06-01",
        "2012-10-22",
        "2014-09-15",
        "2014-10-10",
        "2015-03-30",
        // dissolved
        "2015-03-31",
    ];
    assert!(days.len() >= 20);
    for day in days {
        let mut want: BTreeMap<String, u64> = BTreeMap::new();
        for (from, to, party) in &terms {
            if from.as_str() <= day && day <= to.as_str() {
                *want.entry(party.to_string()).or_default() += 1;
            }
        }
        let got: BTreeMap<String, u64> =
            json(&db, &["seats", "--on", day, "--body", "House of Commons"])
                .iter()
                .map(|r| {
                    (
                        r["org"].as_str().unwrap().to_string(),
                        r["seats"].as_u64().unwrap(),
                    )
                })
                .collect();
        assert_eq!(got, want, "{day}");
        let total: u64 = got.values().sum();
        assert!(total <= 659, "{day}: {total} seats");
    }
    // the snapshot date is stored and shown
    let sources = json(&db, &["sources"]);
    let s2009 = sources
        .iter()
        .find(|s| s["key"] == SNAPSHOTS[0])
        .unwrap_or_else(|| panic!("{sources:#?}"));
    assert_eq!(
        (s2009["as_of"].as_str(), s2009["as_of_from"].as_str()),
        (Some("2009-02-23"), Some("name"))
    );
}

#[test]
fn holders_name_who_held_an_office_on_a_day() {
    let Some(p) = parlparse() else { return };
    let dir = tempfile::tempdir().unwrap();
    let db = imported(
        dir.path(),
        "x.db",
        &[SNAPSHOTS[0], "ministers.json", PEOPLE, SNAPSHOTS[1]],
    );
    assert!(p.join("ministers.json").exists());
    let rows = json(
        &db,
        &[
            "holders",
            "Home Office",
            "--on",
            "2006-01-01",
            "--role",
            "Secretary of State",
        ],
    );
    assert_eq!(rows.len(), 1, "{rows:#?}");
    let r = &rows[0];
    assert_eq!(
        (
            &r["person"],
            &r["role"],
            &r["org"],
            &r["since"],
            &r["until"]
        ),
        (
            &Value::from("Charles Clarke"),
            &Value::from("Secretary of State"),
            &Value::from("Home Office"),
            &Value::from("2004-12-16"),
            &Value::from("2006-05-08")
        )
    );
    assert_eq!(r["sources"][0]["doc"], "ministers.json");
    for (what, on, role, who) in [
        ("Home Secretary", "2008-01-01", None, "Jacqui Smith"),
        (
            "Ministry of Defence",
            "2002-01-01",
            Some("Secretary of State"),
            "Geoff Hoon",
        ),
        // the department's name is spelt two ways over the spell: one office
        ("Foreign Secretary", "2009-12-01", None, "David Miliband"),
        (
            "Department of Health",
            "2004-01-01",
            Some("secretary of state"),
            "Lord Reid of Cardowan",
        ),
    ] {
        let mut args = vec!["holders", what, "--on", on];
        if let Some(r) = role {
            args.extend(["--role", r]);
        }
        assert_eq!(people_on(&db, &args), [who], "{args:?}");
    }
    // the people file's latest name, and the name he sat under, are one person
    let who = json(&db, &["who", "John Reid"]);
    assert_eq!(who.len(), 1);
    assert_eq!(who[0]["name"], "Lord Reid of Cardowan");
    // a seat by name
    assert_eq!(
        people_on(&db, &["holders", "Bradford West", "--on", "2013-01-01"]),
        ["George Galloway"]
    );
    // an article's appointment to the office agrees with the register's, or says where not
    let art = dir.path().join("reshuffle.txt");
    std::fs::write(
        &art,
        " date 2006-05-06 Reshuffle\n\nJohn Reid was appointed Home Secretary yesterday, replacing Charles Clarke.\n",
    )
    .unwrap();
    run(&db, &["ingest", art.to_str().unwrap()]);
    let rows = json(&db, &["holders", "Home Secretary", "--on", "2006-05-06"]);
    let reid = rows
        .iter()
        .find(|r| r["person"] == "Lord Reid of Cardowan")
        .unwrap_or_else(|| panic!("{rows:#?}"));
    assert_eq!(docs(reid), set(&["ministers.json", "reshuffle"]));
    let c = &reid["conflicts"][0];
    assert_eq!(
        claim_dates(c),
        pairs(&[
            ("2006-05-05", "reshuffle"),
            ("2006-05-08", "ministers.json")
        ])
    );
    // the appointment is one row of his timeline, with both sources
    let tl = json(&db, &["timeline", "John Reid"]);
    let appointed: Vec<&Value> = tl
        .iter()
        .filter(|r| r["type"] == "appoint" && r["org"] == "Home Office")
        .collect();
    assert_eq!(appointed.len(), 1, "{appointed:#?}");
    assert_eq!(appointed[0]["sources"].as_array().unwrap().len(), 2);
    // articles the register contradicts: an appointment to the post while the register has
    // John Reid in it, a resignation months after the register's end: each a conflict
    for (stem, text) in [
        (
            "smith",
            " date 2006-09-12 New Home Secretary\n\nJacqui Smith was appointed Home Secretary on Monday.\n",
        ),
        (
            "clarke",
            " date 2007-01-15 Minister quits\n\nCharles Clarke resigned as Home Secretary yesterday.\n",
        ),
    ] {
        let art = dir.path().join(format!("{stem}.txt"));
        std::fs::write(&art, text).unwrap();
        run(&db, &["ingest", art.to_str().unwrap()]);
    }
    let flags = json(&db, &["check"]);
    for (person, doc) in [("Jacqui Smith", "smith"), ("Charles Clarke", "clarke")] {
        let found: Vec<&Value> = flags
            .iter()
            .filter(|f| f["flag"] == "conflict" && f["person"] == person)
            .filter(|f| claim_sources(f) == set(&[doc, "ministers.json"]))
            .collect();
        assert_eq!(found.len(), 1, "{person}: {flags:#?}");
    }
    assert!(
        flags
            .iter()
            .find(|f| f["person"] == "Jacqui Smith")
            .is_some_and(|f| f["about"]
                .as_str()
                .unwrap()
                .contains("Lord Reid of Cardowan")),
        "{flags:#?}"
    );
    assert_eq!(
        people_on(&db, &["holders", "Home Secretary", "--on", "2006-09-01"]),
        ["Lord Reid of Cardowan"],
        "Clarke's late resignation does not keep him in office"
    );
}

#[test]
fn check_flags_the_seed_s_date_once_and_each_founder_s_conflict_once() {
    let Some(shared) = shared("corpora/uk-members/everypolitician/term-57.membership-changes.csv")
    else {
        return;
    };
    if !shared.join("seeds").exists() {
        eprintln!("skipped: ../shared/seeds is not present");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.db").to_string_lossy().into_owned();
    let csv = shared.join("corpora/uk-members/everypolitician/term-57.membership-changes.csv");
    run(&db, &["import", "csv", csv.to_str().unwrap()]);
    run(&db, &["ingest", shared.join("seeds").to_str().unwrap()]);
    let flags = json(&db, &["check"]);
    let suspect: Vec<&Value> = flags
        .iter()
        .filter(|f| f["flag"] == "suspect-document-date")
        .collect();
    assert_eq!(suspect.len(), 1, "{flags:#?}");
    assert_eq!(suspect[0]["doc"], "000_d94f9c76917ef4ce");
    assert_eq!(
        suspect[0]["offset_days"], 7,
        "the register dates it a week later"
    );
    let founders = [
        "Angela Smith",
        "Ann Coffey",
        "Chris Leslie",
        "Chuka Umunna",
        "Gavin Shuker",
        "Joan Ryan",
        "Luciana Berger",
        "Mike Gapes",
    ];
    assert_eq!(suspect[0]["people"], serde_json::json!(founders));
    let mut conflicts: BTreeMap<&str, usize> = BTreeMap::new();
    for f in flags.iter().filter(|f| f["flag"] == "conflict") {
        *conflicts.entry(f["person"].as_str().unwrap()).or_default() += 1;
        assert_eq!(
            claim_sources(f),
            set(&["000_d94f9c76917ef4ce", "term-57.membership-changes.csv"]),
            "{f:#}"
        );
    }
    assert_eq!(
        conflicts,
        founders.iter().map(|f| (*f, 1)).collect::<BTreeMap<_, _>>()
    );
    // the register files the new group as Independent: read as the group the article names,
    // so the founder who left it for the Liberal Democrats is no longer in it
    let tig = json(
        &db,
        &["roster", "The Independent Group", "--on", "2019-07-01"],
    );
    assert!(
        !tig.iter().any(|r| r["person"] == "Chuka Umunna"),
        "{tig:#?}"
    );
}

#[test]
fn check_flags_claims_after_a_death_or_outside_a_career_and_uncertain_identities() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.db").to_string_lossy().into_owned();
    // an invented register: one member dies in office, one sits 2010-2015
    let reg = dir.path().join("invented.csv");
    std::fs::write(
        &reg,
        "id,name,group,area,chamber,start_date,end_date\n\
         x1,Walter Quince,Labour,Eastfold,House of Commons,2010-05-06,2012-03-01\n\
         x2,Marian Ashdown,Conservative,Westfold,House of Commons,2010-05-06,2015-03-30\n",
    )
    .unwrap();
    let died = dir.path().join("died.csv");
    std::fs::write(
        &died,
        "id,name,group,area,chamber,start_date,end_date\n\
         x1,Walter Quince,Labour,Eastfold,House of Commons,2010-05-06,2012-03-01\n",
    )
    .unwrap();
    run(&db, &["import", "csv", reg.to_str().unwrap()]);
    let arts = dir.path().join("articles");
    std::fs::create_dir(&arts).unwrap();
    std::fs::write(
        arts.join("a.txt"),
        " date 2013-06-04 Defection\n\nLabour MP Walter Quince has defected to the Liberal Democrats.\n",
    )
    .unwrap();
    std::fs::write(
        arts.join("b.txt"),
        " date 1988-04-12 Defection\n\nMarian Ashdown has defected from the Conservatives to the Liberal Democrats.\n",
    )
    .unwrap();
    run(&db, &["ingest", arts.to_str().unwrap()]);
    let flags = json(&db, &["check"]);
    let outside: Vec<&Value> = flags
        .iter()
        .filter(|f| f["flag"] == "claim-outside-career")
        .collect();
    assert_eq!(outside.len(), 1, "{flags:#?}");
    assert_eq!(outside[0]["person"], "Marian Ashdown");
    assert_eq!(outside[0]["doc"], "b");
    // the CSV gives no reason; parlparse's `died` does: the same register as parlparse XML
    let xml = dir.path().join("members.xml");
    std::fs::write(
        &xml,
        r#"<publicwhip><member id="uk.org.publicwhip/member/900001" house="commons" firstname="Walter"
            lastname="Quince" constituency="Eastfold" party="Lab" fromdate="2010-05-06"
            todate="2012-03-01" fromwhy="general_election" towhy="died"/></publicwhip>"#,
    )
    .unwrap();
    let db2 = dir.path().join("y.db").to_string_lossy().into_owned();
    run(&db2, &["import", "parlparse", xml.to_str().unwrap()]);
    run(&db2, &["ingest", arts.join("a.txt").to_str().unwrap()]);
    let flags = json(&db2, &["check"]);
    let dead: Vec<&Value> = flags
        .iter()
        .filter(|f| f["flag"] == "claim-after-death")
        .collect();
    assert_eq!(dead.len(), 1, "{flags:#?}");
    assert_eq!(dead[0]["person"], "Walter Quince");
    // one name in two registers that share no identifier and no days: two people, flagged
    run(&db2, &["import", "csv", died.to_str().unwrap()]);
    let who = json(&db2, &["who", "Walter Quince"]);
    assert_eq!(who.len(), 1, "the same seat on the same days: one person");
    let later = dir.path().join("later.json");
    std::fs::write(
        &later,
        r#"{"persons": [{"id": "wq", "name": "Walter Quince"}],
            "organizations": [{"id": "hoc", "name": "House of Commons"},
                              {"id": "lab", "name": "Labour", "classification": "party"}],
            "areas": [{"id": "a", "name": "Eastfold"}],
            "posts": [{"id": "s", "label": "MP for Eastfold", "area_id": "a", "organization_id": "hoc"}],
            "memberships": [{"person_id": "wq", "post_id": "s", "on_behalf_of_id": "lab",
                             "start_date": "2017-06-08", "end_date": "2019-11-06"}]}"#,
    )
    .unwrap();
    run(&db2, &["import", "popolo", later.to_str().unwrap()]);
    assert_eq!(json(&db2, &["who", "Walter Quince"]).len(), 2);
    let flags = json(&db2, &["check"]);
    assert!(
        flags
            .iter()
            .any(|f| f["flag"] == "ambiguous-identity" && f["person"] == "Walter Quince"),
        "{flags:#?}"
    );
}
