//! Real registers (../shared/corpora/uk-members): one person per politician whatever the
//! import order, parliaments that end, offices held. Each test skips with a message when the
//! files are absent.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::util::*;

fn run(db: &str, args: &[&str]) -> String {
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--db", db]);
    let out = floorcross(&all);
    assert_eq!(
        out.status.code(),
        Some(0),
        "floorcross {all:?} failed:\n{}",
        stderr(&out)
    );
    stdout(&out)
}

fn json(db: &str, args: &[&str]) -> Vec<Value> {
    let mut all = args.to_vec();
    all.push("--json");
    let s = run(db, &all);
    serde_json::from_str::<Value>(&s)
        .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {s}"))
        .as_array()
        .expect("one JSON array")
        .clone()
}

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
