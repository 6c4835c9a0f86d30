//! `floorcross eval` gives the reference scorer's numbers on the same files.

use crate::util::*;

/// Extracts `input` into `dir/pred.jsonl` and scores it against `gold`: the predictions'
/// path and `floorcross eval`'s summary line.
fn extract_and_eval(
    dir: &std::path::Path,
    gold: &std::path::Path,
    input: &std::path::Path,
) -> (std::path::PathBuf, String) {
    let pred = dir.join("pred.jsonl");
    let out = floorcross(&["extract", input.to_str().unwrap()]);
    std::fs::write(&pred, &out.stdout).unwrap();
    let eval = floorcross(&[
        "eval",
        "-q",
        "--gold",
        gold.to_str().unwrap(),
        "--pred",
        pred.to_str().unwrap(),
    ]);
    let line = stdout(&eval).lines().next().unwrap_or("").to_string();
    (pred, line)
}

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
        ("gold/invented.jsonl", repo.join("fixtures/invented")),
        ("gold/bbc-dev.jsonl", shared.join("corpora/bbc-politics")),
    ] {
        if !input.exists() {
            continue;
        }
        let gold = repo.join(gold);
        let (pred, ours_line) = extract_and_eval(dir.path(), &gold, &input);
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

/// Extraction quality on the development gold stays above the bar: event F1 ≥ 0.85
/// and factuality accuracy ≥ 0.90 (fixtures always; bbc-politics when ../shared is present).
#[test]
fn development_gold_stays_above_the_quality_bar() {
    let repo = repo();
    let mut sets = vec![("gold/fixtures.jsonl", repo.join("fixtures/articles"))];
    if let Some(shared) = shared("corpora/bbc-politics") {
        sets.push(("gold/bbc-dev.jsonl", shared.join("corpora/bbc-politics")));
    }
    let dir = tempfile::tempdir().unwrap();
    for (gold, input) in sets {
        let gold = repo.join(gold);
        let (_, line) = extract_and_eval(dir.path(), &gold, &input);
        let figure = |name: &str| -> f64 {
            let at = line
                .find(&format!("{name}="))
                .unwrap_or_else(|| panic!("no {name} in {line}"));
            line[at + name.len() + 1..]
                .split_whitespace()
                .next()
                .unwrap()
                .parse()
                .unwrap()
        };
        assert!(figure("F1") >= 0.85, "{}: {line}", gold.display());
        assert!(
            figure("factuality_acc") >= 0.90,
            "{}: {line}",
            gold.display()
        );
    }
}

/// `floorcross eval-timex` gives the peers' TempEval-3 scorer's figures on the same
/// predictions (TBAQ's AQUAINT half, development data).
#[test]
fn eval_timex_matches_the_te3_scorer() {
    let Some(shared) = shared("peers/te3_eval.py") else {
        return;
    };
    let gold = shared.join("corpora/tempeval3/tbaq/AQUAINT");
    if !gold.exists()
        || std::process::Command::new("python3")
            .arg("--version")
            .output()
            .is_err()
    {
        eprintln!("skipped: TBAQ or python3 is not present");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let pred = dir.path().join("pred.jsonl");
    let ours = floorcross(&[
        "eval-timex",
        "--tml",
        gold.to_str().unwrap(),
        "--pred-out",
        pred.to_str().unwrap(),
    ]);
    let reference = std::process::Command::new("python3")
        .arg(shared.join("peers/te3_eval.py"))
        .args([
            "score",
            "--gold",
            gold.to_str().unwrap(),
            "--pred",
            pred.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    // the figures after the system name and counts
    let figures = |out: &str| -> String {
        let line = out
            .lines()
            .find(|l| l.contains('|') && l.split('|').count() >= 4 && !l.starts_with("system"))
            .unwrap_or("")
            .to_string();
        line.split_once('|')
            .map(|(_, rest)| rest.trim().to_string())
            .unwrap_or_default()
    };
    let ours = figures(&stdout(&ours));
    assert!(!ours.is_empty(), "no figures from eval-timex");
    assert_eq!(ours, figures(&String::from_utf8_lossy(&reference.stdout)));
}

/// `eval -q` prints the summary line and nothing else (it used to print the per-type table
/// too, which a check set must not show).
#[test]
fn eval_quiet_prints_only_the_summary_line() {
    let repo = repo();
    let dir = tempfile::tempdir().unwrap();
    let pred = dir.path().join("pred.jsonl");
    let out = floorcross(&["extract", repo.join("fixtures/articles").to_str().unwrap()]);
    std::fs::write(&pred, &out.stdout).unwrap();
    let gold = repo.join("gold/fixtures.jsonl");
    let args = [
        "eval",
        "--gold",
        gold.to_str().unwrap(),
        "--pred",
        pred.to_str().unwrap(),
    ];
    let quiet = floorcross(&[&args[..], &["-q"]].concat());
    let lines: Vec<String> = stdout(&quiet).lines().map(str::to_string).collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("events F1="));
    let full = floorcross(&args);
    assert!(stdout(&full).lines().any(|l| l.starts_with("type ")));
}
