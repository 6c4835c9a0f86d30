//! Web pages, feeds and web archives written for the project (`fixtures/web/`): each reads as
//! the documents it holds, with date, title and URL; a broken one is one error line and the
//! batch goes on; and a folder of pages plus a feed ingests into the record.

use serde_json::Value;

use crate::util::*;

fn web(p: &str) -> String {
    repo()
        .join("fixtures/web")
        .join(p)
        .to_string_lossy()
        .into_owned()
}

fn extract(args: &[&str]) -> (Vec<Value>, String, Option<i32>) {
    let mut all = vec!["extract"];
    all.extend_from_slice(args);
    let out = floorcross(&all);
    let docs = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect();
    (docs, stderr(&out), out.status.code())
}

fn events(doc: &Value) -> Vec<(String, String)> {
    doc["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["type"].as_str().unwrap().to_string(),
                e["person"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_web_page_gives_its_title_date_url_and_article() {
    let (docs, err, code) = extract(&[&web("mp_defects_page.html")]);
    assert_eq!(code, Some(0), "{err}");
    let d = &docs[0];
    assert_eq!(
        d["doc"]["title"],
        "Westerby MP Imogen Tarrant defects to Labour"
    );
    // published, not the update two days later
    assert_eq!(d["doc"]["date"], "2018-09-18");
    assert_eq!(
        d["doc"]["url"],
        "https://courier.example/politics/2018/09/18/westerby-mp-defects"
    );
    assert_eq!(d["doc"]["byline"], "Ruth Okafor");
    assert!(events(d).contains(&("defect".into(), "Imogen Tarrant".into())));
    // navigation, asides and the footer are not the article
    let text = d["events"][0]["evidence"]["text"].as_str().unwrap();
    assert!(!text.contains("Copyright"));
    for e in d["entities"].as_array().unwrap() {
        for m in e["mentions"].as_array().unwrap() {
            assert!(!m["text"].as_str().unwrap().contains("Related"));
        }
    }
}

#[test]
fn offsets_are_bytes_into_the_extracted_text() {
    // The title is the first line of the text read from the page; evidence offsets point
    // into that text, so the title's own mention sits at its start.
    let (docs, _, _) = extract(&[&web("councillor_quits_page.htm")]);
    let d = &docs[0];
    assert_eq!(d["doc"]["date"], "2021-03-03", "from the byline area");
    let ev = &d["events"][0]["evidence"];
    let (s, e) = (ev["start"].as_u64().unwrap(), ev["end"].as_u64().unwrap());
    assert_eq!((e - s) as usize, ev["text"].as_str().unwrap().len());
    let title_len = d["doc"]["title"].as_str().unwrap().len() as u64;
    assert!(s > title_len, "the body comes after the title line");
}

#[test]
fn feeds_give_one_document_per_item() {
    let (docs, err, code) = extract(&[&web("politics.rss"), &web("politics.atom")]);
    assert_eq!(code, Some(0), "{err}");
    let metas: Vec<(String, String)> = docs
        .iter()
        .map(|d| {
            (
                d["doc"]["date"].as_str().unwrap().to_string(),
                d["doc"]["url"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        metas,
        [
            (
                "2018-11-14".into(),
                "https://courier.example/politics/council-leader-resigns".into()
            ),
            (
                "2018-11-15".into(),
                "https://courier.example/politics/westerby-selection".into()
            ),
            // published, not updated
            (
                "2021-03-05".into(),
                "https://fenbury-news.example/news/2021/03/05/councillor-joins-greens".into()
            ),
        ]
    );
    assert!(events(&docs[0]).contains(&("resign".into(), "Priya Haldane".into())));
    assert!(events(&docs[1]).contains(&("select".into(), "Owen Castell".into())));
}

#[test]
fn web_archives_give_each_html_response_plain_and_gzipped() {
    for file in ["crawl.warc", "crawl.warc.gz"] {
        let (docs, err, code) = extract(&[&web(file)]);
        assert_eq!(code, Some(0), "{file}: {err}");
        let got: Vec<(&str, &str)> = docs
            .iter()
            .map(|d| {
                (
                    d["doc"]["url"].as_str().unwrap(),
                    d["doc"]["date"].as_str().unwrap(),
                )
            })
            .collect();
        // the request, the image and the 404 page are not documents
        assert_eq!(
            got,
            [
                ("https://courier.example/whip", "2019-07-02"),
                ("https://holme.example/mayor", "2019-07-10"),
                ("https://courier.example/westerby", "2019-07-04"),
            ],
            "{file}"
        );
        let codes: Vec<&str> = docs[1]["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["code"].as_str().unwrap())
            .collect();
        assert_eq!(codes, ["date-from-crawl"], "{file}");
        assert!(docs[0].get("diagnostics").is_none());
        assert!(events(&docs[0]).contains(&("expel".into(), "Carys Vane".into())));
    }
}

#[test]
fn html_is_known_by_its_bytes_on_stdin_and_without_extension() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("saved-page");
    std::fs::copy(web("mp_defects_page.html"), &p).unwrap();
    let (docs, err, code) = extract(&[p.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(docs[0]["doc"]["date"], "2018-09-18");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_floorcross"))
        .args(["extract", "-"])
        .stdin(std::fs::File::open(web("politics.rss")).unwrap())
        .output()
        .unwrap();
    assert_eq!(stdout(&out).lines().count(), 2, "{}", stderr(&out));
}

#[test]
fn broken_pages_feeds_and_archives_are_one_error_line_each() {
    let dir = tempfile::tempdir().unwrap();
    let w = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p.to_string_lossy().into_owned()
    };
    let feed = w(
        "broken.rss",
        b"<?xml version='1.0'?><rss><channel><item><title>x",
    );
    let empty_page = w("empty.html", b"   \n");
    let not_warc = w("junk.warc", b"this is not a web archive\r\n\r\nat all");
    let whole = std::fs::read(web("crawl.warc")).unwrap();
    let truncated = w("truncated.warc", &whole[..whole.len() / 2]);
    let not_gzip = w("bad.warc.gz", b"not gzip at all");
    let good = web("mp_defects_page.html");
    let (docs, err, code) = extract(&[&feed, &empty_page, &not_warc, &truncated, &not_gzip, &good]);
    assert_eq!(code, Some(1));
    for name in [
        "broken.rss",
        "empty.html",
        "junk.warc",
        "truncated.warc",
        "bad.warc.gz",
    ] {
        let lines: Vec<&str> = err.lines().filter(|l| l.contains(name)).collect();
        assert_eq!(lines.len(), 1, "{name}: {err}");
        assert!(lines[0].starts_with("error: "), "{}", lines[0]);
    }
    assert!(!err.contains("panicked"), "{err}");
    // the pages before the break in the truncated archive still come out, then the good page
    let urls: Vec<&str> = docs
        .iter()
        .map(|d| d["doc"]["url"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        urls.last(),
        Some(&"https://courier.example/politics/2018/09/18/westerby-mp-defects")
    );
}

#[test]
fn a_folder_of_pages_and_a_feed_ingest_into_the_record() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    let db = db.to_str().unwrap();
    let pages = dir.path().join("pages");
    std::fs::create_dir(&pages).unwrap();
    for f in ["mp_defects_page.html", "councillor_quits_page.htm"] {
        std::fs::copy(web(f), pages.join(f)).unwrap();
    }
    let out = floorcross(&[
        "ingest",
        "--db",
        db,
        pages.to_str().unwrap(),
        &web("politics.rss"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = floorcross(&[
        "changes",
        "--db",
        db,
        "--from",
        "2018-01-01",
        "--to",
        "2021-12-31",
        "--json",
    ]);
    let rows: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let people: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["person"].as_str().unwrap())
        .collect();
    for p in ["Imogen Tarrant", "Declan Morrow", "Priya Haldane"] {
        assert!(people.contains(&p), "{p} not in {people:?}");
    }
}

#[test]
fn jobs_keep_input_order() {
    let articles = repo().join("fixtures/articles");
    let web = repo().join("fixtures/web");
    let run = |jobs: &str| {
        let out = floorcross(&[
            "extract",
            "--jobs",
            jobs,
            articles.to_str().unwrap(),
            web.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        stdout(&out)
    };
    let one = run("1");
    assert!(one.lines().count() > 40);
    assert_eq!(run("3"), one);
}
