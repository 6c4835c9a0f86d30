//! Data-driven tests: `check(text, date, expect)` renders one line per event.

use floorcross_model::Document;

/// Extracts one document written for the test, dated `date` (or undated).
fn extract(text: &str, date: Option<&str>) -> floorcross_model::Extraction {
    crate::extract(&Document {
        id: "t".into(),
        date: date.map(|d| d.parse().unwrap()),
        text: text.to_string(),
        ..Document::default()
    })
}

fn render(text: &str, date: Option<&str>) -> String {
    let out = extract(text, date);
    let mut s = String::new();
    for e in &out.events {
        s += &format!(
            "{} {} from={} to={} date={} {}\n",
            e.kind,
            e.person,
            e.from.as_deref().unwrap_or("-"),
            e.to.as_deref().unwrap_or("-"),
            e.date.as_deref().unwrap_or("-"),
            e.modality
        );
    }
    s
}

fn check(text: &str, date: Option<&str>, expect: &str) {
    let got = render(text, date);
    let want: String = expect
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(got, want, "\n--- got ---\n{got}--- want ---\n{want}");
}

/// [`check`] for each (body sentence, expected events) pair, each under a headline.
fn check_bodies(date: Option<&str>, cases: &[(&str, &str)]) {
    for (text, want) in cases {
        check(&format!("Headline\n\n{text}"), date, want);
    }
}

/// How many events of `kind` one document written for the test yields.
fn count_of(text: &str, date: Option<&str>, kind: &str) -> usize {
    let out = extract(text, date);
    out.events
        .iter()
        .filter(|e| e.kind.as_str() == kind)
        .count()
}

/// Asserts that `text` (after a headline) yields an event of `kind` for `who`.
fn assert_event(headline: &str, text: &str, date: Option<&str>, kind: &str, who: &str) {
    let out = extract(&format!("{headline}\n\n{text}"), date);
    let evs: Vec<_> = out
        .events
        .iter()
        .map(|e| (e.kind.as_str(), e.person.as_str()))
        .collect();
    assert!(evs.contains(&(kind, who)), "{text}: {evs:?}");
}

mod contests;
mod coref;
mod dates;
mod modality;
mod offices;
mod parties;
mod people;
mod regressions;
mod reworded;
mod triggers;
