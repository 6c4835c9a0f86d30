//! The web pages on the fixtures' record: each answers HTML with the security headers, the
//! person's SVG timeline links its marks to the evidence, the House draws one dot per seat,
//! the document page marks the evidence asked for, search forgives spelling, and article text
//! is always escaped.

mod common;

use common::{record_copy, Server};
use floorcross_server::client::encode;
use floorcross_server::Config;

fn html(s: &Server, path: &str) -> String {
    let a = s.get(path);
    assert_eq!(a.status, 200, "GET {path}: {}", a.text());
    assert_eq!(
        a.header("content-type"),
        Some("text/html; charset=utf-8"),
        "{path}"
    );
    let csp = a.header("content-security-policy").expect("CSP");
    assert!(csp.contains("script-src 'self'"), "{csp}");
    a.text()
}

#[test]
fn every_page_answers_html() {
    let s = Server::fixtures();
    for path in [
        "/",
        "/person/Helen%20Dacre-Ward",
        "/person/everypolitician%3Afx-001",
        "/org/Reform%20Alliance?on=2011-11-05",
        "/org/Reform%20Alliance",
        "/house",
        "/house?on=2011-11-05",
        "/house?on=2011-11-05&body=",
        "/changes",
        "/changes?from=2011-10-01&to=2011-11-30",
        "/pending",
        "/document/101_onslow_joins_reform_alliance",
        "/check",
    ] {
        let page = html(&s, path);
        assert!(page.starts_with("<!DOCTYPE html>"), "{path}");
        assert!(page.contains("name=\"viewport\""), "{path}");
        assert!(!page.contains("<script>"), "{path}: inline script");
        // the content security policy allows no inline styles either
        assert!(!page.contains(" style="), "{path}: an inline style");
    }
    let css = s.get("/static/style.css");
    assert_eq!(css.status, 200);
    assert!(css.text().contains("@media"), "a phone layout");
    assert_eq!(s.get("/static/app.js").status, 200);
}

#[test]
fn errors_are_pages_with_the_right_status() {
    let s = Server::fixtures();
    let a = s.get("/house?on=2011-14-01");
    assert_eq!(a.status, 400);
    assert!(a.text().contains("is not a date"));
    let a = s.get("/person/Helena%20Dacre-Wardle");
    assert_eq!(a.status, 404);
    assert!(
        a.text().contains("Helen Dacre-Ward"),
        "close names: {}",
        a.text()
    );
    assert_eq!(s.get("/document/nothing").status, 404);
    assert_eq!(s.get("/org/Nobody%20Party%20Xyz?on=2011-11-05").status, 404);
    assert_eq!(s.get("/no/such/page").status, 404);
    assert_eq!(s.get("/changes?from=2012-01-01&to=2011-01-01").status, 400);
}

#[test]
fn search_forgives_spelling_and_lands_on_the_page() {
    let s = Server::fixtures();
    for q in [
        "Helen Dacre-Ward",
        "Dacre-Wad",
        "Helen Dacre-Wad",
        "dacre ward",
    ] {
        let a = s.get(&format!("/search?q={}", encode(q)));
        assert_eq!(a.status, 303, "{q}: {}", a.text());
        assert_eq!(
            a.header("location"),
            Some("/person/everypolitician%3Afx-001"),
            "{q}"
        );
    }
    let a = s.get("/search?q=Fenwik");
    assert_eq!(
        a.header("location"),
        Some("/person/everypolitician%3Afx-002")
    );
    // an organisation
    let a = s.get("/search?q=Reform%20Alliance");
    assert_eq!(a.status, 303, "{}", a.text());
    assert_eq!(a.header("location"), Some("/org/Reform%20Alliance"));
    let page = html(&s, "/search?q=Reform%20Aliance");
    assert!(page.contains("href=\"/org/Reform%20Alliance\""), "{page}");
    let a = s.get("/search?q=Qwertyuiop%20Zzyzx");
    assert_eq!(a.status, 404);
}

#[test]
fn the_person_page_draws_the_career_with_marks_linked_to_evidence() {
    let s = Server::fixtures();
    let page = html(&s, "/person/Helen%20Dacre-Ward");
    assert!(page.contains("<svg class=\"career\""), "{page}");
    // her Labour and Reform Alliance spells, coloured by party
    assert!(page.contains("fill=\"#d50000\""), "Labour red");
    assert!(page.contains("fill=\"#7a3e9d\""), "Reform Alliance");
    // each mark links to the sentence in its article
    let marks = page.matches("<a class=\"mark").count();
    assert!(marks >= 2, "{marks} marks");
    assert!(page.contains("href=\"/document/002_labour_mps_form_reform_alliance?ev="));
    // a pending claim is drawn dashed and hollow
    let rourke = html(&s, "/person/Dennis%20Rourke");
    assert!(
        rourke.contains("class=\"mark pending\""),
        "a pending mark: {rourke}"
    );
    assert!(rourke.contains("stroke-dasharray=\"3 2\""));
}

#[test]
fn the_document_page_marks_the_evidence_asked_for() {
    let s = Server::fixtures();
    let ev = "Labour whips fear that Dennis Rourke, the Hartside MP, could be the next to join the Reform Alliance.";
    let page = html(
        &s,
        &format!(
            "/document/101_onslow_joins_reform_alliance?ev={}",
            encode(ev)
        ),
    );
    assert!(
        page.contains(&format!("<mark class=\"current\" id=\"ev\">{ev}</mark>")),
        "{page}"
    );
    assert!(
        page.matches("<mark>").count() >= 1,
        "the other evidence is marked too"
    );
}

#[test]
fn the_house_draws_one_dot_per_seat() {
    let s = Server::fixtures();
    let seats = s
        .get("/api/v1/seats?on=2011-11-05&body=House%20of%20Commons")
        .json();
    let total: u64 = seats
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["seats"].as_u64().unwrap())
        .sum();
    assert!(total > 0);
    let page = html(&s, "/house?on=2011-11-05");
    assert_eq!(page.matches("<circle class=\"seat\"").count() as u64, total);
    assert_eq!(
        page.matches("data-party=\"Reform Alliance\"").count(),
        5,
        "five Reform Alliance seats"
    );
    assert!(
        page.contains(&format!("<th class=\"num\">{total}</th>")),
        "the table's total"
    );
    // before the split: no Reform Alliance
    let before = html(&s, "/house?on=2011-10-01");
    assert_eq!(before.matches("data-party=\"Reform Alliance\"").count(), 0);
}

#[test]
fn article_text_is_escaped_everywhere() {
    let (_dir, db) = record_copy();
    let mut c = Config::new(db);
    c.token = Some("a-token-of-sixteen-chars".into());
    let s = Server::start(c);
    let doc = r#"{"id":"xss","date":"2011-11-20","title":"<script>alert('t')</script> Rourke","url":"javascript:alert(2)","text":"Labour MP Dennis Rourke has defected to the Conservatives.\n\n<script>alert(1)</script><img src=x onerror=alert(3)>"}"#;
    let a = s.post(
        "/api/v1/documents",
        &[
            ("Content-Type", "application/json"),
            ("Authorization", "Bearer a-token-of-sixteen-chars"),
        ],
        doc.as_bytes(),
    );
    assert_eq!(a.status, 200, "{}", a.text());
    let page = html(&s, "/document/xss");
    assert!(!page.contains("<script>alert"), "{page}");
    assert!(!page.contains("<img src=x"), "{page}");
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(3)&gt;"),
        "{page}"
    );
    assert!(
        page.contains("<title>&lt;script&gt;alert('t')&lt;/script&gt; Rourke"),
        "{page}"
    );
    assert!(
        !page.contains("javascript:"),
        "a javascript: url is no link"
    );
    // the person page quotes the same sentence escaped
    let p = html(&s, "/person/Dennis%20Rourke");
    assert!(!p.contains("<script>alert"));
}
