//! Data-driven tests: `check(text, date, expect)` renders one line per event.

use floorcross_model::Document;

fn render(text: &str, date: Option<&str>) -> String {
    let doc = Document {
        id: "t".into(),
        date: date.map(|d| d.parse().unwrap()),
        text: text.to_string(),
        ..Document::default()
    };
    let out = crate::extract(&doc);
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

#[test]
fn defection_with_both_parties_and_present_perfect_date() {
    check(
        "Headline\n\nTory MP Robert Jackson has defected to Labour.",
        Some("2005-01-16"),
        "defect Robert Jackson from=Conservative Party to=Labour Party date=2005-01-16 asserted",
    );
}
