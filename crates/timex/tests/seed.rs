//! The founding article (shared/seeds) must come out with the spec's values.

use floorcross_timex::{header_date, Tagger};

const EXPECTED: &[(&str, &str)] = &[
    ("2017", "2017"),
    ("11am today", "2019-02-12T11:00"),
    ("this morning", "2019-02-12TMO"),
    ("Monday", "2019-02-11"),
    ("11am", "2019-02-12T11:00"),
    ("12 noon", "2019-02-12T12:00"),
    ("Monday", "2019-02-11"),
    ("this morning", "2019-02-12TMO"),
    ("Monday", "2019-02-11"),
    ("the 2015 General Election", "2015-05-07"),
    ("January 2017", "2017-01"),
    ("General Election of 2017", "2017-06-08"),
];

#[test]
fn seed_article() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/seeds/000_d94f9c76917ef4ce.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        println!("seed test skipped: {} is not readable", path.display());
        return;
    };
    let dct = header_date(&text);
    assert_eq!(dct.map(|d| d.to_string()).as_deref(), Some("2019-02-12"));
    let got: Vec<(String, String)> = Tagger::global()
        .tag(&text, dct)
        .into_iter()
        .map(|t| {
            assert_eq!(&text[t.start..t.end], t.text);
            (t.text, t.value)
        })
        .collect();
    let want: Vec<(String, String)> = EXPECTED
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, want);
}
