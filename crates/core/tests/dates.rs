//! Document dates given as instants are dated by the London calendar, where "today" in a UK
//! article is.

use crate::util::*;

const BODY: &str = "Councillor Mary Pellow resigned from Labour today, she told the BBC.";

#[test]
fn late_night_utc_timestamp_in_summer_is_the_next_london_day() {
    let dir = tempfile::tempdir().unwrap();
    let txt = dir.path().join("late.txt");
    std::fs::write(
        &txt,
        format!("date 2019-06-12T23:30:00Z Councillor quits\n\n{BODY}\n"),
    )
    .unwrap();
    let jsonl = dir.path().join("late.jsonl");
    std::fs::write(
        &jsonl,
        format!("{{\"id\":\"j1\",\"date\":\"2019-06-12T23:30:00Z\",\"text\":\"{BODY}\"}}\n{{\"id\":\"j2\",\"date\":\"2019-01-12T23:30:00Z\",\"text\":\"{BODY}\"}}\n"),
    )
    .unwrap();
    let out = floorcross(&["extract", &txt.to_string_lossy(), &jsonl.to_string_lossy()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = json_lines(&stdout(&out));
    assert_eq!(docs.len(), 3);
    // 23:30 UTC in June is 00:30 BST the next day; in January GMT is UTC.
    for (doc, day) in docs.iter().zip(["2019-06-13", "2019-06-13", "2019-01-12"]) {
        assert_eq!(doc["doc"]["date"], day);
        let timexes: Vec<(&str, &str)> = doc["timexes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| (t["text"].as_str().unwrap(), t["value"].as_str().unwrap()))
            .collect();
        // Nothing from the header's timestamp; "today" is the London day.
        assert_eq!(timexes, vec![("today", day)]);
        assert_eq!(doc["events"][0]["date"], day);
    }
}
