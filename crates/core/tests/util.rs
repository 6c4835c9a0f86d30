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
