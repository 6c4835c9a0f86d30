//! The founding article gives every row of the spec's worked example.

use crate::util::*;

fn events(doc: &serde_json::Value) -> Vec<String> {
    doc["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            format!(
                "{} {} {}>{} {} {}",
                e["type"].as_str().unwrap(),
                e["person"].as_str().unwrap(),
                e["from"].as_str().unwrap_or("-"),
                e["to"].as_str().unwrap_or("-"),
                e["date"].as_str().unwrap_or("-"),
                e["modality"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn seed_article_gives_the_worked_example() {
    let Some(shared) = shared("seeds/000_d94f9c76917ef4ce.txt") else {
        return;
    };
    let out = floorcross(&[
        "extract",
        shared
            .join("seeds/000_d94f9c76917ef4ce.txt")
            .to_str()
            .unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let docs = json_lines(&stdout(&out));
    let evs = events(&docs[0]);
    let has = |line: &str| {
        assert!(
            evs.iter().any(|e| e == line),
            "missing {line:?} in\n{}",
            evs.join("\n")
        )
    };
    for founder in [
        "Chuka Umunna",
        "Mike Gapes",
        "Luciana Berger",
        "Ann Coffey",
        "Angela Smith",
        "Gavin Shuker",
        "Chris Leslie",
    ] {
        has(&format!(
            "defect {founder} Labour Party>The Independent Group 2019-02-11 asserted"
        ));
    }
    has("join Joan Ryan ->The Independent Group 2019-02-12 asserted");
    for tory in ["Heidi Allen", "Anna Soubry", "Sarah Woolaston"] {
        let e = evs
            .iter()
            .find(|e| e.starts_with(&format!("defect {tory} ")))
            .unwrap_or_else(|| panic!("no defect for {tory}"));
        assert!(
            e.contains("Conservative Party>The Independent Group 2019-02-12"),
            "{e}"
        );
        assert!(
            !e.ends_with("asserted"),
            "the three Conservatives must never be asserted: {e}"
        );
    }
    // the party side of an election is not part of the worked example; type, date and
    // modality are
    let career = |kind: &str, date_modality: &str| {
        assert!(
            evs.iter()
                .any(|e| e.starts_with(&format!("{kind} Heidi Allen "))
                    && e.ends_with(date_modality)),
            "missing {kind} {date_modality} in\n{}",
            evs.join("\n")
        );
    };
    career("elect", " 2015-05-07 asserted");
    career("deselect", " 2017-01 asserted");
    career("reelect", " 2017-06-08 asserted");
    assert!(
        !evs.iter().any(|e| e.contains("Danny Loo")),
        "the photo credit gives no event"
    );
    // Joan Ryan is the only one who joins; the founders only defect (and found)
    assert_eq!(
        evs.iter().filter(|e| e.starts_with("join ")).count(),
        1,
        "{}",
        evs.join("\n")
    );
}
