//! The web pages in a real browser: headless Chromium driven over WebDriver (Debian's
//! `chromium` and `chromium-driver`; `.ci/run` installs them). Each test saves a screenshot
//! under `target/screenshots/`. Without the browser (or `../shared` for the seed record) a
//! test prints why and skips.

mod common;

use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::Server;
use floorcross_server::client::{self, encode};
use floorcross_server::Config;
use serde_json::{json, Value};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

fn which(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for n in names {
            let p = dir.join(n);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// A chromedriver process and one headless Chromium session.
struct Browser {
    driver: Child,
    addr: SocketAddr,
    session: String,
}

impl Browser {
    /// Starts chromedriver and a session at `width`×`height`; `None` (with the reason
    /// printed) when Chromium or its driver is not installed.
    fn start(width: u32, height: u32) -> Option<Browser> {
        let Some(driver) = which(&["chromedriver"]) else {
            eprintln!(
                "skipped: chromedriver is not installed (apt-get install chromium chromium-driver)"
            );
            return None;
        };
        let Some(chromium) = which(&["chromium", "chromium-browser", "google-chrome"]) else {
            eprintln!(
                "skipped: chromium is not installed (apt-get install chromium chromium-driver)"
            );
            return None;
        };
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new(driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
        let t = Instant::now();
        while client::get(addr, "/status").is_err() {
            assert!(
                t.elapsed() < Duration::from_secs(30),
                "chromedriver did not start"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        let mut b = Browser {
            driver: child,
            addr,
            session: String::new(),
        };
        let caps = json!({"capabilities": {"alwaysMatch": {"goog:chromeOptions": {
            "binary": chromium.to_string_lossy(),
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     format!("--window-size={width},{height}")]
        }}}});
        let v = b.call("POST", "/session", Some(caps));
        b.session = v["sessionId"].as_str().expect("a session").to_string();
        Some(b)
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let a = client::request(
            self.addr,
            method,
            path,
            &[("Content-Type", "application/json")],
            body.as_bytes(),
        )
        .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        let v = a.json();
        assert_eq!(a.status, 200, "{method} {path}: {}", a.text());
        v["value"].clone()
    }

    fn s(&self, rest: &str) -> String {
        format!("/session/{}{rest}", self.session)
    }

    fn goto(&self, url: &str) {
        self.call("POST", &self.s("/url"), Some(json!({ "url": url })));
    }

    fn url(&self) -> String {
        self.call("GET", &self.s("/url"), None)
            .as_str()
            .unwrap()
            .to_string()
    }

    fn find(&self, css: &str) -> String {
        let v = self.call(
            "POST",
            &self.s("/element"),
            Some(json!({"using": "css selector", "value": css})),
        );
        v[ELEMENT].as_str().expect("an element").to_string()
    }

    fn click(&self, el: &str) {
        self.call(
            "POST",
            &self.s(&format!("/element/{el}/click")),
            Some(json!({})),
        );
    }

    fn type_into(&self, el: &str, text: &str) {
        self.call(
            "POST",
            &self.s(&format!("/element/{el}/value")),
            Some(json!({ "text": text })),
        );
    }

    fn text(&self, el: &str) -> String {
        self.call("GET", &self.s(&format!("/element/{el}/text")), None)
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    fn js(&self, script: &str) -> Value {
        self.call(
            "POST",
            &self.s("/execute/sync"),
            Some(json!({"script": script, "args": []})),
        )
    }

    /// Waits (up to ten seconds) until `script` returns true: a page loading after a click
    /// or a form sent is not there yet when the click returns.
    fn wait_until(&self, script: &str) -> bool {
        let t = Instant::now();
        while t.elapsed() < Duration::from_secs(10) {
            if self.js(script) == json!(true) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }

    /// Saves a PNG of the page as `target/screenshots/NAME.png`.
    fn screenshot(&self, name: &str) -> PathBuf {
        let b64 = self.call("GET", &self.s("/screenshot"), None);
        let png = base64_decode(b64.as_str().expect("base64"));
        assert!(png.starts_with(b"\x89PNG"), "a PNG");
        let dir = common::repo().join("target/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).unwrap();
        eprintln!("screenshot: {}", path.display());
        path
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = client::request(self.addr, "DELETE", &self.s(""), &[], b"");
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

fn base64_decode(s: &str) -> Vec<u8> {
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let digits: Vec<u32> = s.bytes().filter_map(val).collect();
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for chunk in digits.chunks(4) {
        let mut n = 0u32;
        for (i, d) in chunk.iter().enumerate() {
            n |= d << (18 - 6 * i);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..chunk.len().saturating_sub(1)]);
    }
    out
}

#[test]
fn base64_decodes() {
    assert_eq!(base64_decode("aGVsbG8="), b"hello");
    assert_eq!(base64_decode("aGVsbG8h"), b"hello!");
    assert_eq!(base64_decode("aGk="), b"hi");
}

fn base(s: &Server) -> String {
    format!("http://{}", s.addr)
}

#[test]
fn searching_woolaston_reaches_sarah_wollaston_and_her_pending_defection() {
    let Some(db) = common::seed_record() else {
        return;
    };
    let Some(b) = Browser::start(1200, 900) else {
        return;
    };
    let s = Server::start(Config::new(db.to_path_buf()));
    b.goto(&base(&s));
    let q = b.find("main form.search input[name=q]");
    b.type_into(&q, "Woolaston");
    b.click(&b.find("main form.search button"));
    assert!(
        b.wait_until(
            "return location.pathname.startsWith('/person/') && document.readyState === 'complete'"
        ),
        "{}",
        b.url()
    );
    let h1 = b.text(&b.find("h1"));
    assert_eq!(h1, "Sarah Wollaston");
    // the rumoured move to The Independent Group: a hollow, dashed mark and a pending row
    let pending = b.js(
        "return Array.from(document.querySelectorAll('svg.career .mark.pending')).map(m => m.querySelector('title').textContent)",
    );
    let titles: Vec<&str> = pending
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        titles
            .iter()
            .any(|t| t.contains("Independent Group") && t.contains("not confirmed")),
        "{titles:?}"
    );
    let rows = b.js("return document.querySelectorAll('table.changes tr.pending').length");
    assert!(rows.as_u64().unwrap() >= 1);
    b.screenshot("person-sarah-wollaston");
}

#[test]
fn clicking_a_timeline_mark_shows_the_evidence_highlighted() {
    let Some(b) = Browser::start(1200, 900) else {
        return;
    };
    let s = Server::fixtures();
    b.goto(&format!(
        "{}/person/{}",
        base(&s),
        encode("Helen Dacre-Ward")
    ));
    // the mark for the founding of the Reform Alliance
    let mark = b.find("svg.career a.mark[data-kind=found], svg.career a.mark[data-kind=defect]");
    b.click(&mark);
    assert!(
        b.url()
            .contains("/document/002_labour_mps_form_reform_alliance"),
        "{}",
        b.url()
    );
    let current = b.find("mark.current");
    let text = b.text(&current);
    assert!(
        text.starts_with(
            "Labour MPs Helen Dacre-Ward, Tobias Fenwick, Amrit Sandhu and Colin Brayshaw defected"
        ),
        "{text}"
    );
    // it is highlighted (not the plain marks' colour) and scrolled into view
    let bg =
        b.js("return getComputedStyle(document.querySelector('mark.current')).backgroundColor");
    let plain = b.js("return getComputedStyle(document.querySelector('mark:not(.current)') || document.body).backgroundColor");
    assert_ne!(bg, plain);
    let visible = b.js("const r = document.querySelector('mark.current').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight");
    assert_eq!(visible, json!(true));
    b.screenshot("document-evidence-highlighted");
}

#[test]
fn the_house_page_shows_the_right_counts() {
    let Some(b) = Browser::start(1200, 900) else {
        return;
    };
    let s = Server::fixtures();
    let api = s
        .get("/api/v1/seats?on=2011-11-05&body=House%20of%20Commons")
        .json();
    b.goto(&format!("{}/house?on=2011-11-05", base(&s)));
    let drawn = b.js(
        "const c = {}; document.querySelectorAll('svg.hemicycle circle.seat').forEach(e => { const p = e.getAttribute('data-party'); c[p] = (c[p] || 0) + 1 }); return c",
    );
    for row in api.as_array().unwrap() {
        let party = row["org"].as_str().unwrap();
        assert_eq!(drawn[party], row["seats"], "{party}: {drawn}");
    }
    assert_eq!(drawn["Reform Alliance"], json!(5));
    // the table beside it says the same
    let table = b.js("return Array.from(document.querySelectorAll('table.seats tbody tr')).map(r => r.innerText)");
    assert!(table.to_string().contains("Reform Alliance\\t5"), "{table}");
    b.screenshot("house-2011-11-05");
    // the date field moves the page to another day
    b.js("document.querySelector('input[name=on]').value = '2011-10-01'");
    b.click(&b.find("form.controls button"));
    assert!(
        b.wait_until("return location.search.includes('on=2011-10-01') && document.readyState === 'complete'"),
        "{}",
        b.url()
    );
    let ra =
        b.js("return document.querySelectorAll('circle[data-party=\"Reform Alliance\"]').length");
    assert_eq!(ra, json!(0));
}

#[test]
fn pages_fit_a_phone() {
    let Some(b) = Browser::start(390, 844) else {
        return;
    };
    let s = Server::fixtures();
    for (name, path) in [
        (
            "phone-person",
            format!("/person/{}", encode("Helen Dacre-Ward")),
        ),
        ("phone-house", "/house?on=2011-11-05".to_string()),
        (
            "phone-changes",
            "/changes?from=2011-01-01&to=2011-12-31".to_string(),
        ),
    ] {
        b.goto(&format!("{}{path}", base(&s)));
        let fits = b.wait_until(
            "return document.readyState === 'complete' && document.documentElement.scrollWidth <= window.innerWidth + 1",
        );
        let widths = b.js("return [document.documentElement.scrollWidth, window.innerWidth]");
        assert!(fits, "{path} is wider than a phone: {widths}");
        b.screenshot(name);
    }
}
