//! The JSON API on the fixtures' record: every endpoint, the error answers, the OpenAPI
//! document, and the rules for writes (no token file, no token, wrong token, right token;
//! too large; too many at once).

mod common;

use common::{record_copy, Server};
use floorcross_server::client::{self, encode};
use floorcross_server::Config;
use serde_json::Value;

fn ok(s: &Server, path: &str) -> Value {
    let a = s.get(path);
    assert_eq!(a.status, 200, "GET {path}: {}", a.text());
    assert!(
        a.header("content-type")
            .is_some_and(|c| c.starts_with("application/json")),
        "GET {path}: {:?}",
        a.header("content-type")
    );
    a.json()
}

fn err(s: &Server, path: &str, status: u16, code: &str) -> Value {
    let a = s.get(path);
    assert_eq!(a.status, status, "GET {path}: {}", a.text());
    let v = a.json();
    assert_eq!(v["error"], code, "GET {path}: {v}");
    assert!(
        v["detail"].as_str().is_some_and(|d| !d.is_empty()),
        "GET {path}: {v}"
    );
    v
}

fn people(rows: &Value) -> Vec<String> {
    let mut v: Vec<String> = rows
        .as_array()
        .expect("an array")
        .iter()
        .map(|r| r["person"].as_str().expect("person").to_string())
        .collect();
    v.sort();
    v.dedup();
    v
}

#[test]
fn roster_and_seats_answer_for_a_day() {
    let s = Server::fixtures();
    // the four founders, a month before Rachel Onslow joined
    let before = ok(&s, "/api/v1/roster?org=Reform%20Alliance&on=2011-10-25");
    let members: Vec<String> = people(&before);
    assert!(
        members.contains(&"Helen Dacre-Ward".to_string()),
        "{members:?}"
    );
    assert!(
        !members.contains(&"Rachel Onslow".to_string()),
        "{members:?}"
    );
    let after = ok(&s, "/api/v1/roster?org=Reform%20Alliance&on=2011-11-05");
    let rows = after.as_array().unwrap();
    let member = |name: &str| {
        rows.iter()
            .any(|r| r["person"] == name && r["status"] == "member")
    };
    assert!(member("Rachel Onslow"), "{after}");
    assert!(rows
        .iter()
        .all(|r| r["sources"].as_array().is_some_and(|s| !s.is_empty())));
    // an alias of the party finds it too
    let seats = ok(&s, "/api/v1/seats?on=2011-11-05");
    let ra = seats
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["org"] == "Reform Alliance")
        .unwrap_or_else(|| panic!("{seats}"));
    assert_eq!(ra["seats"], 5, "{seats}");
    let body = ok(&s, "/api/v1/seats?on=2011-11-05&body=House%20of%20Commons");
    assert!(!body.as_array().unwrap().is_empty(), "{body}");
}

#[test]
fn timeline_changes_pending_who_holders_check_and_sources() {
    let s = Server::fixtures();
    let t = ok(&s, "/api/v1/timeline?person=Helen%20Dacre-Ward");
    let rows = t.as_array().unwrap();
    assert!(rows.iter().any(|r| r["type"] == "elect"), "{t}");
    // the founding of the Reform Alliance, with the article's sentence as evidence
    let founding = rows
        .iter()
        .find(|r| r["org"] == "Reform Alliance" && r["from"] == "Labour Party")
        .unwrap_or_else(|| panic!("{t}"));
    assert!(founding["sources"]
        .to_string()
        .contains("002_labour_mps_form_reform_alliance"));
    // a misspelling finds her through the name index
    let fuzzy = ok(&s, "/api/v1/timeline?person=Helen%20Dacre-Wad");
    assert_eq!(people(&fuzzy), vec!["Helen Dacre-Ward"]);

    let c = ok(&s, "/api/v1/changes?from=2011-10-01&to=2011-11-30");
    assert!(people(&c).contains(&"Rachel Onslow".to_string()), "{c}");
    assert!(c.as_array().unwrap().iter().all(|r| r["date"]
        .as_str()
        .is_some_and(|d| ("2011-10".."2011-12").contains(&d))));
    let none = ok(&s, "/api/v1/changes?from=1990-01-01&to=1990-12-31");
    assert_eq!(none, serde_json::json!([]));

    let p = ok(&s, "/api/v1/pending");
    let rows = p.as_array().unwrap();
    let rourke = rows
        .iter()
        .find(|r| r["person"] == "Dennis Rourke")
        .unwrap_or_else(|| panic!("{p}"));
    assert_eq!(rourke["status"], "pending");
    assert_eq!(rourke["modality"], "rumoured");
    assert!(rourke["sources"][0]["evidence"]
        .as_str()
        .unwrap()
        .contains("could be the next to join"));

    let w = ok(&s, "/api/v1/who?name=Helen%20Dacre-Ward");
    assert_eq!(w[0]["name"], "Helen Dacre-Ward");
    assert!(w[0]["identifiers"]
        .as_array()
        .is_some_and(|i| !i.is_empty()));

    let h = ok(&s, "/api/v1/holders?what=Eastwick%20North&on=2011-11-05");
    assert_eq!(people(&h), vec!["Helen Dacre-Ward"], "{h}");

    let ch = ok(&s, "/api/v1/check");
    assert!(
        ch.as_array()
            .unwrap()
            .iter()
            .any(|f| f["flag"] == "suspect-document-date"),
        "{ch}"
    );
    let src = ok(&s, "/api/v1/sources");
    assert_eq!(src[0]["key"], "commons-2010.csv", "{src}");
    let all = ok(&s, "/api/v1/sources?all=true");
    assert!(all.as_array().unwrap().len() > 30, "{all}");
}

#[test]
fn a_document_has_its_text_and_evidence_offsets() {
    let s = Server::fixtures();
    let d = ok(&s, "/api/v1/documents/101_onslow_joins_reform_alliance");
    assert_eq!(d["date"], "2011-11-02");
    let text = d["text"].as_str().expect("text");
    let claims = d["claims"].as_array().unwrap();
    assert!(!claims.is_empty());
    let mut checked = 0;
    for c in claims {
        if let (Some(a), Some(b), Some(ev)) = (
            c["start"].as_u64(),
            c["end"].as_u64(),
            c["evidence"].as_str(),
        ) {
            assert_eq!(&text[a as usize..b as usize], ev, "{c}");
            checked += 1;
        }
    }
    assert!(checked > 0, "offsets of some evidence: {d}");
    err(&s, "/api/v1/documents/no-such-document", 404, "not-found");
}

#[test]
fn errors_are_json_with_the_right_status() {
    let s = Server::fixtures();
    for path in [
        "/api/v1/roster?org=Reform%20Alliance&on=2011-13-05",
        "/api/v1/roster?org=Reform%20Alliance&on=yesterday",
        "/api/v1/seats?on=2011-02-30",
        "/api/v1/changes?from=2011&to=20x1",
        "/api/v1/holders?what=Eastwick%20North&on=5/11/2011",
    ] {
        err(&s, path, 400, "bad-date");
    }
    err(&s, "/api/v1/roster?on=2011-11-05", 400, "missing-parameter");
    err(&s, "/api/v1/timeline", 400, "missing-parameter");
    err(
        &s,
        "/api/v1/changes?from=2012-01-01&to=2011-01-01",
        400,
        "bad-request",
    );
    err(&s, "/api/v1/sources?all=perhaps", 400, "bad-request");
    err(
        &s,
        "/api/v1/roster?org=%ZZ&on=2011-11-05",
        400,
        "bad-request",
    );
    // an unknown person: 404, with the close names on record
    let v = err(
        &s,
        &format!("/api/v1/timeline?person={}", encode("Helena Dacre-Wardle")),
        404,
        "not-found",
    );
    let sug: Vec<&str> = v["suggestions"]
        .as_array()
        .unwrap_or_else(|| panic!("suggestions: {v}"))
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(sug.contains(&"Helen Dacre-Ward"), "{v}");
    err(&s, "/api/v1/who?name=Zzyzx%20Qwertyuiop", 404, "not-found");
    let o = err(
        &s,
        "/api/v1/roster?org=Reform%20Aliance%20Party&on=2011-11-05",
        404,
        "not-found",
    );
    assert!(
        o["suggestions"].to_string().contains("Reform Alliance"),
        "{o}"
    );
    err(&s, "/api/v1/nothing-here", 404, "not-found");
}

#[test]
fn the_openapi_document_is_3_1_and_has_every_route() {
    let s = Server::fixtures();
    let doc = ok(&s, "/api/v1/openapi.json");
    assert!(
        doc["openapi"].as_str().unwrap().starts_with("3.1"),
        "{}",
        doc["openapi"]
    );
    assert!(doc["info"]["title"].is_string() && doc["info"]["version"].is_string());
    let paths = doc["paths"].as_object().expect("paths");
    let mut have: Vec<String> = Vec::new();
    for (path, item) in paths {
        for (method, op) in item.as_object().unwrap() {
            have.push(format!("{} {path}", method.to_uppercase()));
            let responses = op["responses"].as_object().expect("responses");
            assert!(responses.contains_key("200"), "{method} {path}");
            // every reference resolves
            for r in find_refs(op) {
                let name = r
                    .strip_prefix("#/components/schemas/")
                    .expect("a schema ref");
                assert!(
                    doc["components"]["schemas"].get(name).is_some(),
                    "{method} {path}: {r} is not in components"
                );
            }
        }
    }
    have.sort();
    let mut want: Vec<String> = [
        "GET /api/v1/roster",
        "GET /api/v1/seats",
        "GET /api/v1/timeline",
        "GET /api/v1/changes",
        "GET /api/v1/pending",
        "GET /api/v1/who",
        "GET /api/v1/holders",
        "GET /api/v1/documents/{id}",
        "GET /api/v1/check",
        "GET /api/v1/sources",
        "GET /api/v1/openapi.json",
        "POST /api/v1/documents",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    want.sort();
    assert_eq!(have, want);
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
    // every documented GET answers 200 with the examples it documents
    for (path, item) in paths {
        let Some(op) = item.get("get") else { continue };
        let mut url = path.replace("{id}", "101_onslow_joins_reform_alliance");
        let mut sep = '?';
        for p in op["parameters"].as_array().into_iter().flatten() {
            if p["in"] == "query" && p["required"] == true {
                let ex = p["example"]
                    .as_str()
                    .unwrap_or_else(|| panic!("{path}: {} has no example", p["name"]));
                url.push_str(&format!(
                    "{sep}{}={}",
                    p["name"].as_str().unwrap(),
                    encode(ex)
                ));
                sep = '&';
            }
        }
        let a = s.get(&url);
        assert_eq!(a.status, 200, "{url}: {}", a.text());
    }
}

fn find_refs(v: &Value) -> Vec<String> {
    match v {
        Value::Object(m) => m
            .iter()
            .flat_map(|(k, v)| match (k.as_str(), v) {
                ("$ref", Value::String(s)) => vec![s.clone()],
                _ => find_refs(v),
            })
            .collect(),
        Value::Array(a) => a.iter().flat_map(find_refs).collect(),
        _ => Vec::new(),
    }
}

const TOKEN: &str = "correct-horse-battery-staple";

fn writer(db: std::path::PathBuf, token: Option<&str>) -> Server {
    let mut c = Config::new(db);
    c.token = token.map(str::to_string);
    Server::start(c)
}

const DOC: &str = r#"{"id":"api-1","date":"2011-11-20","title":"Hartside MP defects to the Conservatives","text":"Labour MP Dennis Rourke has defected to the Conservatives, the party said on Sunday.\n\nHe wrote <script>alert(1)</script> in a post."}"#;

#[test]
fn writes_need_the_right_token() {
    let (_dir, db) = record_copy();
    // no token file: writes are off
    let off = writer(db.clone(), None);
    let a = off.post(
        "/api/v1/documents",
        &[("Content-Type", "application/json")],
        DOC.as_bytes(),
    );
    assert_eq!(a.status, 403, "{}", a.text());
    assert_eq!(a.json()["error"], "writes-off");
    drop(off);

    let s = writer(db, Some(TOKEN));
    let json = ("Content-Type", "application/json");
    let a = s.post("/api/v1/documents", &[json], DOC.as_bytes());
    assert_eq!(a.status, 401, "{}", a.text());
    assert_eq!(a.header("www-authenticate"), Some("Bearer"));
    let wrong = format!("Bearer {}x", TOKEN);
    let a = s.post(
        "/api/v1/documents",
        &[json, ("Authorization", &wrong)],
        DOC.as_bytes(),
    );
    assert_eq!(a.status, 401, "{}", a.text());
    let short = "Bearer correct-horse";
    let a = s.post(
        "/api/v1/documents",
        &[json, ("Authorization", short)],
        DOC.as_bytes(),
    );
    assert_eq!(a.status, 401, "{}", a.text());
    // nothing was stored by the refused writes
    assert_eq!(s.get("/api/v1/documents/api-1").status, 404);

    let right = format!("Bearer {TOKEN}");
    let a = s.post(
        "/api/v1/documents",
        &[json, ("Authorization", &right)],
        DOC.as_bytes(),
    );
    assert_eq!(a.status, 200, "{}", a.text());
    let v = a.json();
    assert_eq!(v["documents"], 1, "{v}");
    let events = v["stored"][0]["events"].as_array().expect("events");
    assert!(
        events
            .iter()
            .any(|e| e["person"] == "Dennis Rourke" && e["org"] == "Conservative Party"),
        "{v}"
    );
    // the record has it: the document, and Rourke's move is now a membership
    let d = ok(&s, "/api/v1/documents/api-1");
    assert!(d["text"]
        .as_str()
        .unwrap()
        .contains("<script>alert(1)</script>"));
    let r = ok(&s, "/api/v1/roster?org=Conservative%20Party&on=2011-11-25");
    assert!(
        r.as_array()
            .unwrap()
            .iter()
            .any(|r| r["person"] == "Dennis Rourke" && r["status"] == "member"),
        "{r}"
    );
    // the same document again is skipped; JSON lines with a bad line store the good one
    let a = s.post(
        "/api/v1/documents",
        &[json, ("Authorization", &right)],
        DOC.as_bytes(),
    );
    assert_eq!(a.json()["skipped"], 1, "{}", a.text());
    let lines = format!(
        "{}\n{{\"id\":\"api-2\"}}\n{{\"id\":\"api-3\",\"date\":\"2011-11-21\",\"text\":\"Colin Brayshaw resigned as an MP on Monday.\"}}\n",
        DOC
    );
    let a = s.post(
        "/api/v1/documents",
        &[
            ("Content-Type", "application/x-ndjson"),
            ("Authorization", &right),
        ],
        lines.as_bytes(),
    );
    assert_eq!(a.status, 200, "{}", a.text());
    let v = a.json();
    assert_eq!(v["read"], 2, "{v}");
    assert_eq!(v["errors"].as_array().map(Vec::len), Some(1), "{v}");
    assert_eq!(s.get("/api/v1/documents/api-3").status, 200);
    // a body that is not JSON at all
    let a = s.post(
        "/api/v1/documents",
        &[json, ("Authorization", &right)],
        b"{not json",
    );
    assert_eq!(a.status, 400, "{}", a.text());
}

#[test]
fn too_large_and_too_many_writes() {
    let (_dir, db) = record_copy();
    let right = format!("Bearer {TOKEN}");
    let mut c = Config::new(db.clone());
    c.token = Some(TOKEN.into());
    c.max_body = 1000;
    let s = Server::start(c);
    let big = format!(
        r#"{{"id":"big","text":"{}"}}"#,
        "Labour MP Dennis Rourke defected. ".repeat(100)
    );
    let a = s.post(
        "/api/v1/documents",
        &[
            ("Content-Type", "application/json"),
            ("Authorization", &right),
        ],
        big.as_bytes(),
    );
    assert_eq!(a.status, 413, "{}", a.text());
    assert_eq!(a.json()["error"], "too-large");
    drop(s);
    // no write slot free: 429 with Retry-After
    let mut c = Config::new(db);
    c.token = Some(TOKEN.into());
    c.max_writes = 0;
    let s = Server::start(c);
    let a = s.post(
        "/api/v1/documents",
        &[
            ("Content-Type", "application/json"),
            ("Authorization", &right),
        ],
        DOC.as_bytes(),
    );
    assert_eq!(a.status, 429, "{}", a.text());
    assert_eq!(a.header("retry-after"), Some("1"));
}

#[test]
fn every_answer_has_security_headers_and_reads_go_on_during_a_write() {
    let s = Server::fixtures();
    let a = s.get("/api/v1/pending");
    let csp = a.header("content-security-policy").expect("CSP");
    assert!(
        csp.contains("default-src 'none'") && csp.contains("script-src 'self'"),
        "{csp}"
    );
    assert_eq!(a.header("x-content-type-options"), Some("nosniff"));
    drop(s);
    // an ingest running at the same time (one long write transaction) does not block reads
    let (_dir, db) = record_copy();
    let s = Server::start(Config::new(db.clone()));
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = done.clone();
    let ingest = std::thread::spawn(move || {
        let texts: Vec<String> = std::fs::read_dir(common::repo().join("fixtures/articles"))
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect();
        let docs = (0..240).map(move |i| {
            let text = format!("{}\n\nCopy {i}.", texts[i % texts.len()]);
            Ok(floorcross_text::read::ReadDoc {
                doc: floorcross_model_doc(format!("copy-{i}"), text),
                diagnostics: Vec::new(),
            })
        });
        let mut store = floorcross_store::Store::open(&db).unwrap();
        let sum = floorcross_ingest::ingest_docs(&mut store, docs, 100_000, |_, _| {}, &|_| {})
            .expect("ingest");
        flag.store(true, std::sync::atomic::Ordering::SeqCst);
        sum.read
    });
    let mut reads = 0;
    let mut slowest = std::time::Duration::ZERO;
    while !done.load(std::sync::atomic::Ordering::SeqCst) {
        let t = std::time::Instant::now();
        let r = ok(&s, "/api/v1/roster?org=Reform%20Alliance&on=2011-11-05");
        assert!(!r.as_array().unwrap().is_empty());
        slowest = slowest.max(t.elapsed());
        reads += 1;
    }
    assert_eq!(ingest.join().unwrap(), 240);
    assert!(reads > 3, "reads while the ingest ran: {reads}");
    assert!(
        slowest < std::time::Duration::from_secs(2),
        "slowest read {slowest:?}"
    );
    // and the new articles are readable once it committed
    assert_eq!(s.get("/api/v1/documents/copy-7").status, 200);
}

fn floorcross_model_doc(id: String, text: String) -> floorcross_model::Document {
    let date = floorcross_text::read::parse_header(&text)
        .ok()
        .flatten()
        .map(|h| h.date);
    floorcross_model::Document {
        id,
        path: None,
        date,
        title: None,
        title_span: None,
        url: None,
        byline: None,
        text,
    }
}

#[test]
fn a_web_page_is_read_as_ingest_reads_it() {
    let (_dir, db) = record_copy();
    let s = writer(db, Some(TOKEN));
    let right = format!("Bearer {TOKEN}");
    let page = r#"<!DOCTYPE html><html><head><title>Hartside MP defects</title>
<meta property="article:published_time" content="2011-11-20T10:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Hartside MP defects</h1>
<p>Labour MP Dennis Rourke has defected to the Conservatives, the party said on Sunday.</p>
<p>He said the move had been a long time coming.</p></article></body></html>"#;
    let html = ("Content-Type", "text/html; charset=utf-8");
    // a page has no id of its own: the caller names it
    let a = s.post(
        "/api/v1/documents",
        &[html, ("Authorization", &right)],
        page.as_bytes(),
    );
    assert_eq!(a.status, 400, "{}", a.text());
    assert_eq!(a.json()["error"], "missing-parameter");
    let a = s.post(
        "/api/v1/documents?id=hartside-page",
        &[html, ("Authorization", &right)],
        page.as_bytes(),
    );
    assert_eq!(a.status, 200, "{}", a.text());
    let v = a.json();
    assert_eq!(v["stored"][0]["id"], "hartside-page", "{v}");
    let events = v["stored"][0]["events"].as_array().expect("events");
    assert!(
        events
            .iter()
            .any(|e| e["person"] == "Dennis Rourke" && e["type"] == "defect"),
        "{v}"
    );
    let d = ok(&s, "/api/v1/documents/hartside-page");
    assert_eq!(d["date"], "2011-11-20", "{d}");
    let text = d["text"].as_str().unwrap();
    assert!(
        text.contains("Labour MP Dennis Rourke has defected"),
        "{text}"
    );
    assert!(
        !text.contains("<p>"),
        "the page's text, not its markup: {text}"
    );
}

#[test]
fn answers_are_kept_until_the_record_changes() {
    let (_dir, db) = record_copy();
    let s = writer(db.clone(), Some(TOKEN));
    let path = "/api/v1/roster?org=Conservative%20Party&on=2011-11-25";
    let first = s.get(path);
    let etag = first.header("etag").expect("an ETag").to_string();
    let again = s.get(path);
    assert_eq!(again.header("etag"), Some(etag.as_str()));
    assert_eq!(again.body, first.body);
    // a client that has it is told so
    let a = client::request(s.addr, "GET", path, &[("If-None-Match", &etag)], b"").unwrap();
    assert_eq!(a.status, 304);
    assert!(a.body.is_empty());
    // a write through the API retires it at once
    let right = format!("Bearer {TOKEN}");
    let w = s.post(
        "/api/v1/documents",
        &[
            ("Content-Type", "application/json"),
            ("Authorization", &right),
        ],
        DOC.as_bytes(),
    );
    assert_eq!(w.status, 200, "{}", w.text());
    let after = s.get(path);
    assert_ne!(after.header("etag"), Some(etag.as_str()));
    assert!(after.text().contains("Dennis Rourke"), "{}", after.text());
    // a commit by another connection (a CLI ingest) retires it within moments
    let etag = after.header("etag").unwrap().to_string();
    let mut store = floorcross_store::Store::open(&db).unwrap();
    let doc = floorcross_text::read::ReadDoc {
        doc: floorcross_model_doc(
            "cli-1".into(),
            " date 2011-11-22 Colin Brayshaw joins Conservatives\n\nLabour MP Colin Brayshaw has defected to the Conservatives.\n".into(),
        ),
        diagnostics: Vec::new(),
    };
    floorcross_ingest::ingest_docs(&mut store, std::iter::once(Ok(doc)), 10, |_, _| {}, &|_| {})
        .unwrap();
    let t = std::time::Instant::now();
    loop {
        let a = s.get(path);
        if a.header("etag") != Some(etag.as_str()) {
            assert!(a.text().contains("Colin Brayshaw"), "{}", a.text());
            break;
        }
        assert!(
            t.elapsed() < std::time::Duration::from_secs(3),
            "still the old answer"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}
