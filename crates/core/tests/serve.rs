//! `floorcross serve` end to end: the binary serves a record the CLI built, the API answers
//! exactly what the CLI prints with `--json` (one implementation behind both), and SIGTERM
//! stops it gracefully.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Command, Stdio};

use floorcross_server::client;
use serde_json::Value;

use crate::util::*;

#[test]
fn the_api_answers_what_the_cli_prints_and_sigterm_stops_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db").to_string_lossy().into_owned();
    let fx = |p: &str| {
        repo()
            .join("fixtures")
            .join(p)
            .to_string_lossy()
            .into_owned()
    };
    run(&db, &["import", "csv", &fx("register/commons-2010.csv")]);
    run(&db, &["ingest", &fx("record"), &fx("articles")]);

    let mut child = Command::new(env!("CARGO_BIN_EXE_floorcross"))
        .args(["serve", "--db", &db, "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the server");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr: SocketAddr = line
        .split("http://")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no address in {line:?}"));

    let cases: &[(&[&str], &str)] = &[
        (
            &["roster", "Reform Alliance", "--on", "2011-11-05"],
            "roster?org=Reform%20Alliance&on=2011-11-05",
        ),
        (&["seats", "--on", "2011-11-05"], "seats?on=2011-11-05"),
        (
            &["timeline", "Helen Dacre-Ward"],
            "timeline?person=Helen%20Dacre-Ward",
        ),
        (
            &["changes", "--from", "2011-01-01", "--to", "2011-12-31"],
            "changes?from=2011-01-01&to=2011-12-31",
        ),
        (&["pending"], "pending"),
        (&["who", "Tobias Fenwick"], "who?name=Tobias%20Fenwick"),
        (
            &["holders", "Eastwick North", "--on", "2011-11-05"],
            "holders?what=Eastwick%20North&on=2011-11-05",
        ),
        (&["check"], "check"),
        (&["sources"], "sources"),
    ];
    for (cli, api) in cases {
        let mut args = cli.to_vec();
        args.push("--json");
        let text = run(&db, &args);
        let printed: Value = serde_json::from_str(&text).expect("CLI JSON");
        let a = client::get(addr, &format!("/api/v1/{api}")).expect("GET");
        assert_eq!(a.status, 200, "{api}: {}", a.text());
        // byte for byte, not only the same JSON value
        assert_eq!(
            a.text(),
            text.trim_end(),
            "{api} differs from floorcross {cli:?} --json"
        );
        assert_eq!(
            a.json(),
            printed,
            "{api} differs from floorcross {cli:?} --json"
        );
        assert!(printed.as_array().is_some_and(|a| !a.is_empty()), "{cli:?}");
    }

    let pid = child.id().to_string();
    let st = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(st.success());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "exit after SIGTERM: {:?}", out.status);
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(log.contains("shutting down"), "{log}");
    assert!(
        log.contains("path=/api/v1/roster") && log.contains("status=200"),
        "request logs: {log}"
    );
}
