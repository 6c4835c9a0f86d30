//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs the `floorcross` binary with `args`.
pub fn floorcross(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_floorcross"))
        .args(args)
        .output()
        .expect("run floorcross")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Runs `floorcross ARGS --db DB` and returns stdout, asserting success.
pub fn run(db: &str, args: &[&str]) -> String {
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--db", db]);
    let out = floorcross(&all);
    assert_eq!(
        out.status.code(),
        Some(0),
        "floorcross {all:?} failed:\n{}",
        stderr(&out)
    );
    stdout(&out)
}

/// Runs `floorcross ARGS --db DB --json` and returns its one JSON array.
pub fn json(db: &str, args: &[&str]) -> Vec<serde_json::Value> {
    let mut all = args.to_vec();
    all.push("--json");
    let s = run(db, &all);
    serde_json::from_str::<serde_json::Value>(&s)
        .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {s}"))
        .as_array()
        .expect("one JSON array")
        .clone()
}

/// The `person` of each row of `floorcross ARGS --json`.
pub fn people_on(db: &str, args: &[&str]) -> Vec<String> {
    json(db, args)
        .iter()
        .map(|r| r["person"].as_str().unwrap().to_string())
        .collect()
}

/// The documents a row of `--json` output cites (`sources[].doc`).
pub fn docs(row: &serde_json::Value) -> std::collections::BTreeSet<String> {
    strings(&row["sources"], "doc")
}

/// The sources a conflict or flag names (`claims[].source`).
pub fn claim_sources(flag: &serde_json::Value) -> std::collections::BTreeSet<String> {
    strings(&flag["claims"], "source")
}

/// Each (date, source) a conflict or flag names.
pub fn claim_dates(flag: &serde_json::Value) -> std::collections::BTreeSet<(String, String)> {
    flag["claims"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| {
            let s = |k: &str| c[k].as_str().unwrap_or("").to_string();
            (s("date"), s("source"))
        })
        .collect()
}

/// Owned strings, for comparing with [`docs`] and [`claim_sources`].
pub fn set(items: &[&str]) -> std::collections::BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// Owned (date, source) pairs, for comparing with [`claim_dates`].
pub fn pairs(items: &[(&str, &str)]) -> std::collections::BTreeSet<(String, String)> {
    items
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

fn strings(list: &serde_json::Value, field: &str) -> std::collections::BTreeSet<String> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(|x| x[field].as_str().map(str::to_string))
        .collect()
}

/// The repository root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo root")
}

/// `../shared` beside the repository, if present; otherwise prints why the caller skips.
pub fn shared(what: &str) -> Option<PathBuf> {
    let p = repo().join("../shared");
    if p.join(what).exists() {
        Some(p)
    } else {
        eprintln!("skipped: ../shared/{what} is not present");
        None
    }
}

/// Parses JSON lines.
pub fn json_lines(s: &str) -> Vec<serde_json::Value> {
    s.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}
