//! Bounded cost: inputs that used to take minutes and gigabytes (one endless unpunctuated run, a
//! sentence listing thousands of names) complete, and the cut sentences are reported. The time
//! and memory targets themselves are measured by `floorcross bench --synthetic`, not here.

use crate::util::*;

fn extract_file(name: &str, text: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    let out = floorcross(&["extract", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_str(stdout(&out).trim()).expect("one JSON object")
}

fn diagnostics(x: &serde_json::Value, code: &str) -> usize {
    x["diagnostics"]
        .as_array()
        .map(|d| d.iter().filter(|d| d["code"] == code).count())
        .unwrap_or(0)
}

fn long_sentence_diagnostics(x: &serde_json::Value) -> usize {
    diagnostics(x, "long-sentence")
}

#[test]
fn an_endless_unpunctuated_run_completes_with_a_long_sentence_diagnostic() {
    let words = [
        "the",
        "Labour",
        "MP",
        "John",
        "Smith",
        "said",
        "has",
        "defected",
        "to",
        "Tory",
        "Anna",
        "Allen",
        "on",
        "Monday",
        "council",
        "would",
        "resign",
        "Conservative",
        "party",
        "vote",
    ];
    let mut text = String::from("date 2019-02-12 Endless\n\n");
    for i in 0..60_000usize {
        text.push_str(words[(i * 7 + i / 20) % words.len()]);
        text.push(' ');
    }
    let x = extract_file("endless.txt", &text);
    // over 256 KiB: read in two sections, each with its cut run
    assert_eq!(long_sentence_diagnostics(&x), 2);
    assert_eq!(diagnostics(&x, "long-document"), 1);
    assert_eq!(x["doc"]["date"], "2019-02-12");
}

#[test]
fn a_sentence_listing_fifty_thousand_names_completes() {
    let first = ["John", "Mary", "Peter", "Anna", "Heidi", "David", "Sarah"];
    let mut text = String::from("date 2019-02-12 Many MPs defect\n\nThe MPs ");
    for i in 0..50_000usize {
        if i > 0 {
            text.push_str(", ");
        }
        let mut surname = String::from("Mac");
        let mut k = i;
        loop {
            surname.push_str(["ley", "ton", "by", "well", "ford", "ham"][k % 6]);
            k /= 6;
            if k == 0 {
                break;
            }
        }
        text.push_str(first[i % first.len()]);
        text.push(' ');
        text.push_str(&surname);
    }
    // the same people again by surname: each finds its full name through the index
    text.push_str(" defected to Labour on Monday.\nMr Macley and Mrs Mactonley spoke.\n");
    let x = extract_file("names.txt", &text);
    assert!(long_sentence_diagnostics(&x) >= 1);
    assert_eq!(diagnostics(&x, "long-document"), 1);
    let people = x["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "person")
        .count();
    assert!(people > 1000, "{people} people");
}

#[test]
fn a_page_nesting_a_hundred_thousand_elements_completes() {
    // used to hang (quadratic in depth) or overflow the stack, which no error line can report
    let n = 100_000;
    for (name, open) in [("divs.html", "<div>"), ("formatting.html", "<b><i>")] {
        let page = format!(
            "<html><head><title>Deep page</title></head><body>{}<p>Tom Hart has joined UKIP.</p>{}</body></html>",
            open.repeat(n),
            "</div>".repeat(if open == "<div>" { n } else { 0 })
        );
        let x = extract_file(name, &page);
        assert_eq!(x["doc"]["title"], "Deep page", "{name}");
    }
}

/// `bench` shares the documents among threads: every thread count finds the same events (the
/// count is per pass, whatever the order the documents were extracted in), and the header says
/// how many threads ran.
#[test]
fn bench_on_several_threads_finds_what_one_thread_finds() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/articles");
    let dir = root.to_str().expect("utf-8 path");
    let run = |jobs: &str| {
        let out = floorcross(&["bench", "--repeat", "2", "-j", jobs, dir]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        stdout(&out)
    };
    let events = |s: &str| {
        s.lines()
            .find(|l| l.contains("events,"))
            .and_then(|l| l.split_whitespace().next())
            .and_then(|n| n.parse::<usize>().ok())
            .expect("an events line")
    };
    let (one, three) = (run("1"), run("3"));
    assert!(one.lines().next().unwrap().ends_with("one thread"), "{one}");
    assert!(
        three.lines().next().unwrap().contains("3 threads"),
        "{three}"
    );
    assert!(events(&one) > 50, "{one}");
    assert_eq!(events(&one), events(&three));
}
