//! `floorcross eval` gives the reference scorer's numbers on the same files.

use crate::util::*;

#[test]
fn eval_summary_line_matches_the_reference_scorer() {
    let Some(shared) = shared("tools/score_events.py") else {
        return;
    };
    let python = std::process::Command::new("python3")
        .arg("--version")
        .output();
    if python.is_err() {
        eprintln!("skipped: python3 is not installed");
        return;
    }
    let repo = repo();
    let dir = tempfile::tempdir().unwrap();
    for (gold, input) in [
        ("gold/fixtures.jsonl", repo.join("fixtures/articles")),
        ("gold/bbc-dev.jsonl", shared.join("corpora/bbc-politics")),
    ] {
        if !input.exists() {
            continue;
        }
        let pred = dir.path().join("pred.jsonl");
        let out = floorcross(&["extract", input.to_str().unwrap()]);
        std::fs::write(&pred, &out.stdout).unwrap();
        let gold = repo.join(gold);
        let ours = floorcross(&[
            "eval",
            "-q",
            "--gold",
            gold.to_str().unwrap(),
            "--pred",
            pred.to_str().unwrap(),
        ]);
        let ours_line = stdout(&ours).lines().next().unwrap_or("").to_string();
        let reference = std::process::Command::new("python3")
            .arg(shared.join("tools/score_events.py"))
            .args([gold.to_str().unwrap(), pred.to_str().unwrap(), "-q"])
            .output()
            .unwrap();
        let ref_line = String::from_utf8_lossy(&reference.stdout)
            .lines()
            .last()
            .unwrap_or("")
            .to_string();
        assert!(ours_line.starts_with("events F1="), "{ours_line}");
        assert_eq!(ours_line, ref_line, "on {}", gold.display());
    }
}
