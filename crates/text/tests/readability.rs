//! The HTML reader on Mozilla Readability's test pages (`../shared/corpora/html/readability/`,
//! development data): title, publication day and main text, per field. Skips with a printed
//! reason where the pages are absent. `FLOORCROSS_SHOW=1` prints every miss.
//!
//! - title: our title equals `expected-metadata.json`'s `title` (white space collapsed);
//! - date: on the pages whose `publishedTime` is given, our date equals that time's day, both
//!   dated by the project's rule (an instant by the London calendar, a local time as written);
//! - main text: word-level F1 of our body (the text after the title line) against the text of
//!   `expected.html`: words are maximal runs of letters and digits, lower-cased, compared as
//!   multisets (overlap = the sum over words of the smaller count); F1 per page, averaged.

use std::collections::HashMap;
use std::path::PathBuf;

use floorcross_text::html::{parse_date, read_html};

fn pages() -> Option<Vec<PathBuf>> {
    let root =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/html/readability");
    let Ok(entries) = std::fs::read_dir(&root) else {
        eprintln!("skipped: {} is not present", root.display());
        return None;
    };
    let mut dirs: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("source.html").exists())
        .collect();
    dirs.sort();
    Some(dirs)
}

fn words(text: &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        *m.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    m
}

fn f1(ours: &str, gold: &str) -> f64 {
    let (a, b) = (words(ours), words(gold));
    let (na, nb): (usize, usize) = (a.values().sum(), b.values().sum());
    if na == 0 && nb == 0 {
        return 1.0;
    }
    let overlap: usize = a
        .iter()
        .map(|(w, n)| (*n).min(*b.get(w).unwrap_or(&0)))
        .sum();
    if overlap == 0 {
        return 0.0;
    }
    let (p, r) = (overlap as f64 / na as f64, overlap as f64 / nb as f64);
    2.0 * p * r / (p + r)
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn readability_pages_title_date_and_main_text() {
    let Some(dirs) = pages() else { return };
    let show = std::env::var_os("FLOORCROSS_SHOW").is_some();
    let (mut titles, mut dated, mut dates, mut f1_sum, mut bytes) = (0, 0, 0, 0.0, 0usize);
    let mut failed = 0;
    let t0 = std::time::Instant::now();
    for dir in &dirs {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let source = std::fs::read(dir.join("source.html")).unwrap();
        bytes += source.len();
        let meta: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dir.join("expected-metadata.json")).unwrap())
                .unwrap();
        let expected = std::fs::read_to_string(dir.join("expected.html")).unwrap_or_default();
        let gold_text = dom_query::Document::from(expected.as_str())
            .text()
            .to_string();
        let page = match read_html(&String::from_utf8_lossy(&source), None) {
            Ok(p) => p,
            Err(e) => {
                failed += 1;
                if show {
                    eprintln!("{name}: error {e}");
                }
                continue;
            }
        };
        let want_title = collapse(meta["title"].as_str().unwrap_or(""));
        if page.title.as_deref().map(collapse).unwrap_or_default() == want_title {
            titles += 1;
        } else if show {
            eprintln!("{name}: title {:?} want {want_title:?}", page.title);
        }
        if let Some(want) = meta["publishedTime"].as_str() {
            dated += 1;
            let want_day = parse_date(want);
            if want_day.is_some() && page.date == want_day {
                dates += 1;
            } else if show {
                eprintln!(
                    "{name}: date {:?} ({:?}) want {want}",
                    page.date.map(|d| d.to_string()),
                    page.date_source
                );
            }
        }
        let body = match page.title_span {
            Some(s) => &page.text[s.end..],
            None => page.text.as_str(),
        };
        let f = f1(body, &gold_text);
        if show && f < 0.9 {
            eprintln!("{name}: main text F1 {f:.3}");
        }
        f1_sum += f;
    }
    let secs = t0.elapsed().as_secs_f64();
    let n = dirs.len();
    let title_pct = 100.0 * titles as f64 / n as f64;
    let date_pct = 100.0 * dates as f64 / dated.max(1) as f64;
    let mean_f1 = f1_sum / n as f64;
    println!(
        "readability pages: {n} ({failed} unread); title {titles}/{n} = {title_pct:.1}%; date (day) {dates}/{dated} = {date_pct:.1}%; main text word F1 {mean_f1:.3}; {:.1} MB in {secs:.2} s (this build)",
        bytes as f64 / 1e6
    );
    assert_eq!(failed, 0);
    assert!(title_pct >= 95.0, "title {title_pct:.1}%");
    assert!(date_pct >= 95.0, "date {date_pct:.1}%");
    assert!(mean_f1 >= 0.90, "main text F1 {mean_f1:.3}");
}
